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


def log_ratios(mt_counts: Any, clean_counts: Any, alpha: float = ALPHA) -> Any:
    """log p(e | MT) - log p(e | clean) for every event of a fixed set, add-`alpha` smoothed over it;
    the counts are numpy vectors over the set. The one formula every profile of the signal is
    learned with (this module's pairs, and the candidate profiles of the rounds' scripts)."""
    import numpy as np

    v = len(mt_counts)
    return (np.log((mt_counts + alpha) / (mt_counts.sum() + alpha * v))
            - np.log((clean_counts + alpha) / (clean_counts.sum() + alpha * v)))


def read(counts: Any, table: Any) -> Any:
    """Each document's mean ratio over its events (documents x events counts), 0 without an event."""
    import numpy as np

    totals = counts.sum(axis=1)
    return np.where(totals > 0, counts @ table / np.where(totals > 0, totals, 1.0), 0.0)


def fold_values(counts: Any, mt: Any, sites: Any, train: Any, alpha: float = ALPHA) -> Any:
    """The cross-fitting every profile of the signal is read with, written once: the documents
    outside `train` scored with ratios learned from every training document, each training document
    with ratios learned from the training documents outside its own site (so that a regression
    fitted on them does not weigh in-sample ratios). `counts`: documents x events; `mt`, `sites`,
    `train`: arrays over the documents."""
    mt_all = counts[train & mt].sum(axis=0)
    clean_all = counts[train & ~mt].sum(axis=0)
    out = read(counts, log_ratios(mt_all, clean_all, alpha))
    for site in sorted(set(sites[train].tolist())):
        own = train & (sites == site)
        table = log_ratios(mt_all - counts[own & mt].sum(axis=0), clean_all - counts[own & ~mt].sum(axis=0), alpha)
        out[own] = read(counts[own], table)
    return out


def pair_matrix(pairs: Iterable[Counter[tuple[str, str]]]) -> Any:
    """Some documents' class pairs as a documents x PAIRS matrix of counts."""
    import numpy as np

    return np.array([[c[p] for p in PAIRS] for c in pairs], dtype=float).reshape(-1, len(PAIRS))


def ratios(mt: Counter[tuple[str, str]], clean: Counter[tuple[str, str]],
           alpha: float = ALPHA) -> dict[tuple[str, str], float]:
    """log p(pair | MT) - log p(pair | clean), add-`alpha` smoothed over the 169 pairs."""
    table = log_ratios(pair_matrix([mt])[0], pair_matrix([clean])[0], alpha)
    return dict(zip(PAIRS, table.tolist()))


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
    """Each entry's profile value read with ratios learned from the other sites' entries
    (`fold_values` with every entry in training); entries without a pair have none."""
    import numpy as np

    counts = pair_matrix(e.pairs for e in entries)
    values = fold_values(counts, np.array([e.mt for e in entries], dtype=bool), np.array([e.site for e in entries]),
                         np.ones(len(entries), dtype=bool))
    return {e.file: float(v) for e, v, n in zip(entries, values, counts.sum(axis=1)) if n > 0}


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


def stale_for(module: Path, shipped: str, fit_script: str) -> str | None:
    """Why a profile module's ratios (learned when the corpus digest was `shipped`) are stale for
    the corpus as it stands, or None; `fit_script`: the command that rewrites them. Every profile's."""
    digest = corpus_digest()
    if shipped != digest:
        return (f"mtqa/{module.name}'s ratios were learned from another corpus (digest {shipped or 'none'}, "
                f"the corpus now {digest}): run `python benchmarks/{fit_script} --write` first, then refit")
    return None


def stale() -> str | None:
    """Why the shipped ratios are stale for the corpus as it stands, or None when they are not."""
    return stale_for(MODULE, tag_profile.CORPUS_DIGEST, "tag_profile_fit.py")


def cli(argv: list[str] | None, doc: str, module: Path, shipped: str, why_stale: Any, write: Any) -> int:
    """A profile's fit script's command line, every profile's: `--check` prints `why_stale()` (exit 1
    when stale), `--write` calls `write()`, which rewrites `module` and says what it learned from."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--write", action="store_true", help=f"learn the ratios and rewrite mtqa/{module.name}")
    what.add_argument("--check", action="store_true", help="exit 1 when the shipped ratios are stale")
    args = ap.parse_args(argv)
    if args.check:
        why = why_stale()
        print(why or f"mtqa/{module.name}'s ratios match the corpus ({shipped})")
        return 1 if why else 0
    print(write())
    return 0


def write() -> str:
    """Learn the ratios from the corpus and rewrite mtqa/tag_profile.py; what was done."""
    entries = corpus_entries()
    digest = corpus_digest()
    MODULE.write_text(module_text(MODULE.read_text(encoding="utf-8"), learn(entries), digest), encoding="utf-8")
    return (f"mtqa/tag_profile.py: ratios learned from {len(entries)} excerpts "
            f"({sum(e.mt for e in entries)} MT), corpus digest {digest}")


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__ or "", MODULE, tag_profile.CORPUS_DIGEST, stale, write)


if __name__ == "__main__":
    raise SystemExit(main())
