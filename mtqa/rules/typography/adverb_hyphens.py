"""Typography: a hyphen after an adverb in -ly ("politically-motivated").

An adverb in -ly already says that it modifies the word after it, so English (CP, Chicago and
the Oxford guides alike) writes "a politically motivated move" open. Translated statements and
embassy releases hyphenate it as compound modifiers of the source language are joined, or as a
translator taught "compound adjective, hyphen" applies it everywhere.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph

# Endings only adverbs made from adjectives have ("politic-ally", "mutu-ally", "act-ively",
# "serious-ly", "care-fully", "rec-ently", "signific-antly", "poss-ibly", "not-ably",
# "report-edly", "increas-ingly", "separ-ately", "needless-ly"). Adjectives in -ly ("early",
# "friendly", "elderly", "family", "holy", "costly") end otherwise, so they keep their hyphen
# ("early-morning", "friendly-fire").
_ADVERB_ENDINGS = "ally|ively|ously|fully|ently|antly|ibly|ably|edly|ingly|ately|lessly"
_ADVERB_HYPHEN = lazy(
    r"(?<![\p{L}\p{N}./@\-])(\p{Ll}{2,}(?:" + _ADVERB_ENDINGS + r"))(-)(\p{Ll}{3,})(?![\p{L}\p{N}]|\.\p{L}|-\p{L})"
)
# Words with those endings that are not adverbs, or short ones that are nouns ("rally", "tally").
_NOT_ADVERBS = frozenset("stately kingly rally tally sally dally bally".split())


@rule(
    "typography/hyphen-after-ly-adverb",
    triggers=(Pattern("-ly adverb and hyphen", r"(?:" + _ADVERB_ENDINGS + r")-[a-z]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def hyphen_after_ly_adverb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A hyphen between an adverb in -ly and the word it modifies (“politically-motivated”).

    ## Why it matters
    An adverb in -ly cannot be read as part of a noun, so English news writes the modifier
    open: "a politically motivated decision", "a mutually beneficial deal". Translated
    statements and releases join it with a hyphen, as their source language's compound is
    joined; the hyphen marks the copy as translated and breaks house style.
    Adjectives that end in -ly ("early-morning", "friendly-fire", "family-owned", "elderly")
    keep their hyphen: only adverbs' endings (-ally, -ively, -ously, -fully, -ently, -antly,
    -ibly, -ably, -edly, -ingly, -ately, -lessly) are read.

    ## Examples
    bad:  The ministry called it a [[politically-motivated->politically motivated]] decision.
    bad:  Both sides praised a [[mutually-beneficial->mutually beneficial]] partnership.
    bad:  The [[internationally-renowned->internationally renowned]] orchestra cancelled its tour.
    bad:  It was an [[increasingly-tense->increasingly tense]] meeting, the embassy said.
    good: The early-morning fire closed a family-owned bakery on a friendly-fire day.
    good: The elderly-care home and the yearly-pass holders met at the rally-point.
    good: The politically motivated decision drew a carefully worded reply.
    good: Visit www.totally-free-site.org or the Really-Big-Show page for details.

    ## Fix safety
    Safe: the hyphen becomes a space; nothing else changes.
    """
    text = par.text
    if "ly-" not in text:
        return
    for m in _ADVERB_HYPHEN.finditer(text):
        word = m.group(1)
        if word in _NOT_ADVERBS or len(word) < 6:
            continue
        yield ctx.finding(
            par, m.start(1), m.end(3),
            f"Hyphen after the adverb “{word}”: English writes “{word} {m.group(3)}” open",
            fix=Fix.safe("Drop the hyphen", edits=(Edit(m.start(2), m.end(2), " "),)),
            suggestions=(f"{word} {m.group(3)}",),
        )
