"""An attribution left inside the quotation marks, as French sets it.

French puts a short attribution inside the guillemets, between commas: « Nous resterons,
a dit la ministre. C'est notre devoir. » An engine keeps the marks where they were and
gives "“We will stay, said the minister. It is our duty.”": in English the attribution
stands outside the marks, so the quote must close before it (and reopen after it).
The rule reads the quote marks the quotes analysis pairs (``mtqa.rules.quotes.analysis``).
French and Spanish also set a line of speech after a dash, with no marks at all; a second rule
finds those.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.quotes.analysis import CLOSE2, OPEN, analyse
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.scan import Chars, Pattern
from mtqa.segment import Paragraph

# ", said the minister", ", added Mr. Roy", ", she said." inside a quote: a verb of saying and its
# inverted subject after a comma, as engines render French incises (a dit, a ajouté, a expliqué,
# a souligné, a martelé, a déploré). "Said" takes any subject; the other verbs also take an object
# ("We met, explained the plan"), so they need a subject that can only be a person: an honorific,
# a title of the quotes pack, or a first and last name.
_SAID = frozenset({"said", "says"})
_VERBS = _SAID | frozenset(
    """added adds explained explains continued insisted argued stressed noted indicated recalled stated declared
    replied affirmed assured lamented deplored hammered specified pleaded reiterated retorted acknowledged
    admitted remarked underlined emphasized emphasised""".split()
)
_INCISE = lazy(r"(?<=[\p{L}\p{N}.)])(,)\s+(\p{Ll}+)\s+([\p{L}.’'\-]+)(?:\s+([\p{L}.’'\-]+))?")
_PRONOUN = frozenset({"he", "she", "they"})
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mme", "Mme."})


def _is_incise(verb: str, subject: str, after: str | None, titles: frozenset[str], text_after: str) -> bool:
    """Whether ", <verb> <subject> <after>" is an attribution set inside the quote."""
    if verb in _PRONOUN:  # ", she said." with nothing after the verb but a stop or a comma
        if subject.endswith("."):
            subject, text_after = subject[:-1], "."
        return subject in ("said", "says", "added", "explained", "insisted", "stressed", "continued") \
            and text_after[:1] in (".", ",")
    if verb not in _VERBS:
        return False
    if verb in _SAID and (subject in ("the", "his", "her") or subject[:1].isupper()):
        return True
    if subject in _HONORIFICS or subject.rstrip(".") in titles:
        return True
    if subject == "the" and after is not None and after.rstrip(".,").capitalize() in titles:
        return True  # ", declared the general", ", added the mayor": a title names a person
    return after is not None and subject[:1].isupper() and subject[1:].islower() and after[:1].isupper()


def outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans no other span strictly contains (starts before it and ends after it), in their
    order. One pass over them sorted by start: a span is inside another when one that starts
    earlier ends later. Comparing every pair was quadratic: 9,000 quotation marks pasted in a
    paragraph (the hostile-input sweep of stop 45) took 40 s."""
    inside = set()
    furthest = -1  # the furthest end of the spans that start before the current start
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    k = 0
    while k < len(order):
        start = spans[order[k]][0]
        group = k
        while k < len(order) and spans[order[k]][0] == start:
            if furthest > spans[order[k]][1]:
                inside.add(order[k])
            k += 1
        furthest = max([furthest] + [spans[order[g]][1] for g in range(group, k)])
    return [span for i, span in enumerate(spans) if i not in inside]


