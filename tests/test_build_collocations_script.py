"""scripts/build_collocations.py (a measurement, not shipped): its gates on a made-up WordNet with
the real language model and word frequencies, and a clear exit on a missing WordNet."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "build_collocations.py"


def _script():
    sys.path.insert(0, str(SCRIPT.parent))  # it reads build_spun_terms' WordNet parsers
    spec = importlib.util.spec_from_file_location("build_collocations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _data_line(offset: str, pos: str, words: list[str]) -> str:
    return f"{offset} 00 {pos} {len(words):02x} {' '.join(f'{w} 0' for w in words)} 000 | \n"


def _index_line(lemma: str, pos: str, offsets: list[str]) -> str:
    return f"{lemma} {pos} {len(offsets)} 0 {len(offsets)} 0 {' '.join(offsets)}\n"


@pytest.fixture
def tiny_wordnet(tmp_path: Path) -> Path:
    """strong: 1 {strong}, 2 {strong, potent}; message: 1 {message, substance}."""
    (tmp_path / "index.adj").write_text(_index_line("potent", "a", ["00000200"])
                                        + _index_line("strong", "a", ["00000100", "00000200"]))
    (tmp_path / "data.adj").write_text(_data_line("00000100", "a", ["strong"])
                                       + _data_line("00000200", "s", ["strong", "potent"]))
    (tmp_path / "index.noun").write_text(_index_line("message", "n", ["00000300"])
                                         + _index_line("substance", "n", ["00000300"]))
    (tmp_path / "data.noun").write_text(_data_line("00000300", "n", ["message", "substance"]))
    for pos in ("verb", "adv"):
        (tmp_path / f"index.{pos}").write_text("")
        (tmp_path / f"data.{pos}").write_text("")
    (tmp_path / "cntlist.rev").write_text("strong%3:00:00:: 1 50\n")
    return tmp_path


def test_a_collocation_of_the_model_yields_its_unlisted_swaps(tiny_wordnet: Path) -> None:
    pytest.importorskip("wordfreq")
    pytest.importorskip("pocketsphinx")
    table, stats, explained = _script().build(tiny_wordnet)
    assert ("potent message", "strong message") in table
    assert explained["potent message"] == ("strong message", None)
    assert stats["collocations"] >= 1
    # a drop no unlisted pair reaches: every variant is dropped, and the gate is named
    table, _stats, explained = _script().build(tiny_wordnet, min_drop=9.0)
    assert table == [] and explained["potent message"] == ("strong message", "not much less likely")


def test_a_missing_wordnet_is_a_clear_exit_2(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "none")], capture_output=True, text=True)
    assert done.returncode == 2 and "no WordNet 3.0 dict directory" in done.stderr and "Traceback" not in done.stderr
