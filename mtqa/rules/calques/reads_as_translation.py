"""A whole text whose function words and constructions are distributed as in a translation.

Span rules catch the phrases someone listed; machine-translated copy whose every phrase is
passable still reads as translated, in its rates of "of the" and "the", its commas and
connectives, its want of contractions and of "said" (``mtqa.translationese``). A text over
the threshold gets up to one major finding per 110 words of prose
(``translationese.PROSE_WORDS_PER_FINDING``, chosen with the pass threshold), so that MQM's penalty
scales with its length (one finding per text moved few verdicts), each on a sentence of the
prose paragraphs that lean furthest that way, saying which rates are off. How far they enter
the verdict is what the entry procedure picks (``translationese.ENTRY_MODE``): under "with
rules" they stand only beside other findings that cost something (``needs_corroboration``),
under "all" on their own, under "graded" (shipped since the eighth round) on their own and
as many as the margin over the threshold gives (``translationese.findings_at``: one just
over it, all of them two logit units over it), the margin said in their message. Fitted and
measured on the real-copy corpus (benchmarks/README.md, "Does the text read as a
translation?", "Second round", "Fifth round" to "Eighth round", "Tenth pass"); since the
seventeenth round it also reads the other rules' findings of the families that separate MT
from clean copy (``translationese.separating_rate``, the engine running it after them:
``reads_findings``);
without wordfreq (``mtqa[words]``) the rule is skipped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterator, Sequence


from mtqa import lexicon, scoring, tagging, translationese
from mtqa.tagging import tagged
from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, Option, RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph

_NON_SPACE = lazy(r"\S")
ANCHOR_MIN_WORDS = 8  # a paragraph's own rates, read only to choose the anchor
NAMED_RATES = 3  # how many of the rates furthest off the message names


@rule(
    "calques/reads-as-translation",
    category="Fluency/Style",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    confidence=0.7,
    needs_corroboration=translationese.ENTRY_MODE == "with rules",
    reads_findings=True,
    options={"threshold": Option(float, translationese.THRESHOLD,
                                 "the model's logit above which a text reads as translated (higher: fewer findings)")},
)
def reads_as_translation(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The text as a whole reads as a translation: its rates of function words and
    constructions are those of translated copy, not of original English news.

    Ten rates of the running prose (lines of eight words or more that end a sentence; 100
    words of them at least, the first 5,000 read) are weighed by a model fitted on real
    machine-translated and clean news: "of the" and "the" per 1,000 words, "said" per
    sentence, sentence length and its spread, commas per sentence, contractions, connectives
    (*however*, *thus*, *moreover*), vocabulary variety and the content words' frequency;
    with the `grammar` extra, five pairs of word classes too (a noun before an *-ing* form, a
    preposition before a determiner, a full stop after a closing quotation mark …) and how
    far the sequence of word classes as a whole is machine translation's rather than clean
    copy's (a profile of every pair of 13 classes, learned on real copy). Beside
    them it weighs what the other rules of the same check found: their findings of spelling,
    calques, quotation marks, repetition and attribution per 100 words, the families that tell
    machine-translated copy from clean copy (page furniture, which clean copy has as often, is
    not among them). The rule runs after the others to read them; a finding never makes a text
    read cleaner. A document checked in sections (over 250,000 characters) is judged on its
    first section as if that were the whole text: its prose, and its findings over its own
    words, so the rate is the same figure at any length.
    A text that reads as translated gets one major finding per 110 words of prose (rounded
    up): the first sentence of each of the paragraphs that lean furthest that way, then
    their second; a sentence inside another rule's finding (an author's bio line judged page
    furniture) only once the others run out, so one slip does not get two findings. Under the entry mode "all", the shipped mode, it gets all of them; under
    "graded" a share of them that grows with how far the model's reading is over the threshold: one just over it,
    half of them one logit unit over, all of them two over (rounded up), in the same places,
    the message saying the margin. Under "with rules" the findings stand only where other
    rules' findings already cost something (with every other rule ignored they never stand,
    and the report's notes say they were withheld); under "all" and "graded" they stand alone.

    ## Why it matters
    A reader feels translated copy before finding any one error in it: the story is built
    of the source language's constructions ("the decision of the minister of the region"),
    spells out its connectives and never says "said". An editor rewrites such copy, not a
    phrase of it.

    ## Examples
    bad:  [[The adoption of the reform of the system of the health of the province was thus announced by the minister, who, moreover, underlined the importance of the measure for the patients of the region.]]\\nThe implementation of the plan of the government will, however, require the collaboration of the establishments of the network, of the unions and of the representatives of the personnel, indicated the minister.\\nIndeed, the objective of the reform is the reduction of the delays of the waiting lists of the emergencies, which, according to the data of the ministry, remain the longest of the country.\\n[[The opposition, for its part, denounced the absence of the consultation of the actors of the sector, and, moreover, the lack of the transparency of the process of the adoption of the bill.]]
    bad:  The Minister of Transport of Quebec announced, Tuesday, the extension of the program of assistance to the municipalities of the region of the Gaspé, which were affected by the floods of the spring.\\n[[According to the minister, the objective of the measure is to allow the municipalities to complete the work of repair of the roads, which, moreover, remain closed in several sectors.]]\\n[[The mayors of the region, for their part, welcomed the announcement, while recalling that the needs of the communities exceed, however, the sums announced by the government.]]\\nThe opposition, in addition, denounced the delays of the process of the compensation of the citizens, of which several still wait for the payment of the amounts which are owed to them.
    good: The province will overhaul how its hospitals are run, Health Minister Anne Roy said Tuesday.\\nRoy said the change means patients won't wait as long in emergency rooms, where the waits are now the longest in the country.\\n"We can't keep asking nurses to do more with less," she told reporters in Quebec City. "This is about getting people seen faster."\\nUnions said they weren't consulted. The opposition called the bill rushed and said it would vote against it when it comes back to the legislature next month.\\nThe bill is expected to pass before the summer break, and the first changes would reach hospitals in Montreal and Sherbrooke by the fall.\\nIt's the third time in a decade the province has tried to fix its emergency rooms. Doctors' groups said they'd wait to see the details before taking a side.
    good: The Office of the Auditor General of Canada said Tuesday the Department of National Defence can't say how much of the $2-billion it spent on base housing went to repairs.\\nAuditor General Karen Hogan told reporters in Ottawa the department's records were "a mess" and said she'd asked for the same data two years ago.\\n"We found files that were missing, files that were wrong and files nobody could explain," Hogan said. "That's not good enough."\\nDefence Minister Bill Blair said the department accepts all seven recommendations and will report back by the end of the year.\\nConservative MP James Bezan called the findings a scandal and said soldiers' families are paying the price.\\nThe Bank of Canada's rate decision on Wednesday is expected to keep borrowing costs where they are.

    ## Known issues
    A judgment on the whole text, not on a phrase: it needs 100 words of running prose; under
    the entry mode "with rules" it counts only beside another error (a translated text with no
    other finding passes). Under "graded" a clean text just over the threshold costs one
    major finding, which can fail a short one.
    It counts the other rules' findings as they stand when it runs: before suppressions and
    before LanguageTool, and only those of the rules selected (with the spelling or quotation
    rules ignored it reads fewer). Findings of the families it reads weigh heavily: copy in
    another variety of English (US spelling in a Canadian story) reads more as translated.
    Formal original English (official statements, academic prose) leans the same way as
    translation on some rates, and most clean news uses no connective at all, so two or
    three of *however*, *moreover*, *in addition* weigh heavily in a short text. It sees
    literal translation from French, Spanish and German best; paraphrase-tool rewrites,
    round trips and translation from Chinese far less. It says the copy needs an editor,
    not which words to change.
    """
    lx = lexicon.english()
    if lx is None:
        raise CheckSkipped(lexicon.MISSING)
    start = doc.extent[0]
    if start and _NON_SPACE.search(doc.text, 0, start):
        return  # a later section of a very long document: the text is judged once, by its beginning
    by_paragraph = translationese.prose_lines_by_paragraph(
        doc.paragraphs, lambda par: par.text, runs_of=lambda par: par.token_spans,
        sentences_of=lambda par: par.sentences)
    for par, own in by_paragraph:  # without the grammar extra the tags are None and weigh nothing
        attach_tags(par, own, ctx.analysis(tagged, par))
    lines = [line for _par, own in by_paragraph for line in own]
    zipf = _Zipfs(lx)  # the anchors read the same words again
    threshold = float(ctx.options["threshold"])
    # None also where the text cannot read over the threshold, whatever its vocabulary variety
    # doc.words: this section's words when a long document is checked in sections (the findings
    # read are this section's too)
    found = {"separating_rate": translationese.separating_rate(ctx.earlier_findings(), doc.words, scoring.MIN_CONFIDENCE,
                                                               own=ctx.meta.id, spans=ctx.earlier_spans())}
    rates = translationese.rates_of(lines, zipf.__getitem__, over=threshold, zipfs=zipf.fill, found=found)
    if rates is None:
        return
    reading = translationese.read(rates)
    mode = translationese.ENTRY_MODE  # read here, not at import: the tests run the rule under each mode
    words = translationese.word_count(lines)
    count = translationese.findings_at(reading.logit, threshold, words, mode)
    if not count:
        return
    message = _message(reading)
    if mode == "graded":
        message += _margin(reading.logit, threshold, count, translationese.findings_for(words))
    for par, start, end in _anchors(by_paragraph, zipf.__getitem__, count, ctx.earlier_spans()):
        yield ctx.finding(par, start, end, message)


