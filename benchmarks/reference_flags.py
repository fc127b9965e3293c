"""False flags of named rules on the shared eval sets' error-free human references.

    python benchmarks/reference_flags.py --rule grammar/bare-count-noun [--rule ...] [--show]

The WMT21 TED set (../shared/eval/wmt-mqm, see benchmarks/cross_set.py) has two human
references per segment; the segments in which no rater marked an error (`error_free`) are
clean English written by people, from Chinese: any finding there is a false flag. Per named
rule (run on its own, preview rules included): its findings on those segments of ref-A and
ref-B, per 10,000 words, and with `--show` each finding with its sentence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load  # noqa: E402
from mtqa import Checker  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--rule", action="append", required=True, help="a rule id (repeatable)")
    ap.add_argument("--show", action="store_true", help="print each finding with its segment")
    args = ap.parse_args(argv)
    path = Path(args.eval) / "references_zhen.jsonl"
    if not path.is_file():
        print(f"no references file: {path}", file=sys.stderr)
        return 2
    refs = [r for r in load(path) if r["error_free"]]
    checker = Checker(locale="en-US", languagetool="off", select=args.rule, preview=True)
    words = {"ref-A": 0, "ref-B": 0}
    flags: dict[str, dict[str, int]] = {rid: {"ref-A": 0, "ref-B": 0} for rid in args.rule}
    for r in refs:
        report = checker.check(r["reference"])
        words[r["ref_system"]] += report.words
        for f in report.findings:
            if f.rule_id in flags:
                flags[f.rule_id][r["ref_system"]] += 1
                if args.show:
                    print(f"  {r['ref_system']} seg {r['seg_id']}: {f.rule_id} {f.text!r} in {r['reference']!r}")
    total = sum(words.values())
    print(f"error-free human references: ref-A {words['ref-A']} words, ref-B {words['ref-B']} words")
    for rid, by_ref in flags.items():
        n = sum(by_ref.values())
        print(f"  {rid:<40} ref-A {by_ref['ref-A']}  ref-B {by_ref['ref-B']}  "
              f"= {n} findings, {n * 10000 / max(total, 1):.1f} per 10,000 words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
