"""Grammar: a woman called "he", as engines write when the source dropped its subject.

Italian, Spanish and Portuguese drop the subject pronoun (*dice che vuole unire il paese*: "says
that [she] wants"); an engine that must write one picks "he". The copy then calls the same
person "she" in one sentence and "he" in the next. The rule reads, sentence by sentence, whom a
"she" or a "he" can only refer to (the one name before it in the sentence), and reports the "he"
of a name the copy also calls "she".
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph, story_text
from mtqa.text.calendar import MONTHS, WEEKDAYS

# A capitalised word that may be a person's name: not after a preposition or an article (places:
# "of Italy"), not a possessive ("Smith's wife", whose pronoun is not Smith's), not the first of
# two capitalised words (a first name: the surname after it is the name). A hyphenated name is
# read whole, never cut at its hyphen: "Jong" is no name of "Kim Jong-un" and "Kim Jong-ae", two people.
_NAME = lazy(
    r"(?<!\b(?:of|in|to|from|at|for|on|by|with|into|the|The|a|an)[ \u00a0])"
    r"\b(\p{Lu}\p{Ll}{2,}(?:-\p{L}\p{Ll}*)?)\b(?!-)(?![’']s\b|[ \u00a0]\p{Lu})"
)
# A capitalised word inside a sentence, after a lowercase word: a proper noun of the copy.
_AFTER_LOWERCASE = r"(?<=\p{Ll}[,]?[ \u00a0])"
_MID_SENTENCE = lazy(_AFTER_LOWERCASE + r"(\p{Lu}\p{Ll}{2,})\b")
# Its parts, to ask it of one word at one place (`mid_sentence_names`).
_AFTER_LOWERCASE_AT = lazy(_AFTER_LOWERCASE)
_CAPITALISED_WORD = lazy(r"\p{Lu}\p{Ll}{2,}")
_WORD_END = lazy(r"\b")


def mid_sentence_names(paragraphs) -> Callable[[str], bool]:
    """Whether a word is one `_MID_SENTENCE` finds in some paragraph (a proper noun of the copy),
    asked of the few names before a pronoun, and remembered, instead of found for every capitalised
    word of the copy (~0.1 ms a check of the seed). A name is one there where it stands after the
    pattern's look-behind and before a ``\b``: its letters are word characters, so the pattern's
    capitalised word can end nowhere else. The paragraphs are searched joined by line breaks,
    which the look-behind never reads as its space."""
    joined = story_text(paragraphs)
    known: dict[str, bool] = {}

    def is_name(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = _CAPITALISED_WORD.fullmatch(word) is not None and _stands_mid_sentence(joined, word)
        return found

    return is_name


def _stands_mid_sentence(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        if _AFTER_LOWERCASE_AT.match(text, at) is not None and _WORD_END.match(text, at + len(word)) is not None:
            return True
        at = text.find(word, at + 1)
    return False
_PRONOUN = lazy(r"\b(?:(she|her|herself)|(he|him|his|himself))\b")
# Its first group alone, over a whole paragraph: a sentence is cut at whitespace, so `\b` at
# its ends reads as it does in the paragraph, and a paragraph without this match holds no
# sentence where `_PRONOUN` finds "she".
_FEMALE = lazy(r"\b(?:she|her|herself)\b")


def _may_say_she(text: str) -> bool:
    """Whether `_PRONOUN` may find "she", "her" or "herself" in a sentence of this paragraph."""
    return ("she" in text or "her" in text) and _FEMALE.search(text) is not None


# What between a name and a pronoun lets the pronoun name someone else: another person's noun
# or a quotation (whose "she" is the speaker's).
_OTHER_PERSON = lazy(
    r"\b(?:wife|husband|mother|father|daughter|son|sister|brother|woman|man|girl|boy|spokeswoman|spokesman|"
    r"chairwoman|chairman|widow|widower|partner|girlfriend|boyfriend|aunt|uncle|niece|nephew|queen|king)\b|[“”\"«»]",
)
# Words that open a sentence with a capital and are no names.
_NOT_NAMES = frozenset(
    "The This That These Those There Then When While After Before Since During According However But And".split()
) | frozenset(WEEKDAYS) | frozenset(MONTHS)


# A pronoun paired with its other gender ("his or her riding", "he/she"): a reader of either sex,
# no one person's pronoun, so neither half refers to the name before it.
_GENDER_PAIR = lazy(
    r"\b(?:(?:he|him|his|himself)[ \u00a0]+or[ \u00a0]+(?:she|her|hers|herself)"
    r"|(?:she|her|hers|herself)[ \u00a0]+or[ \u00a0]+(?:he|him|his|himself)"
    r"|(?:he|him|his)/(?:she|her|hers)|(?:she|her)/(?:he|him|his))\b",
    regex.IGNORECASE,
)


def _paired_pronouns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the gender pairs (`_GENDER_PAIR`) between start and end: none in most sentences."""
    if " or " not in text[start:end] and "/" not in text[start:end]:
        return []
    return [m.span() for m in _GENDER_PAIR.finditer(text, start, end)]


