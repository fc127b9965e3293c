"""The twenty-second round (issue #11 §4): how predictable the prose reads to a language model.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_twentysecond.py --from ROWS.json [--json FIG.json]

The shipped eighteen rates read counts, tag pairs, one rate of findings and two profiles; none
reads how predictable the copy's word sequences are, and the eleventh round's mean of the trigram
model hid the two tails translationese is said to have (more predictable on the whole, odd
collocations the model backs off on). One candidate, fixed in benchmarks/README.md
("Twenty-second round") before any figure was computed:

- (l) `surprisal_profile`: each word `mtqa.language_model.score` reads with two words of history,
  its log10 probability in six bins crossed with the order the model answered from (`event`).

The second part (`--second`, README "Second part: the sentence openers' profile"): (m)
`opener_profile_cased`, the twentieth round's openers with an all-capitals first word read as a
capitalised word (`opener_cased`), judged against the same eighteen and on the batches that round
never saw (`SINCE_TWENTIETH`).

Scored and judged as the twentieth and twenty-first rounds' profiles were (their code, loaded, not
copied): Naive Bayes log-likelihood ratio learned inside each fold, against the shipped eighteen
whose two profiles are relearned inside each fold the same way. Tuning data only (`tune/` +
`signal/`); aggregates only, no excerpt's text or name is printed.
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
from mtqa import function_profile, language_model, translationese  # noqa: E402

CANDIDATES = ("surprisal_profile",)
SECOND_PART = ("opener_profile_cased",)
SINCE_TWENTIETH = tuple(f"unseen-{n}" for n in range(38, 45))  # batches the twentieth round's (i) never saw
# relearned inside each fold in every arm, the baseline's included: (rate name, event set's name)
SHIPPED_PROFILES = {"tag_profile": "tag_profile", "function_word_profile": "function_word_profile"}
BASELINE = "shipped eighteen"

# (l): log10 P(word | two before) bins' lower bounds, highest first (a value on a bound goes up)
LOGP_BOUNDS = (-1.0, -2.0, -3.0, -4.0, -5.0)
LOGP_BINS = (">=-1", ">=-2", ">=-3", ">=-4", ">=-5", "<-5")
ORDERS = (3, 2, 1)
SURPRISAL_EVENTS = tuple(f"{b} o{o}" for b in LOGP_BINS for o in ORDERS)


def event(logp: float, order: int) -> str:
    """(l)'s event of one scored word: its probability's bin and the model's order."""
    i = next((i for i, bound in enumerate(LOGP_BOUNDS) if logp >= bound), len(LOGP_BOUNDS))
    return f"{LOGP_BINS[i]} o{order}"


def surprisal_events(lines: list[str], lm: Any) -> Counter[str]:
    """(l)'s events of some prose lines: one per word the model reads with two words of history."""
    return Counter(event(w.logp, w.order) for line in lines for w in language_model.score(lm, line))


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def opener_cased(sentence: str, line: str) -> str:
    """(m)'s event of one sentence of `line`: the twentieth round's `opener`, but a first word of two
    or more letters, all capitals, is `<capital>` unless the line has no lowercase letter."""
    got = _round("mtqa_translationese_twentieth", "translationese_twentieth.py").opener(sentence)
    word = _FIRST_WORD.match(sentence.lstrip())
    if (word and len(word.group()) > 1 and word.group().isupper() and not got.startswith("<")
            and any(c.islower() for c in line)):
        return "<capital>" + ("," if got.endswith(",") else "")
    return got


def opener_events(lines: list[str]) -> Counter[str]:
    """(m)'s events of some prose lines: one per sentence."""
    from mtqa.segment import split_sentences

    return Counter(opener_cased(s.text, line) for line in lines for s in split_sentences(line))


def _round(name: str, file: str):
    return load_script(name, ROOT / "benchmarks" / file)


def events_of(rows: list[dict]) -> dict[str, dict[str, Counter[str]]]:
    """Each row's events of the two shipped profiles and of the candidate: {file: {profile: counts}}."""
    lm = language_model.model()
    if lm is None:
        raise SystemExit(f"translationese_twentysecond.py: {language_model.MISSING}")
    tw = _round("mtqa_translationese_twentieth", "translationese_twentieth.py")
    return {file: {"tag_profile": tw.tag_events(tags), "function_word_profile": function_profile.events(lines),
                   "surprisal_profile": surprisal_events(lines, lm), "opener_profile_cased": opener_events(lines)}
            for file, lines, tags in tw.tagged_prose(rows, "translationese_twentysecond.py")}


