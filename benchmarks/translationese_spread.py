"""The twenty-second round's (n) (issue #11 §4): how spread the rules' findings are over the prose.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_spread.py --from ROWS.json [--json FIG.json]

The shipped eighteen count the separating families' findings (`separating_rate`) but not where
they fall; MT copy is said to slip a little in most sentences, clean copy once, or in one
bunched passage. Two forms, fixed in benchmarks/README.md ("how spread the rules' findings are")
before any figure was computed, each added alone to the shipped eighteen:

- (n) `finding_sentences`: the share of prose sentences holding the start of a scored finding of
  the separating families (the rows' `separating_starts`);
- (n′) `finding_paragraphs`: the same share over the prose lines.

Judged as the round's first part was (its code, loaded): both shipped profiles relearned inside
each fold, leave-one-site-out AUC, leave-one-batch-out verdicts, and the two batches neither of
the branch's rounds saw (`NEW_BATCHES`). Tuning data only; aggregates only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import PROFILE_ROW_KEYS, kept_rows, load_script, report_json, require_dependencies, round_arguments  # noqa: E402

require_dependencies()

CANDIDATES = ("finding_sentences", "finding_paragraphs")
NEW_BATCHES = ("unseen-45", "unseen-46")  # neither of the branch's rounds saw them (MT, clean judge)
ROW_KEYS = PROFILE_ROW_KEYS | {"separating_starts"}


def spread(lines: Iterable[str], body: str, starts: list[int]) -> dict[str, float]:
    """(n) and (n′) of one excerpt: the shares of its prose sentences and prose lines (found in
    `body` in order) holding the start of a finding at one of `starts` (offsets into `body`)."""
    from mtqa.segment import split_sentences

    sentences = hit_sentences = paragraphs = hit_paragraphs = 0
    cursor = 0
    for line in lines:
        at = body.find(line, cursor)
        if at < 0:  # not a stretch of the body: counted, holding nothing
            at, inside = cursor, []
        else:
            cursor = at + len(line)
            inside = [s - at for s in starts if at <= s < at + len(line)]
        paragraphs += 1
        hit_paragraphs += bool(inside)
        parts = split_sentences(line)
        bounds = [p.start for p in parts[1:]] + [len(line)]
        sentences += len(parts)
        hit_sentences += sum(any(lo <= x < hi for x in inside) for lo, hi in zip([0, *bounds[:-1]], bounds))
    return {"finding_sentences": hit_sentences / max(sentences, 1),
            "finding_paragraphs": hit_paragraphs / max(paragraphs, 1)}


def spread_of(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Each kept row's (n) and (n′), read from its excerpt's prose: {file: rates}."""
    from mtqa import translationese

    tr = _round("mtqa_translationese_bench", "translationese.py")
    by_file = {r["file"]: r for r in rows if r["f"] is not None}
    return {ex.rel: spread(translationese.prose([ex.body]), ex.body, by_file[ex.rel]["separating_starts"])
            for ex in tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)) if ex.rel in by_file}


def profile_events(rows: list[dict]) -> dict[str, dict[str, Counter[str]]]:
    """Each row's events of the two shipped profiles, relearned inside each fold in every arm."""
    from mtqa import function_profile

    tw = _round("mtqa_translationese_twentieth", "translationese_twentieth.py")
    return {file: {"tag_profile": tw.tag_events(tags), "function_word_profile": function_profile.events(lines)}
            for file, lines, tags in tw.tagged_prose(rows, "translationese_spread.py")}


def _round(name: str, file: str):
    return load_script(name, ROOT / "benchmarks" / file)


def figures(rows: list[dict], events_by_file: dict[str, dict[str, Counter[str]]],
            spread_by_file: dict[str, dict[str, float]]) -> dict:
    """The keep rule's figures for (n) and (n′), each beside the shipped eighteen."""
    from mtqa import translationese

    tw = _round("mtqa_translationese_twentieth", "translationese_twentieth.py")
    first = _round("mtqa_translationese_twentyfirst", "translationese_twentyfirst.py")
    second = _round("mtqa_translationese_twentysecond", "translationese_twentysecond.py")
    vbb = _round("mtqa_verdict_by_batch", "verdict_by_batch.py")
    rows = [r if r["f"] is None else {**r, "f": {**r["f"], **spread_by_file[r["file"]]}}
            for r in vbb.with_separating_rate(rows)]
    profiles = tuple(second.SHIPPED_PROFILES)
    names = [k for k in translationese.FEATURES if k not in (*profiles, *CANDIDATES)]
    vocab = {"tag_profile": tw.TAG_EVENTS, "function_word_profile": first.FUNCTION_EVENTS}
    with_rates = [r for r in rows if r["f"] is not None]
    events = {p: tw.matrix([events_by_file[r["file"]][p] for r in with_rates], vocab[p]) for p in vocab}
    base = second.BASELINE
    figs: dict[str, Any] = {
        "rows_with_rates": len(with_rates), "mt": sum(bool(r["mt"]) for r in with_rates),
        "means": {c: {side: round(sum(r["f"][c] for r in with_rates if bool(r["mt"]) == mt)
                                  / max(sum(bool(r["mt"]) == mt for r in with_rates), 1), 4)
                      for side, mt in (("mt", True), ("clean", False))} for c in CANDIDATES},
        "loso_auc": {base: tw.loso_auc(rows, events, names, profiles),
                     **{f"+ {c}": tw.loso_auc(rows, events, [*names, c], profiles) for c in CANDIDATES}}}
    figs["by_batch"] = {base: tw.by_batch(rows, events, names, profiles),
                        **{f"+ {c}": tw.by_batch(rows, events, [*names, c], profiles) for c in CANDIDATES}}
    figs["decision"] = tw.keep_decision(figs, CANDIDATES, base)
    for c in CANDIDATES:
        figs["decision"][c].update(second.pooled_no_lower(figs, c, NEW_BATCHES, "3_new_batches", base))
    return figs


def main(argv: list[str] | None = None,
         events: Callable[[list[dict]], dict] = profile_events,
         spreads: Callable[[list[dict]], dict] = spread_of) -> int:
    args = round_arguments(__doc__ or "").parse_args(argv)
    rows = kept_rows("translationese_spread.py", args.source, ROW_KEYS)
    if rows is None:
        return 2
    vbb = _round("mtqa_verdict_by_batch", "verdict_by_batch.py")
    kept = [r for r in rows if r["f"] is not None]
    found, spread_by_file = events(kept), spreads(kept)
    rows = rows + vbb.short_rows({r["file"] for r in rows})
    report_json(figures(rows, found, spread_by_file), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
