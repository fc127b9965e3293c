"""Typography: terms Canadian style capitalises, written in lowercase.

A bill's number ("bill 96"), Indigenous, Western in the political sense, and a party's
members or adjective ("the liberal government"): an engine that lowercases what it does not
know as a name loses the capital.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph, sentence_stops
from mtqa.text.tokens import contains_any

_COUNT_AFTER = lazy(r"\d{1,3} (?:times|days|years|months|weeks|hours|minutes|per|percent)\b")


_BILL = lazy(r"(?<![\p{L}\p{N}.,;!?])(bill|law)(?= (?:[CS]-\d{1,3}|\d{1,3})(?![\p{N}.,]\d|[\p{L}%$]))")


@rule(
    "typography/lowercase-bill-number",
    triggers=(Phrases("bill or law", ("bill ", "law "), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def lowercase_bill_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“bill 96” or “law 25” in lowercase before its number, where the number makes it a name.

    ## Why it matters
    A numbered bill or law is a proper name in English copy (Bill 96, Bill C-11, Law 25).
    French writes "projet de loi 96" and "loi 25" in lowercase, and engines keep the case.

    ## Examples
    bad:  Critics of [[bill->Bill]] 96 marched in Montreal.
    bad:  The future [[law->Law]] 25 covers privacy; [[bill->Bill]] C-11 passed.
    good: Critics of Bill 96 marched in Montreal.
    good: He paid the bill 10 days late, and a $20 bill was found.
    good: The law 2.5 times stricter than before was struck down.

    ## Fix safety
    Safe: only the word's first letter is capitalised.
    """
    text = par.text
    if "bill " not in text and "law " not in text:
        return
    for m in _BILL.finditer(text):
        s = m.start()
        if s >= 2 and text[s - 2 : s] in ("$ ", "a ") or (s >= 1 and text[s - 1] == "$"):
            continue
        word = m.group(1)
        rest = text[m.end() + 1 : m.end() + 12]
        if _COUNT_AFTER.match(rest):
            continue
        fixed = word.capitalize()
        yield ctx.finding(par, s, m.end(), f"A numbered bill or law is a name: “{fixed} {rest.split(' ')[0]}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_INDIGENOUS = lazy(r"(?<![\p{L}\p{N}\-.,;!?])indigenous(?![\p{L}\-])(?! (?:plants?|species|flora|fauna|trees?|"
                            r"shrubs?|seeds?|seedlings?|vegetation|grass(?:es)?|wildlife|fish|animals?|to|in)\b)")
# "indigenous" said of plants or animals after a verb, the living things the sentence's subject
# (within its first four words): "The shrubs offered are indigenous and …", "Half the fish were …".
_LIVING_SUBJECT = lazy(r"(?:(?!(?:who|that|which)\b)\S+[ ]+){0,3}(?:plants?|species|flora|fauna|trees?|shrubs?|seeds?|seedlings?|vegetation|"
                       r"grass(?:es)?|wildlife|fish|animals?|birds?)\b[^.;:!?]{0,40}\b(?:are|is|were|was|be|been|"
                       r"being|remain|remains)[ ]+(?:all[ ]+|both[ ]+|mostly[ ]+|also[ ]+)?$")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last sentence's end before it
    (`sentence_stops`: "Dr. Roe's plants are indigenous" is one sentence)."""
    last = 0
    for stop in sentence_stops(text, 0, pos):
        last = stop + 1
    return last


@rule(
    "typography/lowercase-indigenous",
    triggers=(Phrases("indigenous", ("indigenous",), ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.8,
)
def lowercase_indigenous(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“indigenous” in lowercase for Indigenous peoples, which Canadian style capitalises.

    ## Why it matters
    The Canadian Press, the Government of Canada and Canadian newsrooms capitalise
    Indigenous when it refers to First Nations, Inuit and Métis peoples, as they do
    French or English. A lowercase form reads as an error, or worse, to those readers.

    ## Examples
    bad:  The plan was drawn up with [[indigenous->Indigenous]] communities.
    good: The plan was drawn up with Indigenous communities.
    good: The park protects indigenous plants and species indigenous to the valley.
    good: The shrubs on sale this spring are indigenous and suited to wet ground.
    bad:  Most of the new teachers hired in the north are [[indigenous->Indigenous]], the board said.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "indigenous" not in text:
        return
    for m in _INDIGENOUS.finditer(text):
        if _LIVING_SUBJECT.match(text, _sentence_start(text, m.start()), m.start()):
            continue  # the botanical sense, as a predicate: "the species offered are indigenous"
        yield ctx.finding(par, m.start(), m.end(), "Canadian style capitalises Indigenous (peoples)",
                          fix=Fix.safe("Write “Indigenous”", replacement="Indigenous"))


# "western" in the political sense, before the nouns that mark that sense ("western media").
_WESTERN = lazy(
    r"(?<![\p{L}\-])western (?=(?:media|countries|country|nations|allies|powers|democracies|world|values|"
    r"leaders|governments|officials|sanctions|diplomats|press|journalists|observers)\b)"
)


@rule(
    "typography/lowercase-western",
    triggers=(Phrases("western", ("western ",), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def lowercase_western(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“western media”, “western allies”: Western in the political sense written in lowercase.

    ## Why it matters
    News style capitalises Western when it means the West as a political or cultural bloc
    (Western allies, Western media) and lowercases it for a direction or region (western
    Canada). Engines lowercase it everywhere, as the source language does.

    ## Examples
    bad:  Some [[western->Western]] media reported the talks.
    bad:  The [[western->Western]] allies imposed sanctions.
    good: Some Western media reported the talks.
    good: Fires burned across western Canada and the western provinces.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "western " not in text:
        return
    for m in _WESTERN.finditer(text):
        yield ctx.finding(par, m.start(), m.start() + 7, "Western (the political West) is capitalised",
                          fix=Fix.safe("Write “Western”", replacement="Western"))


# A Canadian party's members or its adjective in lowercase, as French writes them ("les libéraux",
# "le gouvernement libéral"): "the liberals of Philippe Couillard", "the liberal government".
_PARTY_MEMBERS = lazy(
    r"(?<=(?:^|[^\p{L}])the )(liberals|conservatives|tories|new democrats)(?![\p{L}\p{N}\-])"
    r"|(?<![\p{L}\p{N}\-])(liberal|conservative|tory|new democratic)(?= (?:government|party|caucus|leader|"
    r"leadership|MPs?|MNAs?|MPPs?|MLAs?|candidates?|ministers?|members?|opposition|cabinet|campaign|"
    r"platform|senators?|premier)(?![\p{L}\-]))",
    regex.IGNORECASE,
)
# A story about Canadian party politics writes at least one party's name or acronym.
_CANADIAN_PARTY = lazy(
    r"(?<![\p{L}\-])(?:Liberals?|Conservatives?|Tory|Tories|NDP|CAQ|PQ|PLQ|Bloc|Parti Québécois|Québec solidaire|"
    r"New Democrats?)(?![\p{L}\-])"
)


@analysis("canadian-party")
def names_a_canadian_party(doc) -> bool:
    """Whether the story writes the name or acronym of a Canadian party somewhere."""
    return any(_CANADIAN_PARTY.search(par.text) for par in doc.paragraphs)


@rule(
    "typography/lowercase-party",
    triggers=(Phrases("party word", ("liberal", "conservative", "tories", "tory", "new democrat"),
                      ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.7,
)
def lowercase_party(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian party's members or adjective in lowercase (“the liberals of Philippe Couillard”, “the liberal government”).

    ## Why it matters
    French writes party names' nouns and adjectives in lowercase (les libéraux, le
    gouvernement libéral); English capitalises them as names (the Liberals, the Liberal
    government), and lowercase "liberals" means people of liberal views. Engines keep the
    French case. Only stories that name a Canadian party elsewhere are judged, so that
    "the liberals on the U.S. Supreme Court" stays quiet.

    ## Examples
    bad:  The PQ attacked the [[liberals->Liberals]] of Philippe Couillard and the [[liberal->Liberal]] government.
    bad:  Two [[conservative->Conservative]] MPs and the NDP voted no.
    good: The PQ attacked the Liberals of Philippe Couillard and the Liberal government.
    good: The Liberals won, and social conservatives and small-l liberals backed them.
    good: The liberals on the Supreme Court dissented, and a conservative government in Texas agreed.

    ## Fix safety
    Safe: only the first letters' case changes.
    """
    text = par.text
    if not contains_any(text.lower(), ("liberal", "conservative", "tories", "tory", "new democrat")):
        return
    if not ctx.analysis(names_a_canadian_party):
        return
    for m in _PARTY_MEMBERS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        word = m.group(g)
        if not word.islower():
            continue
        fixed = " ".join(w[:1].upper() + w[1:] for w in word.split(" "))
        yield ctx.finding(par, m.start(g), m.end(g), f"A party's name is capitalised: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))
