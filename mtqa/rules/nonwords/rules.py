"""Non-words: strings no dictionary knows, left by engines, spinners and blind replacement.

A translation engine that meets a word it cannot place copies it half-translated
("controlarity"), glues two words together ("dreamby"), keeps a stray letter ("cthat") or
lowercases a name it transliterated; a paraphrase tool swaps words blindly. Each leaves a
lowercase string that no English word list has. The list used is wordfreq's English list
(about 320,000 words measured over news, books, subtitles and the web; the optional extra
``mtqa[words]``): a lowercase word absent from it, and not a regular inflection or
derivation of a word in it, is reported.

Only lowercase words are judged: capitalised words are names, acronyms are acronyms, and
words with accents or other scripts are the untranslated family's business. Words inside
web addresses, e-mail addresses, hashtags and file names are left alone, as are the
``known_words`` of the ``nonwords`` pack.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from itertools import accumulate
from typing import Iterator


from mtqa import pattern_cache
from mtqa import lexicon
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, lazy_re
from mtqa.quoted_language import in_foreign_quotation
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.rules.nonwords.analysis import lower_words_of
from mtqa.rules.nonwords.english_forms import STEM_ZIPF, known_form, two_words
from mtqa.rules.nonwords.pack import PACK, NonwordsData
from mtqa.rules.nonwords.named import ASCII_LETTERS, ASCII_UPPERCASE
from mtqa.scan import LOWER, NUMBER, UPPER, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.french_names import french_name_spans, inside, names_used_in_prose
from mtqa.text.marked_french import in_marked_french_bracket
from mtqa.text.whole_words import CaseBlindStory, story_case_blind
from mtqa.text.length_colon import after_length_colon

# A word of ASCII letters, with inner apostrophes and hyphens: "don't", "well-known". Nothing
# follows the greedy parts, so it never backtracks. The standard `re` runs it ~1.5 times as fast
# (a pass over the seed 0.21 ms against 0.32), but parses it at each process's first use; `regex`
# rebuilds it from the pattern cache, which a one-file `mtqa check` gains more from
# (tests/test_patterns_read_alike.py holds the two to the same matches).
_TOKEN = lazy(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")
# Characters next to a word that make it part of an address, a handle, a file or a code.
_FRENCH_ELISION = pattern_cache.compile(r"(?:[dlnjsc]|qu)['’]")
_GLUE = frozenset("_@#/\\=&%+*~|<>")

# A foreign word the writer glosses at once: “oldemor” (Danish for great-grandmother), or
# the word, a comma and "Cree for …".
_GLOSSED = lazy_re(r"[”’\"']?(?: ?\(|, )[A-Z][a-z]+(?: [a-z]+)? (?:for|word for|term for|meaning) ")


# Scientific (Latin) names, which English writes in lowercase when used as common names or in
# speech transcripts: "quercus petraea", "a quintaflorentium shrub". A Latin noun or
# adjective ends in a case ending. A long word ending in one of the distinctly Latin ones (-us,
# -um, -ae, -ii; ten letters or more) or in Greek -os ("helicodiceros") is a learned name; so
# is a shorter Latin-looking word standing next to its genus or epithet (another Latin-looking
# word of six letters or more that the list does not know or knows only as rare). Never a word
# that is two common words glued ("informationon"), nor a hyphenated one; and a short
# Latin-looking string on its own ("the spotted-leaf plonkum") stays reported: garbled
# transliterations end that way too.
_LATIN_ENDING = lazy(r"[a-z]{2,}(?:us|um|ae|ii|is|os|on|a)")
_LATIN_LONG_ENDING = lazy_re(r"[a-z]{8,}(?:us|um|ae|ii|os)")
_GENUS = 6


def _latin_form(lex: lexicon.Lexicon, word: str) -> bool:
    return "-" not in word and bool(_LATIN_ENDING.fullmatch(word)) and not two_words(lex, word)


def scientific_names(lex: lexicon.Lexicon, text: str) -> set[tuple[int, int]]:
    """Spans of lowercase words of `text` that read as Latin scientific names (see above)."""
    tokens = [m for m in _TOKEN.finditer(text) if m.group().islower()]
    # the words the list does not know, looked up at once (most are common: one set difference)
    unknown = lex.unknown({m.group() for m in tokens})
    found: set[tuple[int, int]] = set()
    for i, m in enumerate(tokens):
        word = m.group()
        if word not in unknown or not _latin_form(lex, word):
            continue
        if _LATIN_LONG_ENDING.fullmatch(word):
            found.add(m.span())
            continue
        for j in (i - 1, i + 1):  # its genus (before it) or its epithet (after it)
            if not 0 <= j < len(tokens):
                continue
            other = tokens[j]
            gap = text[min(m.end(), other.end()):max(m.start(), other.start())]
            if gap == " " and len(other.group()) >= _GENUS and lex.zipf(other.group()) < STEM_ZIPF \
                    and _latin_form(lex, other.group()):
                found.update((m.span(), other.span()))
    return found


def _glued(text: str, s: int, e: int) -> bool:
    """Whether the word at text[s:e] is part of an address, a handle, a file name or a code."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or after.isalnum() or before in _GLUE or after in _GLUE:
        return True
    if before in ".-'’" and s >= 2 and text[s - 2].isalnum():
        return True  # "example.com", "x-rays" split oddly
    if after in ".-" and e + 1 < len(text) and text[e + 1].isalnum():
        return True  # "word.ca", "word-2"
    return False


