"""benchmarks/equivalence.py: two dumps compared, held-back findings never shown."""

from __future__ import annotations

import json

from benchmarks.equivalence import compare


def _dump(path, docs: dict) -> None:
    path.write_text(json.dumps({"preview": True, "documents": docs}), encoding="utf-8")


def test_identical_dumps_compare_equal(tmp_path, capsys) -> None:
    docs = {"seed/a.txt": {"findings": [["x/y", 0, 3, "msg", "minor", [], None]]},
            "corpus-heldout/h.txt": {"digest": "ab", "count": 1}}
    _dump(tmp_path / "a.json", docs)
    _dump(tmp_path / "b.json", docs)
    assert compare(tmp_path / "a.json", tmp_path / "b.json") == 0
    assert "identical" in capsys.readouterr().out


def test_differences_are_listed_except_on_the_held_back_half(tmp_path, capsys) -> None:
    before = {"corpus-tune/t.txt": {"findings": [["x/y", 0, 3, "old message", "minor", [], None]]},
              "corpus-heldout/h.txt": {"digest": "ab", "count": 1}}
    after = {"corpus-tune/t.txt": {"findings": [["x/y", 0, 3, "new message", "minor", [], None]]},
             "corpus-heldout/h.txt": {"digest": "cd", "count": 2}}
    _dump(tmp_path / "a.json", before)
    _dump(tmp_path / "b.json", after)
    assert compare(tmp_path / "a.json", tmp_path / "b.json") == 1
    out = capsys.readouterr().out
    assert "old message" in out and "new message" in out
    held = [line for line in out.splitlines() if "heldout" in line]
    assert held == [held[0]] and held[0].split() == ["corpus-heldout", "1", "documents,", "1", "differ"]
