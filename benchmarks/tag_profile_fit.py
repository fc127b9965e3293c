"""The tag-class profile's ratios (`mtqa/tag_profile.py`): learned, cross-fitted, written, checked.

    python benchmarks/tag_profile_fit.py --write    # learn RATIOS on tune/ + signal/, rewrite the module
    python benchmarks/tag_profile_fit.py --check    # exit 1 when the shipped ratios are stale

Why one command: the ratios are learned from the corpus, and the document signal's model
(`benchmarks/translationese.py --constants`) is fitted on top of them. If the corpus grows and
the ratios are not relearned, the model ships on a profile that no longer matches its data, so
`--write` rewrites the module itself (RATIOS and CORPUS_DIGEST, a digest of the files the
ratios were learned from) and `benchmarks/refit_gate.py` refuses to run while the digest is stale.

Why cross-fitted: the shipped ratios are learned from every tuning excerpt, so an excerpt's own
profile value read with them is in-sample, and the regression would weigh the rate as if it
separated unseen copy as well as it separates the copy it learned from (at stop 44, about a
quarter too high). The refit therefore reads each training excerpt's `tag_profile` from ratios
learned without its site (`cross_fitted`); only what ships is learned from all of them.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()

from mtqa import tag_profile  # noqa: E402

ALPHA = 10.0  # add-alpha per pair of classes (benchmarks/README.md, "Twentieth round")
MODULE = ROOT / "mtqa" / "tag_profile.py"
CORPUS = ROOT / "benchmarks" / "corpus"
FOLDERS = ("tune", "signal")  # what the ratios and the model are learned from
PAIRS = tuple((a, b) for a in tag_profile.CLASSES for b in tag_profile.CLASSES)


@dataclass(frozen=True)
class Entry:
    """One training excerpt's coarse class pairs."""
    file: str
    site: str
    mt: bool
    pairs: Counter[tuple[str, str]]


def class_pairs(tags_by_line: Iterable[list[str]]) -> Counter[tuple[str, str]]:
    """The pairs of coarse classes within each line (none across lines), as mtqa reads them."""
    out: Counter[tuple[str, str]] = Counter()
    for tags in tags_by_line:
        classes = [tag_profile.coarse(t) for t in tags]
        out.update(zip(classes, classes[1:]))
    return out


def corpus_entries(bench: Any = None) -> list[Entry]:
    """Every excerpt of tune/ and signal/ the model is fitted on (100 words of prose), tagged;
    `bench`: benchmarks/translationese.py when the caller has it loaded already."""
    if bench is None:
        bench = load_script("mtqa_translationese_bench", ROOT / "benchmarks" / "translationese.py")
    tagger = bench._tagger()
    if tagger is None:
        raise SystemExit("tag_profile_fit.py: needs the part-of-speech tagger (pip install 'mtqa[grammar]')")
    return [Entry(ex.rel, ex.site, ex.is_mt, class_pairs([t.tag for t in tokens] for tokens in tagged))
            for ex, _lines, tagged, _rates in bench.tagged_excerpts(tagger, bench._lexicon().zipf)]


def corpus_digest(root: Path = CORPUS) -> str:
    """A digest of the files the ratios are learned from (their names and bytes) and of ALPHA."""
    h = hashlib.sha256(f"alpha={ALPHA}\n".encode())
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.txt")):
            h.update(f"{folder}/{path.name}\n".encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def ratios(mt: Counter[tuple[str, str]], clean: Counter[tuple[str, str]],
           alpha: float = ALPHA) -> dict[tuple[str, str], float]:
    """log p(pair | MT) - log p(pair | clean), add-`alpha` smoothed over the 169 pairs."""
    mt_total = sum(mt[p] for p in PAIRS) + alpha * len(PAIRS)
    clean_total = sum(clean[p] for p in PAIRS) + alpha * len(PAIRS)
    return {p: math.log((mt[p] + alpha) / mt_total) - math.log((clean[p] + alpha) / clean_total) for p in PAIRS}


def learn(entries: Iterable[Entry]) -> dict[tuple[str, str], float]:
    """The ratios learned from some entries."""
    mt: Counter[tuple[str, str]] = Counter()
    clean: Counter[tuple[str, str]] = Counter()
    for e in entries:
        (mt if e.mt else clean).update(e.pairs)
    return ratios(mt, clean)


def mean(pairs: Counter[tuple[str, str]], table: dict[tuple[str, str], float]) -> float | None:
    """A document's mean ratio over its pairs (as `tag_profile.mean_ratio`), None without one."""
    total = sum(pairs.values())
    return sum(n * table[p] for p, n in pairs.items()) / total if total else None


def cross_fitted(entries: list[Entry]) -> dict[str, float]:
    """Each entry's profile value read with ratios learned from the other sites' entries."""
    out = {}
    for site in sorted({e.site for e in entries}):
        table = learn(e for e in entries if e.site != site)
        for e in entries:
            value = mean(e.pairs, table) if e.site == site else None
            if value is not None:
                out[e.file] = value
    return out


def module_text(text: str, table: dict[tuple[str, str], float], digest: str) -> str:
    """`mtqa/tag_profile.py`'s text with RATIOS and CORPUS_DIGEST replaced."""
    rows = "".join(
        "    (" + ", ".join(f"{table[(a, b)]:.4f}" for b in tag_profile.CLASSES) + f"),  # {a}\n"
        for a in tag_profile.CLASSES)
    block = f"RATIOS: tuple[tuple[float, ...], ...] = (\n{rows})\n"
    text, n = re.subn(r"RATIOS: tuple\[tuple\[float, \.\.\.\], \.\.\.\] = \(\n.*?\n\)\n", lambda _m: block, text,
                      count=1, flags=re.S)
    text, m = re.subn(r'CORPUS_DIGEST = "[0-9a-f]*"', f'CORPUS_DIGEST = "{digest}"', text, count=1)
    if n != 1 or m != 1:
        raise SystemExit(f"tag_profile_fit.py: cannot find RATIOS and CORPUS_DIGEST in {MODULE.name}")
    return text


def stale() -> str | None:
    """Why the shipped ratios are stale for the corpus as it stands, or None when they are not."""
    digest = corpus_digest()
    if tag_profile.CORPUS_DIGEST != digest:
        return (f"mtqa/tag_profile.py's ratios were learned from another corpus (digest "
                f"{tag_profile.CORPUS_DIGEST}, the corpus now {digest}): run "
                f"`python benchmarks/tag_profile_fit.py --write` first, then refit")
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--write", action="store_true", help="learn the ratios and rewrite mtqa/tag_profile.py")
    what.add_argument("--check", action="store_true", help="exit 1 when the shipped ratios are stale")
    args = ap.parse_args(argv)
    if args.check:
        why = stale()
        print(why or f"mtqa/tag_profile.py's ratios match the corpus ({tag_profile.CORPUS_DIGEST})")
        return 1 if why else 0
    entries = corpus_entries()
    digest = corpus_digest()
    MODULE.write_text(module_text(MODULE.read_text(encoding="utf-8"), learn(entries), digest), encoding="utf-8")
    print(f"mtqa/tag_profile.py: ratios learned from {len(entries)} excerpts "
          f"({sum(e.mt for e in entries)} MT), corpus digest {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
