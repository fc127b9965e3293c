"""A name glued to the next word ("Trudeausaid", "Feijoocontinues"), which no list knows.

A page that drops the space after a name (a line break or a link lost in scraping, an engine
that ends a name's span one character late) leaves one capitalised string. The word list
knows neither, and the unknown-word check reads capitalised strings as names, so it passes.
The story names the person elsewhere, and what follows the name is a common word.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import lexicon
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, Status, rule
from mtqa.segment import Paragraph, story_text
from mtqa.text.fold import without_marks

# A capitalised word of lowercase letters after its capital, long enough to hold a name and a word
_CAPITALISED = lazy(r"(?<![\p{L}\p{M}\p{N}’'\-])\p{Lu}[\p{Ll}\p{M}]{6,}(?![\p{L}\p{M}\p{N}’'\-])")
_NAME = lazy(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}\p{N}])")
_HEAD = 3  # letters of the name at least
_TAIL = 3  # letters of the glued word at least
_TAIL_ZIPF = 4.0  # the glued word is a common one ("said", "continues", "will")


def _fold(word: str) -> str:
    return without_marks(word).casefold()


@rule(
    "nonwords/glued-name",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
    # Preview: on the real-copy corpus's held-back half it caught 3 labels and flagged 2 clean
    # excerpts (aggregate figures, benchmarks/README.md, fourteenth pass, gen14b), raising false
    # flags from 0.78 to 1.04 per 1,000 clean words, past the target of 1, where the tuning half,
    # the signal set and the human references gave none; on by --preview until it earns more.
    status=Status.PREVIEW,
)
def glued_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name the story uses glued to a common word after it ("Trudeausaid", "Feijoocontinues").

    ## Why it matters
    The reader has to pull the name and the word apart; a lost space after a name is a
    scraping or engine slip that spelling checks miss, because a capitalised unknown string
    looks like a name.

    ## Examples
    bad:  Justin Trudeau spoke in Ottawa. [[Trudeausaid->Trudeau said]] the plan would pass.
    bad:  Alberto Núñez Feijóo leads the party, and [[Feijoocontinues->Feijoo continues]] to rise.
    bad:  Olaf Scholz met Macron. “It went well,” [[Scholzadded->Scholz added]] (in Berlin).
    good: Justin Trudeau spoke in Ottawa. Trudeau said the plan would pass.
    good: Charlotte Roy flew to Charlottetown; Frederick Lee lives in Fredericton.
    good: Mr. Jackson met the Jacksonville mayor; John Sanders and Sanderson agreed.

    ## Fix safety
    Unsafe: the space is restored where the name ends, as the story writes the name elsewhere.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    pars = doc.paragraphs
    story = story_text(pars)
    unlisted = lex.unknown({w.lower() for w in _CAPITALISED.findall(story)})  # one batch lookup
    if not unlisted:
        return
    names = {_fold(n) for n in _NAME.findall(story)}
    suspects: list[tuple[Paragraph, regex.Match]] = [
        (par, m) for par in pars if any(map(par.text.lower().__contains__, unlisted))
        for m in _CAPITALISED.finditer(par.text) if m.group().lower() in unlisted
    ]
    for par, m in suspects:
        word = m.group()
        folded = _fold(word)
        if len(folded) != len(word):
            continue  # a letter that folds to two: offsets no longer line up
        for i in range(len(word) - _TAIL, _HEAD - 1, -1):
            head, tail = folded[:i], folded[i:]
            if head in names and head != folded and lex.zipf(tail) >= _TAIL_ZIPF:
                fix = word[:i] + " " + word[i:]
                yield ctx.finding(par, m.start(), m.end(), f"“{word}” looks like “{word[:i]}” glued to “{word[i:]}”",
                                  fix=Fix.unsafe(f"Write “{fix}”", fix))
                break
