"""benchmarks/translationese_confound.py, without_tagger.py and verdict_by_kind.py (the fourteenth
round of the document signal): the rates they measure, on made-up sentences, with look-alikes that
must not count."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

from mtqa import lexicon, tagging

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def confound():
    return load_script("mtqa_test_translationese_confound", BENCH / "translationese_confound.py")


def test_quotation_marks_go_and_apostrophes_inside_words_stay(confound) -> None:
    line = "The mayor said “we're ready.” Her aide added \"not yet\" and ‘maybe’ it's fine."
    assert confound.strip_quotes(line) == "The mayor said we're ready. Her aide added not yet and maybe it's fine."


def test_the_word_pair_stand_ins_count_their_pairs(confound) -> None:
    rates = confound.word_pair_rates(["By noon, the crew painting the bridge left, its boss grinning."])
    # tokens: by noon , the crew painting the bridge left , its boss grinning  (13 tokens, 12 pairs)
    assert rates["wp_comma_determiner"] == pytest.approx(2 / 12)  # ", the" and ", its"
    assert rates["wp_preposition_determiner"] == 0.0  # "by noon": no determiner after the preposition
    assert rates["wp_content_ing"] == pytest.approx(2 / 11)  # "crew painting", "boss grinning"


def test_the_word_pair_stand_ins_leave_look_alikes_alone(confound) -> None:
    rates = confound.word_pair_rates(["She was being careful, as they were bring the king to the ring."])
    assert rates["wp_content_ing"] == 0.0  # "being" after a function word; "bring", "ring", "king" short
    assert rates["wp_comma_determiner"] == 0.0  # ", as": not a determiner
    assert rates["wp_preposition_determiner"] == pytest.approx(1 / 13)  # "to the"


@pytest.fixture(scope="module")
def tagger():
    tg = tagging.tagger()
    if tg is None:
        pytest.skip("needs the grammar extra")
    return tg


def test_a_number_before_a_singular_noun_is_a_mismatch_but_a_percentage_is_not(confound, tagger) -> None:
    def flat(_word: str) -> float:
        return 4.0

    odd = confound.candidate_rates([tagger.tag("The firm hired three engineer last week.")], flat)
    fine = confound.candidate_rates([tagger.tag("The firm hired three engineers, 4 percent more.")], flat)
    assert odd["number_mismatch"] > 0
    assert fine["number_mismatch"] == 0


def test_a_singular_noun_straight_after_a_preposition_reads_as_a_missing_article(confound, tagger) -> None:
    def flat(_word: str) -> float:
        return 4.0

    bare = confound.candidate_rates([tagger.tag("The driver was taken to hospital after crash.")], flat)
    full = confound.candidate_rates([tagger.tag("The driver was taken to the hospital after the crash.")], flat)
    assert bare["bare_singular"] > full["bare_singular"] == 0.0


def test_two_ofs_within_four_words_make_a_chain(confound, tagger) -> None:
    def flat(_word: str) -> float:
        return 4.0

    chain = confound.candidate_rates([tagger.tag("The head of the office of the river board spoke.")], flat)
    apart = confound.candidate_rates([tagger.tag("Most of the crowd stayed, and some of them sang loudly.")], flat)
    assert chain["of_chains"] > 0
    assert apart["of_chains"] == 0


def test_hiding_the_tagger_makes_mtqa_read_as_without_the_extra(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "available", tagging.available)  # restored after the test
    monkeypatch.setattr(tagging, "tagger", tagging.tagger)
    load_script("mtqa_test_without_tagger", BENCH / "without_tagger.py").hide_tagger()
    assert tagging.available() is False
    assert tagging.tagger() is None


def test_the_verdict_is_grouped_by_kind() -> None:
    by_kind = load_script("mtqa_test_verdict_by_kind", BENCH / "verdict_by_kind.py").by_kind
    rows = [{"file": "a", "passed": False}, {"file": "b", "passed": True}, {"file": "c", "passed": True}]
    kinds = {"a": "spun", "b": "spun", "c": "clean"}
    assert by_kind(rows, kinds) == {"clean": {"excerpts": 1, "failing": 0.0}, "spun": {"excerpts": 2, "failing": 0.5}}


def test_the_lexicon_is_there_for_the_zipf_candidates(confound, tagger) -> None:
    lx = lexicon.english()
    if lx is None:
        pytest.skip("needs the words extra")
    plain = confound.candidate_rates([tagger.tag("They quickly built a big new school and opened it.")], lx.zipf)
    rare = confound.candidate_rates([tagger.tag("They expeditiously erected a capacious novel academy and inaugurated it.")], lx.zipf)
    assert rare["modifier_zipf"] < plain["modifier_zipf"]
    assert rare["verb_zipf"] < plain["verb_zipf"]
