"""Can a bundled English bigram table tell an unidiomatic word pair from a normal one?

    pip install wordsegment      # or symspellpy: neither is a dependency of mtqa
    python benchmarks/collocations.py [--table wordsegment|symspellpy]

The question behind it (issue 11): calques and spun terms are often two common words that
English news never puts together ("extra demand" for "excess demand"). The bigram tables that
small, permissively licensed packages bundle (wordsegment, Apache-2.0: ~286,000 bigrams of
Google's web corpus; symspellpy, MIT: ~243,000 of the same) could show that, if a pair of two
common words missing from the table were rare in clean news. This measures exactly that, on
the real-copy corpus's tuning half only (nothing of the held-back half is read):

- content-word pairs (adjacent words in one clause, neither a function word nor a name, both
  common): the share missing from the table in clean copy and in MT copy, per 1,000 words;
- the expected-count test: a missing pair whose two words are so common that, were they
  independent, the pair would be expected at least T times the table's smallest count (the
  PMI form of "both words common, pair never seen"): flags on clean copy, on MT copy, on labels;
- the tuning half's calque labels: how many hold a missing content pair, and the expected
  count of those pairs beside the table's floor (what the table can see at all).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()
RESULTS = ROOT / "benchmarks" / "results" / "collocations.json"

# The files each package bundles. Both come from Google's web corpus (1,024,908,267,229 tokens,
# the total wordsegment states): the unigram counts are the same in both, and symspellpy's
# bigram counts are that corpus's times 64 ("of the": 2,766,332,391 and 177,045,273,024).
WEB_CORPUS_TOKENS = 1024908267229.0
TABLES: dict[str, tuple[str, str, int]] = {  # package: (bigram file, unigram file, bigram scale)
    "wordsegment": ("bigrams.txt", "unigrams.txt", 1),
    "symspellpy": ("frequency_bigramdictionary_en_243_342.txt", "frequency_dictionary_en_82_765.txt", 64),
}
FUNCTION_WORDS = frozenset("""
a an the of to in on at for by with from and or but nor is are was were be been being am has have
had it its this that these those as not he she they we you i me him her them us his their our
your my who whom whose which what will would can could should may might shall must do does did
there than then so if about into onto over after before up out off no also just very too
""".split())
COMMON_ZIPF = 4.0  # both words at least this common (about 10 per million words and up)
THRESHOLDS = (0.3, 1.0, 3.0)
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
CLAUSE = re.compile(r"[^.,;:!?()\"“”\n—–-]+")


def load_table(package: str) -> tuple[dict[str, int], dict[str, int]]:
    """The package's bundled bigram and unigram counts (lowercased, on the web corpus's scale);
    the files are read directly, without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        _stop(f"needs the package {package} (pip install {package})")
    folder = Path(next(iter(spec.submodule_search_locations)))
    bigram_file, unigram_file, scale = TABLES[package]
    bigrams = {k: v // scale for k, v in _counts(folder / bigram_file).items()}
    return bigrams, _counts(folder / unigram_file)


def _stop(message: str) -> NoReturn:
    """A missing resource: one line on stderr, exit code 2."""
    print(f"collocations.py: {message}", file=sys.stderr)
    raise SystemExit(2)


def _counts(path: Path) -> dict[str, int]:
    """`word[ word]<tab or space>count` lines, keys lowercased (counts of case variants added)."""
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, count = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        if key and count.isdigit():
            key = key.lower()
            counts[key] = counts.get(key, 0) + int(count)
    return counts


def content_pairs(text: str, zipf) -> list[tuple[str, int, int]]:
    """Adjacent content words in one clause: (pair, start, end). Names (a capitalised word),
    function words and words rarer than COMMON_ZIPF are left out."""
    out = []
    for clause in CLAUSE.finditer(text):
        tokens = list(WORD.finditer(text, clause.start(), clause.end()))
        for a, b in zip(tokens, tokens[1:]):
            wa, wb = a.group(), b.group()
            if wa[0].isupper() or wb[0].isupper() or text[a.end():b.start()].strip():
                continue
            if wa in FUNCTION_WORDS or wb in FUNCTION_WORDS:
                continue
            if zipf(wa) < COMMON_ZIPF or zipf(wb) < COMMON_ZIPF:
                continue
            out.append((f"{wa} {wb}", a.start(), b.end()))
    return out


def measure(package: str) -> dict:
    from mtqa.lexicon import english

    lexicon = english()
    if lexicon is None:
        _stop("needs wordfreq (pip install 'mtqa[words]')")
    bigrams, unigrams = load_table(package)
    total = WEB_CORPUS_TOKENS
    floor = min(bigrams.values())
    from benchmarks.real_copy import load_excerpts, load_labels

    excerpts = [ex for ex in load_excerpts() if ex.half == "tune"]
    labels = [lab for lab in load_labels(bodies={ex.rel: ex.body for ex in excerpts})
              if lab.file.startswith("tune/") and lab.start >= 0]

    def expected(pair: str) -> float:
        a, b = pair.split()
        return unigrams.get(a, 0) * unigrams.get(b, 0) / total

    groups: dict[str, dict] = {}
    for group in ("clean", "mt"):
        chosen = [ex for ex in excerpts if ex.is_mt == (group == "mt")]
        words = sum(ex.words for ex in chosen)
        pairs = missing = 0
        on_label = {"listed": 0, "missing": 0}  # pairs that overlap a label, by table status
        flags = {t: {"flags": 0, "on_label": 0} for t in THRESHOLDS}
        for ex in chosen:
            spans = [(lab.start, lab.end) for lab in labels if lab.file == ex.rel]
            for pair, start, end in content_pairs(ex.body, lexicon.zipf):
                pairs += 1
                labelled = any(s < end and start < e for s, e in spans)
                on_label["listed" if pair in bigrams else "missing"] += labelled
                if pair in bigrams:
                    continue
                missing += 1
                for t in THRESHOLDS:
                    if expected(pair) >= t * floor:
                        flags[t]["flags"] += 1
                        flags[t]["on_label"] += labelled
        groups[group] = {
            "words": words, "content_pairs": pairs, "missing": missing,
            "missing_share": round(missing / pairs, 3) if pairs else None,
            "missing_per_1000_words": round(1000 * missing / words, 1) if words else None,
            "on_label": {"listed": f"{on_label['listed']}/{pairs - missing}",
                         "missing": f"{on_label['missing']}/{missing}"},
            "expected_count_test": {
                str(t): {**v, "per_1000_words": round(1000 * v["flags"] / words, 2) if words else None}
                for t, v in flags.items()
            },
        }

    bodies = {ex.rel: ex.body for ex in excerpts if ex.is_mt}
    calques = [lab for lab in labels if lab.family == "calques" and lab.catchable == "rule" and lab.file in bodies]
    holding = 0
    expectations: list[float] = []
    for lab in calques:
        inside = [p for p, s, e in content_pairs(bodies[lab.file], lexicon.zipf)
                  if s < lab.end and lab.start < e and p not in bigrams]
        holding += bool(inside)
        expectations += [expected(p) for p in inside]
    return {
        "table": package, "bigrams": len(bigrams), "floor_count": floor, "corpus_total": total,
        "common_zipf": COMMON_ZIPF, "groups": groups,
        "calque_labels": {
            "of": len(calques), "holding_a_missing_pair": holding,
            "median_expected_count_of_those_pairs": round(statistics.median(expectations)) if expectations else None,
        },
    }


def render(r: dict) -> str:
    out = [f"== {r['table']}: {r['bigrams']:,} bigrams, smallest count {r['floor_count']:,} "
           f"in {r['corpus_total']:,.0f} tokens (tuning half only; both words Zipf >= {r['common_zipf']})"]
    for group, g in r["groups"].items():
        out.append(f"{group:>5}: {g['words']:,} words, {g['content_pairs']} content pairs, missing from the table "
                   f"{g['missing']} ({100 * g['missing_share']:.1f} %), {g['missing_per_1000_words']} per 1,000 words")
        if group == "mt":
            out.append(f"       pairs overlapping a label: listed {g['on_label']['listed']}, "
                       f"missing {g['on_label']['missing']}")
        for t, v in g["expected_count_test"].items():
            out.append(f"       expected >= {t} x smallest count: {v['flags']} flags "
                       f"({v['per_1000_words']} per 1,000 words), {v['on_label']} on labels")
    c = r["calque_labels"]
    out.append(f"calque labels: {c['holding_a_missing_pair']}/{c['of']} hold a missing content pair; the median "
               f"expected count of those pairs is {c['median_expected_count_of_those_pairs']} "
               f"(the table lists nothing below {r['floor_count']:,})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--table", choices=sorted(TABLES), default="wordsegment")
    ap.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    args = ap.parse_args(argv)
    result = measure(args.table)
    print(render(result))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