_AFTER_NUMBER = pattern_cache.compile(r"\p{N}[ \-]?$")
_MASKED = lazy(r"\p{L}[-*]{2,}$")  # a word's letters hidden by the copy: "f---", "f**"
_APOSTROPHES = ("'", "’", "‘")
_CONTRACTION_TAILS = frozenset({"ve", "ll"})


def _stray_pair(text: str, s: int, e: int, word: str, words: frozenset[str]) -> bool:
    """A lowercase pair of letters that is no English word, standing alone in a sentence ("ot", "yr").

    The word list cannot judge pairs of letters (it counts "yr" and "ot" from chat and codes),
    so the English ones are listed in the pack (`two_letter`).
    """
    if word in words or _AFTER_NUMBER.search(text, max(0, s - 2), s):
        return False
    if text[s - 1:s] in _APOSTROPHES or text[e:e + 1] in _APOSTROPHES:
        return False  # a clipping the writer marked: "give 'em", "the ol' days"
    if _MASKED.search(text, max(0, s - 12), s):
        return False  # the ending of a word the copy masked: "I f---ed up", "f**ed"
    if word in _CONTRACTION_TAILS and text[max(0, s - 3):s].rstrip()[-1:] in _APOSTROPHES:
        return False  # a contraction spaced out by a tokenizer: "we ’ ve", "you ' ll"
    if text[s - 1:s].isalpha() or text[e:e + 1].isalpha():
        return False  # the tail of a word with a letter beyond ASCII: "Atatürk", "Öztürk."
    after = text[e:e + 2]
    if after[:1] == "." and after[1:2] not in ("", " ", "\n"):
        return False  # "e.g.", a domain
    return not _glued(text, s, e) or after[:1] == "."


# An apostrophe between lowercase letters other than a possessive's at a word's end ("the
# minister's"): a word that holds one may be unknown although each of its runs is common.
_INNER_APOSTROPHE = lazy(r"[a-z]['’](?!s(?![A-Za-z'’\-]))[a-z]")


def no_suspects(lex: lexicon.Lexicon, text: str, lower, data: NonwordsData) -> bool:
    """Whether `_suspects` must find nothing in a paragraph, told from its lowercase runs
    (`lower`: `lower_words_of`) without its words: a suspect is an odd pair (one of the
    `named` runs when the pack lists the everyday pairs) or has a part `_known` refuses. A part
    without an apostrophe is then a rare run that neither the list nor the pack has and that
    `_known` refuses; one with an apostrophe is a part `_INNER_APOSTROPHE` finds, or such a run
    before "'s" (which `_known` would accept without it)."""
    if not data.everyday_listed or not lower.named.isdisjoint(data.odd_pairs):
        return False
    apostrophe = "'" in text or "’" in text
    if lower.rare:
        unlisted = lower.unlisted.difference(data.known)
        if unlisted and (apostrophe or not all(known_form(lex, data.known, word) for word in unlisted)):
            return False
    # the words with an inner apostrophe last: a paragraph ruled out above is not searched for them
    if apostrophe:
        inner = _inner_apostrophe_words(text)
        if inner and _suspects(lex, data, inner):
            return False
    return True


