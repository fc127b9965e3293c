"""Reference metrics: sacrebleu's BLEU, chrF and TER, per document and per sentence.

With a reference translation (``--reference FILE``, ``reference=`` in the API) the report's
``metrics`` carries:

* ``bleu``, ``chrf``, ``ter``: document scores, each with sacrebleu's signature string.
  The document is scored as one segment (all its paragraphs joined), so the scores do not
  depend on how the sentences were aligned.
* ``sentences``: the translation's sentences aligned to the reference's, each pair with its
  sentence chrF; ``worst_sentences``: the lowest-scoring pairs (at most five).

Alignment is monotone (both texts keep their order), by dynamic programming in a band around
the diagonal. A step pairs one translation sentence with one reference sentence (1-1), merges
two on one side (2-1, 1-2), or leaves one sentence unpaired (1-0, 0-1). The cost of a pair is
1 − the Dice overlap of the two sides' character trigrams (case-folded, spaces squeezed), plus
0.25 for a merge plus half the share of trigrams that the weaker of the two merged sentences
does not have in common with its partner (so both must belong there), plus
0.3 × |log(length ratio)| of the two sides; an unpaired sentence costs
0.9, so a sentence is left alone only when no partner shares even a tenth of its trigrams. Unpaired sentences are listed with chrF None.

sacrebleu is the optional ``mtqa[metrics]`` extra, imported only when a reference is given.
"""

from __future__ import annotations

import math
import re
import time

from mtqa.integrations import Result
from mtqa.patterns import lazy_re
from mtqa.segment import count_words, split_sentences

WORST = 5
RATIO_LIMIT = 3.0  # word-count ratio beyond which the inputs are probably not the same article
_SPACE = lazy_re(r"\s+")
MERGE_COST = 0.25
SKIP_COST = 0.9
LENGTH_WEIGHT = 0.3


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for par in re.split(r"\n\s*\n", text):
        par = _SPACE.sub(" ", par).strip()
        if par:
            out.extend(s.text for s in split_sentences(par))
    return out


def _grams(s: str) -> set[str]:
    s = " " + _SPACE.sub(" ", s.casefold()).strip() + " "
    return {s[i : i + 3] for i in range(len(s) - 2)}


