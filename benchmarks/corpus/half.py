"""Which half of the corpus a site belongs to: `python benchmarks/corpus/half.py SITE`.

The split is by site, never by excerpt, so that no site's habits are in both halves. A site
is the registered domain of the page's host ("montreal.ctvnews.ca" and "ctvnews.ca" are one
site, "bbc.co.uk" keeps its country suffix). It is a hash, fixed before any excerpt was read, so
nobody chose which copy is held back.
"""

from __future__ import annotations

import hashlib
import sys


_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "gob", "gouv", "qc", "on", "bc"}


def registered_domain(host: str) -> str:
    """The registered domain of a host name: its last two labels, or three under a
    second-level suffix such as "co.uk" or "com.cn"."""
    labels = host.strip().lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def half_of(site: str) -> str:
    """Return "tune" or "heldout" for a site name such as "globalnews.ca"."""
    name = registered_domain(site)
    return "heldout" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 else "tune"


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}\t{half_of(arg)}")
