"""Non-words the word list lets through: source-language forms, impossible derivations, glued words.

`nonwords/unknown-word` trusts wordfreq's list, and the list is measured over the web: it
knows misspellings and foreign words too, only as rare ("independance", "gouvernement",
"informacion", "ofthe"), and its regular-derivation check accepts any ending on any known
stem ("decisioned", "statementing"). The rules here take those kinds back, each by its form:

- a rare word that is a French, Spanish, Italian, Portuguese or German *form* of a common
  English word: the source's ending or spelling kept on an English stem (independ-ance,
  gouvern-ement, informa-cion, nazion-ale, professio-nn-al, demo-k-ratisch);
- a word absent from the list built as a verb, adverb or quality ending on a noun that is
  already derived ("decision-ed", "statement-ing", "government-ly"), or with one affix twice;
- a rare word that is a preposition or conjunction glued to "the" ("ofthe", "inthe") or a
  common two-word phrase written as one ("aswell", "infact").

Real rare words stay quiet: the common English word a form points to must be far more common
than the form (Zipf 3.5 against under 2.5), and only endings and spellings that English
itself does not produce are undone.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import repeat
from typing import Iterator

from mtqa import lexicon
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, lazy_re
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.rules.nonwords.analysis import lower_words_of
from mtqa.rules.nonwords.named import BOUND_ENDINGS, GLUED_PHRASES
from mtqa.rules.nonwords.english_forms import known_form
from mtqa.rules.nonwords.pack import PACK
from mtqa.segment import Paragraph
from mtqa.text.french_names import french_name_spans, inside, names_used_in_prose

_WORD = lazy(r"(?<![A-Za-z0-9_@#/\\.'’\-])[a-z]{5,}(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])")
_RARE = lexicon.COMMON_ZIPF  # under this a listed word is rare (a few per ten million words)
_ENGLISH = 3.5  # the English word a form points to is at least this common

# Source-language endings and the English ones they stand for: French, then Spanish,
# Portuguese and Italian, then German. Each undoes one ending; at most one spelling change
# (below) may follow.
_ENDINGS = (
    ("ance", "ence"), ("ances", "ences"), ("ability", "ibility"), ("able", "ible"),
    ("ement", "ment"), ("ements", "ments"), ("ique", "ic"), ("ique", "ical"), ("iques", "ics"),
    ("iques", "ical"), ("tie", "cy"), ("isme", "ism"), ("iste", "ist"), ("istes", "ists"),
    ("tif", "tive"), ("sif", "sive"), ("tifs", "tives"), ("sifs", "sives"), ("iel", "ial"),
    ("iels", "ials"), ("el", "al"), ("elle", "al"), ("aux", "al"), ("aire", "ary"), ("aires", "aries"),
    ("eur", "or"), ("eurs", "ors"), ("eux", "ous"),
    ("cion", "tion"), ("ciones", "tions"), ("cional", "tional"), ("cionales", "tional"), ("zione", "tion"),
    ("zioni", "tions"), ("ione", "ion"),
    ("dad", "ty"), ("dades", "ties"), ("dade", "ty"), ("mente", "ly"),
    ("ico", "ic"), ("ica", "ic"), ("ica", "ics"), ("ico", "ical"), ("ica", "ical"), ("icos", "ic"),
    ("icas", "ics"), ("oso", "ous"), ("osa", "ous"), ("ivo", "ive"), ("iva", "ive"),
    ("encia", "ence"), ("ancia", "ance"), ("enza", "ence"), ("anza", "ance"),
    ("ente", "ent"), ("ante", "ant"), ("entes", "ents"), ("antes", "ants"),
    ("ario", "ary"), ("ismo", "ism"), ("ista", "ist"), ("ia", "y"), ("ale", "al"),
    ("ismus", "ism"), ("isch", "ic"), ("isch", "ical"),
)
_ENDING_STEM = 3  # letters left before a source ending at least
_Y_STEM = 5  # "-ie"/"-ia" for "-y" needs a longer stem: English diminutives end in -ie ("goalie")
# Spellings the source languages use inside a stem: French doubled consonants
# (professionnel, développement, littérature, ressources), French "ou" (gouvernement),
# German "k" and Italian "z" for English "c" and "t" (demokratisch, nazionale).
_SPELLINGS = (("nn", "n"), ("pp", "p"), ("tt", "t"), ("ss", "s"), ("k", "c"), ("ou", "o"), ("z", "t"))
# Alone (without an ending undone) only the doubled consonants, and only in long words:
# English doubles them too in short ones ("copping", "dinning").
_SPELLING_ALONE = frozenset({"nn", "pp", "tt", "ss"})
_SPELLING_ALONE_LEN = 8


def _endings_undone(word: str) -> Iterator[str]:
    for src, dst in _ENDINGS:
        if word.endswith(src) and len(word) - len(src) >= _ENDING_STEM:
            if dst == "y" and len(word) - len(src) < _Y_STEM:
                continue
            yield word[: len(word) - len(src)] + dst
    if word.endswith("ie") and len(word) - 2 >= _Y_STEM and word[-3] not in "aeiou":
        yield word[:-2] + "y"  # économie, théorie, académie without their accents


def _respellings(word: str, alone: bool) -> Iterator[str]:
    for a, b in _SPELLINGS:
        if alone and (a not in _SPELLING_ALONE or len(word) < _SPELLING_ALONE_LEN):
            continue
        i = word.find(a)
        while i >= 0:
            yield word[:i] + b + word[i + len(a):]
            i = word.find(a, i + 1)


_SOURCE_ENDS = tuple({src for src, _ in _ENDINGS} | {"ie"})


def _may_be_source_form(word: str) -> bool:
    """Whether `english_counterpart` could find anything for `word`: a string test, before any lookup."""
    return word.endswith(_SOURCE_ENDS) or (len(word) >= _SPELLING_ALONE_LEN and any(d in word for d in _SPELLING_ALONE))


def english_counterpart(lex: lexicon.Lexicon, word: str) -> str | None:
    """The common English word that `word` (rare or unlisted) is a source-language form of, or None.

    >>> english_counterpart(lexicon.english(), "independance")
    'independence'
    """
    if lex.zipf(word) >= _RARE:
        return None
    for base in _endings_undone(word):
        for cand in (base, *_respellings(base, alone=False)):
            if cand != word and lex.zipf(cand) >= _ENGLISH:
                return cand
    for cand in _respellings(word, alone=True):
        if lex.zipf(cand) >= _ENGLISH:
            return cand
    return None


# A French function word, or a word with a French or Spanish accent, beside the form: the
# form belongs to a French (or Spanish) name or phrase ("Direction de la santé publique").
_FRENCH_NEIGHBOUR = lazy_re(r"(?:\b(?:de|la|le|les|du|des|et|en|au|aux|del|los|las|y)|\w*[àâçéèêëîïôûùüÿœñáíóú]\w*)$|^\w*[àâçéèêëîïôûùüÿœñáíóú]", re.I)


def _in_french(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start].rstrip()
    after = text[end:end + 30].lstrip()
    return bool(_FRENCH_NEIGHBOUR.search(before)) or bool(_FRENCH_NEIGHBOUR.match(after))


def _candidates(text: str) -> Iterator[regex.Match]:
    """Lowercase words of five letters or more outside addresses, handles and file names."""
    return _WORD.finditer(text)


@rule(
    "nonwords/source-language-form",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.8,
)
def source_language_form(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An English word written with the source language's ending or spelling (independance, gouvernement, informacion).

    ## Why it matters
    An engine that half-translates a cognate keeps the French, Spanish, Italian or German
    form of it ("la responsabilité" → "responsability", "el gobierno nacional" → "the
    nacional government"); the web copies those forms often enough for a frequency list to
    know them, as rare words, so a checker that trusts the list stays silent. Readers see a
    misspelling or a foreign word where an ordinary English one belongs.

    ## Examples
    bad:  The [[independance->independence]] of the inquiry was questioned.
    bad:  The [[gouvernement->government]] tabled its [[developpement->development]] plan.
    bad:  She asked for more [[informacion->information]] about the [[economie->economy]].
    bad:  The [[constitucional->constitutional]] court and the [[internacionales->international]] observers met.
    bad:  It is a [[politique->political]] decision, taken in [[secretaire->secretary]] Roy's office.
    bad:  The [[professionnel->professional]] bodies and the [[militaire->military]] police met.
    good: The independence of the inquiry was questioned, and the goalie and the rookie spoke.
    good: The boutique sold antique pottery; a unique technique, the critic said.
    good: The finale of the regatta drew a virtuoso, and morale was high at the chorale.
    good: She was copping to nothing, and the dinning of the crowd went on.
    good: The Politique Canada account and the Gouvernement du Québec logo were shown.
    good: She chairs the Comité de sécurité publique in Quebec City.
    good: The ruling of the Tribunal administratif du travail came on Monday.
    bad:  The ruling of the tribunal [[administratif->administrative]] came on Monday.

    ## Fix safety
    The English word is usually the one meant, but a form can stand for a related word
    ("politique" may be "politics" or "political"): check the sentence.

    ## Known issues
    A real, rare English word that is also a foreign form of a common one (a lowercase
    brand, a variant spelling such as "premisses") is flagged; add it to the ``nonwords``
    pack's ``known_words``.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    known = ctx.data(PACK).known
    text = par.text
    # The paragraph's rare words that may be a form (by their letters; a word of Zipf 3.5 or
    # more never is: `english_counterpart` wants it rare) first, so most cost no loop per word.
    forms = {w for w in ctx.analysis(lower_words_of, par).rare if len(w) >= 5 and _may_be_source_form(w)}
    forms.difference_update(known)
    if not forms:
        return
    names: list[tuple[int, int]] | None = None
    for m in _candidates(text):
        word = m.group()
        if word not in forms:
            continue
        english = english_counterpart(lex, word)
        if english is None:
            continue
        if word not in lex and not known_form(lex, known, word):
            continue  # unknown-word reports it already
        if _in_french(text, m.start(), m.end()):
            continue  # part of a French name or phrase: the untranslated family's business
        if names is None:
            names = french_name_spans(text, partial(ctx.analysis, names_used_in_prose))
        if inside(names, m.start(), m.end()):
            continue  # a body's French name, read as the other families read it: "the Tribunal administratif du travail"
        yield ctx.finding(par, m.start(), m.end(),
                          f"“{word}” is a source-language form of the English “{english}”",
                          fix=Fix.unsafe(f"Write “{english}”", replacement=english))


# Endings that make a noun (the base is already one) and endings that make a verb form, an
# adverb, a quality or a verb of a word: English does not put the second on the first
# ("decision-ed", "statement-ing", "government-ly", "election-ize"); a real word of that
# shape (mentioned, questioned, commissioned) is in the list, so only unlisted words are judged.
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "hood")
_VERB_ENDINGS = ("ed", "ing", "ly", "ness", "ity", "ize", "ise", "ized", "ised", "izing", "ising", "ization", "est")
# One affix written twice ("strongnessness", "ununfair").
_DOUBLED_SUFFIXES = ("nessness", "mentment", "ityity", "izeize", "fulful", "lessless", "ismism", "istist",
                     "ableable", "tiontion")
_CONVERTED = ("ance", "ence")
_DOUBLED_PREFIXES = ("unun", "disdis", "nonnon", "mismis", "antianti", "overover", "underunder")


def impossible_derivation(lex: lexicon.Lexicon, word: str) -> str | None:
    """How `word` (unlisted) is built against English morphology, or None.

    >>> impossible_derivation(lexicon.english(), "decisioned")
    '“-ed” on the noun “decision”'
    """
    if word in lex:
        return None
    for d in _DOUBLED_SUFFIXES:
        if word.endswith(d):
            return f"the ending “-{d[: len(d) // 2]}” twice"
    for d in _DOUBLED_PREFIXES:
        if word.startswith(d):
            return f"the prefix “{d[: len(d) // 2]}-” twice"
    for end in _VERB_ENDINGS:
        if not word.endswith(end):
            continue
        stem = word[: -len(end)]
        for base in (stem, stem + "e"):
            if end in ("ed", "ing") and base.endswith(_CONVERTED):
                continue  # "balanced", "referencing": English makes verbs of these nouns freely
            if base.endswith(_NOUN_ENDINGS) and lex.zipf(base) >= _RARE and len(base) >= 6:
                return f"“-{end}” on the noun “{base}”"
    return None


@rule(
    "nonwords/impossible-derivation",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    packs=(PACK,),
    confidence=0.8,
)
def impossible_derivation_rule(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word built against English morphology: a verb or adverb ending on a derived noun, or one affix twice.

    ## Why it matters
    Paraphrase tools and engines that inflect a word they do not know stack endings blindly:
    "the decisioned budget", "statementing the plan", "governmently funded". Each part is
    English, so a checker that accepts any regular ending on a known stem lets it through;
    no dictionary has it, and no reader can be sure what was meant.

    ## Examples
    bad:  The [[decisioned]] budget was tabled, the minister said.
    bad:  They were [[statementing]] the plan and it was [[governmently]] funded.
    bad:  Critics noted the [[kindnessness]] of the reply and its [[ununfair]] terms.
    good: The questioned budget was tabled; the commissioned report was mentioned.
    good: The rookie was stationed in Ottawa and the fund was partitioned.
    good: The plan was re-examined, unfairly, by the rerun committee.

    ## Known issues
    A new coinage of that shape that the word list does not know yet ("actioned" in
    business English, were it missing) is flagged; add it to the ``nonwords`` pack's
    ``known_words``.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    known = ctx.data(PACK).known
    text = par.text
    unlisted = {w for w in ctx.analysis(lower_words_of, par).unlisted if len(w) >= 5}  # unlisted: rare
    if not unlisted:
        return
    for m in _candidates(text):
        word = m.group()
        if word not in unlisted or word in known or not known_form(lex, known, word):
            continue  # unknown-word reports what no regular form explains
        how = impossible_derivation(lex, word)
        if how is not None:
            yield ctx.finding(par, m.start(), m.end(), f"“{word}” is not an English word: {how}")


# Common two-word phrases that tools and hurried typing write as one word (`named`).
_GLUED_PHRASES = GLUED_PHRASES
# Words that never join "the" in one English word.
_BEFORE_THE = frozenset({"of", "in", "to", "on", "at", "for", "from", "with", "by", "and", "is", "was", "that",
                         "into", "onto", "over", "under", "about", "said", "but", "or"})
_GLUED_ZIPF = 3.5  # a glued form rarer than this; "the" joined to a word at least this common
_THE_NEXT = 4.0


def glued_words(lex: lexicon.Lexicon, word: str) -> str | None:
    """The words `word` is glued from, when it is a function word glued to "the" or a common
    two-word phrase written as one; else None."""
    if word in _GLUED_PHRASES:
        return _GLUED_PHRASES[word]
    if lex.zipf(word) >= _GLUED_ZIPF:
        return None
    if word.endswith("the") and word[:-3] in _BEFORE_THE:
        return f"{word[:-3]} the"
    if word.startswith("the") and len(word) >= 7 and lex.zipf(word[3:]) >= _THE_NEXT:
        return f"the {word[3:]}"
    return None


_GLUED_WORD = lazy_re(r"(?<![A-Za-z0-9_@#/\\.'’\-])[a-z]{4,}(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])")


@rule(
    "nonwords/glued-words",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.8,
)
def glued_words_rule(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two words written as one: a function word glued to "the" ("ofthe"), or a common phrase ("infact").

    ## Why it matters
    Text extracted from PDFs and pages, and tools that drop spaces, glue the commonest
    words together; the web repeats the result often enough for a frequency list to know
    "ofthe" and "aswell", so a spell check that trusts the list stays silent.

    ## Examples
    bad:  The leader [[ofthe->of the]] opposition spoke [[inthe->in the]] House.
    bad:  She voted against it [[aswell->as well]], and [[infact->in fact]] said so.
    bad:  The minister met [[tothe->to the]] press [[atthe->at the]] door.
    good: The leader of the opposition spoke in the House, and the theme was thereof.
    good: She voted against it as well; the theory, the thesis and the therapy were atop the list.
    good: Write to infact@example.org or see example.ca/ofthe for more.

    ## Fix safety
    Safe: the space is put back, and nothing else changes.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    known = ctx.data(PACK).known
    text = par.text
    # The paragraph's words that may be glued first: a listed phrase, or a word with "the" in
    # it rarer than Zipf 3.5 (`glued_words` passes a commoner one), so most cost no loop per word.
    lower = ctx.analysis(lower_words_of, par)
    glued = set(lower.named.intersection(_GLUED_PHRASES)) if lower.named else set()  # the phrases, common or not
    glued.update(w for w in lower.rare if "the" in w and len(w) >= 4)
    glued.difference_update(known)
    if not glued:
        return
    for m in _GLUED_WORD.finditer(text):
        word = m.group()
        if word not in glued:
            continue
        words = glued_words(lex, word)
        if words is not None and (word in lex or known_form(lex, known, word)):  # else unknown-word's
            yield ctx.finding(par, m.start(), m.end(), f"“{word}” is two words glued together: “{words}”",
                              fix=Fix.safe(f"Write “{words}”", replacement=words))


# Endings that are no word on their own: a space or a hyphen before one cuts a word
# ("develop ment", "govern-ment", "on ly"). "able", "less", "ful" are words too ("not able").
_BOUND_ENDINGS = BOUND_ENDINGS
# Two lowercase words apart by a space or a hyphen, found where the first starts: the second is
# only looked at, so every pair of neighbours is one match ("develop ment plan" holds two).
_PAIR = lazy(r"(?<![A-Za-z0-9_@#/\\.'’\-])([a-z]{2,})(?=( |-)([a-z]{2,})(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9]))")
_JOINED_ZIPF = 4.0  # the word a split cuts is a common one
_PART_ZIPF = 2.5  # and one of its parts is no word in common use


def split_word(lex: lexicon.Lexicon, first: str, sep: str, second: str, zipf=None) -> str | None:
    """The common word that `first`+`second` (written apart by `sep`) cut in two, or None.
    `zipf`: a lookup of the parts' frequency (a paragraph's cache), else the lexicon's."""
    if sep == "-" and first in _PREFIX_WORDS:
        return None  # "co-ordinate", "re-elect": a prefix kept apart by house style
    part = zipf or lex.zipf
    if second not in _BOUND_ENDINGS and min(part(first), part(second)) >= _PART_ZIPF:
        return None  # two words in common use: "not able", "care less"
    joined = first + second
    return joined if lex.zipf(joined) >= _JOINED_ZIPF else None


