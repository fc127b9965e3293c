"""Decoding, paragraphs and offset → line/column with LF, CRLF, CR, tabs and non-BMP characters."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from mtqa.document import Document, LineIndex, decode
from mtqa.errors import InputError
from mtqa.testing import findings


def test_line_index_lf_crlf_cr() -> None:
    text = "ab\r\ncd\ref\ngh"
    li = LineIndex(text)
    assert li.position(0) == (1, 1)
    assert li.position(text.index("c")) == (2, 1)
    assert li.position(text.index("e")) == (3, 1)
    assert li.position(text.index("h")) == (4, 2)
    assert li.line_text(1) == "ab" and li.line_text(2) == "cd" and li.line_text(4) == "gh"


def test_a_spans_position_is_its_ends_positions_on_every_kind_of_line_end() -> None:
    """`span_position` answers what `position` gives for the start and the end, whether the end
    is on the start's line, on a line end, past it or at the end of the text."""
    text = "ab\r\ncd\ref\ngh"
    li = LineIndex(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert li.span_position(start, end) == (*li.position(start), *li.position(end)), (start, end)


def test_columns_count_code_points_with_tabs_and_non_bmp() -> None:
    text = "\t😀 𝒜 the the end."
    f = findings(text, "repetition/doubled-word")[0]
    assert text[f.span.start : f.span.end] == f.text == " the"
    assert f.span.line == 1
    assert f.span.column == text.index(" the the") + 4 + 1  # code points, 1-based


def test_findings_after_crlf_lines() -> None:
    text = "First paragraph.\r\n\r\nSecond has a a doubled word.\r\n"
    f = findings(text, "repetition/doubled-word")[0]
    assert (f.span.line, f.span.column) == (3, text.split("\r\n")[2].index(" a a") + 2 + 1)
    assert text[f.span.start : f.span.end] == " a"


def test_paragraphs_split_on_blank_lines_and_keep_offsets() -> None:
    text = "One para\nwrapped.\n\n  Two.\n\n\nThree."
    doc = Document(text)
    assert [p.text for p in doc.paragraphs] == ["One para\nwrapped.", "Two.", "Three."]
    for p in doc.paragraphs:
        assert text[p.to_doc(0) : p.end] == p.text


def test_one_paragraph_per_line_without_blank_lines() -> None:
    doc = Document("First line.\nSecond line.\nThird.")
    assert [p.text for p in doc.paragraphs] == ["First line.", "Second line.", "Third."]


def test_decode_bom_and_errors() -> None:
    assert decode("\ufeffHé".encode("utf-8")) == ("Hé", True)
    text, bom = decode(b"\xef\xbb\xbfHello")
    assert (text, bom) == ("Hello", True)
    with pytest.raises(InputError, match=r"f\.txt: not valid utf-8 at byte 3 \(0xff\)"):
        decode(b"abc\xffdef", "f.txt")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02", "b.bin")
    assert decode("Québec".encode("latin-1"), encoding="latin-1")[0] == "Québec"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_paragraph_offsets_always_map_into_the_text(text: str) -> None:
    doc = Document(text)
    for p in doc.paragraphs:
        assert text[p.to_doc(0) : p.end] == p.text
        for s in p.sentences:
            assert p.text[s.start : s.end] == s.text
    li = LineIndex(text)
    for off in range(0, len(text) + 1, max(1, len(text) // 20 or 1)):
        line, col = li.position(off)
        assert line >= 1 and col >= 1


def test_line_starts_are_machine_integers_and_every_line_end_counts() -> None:
    """A line index of a long text holds 8 bytes a line (an array), not an int object each."""
    from array import array

    from mtqa.lines import LineIndex

    lines = LineIndex("one\r\ntwo\rthree\nfour")
    assert isinstance(lines.starts, array) and list(lines.starts) == [0, 5, 9, 15]
    assert [lines.position(i) for i in (0, 4, 5, 9, 16)] == [(1, 1), (1, 5), (2, 1), (3, 1), (4, 2)]
    assert lines.line_text(3) == "three"


@given(st.text(alphabet=st.sampled_from(["a", "b", "\n", "\r", " ", "é", "\u2028", "\x85", "\x0b", "\x0c"]), max_size=60))
def test_line_starts_are_those_the_line_end_pattern_finds(text: str) -> None:
    """Text without a CR has its line starts found by a substring search: the same as the
    pattern's, and the pattern's everywhere else."""
    from mtqa.lines import LINE_END, LineIndex

    assert list(LineIndex(text).starts) == [0, *(m.end() for m in LINE_END.finditer(text))]
