"""Document cues for the verdict on MT copy, judged by leaving one unseen batch out (issue #11 §4).

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/document_cues.py --from ROWS.json [--json FIG.json] [--cue NAME ...]

About a third of real MT copy passes the verdict. Each cue here is a rate over a whole text's prose
(the lines the signal reads), not a string, computed for every tuning excerpt with rates. A cue is
added alone to the signal's shipped rates and judged as the brief of grammar50's second round asks
(benchmarks/README.md, "Two document cues for the verdict"):
- written from fold A: the leave-one-site-out AUC of fold A's rows with and without it (`fold_a`);
- leave one unseen batch out (`verdict_by_batch.figures`, the profile's ratios relearned per fit):
  kept only if the pooled left-out MT failing rises and clean passing stays at or above the
  shipped rates' figure in the same run;
- fold B by counts: its clean copy failing (and the judge batches' part of it) with the signal
  refitted on every row, in sample, must not rise.
Aggregates only: no excerpt's text or name is printed. The held-back half is never read.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, read_family_rows, report_json, require_dependencies  # noqa: E402

require_dependencies()

L2 = 10.0
_STRIP = "“”\"‘’'(),.;:!?"
_LOWER_HYPHEN_LOWER = re.compile(r"[a-z]-[a-z]")  # a compound modifier's join ("cross-border"), not a name's


def _tokens(line: str) -> list[list[str]]:
    """The line's sentences (`mtqa.segment.split_sentences`), each as its whitespace tokens with
    quotation marks and punctuation stripped from their ends."""
    from mtqa import segment

    return [[t.strip(_STRIP) for t in s.text.split()] for s in segment.split_sentences(line)]


def hyphen_compounds(lines: list[str]) -> float:
    """Words joined by a hyphen between two lowercase letters ("well-known", "three-year") per 100
    whitespace tokens: English news packs modifiers into compounds where translated copy spells them
    out with a preposition; hyphenated names ("Saint-Laurent") are left out."""
    sentences = [s for line in lines for s in _tokens(line)]
    words = sum(len(line.split()) for line in lines)
    return 100.0 * sum(bool(_LOWER_HYPHEN_LOWER.search(w)) for s in sentences for w in s) / max(words, 1)


def hyphen_compounds_mtqa(lines: list[str]) -> float:
    """The same count read as `mtqa.translationese` counts words (`APOSTROPHE_WORD`, which splits
    at a hyphen): matches of a lowercase letter, a hyphen, a lowercase letter per 100 such words:
    what the signal would read if the cue were wired."""
    import regex

    from mtqa.text.tokens import APOSTROPHE_WORD

    words = sum(len(APOSTROPHE_WORD.findall(line)) for line in lines)
    joins = regex.compile(r"\p{Ll}-\p{Ll}")
    return 100.0 * sum(len(joins.findall(line)) for line in lines) / max(words, 1)


def capitals(lines: list[str]) -> float:
    """Capitalised tokens after a sentence's first, per 100 whitespace tokens: how densely the copy
    names people, places and bodies (a spinner strips them; translated pages of a municipality or
    a ministry name fewer)."""
    sentences = [s for line in lines for s in _tokens(line)]
    words = sum(len(line.split()) for line in lines)
    return 100.0 * sum(w[:1].isupper() for s in sentences for w in s[1:]) / max(words, 1)


CUES: dict[str, Callable[[list[str]], float]] = {
    "hyphen_compounds": hyphen_compounds,
    "hyphen_compounds_mtqa": hyphen_compounds_mtqa,
    "capitals": capitals,
}


def _vb():
    return load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")


def _bench():
    return load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")


def cue_values(files: set[str]) -> dict[str, dict[str, float]]:
    """Each cue of each excerpt of tune/ and signal/ named in `files`, over the prose the signal reads."""
    from mtqa import translationese

    out = {}
    for ex in _bench()._corpus().load_excerpts(halves=("tune", "signal")):
        if ex.rel in files:
            lines = translationese.prose([ex.body])
            out[ex.rel] = {name: cue(lines) for name, cue in CUES.items()}
    return out


@contextlib.contextmanager
def features_with(cue: str | None) -> Iterator[None]:
    """`mtqa.translationese.FEATURES` with `cue` appended while inside (the refits of
    verdict_by_batch.py read the rates from it); as shipped again on leaving."""
    from mtqa import translationese

    shipped = translationese.FEATURES
    if cue is not None:
        translationese.FEATURES = (*shipped, cue)
    try:
        yield
    finally:
        translationese.FEATURES = shipped


def with_cue(rows: list[dict], values: dict[str, dict[str, float]], cue: str | None) -> list[dict]:
    """The rows with rates given the cue's value beside their rates (rows without rates as they are)."""
    if cue is None:
        return rows
    return [r if r["f"] is None else {**r, "f": {**r["f"], cue: values[r["file"]][cue]}} for r in rows]