def cut_words(lex: lexicon.Lexicon, pairs: list[regex.Match]) -> Iterator[tuple[int, int, str]]:
    """(start, end, the common word) of each of `pairs` (`_PAIR`'s matches, in order) that cuts
    a common word in two (`split_word`), a word joined to one neighbour at most.

    The two parts joined must be a word of Zipf 4 or more, so one of the lexicon's common words
    (Zipf 3.5 up: a word outside them reads under 3.5 but where its key collides with a common
    word's, once in ~10^13 lookups, as every lookup of the list): the pairs whose parts joined
    are none are set aside by one set difference, before any frequency is looked up (most
    pairs around a rare word join into no word at all)."""
    joins = {m.group(1) + m.group(3) for m in pairs}
    common = joins.difference(lex.uncommon(joins))
    if not common:
        return
    seen: dict[str, float] = {}

    def zipf(word: str) -> float:
        z = seen.get(word)
        if z is None:
            z = seen[word] = lex.zipf(word)
        return z

    taken = 0  # the end of the last pair reported: a word is joined to one neighbour at most
    for m in pairs:
        if m.start() < taken:
            continue
        first, sep, second = m.groups()
        if first + second not in common:
            continue
        joined = split_word(lex, first, sep, second, zipf)
        if joined is None:
            continue
        s, e = m.start(), m.end(3)
        taken = e
        yield s, e, joined


