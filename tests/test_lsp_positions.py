"""`mtqa.lsp.positions`: code-point offsets to LSP positions and back, in LSP's own lines (only
"\\n", "\\r\\n" and "\\r" end one) and code units (UTF-16 by default, UTF-8, UTF-32)."""

from __future__ import annotations

import pytest

from mtqa.lsp.positions import UTF8, UTF16, UTF32, LineIndex, apply_change


def test_an_emoji_counts_two_utf16_units_and_four_utf8_bytes() -> None:
    text = "Mood 😀 here"
    at = text.index("here")
    index = LineIndex(text)
    assert index.position(at, UTF16) == (0, 8)
    assert index.position(at, UTF8) == (0, 10)
    assert index.position(at, UTF32) == (0, 7)
    for enc in (UTF8, UTF16, UTF32):
        assert index.offset(*index.position(at, enc), enc) == at


def test_crlf_and_lone_cr_end_lines_but_a_form_feed_u2028_and_nel_do_not() -> None:
    text = "one\r\ntwo\rthree\x0cfour\u2028five\x85six\nseven"
    index = LineIndex(text)
    assert index.position(text.index("two")) == (1, 0)
    assert index.position(text.index("three")) == (2, 0)
    assert index.position(text.index("six")) == (2, text.index("six") - text.index("three"))
    assert index.position(text.index("seven")) == (3, 0)
    # an offset between "\r" and "\n" is at the end of its line, not past it
    assert index.position(text.index("\n")) == (0, 3)
    assert index.end() == (3, 5)


def test_a_position_past_a_line_or_the_text_is_clamped() -> None:
    index = LineIndex("ab\ncd")
    assert index.offset(0, 99) == 2
    assert index.offset(7, 0) == 5
    assert index.offset(-1, 0) == 0


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_an_incremental_change_after_an_emoji_replaces_the_right_characters(encoding: str) -> None:
    text = "A 😀 cat\r\nsat the the mat"
    index = LineIndex(text)
    start = index.position(text.index(" the mat"), encoding)
    end = index.position(text.index(" mat"), encoding)
    assert apply_change(text, start, end, "", encoding) == "A 😀 cat\r\nsat the mat"
    assert apply_change(text, None, None, "all new", encoding) == "all new"
