"""The story-level rules' indexes for long stories, held to the searches they stand in for.

A long story (a live blog) has many names; the rules that look each one up in the whole story
switch to an index past a number of names. The index must find what the search finds: checked
on made-up look-alikes directly, and by running the rules with the switch forced at every size.
"""

from __future__ import annotations

import random

import pytest

from mtqa import Checker
from mtqa.rules.consistency import rules as consistency_rules
from mtqa.rules.names import rules as names_rules
from mtqa.rules.typography import word_joins
from mtqa.text.spaced_phrases import find_all, find_each


def test_find_each_finds_what_find_all_finds_on_look_alikes():
    rng = random.Random(14)
    pieces = ["ab", "abc", "abcd", "b", "cab", " ", " ", "  ", "\n", "'", "abab", "ba"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        phrases = list({"".join(rng.choice(pieces[:7]) for _ in range(rng.randint(1, 5))) for _ in range(6)} - {""})
        found = find_each(text, phrases)
        assert found == {p: list(find_all(text, p)) for p in phrases}, text


def test_find_each_keeps_find_alls_steps_past_each_match():
    # the phrase overlaps itself: the second place starts inside the first match, and is skipped
    text = "the abc abc abc abc end"
    assert find_each(text, ["abc abc"]) == {"abc abc": [4, 12]}
    assert find_each("xfederal court, federal courts", ["federal court"]) == {"federal court": [1, 16]}


_STORY = """Economist Marie Gagnon spoke first.

Marie Gagnion said rates would rise, and Prof. Anand Sharma said no.

Prof. Sharmah added more. Prof. Sharma agreed. Dr. Lucie Tremblay left; Lucie Tremblay returned.

Dr. Lucie Tremblai said so. Leader Paul Dervieux spoke on Monday. Dervieux left, and Dervieu said so.

Dervieux won. Mayor Anne Ottaway spoke. Premier François Legault spoke on Monday. legault said the plan would work.

Minister Marc Garneau left. The talks with garneau ended. Trade grew in the Kazan region.

The kazan corridor opened. The Federal Office for Migration ruled on Monday. Later the federal office said more.

Hikers left the Flood Falls Trail. Crews closed the flood falls trail too, and the Flood Falls trail after.

Police found Burgoinwho was missing. A report from Vietnamsince the war; Vietnam agreed. Northgateis open.
"""


def _findings(text: str) -> list:
    report = Checker(languagetool="off").check(text)
    return [(f.rule_id, f.span.start, f.span.end, f.message, f.suggestions) for f in report.findings]


@pytest.mark.parametrize("story", [_STORY, _STORY * 3])
def test_rules_find_the_same_with_the_indexes_forced(monkeypatch, story):
    direct = _findings(story)
    used = []

    def spy(text, phrases):
        used.append(len(phrases))
        return find_each(text, phrases)

    monkeypatch.setattr(consistency_rules, "find_each", spy)
    monkeypatch.setattr(consistency_rules, "_NAMES_SEARCHED_MAX", 0)
    monkeypatch.setattr(names_rules, "_NAMES_SEARCHED_MAX", 0)
    monkeypatch.setattr(word_joins, "_COUNT_DIRECTLY_MAX", 0)
    indexed = _findings(story)
    assert used  # the index did the work
    assert indexed == direct
    rule_ids = {f[0] for f in direct}
    assert {"names/inconsistent-spelling", "names/lowercase-name", "consistency/name-case",
            "typography/run-together-words"} <= rule_ids
