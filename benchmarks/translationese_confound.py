"""The fourteenth round of the document signal (issue #11): the tag-pair confound, the signal
without the tagger, and candidates aimed at spun and Chinese/Spanish MT.

    python benchmarks/translationese_confound.py            # every figure, tuning data only
    python benchmarks/translationese_confound.py --json OUT # also write them to OUT

Tuning data only (`tune/` + `signal/`, as `benchmarks/translationese.py` fits the signal);
every figure a leave-one-site-out AUC (`translationese.py`'s `fit_logit`, L2 10, a fold's clean
norms and weights never see its site). The decision rules are in benchmarks/README.md,
"Fourteenth round", written before this script first ran on the corpus:

1. `no_quote_pairs` and `quotes_stripped` against the shipped fifteen rates: do the two
   quotation-mark tag pairs carry the gain?
2. `without`: the shipped fit scored with the tag rates at the fold's clean means (what a user
   without `mtqa[grammar]` gets), against `ten_alone` and `word_pairs` (stand-ins needing no
   tagger);
3. per kind, and five candidate rates aimed at spun and Chinese MT, each added alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, report_json, require_dependencies  # noqa: E402

require_dependencies()
import regex  # noqa: E402

from mtqa import lexicon, tagging, translationese  # noqa: E402

MIN_GAIN = 0.02  # questions 2 and 3
MAX_QUOTE_LOSS = 0.010  # question 1
TAGS = list(translationese.TAG_PAIRS)
QUOTE_PAIRS = ["tags_quote_stop", "tags_noun_quote"]
OTHER_PAIRS = [k for k in TAGS if k not in QUOTE_PAIRS]
STRIPPED = [f"stripped_{k}" for k in OTHER_PAIRS]
WORD_PAIRS = ["wp_comma_determiner", "wp_preposition_determiner", "wp_content_ing"]
CANDIDATES = {  # name -> expected sign in MT (+1 higher, -1 lower), fixed in the README first
    "bare_singular": 1, "number_mismatch": 1, "of_chains": 1, "modifier_zipf": -1, "verb_zipf": -1,
}

# Quotation marks, as the second variant removes them: double marks and guillemets anywhere;
# single marks only where they are not an apostrophe inside a word (don't, workers' stays).
_QUOTES = regex.compile(r"[\"“”«»„‟]|(?<!\p{L})['‘’]|['‘’](?!\p{L})")
_TOKEN = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|,")
DETERMINERS = frozenset("the a an this that these those its their his her".split())
PREPOSITIONS = frozenset("""of in on at for with by from to into onto over after before about under
between against during without through""".split())
SINGULAR_DETERMINERS = frozenset("a an each every this that another".split())
PLURAL_DETERMINERS = frozenset("these those many several both few".split())
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty hundreds".split())
NOT_COUNTED_NOUNS = frozenset("percent cent per".split())  # "5 percent": singular after a number in any English


def strip_quotes(line: str) -> str:
    """The line without its quotation marks (apostrophes inside words kept)."""
    return _QUOTES.sub("", line)


def pair_shares(tag_lines: Sequence[list[str]], pairs: dict[str, tuple[str, str]]) -> dict[str, float]:
    """Each pair's share of all the tag pairs of the lines (none across lines)."""
    counts: Counter[tuple[str, str]] = Counter()
    for tags in tag_lines:
        counts.update(zip(tags, tags[1:]))
    total = sum(counts.values()) or 1
    return {k: counts[pair] / total for k, pair in pairs.items()}


