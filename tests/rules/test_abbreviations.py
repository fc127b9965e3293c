"""Abbreviations beyond the one-line examples: story-level counts, locales, fixes, clean copy."""

from __future__ import annotations

from pathlib import Path

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_a80f4c312e8b183b.txt"

CLEAN_CP_COPY = """OTTAWA — The U.S. and Canada will resume talks on Jan. 14, officials said Tuesday.

Prime Minister Justin Trudeau spoke with U.S. President Joe Biden by phone at 9 a.m. on Monday. The UN and the EU
welcomed the news, and the U.K. said it would send an observer.

"We depend on trade with the U.S. But we also trade with Europe," said Mr. Smith, of Acme Inc. He added that
shares of Acme Inc. rose 3 per cent, i.e. more than the market, and that the U.S.-based rival fell.

The meeting, set for Sept. 3, follows a summit in Washington, D.C., in March. US$2 billion is at stake."""


def test_seed_us_forms() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = findings(text, "abbreviations")
    by_rule: dict[str, list[str]] = {}
    for f in got:
        by_rule.setdefault(f.rule_id, []).append(f.text)
    assert by_rule["abbreviations/lost-periods"] == ["US"]  # "... with the US So if you had"
    assert "Canada-US." in by_rule["abbreviations/stray-period"]
    # one U.S. beside many US: CP style wins, so every US is flagged (the run-on one by
    # lost-periods only, not twice) and the U.S. is not
    assert len(by_rule["abbreviations/mixed-forms"]) >= 14
    assert "U.S." not in by_rule["abbreviations/mixed-forms"]


def test_clean_cp_copy_is_quiet() -> None:
    assert_clean(CLEAN_CP_COPY, ("abbreviations", "consistency"))


def test_mixed_forms_majority_without_house_style() -> None:
    text = "The US and Canada met. US officials left. Later, U.S. staff stayed."
    # en-GB has no house preference for US: the majority (US) wins
    assert_flags(text, "abbreviations/mixed-forms", ["U.S."], locale="en-GB")
    # en-CA: CP writes U.S., whatever the majority
    assert_flags(text, "abbreviations/mixed-forms", ["US", "US"], locale="en-CA")


def test_mixed_forms_fix_keeps_sentence_final_period() -> None:
    text = "Trade with the US grew. Trade with the U.S. fell. The US side agreed."
    fixed = Checker(select=["abbreviations/mixed-forms"], locale="en-GB", strict=True).check(text).fixed_text()
    assert fixed == "Trade with the US grew. Trade with the US fell. The US side agreed."
    text = "Trade with the US grew, but it fell in the U.S. The US side agreed."
    fixed = Checker(select=["abbreviations/mixed-forms"], locale="en-GB", strict=True).check(text).fixed_text()
    assert fixed == "Trade with the US grew, but it fell in the US. The US side agreed."
    text = "It fell in the US. Then U.S. officials met."
    fixed = Checker(select=["abbreviations/mixed-forms"], locale="en-CA", strict=True).check(text).fixed_text()
    assert fixed == "It fell in the U.S. Then U.S. officials met."


def test_house_style_is_preview_and_locale_bound() -> None:
    text = "Trade with the US grew on January 7."
    default = Checker(locale="en-CA").check(text)
    assert "abbreviations/house-style" not in default.checks_ran
    assert all(f.rule_id != "abbreviations/house-style" for f in default.findings)
    assert_flags(text, "abbreviations/house-style", ["January 7"], locale="en-CA")
    assert_clean(text, "abbreviations/house-style", locale="en-US")
    # The bare US is the stable abbreviations/country-without-periods', on by default.
    assert [f.text for f in default.findings if f.rule_id == "abbreviations/country-without-periods"] == ["US"]


def test_us_copy_uses_us_freely() -> None:
    text = ("The US economy grew. In the US, wages rose — and the UK followed.\n\n"
            "US officials said the US would act. Mr Brown agreed.")
    assert_clean(text, ("abbreviations", "consistency"), locale="en-US")
    assert_clean(text, ("abbreviations", "consistency"), locale="en-GB")


