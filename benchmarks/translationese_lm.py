"""The thirteenth round (benchmarks/README.md): a language model and word frequencies as
document rates for the translationese signal, judged leave-one-site-out.

    python benchmarks/translationese_lm.py          # per-candidate and per-set AUC on tune/ + signal/
    python benchmarks/translationese_lm.py --neutral  # the second part: the spelling-neutral rate

The candidates and the rule were written down before this was first run (benchmarks/README.md,
"Thirteenth round"). Each is read over the prose lines the shipped ten rates read
(`mtqa.translationese.prose`); the language model is CMU's trigram model (`mtqa.language_model`,
the `lm` extra), the frequencies wordfreq's (`mtqa.lexicon`, the `words` extra). The fits are
`translationese.loso_logits`'s (a fold's clean norms and weights never see its site, L2 10).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()
from mtqa import language_model, lexicon, translationese  # noqa: E402
import regex  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "translationese_lm.json"
SURPRISED = 1.0  # log10 units: a word ten times less likely after its context than alone
KNOWN_ZIPF = 1.0  # wordfreq knows the word
# name -> a-priori sign in machine-translated news (+1 higher, -1 lower), fixed before measuring
CANDIDATES = {
    "lm_context_gain": -1,
    "lm_unigram_backoff": 1,
    "lm_surprised": 1,
    "off_lm_vocabulary": 1,
    "zipf_spread": 1,
}
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
MIN_GAIN = 0.02  # part (1) of the rule: leave-one-site-out AUC over the shipped ten's
LM_RATES = ["lm_context_gain", "lm_unigram_backoff", "lm_surprised", "off_lm_vocabulary"]


def content_words(lines: list[str]) -> list[str]:
    """The content words as the ten rates take them: lowercase as written, over two letters,
    not function words (lowercased, straight apostrophes), every occurrence."""
    out = []
    for line in lines:
        for w in _WORD.findall(line):
            low = w.lower().replace("’", "'")
            if w[0].islower() and len(low) > 2 and low not in translationese.FUNCTION_WORDS:
                out.append(low)
    return out


def candidate_rates(lines: list[str], lm: language_model.Model, lx: lexicon.Lexicon) -> dict[str, float]:
    """The five candidates of some prose lines."""
    scored = list(language_model.score(lm, "\n".join(lines)))
    n = len(scored)
    content = content_words(lines)
    known = [w for w in content if lx.zipf(w) >= KNOWN_ZIPF]
    zipfs = [lx.zipf(w) for w in set(content)]
    return {
        "lm_context_gain": statistics.fmean(-s.surprise for s in scored) if n else 0.0,
        "lm_unigram_backoff": sum(s.order == 1 for s in scored) / n if n else 0.0,
        "lm_surprised": sum(s.surprise >= SURPRISED for s in scored) / n if n else 0.0,
        "off_lm_vocabulary": sum(lm.word_id(w) is None for w in known) / len(known) if known else 0.0,
        "zipf_spread": statistics.pstdev(zipfs) if len(zipfs) > 1 else 0.0,
    }


NEUTRAL_ZIPF = 3.0  # the second part: a word English news uses about once per million words
NEUTRAL_RESULTS = ROOT / "benchmarks" / "results" / "translationese_lm_neutral.json"
# A general Canadian/British -> US mapping, tried after the spelling pack's own table.
_US_PATTERNS = [
    (regex.compile(r"our(s|ed|ing|able|ably|ful|fully|ite|ites|less)?$"), r"or\1"),
    (regex.compile(r"re(s|d)?$"), r"er\1"),
    (regex.compile(r"ence(s)?$"), r"ense\1"),
    (regex.compile(r"ogue(s)?$"), r"og\1"),
    (regex.compile(r"ll(ed|ing|er|ers|or|ors)$"), r"l\1"),
    (regex.compile(r"(?<=[^l])l(ment|ments)$"), r"ll\1"),
]


def us_forms(word: str, pack: dict[str, str]) -> list[str]:
    """The word and the US forms it may be a Canadian/British spelling of."""
    forms = [word]
    if word in pack:
        forms.append(pack[word])
    for pattern, repl in _US_PATTERNS:
        us = pattern.sub(repl, word, count=1)
        if us != word:
            forms.append(us)
    return forms


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def project_words() -> tuple[set[str], dict[str, str]]:
    """Every lowercased word of the built-in packs' terms, and the spelling pack's en-CA table
    read backwards (Canadian form -> US form)."""
    import tomllib

    words: set[str] = set()
    for path in sorted((ROOT / "rules").rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        data.pop("pack", None)
        for s in _strings(data):
            words.update(w.lower().replace("’", "'") for w in _WORD.findall(s))
    spelling = tomllib.loads((ROOT / "rules" / "spelling.toml").read_text(encoding="utf-8"))
    table = spelling["locale"]["en-CA"]["words"]
    return words, {ca.lower(): us.lower() for us, ca in table.items()}


def neutral_rate(content: list[str], lm, lx, known_words: set[str], pack: dict[str, str]) -> float:
    """The share of content words neither the model nor English news knows, spelling aside."""
    def known(word: str) -> bool:
        if word in known_words:
            return True
        forms = us_forms(word, pack)
        return any(lm.word_id(f) is not None or lx.zipf(f) >= NEUTRAL_ZIPF for f in forms)

    cache: dict[str, bool] = {}
    unknown = sum(not cache.setdefault(w, known(w)) for w in content)
    return unknown / len(content) if content else 0.0


def load_neutral(tr) -> list[dict]:
    """Every excerpt of tune/ and signal/ with 100 words of prose: its ten rates, the first
    part's `off_lm_vocabulary` and the second part's `neutral_off_vocabulary`."""
    lm, lx = language_model.model(), lexicon.english()
    if lm is None or lx is None:
        raise SystemExit("translationese_lm.py: needs the lm and words extras (pip install 'mtqa[lm,words]')")
    known_words, pack = project_words()
    docs = []
    for ex in tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)):
        lines = translationese.prose([ex.body])
        f = translationese.rates(lines, lx.zipf)
        if f is None:
            continue
        content = content_words(lines)
        known = [w for w in content if lx.zipf(w) >= KNOWN_ZIPF]
        f["off_lm_vocabulary"] = sum(lm.word_id(w) is None for w in known) / len(known) if known else 0.0
        f["neutral_off_vocabulary"] = neutral_rate(content, lm, lx, known_words, pack)
        # A diagnostic, not a candidate: the first part's rate with spelling alone set aside.
        f["off_lm_us_spelling"] = (sum(all(lm.word_id(u) is None for u in us_forms(w, pack)) for w in known) / len(known)
                                   if known else 0.0)
        f["_prose_words"] = float(min(translationese.word_count(lines), translationese.MAX_PROSE_WORDS))
        docs.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "f": f})
    return docs


def main_neutral(tr) -> int:
    """The second part: the spelling-neutral rate, judged by the first part's rule."""
    docs = load_neutral(tr)
    mt = [d for d in docs if d["mt"]]
    clean = [d for d in docs if not d["mt"]]
    print(f"{len(mt)} MT, {len(clean)} clean excerpts, {len({d['site'] for d in docs})} sites")
    base = list(tr.FIRST_ROUND)
    out: dict = {"excerpts": {"mt": len(mt), "clean": len(clean)}, "zipf_floor": NEUTRAL_ZIPF, "single_auc": {}, "sets": {}}
    for k in ("off_lm_vocabulary", "off_lm_us_spelling", "neutral_off_vocabulary"):
        a = tr.auc([d["f"][k] for d in mt], [d["f"][k] for d in clean])
        out["single_auc"][k] = {"auc_mt_above": round(a, 3), "mt_mean": round(statistics.fmean(d["f"][k] for d in mt), 5),
                                "clean_mean": round(statistics.fmean(d["f"][k] for d in clean), 5)}
        print(f"{k:<24} MT {out['single_auc'][k]['mt_mean']:.5f}  clean {out['single_auc'][k]['clean_mean']:.5f}  AUC (MT above) {a:.3f}")
    sets = {"the shipped ten": base, "+ off_lm_vocabulary": base + ["off_lm_vocabulary"],
            "+ off_lm_us_spelling (diagnostic)": base + ["off_lm_us_spelling"],
            "+ neutral_off_vocabulary": base + ["neutral_off_vocabulary"]}
    reference = None
    for name, names in sets.items():
        a = tr.loso_auc(docs, names)
        reference = a if reference is None else reference
        kinds = tr.per_kind(docs, names)
        out["sets"][name] = {"features": names, "loso_auc": round(a, 4), "gain": round(a - reference, 4), "per_kind": kinds}
        print(f"{name:<34} LOSO AUC {a:.4f} ({a - reference:+.4f})  " + ", ".join(f"{k} {v:.2f}" for k, v in kinds.items()))
    gain = out["sets"]["+ neutral_off_vocabulary"]["gain"]
    out["part_1_passes"] = gain >= MIN_GAIN
    print(f"part (1) of the rule: the neutral rate gains {gain:+.4f} ({'passes' if gain >= MIN_GAIN else 'fails'}; needs {MIN_GAIN})")
    if gain >= MIN_GAIN:
        out["part_2"] = verdicts(tr, docs, {"the shipped ten": base, "+ neutral_off_vocabulary": sets["+ neutral_off_vocabulary"]})
    NEUTRAL_RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


