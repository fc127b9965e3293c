"""Markdown input: what counts as prose, where findings land, and the seed in Markdown."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtqa.engine import Checker
from mtqa.formats import PLACEHOLDER, detect, parse
from seed_formats import assert_offsets_sound, assert_same_findings, fixture, generated

REP = Checker(select=("repetition",))


def texts(src: str) -> list[str]:
    return [p.text for p in parse(src, "markdown").paragraphs]


def test_fixtures_are_generated_from_the_seed() -> None:
    for fmt in ("plain", "markdown", "html"):
        assert fixture(fmt) == generated(fmt), f"run python tests/fixtures/make_seed_fixtures.py ({fmt})"


def test_seed_in_markdown_gives_the_plain_findings_at_markdown_positions() -> None:
    assert_same_findings(fixture("plain"), fixture("markdown"), "markdown")
    # Every paragraph of prose is there, and nothing else: same prose as the plain text.
    plain = [" ".join(t.split()) for t in texts_plain(fixture("plain"))]
    assert [" ".join(t.split()) for t in texts(fixture("markdown"))] == plain


def texts_plain(src: str) -> list[str]:
    return [p.text for p in parse(src, "plain").paragraphs]


def test_what_is_prose() -> None:
    src = (
        "---\ntitle: The the front matter\n---\n\n"
        "# A *heading* here\n\n"
        "Some **bold** and _em_ text with a [link text](https://example.com/the-the \"The the\") in it.\n\n"
        "> A quoted line\n> that wraps.\n\n"
        "    indented code the the\n\n"
        "- first item\n- second `the the` item\n\n"
        "```python\nthe the = 1\n```\n\n"
        "<div>\nan html block the the\n</div>\n\n"
        "See <https://example.com/x> or https://example.com/y or www.example.com for more.\n\n"
        "![an image alt the the](pic.png) Caption words.\n"
    )
    pars = parse(src, "markdown").paragraphs
    assert [(p.kind, p.text) for p in pars] == [
        ("heading", "A heading here"),
        ("paragraph", "Some bold and em text with a link text in it."),
        ("quote", "A quoted line that wraps."),  # a soft line break is a space, as CommonMark renders it
        ("list-item", "first item"),
        ("list-item", f"second {PLACEHOLDER} item"),
        ("paragraph", f"See {PLACEHOLDER} or {PLACEHOLDER} or {PLACEHOLDER} for more."),
        ("paragraph", f"{PLACEHOLDER} Caption words."),
    ]
    assert REP.check(src, format="markdown").findings == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_one_step_reads_both_line_breaks_soft_as_a_space_hard_as_a_line_break(newline: str) -> None:
    from mtqa.formats import markdown

    # one function for both (stop 46: soft_break was a copy of line_break but for what it emits)
    assert markdown._InlineWalk._STEPS["softbreak"] is markdown._InlineWalk._STEPS["hardbreak"]
    src = f"Wrapped here{newline}and hard here  {newline}and by backslash\\{newline}done."
    (par,) = parse(src, "markdown").paragraphs
    assert par.text == "Wrapped here and hard here\nand by backslash\ndone."
    for at in (par.text.index(" and hard"), par.text.index("\nand by"), par.text.index("\ndone")):
        assert src[par.offsets[at]:par.ends[at]] == newline[0]  # each maps to the source's line ending


def test_entities_and_escapes_are_decoded_and_mapped_back() -> None:
    src = "It&rsquo;s &#8220;here&#x201D; \\*not emphasis\\* &amp; A&nbsp;B.\n"
    (par,) = parse(src, "markdown").paragraphs
    assert par.text == "It’s “here” *not emphasis* & A\u00a0B."
    i = par.text.index("’")
    assert src[par.offsets[i]:par.ends[i]] == "&rsquo;"
    i = par.text.index("*")
    assert src[par.offsets[i]] == "*" and src[par.offsets[i] - 1] == "\\"
    # A span that ends on an entity covers the whole entity in the source.
    s, e = par.span_to_doc(0, par.text.index("s"))
    assert src[s:e] == "It&rsquo;"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_findings_land_on_the_right_line_and_column(newline: str) -> None:
    lines = [
        "---",
        "title: x",
        "---",
        "",
        "# Heading",
        "",
        "Ottawa said *the the* budget was late.",
        "",
        "> In a quote, it rose &amp; rose in",
        "> in the spring.",
        "",
        "- A list item with [a link](http://x.y/z) and and more.",
    ]
    src = newline.join(lines) + newline
    found = REP.check(src, format="markdown").findings
    got = [(f.rule_id, f.span.line, f.span.column, f.text) for f in found]
    assert got == [
        ("repetition/doubled-word", 7, 17, " the"),  # inside the emphasis, markers left alone
        ("repetition/doubled-word", 9, 36, f"{newline}> in"),  # from the line end, across the quote marker
        ("repetition/doubled-word", 12, 46, " and"),  # after a link: the destination is skipped
    ]


def test_code_and_urls_do_not_join_words() -> None:
    src = "Run the `the` command and the <https://the.example> the end, the https://x.example/the the.\n"
    assert REP.check(src, format="markdown").findings == []


def test_comment_does_not_leave_a_double_space() -> None:
    (par,) = parse("A line <!-- a note --> continues.\n", "markdown").paragraphs
    assert par.text == "A line continues."


def test_toml_front_matter_is_not_prose() -> None:
    src = "+++\ntitle = \"The the title\"\n+++\n\nBody text is here.\n"
    (par,) = parse(src, "markdown").paragraphs
    assert par.text == "Body text is here." and src[par.offsets[0]:].startswith("Body")


def test_inline_html_tags_are_dropped_and_br_separates_words() -> None:
    (par,) = parse("One<br>two <b>bold</b> and <span class=\"the\">the</span> end.\n", "markdown").paragraphs
    assert par.text == "One two bold and the end."


def _nested(depth: int, kind: str) -> str:
    if kind == "quote":
        return "> " * depth + "It was was late.\n"
    return "".join("  " * i + "- An item.\n" for i in range(depth)) + "  " * depth + "- It was was late.\n"


@pytest.mark.parametrize("kind", ["quote", "list"])
def test_deeply_nested_copy_is_read_or_refused_never_left_out_in_silence(kind: str) -> None:
    """markdown-it's commonmark preset stops at 20 levels and skips the rest of the block without a
    word: a list nine deep, or a quote twenty deep, lost its copy and the file passed as "empty".
    Copy is read to 100 levels (markdown-it's default preset), and deeper is the file's error."""
    from mtqa.errors import InputError

    for depth in (9, 20, 45):
        assert parse(_nested(depth, kind), "markdown").paragraphs[-1].text == "It was was late.", depth
    with pytest.raises(InputError, match="nested more than 100 levels deep"):
        parse(_nested(150, kind), "markdown")


def test_detect_by_extension() -> None:
    assert detect("a/b.md") == detect("x.markdown") == "markdown"
    assert detect("a/b.html") == detect("x.HTM") == "html"
    assert detect("a/b.txt") == "plain"


def test_cli_reads_markdown_by_extension_and_by_option(tmp_path, capsys) -> None:
    from mtqa.cli import main

    md = tmp_path / "story.md"
    md.write_text("---\nx: the the\n---\n\nThe vote was *was* close.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--select", "repetition", "--format", "json", str(md)]) == 1
    import json

    out = json.loads(capsys.readouterr().out)
    (f,) = out["files"][0]["findings"]
    assert (f["rule"], f["line"], f["column"]) == ("repetition/doubled-word", 5, 13)
    txt = tmp_path / "story.txt"
    txt.write_text("The vote was *was* close.\n", encoding="utf-8")
    main(["check", "--isolated", "--select", "repetition", "--format", "json", str(txt)])
    plain = json.loads(capsys.readouterr().out)
    main(["check", "--isolated", "--select", "repetition", "--format", "json", "--input-format", "markdown", str(txt)])
    forced = json.loads(capsys.readouterr().out)
    assert plain["files"][0]["findings"] == []  # "was *was" is not a doubled word in plain text
    assert [f["rule"] for f in forced["files"][0]["findings"]] == ["repetition/doubled-word"]


_ALPHABET = st.sampled_from(
    list("ab Z.,") + ["\n", "\n\n", "*", "_", "`", "``", "[", "]", "(", ")", "!", "<", ">", "&", ";", "#", "\\",
                      "-", "1.", "|", ":", "\"", "'", "&amp;", "&rsquo;", "&#8220;", "&#x41;", "&nbsp;", "&bogus;",
                      "<!--", "-->", "+++", "<br>", "<em>", "</em>", "http://x.y/", "    ", "\t", "---", "```", "> ", "\r\n", "é", "😀"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_property_offsets_map_inside_and_onto_the_same_character(src: str) -> None:
    assert_offsets_sound(src, "markdown")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.printable + "’“”é", max_size=300))
@example("\x0c\r0")  # a line of only a form feed before the paragraph (once flaky: issue 12)
@example("\x0b\n\x0c\nword")
def test_property_offsets_on_arbitrary_text(src: str) -> None:
    assert_offsets_sound(src, "markdown")


def test_fixes_that_would_cut_through_markup_are_not_applied() -> None:
    src = "It was *was* late and the the end.\n"
    report = REP.check(src, format="markdown")
    safety = [(f.text, f.fix.applicability.value) for f in report.findings]
    assert safety == [(" *was", "display-only"), (" the", "safe")]
    assert report.fixed_text() == "It was *was* late and the end.\n"


def test_missing_markdown_parser_is_a_clear_error(tmp_path, capsys, monkeypatch) -> None:
    import sys

    import mtqa.formats.markdown as md_mod
    from mtqa.cli import main

    monkeypatch.setattr(md_mod, "_PARSER", None)
    monkeypatch.setitem(sys.modules, "markdown_it", None)  # import fails as if not installed
    story = tmp_path / "story.md"
    story.write_text("Some copy.\n", encoding="utf-8")
    assert main(["check", "--isolated", str(story)]) == 2
    out = capsys.readouterr()
    assert "pip install markdown-it-py mdit-py-plugins" in out.out + out.err
    assert "Traceback" not in out.out + out.err


def test_seed_with_crlf_line_ends() -> None:
    crlf = {fmt: fixture(fmt).replace("\n", "\r\n") for fmt in ("plain", "markdown")}
    assert_same_findings(crlf["plain"], crlf["markdown"], "markdown")
