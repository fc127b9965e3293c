"""benchmarks/languagetool_rules.py --beside-mtqa: LanguageTool's rules counted as a user sees them,
beside mtqa's own rules, not alone (where a rule is credited with artifacts mtqa reports itself)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent


def _script():
    return load_script("mtqa_languagetool_rules_script", ROOT / "benchmarks" / "languagetool_rules.py")


def test_beside_mtqa_runs_mtqas_rules_too_and_says_so(monkeypatch) -> None:
    script = _script()
    made: list[dict] = []

    class Recording:
        """Stands in for the Checker: records how it was made, finds nothing (no server needed)."""

        def __init__(self, **kwargs) -> None:
            made.append(kwargs)

        def check(self, text: str, path: str = ""):
            return SimpleNamespace(checks_skipped=[], words=len(text.split()), findings=[])

    monkeypatch.setattr(script, "Checker", Recording)
    corpus = ROOT / "benchmarks" / "corpus"
    alone = script.measure("http://127.0.0.1:9", corpus, fold="A")
    beside = script.measure("http://127.0.0.1:9", corpus, fold="A", beside_mtqa=True)
    assert made[0]["select"] == ["languagetool"] and made[1]["select"] is None  # mtqa's rules run beside
    assert beside["half"] == "tune (fold A), beside mtqa's rules" and alone["half"] == "tune (fold A)"
    assert "--fold A --beside-mtqa" in script.table(beside) and "--beside-mtqa" not in script.table(alone)


def _one_match_per_excerpt(script, monkeypatch) -> None:
    """A Checker stand-in that reports one LanguageTool match on every excerpt's first word."""

    class OneMatch:
        def __init__(self, **kwargs) -> None:
            pass

        def check(self, text: str, path: str = ""):
            end = len(text.split()[0])
            match = SimpleNamespace(rule_id="languagetool/made-up-rule", confidence=0.7, text=text[:end],
                                    span=SimpleNamespace(start=0, end=end), message="made up", extra={})
            return SimpleNamespace(checks_skipped=[], words=len(text.split()), findings=[match])

    monkeypatch.setattr(script, "Checker", OneMatch)


def test_judge_batches_clean_matches_are_counted_apart_and_never_listed(monkeypatch) -> None:
    script = _script()
    _one_match_per_excerpt(script, monkeypatch)
    corpus = ROOT / "benchmarks" / "corpus"
    load = script.load_corpus(corpus)
    judge_files = {ex.rel for ex in load.load_excerpts(corpus, halves=("tune", "signal"))
                   if ex.header.get("batch") in script.JUDGE_BATCHES}
    result = script.measure("http://127.0.0.1:9", corpus, signal=True, fold="A")
    rule = result["rules"]["MADE_UP_RULE"]
    assert rule["judge"] > 0 and rule["clean"] > 0  # both kinds of clean copy are in fold A
    listed = {m["file"] for m in result["clean_matches"] + result["signal_matches"]}
    assert listed and not listed & judge_files
    assert not any(example.split(":")[0] in judge_files for example in rule["clean_examples"])
    assert rule["precision"] == round(rule["on_label"] / (rule["on_label"] + rule["clean"] + rule["signal"]), 3)


def test_fold_b_is_counted_not_listed(monkeypatch) -> None:
    script = _script()
    _one_match_per_excerpt(script, monkeypatch)
    corpus = ROOT / "benchmarks" / "corpus"
    in_b = script.fold_filter(corpus, "B")
    clean_b = next(ex for ex in script.load_corpus(corpus).load_excerpts(corpus, halves=("tune",))
                   if in_b(ex) and not ex.is_mt and ex.header.get("batch") not in script.JUDGE_BATCHES)
    judged = {(clean_b.rel, "MADE_UP_RULE", clean_b.body.split()[0], 0): "genuine"}  # a judged match is not listed either
    result = script.measure("http://127.0.0.1:9", corpus, signal=True, judged=judged, fold="B")
    rule = result["rules"]["MADE_UP_RULE"]
    assert rule["clean"] + rule["signal"] > 0 and rule["on_label_clean"] > 0  # fold B's clean copy was counted...
    assert result["clean_matches"] == [] and result["signal_matches"] == [] and rule["clean_examples"] == []
