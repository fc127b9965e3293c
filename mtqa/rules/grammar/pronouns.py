"""Grammar: an institution called "he" or "she" after the gender of its noun in the source.

French, German, Spanish and Italian give every noun a gender, and their pronouns follow it:
*le parti … ses partisans* (masculine), *die Regierung … sie*. An engine that keeps the
gender writes ``the party … his supporters``. The rule looks for a possessive before a noun
that belongs to an organisation (supporters, members, caucus) where the text before it names
an organisation and no person at all, so that a "his" with a human antecedent stays quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, Status, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan

_NOUNS = ("supporters", "defenders", "members", "membership", "ranks", "caucus", "platform", "candidates", "activists",
          "leadership", "headquarters", "statutes", "founders", "executive", "shareholders", "employees", "MNAs", "MPs")
_POSSESSIVE = lazy(r"\b(?P<pro>(?-i:His|his|Her|her))\s+(?P<noun>" + "|".join(_NOUNS) + r")\b")
# An organisation that can be the antecedent.
_INSTITUTION = lazy(
    r"\b(?:party|parties|government|wing|faction|movement|bill|law|company|firm|union|ministry|department|agency|"
    r"organi[sz]ation|association|federation|coalition|group|alliance|network|board|council|committee|commission|"
    r"court|province|city|state|country)\b|\b(?-i:\p{Lu}{2,5})\b"
)
# Anything that may be a person: a pronoun, a courtesy title, a human noun, or a capitalised
# word inside a sentence (a name) that is not an acronym, a month or a day, nor "Bill 21".
_PERSON = lazy(
    r"\b(?:he|she|him|himself|herself|hers|his|her|I|you|we|they|(?-i:Mr|Ms|Mrs|Dr|Sen|Rep)\.?|leader|minister|premier|"
    r"president|chair|chairman|chairwoman|mayor|chief|spokesperson|spokesman|spokeswoman|candidate|founder|"
    r"MNA|MP|MPP|MLA|man|woman|boy|girl|judge|lawyer|officer|CEO|director|head|co-leader|governor|senator|king|"
    r"queen|father|mother|son|daughter|husband|wife)\b"
    r"|(?<=[\p{Ll},;:]\s+[“\"‘']?)(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:\p{Lu}\p{Ll}+)\b(?!\s+\d)",
    regex.IGNORECASE,
)


@rule(
    "grammar/pronoun-for-institution",
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
    # the noun, as a whole word: after whitespace, before a non-word character
    triggers=(Phrases("organisation's noun", _NOUNS, boundary="letters"),),
)
def pronoun_for_institution(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An organisation called "his" or "her", after its noun's gender in the source (``the party … his supporters``).

    ## Why it matters
    A reader looks for the man or woman the pronoun names and finds none, or finds the wrong
    one; English calls a party, a wing or a bill "it".

    ## Examples
    bad:  The party's youth wing was dissolved last year. [[His->Its]] members joined other groups.
    bad:  Since the bill was struck down, both [[his->its]] defenders and critics have appealed.
    good: The party's youth wing was dissolved last year. Its members joined other groups.
    good: The leader resigned last year. His supporters joined other groups.
    good: The party backed Tremblay in 2022, and his supporters stayed loyal.
    good: Since the law was adopted in June, the minister and his caucus have defended it.

    ## Fix safety
    Display only: "its" is suggested; the pronoun may name a person mentioned earlier.
    """
    text = par.text
    try:
        matches = list(_POSSESSIVE.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        sentences = par.sentences
        cur = next((i for i, s in enumerate(sentences) if s.start <= m.start() < s.end), None)
        if cur is None:
            continue
        window_start = sentences[cur - 1].start if cur > 0 else sentences[cur].start
        window = text[window_start:m.start()]
        if not _INSTITUTION.search(window, timeout=TIMEOUT) or _PERSON.search(window, timeout=TIMEOUT):
            continue
        pro = m.group("pro")
        repl = "Its" if pro[:1].isupper() else "its"
        yield ctx.finding(par, m.start("pro"), m.end("pro"), f"“{pro}” for an organisation: English calls it “its”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# Kind 2 of the module: any personal pronoun ("the city said she"), not only a possessive before
# an organisation's noun. A pronoun of a person's title ("Her Majesty") is no pronoun here.
_PERSONAL = lazy(r"\b(?:she|her|hers|he|him|his|She|Her|Hers|He|Him|His)\b(?!\s+(?:Majesty|Excellency|Honour|Honor|"
                 r"Highness|Worship|Royal|Grace|Eminence|Holiness)\b)")
_ANY_PERSONAL = lazy(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", regex.IGNORECASE)
_QUOTE = lazy(r"[“”\"«»‘’]|(?<!\p{L})'|'(?!\p{L})")
LOOKBACK_PARAGRAPHS = 2  # a person named this far back may be the story's topic ("the minister ... she")


def _has_person(text: str, *, pronouns: bool) -> bool:
    """Whether `text` may name a person: `_PERSON`'s nouns, titles and mid-sentence names (not
    the capitalised words of a body's or a place's name, "the Union", "in Ontario"), and, if
    `pronouns`, any gendered pronoun (one said of a person before)."""
    if not pronouns:
        text = _ANY_PERSONAL.sub(lambda m: " " * len(m.group()), text)  # what is judged
    text = _NAMED_BODY.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    try:
        return _PERSON.search(text, timeout=TIMEOUT) is not None
    except TimeoutError:
        return True


# A capitalised word after an article or a preposition of place: a body's or a place's name.
_NAMED_BODY = lazy(r"(\b(?:the|of|in|from|at|to)\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)")


@rule(
    "grammar/gendered-pronoun-for-institution",
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    confidence=0.55,
    status=Status.PREVIEW,
)
def gendered_pronoun_for_institution(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A body called "she" or "he" after its noun's gender in the source (``the city said she
    would``, ``the company … his budget``).

    A pronoun counts only where its sentence and the one before name an organisation and no
    person at all (no name, title, human noun or earlier pronoun), where the two paragraphs
    before name none either, and where no quotation stands in its sentence.

    ## Why it matters
    French, Spanish and German give a city, a company or a government a gender (*la ville … elle*,
    *der Konzern … er*), and an engine carries it over: the reader looks for a woman or a man the
    copy never named. English calls a body "it".

    ## Examples
    bad:  The water board raised its rates, and [[she->it]] will raise them again in May.
    bad:  The ministry confirmed the delay. [[He->It]] blamed a shortage of parts.
    good: The water board raised its rates, and it will raise them again in May.
    good: The mayor spoke after the council met. She blamed a shortage of parts.
    good: The company said on Monday that her contract ends, Chief Executive Linda Moreau added.
    good: The council thanked Her Majesty for the visit.
    good: The agency confirmed the delay. “He knew about it,” a worker said.

    ## Fix safety
    Display only: "it" or "its" is suggested; the pronoun may name a person the copy named
    further back.

    ## Known issues
    A person named three paragraphs back and still the topic is not seen. Preview: judged on
    one fold of the tuning half.
    """
    paragraphs = doc.paragraphs
    for index, par in enumerate(paragraphs):
        text = par.text
        found = list(_PERSONAL.finditer(text))
        if not found:
            continue
        first_body = _INSTITUTION.search(text, 0, found[-1].start(), timeout=TIMEOUT)
        if first_body is None:
            continue  # the window is this paragraph's: a body must be named before the pronoun
        sentences = par.sentences
        person_before: bool | None = None  # whether the paragraphs before name a person, asked last
        for m in found:
            if m.start() < first_body.end():
                continue
            cur = next((i for i, s in enumerate(sentences) if s.start <= m.start() < s.end), None)
            if cur is None:
                continue
            sent = sentences[cur]
            previous = text[sentences[cur - 1].start:sent.start] if cur > 0 else ""
            ahead = text[sent.start:m.start()]
            if _ANY_PERSONAL.search(ahead):
                continue  # only the first pronoun: the ones after it refer back to it
            if not _INSTITUTION.search(previous + " " + ahead, timeout=TIMEOUT):
                continue
            if _QUOTE.search(text, sent.start, sent.end) or _QUOTE.search(previous):
                continue  # a quotation's pronoun is its speaker's
            if _has_person(previous, pronouns=True) or _has_person(text[sent.start:sent.end], pronouns=False):
                continue
            if person_before is None:
                before = " ".join(p.text for p in paragraphs[max(0, index - LOOKBACK_PARAGRAPHS):index])
                person_before = bool(before) and _has_person(before, pronouns=True)
            if person_before:
                break
            pro = m.group()
            repl = {"his": "its", "her": "its", "hers": "its"}.get(pro.lower(), "it")
            if pro[:1].isupper():
                repl = repl.capitalize()
            yield ctx.finding(par, m.start(), m.end(), f"“{pro}” for an organisation: English calls it “{repl.lower()}”",
                              fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
