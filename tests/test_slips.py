"""One slip, one finding (mtqa.slips): two rules that report one slip on one span are penalised once.

Every text here is made up."""

from __future__ import annotations

import pytest

from mtqa import slips
from mtqa.engine import Checker
from mtqa.finding import Finding, Severity, Span


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(languagetool="off")


def _finding(text: str, piece: str, rule_id: str, occurrence: int = 1) -> Finding:
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    end = start + len(piece)
    return Finding(rule_id, "m", Span(start, end, 1, start + 1, 1, end + 1), piece, Severity.MINOR, "Fluency/Grammar")


def test_a_stray_period_is_one_finding_with_its_twin_kept_beside(checker) -> None:
    text = "The ferry crews worked on the old harbour bridge. until the storm passed over the town on Friday night."
    report = checker.check(text)
    assert [(f.rule_id, f.text) for f in report.findings] == [("typography/stray-period", ".")]
    assert slips.related_spans(report.findings[0]) == [(text.index("bridge."), text.index("bridge.") + 7)]
    # penalised once: the same as the period alone
    alone = Checker(languagetool="off", ignore=["abbreviations/stray-period"]).check(text)
    assert report.penalty == alone.penalty


def test_one_capital_mid_sentence_is_one_finding(checker) -> None:
    report = checker.check("The council voted on Tuesday and today The main road is closed to all traffic in the town.")
    assert [f.rule_id for f in report.findings] == ["grammar/capital-mid-sentence"]
    assert {r["rule_id"] for r in report.findings[0].extra["same_slip"]} == {
        "typography/capital-function-word", "typography/stray-capitals"}


def test_a_twin_is_shown_when_its_keeper_does_not_run() -> None:
    text = "The ferry crews worked on the old harbour bridge. until the storm passed over the town on Friday night."
    report = Checker(languagetool="off", ignore=["typography/stray-period"]).check(text)
    assert [f.rule_id for f in report.findings] == ["abbreviations/stray-period"]
    assert "same_slip" not in report.findings[0].extra


def test_two_slips_side_by_side_are_both_reported(checker) -> None:
    # a stray period and, further on, a capital mid-sentence: two slips, two findings
    text = "Crews repaired the harbour bridge. until noon and then The workers went home for the weekend."
    rules = sorted(f.rule_id for f in checker.check(text).findings)
    assert "typography/stray-period" in rules and "grammar/capital-mid-sentence" in rules


def test_beside_is_overlap_or_a_few_spaces_on_one_line() -> None:
    text = "ab.  cd\nef"
    assert slips.beside(text, 0, 3, 2, 3)  # overlap
    assert slips.beside(text, 0, 3, 5, 7)  # two spaces between
    assert not slips.beside(text, 0, 3, 8, 10)  # a line break between
    assert not slips.beside("ab.     cd", 0, 3, 8, 10)  # too far
    assert not slips.beside("ab. x cd", 0, 3, 6, 8)  # a word between


def test_one_per_slip_follows_the_declared_table_only() -> None:
    text = "They met the PQ deputies on Monday."
    twins = {"titles/legislator-as-deputy": ("calques/false-friend",)}
    keeper = _finding(text, "deputies", "titles/legislator-as-deputy")
    twin = _finding(text, "deputies", "calques/false-friend")
    other = _finding(text, "deputies", "nonwords/unknown-word")
    out = slips.one_per_slip(text, [keeper, twin, other], twins)
    assert [f.rule_id for f in out] == ["titles/legislator-as-deputy", "nonwords/unknown-word"]
    assert out[0].extra["same_slip"] == [{"rule_id": "calques/false-friend", "start": 16, "end": 24}]
    assert keeper.extra == {}  # the finding given is not changed: a new one carries its twin
    # a keeper dropped in turn passes its twins on; two rules never drop each other
    chain = {"a/keep": ("b/middle",), "b/middle": ("c/last",)}
    found = [_finding(text, "PQ", "c/last"), _finding(text, "PQ", "b/middle"), _finding(text, "PQ", "a/keep")]
    out = slips.one_per_slip(text, found, chain)
    assert [f.rule_id for f in out] == ["a/keep"]
    assert {r["rule_id"] for r in out[0].extra["same_slip"]} == {"b/middle", "c/last"}
    both = {"a/keep": ("b/middle",), "b/middle": ("a/keep",)}
    assert len(slips.one_per_slip(text, found[1:], both)) == 1


def test_every_declared_twin_names_rules_that_exist() -> None:
    from mtqa import registry

    ids = {r.id for r in registry.all_rules()}
    for keeper, twins in slips.TWINS.items():
        assert keeper in ids
        assert all(t in ids and t != keeper for t in twins)


@pytest.mark.parametrize("glob", ["typography/stray-period", "typography/*", "*/stray-period", "typography/stray-perio?",
                                  "typography/[st]tray-period", "typography/[!s]tray-period", "typo.graphy/x", "a\\b/c",
                                  "(?i)typography/stray-period", "typography/stray-period$", "", "*", "typography/[",
                                  "quotes/dash-for-quotation", "TYPOGRAPHY/stray-period"])
def test_a_glob_matches_as_fnmatch_matches_it(glob: str) -> None:
    """`glob_matches` tells a glob with no `*`, `?` or `[` by equality: the same answer as
    `fnmatch.fnmatchcase` for every rule id, with regular-expression look-alikes among the globs."""
    import fnmatch

    ids = ["typography/stray-period", "typography/stray-perioD", "typographyXstray-period", "typo.graphy/x",
           "typoXgraphy/x", "a\\b/c", "", "typography/[", "quotes/dash-for-quotation", "abbreviations/stray-period"]
    for rule_id in ids:
        assert slips.glob_matches(rule_id, glob) == fnmatch.fnmatchcase(rule_id, glob), (rule_id, glob)


def test_one_per_slip_reads_globs_as_globs_and_names_as_names() -> None:
    """A twin table may name rules by glob (an integration's, such as LanguageTool's): a
    glob still reaches every rule it matches, a plain name only itself."""
    text = "the mission. to train"
    found = [_finding(text, ".", r) for r in ("typography/stray-period", "abbreviations/stray-period",
                                              "abbreviations/stray-periods")]
    kept = slips.one_per_slip(text, found, {"typography/stray-period": ("abbreviations/stray-period",)})
    assert [f.rule_id for f in kept] == ["typography/stray-period", "abbreviations/stray-periods"]
    kept = slips.one_per_slip(text, found, {"typography/stray-period": ("abbreviations/stray-period*",)})
    assert [f.rule_id for f in kept] == ["typography/stray-period"]
