"""Grammar: a sentence opened by a participle of saying and its "that" clause ("Saying that ...,
the minister added ...", "Reminding that ...").

Turkish, Persian, Nepali, Amharic and other agency copy reports speech with a converb: the
clause "... diyerek", "... भन्दै", "... ሲሉ" ("saying that ...") opens the sentence and the speaker
comes last. Machine English keeps the order and prints a participle where news copy writes a
finite verb ("He said ..."), and "Reminding that" gives *remind* no one to remind. "Stating that"
and "Noting that" are left out: edited English copy opens sentences with them too.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_VERBS = (
    "Saying", "Asserting", "Stressing", "Emphasizing", "Emphasising", "Underlining", "Underscoring",
    "Reminding", "Pointing out", "Recalling", "Reiterating", "Affirming", "Indicating", "Mentioning",
    "Informing", "Highlighting", "Adding", "Explaining",
)
# The participle at a sentence's start (an opening quotation mark or bracket allowed before it),
# then "that" and the clause's first word; "that" before a verb is a pronoun ("Saying that is easy").
_OPENING = lazy(
    r"[\"“‘'(]?(" + "|".join(v.replace(" ", r"[ \u00a0]") for v in _VERBS) + r")[ \u00a0]+that[ \u00a0]+"
    r"(?!(?:is|was|would|will|can|could|does|did|has|had|may|might|must|should|seems|makes|means)\b)\w"
)


@rule(
    "grammar/saying-participle-opening",
    triggers=(Phrases("a participle of saying and 'that'", tuple(f"{v} that" for v in _VERBS), ignorecase=False),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def saying_participle_opening(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence opened by a participle of saying and a "that" clause (“Saying that the talks went well, the minister …”), as agency copy of Turkish, Persian, Nepali or Amharic orders reported speech.

    ## Why it matters
    The source's converb ("saying that ...") opens the sentence and the speaker comes at its end;
    English news copy gives the speaker a finite verb ("The minister said the talks went well").
    Kept as a participle, the sentence reads as a translation, and *remind* or *inform* is left
    without the person it needs.

    ## Examples
    bad:  [[Saying that]] the province stood ready to assist, the envoy thanked the hosts.
    bad:  [[Reminding that]] the two countries signed the deal in 2015, Erdogan called for more trade.
    bad:  The talks ended late. [[Asserting that]] such help would deepen ties, the minister left.
    good: He said the province stood ready to assist.
    good: Noting that the river had crested, the mayor lifted the order.
    good: Stating that the bill was flawed, the senator voted against it.
    good: The minister, saying that the talks went well, left for Ottawa.
    good: "Saying that is easy," she said.

    ## Fix safety
    Display only: the sentence has to be rebuilt around a finite verb, its speaker moved to the front.
    """
    text = par.text
    for start in par.sentence_starts:
        m = _OPENING.match(text, start)
        if m is None:
            continue
        s, e = m.start(1), text.index("that", m.end(1)) + len("that")
        yield ctx.finding(
            par, s, e,
            f"“{text[s:e]}” opens the sentence with a participle of saying, as the source's reported speech "
            "does: news copy gives the speaker a finite verb (“He said …”)",
            fix=Fix.display_only("Rebuild the sentence around “said”", replacement=None),
        )