_TOKEN_CHARS = frozenset(ASCII_LETTERS + "'’-")  # what `_TOKEN`'s matches are made of


def _inner_apostrophe_words(text: str) -> set[str]:
    """The `_TOKEN` words of `text` that hold an apostrophe `_INNER_APOSTROPHE` finds ("don't",
    "rock'n'roll"), and the others of their stretch of token characters: `_TOKEN` read over
    each such stretch alone (no match crosses a character outside it, so it finds there what
    it finds in the whole text). A lowercase word holding an apostrophe between letters other
    than a final "'s" holds such a match; `_suspects` of these words and of the paragraph's
    other words make its suspects."""
    words: set[str] = set()
    n = len(text)
    end = 0
    for m in inner_apostrophes(text):
        if m.start() < end:
            continue  # in the stretch read last
        lo, end = m.start(), m.end()
        while lo and text[lo - 1] in _TOKEN_CHARS:
            lo -= 1
        while end < n and text[end] in _TOKEN_CHARS:
            end += 1
        words.update(_TOKEN.findall(text, lo, end))
    return words


def inner_apostrophes(text: str) -> list:
    """`_INNER_APOSTROPHE`'s matches in `text`, the pattern tried only a letter before each
    apostrophe instead of at every character. Beside `finditer`'s they may hold matches that
    overlap the one before (in "a'b'c", "b'c"), which stand in that one's stretch of token
    characters: `_inner_apostrophe_words` passes over them as over the rest of the stretch."""
    match = _INNER_APOSTROPHE.match
    found = []
    for q in sorted(_places(text, "'") + _places(text, "’")):
        if q and (m := match(text, q - 1)) is not None:
            found.append(m)
    return found


def _places(text: str, char: str) -> list[int]:
    """Where `char` stands in `text`."""
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def _lower_long(word: str) -> bool:
    """A lowercase word of three letters or more: the only kind `_suspects` looks up."""
    return len(word) >= 3 and word.islower()


def _suspects(lex: lexicon.Lexicon, data: NonwordsData, words: set[str]) -> set[str]:
    """The distinct words of a paragraph worth a closer look: lowercase pairs of letters that
    are not listed English pairs, and lowercase words of three letters or more with a part that neither
    the list nor the pack knows. Set operations first, so most paragraphs cost no loop per word."""
    suspects = words.intersection(data.odd_pairs)
    odd = lex.unknown(words, keep=_lower_long).difference(data.known)
    # A longer word is worth a look only if one of its parts is no known word; whether it is
    # then reported still depends on where it stands (an address, a file name).
    suspects.update(w for w in odd if not _FRENCH_ELISION.match(w)
                    and any(len(part) >= 3 and not known_form(lex, data.known, part) for part in w.split("-")))
    return suspects