def figures(rows: list[dict], events_by_file: dict[str, dict[str, Counter[str]]],
            candidates: tuple[str, ...] = CANDIDATES) -> dict:
    """The keep rule's figures for `candidates` against the shipped eighteen."""
    tw = _round("mtqa_translationese_twentieth", "translationese_twentieth.py")
    first = _round("mtqa_translationese_twentyfirst", "translationese_twentyfirst.py")
    vbb = _round("mtqa_verdict_by_batch", "verdict_by_batch.py")
    rows = vbb.with_separating_rate(rows)
    names = [k for k in translationese.FEATURES if k not in (*SHIPPED_PROFILES, *candidates)]
    vocab = {"tag_profile": tw.TAG_EVENTS, "function_word_profile": first.FUNCTION_EVENTS,
             **{c: VOCABULARY[c]() for c in candidates}}
    with_rates = [r for r in rows if r["f"] is not None]
    events = {p: tw.matrix([events_by_file[r["file"]][p] for r in with_rates], vocab[p]) for p in vocab}
    base = tuple(SHIPPED_PROFILES)
    figs: dict[str, Any] = {
        "alpha": tw.ALPHA, "rows_with_rates": len(with_rates), "mt": sum(bool(r["mt"]) for r in with_rates),
        "events_per_document": {p: round(float(events[p].sum(axis=1).mean()), 1) for p in vocab},
        "loso_auc": {BASELINE: tw.loso_auc(rows, events, names, base),
                     **{f"+ {c}": tw.loso_auc(rows, events, names, (*base, c)) for c in candidates},
                     **{f"{p} alone": tw.own_auc(rows, events[p]) for p in vocab}}}
    figs["by_batch"] = {BASELINE: tw.by_batch(rows, events, names, base),
                        **{f"+ {c}": tw.by_batch(rows, events, names, (*base, c)) for c in candidates}}
    figs["decision"] = tw.keep_decision(figs, candidates, BASELINE)
    if candidates == SECOND_PART:
        for c in candidates:
            figs["decision"][c].update(since_twentieth_no_lower(figs, c))
    return figs


def since_twentieth_no_lower(figs: dict, cand: str) -> dict[str, bool]:
    """The second part's added condition: over SINCE_TWENTIETH, each left out, pooled MT failing and
    pooled clean passing no lower than the baseline's."""
    return pooled_no_lower(figs, cand, SINCE_TWENTIETH, "2_since_twentieth")


def pooled_no_lower(figs: dict, cand: str, batches: tuple[str, ...], label: str,
                    baseline: str = BASELINE) -> dict[str, bool]:
    """Over `batches`, each left out, whether the candidate's pooled MT failing and pooled clean
    passing are no lower than the baseline's (keys `label` + the half's name)."""
    def pooled(arm: str) -> Counter[str]:
        table = figs["by_batch"][arm]["by_batch"]
        return sum((Counter({k: table[b][k] for k in ("mt_failing", "clean_passing")}) for b in batches
                    if b in table), Counter())

    base, got = pooled(baseline), pooled(f"+ {cand}")
    return {f"{label}_mt_failing_no_lower": got["mt_failing"] >= base["mt_failing"],
            f"{label}_clean_passing_no_lower": got["clean_passing"] >= base["clean_passing"]}


def _opener_vocabulary() -> tuple[str, ...]:
    return _round("mtqa_translationese_twentieth", "translationese_twentieth.py").opener_vocabulary()


VOCABULARY: dict[str, Callable[[], tuple[str, ...]]] = {"surprisal_profile": lambda: SURPRISAL_EVENTS,
                                                        "opener_profile_cased": _opener_vocabulary}


def main(argv: list[str] | None = None, events: Callable[[list[dict]], dict] = events_of) -> int:
    ap = round_arguments(__doc__ or "")
    ap.add_argument("--second", action="store_true",
                    help="the second part: (m), the openers' profile, against the same eighteen")
    ap.add_argument("--profile", action="store_true",
                    help="print the candidate's events leaning furthest MT and clean, learned on every row, instead")
    args = ap.parse_args(argv)
    rows = kept_rows("translationese_twentysecond.py", args.source)
    if rows is None:
        return 2
    vbb = _round("mtqa_verdict_by_batch", "verdict_by_batch.py")
    found = events([r for r in rows if r["f"] is not None])
    if args.profile:
        tw = _round("mtqa_translationese_twentieth", "translationese_twentieth.py")
        first = _round("mtqa_translationese_twentyfirst", "translationese_twentyfirst.py")
        cand = (SECOND_PART if args.second else CANDIDATES)[0]
        report_json(first.leaning(tw.final_profile(rows, found, cand, VOCABULARY[cand]()), 9), args.json)
        return 0
    rows = rows + vbb.short_rows({r["file"] for r in rows})
    report_json(figures(rows, found, SECOND_PART if args.second else CANDIDATES), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
