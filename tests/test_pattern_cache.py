"""The compiled-pattern cache: a pattern rebuilt from the cache matches exactly as a freshly
compiled one, a stored pattern is not parsed again, and a corrupt, unwritable or switched-off
cache only costs the compile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from mtqa import pattern_cache

PATTERNS = [
    (r"(?<![\p{L}\p{N}])(?P<rank>Lt\.?|Sgt\.?) (?P<name>\p{Lu}\p{Ll}+)", 0),
    (r"\b(?:minister|ministre)s?\b", int(regex.IGNORECASE)),
    (r"(\p{L})\1+", 0),
    (r"^[ \t]*#[ \t]*mtqa-(disable|enable)\b([^\r\n]*)$", int(regex.MULTILINE)),
]
TEXT = "Lt. Tremblay told the Ministre and the MINISTERS: « Sgt Bouchard »\n  # mtqa-disable x\nbookkeeper"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    pattern_cache.reset()
    yield tmp_path / "cache" / "patterns"
    pattern_cache.reset()


class CountingCompile:
    """`regex.compile` that counts the calls for the patterns under test."""

    def __init__(self, monkeypatch) -> None:
        self.calls = 0
        self._real = regex.compile
        monkeypatch.setattr(regex, "compile", self)

    def __call__(self, pattern, flags=0, **kwargs):
        if any(pattern == p for p, _ in PATTERNS):
            self.calls += 1
        return self._real(pattern, flags, **kwargs)


def _matches(pattern) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]


def test_rebuilt_patterns_match_as_compiled_ones(cache: Path, monkeypatch) -> None:
    for p, f in PATTERNS:
        pattern_cache.compile(p, f)
    pattern_cache.save()
    assert len(list(cache.glob("*.bin"))) == 1
    assert not list(cache.glob(".tmp-*")), "a temporary file was left behind"
    pattern_cache.reset()  # as a new process: only the file is left
    counting = CountingCompile(monkeypatch)
    for p, f in PATTERNS:
        rebuilt = pattern_cache.compile(p, f)
        fresh = counting._real(p, f)
        assert rebuilt is not fresh
        assert _matches(rebuilt) == _matches(fresh)
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
    assert counting.calls == 0, "a stored pattern was parsed again"
    assert any(_matches(pattern_cache.compile(p, f)) for p, f in PATTERNS)


def test_flags_are_part_of_the_key(cache: Path) -> None:
    pattern_cache.compile("abc", 0)
    pattern_cache.save()
    pattern_cache.reset()
    assert pattern_cache.compile("abc", regex.IGNORECASE).search("ABC")
    assert not pattern_cache.compile("abc", 0).search("ABC")


@pytest.mark.parametrize("damage", [lambda b: b[:-3], lambda b: b[:20], lambda b: b[:-1] + bytes([b[-1] ^ 1]), lambda b: b""])
def test_corrupt_file_only_costs_the_compile(cache: Path, monkeypatch, damage) -> None:
    for p, f in PATTERNS:
        pattern_cache.compile(p, f)
    pattern_cache.save()
    for entry in cache.glob("*.bin"):
        entry.write_bytes(damage(entry.read_bytes()))
    pattern_cache.reset()
    counting = CountingCompile(monkeypatch)
    for p, f in PATTERNS:
        assert _matches(pattern_cache.compile(p, f)) == _matches(counting._real(p, f))
    assert counting.calls == len(PATTERNS)


def test_unwritable_or_switched_off_cache_is_not_used(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory would be", encoding="utf-8")
    monkeypatch.setenv("MTQA_CACHE_DIR", str(blocker))
    pattern_cache.reset()
    try:
        assert pattern_cache.compile("x+").fullmatch("xxx")
        pattern_cache.save()
        assert blocker.read_text(encoding="utf-8").startswith("a file")
        monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("MTQA_NO_CACHE", "1")
        pattern_cache.reset()
        assert pattern_cache.compile("y+").fullmatch("yy")
        pattern_cache.save()
        assert not (tmp_path / "cache").exists()
    finally:
        pattern_cache.reset()


def test_a_process_leaves_its_patterns_for_the_next(tmp_path: Path) -> None:
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    probe = ("from mtqa import pattern_cache; import regex; real = regex.compile; seen = []\n"
             "regex.compile = lambda p, f=0, **k: (seen.append(p), real(p, f, **k))[1]\n"
             "print(bool(pattern_cache.compile(r'(?i)\\bmtqa\\w*').search('MTQA-cache')), "
             "'mtqa' in ''.join(seen))")
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert first.stdout.split() == ["True", "True"], first.stderr
    assert second.stdout.split() == ["True", "False"], second.stderr  # rebuilt, not parsed


def test_patterns_are_rebuilt_by_regex_s_c_library_alone(tmp_path: Path) -> None:
    """A process that finds its patterns in the file rebuilds them with `regex`'s C library
    (`c_library`, loaded alone) and never imports `regex`'s Python layer; the file is the same
    one whether `regex` was imported first or not (its name does not depend on it); `regex`
    imported afterwards takes the same C library, whose `compile` its pickling names."""
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("MTQA_NO_CACHE", None)
    patterns = repr(PATTERNS)
    fill = f"import regex\nfrom mtqa import pattern_cache\nfor p, f in {patterns}: pattern_cache.compile(p, f)"
    alone = (f"import sys\nfrom mtqa import pattern_cache\nfound = [pattern_cache.compile(p, f) for p, f in {patterns}]\n"
             f"assert 'regex' not in sys.modules, 'parsed'\n"
             f"text = {TEXT!r}\n"
             "print([[(m.span(), m.groups()) for m in p.finditer(text)] for p in found])\n"
             "import copyreg, regex\n"
             "assert sys.modules['regex._regex'] is pattern_cache.c_library()\n"
             "assert copyreg.dispatch_table[regex.Pattern](regex.compile('a'))[0] is pattern_cache.c_library().compile\n"
             "assert type(found[0]) is regex.Pattern\n")
    first = subprocess.run([sys.executable, "-c", fill], env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]
    second = subprocess.run([sys.executable, "-c", alone], env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr[-2000:]
    expected = [[(m.span(), m.groups()) for m in regex.compile(p, f).finditer(TEXT)] for p, f in PATTERNS]
    assert second.stdout.strip() == str(expected)


def test_a_plain_check_builds_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """Patterns built from packs list their alternatives in a fixed order: with another hash
    seed, a second process finds every pattern of a check in the cache."""
    story = tmp_path / "story.txt"
    story.write_text("Lt.-Col. Jean Tremblay told CBC’s The National that the plan would go ahead.\n\n"
                     "The premier said « non » to the Globe and Mail.\n", encoding="utf-8")
    probe = ("import sys; from mtqa import Checker, pattern_cache\n"
             f"Checker(languagetool='off').check(open({str(story)!r}, encoding='utf-8').read())\n"
             "print(len(pattern_cache.parsed_here())); print(pattern_cache.parsed_here()[:3], file=sys.stderr)")
    parsed = []
    for seed in ("1", "2"):
        env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"), PYTHONHASHSEED=seed,
                   MTQA_BUILD_IN_PROCESS="1")  # the first process compiles them (not a child)
        env.pop("MTQA_NO_CACHE", None)
        run = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        parsed.append((int(run.stdout.split()[-1]), run.stderr[-500:]))
    assert parsed[0][0] > 50, "the first process should have parsed the check's patterns"
    assert parsed[1][0] == 0, parsed[1][1]


def test_a_program_is_used_only_for_its_own_text_and_flags(cache: Path, monkeypatch) -> None:
    """Keys are 64-bit checksums: where two patterns share one, the program kept is not used for
    the other (it is compiled), and the matches stay the pattern's own."""
    monkeypatch.setattr(pattern_cache, "_key_of", lambda pattern, flags: 42)
    pattern_cache.compile("abc", 0)
    pattern_cache.save()
    pattern_cache.reset()
    counting = CountingCompile(monkeypatch)
    same_key = [("abd", 0), ("abc", int(regex.IGNORECASE))]
    for p, f in same_key:
        assert pattern_cache.compile(p, f).pattern == p
    assert pattern_cache.compile("abc", int(regex.IGNORECASE)).search("ABC")
    assert not pattern_cache.compile("abd", 0).search("abc")
    assert counting.calls == 0  # neither is one of PATTERNS: counted below instead
    assert sorted(pattern_cache.parsed_here()) == ["abc", "abd"]


