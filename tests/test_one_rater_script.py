"""benchmarks/one_rater.py: a finding is judged against each rater's spans alone, and the precision
is their mean, as a set with one rater a row would give it."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks.accuracy import one_rater_view
from benchmarks.one_rater import precision


def _span(start: int, end: int, rater: str) -> dict:
    return {"start": start, "end": end, "severity": "Minor", "category": "Fluency/Punctuation", "rater": rater}


def _finding(rule: str, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(rule_id=rule, span=SimpleNamespace(start=start, end=end), extra=None)


def test_a_view_keeps_one_raters_spans_in_target_and_source() -> None:
    row = {"target": "x" * 20, "source": "y", "raters": ["r1", "r2"],
           "errors": [_span(0, 2, "r1"), _span(5, 6, "r2")], "source_side_errors": [_span(0, 1, "r2")]}
    view = one_rater_view(row, "r2")
    assert view["errors"] == [_span(5, 6, "r2")] and view["source_side_errors"] == [_span(0, 1, "r2")]
    assert row["errors"] == [_span(0, 2, "r1"), _span(5, 6, "r2")]  # the row itself is left as it was


def test_a_place_one_of_three_raters_marked_counts_a_third() -> None:
    row = {"target": "x" * 20, "source": "y", "raters": ["r1", "r2", "r3"], "errors": [_span(0, 2, "r1")],
           "source_side_errors": []}
    reports = {("x" * 20, "y"): SimpleNamespace(findings=[_finding("quotes/space-inside", 0, 1),
                                                          _finding("quotes/space-inside", 10, 11)])}
    got = precision([row], reports)
    assert got["quotes/space-inside"] == {"findings": 2, "every_rater": 0.5, "one_rater": round(1 / 6, 3)}
    assert got["all rules"]["findings"] == 2


def test_a_row_with_one_rater_is_judged_as_it_is() -> None:
    from benchmarks.accuracy import on_span_one_rater

    row = {"target": "x" * 20, "source": "y", "raters": ["r1"], "errors": [_span(0, 2, "r1")], "source_side_errors": []}
    assert on_span_one_rater(_finding("quotes/space-inside", 1, 2), row) == 1.0
    assert on_span_one_rater(_finding("quotes/space-inside", 10, 11), row) == 0.0
    two = {**row, "raters": ["r1", "r2"]}
    assert on_span_one_rater(_finding("quotes/space-inside", 1, 2), two) == 0.5
