"""The tuning half split again, by site, into two folds: write rules from fold A, judge them on B.

    python benchmarks/tune_folds.py --fold A --details --family calques --family grammar
    python benchmarks/tune_folds.py --fold B --rule grammar/some-rule --rule calques/other

A rule written from the tuning half's misses is measured on the same copy it was written from,
so its figure says little about unseen copy (issue #11: 49 % on the tuning half, 33 % held back).
This script splits the tuning half's *sites* once more, by a hash of the registered domain with
its own salt (so the folds are independent of `corpus/half.py`'s split): misses are read in
fold A only (`--details` refuses fold B), and a kind of error is kept only if its rule catches
labels in fold B too, with no or nearly no finding on any clean tuning copy. The held-back half
is never touched here.

Per rule named with `--rule`: the rule-catchable labels it catches in the fold (and of those,
how many no other rule catches), and its findings on all clean tuning copy (both folds).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SALT = "tune-fold:"  # fixed before any miss was read; never change it (the folds would move)


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_half = _module("mtqa_corpus_half", ROOT / "benchmarks" / "corpus" / "half.py")
_real = _module("mtqa_real_copy", ROOT / "benchmarks" / "real_copy.py")


def fold_of(site: str) -> str:
    """"A" or "B" for a tuning-half site: a hash of its registered domain with this script's salt."""
    name = _half.registered_domain(site)
    return "B" if hashlib.sha256((SALT + name).encode("utf-8")).digest()[0] % 2 else "A"


def _named(finding, rules: list[str]) -> set[str]:
    """Which of `rules` a finding is: a rule id, or "rule-id:words" for the findings of that rule
    whose message holds the words (one entry of a pack-driven rule: its source phrase)."""
    out = set()
    for name in rules:
        rid, _, words = name.partition(":")
        if finding.rule_id == rid and (not words or words in finding.message):
            out.add(name)
    return out


def measure(fold: str, rules: list[str], families: set[str], details: bool) -> list[str]:
    """The fold's recall per family, the named rules' catches, and (fold A only) its misses."""
    from mtqa import Checker

    checker = Checker(None, languagetool="off")
    excerpts = [ex for ex in _real.load_excerpts() if ex.half == "tune"]
    labels = _real.load_labels(bodies={ex.rel: ex.body for ex in excerpts})
    by_file = defaultdict(list)
    for lab in labels:
        if lab.start >= 0:
            by_file[lab.file].append(lab)
    total, caught = Counter(), Counter()
    rule_hits, rule_only, rule_clean = Counter(), Counter(), Counter()
    misses, clean_flags = [], []
    clean_words = 0
    for ex in excerpts:
        in_fold = fold_of(ex.site) == fold
        if ex.is_mt and not in_fold:
            continue
        report = checker.check(ex.body, path=ex.rel)
        cut = _real.cut_word_start(ex.body)
        findings = [f for f in report.findings if f.rule_id not in _real.WHOLE_TEXT_RULES
                    and (cut is None or f.span.start < cut)]
        labs = [lab for lab in by_file.get(ex.rel, []) if cut is None or lab.start < cut]
        if not ex.is_mt:  # clean copy of both folds: a false flag anywhere counts against a rule
            clean_words += report.words
            for f in findings:
                if _named(f, rules) and not any(_real.overlaps(f.span.start, f.span.end, lab.start, lab.end) for lab in labs):
                    for name in _named(f, rules):
                        rule_clean[name] += 1
                    clean_flags.append(f"  {ex.rel}  {f.rule_id}  {f.text!r}")
            continue
        for lab in labs:
            if lab.catchable != "rule" or (families and lab.family not in families):
                continue
            total[lab.family] += 1
            on = [f for f in findings if _real.overlaps(f.span.start, f.span.end, lab.start, lab.end)]
            if on:
                caught[lab.family] += 1
            else:
                misses.append(f"  {ex.rel}  [{lab.family}] {lab.text!r} -> {lab.fix!r}  ({lab.note})")
            for name in set().union(*(_named(f, rules) for f in on)) if on else ():
                rule_hits[name] += 1
                if all(_named(f, [name]) for f in on):
                    rule_only[name] += 1
    out = [f"== fold {fold} of the tuning half (MT excerpts of the fold; clean copy of both folds, {clean_words} words)"]
    out.append(f"recall: {sum(caught.values())}/{sum(total.values())}")
    out += [f"  {fam:<14} {caught[fam]:>4}/{n}" for fam, n in sorted(total.items())]
    if rules:
        out.append("rule: labels caught in the fold / of them by no other rule / findings on clean tuning copy")
        out += [f"  {rid:<44} {rule_hits[rid]:>3} {rule_only[rid]:>3} {rule_clean[rid]:>3}" for rid in rules]
        out += clean_flags
    if details:
        out.append("misses:")
        out += misses
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fold", choices=("A", "B"), required=True)
    ap.add_argument("--family", action="append", default=[], help="only labels of this family (repeatable)")
    ap.add_argument("--rule", action="append", default=[], help="a rule id, or rule-id:words for its findings whose message holds the words (repeatable)")
    ap.add_argument("--details", action="store_true", help="list the fold's misses (fold A only)")
    ap.add_argument("--sites", action="store_true", help="list the tuning half's sites with their folds and stop")
    args = ap.parse_args(argv)
    if args.details and args.fold == "B":
        print("fold B is for judging rules: its misses are not listed", file=sys.stderr)
        return 2
    if args.sites:
        sites = sorted({ex.site for ex in _real.load_excerpts() if ex.half == "tune"})
        print("\n".join(f"{s}\t{fold_of(s)}" for s in sites))
        return 0
    print("\n".join(measure(args.fold, args.rule, set(args.family), args.details)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
