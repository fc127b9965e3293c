"""What a native library's blobs name in their header (native/build.rs, `_native.BUILT_WITH`):
the exact daachorse and regex-automata versions Cargo.lock pins, not "0.4", and a digest of
the crate's sources, so that a library rebuilt from other sources or crates refuses the
scanners (and their patterns' DFAs) an earlier build kept, whatever the cache's key says
(tests/scan/test_native_patterns.py: a blob of other sources is refused and rebuilt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa.scan import available_backends

pytestmark = pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")

NATIVE = Path(__file__).resolve().parents[2] / "native"


def fnv1a(h: int, data: bytes) -> int:
    for b in data:
        h = ((h ^ b) * 0x0100_0000_01B3) & ((1 << 64) - 1)
    return h


def sources_digest() -> str:
    """build.rs's digest of the crate's sources, computed here from the checkout's files."""
    files = ["Cargo.toml", "Cargo.lock", "build.rs", *sorted(f"src/{p.name}" for p in (NATIVE / "src").glob("*.rs"))]
    h = 0xCBF2_9CE4_8422_2325
    for rel in files:
        text = (NATIVE / rel).read_bytes()
        for part in (rel.encode(), b"\0", len(text).to_bytes(8, "little"), text):
            h = fnv1a(h, part)
    return f"{h:016x}"


def locked(name: str) -> str:
    lock = (NATIVE / "Cargo.lock").read_text(encoding="utf-8")
    found = re.search(rf'^name = "{re.escape(name)}"\nversion = "([^"]+)"', lock, re.M)
    assert found, name
    return found.group(1)


@pytest.mark.skipif(not (NATIVE / "build.rs").is_file(), reason="no native/ beside the package (an installed wheel)")
def test_the_header_names_the_locked_crates_and_these_sources() -> None:
    """Fails for a library built before these sources (rebuild it: `pip install -e .`)."""
    from mtqa import _native

    assert _native.BUILT_WITH == (f"0.1.0+daachorse-{locked('daachorse')}"
                                  f"+regex-automata-{locked('regex-automata')}+sources-{sources_digest()}")


def test_the_header_is_in_every_blob() -> None:
    from mtqa import _native

    from tests.scan.test_native_cache import TABLES

    blob = _native.Scanner(*TABLES).to_bytes()
    assert blob.startswith(b"mtqa-native-scanner\n")
    assert _native.BUILT_WITH.encode() in blob[:200]
