"""Can a real smoothed n-gram language model tell MT phrasing from clean phrasing?

    pip install -e '.[lm]'       # pocketsphinx, whose wheel ships the model
    python benchmarks/language_model.py [--heldout]

The question behind it (issue 11): the held-back half's largest gaps are calques and grammar,
phrasing that no word list reaches. A bigram table floored at 100,000 occurrences could not
see them (`collocations.py`). pocketsphinx (BSD-2-Clause, CMU) ships a real back-off trigram
model of US English in its wheel (`model/en-us/en-us.lm.bin`: 72,547 words, 2,051,547
bigrams, 1,669,625 trigrams); `mtqa.language_model` reads it. This measures whether its
probabilities separate the two, on data one may tune on:

- MT: the real-copy corpus's tuning-half MT excerpts, with their labels (a flag inside any
  label counts as a hit; the calque and grammar labels are counted apart, and so are labels
  that no finding of mtqa's built-in rules reaches);
- clean: the tuning half's clean excerpts and the error-free TED references (ref-B) of the
  shared WMT set. A flag on a genuine slip labelled in clean copy is not counted as false.

Words are read as `mtqa.language_model.score` reads them for the rule: each word given its two
predecessors in the same clause (punctuation, digits, hyphenated words, words the model lacks
and capitalised words inside a sentence end the history), with log10 P(w | h), log10 P(w) and
the order the model backed off to. Signals, each swept over thresholds:

- `surprise`: log10 P(w) - log10 P(w | h), how much less likely the word is after its history
  than on its own (what `grammar/improbable-sequence` reads);
- `unseen-bigram`: the pair (h1, w) is not in the model while both are content words; the
  strength is log10 P(h1) + log10 P(w), the pair's share were the words independent;
- `unseen-trigram`: both bigrams (h2, h1) and (h1, w) are in the model, the trigram is not,
  and all three are content words;
- `window`: a three-word window's mean log-probability below the text's mean;
- `preposition-swap`, `article-swap`: another preposition (or article, or none) in its place
  makes it and the next two words that many log10 units likelier.

Also: excerpt-level AUC of the mean log-probability (MT vs clean), speed and memory.
`--heldout` adds the held-back half in aggregate only, at the thresholds fixed on the tuning
half (no excerpt, label or flag of it is printed).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, NoReturn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
from mtqa import language_model  # noqa: E402
from mtqa.language_model import Model, ScoredWord  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "language_model.json"
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"

FUNCTION_WORDS = frozenset("""
a an the of to in on at for by with from and or but nor is are was were be been being am has have
had it its this that these those as not he she they we you i me him her them us his their our
your my who whom whose which what will would can could should may might shall must do does did
there than then so if about into onto over after before up out off no also just very too
""".split())


def _stop(message: str) -> NoReturn:
    print(f"language_model.py: {message}", file=sys.stderr)
    raise SystemExit(2)


def load_model() -> Model:
    """mtqa's language model (the `lm` extra), as the rule reads it."""
    lm = language_model.model()
    if lm is None:
        _stop("needs pocketsphinx (pip install 'mtqa[lm]')")
    return lm


@dataclass(frozen=True)
class Scored:
    """One word as mtqa's scorer reads it, plus what the signals below also ask of the model."""

    word: ScoredWord
    has_bigram: bool  # (h1, word) is a bigram of the model
    has_context_bigram: bool  # (h2, h1) is
    h1_unigram: float


def score_text(lm: Model, text: str) -> tuple[list[Scored], int]:
    """Every word of `text` that the model reads with two words of history, and the number of
    words read."""
    n_words = sum(len(run) for run in language_model.clauses(text))
    out = []
    for s in language_model.score(lm, text):
        h2, h1, w = (lm.word_id(x) for x in s.words)
        assert h2 is not None and h1 is not None and w is not None
        has_bigram = lm.bigram(w, h1)[1] == 2
        has_context = s.words[0] != "<s>" and lm.bigram(h1, h2)[1] == 2
        out.append(Scored(s, has_bigram, has_context, lm.unigram(h1)))
    return out, n_words


# --- confusion sets: would a neighbouring function word read far better? ----------------------

PREPOSITIONS = ("in", "on", "at", "for", "to", "of", "with", "by", "from", "about", "into", "over", "under")
ARTICLES = ("a", "an", "the", "")
CONFUSION = {**{p: PREPOSITIONS for p in PREPOSITIONS}, **{a: ARTICLES for a in ARTICLES if a}}


