"""Paragraphs, sentences and words, each carrying offsets into the original input.

Sentence segmentation is explicit because several rules look for *wrong* splits that a
translation engine left behind (``(Papineau, Que.) To tell``, ``the US So if``). The
segmenter therefore has to know where a period does *not* end a sentence:

* after a title or rank abbreviation (Mr., Prof., Gen., Maj.-Gen., Lt.-Col., St.),
  which is always followed by a name;
* after a single capital initial (``J. R. Smith``) and after ``No.`` before a number;
* after a month abbreviation (Jan., Feb., Sept.) followed by a digit;
* after an abbreviation that *may* end a sentence (U.S., B.C., Que., Ont., Inc.), unless
  the next word is a common sentence opener (The, He, But, …);
* inside a parenthesis: ``(Papineau, Que.) To tell`` is one sentence.

A boundary is terminal punctuation (. ! ? …), then any closing quotes or brackets, then
whitespace, then an uppercase letter, digit or opening quote.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.patterns import lazy_re

# Abbreviations always followed by a name or number: a period after them never ends a sentence.
# Canadian Press style's titles and ranks (shared data's CAF ranks: Lieut., Cmdre.), police ranks
# as forces write them (Cst., S/Sgt.), and a councillor's and an alderman's titles (Coun. Rob
# Foster, Couns. Jim Hanson and Lisa Muri).
TITLE_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Mme Mlle M Dr Prof Rev Hon Sen Rep Gov Gen Lt Col Maj Capt Cmdr Cdr Sgt Cpl Pte
    Adm Brig Cpt Insp Supt Const Det Sgt-Maj Lt-Gen Maj-Gen Brig-Gen Lt-Col Lt-Cmdr Vice-Adm Rear-Adm
    Sub-Lt Master Cpl Msgr Fr Sr Sra St Ste Mt Ft Pt No Nos Vol Vols Ch Art Sec Fig Figs vs v
    Messrs Mmes Atty Pres Supt Gov-Gen Lieut Cmdre Cst S/Sgt Coun Couns Ald Cllr""".split()
)
# Month abbreviations: not a boundary before a digit ("Jan. 7").
MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Abbreviations that can end a sentence: a boundary only before a common sentence opener.
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    """U.S U.K U.N E.U B.C P.E.I N.B N.S N.L N.W.T Y.T Alta Sask Man Ont Que Nfld Inc Ltd Corp Co Jr
    etc a.m p.m Bros Assn Dept Univ Ave Blvd Rd Hwy D.C Mass Calif Fla Wash Ill Penn Va Tex Ariz""".split()
)
SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your
    But And So Yet Or Nor For In On At By From With Without If When While Where Why How What Who Which
    As After Before Since Although Though Because However Meanwhile Still Also Then Now Today Yesterday
    Tomorrow Some Many Most All Each Every One Two Three No Not Both Neither Either Such Other Another
    According During Under Over Despite Instead Last Next More Few""".split()
)

# Tried only where a run of marks starts, and the run and its closers taken whole (possessive):
# a run that no capital follows (20,000 periods, pasted) was tried from each of its marks and
# given back mark by mark, time quadratic in its length. Backtracking inside a run never made
# a match: after part of it comes another mark or closer, never the whitespace looked for.
_BOUNDARY = pattern_cache.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s+[\"“‘«(\[]?[\p{Lu}\p{N}])")
_WORD = pattern_cache.compile(r"[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*\.?")
_NEXT_WORD = pattern_cache.compile(r"\s+[\"“‘«(\[]?([\p{L}\p{N}]+)")
_TOKEN = pattern_cache.compile(r"[\p{L}\p{N}]+")  # the same runs as mtqa.matching.tokens
_TOKEN_CHAR = pattern_cache.compile(r"[\p{L}\p{N}]")
_NON_WORD_TOKEN = lazy_re(r"(?<!\S)[^\w\s]+(?!\S)")  # word counts of reports and benchmarks: on first use


class Sentence(msgspec.Struct, frozen=True):
    """A sentence of a paragraph: `start`/`end` index the paragraph's text."""

    start: int
    end: int
    text: str


