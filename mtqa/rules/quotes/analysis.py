"""The quotes analysis: one state machine reads every paragraph of a story once and resolves
each mark as opening or closing (or an apostrophe), pairs them, and records what does not pair
up; `quote_marks` is the declared analysis (mtqa.analysis) every quotes rule reads.
"""

from __future__ import annotations

from bisect import bisect_right

import msgspec

from mtqa.analysis import analysis
from mtqa.finding import Fix
from mtqa.patterns import lazy
from mtqa.rule import RuleContext
from mtqa.rules.quotes.pack import QuotesPack
from mtqa.segment import SENTENCE_FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS
from mtqa.text.quotation import quotation_runs_past
from mtqa.text.tokens import LETTER_RUN
from mtqa.text.truncation import cut_short

OPEN2, CLOSE2, STRAIGHT2 = "“", "”", '"'
OPEN1, CLOSE1, STRAIGHT1 = "‘", "’", "'"

_MARKS = lazy(r"[“”\"‘’']")
_OPEN_BEFORE = frozenset("([{—–/")  # what may stand right before an opening mark
_CLOSE_AFTER = frozenset(".,;:!?)]}—–…-/")  # what may stand right after a closing mark
_END_PUNCT = frozenset(",.!?…;:")
_RUN_INTO_WORD = frozenset(".…—–-")

# Roles of a resolved double mark.
OPEN, CLOSE = "open", "close"


class Mark(msgspec.Struct):
    """A double (or single) mark as the state machine resolved it."""

    pos: int
    char: str
    role: str  # OPEN or CLOSE
    partner: int = -1  # index of the matching mark in text, -1 if none


class Issue(msgspec.Struct):
    rule: str
    start: int
    end: int
    message: str
    fix: Fix | None = None
    suggestions: tuple[str, ...] = ()
    confidence: float | None = None


class ParState(msgspec.Struct):
    marks: list[Mark] = msgspec.field(default_factory=list)  # resolved double marks, in order
    issues: list[Issue] = msgspec.field(default_factory=list)
    open_at_end: list[int] = msgspec.field(default_factory=list)  # positions of marks still open
    first_orphan_close: Issue | None = None  # an orphan closing mark before any opening one
    straight_apos: list[int] = msgspec.field(default_factory=list)
    curly_apos: list[int] = msgspec.field(default_factory=list)


def _classify(text: str, i: int) -> str:
    """Position of the mark at i: O (opening), C (closing), F (floating: space both sides), B (no space)."""
    p = text[i - 1] if i > 0 else None
    n = text[i + 1] if i + 1 < len(text) else None
    left_open = p is None or p.isspace() or (p in _OPEN_BEFORE and (i < 2 or not text[i - 2].isalnum()))
    right_close = n is None or n.isspace() or n in _CLOSE_AFTER
    if right_close and n is not None and n in _RUN_INTO_WORD and _run_into_word(text, i + 1):
        right_close = False
    return _POSITION[left_open, right_close]


# (space or opening punctuation before, space or closing punctuation after) -> position
_POSITION = {(True, False): "O", (False, True): "C", (True, True): "F", (False, False): "B"}


def _run_into_word(text: str, j: int) -> bool:
    """Whether the run of dots or dashes from j (at most 7) leads into a word: “…and then”,
    “—and that is final”, where the mark before it opens."""
    i = j - 1
    while j < len(text) and j - i < 8 and text[j] in _RUN_INTO_WORD:
        j += 1
    return j < len(text) and text[j].isalnum()


