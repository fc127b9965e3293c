"""Quoted matter in another language: what the untranslated-word rules leave as published.

An embedded social post or a block quotation (``mtqa.roles``: the ``quoted`` role) written in
French or another language is quoted, not translated: a premier's French tweet inside an
English story is not an engine's leftover, and its words are not garbled English. A post the
engine did translate is English with, at most, an odd word left in it, and that word is still
reported. A French title quoted inside the story's own sentence ("a report titled Les mines :
le gouvernement ...", `mtqa.text.french_titles`) is quoted as published in the same way. The
nonwords, untranslated and source families ask this one question here.
"""

from __future__ import annotations

from mtqa import lexicon
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import RuleContext
from mtqa.segment import Paragraph
from mtqa.text.french_titles import french_title_spans

__all__ = ["in_foreign_quotation", "in_french_title"]

# A lowercase word, not a handle or a hashtag: what a quoted post's language is judged on.
_QUOTED_WORD = lazy(r"(?<![@#/\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
_COMMON_ZIPF = 3.0  # an English word at least this common is one any English post would use


@analysis("quoted-language", scope=PARAGRAPH)
def quoted_verdicts(par) -> dict[tuple[int, int], bool]:
    """Each quoted stretch's language, judged once per paragraph and kept by its span: the rules
    ask for every word of a long quotation, and a 250,000-character one read once a word ran past
    100 s (the hostile-input tests)."""
    return {}


@analysis("french-titles", scope=PARAGRAPH)
def french_titles(par) -> list[tuple[int, int]]:
    """The French titles quoted in the paragraph, found once for every rule that asks."""
    return french_title_spans(par.text)


def in_french_title(ctx: RuleContext, par: Paragraph, index: int) -> bool:
    """Whether `par.text[index]` is inside a French title quoted as published (an article's,
    a report's, a show's), which no English rule should read."""
    return any(s <= index < e for s, e in ctx.analysis(french_titles, par))


def in_foreign_quotation(ctx: RuleContext, par: Paragraph, index: int) -> bool:
    """Whether `par.text[index]` is in quoted matter set apart from the story (an embedded post, a
    block quotation) that is written in another language: a third of its lowercase words
    uncommon in English. Without the word list (the `words` extra) quoted matter is taken as
    published whatever its language."""
    if in_french_title(ctx, par, index):
        return True
    span = ctx.analysis(line_roles).quoted_span(par, index)
    if span is None:
        return False
    lex = lexicon.english()
    if lex is None:
        return True
    verdicts = ctx.analysis(quoted_verdicts, par)
    if span not in verdicts:
        words = _QUOTED_WORD.findall(par.text, *span, concurrent=False)
        verdicts[span] = len(words) >= 3 and 3 * sum(1 for w in words if lex.zipf(w.casefold()) < _COMMON_ZIPF) >= len(words)
    return verdicts[span]
