"""The twentieth round (issue #11 §4): two profiles the rates do not have, as likelihood ratios.

    python benchmarks/translationese_families.py --rows ROWS.json --rows-only   # check once, keep the rows
    python benchmarks/translationese_twentieth.py --from ROWS.json [--json FIG.json]

The shipped sixteen rates count things; none reads a *profile*, the whole distribution of a small
closed set of events weighed event by event against clean and MT copy. Two candidates, fixed in
benchmarks/README.md ("Twentieth round") before any figure was computed:

- (h) `tag_profile`: bigrams of 13 coarse part-of-speech classes within a prose line (`COARSE`);
- (i) `opener_profile`: each prose sentence's first word if it is a function word or a
  connective's word, else its shape, with "," when a comma follows it at once (`opener`).

Each is a Naive Bayes log-likelihood ratio: per class the events' counts over the training
documents, add-`ALPHA` smoothed over the fixed event set; a document's value is the mean over its
events of log p(e | MT) - log p(e | clean). The profiles are learned inside each fold from its
training documents only, and a training document's own value comes from the training documents
minus its own site, so that the regression's weight is not fitted on in-sample ratios.

Judged two ways, each against the shipped sixteen in the same run: leave-one-site-out AUC
(`translationese.site_fold_logits`), and leave one unseen batch out as `verdict_by_batch.py`
does (the model, the profiles and the pass threshold refitted without the batch). Tuning data
only (`tune/` + `signal/`); aggregates only, no excerpt's text or name is printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import kept_rows, load_script, report_json, require_dependencies, round_arguments  # noqa: E402

require_dependencies()
from mtqa import tag_profile  # noqa: E402

_FIT = load_script("mtqa_tag_profile_fit", ROOT / "benchmarks" / "tag_profile_fit.py")

ALPHA = _FIT.ALPHA  # add-alpha per event: strong smoothing, about a seventh of the counts
L2 = 10.0
CANDIDATES = ("tag_profile", "opener_profile")  # judged in this order; the first passing is kept

# Penn Treebank tags -> 13 coarse classes (punctuation, quotation marks included, is one class):
# mtqa.tag_profile's, where the kept candidate's profile is shipped.
COARSE = tag_profile.CLASSES
coarse = tag_profile.coarse
TAG_EVENTS = tuple(f"{a} {b}" for a in COARSE for b in COARSE)

# the words of mtqa.translationese's connective phrases (its DESCRIPTIONS name them), written out here
CONNECTIVE_WORDS = frozenset("""
however thus moreover indeed therefore furthermore nevertheless nonetheless in addition fact
consequently hence thereby besides particular as well this regard other words on hand
""".split())
SHAPES = ("<capital>", "<lower>", "<number>", "<quote>", "<other>")
_QUOTES = "\"“”‘’'«»"


def tag_events(tags_by_line: list[list[str]]) -> Counter[str]:
    """(h)'s events: the bigrams of coarse classes within each line (none across lines)."""
    out: Counter[str] = Counter()
    for tags in tags_by_line:
        classes = [coarse(t) for t in tags]
        out.update(f"{a} {b}" for a, b in zip(classes, classes[1:]))
    return out


def opener_vocabulary() -> tuple[str, ...]:
    """(i)'s fixed event set: every word or shape, with and without the comma after it."""
    from mtqa import translationese

    heads = sorted(translationese.FUNCTION_WORDS | CONNECTIVE_WORDS) + list(SHAPES)
    return tuple(h + tail for h in heads for tail in ("", ","))


def opener(sentence: str) -> str:
    """(i)'s event of one sentence: its first word lowercased if a function word or a
    connective's word, else its shape; "," added when a comma follows that word at once."""
    s = sentence.lstrip()
    if not s:
        return "<other>"
    if s[0] in _QUOTES:
        return "<quote>"
    i = 0
    while i < len(s) and (s[i].isalpha() or (s[i] in "'’" and i + 1 < len(s) and s[i + 1].isalpha())):
        i += 1
    if i == 0:
        j = 0
        while j < len(s) and (s[j].isdigit() or s[j] in ".,") and not (s[j] == "," and j + 1 < len(s) and s[j + 1] == " "):
            j += 1
        head, i = ("<number>", j) if s[0].isdigit() else ("<other>", 1)
    else:
        word = s[:i].lower().replace("’", "'")
        from mtqa import translationese

        if word in translationese.FUNCTION_WORDS or word in CONNECTIVE_WORDS:
            head = word
        else:
            head = "<capital>" if s[0].isupper() else "<lower>"
    return head + ("," if s[i:i + 1] == "," else "")


def opener_events(lines: list[str]) -> Counter[str]:
    """(i)'s events of some prose lines: one per sentence."""
    from mtqa.segment import split_sentences

    return Counter(opener(s.text) for line in lines for s in split_sentences(line))


