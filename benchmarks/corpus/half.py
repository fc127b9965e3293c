"""Which half of the corpus a site belongs to: `python benchmarks/corpus/half.py SITE`.

The split is by site (the page's host name without a leading "www."), never by excerpt, so
that no site's habits are in both halves. It is a hash, fixed before any excerpt was read, so
nobody chose which copy is held back.
"""

from __future__ import annotations

import hashlib
import sys


def half_of(site: str) -> str:
    """Return "tune" or "heldout" for a site name such as "globalnews.ca"."""
    name = site.strip().lower().removeprefix("www.")
    return "heldout" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 else "tune"


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}\t{half_of(arg)}")
