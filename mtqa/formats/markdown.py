"""Markdown (CommonMark, with YAML/TOML front matter and GFM tables) through markdown-it-py.

Prose is what a reader sees as text: paragraphs, headings, list items, blockquotes and
table cells. Code blocks, fenced code, HTML blocks and front matter are not prose. Inside a
paragraph the inline markup is removed (emphasis markers, link brackets and destinations,
backslash escapes) and entities are decoded; inline code, images, autolinks and bare URLs
become one U+FFFC placeholder each, so the words around them do not run together and no rule
reads code or a URL as prose.

markdown-it-py gives line ranges for blocks but no offsets for inline tokens, so every
paragraph is mapped back character by character: each line of an inline token's content
is located in its source line, then each inline token is located in the content in order
(the `text_join` rule is disabled so entities and escapes stay separate tokens that carry
their original markup). Every character of a Paragraph's text therefore has the offset of
the character it came from (an entity's characters map to its `&`, an escaped character to
the character after the backslash, a line break inside a paragraph to the end of its line).

Inline suppression uses HTML comments, as a block or inline:
``<!-- mtqa-disable RULE -->``, ``<!-- mtqa-enable RULE -->``,
``<!-- mtqa-disable-next-line RULE -->``.
"""

from __future__ import annotations

from typing import Sequence

from mtqa import rx as regex
from mtqa.errors import InputError
from mtqa.formats import PLACEHOLDER, Directive, Parsed
from mtqa.segment import Paragraph


_DIRECTIVE = regex.compile(r"<!--\s*mtqa-(disable-next-line|disable|enable)\b(.*?)-->", regex.DOTALL)
# A bare URL, read as one placeholder. A curly mark or guillemet ends it, as a straight mark does
# (and a curly single mark is not its last character): "http://x.ca”" swallowed the closing mark a
# quotes fix had just written, the quote was open again, and each `--fix` pass closed the next
# line's quote, never settling (fuzz seed 4803, stop 48).
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"'`“”«»‹›]+[^\s<>\"'`“”«»‹›‘’.,;:!?)\]]")
_RULE_SPLIT = regex.compile(r"[\s,]+")
_TOML_FRONT = regex.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n)(?:.*?(?:\r\n|\r|\n))??\+\+\+[ \t]*(?=\r\n|\r|\n|$)", regex.DOTALL)
_BR = regex.compile(r"<br\b", regex.IGNORECASE)

_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        try:
            from markdown_it import MarkdownIt
            from mdit_py_plugins.front_matter import front_matter_plugin
        except ImportError:
            raise InputError(
                "Markdown input needs markdown-it-py and mdit-py-plugins: pip install markdown-it-py mdit-py-plugins "
                "(or check the file as plain text with --input-format plain)"
            ) from None

        # commonmark: no typographer (quotes stay as typed), no linkify; tables as in GFM.
        _PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).use(front_matter_plugin).enable("table").disable("text_join")
    return _PARSER


# How deep blocks may nest (markdown-it's default preset's; its commonmark preset's 20 is a list
# nine deep). Past it markdown-it skips the rest of the block in silence, so a document that
# reaches it is refused (`_within_nesting`) rather than checked without its copy.
MAX_NESTING = 100


def _within_nesting(tokens) -> None:
    """Raise for a document whose blocks reached MAX_NESTING: markdown-it left out what lay deeper."""
    if any(t.nesting == 1 and t.level + 1 >= MAX_NESTING for t in tokens):
        raise InputError(f"block quotes or lists nested more than {MAX_NESTING} levels deep; mtqa reads Markdown "
                         "no deeper (check it as plain text with --input-format plain)")


def directives_in(comment_text: str, offset: int) -> list[Directive]:
    """Directives in a run of text that may hold HTML comments; offsets relative to `offset`."""
    out = []
    for m in _DIRECTIVE.finditer(comment_text):
        rules = tuple(r for r in _RULE_SPLIT.split(m.group(2).strip()) if r)
        out.append(Directive(m.group(1), rules, offset + m.start()))
    return out


def _line_starts(text: str) -> Sequence[int]:
    """Start offsets of lines for LF, CRLF and lone CR (markdown-it normalises all three)."""
    from mtqa.lines import LineIndex

    return LineIndex(text).starts


