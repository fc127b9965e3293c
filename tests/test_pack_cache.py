"""The pack cache: a hit skips parsing, a changed file or schema misses, a corrupt entry or an
unwritable cache directory never changes what a pack holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa import pack_cache
from mtqa.errors import PackError
from mtqa.packs import PackSet, pack_compiler

SCHEMA = {"entry": [{"bad!": str}]}


@pack_compiler("cachepack", SCHEMA)
def _compile(raw: dict) -> list[str]:
    return [e["bad"] for e in raw.get("entry", [])]


HEADER = '[pack]\nid = "cachepack"\nschema = 1\ndescription = "test"\n'


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(folder))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    return folder / "packs"


def write_pack(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    (d / "cachepack.toml").write_text(HEADER + body, encoding="utf-8")
    return d


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value) -> None:
        self.value = value
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_hit_does_not_build_again(cache: Path) -> None:
    build = Builds({"a": [1, "x"]})
    assert pack_cache.load(b"content", SCHEMA, build) == {"a": [1, "x"]}
    assert pack_cache.load(b"content", SCHEMA, build) == {"a": [1, "x"]}
    assert build.calls == 1
    assert len(list(cache.glob("*.bin"))) == 1
    assert not list(cache.glob(".tmp-*")), "a temporary file was left behind"


def test_changed_content_or_schema_misses(cache: Path) -> None:
    build = Builds({"a": 1})
    pack_cache.load(b"content", SCHEMA, build)
    pack_cache.load(b"content, edited", SCHEMA, build)
    pack_cache.load(b"content", {"entry": [{"bad!": int}]}, build)
    assert build.calls == 3


def test_pack_edit_is_seen(cache: Path, tmp_path: Path) -> None:
    d = write_pack(tmp_path, '[[entry]]\nbad = "x"\n')
    assert PackSet([d]).compiled("cachepack") == ["x"]
    write_pack(tmp_path, '[[entry]]\nbad = "y"\n')
    assert PackSet([d]).compiled("cachepack") == ["y"]


@pytest.mark.parametrize("damage", [lambda b: b[:-3], lambda b: b[:20], lambda b: b[:-1] + bytes([b[-1] ^ 1]), lambda b: b""])
def test_corrupt_entry_is_rebuilt(cache: Path, tmp_path: Path, damage) -> None:
    d = write_pack(tmp_path, '[[entry]]\nbad = "x"\n')
    assert PackSet([d]).compiled("cachepack") == ["x"]
    for entry in cache.glob("*.bin"):
        entry.write_bytes(damage(entry.read_bytes()))
    assert PackSet([d]).compiled("cachepack") == ["x"]
    build = Builds("fresh")
    (cache / f"{pack_cache.key(b'c', None)}.bin").write_bytes(b"mtqa-pack-cache\n" + b"\0" * 40)
    assert pack_cache.load(b"c", None, build) == "fresh"


def test_unwritable_cache_dir_is_not_used(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory would be", encoding="utf-8")
    monkeypatch.setenv("MTQA_CACHE_DIR", str(blocker))
    d = write_pack(tmp_path, '[[entry]]\nbad = "x"\n')
    assert PackSet([d]).compiled("cachepack") == ["x"]
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_off_switch(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    build = Builds(1)
    pack_cache.load(b"content", None, build)
    pack_cache.load(b"content", None, build)
    assert build.calls == 2
    assert not (tmp_path / "cache").exists()


def test_errors_are_not_cached(cache: Path, tmp_path: Path) -> None:
    d = write_pack(tmp_path, "[[entry]]\nbad = 3\n")
    for _ in range(2):
        with pytest.raises(PackError, match=r"cachepack\.toml:6: entry\[0\]\.bad: expected str, got int"):
            PackSet([d]).compiled("cachepack")
    assert not (cache / f"{pack_cache.key((d / 'cachepack.toml').read_bytes(), SCHEMA)}.bin").exists()


def test_concurrent_processes_leave_one_whole_entry(cache: Path) -> None:
    """Processes filling the same entry at once never see (or leave) a half-written one."""
    code = ("from mtqa import pack_cache\n"
            "for _ in range(20):\n"
            "    d = pack_cache.load(b'shared', None, lambda: {'k': list(range(100000))})\n"
            "    assert d['k'][-1] == 99999 and len(d['k']) == 100000\n")
    env = dict(os.environ)
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(4)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    assert len(list(cache.glob("*.bin"))) == 1
    assert not list(cache.glob(".tmp-*"))

    def must_not_build():
        raise AssertionError("the entry should have been read")

    assert pack_cache.load(b"shared", None, must_not_build)["k"][-1] == 99999


# ---- compiled packs -----------------------------------------------------------------------

COMPILES: list[str] = []


class Table:
    """What a compiler builds: an object with a table and a compiled pattern inside."""

    def __init__(self, words: list[str]) -> None:
        import regex

        self.words = {w: i for i, w in enumerate(words)}
        self.pattern = regex.compile("|".join(words), regex.IGNORECASE)


@pack_compiler("compiledpack", SCHEMA)
def _compile_table(raw: dict) -> Table:
    COMPILES.append("compiledpack")
    return Table([e["bad"] for e in raw.get("entry", [])])


def write_compiled_pack(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "cpacks"
    d.mkdir(exist_ok=True)
    (d / "compiledpack.toml").write_text(HEADER.replace("cachepack", "compiledpack") + body, encoding="utf-8")
    return d


def test_compiled_pack_is_read_back_not_compiled_again(cache: Path, tmp_path: Path) -> None:
    d = write_compiled_pack(tmp_path, '[[entry]]\nbad = "alpha"\n[[entry]]\nbad = "beta"\n')
    COMPILES.clear()
    first = PackSet([d]).compiled("compiledpack")
    second = PackSet([d]).compiled("compiledpack")
    assert COMPILES == ["compiledpack"]
    assert second is not first and second.words == first.words == {"alpha": 0, "beta": 1}
    assert second.pattern.search("a BETA test").group() == "BETA"
    assert list((cache.parent / "compiled").glob("*.bin"))


def test_compiled_pack_follows_an_edited_pack(cache: Path, tmp_path: Path) -> None:
    d = write_compiled_pack(tmp_path, '[[entry]]\nbad = "alpha"\n')
    assert PackSet([d]).compiled("compiledpack").words == {"alpha": 0}
    write_compiled_pack(tmp_path, '[[entry]]\nbad = "gamma"\n')
    assert PackSet([d]).compiled("compiledpack").words == {"gamma": 0}


def test_compiled_entry_depends_on_the_code(cache: Path, monkeypatch) -> None:
    build = Builds({"x": 1})
    pack_cache.load_compiled([b"pack"], _compile_table, build)
    pack_cache.load_compiled([b"pack"], _compile_table, build)
    assert build.calls == 1
    monkeypatch.setattr(pack_cache, "code_fingerprint", lambda: "mtqa edited since")
    pack_cache.load_compiled([b"pack"], _compile_table, build)
    assert build.calls == 2


def test_damaged_or_unpicklable_compiled_entry_is_built(cache: Path) -> None:
    build = Builds({"x": [1, 2]})
    pack_cache.load_compiled([b"pack"], _compile_table, build)
    for entry in (cache.parent / "compiled").glob("*.bin"):
        entry.write_bytes(entry.read_bytes()[:-2])
    assert pack_cache.load_compiled([b"pack"], _compile_table, build) == {"x": [1, 2]}
    assert build.calls == 2
    unpicklable = Builds({"f": lambda: 1})
    assert pack_cache.load_compiled([b"other"], _compile_table, unpicklable)["f"]() == 1
    assert pack_cache.load_compiled([b"other"], _compile_table, unpicklable)["f"]() == 1
    assert unpicklable.calls == 2


@pytest.mark.parametrize("size", [5000, 3 * pack_cache._MAP_FROM])  # read, and mapped (`mmap`)
def test_the_seal_refuses_any_damaged_byte_a_changed_length_or_another_seal(tmp_path: Path, size: int) -> None:
    """`read_checked` gives back exactly what was sealed, and nothing from an entry with any one
    bit flipped (magic, seal or payload), cut short, grown, or sealed another way (the SHA-256
    layout of earlier versions: magic, 32 bytes of digest, payload), whether the file is small
    enough to be read or large enough to be mapped."""
    import random

    from mtqa import digests

    magic = b"mtqa-test-entry\n"
    payload = random.Random(7).randbytes(size)
    entry = tmp_path / "entry.bin"
    whole = pack_cache.seal(magic, payload)
    entry.write_bytes(whole)
    assert pack_cache.read_checked(entry, magic) == payload
    assert pack_cache.read_checked(entry, b"mtqa-other-entry\n") is None
    for at in [*range(0, 40), *random.Random(8).sample(range(40, len(whole)), 200), len(whole) - 1]:
        for bit in (0, 7):
            damaged = bytearray(whole)
            damaged[at] ^= 1 << bit
            entry.write_bytes(bytes(damaged))
            assert pack_cache.read_checked(entry, magic) is None, (at, bit)
    for changed in (whole[:-1], whole[: len(whole) // 2], whole + b"\0", whole + whole[-10:]):
        entry.write_bytes(changed)
        assert pack_cache.read_checked(entry, magic) is None
    entry.write_bytes(magic + digests.sha256(payload).digest() + payload)
    assert pack_cache.read_checked(entry, magic) is None
    entry.write_bytes(pack_cache.seal(magic, b""))
    assert pack_cache.read_checked(entry, magic) == b""


def test_a_mapped_entry_replaced_while_read_keeps_what_was_read(tmp_path: Path) -> None:
    """A large entry is mapped, not copied; `store` renames a new file over it, so a process
    still reading the old one keeps the old bytes, and the next read gets the new ones."""
    magic = b"mtqa-test-entry\n"
    entry = tmp_path / "entry.bin"
    old, new = b"a" * 2 * pack_cache._MAP_FROM, b"b" * 3 * pack_cache._MAP_FROM
    pack_cache.store(entry, pack_cache.seal(magic, old))
    reading = pack_cache.read_checked(entry, magic)
    pack_cache.store(entry, pack_cache.seal(magic, new))
    assert reading is not None and reading == old
    assert pack_cache.read_checked(entry, magic) == new


class _Tables:
    """Hands pickle its table as an out-of-band buffer from protocol 5 on (as the word list does)."""

    def __init__(self, table, name: str) -> None:
        self.table, self.name = table, name

    def __reduce_ex__(self, protocol):
        import pickle

        return _Tables, (pickle.PickleBuffer(self.table) if protocol >= 5 else bytes(self.table), self.name)


@pytest.mark.parametrize("size", [100, 3 * pack_cache._MAP_FROM])  # read, and mapped (`mmap`)
def test_out_of_band_tables_come_back_as_views_and_a_damaged_layout_as_none(tmp_path: Path, size: int) -> None:
    """`store_pickled_views` keeps protocol 5's out-of-band buffers after the pickle;
    `load_pickled_views` gives them back as read-only views of the entry's bytes, and None for
    an entry whose layout does not add up, a flipped bit, an entry of `store_pickled`'s layout."""
    from array import array

    entry, magic = tmp_path / "entry.bin", b"mtqa-test-views\n"
    table = array("q", range(size))
    pack_cache.store_pickled_views(entry, magic, [_Tables(table, "a"), _Tables(array("H", [7, 8]), "b"), "plain"])
    first, second, plain = pack_cache.load_pickled_views(entry, magic)
    assert isinstance(first.table, memoryview) and first.table.readonly and first.table.obj is second.table.obj
    assert list(first.table.cast("q")) == list(table) and list(second.table.cast("H")) == [7, 8]
    assert (first.name, second.name, plain) == ("a", "b", "plain")
    payload = bytes(pack_cache.read_checked(entry, magic))
    for bad in (payload[:8] + (99).to_bytes(4, "big") + payload[12:],   # more buffers than there are
                (len(payload)).to_bytes(8, "big") + payload[8:],         # a pickle longer than the entry
                payload[:-1], payload + b"\0", b"", payload[:11]):       # cut short, grown, empty
        pack_cache.store(entry, pack_cache.seal(magic, bad))
        assert pack_cache.load_pickled_views(entry, magic) is None
    pack_cache.store_pickled(entry, magic, [_Tables(table, "a")])
    assert pack_cache.load_pickled_views(entry, magic) is None
    pack_cache.store_pickled_views(entry, magic, [_Tables(table, "a")])
    whole = bytearray(entry.read_bytes())
    whole[-3] ^= 1
    entry.write_bytes(bytes(whole))
    assert pack_cache.load_pickled_views(entry, magic) is None
    assert pack_cache.load_pickled_views(tmp_path / "missing.bin", magic) is None


