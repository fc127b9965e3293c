"""Precision and overlap of the quotes and attribution families on the WMT zh-en MQM data.

    python benchmarks/eval_quotes.py [--select quotes,attribution] [--show N]

(run from the repository root; the checkout's mtqa is imported, not an installed one)

Clean copy: the error-free TED ref-B segments, checked one talk at a time (segments joined
as paragraphs, in order) and one segment at a time. MT output: every WMT23 row, one
document per row; a finding "lands" when it overlaps (or touches, for zero-length spans) a
human error span of any rater; the Fluency/Punctuation spans holding a quote mark are
counted separately.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa.engine import Checker  # noqa: E402

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "wmt-mqm"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--select", default="quotes,attribution")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--eval", default=str(EVAL))
    args = ap.parse_args()
    select = args.select.split(",")
    chk = Checker(select=select)
    ev = Path(args.eval)
    refs = [json.loads(line) for line in open(ev / "references_zhen.jsonl", encoding="utf-8")]
    clean = sorted((r for r in refs if r["ref_system"] == "ref-B" and r["error_free"]),
                   key=lambda r: (r["doc"], r["doc_seg_id"]))
    words = sum(r["reference_words"] for r in clean)
    per_rule: collections.Counter = collections.Counter()
    shown = []
    for r in clean:
        for f in chk.check(r["reference"]).findings:
            per_rule[f.rule_id] += 1
            shown.append(("seg", f.rule_id, f.text, r["reference"][:160]))
    talks: dict[str, list[str]] = collections.defaultdict(list)
    for r in clean:
        talks[r["doc"]].append(r["reference"])
    per_rule_doc: collections.Counter = collections.Counter()
    for doc, segs in talks.items():
        for f in chk.check("\n\n".join(segs)).findings:
            per_rule_doc[f.rule_id] += 1
            shown.append(("talk", f.rule_id, f.text, doc))
    print(f"clean TED ref-B error-free: {len(clean)} segments, {words} words")
    print(f"  per segment: {sum(per_rule.values())} findings = {sum(per_rule.values()) / words * 1e4:.2f} per 10k words {dict(per_rule)}")
    print(f"  per talk:    {sum(per_rule_doc.values())} findings = {sum(per_rule_doc.values()) / words * 1e4:.2f} per 10k words {dict(per_rule_doc)}")
    for s in shown[: args.show]:
        print("   ", s)

    rows = [json.loads(line) for line in open(ev / "mqm_zhen_segments.jsonl", encoding="utf-8")]
    for testset in ("wmt23-generalMT-news", "wmt21-tedtalks"):
        sub = [r for r in rows if r["testset"] == testset and not r["is_human_reference"]]
        total = hit = hit_quote = 0
        by_rule: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        quote_spans = 0
        quote_spans_found = 0
        misses = []
        t0 = time.perf_counter()
        nwords = 0
        for r in sub:
            t = r["target"]
            nwords += r["target_words"]
            fs = chk.check(t).findings
            errs = r["errors"]
            qerrs = [e for e in errs if e["category"] == "Fluency/Punctuation" and any(c in e["text"] for c in "\"“”")]
            quote_spans += len(qerrs)
            for e in qerrs:
                if any(_overlap(f.span.start, f.span.end, e["start"], e["end"]) for f in fs):
                    quote_spans_found += 1
            for f in fs:
                total += 1
                by_rule[f.rule_id][0] += 1
                if any(_overlap(f.span.start, f.span.end, e["start"], e["end"]) for e in errs):
                    hit += 1
                    by_rule[f.rule_id][1] += 1
                    if any(_overlap(f.span.start, f.span.end, e["start"], e["end"]) for e in qerrs):
                        hit_quote += 1
                else:
                    misses.append((f.rule_id, f.text, t[max(0, f.span.start - 60): f.span.end + 40]))
        dt = time.perf_counter() - t0
        print(f"{testset}: {len(sub)} MT rows, {nwords} words, {total} findings, {hit} on a human span "
              f"({hit / max(total, 1):.0%}), {hit_quote} on a quote-mark punctuation span; "
              f"quote-mark spans: {quote_spans}, {quote_spans_found} overlapped by a finding; {nwords / dt:,.0f} words/s")
        for rid, (n, h) in sorted(by_rule.items()):
            print(f"    {rid}: {n} findings, {h} on a human span")
        for m in misses[: args.show]:
            print("    miss:", m)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    if b0 == b1:
        return a0 <= b0 <= a1
    return a0 < b1 and b0 < a1


if __name__ == "__main__":
    main()
