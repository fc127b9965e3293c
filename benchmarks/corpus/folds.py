"""Two folds of the tuning half, by site: rules are written from fold A and judged on fold B.

`python benchmarks/corpus/folds.py SITE` prints a site's fold; without a site it prints each
fold's size. Like `half.py`, the split is by registered domain and by a hash fixed before it was
used (salted so that it is not the halves' own hash again), so nobody chose which copy lands in
which fold. The roles are fixed too: a round writes from fold A's misses
(`real_copy.py --half tune --fold A --details`) and judges a kind by what it catches on fold B
(`real_copy.py --half tune --rule ID`), whose misses nobody lists (`--fold B --details` is refused),
so that fold B can judge every round, not only the first.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from half import registered_domain
    from load import load_excerpts, load_labels
else:
    from .half import registered_domain
    from .load import load_excerpts, load_labels

FOLDS = ("A", "B")


def fold_of(site: str) -> str:
    """Return "A" or "B" for a site name such as "globalnews.ca"."""
    name = registered_domain(site)
    return FOLDS[hashlib.sha256(("fold:" + name).encode("utf-8")).digest()[0] % 2]


def fold_sizes() -> dict[str, Counter[str]]:
    """Per fold of the tuning half: its MT sites and excerpts, clean excerpts, rule-catchable
    labels on MT copy and, of those, calque and grammar labels (counts, never the labels; the
    labels on a last word the store cut, which `real_copy.py` sets aside, are counted here)."""
    excerpts = [ex for ex in load_excerpts() if ex.half == "tune"]
    fold_of_file = {ex.rel: fold_of(ex.site) for ex in excerpts if ex.is_mt}
    sizes: dict[str, Counter[str]] = {fold: Counter() for fold in FOLDS}
    for fold in FOLDS:
        mt = [ex for ex in excerpts if ex.is_mt and fold_of(ex.site) == fold]
        sizes[fold]["MT sites"] = len({registered_domain(ex.site) for ex in mt})
        sizes[fold]["MT excerpts"] = len(mt)
        sizes[fold]["clean excerpts"] = sum(not ex.is_mt and fold_of(ex.site) == fold for ex in excerpts)
    for lab in load_labels(bodies={ex.rel: ex.body for ex in excerpts}):
        if lab.file in fold_of_file and lab.catchable == "rule" and lab.start >= 0:
            sizes[fold_of_file[lab.file]]["rule labels on MT"] += 1
            sizes[fold_of_file[lab.file]]["of them calques or grammar"] += lab.family in ("calques", "grammar")
    return sizes


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}\t{fold_of(arg)}")
    if len(sys.argv) == 1:
        for fold, size in fold_sizes().items():
            print(f"fold {fold}: " + ", ".join(f"{n} {what}" for what, n in size.items()))
