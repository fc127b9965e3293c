"""`mtqa.digests` gives the digests `hashlib` gives (cache keys and fingerprints keep their values)."""

from __future__ import annotations

import hashlib

from mtqa import digests


def test_the_built_in_digests_are_hashlibs() -> None:
    for data in (b"", b"abc", "ministre de la Sant\u00e9\n".encode() * 1000):
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digests.blake2b(data, digest_size=8).digest() == hashlib.blake2b(data, digest_size=8).digest()
    h = digests.sha256()
    h.update(b"ab")
    h.update(b"c")
    assert h.digest() == hashlib.sha256(b"abc").digest()
