"""Long runs of the very forms this round's narrowed and mended rules read (issue 12's hostile
input): each returns under the watchdog (`hang_guard`: a hang, not a speed limit) with every
finding quoting the text it lies on. Speed figures are benchmarks/speed.py's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hang_guard import assert_spans_sound, returns
from mtqa import Checker, translationese
from mtqa.text.quotation import inside_quote
from mtqa.rules.quotes.rules import link_arrows
from mtqa.rules.typography import spacing

CHECKER = Checker(languagetool="off")
SIZE = 120_000


def _run_of(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Each form a rule of this round reads, repeated (the rule it reaches in brackets).
RUNS = {
    "my country (": "calques/state-first-person, the country named in brackets",
    "My country (The UK My country (Aa ": "calques/state-first-person, a bracket left open",
    "multiverse-each-which-": "source coverage, a hyphen for a dash (no source: the target's count alone)",
    "The Beijing Stock ": "attribution/stilted-verb, a capitalised run an article introduces",
    "” The Aaa Bbb stated that ": "attribution/stilted-verb after a closing mark",
    "RMB 4,500 4,500 RMB ": "numbers/currency-word, a code before and after the figure",
    "5 Singapore dollars 5 Canadian dollars ": "numbers/currency-word, a third country's dollar",
    "first First ": "repetition/doubled-word, a word then a name from it",
    "Kim Jong-un-ae-": "grammar/he-for-she, a hyphenated name",
    "the three weeks of the ": "grammar/plural-head-singular-verb, a counted span",
    "The NDP says the NDP want it ": "grammar/party-as-plural, mixed in one story",
    "ridings with NDP leads ": "grammar/party-without-article, a count's noun",
    "the alocasia plant Alocasia ": "names/lowercase-name, a genus as a plant's name",
    "the CAQ authorities’s ": "calques: 'authorities' for 'government'",
    "› ": "quotes/foreign-marks, a line of arrows",
    "‹ a ›\n": "quotes/foreign-marks, arrows with partners",
    "＂a „b ": "quotes/foreign-marks, fullwidth and low marks with no closer",
    "a.”B": "quotes/wrong-direction, a closing mark glued between sentences",
    "Watch this video: 'A b' ": "repetition/repeated-phrase, a player's quoted title",
    "Increase font size\nDecrease font size\n": "repetition/repeated-headline, paired controls",
    "Source: X\n": "boilerplate/furniture-line, a platform's credit",
    "he said ſaid İ ": "translationese, the sentences that say 'said'",
    "my country (Ελλάδα) 北京 RMB 4,500 Ⅳ ǅ \u0345\u200d\ufeff\U0010ffff\u202e ": "mixed scripts and odd code points",
}


@pytest.mark.parametrize("unit", list(RUNS), ids=list(RUNS.values()))
def test_a_long_run_of_a_form_returns_with_sound_spans(unit: str) -> None:
    text = _run_of(unit)
    assert_spans_sound(returns(CHECKER.check, text), text)


def _link_arrow_by_its_line(text: str, i: int, mark: str) -> bool:
    """The definition `link_arrows` answers, read from the mark's line each time."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    line = text[start:end if end >= 0 else len(text)]
    if ("‹" if mark == "›" else "›") in line:
        return False
    if mark == "›":
        return text[start:i].endswith(" ") and not text[i + 1:start + len(line)].strip()
    return not text[start:i].strip() and text[i + 1:i + 2] == " "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("‹› a\n\t\u3000\x1c."), max_size=60))
def test_link_arrows_answers_as_the_marks_line_does(text: str) -> None:
    is_arrow = link_arrows(text)
    for i, c in enumerate(text):
        if c in "‹›":
            assert is_arrow(i, c) == _link_arrow_by_its_line(text, i, c), (text, i)


