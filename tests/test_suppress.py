"""Inline suppression in plain text, Markdown and HTML removes exactly the findings it names.

Each case is checked twice: with the directives, and with the same text where each directive
is defused (``mtqa-`` → ``note-``, same length, so every offset is unchanged). The findings
with directives must be the defused findings minus exactly the ones the directives name.
"""

from __future__ import annotations

import pytest

from mtqa.engine import Checker

REP = Checker(select=("repetition",))

# Each paragraph holds a doubled word and a doubled phrase, so a directive that names one
# rule must leave the other.
LINES = [
    "The vote was was close in in Canada in Canada today.",  # 1
    "Ottawa said said the plan for the city for the city was late.",  # 2
    "Quebec had had a deal with the union with the union last year.",  # 3
    "Alberta saw saw prices rise in the west in the west again.",  # 4
]


def comment(fmt: str, body: str) -> str:
    return f"# {body}" if fmt == "plain" else f"<!-- {body} -->"


def document(fmt: str, directives: dict[int, str]) -> str:
    """Paragraphs of LINES, with a directive line before paragraph i (1-based) when given."""
    parts = []
    for i, line in enumerate(LINES, 1):
        block = []
        if i in directives:
            block.append(comment(fmt, directives[i]))
        block.append(f"<p>{line}</p>" if fmt == "html" else line)
        parts.append("\n".join(block))
    return "\n\n".join(parts) + "\n"


def para_of(text: str, offset: int) -> int:
    """Which of LINES a document offset falls in."""
    for i, line in enumerate(LINES, 1):
        start = text.find(line)
        if start <= offset < start + len(line):
            return i
    raise AssertionError(offset)


def run(fmt: str, directives: dict[int, str]):
    text = document(fmt, directives)
    with_directives = REP.check(text, format=fmt).findings
    defused = REP.check(text.replace("mtqa-", "note-"), format=fmt).findings
    assert len(defused) == 2 * len(LINES)  # the fixture itself: two findings per paragraph
    return text, with_directives, defused


def key(f):
    return (f.rule_id, f.span.start)


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_disable_next_line_names_one_rule(fmt: str) -> None:
    text, got, all_ = run(fmt, {2: "mtqa-disable-next-line repetition/doubled-word"})
    expected = [f for f in all_ if not (para_of(text, f.span.start) == 2 and f.rule_id == "repetition/doubled-word")]
    assert [key(f) for f in got] == [key(f) for f in expected]
    assert len(got) == len(all_) - 1


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_disable_next_line_without_rules_covers_every_rule_on_that_line_only(fmt: str) -> None:
    text, got, all_ = run(fmt, {3: "mtqa-disable-next-line"})
    assert [key(f) for f in got] == [key(f) for f in all_ if para_of(text, f.span.start) != 3]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_disable_enable_range_for_a_rule(fmt: str) -> None:
    text, got, all_ = run(fmt, {2: "mtqa-disable repetition/doubled-phrase", 4: "mtqa-enable repetition/doubled-phrase"})
    removed = {key(f) for f in all_ if para_of(text, f.span.start) in (2, 3) and f.rule_id == "repetition/doubled-phrase"}
    assert len(removed) == 2
    assert [key(f) for f in got] == [key(f) for f in all_ if key(f) not in removed]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_disable_a_family_to_the_end(fmt: str) -> None:
    text, got, all_ = run(fmt, {3: "mtqa-disable repetition"})
    assert [key(f) for f in got] == [key(f) for f in all_ if para_of(text, f.span.start) < 3]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_several_rules_comma_or_space_separated(fmt: str) -> None:
    text, got, all_ = run(fmt, {1: "mtqa-disable repetition/doubled-word, repetition/doubled-phrase", 2: "mtqa-enable"})
    assert [key(f) for f in got] == [key(f) for f in all_ if para_of(text, f.span.start) != 1]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_a_directive_naming_another_rule_removes_nothing(fmt: str) -> None:
    _, got, all_ = run(fmt, {1: "mtqa-disable quotes", 2: "mtqa-disable-next-line titles/rank-abbreviation"})
    assert [key(f) for f in got] == [key(f) for f in all_]


def test_inline_comment_in_markdown_paragraph() -> None:
    text = "Intro line.\n\nThe vote was was close. <!-- mtqa-disable-next-line -->\nIt was was late.\n"
    found = REP.check(text, format="markdown").findings
    assert [(f.rule_id, f.span.line) for f in found] == [("repetition/doubled-word", 3)]


def test_directive_lines_are_not_prose() -> None:
    # A plain-text directive line is not a paragraph: its words are never checked.
    text = "# mtqa-disable-next-line the the\nThe report is ready.\n"
    assert REP.check(text).findings == []
    assert REP.check(text).words == 4


def test_a_directive_naming_no_rule_says_so_in_the_notes() -> None:
    from mtqa import Checker

    checker = Checker(languagetool="off")
    report = checker.check("# mtqa-disable-next-line repetiton\nHe said the the plan.\n")
    assert [f.rule_id for f in report.findings] == ["repetition/doubled-word"]
    assert any("line 1" in n and "'repetiton'" in n and "'repetition'" in n for n in report.notes)
    kept = checker.check("# mtqa-disable-next-line repetition, languagetool/X, all\nHe said the the plan.\n")
    assert not kept.findings and not kept.notes
