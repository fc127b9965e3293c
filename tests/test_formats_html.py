"""HTML input: prose versus markup, entities mapped back, and the seed as an article page."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.engine import Checker
from mtqa.formats import PLACEHOLDER, parse
from seed_formats import assert_offsets_sound, assert_same_findings, fixture

REP = Checker(select=("repetition",))


def kinds_texts(src: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in parse(src, "html").paragraphs]


def test_seed_page_gives_the_plain_findings_at_html_positions() -> None:
    assert_same_findings(fixture("plain"), fixture("html"), "html")
    plain = [re.sub(r"[ \t\r\n]+", " ", p.text) for p in parse(fixture("plain"), "plain").paragraphs]
    assert [p.text for p in parse(fixture("html"), "html").paragraphs] == plain


def test_what_is_prose() -> None:
    src = """<!doctype html>
<html><head><title>The the title</title><meta name="x" content="the the">
<style>.the::after { content: "the the"; }</style><script>var the = "the the";</script></head>
<body>
<h2 class="the the">A <em>sub</em>heading</h2>
<p data-note="the the">Some <b>bold</b> and a <a href="https://x.y/the-the" title="the the">link</a>.</p>
<noscript>the the</noscript><template><p>the the</p></template>
<blockquote><p>A quoted paragraph.</p></blockquote>
<ul><li>first item<li>second <code>the the</code> item</ul>
<pre>the the
code</pre>
<table><tr><th>Head cell<td>body cell</table>
<figure><img src="a.png" alt="the the"><figcaption>A caption.</figcaption></figure>
<div>Loose div text<p>inner</p>tail text</div>
<p>Unclosed one
<p>Unclosed two</p>
</body></html>"""
    assert kinds_texts(src) == [
        ("heading", "A subheading"),
        ("paragraph", "Some bold and a link."),
        ("quote", "A quoted paragraph."),
        ("list-item", "first item"),
        ("list-item", f"second {PLACEHOLDER} item"),
        ("cell", "Head cell"),
        ("cell", "body cell"),
        ("caption", "A caption."),
        ("paragraph", "Loose div text"),
        ("paragraph", "inner"),
        ("paragraph", "tail text"),
        ("paragraph", "Unclosed one"),
        ("paragraph", "Unclosed two"),
    ]
    assert REP.check(src, format="html").findings == []


def test_fragment_without_html_or_body() -> None:
    assert kinds_texts("Lead text<p>Second &amp; last</p>") == [("paragraph", "Lead text"), ("paragraph", "Second & last")]


def test_head_without_closing_tag() -> None:
    assert kinds_texts("<head><title>T</title><body><p>Body text.</p>") == [("paragraph", "Body text.")]


def test_entities_decoded_and_mapped_to_the_entity() -> None:
    src = "<p>It&rsquo;s &#8220;here&#x201D; &amp; A&nbsp;B &bogus; &lt;tag&gt; &amp</p>"
    (par,) = parse(src, "html").paragraphs
    assert par.text == "It’s “here” & A\u00a0B &bogus; <tag> &"
    for entity, ch in (("&rsquo;", "’"), ("&#8220;", "“"), ("&#x201D;", "”"), ("&nbsp;", "\u00a0"), ("&lt;", "<")):
        i = par.text.index(ch)
        assert src[par.offsets[i]:par.ends[i]] == entity
    s, e = par.span_to_doc(0, par.text.index("s"))
    assert src[s:e] == "It&rsquo;"


def test_whitespace_collapses_as_rendered() -> None:
    src = "<p>\n    One   line\n    wrapped\tover <span> </span> three.  </p>"
    (par,) = parse(src, "html").paragraphs
    assert par.text == "One line wrapped over three."


def test_a_space_read_for_a_run_of_whitespace_stands_for_the_whole_run() -> None:
    """A run of whitespace collapses to one space; that space maps to the whole run, so a fix
    deleting it deletes the run in one pass (fuzz seed 5001: each pass deleted one of ten spaces
    before a per cent sign, so `--fix` never settled). A run split by a tag keeps the tag (the
    space inside it is the next pass's)."""
    checker = Checker(select=("numbers/space-before-percent",))
    for src, fixed in [("<p>Prices rose 10          % on Monday.</p>", "<p>Prices rose 10% on Monday.</p>"),
                       ("<p>Prices rose 10 \n\t  % on Monday.</p>", "<p>Prices rose 10% on Monday.</p>"),
                       ("<p>Prices rose 10 <b>  </b>% on Monday.</p>", "<p>Prices rose 10<b>  </b>% on Monday.</p>")]:
        report = checker.check(src, format="html")
        assert [f.fix.applicability.value for f in report.findings] == ["safe"], src
        assert report.fixed_text() == fixed, src
    (par,) = parse("<p>a   b <i>\n c</i></p>", "html").paragraphs
    assert (par.text, par.span_to_doc(1, 2), par.span_to_doc(3, 4)) == ("a b c", (4, 7), (8, 9))


def test_findings_land_on_the_right_line_and_column() -> None:
    src = (
        "<article>\n"
        "  <h1>A title</h1>\n"
        "  <p>Ottawa said <em>the</em> the budget was late.</p>\n"
        "  <!-- a comment with the the -->\n"
        "  <p>It rose &amp; rose in\n"
        "     in the spring, said <a href=\"https://the.the/\">the</a> minister.</p>\n"
        "</article>\n"
    )
    found = REP.check(src, format="html").findings
    got = [(f.rule_id, f.span.line, f.span.column, f.text) for f in found]
    assert got == [
        ("repetition/doubled-word", 3, 30, " the"),  # the second "the", after the closing tag
        ("repetition/doubled-word", 5, 27, "\n     in"),
    ]


def test_script_text_in_a_paragraph_is_not_prose() -> None:
    src = "<p>Before <script>document.write('the the')</script>after.</p>"
    (par,) = parse(src, "html").paragraphs
    assert par.text == "Before after."


_ALPHABET = st.sampled_from(
    list("ab Z.,") + ["\n", "<p>", "</p>", "<p", ">", "<", "</", "<li>", "<h1>", "</h1>", "<em>", "</em>", "<br>",
                      "<br/>", "<code>", "</code>", "<script>", "</script>", "<pre>", "</pre>", "<img src=x>",
                      "<div>", "</div>", "<!--", "-->", "<!-- mtqa-disable x -->", "&", ";", "#", "&amp;", "&rsquo;",
                      "&#8220;", "&#x41;", "&#0;", "&#99999999;", "&nbsp;", "&bogus;", "&amp", "\"", "'", "=",
                      "<a href='x'>", "</a>", "<head>", "</head>", "<title>", "\r\n", "\t", "é", "😀", "<![CDATA[x]]>",
                      "<?php x ?>", "<!doctype html>"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_property_offsets_map_inside_and_onto_the_same_character(src: str) -> None:
    assert_offsets_sound(src, "html")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.printable + "’“”é", max_size=300))
def test_property_offsets_on_arbitrary_text(src: str) -> None:
    assert_offsets_sound(src, "html")


def test_fixes_that_would_cut_through_tags_are_not_applied() -> None:
    src = "<p>It was <em>was</em> late and the the end, with\n   with more.</p>\n"
    report = REP.check(src, format="html")
    safety = [(f.text, f.fix.applicability.value) for f in report.findings]
    assert safety == [(" <em>was", "display-only"), (" the", "safe"), ("\n   with", "safe")]
    assert report.fixed_text() == "<p>It was <em>was</em> late and the end, with more.</p>\n"


def test_adversarial_markup_parses() -> None:
    """html.parser alone is quadratic on unclosed tags and comments ("<a <a <a …", "<!--<!--…"). A hang
    guard only; linearity is measured by benchmarks/speed.py's fuzz (its "markup-*" units)."""
    from hang_guard import returns

    for unit in ("<a ", "<!--", "</", "<", "&#", "<a b='", "<p>&rsquo;"):
        src = unit * (40000 // len(unit))
        returns(assert_offsets_sound, src, "html")  # parses it, and every character maps back inside src
    assert [p.text for p in parse("<p>&rsquo;" * 3, "html").paragraphs] == ["’", "’", "’"]


def test_unclosed_comment_hides_the_rest_like_a_browser() -> None:
    assert [p.text for p in parse("<p>Shown.</p><!-- never closed <p>hidden</p>", "html").paragraphs] == ["Shown."]


def test_lone_less_than_signs_stay_in_the_prose() -> None:
    (par,) = parse("<p>If a < b and c <d then", "html").paragraphs
    assert par.text == "If a < b and c <d then"


def test_seed_with_crlf_line_ends() -> None:
    crlf = {fmt: fixture(fmt).replace("\n", "\r\n") for fmt in ("plain", "html")}
    assert_same_findings(crlf["plain"], crlf["html"], "html")