def _local_logp(lm: Model, ids: list[int], i: int, last: int) -> float:
    """log10 of the words i..last given the two words before each."""
    return sum(lm.trigram(ids[j], ids[j - 1], ids[j - 2])[0] for j in range(i, last + 1))


def confusions(lm: Model, text: str) -> Iterator[tuple[str, float, int, int, str]]:
    """(kind, gain, start, end, better): a preposition or article whose swap for another of its
    set (or, for an article, its removal) makes it and the next two words `gain` log10 units
    likelier."""
    start_id = lm.word_id("<s>")
    for run in language_model.clauses(text):
        known: list[tuple[str, int, int, int] | None] = []
        for tok, start, end, initial in run:
            low = tok.lower().replace("’", "'")
            wid = None if (tok[0].isupper() and not initial and low != "i") else lm.word_id(low)
            known.append(None if wid is None else (low, wid, start, end))
        if run[0][3] and start_id is not None:
            known.insert(0, ("<s>", start_id, run[0][1], run[0][1]))
        i = 0
        while i < len(known):
            j = i
            while j < len(known) and known[j] is not None:
                j += 1
            seg = [k for k in known[i:j] if k is not None]
            i = j + 1
            ids = [k[1] for k in seg]
            for pos, (w, _wid, start, _end) in enumerate(seg):
                if w not in CONFUSION or pos < 2 or pos + 1 >= len(seg):
                    continue  # two words of history and one after
                last = min(pos + 2, len(seg) - 1)
                base = _local_logp(lm, ids, pos, last)
                best, better = base, ""
                for alt in CONFUSION[w]:
                    if alt == w:
                        continue
                    if alt:
                        alt_id = lm.word_id(alt)
                        if alt_id is None:
                            continue
                        value = _local_logp(lm, ids[:pos] + [alt_id] + ids[pos + 1:], pos, last)
                    else:
                        value = _local_logp(lm, ids[:pos] + ids[pos + 1:], pos, last - 1)
                    if value > best:
                        best, better = value, alt or "(none)"
                kind = "preposition" if w in PREPOSITIONS else "article"
                yield kind, best - base, start, seg[last][3], better


# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One text to score: MT (with label spans) or clean."""

    name: str
    body: str
    is_mt: bool
    labels: tuple[tuple[int, int, str], ...] = ()  # (start, end, family)


def half_texts(half: str) -> list[Text]:
    """One half's excerpts ("tune" or "heldout"), MT ones with their located labels; only that
    half's files are read. The held-back half is for aggregate counts only (no excerpt, label
    or flag of it is printed)."""
    from benchmarks.real_copy import load_excerpts, load_labels

    excerpts = load_excerpts(halves=(half,))
    bodies = {ex.rel: ex.body for ex in excerpts}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for lab in load_labels(bodies=bodies):
        if lab.file in bodies and lab.start >= 0:
            spans.setdefault(lab.file, []).append((lab.start, lab.end, lab.family))
    return [Text(ex.rel, ex.body, ex.is_mt, tuple(spans.get(ex.rel, ()))) for ex in excerpts]


def tuning_texts() -> list[Text]:
    """The tuning half's excerpts with their labels."""
    return half_texts("tune")


def reference_texts(folder: Path) -> list[Text]:
    """The error-free TED ref-B segments of the shared WMT set (professional human English)."""
    path = folder / "references_zhen.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Text(f"ref-B {r['seg_id']}", r["reference"], False) for r in rows
            if r["ref_system"] == "ref-B" and r["error_free"]]


# --- signals ---------------------------------------------------------------------------------


def _content(word: str) -> bool:
    return word not in FUNCTION_WORDS and word not in ("<s>", "</s>")


def signals(scored: list[Scored]) -> Iterator[tuple[str, float, int, int]]:
    """(signal, strength, start, end): higher strength = more suspicious; thresholds sweep it."""
    text_mean = sum(s.word.logp for s in scored) / len(scored) if scored else 0.0
    for i, s in enumerate(scored):
        w = s.word
        h2, h1, word = w.words
        yield "surprise", w.surprise, w.start, w.end
        if not s.has_bigram and _content(h1) and _content(word):
            # log10 of the pair's probability were the words independent: the pair's expected
            # share of all bigrams, which the model says is (much) too high for a missing pair
            yield "unseen-bigram", s.h1_unigram + w.unigram, w.start, w.end
        if w.order < 3 and s.has_bigram and s.has_context_bigram and all(_content(x) for x in w.words):
            yield "unseen-trigram", 1.0, w.start, w.end
        window = scored[max(0, i - 2): i + 1]
        if len(window) == 3 and window[2].word.start == window[0].word.word_start:
            mean = sum(x.word.logp for x in window) / 3
            yield "window", text_mean - mean, window[0].word.word_start, w.end


