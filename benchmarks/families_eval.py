"""Precision, span overlap and speed of rule families on the shared WMT zh→en MQM data.

    python benchmarks/families_eval.py [FAMILY ...]      (default: publications calques boilerplate typography)

Reports, per rule:
* findings per 10,000 words on clean copy: the error-free ref-B TED references (the issue-4
  budget is 3 per 10,000 words for all its families together), and on every human reference;
* on the MT outputs, how many findings overlap a span that the human annotators marked
  (a lower bound on precision: annotators mark translation errors, not page furniture);
* words per second (CPU time, best of 5) on the seed ×20 and on all references.

Needs ../shared/eval/wmt-mqm beside the checkout. Not a test: numbers go in issue notes.
"""

from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa.engine import Checker  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"


def main(families: list[str]) -> None:
    chk = Checker(select=families)
    refs = [json.loads(line) for line in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
    clean = [r["reference"] for r in refs if r["ref_system"] == "ref-B" and r["error_free"]]
    allrefs = [r["reference"] for r in refs]

    def per_rule(texts):
        words, count, scored = 0, collections.Counter(), collections.Counter()
        for t in texts:
            rep = chk.check(t)
            words += rep.words
            for f in rep.findings:
                count[f.rule_id] += 1
                scored[f.rule_id] += f.scored
        return words, count, scored

    for label, texts in (("clean ref-B error-free", clean), ("all human references", allrefs)):
        words, count, scored = per_rule(texts)
        total = sum(count.values())
        print(f"{label}: {words} words, {total} findings = {total * 1e4 / max(words, 1):.2f} per 10k words")
        for rid in sorted(count):
            print(f"  {rid:45s} {count[rid]:4d}  {count[rid] * 1e4 / words:.2f}/10k  (scored {scored[rid]})")

    hits, total, words = collections.Counter(), collections.Counter(), 0
    for line in (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8"):
        seg = json.loads(line)
        if seg.get("is_human_reference"):
            continue
        rep = chk.check(seg["target"])
        words += rep.words
        for f in rep.findings:
            total[f.rule_id] += 1
            if any(e["start"] < f.span.end and f.span.start < e["end"] for e in seg["errors"]):
                hits[f.rule_id] += 1
    print(f"MT outputs: {words} words; findings overlapping a human error span")
    for rid in sorted(total):
        print(f"  {rid:45s} {hits[rid]:4d}/{total[rid]:<4d} = {hits[rid] / total[rid]:.0%}")
    if total:
        print(f"  {'all':45s} {sum(hits.values()):4d}/{sum(total.values()):<4d} "
              f"= {sum(hits.values()) / sum(total.values()):.0%}")

    seed = SEED.read_text(encoding="utf-8")
    for label, text in (("seed x20", seed * 20), ("all references", "\n\n".join(allrefs))):
        chk.check(text)
        best = min(_cpu(chk, text) for _ in range(5))
        rep = chk.check(text)
        print(f"speed on {label}: {rep.words / best:,.0f} words/s (CPU, engine included)")
    best = min(_cpu(chk, seed) for _ in range(20))
    print(f"seed once ({chk.check(seed).words} words): {best * 1000:.1f} ms")


def _cpu(chk: Checker, text: str) -> float:
    t = time.process_time()
    chk.check(text)
    return time.process_time() - t


if __name__ == "__main__":
    main(sys.argv[1:] or ["publications", "calques", "boilerplate", "typography"])
