"""Control characters and entities in marked-up copy (issue 12, items 10 and 20)."""

from __future__ import annotations

import pytest

from mtqa import Checker
from seed_formats import assert_offsets_sound

CHECKER = Checker(languagetool="off")


@pytest.mark.parametrize("src", ["\x0c\r0", "\x0c\n0", " \x0c\n\x0b\nabc  def", "> \x0c\n> abc", "\x0c\r\n\x0c\r\nA  b"])
def test_offsets_after_lines_of_form_feeds_and_vertical_tabs(src: str) -> None:
    assert_offsets_sound(src, "markdown")


def test_a_finding_after_a_form_feed_line_lands_on_its_characters() -> None:
    src = "\x0c\rThe vote  went well.\n"
    report = CHECKER.check(src, format="markdown")
    assert [(f.rule_id, f.text) for f in report.findings] == [("typography/doubled-space", "  ")]
    assert report.findings[0].span.start == src.index("  ")
    fixed = report.fixed_text()
    assert fixed == "\x0c\rThe vote went well.\n"  # the form feed and CR are untouched


@pytest.mark.parametrize(("fmt", "src"), [
    ("markdown", "He said it was fine&nbsp;: the vote passed.\n"),
    ("html", "<p>He said it was fine&nbsp;! Then he left.</p>\n"),
    ("markdown", "It was fine &nbsp;, he said.\n"),
])
def test_nbsp_entities_are_never_deleted_by_a_fix(fmt: str, src: str) -> None:
    report = CHECKER.check(src, format=fmt)
    assert any(f.rule_id == "typography/space-before-punctuation" for f in report.findings)  # still shown
    assert "&nbsp;" in report.fixed_text()
    assert "&nbsp;" in report.fixed_text(unsafe=True)


def test_plain_spaces_before_punctuation_are_still_fixed_in_markdown() -> None:
    report = CHECKER.check("It was fine , he said.\n", format="markdown")
    assert report.fixed_text() == "It was fine, he said.\n"
