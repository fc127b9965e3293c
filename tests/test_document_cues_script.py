"""benchmarks/document_cues.py (two document cues judged by leaving one unseen batch out): what each
cue counts on made-up prose, that the shipped rates come back after a cue is tried, and the keep rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cues():
    return load_script("mtqa_test_document_cues", ROOT / "benchmarks" / "document_cues.py")


def test_hyphen_compounds_count_lowercase_joins_not_names(cues):
    lines = ["The long-term plan for Saint-Jérôme was a well-known secret.", "Nobody in Jean-Paul's office knew."]
    # 14 whitespace tokens, two lowercase joins; the two hyphenated names are not compounds
    assert cues.hyphen_compounds(lines) == pytest.approx(100 * 2 / 14)
    assert cues.hyphen_compounds(["A plan of long duration for the town."]) == 0.0


def test_hyphen_compounds_as_mtqa_counts_words(cues):
    # APOSTROPHE_WORD splits at the hyphen: 4 words, one join
    assert cues.hyphen_compounds_mtqa(["A cross-border deal"]) == pytest.approx(25.0)


def test_capitals_leave_out_each_sentence_first_word(cues):
    lines = ["The mayor of Granby met Premier Legault. Then she left."]
    # 10 tokens; "Granby", "Premier", "Legault" count, "The" and "Then" open sentences
    assert cues.capitals(lines) == pytest.approx(30.0)


def test_features_restored_after_a_cue(cues):
    from mtqa import translationese

    shipped = translationese.FEATURES
    with cues.features_with("capitals"):
        assert translationese.FEATURES == (*shipped, "capitals")
    assert translationese.FEATURES == shipped
    with pytest.raises(RuntimeError), cues.features_with("capitals"):
        raise RuntimeError
    assert translationese.FEATURES == shipped


def _fig(mt_failing: int, clean_passing_pct: float, fold_b_clean_failing: int) -> dict:
    return {"lobo_pooled": {"mt_failing": mt_failing, "clean_passing_pct": clean_passing_pct},
            "fold_B_in_sample": {"clean_failing": fold_b_clean_failing}}


def test_keep_rule(cues):
    base = _fig(144, 94.3, 7)
    assert cues.verdict_of(base, _fig(145, 94.3, 7))["kept"]
    assert not cues.verdict_of(base, _fig(144, 94.3, 7))["kept"]  # MT failing must rise
    assert not cues.verdict_of(base, _fig(148, 93.9, 7))["kept"]  # clean passing fell
    assert not cues.verdict_of(base, _fig(150, 95.0, 8))["kept"]  # fold B's clean copy flagged more
