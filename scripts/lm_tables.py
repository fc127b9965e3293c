"""The command line shared by the table builders that read CMU's trigram model
(`build_bare_names.py`, `build_preposition_choice.py`, `build_bare_nouns.py`).

Each builder keeps what is its own (its candidates, its measure, its pack's layout); this module
holds what was written three times: `--report` and `--explain`, loading the model, the tagger and
the pronouncing dictionary, the "needs the extras" exit 2, and the write-and-say tail. It lives in
scripts/, not in mtqa, because only these offline builders need it: `import mtqa` never loads it.
A builder imports it with scripts/ on `sys.path` (as build_collocations.py imports build_spun_terms).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed

Counts = dict[str, int]


def table_main(
    argv: Sequence[str] | None,
    *,
    description: str,
    kept_noun: str,
    explained: str,
    explain: Callable[[Any, Any, Path, str], str],
    build: Callable[[Any, Any, Path], tuple[list, Counts]],
    report_line: Callable[[Any], str],
    write: Callable[[list, Counts], None],
    out: Path,
) -> int:
    """Run a builder: `--explain WORD ...` prints `explain(model, tagger, dictionary, word)` for
    each word the model knows; `--report` prints `report_line` of each kept entry and the gate
    counts, writing nothing; with neither, `write` rewrites the pack at `out`. Exit 2 without the
    extras the builders read (mtqa[lm] for the model and dictionary, mtqa[grammar] for the tagger)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--report", action="store_true", help=f"print the kept {kept_noun} and the gate counts; write nothing")
    ap.add_argument("--explain", nargs="+", metavar="WORD", help=f"print each word's {explained}")
    args = ap.parse_args(argv)
    from mtqa import language_model, tagging

    model, tagger = language_model.model(), tagging.tagger()
    dictionary = language_model.pronouncing_dictionary()
    if model is None or tagger is None or dictionary is None:
        print("needs the extras mtqa[lm] and mtqa[grammar]", file=sys.stderr)
        return 2
    if args.explain:
        for word in args.explain:
            print(f"{word}: not in the model" if model.word_id(word) is None else explain(model, tagger, dictionary, word))
        return 0
    kept, counts = build(model, tagger, dictionary)
    if args.report:
        for entry in kept:
            print(report_line(entry))
        print(counts)
        return 0
    write(kept, counts)
    print(f"wrote {out.relative_to(ROOT)}: {counts}")
    return 0
