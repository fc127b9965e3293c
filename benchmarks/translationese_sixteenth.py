"""The sixteenth round of the document signal (issue #11 §4): four rates not tried before.

    python benchmarks/translationese_sixteenth.py            # every figure, tuning data only
    python benchmarks/translationese_sixteenth.py --json OUT # also write them to OUT

Tuning data only (`tune/` + `signal/`, as `benchmarks/translationese.py` fits the signal); every
figure a leave-one-site-out AUC (`translationese.site_fold_logits`, L2 10: a fold's clean norms
and weights never see its site). The candidates and the decision rule are in
benchmarks/README.md, "Sixteenth round", written before this script first ran on the corpus:
each candidate is added alone to the shipped fifteen rates and must gain 0.02 of LOSO AUC.

- `content_burstiness` (−): Goh & Barabási's B of the gaps between a content word's occurrences;
- `noun_zipf` (+): mean Zipf of lowercase common nouns;
- `function_word_surprise` (+): mean trigram surprise of the function words (CMU's model);
- `clause_markers` (+): subordinating and relative clause markers per sentence.
Needs the words, grammar and lm extras (wordfreq, the tagger, pocketsphinx).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, report_json, require_dependencies  # noqa: E402

require_dependencies()
from mtqa import language_model, lexicon, tagging, translationese  # noqa: E402

MIN_GAIN = 0.02
CANDIDATES = {  # name -> expected sign in MT (+1 higher, -1 lower), fixed in the README first
    "content_burstiness": -1, "noun_zipf": 1, "function_word_surprise": 1, "clause_markers": 1,
}
CLAUSE_MARKERS = frozenset("""because although though whereas while unless whether which who whom whose
where when if since until""".split())
MIN_OCCURRENCES = 3  # a content word's occurrences before its gaps say anything about bursts


def burstiness(words: Sequence[str]) -> float:
    """Goh & Barabási's B = (σ − μ)/(σ + μ) of the gaps between successive occurrences of each
    content word occurring MIN_OCCURRENCES times or more, averaged over those words weighted by
    their number of gaps; 0.0 where no word occurs that often. −1: evenly spaced, 0: random
    (Poisson), towards 1: bursty."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        if len(w) >= 3 and w.isalpha() and w not in translationese.FUNCTION_WORDS:
            positions[w].append(i)
    total = weight = 0.0
    for places in positions.values():
        if len(places) < MIN_OCCURRENCES:
            continue
        gaps = [b - a for a, b in zip(places, places[1:])]
        mean, sd = statistics.fmean(gaps), statistics.pstdev(gaps)
        total += len(gaps) * ((sd - mean) / (sd + mean))
        weight += len(gaps)
    return total / weight if weight else 0.0


def noun_zipf(tagged: Sequence[Sequence[tagging.Token]], zipf: Callable[[str], float]) -> float:
    """Mean Zipf frequency of the lowercase common nouns (NN, NNS), every occurrence."""
    values = [zipf(t.lower) for tokens in tagged for t in tokens
              if t.tag in ("NN", "NNS") and t.text == t.lower and t.lower.isalpha()]
    return statistics.fmean(values) if values else 0.0


def function_word_surprise(lm, lines: Sequence[str]) -> float:
    """Mean −log10 P(w | h2 h1) over the scored words that are function words."""
    values = [-s.logp for line in lines for s in language_model.score(lm, line)
              if s.words[2] in translationese.FUNCTION_WORDS]
    return statistics.fmean(values) if values else 0.0


def clause_markers(read: Sequence[tuple[str, list[str]]]) -> float:
    """Clause markers (CLAUSE_MARKERS) per sentence."""
    return sum(w in CLAUSE_MARKERS for _text, words in read for w in words) / (len(read) or 1)


def candidate_rates(lines: list[str], tagged, zipf, lm) -> dict[str, float]:
    read = translationese.sentences(lines)
    words = [w for _text, ws in read for w in ws]
    return {
        "content_burstiness": burstiness(words),
        "noun_zipf": noun_zipf(tagged, zipf),
        "function_word_surprise": function_word_surprise(lm, lines),
        "clause_markers": clause_markers(read),
    }


def _tr():
    return load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")


def load(tr) -> list[dict]:
    """Every excerpt of tune/ and signal/ with 100 words of prose, with the shipped rates and the candidates."""
    lx, tagger, lm = lexicon.english(), tagging.tagger(), language_model.model()
    if lx is None or tagger is None or lm is None:
        raise SystemExit("translationese_sixteenth.py: needs the words, grammar and lm extras (pip install 'mtqa[full]')")
    docs = []
    for ex, lines, tagged, f in tr.tagged_excerpts(tagger, lx.zipf):
        f.update(candidate_rates(lines, tagged, lx.zipf, lm))
        docs.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "f": f})
    return docs


def figures(tr, docs: list[dict], names: list[str]) -> dict:
    """LOSO AUC of a set of rates, overall and per MT kind (against all clean)."""
    import numpy as np

    x = np.array([[d["f"][k] for k in names] for d in docs], dtype=float)
    scores = tr.site_fold_logits(docs, lambda _train: x, 10.0)
    clean = [s for s, d in zip(scores, docs) if not d["mt"]]
    kinds = sorted({d["kind"] for d in docs if d["mt"]})
    return {"auc": round(tr.auc([s for s, d in zip(scores, docs) if d["mt"]], clean), 4),
            "per_kind": {k: round(tr.auc([s for s, d in zip(scores, docs) if d["mt"] and d["kind"] == k], clean), 3)
                         for k in kinds}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    tr = _tr()
    docs = load(tr)
    shipped = list(translationese.FEATURES)
    out: dict = {"documents": {"mt": sum(d["mt"] for d in docs), "clean": sum(not d["mt"] for d in docs),
                               "sites": len({d["site"] for d in docs}), "kinds": dict(Counter(d["kind"] for d in docs))},
                 "shipped": figures(tr, docs, shipped), "candidates": {}}
    n_mt, n_clean = out["documents"]["mt"], out["documents"]["clean"]
    for name, sign in CANDIDATES.items():
        own = [sign * d["f"][name] for d in docs]
        fig = figures(tr, docs, shipped + [name])
        out["candidates"][name] = {
            "mt_mean": round(sum(d["f"][name] for d in docs if d["mt"]) / n_mt, 5),
            "clean_mean": round(sum(d["f"][name] for d in docs if not d["mt"]) / n_clean, 5),
            "own_auc_expected_way": round(tr.auc([v for v, d in zip(own, docs) if d["mt"]],
                                                 [v for v, d in zip(own, docs) if not d["mt"]]), 4),
            **fig, "gain": round(fig["auc"] - out["shipped"]["auc"], 4)}
    out["passes_part_1"] = sorted((k for k, v in out["candidates"].items() if v["gain"] >= MIN_GAIN),
                                  key=lambda k: -out["candidates"][k]["auc"])
    report_json(out, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
