"""MQM arithmetic: weights, confidence, floor, thresholds, critical findings, subtotals."""

from __future__ import annotations

import pytest

from mtqa import scoring
from mtqa.finding import Finding, Severity, Span


def f(sev: Severity, conf: float = 1.0, cat: str = "Fluency/Punctuation") -> Finding:
    return Finding("x/y", "m", Span(0, 1), "t", sev, cat, confidence=conf)


def test_penalty_weights_and_confidence() -> None:
    fs = [f(Severity.MINOR), f(Severity.MAJOR), f(Severity.CRITICAL), f(Severity.MAJOR, conf=0.4)]
    assert scoring.penalty(fs) == 1 + 5 + 25
    custom = {Severity.MINOR: 2, Severity.MAJOR: 3, Severity.CRITICAL: 10}
    assert scoring.penalty(fs, custom) == 15


def test_score_formula_and_floor() -> None:
    assert scoring.score(5, 100) == pytest.approx(95.0)
    assert scoring.score(1, 1000) == pytest.approx(99.9)
    assert scoring.score(500, 100) == 0.0
    assert scoring.score(0, 0) == 100.0
    assert scoring.per_thousand(5, 100) == 50.0


def test_passes_threshold_and_critical() -> None:
    policy = scoring.ScoringPolicy.default()
    t = scoring.DEFAULT_THRESHOLD
    assert scoring.passes([], t, policy)  # at the threshold passes
    assert not scoring.passes([], t - 0.01, policy)
    assert not scoring.passes([f(Severity.CRITICAL)], 99.0, policy)
    assert scoring.passes([f(Severity.CRITICAL, conf=0.3)], 99.0, policy)
    lenient = scoring.ScoringPolicy(dict(scoring.DEFAULT_WEIGHTS), critical_fails=False)
    assert scoring.passes([f(Severity.CRITICAL)], 99.0, lenient)
    strict = scoring.ScoringPolicy(dict(scoring.DEFAULT_WEIGHTS), fail_on=Severity.MAJOR)
    assert not scoring.passes([f(Severity.MAJOR)], 99.0, strict)
    assert scoring.passes([f(Severity.MINOR)], 99.0, strict)


def test_verdict_gives_the_first_failed_condition_as_its_reason() -> None:
    policy = scoring.ScoringPolicy.default()
    below = scoring.verdict([f(Severity.CRITICAL)], 90.0, policy)
    assert not below.passed and below.reason == f"score 90.0 is below the threshold {scoring.DEFAULT_THRESHOLD:g}"
    crit = scoring.verdict([f(Severity.CRITICAL), f(Severity.MINOR)], 99.0, policy)
    assert not crit.passed and crit.reason == "a critical finding fails the file"
    strict = scoring.ScoringPolicy(dict(scoring.DEFAULT_WEIGHTS), fail_on=Severity.MINOR, critical_fails=False)
    worst = scoring.verdict([f(Severity.MINOR), f(Severity.MAJOR), f(Severity.CRITICAL, conf=0.3)], 99.0, strict)
    assert not worst.passed and worst.reason == "a major finding fails the file"  # the unscored critical is not it
    ok = scoring.verdict([f(Severity.CRITICAL, conf=0.3)], 99.0, policy)
    assert ok.passed and ok.reason == f"score 99.0 is at or above the threshold {scoring.DEFAULT_THRESHOLD:g}"


def test_assess_agrees_with_the_separate_functions() -> None:
    policy = scoring.ScoringPolicy.default()
    fs = [f(Severity.MINOR), f(Severity.MAJOR, cat="Accuracy/Addition")]
    a = scoring.assess(fs, 200, policy)
    assert (a.penalty, a.score, a.per_thousand) == (6.0, scoring.score(6.0, 200), 30.0)
    assert a.categories == scoring.subtotals(fs) and a.verdict.passed is scoring.passes(fs, a.score, policy)


def test_subtotals() -> None:
    subs = scoring.subtotals([f(Severity.MINOR), f(Severity.MAJOR, cat="Accuracy/Addition"), f(Severity.MAJOR)])
    assert subs == {"Accuracy/Addition": {"count": 1, "penalty": 5.0}, "Fluency/Punctuation": {"count": 2, "penalty": 6.0}}


def test_report_score_end_to_end() -> None:
    from mtqa import Checker

    text = " ".join(f"w{i}" for i in range(98)) + " the the"  # 100 words, one major finding
    report = Checker(select=["repetition"]).check(text)
    assert report.words == 100
    assert report.penalty == 5
    assert report.score == pytest.approx(95.0)
    assert not report.passed  # below the default threshold
    assert Checker(select=["repetition"], fail_under=95.0).check(text).passed  # exactly at the threshold
    assert not Checker(select=["repetition"], fail_under=95.5).check(text).passed
    assert report.reason == f"score 95.0 is below the threshold {scoring.DEFAULT_THRESHOLD:g}" == report.to_dict()["reason"]


def test_filtering_scores_again_with_the_verdicts_reason() -> None:
    from mtqa.session import Session

    text = " ".join(f"w{i}" for i in range(98)) + " the the"
    session = Session.of(select=["repetition"])
    report = session.check(text)
    kept = session.keep(report, [], "baseline")
    assert (kept.penalty, kept.score, kept.passed) == (0.0, 100.0, True)
    assert kept.reason == f"score 100.0 is at or above the threshold {scoring.DEFAULT_THRESHOLD:g}" and kept.notes[-1] == "baseline"
    assert report.findings and not report.passed  # the original is left as it was


def by(rule_id: str, sev: Severity = Severity.MINOR, conf: float = 1.0) -> Finding:
    return Finding(rule_id, "m", Span(0, 1), "t", sev, "Fluency/Style", confidence=conf)


def test_findings_needing_corroboration_stand_only_beside_findings_that_cost_something() -> None:
    signal = by("a/signal", Severity.MAJOR)
    needs = frozenset({"a/signal", "a/other-signal"})
    assert scoring.corroborated([signal, by("b/slip")], needs) == ([signal, by("b/slip")], 0)
    assert scoring.corroborated([signal], needs) == ([], 1)
    # a finding below MIN_CONFIDENCE is shown but costs nothing, so it corroborates nothing
    assert scoring.corroborated([signal, by("b/slip", conf=0.4)], needs) == ([by("b/slip", conf=0.4)], 1)
    # nor does a severity weighted 0, nor another finding that needs corroboration itself
    zero_minor = {**scoring.DEFAULT_WEIGHTS, Severity.MINOR: 0.0}
    assert scoring.corroborated([signal, by("b/slip")], needs, zero_minor) == ([by("b/slip")], 1)
    assert scoring.corroborated([signal, by("a/other-signal", Severity.MAJOR)], needs) == ([], 2)
    # without a rule that needs corroboration nothing changes
    assert scoring.corroborated([by("b/slip", conf=0.4)], frozenset()) == ([by("b/slip", conf=0.4)], 0)


def test_corroboration_is_the_benchmarks_definition_costing_something() -> None:
    assert scoring.corroborates(1.0) and scoring.corroborates(0.5)
    assert not scoring.corroborates(0.0)