def attach_tags(par: Paragraph, own: list[translationese.ProseLine], tokens: list[tagging.Token] | None) -> None:
    """Give each prose line of a paragraph the tags of the paragraph's tokens it holds (the
    grammar rules' tagging, read once per paragraph, not a second one)."""
    if tokens is None:
        return
    starts = [t.start for t in tokens]
    for line in own:
        offset = par.text.find(line.text)
        if offset < 0:
            continue
        first, last = bisect_left(starts, offset), bisect_left(starts, offset + len(line.text))
        line.tags = [t.tag for t in tokens[first:last]]


class _Zipfs(dict):
    """The lexicon's Zipf values of the words one check reads, kept as they are read: the text's
    content words at once (`fill`, one pass over the common words' table), then any other
    word when first asked for (`__missing__`)."""

    def __init__(self, lexicon) -> None:
        super().__init__()
        self._lexicon = lexicon

    def fill(self, words: list[str]) -> list[float]:
        values = self._lexicon.zipfs(words)
        self.update(zip(words, values))
        return values

    def __missing__(self, word: str) -> float:
        value = self[word] = self._lexicon.zipf(word)
        return value


def _anchors(by_paragraph: list[tuple[Paragraph, list[translationese.ProseLine]]], zipf,
             count: int, taken: Sequence[tuple[int, int]] = ()) -> list[tuple[Paragraph, int, int]]:
    """`count` sentences to mark: the prose lines whose own rates lean furthest towards
    translation first, one sentence of each in turn (their first, then their second …). A
    sentence inside another rule's finding (`taken`: document spans, e.g. an author's bio line
    judged page furniture) comes after every other: that line has its finding already, and one
    slip gets one finding; it is marked only where the free sentences run out (the count, and
    so the penalty, never depends on where the others spoke)."""
    ranked: list[tuple[float, int, Paragraph, translationese.ProseLine]] = []
    for par, own in by_paragraph:
        for line in own:
            line_rates = translationese.rates_of([line], zipf, min_words=ANCHOR_MIN_WORDS)
            if line_rates is not None:
                ranked.append((-translationese.read(line_rates).logit, len(ranked), par, line))
    ranked.sort(key=lambda r: (r[0], r[1]))
    free: list[list[tuple[Paragraph, int, int]]] = []
    held: list[list[tuple[Paragraph, int, int]]] = []
    within = _Within(taken)
    for _logit, _order, par, line in ranked:
        offset = par.text.find(line.text)
        if offset >= 0:
            spans = [(par, offset + sentence.start, offset + sentence.end) for sentence in line.sentences]
            inside = [within(par.span_to_doc(start, end)) for _par, start, end in spans]
            free.append([span for span, held_ in zip(spans, inside) if not held_])
            held.append([span for span, held_ in zip(spans, inside) if held_])
    out = _in_turn(free, count)
    return out + _in_turn(held, count - len(out))


