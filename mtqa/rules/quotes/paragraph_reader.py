"""One paragraph's quotation marks read left to right (`read_paragraph`): which double mark
opens and which closes (a stack, `_MarkReader`), single marks apart (`single_marks`), and the
issues met on the way. Quotes left open at the paragraph's end are the document's concern
(`analysis`).
"""

from __future__ import annotations

from mtqa.finding import Fix
from mtqa.patterns import lazy
from mtqa.rules.quotes.mark_positions import (
    END_PUNCT,
    MARKS,
    SpeechVerbIndex,
    attribution_follows,
    classify,
    says,
    ws_end,
    ws_start,
)
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.rules.quotes.quote_state import (
    CLOSE,
    CLOSE1,
    CLOSE2,
    OPEN,
    OPEN1,
    OPEN2,
    STRAIGHT2,
    Issue,
    Mark,
    ParState,
    double_glyph,
)
from mtqa.rules.quotes.single_marks import read_single
from mtqa.segment import sentence_stops


def read_paragraph(text: str, pack: QuotesPack) -> ParState:
    """Resolve a paragraph's quotation marks left to right: which opens, which closes, and
    the issues met on the way. A paragraph without a mark (about half of them) has nothing
    to resolve: its state is the empty one the reader would return, without building it."""
    if MARKS.search(text) is None:
        return ParState()
    state = _apostrophes_only(text)
    return state if state is not None else _MarkReader(text, pack).read()


_NOT_APOSTROPHES = ("“", "”", '"', OPEN1)  # marks other than the two an apostrophe is written with


def _apostrophes_only(text: str) -> ParState | None:
    """The state of a paragraph whose every mark is an apostrophe inside a word (’ or ' between
    letters or digits: Canada’s, don't), as the reader leaves it (each one's position noted,
    nothing else); None for any other paragraph. Most marked paragraphs of a clean story hold
    only these, and were read by the whole state machine."""
    if any(map(text.__contains__, _NOT_APOSTROPHES)):
        return None
    curly: list[int] = []
    straight: list[int] = []
    last = len(text) - 1
    for m in MARKS.finditer(text):
        i = m.start()
        if not (0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()):
            return None
        (curly if text[i] == CLOSE1 else straight).append(i)
    return ParState(straight_apos=straight, curly_apos=curly)


# A paragraph's first questions of whether a speech verb follows a mark are searched for; past
# this many, its words are indexed once (`SpeechVerbIndex`), which news copy never needs.
_SEARCHES_BEFORE_INDEX = 16