def _ws_start(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    return j


def _ws_end(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    return j


def attribution_follows(text: str, i: int, pack: QuotesPack) -> bool:
    """Whether a speech verb stands within the next four words after position i."""
    for k, m in enumerate(LETTER_RUN.finditer(text, i, min(len(text), i + 60))):
        if k >= 4:
            break
        if m.group().casefold() in pack.speech_verbs:
            return True
    return False


def double_glyph(style_char: str, role: str) -> str:
    if style_char == STRAIGHT2:
        return STRAIGHT2
    return OPEN2 if role == OPEN else CLOSE2


def _analyse_paragraph(text: str, pack: QuotesPack) -> ParState:
    """Resolve a paragraph's quotation marks left to right: which opens, which closes, and
    the issues met on the way. A paragraph without a mark (about half of them) has nothing
    to resolve: its state is the empty one the reader would return, without building it."""
    if _MARKS.search(text) is None:
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
    for m in _MARKS.finditer(text):
        i = m.start()
        if not (0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()):
            return None
        (curly if text[i] == CLOSE1 else straight).append(i)
    return ParState(straight_apos=straight, curly_apos=curly)


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
        self.positions = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
        # Each double mark's position class (O, C, F, B: `_classify`), and suffix counts over
        # them: how many follow, and how many more stand in a closing than in an opening
        # position (a later surplus of closers needs this mark open).
        n = len(self.positions)
        self.classes = [""] * n
        self.doubles_after = [0] * (n + 1)
        self.surplus_after = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            i, ch = self.positions[k]
            is_double = ch in "“”\""
            cls = _classify(text, i) if is_double else ""
            self.classes[k] = cls
            self.doubles_after[k] = self.doubles_after[k + 1] + is_double
            self.surplus_after[k] = self.surplus_after[k + 1] + (cls == "C") - (cls == "O")

    def read(self) -> ParState:
        handlers = {"O": self._at_opening, "C": self._at_closing, "F": self._at_floating, "B": self._at_bare}
        for k, (i, ch) in enumerate(self.positions):
            if ch in "‘’'":
                _single(self.text, i, ch, self.single_open, self.st, self.pack)
                continue
            if ch == STRAIGHT2 and i > 0 and self.text[i - 1].isdigit() \
                    and (not self.stack or self.stack[-1][1] != STRAIGHT2):
                continue  # a measurement: 6' 2", 55" screen
            more_after = self.doubles_after[k + 1] > 0
            later_closes_all = self.surplus_after[k + 1] >= len(self.stack) > 0  # closing here would orphan a later mark
            handlers[self.classes[k]](i, ch, more_after, later_closes_all)
        self.st.open_at_end = [i for i, _ in self.stack]
        return self.st

    # ---- the mark by its position -----------------------------------------------------

    def _at_opening(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """Space before, none after: an opening mark, unless it ends a quote on the wrong side."""
        ws = _ws_start(self.text, i)
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
        if stack and 0 < ws < i and text[ws - 1] in _END_PUNCT and not later_closes_all and (
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
        if stack and not later_closes_all and _ws_start(text, i) == i:
            # "and then—” he said": an interrupted quote closes after the dash
            if ch == OPEN2:
                self._opening_used_to_close(i)
            self._close(i, ch)
        elif stack and not later_closes_all:
            self._misplaced_close(i, ch, trailing_space=False)
        elif stack:
            self._space_after_opening(i, ch)
        else:
            nxt = _ws_end(text, i + 1)
            if more_after and nxt < len(text) and text[nxt].isalnum():
                self._space_after_opening(i, ch)
            else:
                self._orphan(i, ch)

    def _at_bare(self, i: int, ch: str, more_after: bool, later_closes_all: bool) -> None:
        """No space on either side: the glyph's direction and the stack decide."""
        stack = self.stack
        if ch == OPEN2:
            p = self.text[i - 1] if i > 0 else ""
            if stack and p in _END_PUNCT and not later_closes_all:
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
        ws = _ws_start(text, i)
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
        ws = _ws_start(self.text, i)
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
        nxt = _ws_end(self.text, i + 1)
        self.st.issues.append(Issue("quotes/space-inside", i, nxt, "Space after an opening quotation mark",
                                    Fix.safe("Move the opening mark against the quoted words",
                                             double_glyph(ch, OPEN))))
        self._open(i, ch)

    def attribution_follows(self, i: int) -> bool:
        return attribution_follows(self.text, i + 1, self.pack)


def _single(text: str, i: int, ch: str, single_open: list[int], st: ParState, pack: QuotesPack) -> None:
    """Single marks: apostrophes, elisions and nested quotes; only clear errors are reported."""
    p = text[i - 1] if i > 0 else ""
    n = text[i + 1] if i + 1 < len(text) else ""
    if p.isalnum() and n.isalnum():  # don’t, Canada’s, O’Toole
        _single_in_word(i, ch, st)
        return
    pos = _classify(text, i)
    if pos == "O" or (pos == "B" and p in _OPEN_BEFORE | set("“\"")):
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
    if p in _END_PUNCT and (text[o] == STRAIGHT1) != (ch == STRAIGHT1):
        # ‘It is over.' : one quote, opened in curly marks and closed in a straight one
        glyph = STRAIGHT1 if text[o] == STRAIGHT1 else CLOSE1
        st.issues.append(Issue("quotes/mismatched-pair", i, i + 1,
                               "Quotation opened with one kind of mark and closed with another",
                               Fix.safe("Close with the mark that opened the quote", glyph)))
    if ch == OPEN1:
        st.issues.append(Issue("quotes/wrong-direction", i, i + 1,
                               "Opening single mark used to close a quote", Fix.safe("Use a closing mark", CLOSE1)))


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
        stop = text.find(". ", prev, min(i, prev + 60))
        if stop < 0 or not _says(text, prev + 1, stop, pack) or _abbreviation_before(text, stop):
            return None
        prev = stop
    elif text[prev - 1] not in ".!?":
        return None
    m = _SENTENCE_START.match(text, prev + 1)
    if m is None or _says(text, prev + 1, i, pack):
        return None
    return m.end() - 1


_LAST_WORD = lazy(r"[\p{L}.\-]+$")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or an initial (``St.``, ``J.``), not a sentence."""
    m = _LAST_WORD.search(text, max(0, stop - 12), stop)
    word = m.group() if m else ""
    return len(word) == 1 or word in TITLE_ABBREVIATIONS or word in SENTENCE_FINAL_ABBREVIATIONS or "." in word


def _says(text: str, start: int, end: int, pack: QuotesPack) -> bool:
    """Whether the words between start and end hold a speech verb (said, added, told)."""
    return any(w.group().casefold() in pack.speech_verbs for w in LETTER_RUN.finditer(text, start, end))


def _closes_later(text: str, i: int) -> bool:
    """Whether a closing single mark follows later in the sentence (‘90 per cent,’ he said)."""
    stop = min(len(text), i + 200)
    j = text.find(CLOSE1, i + 1, stop)
    k = text.find(STRAIGHT1, i + 1, stop)
    for pos in (j, k):
        if pos > 0 and _classify(text, pos) == "C" and not (text[pos - 1].isalnum() and pos + 1 < len(text) and text[pos + 1].isalnum()):
            # ’n’: the elision's own closing apostrophe is followed by a space, so only count a
            # mark that is preceded by punctuation (,’ .’) as a real closing quote
            if text[pos - 1] in _END_PUNCT:
                return True
    return False


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
    states = [_analyse_paragraph(p.text, pack) for p in pars]
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
    m = _LAST_WORD.search(body, max(0, len(body) - 80))
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


_LAST_WORD = lazy(r"[\p{L}\p{N}’'\-]+[.!?…,;:]*$")


def _paragraph_end(text: str) -> tuple[int, int] | None:
    """Span of the paragraph's last word and the punctuation after it."""
    t = text.rstrip()
    m = _LAST_WORD.search(t, max(0, len(t) - 80))
    return (m.start(), m.end()) if m else None


def opens_sentence_quote(text: str, o: int) -> bool:
    """Whether the mark at o opens a quoted sentence: after a colon, comma or a sentence end."""
    j = _ws_start(text, o)
    if j == 0:
        return True
    prev = text[j - 1]
    if prev in ",:;":
        return True
    if prev in "”\"’'" and j >= 2:
        prev = text[j - 2]
    return prev in ".!?…"
