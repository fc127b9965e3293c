"""The twenty-first round (issue #11 §4): the function words' profile and the sentences' shapes.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_twentyfirst.py --from ROWS.json [--json FIG.json]

The shipped seventeen rates read the tag-class profile (`tag_profile`) but which function words
the copy leans on, and how its sentences are shaped as a distribution, are read only through
means (`the_rate`, `sentence_length`, `sentence_spread`, `commas`). Two candidates, fixed in
benchmarks/README.md ("Twenty-first round") before any figure was computed:

- (j) `function_profile`: each prose word of `CLOSED_CLASS` (156 closed-class words) with what
  follows it: another of them, any other word, or punctuation / the line's end (`function_events`);
- (k) `shape_profile`: each prose sentence's length bin crossed with its commas' bin (`shape`).

Each is scored as the twentieth round's profiles are, with the shipped profile's own formula and
cross-fitting (`tag_profile_fit.log_ratios` and `fold_values`: Naive Bayes log-likelihood ratio,
add-10, learned inside each fold, a training document's value from the other sites), and judged as that round judged them, against the shipped seventeen, whose
`tag_profile` is relearned inside each fold the same way (the shipped ratios saw every batch).
Tuning data only (`tune/` + `signal/`); aggregates only, no excerpt's text or name is printed.

The second part (`--second`, README "Twenty-first round, second part"): (j') `function_profile_cased`,
(j) with case kept where it tells a listed word from a name or an abbreviation (`function_events_cased`),
judged alone over unseen-14 … 42 and on the two batches neither part had seen (`NEW_BATCHES`), with
(j) beside it deciding nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import kept_rows, load_script, report_json, require_dependencies, round_arguments  # noqa: E402

require_dependencies()
from mtqa import function_profile, translationese  # noqa: E402

CANDIDATES = ("function_profile", "shape_profile")  # judged in this order; the first passing is kept
SHIPPED_PROFILE = "tag_profile"  # relearned inside each fold in every arm, the baseline's included

# (j): the 156 closed-class words, fixed before any figure (shipped since the second part with (j'),
# `mtqa.function_profile`, whose list and tokens (j) reads too).
CLOSED_CLASS = function_profile.CLOSED_CLASS
FOLLOWERS = function_profile.FOLLOWERS
FUNCTION_EVENTS = tuple(f"{w}|{f}" for w in CLOSED_CLASS for f in FOLLOWERS)
_TOKEN = function_profile.TOKEN

# (k): sentence length in words (bins' lower bounds) crossed with commas.
LENGTH_BINS = (1, 8, 13, 18, 23, 28, 35, 45)
COMMA_BINS = ("0", "1", "2", "3+")
SHAPE_EVENTS = tuple(f"{n}w {c}c" for n in LENGTH_BINS for c in COMMA_BINS)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _kind(token: str) -> str:
    low = token.lower().replace("’", "'")
    if low in _CLOSED:
        return "F"
    return "W" if token[0].isalnum() else "P"


_CLOSED = frozenset(CLOSED_CLASS)


def function_events(lines: list[str]) -> Counter[str]:
    """(j)'s events of some prose lines: each closed-class word with what follows it in its line."""
    out: Counter[str] = Counter()
    for line in lines:
        tokens = _TOKEN.findall(line)
        for i, token in enumerate(tokens):
            low = token.lower()
            if low in _CLOSED:
                follower = _kind(tokens[i + 1]) if i + 1 < len(tokens) else "P"
                out[f"{low}|{follower}"] += 1
    return out


def function_events_cased(lines: list[str]) -> Counter[str]:
    """(j')'s events, as mtqa reads them (`function_profile.events`): (j)'s, but an all-capitals or
    mid-sentence title-case token is another word, not the listed word."""
    return function_profile.events(lines)


def shape(sentence: str) -> str | None:
    """(k)'s event of one sentence: its length bin and its commas' bin; None without a word."""
    words = len(_WORD.findall(sentence))
    if not words:
        return None
    length = max(b for b in LENGTH_BINS if b <= words)
    commas = sentence.count(",")
    return f"{length}w {COMMA_BINS[min(commas, 3)]}c"


def shape_events(lines: list[str]) -> Counter[str]:
    """(k)'s events of some prose lines: one per sentence with a word."""
    from mtqa.segment import split_sentences

    return Counter(e for line in lines for s in split_sentences(line) if (e := shape(s.text)) is not None)


VOCABULARY = {"function_profile": FUNCTION_EVENTS, "shape_profile": SHAPE_EVENTS,
              "function_profile_cased": FUNCTION_EVENTS}
SECOND_PART = ("function_profile_cased",)  # (j'), judged alone; (j) beside it, deciding nothing
NEW_BATCHES = {"unseen-41": "mt_failing", "unseen-42": "clean_passing"}  # the second part's: neither round saw them


