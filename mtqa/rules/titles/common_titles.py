"""Titles: an office capitalised where it is a common noun ("the Canadian Ambassador said", "the two Foreign Ministers").

Engines carry the source's capital on an office into English. Whether a house capitalises a
title standing alone is its own choice ("the Prime Minister" in some, "the prime minister" in
CP's), and `titles/capitalised-title-alone` reads that choice in the cp style only. Two forms
are no house's choice: a title after a nationality with no name after it ("the Austrian
Chancellor received", "Kyle Roy, Canadian Consul General in Hanoi,") describes an office-holder
as one of a class, and a plural title ("the two Foreign Ministers", "both Prime Ministers") names
no one at all. The Translation Bureau's *The Canadian Style* (4.08, titles of office: "do not
capitalize spelled-out titles in the plural", nor "titles modified by a possessive or other type
of adjective") and its linguistic reminder *Capitals in titles of office or rank* (2010: not
"plural titles", not "titles preceded by an adjective") lowercase both, though the same guide
capitalises "the Prime Minister" standing for the person; so does the CP Stylebook, which
capitalises a formal title only straight before a name.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, longest_first
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.case import headline_paragraph, title_case
from mtqa.text.countries import NATIONALITIES
from mtqa.text.quotation import inside_quote

# Offices that style guides list among formal titles (CP Stylebook, titles; The Canadian Style 4.08).
_OFFICES = ("Minister", "Prime Minister", "Deputy Minister", "Premier", "President", "Vice-President",
            "Chancellor", "Ambassador", "High Commissioner", "Consul", "Consul General", "Consul-General",
            "Envoy", "Special Envoy", "Governor", "Mayor", "Secretary", "Secretary General", "Secretary-General",
            "Foreign Secretary", "Director General", "Director-General", "Spokesman", "Spokesperson",
            "Spokeswoman", "Chairman", "Chairperson", "Chairwoman", "Vice-Chairman", "Commander")
_OFFICE = "|".join(regex.escape(o) for o in sorted(_OFFICES, key=longest_first))
# Adjectives of nationality that are also lowercase words (countries.py leaves them out); read
# here with their capital only.
_CAPITALISED_ONLY = ("French", "Dutch", "Swiss", "Polish", "Danish", "Finnish", "British", "Irish", "Scottish",
                     "Welsh", "Czech", "Slovak", "Afghan")
_REGIONS = {"African", "Asian", "Arab", "Arabic", "Saharan"}  # a region's, not a state's
_NATIONALITY_WORDS = tuple(sorted((NATIONALITIES - _REGIONS) | set(_CAPITALISED_ONLY), key=longest_first))
_NATIONALITY = "|".join(regex.escape(n) for n in _NATIONALITY_WORDS)
# A name, an honorific or an initial straight after: the title is before a name, as CP capitalises it.
# A second title joined by "and" ("Deputy Prime Minister and Defence Minister Jan Nowak") is one
# title before a name too.
_NO_NAME_AFTER = r"(?!\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?\p{Lu}(?:\p{Ll}|\.|\p{Lu})|-|(?:'s|’s) \p{Lu}| and \p{Lu})"
# A state, a post or a portfolio after the title ("in Chile", "of Foreign Affairs", "to Canada").
# Atomic: a shorter reading that leaves the name out is not tried ("of Foreign Trade Lê Văn Bình").
_REST = r"(?P<rest>(?>(?: (?:of|for|to|in) (?:the )?\p{Lu}[\p{L}\p{M}'’.\-]*(?: (?:and |of |for |the )*\p{Lu}[\p{L}\p{M}'’.\-]*)*)?))"
# Not after another capitalised word ("Royal Canadian Air Force Commander": a body's name), nor a
# province's ("British Columbia Premier").
_AFTER_NATIONALITY = lazy(
    r"(?<![\p{L}\-])(?<!(?<![\p{L}])(?!(?:The|A|An) )\p{Lu}[\p{L}.\-]* )(?:" + _NATIONALITY + r") (?!Columbia\b)"
    r"(?P<title>(?:(?P<portfolio>\p{Lu}\p{Ll}+ ){0,2})(?P<office>" + _OFFICE + r"))\b" + _REST + _NO_NAME_AFTER
)
# "the two Foreign Ministers", "both Prime Ministers".
_PLURAL_OFFICES = ("Ministers", "Foreign Ministers", "Prime Ministers", "Premiers", "Presidents", "Chancellors",
                   "Ambassadors", "Mayors", "Heads of State", "Heads of Government")
_PLURAL = lazy(
    r"(?<![\p{L}\-])(?:[Tt]he two|[Bb]oth|[Tt]he three) (?P<title>"
    + "|".join(regex.escape(o) for o in sorted(_PLURAL_OFFICES, key=longest_first)) + r")\b(?! \p{Lu}| of \p{Lu})"
)
# Three capitalised words in a row between joining words: a name run in ("Ambassador to Canada
# Jane Roe", "Minister of Trade Lê Văn Bình and ..."), titles/state-title-before-name's.
_CONNECTOR = lazy(r" (?:and|of|for|the|to|in) ")


@rule(
    "titles/capitalised-common-title",
    triggers=(Phrases("nationality", _NATIONALITY_WORDS, ignorecase=False),
              Phrases("plural of two", ("the two", "both", "the three"))),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def capitalised_common_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“The Canadian Ambassador said”, “the two Foreign Ministers”: an office capitalised where it is a common noun.

    ## Why it matters
    A title is capitalised as part of a name, straight before it ("Canadian Ambassador Marc
    Roy"). After a nationality with no name after it, it describes the holder as one of a class
    ("the Austrian chancellor received", "Kyle Roy, Canadian consul general in Hanoi,"); in
    the plural it names no one ("the two foreign ministers"). House styles differ on "the Prime
    Minister" standing alone, and this rule leaves that to `titles/capitalised-title-alone`;
    they do not differ here. Translated releases carry the source's capital on every mention.

    ## Examples
    bad:  During the visit, the Austrian [[Chancellor->chancellor]] met business leaders.
    bad:  The talks went well, the Canadian [[Ambassador->ambassador]] in Peru told the agency.
    bad:  Afterwards the two [[Foreign Ministers->foreign ministers]] signed a joint letter.
    bad:  The envoy met Lena Ruiz, Chilean [[Consul General->consul general]] in Halifax, on Monday.
    good: Austrian Chancellor Karl Berger met business leaders; Canadian Ambassador Marc Roy joined.
    good: Prime Minister Mark Carney spoke; later the Prime Minister took questions.
    good: The bill went to the House of Commons, and the Crown argued the appeal.
    good: A U.S. Department of Defense official and the Canadian Premier League's owners attended.
    good: Premier Ann Roy said the Premier would reply; the Premiers' meeting is in July.
    good: Canadian Prime Minister’s Visit Ends in Lima
    good: Both Ministers Roy and Tan signed; “the two Prime Ministers agreed,” she said.

    ## Fix safety
    Safe when the office stands after the nationality alone: only its letters are lowercased.
    With a portfolio between ("the Canadian Heritage Minister"), display only: the portfolio
    may be a department's name, which keeps its capitals.
    """
    text = par.text
    if title_case(par) or headline_paragraph(text):
        return  # a headline's capitals are the page's headline habit
    quoted = inside_quote(text)
    found = []
    for m in _AFTER_NATIONALITY.finditer(text):
        if any(len(run.split()) >= 3 for run in _CONNECTOR.split(m.group("rest"))):
            continue  # a name run in after the state or portfolio: another rule's (state-title-before-name)
        found.append((m.start("title"), m.end("title"), bool(m.group("portfolio")), "after a nationality"))
    for m in _PLURAL.finditer(text):
        found.append((m.start("title"), m.end("title"), False, "in the plural"))
    for start, end, portfolio, form in sorted(found):
        if quoted(start):
            continue  # a speaker's words
        title = text[start:end]
        low = title.lower()
        fix = Fix.display_only(f"Write {low}") if portfolio else Fix.safe(f"Write {low}", low)
        yield ctx.finding(par, start, end, f"“{title}” capitalised {form}, where it names no one",
                          fix=fix, suggestions=(low,))
