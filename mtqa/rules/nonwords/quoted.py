"""Nonwords: quoted matter in another language, which the word rules leave as published.

An embedded social post or a block quotation (``mtqa.roles``: the ``quoted`` role) written in
French or another language is quoted, not translated: its words are not the story's garbled
English. The unknown-word and misspelt-word rules both ask this before they report a word.
"""

from __future__ import annotations

from mtqa import lexicon
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import RuleContext
from mtqa.segment import Paragraph

# A lowercase word, not a handle or a hashtag: what a quoted post's language is judged on.
_QUOTED_WORD = lazy(r"(?<![@#/\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
_COMMON_ZIPF = 3.0  # an English word at least this common is one any English post would use


def in_foreign_quotation(lex: lexicon.Lexicon, ctx: RuleContext, par: Paragraph, index: int) -> bool:
    """Whether `par.text[index]` is in quoted matter set apart from the story (an embedded post, a
    block quotation; ``mtqa.roles``) that is written in another language: a third of its
    lowercase words uncommon in English. A word garbled inside a translated, English post is
    one odd word among common ones, and is still reported."""
    quoted = ctx.analysis(line_roles).quoted_text(par, index)
    if quoted is None:
        return False
    words = _QUOTED_WORD.findall(quoted, concurrent=False)
    if len(words) < 3:
        return False
    return 3 * sum(1 for w in words if lex.zipf(w.casefold()) < _COMMON_ZIPF) >= len(words)