THRESHOLDS = {
    "surprise": (1.0, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.2, 2.5),
    "unseen-bigram": (-9.0, -8.5, -8.0, -7.5, -7.0, -6.5, -6.0),
    "unseen-trigram": (1.0,),
    "window": (1.0, 1.5, 2.0, 2.5, 3.0, 3.5),
    "preposition-swap": (0.5, 1.0, 1.5, 2.0, 2.5, 3.0),
    "article-swap": (0.5, 1.0, 1.5, 2.0, 2.5, 3.0),
}
# Fixed on the tuning half before the held-back half was measured: the surprise band where the
# tuning half's flags reach 0.8 precision (see benchmarks/README.md).
HELDOUT_THRESHOLDS = {"surprise": (1.8, 1.9)}
ERROR_FAMILIES = ("calques", "grammar")


def _overlaps(start: int, end: int, spans, families=None) -> bool:
    return any(s < end and start < e for s, e, fam in spans if families is None or fam in families)


def all_signals(model: Model, text: str) -> Iterator[tuple[str, float, int, int]]:
    scored, _ = score_text(model, text)
    yield from signals(scored)
    for kind, gain, start, end, _better in confusions(model, text):
        yield f"{kind}-swap", gain, start, end


def measure(model: Model, texts: list[Text], thresholds: dict[str, tuple[float, ...]] = THRESHOLDS,
            caught=None) -> dict:
    """Flags per signal and threshold. `caught(text)`: the spans mtqa's rules already flag in an
    MT text, so that a flag on a label none of them reaches counts as new."""
    words = {"mt": 0, "clean": 0}
    cell0 = {"mt": 0, "on_label": 0, "on_calque_or_grammar": 0, "on_label_mtqa_misses": 0, "clean": 0}
    found = {sig: {t: dict(cell0) for t in ts} for sig, ts in thresholds.items()}
    # word-level separation: surprise of words inside calque/grammar labels vs words of clean copy
    inside: list[float] = []
    clean_values: list[float] = []
    scored_words = {"mt": 0, "clean": 0}
    orders = {"mt": [0, 0, 0], "clean": [0, 0, 0]}
    windows_on_label = [0, 0]  # three-word windows of MT copy: overlapping a label, all (chance)
    documents: dict[str, list[tuple[bool, float]]] = {"mean_logp": [], "mean_logp_minus_unigram": [],
                                                      "trigram_share": []}
    for text in texts:
        group = "mt" if text.is_mt else "clean"
        scored, n = score_text(model, text.body)
        words[group] += n
        if "/" in text.name and scored:  # a corpus excerpt (a whole document), not a WMT segment
            documents["mean_logp"].append((text.is_mt, sum(s.word.logp for s in scored) / len(scored)))
            documents["mean_logp_minus_unigram"].append(
                (text.is_mt, -sum(s.word.surprise for s in scored) / len(scored)))
            documents["trigram_share"].append((text.is_mt, sum(s.word.order == 3 for s in scored) / len(scored)))
        scored_words[group] += len(scored)
        for s in scored:
            orders[group][s.word.order - 1] += 1
        missed = ()
        if text.is_mt and caught is not None:
            spans = caught(text.body)
            missed = tuple(lab for lab in text.labels if not _overlaps(lab[0], lab[1], spans))
        for sig, strength, start, end in all_signals(model, text.body):
            hit = text.is_mt and _overlaps(start, end, text.labels)
            hit_cg = text.is_mt and _overlaps(start, end, text.labels, ERROR_FAMILIES)
            if not text.is_mt and _overlaps(start, end, text.labels):
                continue  # a genuine slip labelled in clean copy: not a false flag
            if sig == "window" and text.is_mt:
                windows_on_label[0] += hit
                windows_on_label[1] += 1
            if sig == "surprise":
                if not text.is_mt:
                    clean_values.append(strength)
                elif hit_cg:
                    inside.append(strength)
            for t in thresholds.get(sig, ()):
                if strength >= t:
                    cell = found[sig][t]
                    cell[group] += 1
                    cell["on_label"] += hit
                    cell["on_calque_or_grammar"] += hit_cg
                    cell["on_label_mtqa_misses"] += text.is_mt and _overlaps(start, end, missed)
    table: dict[str, dict] = {}
    for sig, by_t in found.items():
        table[sig] = {}
        for t, c in by_t.items():
            table[sig][str(t)] = {
                **c,
                "precision": round(c["on_label"] / c["mt"], 3) if c["mt"] else None,
                "clean_per_1000_words": round(1000 * c["clean"] / words["clean"], 2) if words["clean"] else None,
            }
    return {
        "words": words, "scored_words": scored_words,
        "backoff_orders": {g: dict(zip(("unigram", "bigram", "trigram"), o)) for g, o in orders.items()},
        "chance_precision": round(windows_on_label[0] / windows_on_label[1], 3) if windows_on_label[1] else None,
        "surprise_auc_calque_grammar_words_vs_clean": round(_auc(inside, clean_values), 3) if inside else None,
        # the chance that a clean excerpt reads likelier than an MT one (1 = MT always reads worse)
        "document_auc": {k: round(_auc([v for mt, v in vs if not mt], [v for mt, v in vs if mt]), 3)
                         for k, vs in documents.items() if vs},
        "signals": table,
    }