@rule(
    "nonwords/unknown-word",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    packs=(PACK,),
    confidence=0.8,
)
def unknown_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A lowercase word that no English word list knows: a non-word left by the translation.

    ## Why it matters
    Readers stop at a string that is not a word ("the controlarity of the plan", "a
    dreamby"); it shows that a word was not translated, was glued to its neighbour or was
    swapped blindly by a paraphrase tool, and the sentence's meaning is lost with it.

    ## Examples
    bad:  The opposition voiced its [[strongfulnessity]] over the plan.
    bad:  Officials said [[cthe]] talks would resume on Monday.
    bad:  It was a [[hopewith]] for the whole region, she said.
    good: The opposition voiced its strong objection to the plan.
    good: Officials said the re-elected councillors would reconvene, unannounced, on Monday.
    good: The ministry's spokesperson tweeted from @cbcnews and linked to example.ca/news_today.
    good: Premier Legault met Mayor Plante in Montréal and the Caquistes cheered.
    good: The archive's label read d’archives, in French.
    good: The Regroupement des éleveuses et des éleveurs franco-manitobains said no.
    good: He backpedalled and snorkelled, as Canadian spelling has it.
    good: It was set up as a memorial for their “oldemor” (Danish for great-grandmother).
    bad:  It was set up as a memorial for their [[oldemor]] (great-grandmother).
    good: The crews want what is known in French as the CRO (congé rémunéré obligatoire).
    bad:  The crews want what is often called the CRO (congé rémunéré [[obligatoire]]).
    bad:  He [[backpadalled]] on the plan.
    bad:  The [[enseignantes]] union said no.
    bad:  Prices rose over the [[yr]]. They want to reach [[ot]] a deal.
    good: The wreath honoured Mustafa Kemal Atatürk. Aides to Gürkan Öztürk came too.
    good: It ran 10 km in 2 hr on TV; e.g. the vs. match, et al.
    good: The rate fell 0.25 points, to 4.5%, the bank said in its 2024q3 note.
    good: The andrological clinic studied mesophase carbon, and it was sooo slow, give 'em time.
    good: We ’ ve said it, and you ' ll see.
    good: “I f---ed up,” the manager said; the paper printed it as “f**ed up” too.
    bad:  “I f--- [[ed]] up,” the manager said.
    bad:  The mayor met [[garno]] and the [[andrologi]] team in the [[mesophasey]] lab.
    good: This is zorblaticus fennimorum, beside a quintaflorentium shrub, in a dimolecular step.
    bad:  It grew beside a spotted-leaf [[plonkum]] and the [[informationus]].
    good: It spreads by geitonogamy and xenogamy; this is helicodiceros, the dead horse arum.
    bad:  It spreads by [[plonkos]] and by [[lilogamy]].
    good: Food trucks, seacans and a stage will fill the lot by the marina.
    bad:  Food trucks, [[seacanz]] and a stage will fill the lot by the marina.
    good: Two rinks won the bonspiel, and three more bonspiels are set for March.
    good: Council curbed the extravagancies and the flamboyancy of the old board.
    bad:  Council curbed the [[plonkancies]] of the old board.
    good: Traffic to Kahnawà:ke and Akwesá:sne slowed, and the Kahnawą:ke-bound lane closed.
    bad:  Traffic to the town [[ke]] slowed, and the lane closed.
    good: Directors of the shíshálh Regional Board met; the shíshálh Regional Board voted.
    bad:  Directors of the [[shishalhy]] board met on Monday.
    bad:  The [[controlarity]] Minister said no.
    bad:  The [[controlarity]] Prime Minister said no.

    A regular plural of a listed word, however rare, passes where the story also writes the
    singular: the list and the copy both vouch for the stem.
    bad:  The premier thanked the crews.\\n\\nMes pensées [[accompagnent]] les familles par les [[inondations]].
    good: The premier thanked the crews.\\n\\nMes pensées accompagnent les familles par les inondations. — Jane Roy (@janeroy) March 3, 2024
    good: The premier thanked the crews.\\n\\nMes pensées accompagnent les familles par les inondations.\\n— Jane Roy (@janeroy) 3 March 2024
    bad:  My thoughts are with the [[sinistrated]] families tonight. — Jane Roy (@janeroy) March 3, 2024
    bad:  Jane Roy (@janeroy) wrote on March 3, 2024: mes pensées [[accompagnent]] les familles.

    An embedded social post (told by its signature, ``— Name (@handle) Month D, YYYY``, or a
    ``pic.twitter.com`` link; ``mtqa.roles``) or a block quotation written in another language
    is quoted as published: a third of its lowercase words uncommon in English, it is left
    alone. A garbled word inside a post the engine translated to English is still reported.

    A name some bodies write with a lowercase first word (a regional district or a nation named
    in an Indigenous language, "qathet Regional District") is the first word of a capitalised
    name: a lowercase word followed by two capitalised words is left alone where the story
    writes that name so twice or more.

    Rare real words pass when they are built the regular ways: a learned derivation of a
    listed word however rare ("andrological" from "andrology"), a listed combining form in -o
    before a common word ("mesophase"), a noun of quality in -ancy or -ency from a listed adjective in
    -ant or -ent ("extravagancies"), a Greek number prefix before a word ("dimolecular"), a
    letter drawn out in speech ("sooo"), a clipping marked by an apostrophe ("'em"), a stem in
    -o before a learned final element that listed words share with classical first elements
    ("geitonogamy": monogamy, polygamy). So do
    Latin scientific names, which speech transcripts and common names write in lowercase: a
    genus beside its epithet ("quercus petraea"), or one long Latin- or Greek-declined word
    ("quintaflorentium", "helicodiceros"); a short Latin-looking string alone, or one that is two words glued, is
    still reported (garbled transliterations look like that too).

    ## Known issues
    A real word too new or too rare for the list (a brand written in lowercase, as in the
    good example above only because the list knows it) is flagged; add it to the pack's
    ``known_words``.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    data = ctx.data(PACK)
    known = data.known
    text = par.text
    if no_suspects(lex, text, ctx.analysis(lower_words_of, par), data):
        return
    suspects = _suspects(lex, data, set(_TOKEN.findall(text)))
    if not suspects:
        return
    excuses = _Excuses(ctx, par, lex)
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word not in suspects:
            continue
        if after_length_colon(text, m.start()):
            continue  # "ke" of "Kahnawà:ke": a name spelled with a long vowel's colon
        if len(word) == 2:
            if (word.islower() and _stray_pair(text, m.start(), m.end(), word, data.two_letter)
                    and not in_foreign_quotation(ctx, par, m.start())):
                yield ctx.finding(par, m.start(), m.end(),
                                  f"“{word}” is not an English word: a stray fragment or a clipped word?", confidence=0.6)
            continue
        if word in lex or word in known or len(word) < 3 or not word.islower():
            continue
        s, e = m.span()
        if _glued(text, s, e) or excuses.excused(word, s, e):
            continue
        yield from _unknown_parts(ctx, par, word, s, lex, known)


class _Excuses:
    """Why an unknown lowercase word of a paragraph may be right: a scientific name's part, a
    word of a French name, a name's own lowercase first word. The first two are found only when
    a suspect gets as far as asking (most paragraphs settle theirs on the list or the pack
    first); both are pure functions of the text, so no finding moves."""

    def __init__(self, ctx: RuleContext, par: Paragraph, lex: lexicon.Lexicon) -> None:
        self.ctx, self.par, self.lex = ctx, par, lex
        self._latin: set[tuple[int, int]] | None = None
        self._names: list[tuple[int, int]] | None = None

    def excused(self, word: str, s: int, e: int) -> bool:
        text = self.par.text
        if self._latin is None:
            self._latin = scientific_names(self.lex, text)
        if (s, e) in self._latin:
            return True
        if self._names is None:
            self._names = french_name_spans(text, partial(self.ctx.analysis, names_used_in_prose))
        if _written_as_foreign(self.ctx, self.par, word, s, e, self._names):
            return True
        # "qathet Regional District", twice: a name whose own first word is lowercase
        return _names_lowercase_head(self.ctx, text, s, e)


# After a word, two capitalised words: the word opens a name written with a lowercase first word.
_LOWERCASE_NAME_HEAD = lazy(r" \p{Lu}\p{Ll}++ \p{Lu}\p{Ll}++(?![\p{L}\p{N}])")


def _names_lowercase_head(ctx: RuleContext, text: str, s: int, e: int) -> bool:
    """Whether the word at s..e opens a capitalised name ("qathet Regional District") that the
    story writes so at least twice: a name with a lowercase first word, not a garble before a
    capitalised title ("the controlarity Prime Minister")."""
    m = _LOWERCASE_NAME_HEAD.match(text, e)
    return m is not None and ctx.analysis(story_case_blind).story.count(text[s:m.end()]) >= 2


def _written_as_foreign(ctx: RuleContext, par: Paragraph, word: str, s: int, e: int, names) -> bool:
    """Whether the copy gives the word at s..e as a foreign word on purpose, not a garble: French
    left in an elision, a body's French name, a word with its gloss, French marked as French in a
    bracket, or a post or block quotation in another language."""
    text = par.text
    if _FRENCH_ELISION.match(word):
        return True  # "d’archives": French left untranslated, the untranslated family's business
    if inside(names, s, e):
        return True  # a body's French name: "the Regroupement des éleveurs franco-manitobains"
    if _GLOSSED.match(text, e):
        return True  # a foreign word given with its gloss: “oldemor” (Danish for great-grandmother)
    if in_marked_french_bracket(text, s, e):
        return True  # French given as French: "known in French as the CRO (congé rémunéré obligatoire)"
    return in_foreign_quotation(ctx, par, s)  # a post or block quotation in another language, quoted as published


def _unknown_parts(ctx: RuleContext, par: Paragraph, word: str, s: int, lex: lexicon.Lexicon,
                   known: frozenset[str]) -> Iterator[RawFinding]:
    """A finding on each part of the word at s (split at its hyphens) of three letters or more
    that is neither a listed word nor the plural of one the story writes ("bonspiels")."""
    pos = s
    for part in word.split("-"):
        ps, pe = pos, pos + len(part)
        pos = pe + 1
        if len(part) < 3 or known_form(lex, known, part):
            continue
        if plural_of_storys_word(lex, part, ctx.analysis(story_case_blind)):
            continue  # "bonspiels" in a story that writes "bonspiel": a rare word's plural
        yield ctx.finding(par, ps, pe, f"“{part}” is not an English word: garbled, glued or untranslated?")


def plural_of_storys_word(lex: lexicon.Lexicon, word: str, story: CaseBlindStory) -> bool:
    """Whether `word` is the regular plural of a listed word, however rare, that the story itself
    writes ("bonspiels" beside "the bonspiel"): the list and the copy both vouch for the stem, so a
    trade's or a sport's word the frequency gate of `derivable` leaves out is not a garble."""
    for end in ("es", "s"):
        stem = word[: -len(end)]
        if end == "es" and not stem.endswith(("s", "x", "z", "ch", "sh")):
            continue  # "-es" only where English writes it ("boxes"), not "bonspieles"
        if word.endswith(end) and len(stem) >= 4 and stem in lex:
            if story.writes_whole_word(stem):
                return True
    return False


_DOUBLED_INITIAL = lazy(r"(?<![\p{L}\p{N}'’\-])(\p{Lu})(\p{Ll})\p{Ll}*+(?![\p{L}\p{N}\-])")
# Where a capital can be followed by its own lower case: an ASCII pair ("Tt"), the Kelvin sign
# before "k" (the one other capital whose lower case is ASCII), or two characters beyond ASCII.
_DOUBLED_INITIAL_TRIGGERS = (
    Phrases("ascii pair", tuple(c + c.lower() for c in ASCII_UPPERCASE) + ("\u212ak",), ignorecase=False,
            boundary="none"),
    Pattern("two non-ascii", r"[^\x00-\x7F]{2}"),
)


@rule(
    "nonwords/doubled-initial",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
    triggers=_DOUBLED_INITIAL_TRIGGERS,
)
def doubled_initial(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capitalised word whose first letter is doubled, leaving a non-word (“Iit”, “Tthe”).

    ## Why it matters
    Optical character recognition and segment joining double a sentence's first letter;
    the result is no word, and the copy looks unedited.

    ## Examples
    bad:  [[Iit->It]] was late when the vote ended.
    bad:  Officials said so. [[Tthe->The]] vote was close.
    good: It was late when the vote ended.
    good: Llamas grazed near Lloyd's farm, and Aaron said “Ooh”.

    ## Fix safety
    Safe: only the doubled letter is removed, and only when the rest is a very common word.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    text = par.text
    for m in _DOUBLED_INITIAL.finditer(text):
        first, second = m.group(1), m.group(2)
        if first.lower() != second:
            continue
        word = m.group()
        rest = word[1:]
        if lex.zipf(word.lower()) >= 3.0 or lex.zipf(rest) < 5.0:
            continue
        fixed = rest[:1].upper() + rest[1:]
        yield ctx.finding(par, m.start(), m.end(), f"Doubled first letter: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_CAPS_TERM = pattern_cache.compile(r"(?<![\p{L}\p{N}])(\p{Lu}{4,}+)(-\p{N}++)?(?![\p{L}\p{N}])")

# Where `acronym_groups` can find anything: four capitals in a row (every `_CAPS_TERM` match
# holds them) or three lowercase letters, a hyphen and a digit (every `_TERM_ANY` match does);
# supersets, so a paragraph where neither fired holds no term.
_TERM_TRIGGERS = (
    Pattern("four capitals", rf"[{UPPER}]{{4}}"),
    Pattern("term and number", rf"[{LOWER}]{{3}}-[{NUMBER}]"),
)


@rule(
    "nonwords/scrambled-acronym",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
    triggers=_TERM_TRIGGERS,
)
def scrambled_acronym(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An acronym whose letters were shuffled into a non-word while the right form is known (VIDOC for COVID).

    ## Why it matters
    Engines that reorder the letters of an acronym from another language (French puts
    adjectives after nouns, and some acronyms follow) produce strings like "VIDOC-19" or
    "TANO" beside the right form; readers cannot tell what is meant.

    ## Examples
    bad:  COVID-19 cases rose. Rules on [[VIDOC-19->COVID-19]] were eased.
    good: COVID-19 cases rose. Rules on COVID-19 were eased.
    good: NATO and TANO Inc. both met, and NASA sent SANA a note.

    ## Fix safety
    Safe: the known form the story's own letters spell is written instead.

    ## Known issues
    Only acronyms of four letters or more are compared, so a shuffled three-letter acronym
    is not found.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    # the paragraphs where a term can stand, in order: the others add nothing to the groups
    groups = acronym_groups(ctx.fired_in(doc.paragraphs))
    for (_, digits), forms in groups.items():
        if len(forms) < 2:
            continue
        known = [f for f in forms if lex.zipf(f.lower()) >= 3.0]
        if not known:
            continue
        right = max(known, key=lambda f: lex.zipf(f.lower()))
        for form, occ in forms.items():
            if form in known or lex.zipf(form.lower()) > 0:
                continue
            fixed = right + digits
            for par, s, e in occ:
                yield ctx.finding(par, s, e, f"“{par.text[s:e]}” looks like “{fixed}” with its letters shuffled",
                                  fix=Fix.safe(f"Write {fixed}", replacement=fixed))


_TERM_ANY = pattern_cache.compile(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,}+)(-\p{N}++)(?![\p{L}\p{N}])")


def acronym_groups(paragraphs) -> dict[tuple[str, str], dict[str, list]]:
    """The story's terms in capitals of four letters or more (and a number), grouped by their
    letters sorted: each form with where it stands (paragraph, start, end), in the order the
    paragraphs hold them, and the same terms written as a word ("Covid-19") with no place.

    The capitals are searched once over the paragraphs joined by line breaks (a match holds only
    letters, a hyphen and digits, so none spans one, and one stands at a paragraph's edges as
    beside a line break) and taken paragraph by paragraph, before that paragraph's terms written
    as a word, as when each paragraph was searched on its own."""
    texts = [par.text for par in paragraphs]
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    caps: dict[int, list] = {}
    for m in _CAPS_TERM.finditer("\n".join(texts)):
        caps.setdefault(bisect_right(starts, m.start()) - 1, []).append(m)
    groups: dict[tuple[str, str], dict[str, list]] = {}
    for k, text in enumerate(texts):
        for m in caps.get(k, ()):
            letters, digits = m.group(1), m.group(2) or ""
            key = ("".join(sorted(letters)), digits)
            groups.setdefault(key, {}).setdefault(letters, []).append(
                (paragraphs[k], m.start() - starts[k], m.end() - starts[k]))
        for m in _TERM_ANY.finditer(text) if "-" in text else ():  # the same term written as a word ("Covid-19")
            letters = m.group(1).upper()
            key = ("".join(sorted(letters)), m.group(2) or "")
            if key in groups or len(letters) >= 4:
                groups.setdefault(key, {}).setdefault(letters, [])
    return groups
