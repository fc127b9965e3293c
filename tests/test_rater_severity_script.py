"""benchmarks/rater_severity.py: a finding's severity is read on the spans of its own place, never on
a wider error's span around it, and a rule is out of line only on enough agreeing findings."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks.rater_severity import out_of_line, own_place, raters_severity, units
from mtqa.finding import Severity


def _finding(start: int, end: int, extra: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(span=SimpleNamespace(start=start, end=end), extra=extra)


def _span(start: int, end: int, severity: str) -> dict:
    return {"start": start, "end": end, "severity": severity, "category": "Accuracy/Mistranslation"}


def test_a_wider_errors_span_is_not_the_findings_own_place() -> None:
    word = _span(15, 18, "Major")  # "you" inside the finding "that you"
    phrase = _span(0, 120, "Major")  # a whole clause marked awkward around a seven-letter finding
    assert own_place(_finding(10, 18), [word, phrase]) == [word]
    assert own_place(_finding(40, 47), [phrase]) == []
    # a span a little wider than the finding, within twice its length, is still its place
    assert own_place(_finding(40, 47), [_span(38, 50, "Minor")]) == [_span(38, 50, "Minor")]
    # an omission named by its source text is judged on the source's omission spans as they are
    assert own_place(_finding(0, 3, {"omitted": "某某"}), [phrase]) == [phrase]


def test_the_raters_severity_is_the_majority_and_a_tie_is_none() -> None:
    assert raters_severity([_span(0, 1, "Major"), _span(0, 1, "Major"), _span(0, 1, "Minor")]) is Severity.MAJOR
    assert raters_severity([_span(0, 1, "Major"), _span(0, 1, "Minor")]) is None
    assert raters_severity([]) is None


def test_a_rule_is_out_of_line_on_two_thirds_of_at_least_five_placed_findings() -> None:
    stats = {
        "a/raised": {"findings": 6, "on span": 6, "mtqa minor": 6, "placed on span": 6, "own place: raters major": 4},
        "b/too-few": {"findings": 4, "on span": 4, "mtqa minor": 4, "placed on span": 4, "own place: raters major": 4},
        "c/imprecise": {"findings": 10, "on span": 6, "mtqa minor": 10, "placed on span": 6,
                        "own place: raters major": 6},
        "d/lowered": {"findings": 5, "on span": 5, "mtqa major": 5, "placed on span": 5, "own place: raters minor": 4},
        "e/in-line": {"findings": 9, "on span": 9, "mtqa major": 9, "placed on span": 9, "own place: raters minor": 5},
        "f/wider-spans": {"findings": 6, "on span": 6, "mtqa minor": 6, "placed on span": 6, "raters major": 6},
    }
    assert out_of_line(stats, by_units=False) == {"a/raised": "major", "d/lowered": "minor"}
    assert out_of_line(stats, own=False, by_units=False) == {"f/wider-spans": "major"}


def test_ten_systems_erring_on_one_source_segment_are_one_unit() -> None:
    major, minor = Severity.MAJOR, Severity.MINOR
    # ten systems' findings on one source segment vote once, with the majority of their findings
    assert units([("d1", 7, "the word", major)] * 9 + [("d1", 7, "the word", minor)]) == [major]
    # the same words flagged in two segments of one document are one unit; in another document, another
    assert sorted(units([("d1", 1, "Our country", minor), ("d1", 2, "our country", minor),
                         ("d2", 9, "our country", minor)]), key=str) == [minor, minor]
    # a unit whose findings split evenly, or whose findings have no own-place severity, does not vote
    assert units([("d1", 3, "x", major), ("d1", 3, "x", minor)]) == [None]
    assert units([("d1", 4, "y", None), ("d1", 5, "z", minor)]) == [None, minor]


def test_by_units_a_rule_needs_five_source_units_not_five_findings() -> None:
    stats = {
        # eleven findings, all marked Major, but on two source segments: not out of line by units
        "a/two-segments": {"findings": 11, "on span": 11, "mtqa minor": 11, "placed on span": 11,
                           "own place: raters major": 11, "units placed on span": 2, "units: raters major": 2},
        "b/five-units": {"findings": 6, "on span": 6, "mtqa major": 6, "placed on span": 6,
                         "own place: raters minor": 3, "units placed on span": 5, "units: raters minor": 4},
    }
    assert out_of_line(stats) == {"b/five-units": "minor"}
    assert out_of_line(stats, by_units=False) == {"a/two-segments": "major"}
