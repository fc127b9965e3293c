"""The native scanner's patterns kept as DFA pairs (native/src/automata.rs): a scanner read back
from its bytes matches its patterns with the kept DFAs instead of compiling them, and finds
exactly what a scanner compiled from its tables finds; a pattern no DFA can be made of (a
Unicode word boundary) is compiled as before; bytes of another layout or regex-automata version
are refused (the scanner is rebuilt); a kept DFA that regex-automata's own checks refuse, behind a
sound seal, is compiled instead: the same events, never a crash.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.scan import LETTER, UPPER, available_backends
from mtqa.scan.native_cache import cached_scanner, scanner_entry

from tests.scan.test_native_cache import PHRASES, TABLES, TEXTS, Counting, events
from tests.scan.test_native_cache import cache  # noqa: F401 (a fixture: a cache folder of the test's own)

pytestmark = [pytest.mark.picks_backend,
              pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")]

HEAD = b"mtqa-native-scanner\n"
DFA_LABEL = b"rust-regex-automata-dfa-dense"


def native():
    from mtqa._native import Scanner as NativeScanner

    return NativeScanner


def checksum(data: bytes) -> int:
    """The blob's checksum as native/src/blob.rs computes it (to seal bytes a test changed)."""
    k, mask = 0x9E37_79B9_7F4A_7C15, (1 << 64) - 1

    def mix(h: int, x: int, r: int) -> int:
        h = ((h ^ x) * k) & mask
        return ((h << r) | (h >> (64 - r))) & mask

    lanes = [0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89]
    whole = len(data) // 32 * 32
    for at in range(0, whole, 32):
        for j in range(4):
            lanes[j] = mix(lanes[j], int.from_bytes(data[at + 8 * j:at + 8 * j + 8], "little"), 29)
    h = len(data)
    for lane in lanes:
        h = mix(h, lane, 31)
    for b in data[whole:]:
        h = mix(h, b, 17)
    return h ^ (h >> 32)


def resealed(body: bytes) -> bytes:
    return body + checksum(body).to_bytes(8, "little")


def test_the_checksum_here_is_the_librarys() -> None:
    blob = native()(*TABLES).to_bytes()
    assert resealed(blob[:-8]) == blob


def test_a_scanner_read_back_matches_with_the_kept_dfas() -> None:
    built = native()(*TABLES)
    assert built.pattern_engines == ["regex", "regex", "regex"]  # compiled in this process
    again = native().from_bytes(built.to_bytes())
    # `\bthe\b` (a Unicode word boundary: no full DFA) is compiled; the others are read back
    assert again.pattern_engines == ["dfa", "regex", "dfa"]
    for text in TEXTS:
        assert events(again, text) == events(built, text)


@pytest.mark.usefixtures("cache")
def test_the_cache_keeps_the_dfas() -> None:
    cls = Counting()
    first = cached_scanner(cls, TABLES)
    second = cached_scanner(cls, TABLES)
    assert (cls.built, cls.read) == (1, 1)
    assert second.pattern_engines == ["dfa", "regex", "dfa"]
    assert scanner_entry(cls, TABLES).read_bytes().count(DFA_LABEL) == 4  # two patterns, two DFAs each
    assert events(second, TEXTS[0]) == events(first, TEXTS[0])


