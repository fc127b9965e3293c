"""Common nouns capitalised in mid-sentence where no name can stand ("a Declaration on climate").

German capitalises every noun, and engines translating from it, or from a source that
capitalises its institutions' words (Spanish, Russian, Ukrainian), keep some capitals: "the
new Format", "a Declaration on climate protection", "the Reform of the trading system".
English copy capitalises a common noun alone only as a short name ("the House", "the
Crown", "the Charter") or a title ("the Premier"), and a short name stands after "the", with
no modifier, and never heads "of" and a lowercase phrase.

`noun_capitals_of` finds the capitals of that shape for `typography/capitalised-common-word`
(in `capitals`, which holds the rule and the story's shared capital counts). A place alone is
not enough: a capital is reported only with evidence that the story takes the word for a
common noun — the story writes it in lowercase elsewhere, the lexicon knows the capitalised
form only as a sentence's first word, or the story capitalises at least three distinct common
nouns in this shape (an engine's habit, not a house's).
"""

from __future__ import annotations

from itertools import chain
from typing import Any, Collection, Sequence

from mtqa.patterns import lazy
from mtqa.text.tokens import CHUNK

# A capitalised word after a lowercase word and one space, not run into a letter, a hyphen or
# an apostrophe, and not followed by a capitalised word or a number (a name: "Policy 713"). The
# runs are possessive: a shorter one would leave a letter beside it, which the look-arounds
# refuse anyway, and `regex` finds the matches sooner without trying them.
_CANDIDATE = lazy(
    r"(?<=(?<![\p{L}\p{N}'’\-.])(\p{Ll}++)[ \u00a0])(\p{Lu}\p{Ll}{2,}+)"
    r"(?![\p{L}\p{N}\-'’]|[ \u00a0][\p{Lu}\p{N}]|\.[\p{L}\p{N}]|,[ \u00a0]\p{Lu})"
)
# After the capital, "of" and a lowercase word (not "of the" and a name): the capital heads a
# common phrase ("the Reform of the trading system"), never a short name.
_OF_COMMON = lazy(r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?\p{Ll}")
# After the capital, a linking word and a capitalised word: the head of a name ("Court of Appeal").
_OPENS_NAME = lazy(r"[ \u00a0](?:of|for|on)[ \u00a0](?:the[ \u00a0])?\p{Lu}")
# A capitalised word before a capital or a number: a name or a numbered term ("Plan B", "Budget 2024").
_NAMED_TERM = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,})[ \u00a0](?=[\p{Lu}\p{N}])")
_NEXT_WORD = lazy(r"[ \u00a0](\p{Ll}+)")