def tagged_prose(rows: list[dict], script: str = "translationese_twentieth.py") -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """The rows' excerpts' prose, each line with its Penn tags: (file, lines, tags by line)."""
    from mtqa import tagging, translationese

    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    tagger = tagging.tagger()
    if tagger is None:
        raise SystemExit(f"{script}: needs the part-of-speech tagger (pip install 'mtqa[grammar]')")
    want = {r["file"] for r in rows}
    for ex in tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)):
        if ex.rel in want:
            lines = translationese.prose([ex.body])
            yield ex.rel, lines, [[t.tag for t in tagger.tag(line)] for line in lines]


def events_of(rows: list[dict]) -> dict[str, dict[str, Counter[str]]]:
    """Each row's events of both candidates, read from its excerpt's prose: {file: {candidate: counts}}."""
    return {file: {"tag_profile": tag_events(tags), "opener_profile": opener_events(lines)}
            for file, lines, tags in tagged_prose(rows)}


# --- the profiles, learned per fold ----------------------------------------------------------

def matrix(counts: list[Counter[str]], vocabulary: tuple[str, ...]):
    """The documents' event counts as a numpy matrix (documents x events); events outside the
    fixed set are dropped (none should be)."""
    import numpy as np

    index = {e: i for i, e in enumerate(vocabulary)}
    m = np.zeros((len(counts), len(vocabulary)))
    for row, c in enumerate(counts):
        for e, n in c.items():
            if e in index:
                m[row, index[e]] = n
    return m


# the profiles' formula and their cross-fitting by site, shared with the shipped profile's refit
log_ratios = _FIT.log_ratios
profile_values = _FIT.fold_values


# --- the two judgements ----------------------------------------------------------------------

def loso_auc(rows: list[dict], events: dict[str, Any], names: list[str], profiles: Sequence[str] = ()) -> float:
    """Leave-one-site-out AUC of the rates `names` (read from the rows) and of the `profiles` beside
    them, each profile learned inside each fold (`profile_values`)."""
    import numpy as np

    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    docs = [r for r in rows if r["f"] is not None]
    base = np.array([[d["f"][k] for k in names] for d in docs], dtype=float)
    mt = np.array([bool(d["mt"]) for d in docs])
    sites = np.array([d["site"] for d in docs])

    def design(train_docs: list[dict]):
        keep = {id(d) for d in train_docs}
        train = np.array([id(d) in keep for d in docs])
        return np.hstack([base, *(profile_values(events[p], mt, sites, train)[:, None] for p in profiles)])

    scores = tr.site_fold_logits(docs, design, L2)
    return round(tr.auc([s for s, d in zip(scores, docs) if d["mt"]], [s for s, d in zip(scores, docs) if not d["mt"]]), 4)


def own_auc(rows: list[dict], events: Any) -> float:
    """A profile's own ranking, leave-one-site-out (no regression): each site scored with the
    profile learned on the other sites. `events`: documents x events, in the order of the rows with rates."""
    import numpy as np

    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    docs = [r for r in rows if r["f"] is not None]
    mt = np.array([bool(d["mt"]) for d in docs])
    sites = np.array([d["site"] for d in docs])
    own = np.zeros(len(docs))
    for site in sorted(set(sites.tolist())):
        test = sites == site
        own[test] = profile_values(events, mt, sites, ~test)[test]
    return round(tr.auc([s for s, m in zip(own, mt) if m], [s for s, m in zip(own, mt) if not m]), 4)


def loso_aucs(rows: list[dict], events: dict[str, Any], names: list[str]) -> dict[str, float]:
    """Leave-one-site-out AUC of the shipped sixteen and of the sixteen with each candidate, the
    candidate's profiles learned inside each fold (`profile_values`)."""
    out = {"shipped sixteen": loso_auc(rows, events, names)}
    for cand in CANDIDATES:
        out[f"+ {cand}"] = loso_auc(rows, events, names, (cand,))
        out[f"{cand} alone"] = own_auc(rows, events[cand])
    return out


