"""Helpers for the format tests: the seed fixtures and a format-independent view of findings."""

from __future__ import annotations

import html
import re
from pathlib import Path

from mtqa.engine import Checker
from mtqa.formats import PLACEHOLDER, parse  # noqa: F401  (re-exported for tests)
from script_loader import load_script

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXT = {"plain": "txt", "markdown": "md", "html": "html"}

_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_LINK_TAIL = re.compile(r"\]\([^)]*\)")
_MD_MARK = re.compile(r"[*_\[\]]|\\(?=[\\`*_\[\]<>])")
_WS = re.compile(r"\s+")


def fixture(fmt: str) -> str:
    return (FIXTURES / f"seed_article.{EXT[fmt]}").read_text(encoding="utf-8")


def generated(fmt: str) -> str:
    """What tests/fixtures/make_seed_fixtures.py writes for a format today."""
    mod = load_script("make_seed_fixtures", FIXTURES / "make_seed_fixtures.py")
    return {"plain": mod.plain, "markdown": mod.markdown, "html": mod.html_page}[fmt]()


def visible(raw: str, fmt: str) -> str:
    """Raw source text as a reader sees it, by a crude independent route (no parser)."""
    if fmt in ("markdown", "html"):
        raw = _TAG.sub("", _COMMENT.sub("", raw))
    if fmt == "markdown":
        raw = _MD_MARK.sub("", _MD_LINK_TAIL.sub("", raw))
    if fmt != "plain":
        raw = html.unescape(raw)
    return _WS.sub(" ", raw).strip()


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, counted independently of mtqa.document.LineIndex (LF files)."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check(text: str, fmt: str, checker: Checker | None = None):
    return (checker or Checker()).check(text, format=fmt)


def assert_same_findings(plain_text: str, other_text: str, fmt: str, checker: Checker | None = None) -> int:
    """The other format gives the plain text's findings, at the matching places of its own source.

    For every finding: same rule, same flagged prose, same prose just before it (so the same
    occurrence), and line/column that point at that place in the other file. Returns the count.
    """
    checker = checker or Checker()
    plain = checker.check(plain_text, format="plain").findings
    other = checker.check(other_text, format=fmt).findings
    assert [f.rule_id for f in other] == [f.rule_id for f in plain], (
        f"{fmt}: rules differ\nplain: {[(f.rule_id, f.text) for f in plain]}\n{fmt}: {[(f.rule_id, f.text) for f in other]}"
    )
    for p, o in zip(plain, other):
        assert visible(other_text[o.span.start:o.span.end], fmt) == visible(p.text, "plain"), (p, o)
        before_plain = visible(plain_text[max(0, p.span.start - 40):p.span.start], "plain")[-25:]
        before_other = visible(other_text[:o.span.start], fmt)
        assert before_other.endswith(before_plain), (fmt, before_plain, before_other[-60:])
        assert (o.span.line, o.span.column) == line_col(other_text, o.span.start)
        assert (o.span.end_line, o.span.end_column) == line_col(other_text, o.span.end)
    return len(plain)


def assert_offsets_sound(text: str, fmt: str) -> None:
    """Every paragraph character maps inside the original; plain characters map to themselves."""
    for par in parse(text, fmt).paragraphs:
        assert par.offsets is not None and len(par.offsets) == len(par.text) + 1
        ends = par.ends or [o + 1 for o in par.offsets[:-1]]
        prev = -1
        for i, ch in enumerate(par.text):
            o, e = par.offsets[i], ends[i]
            assert 0 <= o < e <= len(text), (i, ch, o, e)
            assert o >= prev, "offsets go backwards"
            prev = o
            if ch == PLACEHOLDER:
                continue
            if ch.isspace() and (text[o].isspace() or text[o:o + 3].lower() == "<br"):
                continue  # a collapsed run of whitespace, a line break, or <br>
            if e - o == 1:
                assert text[o] == ch, (i, ch, text[o])
            else:
                assert text[o] == "&", (i, ch, text[o:e])  # an entity or character reference
                assert ch in html.unescape(text[o:e])