def _referents(par: Paragraph, proper: Callable[[str], bool]) -> Iterator[tuple[str, bool, int, int]]:
    """(name, female, start, end) for each "she"/"he" whose sentence names one person only before
    it; a name is a word `proper` accepts (capitalised inside some sentence of the copy). A pronoun
    of a gender pair ("his or her") refers to no one and is passed over."""
    text = par.text
    for sent in par.sentences:
        names: list[tuple[str, int]] = []
        pos = sent.start
        pairs = _paired_pronouns(text, sent.start, sent.end)
        for p in _PRONOUN.finditer(text, sent.start, sent.end):
            if pairs and any(a <= p.start() < b for a, b in pairs):
                continue
            names += [(m.group(1), m.end()) for m in _NAME.finditer(text, pos, p.start())
                      if m.group(1) not in _NOT_NAMES and proper(m.group(1))]
            pos = p.start()
            distinct = {n for n, _ in names}
            if len(distinct) != 1:
                continue
            name, name_end = names[-1]
            if _OTHER_PERSON.search(text, name_end, p.start()):
                continue
            yield name, p.group(1) is not None, p.start(), p.end()


@rule(
    "grammar/he-for-she",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def he_for_she(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A woman called "he" or "his" in copy that also calls her "she" (``Okafor says he hopes``).

    A pronoun counts for a name only when that name is the one person named before it in its
    sentence, with no quotation and no other person's noun (``wife``, ``spokesman``) between
    them; a name the copy gives two first names (two people) is left alone.

    ## Why it matters
    Languages that drop the subject pronoun leave the engine to choose one, and it chooses
    "he": the reader is told a man spoke, or wonders who "he" is.

    ## Examples
    bad:  Voters backed Okafor, and she thanked them.\\n\\nOkafor says [[he->she]] hopes to reopen the harbour.
    bad:  The spokeswoman, Isabel Rodríguez, said she was satisfied. But then Rodríguez made it clear that [[he->she]] would not attend.
    good: Voters backed Okafor, and she thanked them.\\n\\nBrandt says he hopes to reopen the harbour.
    good: Smith said she was satisfied. Smith's husband said he was not.
    good: Jane Smith said she would run. John Smith said he would not.
    good: Roy praised the mayor, who said she was ready. “Roy told me he was ready,” she said.
    good: Park Min-ji thanked voters, and she smiled.\\n\\nPark Min-ji met Park Min-ho, who said he would help.
    good: Planners said Tolland needs a clerk who can do his or her job in French, and she or he must live there.
    bad:  Each voter signs his or her ballot. Okafor said she agreed, but later Okafor said [[he->she]] would not sign.

    ## Fix safety
    Display only: "she" (or "her") is suggested; an editor checks whom the sentence means.
    """
    she_paragraphs = [par for par in doc.paragraphs if _may_say_she(par.text)]
    if not she_paragraphs:
        return  # no "she" anywhere, so no name the copy also calls "she" (one search, not the rule's passes)
    proper = mid_sentence_names(doc.paragraphs)
    # Only a name some "she" refers to can be reported, and a "she" is read only in those paragraphs.
    called_she = {name for par in she_paragraphs for name, female, _, _ in _referents(par, proper) if female}
    if not called_she:
        return
    by_name: dict[str, list[tuple[Paragraph, bool, int, int]]] = defaultdict(list)
    for par in doc.paragraphs:
        if not _may_name(par.text, called_she):
            continue  # no referent of a name called "she" here: the referents' names stand in the text
        for name, female, start, end in _referents(par, proper):
            by_name[name].append((par, female, start, end))
    if not any(_called_both(refs) for refs in by_name.values()):
        return  # no name is both "she" and "he": the first names that tell two people apart are not needed
    first_names = _first_names(doc.paragraphs)
    for name, refs in by_name.items():
        if len(first_names[name]) > 1 or not any(female for _, female, _, _ in refs):
            continue
        for par, female, start, end in refs:
            if female:
                continue
            word = par.text[start:end]
            repl = {"he": "she", "He": "She", "him": "her", "his": "her", "himself": "herself"}.get(word, "she")
            yield ctx.finding(par, start, end, f"“{word}” for {name}, whom the copy also calls “she”",
                              fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def _may_name(text: str, names: set[str]) -> bool:
    """Whether `text` may hold a referent of one of `names` (each referent's name is a stretch of it)."""
    return any(map(text.__contains__, names))


def _called_both(refs: list[tuple[Paragraph, bool, int, int]]) -> bool:
    """Whether a name's referents hold a "she" and a "he": only such a name can be reported."""
    return any(female for _, female, _, _ in refs) and not all(female for _, female, _, _ in refs)


def _first_names(paragraphs) -> dict[str, set[str]]:
    """The first names the copy gives each surname ("Jane Smith", "John Smith": two people)."""
    first_names: dict[str, set[str]] = defaultdict(set)
    for par in paragraphs:
        for m in _FULL_NAME.finditer(par.text):
            if m.group(1) not in _NOT_NAMES:
                first_names[m.group(2)].add(m.group(1))
    return first_names


# "Jane Smith": a first name and a surname, to tell two people of one surname apart (overlapping,
# so "Jane Smith" is read in "Reporters asked Jane Smith"). A sentence's first word may be taken
# for a first name ("Later Smith"): that only keeps the rule quiet.
_FULL_NAME = lazy(r"\b(\p{Lu}\p{Ll}+)(?=[ \u00a0](\p{Lu}\p{Ll}{2,})\b)")
