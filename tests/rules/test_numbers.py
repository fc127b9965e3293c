"""Number conventions beyond the one-line examples: locales, fixes, look-alikes, hostile input."""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings


def test_day_month_order_follows_the_locale() -> None:
    text = "The vote was held on 27 September."
    assert_flags(text, "numbers/day-month-order", ["27 September"], locale="en-CA")
    assert_flags(text, "numbers/day-month-order", ["27 September"], locale="en-US")
    assert_clean(text, "numbers/day-month-order", locale="en-GB")


def test_percent_sign_is_canadian_house_style_only() -> None:
    text = "The party won 44% of the vote."
    assert_flags(text, "numbers/percent-sign", ["%"], locale="en-CA")
    assert_clean(text, "numbers/percent-sign", locale="en-US")


def test_french_figures_in_one_story() -> None:
    text = ("The plan costs 2,5 billion $, or 45 $ a person, and support rose to 25 % at 14 h 30.\n\n"
            "About 1 000 people signed it on the 1er of May.")
    got = [(f.rule_id.split("/")[1], f.text) for f in findings(text, "numbers", locale="en-GB")]
    assert ("decimal-comma", "2,5") in got
    assert ("currency-after", "2,5 billion $") in got
    assert ("currency-after", "45 $") in got
    assert ("space-before-percent", " ") in got
    assert ("french-time", "14 h 30") in got
    assert ("space-thousands", "1 000") in got
    assert ("french-ordinal", "1er") in got


def test_safe_fixes() -> None:
    chk = Checker(select=["numbers/decimal-comma", "numbers/space-before-percent", "numbers/space-after-currency",
                          "numbers/spelled-digit"])
    fixed, _ = chk.fix("Inflation was 2,5 per cent, or 3 %, and fines reach $ 3,000; rates fell to three.25%.")
    assert fixed == "Inflation was 2.5 per cent, or 3%, and fines reach $3,000; rates fell to 3.25%."


def test_english_forms_are_quiet() -> None:
    text = ("About 2,500 people and 12,000 troops took part at 14:30 and 5 p.m. on September 27, 2021. "
            "The score was 3-2; prices rose from $9 to $12 and the 1 per cent held 30% of wealth. "
            "She finished 2nd and the rate fell from 5.1 per cent to 4.9 per cent.")
    assert_clean(text, ("numbers/decimal-comma", "numbers/space-before-percent", "numbers/french-time",
                        "numbers/space-thousands", "numbers/currency-after", "numbers/day-month-order",
                        "numbers/french-ordinal", "numbers/contradicting-trend", "numbers/space-after-currency",
                        "numbers/spelled-digit", "numbers/garbled-figure", "numbers/missing-thousands-separator"))


def test_contradicting_trend_reads_percentages_and_money() -> None:
    assert_flags("Unemployment fell from 5.1 per cent to 6.3 per cent in May.", "numbers/contradicting-trend",
                 ["fell from 5.1 per cent to 6.3 per cent"])
    assert_flags("Prices rose from $3.10 to $2.95 a litre.", "numbers/contradicting-trend",
                 ["rose from $3.10 to $2.95"])


def test_hostile_input_finishes() -> None:
    for chunk in ("1 ", "1,", "12 h ", "1 000 ", "$ 1", "27 ", "fell from 1 to ", "three.", "1.1,000 "):
        findings(chunk * (200_000 // len(chunk)), "numbers")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "numbers", locale="en-US")]


def test_day_of_month_with_of() -> None:
    got = assert_flags("The vote is on the 1st of May in Quebec City.", "numbers/day-month-order", ["the 1st of May"])
    assert got[0].suggestions == ("May 1",)
    assert_clean("Five of March's sessions were cancelled.", "numbers/day-month-order")


def test_unseparated_thousands_cost_what_mqm_gives_minor_punctuation() -> None:
    """Ungrouped thousands are punctuation (the figure reads the same), so they cost MQM's 0.1 for a
    Minor punctuation error, as WMT23's raters count them; dotted thousands (1.200, read as one
    point two) stay a number-format error at full Minor weight."""
    chk = Checker(select=["numbers/missing-thousands-separator", "numbers/dotted-thousands"])
    ungrouped = chk.check("The sector lost 12000 jobs last year.")
    assert [f.category for f in ungrouped.findings] == ["Fluency/Punctuation"]
    assert abs(ungrouped.penalty - 0.1) < 1e-9
    dotted = chk.check("About 1.200 people signed the petition.")
    assert [f.rule_id for f in dotted.findings] == ["numbers/dotted-thousands"]
    assert abs(dotted.penalty - 1.0) < 1e-9


def test_four_digit_counts_are_grouped_where_they_cannot_be_years_or_labels() -> None:
    """A four-digit figure is a count after "$" or a word of quantity, or before a count noun; one
    that can be a year (1000-2099) needs both, so years, street numbers and extensions stay quiet."""
    chk = Checker(select=["numbers/missing-thousands-separator"])
    text = ("More than 3200 residents came; it cost $1900; nearly 2000 people marched; "
            "the board expects 3167 students.")
    got = chk.check(text)
    assert [(text[f.span.start:f.span.end], f.suggestions) for f in got.findings] == [
        ("3200", ("3,200",)), ("1900", ("1,900",)), ("2000", ("2,000",)), ("3167", ("3,167",))]
    quiet = ("In 2021 1500 people voted; by 2030 the 2019 levels return; from 1990 to 2010; around 1750 "
             "it began; call ext. 2785 or visit 1726 Hollis St; the 1995 elections; Route 3000 trucks.")
    assert chk.check(quiet).findings == []


def test_bare_figure_patterns_match_as_their_look_behind_first_forms() -> None:
    """The bare-figure patterns open on the figure's first digit, what stands before it tested
    behind that digit (a speed-up: `regex` starts only from a digit): the matches and groups are
    those of the former forms, which opened on their look-behinds, on random copy of figures,
    letters, the quantity words, count nouns and the characters the look-behinds name."""
    import random

    import regex

    from mtqa.rules.numbers import rules

    nouns = rules._COUNT_NOUNS
    former_bare = regex.compile(
        r"(?<![\p{N}.,\-/#:\p{L}])(?<=\$|\b(?:of|about|nearly|some|than|over|almost|around|just|to|from|by|and)[ \u00a0])"
        r"[1-9]\d{4,8}(?![\p{N}.,\-/])"
        rf"|(?<![\p{{N}}.,\-/#:\p{{L}}$])[1-9]\d{{4,8}}(?=[ \u00a0]+(?:{nouns})\b)")
    former_before_word = regex.compile(
        r"(?:(?<=(\p{L}+)[ \u00a0])|(?<![\p{N}.,\-/#:\p{L}$]))[1-9]\d{4,8}(?=[ \u00a0]+(\p{Ll}+)\b(?![\-’']))")
    pieces = ["12000", "250000", "1500", "2019", "98765432", "1234567890", "0", "3", " ", "\u00a0", "$", ".", ",",
              "-", "/", "#", ":", "about ", "than ", "by ", "of ", "and ", "people", "jobs", "nurses", "flight ",
              "Route ", "lands", "é", "x", "’", "\n"]
    rng = random.Random(50)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(6000)]
    for now, former in ((rules._BARE_THOUSANDS, former_bare), (rules._FIGURE_BEFORE_WORD, former_before_word)):
        assert sum(1 for text in texts if former.search(text)) > 20  # the strings hold such figures
        for text in texts:
            got = [(m.span(), m.groups()) for m in now.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in former.finditer(text)], text
