"""Pathological lines the hostile-input sweep of stop 45 found (benchmarks/fuzz.py's `excerpts`
targets: real copy with pasted runs, deep nesting, piled accents; benchmarks/pathological_lines.py
measures every shape's growth). Made-up copy only."""

from __future__ import annotations

from mtqa.segment import split_sentences
from mtqa.session import Session

from hang_guard import returns


def test_a_long_run_of_periods_no_capital_follows_is_split_in_linear_time() -> None:
    """The sentence-boundary search was tried from every period of a run and gave the run back
    mark by mark when no capital followed: 20,000 pasted periods took 47 s, 60,000 some seven
    minutes (quadratic). The guard is a hang guard (60 s), far above the linear run (~0.05 s)."""
    text = "The board met" + "." * 60_000 + " and the chair spoke. Then it rose."
    sentences = returns(split_sentences, text)
    assert [s.text for s in sentences] == [text[:-len(" Then it rose.")], "Then it rose."]


def test_runs_of_marks_split_as_before() -> None:
    """What the boundary search finds is unchanged by taking a run whole (the sentences below are
    what the pattern before the change gave)."""
    assert [s.text for s in split_sentences("He left... She stayed?! “No.” Then 5 more.) And!” x. Yes")] == [
        "He left...", "She stayed?!", "“No.” Then 5 more.) And!” x.", "Yes"]
    assert [s.text for s in split_sentences("Wait…” “Go.’ (3) ok. A.B. Smith!!! 9 lives?» «Oui")] == [
        "Wait…”", "“Go.’", "(3) ok.", "A.B. Smith!!!", "9 lives?»", "«Oui"]


def test_a_check_of_pasted_periods_between_quotes_returns() -> None:
    """The shape the fuzzer met (runs of periods between guillemets and quotes, in one paragraph)
    checked through the whole rule set."""
    session = Session.of(languagetool="off")
    text = "The board met" + ("." * 15_000 + " « “x” » ") * 3 + "and the chair spoke.\n"
    report = returns(session.check, session.document(text, format="plain"))
    assert all(0 <= f.span.start <= f.span.end <= len(text) for f in report.findings)


def test_many_empty_quotation_marks_are_read_in_linear_time() -> None:
    """quotes/attribution-inside compared every quotation of a paragraph with every other to
    leave out the nested ones: 6,000 pairs of marks took 1.4 s, the fuzzer's 9,000 took 40 s,
    the 60,000 here some two minutes (quadratic); now ~0.6 s. The guard is a hang guard."""
    session = Session.of(languagetool="off")
    text = "x " + '""' * 60_000 + " and then, we left.\n"
    report = returns(session.check, session.document(text, format="plain"))
    assert all(0 <= f.span.start <= f.span.end <= len(text) for f in report.findings)


def test_only_the_outermost_quotations_are_read() -> None:
    from mtqa.rules.quotes.quote_incise import outermost

    spans = [(5, 9), (1, 20), (6, 8), (1, 4), (22, 30), (22, 25)]
    # (5, 9) and (6, 8) lie inside (1, 20); spans that start together hold not one another
    assert outermost(spans) == [(1, 20), (1, 4), (22, 30), (22, 25)]


def test_many_quotes_left_open_are_read_once() -> None:
    """quotes/attribution-inside read every quotation left open to the paragraph's end, each from
    its own mark (and looked each mark up in a list of the open ones): 64k characters of closing
    marks read as openings took 7 s, each quarter-megabyte section about a minute (quadratic),
    the megabyte here four; now ~4 s. The guard is a hang guard. Quotes left open still have
    their incises found once."""
    from mtqa.testing import checker, findings

    text = "it ,  ”" * (1_000_000 // 7)
    report = returns(checker("quotes/attribution-inside").check, text)
    assert report.findings == []
    two_open = "“We will act on it, said Mr. Roy. Then “We stay, said the mayor. I go, she said. And the rest"
    assert [f.span.start for f in findings(two_open, "quotes/attribution-inside")] == [18, 47, 69]


def test_the_shapes_aimed_at_each_family_are_of_the_size_asked_and_names_all_differ() -> None:
    """benchmarks/pathological_lines.py's family shapes (stop 46): each is built at the size
    asked, and the made-up names are all different (work that compares every name with every
    other only shows when they differ)."""
    from benchmarks.pathological_lines import FAMILY_SHAPES, SHAPES

    assert set(FAMILY_SHAPES) <= set(SHAPES)
    for name, shape in FAMILY_SHAPES.items():
        assert len(shape(5_000)) == 5_000, name
    names = FAMILY_SHAPES["distinct names"](20_000).split(" Tremblay met ")[:-1]
    assert len(names) > 1_000 and len(set(names)) == len(names)


def test_rule_growth_times_each_rule_on_each_shape_and_keeps_what_grows_faster_than_n_log_n(monkeypatch) -> None:
    """benchmarks/rule_growth.py --shapes: every rule's time by size from a report's timings by
    rule (Checker(timings_by_rule=True)); a rule is listed when its time grows faster than
    n log n. Here a fake shape and made-up timings stand for the checks."""
    from benchmarks import rule_growth
    from mtqa.session import Session

    sizes = [1_000, 2_000, 4_000, 8_000]
    made = iter([{"total": 1.0},  # the warm-up check
                 {"a/x": 1.0, "b/y": 10.0, "total": 11.0}, {"a/x": 2.0, "b/y": 20.0, "total": 22.0},
                 {"a/x": 8.0, "b/y": 40.0, "total": 48.0}, {"a/x": 32.0, "b/y": 80.0, "total": 112.0}])

    def fake_check(self, doc, **_):
        return type("R", (), {"timings": next(made, {"total": 0.0})})()

    monkeypatch.setattr(Session, "check", fake_check)
    monkeypatch.setattr(rule_growth, "SLOW_MS", 5.0)
    costs: dict = {}
    rows = rule_growth.by_rule(["run period"], sizes, costs)
    assert [(r["rule"], r["exponent"]) for r in rows] == [("a/x", 2.0)]  # b/y is linear
    # --slowest: each rule's ms per 100k characters at the last size, the linear one's too
    assert costs == {"a/x": (400.0, "run period"), "b/y": (1000.0, "run period")}


def test_rule_growth_swallows_only_the_end_of_its_budget() -> None:
    """A family whose rules all return at once made hypothesis report the budget's end from
    several places, as a group, and the run ended in a traceback (stop 46, `--rule house`)."""
    from benchmarks import rule_growth

    class Up(Exception):
        pass

    group = type("Group", (Exception,), {})("two")
    group.exceptions = (Up(), Up())
    assert rule_growth._only(Up(), Up) and rule_growth._only(group, Up)
    group.exceptions = (Up(), ValueError())
    assert not rule_growth._only(group, Up) and not rule_growth._only(ValueError(), Up)
