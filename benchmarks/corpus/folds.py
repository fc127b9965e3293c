"""Two folds of the tuning half, by site: write a rule from fold A's misses, judge it on fold B's.

`python benchmarks/corpus/folds.py SITE` prints a site's fold. Like `half.py`, the split is by
registered domain and by a hash fixed before it was used (salted so that it is not the halves'
own hash again), so nobody chose which copy lands in which fold. `real_copy.py --fold A` (or
`B`) measures one fold of the tuning half.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from half import registered_domain
else:
    from .half import registered_domain

FOLDS = ("A", "B")


def fold_of(site: str) -> str:
    """Return "A" or "B" for a site name such as "globalnews.ca"."""
    name = registered_domain(site)
    return FOLDS[hashlib.sha256(("fold:" + name).encode("utf-8")).digest()[0] % 2]


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}\t{fold_of(arg)}")
