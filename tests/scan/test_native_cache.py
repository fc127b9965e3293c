"""The native scanner kept built in the cache (mtqa.scan.native_cache, `Scanner.to_bytes` /
`from_bytes`): a scanner read back finds exactly what one built from its tables finds; a
damaged, truncated or foreign entry is refused and rebuilt; changed tables or another library
make another entry; and the phrase automaton (daachorse) reports exactly the occurrences the
previous one (aho-corasick, overlapping) did.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import pack_cache
from mtqa.scan import LETTER, available_backends
from mtqa.scan.native_cache import FOLDER, MAGIC, cached_scanner, scanner_entry
from mtqa.scan.views import expanding, folded, lower

# The native scanner by name (its class, or MTQA_SCAN_BACKEND=native in a child): the same under either backend.
pytestmark = [pytest.mark.picks_backend,
              pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")]

# (view, phrase, boundary, trigger, item): exact, lower and folded views; boundaries 0-2;
# overlapping, nested and repeated phrases; one phrase in two triggers; non-ASCII.
PHRASES = [
    (0, "New York", 1, 0, 0), (0, "York", 1, 0, 1), (0, "New", 2, 1, 0), (0, "é", 0, 1, 1),
    (1, "the the", 1, 2, 0), (1, "he", 0, 2, 1), (1, "québec", 1, 3, 0), (1, "québec", 2, 4, 0),
    (2, "quebec", 1, 5, 0), (2, "strasse", 1, 5, 1), (0, "字", 0, 6, 0), (0, "字字", 0, 6, 1),
]
CHARS = [("’", 7, 0), ("«", 7, 1), ("a", 8, 0)]
PATTERNS = [(r"\d+(?:st|nd)", False, 9, 0), (r"\bthe\b", True, 10, 0), (LETTER + "{3}", False, 11, 0)]
TOKEN_RULES = [(0, 2, "", 12), (1, 2, " -", 13)]
TABLES = (PHRASES, CHARS, PATTERNS, TOKEN_RULES)
TEXTS = [
    "New York, New Yorker and the the Québec straße: 21st of 2nd, «字字字» l’été.",
    "", "a", "THE THE the", "Strasse STRASSE quebec Quebec QUÉBEC", "New-York New\u00a0York",
]


def native():
    from mtqa._native import Scanner as NativeScanner

    return NativeScanner


def views(text: str) -> list[str]:
    """The four views the backend scans (as `mtqa.scan.Scanner.views` makes them, all read)."""
    casefolded = text.casefold()
    low = lower(text, casefolded)
    return [text, low, folded(text, low), expanding(text, casefolded)]


def events(scanner, text: str) -> bytes:
    return bytes(scanner.scan(views(text)))


class Counting:
    """A stand-in for the native class that counts how each scanner was made."""

    __module__ = "mtqa._native"

    def __init__(self) -> None:
        self.built = self.read = 0

    def __call__(self, *tables):
        self.built += 1
        return native()(*tables)

    def from_bytes(self, blob):
        self.read += 1
        return native().from_bytes(blob)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    return tmp_path


def test_a_scanner_read_back_finds_what_a_built_one_finds() -> None:
    built = native()(*TABLES)
    again = native().from_bytes(built.to_bytes())
    for text in TEXTS:
        assert events(again, text) == events(built, text)
        assert bytes(again.tokens(text)) == bytes(built.tokens(text))
    assert events(built, TEXTS[0])  # the sample finds something


def test_the_second_scanner_is_read_from_the_cache(cache) -> None:
    cls = Counting()
    first = cached_scanner(cls, TABLES)
    second = cached_scanner(cls, TABLES)
    assert (cls.built, cls.read) == (1, 1)
    assert events(second, TEXTS[0]) == events(first, TEXTS[0])
    assert [p.name for p in (cache / FOLDER).iterdir()] == [scanner_entry(cls, TABLES).name]


@pytest.mark.parametrize("harm", ["flip", "truncate", "empty", "foreign"])
def test_a_damaged_truncated_or_foreign_entry_is_rebuilt(cache, harm) -> None:
    cls = Counting()
    expected = events(cached_scanner(cls, TABLES), TEXTS[0])
    entry = scanner_entry(cls, TABLES)
    blob = bytearray(entry.read_bytes())
    if harm == "flip":
        blob[len(blob) // 2] ^= 0x01
    elif harm == "truncate":
        del blob[-100:]
    elif harm == "empty":
        blob = bytearray()
    else:  # a sound seal round bytes this library did not write
        blob = bytearray(pack_cache.seal(MAGIC, b"mtqa-native-scanner\n" + bytes(200)))
    entry.write_bytes(bytes(blob))
    rebuilt = cached_scanner(cls, TABLES)
    assert cls.built == 2
    assert events(rebuilt, TEXTS[0]) == expected
    assert pack_cache.read_checked(entry, MAGIC) is not None  # kept afresh
    assert events(cached_scanner(cls, TABLES), TEXTS[0]) == expected
    assert cls.built == 2


def test_the_library_refuses_damaged_bytes_itself() -> None:
    """Beyond the entry's seal: every byte flipped or cut off is refused by `from_bytes`."""
    blob = native()(PHRASES[:3], CHARS[:1], PATTERNS[:1], TOKEN_RULES[:1]).to_bytes()
    for at in range(0, len(blob), max(1, len(blob) // 400)):
        damaged = bytearray(blob)
        damaged[at] ^= 0x40
        with pytest.raises(ValueError):
            native().from_bytes(bytes(damaged))
        with pytest.raises(ValueError):
            native().from_bytes(blob[:at])
    with pytest.raises(ValueError):
        native().from_bytes(blob + b"\x00")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_scanner_read_back_scans_in_a_forked_process() -> None:
    """`from_bytes` compiles the patterns on a thread, which a process forked from this one
    (`mtqa check --jobs N`) does not have: the child compiles them itself, same events."""
    import warnings

    expected = events(native()(*TABLES), TEXTS[0])
    scanner = native().from_bytes(native()(*TABLES).to_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with a thread running (3.12+)
        got = in_a_forked_child(lambda: events(scanner, TEXTS[0]))
    assert got == expected
    assert events(scanner, TEXTS[0]) == expected


def in_a_forked_child(make) -> bytes:
    """What `make()` gives in a process forked from this one, through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.write(write, make())
        finally:
            os._exit(0)
    os.close(write)
    got = b""
    while chunk := os.read(read, 65536):
        got += chunk
    os.close(read)
    os.waitpid(pid, 0)
    return got


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_scanner_made_ready_before_a_fork_is_the_childs() -> None:
    """`Scanner.ready()` waits for the thread reading the patterns back: a process forked after
    it (`mtqa check --jobs N`, `CheckerPool.ready_for_fork`) matches with the DFAs the parent
    read (not patterns it compiles again), and finds the same events."""
    from mtqa.scan import Scanner

    expected = events(native()(*TABLES), TEXTS[0])
    scanner = Scanner.__new__(Scanner)  # the wrapper's backend alone: what `ready` reads
    scanner.backend, scanner.backend_name = native().from_bytes(native()(*TABLES).to_bytes()), "native"
    scanner.ready()
    # the child: how its patterns match, and its scan
    got = in_a_forked_child(lambda: ",".join(scanner.backend.pattern_engines).encode() + b"|"
                            + events(scanner.backend, TEXTS[0]))
    engines, _, found = got.partition(b"|")
    assert engines == b"dfa,regex,dfa"  # read back in the parent (the `\b` one compiled there)
    assert found == expected


def test_another_layout_or_version_is_refused() -> None:
    blob = bytearray(native()(*TABLES).to_bytes())
    head = b"mtqa-native-scanner\n"
    assert blob.startswith(head)
    blob[len(head)] ^= 0x02  # the layout number
    with pytest.raises(ValueError):
        native().from_bytes(bytes(blob))


def test_changed_tables_or_library_make_another_entry(cache) -> None:
    cls = Counting()
    cached_scanner(cls, TABLES)
    changed = ([*PHRASES, (0, "Yorker", 1, 0, 2)], CHARS, PATTERNS, TOKEN_RULES)
    scanner = cached_scanner(cls, changed)
    assert cls.built == 2
    assert scanner_entry(cls, changed) != scanner_entry(cls, TABLES)
    assert events(scanner, TEXTS[0]) == events(native()(*changed), TEXTS[0]) != events(native()(*TABLES), TEXTS[0])

    class Elsewhere(Counting):
        __module__ = "not.mtqa.native"

    assert scanner_entry(Elsewhere(), TABLES) != scanner_entry(cls, TABLES)


def test_a_plans_scanner_is_named_by_the_plan_and_its_tables_crc(cache, monkeypatch) -> None:
    """Given the scan plan's entry name, the scanner's entry is named by it and by the tables'
    length and CRC-32, not by hashing the tables' bytes again: the same plan and tables name the
    same entry (read back, not built), another plan or other tables under the same plan another."""
    import marshal

    tables_bytes = marshal.dumps(TABLES, 0)
    changed = ([*PHRASES, (0, "Yorker", 1, 0, 2)], CHARS, PATTERNS, TOKEN_RULES)
    changed_bytes = marshal.dumps(changed, 0)
    cls = Counting()
    named = scanner_entry(cls, TABLES, tables_bytes, "a" * 64)
    assert named == scanner_entry(cls, lambda: TABLES, tables_bytes, "a" * 64)
    assert named != scanner_entry(cls, TABLES, tables_bytes)  # keyed by the tables alone
    assert named != scanner_entry(cls, TABLES, tables_bytes, "b" * 64)
    assert named != scanner_entry(cls, changed, changed_bytes, "a" * 64)
    alike = ([(0, "New Yark", 1, 0, 0), *PHRASES[1:]], CHARS, PATTERNS, TOKEN_RULES)  # as long, other bytes
    alike_bytes = marshal.dumps(alike, 0)
    assert len(alike_bytes) == len(tables_bytes) and alike_bytes != tables_bytes
    assert named != scanner_entry(cls, alike, alike_bytes, "a" * 64)  # the CRC guard

    hashed: list[int] = []
    content_entry = pack_cache.content_entry
    monkeypatch.setattr(pack_cache, "content_entry",
                        lambda folder, parts: hashed.extend(map(len, parts)) or content_entry(folder, parts))
    first = cached_scanner(cls, lambda: TABLES, tables_bytes, "a" * 64)
    again = cached_scanner(cls, lambda: TABLES, tables_bytes, "a" * 64)
    assert (cls.built, cls.read) == (1, 1)
    assert hashed and max(hashed) < len(tables_bytes)  # the tables' bytes are not hashed
    assert events(again, TEXTS[0]) == events(first, TEXTS[0]) == events(native()(*TABLES), TEXTS[0])
    other = cached_scanner(cls, lambda: changed, changed_bytes, "a" * 64)
    assert cls.built == 2 and events(other, TEXTS[0]) == events(native()(*changed), TEXTS[0])


def test_a_checkers_scanner_is_read_back_under_its_plans_name(tmp_path, monkeypatch) -> None:
    """A Checker names its scanner's entry by its scan plan's (engine `_scanner`): a second
    process reads both back and scans as the first did."""
    import mtqa._native
    from mtqa.scan import plan as scan_plan

    code = ("from mtqa import Checker\nc = Checker(languagetool='off')\n"
            "print(c.scanner.backend_name, len(c.check('The minister said the plan would go ahead.').findings))\n")
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path), MTQA_SCAN_BACKEND="native", MTQA_BUILD_IN_PROCESS="1")
    outs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert outs[0] == outs[1] and outs[0].startswith("native")
    plans = list((tmp_path / "scan-plans").iterdir())
    assert len(plans) == 1 and len(list((tmp_path / FOLDER).iterdir())) == 1
    kept = scan_plan.load(plans[0])
    assert kept is not None
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    expected = scanner_entry(mtqa._native.Scanner, lambda: kept.tables, kept.tables_bytes, plans[0].stem)
    assert [p.name for p in (tmp_path / FOLDER).iterdir()] == [expected.name]


def test_no_cache_builds_without_an_entry(cache, monkeypatch) -> None:
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    cls = Counting()
    cached_scanner(cls, TABLES)
    cached_scanner(cls, TABLES)
    assert (cls.built, cls.read) == (2, 0)
    assert not (cache / FOLDER).exists()


def test_a_library_without_from_bytes_still_builds(cache) -> None:
    built = []

    def old_library(*tables):
        built.append(1)
        return native()(*tables)

    scanner = cached_scanner(old_library, TABLES)
    assert built and events(scanner, TEXTS[0]) == events(native()(*TABLES), TEXTS[0])


def test_the_tables_are_the_same_in_every_process(tmp_path) -> None:
    """Phrases computed from packs come out of sets, whose order follows each process's string
    hashing: the scanner sorts them, so every process makes the same tables, and so finds the
    entry the first one kept."""
    code = "from mtqa import Checker\nprint(Checker(languagetool='off').scanner.backend_name)\n"
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, MTQA_CACHE_DIR=str(tmp_path), MTQA_SCAN_BACKEND="native",
                   MTQA_BUILD_IN_PROCESS="1")
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "native"
    assert len(list((tmp_path / FOLDER).iterdir())) == 1


ALPHABET = "abé字 -"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12, unique=True),
       st.text(ALPHABET + "A\u00a0", max_size=60))
def test_the_automaton_finds_every_occurrence_the_old_one_did(phrases, text) -> None:
    from mtqa._native import overlapping_matches

    assert overlapping_matches(phrases, text, "daachorse") == overlapping_matches(phrases, text, "aho-corasick")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.text(ALPHABET, min_size=1, max_size=4), st.integers(0, 2),
                          st.integers(0, 3), st.integers(0, 2)), min_size=1, max_size=10),
       st.text(ALPHABET + "AÉ.", max_size=60))
def test_a_scanner_read_back_agrees_on_random_phrases(phrases, text) -> None:
    tables = (phrases, CHARS, PATTERNS, TOKEN_RULES)
    built = native()(*tables)
    assert events(native().from_bytes(built.to_bytes()), text) == events(built, text)


def test_only_the_scanners_written_last_are_kept(cache) -> None:
    from mtqa.scan.native_cache import KEEP

    folder = cache / FOLDER
    folder.mkdir(parents=True)
    for i in range(KEEP + 3):  # scanners of other triggers or libraries, written earlier
        (folder / f"{i:064x}.bin").write_bytes(b"old")
        os.utime(folder / f"{i:064x}.bin", ns=(10**18 + i, 10**18 + i))
    cls = Counting()
    cached_scanner(cls, TABLES)
    left = set(folder.glob("*.bin"))
    assert len(left) == KEEP and scanner_entry(cls, TABLES) in left
    assert folder / f"{0:064x}.bin" not in left and folder / f"{KEEP + 2:064x}.bin" in left
