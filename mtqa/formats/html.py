"""HTML: an article page or a CMS fragment, through the standard library's html.parser.

Block elements (p, h1–h6, li, blockquote, td, th, figcaption, dt, dd, caption, and a div or
any other container with text of its own) delimit paragraphs: text is gathered until the
next block element opens or closes. What is not prose is dropped: the content of script,
style, noscript, template, pre, head (and so title), svg, math, iframe, textarea, select,
object; attribute values; tags. Inline code and images become one U+FFFC placeholder each,
so the words around them neither run together nor read the code. Whitespace runs collapse
to one space, as a browser renders them (a no-break space is kept: it is not collapsible).

Entities and character references (``&rsquo;``, ``&nbsp;``, ``&#8220;``, ``&#x201d;``) are
decoded for the rules; every decoded character maps back to the offset of its entity in the
original, and a finding that ends on one covers the whole entity.

Inline suppression uses comments: ``<!-- mtqa-disable RULE -->``,
``<!-- mtqa-enable RULE -->``, ``<!-- mtqa-disable-next-line RULE -->``.
"""

from __future__ import annotations

import html as html_mod
from html.parser import HTMLParser

from mtqa import rx as regex
from mtqa.formats import PLACEHOLDER, Directive, Parsed
from mtqa.formats.markdown import directives_in
from mtqa.segment import Paragraph

SKIP = frozenset(
    "script style noscript template pre code head title svg math iframe textarea select object".split()
)
# Inline elements that stand for something that is not prose: one placeholder each.
PLACEHOLDER_ELEMENTS = frozenset({"code", "img", "kbd", "samp", "var", "svg", "math", "iframe", "object", "input"})
BLOCKS = frozenset(
    """p h1 h2 h3 h4 h5 h6 li blockquote td th figcaption dt dd caption div section article header footer
    main aside nav ul ol dl table thead tbody tfoot tr figure address hr form fieldset legend details summary
    body html center""".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# A new one of these closes an open one of the same group (HTML's implied end tags).
_IMPLIED = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"}, "th": {"td", "th"},
            "tr": {"tr"}}
_KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
         "li": "list-item", "td": "cell", "th": "cell", "figcaption": "caption", "caption": "caption",
         "dt": "list-item", "dd": "list-item"}
_ENTITY = regex.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")
_COLLAPSIBLE = " \t\n\r\f"
_NOT_A_TAG = "\ue000"  # stands for a "<" that cannot open a tag, while parsing only
_ODD_SPACE = regex.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


