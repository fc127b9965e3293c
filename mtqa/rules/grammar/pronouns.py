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
from mtqa.rule import RawFinding, RuleContext, rule
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
