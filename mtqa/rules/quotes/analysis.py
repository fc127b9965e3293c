"""The quotes analysis: every paragraph of a story read once (`paragraph_reader`), each mark
resolved as opening or closing (or an apostrophe) and paired, then what the paragraphs leave
open judged across them (a quote the next paragraph continues, one run on without its marks,
one never closed); `quote_marks` is the declared analysis (mtqa.analysis) every quotes rule reads.

The names the rules import from here (glyphs, roles, `ParState`, `attribution_follows`,
`double_glyph`, `opens_sentence_quote`) live in `quote_state` and `mark_positions`.
"""

from __future__ import annotations

from bisect import bisect_right

import msgspec

from mtqa.analysis import analysis
from mtqa.rule import RuleContext
from mtqa.rules.quotes.mark_positions import LAST_WORD, attribution_follows, opens_sentence_quote
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.rules.quotes.paragraph_reader import read_paragraph
from mtqa.rules.quotes.quote_state import (
    CLOSE,
    CLOSE1,
    CLOSE2,
    OPEN,
    OPEN1,
    OPEN2,
    STRAIGHT1,
    STRAIGHT2,
    Issue,
    Mark,
    ParState,
    double_glyph,
)
from mtqa.text.quotation import quotation_runs_past
from mtqa.text.tokens import LETTER_RUN
from mtqa.text.truncation import cut_short

__all__ = [  # what the family's rules import from the analysis
    "CLOSE", "CLOSE1", "CLOSE2", "OPEN", "OPEN1", "OPEN2", "STRAIGHT1", "STRAIGHT2",
    "DocAnalysis", "Issue", "Mark", "ParState",
    "analyse", "attribution_follows", "double_glyph", "opens_sentence_quote", "quote_marks",
]


class DocAnalysis(msgspec.Struct):
    pars: list[ParState]
    unclosed: list[tuple[int, Issue]]  # (paragraph index, issue)


def _next_prose(pars, idx: int) -> str:
    """The text of the first paragraph after pars[idx] that could carry a quote on: a short
    line with no sentence end and no quotation mark between two paragraphs of a quote is page
    furniture or a link ("More on Conservatives"), which does not end the quote."""
    for par in pars[idx + 1:]:
        text = par.text.strip()
        if not _interlude(text):
            return text
    return ""


_QUOTE_CHARS = frozenset('"“”‘')


def _interlude(text: str) -> bool:
    """A line of six words or fewer, without a quotation mark, that does not end a sentence."""
    return 0 < len(text.split()) <= 6 and text[-1] not in ".!?:" and _QUOTE_CHARS.isdisjoint(text)


def analyse(doc, ctx: RuleContext) -> DocAnalysis:
    """The quote analysis of the document (`quote_marks`, computed once per document)."""
    return ctx.analysis(quote_marks)


@analysis("quotes", packs=("quotes",))
def quote_marks(doc, pack: QuotesPack) -> DocAnalysis:
    """Run the state machine over every paragraph: each mark's role and partner, and the
    quotes left open at a paragraph's end."""
    pars = doc.paragraphs
    states = [read_paragraph(p.text, pack) for p in pars]
    unclosed: list[tuple[int, Issue]] = []
    # A segment whose source's marks do not pair up is cut from a longer quotation: it may
    # close one it never opened, or end with one still open (mtqa.text.quotation).
    carried = quotation_runs_past(doc.source)
    ends_run_on: set[int] = set()  # paragraphs whose first closing mark ends a quotation that ran on unmarked
    for idx, (par, st) in enumerate(zip(pars, states)):
        if st.first_orphan_close is not None and idx not in ends_run_on:
            prev_open = states[idx - 1].open_at_end if idx > 0 else carried
            if not prev_open:
                st.issues.append(st.first_orphan_close)
        if not st.open_at_end:
            continue
        at_end = idx + 1 >= len(pars)
        for pos in _left_open(pars, states, idx, unclosed, ends_run_on):
            if at_end and carried:
                continue  # the source's quotation goes on after this segment too
            if cut_short(par.text, pos + 1):
                continue  # a teaser cut short inside its quotation: “those who … in […] Read more
            unclosed.append((idx, _unclosed_issue(par, st, pos, at_end)))
    return DocAnalysis(states, unclosed)


def _left_open(pars, states: list[ParState], idx: int, unclosed: list[tuple[int, Issue]],
               ends_run_on: set[int]) -> list[int]:
    """The positions of paragraph idx's marks still open that nothing after it accounts for.

    The outermost quote is accounted for when the next paragraph continues it (opens with a
    mark), or when the quotation runs on through paragraphs that lost their opening marks and
    closes in a later one: that is one slip, reported here where it begins (into `unclosed`, its
    last paragraph into `ends_run_on`), not as an unclosed quote above and an orphan mark below.
    """
    opens = list(states[idx].open_at_end)
    nxt = _next_prose(pars, idx)
    if nxt[:1] in (OPEN2, STRAIGHT2) or (nxt[:1] == CLOSE2 and nxt[1:2].isalnum()):
        return opens[1:]
    run_on = _run_on_unmarked(pars, states, idx)
    if run_on is None:
        return opens
    first, last = run_on
    ends_run_on.add(last)
    unclosed.append((first, _run_on_issue(pars, first, last)))
    return opens[1:]