def _entries(folder, count: int) -> list:
    """`count` entries in `folder`, the i-th written at time i (oldest first)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        entry = folder / f"{i:064x}.bin"
        entry.write_bytes(b"old")
        os.utime(entry, ns=(10**18 + i, 10**18 + i))
        made.append(entry)
    return made


def test_prune_keeps_the_entries_written_last_and_the_one_just_written(tmp_path) -> None:
    old = _entries(tmp_path / "f", 10)
    just = tmp_path / "f" / "just.bin"
    just.write_bytes(b"new")
    os.utime(just, ns=(1, 1))  # even with an older time stamp than the rest
    (tmp_path / "f" / "notes.txt").write_text("not an entry")
    (tmp_path / "f" / ".tmp-abc.bin").write_bytes(b"being written")  # another process's, oldest of all
    os.utime(tmp_path / "f" / ".tmp-abc.bin", ns=(0, 0))
    pack_cache.prune(tmp_path / "f", 4, just)
    assert sorted(p.name for p in (tmp_path / "f").iterdir()) == sorted(
        [just.name, "notes.txt", ".tmp-abc.bin", *(p.name for p in old[-3:])])
    pack_cache.prune(tmp_path / "f", 2)
    assert sorted(p.name for p in (tmp_path / "f").glob("[!.]*.bin")) == sorted(p.name for p in old[-2:])


def test_prune_of_a_missing_folder_does_nothing(tmp_path) -> None:
    pack_cache.prune(tmp_path / "nowhere", 3)
    assert not (tmp_path / "nowhere").exists()


# ---- files' digests, remembered while `os.stat` says a file is unchanged ---------------------


class Reads:
    """A file's `read` for `pack_cache.file_digest` that counts its calls."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.calls = 0

    def __call__(self) -> bytes:
        self.calls += 1
        return self.path.read_bytes()