def test_a_line_of_a_million_arrows_is_read_once() -> None:
    """Each mark of a line asked of its line (its length copied for each mark) took hours here."""
    text = _run_of("› ", 2_000_000) + "\n‹ Back"
    is_arrow = link_arrows(text)
    answers = returns(lambda: [is_arrow(i, text[i]) for i in range(0, 2_000_000, 2)] + [is_arrow(len(text) - 6, "‹")])
    assert answers[-2:] == [True, True] and not any(answers[:-2])


def test_missing_space_tries_each_place_once_on_a_long_run_of_glued_sentences() -> None:
    """typography/missing-space's search from each mark copied the list of places after it: a
    long paragraph of glued sentences cost the square of its marks (hours at this size)."""
    from types import SimpleNamespace

    text = _run_of("He left.The end ", 4_000_000)
    hits = [SimpleNamespace(start=m.start(), end=m.end()) for m in spacing._MARK_BEFORE_LETTER.finditer(text)]
    found = returns(spacing.no_space_matches, text, hits)
    assert len(found) == len(hits) == 250_000 and found[1].span() == (21, 24)


def _inside_quote_counted_afresh(text: str, i: int) -> bool:
    before = text[:i]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("«") > before.count("»")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("“”\"«»a "), max_size=40))
def test_inside_quote_answers_as_counting_afresh(text: str) -> None:
    inside = inside_quote(text)
    assert [inside(i) for i in range(len(text) + 1)] == [_inside_quote_counted_afresh(text, i) for i in range(len(text) + 1)]


def test_inside_quote_counts_each_stretch_once() -> None:
    """calques/state-first-person asked of every "my country" whether it is quoted, counting the
    marks of the whole text before it each time (hours at this size)."""
    text = _run_of("“my country” ", 3_000_000)
    inside = inside_quote(text)
    answers = returns(lambda: [inside(i) for i in range(1, len(text), 13)])
    assert len(answers) == 230_770 and all(answers)


def _separating_count_by_each_pair(found: list[tuple[str, float]], spans: list[tuple[int, int]]) -> int:
    """The findings `separating_rate` counts, each span tried against every furniture span."""
    furniture = [s for (rule, _c), s in zip(found, spans) if rule.startswith("boilerplate/")]
    counted = [rule for (rule, _c), (start, end) in zip(found, spans)
               if not rule.startswith("boilerplate/") and not any(s <= start and end <= e for s, e in furniture)
               and rule.split("/")[0] in translationese.SEPARATING_FAMILIES]
    return len(counted)


_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["boilerplate/menu", "quotes/foreign-marks", "calques/x", "numbers/y"]), _SPAN),
                max_size=25))
def test_separating_rate_leaves_out_what_furniture_holds_as_each_pair_does(pairs: list[tuple[str, tuple[int, int]]]) -> None:
    found = [(rule, 1.0) for rule, _span in pairs]
    spans = [span for _rule, span in pairs]
    rate = translationese.separating_rate(found, 100, 0.5, spans=spans)
    assert rate == pytest.approx(_separating_count_by_each_pair(found, spans))


def test_separating_rate_reads_a_long_page_of_furniture_once() -> None:
    """A line of arrows a line ("‹ a ›" 20,000 times) made 20,000 furniture findings and 40,000
    quotation findings; each quotation finding was tried against every furniture span (800
    million tries: two minutes on the 120,000 characters above, hours at this size)."""
    lines = 300_000
    found = [("boilerplate/furniture-line", 1.0)] * lines + [("quotes/foreign-marks", 1.0)] * (2 * lines)
    spans = [(6 * i, 6 * i + 5) for i in range(lines)] + [(6 * i + k, 6 * i + k + 1) for i in range(lines) for k in (0, 4)]
    assert returns(translationese.separating_rate, found, 10 * lines, 0.5, spans=spans) == 0.0
    spans[-1] = (6 * lines, 6 * lines + 1)  # the last mark past the last furniture line: counted
    assert returns(translationese.separating_rate, found, 10 * lines, 0.5, spans=spans) == pytest.approx(100 / (10 * lines))
