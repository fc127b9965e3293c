"""`mtqa explain` on a narrow terminal: each example folded to the terminal's columns with its
carets under the same characters, rather than left for the terminal to wrap (which puts the
caret lines under other words)."""

from __future__ import annotations

import re

import pytest

from mtqa import registry
from mtqa.cli import main
from mtqa.rule import readable_doc

_CARETS = re.compile(r"^ {6}([ ^]*\^)")


def _examples(doc: str) -> list[list[tuple[str, str]]]:
    """Each example of the Examples section as (text row, caret row or "") pairs, the labels
    ("bad:  ", "good: ") and hanging indents taken off."""
    examples: list[list[tuple[str, str]]] = []
    in_section = False
    for line in doc.splitlines():
        if line.startswith("## "):
            in_section = line[3:].strip().lower() == "examples"
            continue
        if not in_section or not line.strip():
            continue
        caret = _CARETS.match(line)
        if caret and examples and examples[-1]:
            examples[-1][-1] = (examples[-1][-1][0], caret.group(1))
        elif line.startswith(("bad:  ", "good: ")):
            examples.append([(line[6:], "")])
        elif line.startswith(" " * 6) and examples:
            examples[-1].append((line[6:], ""))
    return examples


def _marked(rows: list[tuple[str, str]]) -> str:
    return "".join(c for text, carets in rows for c, m in zip(text, carets) if m == "^")


@pytest.mark.parametrize("width", [40, 80])
def test_every_rules_examples_fold_to_the_width_with_their_carets_under_the_same_words(width: int) -> None:
    for rule in registry.all_rules():
        whole, folded = _examples(readable_doc(rule.doc)), _examples(readable_doc(rule.doc, width))
        assert len(whole) == len(folded), rule.id
        for wide, narrow in zip(whole, folded):
            assert all(len(text) + 6 <= width for text, _ in narrow), (rule.id, narrow)
            # nothing lost: the pieces hold every character but the spaces they were cut at (a word
            # longer than the width, a URL, is cut where it has to be)
            assert "".join(t for t, _ in narrow).replace(" ", "") == "".join(t for t, _ in wide).replace(" ", "")
            assert _marked(narrow).replace(" ", "") == _marked(wide).replace(" ", ""), rule.id


def test_explain_reads_the_width_from_columns(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    assert main(["explain", "ridings/wrong-dashes"]) == 0
    shown = capsys.readouterr().out
    examples = _examples(shown)
    assert examples and all(len(text) + 6 <= 40 for example in examples for text, _ in example)
    monkeypatch.delenv("COLUMNS")
    assert main(["explain", "ridings/wrong-dashes"]) == 0
    assert capsys.readouterr().out.count("\n") < shown.count("\n")  # a file or pipe: whole lines


def test_a_source_over_several_lines_is_shown_line_under_line() -> None:
    """A file rule's example gives a source a line per segment: each under the one before,
    not run back to the left margin."""
    shown = readable_doc("## Examples\n    bad:  One.\\n[[Two.]] || source: Un.\\nDeux.")
    assert "          source: Un.\n                  Deux." in shown, shown
