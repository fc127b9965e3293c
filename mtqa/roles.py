"""Line roles: which lines of a news page are headline, deck, byline, caption, credit or body.

A news page is not all body copy. Around the story sit its headline and deck, the byline
("By Jane Doe, The Canadian Press"), the dateline that opens the lede ("OTTAWA —"), time
stamps ("Posted October 14, 2023 9:05 am"), and photo captions with their credits
("… in Ottawa on Tuesday. THE CANADIAN PRESS/Adrian Wyld", "The Hill Times photograph by
…", "Photograph courtesy of …", "(Photo: …)"). Each follows conventions of its own:
headlines, decks and captions often keep straight quotes, captions carry credits, time
stamps spell out their months. Rules that judge body copy ask this analysis what a span is
instead of guessing again.

The analysis runs once per document (``ctx.analysis(line_roles)`` in a rule) and reads the
paragraphs line by line. Where the format marks a block (a Markdown or HTML heading, an
HTML ``figcaption``), the mark decides; elsewhere it is a layout heuristic: a line is a

- ``credit`` when it is only a photo credit;
- ``caption`` when it ends with a credit (the credit itself is ``credit``), or when it sits
  directly above a caption or credit line in the same block (an image's alt text or a
  caption whose credit is on the next line);
- ``byline`` when it starts "By Name" and is short;
- ``timestamp`` when it is only a date or time, with words such as Posted or Updated;
- ``headline`` when it is short and does not end like a sentence (headlines, subheads,
  section labels, related-story titles);
- ``deck`` when it is the one-sentence paragraph right under the first headline, or a
  paragraph above the story's dateline;
- ``quoted`` when it is an embedded social post, told by the signature the embed prints
  ("— Jane Doe (@janedoe) March 3, 2024", "A post shared by Jane Doe (@janedoe)"), a
  ``pic.twitter.com/…`` link or a "View on Instagram" line: the post's text runs from the start
  of the signature's line (or of the line above, when the signature stands alone) to its end;
  a block set apart as a quotation (Markdown ``>``, HTML ``blockquote``) is ``quoted`` whole.
  Its words are quoted as published, not the story's own copy: a premier's tweet in French
  inside an English story is a quotation, not a translator's leftover;
- ``body`` otherwise; the capitalised place and dash that open a lede are ``dateline``.
"""

from __future__ import annotations

import bisect
import enum
import time
from typing import NamedTuple

import msgspec

from mtqa.patterns import lazy

from mtqa.analysis import analysis
from mtqa.text.calendar import CALENDAR_WORDS, MONTH_ABBREVIATIONS, MONTHS

__all__ = ["CREDIT", "CreditMatch", "credit_matches", "DISPLAY_ROLES", "LayoutRole", "LineRoles", "Segment", "credits_in", "line_roles"]


class LayoutRole(str, enum.Enum):
    """What a stretch of a news page is."""

    HEADLINE = "headline"
    DECK = "deck"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    CREDIT = "credit"
    TIMESTAMP = "timestamp"
    QUOTED = "quoted"  # an embedded social post, or a block set apart as a quotation
    BODY = "body"


# Roles whose text is display or quoted matter, not running copy: house styles treat them apart.
DISPLAY_ROLES = frozenset({LayoutRole.HEADLINE, LayoutRole.DECK, LayoutRole.BYLINE, LayoutRole.CAPTION,
                           LayoutRole.CREDIT, LayoutRole.TIMESTAMP, LayoutRole.QUOTED})

_NAME = r"\p{Lu}[\p{L}'’.\-]*+"
_AGENCIES = (r"Canadian Press|Associated Press|Reuters|AP|AFP|Getty Images|Bloomberg|Postmedia|CBC|CTV|Shutterstock"
             r"|Handout|Supplied|Pool")
