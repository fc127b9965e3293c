"""Sentence segmentation around the abbreviations of news copy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import pattern_cache
from mtqa.scan_backend import native_class
from mtqa.segment import count_words, split_sentences, word_counter

# What mtqa.segment._token_before answers, as the pattern it replaced finds it (the test's oracle).
_TOKEN_BEFORE = pattern_cache.compile(r"([\p{L}][\p{L}.\-]*)\.$")


def texts(paragraph: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Maj.-Gen. Jane Smith took command on Monday.",
        "Lt.-Col. Ann Lee and Brig.-Gen. Paul Roy spoke.",
        "Mr. Ruff and Prof. Massie disagreed.",
        "The vote was held on Jan. 7 in Ottawa.",
        "Prime Minister Justin Trudeau (Papineau, Que.) said the plan stands.",
        "NDP MP Don Davies (Vancouver Kingsway, B.C.) To tell the truth, nobody asked.",
        "The U.S. Department of Defense confirmed the strike.",
        "He lives on St. Clair Ave. in Toronto.",
        "J. R. Smith and No. 1 seed.",
    ],
)
def test_abbreviations_do_not_split(paragraph: str) -> None:
    assert texts(paragraph) == [paragraph]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"]),
        ("“It is over,” he said. “We leave.”", ["“It is over,” he said.", "“We leave.”"]),
        ("Troops returned to the U.S. The mission ended.", ["Troops returned to the U.S.", "The mission ended."]),
        ("He was born in Kingston, Ont. He moved later.", ["He was born in Kingston, Ont.", "He moved later."]),
        ("Sales rose 4.5 per cent. Profits fell.", ["Sales rose 4.5 per cent.", "Profits fell."]),
        ("(The vote was close.) Then it passed.", ["(The vote was close.)", "Then it passed."]),
    ],
)
def test_boundaries(paragraph: str, expected: list[str]) -> None:
    assert texts(paragraph) == expected


def test_offsets_index_the_paragraph() -> None:
    par = "  First one.  Second one.  "
    for s in split_sentences(par):
        assert par[s.start : s.end] == s.text
    assert texts(par) == ["First one.", "Second one."]


def test_adversarial_input_splits_soundly() -> None:
    """Runs of periods, initials, brackets and marks: the split returns, and its sentences quote the
    text in order without gaps of anything but space. A hang guard only; linearity is measured by
    benchmarks/speed.py's fuzz (its "periods", "initials", "parentheses", "quotes", "hyphens" units)."""
    from hang_guard import returns

    for unit in (". ", "A. ", "U.S. ", "(", "“", "-", "Mr. "):
        text = unit * 20000
        sentences = returns(split_sentences, text)
        assert sentences, unit
        pos = 0
        for s in sentences:
            assert text[s.start : s.end] == s.text and s.text.strip() == s.text, unit
            assert s.start >= pos and not text[pos : s.start].strip(), unit
            pos = s.end
        assert not text[pos:].strip(), unit


def test_count_words() -> None:
    assert count_words("Maj.-Gen. Dany Fortin — said “no.”") == 5
    assert count_words("") == 0


def test_paragraph_matches_skips_paragraphs_without_a_needle() -> None:
    import regex

    from mtqa.document import Document
    from mtqa.segment import paragraph_matches

    doc = Document("The deputy spoke.\n\nNo match here.\n\nTwo deputies, one deputy.")
    pattern = regex.compile(r"deput(?:y|ies)")
    got = [(par.index, m.group()) for par, m in paragraph_matches(doc.paragraphs, pattern, "eput")]
    assert got == [(0, "deputy"), (2, "deputies"), (2, "deputy")]
    assert list(paragraph_matches(doc.paragraphs, pattern, "absent")) == []


