"""Single quotation marks as the paragraph reader meets them: an apostrophe inside a word, an
elision (’90s), or a nested quote's opening or closing mark. Only clear errors are reported;
single marks are not paired on the double marks' stack.
"""

from __future__ import annotations

from mtqa.finding import Fix
from mtqa.rules.quotes.mark_positions import END_PUNCT, OPEN_BEFORE, classify
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.rules.quotes.quote_state import CLOSE1, OPEN1, STRAIGHT1, Issue, ParState
from mtqa.text.tokens import LETTER_RUN


# what may stand right before a nested quote's opening single mark set tight against it: what
# opens a quote, or the double mark of the quote it opens inside (“‘). One set, made once: made
# again for each mark it cost a pasted run of nested marks a fifth of its time (stop 47).
_OPENS_INSIDE = OPEN_BEFORE | frozenset("“\"")


def read_single(text: str, i: int, ch: str, single_open: list[int], st: ParState, pack: QuotesPack) -> None:
    """Single marks: apostrophes, elisions and nested quotes; only clear errors are reported."""
    p = text[i - 1] if i > 0 else ""
    n = text[i + 1] if i + 1 < len(text) else ""
    if p.isalnum() and n.isalnum():  # don’t, Canada’s, O’Toole
        _single_in_word(i, ch, st)
        return
    pos = classify(text, i)
    if pos == "O" or (pos == "B" and p in _OPENS_INSIDE):
        _single_opening(text, i, ch, n, single_open, st, pack)
    elif pos in ("C", "B"):
        _single_closing(text, i, ch, p, single_open, st)


def _single_in_word(i: int, ch: str, st: ParState) -> None:
    """A single mark between letters or digits is an apostrophe: noted, or reported when written
    as an opening mark."""
    if ch == OPEN1:
        st.issues.append(Issue("quotes/wrong-direction", i, i + 1, "Opening single mark used as an apostrophe",
                               Fix.safe("Use an apostrophe", CLOSE1)))
    elif ch == CLOSE1:
        st.curly_apos.append(i)
    else:
        st.straight_apos.append(i)


def _single_opening(text: str, i: int, ch: str, n: str, single_open: list[int], st: ParState,
                    pack: QuotesPack) -> None:
    """A single mark in an opening place: an elision (’90s, ’em) or a nested quote's opening mark."""
    m = LETTER_RUN.match(text, i + 1)
    word = m.group().casefold() if m else ""
    if word in pack.elisions or n.isdigit():
        # ’90s, ’n’, ’em: an elision, written with an apostrophe
        if ch == OPEN1 and (n.isdigit() or word in pack.elisions) and not _closes_later(text, i):
            st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                                   "Opening single mark used as an apostrophe", Fix.safe("Use an apostrophe", CLOSE1)))
        return
    if ch == CLOSE1 and _closes_later(text, i):
        # ’nonsense,’ : a closing mark opens a quote that a later mark closes
        st.issues.append(Issue("quotes/wrong-direction", i, i + 1, "Closing single mark used to open a quote",
                               Fix.safe("Use an opening single mark", OPEN1)))
    single_open.append(i)


def _single_closing(text: str, i: int, ch: str, p: str, single_open: list[int], st: ParState) -> None:
    """A single mark in a closing place: it closes the last open single quote, if any.

    Without one it is a plural possessive (the Joneses’ house) or the ’n’ of rock ’n’ roll.
    """
    if not single_open:
        return
    o = single_open.pop()
    if p in END_PUNCT and (text[o] == STRAIGHT1) != (ch == STRAIGHT1):
        # ‘It is over.' : one quote, opened in curly marks and closed in a straight one
        glyph = STRAIGHT1 if text[o] == STRAIGHT1 else CLOSE1
        st.issues.append(Issue("quotes/mismatched-pair", i, i + 1,
                               "Quotation opened with one kind of mark and closed with another",
                               Fix.safe("Close with the mark that opened the quote", glyph)))
    if ch == OPEN1:
        st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                               "Opening single mark used to close a quote", Fix.safe("Use a closing mark", CLOSE1)))


def _closes_later(text: str, i: int) -> bool:
    """Whether a closing single mark follows later in the sentence (‘90 per cent,’ he said)."""
    stop = min(len(text), i + 200)
    j = text.find(CLOSE1, i + 1, stop)
    k = text.find(STRAIGHT1, i + 1, stop)
    for pos in (j, k):
        if pos > 0 and classify(text, pos) == "C" and not (text[pos - 1].isalnum() and pos + 1 < len(text) and text[pos + 1].isalnum()):
            # ’n’: the elision's own closing apostrophe is followed by a space, so only count a
            # mark that is preceded by punctuation (,’ .’) as a real closing quote
            if text[pos - 1] in END_PUNCT:
                return True
    return False