def _blake2b(content: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(content, digest_size=32).digest()


def _rewrite_keeping_size_and_mtime(path: Path, content: bytes) -> None:
    """Write `content` (the file's size) and set the modification time back, as `cp -p` or
    `rsync -t` would; wait for the file system's clock to move, so that the change time does."""
    import time

    before = path.stat()
    assert len(content) == before.st_size
    for _ in range(400):
        path.write_bytes(content)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        if path.stat().st_ctime_ns != before.st_ctime_ns:
            return
        time.sleep(0.005)
    raise AssertionError("the change time did not move")


@pytest.fixture
def settled(monkeypatch) -> None:
    """Every file counts as changed long enough ago to be remembered (none is racy)."""
    monkeypatch.setattr(pack_cache, "SETTLED_NS", -10**12)
    monkeypatch.setattr(pack_cache, "_remembered", {})
    monkeypatch.setattr(pack_cache, "_unsaved", set())


def test_a_files_digest_is_remembered_until_an_edit_that_keeps_its_size_and_time(cache: Path, tmp_path: Path,
                                                                                    settled, monkeypatch) -> None:
    f = tmp_path / "pack.toml"
    f.write_bytes(b"alpha = 1\n")
    read = Reads(f)
    assert pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n") and read.calls == 1
    assert pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n") and read.calls == 1
    monkeypatch.setattr(pack_cache, "_remembered", {})  # a new process: from the cache's memo file
    assert pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n") and read.calls == 1
    _rewrite_keeping_size_and_mtime(f, b"gamma = 1\n")
    assert pack_cache.file_digest(f, read) == _blake2b(b"gamma = 1\n") and read.calls == 2


def test_a_file_changed_just_before_it_was_hashed_is_not_remembered(cache: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    monkeypatch.setattr(pack_cache, "_remembered", {})
    f = tmp_path / "pack.toml"
    f.write_bytes(b"alpha = 1\n")
    read = Reads(f)
    assert pack_cache.file_digest(f, read) == pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n")
    assert read.calls == 2
    assert not (cache.parent / "file-digests.bin").exists()


def test_a_damaged_or_foreign_memo_is_not_used(cache: Path, tmp_path: Path, settled, monkeypatch) -> None:
    f = tmp_path / "pack.toml"
    f.write_bytes(b"alpha = 1\n")
    read = Reads(f)
    pack_cache.file_digest(f, read)
    memo = cache.parent / "file-digests.bin"
    data = bytearray(memo.read_bytes())
    data[-5] ^= 0x01  # a flipped bit in the remembered digest
    memo.write_bytes(bytes(data))
    monkeypatch.setattr(pack_cache, "_remembered", {})
    assert pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n") and read.calls == 2
    import marshal

    st = f.stat()
    wrong = {str(f): ((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns), b"short")}
    pack_cache.store(memo, pack_cache.seal(b"mtqa-file-digests\n", marshal.dumps(wrong)))
    monkeypatch.setattr(pack_cache, "_remembered", {})
    assert pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n") and read.calls == 3


def test_without_the_cache_a_file_is_hashed_every_time(cache: Path, tmp_path: Path, settled, monkeypatch) -> None:
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    f = tmp_path / "pack.toml"
    f.write_bytes(b"alpha = 1\n")
    read = Reads(f)
    assert pack_cache.file_digest(f, read) == pack_cache.file_digest(f, read) == _blake2b(b"alpha = 1\n")
    assert read.calls == 2 and not cache.parent.exists()


def test_the_memo_keeps_the_files_looked_up_last(cache: Path, tmp_path: Path, settled, monkeypatch) -> None:
    monkeypatch.setattr(pack_cache, "DIGESTS_KEPT", 3)
    files = [tmp_path / f"pack{i}.toml" for i in range(5)]
    reads = [Reads(f) for f in files]
    for f, read in zip(files, reads):
        f.write_bytes(f"{f.name}\n".encode())
        pack_cache.file_digest(f, read)
    monkeypatch.setattr(pack_cache, "_remembered", {})
    for f, read in reversed(list(zip(files, reads))):  # (a file hashed again is remembered again)
        assert pack_cache.file_digest(f, read) == _blake2b(f"{f.name}\n".encode())
    assert [read.calls for read in reads] == [2, 2, 1, 1, 1]


def test_a_compiled_pack_follows_an_edit_that_keeps_the_files_size_and_time(cache: Path, tmp_path: Path,
                                                                               settled) -> None:
    d = write_compiled_pack(tmp_path, '[[entry]]\nbad = "alpha"\n')
    assert PackSet([d]).compiled("compiledpack").words == {"alpha": 0}
    f = d / "compiledpack.toml"
    _rewrite_keeping_size_and_mtime(f, f.read_bytes().replace(b"alpha", b"gamma"))
    assert PackSet([d]).compiled("compiledpack").words == {"gamma": 0}


def test_the_cache_folder_follows_the_environment_at_every_call(tmp_path: Path, monkeypatch) -> None:
    """`cache_root` makes its folder once per setting, but reads the environment every time."""
    for name in ("MTQA_NO_CACHE", "MTQA_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert pack_cache.cache_root() == tmp_path / "home" / ".cache" / "mtqa"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert pack_cache.cache_root() == tmp_path / "xdg" / "mtqa"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "a"))
    assert pack_cache.cache_root() == tmp_path / "a"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "b"))
    assert pack_cache.cache_root() == tmp_path / "b"
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    assert pack_cache.cache_root() is None
    monkeypatch.setenv("MTQA_NO_CACHE", "0")
    assert pack_cache.cache_root() == tmp_path / "b"


# ---- seals verified, remembered while `os.stat` says an entry is unchanged ------------------


class Crcs:
    """`zlib` for `pack_cache` that counts the bytes its CRC-32 is computed over."""

    def __init__(self) -> None:
        import zlib

        self.crc32, self.bytes = zlib.crc32, 0

    def __call__(self, data, *start) -> int:
        self.bytes += len(data)
        return self.crc32(data, *start)


@pytest.fixture
def crcs(monkeypatch) -> Crcs:
    counted = Crcs()
    monkeypatch.setattr(pack_cache, "zlib", type("zlib", (), {"crc32": staticmethod(counted)}))
    return counted


def _new_process(monkeypatch) -> None:
    """What the next process knows: the memos written at this one's exit, nothing in memory."""
    pack_cache.save_seals()
    monkeypatch.setattr(pack_cache, "_remembered", {})


MAGIC = b"mtqa-test-entry\n"


@pytest.mark.parametrize("size", [5000, 3 * pack_cache._MAP_FROM])  # read, and mapped (`mmap`)
def test_a_verified_seal_is_remembered_until_the_entry_changes_in_place(cache: Path, settled, crcs, monkeypatch,
                                                                        size: int) -> None:
    """The next read of an unchanged entry skips its CRC, in this process and the next; an entry
    damaged in place keeping its size and modification time is refused all the same."""
    payload = bytes(range(256)) * (size // 256)
    entry = cache.parent / "compiled" / "entry.bin"
    pack_cache.store(entry, pack_cache.seal(MAGIC, payload))
    crcs.bytes = 0
    assert pack_cache.read_checked(entry, MAGIC) == payload and crcs.bytes == len(payload)
    assert pack_cache.read_checked(entry, MAGIC) == payload and crcs.bytes == len(payload)
    _new_process(monkeypatch)
    before = crcs.bytes
    assert pack_cache.read_checked(entry, MAGIC) == payload
    assert crcs.bytes - before < 4096  # (the memo file's own seal)
    damaged = bytearray(entry.read_bytes())
    damaged[-100] ^= 0x10
    _rewrite_keeping_size_and_mtime(entry, bytes(damaged))
    assert pack_cache.read_checked(entry, MAGIC) is None
    _new_process(monkeypatch)
    assert pack_cache.read_checked(entry, MAGIC) is None


def test_an_entry_replaced_by_another_is_verified_again(cache: Path, settled, crcs, monkeypatch) -> None:
    """`store` renames a new file over an entry (another inode): its seal is checked afresh,
    even when the new file has the old one's size and times."""
    entry = cache.parent / "compiled" / "entry.bin"
    pack_cache.store(entry, pack_cache.seal(MAGIC, b"a" * 5000))
    assert pack_cache.read_checked(entry, MAGIC) == b"a" * 5000
    old = entry.stat()
    damaged = bytearray(pack_cache.seal(MAGIC, b"a" * 5000))
    damaged[-1] ^= 0x01
    pack_cache.store(entry, bytes(damaged))
    os.utime(entry, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert pack_cache.read_checked(entry, MAGIC) is None


def test_an_entry_changed_just_before_it_was_verified_is_not_remembered(cache: Path, crcs, monkeypatch) -> None:
    """A write within the same tick of the clock could leave an entry's times as they were: an
    entry changed less than `SETTLED_NS` before its seal was verified is verified again."""
    monkeypatch.setattr(pack_cache, "_remembered", {})
    monkeypatch.setattr(pack_cache, "_unsaved", set())
    entry = cache.parent / "compiled" / "entry.bin"
    pack_cache.store(entry, pack_cache.seal(MAGIC, b"b" * 5000))
    crcs.bytes = 0
    assert pack_cache.read_checked(entry, MAGIC) == pack_cache.read_checked(entry, MAGIC) == b"b" * 5000
    assert crcs.bytes == 2 * 5000
    pack_cache.save_seals()
    assert not (cache.parent / "verified-seals.bin").exists()


def test_without_the_cache_every_seal_is_verified(cache: Path, settled, crcs, monkeypatch) -> None:
    entry = cache.parent / "compiled" / "entry.bin"
    pack_cache.store(entry, pack_cache.seal(MAGIC, b"c" * 5000))
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    crcs.bytes = 0
    assert pack_cache.read_checked(entry, MAGIC) == pack_cache.read_checked(entry, MAGIC) == b"c" * 5000
    assert crcs.bytes == 2 * 5000
    pack_cache.save_seals()
    assert not (cache.parent / "verified-seals.bin").exists()


def test_a_remembered_seal_must_name_the_entrys_crc_and_a_damaged_memo_is_not_used(cache: Path, settled, crcs,
                                                                                   monkeypatch) -> None:
    """A memo that names the entry as it is but another CRC (or one damaged, or foreign) is not
    trusted: the entry's damaged payload is found."""
    import marshal
    import zlib

    entry = cache.parent / "compiled" / "entry.bin"
    whole = bytearray(pack_cache.seal(MAGIC, b"d" * 5000))
    whole[-1] ^= 0x01
    pack_cache.store(entry, bytes(whole))
    memo = cache.parent / "verified-seals.bin"
    st = entry.stat()
    signature = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    for crc in (zlib.crc32(b"d" * 4999 + b"e"), zlib.crc32(b"d" * 5000) ^ 1):
        pack_cache.store(memo, pack_cache.seal(b"mtqa-verified-seals\n",
                                               marshal.dumps({str(entry): (signature, crc)})))
        monkeypatch.setattr(pack_cache, "_remembered", {})
        assert pack_cache.read_checked(entry, MAGIC) is None
    right = pack_cache.seal(b"mtqa-verified-seals\n", marshal.dumps({str(entry): (signature, zlib.crc32(b"d" * 5000))}))
    for damaged in (right[:-1] + bytes([right[-1] ^ 1]), right.replace(b"seals", b"seaLs")):
        pack_cache.store(memo, damaged)
        monkeypatch.setattr(pack_cache, "_remembered", {})
        assert pack_cache.read_checked(entry, MAGIC) is None
    pack_cache.store(memo, right)  # (the memo as it would be had the entry been verified as it was)
    monkeypatch.setattr(pack_cache, "_remembered", {})
    assert pack_cache.read_checked(entry, MAGIC) is not None


def test_the_seal_memo_keeps_the_entries_read_last(cache: Path, settled, crcs, monkeypatch) -> None:
    monkeypatch.setattr(pack_cache, "SEALS_KEPT", 3)
    entries = [cache.parent / "compiled" / f"entry{i}.bin" for i in range(5)]
    for i, entry in enumerate(entries):
        pack_cache.store(entry, pack_cache.seal(MAGIC, bytes([i]) * 5000))
        pack_cache.read_checked(entry, MAGIC)
    _new_process(monkeypatch)
    for i, entry in reversed(list(enumerate(entries))):  # (an entry verified again is remembered again)
        before = crcs.bytes
        assert pack_cache.read_checked(entry, MAGIC) == bytes([i]) * 5000
        assert (crcs.bytes - before >= 5000) == (i < 2), i


def test_storing_an_entry_imports_no_tempfile(tmp_path: Path) -> None:
    """A warm check writes the seal memo once its entries have settled: `store` makes its own
    temporary file (exclusively, owner-only), so that no `tempfile` (with `random`, `shutil`) is
    imported for it; a leftover temporary name is never reused."""
    probe = ("import sys\nfrom pathlib import Path\nfrom mtqa import pack_cache\n"
             "for i in range(3):\n    pack_cache.store(Path(sys.argv[1]) / 'e.bin', b'x' * i)\n"
             "print('tempfile' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # -S: no site hook's imports
    done = subprocess.run([sys.executable, "-S", "-c", probe, str(tmp_path / "f")], capture_output=True, text=True,
                          check=True, env=env)
    assert done.stdout.strip() == "False"
    assert (tmp_path / "f" / "e.bin").read_bytes() == b"xx"
    assert [p.name for p in (tmp_path / "f").iterdir()] == ["e.bin"]
    assert (tmp_path / "f" / "e.bin").stat().st_mode & 0o777 == 0o600


def test_where_change_times_are_creation_times_nothing_is_remembered(cache: Path, tmp_path: Path, settled, crcs,
                                                                     monkeypatch) -> None:
    """On Windows `st_ctime` is the creation time, which an edit in place leaves: neither a
    file's digest nor an entry's seal is remembered there."""
    monkeypatch.setattr(pack_cache, "CHANGE_TIMES", False)
    f = tmp_path / "pack.toml"
    f.write_bytes(b"alpha = 1\n")
    read = Reads(f)
    assert pack_cache.file_digest(f, read) == pack_cache.file_digest(f, read) and read.calls == 2
    entry = cache.parent / "compiled" / "entry.bin"
    pack_cache.store(entry, pack_cache.seal(MAGIC, b"e" * 5000))
    crcs.bytes = 0
    assert pack_cache.read_checked(entry, MAGIC) == pack_cache.read_checked(entry, MAGIC) == b"e" * 5000
    assert crcs.bytes == 2 * 5000


def test_a_compiled_entry_s_patterns_are_read_without_regex_s_python_layer(tmp_path: Path) -> None:
    """A compiled entry names its `regex` patterns' maker, `regex._regex.compile`: read where
    `mtqa.pattern_cache` has loaded that C library alone, it is taken from there (pickle's own
    lookup would import `regex` whole, ~60 M instructions); a module not imported yet (here
    `fractions`) is imported as pickle imports it, and both objects read back as they were."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    store = ("import fractions, regex\nfrom mtqa import pack_cache, pattern_cache\n"
             "pack_cache.load_compiled([b'unpickler'], pattern_cache.compile,\n"
             "    lambda: {'p': regex.compile(r'(\\p{L})\\1'), 'f': fractions.Fraction(1, 3)})\n")
    read = ("import sys\nfrom mtqa import pack_cache, pattern_cache\npattern_cache.c_library()\n"
            "data = pack_cache.load_compiled([b'unpickler'], pattern_cache.compile, lambda: 1 / 0)\n"
            "assert 'regex' not in sys.modules and 'fractions' in sys.modules, 'regex' in sys.modules\n"
            "print(data['p'].search('a book').span(), data['f'])\n")
    for probe in (store, read):
        proc = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split("\n")[0] == "(3, 5) 1/3"
