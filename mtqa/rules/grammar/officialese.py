"""Grammar: the register of translated official statements (Chinese and Vietnamese government copy).

Chinese diplomatic copy names a government by its "side" (加方, 俄方: "the Canadian side"), and
an engine that drops articles writes ``Canada side should`` and ``Russian side said``.
Vietnamese and Chinese government reports list a leader's instructions as bare directives
("Grasp the situation, proactively respond ..."), which English news copy turns into reported
speech: printed as sentences, they have no subject.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_PARTIES = (
    r"China|Chinese|Canada|Canadian|Russia|Russian|U\.S\.|US|American|Japan|Japanese|Korean|India|Indian|"
    r"British|Australian|Vietnamese|Philippine|French|German|Pakistani|Iranian|Israeli|Palestinian|"
    r"Ukrainian|Ukraine|European|EU|Turkish|Indonesian|Thai|Malaysian|Mexican|Brazilian|Cuban"
)
_NOUNS = frozenset({"China", "Canada", "Russia", "U.S.", "US", "Japan", "India", "Ukraine", "EU"})
# "<country> side" with no determiner, straight before a verb: the side as a sentence's subject.
_BARE_SIDE = lazy(
    r"(?<![\p{L}\p{N}’'.-])(?<!\b(?i:the|a|an|its|their|our|his|her|on|from|to|of|one|either|each|both|"
    r"this|that|other|every|whose|which|far)[ \u00a0])"
    rf"(?-i:((?:{_PARTIES})[ \u00a0]side))(?=[ \u00a0]+(?:said|says|has|had|have|is|was|were|should|must|will|"
    r"would|can|could|hopes|urged|urges|insisted|ignored|\p{Ll}+ed)\b)"
)


@rule(
    "grammar/bare-side",
    triggers=(Phrases("side", ("side",), ignorecase=False, boundary="none"),),  # lower case in every match
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def bare_side(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A government called "<country> side" without an article, as the subject of a verb (``Canada side should``, ``Russian side said``).

    ## Why it matters
    Chinese diplomatic copy says 加方, 俄方 ("the Canadian side", "the Russian side"); engines
    that drop articles, as Chinese has none, print ``Russian side said``. English copy writes
    "the Russian side" or names the government. A team called a side in sports copy
    (``Canadian side Toronto FC signed``) is followed by its name, not a verb.

    ## Examples
    bad:  The spokesman responded [[Canadian side->the Canadian side]] ignored China's position.
    bad:  On fishing quotas, [[Canada side->Canada]] should stop its one-sided moves at sea.
    bad:  Recently there were protests in Moscow. [[Russian side->The Russian side]] said the embassy was involved.
    good: The Canadian side said it would reply in writing.
    good: Canadian side Toronto FC signed a striker on Monday.
    good: On the Russian side, troops massed near the border.

    ## Fix safety
    Display only: "the" is suggested; naming the government may read better.
    """
    text = par.text
    for m in _BARE_SIDE.finditer(text):
        words = m.group(1)
        country = words.split()[0]
        if country in _NOUNS:
            repl = country  # "Canada side" → "Canada"
        else:
            at_start = not text[:m.start(1)].strip() or text[:m.start(1)].rstrip().endswith((".", "!", "?", "”", "\""))
            repl = ("The " if at_start else "the ") + words
        yield ctx.finding(par, m.start(1), m.end(1), f"“{words}” without an article, as Chinese diplomatic copy has it",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# A sentence opening on a bare directive verb of government reports.
_DIRECTIVE_OPENERS = ("Grasp", "Focus on", "Continue to", "Strengthen", "Accelerate", "Urgently", "Resolutely",
                      "Step up", "Speed up", "Streamline", "Proactively", "Thoroughly", "Closely", "Perfect",
                      "Promote", "Ensure", "Tighten", "Mobilize", "Mobilise", "Prioritize", "Prioritise")
_DIRECTIVE = lazy(r"(?-i:^(?:" + "|".join(_DIRECTIVE_OPENERS) + r")\b)")
# The capitals a directive sentence can open with: most sentences are set aside by their first character.
_DIRECTIVE_INITIALS = frozenset(opener[0] for opener in _DIRECTIVE_OPENERS)
_REPORTING = lazy(r"\b(?:said|says|say|told|tells|asked|urged|according to|wrote|added)\b|[“”\"«»]")


def _directives(par: Paragraph) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of `par` that read as bare directives: a directive verb
    first, at least eight words and a comma, no reporting verb or quotation mark."""
    for sent in par.sentences:
        if sent.text[:1] not in _DIRECTIVE_INITIALS:
            continue
        words = sent.text.split()
        if (len(words) >= 8 and "," in sent.text and _DIRECTIVE.match(sent.text)
                and not _REPORTING.search(sent.text)):
            first = sent.text.split(",", 1)[0].split()
            yield sent.start, sent.start + len(" ".join(first[:3]))


@rule(
    "grammar/bare-directive",
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def bare_directive(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A leader's instructions printed as subjectless sentences (``Grasp the situation, proactively respond ...``), two or more in one story.

    ## Why it matters
    Vietnamese and Chinese government reports list a leader's directives as bare verbs;
    news copy reports them ("the prime minister told ministries to ..."). An engine prints
    each directive as a sentence with no subject, and the story reads as a list of orders
    to the reader. One such sentence may be a slogan or a subhead; the rule waits for two.

    ## Examples
    bad:  The deputy premier chaired the flood session.\\n\\n[[Tighten the inspection]] of dams, mobilise rescue crews, report daily and keep roads open.\\n\\n[[Focus on repairing]] schools, clinics and bridges before the rains return.
    good: The prime minister chaired the meeting.\\n\\nFocus on implementing solutions, including tariffs, he told ministries.\\n\\nThe meeting ended at noon.
    good: Continue to monitor road conditions, police said, as snow fell across the region on Monday.\\n\\nFocus on the road, not the phone, they added.

    ## Fix safety
    None: the sentence needs a subject and a reporting frame an editor writes.
    """
    found = [(par, start, end) for par in doc.paragraphs for start, end in _directives(par)]
    if len(found) < 2:
        return
    for par, start, end in found:
        yield ctx.finding(par, start, end, "a directive printed as a sentence with no subject, as a translated government report lists them")