def word_pair_rates(lines: Sequence[str]) -> dict[str, float]:
    """Closed-class stand-ins for three tag pairs, read from words and commas alone."""
    pairs = comma_det = prep_det = content_ing = words = 0
    for line in lines:
        tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(line)]
        pairs += max(len(tokens) - 1, 0)
        words += sum(t != "," for t in tokens)
        for a, b in zip(tokens, tokens[1:]):
            if b in DETERMINERS:
                comma_det += a == ","
                prep_det += a in PREPOSITIONS
            if len(b) >= 5 and b.endswith("ing") and a != "," and a not in translationese.FUNCTION_WORDS:
                content_ing += 1
    return {"wp_comma_determiner": comma_det / (pairs or 1), "wp_preposition_determiner": prep_det / (pairs or 1),
            "wp_content_ing": content_ing / (words or 1)}


def _is_plural_number(token: tagging.Token) -> bool:
    if token.lower in NUMBER_WORDS:
        return True
    digits = token.text.replace(",", "")
    return digits.isdigit() and int(digits) > 1


def candidate_rates(tagged: Sequence[Sequence[tagging.Token]], zipf: Callable[[str], float]) -> dict[str, float]:
    """Question 3's five candidates over tagged prose lines."""
    nouns = bare = mismatches = chains = 0
    modifiers: list[float] = []
    verbs: list[float] = []
    words = 0
    for tokens in tagged:
        low = [t.lower for t in tokens if t.lower.isalpha()]
        words += len(low)
        chains += sum(1 for i, w in enumerate(low) if w == "of" and "of" in low[i + 1:i + 5])
        for prev, tok in zip([None, *tokens], tokens):
            if tok.tag == "NN":
                nouns += 1
                if prev is not None and (prev.tag in ("IN", "TO") or prev.tag.startswith("VB")):
                    bare += 1
            if prev is not None and tok.lower not in NOT_COUNTED_NOUNS:
                if tok.tag == "NNS" and prev.lower in SINGULAR_DETERMINERS:
                    mismatches += 1
                elif tok.tag == "NN" and (prev.lower in PLURAL_DETERMINERS or _is_plural_number(prev)):
                    mismatches += 1
            if tok.lower.isalpha() and tok.lower not in translationese.FUNCTION_WORDS and tok.text == tok.lower:
                if tok.tag.startswith(("JJ", "RB")):
                    modifiers.append(zipf(tok.lower))
                elif tok.tag.startswith("VB"):
                    verbs.append(zipf(tok.lower))
    per_k = 1000 / (words or 1)
    return {
        "bare_singular": bare / (nouns or 1),
        "number_mismatch": mismatches * per_k,
        "of_chains": chains * per_k,
        "modifier_zipf": sum(modifiers) / len(modifiers) if modifiers else 0.0,
        "verb_zipf": sum(verbs) / len(verbs) if verbs else 0.0,
    }


def _tr():
    return load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")


def load(tr) -> list[dict]:
    """Every excerpt of tune/ and signal/ with 100 words of prose, with every rate this round reads."""
    lx, tagger = lexicon.english(), tagging.tagger()
    if lx is None or tagger is None:
        raise SystemExit("translationese_confound.py: needs the words and grammar extras (pip install 'mtqa[words,grammar]')")
    docs = []
    for ex, lines, tagged, f in tr.tagged_excerpts(tagger, lx.zipf):
        stripped = [[t.tag for t in tagger.tag(strip_quotes(line))] for line in lines]
        f.update({f"stripped_{k}": v for k, v in pair_shares(stripped, translationese.TAG_PAIRS).items() if k in OTHER_PAIRS})
        f.update(word_pair_rates(lines))
        f.update(candidate_rates(tagged, lx.zipf))
        docs.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "f": f})
    return docs


def loso(tr, docs: list[dict], names: list[str], zeroed: Sequence[str] = ()) -> list[float]:
    """Leave-one-site-out logits; `zeroed`: rates fitted but scored at the fold's clean mean
    (z = 0), as the shipped model reads a text without tags."""
    import numpy as np

    x = np.array([[d["f"][k] for k in names] for d in docs], dtype=float)
    y = np.array([int(d["mt"]) for d in docs])
    sites = np.array([d["site"] for d in docs])
    keep = np.array([k not in zeroed for k in names], dtype=float)
    out = np.zeros(len(docs))
    for site in sorted(set(sites.tolist())):
        test = sites == site
        clean = x[~test & (y == 0)]
        mean, sd = clean.mean(axis=0), clean.std(axis=0)
        sd[sd == 0] = 1.0
        w = tr.fit_logit(((x[~test] - mean) / sd).tolist(), y[~test].tolist(), 10.0)
        out[test] = w[0] + ((x[test] - mean) / sd * keep) @ np.array(w[1:])
    return out.tolist()