class _MarkReader:
    """The state machine of one paragraph's marks: double marks on a stack, singles apart."""

    def __init__(self, text: str, pack: QuotesPack) -> None:
        self.text = text
        self.pack = pack
        self.st = ParState()
        self.stack: list[tuple[int, str]] = []  # (pos, char) of open double marks
        self.single_open: list[int] = []
        self.seen_open = False
        self.by_pos: dict[int, Mark] = {}
        self.asked = 0  # questions of `attribution_follows` so far
        self.speech: SpeechVerbIndex | None = None
        self.positions = [(m.start(), m.group()) for m in MARKS.finditer(text)]
        # Each double mark's position class (O, C, F, B: `classify`), and suffix counts over
        # them: how many follow, and how many more stand in a closing than in an opening
        # position (a later surplus of closers needs this mark open).
        n = len(self.positions)
        self.classes = [""] * n
        self.doubles_after = [0] * (n + 1)
        self.surplus_after = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            i, ch = self.positions[k]
            is_double = ch in "“”\""
            cls = classify(text, i) if is_double else ""
            self.classes[k] = cls
            self.doubles_after[k] = self.doubles_after[k + 1] + is_double
            self.surplus_after[k] = self.surplus_after[k + 1] + (cls == "C") - (cls == "O")

    def read(self) -> ParState:
        handlers = {"O": self._at_opening, "C": self._at_closing, "F": self._at_floating, "B": self._at_bare}
        for k, (i, ch) in enumerate(self.positions):
            if ch in "‘’'":
                read_single(self.text, i, ch, self.single_open, self.st, self.pack)
                continue
            if self._measurement(i, ch):
                continue  # a measurement: 6' 2", 55" screen, 3.5” of rain
            more_after = self.doubles_after[k + 1] > 0
            later_closes_all = self.surplus_after[k + 1] >= len(self.stack) > 0  # closing here would orphan a later mark
            handlers[self.classes[k]](i, ch, more_after, later_closes_all)
        self.st.open_at_end = [i for i, _ in self.stack]
        return self.st

    def _measurement(self, i: int, ch: str) -> bool:
        """Whether a double mark straight after a figure is the inch sign, not a quotation mark:
        a straight one unless a straight quote is open (6' 2", 55" screen), and a curly closing
        one that nothing open could close, standing before a space, a stop or the end (word
        processors curl the inch sign too: "as much as 2.5” west of the river", a growers'
        crop report, stop 49). A closing mark after a figure while a quote is open still closes it."""
        text = self.text
        if i == 0 or not text[i - 1].isdigit():
            return False
        if ch == STRAIGHT2:
            return not self.stack or self.stack[-1][1] != STRAIGHT2
        return ch == CLOSE2 and not self.stack and (i + 1 == len(text) or not text[i + 1].isalnum())

    # ---- the mark by its position -----------------------------------------------------

    def _at_opening(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """Space before, none after: an opening mark, unless it ends a quote on the wrong side."""
        ws = ws_start(self.text, i)
        if self._closes_before_its_space(i, ch, ws, more_after, later_closes_all):
            self._misplaced_close(i, ch, trailing_space=True)
            return
        if self._reopens_open_quote(i, ch, ws):
            # "“It is over. “Nobody wants…" : a second sentence opened inside a quote still open
            self.st.issues.append(Issue("quotes/unclosed", i, i + 1,
                                        "Opening quotation mark inside a quote that is still open: close the "
                                        "quote before it, or remove this mark"))
            self.stack.pop()  # read it as the start of a new quote: the old one lost its closing mark
        if ch == CLOSE2:
            self.st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                                        "Closing quotation mark used to open a quote",
                                        Fix.safe("Use an opening mark", OPEN2)))
        self._open(i, ch)

    def _closes_before_its_space(self, i: int, ch: str, ws: int, more_after: bool, later_closes_all: bool) -> bool:
        """Whether a mark in an opening position really closes the quote before the space."""
        text, stack = self.text, self.stack
        if stack and 0 < ws < i and text[ws - 1] in END_PUNCT and not later_closes_all and (
            self.attribution_follows(i) or not more_after
        ):
            return True  # "…to stay, “she said." : the quote ends at the comma; the mark is on the wrong side
        # "…an emergency law, “the premier told reporters." : the quote's opening mark was
        # lost, and its closing mark stands on the wrong side of the space
        return (not stack and ch == OPEN2 and 0 < ws < i and text[ws - 1] == "," and not more_after
                and self.attribution_follows(i))

    def _reopens_open_quote(self, i: int, ch: str, ws: int) -> bool:
        """An opening mark after a sentence's end inside a quote still open, with no attribution."""
        stack = self.stack
        return (ch == OPEN2 and bool(stack) and stack[-1][1] == OPEN2 and 0 < ws and self.text[ws - 1] in ".!?"
                and not self.attribution_follows(i))

    def _at_closing(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """None before, space after: a closing mark, or an orphan when nothing is open."""
        if not self.stack:
            self._orphan(i, ch)
            return
        if ch == OPEN2:
            self._opening_used_to_close(i)
        self._close(i, ch)

    def _at_floating(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """Space on both sides: which side it belongs to decides the issue."""
        text, stack = self.text, self.stack
        if stack and not later_closes_all and ws_start(text, i) == i:
            # "and then—” he said": an interrupted quote closes after the dash
            if ch == OPEN2:
                self._opening_used_to_close(i)
            self._close(i, ch)
        elif stack and not later_closes_all:
            self._misplaced_close(i, ch, trailing_space=False)
        elif stack:
            self._space_after_opening(i, ch)
        else:
            nxt = ws_end(text, i + 1)
            if more_after and nxt < len(text) and text[nxt].isalnum():
                self._space_after_opening(i, ch)
            else:
                self._orphan(i, ch)

    def _at_bare(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """No space on either side: the glyph's direction and the stack decide."""
        stack = self.stack
        if ch == OPEN2:
            p = self.text[i - 1] if i > 0 else ""
            if stack and p in END_PUNCT and not later_closes_all:
                self._opening_used_to_close(i)
                self._close(i, ch)
            else:
                self._open(i, ch)
        elif ch == CLOSE2:
            if stack:
                self._close(i, ch)
            elif more_after and self._opens_glued(i):
                # "…(Ward 4).”The roads…”": the next quotation's opening mark, the wrong way round
                # and set tight against the sentence before: one slip, and the later mark closes it
                self.st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                                            "Closing quotation mark used to open a quote, with no space before it",
                                            Fix.safe("Use an opening mark after a space", " " + OPEN2)))
                self._open(i, ch)
            else:
                self._orphan(i, ch)
        elif stack:
            self._close(i, ch)
        else:
            self._open(i, ch)

    def _opens_glued(self, i: int) -> bool:
        """Whether a mark with no space on either side stands between a finished sentence and
        the capital of the next one (``.”The``): where an opening mark belongs."""
        text = self.text
        return 0 < i < len(text) - 1 and text[i - 1] in ".!?)" and text[i + 1].isupper()

    # ---- what a mark does -------------------------------------------------------------

    def _close(self, i: int, ch: str) -> None:
        opener = self.stack.pop()[0] if self.stack else -1
        self.st.marks.append(Mark(i, ch, CLOSE, opener))
        if opener >= 0:
            self.by_pos[opener].partner = i

    def _open(self, i: int, ch: str) -> None:
        self.stack.append((i, ch))
        mk = Mark(i, ch, OPEN)
        self.by_pos[i] = mk
        self.st.marks.append(mk)
        self.seen_open = True

    def _orphan(self, i: int, ch: str) -> None:
        text, st = self.text, self.st
        ws = ws_start(text, i)
        rest = text[i + 1 :] if len(text) - i < 12 else "x"
        if ws < i and rest.strip(".,;:!?… ") == "" and rest.strip():
            # " “." hanging at the end after a finished sentence: the mark and its stray punctuation
            iss = Issue("quotes/orphan-mark", ws, len(text.rstrip()), "Stray quotation mark that opens and closes nothing",
                        Fix.unsafe("Remove the stray mark", ""), ("",))
        elif ws < i and not rest.strip():
            iss = Issue("quotes/orphan-mark", ws, i + 1, "Stray quotation mark that opens and closes nothing",
                        Fix.unsafe("Remove the stray mark", ""), ("",))
        elif (prev := _lost_opening_after(text, i, st.marks, self.pack)) is not None:
            # "…how much?” I’ve seen it work.”" : the sentence after a closed quote lost its opening mark
            iss = Issue("quotes/orphan-mark", prev, i + 1,
                        "Closing quotation mark with no opening mark: the sentence before it lost its opening mark")
        else:
            iss = Issue("quotes/orphan-mark", i, i + 1,
                        "Closing quotation mark with no opening mark: add the opening mark or remove this one"
                        if ch != OPEN2 else "Quotation mark that opens and closes nothing: remove it or add its partner")
        if not self.seen_open and not st.marks and st.first_orphan_close is None and ch != OPEN2:
            st.first_orphan_close = iss
        else:
            st.issues.append(iss)
        st.marks.append(Mark(i, ch, CLOSE))

    def _misplaced_close(self, i: int, ch: str, trailing_space: bool) -> None:
        """A closing mark with whitespace before it (and maybe the wrong direction)."""
        ws = ws_start(self.text, i)
        glyph = double_glyph(ch, CLOSE)
        repl = glyph + (" " if trailing_space else "")
        if ch == OPEN2:
            self.st.issues.append(Issue("quotes/wrong-direction", ws, i + 1,
                                        "Opening quotation mark used to close a quote",
                                        Fix.safe("Use a closing mark against the quoted words", repl)))
        else:
            self.st.issues.append(Issue("quotes/space-inside", ws, i + 1,
                                        "Space before a closing quotation mark",
                                        Fix.safe("Move the closing mark against the quoted words", repl)))
        self._close(i, ch)

    def _opening_used_to_close(self, i: int) -> None:
        self.st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                                    "Opening quotation mark used to close a quote",
                                    Fix.safe("Use a closing mark", CLOSE2)))

    def _space_after_opening(self, i: int, ch: str) -> None:
        nxt = ws_end(self.text, i + 1)
        self.st.issues.append(Issue("quotes/space-inside", i, nxt, "Space after an opening quotation mark",
                                    Fix.safe("Move the opening mark against the quoted words",
                                             double_glyph(ch, OPEN))))
        self._open(i, ch)

    def attribution_follows(self, i: int) -> bool:
        """Whether a speech verb follows the mark at i (`mark_positions.attribution_follows`);
        past a few questions in one paragraph, asked of its letter runs indexed once."""
        self.asked += 1
        if self.asked <= _SEARCHES_BEFORE_INDEX:
            return attribution_follows(self.text, i + 1, self.pack)
        if self.speech is None:
            self.speech = SpeechVerbIndex(self.text, self.pack)
        return self.speech.follows(i + 1)