def load(tr) -> list[dict]:
    """Every excerpt of tune/ and signal/ with 100 words of prose: its ten rates and the candidates."""
    lm, lx = language_model.model(), lexicon.english()
    if lm is None or lx is None:
        raise SystemExit("translationese_lm.py: needs the lm and words extras (pip install 'mtqa[lm,words]')")
    docs = []
    for ex in tr._corpus().load_excerpts(halves=("tune", tr.SIGNAL)):
        lines = translationese.prose([ex.body])
        f = translationese.rates(lines, lx.zipf)
        if f is None:
            continue
        f.update(candidate_rates(lines, lm, lx))
        f["_prose_words"] = float(min(translationese.word_count(lines), translationese.MAX_PROSE_WORDS))
        docs.append({"file": ex.rel, "site": ex.site, "kind": ex.kind, "mt": ex.is_mt, "f": f})
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--neutral", action="store_true", help="the second part: the spelling-neutral rate")
    args = parser.parse_args(argv)
    tr = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    if args.neutral:
        return main_neutral(tr)
    t0 = time.perf_counter()
    docs = load(tr)
    mt = [d for d in docs if d["mt"]]
    clean = [d for d in docs if not d["mt"]]
    print(f"{len(mt)} MT, {len(clean)} clean excerpts, {len({d['site'] for d in docs})} sites "
          f"({time.perf_counter() - t0:.1f} s)")
    base = list(tr.FIRST_ROUND)  # the ten rates shipped before this round
    out: dict = {"excerpts": {"mt": len(mt), "clean": len(clean)}, "single_auc": {}, "sets": {}}
    for k, sign in CANDIDATES.items():
        a = tr.auc([d["f"][k] for d in mt], [d["f"][k] for d in clean])
        out["single_auc"][k] = round(a, 3)
        print(f"{k:<20} MT {statistics.fmean(d['f'][k] for d in mt):8.4f}  clean "
              f"{statistics.fmean(d['f'][k] for d in clean):8.4f}  AUC (MT above) {a:.3f}  expected {'+' if sign > 0 else '-'}")
    sets = {"the shipped ten": base}
    sets.update({f"+ {k}": base + [k] for k in CANDIDATES})
    sets["+ the four LM rates"] = base + LM_RATES
    sets["+ all five"] = base + list(CANDIDATES)
    reference = None
    for name, names in sets.items():
        a = tr.loso_auc(docs, names)
        reference = a if reference is None else reference
        kinds = tr.per_kind(docs, names)
        out["sets"][name] = {"features": names, "loso_auc": round(a, 4), "gain": round(a - reference, 4), "per_kind": kinds}
        print(f"{name:<26} LOSO AUC {a:.4f} ({a - reference:+.4f})  " + ", ".join(f"{k} {v:.2f}" for k, v in kinds.items()))
    passing = [name for name, row in out["sets"].items() if row["gain"] >= MIN_GAIN]
    if passing:
        best = max(passing, key=lambda name: (out["sets"][name]["loso_auc"], -len(sets[name])))
        print(f"part (1) of the rule: {', '.join(passing)} pass; {best} goes to part (2)")
        out["part_2"] = {"set": best, **verdicts(tr, docs, {"the shipped ten": base, best: sets[best]})}
    else:
        print("part (1) of the rule: no set gains 0.02; nothing goes to part (2)")
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


