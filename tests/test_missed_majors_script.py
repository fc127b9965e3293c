"""benchmarks/missed_majors.py: a place several raters marked counts once, a finding on it touches
it, and each missed error falls in the first kind it fits. Rows made up here."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks.missed_majors import kind, majors


def _finding(start: int, end: int, extra: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(span=SimpleNamespace(start=start, end=end), extra=extra)


def _error(text: str, start: int, category: str = "Accuracy/Mistranslation", severity: str = "Major") -> dict:
    return {"start": start, "end": start + len(text), "text": text, "category": category, "severity": severity}


def test_a_place_two_raters_marked_counts_once_and_a_finding_on_it_touches_it() -> None:
    target = "The firm lost 4,765 million ringgit, Mr Zhang said."
    row = {"target": target, "source": "该公司亏损4765亿令吉，张先生说。",
           "errors": [_error("4,765 million", 14), _error("4,765 million", 14), _error("Zhang", 40),
                      _error("lost", 9, severity="Minor")],
           "source_side_errors": [_error("张先生", 11, "Accuracy/Omission (Translation)")]}
    reports = {(row["target"], row["source"]): SimpleNamespace(findings=[_finding(14, 27)])}
    got = majors([row], reports)
    assert [(e["text"], side, touched) for e, _, side, touched in got] == [
        ("4,765 million", False, True), ("Zhang", False, False), ("张先生", True, False)]


def test_each_error_falls_in_the_first_kind_it_fits() -> None:
    row = {"source": "股价蒸发千亿美元，他没有说。", "target": ""}
    assert kind(_error("$100 billion", 5), row, False) == "magnitude"
    assert kind(_error("32% thought", 5), {"source": "32%认为", "target": ""}, False) == "figure or unit"
    assert kind(_error("did not say", 5), row, False) == "negation"
    assert kind(_error("Sugiyashi Group", 5), row, False) == "name"
    assert kind(_error("The", 0), row, False) == "wording"  # a capital that opens the sentence is no name
    assert kind(_error("千亿", 2), row, True) == "magnitude"
    assert kind(_error("没有", 10), row, True) == "negation"
    assert kind(_error("他", 9), row, True) == "omission"