def _unclosed_issue(par, st: ParState, pos: int, at_end: bool) -> Issue:
    """The issue of the mark at `pos` left open in its paragraph: at the place its closing mark
    belongs when that is clear, else on the mark itself."""
    only = len(st.open_at_end) == 1
    if only and opens_sentence_quote(par.text, pos) and st.marks[-1].pos == pos and (
            end_span := _paragraph_end(par.text)) is not None:
        # A quoted sentence (after a colon, or opening its paragraph or sentence) runs to the
        # end of the paragraph: the closing mark belongs there
        s, e = end_span
        where = "at the end of the story" if at_end else "in its paragraph"
        return Issue("quotes/unclosed", s, e,
                     f"Quoted sentence still open {where}: add the closing mark where the quoted words end",
                     suggestions=(par.text[s:e] + CLOSE2,))
    if only and st.marks[-1].pos == pos and (close_at := _fragment_sentence_end(par, pos)) is not None:
        # A quoted fragment inside narration runs on past its sentence into narration
        # ("…to become a “leader in housing. Its plan is…"): the mark belongs at that sentence's end
        s, e = close_at
        return Issue("quotes/unclosed", s, e,
                     "Quotation opened in this sentence runs on into the next: add the closing mark where the quoted words end",
                     suggestions=(par.text[s:e] + double_glyph(par.text[pos], CLOSE),))
    if at_end:
        msg = "Quotation still open at the end of the story: add the closing mark where the quoted words end"
    else:
        msg = "Quotation never closed in its paragraph, and the next paragraph does not continue it: add the closing mark"
    return Issue("quotes/unclosed", pos, pos + 1, msg)


_QUOTED_WORDS = 2  # a fragment this long at least before its sentence ends


def _fragment_sentence_end(par, pos: int) -> tuple[int, int] | None:
    """Span of the last word and stop of the sentence in which the mark at `pos` opens a quoted
    fragment, when that sentence ends with a stop and another sentence follows in the paragraph;
    None when the quote opens in the paragraph's last sentence (where it ends is a guess)."""
    sents = par.sentences
    k = bisect_right(par.sentence_ends, pos)  # the sentence holding pos, as Paragraph.sentence_at finds it
    if k + 1 >= len(sents) or sents[k].start > pos:
        return None
    sent = sents[k]
    text = par.text
    body = text[sent.start : sent.end].rstrip()
    if not body or body[-1] not in ".!?":
        return None
    if len(text[pos + 1 : sent.start + len(body)].split()) < _QUOTED_WORDS:
        return None
    nxt = text[sents[k + 1].start : sents[k + 1].end].lstrip()
    if not nxt[:1].isupper():
        return None
    m = LAST_WORD.search(body, max(0, len(body) - 80))
    return (sent.start + m.start(), sent.start + m.end()) if m else None


# How many paragraphs a quotation may run on without opening marks before the closing mark
# that ends it: a multi-paragraph quotation is a statement's few paragraphs, not a story's.
_RUN_ON_MAX = 12


def _run_on_unmarked(pars, states: list[ParState], idx: int) -> tuple[int, int] | None:
    """The first and last paragraph of a quotation that pars[idx] leaves open and that runs on
    through paragraphs with no quotation mark, to close in a later one whose first mark is a
    closing mark with nothing open (CP writes each such paragraph with an opening mark); None
    when a paragraph between holds a mark of its own or reads as no part of a quotation (a
    headline: no sentence end), or no such paragraph comes. Short lines of furniture between
    are passed over (`_interlude`)."""
    first = None
    for j in range(idx + 1, min(len(pars), idx + 1 + _RUN_ON_MAX)):
        text = pars[j].text.strip()
        if not text or (first is None and _interlude(text)):
            continue
        if first is None:
            first = j
        if states[j].first_orphan_close is not None:
            return first, j
        if states[j].marks or not (text[-1] in ".!?…" or _interlude(text)):
            return None
    return None


def _run_on_issue(pars, first: int, last: int) -> Issue:
    """The finding of a quotation run on without opening marks: at the first paragraph that
    lacks its mark, with the mark suggested."""
    text = pars[first].text
    start = len(text) - len(text.lstrip())
    m = LETTER_RUN.match(text, start)
    end = m.end() if m else start + 1
    unmarked = sum(1 for par in pars[first:last + 1] if not _interlude(par.text.strip()))
    others = {1: "", 2: " (so does the next)"}.get(unmarked, f" (so do the next {unmarked - 1})")
    return Issue("quotes/unclosed", start, end,
                 "A quotation runs on into this paragraph, which lacks the opening mark each paragraph of a "
                 f"quotation takes{others}: open it with “", suggestions=(OPEN2 + text[start:end],))


def _paragraph_end(text: str) -> tuple[int, int] | None:
    """Span of the paragraph's last word and the punctuation after it."""
    t = text.rstrip()
    m = LAST_WORD.search(t, max(0, len(t) - 80))
    return (m.start(), m.end()) if m else None