def verdicts(tr, docs: list[dict], sets: dict[str, list[str]]) -> dict:
    """Part (2) of the rule, simulated as `translationese.py` weighs the verdict: each set's
    entry pick (`entry_procedure`, logit cross-validated by site), then the model fitted on all
    the tuning data (what mtqa would ship) scoring the tuning half, its findings added to the
    rules' penalty (`entry_findings`), and the pass threshold chosen as `calibrate_verdict.py`
    chooses it. The shipped ten's row checks the simulation against mtqa's own figures."""
    rows = None
    out = {}
    for name, names in sets.items():
        cv = tr.cross_validate(docs, names, [], 10.0)
        if rows is None:
            rows = tr.entry_rows(docs, cv)
        else:
            rows = [dict(r, logit=cv[r["file"]]["logit"] if r["file"] in cv else float("-inf")) for r in rows]
        mode, t = tr.entry_procedure(rows, translationese.ENTRY_MODES)
        norm, w = tr.fit_final(docs, names, [], 10.0)
        logits = {d["file"]: tr.logit(d["f"], norm, w) for d in docs}
        tune = []
        for r in rows:
            if not r["file"].startswith("tune/"):
                continue
            extra = tr.MAJOR * tr.entry_findings(mode, t, logits.get(r["file"], float("-inf")), r["prose"], r["penalty"])
            score = max(0.0, 100 * (1 - (r["penalty"] + extra) / r["words"])) if r["words"] else 100.0
            tune.append({"mt": r["mt"], "passed": r["passed"], "score": score})
        cal = load_script("mtqa_calibrate_verdict", ROOT / "benchmarks" / "calibrate_verdict.py")
        threshold = cal.choose(tune)
        mt_fail, clean_pass = cal.rates(tune, threshold)
        out[name] = {"entry": [mode, t], "pass_threshold": threshold, "tune_mt_failing": round(mt_fail, 3),
                     "tune_clean_passing": round(clean_pass, 3),
                     "tune_auc": round(tr.auc([d["score"] for d in tune if not d["mt"]], [d["score"] for d in tune if d["mt"]]), 3)}
        print(f"{name:<26} entry {mode} {t}; pass threshold {threshold}: tuning half MT failing "
              f"{100 * mt_fail:.1f} %, clean passing {100 * clean_pass:.1f} %, AUC {out[name]['tune_auc']}")
    return out


if __name__ == "__main__":
    sys.exit(main())
