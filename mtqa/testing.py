"""Helpers for tests of rules, public so pack authors can test their own packs.

    from mtqa.testing import assert_flags, assert_clean
    assert_flags("He said “it is over“.", "quotes/direction", ["“"])
    assert_clean("He said “it is over.”", "quotes")
"""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.finding import Finding
from mtqa.session import Session

_CHECKERS: dict[tuple, Checker] = {}


def checker(select: str | tuple[str, ...], **options) -> Checker:
    """A strict Checker for the given rules, cached per selection."""
    sel = (select,) if isinstance(select, str) else tuple(select)
    key = (sel, tuple(sorted(options.items())))
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(select=list(sel), strict=True, **options)
    return _CHECKERS[key]


def findings(text: str, select: str | tuple[str, ...], **options) -> list[Finding]:
    """The findings of the selected rules on `text` (locale etc. as keyword options), checked
    through a `Session` as every front end checks."""
    locale = options.pop("locale", None)
    fmt = options.pop("format", None)
    source = options.pop("source", None)
    reference = options.pop("reference", None)
    report = Session(checker(select, **options)).check(text, locale=locale, format=fmt, source=source,
                                                       reference=reference)
    sel = (select,) if isinstance(select, str) else tuple(select)
    return [f for f in report.findings if any(f.rule_id == s or f.rule_id.startswith(s + "/") for s in sel)]


def assert_flags(text: str, select: str | tuple[str, ...], expected: list[str], **options) -> list[Finding]:
    """Assert the selected rules flag exactly the texts in `expected`, in order."""
    got = findings(text, select, **options)
    flagged = [f.text for f in got]
    assert flagged == expected, f"expected {expected!r}, got {flagged!r}: {[(f.rule_id, f.message) for f in got]}"
    return got


def assert_clean(text: str, select: str | tuple[str, ...], **options) -> None:
    """Assert the selected rules find nothing in `text`."""
    got = findings(text, select, **options)
    assert not got, f"expected no findings, got {[(f.rule_id, f.text, f.message) for f in got]}"
