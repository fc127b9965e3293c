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


def test_no_module_this_python_lacks_is_looked_for() -> None:
    """The SHA-256 module of this Python's version is tried first: looking for one that is not
    there searches every folder of the path (~0.5 ms of a fresh process)."""
    import subprocess
    import sys

    probe = ("import sys\nmissed = []\nclass Last:\n    def find_spec(self, name, path=None, target=None):\n"
             "        missed.append(name)\nsys.meta_path.append(Last())\nimport mtqa.digests\nprint(missed)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