def test_lost_periods_in_us_style_restores_a_bare_period() -> None:
    got = findings("We trade with the US So the deal matters.", "abbreviations/lost-periods", locale="en-GB")
    assert [f.suggestions for f in got] == [("US.",)]
    got = findings("We trade with the U.S So the deal matters.", "abbreviations/lost-periods")
    assert [(f.text, f.suggestions) for f in got] == [("U.S", ("U.S.",))]


def test_currency_and_names_are_not_the_abbreviation() -> None:
    assert_clean("It cost US$5 billion. She won the US Open. The U.S. agreed.", "abbreviations")


def test_headline_in_capitals_is_left_alone() -> None:
    # "US" in a paragraph in capitals is the pronoun; only the body copy counts
    assert_clean("LET US GO, SAYS COACH\n\nThe U.S. team left.", "abbreviations")
    assert_flags("LET US GO\n\nThe U.S. team left. The US side stayed.", "abbreviations/mixed-forms", ["US"])


def test_stray_period_known_abbreviations() -> None:
    text = "Meet at 10 a.m. on Monday with Prof. Lee, Smith et al. and staff, approx. five people, etc. and guests."
    assert_clean(text, "abbreviations/stray-period")
    assert_flags("The talks went well. the minister left.", "abbreviations/stray-period", ["well."])


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = Checker(select=["abbreviations"], strict=True)
    for text in ["US " * 20000, "U.S." * 10000, "A-" * 10000 + "US. The", ". " * 20000, "Aa. " * 10000]:
        # hang guard only; linearity is measured by benchmarks/speed.py's fuzz ("periods", "acronyms")
        assert_spans_sound(returns(chk.check, text), text)


def test_french_acronym_each_occurrence_and_glosses() -> None:
    from mtqa.testing import assert_clean, assert_flags

    text = ("The Liberal Party of Quebec (PLQ) met in Laval.\n\nThe PLQ said the TPS should be cut, "
            "citing the OCDE.")
    got = assert_flags(text, "abbreviations/french-acronym", ["PLQ", "PLQ", "TPS", "OCDE"])
    assert [f.suggestions for f in got] == [("QLP",), ("QLP",), ("GST",), ("OECD",)]
    # The French name glossed with its own acronym, an all-caps headline, acronyms inside words.
    assert_clean("Le Parti libéral du Québec (PLQ) is the party's French name.\n\nONU VOTE DELAYED\n\n"
                 "The UNESCO and OTANI reports came out.", "abbreviations/french-acronym")


def test_province_without_periods_only_where_it_names_the_place() -> None:
    from mtqa.testing import assert_clean, assert_flags

    text = "Fires in BC forced evacuations.\n\nBC Hydro cut power. PEI Premier Jane Roe offered help."
    assert_flags(text, "abbreviations/province-without-periods", ["BC", "PEI"])
    # A caption line and a credit keep their form; other locales are not checked.
    assert_clean("Crews near the fire. Photo: Jane Doe/BC Wildfire\n\nThe fire grew.", "abbreviations/province-without-periods")
    assert_clean("Fires in BC forced evacuations.", "abbreviations/province-without-periods", locale="en-GB")


def test_province_lost_final_period_counts_as_dotted_when_mixed() -> None:
    from mtqa.testing import assert_flags

    text = "Fires in BC forced evacuations.\n\nEvacuation order for Lytton, B.C\n\nCrews arrived."
    assert_flags(text, "abbreviations/mixed-forms", ["BC"])
    assert_flags(text, "abbreviations/lost-periods", ["B.C"])


