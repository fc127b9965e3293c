"""`mtqa.rx` stands in for `regex`: its flags and `escape` are `regex`'s, the rest is `regex`'s own."""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

from mtqa import rx

FLAGS = ("ASCII", "A", "IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "UNICODE", "U",
         "VERSION0", "V0", "VERSION1", "V1")


@pytest.mark.parametrize("name", FLAGS)
def test_each_flag_is_regex_s(name: str) -> None:
    assert getattr(rx, name) == int(getattr(regex, name))
    assert type(getattr(rx, name)) is int


def test_combined_flags_compile_as_regex_s() -> None:
    ours = regex.compile(r"^a.b$", rx.IGNORECASE | rx.MULTILINE | rx.DOTALL)
    theirs = regex.compile(r"^a.b$", regex.IGNORECASE | regex.MULTILINE | regex.DOTALL)
    assert ours.flags == theirs.flags
    assert ours.findall("x\nA\nB\nab") == theirs.findall("x\nA\nB\nab")


def _every_code_point() -> list[str]:
    """Every code point but the surrogates, in chunks of 4,096, and some words with spaces."""
    points = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    chunks = ["".join(points[i : i + 4096]) for i in range(0, len(points), 4096)]
    return [*chunks, "St. John's (N.L.)", "a  b\tc\u00a0d", "", "C++ & C#", "x-y~z|w"]


@pytest.mark.parametrize("literal_spaces", [False, True])
def test_escape_is_regex_s_for_every_code_point(literal_spaces: bool) -> None:
    for text in _every_code_point():
        assert rx.escape(text, literal_spaces=literal_spaces) == regex.escape(text, literal_spaces=literal_spaces)


def test_escape_of_every_character_is_regex_s() -> None:
    for text in ("a b.c", "é-ï", "x_y 1"):
        assert rx.escape(text, special_only=False) == regex.escape(text, special_only=False)


def test_escaped_text_matches_itself_alone() -> None:
    for text in ("St. John's (N.L.)", "C++", "a|b", "[x]{2}", "\\d"):
        assert regex.fullmatch(rx.escape(text), text)
        assert not regex.fullmatch(rx.escape(text), text + "x")


def test_the_rest_is_regex_s_own() -> None:
    assert rx.compile is regex.compile
    assert rx.sub is regex.sub
    assert rx.Pattern is regex.Pattern and rx.Match is regex.Match
    assert rx.error is regex.error
    with pytest.raises(AttributeError):
        rx.no_such_function  # noqa: B018
    with pytest.raises(AttributeError):
        rx.__wrapped__  # noqa: B018 (a dunder look-up is not handed to `regex`)


def test_importing_it_does_not_import_regex() -> None:
    probe = ("import sys\nfrom mtqa import rx\n"
             "pattern = rx.escape('a.b') + '|' + str(rx.IGNORECASE | rx.MULTILINE)\n"
             "assert 'regex' not in sys.modules, sorted(m for m in sys.modules if 'regex' in m)\n"
             "assert rx.compile is sys.modules['regex'].compile\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
