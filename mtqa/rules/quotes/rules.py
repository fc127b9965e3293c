"""Quotation marks: direction, balance, spacing and placement, per North American news style.

A translation engine that maps French guillemets or Chinese corner quotes to English marks
often picks the wrong side (``…to stay, “she said.``), leaves a mark hanging (``…the base. “``),
drops the closing mark, or follows the source's punctuation order (``a “costly delay”.``).

One state machine (``quotes.analysis``) reads every paragraph of the story once (cached per
document and shared by all rules here) and resolves each double mark as an opening or a
closing one from its position (what stands left and right of it), from what is open, and
from the words after it (a speech verb after ``, “`` says the mark closes a quote). The news conventions it knows:

* a quote that runs over several paragraphs has no closing mark at the end of each
  paragraph but the last, and a new opening mark at the start of the next;
* quotes inside quotes use single marks;
* apostrophes (’s, don’t, ’90s, rock ’n’ roll, the Joneses’ house) are not quotation marks;
* straight marks (") have no direction: position and state decide; a straight mark after
  a digit with nothing open is a measurement (6' 2"), not a quote.
"""

from __future__ import annotations

import bisect
from itertools import islice
from typing import Any, Callable, Iterator

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import Option, RawFinding, RuleContext, Scope, rule
from mtqa.rules.quotes.analysis import (
    CLOSE,
    CLOSE1,
    CLOSE2,
    OPEN,
    OPEN1,
    OPEN2,
    STRAIGHT1,
    STRAIGHT2,
    ParState,
    analyse,
    attribution_follows,
    double_glyph,
    opens_sentence_quote,
)
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.scan import Chars
from mtqa.segment import Paragraph, sentence_stops
from mtqa.text.tokens import LETTER_RUN


def _emit(doc, ctx: RuleContext, rule_id: str) -> Iterator[RawFinding]:
    a = analyse(doc, ctx)
    for par, st in zip(doc.paragraphs, a.pars):
        for iss in st.issues:
            if iss.rule == rule_id:
                yield ctx.finding(par, iss.start, iss.end, iss.message, fix=iss.fix,
                                  suggestions=iss.suggestions, confidence=iss.confidence)


