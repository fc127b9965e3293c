"""`mtqa.lsp.hover`: a rule's `mtqa explain` text as a hover shows it (without pygls)."""

from __future__ import annotations

from mtqa.lsp.hover import rule_markdown, rule_plain


def test_markdown_keeps_the_examples_in_a_fenced_block_and_the_prose_outside() -> None:
    text = rule_markdown("repetition/doubled-word")
    assert text is not None and text.startswith("**repetition/doubled-word** (")
    fence = text.index("```text\n")
    end = text.index("\n```", fence + 1)
    examples = text[fence:end]
    assert "bad:  The minister said the the mission" in examples and "^^^^ (delete)" in examples
    assert "## Fix safety" in text[end:]  # the next section is Markdown again, not in the block


def test_plain_text_is_what_mtqa_explain_prints_and_unknown_ids_have_none() -> None:
    text = rule_plain("repetition/doubled-word")
    assert text is not None and text.startswith("repetition/doubled-word (") and "```" not in text
    assert rule_markdown("nosuch/rule") is None and rule_plain("nosuch/rule") is None
    assert "LanguageTool" in (rule_markdown("languagetool/MORFOLOGIK_RULE_EN_US") or "")
