"""Typography: a compound adjective before a noun written open ("people to people ties").

Before a noun, English joins a phrase used as one modifier with hyphens: people-to-people
ties, a high-level meeting, a business-friendly climate, the fourth-largest city. Translated
releases of ministries and embassies (Nepali, Urdu, Hebrew, Persian sources among the unseen
batches) write these open, as their source language needs no hyphen. `typography/open-compound-modifier`
reads full time and a number with a unit of time; this rule reads the other set forms.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# Words that follow a modifier used after a verb or before a complement, never a noun it modifies.
_NOT_NOUNS = (
    r"ago|and|or|but|nor|to|of|in|on|at|for|from|with|by|as|than|that|this|these|those|which|who|when|where|"
    r"while|if|because|since|so|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|"
    r"should|must|do|does|did|not|also|too|very|now|then|there|here|it|its|their|his|her|our|a|an|the|in|"
    r"among|across|after|before|during|into|over|under|ever|yet|still|enough|too|anywhere|overall"
)
_NOUN_AFTER = r"(?= (?!(?i:" + _NOT_NOUNS + r")\b)\p{L}\p{Ll}{2,})"

# "people to people ties" (not "from people to people").
_PEOPLE = lazy(r"(?<![\p{L}\-])(?<!\bfrom )(people) (to) (people)" + _NOUN_AFTER, regex.IGNORECASE)
# "a high level meeting": only before the nouns of official contacts ("a high level of" is a level).
_HIGH_LEVEL = lazy(
    r"(?<![\p{L}\-])(high|top|senior|working|ministerial|cabinet) (level)(?= (?:meetings?|delegations?|visits?|talks|"
    r"dialogues?|officials?|exchanges?|conferences?|forums?|summits?|panels?|segments?|events?|discussions?|"
    r"consultations?|engagements?|contacts|mechanisms?|representatives?|committees?|working group|group|"
    r"political|bilateral|diplomatic|economic|official|government|communications?|co-?operation|interactions?|"
    r"ties|relations)\b)",
    regex.IGNORECASE,
)
# "a business friendly environment": a noun and "friendly" before the noun they modify.
_FRIENDLY = lazy(
    r"(?<![\p{L}\-])(business|investor|investment|user|family|eco|environment|climate|child|pet|budget|market|"
    r"consumer|reader|worker|employee|tourist|visitor|pedestrian|bike|cyclist|senior|youth|customer|patient|"
    r"nature|wallet|planet|people|migrant|newcomer|student) (friendly)" + _NOUN_AFTER,
    regex.IGNORECASE,
)
# "the fourth largest city": an ordinal and a superlative before a noun.
_ORDINAL = lazy(
    r"(?<![\p{L}\-])(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|"
    r"10th) (largest|biggest|highest|lowest|busiest|oldest|richest|poorest|smallest|longest|deadliest|strongest)"
    + _NOUN_AFTER,
    regex.IGNORECASE,
)


def _hyphen_edits(m, groups: int) -> tuple[Edit, ...]:
    """One edit per space between the match's groups: each becomes a hyphen."""
    return tuple(Edit(m.end(g), m.start(g + 1), "-") for g in range(1, groups))


@rule(
    "typography/open-compound-adjective",
    triggers=(Phrases("open compound", ("people to people", " level ", " friendly ", "largest", "biggest", "highest",
                                        "lowest", "busiest", "oldest", "richest", "poorest", "smallest", "longest",
                                        "deadliest", "strongest"), boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def open_compound_adjective(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“people to people ties”, “a high level meeting”, “the fourth largest city”: a compound modifier left open before its noun.

    ## Why it matters
    A phrase that modifies a noun as one word is hyphenated before it (The Canadian Press, Chicago
    and the Oxford guides alike): people-to-people ties, a high-level delegation, a
    business-friendly climate, Canada's fourth-largest trading partner. After a verb or before a
    complement the words stay open ("relations went from people to people", "a high level of
    security", "it is the fourth largest in the world"). Translated official copy writes them
    open before the noun, as the source language's compound takes no hyphen.

    ## Examples
    bad:  Both sides stressed [[people to people->people-to-people]] ties.
    bad:  A [[high level->high-level]] delegation arrived for [[high level->high-level]] talks.
    bad:  Ottawa wants a [[business friendly->business-friendly]] climate.
    bad:  Toronto is the [[fourth largest->fourth-largest]] city on the continent.
    good: Both sides stressed people-to-people ties at a high-level meeting.
    good: Trust passed from people to people; the plant keeps a high level of security.
    good: The rules are business friendly and the city is the fourth largest in North America.
    good: She was the second oldest of five and the third highest in the class.

    ## Fix safety
    Safe: hyphens replace the spaces inside the modifier.
    """
    text = par.text
    for pattern, groups in ((_PEOPLE, 3), (_HIGH_LEVEL, 2), (_FRIENDLY, 2), (_ORDINAL, 2)):
        for m in pattern.finditer(text):
            fixed = "-".join(m.group(g) for g in range(1, groups + 1))
            yield ctx.finding(par, m.start(1), m.end(groups), f"Compound modifier before a noun: “{fixed}”",
                              fix=Fix.safe(f"Write “{fixed}”", edits=_hyphen_edits(m, groups)), suggestions=(fixed,))