def fold_a_auc(rows: list[dict], cue: str | None) -> float:
    """Leave-one-site-out AUC (L2 10) of fold A's rows with rates, the shipped rates plus `cue`
    (the rows' own `tag_profile`, read with the shipped ratios: a reading for choosing, not a judgement)."""
    import numpy as np

    from mtqa import translationese

    folds = load_script("mtqa_corpus_folds", ROOT / "benchmarks" / "corpus" / "folds.py")
    tr = _bench()
    docs = [r for r in _vb().with_separating_rate(rows) if r["f"] is not None and folds.fold_of(r["site"]) == "A"]
    names = list(translationese.FEATURES) + ([cue] if cue else [])
    x = np.array([[d["f"][k] for k in names] for d in docs], dtype=float)
    scores = tr.site_fold_logits(docs, lambda _train: x, L2)
    return round(tr.auc([s for s, d in zip(scores, docs) if d["mt"]], [s for s, d in zip(scores, docs) if not d["mt"]]), 4)


def judged(rows: list[dict], short: list[dict], cue: str | None) -> dict:
    """Leave one unseen batch out with `cue` among the rates, and fold B's counts in sample."""
    vb = _vb()
    folds = load_script("mtqa_corpus_folds", ROOT / "benchmarks" / "corpus" / "folds.py")
    with features_with(cue):
        pairs = vb.PairCounts(vb._profile_fit().corpus_entries(vb._bench()), rows)
        everything = rows + short
        fig = vb.figures(everything, 1.0, pairs)
        docs, threshold = vb.leave_out(vb.with_separating_rate(everything), None, 1.0, pairs)
    fails = lambda d: not (d["passed"] and d["score"] >= threshold)  # noqa: E731
    out: dict = {"fold_a_loso_auc": fold_a_auc(rows, cue), "lobo_pooled": fig["pooled"]["left_out"],
                 "loso_auc_all": fig["loso_auc"]["all"], "in_sample_threshold": threshold}
    for fold in ("A", "B"):
        tune = [d for d in docs if d["file"].startswith("tune/") and folds.fold_of(d["site"]) == fold]
        out[f"fold_{fold}_in_sample"] = {
            "mt": sum(d["mt"] for d in tune), "mt_failing": sum(d["mt"] and fails(d) for d in tune),
            "clean": sum(not d["mt"] for d in tune), "clean_failing": sum(not d["mt"] and fails(d) for d in tune),
            "judge_clean_failing": sum(not d["mt"] and fails(d) and d["batch"] in vb.JUDGE_BATCHES for d in tune)}
    return out


def verdict_of(base: dict, fig: dict) -> dict:
    """The keep rule: LOBO MT failing rises, clean passing not under the shipped rates' figure, fold B's
    clean copy not failing more."""
    lobo, lobo0 = fig["lobo_pooled"], base["lobo_pooled"]
    b, b0 = fig["fold_B_in_sample"], base["fold_B_in_sample"]
    checks = {"lobo_mt_failing_rises": lobo["mt_failing"] > lobo0["mt_failing"],
              "lobo_clean_passing_held": lobo["clean_passing_pct"] >= lobo0["clean_passing_pct"],
              "fold_b_clean_not_flagged_more": b["clean_failing"] <= b0["clean_failing"]}
    return {**checks, "kept": all(checks.values())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True,
                    help="the rows `translationese_families.py --rows` kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--cue", action="append", choices=sorted(CUES), help="judge only these cues (default: all)")
    args = ap.parse_args(argv)
    try:
        rows = read_family_rows(args.source, frozenset({"f", "counts", "batch", "file"}))
    except (OSError, ValueError) as exc:
        print(f"document_cues.py: cannot read {args.source}: {exc}", file=sys.stderr)
        return 2
    values = cue_values({r["file"] for r in rows if r["f"] is not None})
    missing = [r["file"] for r in rows if r["f"] is not None and r["file"] not in values]
    if missing:
        print(f"document_cues.py: {len(missing)} rows are not in the corpus (e.g. {missing[0]}): "
              "make the rows again on this tree", file=sys.stderr)
        return 2
    short = _vb().short_rows({r["file"] for r in rows})
    base = judged(rows, short, None)
    out: dict = {"shipped": base, "cues": {}}
    for cue in args.cue or list(CUES):
        fig = judged(with_cue(rows, values, cue), short, cue)
        out["cues"][cue] = {**fig, "fold_a_gain": round(fig["fold_a_loso_auc"] - base["fold_a_loso_auc"], 4),
                            **verdict_of(base, fig)}
    report_json(out, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