def by_batch(rows: list[dict], events: dict[str, Any], names: list[str], profiles: Sequence[str] = ()) -> dict:
    """`verdict_by_batch.py`'s leave-one-batch-out figures with the `profiles`' values beside the
    rates `names` (none: the rates alone), profiles refitted without the left-out batch."""
    import numpy as np

    vbb = load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")
    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    with_rates = [i for i, r in enumerate(rows) if r["f"] is not None]
    mt = np.array([bool(rows[i]["mt"]) for i in with_rates])
    sites = np.array([rows[i]["site"] for i in with_rates])
    batches = vbb.unseen_batches([r for r in rows if r["file"].startswith("tune/")])
    cols = names + list(profiles)

    def run(batch: str | None) -> tuple[list[dict], float]:
        augmented = list(rows)
        train = np.array([rows[i]["batch"] != batch for i in with_rates])
        for cand in profiles:
            values = profile_values(events[cand], mt, sites, train)
            for i, v in zip(with_rates, values):
                augmented[i] = {**augmented[i], "f": {**augmented[i]["f"], cand: float(v)}}
        fit_on = [r for r in augmented if r["f"] is not None and r["batch"] != batch]
        docs = vbb.scored(augmented, tr.fit_final(fit_on, cols, [], L2))
        tune = [d for d in docs if d["file"].startswith("tune/") and d["batch"] != batch]
        return docs, vbb._calibrate().choose(tune)

    all_docs, all_threshold = run(None)
    pooled = Counter()
    table = {}
    for batch in batches:
        docs, threshold = run(batch)
        got = vbb.rates_at([d for d in docs if d["batch"] == batch and d["file"].startswith("tune/")], threshold)
        table[batch] = {"threshold": threshold, **got}
        pooled.update(got)
    tune_all = [d for d in all_docs if d["file"].startswith("tune/")]
    return {"pooled_left_out": dict(pooled), "by_batch": table,
            "tuning_half_in_sample": {"threshold": all_threshold, **vbb.rates_at(tune_all, all_threshold)}}


def keep_decision(figs: dict, candidates: Sequence[str] = CANDIDATES,
                  baseline: str = "shipped sixteen") -> dict[str, dict[str, bool]]:
    """The written rule's parts 1 and 2 for each candidate (the twentieth round's and the next)."""
    out = {}
    base = figs["by_batch"][baseline]["pooled_left_out"]
    for cand in candidates:
        got = figs["by_batch"][f"+ {cand}"]["pooled_left_out"]
        out[cand] = {"1_loso_auc_rises": figs["loso_auc"][f"+ {cand}"] > figs["loso_auc"][baseline],
                     "2_mt_failing_rises": got["mt_failing"] > base["mt_failing"],
                     "2_clean_passing_no_lower": got["clean_passing"] >= base["clean_passing"]}
    return out


def figures(rows: list[dict], events_by_file: dict[str, dict[str, Counter[str]]]) -> dict:
    from mtqa import translationese

    vbb = load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")
    rows = vbb.with_separating_rate(rows)
    # the shipped sixteen: once a candidate is wired, mtqa's features hold it, and it is judged here beside them
    names = [k for k in translationese.FEATURES if k not in CANDIDATES]
    vocab: dict[str, tuple[str, ...]] = {"tag_profile": TAG_EVENTS, "opener_profile": opener_vocabulary()}
    with_rates = [r for r in rows if r["f"] is not None]
    events = {c: matrix([events_by_file[r["file"]][c] for r in with_rates], vocab[c]) for c in CANDIDATES}
    figs: dict[str, Any] = {"alpha": ALPHA, "rows_with_rates": len(with_rates),
                            "mt": sum(bool(r["mt"]) for r in with_rates),
                            "events_per_document": {c: round(float(events[c].sum(axis=1).mean()), 1) for c in CANDIDATES},
                            "loso_auc": loso_aucs(rows, events, names)}
    figs["by_batch"] = {"shipped sixteen": by_batch(rows, events, names),
                        **{f"+ {c}": by_batch(rows, events, names, (c,)) for c in CANDIDATES}}
    figs["decision"] = keep_decision(figs)
    return figs


def final_profile(rows: list[dict], events_by_file: dict, cand: str,
                  vocab: tuple[str, ...] | None = None) -> dict[str, float]:
    """The candidate's log-likelihood ratios learned on every row with rates (what mtqa would ship);
    `vocab`: its fixed event set (by default this round's, by name)."""
    import numpy as np

    if vocab is None:
        vocab = TAG_EVENTS if cand == "tag_profile" else opener_vocabulary()
    with_rates = [r for r in rows if r["f"] is not None]
    ev = matrix([events_by_file[r["file"]][cand] for r in with_rates], vocab)
    mt = np.array([bool(r["mt"]) for r in with_rates])
    llr = log_ratios(ev[mt].sum(axis=0), ev[~mt].sum(axis=0))
    return {e: round(float(v), 4) for e, v in zip(vocab, llr)}


def main(argv: list[str] | None = None, events: Callable[[list[dict]], dict] = events_of) -> int:
    ap = round_arguments(__doc__ or "")
    ap.add_argument("--profile", choices=CANDIDATES, help="print the candidate's profile learned on every row instead")
    args = ap.parse_args(argv)
    rows = kept_rows("translationese_twentieth.py", args.source)
    if rows is None:
        return 2
    vbb = load_script("mtqa_verdict_by_batch", ROOT / "benchmarks" / "verdict_by_batch.py")
    with_rates = [r for r in rows if r["f"] is not None]
    found = events(with_rates)
    if args.profile:
        report_json(final_profile(rows, found, args.profile), args.json)
        return 0
    rows = rows + vbb.short_rows({r["file"] for r in rows})
    report_json(figures(rows, found), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