_SENTENCE_START = lazy(r"\s*\p{Lu}")


def _lost_opening_after(text: str, i: int, marks: list[Mark], pack: QuotesPack) -> int | None:
    """Start of the words an orphan closing mark at i ends, when they follow a closed quoted sentence.

    ``…how much?” I’ve seen it work.”``: the previous quote ended a sentence (.?! before its
    closing mark), the words since start a sentence and attribute nothing, so they are a
    second quoted sentence whose opening mark was lost. So are the words after the sentence of
    a quote's attribution (``…values,” she said. Just as much…”``).
    """
    if not marks or marks[-1].role != CLOSE or marks[-1].partner < 0:
        return None
    prev = marks[-1].pos
    if prev < 1 or text[i - 1] not in ".!?,":
        return None
    if text[prev - 1] == ",":
        # ``…values,” she said. Just as much…”``: the quote resumes after its attribution's sentence
        # the attribution's sentence ends at its first stop that ends a sentence (not "Mr.")
        stop = next(sentence_stops(text, prev, min(i, prev + 60)), 0) - 1
        if stop < 0 or text[stop] != "." or not says(text, prev + 1, stop, pack):
            return None
        prev = stop
    elif text[prev - 1] not in ".!?":
        return None
    m = _SENTENCE_START.match(text, prev + 1)
    if m is None or says(text, prev + 1, i, pack):
        return None
    return m.end() - 1
