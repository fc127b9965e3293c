"""An omission a source check names is matched where MQM raters mark it: in the source.

The source checks that report source text missing from the translation say which text
(`Finding.extra[OMITTED]`); `benchmarks/accuracy.py`'s `on_span` counts such a finding on a
rater's `Accuracy/Omission` span in the source, where the MQM guidelines put an omission's span,
and never on a `Source error` span or an omission elsewhere in the source."""

from __future__ import annotations

from pathlib import Path

from mtqa.finding import OMITTED
from mtqa.testing import findings
from tests.script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
accuracy = load_script("accuracy_for_omission_tests", ROOT / "benchmarks" / "accuracy.py")

SOURCE = "（记者李华）市政府周三（3月8日）宣布新建两座桥。"
TARGET = "The city government announced two new bridges."


def _one(rule: str, target: str = TARGET, source: str = SOURCE):
    got = findings(target, rule, source=source)
    assert len(got) == 1, got
    return got[0]


def _row(target: str, source: str, source_spans: list[tuple[str, str]], errors: list[dict] | None = None) -> dict:
    spans = []
    for text, category in source_spans:
        at = source.index(text)
        spans.append({"start": at, "end": at + len(text), "text": text, "category": category})
    return {"target": target, "source": source, "errors": errors or [], "source_side_errors": spans}


def test_a_lost_aside_and_a_lost_date_name_the_source_text_they_miss() -> None:
    aside = _one("source/lost-parenthetical")
    assert aside.extra[OMITTED] == "（记者李华）"
    date = _one("source/date-mismatch")
    assert date.extra[OMITTED] == "3月8日"


def test_a_lost_number_names_it_and_a_changed_one_names_nothing() -> None:
    lost = _one("source/number-mismatch", "The city opened two bridges, one of them long.", "市政府开放了两座桥，其中一座长1200米。")
    assert lost.extra[OMITTED] == "1200"
    changed = _one("source/number-mismatch", "The city spent 5 million yuan on the bridge.", "市政府为这座桥花了300万元。")
    assert OMITTED not in changed.extra  # a figure of the translation: its span is in the target


def test_an_omission_finding_counts_on_the_raters_omission_span_in_the_source() -> None:
    f = _one("source/lost-parenthetical")
    assert accuracy.on_span(f, _row(TARGET, SOURCE, [("（记者李华）", "Accuracy/Omission")]))
    # WMT23's side-by-side categories name which translation left it out
    assert accuracy.on_span(f, _row(TARGET, SOURCE, [("记者李华", "Accuracy/Omission (Translation 2)")]))


def test_a_source_error_another_omission_or_a_target_rule_does_not_count() -> None:
    f = _one("source/lost-parenthetical")
    assert not accuracy.on_span(f, _row(TARGET, SOURCE, [("（记者李华）", "Source error")]))
    assert not accuracy.on_span(f, _row(TARGET, SOURCE, [("新建两座桥", "Accuracy/Omission")]))
    assert not accuracy.on_span(f, _row(TARGET, SOURCE, []))
    added = _one("source/date-mismatch", "On March 9 the city announced two new bridges.", "市政府宣布新建两座桥。")
    assert OMITTED not in added.extra
    assert not accuracy.on_span(added, _row(added.text, "市政府宣布新建两座桥。", [("新建", "Accuracy/Omission")]))


def test_a_target_span_still_counts_as_before() -> None:
    f = _one("source/lost-parenthetical")
    error = {"start": f.span.start, "end": f.span.start + 4, "text": TARGET[:4], "category": "Accuracy/Mistranslation"}
    assert accuracy.on_span(f, _row(TARGET, SOURCE, [], [error]))


span_misses = load_script("span_misses_for_tests", ROOT / "benchmarks" / "span_misses.py")


def _mqm_row(target: str, errors: list[tuple[str, str]], raters=("r1",), seg_id: int = 7) -> dict:
    spans = [{"start": target.index(t), "end": target.index(t) + len(t), "text": t, "category": "Fluency/Grammar",
              "rater": r} for t, r in errors]
    return {"seg_id": seg_id, "target": target, "source": "", "errors": spans, "source_side_errors": [],
            "raters": list(raters)}


def test_a_miss_is_told_by_where_the_raters_marked() -> None:
    target = "He said it was the term \" drift \" they meant, and left early."
    spaced = findings(target, "quotes/space-inside")[0]
    assert span_misses.classify(spaced, _mqm_row(target, []), set()) == "unmarked"
    assert span_misses.classify(spaced, _mqm_row(target, [("left", "r1")]), set()) == "span elsewhere"
    assert span_misses.classify(spaced, _mqm_row(target, [("term", "r1")]), set()) == "adjacent span"
    # the same rule on the same text of the same segment lies on a span in another system's output
    marked = {(7, spaced.rule_id, spaced.text)}
    assert span_misses.classify(spaced, _mqm_row(target, []), marked) == "marked elsewhere"
    assert span_misses.classify(spaced, _mqm_row(target, [], seg_id=8), marked) == "unmarked"
    five = [(w, "r1") for w in ("He", "said", "was", "meant", "left")]
    assert span_misses.classify(spaced, _mqm_row(target, five), set()) == "capped"
    # five from one rater of two is no cap: the other rater could have marked it
    assert span_misses.classify(spaced, _mqm_row(target, five, raters=("r1", "r2")), set()) == "span elsewhere"
    assert span_misses.classify(spaced, _mqm_row(target, [("\" ", "r1")]), set()) == "hit"
