"""Titles: a diplomatic or royal honorific abbreviation kept from the source before a name or a
title (``H.E. Ambassador Kim``, ``H. E. Larisa Galadza``, ``H.M. King``).

Official English of ministries and embassies in Asia, the Gulf, Africa and eastern Europe puts
"H.E." (His or Her Excellency) or "H.M." (His or Her Majesty) before every envoy, minister or
monarch, and engines and rewriters carry it into news copy. Canadian news style writes the title
and the name ("Ambassador Donica Pottie", "King Charles"); the spelled-out "Her Excellency" of a
Governor General's own releases is left to the house.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# "H.E." or "H.M.", spaced or not, its last period kept or lost, glued or not to what follows, then
# a word: a capital (a name or a title) or a title in lower case.
_HONORIFIC = lazy(
    r"(?<![\p{L}\p{N}.])H\.[ \u00a0]?([EM])\.?(?=[ \u00a0]?(?:\p{Lu}|(?:ambassador|minister|president|"
    r"king|queen|prince|princess|consul|envoy|governor|high commissioner)\b))"
)
# A person's initials ("H. E. Bates", "H.M. Jones") are read as initials when one capitalised word
# follows and the sentence goes on in lower case after it; an honorific is followed by a title or
# a full name.
_TITLE_AFTER = lazy(
    r"[ \u00a0]?(?:Mr|Mrs|Ms|Dr|Prof|Ambassador|Minister|President|Prime|Vice|Deputy|King|Queen|Prince|"
    r"Princess|Sheikh|Sultan|Emir|Crown|Consul|Envoy|Governor|High|Royal|Foreign|Secretary|Chief|"
    r"ambassador|minister|president|king|queen|prince|princess|consul|envoy|governor|high)\b"
)
_MORE_INITIALS = lazy(r"\.|[\p{L}\p{N}]\.")
_FULL_NAME_AFTER = lazy(r"[ \u00a0]?\p{Lu}[\p{L}'’-]+[ \u00a0]\p{Lu}[\p{L}'’-]+")


@rule(
    "titles/source-honorific",
    triggers=(Phrases("H.E. or H.M.", ("H.E", "H. E", "H.M", "H. M"), ignorecase=False, boundary="none"),),
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def source_honorific(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A diplomatic or royal honorific abbreviation kept from the source (“H.E. Ambassador Kim”, “H.M. King Rama”).

    ## Why it matters
    Official English abroad writes “H.E.” (His or Her Excellency) and “H.M.” (His or Her Majesty)
    before envoys, ministers and monarchs; news copy writes the title and the name. The
    abbreviation left in a story marks it as a ministry's text carried over, translated or not.

    ## Examples
    bad:  The minister received [[H.E.->]] Ambassador Park Ji-won at the ministry on Monday.
    bad:  [[H. E.->]] Larisa Galadza spoke about the new agreement in an interview.
    bad:  The director visited [[H.E->]] ambassador of Canada at the embassy.
    bad:  They recalled the visit of [[H.M.->]] King Bhumibol to Canada in 1967.
    good: The minister received Ambassador Park Ji-won at the ministry on Monday.
    good: The novel is by H. E. Bates, whose stories were filmed later.
    good: The H.E.L.P. program and the HEM plant reopened on Monday.
    good: Her Excellency the Right Honourable Mary Simon opened the session.

    ## Fix safety
    Display only: deleting the abbreviation may leave a title to be capitalised or a name to be
    completed.
    """
    text = par.text
    for m in _HONORIFIC.finditer(text):
        s, e = m.start(), m.end()
        if _MORE_INITIALS.match(text, e):
            continue  # a longer abbreviation ("H.E.L.P.")
        if not (_TITLE_AFTER.match(text, e) or _FULL_NAME_AFTER.match(text, e)):
            continue  # initials before a surname ("H. E. Bates")
        what = "His or Her Excellency" if m.group(1) == "E" else "His or Her Majesty"
        yield ctx.finding(par, s, e, f"“{text[s:e]}” ({what}) kept from the source: news copy writes the title and the name",
                          fix=Fix.display_only("Delete the honorific", replacement=""))
