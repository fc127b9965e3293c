"""A political party's name written in lower case ("the socialist party", "the people's party").

Engines that do not recognise a party's name translate it word for word in lower case, as a
description: Spanish *el Partido Socialista*, German *die Volkspartei*, Russian wire copy's
*Народная партия*. With "the" (or "his", "its"...) before it, "the socialist party" names one
party, and English writes a name with capitals.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# The words party families are named by (socialist, Christian democratic, green, labour ...):
# a closed class, the first words of parties' names across Europe and the Americas (the
# party families of comparative politics: Mair and Mudde, "The Party Family and Its Study",
# 1998). Words that also describe a party in passing ("ruling", "national", "centre", "main")
# are not in it.
# "liberal" and "conservative" alone are left to typography/lowercase-party, which judges
# Canadian parties' words (a story naming a Canadian party), so one slip is reported once.
_FAMILY = (
    r"socialist|communist|democratic|republican|green|labour|labor|"
    r"people[’']s|popular|workers[’']|nationalist|progressive|libertarian|pirate|agrarian"
)
# a first word of a two-word family name ("social democratic", "progressive conservative")
_FAMILY_FIRST = r"social|christian|free|new|liberal|progressive|united|national"
# "the" names one party; a possessive with at most one word between ("his ailing people's party")
_DETERMINER = r"(?<![\p{L}’'\-])(?:[Tt]he|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:[ \t]+\p{Ll}+)?)"
_LOWER_PARTY = lazy(
    rf"{_DETERMINER}[ \t]+((?:(?:{_FAMILY_FIRST})[ \t\-]+)?(?:{_FAMILY})[ \t]+party)(?![\p{{L}}\-])"
    r"(?![ \t]+(?:system|systems|politics)\b)"
)


def _capitalised(name: str) -> str:
    words = name.replace("-", "- ").split()
    return " ".join(w[:1].upper() + w[1:] for w in words).replace("- ", "-")


@rule(
    "names/party-name-case",
    triggers=(Phrases("party", ("party",), ignorecase=False),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.PARAGRAPH,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def lowercase_party(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A named political party in lower case ("the socialist party"), as engines translate a name they miss.

    ## Why it matters
    "The socialist party voted against" names one party but reads as a description; the
    reader cannot tell it is the Socialist Party, nor look it up. Engines lowercase a party's
    name when they translate it word for word instead of recognising it.

    ## Examples
    bad:  Against it voted 56 deputies from [[the socialist party->the Socialist Party]] and the Greens.
    bad:  Chancellor Roth and his ailing [[people's party->People's Party]] lost ground.
    bad:  [[The christian democratic party->The Christian Democratic Party]] chose a new leader on Sunday.
    bad:  The vote split [[the social-democratic party->the Social-Democratic Party]], said its whip.
    bad:  “We will govern alone,” said the leader of [[the popular party->the Popular Party]] in Madrid.
    bad:  Polls put [[the labour party->the Labour Party]] ahead (by six points) in Wales.
    good: The Socialist Party voted against it; the Liberal party and the People's Party abstained.
    good: Its members wanted a more conservative party, and a socialist party was founded in 1905.
    good: The ruling party and the third party met; the national party backed the provincial one.
    good: Voters like the democratic party system, she said, and the green party politics of the 1980s.
    good: The pro-independence party and the far-right party each won a seat at the birthday party.
    good: The PQ attacked the liberal party of Quebec (typography/lowercase-party reports "liberal").

    ## Fix safety
    Safe: only capitals change; the party's exact English name is the editor's to confirm.
    """
    text = par.text
    for m in _LOWER_PARTY.finditer(text, timeout=1.0):
        # "the" is part of the name's span ("the Socialist Party"); a possessive is not
        start = m.start() if text[m.start() : m.start() + 3] in ("the", "The") else m.start(1)
        name = m.group(1)
        fixed = text[start : m.start(1)] + _capitalised(name)
        yield ctx.finding(
            par, start, m.end(1), "A party's name is written with capitals",
            fix=Fix.safe("Capitalise the party's name", fixed),
        )