# Where a credit's names may start: a capital with no capital before it in its word. A later
# capital of a word reads the word to the same end (`_NAME` is possessive), so it fails where the
# first did; tried from each, a pasted word of 6,000 capitals took the 0.5 s timeout, and every rule
# reading the lines' roles failed with it (fuzz seed 4803, stop 48).
_FIRST_CAPITAL = r"(?=\p{Lu})(?<!\p{Lu}[\p{L}'’.\-]*?)"  # lazy: read back to the nearest capital only
# A photo credit in the forms Canadian pages print them.
CREDIT = lazy(
    # caption credits: "THE CANADIAN PRESS/Sean Kilpatrick", "REUTERS/Chris Wattie", "AP PHOTO/Evan Vucci"
    rf"(?<![\p{{L}}/])(?-i:THE CANADIAN PRESS|CANADIAN PRESS|REUTERS|AP|AFP|GETTY IMAGES|BLOOMBERG|POSTMEDIA"
    rf"|(?:[A-Z]{{2,}} )*PHOTO)/(?:{_NAME} ){{1,2}}{_NAME}"
    # "(Sean Kilpatrick/The Canadian Press)", "(Photo: Chris Wattie/Reuters)"
    rf"|\((?:(?:Photo|Photograph|File photo|File)[^\S\n]*(?::|by)?[^\S\n]*)?(?:{_NAME}[^\S\n]){{1,3}}{_NAME}[^\S\n]?/[^\S\n]?(?:The[^\S\n])?"
    rf"(?:{_AGENCIES}|(?:{_NAME}[^\S\n]){{1,3}}(?:Press|Images|News|Photos?|Times|Post|Star|Sun|Journal|Herald|Gazette))\)"
    # "The Daily Planet photograph by Kim Sato", "Photo courtesy of the RCMP", "Photo: Jane Doe"
    rf"|(?P<line>(?:{_FIRST_CAPITAL}(?:The[^\S\n])?(?:{_NAME}[^\S\n]){{1,3}}(?-i:photographs?|photo|file photo(?:graph)?|illustration)"
    rf"|(?-i:Photograph|Photo|File photo|Illustration))"
    rf"(?:[^\S\n](?:by|courtesy of)|:)[^\S\n](?:the[^\S\n])?(?:{_NAME}[^\S\n]?){{1,4}}(?<![^\S\n]))"
    # "The Hill Times file photograph", "(Ottawa Citizen file photo)", "Montreal Gazette files" (no name)
    rf"|(?P<bare>(?:\((?=[^\n()]{{1,80}}\)))?{_FIRST_CAPITAL}(?:The[^\S\n])?(?:{_NAME}[^\S\n]){{1,3}}"
    rf"(?-i:file photo(?:graph)?|files|archives)\)?(?=[^\S\n]*$))"
)
# Every form of a credit holds one of these, as written: what a text without one cannot be
# (`credits_in`, and the trigger of `house/credit-form`).
CREDIT_KEYS = ("/", "hoto", "llustration", "files", "archives")

_MONTH = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))
# An embedded post's signature ends with its author's handle: "— Jane Doe (@janedoe) March 3,
# 2024" (the date after it is what tells a post from a handle named in a sentence) or "A post
# shared by Jane Doe (@janedoe)". A tweet's text may end with its picture link.
_POST_HANDLE = lazy(
    rf"\(@[\w.]{{1,30}}\)(?P<date>[^\S\n]+(?:(?:{_MONTH})\.?[^\S\n]\d{{1,2}},[^\S\n]\d{{4}}"
    rf"|\d{{1,2}}[^\S\n](?:{_MONTH})\.?[^\S\n]\d{{4}}))?"
)
_PICTURE_LINK = lazy(r"pic\.twitter\.com/\w+")
_SHARED_BY = "A post shared by "
_SIGNATURE_DASHES = frozenset("—–―-")
_SIGNATURE_REACH = 80  # characters from a signature's dash or "A post shared by" to the handle
# An embed's own line: "View on X", "View this post on Instagram".
_POST_LINE = lazy(r"^View (?:(?:this|the) (?:post|tweet|video|reel) |more )?on "
                  r"(?:X|Twitter|Instagram|Facebook|TikTok|Threads|Bluesky)\W*$")
_POST_KEYS = ("(@", "pic.twitter.com/", "View ")

