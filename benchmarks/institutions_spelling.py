"""Precision, overlap and speed of the institutions and spelling families.

    python benchmarks/institutions_spelling.py [EVAL_DIR]

* clean copy: the error-free TED ref-B references, grouped per talk so story context works;
  institutions in en-CA, spelling in en-US (must be silent) and in en-CA (fires on US spelling);
* MT outputs: how many findings overlap a human-annotated MQM error span (a lower bound);
* speed: the families' own time on the seed repeated 20 times (best of 7).
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa.engine import Checker  # noqa: E402
from mtqa.segment import count_words  # noqa: E402
EVAL = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "wmt-mqm"


def main() -> None:
    refs = [json.loads(line) for line in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
    talks = collections.defaultdict(list)
    for r in refs:
        if r.get("ref_system") == "ref-B" and r.get("error_free"):
            talks[r["doc"]].append(r)
    texts = ["\n\n".join(x["reference"] for x in sorted(v, key=lambda r: r["seg_id"])) for v in talks.values()]
    words = sum(count_words(t) for t in texts)
    for family, locale in (("institutions", "en-CA"), ("spelling", "en-US"), ("spelling", "en-CA")):
        chk = Checker(select=[family], locale=locale)
        per_rule = collections.Counter(f.rule_id for t in texts for f in chk.check(t).findings)
        total = sum(per_rule.values())
        print(f"clean {family} {locale}: {words} words, {total} findings, {total / words * 1e4:.2f} per 10k {dict(per_rule)}")
    segs = [json.loads(line) for line in (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8")]
    for family in ("institutions", "spelling"):
        chk = Checker(select=[family], locale="en-CA")
        n = overlap = 0
        for s in segs:
            for f in chk.check(s["target"]).findings:
                n += 1
                overlap += any(e["start"] < f.span.end and f.span.start < e["end"] for e in s.get("errors", []))
        print(f"MT outputs {family} en-CA: {n} findings, {overlap} overlap a human error span")
    seed = (ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")
    big = "\n\n".join([seed] * 20)
    for family in ("institutions", "spelling"):
        chk = Checker(select=[family])
        chk.check(seed)
        best = min(chk.check(big).timings[family] for _ in range(7))
        n = count_words(big)
        print(f"speed {family}: {n} words in {best:.1f} ms = {n / best * 1000:,.0f} words/s")


if __name__ == "__main__":
    main()