def mtqa_spans():
    """What mtqa's built-in rules already flag in a text (LanguageTool off)."""
    from mtqa import Checker

    checker = Checker()

    def spans(body: str) -> list[tuple[int, int, str]]:
        return [(f.span.start, f.span.end, f.rule_id) for f in checker.check(body).findings]

    return spans


def _auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    neg_sorted = sorted(neg)
    from bisect import bisect_left, bisect_right

    wins = sum(bisect_left(neg_sorted, p) + 0.5 * (bisect_right(neg_sorted, p) - bisect_left(neg_sorted, p))
               for p in pos)
    return wins / (len(pos) * len(neg))


def speed_and_memory(texts: list[Text]) -> dict:
    """Model load time and RSS, and words scored per second (cold cache)."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    model = load_model()
    load_s = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    n = 0
    for text in texts:
        n += score_text(model, text.body)[1]
    elapsed = time.perf_counter() - t0
    rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"load_s": round(load_s, 3), "rss_added_by_load_mb": round((rss1 - rss0) / 1024, 1),
            "rss_after_scoring_mb": round(rss2 / 1024, 1), "words": n,
            "words_per_s": round(n / elapsed) if elapsed else None}


def render(r: dict) -> str:
    out = [f"words: MT {r['words']['mt']:,}, clean {r['words']['clean']:,} "
           f"(scored: MT {r['scored_words']['mt']:,}, clean {r['scored_words']['clean']:,})",
           f"back-off orders used: {r['backoff_orders']}",
           f"chance precision (three-word windows of MT copy that overlap a label): {r['chance_precision']}",
           f"excerpt-level AUC (clean reads likelier than MT): {r['document_auc']}"]
    if r.get("surprise_auc_calque_grammar_words_vs_clean") is not None:
        out.append("surprise AUC, words in calque/grammar labels vs clean words: "
                   f"{r['surprise_auc_calque_grammar_words_vs_clean']}")
    for sig, by_t in r["signals"].items():
        for t, c in by_t.items():
            out.append(f"{sig:>16} >= {t:>5}: MT flags {c['mt']:>5}, on a label {c['on_label']:>4} "
                       f"(precision {c['precision']}), calque/grammar {c['on_calque_or_grammar']:>4}, "
                       f"on a label mtqa misses {c['on_label_mtqa_misses']:>3}; "
                       f"clean {c['clean']:>4} ({c['clean_per_1000_words']} per 1,000 words)")
    if "speed" in r:
        out.append(f"speed and memory: {r['speed']}")
    return "\n".join(out)


def heldout_texts() -> list[Text]:
    """The held-back half, for aggregate counts only."""
    return half_texts("heldout")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=EVAL, help="the shared WMT set (clean references)")
    ap.add_argument("--heldout", action="store_true",
                    help="also count the held-back half, in aggregate, at the thresholds fixed on the tuning half")
    ap.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    args = ap.parse_args(argv)
    texts = tuning_texts() + reference_texts(args.eval)
    speed = speed_and_memory(texts)
    model = load_model()
    result = {"tune": measure(model, texts, caught=mtqa_spans()), "speed": speed}
    print("== tuning half + WMT references (ref-B, error-free)")
    print(render(result["tune"]))
    print(f"speed and memory: {speed}")
    if args.heldout:
        result["heldout"] = measure(model, heldout_texts(), HELDOUT_THRESHOLDS, caught=mtqa_spans())
        print("== held-back half, aggregate only")
        print(render(result["heldout"]))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
