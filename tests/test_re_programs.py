"""Python's `re` patterns kept compiled between processes (`mtqa.re_programs`): a kept program
rebuilds the very pattern `re.compile` makes (same flags, text and code: `Pattern.__eq__`) without
parsing it again; a file of another interpreter or format is another file; a damaged file, or a
program `_sre` refuses behind a sound seal, is compiled afresh and kept again: never a crash."""

from __future__ import annotations

import marshal
import re

import pytest

from mtqa import pack_cache, re_programs

pytestmark = pytest.mark.skipif(not hasattr(re, "_compiler"), reason="Python 3.10's re keeps no _compiler")

PATTERNS = [
    (r"(?<![\w’'\-])(?:Mr|Mrs|Dr)\.? ([A-Z][a-z]+)(?![\w’'\-])", 0),
    (r"\b(\d{1,2}(?::\d\d)?)( ?)(a\.m\.|p\.m\.|am\b|pm\b)", re.I),
    (r"(?P<word>[a-z]+) (?P=word)", 0),
    (r"^## +(.+)$", re.M),
    (r"[a-z0-9_]+", re.ASCII),
]
TEXT = "Mr. Tremblay left at 9 a.m. and 10 PM; the the vote.\n## Heading\nword_1"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    re_programs.forget()
    yield tmp_path
    re_programs.forget()


def kept_then_read_back() -> list:
    for p, f in PATTERNS:
        re_programs.compile(p, f)
    re_programs.save()
    re_programs.forget()  # as a new process: the file read again
    return [re_programs.compile(p, f) for p, f in PATTERNS]


def no_parsing(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._compiler, "compile", refuse)
    monkeypatch.setattr(re._parser, "parse", refuse)


def same(rebuilt: list) -> None:
    re.purge()
    for got, (p, f) in zip(rebuilt, PATTERNS):
        want = re.compile(p, f)
        assert got == want and got.groupindex == want.groupindex and got.groups == want.groups
        assert [m.groups() for m in got.finditer(TEXT)] == [m.groups() for m in want.finditer(TEXT)]


def test_a_kept_program_is_the_pattern_re_makes_without_parsing(cache, monkeypatch) -> None:
    for p, f in PATTERNS:
        re_programs.compile(p, f)
    re_programs.save()
    re_programs.forget()
    re.purge()
    no_parsing(monkeypatch)
    rebuilt = [re_programs.compile(p, f) for p, f in PATTERNS]
    monkeypatch.undo()
    same(rebuilt)


def test_another_interpreter_or_format_is_another_file(cache, monkeypatch) -> None:
    kept_then_read_back()
    here = re_programs._entry()
    monkeypatch.setattr(re_programs, "FORMAT", re_programs.FORMAT + 1)
    assert re_programs._entry() != here and here.is_file()
    re_programs.forget()
    assert re_programs._programs() == {}  # nothing of the other file is read


@pytest.mark.parametrize("harm", ["torn", "flipped", "program"])
def test_a_damaged_file_or_program_is_compiled_afresh(cache, harm) -> None:
    kept_then_read_back()
    entry = re_programs._entry()
    blob = entry.read_bytes()
    if harm == "torn":
        entry.write_bytes(blob[: len(blob) // 2])
    elif harm == "flipped":
        entry.write_bytes(blob[:-40] + bytes([blob[-40] ^ 0x20]) + blob[-39:])
    else:  # behind a sound seal, programs `_sre` refuses (code cut short, an opcode changed)
        kept = marshal.loads(bytes(pack_cache.read_checked(entry, re_programs._MAGIC)))
        for key, (flags, code, groups, groupindex, names) in list(kept.items()):
            kept[key] = (flags, code[: len(code) // 2] if len(code) % 2 else [999, *code[1:]], groups, groupindex, names)
        entry.write_bytes(pack_cache.seal(re_programs._MAGIC, marshal.dumps(kept)))
    re_programs.forget()
    same([re_programs.compile(p, f) for p, f in PATTERNS])
    re_programs.save()  # kept afresh: read back as sound programs
    re_programs.forget()
    same([re_programs.compile(p, f) for p, f in PATTERNS])
    assert len(re_programs._programs()) == len(PATTERNS)


def test_without_the_cache_it_is_re_compile(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    re_programs.forget()
    try:
        assert re_programs.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
        re_programs.save()
        assert re_programs._entry() is None
    finally:
        re_programs.forget()