# Words English capitalises alone as a short name, a title, a party's member or a date, which
# a house may write so in every story: never judged here.
SHORT_NAMES = frozenset(
    # legislatures, courts, governments and their parts
    "house senate commons crown charter constitution parliament legislature assembly congress cabinet "
    "government court council city province state republic union party bloc navy army church police "
    "ministry department embassy consulate chamber office service agency board committee commission "
    "bank fund federation coalition community treaty accord act bill code "
    # titles
    "premier president minister chancellor speaker mayor governor chair chairman chairwoman chief "
    "director coach captain king queen prince princess pope bishop judge justice senator secretary "
    "ambassador consul general leader commissioner sheriff clerk "
    # parties' members, dates, and the bodies of the sky a story names ("a tiny Earth")
    "democrat tory labour communist socialist march may earth moon sun".split()
)
# Common words whose capitalised form names one thing, which the lexicon cannot tell from a
# German-style capital (it tags "Earth" as it tags "Time"): the bodies of the sky that science
# copy capitalises as names ("our small Earth" beside "a spade of earth"), holidays and seasons
# of the church year ("since Advent" beside "the advent of radio"), and eras named with an
# abstract noun ("a second Renaissance" beside "an urban renaissance"). A closed list, each one
# thing's name; neither route of `typography/capitalised-common-word` reports them.
NAMES_OF_ONE_THING = frozenset(
    "Earth Moon Sun Mercury "  # bodies of the sky
    "Thanksgiving Advent Epiphany "  # holidays
    "Renaissance Enlightenment Reformation Holocaust".split()  # eras and events
)
# A capitalised word and a linking word before the article: the capital ends a title-cased
# phrase ("Dangerous Operation of a Conveyance", "Assault with a Weapon"), an offence's or a
# work's title, not a common noun capitalised on its own ("agreed on a Declaration").
_IN_TITLED_PHRASE = lazy(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}++[ \u00a0](?:of|with|to|for|in|on|by|from|at|against)[ \u00a0]$")
# Articles before a common noun that no short name takes.
_INDEFINITE = frozenset({"a", "an", "another"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# Tags of a lowercase word after the capital that makes the capital a modifier ("a Crown
# prosecutor", "a Bloc motion"): a name used attributively.
_MODIFIED_TAGS = frozenset({"NN", "NNS", "JJ"})
# A paragraph of prose: this many words at least, ending as a sentence ends (headlines, captions,
# credits and "Leave a Reply" lines are title-cased or unpunctuated).
_MIN_WORDS = 6
_SENTENCE_END = ".!?\"”’)"
# Distinct capitalised nouns of this shape that show an engine's habit in one story.
HABIT = 3


def _common_noun(word: str, tg: Any) -> bool:
    """Whether a capitalised word is, in lowercase, a singular common noun that is neither a
    short name, a title nor the name of one thing: the test of the word alone, before its place
    is read."""
    low = word.lower()
    return low not in SHORT_NAMES and word not in NAMES_OF_ONE_THING and tg.lexicon_tag(low) == "NN"


def _shaped(text: str, m: Any, tg: Any) -> bool:
    """Whether a candidate whose word passed `_common_noun` stands where only a common noun can:
    after "a" or an adjective, or after "the" and heading "of" and a lowercase phrase; the
    phrase's head, not a modifier."""
    before = m.group(1)
    end = m.end(2)
    if _OPENS_NAME.match(text, end):
        return False  # "the federal Court of Appeal"
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and tg.lexicon_tag(nxt.group(1)) in _MODIFIED_TAGS:
        return False  # "a Crown prosecutor": a name as a modifier
    if before == "the":
        return _OF_COMMON.match(text, end) is not None
    if before in _INDEFINITE:
        return not _IN_TITLED_PHRASE.search(text, max(0, m.start(1) - 40), m.start(1))
    return tg.lexicon_tag(before) in _ADJECTIVE_TAGS


class NounCapitals:
    """The capitals of a story that stand where only a common noun can (`_shaped`), by paragraph
    text, and the judgment of each against the story's evidence (`reported`)."""

    __slots__ = ("_spans", "words")

    def __init__(self, spans: dict[str, list[tuple[int, int, str]]]) -> None:
        self._spans = spans
        self.words = frozenset(word for found in spans.values() for _, _, word in found)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NounCapitals) and self._spans == other._spans

    __hash__ = None  # type: ignore[assignment]  # compared by value, never a key

    def reported(self, text: str, lowercase: Any, tg: Any) -> list[tuple[int, int, str]]:
        """The spans of `text` to report: (start, end, word). `lowercase` answers `word in` for
        the story's lowercase words."""
        spans = self._spans.get(text)
        if not spans:
            return []
        habit = len(self.words) >= HABIT
        return [(s, e, word) for s, e, word in spans
                if habit or word.lower() in lowercase or tg.lexicon_tag(word) in ("NN", "NNS")]


def noun_capitals_of(found: Sequence[tuple[str, Collection[str]]], paired: frozenset[str], tg: Any) -> NounCapitals:
    """Find the shaped capitals of a story's paragraphs, in prose only: a paragraph that ends as
    a sentence ends and holds `_MIN_WORDS` words.

    `found` holds each paragraph's text and the words capitalised after a lowercase word and a
    space in it (the `capitals` analysis's scan: every candidate's word is one of them); `paired`
    the words that stand beside another capitalised word somewhere in the story, parts of names,
    which are never reported and so not looked for. A paragraph is searched for candidates only
    when one of its words is a common noun (`_common_noun`): in most stories a few paragraphs,
    or none, and what a paragraph costs to judge (its words counted, the story's numbered terms
    found) is paid only once a candidate there stands where only a common noun can."""
    distinct = set(chain.from_iterable(words for _, words in found)).difference(paired)
    nouns = {word for word in distinct if _common_noun(word, tg)}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    terms: frozenset[str] | None = None
    for text, words in found:
        if nouns.isdisjoint(words):
            continue
        rest = text.rstrip()
        if rest[-1:] not in _SENTENCE_END:
            continue  # a headline, a caption, a credit
        prose = None
        for m in _CANDIDATE.finditer(text):
            word = m.group(2)
            if word not in nouns or not _shaped(text, m, tg):
                continue
            if prose is None:
                prose = len(CHUNK.findall(rest)) >= _MIN_WORDS
            if not prose:
                break  # a short line ("Leave a Reply.")
            if terms is None:
                # a word the story also writes as a name or a numbered term ("Plan B was
                # ready; a second Plan"): the bare capital may be that term's short form
                terms = frozenset(term for t, _ in found for term in _NAMED_TERM.findall(t))
            if word not in terms:
                spans.setdefault(text, []).append((m.start(2), m.end(2), word))
    return NounCapitals(spans)