class Paragraph(msgspec.Struct, eq=False, repr_omit_defaults=True):
    """A block of prose as the rules see it, mapped back to the original input.

    Args:
        text: the prose the rules read (markup removed, entities decoded).
        start: document offset of text[0] when the mapping is contiguous.
        offsets: for non-contiguous text (Markdown, HTML), the document offset of every
            character of `text` plus one past the end; None means contiguous from `start`.
        index: position of the paragraph in the document.
        kind: "paragraph", "heading", "list-item", "quote", "title" … (format-specific).
        ends: with `offsets`, the document offset just after the source of every character of
            `text` (an entity such as ``&rsquo;`` is one character of `text` but several of the
            input); None means each character's source is one character long.

    Slotted, with no ``__dict__``: a long document has a hundred thousand of them, and what is
    derived from the text (sentences, token spans) is cached in declared slots that
    `drop_caches` empties (fields after `ends`, never passed). A msgspec Struct, not a
    dataclass: making a dataclass class costs every process ~0.4 ms. Compared by identity.
    """

    text: str
    start: int
    offsets: list[int] | None = None
    index: int = 0
    kind: str = "paragraph"
    ends: list[int] | None = None
    _sentences: list[Sentence] | None = None
    _sentence_starts: list[int] | None = None
    _sentence_ends: list[int] | None = None
    _token_spans: list[tuple[int, int]] | None = None
    _given_spans: Sequence[int] | None = None  # see take_token_spans

    def to_doc(self, i: int) -> int:
        """Map an index into `text` (0..len) to an offset in the original input."""
        if self.offsets is None:
            return self.start + i
        return self.offsets[i]

    def span_to_doc(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the original input (end stays exclusive)."""
        if self.offsets is None:
            return self.start + start, self.start + end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        if self.ends is not None:
            return self.offsets[start], self.ends[end - 1]
        return self.offsets[start], self.offsets[end - 1] + 1

    @property
    def end(self) -> int:
        return self.to_doc(len(self.text))

    def piece(self, start: int, end: int) -> Paragraph:
        """text[start:end] as a paragraph of its own, mapped to the same input offsets."""
        if self.offsets is None:
            return Paragraph(self.text[start:end], self.start + start, None, self.index, self.kind)
        ends = self.ends[start:end] if self.ends is not None else None
        return Paragraph(self.text[start:end], self.offsets[start], self.offsets[start:end + 1], self.index,
                         self.kind, ends)

    def drop_caches(self) -> None:
        """Forget what was derived from this paragraph (tokens, sentences)."""
        self._sentences = self._sentence_starts = self._sentence_ends = self._token_spans = None
        self._given_spans = None

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        return self._sentences

    @property
    def sentence_starts(self) -> list[int]:
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        return self._sentence_starts

    @property
    def sentence_ends(self) -> list[int]:
        if self._sentence_ends is None:
            self._sentence_ends = [s.end for s in self.sentences]
        return self._sentence_ends

    @property
    def token_spans(self) -> list[tuple[int, int]]:
        """Spans of the runs of letters and digits (`word_spans`)."""
        if self._token_spans is None:
            given = self._given_spans
            if given is not None:
                pairs = iter(given)
                self._token_spans = list(map(_one_span, zip(pairs, pairs)))
                self._given_spans = None
            else:
                self._token_spans = [_one_span(m.span()) for m in _TOKEN.finditer(self.text)]
        return self._token_spans

    def take_token_spans(self, flat: Sequence[int]) -> None:
        """Keep `flat` (start, end, start, end, ... of every run of letters and digits, as a
        tokeniser that agrees with ``_TOKEN`` found them: the native scanner's) for
        `token_spans`, which then reads them instead of running the pattern over the text.
        Kept as given (an array: 8 bytes a token) until they are first asked for."""
        if self._token_spans is None:
            self._given_spans = flat

    @property
    def token_set(self) -> frozenset[str]:
        """The distinct runs of letters and digits, as written. Not cached: a set per paragraph
        held for a whole section cost more memory than every other cache together. Cut from
        the token spans when a scan handed them over (half the cost of the pattern's pass)."""
        if self._token_spans is None and self._given_spans is None:
            return frozenset(_TOKEN.findall(self.text))
        text = self.text
        return frozenset([text[s:e] for s, e in self.token_spans])

    def sentence_at(self, i: int) -> Sentence | None:
        """The sentence holding index i, by binary search (sentences are in order)."""
        sents = self.sentences
        k = bisect_right(self.sentence_ends, i)
        if k < len(sents) and sents[k].start <= i:
            return sents[k]
        return None


def is_token_char(ch: str) -> int:
    """1 when the character `ch` belongs to a token (`Paragraph.token_spans`), else 0: what a
    native tokeniser asks so that its runs are the pattern's whatever its Unicode tables."""
    return 1 if _TOKEN_CHAR.match(ch) else 0


@lru_cache(maxsize=4096)
def _one_span(span: tuple[int, int]) -> tuple[int, int]:
    """`span`, or an equal tuple seen lately. A section keeps every paragraph's token spans
    until it is checked, and short paragraphs repeat the same few thousand spans: shared,
    they cost a list slot each instead of a tuple (64 bytes)."""
    return span


_LETTER = pattern_cache.compile(r"\p{L}")


def _is_letter(c: str) -> bool:
    return c.isalpha() if c.isascii() else _LETTER.match(c) is not None


def _token_before(text: str, lo: int, dot: int) -> str | None:
    """The token before the period at `dot`, looked for from `lo`: the run of letters, periods
    and hyphens ending there, from its first letter (what ``([\\p{L}][\\p{L}.\\-]*)\\.$`` finds in
    ``text[lo:dot + 1]``), read backwards from the period instead of tried at every start."""
    i = dot
    while i > lo and (text[i - 1] in ".-" or _is_letter(text[i - 1])):
        i -= 1
    while i < dot and not _is_letter(text[i]):
        i += 1
    return text[i:dot] if i < dot else None


def _is_boundary(text: str, dot_end: int, punct_start: int, sentence_start: int) -> bool:
    """Decide whether terminal punctuation at text[punct_start:dot_end] ends a sentence."""
    punct = text[punct_start:dot_end]
    if punct.startswith(".") and not punct.startswith("..."):
        # Period directly followed by ")" belongs to a parenthetical, unless the sentence opened it.
        if ")" in punct and not text[sentence_start:punct_start].lstrip().startswith("("):
            return False
        return not _abbreviation_ends(text, punct_start, dot_end)
    return True


def _abbreviation_ends(text: str, dot: int, after: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial that ends no sentence
    there, the next word read from `after` (past the period and any closing marks)."""
    token = _token_before(text, max(0, dot - 40), dot)
    if token is None:
        return False
    bare = token.rstrip(".")
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "J. Smith"
    if bare in TITLE_ABBREVIATIONS or bare.replace(".", "") in TITLE_ABBREVIATIONS:
        return True
    if "-" in bare and bare.rsplit("-", 1)[-1] in TITLE_ABBREVIATIONS:
        return True  # Maj.-Gen., Lt.-Col.
    next_m = _NEXT_WORD.match(text, after)
    next_word = next_m.group(1) if next_m else ""
    if bare in MONTH_ABBREVIATIONS and next_word[:1].isdigit():
        return True  # "Jan. 7"
    if bare in SENTENCE_FINAL_ABBREVIATIONS or ("." in bare and bare.replace(".", "").isupper()):
        return bool(next_word) and next_word not in SENTENCE_OPENERS  # "U.S. officials", "9 a.m. Monday"
    return False


def is_abbreviation_period(text: str, dot: int) -> bool:
    """Whether the period at text[dot] closes an abbreviation or an initial after which the
    segmenter ends no sentence: a title or rank before a name (Mr., Const., Lt.-Col.), an
    initial, ``No.`` before a number, a month before a day (``Jan. 7``), or an abbreviation that
    may end a sentence (U.S., Que., a.m.) followed by a word that opens none. Every check that
    asks "did a sentence end here?" asks this, so that none takes "Mr. Fraser" for two
    sentences where `split_sentences` reads one."""
    after = dot + 1
    while after < len(text) and text[after] in _CLOSERS:
        after += 1
    return _abbreviation_ends(text, dot, after)


_CLOSERS = "\"'”’»)]"
_MARKS = ".!?…"


def ends_sentence(text: str, end: int) -> bool:
    """Whether text[:end] ends on a sentence's end as the segmenter reads one: terminal marks
    (. ! ? …), perhaps closing quotes or brackets, the period not an abbreviation's
    (`is_abbreviation_period`), and no letter or digit right after them (the first period of
    ``a.m.``, a decimal point)."""
    if end < len(text) and text[end].isalnum():
        return False
    i = end
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    if i == 0 or text[i - 1] not in _MARKS:
        return False
    j = i
    while j > 0 and text[j - 1] in _MARKS:
        j -= 1
    if text[j] == "." and i - j == 1:
        return not _abbreviation_ends(text, j, end)
    return True


_STOP = pattern_cache.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")


def sentence_stops(text: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """The end of every sentence's end in text[lo:hi] that whitespace follows (`ends_sentence`):
    where a check that reads "the sentence before this word" starts its sentence."""
    for m in _STOP.finditer(text, lo, len(text) if hi is None else hi):
        if ends_sentence(text, m.end()):
            yield m.end()


# What may close a paragraph after its last sentence's words: terminal marks, closing quotes and
# brackets (`_BOUNDARY`'s first two parts), and whitespace (tested apart).
_CLOSING = frozenset(".!?…\"'”’»)]")


def split_sentences(text: str) -> list[Sentence]:
    """Split one paragraph into sentences; offsets index `text`. Linear in len(text).

    A boundary is a run of terminal marks followed by whitespace and a capital or a digit, so a
    paragraph whose every terminal mark stands in its closing run (marks, closers, whitespace:
    no capital or digit) has none and is one sentence, told without the pattern's search (most
    paragraphs of news copy are one sentence ending in a period)."""
    n = len(text)
    end = n
    while end and (text[end - 1] in _CLOSING or text[end - 1].isspace()):
        end -= 1
    if text.find(".", 0, end) < 0 and text.find("!", 0, end) < 0 and text.find("?", 0, end) < 0 \
            and text.find("…", 0, end) < 0:
        return _one_sentence(text, 0)
    return _split_at_boundaries(text)


def _split_at_boundaries(text: str) -> list[Sentence]:
    """`split_sentences` by the boundary pattern's search."""
    sentences: list[Sentence] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _BOUNDARY.finditer(text):
        if m.end() <= start:
            continue
        if not _is_boundary(text, m.end(), m.start(), start):
            continue
        sentences.append(Sentence(start, m.end(), text[start : m.end()]))
        start = m.end()
        while start < n and text[start].isspace():
            start += 1
    sentences += _one_sentence(text, start)
    return sentences


def _one_sentence(text: str, start: int) -> list[Sentence]:
    """The sentence from `start` to the end of `text`, whitespace trimmed at both ends, if any."""
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Sentence(start, end, text[start:end])] if end > start else []


# Words are counted 64 Ki characters at a time: a piece is copied (two bytes a character of most
# copy, which holds a dash or a curly quote) and, for the native counter, encoded to UTF-8, and at
# a megabyte the pieces made ~6 MB at the end of a long check, on top of its findings (issue #14).
_COUNT_CHUNK = 1 << 16


def whitespace_chunks(text: str, size: int) -> Iterator[str]:
    """`text` in pieces of about `size` characters, each cut just before a whitespace
    character: no token straddles two pieces, so counting tokens piece by piece adds up."""
    n, pos = len(text), 0
    while pos < n:
        end = min(n, pos + size)
        while end < n and not text[end].isspace():
            end += 1
        yield text[pos:end]
        pos = end


def count_words(text: str) -> int:
    """Words as MQM counts them: whitespace-separated tokens holding a letter or digit.

    A long text is counted a megabyte at a time (cut at whitespace), so counting never
    holds a list of every word of a huge document.
    """
    if len(text) <= _COUNT_CHUNK:
        return len(text.split()) - len(_NON_WORD_TOKEN.findall(text))
    return sum(len(chunk.split()) - sum(1 for _ in _NON_WORD_TOKEN.finditer(chunk))
               for chunk in whitespace_chunks(text, _COUNT_CHUNK))


def word_char_classes(ch: str) -> int:
    """What `count_words` reads of the character `ch`, as bits: 1 whitespace (where
    ``str.split`` cuts), 2 a word character (re's ``\\w``, which `_NON_WORD_TOKEN`'s ``[^\\w\\s]``
    leaves out). The native counter asks this. For a `str` pattern re's ``\\w`` is
    ``str.isalnum`` of the character or an underscore (sre's `SRE_UNI_IS_WORD`): asked so, no
    `re` pattern is compiled at each start-up for it (~40 µs)."""
    return (1 if ch.isspace() else 0) | (2 if ch.isalnum() or ch == "_" else 0)


def word_counter() -> Callable[[str], int]:
    """`count_words`, or with the native backend (`mtqa.scan_backend`) its native twin: the
    same counts (tests/test_segment.py), in one pass over the characters instead of a split
    and a pattern (~0.15 ms of a 1,500-word article). A document looks it up once and
    counts each paragraph with it."""
    from mtqa.scan_backend import backend_name

    return native_word_count() if backend_name() == "native" else count_words


@lru_cache(maxsize=1)
def native_word_count() -> Callable[[str], int]:
    """The native extension's word counter (Python's `count_words` for a text Rust cannot take,
    or when the extension was built before it had one), made once."""
    try:
        from mtqa._native import WordCounter
    except ImportError:  # an extension built before the counter was: the Python count, the same
        return count_words
    native = WordCounter(word_char_classes).count

    def count(text: str) -> int:
        # A long text goes in pieces: Rust reads a str through its UTF-8 form, which CPython
        # keeps on the str; a piece's dies with it, the document's would live as long as its
        # report (a byte or more a character of a huge document, for nothing).
        try:
            if len(text) <= _COUNT_CHUNK:
                return native(text)
            return sum(native(chunk) for chunk in whitespace_chunks(text, _COUNT_CHUNK))
        except UnicodeEncodeError:  # a lone surrogate: Rust takes only valid Unicode
            return count_words(text)

    return count


def words(text: str):
    """Iterate over word matches (letters/digits with inner apostrophes, hyphens, periods)."""
    return _WORD.finditer(text)


def word_spans(par: Paragraph) -> list[tuple[int, int]]:
    """Spans of the letter/digit runs of a paragraph, computed once per paragraph."""
    return par.token_spans


def story_text(paragraphs: Iterable[Paragraph]) -> str:
    """The paragraphs joined by line breaks, to search a whole story at once (at C speed, not
    once a paragraph) with a pattern whose matches hold no line break and whose look-arounds
    read one as a paragraph's edge."""
    return "\n".join([par.text for par in paragraphs])


def paragraph_matches(paragraphs: Iterable[Paragraph], pattern: regex.Pattern, *needles: str,
                      timeout: float = 1.0) -> Iterator[tuple[Paragraph, regex.Match]]:
    """(paragraph, match) for every match of `pattern` in the paragraphs, in order.

    A paragraph that holds none of `needles` (literal strings any match must contain) is
    skipped without running the pattern: the cheap pre-filter document-scope rules put in
    front of their scan. Each paragraph's matches are collected before the first is yielded,
    so a rule may use the paragraph's text freely between them.
    """
    for par in paragraphs:
        text = par.text
        if needles and not any(map(text.__contains__, needles)):
            continue
        yield from ((par, m) for m in list(pattern.finditer(text, timeout=timeout)))
