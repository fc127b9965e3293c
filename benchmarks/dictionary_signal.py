"""Does a zh→en dictionary (ECDICT) tell erroneous translations from correct ones? WMT23 only.

    python benchmarks/dictionary_signal.py [--eval DIR] [--json OUT]

Reads the WMT23 general-news zh→en MQM set of ../shared/eval/wmt-mqm (10 MT systems, 377
segments, professional error spans) and nothing of the TED set, which stays held out for
any rule this would lead to. For each MT output it asks the two questions of
`benchmarks/zh_en_dictionary.py` (the ECDICT table in benchmarks/data/, which mtqa does not
ship) and compares the answer with the raters':

  * addition / mistranslation, target side: translation words none of whose Chinese glosses
    shares a character with the source (`unmatched_words`). Span precision (the word lies
    on a span a rater marked) against the chance that any content word does; findings per
    10,000 words on the 292 error-free segments (all three raters found nothing);
  * omission / mistranslation, source side: source terms none of whose English words is in
    the translation (`uncovered_terms`). A missing term has no place in the translation, so
    it is judged per segment: the share of segments with an Accuracy error among those with
    k uncovered terms, against the share among all segments; and placed on the translation
    word at the term's relative position (±2 words), span precision against the same
    window put on a random word;
  * an upper bound no single-document check can reach: terms uncovered in this output but
    covered in at least 80 % of the other systems' outputs for the same source.

A signal worth a rule needs span precision ≥ 0.75 with error-free segments quiet
(benchmarks/README.md, "Cross-set accuracy").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load  # noqa: E402
from benchmarks.zh_en_dictionary import EN_WORD, target_lemmas, uncovered_terms, unmatched_words, zh_en  # noqa: E402

WMT23 = "wmt23-generalMT-news"
FUNCTION_WORDS = frozenset(
    """the a an and or but of to in on at by for with from as is are was were be been being has have had do
    does did will would can could shall should may might must not no this that these those it its they them
    their he she his her we our you your i me my there here which who whom whose what when where why how
    than then so such also very more most some any all each other about into over after before under up
    down out off only just even still yet said says say""".split())
WINDOW = 2  # words either side of the position a source term maps to


def on_span(row: dict, start: int, end: int) -> bool:
    return any(e["start"] < end and start < e["end"] for e in row["errors"])


def has_accuracy_error(row: dict) -> bool:
    return any(e["category"].startswith("Accuracy") for e in row["errors"])


def content_words(row: dict) -> list[tuple[str, int, int]]:
    """The target's words that are not function words, names (capitalised mid-sentence) or
    shorter than three letters: what the checks below could speak about."""
    out = []
    for m in EN_WORD.finditer(row["target"]):
        w = m.group()
        if w.lower() in FUNCTION_WORDS or len(w) < 3 or (w[0].isupper() and m.start() > 0):
            continue
        out.append((w, m.start(), m.end()))
    return out


def rate(hits: int, n: int) -> float | None:
    return round(hits / n, 3) if n else None


def target_side(rows: list[dict], d) -> dict:
    """Span precision of unmatched content words, against all content words (chance)."""
    found = hit = clean = clean_words = base = base_hit = 0
    for row in rows:
        words = content_words(row)
        keep = {(s, e) for _, s, e in words}
        flagged = [(s, e) for _, s, e in unmatched_words(row["source"], row["target"], d, FUNCTION_WORDS)
                   if (s, e) in keep]
        if row["mqm_score"] == 0:
            clean += len(flagged)
            clean_words += len(row["target"].split())
            continue
        found += len(flagged)
        hit += sum(on_span(row, s, e) for s, e in flagged)
        base += len(words)
        base_hit += sum(on_span(row, s, e) for _, s, e in words)
    return {"findings": found, "span_precision": rate(hit, found), "chance_span_precision": rate(base_hit, base),
            "clean_findings": clean, "clean_per_10k_words": round(1e4 * clean / max(1, clean_words), 1)}


def placed(row: dict, at: int, rng: random.Random | None) -> bool:
    """Whether the translation words at a source offset's relative position (±WINDOW words) touch
    a rater's span; with `rng`, the same window on a random word instead (chance)."""
    words = [(s, e) for _, s, e in content_words(row)] or [(0, len(row["target"]))]
    i = rng.randrange(len(words)) if rng else min(len(words) - 1, int(len(words) * at / max(1, len(row["source"]))))
    lo, hi = max(0, i - WINDOW), min(len(words) - 1, i + WINDOW)
    return on_span(row, words[lo][0], words[hi][1])


def source_side(rows: list[dict], d) -> dict:
    """Per segment: Accuracy-error rate by number of uncovered terms; placed: span precision."""
    rng = random.Random(13)
    by_k: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # segments, with Accuracy error, error-free
    terms = hit = chance = clean = clean_words = 0
    for row in rows:
        missing = uncovered_terms(row["source"], row["target"], d)
        k = str(min(len(missing), 3)) + ("+" if len(missing) >= 3 else "")
        b = by_k[k]
        b[0] += 1
        b[1] += has_accuracy_error(row)
        b[2] += row["mqm_score"] == 0
        if row["mqm_score"] == 0:
            clean += len(missing)
            clean_words += len(row["target"].split())
            continue
        for _, at in missing:
            terms += 1
            hit += placed(row, at, None)
            chance += placed(row, at, rng)
    return {
        "segments_with_accuracy_error": rate(sum(map(has_accuracy_error, rows)), len(rows)),
        "by_uncovered_terms": {k: {"segments": n, "with_accuracy_error": rate(a, n), "error_free": rate(c, n)}
                               for k, (n, a, c) in sorted(by_k.items())},
        "placed": {"findings": terms, "span_precision": rate(hit, terms), "chance_span_precision": rate(chance, terms),
                   "clean_findings": clean, "clean_per_10k_words": round(1e4 * clean / max(1, clean_words), 1)},
    }


def upper_bound(rows: list[dict], d, share: float = 0.8) -> dict:
    """Terms this output misses that at least `share` of the other systems' outputs cover."""
    outputs: dict[tuple, list[tuple[dict, set[str]]]] = defaultdict(list)
    for row in rows:
        outputs[(row["doc"], row["seg_id"])].append((row, target_lemmas(row["target"], d)))
    n = acc = clean = 0
    for group in outputs.values():
        source = group[0][0]["source"]
        for term, _ in d.segment(source):
            if len(term) < 2:
                continue
            covered = [bool(d.english(term) & lem) for _, lem in group]
            for j, (row, _) in enumerate(group):
                others = covered[:j] + covered[j + 1:]
                if covered[j] or not others or sum(others) < share * len(others):
                    continue
                n += 1
                acc += has_accuracy_error(row)
                clean += row["mqm_score"] == 0
    return {"terms": n, "segment_with_accuracy_error": rate(acc, n), "segment_error_free": rate(clean, n)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "dictionary_signal.json"))
    args = ap.parse_args()
    t0 = time.time()
    rows = [r for r in load(Path(args.eval) / "mqm_zhen_segments.jsonl")
            if r["testset"] == WMT23 and not r["is_human_reference"]]
    d = zh_en()
    result = {"date": time.strftime("%Y-%m-%d"), "set": WMT23, "rows": len(rows), "dictionary_words": len(d),
              "target_side": target_side(rows, d), "source_side": source_side(rows, d),
              "upper_bound_other_systems": upper_bound(rows, d), "seconds": None}
    result["seconds"] = round(time.time() - t0, 1)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
