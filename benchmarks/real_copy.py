"""How mtqa does on real copy: the real-copy corpus in benchmarks/corpus/.

    python benchmarks/real_copy.py                  # both halves; the held-back half is the headline
    python benchmarks/real_copy.py --half tune --details   # what is missed and mis-flagged (tuning half only)
    python benchmarks/real_copy.py --languagetool http://127.0.0.1:8081
    python benchmarks/real_copy.py --half tune --style cp      # under a house style (mtqa styles)
    python benchmarks/real_copy.py --half tune --batch unseen-3         # one batch of excerpts only
    python benchmarks/real_copy.py --half tune --retrieved 2026-12-03   # the excerpts retrieved that day
    python benchmarks/real_copy.py --half tune --before 2026-12-03      # the excerpts retrieved earlier
    python benchmarks/real_copy.py --half tune --fold A --details       # write from fold A's misses
    python benchmarks/real_copy.py --half tune --rule grammar/some-rule --rule calques/french-calque:words

For each half it reports:
- recall: the share of labelled artifacts that a general rule could catch (`catchable =
  "rule"`) which some finding overlaps, per family and in total;
- false flags per 1,000 words of clean copy: findings on clean excerpts that overlap no label
  (a label on clean copy marks a genuine error, so a finding there is not false);
- the verdict: the share of MT excerpts that fail, of clean excerpts that pass, and the ROC AUC
  of the score as a separator of MT from clean copy;
- per rule: findings on labelled artifacts, on unlabelled MT text, and on clean copy.

`--batch` keeps the excerpts whose header names that `batch` (an unseen batch, labelled before
mtqa ran on it: a batch added after rules were written is measured apart from the copy they were
written on); `--retrieved` and `--before` keep those whose `retrieved` date is that day, or
earlier. Their figures go to `results/real_copy_<option>_<value>.json`, never over the whole
corpus's. `--without-batch NAME` (repeatable) leaves a batch out: one kept for someone else's first
measurement is not measured, listed or counted by a run of the rest (give `--json`, as the figures
are not the whole half's).

`--details` lists misses and false flags, and only for the tuning half: nobody reads the
held-back half's misses while writing rules (benchmarks/corpus/README.md).

`--fold A` or `--fold B` measures one fold of the tuning half (`corpus/folds.py`: its sites split
in two). The folds have fixed roles: rules are written from fold A and judged on fold B. Saying
`--fold A` with `--details` is how one writes from fold A: only fold A's misses and false flags
are listed. `--fold B --details` is refused, so that fold B's misses stay unread and fold B can
judge every round. `--rule ID` (repeatable; `ID:words` for the findings of a pack-driven rule
whose message holds the words, one entry of the pack) counts, per fold, the rule-catchable labels
the rule catches (and of those, how many no other rule catches), its findings on unlabelled MT
text and on clean copy: counts only, so it never lists fold B; a kind is kept when it catches a
fold-B label and flags no clean copy. With `--rule`, `--details` needs `--fold A`.

The judge batches (`JUDGE_BATCHES`, corpus/README.md) are kept unread: `--details` never lists
their misses or false flags (it says how many it left out), and `--details` with `--batch` naming
one is refused, so that they can judge rules written from the rest of the tuning half. Their
figures are read in aggregate: `--batch unseen-28` without `--details`.

An excerpt is what the stored page returned (about its first 2,000 characters), so one that
ends without a sentence's end may end on a word the store cut ("encou", "in our" inside a
quotation left open by the cut). Findings and labels that start on that last word are set
aside, and the excerpt's score leaves them out: they judge the store's cut, not the copy. So is a
quotation opened in the cut excerpt's last paragraph and never closed (`STORY_END_RULES`): its
closing mark is in the part the store left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()


def _corpus_loader():
    """benchmarks/corpus/load.py, imported by path (the script runs without `benchmarks` being
    installed as a package)."""
    return load_script("mtqa_corpus_load", ROOT / "benchmarks" / "corpus" / "load.py")


_load = _corpus_loader()
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
from folds import FOLDS, fold_of  # noqa: E402  (benchmarks/corpus/folds.py, beside load.py)
Excerpt, Label, load_excerpts, load_labels = _load.Excerpt, _load.Label, _load.load_excerpts, _load.load_labels
RESULTS = ROOT / "benchmarks" / "results" / "real_copy.json"
# Findings that judge the whole text (anchored to a sentence only to be shown): they catch no
# label, whatever they overlap, and on clean copy each is a false flag.
WHOLE_TEXT_RULES = frozenset({"calques/reads-as-translation"})
# How a sentence, or a line of copy, ends: what an excerpt cut by the store does not end on.
SENTENCE_ENDS = frozenset('.!?…"”’)»:]')
# Findings that judge how the story ends: on a page the store cut mid-word, one in its last
# paragraph (a quotation opened there and never closed) reads the cut, not the copy, whose
# close the store left out; it is set aside like a finding on the cut word.
STORY_END_RULES = frozenset({"quotes/unclosed"})


# Unseen batches kept as judges (corpus/README.md): nothing is mended from them, and --details
# never lists their misses or false flags, so that their figures stay a fair judge.
JUDGE_BATCHES = ("unseen-22", "unseen-28", "unseen-35", "unseen-37", "unseen-39", "unseen-42", "unseen-46", "unseen-50", "unseen-56", "unseen-61", "unseen-65", "unseen-71")


def cut_word_start(body: str) -> int | None:
    """Where the excerpt's last word starts when the excerpt ends without a sentence's end (the
    store may have cut that word), or None when it ends a sentence."""
    text = body.rstrip()
    if not text or text[-1] in SENTENCE_ENDS:
        return None
    return max(text.rfind(" "), text.rfind("\n"), text.rfind("\t")) + 1


def checked_as_measured(checker, ex):
    """The excerpt's report as `measure` scores it: on a page the store cut mid-word, the findings on
    its last word, and those of `STORY_END_RULES` in its last paragraph, set aside (whole-text rules
    kept) and the report rescored."""
    report = checker.check(ex.body, path=ex.rel)
    cut = cut_word_start(ex.body)
    if cut is not None:
        last_paragraph = ex.body.rstrip().rfind("\n") + 1
        kept = [f for f in report.findings
                if (f.span.start < cut and not (f.rule_id in STORY_END_RULES and f.span.start >= last_paragraph))
                or f.rule_id in WHOLE_TEXT_RULES]
        if len(kept) < len(report.findings):
            report = report.rescored(kept, checker.policy)
    return report


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def on_label(f, lab) -> bool:
    """Whether finding `f` overlaps label `lab`: its own span, or the span of a twin it stands for
    (mtqa.slips: one slip, one finding; the dropped twin's span is kept beside the finding)."""
    from mtqa.slips import related_spans  # imported once mtqa's dependencies are known to be there

    return any(overlaps(s, e, lab.start, lab.end) for s, e in ((f.span.start, f.span.end), *related_spans(f)))


def auc(positives: list[float], negatives: list[float]) -> float:
    """ROC AUC: the chance that a positive scores above a negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def measure(half: str, checker, *, excerpts: list[Excerpt] | None = None,
            labels: list[Label] | None = None) -> dict:
    """Check every excerpt of one half and return the figures (see the module docstring)."""
    excerpts = [ex for ex in (excerpts or load_excerpts()) if ex.half == half]
    bodies = {ex.rel: ex.body for ex in excerpts}
    if labels is None:
        labels = load_labels(bodies=bodies)
    by_file: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        if lab.file in bodies and lab.start >= 0:
            by_file[lab.file].append(lab)

    caught = Counter()
    total = Counter()
    misses: list[dict] = []
    false_flags: list[dict] = []
    per_rule: dict[str, Counter] = defaultdict(Counter)
    clean_words = clean_flags = clean_scored = 0
    scores = {"mt": [], "clean": []}
    verdicts = {"mt": [], "clean": []}
    documents: list[dict] = []  # one row per excerpt, for calibrate_verdict.py
    for ex in excerpts:
        report = checked_as_measured(checker, ex)  # the store's cut: what sits on the last word set aside (module docstring)
        labs = by_file.get(ex.rel, [])
        cut = cut_word_start(ex.body)
        if cut is not None:
            labs = [lab for lab in labs if lab.start < cut]
        group = "mt" if ex.is_mt else "clean"
        scores[group].append(report.score)
        verdicts[group].append(report.passed)
        documents.append({"file": ex.rel, "mt": ex.is_mt, "words": report.words, "penalty": report.penalty,
                          "score": report.score, "passed": report.passed})
        spans = [f for f in report.findings if f.rule_id not in WHOLE_TEXT_RULES]
        for f in report.findings:
            hit = f.rule_id not in WHOLE_TEXT_RULES and any(on_label(f, lab) for lab in labs)
            if hit:
                per_rule[f.rule_id]["on_label"] += 1
            elif ex.is_mt:
                per_rule[f.rule_id]["unlabelled_mt"] += 1
            else:
                per_rule[f.rule_id]["clean"] += 1
                clean_flags += 1
                clean_scored += f.scored
                false_flags.append({"file": ex.rel, "rule": f.rule_id, "text": f.text,
                                    "line": f.span.line, "message": f.message})
        if not ex.is_mt:
            clean_words += report.words
        for lab in labs:
            if lab.catchable != "rule" or not ex.is_mt:
                continue
            total[lab.family] += 1
            if any(on_label(f, lab) for f in spans):
                caught[lab.family] += 1
            else:
                misses.append({"file": ex.rel, "family": lab.family, "text": lab.text,
                               "fix": lab.fix, "note": lab.note})
    mt_fail = sum(not p for p in verdicts["mt"]) / max(len(verdicts["mt"]), 1)
    clean_pass = sum(verdicts["clean"]) / max(len(verdicts["clean"]), 1)
    return {
        "half": half,
        "excerpts": {"mt": len(scores["mt"]), "clean": len(scores["clean"])},
        "clean_words": clean_words,
        "recall": {
            "total": _ratio(sum(caught.values()), sum(total.values())),
            "per_family": {fam: _ratio(caught[fam], n) for fam, n in sorted(total.items())},
        },
        "false_flags_per_1000_words": round(1000 * clean_flags / clean_words, 2) if clean_words else None,
        "scored_false_flags_per_1000_words": round(1000 * clean_scored / clean_words, 2) if clean_words else None,
        "mt_fail_rate": round(mt_fail, 3),
        "clean_pass_rate": round(clean_pass, 3),
        "auc": round(auc(scores["clean"], scores["mt"]), 3),
        "mean_score": {g: round(sum(s) / len(s), 2) if s else None for g, s in scores.items()},
        "per_rule": {rule: dict(c) for rule, c in sorted(per_rule.items())},
        "_misses": misses,
        "_false_flags": false_flags,
        "_documents": documents,
    }


def named_as(finding, rules: list[str]) -> set[str]:
    """Which of `rules` (see `--rule`) a finding answers to: a rule id, or "rule-id:words" when
    its message holds the words (one entry of a pack-driven rule, named by its source phrase)."""
    out = set()
    for name in rules:
        rule_id, _, words = name.partition(":")
        if finding.rule_id == rule_id and (not words or words in finding.message):
            out.add(name)
    return out


def rule_catches(rules: list[str], checker, excerpts: list[Excerpt], labels: list[Label]) -> dict:
    """Per named rule and per fold of the tuning half: "caught", the rule-catchable labels on MT
    copy it catches; "alone", those of them no other finding catches; "unlabelled_mt" and
    "clean", its findings that overlap no label on MT and on clean copy. Counts only (the judging
    fold's misses are never listed); findings and labels on a cut last word are set aside and
    whole-text findings catch no label, as in `measure`."""
    counts: dict[str, dict[str, Counter[str]]] = {name: {fold: Counter() for fold in FOLDS} for name in rules}
    by_file: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        if lab.start >= 0:
            by_file[lab.file].append(lab)
    for ex in excerpts:
        if ex.half != "tune":
            continue
        fold = fold_of(ex.site)
        cut = cut_word_start(ex.body)
        findings = [f for f in checker.check(ex.body, path=ex.rel).findings
                    if cut is None or f.span.start < cut or f.rule_id in WHOLE_TEXT_RULES]
        labs = [lab for lab in by_file.get(ex.rel, []) if cut is None or lab.start < cut]
        spans = [f for f in findings if f.rule_id not in WHOLE_TEXT_RULES]
        for f in findings:
            if f.rule_id in WHOLE_TEXT_RULES or not any(on_label(f, lab) for lab in labs):
                for name in named_as(f, rules):
                    counts[name][fold]["unlabelled_mt" if ex.is_mt else "clean"] += 1
        if not ex.is_mt:
            continue
        for lab in labs:
            if lab.catchable != "rule":
                continue
            on = [f for f in spans if on_label(f, lab)]
            for name in set().union(*(named_as(f, rules) for f in on)):
                counts[name][fold]["caught"] += 1
                if all(named_as(f, [name]) for f in on):
                    counts[name][fold]["alone"] += 1
    return counts


def render_rule_catches(counts: dict) -> str:
    """The table of `rule_catches`: fold A written from, fold B judged on."""
    out = ["per named rule, tuning half: fold A (written from) caught (alone) / fold B (judged on) "
           "caught (alone) / findings on unlabelled MT A, B / on clean copy A, B"]
    for name, per_fold in counts.items():
        a, b = per_fold["A"], per_fold["B"]
        out.append(f"  {name:<44} A {a['caught']:>3} ({a['alone']:>3})   B {b['caught']:>3} ({b['alone']:>3})"
                   f"   MT {a['unlabelled_mt']:>3}, {b['unlabelled_mt']:>3}   clean {a['clean']:>3}, {b['clean']:>3}")
    return "\n".join(out)


def retrieved_matches(ex: Excerpt, on: str | None, before: str | None, batch: str | None = None) -> bool:
    """Whether an excerpt belongs to the selection asked for: retrieved on `on`, or before
    `before` (ISO dates compare as strings), of the named `batch`; every excerpt when none is given."""
    day = str(ex.header.get("retrieved", ""))
    return ((on is None or day == on) and (before is None or day < before)
            and (batch is None or ex.header.get("batch") == batch))


def results_path(on: str | None, before: str | None, batch: str | None = None, fold: str | None = None) -> Path:
    """Where a run's figures go: a batch's or a fold's never overwrite the whole corpus's."""
    if fold:
        return RESULTS.with_name(f"real_copy_fold_{fold}" + (f"_batch_{batch}" if batch else "") + ".json")
    if batch:
        return RESULTS.with_name(f"real_copy_batch_{batch}.json")
    if on:
        return RESULTS.with_name(f"real_copy_retrieved_{on}.json")
    if before:
        return RESULTS.with_name(f"real_copy_before_{before}.json")
    return RESULTS


def _ratio(hit: int, n: int) -> dict:
    return {"caught": hit, "of": n, "rate": round(hit / n, 3) if n else None}


def render(result: dict, details: bool, fold: str | None = None, unlisted: frozenset[str] = frozenset()) -> str:
    """A readable table of one half's figures (of one fold of the tuning half, when `fold` is given);
    with `details`, its misses and false flags, except those of the excerpts in `unlisted`."""
    r = result
    name = "HELD-BACK half (headline)" if r["half"] == "heldout" else "TUNING half (tuned on)"
    if fold:
        name += f", fold {fold} " + ("(written from)" if fold == "A" else "(judged on)")
    out = [f"== {name}: {r['excerpts']['mt']} MT excerpts, {r['excerpts']['clean']} clean "
           f"({r['clean_words']} words)"]
    tot = r["recall"]["total"]
    out.append(f"recall of rule-catchable artifacts: {tot['caught']}/{tot['of']} = {_pct(tot['rate'])}")
    for fam, v in r["recall"]["per_family"].items():
        out.append(f"  {fam:<14} {v['caught']:>4}/{v['of']:<4} {_pct(v['rate'])}")
    out.append(f"false flags per 1,000 words of clean copy: {r['false_flags_per_1000_words']} "
               f"(scored: {r['scored_false_flags_per_1000_words']})")
    out.append(f"MT excerpts failing: {_pct(r['mt_fail_rate'])}   clean passing: "
               f"{_pct(r['clean_pass_rate'])}   ROC AUC: {r['auc']}   mean score MT "
               f"{r['mean_score']['mt']} / clean {r['mean_score']['clean']}")
    out.append("per rule (on labels / unlabelled MT / clean):")
    for rule, c in r["per_rule"].items():
        out.append(f"  {rule:<40} {c.get('on_label', 0):>4} {c.get('unlabelled_mt', 0):>4} {c.get('clean', 0):>4}")
    if details and r["half"] == "tune":
        misses = [m for m in r["_misses"] if m["file"] not in unlisted]
        flags = [f for f in r["_false_flags"] if f["file"] not in unlisted]
        out.append("misses:")
        out += [f"  {m['file']}  [{m['family']}] {m['text']!r} -> {m['fix']!r}" for m in misses]
        out.append("false flags on clean copy:")
        out += [f"  {f['file']}:{f['line']}  {f['rule']}  {f['text']!r}" for f in flags]
        left = len(r["_misses"]) - len(misses) + len(r["_false_flags"]) - len(flags)
        if left:
            out.append(f"({left} misses and false flags of the judge batches {', '.join(JUDGE_BATCHES)} not listed)")
    return "\n".join(out)


def _pct(rate) -> str:
    return "n/a" if rate is None else f"{100 * rate:.1f}%"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("tune", "heldout", "both"), default="both")
    ap.add_argument("--languagetool", default="off", help="LanguageTool server URL, or off")
    ap.add_argument("--config", help="an mtqa configuration file (e.g. a house style)")
    ap.add_argument("--style", help="a house style profile (default, cp, hill-times; overrides --config's)")
    ap.add_argument("--details", action="store_true", help="list misses and false flags (tuning half only)")
    ap.add_argument("--batch", metavar="NAME", help="only excerpts of the batch NAME (their header's `batch`)")
    ap.add_argument("--without-batch", action="append", default=[], metavar="NAME",
                    help="leave out the excerpts of the batch NAME (repeatable)")
    ap.add_argument("--retrieved", metavar="DATE", help="only excerpts retrieved on DATE (YYYY-MM-DD)")
    ap.add_argument("--before", metavar="DATE", help="only excerpts retrieved before DATE (YYYY-MM-DD)")
    ap.add_argument("--fold", choices=FOLDS, help="only the tuning half's sites of this fold (corpus/folds.py); "
                    "A is written from, B judged on")
    ap.add_argument("--rule", action="append", default=[], metavar="ID[:WORDS]",
                    help="count what this rule (or its findings whose message holds WORDS) catches per fold "
                         "of the tuning half, and its findings on clean copy (repeatable)")
    ap.add_argument("--json", type=Path, help="where to write the figures (default: results/real_copy*.json)")
    args = ap.parse_args(argv)
    if sum(map(bool, (args.retrieved, args.before, args.batch))) > 1:
        ap.error("give one of --batch, --retrieved and --before")
    if (args.fold or args.rule) and args.half != "tune":
        ap.error("--fold and --rule split the tuning half: give --half tune")
    if args.details and args.fold == "B":
        ap.error("fold B is the fold rules are judged on: its misses are never listed "
                 "(write from fold A: --fold A --details)")
    if args.details and args.batch in JUDGE_BATCHES:
        ap.error(f"{args.batch} is kept as a judge: its misses and false flags are never listed "
                 "(measure it without --details)")
    if args.details and args.rule and args.fold != "A":
        ap.error("--rule judges on fold B: with --details give --fold A, so that fold B is not listed")

    from mtqa import Checker
    from mtqa.config import load_file

    config = load_file(args.config) if args.config else None
    checker = Checker(config, languagetool=args.languagetool, style=args.style)
    halves = ("tune", "heldout") if args.half == "both" else (args.half,)
    excerpts = load_excerpts()
    labels = load_labels(bodies={ex.rel: ex.body for ex in excerpts})
    excerpts = [ex for ex in excerpts if retrieved_matches(ex, args.retrieved, args.before, args.batch)
                and ex.header.get("batch") not in args.without_batch]
    both_folds = excerpts
    if args.fold:
        excerpts = [ex for ex in excerpts if fold_of(ex.site) == args.fold]
    if not excerpts:
        print("no excerpt matches that batch or date", file=sys.stderr)
        return 2
    json_path = args.json or results_path(args.retrieved, args.before, args.batch, args.fold)
    judge_files = frozenset(ex.rel for ex in excerpts if ex.header.get("batch") in JUDGE_BATCHES)
    results = {}
    for half in halves:
        results[half] = measure(half, checker, excerpts=excerpts, labels=labels)
        print(render(results[half], args.details, args.fold, unlisted=judge_files))
        print()
    if args.rule:
        print(render_rule_catches(rule_catches(args.rule, checker, both_folds, labels)))
    public = {h: {k: v for k, v in r.items() if not k.startswith("_")} for h, r in results.items()}
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(public, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