# What may follow a credit on its line: a second credit ("… and illustration by Jane Doe").
_CREDIT_TAIL = lazy(r"(?i)\b(?:photo|photograph|photographs|illustration|courtesy|credit|by|files|archives)\b|/")
_BYLINE = lazy(r"^(?:\p{Lu}\p{Ll}+)?(?:By|BY)\s+\p{Lu}")  # "By Jane Doe", "FeatureBY JANE DOE"
_DATELINE = lazy(
    r"^\p{Lu}[\p{Lu}'’.\-]+(?:\s\p{Lu}[\p{Lu}'’.\-]*){0,3}(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?"
    r"(?:\s\((?:CP|AP|AFP)\))?\s?(?:—|–|--)\s?(?=\S)"
)
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'.-")  # what a dateline's second character may be, in ASCII


def _dateline(line: str):
    """`_DATELINE`'s match at the start of `line`, or None. Its first word is two capitals or
    more ("OTTAWA", "ST. JOHN'S"): a line whose second character is any other ASCII character
    (most lines: "The …") is not tried."""
    second = line[1:2]
    if second.isascii() and second not in _DATELINE_SECOND:
        return None
    return _DATELINE.match(line)


_TIME_WORDS = frozenset(
    """am pm a.m p.m
    et est edt ct cst cdt mt mst mdt pt pst pdt at on posted published updated last modified date ago min mins
    minute minutes hour hours day days week weeks month months year years utc gmt""".split()
) | CALENDAR_WORDS
_TIME_PIECE = lazy(r"\p{L}[\p{L}.]*|\d+")
_SENTENCE_END = lazy(r"[.!?…][\"'”’)\]]*\s*$")
_INNER_SENTENCE = lazy(r"[.!?][\"'”’]?\s+\p{Lu}")
_HEADLINE_MAX_WORDS = 24
_DECK_MAX_WORDS = 30


class Segment(msgspec.Struct, frozen=True):
    """A stretch of the document (offsets into the input) and its role."""

    start: int
    end: int
    role: LayoutRole


