"""benchmarks/cross_set.py's placed span precision: a finding over most of its row judges the row
and overlaps whatever a rater marked there, so it is counted apart from the findings that point."""

from __future__ import annotations

from benchmarks.cross_set import per_rule, placed, rank


def _row(findings: list[tuple[str, bool]], places: list[tuple[int, int] | None]) -> dict:
    return {"row": {"target": "x" * 100}, "findings": [(rule, ok, 1.0) for rule, ok in findings],
            "places": places}


def test_whole_row_findings_and_omissions_are_apart_from_placed_ones() -> None:
    mt = [
        _row([("source/partial-omission", True), ("quotes/space-inside", False), ("source/number-mismatch", True)],
             [(0, 80), (10, 12), None]),
        _row([("quotes/space-inside", True), ("source/added-clause", False)], [(40, 42), (0, 50)]),
    ]
    got = placed(mt)
    assert got["placed_findings_on_mt"] == 2
    assert got["placed_span_precision"] == 0.5
    assert got["whole_row_findings"] == {"source/partial-omission": {"findings": 1, "span_precision": 1.0},
                                         "source/added-clause": {"findings": 1, "span_precision": 0.0}}


def test_no_placed_finding_gives_no_figure() -> None:
    got = placed([_row([("source/length-mismatch", True)], [(0, 100)])])
    assert got["placed_findings_on_mt"] == 0 and got["placed_span_precision"] is None


def test_a_tie_shares_its_place_and_says_so() -> None:
    pen = {"ref-B": 0.0, "mt-1": 0.0, "mt-2": 0.4, "ref-A": 0.9}
    assert rank("ref-B", pen) == "1= of 4"
    assert rank("mt-1", pen) == "1= of 4"
    assert rank("mt-2", pen) == "3 of 4"
    assert rank("ref-A", pen) == "4 of 4"


def test_per_rule_counts_the_source_segments_a_rules_findings_fall_on() -> None:
    def res(seg: int, findings: list[tuple[str, bool]]) -> dict:
        return {"row": {"seg_id": seg}, "findings": [(rule, ok, 1.0) for rule, ok in findings]}

    # three systems' findings on one source segment, and one on another
    got = per_rule([res(7, [("a/x", True)]), res(7, [("a/x", True)]), res(7, [("a/x", False), ("b/y", True)]),
                    res(9, [("a/x", True)])])
    assert got["a/x"] == {"findings": 4, "span_precision": 0.75, "source_segments": 2}
    assert got["b/y"] == {"findings": 1, "span_precision": 1.0, "source_segments": 1}
