"""Is an English negation with none in the Chinese source an error? Decided on WMT23; TED in aggregate.

    python benchmarks/negation_signal.py [--eval DIR] [--set WMT23|TED] [--narrow] [--examples]

For each MT output of one MQM set of ../shared/eval/wmt-mqm: if the Chinese source has no
negation, the translation's first English negation (not, no, never, none, nothing, neither,
nor, without, n't…) is a finding. Reported: findings, the share on a span a rater marked, and
how many fall on error-free segments (every rater found nothing), per 10,000 of their words.
"No." before a number ("Center No. 5") is a number sign, not a negation, and is counted apart.
The source's negations are the negating characters and, unless --narrow, lexical negations
(拒 refuse, 缺 lack, 禁 forbid, 免 avoid…). --examples prints the findings (WMT23 only: TED
is held out for any rule this leads to; only its aggregate figures are shown).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load  # noqa: E402

SETS = {"TED": "wmt21-tedtalks", "WMT23": "wmt23-generalMT-news"}
EN_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|cannot|without)\b|n't\b",
                         re.IGNORECASE)
NUMBER_SIGN = re.compile(r"No\.?\s*\d")
ZH_NEGATING = "[不没沒无無非未否别莫勿毋弗]"
ZH_LEXICAL = "|拒|缺|禁|免|防|止|失|难|除|忽|忘|反对|停|欠|零|杜绝"


def first_negation(target: str, skip_number_signs: bool) -> re.Match | None:
    for m in EN_NEGATION.finditer(target):
        if not (skip_number_signs and NUMBER_SIGN.match(target, m.start())):
            return m
    return None


def measure(rows: list[dict], source_negation: re.Pattern, skip_number_signs: bool, examples: bool) -> dict:
    found = on_span = on_clean = number_signs = 0
    clean_words = sum(r["target_words"] for r in rows if r["mqm_score"] == 0)
    for r in rows:
        if source_negation.search(r["source"]):
            continue
        m = first_negation(r["target"], skip_number_signs)
        if m is None:
            continue
        found += 1
        hit = any(e["start"] < m.end() and m.start() < e["end"] for e in r["errors"])
        on_span += hit
        on_clean += r["mqm_score"] == 0
        number_signs += bool(NUMBER_SIGN.match(r["target"], m.start()))
        if examples:
            print(("ON SPAN" if hit else "off    "), r["target"][max(0, m.start() - 60):m.end() + 40], "|", r["source"])
    return {"findings": found, "span_precision": round(on_span / found, 3) if found else None,
            "of_them_no_before_a_number": number_signs, "on_error_free": on_clean,
            "error_free_per_10k_words": round(1e4 * on_clean / clean_words, 2) if clean_words else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--set", choices=sorted(SETS), default="WMT23")
    ap.add_argument("--narrow", action="store_true", help="negating characters only, no lexical negation")
    ap.add_argument("--examples", action="store_true", help="print the findings (WMT23 only)")
    args = ap.parse_args()
    if args.examples and args.set != "WMT23":
        print("error: --examples only on WMT23 (TED is held out)", file=sys.stderr)
        return 2
    rows = [r for r in load(Path(args.eval) / "mqm_zhen_segments.jsonl")
            if r["testset"] == SETS[args.set] and not r["is_human_reference"]]
    negation = re.compile(ZH_NEGATING + ("" if args.narrow else ZH_LEXICAL))
    print(f"{args.set}: every match {measure(rows, negation, False, False)}")
    print(f"{args.set}: negations only ('No.' before a number skipped) {measure(rows, negation, True, args.examples)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
