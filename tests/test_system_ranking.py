"""`benchmarks/system_ranking.py` on made-up rows: MQM by category with the guidelines'
weights, MQM's weight for a Minor punctuation finding, and the pairs ordered against the raters."""

from __future__ import annotations

from pathlib import Path

from mtqa.finding import Severity
from tests.script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
ranking = load_script("system_ranking_for_tests", ROOT / "benchmarks" / "system_ranking.py")


def _error(category: str, severity: str) -> dict:
    return {"start": 0, "end": 1, "text": "x", "category": category, "severity": severity, "rater": "r1"}


class _Finding:
    def __init__(self, category: str, severity: Severity) -> None:
        self.category, self.severity = category, severity


def test_mqm_by_category_weighs_as_the_guidelines_do() -> None:
    rows = [
        {"raters": ["r1"], "errors": [_error("Accuracy/Mistranslation", "Major"), _error("Fluency/Punctuation", "Minor")]},
        {"raters": ["r1", "r2"], "errors": [_error("Fluency/Grammar", "Minor"), _error("Non-translation!", "Major")],
         "source_side_errors": [_error("Source error", "Major")]},
    ]
    got = ranking.mqm_by_category(rows)
    assert got["Accuracy/Mistranslation"] == 5.0 / 2
    assert abs(got["Fluency/Punctuation"] - 0.1 / 2) < 1e-9
    assert got["Fluency/Grammar"] == (1.0 / 2) / 2
    assert got["Non-translation!"] == (25.0 / 2) / 2
    assert got.get("Source error", 0.0) == 0.0  # an error in the source costs the translation nothing


def test_a_minor_punctuation_finding_weighs_a_tenth_by_mqm() -> None:
    assert ranking.mqm_weight(_Finding("Fluency/Punctuation", Severity.MINOR)) == 0.1
    assert ranking.mqm_weight(_Finding("Fluency/Punctuation", Severity.MAJOR)) == 1.0
    assert ranking.mqm_weight(_Finding("Fluency/Grammar", Severity.MINOR)) == 1.0


def test_pairs_against_the_raters_and_r_without_a_rule() -> None:
    table = {
        "a": {"mqm": 1.0, "penalty": 3.0, "by_rule": {"quotes/x": 2.5}},
        "b": {"mqm": 2.0, "penalty": 2.0, "by_rule": {}},
        "c": {"mqm": 3.0, "penalty": 4.0, "by_rule": {}},
    }
    wrong = ranking.discordant(table)
    assert wrong == {"a": ["b"], "b": ["a"], "c": []}
    r, tau = ranking.correlation(table, drop="quotes/x")  # a's penalty 0.5: the order agrees
    assert tau == 1.0 and r > ranking.correlation(table)[0]


class _Scored:
    def __init__(self, rule_id: str, category: str, severity: Severity) -> None:
        self.rule_id, self.category, self.severity, self.confidence = rule_id, category, severity, 0.9


class _Report:
    def __init__(self, findings: list, penalty: float, words: int) -> None:
        self.findings, self.penalty, self.words = findings, penalty, words


def test_a_rules_share_is_what_its_findings_cost_under_the_shipped_category_weights() -> None:
    from mtqa.category_weights import resolve
    from mtqa.scoring import DEFAULT_CATEGORY_WEIGHTS, DEFAULT_WEIGHTS

    comma = _Scored("quotes/x", "Fluency/Punctuation", Severity.MINOR)
    word = _Scored("grammar/y", "Fluency/Grammar", Severity.MINOR)
    rows = [{"system": "s", "target": "t", "source": "src", "is_human_reference": False, "mqm_score": 1.0,
             "raters": ["r1"], "errors": []}]
    reports = {("t", "src"): _Report([comma, word], penalty=1.1, words=1000)}
    table = ranking.system_table(rows, reports, True, DEFAULT_WEIGHTS, resolve(DEFAULT_CATEGORY_WEIGHTS, DEFAULT_WEIGHTS))
    by_rule = table["s"]["by_rule"]
    assert abs(by_rule["quotes/x"] - 0.1) < 1e-9 and by_rule["grammar/y"] == 1.0
    # the shares add up to the penalty: nothing left for "other rules" to make negative
    assert abs(sum(by_rule.values()) - table["s"]["penalty"]) < 1e-9
