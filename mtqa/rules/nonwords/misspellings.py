"""A common word misspelt by one letter, which the word list knows only as a rare word.

wordfreq's list is measured over the web, so it lists the usual misspellings ("goverment",
"recieve", "untill") as rare words, and `nonwords/unknown-word` trusts it. Scanned, dictated
or typed source copy, and spinner tools that swap letters, leave such slips in translated
stories. A misspelling is a rare word one letter away from a far more common one that no
English dictionary (lemminflect's tables) lists as a word of its own; a real rare word
("wether" aside) is in those tables, as are British and Canadian spellings ("focussed",
"judgement", "councillors").
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Iterator

from mtqa import lexicon, tagging
from mtqa.quoted_language import in_foreign_quotation
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.rules.nonwords.analysis import lower_words_of
from mtqa.rules.nonwords.forms import english_counterpart, glued_words
from mtqa.rules.nonwords.named import ASCII_LOWERCASE
from mtqa.rules.nonwords.pack import PACK
from mtqa.patterns import lazy
from mtqa.segment import Paragraph
from mtqa.text.french_names import french_name_spans, inside, names_used_in_prose

_MIN_LENGTH = 6  # shorter words have too many real neighbours one letter away
_RARE = 3.0  # the misspelling is at most this common (a few times per ten million words) ...
_COMMON = 3.5  # ... the word it misspells at least this common
_GAP = 1.5  # and at least this much more common (30 times)
# a word of ASCII lowercase letters with no letter of any script beside it ("clich" of "cliché" is none)
_WORD = lazy(r"(?<![\p{L}\p{M}\p{N}_@#/\\.'’\-])[a-z]{6,}(?![\p{L}\p{M}\p{N}_@#/\\'’\-]|\.[A-Za-z0-9])")


def one_letter_away(word: str) -> Iterator[str]:
    """The strings one slip inside `word` from it: a letter dropped, added, changed, or two
    swapped, never at the first or the last letter (slips are inside a word; at its edges a
    letter makes another word: "esports" and "sports", "screed" and "screen", "gavel" and "gave")."""
    n = len(word)
    splits = [(word[:i], word[i:]) for i in range(1, n)]
    yield from [a + b[1:] for a, b in splits[:-1]]  # a letter added by the slip
    yield from [a + b[1] + b[0] + b[2:] for a, b in splits[:-2]]  # two swapped
    yield from [a + c + b[1:] for a, b in splits[:-1] for c in ASCII_LOWERCASE if c != b[0]]  # one changed
    yield from [a + c + b for a, b in splits for c in ASCII_LOWERCASE]  # one dropped


def misspelt_word(lex: lexicon.Lexicon, tagger: tagging.Tagger, word: str) -> str | None:
    """The common word `word` misspells by one letter, or None.

    A word lemminflect's tables list is real, however rare; the common word must be one the
    tagger knows (its lexicon or lemminflect's tables), so a frequent web token is not one.

    >>> misspelt_word(lexicon.english(), tagging.tagger(), "goverment")
    'government'
    """
    zipf = lex.zipf(word)
    if zipf == 0 or zipf > _RARE or len(word) < _MIN_LENGTH or tagger.readings(word):
        return None
    if _prefixed_word(tagger, word):
        return None  # "defunding": a prefix on a word the tagger knows, a derived word of its own
    if _plural_of_a_word(lex, tagger, word):
        return None  # "parkas": the plural of a word in use, which the list only knows as rare
    best, best_zipf = None, max(_COMMON, zipf + _GAP)
    near = set(one_letter_away(word))
    for cand in near - lex.uncommon(near):  # those of Zipf 3.5 or more, by one set difference
        z = lex.zipf(cand)
        if z >= best_zipf and (tagger.lexicon_tag(cand) is not None or tagger.readings(cand)):
            best, best_zipf = cand, z
    if best is not None and _noun_in_ee(tagger, word, best):
        return None  # "invitees": the people a verb in -e acts on ("invite"), not "invites" misspelt
    return best


def _noun_in_ee(tagger: tagging.Tagger, word: str, near: str) -> bool:
    """Whether `word` is the noun in -ee that English makes of `near`, a verb ending in -e: "invitee" of
    "invite", "divorcee" of "divorce", "invitees" of "invites". The word list knows many such nouns
    as rare (Zipf 1), one "e" from their verb; a slip that doubles a final "e" into three
    ("agreee") is still one."""
    if word.endswith("eee") or word.endswith("eees"):
        return False
    if word.endswith("ees"):
        stem = word[:-3] + "es"
    elif word.endswith("ee"):
        stem = word[:-1]
    else:
        return False
    return near == stem and "VERB" in tagger.readings(near)


# Prefixes English makes new words with ("defunding", "reopening", "unsellable"); the word after
# one must be six letters or more, so that a slip on a short word ("untill") is still one. "co" is
# left out: "comission" is "commission" misspelt, not "co" and "mission".
_PREFIXES = ("de", "re", "un", "pre", "non", "mis", "over", "under", "out")
_MIN_STEM = 6


def _prefixed_word(tagger: tagging.Tagger, word: str) -> bool:
    """Whether `word` is a prefix of `_PREFIXES` before a word the tagger reads ("de" + "funding")."""
    return any(word.startswith(p) and len(word) - len(p) >= _MIN_STEM and bool(tagger.readings(word[len(p):]))
               for p in _PREFIXES)


# A singular must be at least this common (Zipf) for its plural to pass as a word: the web uses it
# in its own right ("parka" 2.76), which a slip's stem seldom reaches ("booke" 1.0).
_SINGULAR_IN_USE = 2.5


def _plural_of_a_word(lex: lexicon.Lexicon, tagger: tagging.Tagger, word: str) -> bool:
    """Whether `word` is a plural in -s of a word in use that is no misspelling itself: the word
    list knows plurals of rarer nouns ("parkas", "ponchos") as rarer still, and one letter from a
    common word reads them as a slip. A misspelt singular ("goverments") is still one."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = word[:-1]
    return lex.zipf(singular) >= _SINGULAR_IN_USE and misspelt_word(lex, tagger, singular) is None


@lru_cache(maxsize=8192)
def _misspelling_of(word: str) -> str | None:
    """`misspelt_word` with the process's word list and tagger, remembered per word (a word's
    neighbours cost ~80 µs to look up, and the same rare words recur from story to story)."""
    lex, tg = lexicon.english(), tagging.tagger()
    return None if lex is None or tg is None else misspelt_word(lex, tg, word)


@rule(
    "nonwords/misspelt-word",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.7,
)
def misspelt_word_rule(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A common word misspelt by one letter ("goverment", "recieve", "untill"), which the word list knows as rare.

    ## Why it matters
    A misspelling in published news reads as carelessness, and one the frequency list knows
    (because the web repeats it) passes the unknown-word check unseen.

    ## Examples
    bad:  The [[goverment->government]] said it would act on Monday.
    bad:  Families will [[recieve->receive]] the cheques [[untill->until]] March.
    bad:  The [[comission->commission]] heard from 40 witnesses.
    bad:  Critics said the two issues were [[seperate->separate]] (and costly).
    bad:  “It [[occurence->occurrence]] was rare,” she said of the [[enviroment->environment]] report.
    good: The government said it would act, and the councillors focussed on the judgement.
    good: The esports league and the vaping ban were debated by the commission.
    good: Families will receive the cheques until March, separate from the rebate.
    good: The independance vote is the source-language rule's; ofthe is the glued-word rule's.
    good: Parents may keep a child at the Centre de la petite enfance on their street until kindergarten.
    good: Student groups say the defunding of campus radio would silence them.
    good: Vendors sold ponchos and parkas while the crowd queued at the gate.
    good: Each invitee got a seat; the divorcee and two other invitees spoke first.
    bad:  Each invitee got a letter from the [[goverment->government]]; they [[agreee->agree]] to come.
    good: Drivers left the parkade by the hospital; the eavestroughs on the arena were replaced.
    bad:  The [[comission->commission]] met at the parkade on Main Street.
    bad:  The [[goverments->governments]] of both provinces signed the accord.
    bad:  The daycare's [[enfance->enhance]] program starts on Monday.
    good: The collector toured villages in the Yellanur mandal and two mandals beside it.
    bad:  The [[goverment->government]] office in the Yellanur mandal reopened.
    good: The premier thanked the crews.\\n\\nJe veux témoigner ma solidarité au peuple ukrainien et à ses familles. — Jane Roy (@janeroy) March 3, 2024
    bad:  The premier thanked the crews.\\n\\nMy thoughts are with the [[goverment->government]] and the families tonight. — Jane Roy (@janeroy) March 3, 2024

    A plural in -s of a word in use ("parkas") is a word, though the list knows it as rare; the
    plural of a misspelt singular ("goverments") is still a slip. A noun in -ee of a verb in -e
    ("invitee", "divorcee": the person the verb acts on) is a word, not its verb with an "e" too many.

    ## Fix safety
    The common word is nearly always meant; a rare technical word one letter from it may not
    be (add it to the ``nonwords`` pack's ``known_words``).
    """
    lex = lexicon.english()
    tg = tagging.tagger()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    if tg is None:
        raise CheckSkipped(tagging.MISSING)
    known = ctx.data(PACK).known
    rare = {w for w in ctx.analysis(lower_words_of, par).rare if len(w) >= _MIN_LENGTH} - known
    rare = {w for w in rare if 0 < lex.zipf(w) <= _RARE}
    if not rare:
        return
    fixes = {}
    for word in rare:
        if english_counterpart(lex, word) or glued_words(lex, word):
            continue  # the source-language-form and glued-words rules report these
        fix = _misspelling_of(word)
        if fix:
            fixes[word] = fix
    if not fixes:
        return
    text = par.text
    names: list[tuple[int, int]] | None = None  # found only for a paragraph with a candidate
    for m in _WORD.finditer(text):
        fix = fixes.get(m.group())
        if not fix or in_foreign_quotation(ctx, par, m.start()):
            continue
        if names is None:
            names = french_name_spans(text, partial(ctx.analysis, names_used_in_prose))
        if inside(names, m.start(), m.end()):
            continue  # a word of a French body's name ("Centre de la petite enfance"), as the unknown-word rule reads it
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group()}” looks like a misspelling of “{fix}”",
                          fix=Fix.unsafe(f"Write “{fix}”", replacement=fix))