def test_the_file_holds_each_program_once_under_its_key(cache: Path) -> None:
    for p, f in PATTERNS:
        pattern_cache.compile(p, f)
    pattern_cache.save()
    (entry,) = cache.glob("*.bin")
    index, bounds, blob = pattern_cache._read(entry)
    assert sorted(index) == sorted(pattern_cache._key_of(p, f) for p, f in PATTERNS)
    assert sorted(index.values()) == list(range(len(PATTERNS)))
    assert bounds[-1] == len(blob)


def test_a_check_with_a_warm_cache_parses_no_pattern(tmp_path: Path) -> None:
    """Once a process has left its patterns in the cache, the next one imports the check's
    modules, builds a Checker and checks a story without `regex` parsing any pattern (each is
    rebuilt from the cache); only the empty pattern whose pickling names `regex`'s constructor
    is compiled. A module that compiles its patterns with `regex.compile` at import (as
    `native_tagger` did) makes this fail. With the native scanner: the pure-Python one compiles
    its triggers' patterns itself."""
    pytest.importorskip("mtqa._native")
    story = tmp_path / "story.txt"
    story.write_text("Lt.-Col. Jean Tremblay told CBC’s The National that the plan would go ahead.\n\n"
                     "The premier said « non » to the Globe and Mail, and the minister could not agree.\n",
                     encoding="utf-8")
    probe = ("import regex, sys; real = regex.compile; seen = []\n"
             "regex.compile = lambda p, f=0, **k: (seen.append(p), real(p, f, **k))[1]\n"
             "import mtqa.engine\n"
             f"mtqa.engine.Checker(languagetool='off').check(open({str(story)!r}, encoding='utf-8').read())\n"
             "print(repr([p for p in seen if p]))")
    env = dict(os.environ, MTQA_CACHE_DIR=str(tmp_path / "cache"), MTQA_BUILD_IN_PROCESS="1",
               MTQA_SCAN_BACKEND="native")
    env.pop("MTQA_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=300)
            for _ in range(2)]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr[-2000:]
    assert runs[0].stdout.strip() != "[]", "the first process should have parsed the patterns"
    assert runs[1].stdout.strip() == "[]", runs[1].stdout[-2000:]