def leaning(table: dict[str, float], n: int = 15) -> dict[str, dict[str, float]]:
    """A profile's `n` events leaning furthest towards MT and towards clean copy."""
    ranked = sorted(table.items(), key=lambda kv: kv[1])
    return {"mt": dict(ranked[::-1][:n]), "clean": dict(ranked[:n])}


def _twentieth():
    return load_script("mtqa_translationese_twentieth", ROOT / "benchmarks" / "translationese_twentieth.py")


def events_of(rows: list[dict]) -> dict[str, dict[str, Counter[str]]]:
    """Each row's events of the shipped profile and of both candidates, read from its excerpt's
    prose: {file: {profile: counts}}."""
    tw = _twentieth()
    return {file: {SHIPPED_PROFILE: tw.tag_events(tags), "function_profile": function_events(lines),
                   "shape_profile": shape_events(lines), "function_profile_cased": function_events_cased(lines)}
            for file, lines, tags in tw.tagged_prose(rows, "translationese_twentyfirst.py")}


def new_batches_no_lower(figs: dict, cand: str, baseline: str = "shipped seventeen") -> dict[str, bool]:
    """The second part's added condition: on each new batch left out, the candidate's MT failing
    (unseen-41) or clean passing (unseen-42) no lower than the baseline's."""
    base, got = figs["by_batch"][baseline]["by_batch"], figs["by_batch"][f"+ {cand}"]["by_batch"]
    return {f"2_{batch}_{what}_no_lower": got[batch][what] >= base[batch][what] for batch, what in NEW_BATCHES.items()}


def figures(rows: list[dict], events_by_file: dict[str, dict[str, Counter[str]]],
            candidates: tuple[str, ...] = CANDIDATES, compared: tuple[str, ...] = ()) -> dict:
    """The keep rule's figures for `candidates` (judged) and `compared` (shown beside, deciding nothing)."""
    tw = _twentieth()
    vbb = load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")
    rows = vbb.with_separating_rate(rows)
    arms = (*candidates, *compared)
    # the seventeen: (j'), once shipped as `function_word_profile`, is judged here as a candidate, not in the baseline
    names = [k for k in translationese.FEATURES if k not in (SHIPPED_PROFILE, "function_word_profile", *VOCABULARY)]
    vocab = {SHIPPED_PROFILE: tw.TAG_EVENTS, **{c: VOCABULARY[c] for c in arms}}
    with_rates = [r for r in rows if r["f"] is not None]
    events = {p: tw.matrix([events_by_file[r["file"]][p] for r in with_rates], v) for p, v in vocab.items()}
    base = (SHIPPED_PROFILE,)
    figs: dict[str, Any] = {
        "alpha": tw.ALPHA, "rows_with_rates": len(with_rates), "mt": sum(bool(r["mt"]) for r in with_rates),
        "events_per_document": {p: round(float(events[p].sum(axis=1).mean()), 1) for p in vocab},
        "loso_auc": {"shipped seventeen": tw.loso_auc(rows, events, names, base),
                     **{f"+ {c}": tw.loso_auc(rows, events, names, (*base, c)) for c in arms},
                     **{f"{p} alone": tw.own_auc(rows, events[p]) for p in vocab}}}
    figs["by_batch"] = {"shipped seventeen": tw.by_batch(rows, events, names, base),
                        **{f"+ {c}": tw.by_batch(rows, events, names, (*base, c)) for c in arms}}
    figs["decision"] = tw.keep_decision(figs, candidates, "shipped seventeen")
    if candidates == SECOND_PART:
        for c in candidates:
            figs["decision"][c].update(new_batches_no_lower(figs, c))
    return figs


def main(argv: list[str] | None = None, events: Callable[[list[dict]], dict] = events_of) -> int:
    ap = round_arguments(__doc__ or "")
    ap.add_argument("--second", action="store_true",
                    help="the second part: (j') judged over unseen-14..42 and the two new batches, (j) beside it")
    ap.add_argument("--profile", choices=tuple(VOCABULARY),
                    help="print the candidate's events leaning furthest MT and clean, learned on every row, instead")
    args = ap.parse_args(argv)
    rows = kept_rows("translationese_twentyfirst.py", args.source)
    if rows is None:
        return 2
    vbb = load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")
    found = events([r for r in rows if r["f"] is not None])
    if args.profile:
        report_json(leaning(_twentieth().final_profile(rows, found, args.profile, VOCABULARY[args.profile])), args.json)
        return 0
    rows = rows + vbb.short_rows({r["file"] for r in rows})
    report_json(figures(rows, found, SECOND_PART, ("function_profile",)) if args.second else figures(rows, found),
                args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
