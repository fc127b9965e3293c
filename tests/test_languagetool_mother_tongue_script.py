"""`benchmarks/languagetool_mother_tongue.py`: what LanguageTool's `motherTongue` adds on real copy.

Its offsets are Java's (UTF-16 units) and must land on the labels' code-point spans, and the
judge batch is counted on its own as well as in its fold. Against a live server: the made-up
probes, whose words LanguageTool's false-friend list covers, get no false-friend match with a
mother tongue (measured with LanguageTool 6.8; the reason mtqa does not send one, see
benchmarks/README.md, "LanguageTool's false friends by mother tongue"). When a LanguageTool
release makes it fail, the measurement is due again.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import ROOT

from benchmarks.corpus.load import Label
from script_loader import load_script

bench = load_script("mtqa_languagetool_mother_tongue", ROOT / "benchmarks" / "languagetool_mother_tongue.py")


def _label(start: int, end: int, family: str) -> Label:
    return Label("tune/x.txt", "", 1, family, "", "minor", "rule", start=start, end=end)


def test_java_offsets_after_an_emoji_land_on_the_label():
    text = "🙂 The lecture was good."  # the emoji is two UTF-16 units, one code point
    labels = [_label(6, 13, "calques"), _label(0, 1, "typography")]
    assert bench.on_labels({"offset": 7, "length": 7}, labels, text) == (1, 1)
    assert bench.on_labels({"offset": 15, "length": 3}, labels, text) == (0, 0)


def test_the_judge_batch_is_counted_in_its_fold_and_on_its_own(monkeypatch):
    monkeypatch.setattr(bench, "fold_of", lambda site: "B")
    assert bench.group_of("mt-fr-en", "example.com", "unseen-22") == ["MT B", "unseen-22"]
    assert bench.group_of("clean", "example.com", "unseen-9") == ["clean B"]


@pytest.fixture(scope="module")
def lt_url():
    """The server the environment names, or the one this checkout's script runs (never started here)."""
    url = (os.environ.get("MTQA_TEST_LANGUAGETOOL_URL") or os.environ.get("MTQA_LANGUAGETOOL_URL", "")).strip()
    if url:
        return url
    running = subprocess.run([str(ROOT / "scripts" / "languagetool-server"), "url"], capture_output=True, text=True)
    if running.returncode != 0:
        pytest.skip("no LanguageTool server running (scripts/languagetool-server start)")
    return running.stdout.strip()


@pytest.mark.languagetool
@pytest.mark.parametrize("tongue", ["fr", "pt", "pl-PL"])
def test_a_mother_tongue_adds_no_false_friend_match_on_the_server(lt_url, tongue):
    for probe in bench.PROBES:
        assert bench.new_matches(lt_url, probe, tongue, 120.0) == []