def _in_turn(lines: list[list[tuple[Paragraph, int, int]]], count: int) -> list[tuple[Paragraph, int, int]]:
    """Up to `count` sentences, each line's first in the lines' order, then each one's second …"""
    out: list[tuple[Paragraph, int, int]] = []
    depth = 0
    while len(out) < count and any(depth < len(line_spans) for line_spans in lines):
        out += [line_spans[depth] for line_spans in lines if depth < len(line_spans)][:count - len(out)]
        depth += 1
    return out


class _Within:
    """Whether a span lies within one of the `taken` spans, asked of every sentence of a long
    story against every other rule's finding: the spans sorted by start once, with the furthest
    end reached by any of them up to each, so that a span is inside one exactly when the
    furthest end of those starting at or before it reaches its end (one bisection, not a pass
    over all the findings)."""

    def __init__(self, taken: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(taken)
        self.starts = [s for s, _e in ordered]
        self.reach = list(accumulate((e for _s, e in ordered), max))

    def __call__(self, span: tuple[int, int]) -> bool:
        start, end = span
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def _message(reading: translationese.Reading) -> str:
    """Which rates are off, and how far, in words an editor reads."""
    leaning = sorted((part for part in reading.contributions.items() if part[1] > 0), key=lambda kv: -kv[1])
    described = []
    for name, _part in leaning[:NAMED_RATES]:
        what, unit = translationese.DESCRIPTIONS[name]
        mean = translationese.NORMS[name][0]
        described.append(f"{what} {_number(reading.rates[name])} {unit} (clean news: {_number(mean)})")
    return ("The text reads as a translation: its function words and constructions are "
            "distributed as in translated copy, not original English news; furthest off: "
            + "; ".join(described))


def _margin(logit: float, threshold: float, count: int, full: int) -> str:
    """Under the entry mode "graded": how far over the threshold the text is, and so how many
    of its findings it gets."""
    if count >= full:
        share = f"all {full} of its findings" if full > 1 else "its finding"
    else:
        share = f"{count} of its {full} findings (all of them from {_number(threshold + translationese.RAMP)})"
    return (f"; the model's reading, {_number(logit)}, is {_number(logit - threshold)} over the "
            f"threshold {_number(threshold)}: {share}")


def _number(x: float) -> str:
    return f"{x:.2f}" if abs(x) < 10 else f"{x:.1f}"
