"""Calques: a state's own voice left in a news story (``my country``, ``our country`` for China).

Chinese official and state-media copy says 我国 (*our country*) where English news names the
country; machine translation renders it ``my country`` or ``our country``, and the story seems to
be told by the state itself. Ministries' and agencies' releases of other states (North Macedonian,
Spanish, Cuban, French-language copy among the unseen batches) keep their ``our country`` the same
way. Outside a quotation and outside first-person writing, no news story says it; and "my country
(the UK)", the country named in brackets after it, is a speaker's own (a talk's transcript), never
the state's.
"""

from __future__ import annotations

from typing import Iterator


from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.quotation import blank_quotations, inside_quote


TIMEOUT = 0.5  # seconds per paragraph scan

_MY_COUNTRY = lazy(r"\b(?-i:[Mm]y|[Oo]ur) country(?:['’]s)?(?![\p{L}-])")
# First-person writing (a column, a letter, a speech printed whole): "I", "me", "mine", or
# "my" before another noun. There "my country" is the writer's own.
_CHINA = lazy(r"\b(?:China|Chinese|Beijing|PRC)\b")
_FIRST_PERSON = lazy(r"\b(?-i:I|me|mine|myself)\b|\b(?-i:[Mm]y) (?!country\b)\p{L}")
# First-person plural writing (an editorial, a speech printed whole, a letter signed by many): "we",
# "us", "ours", or "our" before another noun. There "our country" is the writers' own; "my country"
# is read as before, by the singular alone.
_FIRST_PLURAL = lazy(r"\b(?-i:[Ww]e|us|ours|ourselves)\b|\b(?-i:[Oo]ur) (?!country\b)\p{L}")
# The country named in brackets straight after ("my country (the UK)", "my country (Britain)"):
# a speaker telling the audience where they are from, as a transcribed talk or an interpreter
# does; a state's 我国 is never glossed with its own name. A bracket of lowercase words is no name.
_NAMED_AFTER = lazy(r"[ \u00a0]?[(（](?:the )?\p{Lu}[\p{L}.]*+(?:[ -](?:of )?\p{Lu}[\p{L}.]*+)*[)）]")


@analysis("names-china")
def names_china(doc) -> bool:
    """Whether the story names China (searched once per document, not once per paragraph)."""
    return _CHINA.search(doc.text, *doc.extent) is not None


def _outside_quotes(text: str) -> str:
    """The paragraph with every quotation blanked out (same length), for the first-person test."""
    return blank_quotations(text)


@rule(
    "calques/state-first-person",
    triggers=(Phrases("my country", ("y country", "ur country"), ignorecase=False, boundary="none"),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def state_first_person(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """``my country`` or ``our country`` in a story's own voice: a state's 我国 translated word for word.

    ## Why it matters
    Chinese official copy speaks of 我国, *our country*; an engine writes ``my country`` or ``our
    country``, so the news story appears to be narrated by the state (and the reader is not told
    which country). Other states' releases keep their own ``our country`` the same way. An editor
    writes the country's name.

    ## Examples
    bad:  In the first quarter, [[my country]] posted growth of 5.3 per cent.
    bad:  Beijing says exports are a pillar of [[my country's->China's]] economy.
    good: “My country will never accept this,” the ambassador said.
    good: I came back to my country after the war, and my family followed.
    good: In the first quarter, China posted growth of 5.3 per cent.
    good: He said "my country comes first" was a slogan, not a plan.
    good: By this measure, inequality in my country (the UK) is twice that of Japan.
    bad:  By this measure, growth in [[my country]] (which exports more) is twice that of Japan.
    bad:  From next month, [[our country]] will cut its duties on imported solar panels.
    bad:  The ministry said [[our country's]] lentil exports to Brazil doubled in a year.
    good: “Our country will not bend,” the trade minister told the assembly.
    good: We owe our country an answer, and our readers deserve one too.
    bad:  Sailors trained off the coast of [[our country]] last week, the navy said.

    ## Fix safety
    Display only: "China" is suggested when the story names China, Beijing or the Chinese;
    otherwise the editor names the country.
    """
    text = par.text
    if not _MY_COUNTRY.search(text, timeout=TIMEOUT):
        return
    outside = _outside_quotes(text)
    if _FIRST_PERSON.search(outside, timeout=TIMEOUT):
        return  # a first-person piece: the writer's own country
    plural = None  # searched only when an "our country" is met
    china = ctx.analysis(names_china)
    quoted = inside_quote(text)
    for m in _MY_COUNTRY.finditer(text, timeout=TIMEOUT):
        if quoted(m.start()) or _NAMED_AFTER.match(text, m.end()):
            continue
        flagged = m.group()
        head = flagged[:flagged.index(" ")]
        if head.lower() == "our":
            if plural is None:
                plural = _FIRST_PLURAL.search(outside, timeout=TIMEOUT) is not None
            if plural:
                continue  # first-person plural writing: the writers' own country
        repl = ("China" + flagged[len(head) + len(" country"):]) if china else None
        fix = Fix.display_only(f"Write “{repl}”", replacement=repl) if repl else Fix.display_only("Name the country")
        yield ctx.finding(par, m.start(), m.end(),
                          f"“{head.lower()} country” in the story's own voice: a state's “our country” translated word for word",
                          fix=fix)
