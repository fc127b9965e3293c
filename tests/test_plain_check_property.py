"""`mtqa check`'s command line read without argparse (`check_options.plain_check`) against argparse,
over command lines hypothesis draws from every declared option, in every spelling argparse knows.

Two properties: wherever `plain_check` reads a command line, argparse reads it too and into the same
attributes (a line argparse refuses or reads otherwise is never read without it); and a line of
files and options spelled as declared, each with a value argparse takes, is read without argparse
(the fast path pre-commit's hook relies on is not lost to a new option or value)."""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtqa.cli import build_parser
from mtqa.commands.check_options import check_arguments, plain_check


class _Declared:
    """Records `check_arguments`' declarations (flags, action, choices, type) as a parser would see them."""

    def __init__(self) -> None:
        self.options: list[tuple[tuple[str, ...], dict[str, Any]]] = []

    def add_argument(self, *flags: str, **kwargs: Any) -> None:
        if flags[0].startswith("-"):
            self.options.append((flags, kwargs))

    def add_mutually_exclusive_group(self, **kwargs: Any) -> _Declared:
        return self


_DECLARED = _Declared()
check_arguments(_DECLARED)
_FLAGS = [flag for flags, _ in _DECLARED.options for flag in flags]
_VALUED = {flag: kwargs for flags, kwargs in _DECLARED.options for flag in flags
           if kwargs.get("action", "store") in ("store", "append")}

# values each kind of option takes, by its type's name, with look-alikes argparse refuses or reads otherwise
_GOOD = {"score": ["90", "0", "100", "95.5", "1e1", " 80 "], "languagetool": ["off", "auto", "local", "http://localhost:8081"],
         "encoding": ["utf-8", "latin-1", "cp1252", "UTF8"], "segment_states": ["translated", "translated,final", "final, "],
         "int": ["2", "0", "1_0", " 3"], "seconds_budget": ["5", "0.5", "60", "1e1", " 2 "]}
_BAD = ["", "-", "--", "-1", "-x", "-x y", "nan", "inf", "101", "bogus", "cp-1252", "x=1", "=", "2.5", "--quiet", "-q"]
_PATHS = ["a.txt", "dir/b.md", "with space.txt", "check", "x=1", "@list", "-a.txt", "-", "", "-1", "é.po", "--", "-q"]


def _good_values(flag: str) -> list[str]:
    kwargs = _VALUED[flag]
    if kwargs.get("choices"):
        return [str(c) for c in kwargs["choices"]]
    kind = kwargs.get("type")
    return _GOOD.get(getattr(kind, "__name__", ""), ["a", "quotes,names", "x y", "é"])


@st.composite
def _option(draw: st.DrawFn) -> list[str]:
    """One option in a spelling argparse reads (spelled out, abbreviated, `=` or a separate value,
    a short flag run into its value) or a look-alike, with a value good or not."""
    flag = draw(st.sampled_from(_FLAGS))
    spelling = draw(st.sampled_from(["as declared"] * 6 + ["abbreviated", "joined"]))
    if spelling == "abbreviated" and flag.startswith("--") and len(flag) > 4:
        flag = flag[:draw(st.integers(3, len(flag) - 1))]
    if flag not in _VALUED:
        return [flag] if spelling != "joined" else [f"{flag}=1"]
    value = draw(st.one_of(*[st.sampled_from(_good_values(flag))] * 4, st.sampled_from(_BAD), st.text(max_size=6)))
    if spelling == "joined":
        return [f"{flag}={value}" if flag.startswith("--") else f"{flag}{value}"]
    return [flag, value]


@st.composite
def _command_line(draw: st.DrawFn) -> list[str]:
    path = st.sampled_from(_PATHS[:6] * 3 + _PATHS[6:]).map(lambda p: [p])
    pieces = draw(st.lists(st.one_of(_option(), _option(), path, path, st.just(["--"])), min_size=0, max_size=6))
    return ["check", *(arg for piece in pieces for arg in piece)]


@st.composite
def _plain_command_line(draw: st.DrawFn) -> list[str]:
    """Files, and options spelled as declared with values argparse takes (at most one of the colour group)."""
    flags = [f for f in _FLAGS if f not in ("--color", "--no-color")]
    options: list[str] = draw(st.sampled_from([[], ["--color"], ["--no-color"]]))
    for flag in draw(st.lists(st.sampled_from(flags), max_size=6)):
        if flag in _VALUED:
            value = draw(st.sampled_from([v for v in _good_values(flag) if v.strip() and not v.startswith("-")]))
            options += draw(st.sampled_from([[flag, value], [f"{flag}={value}"]])) if flag.startswith("--") else [flag, value]
        else:
            options.append(flag)
    files = draw(st.lists(st.sampled_from(["a.txt", "dir/b.md", "with space.txt", "x=1", "é.po"]), min_size=1, max_size=3))
    where = draw(st.sampled_from(["after", "before", "after --"]))
    if where == "before":
        return ["check", *files, *options]
    return ["check", *options, *(["--"] if where == "after --" else []), *files]


@st.composite
def _near_plain_command_line(draw: st.DrawFn) -> list[str]:
    """A plain command line with one to three pieces put in anywhere: an option in any spelling,
    a value good or bad, a path argparse reads otherwise, a `--`."""
    argv = draw(_plain_command_line())
    piece = st.one_of(_option(), st.sampled_from(_PATHS).map(lambda p: [p]), st.just(["--"]),
                      st.sampled_from(_BAD).map(lambda v: [v]), st.sampled_from([["--color"], ["--no-color"]]))
    for extra in draw(st.lists(piece, min_size=1, max_size=3)):
        at = draw(st.integers(1, len(argv)))
        argv[at:at] = extra
    return argv


def _argparse(argv: list[str]) -> dict[str, Any] | None:
    """argparse's attributes, or None where it refuses the command line (its message kept off the output)."""
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            return vars(build_parser().parse_args(argv))
    except SystemExit:
        return None


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_command_line(), _near_plain_command_line()))
def test_a_command_line_read_without_argparse_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    plain = plain_check(argv)
    if plain is not None:
        assert vars(plain) == _argparse(argv), argv


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plain_command_line())
def test_a_plain_command_line_is_read_without_argparse(argv: list[str]) -> None:
    plain = plain_check(argv)
    assert plain is not None, argv
    assert vars(plain) == _argparse(argv), argv


@pytest.mark.parametrize("flag", sorted(_VALUED))
def test_every_option_taking_a_value_has_values_drawn(flag: str) -> None:
    """The strategies above know a good value for each option (a new option's type is drawn too)."""
    assert _good_values(flag)