@rule(
    "quotes/attribution-inside",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
    confidence=0.8,
)
def attribution_inside(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quote whose attribution (", said the minister") sits inside its quotation marks.

    ## Why it matters
    English closes the quote before "said" and reopens it after; run through the marks,
    the attribution reads as words the speaker said, and the reader cannot tell where
    the speaker's words stop. The comma before the attribution is flagged, with the
    closing mark it lacks.

    ## Examples
    bad:  “We remain committed to the plant[[,->,”]] said Mr. Roy. I believe in the industry.”
    bad:  “It is he who cut services to children[[,->,”]] said the MNA in Quebec City. This is extreme.”
    bad:  “We will not give up[[,->,”]] she said. We have the numbers.”
    good: “We remain committed to the plant,” said Mr. Roy. “I believe in the industry.”
    good: “We will not give up,” she said, “and we have the numbers.”
    good: “The plan, said to cost $2 billion, is dead,” the critic said.
    good: The minister, said Mr. Roy, will resign. “It is over,” he added.
    good: “It was a hard year for the union”, said the president on Monday.
    bad:  “We are ready[[,->,”]] declared the general on Monday. The troops are waiting.”
    good: “We met, explained the plan and left,” she said; “We stayed, added the chapters, and printed.”

    ## Fix safety
    Unsafe: a closing mark is added after the comma; the words after the attribution, if
    any, still need their opening mark, which an editor places.
    """
    a = analyse(doc, ctx)
    pack: QuotesPack = ctx.data("quotes")
    for par, st in zip(doc.paragraphs, a.pars):
        text = par.text
        if "," not in text:
            continue
        spans = []
        still_open = set(st.open_at_end)  # (a list: looked up for each mark, it was quadratic too)
        for mk in st.marks:
            if mk.role != OPEN:
                continue
            end = mk.partner if mk.partner > mk.pos else (len(text) if mk.pos in still_open else -1)
            if end < 0:
                continue
            spans.append((mk.pos + 1, end))
        outer = outermost(spans)  # a quote inside a quote: the outer one is read
        # Quotes left open all run to the paragraph's end: only the first of those that end
        # together is read. An incise never holds a second comma, so the later ones' matches are
        # the first one's over again (each read to the end, many marks opening nothing made the
        # rule quadratic: 64k characters of "it , ”" took 7 s).
        first_start: dict[int, int] = {}
        for start, end in outer:
            first_start[end] = min(start, first_start.get(end, start))
        for start, end in outer:
            if start != first_start[end]:
                continue
            for m in _INCISE.finditer(text, start, end):
                verb, subject, after = m.group(2), m.group(3), m.group(4)
                if not _is_incise(verb, subject, after, pack.titles, text[m.end(3):m.end(3) + 1]):
                    continue
                comma = m.start(1)
                yield ctx.finding(
                    par, comma, comma + 1,
                    "Attribution inside the quotation marks (French style): close the quote before it",
                    suggestions=("," + CLOSE2,),
                    fix=Fix.unsafe("Close the quote before the attribution", "," + CLOSE2),
                )


# A paragraph of speech opened by a dash, as French and Spanish set dialogue (« – Nous
# resterons, a dit la ministre », "—Nos quedaremos —dijo la ministra"): the dash, the words
# spoken, then a verb of saying after a comma or a second dash. English puts the words in
# quotation marks. A pull quote's credit line ("—Jane Roy, party leader") has no verb of saying.
_SPEECH_VERBS = "said|says|added|explained|replied|insisted|stressed|declared|asked|told"
# The attribution in English order after the comma: "he said", "the mayor declared", "the union
# leader said", "Tanaka added".
_DASH_SPEECH = lazy(
    r"^[ \t]*([—–])[ \t]?(?=\p{Lu}|[¿¡])[^\n“”\"«»]{3,400}?(?:,|[ ]?[—–])[ ]?(?:(?:he|she|they|it|the[ ]\p{Ll}+"
    rf"(?:[ ]\p{{Ll}}+)?|\p{{Lu}}\p{{Ll}}+)[ ](?:{_SPEECH_VERBS})|(?:{_SPEECH_VERBS})[ ](?:the|a|an|Mr\.|Mrs\.|Ms\.|Dr\.|\p{{Lu}}))"
    r"\b(?=[ .,;—–]|$)"
)


# Words spoken without marks, then a dash and an inverted attribution, as Italian, Ukrainian and
# Russian set it ("… medical care - said the head of the administration.", "… get used to - began
# Meloni -."): the dash stands where English closes a quotation.
_SAYING = "said|says|added|began|continued|concluded|stressed|explained|noted|declared|insisted|replied|wrote|writes"
_DASH_ATTRIBUTION = lazy(
    rf"(?<=\p{{Ll}}[.,!?]?)[ \u00a0]([-–—])[ \u00a0](?:{_SAYING})[ \u00a0](?:the[ \u00a0]|Mr\.|Mrs\.|Ms\.|Dr\.|\p{{Lu}}\p{{Ll}})"
)


@rule(
    "quotes/dash-for-quotation",
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.75,
    triggers=(Chars("dash", "—–"),  # the dash that opens the paragraph
              Pattern("dash before a verb of saying", rf"[ \u00a0][-–—][ \u00a0](?:{_SAYING})[ \u00a0]")),
)
def dash_for_quotation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Speech opened by a dash instead of quotation marks (“— We will stay, said the minister”), as French and Spanish set dialogue, or closed by one before its attribution (“… care - said the head of the administration”).

    ## Why it matters
    French and Spanish open a line of speech with a dash (*–*, *—*) and set the attribution
    after a comma or a second dash; Italian, Ukrainian and Russian copy close unmarked speech
    with a dash and the attribution (*- ha detto*, *— сказав*). English encloses the words in
    quotation marks. Kept by an engine, the dash leaves the reader unsure where the quotation
    starts and ends.

    ## Examples
    bad:  [[—]] We will stay, said the minister on Monday.
    bad:  [[–]] It is our duty —she said— and we will do it.
    good: “We will stay,” said the minister on Monday.
    good: —Jane Roy, interim leader of the party
    good: — With files from The Canadian Press
    bad:  [[–]] We are not afraid, the mayor declared on Monday.
    good: — Jane Roy, the interim leader, at the convention in Halifax
    bad:  They are receiving medical care [[-]] said the head of the administration.
    bad:  “This is a loss no village should accept [[-]] began Ferrante -. Thank you for coming.”
    good: - Public safety minister Jane Roy said the plan would work.
    good: The plan – said to cost $2 billion – is dead; the mayor – the Liberal said – was wrong.
    good: The council met in Oslo - said to be a first - and voted; the mayor - she said - was away.
    """
    text = par.text
    for m in _DASH_ATTRIBUTION.finditer(text):
        yield ctx.finding(par, m.start(1), m.end(1), "Speech closed by a dash before its attribution: English sets it in quotation marks")
    if text.lstrip()[:1] not in ("—", "–"):
        return
    m = _DASH_SPEECH.match(text)
    if m is not None:
        yield ctx.finding(par, m.start(1), m.end(1), "Speech opened by a dash: English sets it in quotation marks")