class _Extractor(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        # html.parser counts lines by "\n" only; so do these starts.
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self.nl_starts = starts
        self.paragraphs: list[Paragraph] = []
        self.directives: list[Directive] = []
        self.chars: list[str] = []
        self.where: list[int] = []
        self.ends: list[int] = []
        self.blocks: list[str] = []
        self.skip: list[str] = []

    # ---- positions ---------------------------------------------------------------------

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.nl_starts[line - 1] + col

    # ---- paragraph building --------------------------------------------------------------

    def emit(self, ch: str, start: int, end: int) -> None:
        if ch in _COLLAPSIBLE:
            if not self.chars or self.chars[-1] == " ":
                return
            ch = " "
        self.chars.append(ch)
        self.where.append(start)
        self.ends.append(end)

    def kind(self) -> str:
        for tag in reversed(self.blocks):
            if tag in _KIND:
                return _KIND[tag]
            if tag == "blockquote":
                return "quote"
        return "paragraph"

    def flush(self) -> None:
        chars, where, ends = self.chars, self.where, self.ends
        j = len(chars)
        while j and chars[j - 1] == " ":
            j -= 1
        text = "".join(chars[:j]) if j else ""
        if text and text.replace(PLACEHOLDER, "").strip():
            offsets = where[:j] + [ends[j - 1]]
            self.paragraphs.append(Paragraph(text, offsets[0], offsets, len(self.paragraphs), self.kind(), ends[:j]))
        self.chars, self.where, self.ends = [], [], []

    # ---- parser callbacks ------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs) -> None:
        """A tag opening: skipped content, a placeholder, a line break as a space, or a block."""
        if self._inside_skipped(tag):
            return
        start = self._pos()
        if tag in PLACEHOLDER_ELEMENTS:
            self._emit_for_tag(PLACEHOLDER, start)
        if tag in SKIP:
            self._start_skipping(tag)
        elif tag == "br":
            self._emit_for_tag(" ", start)
        elif tag in BLOCKS:
            self._open_block(tag)

    def _inside_skipped(self, tag: str) -> bool:
        """Whether the tag opens inside skipped content (counting a nested one of the same name, so
        its end is not taken for the outer one's). A block or <body> ends a <head> left open, as
        its end tag is optional."""
        if self.skip == ["head"] and (tag == "body" or tag in BLOCKS):
            self.skip.clear()  # </head> is optional
        if self.skip:
            if tag == self.skip[-1] and tag not in VOID:
                self.skip.append(tag)
            return True
        return False

    def _emit_for_tag(self, ch: str, start: int) -> None:
        """One character standing for the whole start tag, mapped to the tag's span."""
        raw = self.get_starttag_text() or ""
        self.emit(ch, start, start + len(raw))

    def _start_skipping(self, tag: str) -> None:
        """Content not read as prose; the ones that sit between paragraphs end the one before."""
        if tag in ("pre", "head", "template", "textarea"):
            self.flush()
        if tag not in VOID:
            self.skip.append(tag)

    def _open_block(self, tag: str) -> None:
        """A block ends the paragraph before it, and closes what it implies closed (a <li> the
        previous <li>, any block an open <p>)."""
        self.flush()
        implied = _IMPLIED.get(tag)
        if implied and self.blocks and self.blocks[-1] in implied:
            self.blocks.pop()
        elif tag not in ("p",) and "p" in self.blocks[-1:]:
            self.blocks.pop()  # a block inside <p> closes it
        if tag not in VOID:
            self.blocks.append(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag in self.skip[-1:] and tag not in VOID:
            self.skip.pop()
        elif tag in BLOCKS and tag not in VOID and self.blocks and self.blocks[-1] == tag:
            self.flush()
            self.blocks.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag in BLOCKS:
            self.flush()
            if tag in self.blocks:
                while self.blocks and self.blocks.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        base = self._pos()
        chars, where, ends = self.chars, self.where, self.ends
        pos = 0
        n = len(data)
        # Runs that need collapsing: two or more whitespace characters, or one that is not a space.
        for m in _ODD_SPACE.finditer(data):
            lo, hi = m.span()
            self._bulk(data, pos, lo, base)
            if chars and chars[-1] != " ":
                chars.append(" ")
                where.append(base + lo)
                ends.append(base + hi)  # the whole run: a fix deleting the space deletes all of it
            elif chars:
                self._widen_space(base + lo, base + hi)
            pos = hi
        self._bulk(data, pos, n, base)

    def _widen_space(self, lo: int, hi: int) -> None:
        """The space read last also stands for the whitespace at lo:hi dropped after it, where
        nothing (no tag) lies between them: `--fix` deleting that space deletes it all in one
        pass, not one character a pass (a run longer than the passes never settled)."""
        if self.chars[-1] == " " and self.ends[-1] == lo:
            self.ends[-1] = hi

    def _bulk(self, data: str, lo: int, hi: int, base: int) -> None:
        """Append data[lo:hi], which holds no run to collapse (a leading space may be dropped)."""
        chars = self.chars
        if lo < hi and data[lo] == " " and (not chars or chars[-1] == " "):
            if chars:
                self._widen_space(base + lo, base + lo + 1)
            lo += 1
        if lo >= hi:
            return
        chars.extend(self.text[base + lo:base + hi])
        self.where.extend(range(base + lo, base + hi))
        self.ends.extend(range(base + lo + 1, base + hi + 1))

    def _reference(self) -> None:
        if self.skip:
            return
        start = self._pos()
        m = _ENTITY.match(self.text, start)
        raw = m.group(0) if m else "&"
        end = start + len(raw)
        decoded = html_mod.unescape(raw)
        if decoded == raw:  # unknown entity: keep it as written, character by character
            for i, ch in enumerate(raw):
                self.emit(ch, start + i, start + i + 1)
            return
        for ch in decoded:
            self.emit(ch, start, end)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def handle_comment(self, data: str) -> None:
        if "mtqa-" in data:
            start = self._pos()
            self.directives.extend(directives_in(f"<!--{data}-->", start))

    def unknown_decl(self, data: str) -> None:  # CDATA and the like: not prose
        pass

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """`<![…`: Python 3.11's html.parser raises AssertionError on a keyword it does not know
        (`<![CDAATA[`, `<![ if]>`), which stopped the check of the whole run. A browser reads such
        a section as a bogus comment up to the next ">" (to the end of the page without one); so
        is it read here (not prose). The page is fed whole (`parse`), so there is no more to wait for."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return len(self.rawdata) if end < 0 else end + 1


def parse(text: str) -> Parsed:
    p = _Extractor(text)
    # A comment that is never closed runs to the end of the page (as in a browser); not feeding it
    # keeps html.parser from re-scanning it at every "<" (quadratic on "<!--<!--<!--…").
    last_close = text.rfind("-->")
    unclosed = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    fed = text if unclosed < 0 else text[:unclosed]
    # A "<" with no ">" anywhere after it cannot open a tag; html.parser would re-scan the rest of
    # the input for each one (quadratic on "<a <a <a …"). Feed a stand-in of the same length; the
    # text handed to the rules is always read from the original (see _bulk).
    last_gt = fed.rfind(">")
    if fed.find("<", last_gt + 1) >= 0:
        fed = fed[:last_gt + 1] + fed[last_gt + 1:].replace("<", _NOT_A_TAG)
    p.feed(fed)
    p.close()
    p.flush()
    return Parsed(p.paragraphs, p.directives)
