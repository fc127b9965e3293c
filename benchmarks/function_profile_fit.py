"""The function-word profile's ratios (`mtqa/function_profile.py`): learned, cross-fitted, written, checked.

    python benchmarks/function_profile_fit.py --write    # learn RATIOS on tune/ + signal/, rewrite the module
    python benchmarks/function_profile_fit.py --check    # exit 1 when the shipped ratios are stale

The same reasons and the same code as the tag-class profile's (`tag_profile_fit.py`): one command
rewrites the module (RATIOS and CORPUS_DIGEST), `benchmarks/refit_gate.py` refuses to run while the
digest is stale, and the refit reads each training excerpt's `function_profile` from ratios learned
without its site (`cross_fitted`, through `tag_profile_fit.fold_values`), so that the regression does
not weigh in-sample ratios. Only the event set differs: `mtqa.function_profile`'s 468 events.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()

from mtqa import function_profile, translationese  # noqa: E402

_FIT = load_script("mtqa_tag_profile_fit", ROOT / "benchmarks" / "tag_profile_fit.py")
MODULE = ROOT / "mtqa" / "function_profile.py"
EVENTS = tuple(f"{w}|{f}" for w in function_profile.CLOSED_CLASS for f in function_profile.FOLLOWERS)


@dataclass(frozen=True)
class Entry:
    """One training excerpt's function-word events."""
    file: str
    site: str
    mt: bool
    events: Counter[str]


def corpus_entries() -> list[Entry]:
    """Every excerpt of tune/ and signal/ the model is fitted on (100 words of prose), its prose
    read as mtqa reads it."""
    load = load_script("mtqa_corpus_load", ROOT / "benchmarks" / "corpus" / "load.py")
    out = []
    for ex in load.load_excerpts(halves=_FIT.FOLDERS):
        lines = translationese.prose([ex.body])
        if translationese.word_count(lines) >= translationese.MIN_PROSE_WORDS:
            out.append(Entry(ex.rel, ex.site, ex.is_mt, function_profile.events(lines)))
    return out


def event_matrix(entries: list[Entry]) -> Any:
    """The entries' events as a documents x EVENTS matrix of counts."""
    import numpy as np

    return np.array([[e.events[v] for v in EVENTS] for e in entries], dtype=float).reshape(-1, len(EVENTS))


def learn(entries: list[Entry]) -> dict[str, float]:
    """The ratios learned from some entries (`tag_profile_fit.log_ratios`)."""
    import numpy as np

    counts = event_matrix(entries)
    mt = np.array([e.mt for e in entries], dtype=bool)
    return dict(zip(EVENTS, _FIT.log_ratios(counts[mt].sum(axis=0), counts[~mt].sum(axis=0)).tolist()))


def cross_fitted(entries: list[Entry]) -> dict[str, float]:
    """Each entry's profile value read with ratios learned from the other sites' entries; entries
    without an event have none."""
    import numpy as np

    counts = event_matrix(entries)
    values = _FIT.fold_values(counts, np.array([e.mt for e in entries], dtype=bool),
                              np.array([e.site for e in entries]), np.ones(len(entries), dtype=bool))
    return {e.file: float(v) for e, v, n in zip(entries, values, counts.sum(axis=1)) if n > 0}


def module_text(text: str, table: dict[str, float], digest: str) -> str:
    """`mtqa/function_profile.py`'s text with RATIOS and CORPUS_DIGEST replaced."""
    rows = "".join(f'    "{w}": (' + ", ".join(f"{table[f'{w}|{f}']:.4f}" for f in function_profile.FOLLOWERS) + "),\n"
                   for w in function_profile.CLOSED_CLASS)
    block = f"RATIOS: dict[str, tuple[float, float, float]] = {{\n{rows}}}\n"
    text, n = re.subn(r"RATIOS: dict\[str, tuple\[float, float, float\]\] = \{\n.*?^\}\n", lambda _m: block, text,
                      count=1, flags=re.S | re.M)
    text, m = re.subn(r'CORPUS_DIGEST = "[0-9a-f]*"', f'CORPUS_DIGEST = "{digest}"', text, count=1)
    if n != 1 or m != 1:
        raise SystemExit(f"function_profile_fit.py: cannot find RATIOS and CORPUS_DIGEST in {MODULE.name}")
    return text


def stale() -> str | None:
    """Why the shipped ratios are stale for the corpus as it stands, or None when they are not."""
    return _FIT.stale_for(MODULE, function_profile.CORPUS_DIGEST, "function_profile_fit.py")


def write() -> str:
    """Learn the ratios from the corpus and rewrite mtqa/function_profile.py; what was done."""
    entries = corpus_entries()
    digest = _FIT.corpus_digest()
    MODULE.write_text(module_text(MODULE.read_text(encoding="utf-8"), learn(entries), digest), encoding="utf-8")
    return (f"mtqa/function_profile.py: ratios learned from {len(entries)} excerpts "
            f"({sum(e.mt for e in entries)} MT), corpus digest {digest}")


def main(argv: list[str] | None = None) -> int:
    return _FIT.cli(argv, __doc__ or "", MODULE, function_profile.CORPUS_DIGEST, stale, write)


if __name__ == "__main__":
    raise SystemExit(main())
