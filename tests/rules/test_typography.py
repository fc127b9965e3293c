"""The typography family as a whole: clean copy stays quiet, fixes stay safe, hostile input is
handled. Each kind of rule has its own test module (test_spacing.py, test_punctuation.py,
test_capitals.py, test_capitalised_terms.py, test_word_joins.py)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, checker, findings
from hang_guard import assert_spans_sound, returns
from hypothesis import given, settings, strategies as st


CLEAN_COPY = """OTTAWA — Defence Minister Anita Anand said Tuesday that Canada will extend its mission in Latvia until 2029, after meeting NATO counterparts in Brussels.

"We are not going anywhere," Anand told reporters at 9:30 a.m. She said the U.S. and the U.K. had been briefed, e.g. on the new brigade's equipment, and that talks with Latvia (and its neighbours) went well.

Conservative MP James Bezan (Selkirk–Interlake–Eastman, Man.) said the government should have acted sooner. The cost, roughly $2.6 billion, was not in last spring's budget [sic], he said.

The first troops arrive on Jan. 7 at Camp Ādaži. Options under study include: a) more tanks, b) air defence, or c) both. The list is not final ... officials said.
"""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "typography")


def test_clean_references_are_quiet(clean_references) -> None:
    hits = [f for text in clean_references for f in findings(text, "typography")]
    assert len(hits) <= 1, [(f.rule_id, f.text) for f in hits]


def test_doubled_space_fix_collapses_and_is_idempotent() -> None:
    chk = checker("typography")
    report = chk.check("The vote  was close .  The bill passed..")
    fixed = report.fixed_text()
    assert fixed == "The vote was close. The bill passed."
    assert chk.check(fixed).findings == []


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("typography")
    for bad in ("." * 20000, "(" * 20000, ". " * 10000, "a  " * 10000, "x. y" * 5000, ")" * 20000):
        # hang guard only; linearity is measured by benchmarks/speed.py's fuzz ("periods", "parentheses")
        assert_spans_sound(returns(chk.check, bad), bad)


_ALPHABET = st.sampled_from(list("ab .,;:?!()[]\n") + ["  ", "..", " .", "The ", "e.g. ", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_safe_fixes_are_idempotent_and_stay_in_their_spans(text: str) -> None:
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    report = chk.check(text)
    for f in report.findings:
        if f.fix_safe:
            assert all(f.span.start <= e.start <= e.end <= f.span.end for e in f.fix.edits), f
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed


def test_fixing_a_capital_after_a_semicolon_makes_no_new_finding() -> None:
    # Found by Hypothesis: lowercasing "The" after the semicolon gave the story a lowercase
    # "the", which capitalised-common-word then took as evidence against the second "The".
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    fixed = chk.check(";The a\xa0The ").fixed_text()
    assert chk.check(fixed).fixed_text() == fixed


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "typography")


def test_run_together_words_and_stacked_separators() -> None:
    assert_flags("Police found Carlos Aranda Burgoinwho was missing, and the councilwhich met.",
                 "typography/run-together-words", ["Burgoinwho", "councilwhich"])
    assert_clean("Somewhere the Whos met the WHO; email mayorwho@example.ca or follow #ottawawhich.",
                 "typography/run-together-words")
    assert_flags("They were working, – They informed us. It rose,, then fell; — and stopped.",
                 "typography/stacked-separators", [", –", ",,", "; —"])
    assert_clean("The vote — 51 to 49 — was final, officials said; scores were 3–1, 2–2.",
                 "typography/stacked-separators")


def test_space_before_a_mark_glued_to_the_next_word_is_moved_after_it() -> None:
    # Found by Hypothesis: "The ;aa" was fixed to "The;aa", which missing-space then fixed to
    # "The; aa" on a second pass; one pass must reach the fixed point.
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    fixed = chk.check("The ;aa").fixed_text()
    assert fixed == "The; aa"
    assert chk.check(fixed).fixed_text() == fixed
    got = assert_flags("Ottawa waited ;officials said nothing.", "typography/space-before-punctuation", [" ;"])
    assert got[0].fix.edits[0].replacement == "; "
    # a space before a mark with a space after it is still just removed
    got = assert_flags("Ottawa waited ; officials said nothing.", "typography/space-before-punctuation", [" "])
    assert got[0].fix.edits[0].replacement == ""


def test_a_space_before_a_semicolon_glued_to_a_capital_is_one_finding() -> None:
    # Found by Hypothesis: "The ;The " had space-before-punctuation move the space and
    # missing-space add another, giving "The;  The " and a doubled space on the next pass.
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    report = chk.check("The ;The ")
    assert [f.rule_id for f in report.findings] == ["typography/space-before-punctuation"]
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed
    # with no space before it, the glued mark is still missing-space's
    assert_flags("The minister left;The talks ended.", "typography/missing-space", [";"])


def test_missing_space_after_a_run_on_colon_is_found_in_one_pass() -> None:
    # a colon run into a lower-case word ("Monday:the") is itself reported, so it does not make
    # the word read as an address: the comma after it is reported in the same pass, and the
    # fixed text checks clean (found by the idempotence property above with "aa:aa,aa")
    chk = checker("typography")
    report = chk.check("They met on Monday:the talks,and the vote.")
    assert [f.text for f in report.findings if f.rule_id == "typography/missing-space"] == [":", ","]
    assert chk.check(report.fixed_text()).findings == []
    # addresses and times keep their commas to themselves
    for text in ("Write to mailto:jane,or call.", "It ended at 10:30,and then.", "See http:ab,cd now."):
        assert not [f for f in chk.check(text).findings if f.rule_id == "typography/missing-space" and f.text == ","]


def test_a_capital_beside_a_doubled_space_is_found_in_the_same_pass() -> None:
    # Found by Hypothesis: "a  The aa" gave only the doubled space; once it was fixed, "a The aa"
    # gave capital-function-word, so one pass of safe fixes did not reach the fixed point.
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    report = chk.check("a  The aa")
    assert "typography/capital-function-word" in {f.rule_id for f in report.findings}
    fixed = report.fixed_text()
    assert chk.check(fixed).fixed_text() == fixed


def test_a_space_before_a_period_is_no_spaced_ellipsis_when_other_marks_come_between() -> None:
    """Hypothesis found "a .,. ." fixed in two passes: the space before the first period was read
    as a spaced ellipsis (" . . .") from the ". ." two characters on, which the doubled-period fix
    then removed. Only " . . ." itself is a spaced ellipsis."""
    chk = checker(("typography", "publications", "calques", "boilerplate"))
    fixed = chk.check("a .,. .").fixed_text()
    assert chk.check(fixed).fixed_text() == fixed
    assert [f.rule_id for f in chk.check("Wait . . . then go.").findings
            if f.rule_id == "typography/space-before-punctuation"] == []