def _dice(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _contained(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


_Side = tuple[list[set[str]], list[int]]  # a text's sentences as (character trigrams, lengths)


def align(hyp: list[str], ref: list[str], band: int | None = None) -> list[tuple[list[int], list[int]]]:
    """Monotone alignment of sentence lists: a list of (hyp indices, ref indices) steps."""
    n, m = len(hyp), len(ref)
    hyp_side = ([_grams(s) for s in hyp], [max(1, len(s)) for s in hyp])
    ref_side = ([_grams(s) for s in ref], [max(1, len(s)) for s in ref])
    width = band if band is not None else max(8, abs(n - m) + 6)
    cost, back = _fill(hyp_side, ref_side, width)
    if cost[n][m] == float("inf"):  # the band was too narrow (very uneven texts): widen once
        return align(hyp, ref, band=max(n, m))
    return _trace(back, n, m)


def _pair_cost(hs: set, rs: set, a: int, b: int) -> float:
    """What pairing two (possibly merged) sentences costs: their trigrams' distance, and their lengths'."""
    return 1 - _dice(hs, rs) + LENGTH_WEIGHT * abs(math.log(a / b))


def _merge_cost(x: set, y: set, other: set) -> float:
    """What merging two sentences adds: both must belong to the other side's sentence, not just one."""
    return MERGE_COST + 0.5 * (1 - min(_contained(x, other), _contained(y, other)))


def _fill(hyp_side: _Side, ref_side: _Side, width: int) -> tuple[list[list[float]], list[list[tuple[int, int] | None]]]:
    """The cheapest cost of reaching each (i, j) inside the band around the diagonal, and the step
    that reached it (the first of equally cheap ones, in `_steps`' order)."""
    n, m = len(hyp_side[0]), len(ref_side[0])
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == inf or abs(j - (i * m / n if n else 0)) > width:
                continue
            for di, dj, sc in _steps(i, j, hyp_side, ref_side):
                if c + sc < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = c + sc
                    back[i + di][j + dj] = (di, dj)
    return cost, back


def _steps(i: int, j: int, hyp_side: _Side, ref_side: _Side) -> list[tuple[int, int, float]]:
    """The steps possible from (i, j) with their costs: 1-1, 2-1, 1-2, then 1-0 and 0-1."""
    (hg, hl), (rg, rl) = hyp_side, ref_side
    n, m = len(hg), len(rg)
    steps = []
    if i < n and j < m:
        steps.append((1, 1, _pair_cost(hg[i], rg[j], hl[i], rl[j])))
    if i + 1 < n and j < m:
        steps.append((2, 1, _pair_cost(hg[i] | hg[i + 1], rg[j], hl[i] + hl[i + 1], rl[j])
                      + _merge_cost(hg[i], hg[i + 1], rg[j])))
    if i < n and j + 1 < m:
        steps.append((1, 2, _pair_cost(hg[i], rg[j] | rg[j + 1], hl[i], rl[j] + rl[j + 1])
                      + _merge_cost(rg[j], rg[j + 1], hg[i])))
    if i < n:
        steps.append((1, 0, SKIP_COST))
    if j < m:
        steps.append((0, 1, SKIP_COST))
    return steps


def _trace(back: list[list[tuple[int, int] | None]], n: int, m: int) -> list[tuple[list[int], list[int]]]:
    """The alignment read back from the last cell, in text order."""
    out = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]  # type: ignore[misc]
        out.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    out.reverse()
    return out


class ReferenceMetrics:
    """BLEU, chrF and TER against a reference translation (skipped without one)."""

    name = "metrics"

    def applies(self, doc) -> bool:
        """Only documents given a reference are measured (others record nothing)."""
        return doc.reference is not None

    def run(self, doc, findings) -> Result:
        t0 = time.perf_counter()
        result = self._run(doc)
        result.ms = (time.perf_counter() - t0) * 1000
        return result

    def _run(self, doc) -> Result:
        """The metrics, or why there are none: no reference, an empty side, or no sacrebleu."""
        reference = doc.reference
        if reference is None:
            return Result(skipped="needs --reference")
        if not reference.strip():
            return Result(skipped="the reference is empty")
        hyp_text = "\n\n".join(p.text for p in doc.paragraphs if p.text.strip())
        if not hyp_text.strip():
            return Result(skipped="the translation is empty")
        scorers = _sacrebleu_scorers()
        if scorers is None:
            return Result(skipped="sacrebleu is not installed (pip install 'mtqa[metrics]')")
        return _measure(hyp_text, reference, *scorers)


def _sacrebleu_scorers():
    """sacrebleu's BLEU, CHRF and TER classes, or None: sacrebleu is an optional extra."""
    try:
        from sacrebleu.metrics import BLEU, CHRF, TER
    except ImportError:
        return None
    return BLEU, CHRF, TER


def _measure(hyp_text: str, reference: str, BLEU, CHRF, TER) -> Result:  # noqa: N803 (sacrebleu's classes)
    """The document scores, the aligned sentences and the notes on what makes them less reliable."""
    notes = []
    hyp_words, ref_words = count_words(hyp_text), count_words(reference)
    ratio = max(hyp_words, ref_words) / max(1, min(hyp_words, ref_words))
    if ratio > RATIO_LIMIT:
        notes.append(f"reference has {ref_words} words and the translation {hyp_words} ({ratio:.1f}×): "
                     "are they the same article? metrics are unreliable")
    scores = _document_scores(hyp_text, reference, BLEU(), CHRF(), TER())
    pairs = _sentence_pairs(_sentences(hyp_text), _sentences(reference), CHRF())
    scored = sorted((p for p in pairs if p["chrf"] is not None), key=lambda p: float(p["chrf"]))
    unpaired = sum(1 for p in pairs if p["chrf"] is None)
    if unpaired:
        notes.append(f"{unpaired} sentence{'s' if unpaired != 1 else ''} could not be paired with the other text")
    metrics = {
        "reference_words": ref_words,
        "translation_words": hyp_words,
        **scores,
        "alignment": "monotone; 1-1, 2-1, 1-2, 1-0, 0-1 steps by character-trigram overlap",
        "sentences": pairs,
        "worst_sentences": scored[:WORST],
    }
    if ratio > RATIO_LIMIT:
        metrics["warning"] = notes[0]
    return Result(metrics=metrics, notes=notes)


def _document_scores(hyp_text: str, reference: str, bleu, chrf, ter) -> dict:
    """BLEU, chrF and TER of the whole document as one segment, so they do not hang on the alignment."""
    hyp_doc = _SPACE.sub(" ", hyp_text).strip()
    ref_doc = _SPACE.sub(" ", reference).strip()
    b = bleu.corpus_score([hyp_doc], [[ref_doc]])
    c = chrf.corpus_score([hyp_doc], [[ref_doc]])
    t = ter.corpus_score([hyp_doc], [[ref_doc]])
    return {
        "bleu": {"score": round(b.score, 2), "signature": str(bleu.get_signature())},
        "chrf": {"score": round(c.score, 2), "signature": str(chrf.get_signature())},
        "ter": {"score": round(t.score, 2), "signature": str(ter.get_signature())},
    }


def _sentence_pairs(hyp_s: list[str], ref_s: list[str], sent_chrf) -> list[dict]:
    """The aligned sentence pairs, each with its sentence chrF (None for a sentence left unpaired)."""
    pairs = []
    for hi, ri in align(hyp_s, ref_s):
        h = " ".join(hyp_s[k] for k in hi)
        r = " ".join(ref_s[k] for k in ri)
        score = round(sent_chrf.sentence_score(h, [r]).score, 2) if h and r else None
        pairs.append({"translation": h, "reference": r, "chrf": score,
                      "translation_sentences": [k + 1 for k in hi], "reference_sentences": [k + 1 for k in ri]})
    return pairs