class _Source:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = _line_starts(text)

    def line_bounds(self, line: int) -> tuple[int, int]:
        """(start, end without line ending) of a 0-based line."""
        starts, text = self.starts, self.text
        if line >= len(starts):
            return len(text), len(text)
        start = starts[line]
        end = starts[line + 1] if line + 1 < len(starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def content_offsets(self, content: str, first_line: int, floor: int, end_line: int | None = None) -> list[int]:
        """Document offset of every character of an inline token's content (one content line per
        source line); a newline maps to the end of its source line.

        The parser strips a paragraph's content, so leading lines that hold only whitespace it
        does not call blank (a form feed, a vertical tab) are gone from it: those source lines
        are skipped, else the content would be placed on them.
        """
        offs: list[int] = []
        lines = content.split("\n")
        spare = (end_line - first_line - len(lines)) if end_line is not None else 0
        while spare > 0:
            ls, le = self.line_bounds(first_line)
            if self.text[ls:le].lstrip(" \t>").strip():
                break
            first_line += 1
            spare -= 1
        for k, cl in enumerate(lines):
            ls, le = self.line_bounds(first_line + k)
            lo = max(ls, min(floor, le))
            j = self.text.find(cl, lo, le) if cl else -1
            if j < 0:  # tabs expanded by the parser, or an unexpected shape: align on the first letter
                stripped = self.text[ls:le].lstrip(" \t>")
                j = max(lo, le - len(stripped)) if stripped else lo
                j = min(j, le)
                offs.extend(min(j + i, max(le - 1, j)) for i in range(len(cl)))
            else:
                offs.extend(range(j, j + len(cl)))
            end = j + len(cl)
            if k < len(lines) - 1:
                offs.append(min(max(end, le), le))  # the newline
            floor = end
        return offs


def _bracket_end(s: str, i: int) -> int:
    """Index just after the `]` matching the `[` at s[i] (backslash escapes respected)."""
    depth = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _link_tail_end(s: str, i: int) -> int:
    """Index after a link's destination part starting at s[i]: `(dest "title")`, `[ref]` or nothing."""
    n = len(s)
    if i < n and s[i] == "(":
        depth = 0
        quote = ""
        while i < n:
            ch = s[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'" and depth == 1 and i > 0 and s[i - 1] in " \t\n":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return n
    if i < n and s[i] == "[":
        j = s.find("]", i)
        return j + 1 if j >= 0 else i
    return i


def _inline_to_prose(tok, offs: list[int], directives: list[Directive]) -> tuple[list[str], list[int], list[int]]:
    """Walk an inline token's children; return the prose characters, their offsets and ends."""
    walk = _InlineWalk(tok.content, offs, directives)
    for child in tok.children or []:
        walk.child(child)
    return walk.chars, walk.where, walk.ends


class _InlineWalk:
    """An inline token's children in order, each located in the token's content from `c` on.

    One method per kind of child; emphasis and strikethrough markers have none (the next
    search skips them)."""

    def __init__(self, content: str, offs: list[int], directives: list[Directive]) -> None:
        self.content, self.offs, self.directives = content, offs, directives
        self.chars: list[str] = []
        self.where: list[int] = []
        self.ends: list[int] = []
        self.c = 0  # where in the content the next child is looked for
        self.in_autolink = False
        self.eat_space = False  # after a comment between two spaces: do not leave a double space

    def child(self, child) -> None:
        if self.in_autolink:
            if child.type == "link_close":
                self.in_autolink = False
            return
        eat, self.eat_space = self.eat_space, False
        step = self._STEPS.get(child.type)
        if step is not None:
            step(self, child, eat)

    def at(self, i: int) -> int:
        offs = self.offs
        return offs[min(i, len(offs) - 1)] if offs else 0

    def find(self, needle: str) -> int:
        """Where `needle` is next in the content, or the current place when it is not."""
        j = self.content.find(needle, self.c)
        return j if j >= 0 else self.c

    def run(self, s: str, lo: int, hi: int, j: int) -> None:
        """Characters s[lo:hi] that stand in the content from index j + lo on, one for one."""
        if hi <= lo:
            return
        offs = self.offs
        self.chars.extend(s[lo:hi])
        if j + hi <= len(offs):
            first, last = offs[j + lo], offs[j + hi - 1]
            if last - first == hi - lo - 1:  # contiguous in the source (the usual case)
                self.where.extend(range(first, last + 1))
                self.ends.extend(range(first + 1, last + 2))
            else:
                seg = offs[j + lo:j + hi]
                self.where.extend(seg)
                self.ends.extend([o + 1 for o in seg])
        else:  # past the mapped content (should not happen): clamp
            for i in range(lo, hi):
                o = self.at(j + i)
                self.where.append(o)
                self.ends.append(o + 1)

    def emit(self, ch: str, start: int, end: int) -> None:
        self.chars.append(ch)
        self.where.append(start)
        self.ends.append(max(end, start + 1))

    def text(self, child, eat: bool) -> None:
        s = child.content
        j = self.find(s)
        pos = 0
        if eat and self.chars and self.chars[-1] in " \t":
            while pos < len(s) and s[pos] in " \t":
                pos += 1
        for m in _URL.finditer(s) if ("://" in s or "www." in s) else ():
            self.run(s, pos, m.start(), j)
            self.emit(PLACEHOLDER, self.at(j + m.start()), self.at(j + m.end() - 1) + 1)
            pos = m.end()
        self.run(s, pos, len(s), j)
        self.c = j + len(s)

    def text_special(self, child, eat: bool) -> None:
        j = self.find(child.markup)
        at = self.at
        if child.content == child.markup:  # a backslash before a character it cannot escape
            for i, ch in enumerate(child.content):
                self.emit(ch, at(j + i), at(j + i) + 1)
        elif child.info == "escape":
            for i, ch in enumerate(child.content):
                self.emit(ch, at(j + 1 + i), at(j + 1 + i) + 1)
        else:  # an entity: every character it decodes to maps to the whole entity
            end = at(j + len(child.markup) - 1) + 1
            for ch in child.content:
                self.emit(ch, at(j), end)
        self.c = j + len(child.markup)

    def line_break(self, child, eat: bool) -> None:
        """A line break: a hard one (two spaces or a backslash before it) stays a line break;
        a soft one (a paragraph wrapped in its source) is a space, as CommonMark renders it, so
        the prose reads as the same paragraph unwrapped and nothing that reads line by line
        (the document signal's profiles) depends on where the source was wrapped. Either maps
        to the source's newline."""
        j = self.find("\n")
        self.emit("\n" if child.type == "hardbreak" else " ", self.at(j), self.at(j) + 1)
        self.c = j + 1

    def code_inline(self, child, eat: bool) -> None:
        content, m = self.content, child.markup or "`"
        j = self.find(m)
        k = content.find(m, j + len(m))
        while k >= 0 and content[k + len(m) : k + len(m) + 1] == "`":
            k = content.find(m, k + len(m) + 1)
        self.c = k + len(m) if k >= 0 else j + len(m)
        self.emit(PLACEHOLDER, self.at(j), self.at(self.c - 1) + 1)

    def html_inline(self, child, eat: bool) -> None:
        j = self.find(child.content)
        if "mtqa-" in child.content:
            self.directives.extend(directives_in(child.content, self.at(j)))
        self.eat_space = eat or child.content.startswith("<!--")
        if _BR.match(child.content):  # a line break in inline HTML separates words
            self.emit(" ", self.at(j), self.at(self.c - 1) + 1)
        self.c = j + len(child.content)

    def link_open(self, child, eat: bool) -> None:
        if child.markup == "autolink":
            j = self.find("<")
            k = self.content.find(">", j)
            self.c = k + 1 if k >= 0 else j + 1
            self.emit(PLACEHOLDER, self.at(j), self.at(self.c - 1) + 1)
            self.in_autolink = True

    def link_close(self, child, eat: bool) -> None:
        j = self.content.find("]", self.c)
        if j >= 0:
            self.c = _link_tail_end(self.content, j + 1)

    def image(self, child, eat: bool) -> None:
        j = self.find("![")
        self.c = _link_tail_end(self.content, _bracket_end(self.content, j + 1))
        self.emit(PLACEHOLDER, self.at(j), self.at(self.c - 1) + 1)

    _STEPS = {"text": text, "text_special": text_special, "softbreak": line_break, "hardbreak": line_break,
              "code_inline": code_inline, "html_inline": html_inline, "link_open": link_open,
              "link_close": link_close, "image": image}


def _blank_toml_front_matter(text: str) -> str:
    """Hugo-style ``+++`` TOML front matter, blanked (same length, so offsets stay put)."""
    m = _TOML_FRONT.match(text)
    if not m:
        return text
    return regex.sub(r"[^\r\n]", " ", m.group(0)) + text[m.end():]


def parse(text: str) -> Parsed:
    # markdown-it replaces each NUL with U+FFFD (CommonMark's rule) before parsing; so is the text
    # the paragraphs are found in (one character for one: the offsets stay the file's). Otherwise a
    # line holding a NUL was not found in its source line and was placed from the line's first
    # character, list marker included, and a fix edited the letters beside its mark.
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    tokens = _parser().parse(_blank_toml_front_matter(text) if text.startswith("+++") else text)
    _within_nesting(tokens)
    walk = _BlockWalk(text)
    for tok in tokens:
        walk.token(tok)
    return Parsed(walk.paragraphs, walk.directives)


# Block tokens that open or close a nesting which decides a paragraph's kind: (nesting, step).
_NESTING = {
    "blockquote_open": ("quote", 1), "blockquote_close": ("quote", -1),
    "list_item_open": ("list-item", 1), "list_item_close": ("list-item", -1),
    "td_open": ("cell", 1), "th_open": ("cell", 1), "td_close": ("cell", -1), "th_close": ("cell", -1),
}


class _BlockWalk:
    """One walk over markdown-it's block tokens: the nesting each inline run sits in (its
    paragraph's kind), where in the source the last block started, and the paragraphs and
    directives found so far."""

    __slots__ = ("text", "src", "paragraphs", "directives", "floor", "depth", "heading_level", "last_line")

    def __init__(self, text: str) -> None:
        self.text = text
        self.src = _Source(text)
        self.paragraphs: list[Paragraph] = []
        self.directives: list[Directive] = []
        self.floor = 0  # no inline run is looked for before the end of the previous one
        self.depth = {"quote": 0, "list-item": 0, "cell": 0}
        self.heading_level = 0
        self.last_line = 0

    def token(self, tok) -> None:
        t = tok.type
        if tok.map:
            self.last_line = tok.map[0]
        nesting = _NESTING.get(t)
        if nesting is not None:
            self.depth[nesting[0]] += nesting[1]
        elif t == "heading_open":
            self.heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            self.heading_level = 0
        elif t == "html_block" and tok.map and "mtqa-" in tok.content:
            self._html_directives(tok)
        elif t == "inline":
            self._inline(tok)

    def _html_directives(self, tok) -> None:
        """Suppression comments in an HTML block, at their place in the document."""
        start, _ = self.src.line_bounds(tok.map[0])
        _, end = self.src.line_bounds(tok.map[1] - 1)
        self.directives.extend(directives_in(self.text[start:end], start))

    def _inline(self, tok) -> None:
        """An inline run's prose, trimmed, as a paragraph of the kind its nesting gives."""
        first = tok.map[0] if tok.map else self.last_line
        offs = self.src.content_offsets(tok.content, first, self.floor, tok.map[1] if tok.map else None)
        chars, where, ends = _inline_to_prose(tok, offs, self.directives)
        if ends:
            self.floor = max(self.floor, ends[-1])
        i, j = _trimmed(chars)
        if j <= i:
            return
        offsets = where[i:j]
        offsets.append(ends[j - 1])
        self.paragraphs.append(Paragraph("".join(chars[i:j]), offsets[0], offsets, len(self.paragraphs), self._kind(),
                                         ends[i:j]))

    def _kind(self) -> str:
        """The innermost meaning wins: heading, table cell, quotation, list item, else paragraph."""
        if self.heading_level:
            return "heading"
        depth = self.depth
        if depth["cell"]:
            return "cell"
        if depth["quote"]:
            return "quote"
        if depth["list-item"]:
            return "list-item"
        return "paragraph"


def _trimmed(chars: list[str]) -> tuple[int, int]:
    """The bounds of `chars` without the white space at either end."""
    i, j = 0, len(chars)
    while i < j and chars[i].isspace():
        i += 1
    while j > i and chars[j - 1].isspace():
        j -= 1
    return i, j
