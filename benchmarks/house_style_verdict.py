"""Would the verdict gain from weighing house-style findings less? (issue 11 §3-4)

    python benchmarks/house_style_verdict.py            # the tuning half only; never the held-back half

House-style findings (the set `HOUSE_STYLE` names: MQM `Style/Company style` and `Style/House style`,
and the conventions some professional English-language houses follow) are scored three other ways
beside the default, from one run's findings, because the verdict is a pure function of them
(mtqa.scoring): (a) not run by default (moved to the `cp` profile), (b) a quarter of their weight
(and the bound, weight 0), (c) counted only when the document's other findings cost something.
For each, `calibrate_verdict.choose` picks the threshold and the tuning half's figures are printed
per fold, with recall of rule-catchable labels on MT copy. The adopting rule and the figures of
2026-12-06 are in benchmarks/README.md, "House style in the verdict".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()
from benchmarks.calibrate_verdict import choose, rates  # noqa: E402

HOUSE_STYLE_CATEGORIES = frozenset({"Style/Company style", "Style/House style"})
# Locale-convention rules whose flagged form is an English-language house's own choice, seen in
# professionally edited copy: 25%, October 7th, U.S. spelling, the province spelled out in a riding.
HOUSE_CONVENTIONS = frozenset({"numbers/percent-sign", "numbers/date-ordinal-suffix",
                               "spelling/foreign-spelling", "ridings/province-style"})
OPTIONS = {"baseline": 1.0, "a: moved to cp": 1.0, "b: quarter weight": 0.25, "b: weight 0": 0.0,
           "c: only when suspect": 1.0}
WEIGHTS = {"minor": 1.0, "major": 5.0, "critical": 25.0}  # mtqa.scoring.DEFAULT_WEIGHTS by name
MIN_CONFIDENCE = 0.5  # mtqa.scoring.MIN_CONFIDENCE


def _real_copy():
    """benchmarks/real_copy.py, imported by path (as calibrate_verdict.py does)."""
    return load_script("mtqa_real_copy", HERE / "real_copy.py")


def cost(row: dict, house: frozenset[str], house_weight: float) -> float:
    """What one finding (a row: rule, severity, confidence) costs when house style weighs `house_weight`."""
    if row["confidence"] < MIN_CONFIDENCE:
        return 0.0
    return WEIGHTS[row["severity"]] * (house_weight if row["rule"] in house else 1.0)


def rescore(rows: list[dict], words: int, option: str, house: frozenset[str],
            needs_corroboration: frozenset[str]) -> tuple[float, bool]:
    """(score, no critical finding) of one document's findings under `option`.

    The corroboration of whole-text findings is decided again with the option's costs, as the engine
    decides it (mtqa.scoring.corroborated); findings it withheld in the run stay withheld."""
    from mtqa.scoring import corroborates, score

    if option.startswith("a"):
        rows = [r for r in rows if r["rule"] not in house]
    house_weight = OPTIONS[option]
    if option.startswith("c"):
        others = sum(cost(r, house, 1.0) for r in rows if r["rule"] not in house | needs_corroboration)
        house_weight = 1.0 if others > 0 else 0.0
    standing = [r for r in rows if r["rule"] not in needs_corroboration]
    if len(standing) < len(rows) and not corroborates(sum(cost(r, house, house_weight) for r in standing)):
        rows = standing
    no_critical = not any(r["severity"] == "critical" and r["confidence"] >= MIN_CONFIDENCE for r in rows)
    return score(sum(cost(r, house, house_weight) for r in rows), words), no_critical


def collect(checker) -> list[dict]:
    """One row per tuning-half excerpt: its findings (as rows) and the rule labels each one catches."""
    rc = _real_copy()
    excerpts = [ex for ex in rc.load_excerpts() if ex.half == "tune"]
    labels = rc.load_labels(bodies={ex.rel: ex.body for ex in excerpts})
    docs = []
    for ex in excerpts:
        report = checker.check(ex.body, path=ex.rel)
        labs = [lab for lab in labels if lab.file == ex.rel and lab.start >= 0]
        cut = rc.cut_word_start(ex.body)
        findings = report.findings
        if cut is not None:  # as real_copy.measure sets aside what sits on a cut page's last word
            findings = [f for f in findings if f.span.start < cut or f.rule_id in rc.WHOLE_TEXT_RULES]
            labs = [lab for lab in labs if lab.start < cut]
        rule_labels = [lab for lab in labs if lab.catchable == "rule"] if ex.is_mt else []
        rows = [{"rule": f.rule_id, "severity": f.severity.value, "confidence": f.confidence,
                 "catches": [i for i, lab in enumerate(rule_labels)
                             if f.rule_id not in rc.WHOLE_TEXT_RULES and rc.on_label(f, lab)]}
                for f in findings]
        docs.append({"mt": ex.is_mt, "fold": rc.fold_of(ex.site), "words": report.words, "rows": rows,
                     "rule_labels": len(rule_labels)})
    return docs


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)
    from mtqa import Checker

    checker = Checker(languagetool="off", fail_under=0.0)
    house = frozenset(r.id for r in checker.rules
                      if r.meta.category in HOUSE_STYLE_CATEGORIES or r.id in HOUSE_CONVENTIONS)
    needs = frozenset(r.id for r in checker.rules if r.meta.needs_corroboration)
    docs = collect(checker)
    print("house style:", ", ".join(sorted(house)))
    print("option                 threshold  MT failing  clean passing  fold A (MT/clean)  fold B (MT/clean)  recall")
    for option in OPTIONS:
        scored = []
        for d in docs:
            doc_score, no_critical = rescore(d["rows"], d["words"], option, house, needs)
            scored.append({"mt": d["mt"], "fold": d["fold"], "score": doc_score, "passed": no_critical})
        best = choose(scored)
        mt_fail, clean_pass = rates(scored, best)
        folds = [rates([s for s in scored if s["fold"] == fold], best) for fold in ("A", "B")]
        caught = sum(len({i for r in d["rows"] if not (option.startswith("a") and r["rule"] in house)
                          for i in r["catches"]}) for d in docs)
        total = sum(d["rule_labels"] for d in docs)
        print(f"{option:22} {best:9.1f}  {100 * mt_fail:9.1f}%  {100 * clean_pass:12.1f}%  "
              + "  ".join(f"{100 * m:6.1f}% / {100 * c:5.1f}%" for m, c in folds)
              + f"  {caught}/{total} ({100 * caught / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