class LineRoles:
    """The roles of one document's lines, looked up by document offset or paragraph index."""

    __slots__ = ("segments", "_starts")

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = tuple(sorted(segments, key=lambda s: s.start))
        self._starts = [s.start for s in self.segments]

    def at(self, offset: int) -> LayoutRole:
        """The role of the character at document offset `offset` (body when no line holds it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return self.segments[i].role
        return LayoutRole.BODY

    def role(self, par, index: int) -> LayoutRole:
        """The role of `par.text[index]`."""
        return self.at(par.to_doc(min(index, max(len(par.text) - 1, 0))))

    def is_display(self, par, index: int) -> bool:
        """Whether `par.text[index]` is display matter (headline, deck, byline, caption, credit, time stamp)."""
        return self.role(par, index) in DISPLAY_ROLES

    def quoted_span(self, par, index: int) -> tuple[int, int] | None:
        """The span of `par.text` of the quoted stretch that holds `par.text[index]` (an embedded
        post, a block quotation), or None when that character is not quoted: rules that judge the
        story's own words read what it quotes as a whole (its language, say) before keeping quiet
        on it. A span, not its text: a rule asking for each word of a long quotation judges the
        stretch once (keyed by its span) instead of copying it again for every word."""
        offset = par.to_doc(min(index, max(len(par.text) - 1, 0)))
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or not self.segments[i].start <= offset < self.segments[i].end:
            return None
        seg = self.segments[i]
        if seg.role is not LayoutRole.QUOTED:
            return None
        return _text_index(par, seg.start), _text_index(par, seg.end)

    def quoted_text(self, par, index: int) -> str | None:
        """The quoted stretch of `par.text` that holds `par.text[index]` (see quoted_span)."""
        span = self.quoted_span(par, index)
        return None if span is None else par.text[span[0]:span[1]]

    def spans(self, role: LayoutRole) -> list[Segment]:
        return [s for s in self.segments if s.role is role]


def _text_index(par, offset: int) -> int:
    """The index of `par.text` at document offset `offset` (clipped to the paragraph)."""
    if par.offsets is None:
        return min(max(offset - par.start, 0), len(par.text))
    return min(bisect.bisect_left(par.offsets, offset), len(par.text))


# One match of `CREDIT` in a text: its span, and whether it is a credit in words ("photo by …",
# "… file photo"), which may also be a sentence about a photo. NamedTuple's call form, types as
# types: no `compile` at import (`mtqa.scan.triggers.Hit` says why).
CreditMatch = NamedTuple("CreditMatch", [("start", int), ("end", int), ("in_words", bool)])  # noqa: UP014


def credit_matches(text: str, timeout: float = 0.5) -> list[CreditMatch]:
    """`CREDIT.finditer(text)`'s matches, searched only in the lines that hold a credit's key.

    No form of a credit crosses a line break and each holds one of `CREDIT_KEYS`, so a line
    without one holds none; a long multi-line paragraph (a scraped list, a page's metadata) with
    one slash is then not searched whole. A line is searched alone, followed by a line break and
    a letter when the text goes on after it, so that `$` (the text's end, which a bare "… file
    photo" must reach) matches where it did in the whole text. Raises TimeoutError after `timeout`
    seconds in all, as the whole search did.
    """
    deadline = time.monotonic() + timeout
    found: list[CreditMatch] = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        if any(map(line.__contains__, CREDIT_KEYS)):
            # the last line (or the last but a final line break) is searched as it stands; any
            # other line with a letter after its break, so `$` does not match at its end
            piece = text[start:] if end >= size - 1 else line + "\nx"
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("credit search timed out")
            for m in CREDIT.finditer(piece, timeout=left):
                found.append(CreditMatch(start + m.start(), start + m.end(), bool(m.group("line") or m.group("bare"))))
        start = end + 1
    return found


def credits_in(text: str) -> list[tuple[int, int]]:
    """Spans of the photo credits in `text`."""
    if not any(map(text.__contains__, CREDIT_KEYS)):
        return []
    return [m.span() for m in CREDIT.finditer(text, timeout=0.5)]


def _is_timestamp(line: str) -> bool:
    first = _TIME_PIECE.search(line)
    if first is None:
        return False
    p = first.group()
    if not p.isdigit() and p.casefold().rstrip(".") not in _TIME_WORDS:
        return False  # what the loop below decides at its first piece, without reading the line
    pieces = _TIME_PIECE.findall(line, concurrent=False)
    if not pieces or len(pieces) > 12:
        return False
    has_date = False
    for p in pieces:
        low = p.casefold().rstrip(".")
        if p.isdigit():
            has_date = True
            continue
        if low not in _TIME_WORDS:
            return False
        if low not in ("at", "on", "posted", "published", "updated", "last", "modified", "date"):
            has_date = True
    return has_date


def _at_most_words(line: str, n: int) -> bool:
    """Whether `line` has at most `n` words, without splitting a long line past its (n + 1)th."""
    return len(line.split(None, n)) <= n


_STOPS = frozenset(".!?…")


def _ends_sentence(text: str) -> bool:
    """Whether `_SENTENCE_END` finds a match in `text`, searched only when the last character
    leaves it open: a stop ends a match there; an ASCII letter or digit is none of the
    pattern's characters, nor a line break before which `$` could stand."""
    last = text[-1:]
    if last in _STOPS:
        return True
    if not last or (last.isascii() and last.isalnum()):
        return False
    return _SENTENCE_END.search(text) is not None


def _classify(line: str) -> tuple[LayoutRole, tuple[int, int] | None]:
    """Role of one line seen alone, and the span of a credit that ends it (if any)."""
    stripped = line.strip()
    creds = credits_in(line)
    if creds:
        last_s, last_e = creds[-1]
        tail = line[last_e:].strip(" .;,")
        head = line[:creds[0][0]].strip(" .—–-|")
        if not tail or (_at_most_words(tail, 6) and _CREDIT_TAIL.search(tail) and not _ends_sentence(tail)):
            if not head:
                return LayoutRole.CREDIT, None
            return LayoutRole.CAPTION, (creds[0][0], len(line.rstrip()))
    if _is_timestamp(stripped):
        return LayoutRole.TIMESTAMP, None
    if _BYLINE.match(stripped) and _at_most_words(stripped, 14) and not _ends_sentence(stripped):
        return LayoutRole.BYLINE, None
    # The ending first: most lines are body text ending in a stop, told by their last character
    # without splitting their first 25 words (the tests are pure: their order is free).
    if (not _ends_sentence(stripped) and _at_most_words(stripped, _HEADLINE_MAX_WORDS)
            and not _INNER_SENTENCE.search(stripped) and not _dateline(stripped)):
        return LayoutRole.HEADLINE, None
    return LayoutRole.BODY, None


@analysis("roles")
def line_roles(doc) -> LineRoles:
    """The layout role of every line of `doc` (see the module docstring); pure, linear in the text."""
    lines = _nonblank_lines(doc)
    roles, credit_spans = _roles_alone(lines)
    _mark_captions_above(lines, roles)
    _mark_deck(lines, roles)
    _mark_above_dateline(lines, roles)
    quoted_to = _mark_quoted(lines, roles)
    segments: list[Segment] = []
    for line, role, cred, upto in zip(lines, roles, credit_spans, quoted_to):
        if upto is None:
            segments.extend(_line_segments(line, role, cred))
        else:
            segments.extend(_quoted_segments(line, role, upto))
    return LineRoles([seg for seg in segments if seg.end > seg.start])


# One non-blank line: (paragraph, start, end, text, whether it is the first line of its block).
_Line = tuple[object, int, int, str, bool]


def _nonblank_lines(doc) -> list[_Line]:
    """Every non-blank line of every paragraph, with its offsets in the paragraph's text."""
    lines: list[_Line] = []
    for par in doc.paragraphs:
        pos = 0
        for k, line in enumerate(par.text.split("\n")):
            start, pos = pos, pos + len(line) + 1
            if line.strip():
                lines.append((par, start, start + len(line), line, k == 0))
    return lines


def _roles_alone(lines: list[_Line]) -> tuple[list[LayoutRole], list[tuple[int, int] | None]]:
    """Each line's role from its block's mark or its own text, and the span of a credit ending it."""
    roles: list[LayoutRole] = []
    credit_spans: list[tuple[int, int] | None] = []
    for par, _s, _e, line, _first in lines:
        kind = getattr(par, "kind", "paragraph")
        if kind in ("heading", "title"):
            roles.append(LayoutRole.HEADLINE)
            credit_spans.append(None)
            continue
        role, cred = _classify(line)
        if kind == "caption" and role not in (LayoutRole.CAPTION, LayoutRole.CREDIT):
            role = LayoutRole.CAPTION  # an HTML figcaption says so itself
        roles.append(role)
        credit_spans.append(cred)
    return roles, credit_spans


def _mark_captions_above(lines: list[_Line], roles: list[LayoutRole]) -> None:
    """A line directly above a caption or credit line of the same block is its caption (or alt text)."""
    for i in range(len(lines) - 2, -1, -1):
        nxt_par, _, _, _, nxt_first = lines[i + 1]
        if (nxt_par is lines[i][0] and not nxt_first and roles[i + 1] in (LayoutRole.CAPTION, LayoutRole.CREDIT)
                and roles[i] in (LayoutRole.BODY, LayoutRole.HEADLINE)):
            roles[i] = LayoutRole.CAPTION


def _mark_deck(lines: list[_Line], roles: list[LayoutRole]) -> None:
    """The one-sentence paragraph under the first headline (among the first lines) is its deck."""
    first_head = next((i for i, r in enumerate(roles) if r is LayoutRole.HEADLINE), None)
    if first_head is None or first_head + 1 >= len(lines) or first_head > 3:
        return
    j = first_head + 1
    text = lines[j][3].strip()
    if (roles[j] is LayoutRole.BODY and lines[j][4] and _at_most_words(text, _DECK_MAX_WORDS)
            and not _INNER_SENTENCE.search(text) and not _dateline(text) and j + 1 < len(lines)):
        roles[j] = LayoutRole.DECK


def _mark_above_dateline(lines: list[_Line], roles: list[LayoutRole]) -> None:
    """Above the story's dateline (when it opens one of the first lines) stands display matter only."""
    dateline_at = next((i for i, ln in enumerate(lines[:15]) if _dateline(ln[3].strip())), None)
    if dateline_at is None:
        return
    for i in range(dateline_at):
        if roles[i] is LayoutRole.BODY:
            roles[i] = LayoutRole.DECK


def _mark_quoted(lines: list[_Line], roles: list[LayoutRole]) -> list[int | None]:
    """Where each line's quoted matter ends (None: it has none), and whole quoted lines marked
    ``quoted``: a block set apart as a quotation, an embed's own line, and an embedded post up
    to its signature; a signature alone on its line takes the line above as the post's text."""
    upto: list[int | None] = [None] * len(lines)
    for i, (par, _s, _e, line, _first) in enumerate(lines):
        if getattr(par, "kind", "paragraph") == "quote":
            upto[i] = len(line)
            continue
        if not any(map(line.__contains__, _POST_KEYS)):
            continue
        if _POST_LINE.match(line.strip()):
            upto[i] = len(line)
            continue
        ends = _post_ends(line)
        if not ends:
            continue
        upto[i] = ends[-1][1]
        if not line[:ends[0][0]].strip() and i > 0 and upto[i - 1] is None:
            upto[i - 1] = len(lines[i - 1][3])  # "— Jane Doe (@janedoe) …" under the post's text
    for i, end in enumerate(upto):
        if end is not None and not lines[i][3][end:].strip():
            roles[i] = LayoutRole.QUOTED
    return upto


def _post_ends(line: str) -> list[tuple[int, int]]:
    """The spans of the signatures and picture links that end embedded posts on `line`, in order.
    Each is found from its handle or link (rare in a line), then its opening read within a short
    reach before the handle: linear in the line, whatever it holds."""
    spans = [m.span() for m in _PICTURE_LINK.finditer(line)] if "pic.twitter.com/" in line else []
    if "(@" in line:
        for m in _POST_HANDLE.finditer(line):
            lead = _signature_start(line, max(0, m.start() - _SIGNATURE_REACH), m.start(), m.group("date") is not None)
            if lead is not None:
                spans.append((lead, m.end()))
    return sorted(spans)


def _signature_start(line: str, reach: int, handle: int, dated: bool) -> int | None:
    """Where the signature before the handle at `handle` opens ("A post shared by", or a dash at
    a word's start when a date follows the handle), looked for after the last bracket between
    `reach` and the handle; None when there is none."""
    if not line[handle - 1:handle].isspace():
        return None  # "Jane Doe (@janedoe)": a space before the handle
    cut = max(line.rfind("(", reach, handle), line.rfind(")", reach, handle), line.rfind("\n", reach, handle), reach - 1) + 1
    shared = line.rfind(_SHARED_BY, cut, handle)
    if shared >= 0:
        return shared
    if not dated:
        return None
    for k in range(cut, handle):
        if line[k] in _SIGNATURE_DASHES and (k == 0 or line[k - 1].isspace()):
            return k
    return None


def _quoted_segments(line: _Line, role: LayoutRole, upto: int) -> list[Segment]:
    """A line quoted up to `upto`: the quoted stretch, and what follows it (a page's related
    headline glued after a post's signature) in the line's own role."""
    par, s, e, text, _ = line
    lead = len(text) - len(text.lstrip())
    cut = s + upto
    rest = LayoutRole.BODY if role is LayoutRole.QUOTED else role
    return [_segment(par, s + lead, cut, LayoutRole.QUOTED), _segment(par, cut, e, rest)]


def _line_segments(line: _Line, role: LayoutRole, cred: tuple[int, int] | None) -> list[Segment]:
    """One line's segments: a body line split at its dateline, a captioned line at its credit."""
    par, s, e, text, _ = line
    lead = len(text) - len(text.lstrip())
    s += lead
    if role is LayoutRole.BODY:
        m = _dateline(text.strip())
        if not m:
            return [_segment(par, s, e, LayoutRole.BODY)]
        body_from = s + m.end()
        return [_segment(par, s, body_from, LayoutRole.DATELINE), _segment(par, body_from, e, LayoutRole.BODY)]
    if cred is not None:
        cs = s - lead + cred[0]
        return [_segment(par, s, cs, role), _segment(par, cs, e, LayoutRole.CREDIT)]
    return [_segment(par, s, e, role)]


def _segment(par, start: int, end: int, role: LayoutRole) -> Segment:
    s, e = par.span_to_doc(start, end)
    return Segment(s, e, role)
