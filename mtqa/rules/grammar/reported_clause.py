"""``Merz said could be resolved``: a reported clause whose subject was dropped.

Spanish, Italian, Portuguese and Chinese leave the subject of a reported clause out where the
verb's ending or the context names it (*dijo que podrían resolverse*, *ha detto che potrebbe*);
English needs one: ``said the differences could be resolved``. An engine that follows the
source prints the reporting verb straight before a modal. The words are read from their tags
(``mtqa.tagging``); a reporting verb that is itself inside a relative clause (``what she said
could hurt``, ``the words he said would stay``) has its subject before it and stays quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_REPORTING = frozenset({"said", "says", "added", "adds", "stated", "states", "noted", "notes", "stressed", "stresses",
                        "warned", "warns", "insisted", "insists", "explained", "explains", "announced", "announces",
                        "assured", "assures", "indicated", "indicates", "affirmed", "affirms", "declared", "declares"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
# Words before the reporting verb that make it a relative clause's verb, whose object is the
# thing said ("what she said could hurt", "everything he said would").
_RELATIVE = frozenset({"what", "which", "that", "whatever", "anything", "everything", "something", "nothing", "all",
                       "things", "words", "remarks", "comments", "claims", "promises", "who", "whom"})


@rule(
    "grammar/reported-clause-without-subject",
    triggers=(Phrases("reporting verb", tuple(sorted(_REPORTING)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.65,
)
def reported_clause_without_subject(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb of saying straight before a modal (``Merz said could be resolved``): the reported
    clause has lost its subject.

    ## Why it matters
    The reader cannot tell what "could be resolved": the source's verb ending named it, the
    English names nothing.

    ## Examples
    bad:  The chancellor [[said could]] be resolved within weeks.
    bad:  The minister [[added would]] not comment on the report.
    bad:  The agency [[warns may]] take months to process claims.
    good: The chancellor said the differences could be resolved within weeks.
    good: What she said could hurt the party, and the words he said would stay with them.
    good: He said that could take years; everything the premier said would be checked.

    ## Fix safety
    None: the subject is not in the text.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        verb, modal, nxt = toks[i], toks[i + 1], toks[i + 2]
        if verb.lower not in _REPORTING or not verb.text.islower() or modal.lower not in _MODALS:
            continue
        if not modal.text.islower() or not nxt.text.isalpha() or not nxt.text.islower():
            continue
        if any(t.lower in _RELATIVE for t in toks[max(0, i - 4):i]):
            continue
        yield ctx.finding(par, verb.start, modal.end,
                          f"“{verb.text} {modal.text}”: the reported clause has no subject")
