"""SHA-256 and BLAKE2b from CPython's own built-in modules, without `hashlib`'s OpenSSL.

`import hashlib` loads OpenSSL's libcrypto to offer its algorithms (about 3.5 MB of a
process's resident memory and ~4 ms of start-up), yet mtqa only ever needs these two digests
(cache keys, finding fingerprints, word keys), which CPython also builds in: `_sha256`
(`_sha2` from Python 3.12) and `_blake2`, the modules `hashlib` itself falls back on without
OpenSSL. The digests are the same either way (a standard is a standard); `hashlib` answers
only where a build lacks these modules.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable


def _built_in(modules: tuple[str, ...], name: str) -> Callable[..., Any]:
    """`name` from the first of `modules` this Python has, else from `hashlib`."""
    for module in modules:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    return getattr(importlib.import_module("hashlib"), name)


# _sha2 from Python 3.12, _sha256 before: the one this Python has first (looking for a module
# that is not there searches every folder of the path: ~0.5 ms of a fresh process)
sha256 = _built_in(("_sha2", "_sha256") if sys.version_info >= (3, 12) else ("_sha256", "_sha2"), "sha256")
blake2b = _built_in(("_blake2",), "blake2b")

__all__ = ["blake2b", "sha256"]
