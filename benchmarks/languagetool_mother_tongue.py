"""What LanguageTool's `motherTongue` parameter adds on real copy (not a test).

    URL=$(scripts/languagetool-server start)
    python benchmarks/languagetool_mother_tongue.py "$URL" fr pt [--json FILE]

LanguageTool switches on its false-friend rules (for English written by speakers of French,
Portuguese, German, Polish, Russian, Italian and more) only when a request names the writer's
mother tongue. mtqa's integration never sends it; this script asks whether it should. For each
mother tongue given, every excerpt of the tuning half of the real-copy corpus is sent to the
server with `motherTongue`, and the matches of LanguageTool's false-friend category are counted per fold of the tuning half (MT and clean copy apart, with the `unseen-22` batch, all of
fold B, also on its own): how many, how many sit on a label and on a calque label, and how many
on clean copy (per 1,000 words). Counts only, never a listing: fold B is the judge (see
`benchmarks/corpus/README.md`); the held-back half is never read.

Before the corpus, three made-up sentences that LanguageTool's false-friend list covers (each
word an English entry of it with a translation into the mother tongue) are sent the same way: they tell whether the server runs
the rules at all. LanguageTool 6.8 does not: for fr, de, es and nl it replaces the list by n-gram
rules that need its n-gram data (`--languageModel`, not fetched by scripts/languagetool-server),
and for the other tongues the list's rules load but the check returns none of their matches.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import report_json, require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.corpus.folds import fold_of  # noqa: E402
from benchmarks.corpus.load import load_excerpts, load_labels  # noqa: E402
from mtqa.integrations.languagetool import Unavailable, post_check  # noqa: E402

# Made up: words LanguageTool's false-friend list gives for several mother tongues.
PROBES = (
    "The actual mayor will assist at the lecture, and eventually he will retire.",
    "Her ability to change the tape was a sensible choice for the library.",
    "The demand of the nurse was an issue for the sympathetic parents.",
)
JUDGE_BATCH = "unseen-22"
FALSE_FRIENDS = "FALSE_FRIENDS"  # the category LanguageTool files every false-friend rule under


def new_matches(url: str, text: str, tongue: str, timeout: float) -> list[dict]:
    """The false-friend matches (LanguageTool's category FALSE_FRIENDS, the list's and the n-gram
    rules' alike) of a request that names the writer's mother tongue: no other rule reads it."""
    answer = post_check(url, {"language": "en-CA", "text": text, "motherTongue": tongue}, timeout)
    return [m for m in answer["matches"] if (m.get("rule") or {}).get("category", {}).get("id") == FALSE_FRIENDS]


def group_of(kind: str, site: str, batch: str) -> list[str]:
    """The groups an excerpt counts in: its fold's MT or clean copy, and the judge batch."""
    fold = fold_of(site)
    groups = [f"{'clean' if kind == 'clean' else 'MT'} {fold}"]
    if batch == JUDGE_BATCH:
        groups.append(JUDGE_BATCH)
    return groups


def on_labels(m: dict, labels: list, text: str) -> tuple[int, int]:
    """(labels, calque labels) the match overlaps; offsets are UTF-16 units, as Java counts."""
    start = len(text.encode("utf-16-le")[: 2 * int(m["offset"])].decode("utf-16-le", "replace"))
    end = start + len(text.encode("utf-16-le")[2 * int(m["offset"]): 2 * (int(m["offset"]) + int(m["length"]))]
                      .decode("utf-16-le", "replace"))
    hit = [lab for lab in labels if lab.start < end and start < lab.end]
    return len(hit), sum(1 for lab in hit if lab.family == "calques")


def measure(url: str, tongue: str, timeout: float) -> dict:
    probes = sum(len(new_matches(url, p, tongue, timeout)) for p in PROBES)
    excerpts = load_excerpts(halves=("tune",))
    bodies = {e.rel: e.body for e in excerpts}
    by_file = collections.defaultdict(list)
    for lab in load_labels(bodies=bodies):
        if lab.start >= 0 and lab.file in bodies:
            by_file[lab.file].append(lab)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rules: collections.Counter = collections.Counter()
    for e in excerpts:
        groups = group_of(e.kind, e.site, e.header.get("batch", ""))
        for g in groups:
            counts[g]["words"] += e.words
        for m in new_matches(url, e.body, tongue, timeout):
            rules[str(m["rule"].get("id", ""))] += 1
            labelled, calques = on_labels(m, by_file[e.rel], e.body)
            for g in groups:
                counts[g]["matches"] += 1
                counts[g]["on a label"] += labelled > 0
                counts[g]["on a calque label"] += calques > 0
    out = {"probe matches (made-up sentences)": probes, "matches by rule": dict(rules)}
    for g, c in sorted(counts.items()):
        row = dict(c)
        if g.startswith("clean"):
            row["per 1,000 clean words"] = round(1000 * (c["matches"] - c["on a label"]) / max(c["words"], 1), 2)
        out[g] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url", help="a LanguageTool server (scripts/languagetool-server start prints one)")
    ap.add_argument("tongues", nargs="+", help="mother tongues to try (LanguageTool codes: fr, pt, de, pl-PL...)")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    figures = {}
    try:
        for tongue in args.tongues:
            figures[tongue] = measure(args.url, tongue, args.timeout)
    except Unavailable as exc:
        print(f"languagetool_mother_tongue: {exc}", file=sys.stderr)
        return 2
    report_json(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