def test_a_bodys_own_name_without_periods_is_not_a_mixed_form_but_the_bare_province_is() -> None:
    rule = "abbreviations/mixed-forms"
    assert_clean("Two days after the B.C. NDP caucus met in Nanaimo, the Conservative Party of BC campaign "
                 "director and a BC Conservative candidate replied, as did the Co-operative Housing Federation "
                 "of BC.", rule)
    assert_flags("Two days after the B.C. NDP caucus met in Nanaimo, voters in BC replied.", rule, ["BC"])


def test_country_without_periods_in_a_story_that_never_writes_them() -> None:
    text = ("She was denied a call to the US embassy.\n\nThe US consul and the UK envoy met her. "
            "The UN said nothing.")
    got = assert_flags(text, "abbreviations/country-without-periods", ["US", "US", "UK"])
    assert [f.suggestions for f in got] == [("U.S.",), ("U.S.",), ("U.K.",)]
    # A currency mark is the wire's money style; a story with both forms is mixed-forms'; other
    # locales have no house form; a sentence-final US keeps its one period.
    assert_clean("LanguageLine would charge $1.70 US per minute. Wheat rose to US$7.15 a bushel.",
                 "abbreviations/country-without-periods")
    assert_clean("The US and Canada met. Later, U.S. officials left.", "abbreviations/country-without-periods")
    assert_clean("She met the US consul.", "abbreviations/country-without-periods", locale="en-GB")
    got = assert_flags("She flew to the US. Then she left.", "abbreviations/country-without-periods", ["US."])
    assert got[0].suggestions == ("U.S.",)


def test_house_style_leaves_a_bare_country_to_its_own_rule() -> None:
    both = ["abbreviations/house-style", "abbreviations/country-without-periods"]
    found = Checker(select=both, languagetool="off").check("Trade with the US grew on January 7.").findings
    assert [(f.rule_id, f.suggestions) for f in found] == [
        ("abbreviations/country-without-periods", ("U.S.",)), ("abbreviations/house-style", ("Jan. 7",))]


def test_a_bare_form_in_a_run_of_capitals_is_left_alone() -> None:
    # "LET US IN" quoted in a body paragraph: the pronoun. The paragraph is not all capitals, so
    # `shouting` did not leave it out, and the safe fix wrote "LET U.S. IN"; in a story that
    # writes U.S. too, mixed-forms did the same.
    rule = "abbreviations/country-without-periods"
    assert_clean("Protesters chanted LET US IN outside the embassy.", rule)
    assert_clean("Outside the U.S. embassy, protesters chanted “SAVE US” until noon.", "abbreviations/mixed-forms")
    # the country beside a lowercase word is still flagged, and so beside an acronym on one side
    assert_flags("Protesters chanted outside the US embassy.", rule, ["US"])
    assert_flags("The firm reports US GAAP earnings, as the US FDA asks.", rule, ["US", "US"])


def test_a_chain_of_stray_periods_is_found_at_once_and_fixed_in_one_run() -> None:
    """Stop 47's fuzz: only the last period of "word. word. word" before a lower-case word was a
    stray (the others stood before a word a period follows); removing it made the one before a
    stray, one --fix pass each, and a pasted run never settled. The chain is now read right to
    left: every period of it is found in one check, and fixing again changes nothing."""
    from mtqa.session import Session

    text = "The army will resume the mission. to. train. the force on Monday.\n"
    found = findings(text, "abbreviations/stray-period")
    assert [f.text for f in found] == ["mission.", "to.", "train."]
    pasted = "He spoke of " + "xabe. " * 300 + "the plan on Monday.\n"
    assert len(findings(pasted, "abbreviations/stray-period")) == 300
    session = Session.of(languagetool="off", select=["abbreviations/stray-period"])
    once = session.fix_text(pasted, unsafe=True)
    assert once.settled and once.text == "He spoke of " + "xabe " * 300 + "the plan on Monday.\n"
    assert session.fix_text(once.text, unsafe=True).edits == 0
    # a chain that ends before a capital or a known abbreviation is no stray
    assert_clean("The talks start at 9 a.m. tomorrow, with the U.S. team, Inc. staff, etc. and others.",
                 "abbreviations/stray-period")
