"""benchmarks/new_documents.py: runs alternate between the trees after a warm-up that is not
counted, the memos' cost is new − again, the ratio is the paired runs' median; bad input exits 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks import new_documents


def test_trees_alternate_the_warm_up_is_dropped_and_the_ratio_is_of_pairs(monkeypatch, capsys) -> None:
    calls: list[tuple[Path | None, int]] = []
    figures = {None: [100.0, 120.0, 110.0], Path("/other").resolve(): [200.0, 200.0, 200.0]}

    def fake_run(tree: Path | None, docs: int) -> dict:
        calls.append((tree, docs))
        if docs == 2:
            return {}  # the warm-up's figures are never read
        new = figures[tree][sum(1 for t, d in calls if t == tree and d != 2) - 1]
        return {"module": str(tree), "docs": docs, "new_ms": new, "again_ms": new - 10}

    monkeypatch.setattr(new_documents, "_run", fake_run)
    monkeypatch.setattr(Path, "exists", lambda self: True)
    monkeypatch.setattr(sys, "argv", ["new_documents.py", "--runs", "3", "--docs", "7", "--against", "/other"])
    assert new_documents.main() == 0
    other = Path("/other").resolve()
    assert calls == [(None, 2), (other, 2), *[(None, 7), (other, 7)] * 3]
    out = capsys.readouterr().out
    assert "this: 7 new documents 110.0 ms CPU, again 100.0 ms (the memos 10.0 ms" in out
    assert "x0.55 " in out  # median of 100/200, 120/200, 110/200


@pytest.mark.parametrize("args", [["--runs", "0"], ["--docs", "0"], ["--against", "/nowhere/at/all"]])
def test_bad_input_exits_2_with_a_message(args: list[str], monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "argv", ["new_documents.py", *args])
    monkeypatch.setattr(new_documents, "_run", lambda tree, docs: pytest.fail("nothing should run"))
    assert new_documents.main() == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_a_run_must_import_its_own_tree_and_its_path_stays_out_of_the_figures(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    row = {"module": str(tree / "mtqa" / "__init__.py"), "docs": 3, "new_ms": 9.0, "again_ms": 8.0}
    assert new_documents._checked(dict(row), tree) == {"docs": 3, "new_ms": 9.0, "again_ms": 8.0}
    with pytest.raises(SystemExit, match="imported mtqa from"):
        new_documents._checked(dict(row), tmp_path / "elsewhere")
