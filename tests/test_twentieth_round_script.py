"""benchmarks/translationese_twentieth.py (the twentieth round of the document signal): the two
profiles' events and the per-fold likelihood ratios, on made-up text and counts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def twentieth():
    return load_script("mtqa_test_translationese_twentieth", ROOT / "benchmarks" / "translationese_twentieth.py")


def test_penn_tags_fall_into_the_thirteen_coarse_classes(twentieth) -> None:
    assert [twentieth.coarse(t) for t in ("NNS", "NNP", "VBG", "MD", "JJR", "WRB", "WDT", "PRP$", "TO", "CD", "CC")] == [
        "NOUN", "PROPN", "VERB", "MODAL", "ADJ", "ADV", "DET", "PRON", "ADP", "NUM", "CONJ"]
    # punctuation and quotation marks are one class, whatever their tag; the rest is "other"
    assert {twentieth.coarse(t) for t in (",", ".", "``", "''", '"', ":", "-LRB-")} == {"PUNCT"}
    assert {twentieth.coarse(t) for t in ("POS", "FW", "UH")} == {"OTHER"}
    assert len(twentieth.COARSE) == 13 and len(twentieth.TAG_EVENTS) == 169


def test_tag_events_are_bigrams_within_a_line_never_across(twentieth) -> None:
    got = twentieth.tag_events([["DT", "NN"], ["PRP", "VBD", "."]])
    assert got == Counter({"DET NOUN": 1, "PRON VERB": 1, "VERB PUNCT": 1})  # no "NOUN PRON" across the lines


@pytest.mark.parametrize(("sentence", "event"), [
    ("However, the council voted.", "however,"),
    ("In addition, the mayor spoke.", "in"),
    ("Additionally, the mayor spoke.", "<capital>,"),
    ("The mayor spoke.", "the"),
    ("Mayor Tremblay spoke.", "<capital>"),
    ("“We will go,” she said.", "<quote>"),
    ("2024 was a hard year.", "<number>"),
    ("1,200 people came.", "<number>"),
    ("It's late, he said.", "<capital>"),  # a contraction is not a function word of the list
    ("iPhone sales rose.", "<lower>"),
])
def test_a_sentence_opens_with_its_first_word_or_its_shape(twentieth, sentence: str, event: str) -> None:
    assert twentieth.opener(sentence) == event


def test_every_opener_event_is_in_the_fixed_set(twentieth) -> None:
    vocabulary = set(twentieth.opener_vocabulary())
    for s in ("However, it rained.", "Yes.", "“No,” he said.", "12 people came.", "— and then.", "moreover it fell."):
        assert twentieth.opener(s) in vocabulary


def test_a_training_document_is_scored_without_its_own_sites_counts(twentieth) -> None:
    import numpy as np

    # two events; site a's MT document uses only event 0, which no other MT document has
    events = np.array([[5.0, 0.0], [0.0, 5.0], [2.0, 3.0], [1.0, 4.0]])
    mt = np.array([True, True, False, False])
    sites = np.array(["a", "b", "c", "d"])
    train = np.array([True, True, True, False])
    got = twentieth.profile_values(events, mt, sites, train, alpha=1.0)
    # without site a, MT's profile has no event 0: the document reads as clean (ratio below 0)
    assert got[0] < 0
    # the left-out document is scored with every training document's counts: event 0 reads as MT
    with_all = twentieth.log_ratios(events[:2].sum(axis=0), events[2:3].sum(axis=0), alpha=1.0)
    assert got[3] == pytest.approx((1.0 * with_all[0] + 4.0 * with_all[1]) / 5.0)
    assert with_all[0] > 0 > with_all[1]


def test_a_document_without_events_weighs_nothing(twentieth) -> None:
    import numpy as np

    events = np.array([[0.0, 0.0], [3.0, 1.0], [1.0, 3.0]])
    got = twentieth.profile_values(events, np.array([True, True, False]), np.array(["a", "b", "c"]),
                                   np.array([False, True, True]))
    assert got[0] == 0.0


def test_rows_that_are_not_rows_get_a_message_and_exit_2(twentieth, tmp_path, capsys) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text('{"documents": {}}', encoding="utf-8")
    assert twentieth.main(["--from", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err