def _runs_of(text: str, word: str) -> Iterator[int]:
    """Where `word` (lowercase ASCII letters) stands in `text` with no ASCII letter beside it."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if not _ascii_letter(text[i - 1:i]) and not _ascii_letter(text[i + n:i + n + 1]):
            yield i
        i = text.find(word, i + n)


def _ascii_letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


def pairs_around(text: str, firsts, seconds) -> list[regex.Match]:
    """The matches of `_PAIR` in `text` (in order, as `finditer` gives them) whose first word is
    one of `firsts` or whose second word is one of `firsts` or `seconds`, and perhaps others.

    A match begins at a run of lowercase letters with no letter before it and takes only that
    run, so matches never overlap and `finditer`'s are the places where `match` succeeds: the
    start of each such word, and the start of the run before it (a space or a hyphen between)."""
    starts = set()
    for word in (*firsts, *seconds):
        for i in _runs_of(text, word):
            starts.add(i)
            if i >= 2 and text[i - 1] in " -":
                k = i - 1
                while k > 0 and "a" <= text[k - 1] <= "z":
                    k -= 1
                starts.add(k)
    match = _PAIR.match
    return [m for m in map(match, repeat(text), sorted(starts)) if m is not None]


_PREFIX_WORDS = frozenset({"co", "re", "pre", "non", "anti", "pro", "post", "over", "under", "mis", "dis", "semi",
                           "multi", "inter", "sub", "super", "micro", "counter", "de", "self", "ex", "mid", "cross",
                           "out", "trans", "ultra", "mega", "bio", "eco", "geo", "cyber", "tele", "hyper", "intra",
                           "macro", "neo", "pseudo", "quasi", "tri", "bi", "uni", "di", "mono", "poly", "e", "x"})


@rule(
    "nonwords/split-word",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def split_word_rule(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A common word cut in two by a space or a hyphen: "develop ment", "infor mation", "govern-ment".

    ## Why it matters
    Text copied from a hyphenated page or a PDF, or split by a tool at a line break, keeps
    the cut; each half may pass a spell check ("develop", "ment"), but readers stop.

    ## Examples
    bad:  The [[develop ment->development]] plan and the [[infor mation->information]] were late.
    bad:  The [[govern-ment->government]] said it [[on ly->only]] learned of it on Monday.
    good: The development plan and the information were late.
    good: They co-operate to re-elect and co-ordinate; he was not able to come, per cent.
    good: She could not care less, and any more talks are under way; a part of it is all right.

    ## Fix safety
    Safe: the two halves are joined into the common word they spell.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    text = par.text
    # Only a pair with a part rarer than Zipf 3.5, or a bound ending second, can be a cut word
    # (`split_word`): the others are set aside by set tests, before any frequency is looked up.
    lower = ctx.analysis(lower_words_of, par)
    rare = lower.rare
    bound = lower.named.intersection(_BOUND_ENDINGS) if lower.named else ()
    if not rare and not bound:
        return
    wanted = [m for m in pairs_around(text, rare, bound)
              if m.group(1) in rare or m.group(3) in rare or m.group(3) in _BOUND_ENDINGS]
    if not wanted:
        return
    for s, e, joined in cut_words(lex, wanted):
        yield ctx.finding(par, s, e, f"“{text[s:e]}” is one word cut in two: “{joined}”",
                          fix=Fix.safe(f"Write “{joined}”", replacement=joined))
