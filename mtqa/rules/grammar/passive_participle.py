"""``is schedule to resume``: a passive whose participle lost its ending.

A spinner that swaps a word, an engine that drops a suffix, or a post-editor typing fast leaves
*be* with a verb's bare form where its past participle belongs: ``Parliament is schedule to
resume``, ``they were ask to leave``. English reads it as a broken verb. A closed list of verbs
whose passive takes a *to*-infinitive (*be scheduled to*, *be expected to*, *be asked to* …)
and that are not nouns after *be* in English (*use*, *concern* and *plan* are left out: ``the
issue is concern over costs`` is English), followed by *to* and a verb.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"})
# Bare verb → its past participle.
_PARTICIPLES = {
    "schedule": "scheduled", "expect": "expected", "suppose": "supposed", "require": "required",
    "force": "forced", "oblige": "obliged", "allow": "allowed", "ask": "asked", "intend": "intended",
    "design": "designed", "slate": "slated", "permit": "permitted", "encourage": "encouraged",
    "urge": "urged", "invite": "invited", "authorize": "authorized", "authorise": "authorised",
    "mandate": "mandated", "compel": "compelled", "instruct": "instructed",
}


@rule(
    "grammar/passive-without-participle",
    triggers=(Phrases("bare verb", tuple(sorted(_PARTICIPLES)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def passive_without_participle(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*Be* and a verb's bare form before a *to*-infinitive (``is schedule to resume``): the
    passive needs the participle, ``is scheduled to resume``.

    ## Why it matters
    The verb is broken; a reader stops on it, and no editor lets it through.

    ## Examples
    bad:  Parliament [[is schedule->is scheduled]] to resume on Monday.
    bad:  Residents [[were ask->were asked]] to leave their homes before noon.
    bad:  The new rules [[are expect->are expected]] to take effect in June.
    good: Parliament is scheduled to resume on Monday; residents were asked to leave.
    good: The key is schedule certainty, and the issue is concern over costs.
    good: Her first task is to ask the board, and the plan is to design a new building.

    ## Fix safety
    Display only: the participle is written; the sentence is otherwise unchanged.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(1, len(toks) - 2):
        be, word, to, nxt = toks[i - 1], toks[i], toks[i + 1], toks[i + 2]
        if be.lower not in _BE or word.text not in _PARTICIPLES or to.lower != "to":
            continue
        if not nxt.text.isalpha() or not nxt.text.islower() or "VERB" not in tg.readings(nxt.lower):
            continue
        repl = f"{be.text} {_PARTICIPLES[word.text]}"
        yield ctx.finding(par, be.start, word.end, f"“{word.text}” after “{be.text}” needs its participle: “{repl}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
