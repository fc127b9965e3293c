"""The Major errors raters marked on WMT23's MT systems that no mtqa finding touches, by category and kind.

    python benchmarks/missed_majors.py [--eval DIR] [--examples KIND]

Issue #13: with the source, mtqa's recall on mistranslations decides where the human translations
rank. This counts what it misses on WMT23 (the tuning set; TED is never read here), with the source
and the shipped default profile, LanguageTool off: every place a rater marked a Major error (in the
target, or in the source for an omission; a place several raters marked counts once, with the first
rater's category) that no finding overlaps (`benchmarks.accuracy`'s overlap, and an omission
finding on a source span). Each is sorted into the first *kind* it fits, a kind being what a source
check might judge from the source and the target alone:

  * magnitude: the source writes a figure with 万 or 亿 and the span holds a figure (the scale);
  * figure or unit: the span holds a figure, a number word or a unit (dropped or changed);
  * negation: the span, or the source, holds a negation on one side the other lacks;
  * name: the span is a run of capitalised words inside the sentence (a person, place or body);
  * omission: source text the raters marked as left out;
  * wording: everything else (a word or phrase mistranslated, awkward or wrong in register).

The kinds are cues for reading, not verdicts: `--examples KIND` prints the errors of one kind, to
read whether a check could judge them unambiguously.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load, omission_marked, overlaps  # noqa: E402

KINDS = ("magnitude", "figure or unit", "negation", "name", "omission", "wording")
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|"
                     r"trillion|percent|per cent|kilo\w*|met(?:er|re)s?|tons?|tonnes?|yuan|dollars?|km|kg)\b", re.I)
_ZH_FIGURE = re.compile(r"[\d零一二三四五六七八九十百千万亿两%％]")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|without|n't)\b|n't\b", re.I)
_ZH_NEGATION = re.compile(r"[不没未无非别勿否]")
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+(?:of|the|and|de|[A-Z][\w'’.-]*))*$")


def kind(error: dict, row: dict, source_side: bool) -> str:
    """The first kind the error fits (the module's docstring lists them in order)."""
    text = error["text"]
    if source_side:
        if _ZH_FIGURE.search(text):
            return "magnitude" if re.search(r"[万亿]", text) else "figure or unit"
        return "negation" if _ZH_NEGATION.search(text) else "omission"
    if _FIGURE.search(text):
        return "magnitude" if re.search(r"[万亿]", row["source"]) and re.search(r"\d|million|billion|thousand",
                                                                              text, re.I) else "figure or unit"
    if _NEGATION.search(text):
        return "negation"
    if error["start"] > 0 and _NAME.match(text.strip()):
        return "name"
    return "wording"


def majors(rows: list[dict], reports: dict) -> list[tuple[dict, dict, bool, bool]]:
    """(error, row, in the source?, touched by a finding?) for every place a rater marked a Major error."""
    out = []
    for row in rows:
        findings = reports[(row["target"], row["source"])].findings
        seen: set[tuple[bool, int, int]] = set()  # WMT23 has three raters a row: one place marked twice counts once
        for side, errors in ((False, row["errors"]), (True, row.get("source_side_errors", []))):
            for e in errors:
                if e["severity"] != "Major" or (side, e["start"], e["end"]) in seen:
                    continue
                seen.add((side, e["start"], e["end"]))
                touched = (any(omission_marked(f, row["source"], [e]) for f in findings) if side
                           else any(overlaps(f, [e]) for f in findings))
                out.append((e, row, side, touched))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--examples", choices=KINDS, help="print the missed errors of one kind")
    args = ap.parse_args()
    from mtqa import Checker

    rows = [r for r in load(Path(args.eval) / "mqm_zhen_segments.jsonl") if r["testset"] == "wmt23-generalMT-news"]
    checker = Checker(locale="en-US", languagetool="off")  # the shipped default profile with the source
    reports = {(r["target"], r["source"]): None for r in rows}
    for key in reports:
        reports[key] = checker.check(key[0], source=key[1])
    every = majors(rows, reports)
    lost = [(e, row, side) for e, row, side, touched in every if not touched]
    print(f"WMT23, {len(rows)} MT rows: {len(every)} Major error places (a place two raters marked counts once), "
          f"{len(every) - len(lost)} touched by a finding, {len(lost)} missed")
    by = Counter((e["category"].split(" (")[0], kind(e, row, side)) for e, row, side in lost)
    cats = Counter(e["category"].split(" (")[0] for e, _, _ in lost)
    print("| category | missed | " + " | ".join(KINDS) + " |")
    print("|---|---:|" + "---:|" * len(KINDS))
    for cat, n in cats.most_common():
        print(f"| {cat} | {n} | " + " | ".join(str(by[(cat, k)] or "") for k in KINDS) + " |")
    totals = Counter(kind(e, row, side) for e, row, side in lost)
    print(f"| **missed, all** | {len(lost)} | " + " | ".join(str(totals[k]) for k in KINDS) + " |")
    hit = Counter(kind(e, row, side) for e, row, side, touched in every if touched)
    print(f"| touched by a finding | {len(every) - len(lost)} | " + " | ".join(str(hit[k]) for k in KINDS) + " |")
    if args.examples:
        for e, row, side in lost:
            if kind(e, row, side) == args.examples:
                print(f"\n[{row['system']} {row['seg_id']} {e['category']}{' (source)' if side else ''}] «{e['text']}»"
                      f"\n  src: {row['source'][:200]}\n  tgt: {row['target'][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
