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