@pytest.mark.usefixtures("cache")
@pytest.mark.parametrize("field", ["layout", "version", "sources"])
def test_bytes_of_another_layout_or_regex_automata_are_refused_and_rebuilt(field) -> None:
    """A sealed blob whose header names another layout, another library or regex-automata
    version, or a library built from other sources, is refused by `from_bytes`, so the cache
    builds the scanner afresh."""
    cls = Counting()
    expected = events(cached_scanner(cls, TABLES), TEXTS[0])
    entry = scanner_entry(cls, TABLES)
    from mtqa import pack_cache
    from mtqa.scan.native_cache import MAGIC

    blob = bytes(pack_cache.read_checked(entry, MAGIC))
    body = bytearray(blob[:-8])
    if field == "layout":
        body[len(HEAD)] ^= 0x03
    elif field == "version":
        at = body.index(b"+regex-automata-0.4")
        body[at + len(b"+regex-automata-0.")] = ord("9")
    else:  # one hex digit of the sources' digest
        at = body.index(b"+sources-") + len(b"+sources-")
        body[at] = ord("0") if body[at] != ord("0") else ord("1")
    with pytest.raises(ValueError):
        native().from_bytes(resealed(bytes(body)))
    entry.write_bytes(pack_cache.seal(MAGIC, resealed(bytes(body))))
    rebuilt = cached_scanner(cls, TABLES)
    assert cls.built == 2 and events(rebuilt, TEXTS[0]) == expected
    assert cached_scanner(cls, TABLES).pattern_engines == ["dfa", "regex", "dfa"]  # kept afresh, read back


@pytest.mark.parametrize("harm", ["label", "state", "cut"])
def test_a_refused_dfa_behind_a_sound_seal_is_compiled_instead(harm) -> None:
    """The blob's seal is sound but one kept DFA is not what regex-automata wrote (another
    version writing otherwise, say): that pattern is compiled, the others read back, and the
    scanner finds what a built one finds."""
    built = native()(*TABLES)
    body = bytearray(built.to_bytes()[:-8])
    first = body.index(DFA_LABEL)
    if harm == "label":
        body[first] ^= 0x20
    elif harm == "state":  # past the DFA's header: a transition table or start state of its own
        for at in range(first + 200, first + 260):
            body[at] ^= 0xFF
    else:  # the first DFA's length prefix says four bytes fewer
        at = first - 8
        n = int.from_bytes(body[at:at + 8], "little")
        body[at:at + 8] = (n - 4).to_bytes(8, "little")
        del body[at + 8 + n - 4:at + 8 + n]
    try:
        again = native().from_bytes(resealed(bytes(body)))
    except ValueError:  # refused whole: the cache would rebuild it
        assert harm == "cut"
        return
    assert again.pattern_engines == ["regex", "regex", "dfa"]  # the first pattern compiled
    for text in TEXTS:
        assert events(again, text) == events(built, text)


PATTERN_PARTS = [r"\d+", "the", r"[Tt]he " + UPPER, LETTER + "{2}", r"[^\x00-\x7F]", "é", r"\s+", "a|an", "x?"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PATTERN_PARTS), st.sampled_from(PATTERN_PARTS), st.booleans()),
                min_size=1, max_size=4),
       st.text("aeéxTh 12É\u00a0字.", max_size=60))
def test_kept_dfas_find_what_compiled_patterns_find(parts, text) -> None:
    """Random patterns (joined parts, case ignored or not) over random text: a scanner read back
    (DFAs) and one built (compiled) give the same events."""
    patterns = [(a + b, ignorecase, 9 + n, 0) for n, (a, b, ignorecase) in enumerate(parts)]
    built = native()(PHRASES[:2], [], patterns, [])
    again = native().from_bytes(built.to_bytes())
    assert set(again.pattern_engines) == {"dfa"}
    assert events(again, text) == events(built, text)


def test_mtqas_own_patterns_read_back_find_what_they_found() -> None:
    """The rules' own patterns (a Checker's scan plan): every one but those with a Unicode word
    boundary is read back as a DFA pair, and the seed's events are the compiled patterns'."""
    from pathlib import Path

    from mtqa import Checker

    tables = Checker(languagetool="off").scanner._plan.tables
    built = native()(*tables)
    again = native().from_bytes(built.to_bytes())
    engines = again.pattern_engines
    bounded = [p for p, *_ in tables[2] if r"\b" in p]
    assert engines.count("regex") == len(bounded) and engines.count("dfa") == len(engines) - len(bounded) > 50
    seed = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    for text in (seed, seed.upper(), seed.replace(" ", "\u00a0")):
        assert events(again, text) == events(built, text)