def figures(tr, docs: list[dict], scores: list[float]) -> dict:
    """The overall AUC and each MT kind's against all clean excerpts."""
    clean = [s for s, d in zip(scores, docs) if not d["mt"]]
    kinds = sorted({d["kind"] for d in docs if d["mt"]})
    per_kind = {k: round(tr.auc([s for s, d in zip(scores, docs) if d["mt"] and d["kind"] == k], clean), 4)
                for k in kinds}
    return {"auc": round(tr.auc([s for s, d in zip(scores, docs) if d["mt"]], clean), 4), "per_kind": per_kind}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    tr = _tr()
    docs = load(tr)
    ten = list(tr.FIRST_ROUND)
    shipped = ten + TAGS
    sets: dict[str, tuple[list[str], tuple[str, ...]]] = {
        "shipped": (shipped, ()),
        "no_quote_pairs": (ten + OTHER_PAIRS, ()),
        "quotes_stripped": (ten + STRIPPED, ()),
        "without": (shipped, tuple(TAGS)),
        "ten_alone": (ten, ()),
        "word_pairs": (ten + WORD_PAIRS, ()),
    }
    out: dict = {"documents": {"mt": sum(d["mt"] for d in docs), "clean": sum(not d["mt"] for d in docs),
                               "sites": len({d["site"] for d in docs}),
                               "kinds": dict(Counter(d["kind"] for d in docs))}}
    for name, (names, zeroed) in sets.items():
        out[name] = figures(tr, docs, loso(tr, docs, names, zeroed))
    losses = {k: round(out["shipped"]["auc"] - out[k]["auc"], 4) for k in ("no_quote_pairs", "quotes_stripped")}
    best = min(losses, key=lambda k: (losses[k], k != "no_quote_pairs"))
    out["question_1"] = {"loss": losses, "preferred": best if losses[best] < MAX_QUOTE_LOSS else "shipped"}
    gains = {k: round(out[k]["auc"] - out["without"]["auc"], 4) for k in ("ten_alone", "word_pairs")}
    out["question_2"] = {"gain_over_without": gains,
                         "passes_part_1": [k for k in ("ten_alone", "word_pairs") if gains[k] >= MIN_GAIN]}
    base_name = out["question_1"]["preferred"]
    base = sets[base_name][0]
    q3: dict = {"base": base_name, "candidates": {}}
    for name, sign in CANDIDATES.items():
        own = [(-1 if sign < 0 else 1) * d["f"][name] for d in docs]
        fig = figures(tr, docs, loso(tr, docs, base + [name]))
        q3["candidates"][name] = {
            "mt_mean": round(sum(d["f"][name] for d in docs if d["mt"]) / out["documents"]["mt"], 5),
            "clean_mean": round(sum(d["f"][name] for d in docs if not d["mt"]) / out["documents"]["clean"], 5),
            "own_auc_expected_way": round(tr.auc([v for v, d in zip(own, docs) if d["mt"]],
                                                 [v for v, d in zip(own, docs) if not d["mt"]]), 4),
            "auc": fig["auc"], "gain": round(fig["auc"] - out[base_name]["auc"], 4), "per_kind": fig["per_kind"]}
    q3["passes_part_1"] = sorted((k for k, v in q3["candidates"].items() if v["gain"] >= MIN_GAIN),
                                 key=lambda k: -q3["candidates"][k]["auc"])
    out["question_3"] = q3
    report_json(out, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
