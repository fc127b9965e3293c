"""Grammar: "we" or "you" in a clause a third person's reporting verb introduces.

Chinese, Vietnamese and Spanish official copy keeps the speaker's own person when it reports
speech without quotation marks (*他强调我们必须*: "He emphasised that we must"), and an engine
that renders Spanish *su* picks "your" (``assured ... that your goal``). In English reported
speech the speaker's *we* becomes *they* (or the body named) and the listener's *you* becomes
*he*, *she* or a name. A story that uses *we* or *you* in its own voice elsewhere (a newsroom's
"we", a service piece's "you") is left alone: the rule reads only copy whose one *we* (or *you*)
is the reported one.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph
from mtqa.text.quotation import blank_quotations

# "that" and the speaker's or listener's pronoun as written in running prose.
_THAT_PRONOUN = lazy(r"\bthat (?P<pro>we|you|your)\b")
# Reporting verbs in the past or the third person of the present; never a noun after a determiner
# ("the requests that we sent").
_REPORTING_VERB = lazy(
    r"\b(?<!\b(?i:the|a|an|these|those|its|his|her|their|our|your|my|of|such|many|all|new)\s)"
    r"(?:(?:stat|add|not|stress|emphasi[sz]|underlin|underscor|insist|explain|argu|warn|assur|promis|"
    r"request|demand|urg|indicat|declar|affirm|maintain|assert|recall|reiterat|announc|acknowledg|admitt?)(?:ed|e?s)|"
    r"said|says|told|tells|points? out|pointed out)\b"
)
# Up to one clause's worth of characters between the verb and "that", none a mark that ends a
# sentence or opens a quotation.
_MAX_GAP = 120
_CLAUSE_BREAK = lazy(r"[.!?;:“”\"«»\n]")


def _reporting_verb_before(text: str, at: int) -> regex.Match | None:
    """The first reporting verb that ends at most `_MAX_GAP` characters before `at`, with no
    clause break between them."""
    for verb in _REPORTING_VERB.finditer(text, max(0, at - _MAX_GAP - 20), at):  # 20: longer than any verb form
        if at - verb.end() <= _MAX_GAP and _CLAUSE_BREAK.search(text, verb.end(), at) is None:
            return verb
    return None


# The persons the reported pronoun belongs to, and every word of that person.
_PERSON_OF = {"we": "first", "you": "second", "your": "second"}
_WORDS_OF_PERSON = {
    "first": lazy(r"(?<![\p{L}’'])(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Oo]urselves|I|[Mm]e|[Mm]y)(?![\p{L}])"),
    "second": lazy(r"(?<![\p{L}’'])(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)(?![\p{L}])"),
}
# Whose words lead to the verb: the first or second person before it means the writer or the
# reader is in the sentence (``We were told that we``, ``I said that you``).
_SPEAKER_IS_WRITER = lazy(r"(?<![\p{L}’'])(?:I|[Ww]e|us|[Oo]ur|[Mm]y|[Yy]ou|[Yy]our|me)(?![\p{L}’'])")


def _outside_quotes(text: str) -> str:
    """The text with every quotation blanked out (same length), so offsets stay the text's; a
    quotation left open runs on to the paragraph's end."""
    return blank_quotations(text, open_to_end=True)


def _sentence_bounds(par: Paragraph, at: int) -> tuple[int, int]:
    """The sentence that holds `at` (the paragraph when the splitter left it between sentences),
    by the paragraph's binary search: a paragraph of many reported clauses is not walked once
    for each."""
    sent = par.sentence_at(at)
    return (sent.start, sent.end) if sent is not None else (0, len(par.text))


@rule(
    "grammar/speaker-person-in-reported-speech",
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.NONE,
    confidence=0.65,
)
def speaker_person_in_reported_speech(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A reporting verb's *that*-clause whose subject is the speaker's *we* or the listener's
    *you* (``He emphasised that we must``, ``She assured the council that your goal``).

    ## Why it matters
    The reader takes *we* for the newspaper and *you* for the reader; the sentence says the
    reporter, not the official, holds the view.

    ## Examples
    bad:  The premier stressed [[that we]] must protect the industry's jobs.
    bad:  The minister assured the mayor on Monday [[that your]] request would be studied.
    good: The premier stressed that the province must protect the industry's jobs.
    good: “We must protect these jobs,” the premier stressed, adding that the province would act.
    good: We asked the ministry, and it said that we would get an answer by Friday.
    good: If you are travelling, officials said that you should carry your passport.
    good: Our newspaper told readers last week that we would move online, and we did.
    good: The minister said that weather delays were likely and that young drivers would wait.
    good: The council read the requests that we sent, and the notes that you wrote were filed.

    ## Fix safety
    None: the pronoun's referent (the government, the party, the listener's name) is the source's.
    """
    # A match holds "that we" or "that you" as written: a substring test spares the pattern's
    # search in every other paragraph.
    paragraphs = [par for par in doc.paragraphs if "that we" in par.text or "that you" in par.text]
    if not paragraphs:
        return
    unquoted_texts: list[str] | None = None
    for par in paragraphs:
        text = par.text
        hits = [(m, verb) for m in _THAT_PRONOUN.finditer(text) if (verb := _reporting_verb_before(text, m.start()))]
        if not hits:
            continue
        unquoted = _outside_quotes(text)
        for m, verb in hits:
            if unquoted[verb.start():m.end()] != text[verb.start():m.end()]:
                continue  # inside a quotation: the speaker's own words
            start, end = _sentence_bounds(par, m.start())
            if _SPEAKER_IS_WRITER.search(unquoted, start, m.start("pro")):
                continue  # the writer or the reader is in the sentence ("We were told that we")
            if unquoted_texts is None:
                unquoted_texts = [_outside_quotes(p.text) for p in doc.paragraphs]
            person = _WORDS_OF_PERSON[_PERSON_OF[m.group("pro")]]
            if _voice_elsewhere(doc.paragraphs, unquoted_texts, person, par, start, end):
                continue  # the story's own "we" or "you": a newsroom, a columnist, a service piece
            yield ctx.finding(par, m.start(), m.end("pro"),
                              f"“{m.group('pro')}” in speech reported after “{verb.group()}”: "
                              "English reports the speaker in the third person")


def _voice_elsewhere(paragraphs, unquoted_texts: list[str], person: regex.Pattern, here: Paragraph,
                     start: int, end: int) -> bool:
    """Whether the story uses the pronoun's person outside quotations anywhere but this sentence."""
    for par, unquoted in zip(paragraphs, unquoted_texts):
        for m in person.finditer(unquoted):
            if par is here and start <= m.start() < end:
                continue
            return True
    return False
