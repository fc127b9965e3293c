"""Typography: capitals lost at a sentence's start, or written where no sentence starts.

A paragraph's first sentence in lowercase, a capital after a semicolon, a small word in
capitals or a sentence's first word in mid-sentence, and words capitalised in mid-sentence
that Canadian style or the story itself writes in lowercase ("Francophone", "the second
Time"): engines that split and rejoin sentences leave them.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Iterator

from mtqa import tagging
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, longest_first
from mtqa.rule import Option, RawFinding, RuleContext, rule
from mtqa.scan import Chars, Phrases
from mtqa.segment import SENTENCE_OPENERS, Paragraph
from mtqa.rules.typography.noun_capitals import NAMES_OF_ONE_THING, NounCapitals, noun_capitals_of
from mtqa.text.calendar import MONTHS
from mtqa.text.case import headline_paragraph, headline_runs_in, long_words_capitalised, mostly_capitals, title_case
from mtqa.text.tokens import ALNUM_RUN, contains_any

_NEXT_CAPITALISED = lazy(r" (\p{Lu}\p{L}*)")
_CAPITALS_END = lazy(r"\p{Lu}{2,}[ ,]?$")
_INITIAL_END = lazy(r"\p{Lu}[.\-]?\s?$")
_ARTICLE_END = lazy(r"(?:^|\s)(?:the|a|an|The|A|An) $")


# Where a sentence starts although no full stop is seen: the paragraph's start (after a
# bracketed tag such as "[wire report]") and an HTML tag ("< p >", "</p>") left in the copy;
# not a tag that marks words inside a sentence ("the crew <b>went</b> to sea"), after which
# the sentence goes on.
_INLINE_TAG = r"(?i:b|i|u|s|a|q|em|strong|span|font|small|big|sub|sup|mark|code|abbr|cite|tt|ins|del|strike)[ ]?>"
_SENTENCE_START = lazy(
    r"(?:^[ \t\"“”‘’'«»(]*(?:\[[^\]\n]{1,60}\][ \t\u00a0]+)?|<[ ]?/?[ ]?(?!" + _INLINE_TAG
    + r")[A-Za-z]{1,10}[ ]?>[ \t]+)(\p{Ll}\p{Ll}*+)(?=[ \u00a0,])"
)
_SENTENCE_END = frozenset(".!?\"”’)")
# A field's label before a machine date ("date 2021-01-05 The council …", "updated: 2020-09-01"): a
# crawler's stamp, which boilerplate reports as furniture, not a sentence's first word.
_STAMP_FIELD = lazy(r"[ \t]*+:?[ \t]*+\d{4}-\d{2}-\d{2}\b")
# A closing quotation mark before the first word: a curly closer, or a straight mark followed by a
# space (an opening mark never is).
_QUOTE_CLOSED = lazy(r"[”»]|[\"'’][ \t]")


@rule(
    "typography/lowercase-sentence-start",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def lowercase_sentence_start(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence that opens a paragraph, or follows a tag left in the copy, starts in lowercase.

    ## Why it matters
    Engines that lose a paragraph's markup or a headline's first word leave a sentence
    that starts in lowercase ("the debate ended on the 27th."); the reader sees a
    fragment, and an editor a page scraped without care.

    ## Examples
    bad:  [[the->The]] debate of the assembly ended in New York on Monday.
    bad:  [wire report] [[the->The]] debate of the assembly ended on Monday.
    bad:  [wire report]  [[the->The]] debate of the assembly ended on Monday.
    bad:  It was over. < / p > < p > [[on->On]] Monday the talks resumed.
    good: The debate of the assembly ended in New York on Monday.
    good: iPhone sales fell in the quarter, the company said on Monday.
    good: e.g. the rules below apply to every member of the board.
    good: date 2021-01-05 menu
    good: updated 2019-03-08 The council voted on Monday to close the old arena for good.
    bad:  [[updated->Updated]] figures for 2019 show that the council closed the arena.
    good: He said [sic] that the rules applied.
    good: The crew <b>sailed</b> out of the harbour at dawn, the captain said.
    bad:  The vote ended. </p> [[after->After]] it the minister left the chamber.
    good: ” said the minister, who spoke in Ottawa on Monday.
    good: " the teenager asked his rescuers after he was brought to the surface.
    bad:  “[[the->The]] debate is over,” she said in Ottawa on Monday.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "<" in text:
        matches = _SENTENCE_START.finditer(text)
    else:  # only the paragraph's start can match
        first = _SENTENCE_START.match(text)
        matches = (first,) if first is not None else ()
    for m in matches:
        s, e = m.span(1)
        rest = text.rstrip()
        after_tag = m.group(0).startswith("<")
        if not after_tag and (len(ALNUM_RUN.findall(rest)) < 4 or rest[-1:] not in _SENTENCE_END):
            continue  # a heading or page furniture, not a sentence: not judged
        word = m.group(1)
        if e < len(text) and text[e] == "." or (e + 1 < len(text) and text[e:e + 2] == " ."):
            continue  # "e.g."
        if _STAMP_FIELD.match(text, e):
            continue  # "date 2021-01-05 …": the crawler's stamp, furniture reported once, by boilerplate
        if not after_tag and _QUOTE_CLOSED.search(text, 0, s):
            continue  # "” said Fangfang, …": the tail of a quotation that began before this text
        fixed = word[:1].upper() + word[1:]
        yield ctx.finding(par, s, e, "Sentence starts with a lowercase letter",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_AFTER_SEMICOLON = lazy(r";[ \u00a0]*+(\p{Lu}\p{Ll}++)(?=[ ,])(?! \p{Lu})")
_OPENERS_AFTER_SEMICOLON = SENTENCE_OPENERS - {"I"}
# English's compound indefinite pronouns, a closed class: no name is written so.
_INDEFINITE_PRONOUNS = frozenset(
    "Nobody Nothing Everyone Everybody Everything Someone Somebody Something Anyone Anybody Anything None".split()
)


def _function_word(word: str) -> bool:
    """Whether a capitalised word is a function word that opens a clause, not a name: a sentence
    opener, an indefinite pronoun, or a word the tagger's tables know only as an adverb
    ("Therefore", "Instead", "Nevertheless")."""
    if word in _OPENERS_AFTER_SEMICOLON or word in _INDEFINITE_PRONOUNS:
        return True
    tg = tagging.tagger()
    return tg is not None and tg.readings(word.lower()) == {"ADV"} and tg.lexicon_tag(word.lower()) == "RB"


_LOWER_WORD = lazy(r"(?<![\p{L}\p{N}\-'’])\p{Ll}++(?![\p{L}\p{N}\-])")
# A capitalised word after a lowercase word and a space: a name, wherever it stands.
_NAME_MID_SENTENCE = lazy(r"(?<=\p{Ll}[ \u00a0])\p{Lu}\p{Ll}++")


class LowercaseWords:
    """The words a story writes in lowercase (`_LOWER_WORD`), as a set a rule asks `word in`.
    The rules ask of a few words only, so a paragraph is read (its words found once) only when
    a word asked for is in its text: a match of the pattern is a stretch of that text."""

    __slots__ = ("_texts", "_words", "_answers")

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._words: dict[int, frozenset[str]] = {}  # paragraph number -> its lowercase words
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._answers.get(word)
        if known is None:
            known = self._answers[word] = any(word in self._words_of(k)
                                              for k, text in enumerate(self._texts) if word in text)
        return known

    def _words_of(self, k: int) -> frozenset[str]:
        found = self._words.get(k)
        if found is None:
            # no groups: the matched words, at C speed
            found = self._words[k] = frozenset(_LOWER_WORD.findall(self._texts[k]))
        return found


@analysis("word-case")
def word_case(doc) -> LowercaseWords:
    """The words a story writes in lowercase (its capitals in mid-sentence are `capitals`')."""
    return LowercaseWords([par.text for par in doc.paragraphs])


@rule(
    "typography/capital-after-semicolon",
    triggers=(Chars("semicolon", ";"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def capital_after_semicolon(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capital letter after a semicolon on a word that is no name (“; However, he said”).

    ## Why it matters
    A semicolon joins two parts of one sentence; the part after it starts in lowercase.
    Engines that translate a source's full stop as a semicolon, or join two sentences,
    leave the capital behind.

    ## Examples
    bad:  The talks went well; [[However->however]], no deal was signed.
    bad:  The figure is wrong; [[It->it]] must be corrected.
    bad:  Crews cleared the roads; [[Residents->residents]] returned, and more residents followed.
    good: The talks went well; however, no deal was signed.
    good: Two papers reported it; The Globe and Mail did not.
    good: She came from Paris; Ottawa was her next stop; I was there.
    good: The fund paid a grant; Grant said so, and reporters asked Grant again.
    bad:  He left; [[Nobody->nobody]] followed. The vote passed; [[Therefore->therefore]] the law stands.
    good: The vote passed; Hope, Constance and Rose spoke; Nobel laureates came.
    good: The grant covers “Room rentals; Bus passes; Meals for volunteers; Printing costs” and little else. Riders said bus passes sold out.
    bad:  The grant covers room rentals; [[Bus->bus]] passes are extra; meals are not; bus passes sold out.
    good: Toronto stocks climb, U.S. markets mixed; Loonie lower\\n\\nThe loonie fell against the U.S. dollar.
    bad:  Stocks climbed and U.S. markets were mixed; [[Loonie->loonie]] traders sold.\\n\\nThe loonie fell.

    ## Fix safety
    Safe: only the word's first letter is lowercased. Words followed by a capitalised word
    (a name such as The Globe and Mail) are never flagged, and a word other than a sentence
    opener only where the story writes it in lowercase and never capitalises it mid-sentence.
    """
    text = par.text
    if ";" not in text or headline_paragraph(text):
        return  # none; or a headline, whose capitals are the page's habit ("Markets mixed; Loonie lower")
    for m in _AFTER_SEMICOLON.finditer(text):
        word = m.group(1)
        if _in_capitalised_list(text, m.start()):
            continue  # "Career services; Student buildings; Campus safety": a list's entries, capitalised as headings
        if not _function_word(word):
            _lone, _paired, named, _holding, _nouns = ctx.analysis(capitals)
            low = word.lower()
            if low in named or low not in ctx.analysis(word_case):
                continue  # no evidence that the story takes it for a common word: a name
        fixed = word[:1].lower() + word[1:]
        yield ctx.finding(par, m.start(1), m.end(1), f"Capital after a semicolon: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


# The stretch of a sentence around a semicolon: from the last stop or line break to the next.
_SENTENCE_STOPS = ".!?\n"
# A semicolon and the capital that opens the entry after it.
_SEMICOLON_THEN_CAPITAL = lazy(r";[ \u00a0]*+\p{Lu}")


def _in_capitalised_list(text: str, at: int) -> bool:
    """Whether the semicolon at `at` is one of three or more in its sentence, each before a
    capital: a list of entries capitalised as headings or names ("Health and counselling;
    Academic support; Student ID cards"), whose capitals are the list's style. A single
    semicolon, or one entry in lowercase, leaves the capital to be judged."""
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_STOPS) + 1
    ends = [e for e in (text.find(c, at) for c in _SENTENCE_STOPS) if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    semicolons = sentence.count(";")
    return semicolons >= 3 and len(_SEMICOLON_THEN_CAPITAL.findall(sentence)) == semicolons


# Words Canadian news style writes in lowercase although French or another house capitalises
# them (CP Caps and Spelling; Translation Bureau, The Canadian Style 4.x).
_LOWERCASE_TERMS = frozenset(
    "francophone francophones anglophone anglophones allophone allophones federalist federalists "
    "sovereigntist sovereigntists separatist separatists".split()
)
_MID_CAPITAL = lazy(r"(?<=[\p{Ll}\p{N}%])(?:,[ \u00a0]*+|[ \u00a0]++)(\p{Lu}\p{Ll}++)")
# A reported word holds one of these tails literally ("rancophone" of Francophone).
_LOWERCASE_TAILS = frozenset(t[1:] for t in _LOWERCASE_TERMS)
_LOWERCASE_TERM = lazy(r"\b(?:" + "|".join(sorted(_LOWERCASE_TERMS, key=longest_first)) + r")\b")


@analysis("lowercase-terms")
def writes_lowercase_term(doc) -> bool:
    """Whether the story writes francophone, federalist or a word of their kind in lowercase somewhere."""
    return any(_LOWERCASE_TERM.search(par.text) for par in doc.paragraphs)


@rule(
    "typography/needless-capital",
    triggers=(Phrases("lowercase tail", tuple(sorted(_LOWERCASE_TAILS)), ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.7,
    options={"mixed_only": Option(bool, True, "report a capital only in a story that writes one of the words in "
                                              "lowercase elsewhere")},
)
def needless_capital(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“Francophone”, “Federalists” capitalised in mid-sentence, where Canadian style writes them in lowercase.

    ## Why it matters
    Canadian news style writes francophone, anglophone, federalist and sovereigntist in
    lowercase; engines capitalise them when the source or another house style does, and
    the capital makes a common noun look like a party or a people's name.

    Some Canadian houses capitalise these words throughout (Ontario's francophone press,
    government copy), so by default a capital is reported only in a story that writes one
    of them in lowercase elsewhere: the story mixes the two styles, as an engine does when
    it follows the capitals of its source sentence by sentence. The strict ``cp`` style
    (option ``mixed_only = false``) reports every capital.

    ## Examples
    bad:  The party lost support among [[Francophone->francophone]] voters, and allophones stayed home.
    bad:  Many [[Federalists->federalists]] stayed home, and 90% [[Francophone->francophone]] classes opened; federalist MNAs spoke.
    good: The party lost support among francophone voters.
    good: Francophones voted early, and the Parti Québécois won.
    good: She wrote for the Federalist Papers Project and The Anglophone Review, read by federalists.
    good: The party lost support among Francophone voters in eastern Ontario.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if not contains_any(text, _LOWERCASE_TAILS):
        return
    if ctx.options["mixed_only"] and not ctx.analysis(writes_lowercase_term):
        return
    for m in _MID_CAPITAL.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low not in _LOWERCASE_TERMS:
            continue
        nxt = _NEXT_CAPITALISED.match(text, pos=m.end())
        if nxt is not None and nxt.group(1).lower() not in _LOWERCASE_TERMS:
            continue  # part of a name: "Federalist Papers"
        yield ctx.finding(par, m.start(1), m.end(1), f"Canadian style writes “{low}” in lowercase",
                          fix=Fix.safe(f"Write “{low}”", replacement=low))


# A small word in capitals inside mixed-case text ("“TO Kiev we talked"), and a sentence's
# opening word capitalised in mid-sentence ("in addition The agency said").
_CAPS_SMALL_WORD = lazy(r"(?<![\p{L}\p{N}.\-])(TO|OF|FOR|AND|THE|WITH|FROM|BY|BUT|IN)(?= \p{Lu}?\p{Ll})")
_MID_OPENER = lazy(r"(?<=\p{Ll} )(The|It|They|We|He|She|This|These|Those|Its|Their)(?= (?:\p{Ll}|\p{Lu}{2,}\b))")
# What a match of each pattern holds literally: the tests run before the patterns.
_CAPS_SMALL_WORDS = tuple(w + " " for w in "TO OF FOR AND THE WITH FROM BY BUT IN".split())
_MID_OPENERS = tuple(f" {w} " for w in "The It They We He She This These Those Its Their".split())
_CAPS_SMALL_SET = frozenset(_CAPS_SMALL_WORDS)


def caps_small_words(text: str, hits: list) -> list:
    """The matches of `_CAPS_SMALL_WORD.finditer(text)`, the pattern tried only where the
    trigger found one of the words in capitals and its space (`_CAPS_SMALL_WORDS`, as written,
    anywhere): a match is such a word where it starts, and none starts inside another (a letter
    stands before any place inside one), so `finditer`'s are the places where `match` succeeds."""
    match = _CAPS_SMALL_WORD.match
    found = []
    for start in sorted({hit.start for hit in hits if hit.phrase in _CAPS_SMALL_SET}):
        m = match(text, start)
        if m is not None:
            found.append(m)
    return found


@rule(
    "typography/stray-capitals",
    triggers=(Phrases("capitals or opener", _CAPS_SMALL_WORDS + _MID_OPENERS, ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def stray_capitals(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A small word in capitals, or a sentence's first word, in the middle of a sentence.

    ## Why it matters
    Engines that translate a heading and its text together, or join two segments, leave
    "TO Kiev we talked" or "in addition The agency said": a capital where the sentence
    does not start, which reads as a broken join.

    ## Examples
    bad:  He said: “[[TO->to]] Kyiv we also talked about aid.”
    bad:  Officials met in Ottawa and in addition [[The->the]] agency said no.
    good: He said: “In Kyiv we also talked about aid.”
    good: She reads The Globe and Mail and the book It Ends with Us.
    good: THE PLAN TO CUT TAXES\\n\\nThe plan to cut taxes was tabled.
    good: The head of IT said the AND gate failed.
    good: The Old Mill Inn At Harbour Hall The story of a family continues on stage.
    bad:  The Old Mill Inn reopened at Harbour Hall and [[The->the]] story of a family continues.
    good: THE small print of the ferry contract shows fares will rise in spring.
    good: THE Harbour Ferry Board met on Monday for the first time in two months.
    bad:  Crews worked late, and [[THE->the]] Harbour Ferry Board met on Monday.
    bad:  [[TO->to]] Halifax the ferry will not sail this winter, the operator said.
    bad:  Crews worked late, and [[THE->the]] small print of the ferry contract shows more.
    good: It's not just a bakery on the corner. It's THE Corner Bakery, regulars say.
    bad:  It's not just a bakery, and [[THE->the]] Corner Bakery opens at six.

    ## Known issues
    A paragraph that opens on a small word in capitals before a lowercase word is left alone:
    newspapers set a lead's first word so ("THE small print of …"), and "THE" before a name too
    ("THE Harbour Ferry Board met …"); a heading run into its text keeps its next word's capital
    ("TO Halifax …"), which is still found.

    ## Fix safety
    Unsafe: the word is lowercased; a title of a work may have been meant.
    """
    text = par.text
    caps_run = None
    for m in caps_small_words(text, ctx.hits(par)):
        s, e = m.span()
        if caps_run is None:
            caps_run = mostly_capitals(text)
        if caps_run:
            return  # a heading in capitals
        if _lead_in_capitals(text, s, e):
            continue  # "THE fine print in …": a newspaper sets its lead's first word in capitals
        before = text[max(0, s - 3):s]
        if _CAPITALS_END.search(before) or _INITIAL_END.search(before):
            continue  # beside another word in capitals: a name or heading ("U.S. AND CANADA")
        if _ARTICLE_END.search(text[max(0, s - 5):s]):
            continue  # "the AND gate": an acronym used as a noun
        w = m.group()
        if w == "THE" and _COPULA_END.search(text, max(0, s - 6), s):
            continue  # "It's THE place to be": the article stressed, the one and only, as a writer sets it
        yield ctx.finding(par, s, e, f"“{w}” in capitals in mid-sentence",
                          fix=Fix.unsafe(f"Write “{w.lower()}”", replacement=w.lower()))
    for m in (_MID_OPENER.finditer(text) if contains_any(text, _MID_OPENERS) else ()):
        if headline_runs_in(text, m.start()):
            continue  # a title-case headline run into its teaser: furniture, not a broken join
        w = m.group()
        yield ctx.finding(par, m.start(), m.end(), f"“{w}” capitalised in mid-sentence",
                          fix=Fix.unsafe(f"Write “{w.lower()}”", replacement=w.lower()))


# A form of "be" just before a word: "it's THE place", "this is THE event" stress the article
# (the one and only); a broken join leaves a small word in capitals after anything.
_COPULA_END = lazy(r"(?:\b(?:is|was|are|were|be)|\p{L}[’']s) $")


def _lead_in_capitals(text: str, s: int, e: int) -> bool:
    """Whether the small word in capitals at text[s:e] opens the paragraph before a lowercase
    word: a lead's first word set in capitals, a newspaper's typography, not a broken join
    (written from the twenty-seventh unseen batch's paywalled lead, stop 42). "THE" opens a
    lead before a name too ("THE Lockyer Valley Regional Council met …", an Australian
    regional paper's lead, stop 49): an article is no heading's last word run into its text,
    as "TO Halifax …" may be."""
    if text[:s].strip() or text[e:e + 1] != " ":
        return False
    return text[e + 1:e + 2].islower() or (text[s:e] == "THE" and text[e + 1:e + 2].isupper())


# A capitalised word after a lowercase word other than "the" (which starts short names: the
# City, the House), not beside another capital or before a number (Highway 1): "for the second
# Time, she", "a concrete Plan must".
_LONE_MID_CAPITAL = lazy(r"(?<=(?<![\p{L}\p{N}'’\-])(\p{Ll}++)[ \u00a0])(\p{Lu}\p{Ll}{2,}+)(?![\p{L}\p{N}\-'’]| [\p{Lu}\p{N}]|\.[\p{L}\p{N}])")
# Words after which a capital starts a name: "the" (the City, the House), prepositions (west of
# Hope, his colleague at Immigration), conjunctions (Preston and Gladstone).
_BEFORE_NAMES = frozenset(
    "the of in at to from for on by with near into onto toward towards via and or nor along across through "
    "over under past about against between behind beyond inside outside around up down".split()
)
# After a capitalised word, a linking word and a capitalised one: the word heads a name ("the
# provincial Court of Appeal", "the federal Department of Justice").
_OPENS_NAME = lazy(r"[ \u00a0](?:of|for|on)[ \u00a0](?:the[ \u00a0])?\p{Lu}\p{Ll}")
# A capitalised word beside another one anywhere: part of a name ("Jane Grant", "Grant Thornton").
_CAPITAL_PAIR = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}++)[ \u00a0](\p{Lu}\p{Ll}++)(?![\p{L}\p{N}])")


_MONTH_NAMES = frozenset(MONTHS)
# Tags of the lexicon for a verb's forms and a modal: a word whose lowercase form is one of them
# is, in lowercase, another word than the capitalised one (may, will, sue, rose).
_VERB_OR_MODAL_TAGS = frozenset({"MD", "VB", "VBD", "VBN", "VBP", "VBZ"})


def _proper_sense(word: str) -> bool:
    """Whether a capitalised word has a proper sense whose lowercase homograph is another word,
    so that the story's lowercase use is no evidence the capital is a common word's: a month
    (May, March, August beside may, march, august), the name of one thing (Earth, Advent,
    Renaissance: `noun_capitals.NAMES_OF_ONE_THING`), or a word whose lowercase form is a modal
    or a verb and that the lexicon knows capitalised as a name or a modal (Will, Sue, Rose, Mount)."""
    if word in _MONTH_NAMES or word in NAMES_OF_ONE_THING:
        return True
    tg = tagging.tagger()
    if tg is None:
        return False
    low_tag = tg.lexicon_tag(word.lower())
    if low_tag == "MD":
        return True  # a modal never takes a noun's capital: the capital is a name (Will) or a month
    return low_tag in _VERB_OR_MODAL_TAGS and tg.lexicon_tag(word) == "NNP"


@analysis("capitals")
def capitals(doc) -> tuple[dict[str, int], frozenset[str], frozenset[str], dict[str, frozenset[str]], NounCapitals | None]:
    """How often each word is capitalised in mid-sentence after a lowercase word, the words
    that stand beside another capitalised word somewhere in the story (parts of names), the
    first set's words in lowercase (names, for rules that compare a word's lowercase form), the
    words of the first set capitalised there only once and never beside another capital, by
    the text of the paragraph that holds them (the only words `capitalised-common-word` judges
    by the story's lowercase uses), and the capitals that stand where only a common noun can
    ("a Declaration on", "the Reform of the system": `noun_capitals.noun_capitals_of`, read
    from the same scan; None without the tagger).

    The pairs are searched once over the paragraphs joined by line breaks: a pair holds only
    letters and a space, so none spans one, and one stands at a paragraph's edges as beside it."""
    texts = [par.text for par in doc.paragraphs]
    found = [(text, _NAME_MID_SENTENCE.findall(text, concurrent=False)) for text in texts]
    counts = Counter(chain.from_iterable(words for _, words in found))  # findall and Counter: C speed
    paired = frozenset(chain.from_iterable(_CAPITAL_PAIR.findall("\n".join(texts))))
    lone = dict(counts)  # a plain dict: a word never seen is a KeyError, not 0
    once = {word for word, n in lone.items() if n == 1}.difference(paired)
    holding = {text: frozenset(once.intersection(words)) for text, words in found if not once.isdisjoint(words)}
    tg = tagging.tagger()
    nouns = None if tg is None else noun_capitals_of(found, paired, tg)
    return lone, paired, frozenset(word.lower() for word in lone), holding, nouns


def lone_capitals(text: str, words: frozenset[str]) -> list:
    """The matches of `_LONE_MID_CAPITAL.finditer(text)` whose word is one of `words`, in order,
    the pattern tried only where one of them stands: a match begins at its word (what comes
    before is a lookbehind) and holds only letters after a space, so matches never overlap and
    `finditer`'s are the places where `match` succeeds."""
    match = _LONE_MID_CAPITAL.match
    found = {}
    for word in words:
        i = text.find(word)
        while i >= 0:
            m = match(text, i)
            if m is not None and m.group(2) in words:
                found[i] = m
            i = text.find(word, i + 1)
    return [found[i] for i in sorted(found)]


@rule(
    "typography/capitalised-common-word",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def capitalised_common_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A common word capitalised once in mid-sentence where the story writes it in lowercase (“for the second Time”).

    ## Why it matters
    German capitalises every noun, and engines translating from it (or from a source that
    capitalises a term) keep some of the capitals: "the second Time", "a concrete Plan".
    The story itself shows the word is common: it writes it in lowercase elsewhere.

    ## Examples
    bad:  For the second [[Time->time]], the chancellor answered questions.\\n\\nThis time, she spoke for an hour.
    bad:  Under the act, a concrete [[Plan->plan]] must be tabled; the plan is late.
    good: For the second time, the chancellor answered questions.\\n\\nThis time, she spoke for an hour.
    good: Jane Grant applied for a grant, and reporters asked Grant about it.
    good: The House sat late; house prices rose, and the City asked the city's mayor.
    good: The Liberals won; liberals cheered, and Liberals in Ottawa met.
    good: The town lies west of Hope; hope is all they have. She moved to Immigration after education.
    good: Crews closed Highway 1; the highway reopened later.
    good: The talks ended; the mayor left, and a The report was filed.
    good: The case went to the federal Court of Appeal; the court will rule in May.
    good: The board approved the grant last May, and residents may see work start soon.
    good: The firm hired Sue to run the shop; tenants will sue the owner over the rent.
    good: Seen from orbit, our fragile Earth looks calm, while farmers below still turn the earth by hand.
    good: Choirs have rehearsed since Advent began, and the advent of cheap radios changed their audience.
    good: Painters dreamed of a second Renaissance; the town's cultural renaissance came slowly.
    bad:  The mayor praised the rebuilt [[Harbour->harbour]], and ferries left the harbour at dawn.
    bad:  The mayor said [[Spring->spring]] would bring the work; by spring the plan was late.
    bad:  Under the act, a concrete [[Plan->plan]] of action must be tabled; the plan is late.
    good: Council vs Them is Not What Our Town Needs\\n\\nThe council asked them to wait; our town needs a plan.
    bad:  The council said it was council vs [[Them->them]] in the end.\\n\\nThe council asked them to wait.
    bad:  The ministers agreed that the new [[Format->format]] would be kept for the spring talks.
    bad:  They spoke of a [[Declaration->declaration]] on river safety, the [[Reform->reform]] of the harbour rules and a [[Budget->budget]] that would follow.
    good: The Crown said the House would sit, the Premier agreed, and the Charter applies to everyone.
    good: The council tabled Budget 2024 on Monday, and a Crown prosecutor read the charges aloud.
    good: The Bank of Canada held its rate; the Bank said inflation had eased.
    good: The driver faces one charge of Dangerous Operation of a Conveyance, police said on Friday.
    good: Leave a Reply\\n\\nThe town council met on Monday.
    good: Old Arena at the Fair Grounds is now Closed and Up for Sale\\n\\nThe arena closed in May; it is closed for good.
    bad:  The old arena at the fair grounds is now [[Closed->closed]] and up for sale\\n\\nThe arena closed in May; it is closed for good.

    A month's name (May, March, August), the name of one thing (the planet Earth, the Moon, a
    holiday such as Advent, an era such as the Renaissance) and a name whose lowercase form is a
    modal or a verb (Will, Sue) are capitalised in their proper sense: the story's lowercase
    "may", "earth" or "sue" is another word, no evidence against the capital.

    A headline in title case (a short paragraph without a full stop, most of its words
    capitalised: ``mtqa.text.case``) capitalises by its style, even where it leaves a short
    verb in lowercase; so does a headline that capitalises every word of four letters or more
    and leaves two or three short ones ("is now") in lowercase.

    A common noun capitalised where no name can stand is reported too, with evidence: after
    "a" or an adjective (not "a" inside a title-cased phrase: "Operation of a Conveyance"), or
    after "the" as the head of "of" and a lowercase phrase, neither a
    short name nor a title ("the House", "the Premier"), nor a modifier ("a Crown prosecutor"),
    in a paragraph of prose; and the story writes it in lowercase elsewhere, or the lexicon
    knows the capitalised form only at a sentence's start, or the story capitalises three
    distinct nouns so (`noun_capitals.noun_capitals_of`).

    ## Fix safety
    Safe where the story writes the word in lowercase elsewhere and uses the capital once: only
    the first letter's case changes. Unsafe where no name can stand (the second route): the
    capital may still be a short name the story gives once, and lowercasing it would give the
    story the lowercase use that the first route reads as evidence against the word's other capitals.

    ## Known issues
    A capital the story uses only once and never writes in lowercase is judged only where no
    name can stand, so "the Judiciary", "the Presidency" alone and plurals ("Companies") are
    missed: a short name and a team look the same.
    """
    text = par.text
    lone, paired, _named, holding, nouns = ctx.analysis(capitals)
    shaped: list[tuple[int, int, str]] = []
    if nouns is not None and nouns.words:  # most stories hold no noun capital at all: nothing to ask for
        shaped = nouns.reported(text, ctx.analysis(word_case), tagging.tagger())
    judged = holding.get(text)
    if not shaped and judged is None:
        return  # neither route has a word to judge here (most paragraphs): no headline test
    if ctx.analysis(title_case, par) or long_words_capitalised(text):
        return  # a headline in title case, its small verbs lowercased ("Council vs Them is Not ...")
    reported = set()
    for start, end, word in shaped:
        reported.add(start)
        low = word.lower()
        yield ctx.finding(par, start, end, f"“{word}” is a common noun, capitalised where no name stands",
                          fix=Fix.unsafe(f"Write “{low}”", replacement=low))
    if judged is None:
        return  # every word the pattern finds is capitalised elsewhere too, or beside a capital
    lower = None
    for m in lone_capitals(text, judged):
        if m.start(2) in reported:
            continue
        before, word = m.group(1), m.group(2)
        if before in _BEFORE_NAMES:
            continue  # a short name (the City, the House), a place (west of Hope), a list of names
        if word in _OPENERS_AFTER_SEMICOLON:
            continue  # a sentence opener mid-sentence is a glued sentence (grammar's), not a noun's capital;
            # and capital-after-semicolon's fix of one would otherwise make the evidence for the next
        if word in paired or lone.get(word, 0) != 1:
            continue  # part of a name, or capitalised more than once (a term)
        if _OPENS_NAME.match(text, m.end(2)):
            continue  # the head of a name of the form "Court of Appeal", "Department of Justice"
        if lower is None:
            lower = ctx.analysis(word_case)  # every lowercase word of the story: asked for only here
        low = word.lower()
        if low not in lower:
            continue  # no lowercase use
        if _proper_sense(word):
            continue  # "last May" beside "may notice": the lowercase use is another word
        yield ctx.finding(par, m.start(2), m.end(2), f"“{word}” is written “{low}” elsewhere in the story",
                          fix=Fix.safe(f"Write “{low}”", replacement=low))
