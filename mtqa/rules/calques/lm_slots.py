"""A word judged in its slot by the trigram model: the loop two language-model calques rules share.

`calques/thesaurus-swap` and `calques/preposition-swap` read a paragraph the same way (each clause's
words lowercased, a capitalised word inside a sentence, a name, as no context) and differ only in
which words they judge and which word they propose instead; this module holds the reading and the
finding, so the two rules hold only their own judgement.
"""

from __future__ import annotations

from typing import Callable, Collection, Iterator, Sequence

from mtqa import language_model
from mtqa.finding import Fix
from mtqa.rule import RawFinding, RuleContext
from mtqa.segment import Paragraph

# (the model, a clause's words with None for a name, the index judged) -> the word proposed, or None
Judge = Callable[[language_model.Model, Sequence[str | None], int], str | None]


def slot_swaps(par: Paragraph, ctx: RuleContext, lm: language_model.Model, judged: Collection[str],
               likelier: Judge, message: str) -> Iterator[RawFinding]:
    """A finding for each word of `judged` in `par` for which `likelier` proposes another word;
    `message` is formatted with the written token (`tok`) and the word proposed (`other`)."""
    for run in language_model.clauses(par.text):
        words: list[str | None] = ["<s>"] if run[0][3] else []
        offset = len(words)
        for tok, _start, _end, initial in run:
            # A capitalised word inside a sentence is a name ("Safety Board"): no context word.
            words.append(tok.lower().replace("’", "'") if initial or not tok[0].isupper() else None)
        for i, word in enumerate(words):
            if word not in judged or i < offset:
                continue
            other = likelier(lm, words, i)
            if other is None:
                continue
            tok, start, end, _ = run[i - offset]
            replacement = other[:1].upper() + other[1:] if tok[:1].isupper() else other
            yield ctx.finding(
                par, start, end, message.format(tok=tok, other=other),
                fix=Fix.display_only(f"Consider “{replacement}”", replacement=replacement),
            )