@rule(
    "quotes/wrong-direction",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
)
def wrong_direction(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quotation mark that faces the wrong way for where it stands.

    An opening mark (“) closing a quote, a closing mark (”) opening one, or an opening
    single mark (‘) used as an apostrophe. When the mark also has a space on the wrong
    side (``, “he said``), the span covers the space and the fix moves it.

    ## Why it matters
    Engines that map guillemets or corner quotes to English marks often pick the wrong
    glyph, and a reader can no longer see where the quoted words end and the narration
    resumes.

    ## Examples
    bad:  “We will stay as long as we are needed,[[ “->” ]]she said.
    bad:  “The talks went well,[[ “->” ]]the minister told reporters on Friday.
    bad:  The premier called the deal “a first step toward fairness[[ “->”]]
    bad:  The union called it [[”->“]]a betrayal.”
    bad:  “The mood is grim[[“->”]], one resident said.
    bad:  They played rock and roll in the [[‘->’]]90s.
    bad:  “The roads are closed,” said Jane Roe (Ward 4).[[”-> “]]We expect them to reopen Monday.”
    good: “We will stay as long as we are needed,” she said.
    good: “It is over.” “Not yet,” he replied.
    good: “He called it ‘a farce,’ and left,” she said.
    good: Residents of the ’90s suburb loved rock ’n’ roll and the Joneses’ pool.
    good: He said “no,” then “yes,” then nothing.

    ## Fix safety
    Safe: only the mark changes direction (and a space beside it moves to the other side);
    the words are untouched and a second run changes nothing.
    """
    yield from _emit(doc, ctx, "quotes/wrong-direction")


@rule(
    "quotes/orphan-mark",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=("quotes",),
)
def orphan_mark(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quotation mark that neither opens nor closes a quote.

    ## Why it matters
    A hanging mark (``the report said.” “.``) is a leftover of sentence splitting; readers
    look for a quote that is not there.

    ## Examples
    bad:  She said the vote “was a clear signal to Ottawa.”[[ “.->]]
    bad:  The report was released on Friday.[[ ”->]]
    bad:  Officials did not say[[”]] when the road would reopen.
    bad:  “Will it work? Who knows?” [[We will try it anyway.”]]
    bad:  “The plan is late,” the mayor said. [[It will cost more than we hoped.”]]
    good: “The plan is late,” the mayor said. “It will cost more than we hoped.”
    bad:  “The plan is late,” said Jane Roe (St. Paul's).[[”]] The vote is Monday.
    good: She said the vote “was a clear signal to Ottawa.”
    good: “We will appeal.\\n\\nAnd we will win,” the lawyer said.
    good: The room is 3.5 metres wide and the screen is 65" across.
    good: Rain totals reached 3.5” near the lake and 4” in town.
    bad:  Rain totals reached 3.5 cm near the lake[[”]] and 4 cm in town.
    good: “It is done,” she said. “Now we wait.”
    good: And we will win,” the lawyer said. || source: Et nous gagnerons », a dit l'avocat.

    ## Fix safety
    Unsafe: the stray mark (and stray punctuation after it) is removed; an editor should
    check that no quoted words were lost with the mark.

    ## Known issues
    A closing mark in a paragraph that opens without a mark, while a quotation opened in an
    earlier paragraph runs on to it through paragraphs with no mark, is reported once, as
    ``quotes/unclosed`` on the first paragraph that lacks its opening mark, not again here. With a source whose
    own marks do not pair up (a segment cut from a longer quotation), a closing mark in the
    first paragraph, and a quote still open at the end, follow the source and are not flagged.
    """
    yield from _emit(doc, ctx, "quotes/orphan-mark")


@rule(
    "quotes/unclosed",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    packs=("quotes",),
)
def unclosed(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quotation that opens and is never closed.

    A quote may run over several paragraphs: news style leaves the closing mark off every
    paragraph but the last and opens each following paragraph with a new mark. A quote
    still open at the end of a paragraph whose successor does not start with an opening
    mark, or at the end of the story, is flagged at its opening mark. When the paragraphs
    after it hold no mark and end sentences, and a later one closes a quotation it never
    opened, the quotation ran on and its paragraphs lost their opening marks: that is one
    slip, flagged once, at the first paragraph that lacks its mark (not as an unclosed quote
    above and an orphan mark below).

    ## Why it matters
    The reader cannot tell where the quoted words end, so narration can be read as the
    speaker's words; a translation engine often drops the closing mark with the last
    clause of a long sentence.

    A quoted sentence (opening its paragraph or sentence, or after a colon or comma) that
    runs to the end of the paragraph (no other mark after it) is flagged where its closing
    mark belongs, at the paragraph's last word; so is a quoted fragment inside narration whose
    sentence ends with another sentence after it in the paragraph, at that sentence's last word
    (the fragment ran on into narration); any other fragment, or a quote with other marks after
    it, is flagged at its opening mark. A second sentence opened with “ inside a quote that is still open in the same
    paragraph is flagged too: nested quotes take single marks.

    ## Examples
    bad:  On Monday the mayor wrote that [[“]]the city will keep every branch open.\\nCouncil meets again next week.
    bad:  He told the committee that [[“]]nothing had changed since the spring.
    bad:  The chair spoke first: “Our members voted to strike. The date is [[set.->set.”]]\\nTalks resume Monday.
    bad:  “Can the council answer my questions? Why is the city alone on this? [[“]]Other towns have a plan,” she said.
    good: “We are not done yet.\\n“There is more work ahead,” she said.
    bad:  The town wants to be a “leader in clean [[energy.->energy.”]] Its plan adds solar panels to every school.
    good: The town wants to be a “leader in clean energy.\\n“Every school gets solar panels,” the mayor said.
    bad:  The chair read the letter: “We will not sell the mill this year.\\n[[Our->“Our]] crews have earned more time.\\nWe ask the town to stand with us.”
    good: The chair read the letter: “We will not sell the mill this year.\\n“Our crews have earned more time.\\n“We ask the town to stand with us.”
    bad:  “We will appeal.\\n[[And->“And]] we will win,” the lawyer said.
    good: “It is over. ‘Nobody wins,’ as my father said,” she said.
    good: “We are not done yet.\\n“There is more work ahead,” she said.
    good: “We are not done yet,” she said.\\nCouncil meets again next week.
    good: “The whip asked the member to stay away.\\nMore on Parliament\\n“We will not comment further,” a spokesperson said.
    bad:  “The whip asked the member to stay [[away.->away.”]]\\nMore on Parliament\\nThe member has not commented since.
    good: He described the plan as “ambitious” and “overdue.”
    good: “We will stay until the work is done. || source: « Nous resterons jusqu'à la fin du travail.
    good: Grants awarded\\nThe fund backs “growers who keep their soil covered through the winter and […] Read more\\nFair opens
    bad:  Grants awarded\\nThe fund backs [[“]]growers who keep their soil covered, its chair said.\\nFair opens
    good: Releases\\nThe board says the levy will rise. “Rates have not moved since the flood and we… |\\nPool opens
    bad:  Releases\\nThe board says the levy will rise. [[“]]Rates have not moved since the flood, it said. |\\nPool opens

    A teaser cut short inside its quotation (its line ends in ``…`` or ``[…]``, perhaps with a
    "Read more" link or a list's separator ``|``; ``mtqa.text.truncation``) is the page's layout:
    the story closes it later.

    ## Known issues
    Where in a paragraph a quoted sentence really ends is a guess (its end); the suggestion
    is for an editor to check, never applied. A paragraph that starts with an opening mark
    is taken to continue the open quote, as
    news style prescribes, even past a short line between them with no sentence end and no
    quotation mark (page furniture such as a link: "More on Conservatives"); a quote that was really left unclosed before a new quote in the
    next paragraph is therefore not flagged. Guillemets (« ») and low marks („) are not read.
    """
    a = analyse(doc, ctx)
    pars = doc.paragraphs
    for idx, iss in a.unclosed:
        yield ctx.finding(pars[idx], iss.start, iss.end, iss.message, suggestions=iss.suggestions)
    yield from _emit(doc, ctx, "quotes/unclosed")


@rule(
    "quotes/space-inside",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
)
def space_inside(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A space between a quotation mark and the words it quotes.

    ## Why it matters
    Marks sit against the quoted words; a space inside them is a typesetting slip that
    often comes from a source language that spaces its guillemets.

    ## Examples
    bad:  The minister called it [[“ ->“]]a costly delay.”
    bad:  The minister called it “a costly delay.[[ ”->”]]
    bad:  “We are ready,[[ ”->” ]]he said.
    good: The minister called it “a costly delay.”
    good: He said “no” — and left.

    ## Fix safety
    Safe: only whitespace next to the mark moves; the words are untouched.
    """
    yield from _emit(doc, ctx, "quotes/space-inside")


_FRAGMENT_BEFORE = lazy(r"[\p{L}\p{N}]\s+$")


@rule(
    "quotes/punctuation-outside",
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
)
def punctuation_outside(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A period or comma after a closing quotation mark, where the style puts it inside.

    North American style (CP, AP) always puts a period or comma inside the closing mark:
    ``a “costly delay.”``. In other locales only a quoted full sentence is checked.
    A quoted fragment is flagged with high confidence when the story elsewhere puts the
    period or comma inside a quoted fragment, with medium confidence when it starts in
    lower case or is a clause of five words or more that opens on a name, and not at all when it
    is a capitalised term with no evidence either way.

    ## Why it matters
    The order follows the source language's or British convention and reads as an error
    in Canadian and American copy.

    ## Examples
    bad:  The senator called the delay “a national embarrassment[[”.->.”]]
    bad:  Officials described the talks as “constructive[[”,->,”]] but no deal was reached.
    bad:  She said, “We will appeal the ruling[[”.->.”]]
    bad:  “We will see where this goes…[[”,->,”]] she said.
    good: The senator called the delay “a national embarrassment.”
    good: Was it really “a national embarrassment”?
    good: People started to use the term "black hole" and realized what it meant.
    good: The largest disturbance is the "Big Bang".
    good: “We will see where this goes…” She left. “Is it over?”, he asked nobody.
    bad:  The fines stay until “Marlow Shipping pays every worker it laid off[[”.->.”]]
    bad:  He said the board told him “the vote was ‘a formality[[’”.->.’”]]
    good: He said the board told him “the vote was ‘a formality.’”
    good: Fans lined up to see “The Return of the King”.

    ## Fix safety
    Safe: the period or comma and the closing mark swap places; nothing else changes.
    """
    pack: QuotesPack = ctx.data("quotes")
    na = doc.locale in pack.inside_locales
    candidates, evidence = _stops_after_quotes(doc.paragraphs, analyse(doc, ctx))
    for par, i, o, content, fragment, run in candidates:
        text = par.text
        conf = _outside_confidence(text, i, o, content, fragment, pack, na, evidence)
        if conf is None:
            continue
        punct = text[i + 1]
        yield ctx.finding(
            par, run, i + 2, f"{'Period' if punct == '.' else 'Comma'} outside the closing quotation mark",
            fix=Fix.safe("Put the punctuation inside the closing mark",
                         punct + text[run:i] + double_glyph(text[i], CLOSE)),
            confidence=conf,
        )


def _stops_after_quotes(pars, a) -> tuple[list[tuple[Paragraph, int, int, str, bool, int]], bool]:
    """The quotations closed with a period or comma after the mark (paragraph, closing mark,
    opening mark, content, whether a fragment, where the run of closing marks that ends at the
    mark starts), and whether the story puts a period or comma inside a quoted fragment
    somewhere: the evidence that its style puts them inside."""
    candidates = []
    evidence = False
    for par, st in zip(pars, a.pars):
        text = par.text
        closes = {mk.pos for mk in st.marks if mk.role == CLOSE}
        for mk in st.marks:
            if mk.role != CLOSE or mk.partner < 0:
                continue
            i, o = mk.pos, mk.partner
            content = text[o + 1 : i].strip()
            if not content:
                continue
            fragment = bool(_FRAGMENT_BEFORE.search(text, max(0, o - 3), o))
            if text[i - 1] in ".," and fragment and content[0].islower():
                evidence = True
            # Quotes closing together (‘no’”.) take the stop before them all: moved inside the last
            # mark only, it stood after the one before, and --fix moved it again each pass.
            run = i
            while run - 1 in closes or (text[run - 1] == "’" and _closes_single(text, o, run - 1)):
                run -= 1
            if _stop_after(text, i, run):
                candidates.append((par, i, o, content, fragment, run))
    return candidates, evidence


def _closes_single(text: str, o: int, j: int) -> bool:
    """Whether the ’ at j closes a single-quoted quotation opened inside the one opened at o
    (a ‘ after o with no ’ between them), not an apostrophe (the players’)."""
    return text.rfind("‘", o, j) > text.rfind("’", o, j)


def _stop_after(text: str, i: int, run: int) -> bool:
    """Whether one period or comma follows the closing mark at i and the quotation does not end
    in a mark of its own (but an ellipsis, after which a comma still goes inside), read before
    the run of closing marks that ends at i (from `run`)."""
    after = text[i + 1 : i + 3]
    if not after or after[0] not in ".," or after == "..":
        return False
    trailing_ellipsis = text[run - 1] == "…" or text[run - 3 : run] == "..."
    return text[run - 1] not in ".,!?…;:" or (after[0] == "," and trailing_ellipsis)


def _outside_confidence(text: str, i: int, o: int, content: str, fragment: bool, pack: QuotesPack,
                        na: bool, evidence: bool) -> float | None:
    """How sure the stop after the quotation at o..i belongs inside: a quoted full sentence in any
    locale; in a North American one (`na`) a fragment too, surely where the story's own evidence
    says so, less where it starts in lowercase; None for a capitalised term with no evidence."""
    sentence = not fragment and content[0].isupper() and (
        (opens_sentence_quote(text, o) and len(content.split()) >= 3)
        or (text[i + 1] == "," and attribution_follows(text, i + 2, pack))
    )
    if sentence:
        return 0.9
    if not na:
        return None
    if evidence:
        return 0.9
    if content[0].islower() or _clause_after_a_name(content):
        return 0.6
    return None


# A quoted stretch this long, mostly in lowercase, is a clause, not a capitalised term
_CLAUSE_WORDS = 5


def _clause_after_a_name(content: str) -> bool:
    """Whether a quoted fragment that opens on a capital is a clause that happens to start with
    a name ("until “Moscow complies with its obligations”."), not a term or a title ("Big Bang",
    "The Lord of the Rings"): long, and not in title case."""
    return len(content.split()) >= _CLAUSE_WORDS and not _title_case(content)


# After a quoted sentence's closing mark: a space and a capitalised word other than "I" (a
# new sentence, or an attribution that wants a comma).
_CAPITAL_AFTER = lazy(r" (?!I\b)\p{Lu}\p{Ll}")
_SENTENCE_WORDS = 4  # a quoted sentence has this many words at least


def _title_case(content: str) -> bool:
    """Whether most words of a quote are capitalised: a title ("New Rules Emerge"), not a sentence."""
    words = content.split()
    return 2 * sum(w[:1].isupper() for w in words) > len(words)


@rule(
    "quotes/unpunctuated-close",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
    confidence=0.7,
)
def unpunctuated_close(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quoted sentence closed straight after a word, with a new sentence after the mark (“It must stop” Then…).

    ## Why it matters
    A quoted sentence ends with its own full stop, or a comma before the attribution, inside
    the closing mark; an engine that drops it runs the quote into the next sentence, and the
    reader cannot tell where the speaker stopped.

    ## Examples
    bad:  The coach said: “We played badly and we know it[[”->.”]] Fans left early.
    bad:  “We will not let this go on any longer[[”->,”]] Mayor Jane Roe said.
    good: The coach said: “We played badly and we know it.” Fans left early.
    good: “We will not let this go on any longer,” Mayor Jane Roe said.
    good: He called it “a bad day” Monday; the report, “New Rules For Old Farms” Ottawa wrote, is out.
    good: She said: “Yes, it is” I think; the sign read: “Closed For Good Until Spring” Then we left.

    ## Fix safety
    Unsafe: a full stop is put inside the mark, or a comma where an attribution follows;
    the editor may want a question or an exclamation mark.
    """
    pack: QuotesPack = ctx.data("quotes")
    a = analyse(doc, ctx)
    for par, st in zip(doc.paragraphs, a.pars):
        text = par.text
        for mk in st.marks:
            if mk.role != CLOSE or mk.partner < 0:
                continue
            i, o = mk.pos, mk.partner
            if not text[i - 1].isalpha() or not _CAPITAL_AFTER.match(text, i + 1):
                continue
            content = text[o + 1:i].strip()
            if len(content.split()) < _SENTENCE_WORDS or not content[0].isupper() or _title_case(content):
                continue
            if not opens_sentence_quote(text, o):
                continue  # a quoted phrase inside a sentence
            punct = "," if attribution_follows(text, i + 2, pack) else "."
            yield ctx.finding(par, i, i + 1, "A quoted sentence closed with no punctuation before the next words",
                              fix=Fix.unsafe(f"Put “{punct}” inside the mark", punct + text[i]))


def _half_curled_pairs(states: list[ParState]) -> frozenset[tuple[int, int]]:
    """(paragraph index, position) of both marks of every pair that has one straight and one curly mark."""
    out = set()
    for k, st in enumerate(states):
        chars = {mk.pos: mk.char for mk in st.marks}
        for mk in st.marks:
            other = chars.get(mk.partner)
            if other is not None and (other == STRAIGHT2) != (mk.char == STRAIGHT2):
                out.add((k, mk.pos))
    return frozenset(out)


@rule(
    "quotes/mixed-style",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
    options={
        "count_display": Option(bool, False, "also count headlines, bylines, captions and other display lines"),
        "require_curly": Option(bool, False, "flag every straight mark, whatever the story's majority"),
        "apostrophes": Option(bool, False, "compare apostrophes too, not only quotation marks"),
        "across_paragraphs": Option(bool, False, "flag the minority style anywhere, not only in a paragraph that mixes "
                                                 "styles"),
    },
)
def mixed_style(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Straight and curly quotation marks (or apostrophes) mixed in one story.

    The story's majority style wins; each mark of the minority style is flagged with its
    replacement in the majority style (direction taken from the quote it belongs to).
    Headlines, decks, bylines, captions, credits and time stamps (``mtqa.roles``) often keep
    straight marks in professionally edited copy, so by default only body copy is counted
    and flagged (option ``count_display``). Apostrophes are compared only with option
    ``apostrophes``: edited web copy often mixes ’ and ' (a statement pasted into a story
    set with curly ones), so only the strict ``cp`` style checks them. The ``cp`` style also
    counts every line and sets ``require_curly``: every straight mark is flagged, whatever
    the majority.

    By default only a paragraph that mixes the styles itself is flagged (its marks of the
    story's minority style). Whole paragraphs in the other style are how clean pages come out
    of a CMS: an embedded post, a pasted statement, a caption or deck set apart; a translation
    engine that reworks a paragraph mixes the marks inside it. Option ``across_paragraphs``
    (set by ``cp``) flags every mark of the minority style, wherever it stands.

    A single pair whose two marks differ (``“… knife," she added``) is not a mix of styles
    by default: it is one quote's mismatched pair, which ``quotes/mismatched-pair`` reports
    at its closing mark; counted here, it would flag the story's minority end of the pair,
    often the opening mark that is right. Such pairs are left out of the count unless
    ``across_paragraphs`` is set.

    ## Why it matters
    Mixed marks show copy stitched together from several engines or sources, and they
    break search and typesetting.

    ## Examples
    bad:  “We are ready,” she said. “The plan is sound,” he added. [["->“]]Fine,[["->”]] they said.
    good: "We are ready," she said. "The plan is sound," he added.
    good: “We are ready,” she said. “The plan is sound,” he added.\\n\\n"Fine," they said in a post.
    good: The premier’s office said the minister’s plan would go ahead.
    good: Canada’s plan and Ottawa’s budget met Quebec's objections.
    good: Premier says 'no deal' on health funding\\n\\n“There is no deal,” the premier said on Tuesday.
    good: “We are ready,” she said.\\n\\n“He had a knife in his hand," she added.

    ## Fix safety
    Safe: a mark is replaced by the same mark in the story's majority style.
    """
    pack: QuotesPack = ctx.data("quotes")
    a = analyse(doc, ctx)
    layout = None if ctx.options["count_display"] else ctx.analysis(line_roles)

    def counted(par, i: int) -> bool:
        return layout is None or not layout.is_display(par, i)

    yield from _mixed_quotation_marks(ctx, doc.paragraphs, a.pars, counted, pack.preferred)
    if ctx.options["apostrophes"]:
        yield from _mixed_apostrophes(ctx, doc.paragraphs, a.pars, counted, pack.preferred)


def _prefers_curly(curly: int, straight: int, require_curly: bool, preferred: str) -> bool:
    """The story's style is curly: required, or the majority (a tie goes to the pack's preferred style)."""
    return require_curly or curly > straight or (curly == straight and preferred == "curly")


def _mixed_quotation_marks(ctx: RuleContext, pars: list, states: list[ParState],
                           counted: Callable[[Any, int], bool], preferred: str) -> Iterator[RawFinding]:
    """`quotes/mixed-style` for quotation marks: those of the story's minority style, in the
    paragraphs that mix the styles unless `across_paragraphs` or `require_curly` is set."""
    require_curly = ctx.options["require_curly"]
    across = ctx.options["across_paragraphs"]
    half_curled = frozenset() if require_curly or across else _half_curled_pairs(states)
    curly, straight = _marks_by_style(pars, states, counted, half_curled)
    if not straight or not (curly or require_curly):
        return
    prefer_curly = _prefers_curly(len(curly), len(straight), require_curly, preferred)
    if not (require_curly or across):
        curly, straight = _in_mixed_paragraphs(curly, straight)
    if prefer_curly:
        for par, mk in straight:
            glyph = OPEN2 if mk.role == OPEN else CLOSE2
            yield ctx.finding(par, mk.pos, mk.pos + 1, "Straight quotation mark in a story that uses curly marks",
                              fix=Fix.safe("Use the curly mark", glyph))
    else:
        for par, mk in curly:
            yield ctx.finding(par, mk.pos, mk.pos + 1, "Curly quotation mark in a story that uses straight marks",
                              fix=Fix.safe("Use the straight mark", STRAIGHT2))


def _marks_by_style(pars: list, states: list[ParState], counted: Callable[[Any, int], bool],
                    half_curled: frozenset[tuple[int, int]]) -> tuple[list, list]:
    """(curly, straight): the counted quotation marks of each style, as (paragraph, mark), in
    text order, without the marks of a half-curled pair (`half_curled`)."""
    marks = [(par, mk) for k, (par, st) in enumerate(zip(pars, states)) for mk in st.marks
             if counted(par, mk.pos) and (k, mk.pos) not in half_curled]
    curly = [(par, mk) for par, mk in marks if mk.char != STRAIGHT2]
    return curly, [(par, mk) for par, mk in marks if mk.char == STRAIGHT2]


def _in_mixed_paragraphs(curly: list, straight: list) -> tuple[list, list]:
    """The marks of `curly` and `straight` that stand in a paragraph holding marks of both styles."""
    mixed_pars = {id(par) for par, _ in curly} & {id(par) for par, _ in straight}
    return ([(par, mk) for par, mk in curly if id(par) in mixed_pars],
            [(par, mk) for par, mk in straight if id(par) in mixed_pars])


def _mixed_apostrophes(ctx: RuleContext, pars: list, states: list[ParState],
                       counted: Callable[[Any, int], bool], preferred: str) -> Iterator[RawFinding]:
    """`quotes/mixed-style` for apostrophes (option `apostrophes`): those of the minority style."""
    require_curly = ctx.options["require_curly"]
    sa = [(par, i) for par, st in zip(pars, states) for i in st.straight_apos if counted(par, i)]
    ca = [(par, i) for par, st in zip(pars, states) for i in st.curly_apos if counted(par, i)]
    if not sa or not (ca or require_curly):
        return
    if _prefers_curly(len(ca), len(sa), require_curly, preferred):
        for par, i in sa:
            yield ctx.finding(par, i, i + 1, "Straight apostrophe in a story that uses curly ones",
                              fix=Fix.safe("Use the curly apostrophe", CLOSE1))
    else:
        for par, i in ca:
            yield ctx.finding(par, i, i + 1, "Curly apostrophe in a story that uses straight ones",
                              fix=Fix.safe("Use the straight apostrophe", STRAIGHT1))


_GUILLEMET = lazy(r"«[ \u00a0\u202f]*|[ \u00a0\u202f]*»")


@rule(
    "quotes/guillemets",
    triggers=(Chars("guillemet", "«»"),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def guillemets(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """French guillemets (« ») left in English copy.

    ## Why it matters
    A translation from French that keeps the source's « » (and the spaces inside them)
    reads as untranslated typography; English news copy uses “ ” throughout.

    ## Examples
    bad:  The mayor called the plan [[« ->“]]a good start[[ »->”]] on Friday.
    bad:  She said [[«->“]]no[[»->”]] twice.
    bad:  A pasted line read [[« « «->“““]]stop[[»»->””]] on Friday.
    good: The mayor called the plan “a good start” on Friday.
    good: The brochure was titled “Québec, ma ville.”

    ## Fix safety
    Safe: each guillemet and the spacing inside it become the English mark; the quoted
    words are untouched.
    """
    text = par.text
    if "«" not in text and "»" not in text:
        return
    run: list[tuple[int, int, str]] = []  # marks of one direction, each touching the one before
    for m in _GUILLEMET.finditer(text):
        glyph = OPEN2 if m.group().startswith("«") else CLOSE2
        if run and (run[-1][1] != m.start() or run[-1][2] != glyph):
            yield _guillemet_finding(par, ctx, run)
            run = []
        run.append((m.start(), m.end(), glyph))
    if run:
        yield _guillemet_finding(par, ctx, run)


def _guillemet_finding(par, ctx: RuleContext, run: list[tuple[int, int, str]]) -> RawFinding:
    """One finding for a guillemet, or for a run of them in one direction (``« « «`` pasted):
    one mark a finding gave a pasted run thousands of findings and the rule the most time of
    any on that shape (stop 47's costs table); the run's fix turns each mark (its spaces go, as one mark's do)."""
    glyph = run[0][2]
    side = "" if glyph == OPEN2 else "closing "
    if len(run) == 1:
        return ctx.finding(par, run[0][0], run[0][1], f"French {side}guillemet in English copy",
                           fix=Fix.safe("Use the English quotation mark", glyph))
    return ctx.finding(par, run[0][0], run[-1][1], f"{len(run)} French {side}guillemets in a row in English copy",
                       fix=Fix.safe("Use the English quotation marks", glyph * len(run)))  # the run touches end to end


# Quotation marks of other languages' typography, each with the English mark it stands for:
# German and Central European low marks („ ‚), CJK corner brackets and double primes, the
# full-width mark, single guillemets, and ASCII's `` and '' for curly double marks.
_FOREIGN_MARKS = {
    "„": OPEN2, "‚": OPEN1, "「": OPEN2, "」": CLOSE2, "『": OPEN1, "』": CLOSE1, "〝": OPEN2, "〞": CLOSE2,
    "〟": CLOSE2, "‹": OPEN1, "›": CLOSE1, "``": OPEN2, "''": CLOSE2,
}
_FOREIGN_MARK = lazy(r"[„‚「」『』〝〞〟‹›＂]|``|(?<![\p{N}'’])''(?!['’])")
# After a low opening mark, the close German writes as “ or ‘ (the English opening shapes).
_LOW_CLOSE = {"„": "“", "‚": "‘"}
_ARROWS = frozenset("‹›")  # single guillemets, which a page also prints as a link's arrow


def link_arrows(text: str) -> Callable[[int, str], bool]:
    """Whether the single guillemet `mark` at offset i of `text` is a link's arrow, as a function
    of i and mark: it ends its line (``Find out more ›``) or opens it (``‹ Previous``), set apart
    by a space, and its line holds no partner. Each line is read once, on its first mark, so a
    line of thousands of marks costs its length, not its length for each mark."""
    breaks: list[int] = []
    at = text.find("\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    lines: dict[int, tuple[int, int, bool, bool]] = {}  # line number -> its first and past-last
    # characters that are not white space, and whether it holds ‹ and ›

    def read(k: int) -> tuple[int, int, bool, bool]:
        start = breaks[k - 1] + 1 if k else 0
        line = text[start:breaks[k] if k < len(breaks) else len(text)]
        read_line = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()), "‹" in line, "›" in line)
        lines[k] = read_line
        return read_line

    def is_arrow(i: int, mark: str) -> bool:
        k = bisect.bisect_left(breaks, i)
        first, past_last, has_left, has_right = lines.get(k) or read(k)
        if mark == "›":
            return not has_left and past_last == i + 1 and text[i - 1:i] == " "
        return not has_right and first == i and text[i + 1:i + 2] == " "

    return is_arrow


@rule(
    "quotes/foreign-marks",
    triggers=(Chars("foreign quotation mark", "„‚「」『』〝〞〟‹›＂`'"),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def foreign_marks(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """Quotation marks of another language's typography left in English copy („…“, 「…」, ‹…›, ``…'').

    ## Why it matters
    Engines translating from German, Polish or Czech keep the low opening mark and the
    raised closing one („so“); from Chinese or Japanese, corner brackets (「」) or the
    full-width mark; plain-text pipelines write `` and '' for curly marks. English copy
    uses “ ” and ‘ ’, and the foreign forms tell the reader nobody edited the page. A single
    guillemet alone at the end or start of its line, a space from its words and with no partner
    on the line, is a link's arrow (``See the list ›``), not a mark.

    ## Examples
    bad:  The chancellor called it [[„->“]]a success“ on Monday.
    bad:  The ministry said [[「->“]]we oppose it[[」->”]] in a statement.
    bad:  He called it [[``->“]]a farce[[''->”]] and left.
    bad:  The note read [[‹->‘]]urgent[[›->’]] at the top.
    good: The chancellor called it “a success” on Monday.
    good: The 5'' screen, rock 'n' roll, and the ‘Big Five’ banks.
    good: He said “no,” then left — 1,000 km away.
    good: Winter tire deals for every budget\\nSee the list ›
    good: ‹ Back to the news\\nThe council met on Tuesday.

    ## Fix safety
    Safe: each mark becomes the English mark of the same role; after a low opening mark,
    the raised mark that closes it (“ in German) is turned to ” as well.
    """
    text = par.text
    is_arrow = link_arrows(text) if "‹" in text or "›" in text else None
    fullwidth = 0  # fullwidth marks before this one: they alternate, opening and closing
    next_closer: dict[str, int] = {}  # where the next closing mark of a low opening one stands
    for m in _FOREIGN_MARK.finditer(text):
        mark = m.group()
        if is_arrow is not None and mark in _ARROWS and is_arrow(m.start(), mark):
            continue
        if mark == "＂":
            glyph = OPEN2 if fullwidth % 2 == 0 else CLOSE2
            fullwidth += 1
        else:
            glyph = _FOREIGN_MARKS[mark]
        edits = [Edit(m.start(), m.end(), glyph)]
        closer = _LOW_CLOSE.get(mark)
        if closer is not None:
            j = next_closer.get(closer)
            if j is None or 0 <= j < m.end():  # (none after an earlier mark: none after this one)
                j = next_closer[closer] = text.find(closer, m.end())
            if j > 0:
                edits.append(Edit(j, j + 1, CLOSE2 if mark == "„" else CLOSE1))
        yield ctx.finding(par, m.start(), m.end(), f"“{mark}”: another language's quotation mark in English copy",
                          fix=Fix.safe(f"Use “{glyph}”", edits=tuple(edits)), suggestions=(glyph,))


# A sentence quoted in single marks and closed by its own comma or mark, as British copy sets
# speech: "'We will act,' the minister said", "‘Is it over?’ she asked".
_SINGLE_QUOTED = lazy(r"(?:^|(?<=[\s(—–]))(['‘])(\p{Lu}[^'‘’\"“”\n]{8,}?[,?!])(['’])(?= )")
# What a line of prose ends with: a sentence's stop, perhaps inside a closing mark or bracket.
_LINE_ENDS_SENTENCE = lazy(r"[.!?…:;,][\"”’')\]]*[ \t]*$")


def _deck_line(text: str, at: int) -> bool:
    """Whether the line holding `at` ends without a stop: a deck or a headline set on its own
    line (``'…,' says city engineer``), where news pages keep speech in single marks, not a line of
    prose, which ends its sentence."""
    end = text.find("\n", at)
    line = text[at:] if end < 0 else text[at:end]
    return bool(line.strip()) and _LINE_ENDS_SENTENCE.search(line) is None


@rule(
    "quotes/single-for-double",
    triggers=(Chars("single mark", "'‘"),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
    confidence=0.8,
)
def single_for_double(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """Speech quoted in single marks, as British copy sets it, in North American copy (“'We will act,' she said”).

    ## Why it matters
    Canadian and American news copy quotes speech in double marks and keeps single marks
    for a quotation inside a quotation (and for headlines). Engines and British-trained
    paraphrase tools set the speech itself in single marks, and the page reads as copy from
    another house or a quote nested in nothing.

    ## Examples
    bad:  [[']]We will act on this,' the minister said on Monday.
    bad:  [[‘]]Is the plan over?’ she asked reporters.
    good: “We will act on this,” the minister said on Monday.
    good: “She told me, ‘We will act on this,’ and left,” he said.
    good: PM says ‘we will act’ on tariffs
    good: The ’90s were over, and rock 'n' roll was back, she said.
    good: Bridge closes for a week\\n'We know the detour is long, and we are sorry,' says city engineer
    bad:  Bridge closes for a week\\n[[']]We know the detour is long, and we are sorry,' says city engineer.

    A deck or a headline (a line that ends without a stop: ``'…,' says city engineer`` under its
    headline on a listing page) follows the headline convention, which sets speech in single
    marks; only speech in a line of prose, which ends a sentence, is judged.

    ## Fix safety
    Safe: both single marks become double marks of the same direction; the words are kept.

    ## Known issues
    Only a quoted sentence followed by a verb of saying is judged; a single-quoted fragment
    may be a headline convention or a scare quote.
    """
    text = par.text
    if "'" not in text and "‘" not in text:
        return
    pack: QuotesPack = ctx.data("quotes")
    if ctx.locale not in pack.inside_locales:
        return
    # the double marks before each match, counted on from the last match's start (counting from the
    # paragraph's start for each match made a long line of single-quoted speech quadratic)
    counted, opens, closes, straight = 0, 0, 0, 0
    for m in _SINGLE_QUOTED.finditer(text):
        opens += text.count("“", counted, m.start())
        closes += text.count("”", counted, m.start())
        straight += text.count('"', counted, m.start())
        counted = m.start()
        if opens > closes or straight % 2:
            continue  # inside a double-quoted passage: a nested quote, set right
        if len(m.group(2).split()) < 3 or not attribution_follows(text, m.end(3), pack):
            continue
        if _deck_line(text, m.end(3)):
            continue  # a deck or headline: single marks are the headline convention
        curly = m.group(1) == "‘"
        opening, closing = (OPEN2, CLOSE2) if curly else (STRAIGHT2, STRAIGHT2)
        yield ctx.finding(
            par, m.start(1), m.end(1), "Speech quoted in single marks: North American copy uses double marks",
            fix=Fix.safe("Use double marks", edits=(Edit(m.start(1), m.end(1), opening), Edit(m.start(3), m.end(3), closing))),
            suggestions=(opening,),
        )


@rule(
    "quotes/mismatched-pair",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
)
def mismatched_pair(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quote opened with a curly mark and closed with a straight one (or the reverse).

    Only a closing single mark right after the quote's final punctuation is read as closing
    (an apostrophe never follows a period or comma), so possessives and elisions stay quiet.
    Double marks are paired by the quotes analysis; a CMS that curls the opening mark of a
    quote typed with straight marks leaves the same half-curled pair (``“… knife," she
    added``), and the closing mark is the one to change, whatever the story's majority.

    ## Why it matters
    One quotation set in two kinds of marks is copy stitched from two sources or engines;
    no house style allows it, whatever it chooses for the rest of the story.

    ## Examples
    bad:  “She told me, ‘We are not leaving,[['->’]]” he said.
    bad:  “He called it 'a farce,[[’->']] and walked out,” she said.
    good: “She told me, ‘We are not leaving,’” he said.
    good: “She told me, 'We are not leaving,'” he said.
    good: “The players' union said ‘no,’ and the owners’ group agreed,” she said.
    bad:  “He had a knife in his hand[[,"->,”]] she added.
    bad:  "He had a knife in his hand[[,”->,"]] she added.
    good: “He had a knife in his hand,” she added. "We left," he said.

    ## Fix safety
    Safe: the closing mark takes the kind of the mark that opened the quote; nothing else moves.
    """
    yield from _emit(doc, ctx, "quotes/mismatched-pair")
    a = analyse(doc, ctx)
    for par, st in zip(doc.paragraphs, a.pars):
        chars = {mk.pos: mk.char for mk in st.marks}
        for mk in st.marks:
            opener = chars.get(mk.partner)
            if mk.role != CLOSE or opener is None or (opener == STRAIGHT2) == (mk.char == STRAIGHT2):
                continue
            glyph = STRAIGHT2 if opener == STRAIGHT2 else CLOSE2
            start = mk.pos - 1 if mk.pos and par.text[mk.pos - 1] in ",.!?" else mk.pos
            yield ctx.finding(par, start, mk.pos + 1, "Quotation opened with one kind of mark and closed with another",
                              fix=Fix.safe("Close with the mark that opened the quote", par.text[start:mk.pos] + glyph))


# Direct-speech evidence in words no quotation mark encloses: first and second person
# (`_PERSON_EVIDENCE`), and the contractions of speech ("It’s", "don’t", "we’re"), which
# narration in news copy avoids. A contraction is found from its apostrophe, the word before
# it read by a lookbehind (group a, b or c: where the word starts): written from the word's
# start, the pattern read every word of the text up to its end and back (~80 ns a character).
_CONTRACTION = lazy(
    r"[’'](?:(?<=(?<![\p{L}’'])(?P<a>[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ll]et)[’'])s"
    r"|(?<=(?<![\p{L}’'])(?P<b>\p{L}+n)[’'])t|(?<=(?<![\p{L}’'])(?P<c>\p{L}+)[’'])(?:re|ve|ll|m))(?![\p{L}’'])"
)


def _contracted(text: str, start: int, end: int) -> bool:
    """Whether a contraction of speech stands in text[start:end] (its word starting there at the
    earliest, as a search from `start` would find it). A negation (``don’t``, ``won’t``) is one
    only in the speaker's own frame: opening the stretch (``Don’t expect …``) or after a subject
    a speaker uses (``it doesn’t``, ``that won’t``). After a noun it is how a paraphrase
    contracts too (``most immigrants don’t work``, ``the Greens won’t join``)."""
    if text.find("’", start, end) < 0 and text.find("'", start, end) < 0:
        return False
    for m in _CONTRACTION.finditer(text, start, end):
        at = m.start(m.lastgroup)
        if at >= start and (m.lastgroup != "b" or _spoken_negation(text, start, at)):
            return True
    return False


_SPEAKER_SUBJECTS = frozenset({"i", "we", "you", "it", "that", "this", "there", "here"})
_WORD_BEFORE = lazy(r"(\p{L}+)[^\S\n]+$")


def _spoken_negation(text: str, start: int, at: int) -> bool:
    """Whether the negative contraction at `at` opens text[start:at]'s stretch or a sentence in
    it, or follows a subject of speech (see _SPEAKER_SUBJECTS)."""
    before = text[start:at].rstrip()
    if not before or before[-1] in ".!?:;":
        return True
    m = _WORD_BEFORE.search(text, max(start, at - 40), at)
    return m is not None and m.group(1).casefold() in _SPEAKER_SUBJECTS


def _speech_evidence(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a word of direct speech: the first or second person, or
    a contraction of speech."""
    end = len(text) if end is None else end
    return _PERSON_EVIDENCE.search(text, start, end) is not None or _contracted(text, start, end)
# ", he said" / ", the party leader commented on Tuesday" / ", said one MP": the speaker
# after a comma, at most six words before the verb (or the verb first, then the speaker).
_COMMA = lazy(r",[ \u00a0]+")
_TOKENS = lazy(r"[\p{L}][\p{L}.’'\-]*")
_SPEAKER_OPENERS = frozenset({"the", "a", "an", "one", "another", "his", "her", "their", "its"})


def _attribution_at(text: str, i: int, end: int, pack: QuotesPack) -> bool:
    """Whether the words from i (just after a comma) attribute what precedes the comma.

    The first word alone rules most commas out ("and", "it", "because"), so it is read
    before the other seven."""
    endpos = min(end, i + 80)
    first = _TOKENS.search(text, i, endpos)
    if first is None or not _may_open_attribution(first.group().rstrip("."), pack):
        return False
    words = [m.group().rstrip(".") for m in islice(_TOKENS.finditer(text, i, endpos, concurrent=False), 8)]
    if len(words) < 2:
        return False
    w0 = words[0]
    if w0 in ("he", "she", "they"):
        return words[1] in pack.speech_verbs and _closes(words, 1)
    if w0 in pack.speech_verbs:  # ", said one MP"
        return words[1] in _SPEAKER_OPENERS or words[1][:1].isupper()
    if w0 in _SPEAKER_OPENERS or w0[:1].isupper():
        verb = next((k for k, w in enumerate(words[1:7], 1) if w in pack.speech_verbs), None)
        return verb is not None and _closes(words, verb)
    return False


def _may_open_attribution(w0: str, pack: QuotesPack) -> bool:
    """Whether an attribution can begin with `w0`: a pronoun, a verb of saying, a speaker's
    opener or a capitalised word (the four openings `_attribution_at` reads)."""
    return w0 in ("he", "she", "they") or w0 in pack.speech_verbs or w0 in _SPEAKER_OPENERS or w0[:1].isupper()


def _closes(words: list[str], verb: int) -> bool:
    """Whether the verb of saying ends what it attributes: "…, she said" does; "Last night, the
    exchange announced that …" opens reported speech after it, attributing nothing before."""
    after = words[verb + 1:verb + 3]
    return not after or after[0] != "that" or (len(after) > 1 and after[1] in _TIME_NOUNS)  # "said that day"


_TIME_NOUNS = frozenset("day night morning afternoon evening week weekend month year time".split())


_ANY_MARK = frozenset("“”\"«»„‘")
_ANY_MARK_RE = lazy("[" + regex.escape("".join(sorted(_ANY_MARK))) + "]")


def _unquoted_speech(par: Paragraph, st: ParState, pack: QuotesPack, body) -> Iterator[tuple[int, int, int, int]]:
    """(start of the speech, its first word's end, its last word's start, the comma) for each stretch found."""
    text = par.text
    sentences = par.sentences
    depth = _OpenDepth(st)
    for k, sent in enumerate(sentences):
        att = _speech_attributed(text, sent, depth, pack, body)
        if att is None:
            continue
        start = _speech_start(text, sentences, k, pack)
        first = LETTER_RUN.match(text, start)
        last = _word_start(text, att.start())
        if first is None or last <= first.end():
            continue
        yield start, first.end(), last, att.start() + 1


class _OpenDepth:
    """How many quotations are open at an offset of the paragraph: the resolved double marks'
    opens minus closes before it, summed once (on first use) and looked up by bisection. Summed
    again over every mark for each sentence, as it was, a long paragraph of quotes and unquoted
    speech took quadratic time (a quarter-megabyte section: 4.2 s, 62.5k characters: 0.23 s)."""

    def __init__(self, st: ParState) -> None:
        self._marks = st.marks
        self._positions: list[int] | None = None
        self._sums: list[int] = [0]

    def before(self, pos: int) -> int:
        if self._positions is None:
            steps = sorted((mk.pos, 1 if mk.role == OPEN else -1) for mk in self._marks)
            self._positions = [p for p, _ in steps]
            for _, step in steps:
                self._sums.append(self._sums[-1] + step)
        return self._sums[bisect.bisect_left(self._positions, pos)]


def _speech_attributed(text: str, sent, depth: _OpenDepth, pack: QuotesPack, body):
    """The comma before the attribution (", she said") of a sentence of speech without quotation
    marks, outside any quote; None when the sentence is not one."""
    # the tests in order of cost; each one alone rules the sentence out
    if text.find(",", sent.start, sent.end) < 0 or _ANY_MARK_RE.search(sent.text) or not body(sent.start):
        return None
    att = next((m for m in _COMMA.finditer(text, sent.start, sent.end)
                if _attribution_at(text, m.end(), sent.end, pack)), None)
    if att is None or len(text[sent.start:att.start()].split()) < 4:
        return None
    if not _speech(text, sent.start, att.start()):
        return None
    if (not _PERSON_EVIDENCE.search(text, sent.start, att.start())
            and _present_tense_attribution(text, att.end(), sent.end, pack)):
        return None  # "It’s a question of weeks, a harbour official says": a brief's or a lede's paraphrase
    if depth.before(sent.start) > 0:
        return None  # inside a quote that opened earlier
    return att


def _speech_start(text: str, sentences, k: int, pack: QuotesPack) -> int:
    """Where the unquoted speech ending in sentence k starts: earlier sentences of the same speech
    (speech evidence, no quotation mark, no verb of saying) are taken in."""
    start = sentences[k].start
    for prev in reversed(sentences[:k]):
        if (_ANY_MARK_RE.search(prev.text) or not _speech_evidence(prev.text)
                or any(w.group().casefold() in pack.speech_verbs for w in LETTER_RUN.finditer(prev.text))):
            break
        start = prev.start
    return start


def _present_tense_attribution(text: str, i: int, end: int, pack: QuotesPack) -> bool:
    """Whether the attribution that starts at i (just after the comma) says its verb in the present
    tense (", an official says", ", residents say", ", the mayor adds"). News sets quotes in the past
    tense; a brief or a feature's lede paraphrases in the present, and there a contraction is the
    writer's own ("There’s too little left, they say"). First-person words stay speech whatever the tense."""
    for m in islice(_TOKENS.finditer(text, i, min(end, i + 80), concurrent=False), 8):
        word = m.group().rstrip(".")
        if word in pack.speech_verbs:
            return word == "say" or (word.endswith("s") and not word.endswith("ss"))
    return False


# First and second person: a speaker's own words. A contraction alone is weaker evidence:
# news copy contracts in paraphrase too ("the Greens won’t join a pact"), and a
# paraphrase names its speaker in the third person ("his government") where the speaker would
# say "my government".
_PERSON_EVIDENCE = lazy(r"(?<![\p{L}’'])(?:I|I[’'](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)(?![\p{L}’'])")
_THIRD_PERSON = lazy(r"(?<![\p{L}’'])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)(?![\p{L}’'])")


def _speech(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] reads as a speaker's own words: the first or second person, or
    a contraction of speech without the third person (see _CONTRACTION)."""
    if _PERSON_EVIDENCE.search(text, start, end):
        return True
    return _contracted(text, start, end) and not _THIRD_PERSON.search(text, start, end)


# A verb of saying, a colon, then a sentence: where English opens a quotation. Also "According
# to the mayor, we …" (French "Selon le maire, nous …"): a source's own words run into narration.
_SAYS_COLON = lazy(r"(?<![\p{L}])(\p{Ll}+):[ \u00a0]+(?=\p{L})|(?<![\p{L}])(According)[ ]to[ ][^,.;:\n]{2,60},[ ](?=\p{L})")
_BARE_SAY = frozenset({"say", "saying"})  # "you have to say: these are …": a thought, not an attribution
_ANY_QUOTE_MARK = lazy("[“”\"«»„‚‘「」『』]")
_SPOKEN_WORD = lazy(r"[\p{L}’']*")


def _speech_after_colon(text: str, pack: QuotesPack) -> Iterator[tuple[int, int]]:
    """The first word of speech set after "he said:" with no quotation mark in its sentence:
    its first or second person says it is the speaker's own words, not a paraphrase.

    The quotation marks and the first and second persons are found once for the paragraph and
    looked up by position, and a sentence's end is found once for all its colons: a paragraph
    of "said: it" with no sentence end is read once, not once a colon."""
    marks: list[int] | None = None
    persons: list[int] | None = None
    sentence_end = 0
    for m in _SAYS_COLON.finditer(text):
        if m.group(1) is not None and (m.group(1) not in pack.speech_verbs or m.group(1) in _BARE_SAY):
            continue
        start = m.end()
        if start >= sentence_end:
            sentence_end = next(sentence_stops(text, start), len(text))
        end = sentence_end
        if marks is None:
            marks = [q.start() for q in _ANY_QUOTE_MARK.finditer(text)]
            persons = [p.start() for p in _PERSON_EVIDENCE.finditer(text)]
        if _first_at(marks, max(0, m.start() - 200), end) is not None:
            continue  # the marks are there, or the quote is set some other way nearby
        evidence = _first_at(persons, start, end)
        if evidence is not None and (m.group(1) is not None or evidence == start):
            # after "According to …," the speech must open on the first person itself: "our" later
            # in the sentence is how a talk's speaker or an editorial speaks ("the inequality in our country")
            yield start, _SPOKEN_WORD.match(text, start).end()


def _first_at(positions: list[int] | None, start: int, end: int) -> int | None:
    """The first of the sorted `positions` in [start, end), or None."""
    if not positions:
        return None
    i = bisect.bisect_left(positions, start)
    return positions[i] if i < len(positions) and positions[i] < end else None


def _word_start(text: str, end: int) -> int:
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "’'-"):
        i -= 1
    return i


@rule(
    "quotes/unquoted-speech",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    packs=("quotes",),
    confidence=0.7,
)
def unquoted_speech(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A speaker's own words attributed with "he said" but set without quotation marks.

    French copy may set a quote with dashes or guillemets the engine drops, and an
    engine may lose the marks of a quote altogether. What is left is first-person speech
    (``we``, ``I``, ``our``) or the contractions of speech (``it’s``, ``don’t``) followed
    by an attribution after a comma (``, he said``, ``, said one MP``) with no mark
    anywhere in the sentence. Earlier first-person sentences of the same paragraph that
    attribute nothing belong to the same speech. The first word (where the opening
    mark belongs) and the last word before the attribution (where the closing mark
    belongs) are flagged. A paraphrase (``The plan will work, the minister said.``) has
    no first person and stays quiet.

    ## Why it matters
    Without marks the reader takes the speaker's words for the reporter's, and a news
    story must never blur who says what.

    ## Examples
    bad:  [[We]] will not support a law that weakens the [[language,->language,”]] the party leader said on Monday.
    bad:  The union expects a long strike. [[We]] have no choice. Our members are [[ready,->ready,”]] she said.
    bad:  [[It]]’s a dark day for the [[region,->region,”]] said one councillor.
    bad:  [[We]] have no [[choice,->choice,”]] she said that day.
    good: The party will not support the law, the leader said on Monday.
    good: “We will not support it,” the leader said on Monday.
    good: We asked the ministry for comment, but it did not reply.
    good: The plan is sound, she said, adding that our readers would hear more soon.
    good: News from our newspaper: Last night, the exchange announced that our rules would change.
    good: Housing will be the focus of his cabinet but the Greens won’t join a pact, Lindqvist said.
    bad:  [[It]]’s the focus of his cabinet and we won’t join a [[pact,->pact,”]] Lindqvist said.
    good: Most farmers don’t sell abroad, don’t hire or don’t plan to, a longtime co-op manager says.
    good: There’s hardly a parking spot left downtown, merchants say.
    good: It’s a question of weeks before the ferry returns, a harbour official says.
    bad:  [[We]] can’t wait another winter for the [[ferry,->ferry,”]] a harbour official says.
    bad:  [[It]]’s a question of weeks before the ferry [[returns,->returns,”]] a harbour official said.
    good: The premier said Tuesday the province won’t sign, and commuters don’t like the toll, the mayor said.
    bad:  [[It]] doesn’t add up and the board won’t [[pass,->pass,”]] one councillor said.
    bad:  [[Don]]’t expect the toll to [[last,->last,”]] the minister said.
    bad:  The premier stressed: [[we]] will never accept this decision.
    bad:  In a statement, the company said: [[We]] regret what happened to our clients.
    good: The premier stressed: “We will never accept this decision.”
    good: The report said: the province must act. Minister: we will see. Our view: wait.
    bad:  According to the mayor, [[we]] are not going to give up on this project.
    good: According to our sources, the mayor will resign. According to him, the plan works.
    good: According to this method, the gap in our country is wide.
    good: Those are failures where you just have to say: these go beyond our worst fears.

    ## Known issues
    A quote with no first person and no contraction (``It is not about money, said the
    professor``) reads as a paraphrase and is not flagged; nor is one whose only evidence is a
    contraction beside a third-person pronoun (``He won’t run, she said``), which is how a
    paraphrase names its speaker, or whose only evidence is a negation after a noun (``Most
    farmers don’t sell abroad, a manager says``), which is how a paraphrased lede contracts, or whose
    only evidence is a contraction before an attribution in the present tense (``It’s only a
    matter of weeks, an official says``), which is how a brief or a feature paraphrases.
    """
    pack: QuotesPack = ctx.data("quotes")
    a = analyse(doc, ctx)
    layout = ctx.analysis(line_roles)
    for par, st in zip(doc.paragraphs, a.pars):
        text = par.text
        if ":" in text or "According to" in text:
            for start, end in _speech_after_colon(text, pack):
                if not layout.is_display(par, start):
                    yield ctx.finding(par, start, end, "A speaker’s own words (first person) after the attribution, without quotation marks",
                                      suggestions=(OPEN2 + text[start:end],))
        if "," not in text:
            continue
        for start, first_end, last, comma in _unquoted_speech(par, st, pack, lambda i, p=par: not layout.is_display(p, i)):
            yield ctx.finding(par, start, first_end, "Quoted words without an opening quotation mark",
                              suggestions=(OPEN2 + text[start:first_end],))
            yield ctx.finding(par, last, comma, "Quoted words without a closing quotation mark before the attribution",
                              suggestions=(text[last:comma] + CLOSE2,))
