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


def _reference_units(text: str, encoding: str) -> int:
    """Code units as the encoding itself counts them (what the index must agree with)."""
    if encoding == UTF32:
        return len(text)
    data = text.encode("utf-16-le" if encoding == UTF16 else "utf-8", "surrogatepass")
    return len(data) // 2 if encoding == UTF16 else len(data)


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_positions_and_offsets_agree_with_the_encoding_on_random_text(encoding: str) -> None:
    """The index counts wide characters by bisection (it counted them in the slice from the
    line's start at each position: quadratic on a long line); the same answers as encoding the
    slice, and a client's position in the middle of a character rounds down, at every offset."""
    import random

    rng = random.Random(49)
    pieces = ["a", "é", "€", "😀", "\ud800", "\r\n", "\r", "\n", "\u2028", " ", "«"]
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        index = LineIndex(text)
        for offset in range(len(text) + 1):
            line, character = index.position(offset, encoding)
            start = index.starts[line]
            end = min(offset, index._ends[line])
            assert character == _reference_units(text[start:end], encoding), (text, offset)
            assert index.offset(line, character, encoding) == end
            line_text = text[start:index._ends[line]]
            for units in (character + 1, character + 2):  # inside or past the next character
                expected = start
                while expected < start + len(line_text) and _reference_units(text[start:expected + 1], encoding) <= units:
                    expected += 1
                assert index.offset(line, units, encoding) == expected, (text, line, units)


def test_a_pulled_checks_diagnostics_share_one_index_of_the_text(monkeypatch) -> None:
    """The diagnostics of a check were made with a new LineIndex each, every one reading the
    whole text: quadratic in findings and length (a 900,000-character line never published)."""
    import asyncio

    pytest.importorskip("pygls")
    from mtqa.lsp import server as server_mod
    from mtqa.lsp.checking import Checks

    built: list[int] = []

    class Counted(LineIndex):
        def __init__(self, text: str) -> None:
            built.append(len(text))
            super().__init__(text)
    monkeypatch.setattr(server_mod, "LineIndex", Counted)
    server = server_mod.MtqaLanguageServer(Checks(isolated=True), 0.0)
    doc = server_mod.OpenDocument("untitled:1", "The the ferry left and and came back back.\n" * 20, 1, "plaintext")
    try:
        diagnostics = asyncio.run(server.pulled(doc))
    finally:
        server.pool.shutdown()
    assert len(diagnostics) >= 60 and built == [len(doc.text)]


@pytest.mark.parametrize("encoding", [UTF8, UTF16])
def test_positions_on_one_long_line_do_not_read_the_line_each_time(encoding: str) -> None:
    """Work counted, not timed: each position read the slice from its line's start (a pasted
    line of 900,000 characters and 30,000 findings: hours). The characters read for a thousand
    positions are now none beyond the index's own pass."""
    class Counting(str):
        read = 0

        def __getitem__(self, key):
            if isinstance(key, slice):
                Counting.read += len(range(*key.indices(len(self))))
            return str.__getitem__(self, key)

    text = Counting("The « mayor » said the the plan 😀 was done. " * 500)
    index = LineIndex(text)
    offsets = range(len(text) - 1000, len(text))
    got = [index.position(o, encoding) for o in offsets]
    assert got[-1] == (0, _reference_units(str(text)[:-1], encoding))
    assert all(index.offset(*p, encoding) == o for p, o in zip(got[::100], offsets[::100]))
    assert Counting.read <= len(text)


def test_the_encoding_may_be_lsprotocols_enum() -> None:
    """The server passes lsprotocol's PositionEncodingKind, a str enum equal to "utf-16" that
    does not hash as it: the emoji still counts two units."""
    lsprotocol = pytest.importorskip("lsprotocol.types")
    text = "Mood 😀 here"
    for kind, units in ((lsprotocol.PositionEncodingKind.Utf16, 8), (lsprotocol.PositionEncodingKind.Utf8, 10)):
        index = LineIndex(text)
        assert index.position(text.index("here"), kind) == (0, units)
        assert index.offset(0, units, kind) == text.index("here")