_BEFORE_ALPHABET = st.sampled_from(list("aZé.-'’ 1\n") + ["ß", "Ⅻ", "中", "\u0301", "ǅ", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(text=st.text(_BEFORE_ALPHABET, max_size=60), cut=st.integers(0, 60))
def test_the_token_before_a_period_is_the_patterns(text: str, cut: int) -> None:
    """Read backwards from the period, the token is what the pattern's search finds."""
    from mtqa import segment

    text = text[:cut] + "." + text[cut:]
    dot = min(cut, len(text) - 1)
    for lo in (0, max(0, dot - 40), max(0, dot - 3)):
        m = _TOKEN_BEFORE.search(text, lo, dot + 1)
        assert segment._token_before(text, lo, dot) == (m.group(1) if m else None), (text, lo, dot)


# Characters the word count reads differently: spaces of every kind (those str.split cuts at,
# a no-break space, an ideographic one, the separators \x1c-\x1f, NEL), word characters of
# other scripts and digits of other scripts, the underscore, combining marks, symbols,
# dashes and quotes, an emoji, and a lone surrogate (which Rust cannot take).
_COUNT_PIECES = ["word", "Ab1", "_", "—", "-", "“", "”", "!", "...", "é", "e\u0301", "\u0301", "٣", "中文", "😀",
                 "$", "%", "®", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x1f", "\x85",
                 "\u200b", "\ufeff", "\ud800"]


@pytest.mark.parametrize("backend", ["python"] + (["native"] if native_class() is not None else []))
def test_the_word_counter_counts_as_count_words(backend: str, monkeypatch) -> None:
    """`word_counter` (native or not) gives `count_words`'s count on random runs of the
    characters the count reads differently, and on a text longer than its chunk."""
    import random

    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    count = word_counter()
    assert (count is count_words) == (backend == "python")
    rnd = random.Random(14)
    for _ in range(3000):
        text = "".join(rnd.choice(_COUNT_PIECES) for _ in range(rnd.randint(0, 12)))
        assert count(text) == count_words(text), repr(text)
    long = "a — b “c” d\u2003e _ ! " * 120_000  # longer than count_words' megabyte chunk
    assert count(long) == count_words(long) == 6 * 120_000  # a b “c” d e _


@pytest.mark.skipif(native_class() is None, reason="no native extension")
def test_the_native_counter_leaves_no_utf8_copy_on_a_long_text(monkeypatch) -> None:
    """Rust reads a str through its UTF-8 form, which CPython then keeps on the str for as long
    as it lives: a long text (a report keeps its document's) goes to Rust in pieces cut at
    whitespace, so the text is not grown by a copy of itself, and the count is the same."""
    import sys

    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    count = word_counter()
    long = "Ça “va” – très bien,\tmerci\u2003beaucoup. " * 60_000  # non-ASCII: a UTF-8 form of its own
    size = sys.getsizeof(long)
    assert count(long) == count_words(long) == 6 * 60_000  # the dash is no word
    assert sys.getsizeof(long) == size


def test_the_word_counters_whitespace_is_the_patterns() -> None:
    """The native counter cuts tokens where str.split does (str.isspace); count_words' pattern
    bounds its non-word tokens by re's \\s: the two agree on every character."""
    import re
    import sys

    space = re.compile(r"\s")
    assert all(bool(space.match(c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))


def test_the_word_character_class_is_res_word_character() -> None:
    """`word_char_classes` reads a word character as re's \\w does (what count_words' pattern
    `[^\\w\\s]` leaves out), for every character, without compiling a pattern for it."""
    import re
    import sys

    from mtqa.segment import word_char_classes

    word = re.compile(r"\w")
    assert all(bool(word_char_classes(c) & 2) == bool(word.match(c)) for c in map(chr, range(sys.maxunicode + 1)))
    assert all(bool(word_char_classes(c) & 1) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))


def test_an_extension_without_the_word_counter_counts_in_python(monkeypatch) -> None:
    """A native extension built before `WordCounter` existed (an install not rebuilt) still
    counts words: with `count_words`."""
    native = pytest.importorskip("mtqa._native")
    from mtqa.segment import native_word_count

    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    monkeypatch.delattr(native, "WordCounter")
    native_word_count.cache_clear()
    try:
        assert word_counter() is count_words
    finally:
        native_word_count.cache_clear()


def test_a_paragraph_without_a_mark_before_its_closing_run_is_split_as_the_pattern_splits_it() -> None:
    """`split_sentences` answers a paragraph whose terminal marks all stand in its closing run
    without the boundary pattern's search: on look-alikes (marks, closers and openers, every
    kind of space, capitals and digits beyond ASCII, abbreviations) the sentences are the ones
    the search finds, and both ways are taken."""
    import random

    from mtqa import segment

    pieces = ["the", "The", "minister", "Mr.", "U.S.", "Jan.", "J.", "3", "٣", "Élan", "ß", ".", "!", "?", "…", "...",
              "\"", "'", "”", "’", "»", ")", "]", "“", "‘", "«", "(", "[", ",", "-", "\u00a0", "\u2003", "\n", "\t", " "]
    rng = random.Random(16)
    fast = slow = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 10)))
        expected = segment._split_at_boundaries(text)
        assert split_sentences(text) == expected, repr(text)
        end = len(text)
        while end and (text[end - 1] in segment._CLOSING or text[end - 1].isspace()):
            end -= 1
        if any(mark in text[:end] for mark in ".!?…"):
            slow += 1
        else:
            fast += 1
    assert fast > 1000 and slow > 1000
