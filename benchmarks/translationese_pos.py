"""The thirteenth round's third part (benchmarks/README.md): part-of-speech n-gram rates for the
translationese signal, the n-grams chosen inside each leave-one-site-out fold.

    python benchmarks/translationese_pos.py     # nested LOSO AUC of the ten + 5 bigrams / 5 trigrams
    python benchmarks/translationese_pos.py --verdicts  # and part (2) simulated (translationese_lm.verdicts)

The candidates, the cap and the rule were written down before this was first run. Tags are
mtqa's (`mtqa.tagging`, the `grammar` extra), one prose line at a time. The selection of a
fold's n-grams reads only the other sites' documents: choosing them on all the data and then
cross-validating would let the held-out site pick its own features (a leak).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()
from mtqa import lexicon, tagging, translationese  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "translationese_pos.json"
TOP = 5  # the size cap: n-gram rates added to the ten
MIN_PRESENT = 0.10  # an n-gram enters a fold's pool if at least this share of its documents has it
MIN_GAIN = 0.02
L2 = 10.0
ORDERS = {"pos_bigrams": 2, "pos_trigrams": 3}


def ngram_rates(tag_lines: list[list[str]], n: int) -> dict[str, float]:
    """Each tag n-gram's count over the document's n-grams of that order (none across lines)."""
    counts: Counter[str] = Counter()
    for tags in tag_lines:
        counts.update(" ".join(tags[i:i + n]) for i in range(len(tags) - n + 1))
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items()} if total else {}


def load(tr) -> list[dict]:
    """Every excerpt of tune/ and signal/ with 100 words of prose: its ten rates and its tag n-gram rates."""
    lx, tagger = lexicon.english(), tagging.tagger()
    if lx is None or tagger is None:
        raise SystemExit("translationese_pos.py: needs the words and grammar extras (pip install 'mtqa[words,grammar]')")
    docs = []
    for ex in tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)):
        lines = translationese.prose([ex.body])
        f = translationese.rates(lines, lx.zipf)
        if f is None:
            continue
        tag_lines = [[t.tag for t in tagger.tag(line)] for line in lines]
        grams = {name: ngram_rates(tag_lines, n) for name, n in ORDERS.items()}
        docs.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "f": f, "grams": grams,
                     "body": ex.body})
    return docs


def rank(train: list[dict], order: str, top: int = TOP) -> list[str]:
    """The `top` n-grams of the pool (present in MIN_PRESENT of `train`) by absolute standardised
    mean difference between MT and clean, read on `train` only."""
    import numpy as np

    present: Counter[str] = Counter(k for d in train for k in d["grams"][order])
    pool = sorted(k for k, c in present.items() if c >= MIN_PRESENT * len(train))
    x = np.array([[d["grams"][order].get(k, 0.0) for k in pool] for d in train])
    y = np.array([d["mt"] for d in train], dtype=bool)
    a, b = x[y], x[~y]
    pooled = np.sqrt((a.var(axis=0) * len(a) + b.var(axis=0) * len(b)) / len(x))
    pooled[pooled == 0] = np.inf
    d_ = np.abs(a.mean(axis=0) - b.mean(axis=0)) / pooled
    best = sorted(range(len(pool)), key=lambda i: (-d_[i], pool[i]))[:top]
    return [pool[i] for i in best]


def matrix(docs: list[dict], names: list[str], order: str | None, grams: list[str]):
    import numpy as np

    return np.array([[d["f"][k] for k in names] + [d["grams"][order].get(g, 0.0) for g in grams] if order
                     else [d["f"][k] for k in names] for d in docs], dtype=float)


def nested_logits(tr, docs: list[dict], order: str | None) -> tuple[list[float], Counter[str]]:
    """Leave-one-site-out logits of the ten (+ the fold's own top n-grams when `order` is given),
    fitted by `translationese.site_fold_logits`; and how often each n-gram was picked."""
    names = list(tr.FIRST_ROUND)
    picked: Counter[str] = Counter()

    def design(train_docs: list[dict]):
        """Every doc's ten rates and the n-grams this fold picks on its own training sites."""
        grams = rank(train_docs, order) if order else []
        picked.update(grams)
        return matrix(docs, names, order, grams)

    return tr.site_fold_logits(docs, design, L2), picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verdicts", action="store_true",
                        help="also simulate part (2) for the candidate passing part (1), its n-grams picked on all the data")
    args = parser.parse_args(argv)
    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    t0 = time.perf_counter()
    docs = load(tr)
    mt = [d for d in docs if d["mt"]]
    clean = [d for d in docs if not d["mt"]]
    print(f"{len(mt)} MT, {len(clean)} clean excerpts, {len({d['site'] for d in docs})} sites "
          f"({time.perf_counter() - t0:.1f} s)")
    out: dict = {"excerpts": {"mt": len(mt), "clean": len(clean)}, "top": TOP, "min_present": MIN_PRESENT, "sets": {}}
    reference = None
    for name, order in (("the shipped ten", None), *((f"+ {k} (nested)", k) for k in ORDERS)):
        scores, picked = nested_logits(tr, docs, order)
        a = tr.auc([v for v, d in zip(scores, docs) if d["mt"]], [v for v, d in zip(scores, docs) if not d["mt"]])
        reference = a if reference is None else reference
        negatives = [v for v, d in zip(scores, docs) if not d["mt"]]
        kinds = {k: round(tr.auc([v for v, d in zip(scores, docs) if d["mt"] and d["kind"] == k], negatives), 3)
                 for k in sorted({d["kind"] for d in mt})}
        row = {"loso_auc": round(a, 4), "gain": round(a - reference, 4), "per_kind": kinds,
               "most_picked": picked.most_common(10)}
        if order:
            row["picked_on_all"] = rank(docs, order)
        out["sets"][name] = row
        print(f"{name:<28} LOSO AUC {a:.4f} ({a - reference:+.4f})  " + ", ".join(f"{k} {v:.2f}" for k, v in kinds.items()))
        if order:
            print(f"    most picked across folds: {picked.most_common(8)}; on all: {row['picked_on_all']}")
    passing = [n for n, r in out["sets"].items() if r["gain"] >= MIN_GAIN]
    out["part_1_passes"] = passing
    print(f"part (1) of the rule: {', '.join(passing) if passing else 'no candidate gains 0.02; nothing goes to part (2)'}")
    if args.verdicts and passing:
        best = max(passing, key=lambda n: out["sets"][n]["loso_auc"])
        out["part_2_simulated"] = {"set": best, **simulate(tr, docs, out["sets"][best]["picked_on_all"], ORDERS_BY_SET[best])}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


ORDERS_BY_SET = {f"+ {k} (nested)": k for k in ORDERS}


def simulate(tr, docs: list[dict], grams: list[str], order: str) -> dict:
    """Part (2) as `translationese_lm.verdicts` simulates it (not mtqa's own refit and
    calibration): the n-grams picked on all of tune/ + signal/ added to the ten as fixed rates."""
    names = [f"pos {g}" for g in grams]
    for d in docs:
        d["f"].update({f"pos {g}": d["grams"][order].get(g, 0.0) for g in grams})
        d["f"]["_prose_words"] = float(min(translationese.word_count(translationese.prose([d["body"]])),
                                           translationese.MAX_PROSE_WORDS))
    lm_bench = load_script("mtqa_translationese_lm_bench", ROOT / "benchmarks" / "translationese_lm.py")
    base = list(tr.FIRST_ROUND)
    return lm_bench.verdicts(tr, docs, {"the shipped ten": base, "+ " + ", ".join(grams): base + names})


if __name__ == "__main__":
    sys.exit(main())
