"""Repetition: one word's stem said twice where English says it once.

A verb whose object is a noun of its own stem (``achieve great achievements``, ``pinned a pin``)
and two forms of one verb side by side (``including include``) are a source's figure or an
engine's second try left in the copy. Read with word classes (the optional extra
``mtqa[grammar]``): without the tagger the rules are skipped.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import tagging
from mtqa.finding import Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.segment import Paragraph
from mtqa.tagging import tagged

# Verbs whose object English names with their own stem ("build buildings", "live a life").
_OWN_OBJECT = frozenset("""
    build paint live fight dream plant drink sign record place play lead draw fish light dance smile sing act
    walk run ride race vote count test
""".split())
_OPENERS = frozenset({"DT", "PRP$", "CD"})
_MODIFIERS = frozenset({"JJ", "JJR", "JJS"})
_ENDINGS = ("ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s", "e", "d")


def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    if len(word) >= 4 and word[-1] == word[-2]:
        word = word[:-1]  # "pinn" of "pinned"
    return word


def _same_stem(a: str, b: str) -> bool:
    """Whether two stems are one ("achiev" and "achieve"): one begins the other."""
    return a.startswith(b) or b.startswith(a)


def _tokens(par: Paragraph, ctx: RuleContext):
    toks = ctx.analysis(tagged, par)
    if tagging.tagger() is None or toks is None:
        raise CheckSkipped(tagging.MISSING)
    return toks


@rule("repetition/cognate-object", category="Fluency/Style", severity=Severity.MINOR, confidence=0.6)
def cognate_object(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb whose object is a noun of its own stem (``achieve great achievements``, ``pinned a pin``).

    ## Why it matters
    Vietnamese, Chinese and Korean officialese pair a verb with its own noun (*đạt được thành tựu*);
    the engine keeps both, and English hears the word twice. English names the act once
    ("made great strides", "wore a pin").

    ## Examples
    bad:  The minister said the country will [[achieve great achievements]] this year.
    bad:  The guests [[pinned a white pin]] on their coats.
    good: The minister said the country will make great strides this year.
    good: Crews will build new buildings, plant trees and paint a painting; she lived a full life.
    good: He was elected in the 2019 election and decided on the decision's date.

    ## Fix safety
    None: the verb or the noun has to change, and which depends on the sentence.
    """
    toks = _tokens(par, ctx)
    for i, verb in enumerate(toks):
        if not verb.tag.startswith("VB") or not (verb.text.isalpha() and verb.text.islower()):
            continue
        stem = _stem(verb.lower)
        if len(stem) < 3 or stem in _OWN_OBJECT or any(verb.lower.startswith(w) for w in _OWN_OBJECT):
            continue
        j = i + 1
        if j < len(toks) and toks[j].tag in _OPENERS:
            j += 1
        while j < len(toks) and j <= i + 4 and toks[j].tag in _MODIFIERS:
            j += 1
        if j >= len(toks) or not toks[j].tag.startswith("NN") or not toks[j].text.islower():
            continue
        if _same_stem(_stem(toks[j].lower), stem):
            yield ctx.finding(par, verb.start, toks[j].end, f"“{verb.text}” and “{toks[j].text}” say the same word twice")


@rule("repetition/doubled-verb-form", category="Accuracy/Addition", severity=Severity.MINOR, confidence=0.6)
def doubled_verb_form(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two forms of one verb side by side (``including include``): an engine's second try left in.

    ## Why it matters
    A spinner or an engine that offers two renderings of one source word prints both; the
    sentence has one verb too many.

    ## Examples
    bad:  The rules cover religious symbols, [[including include]] the hijab.
    good: The rules cover religious symbols, including the hijab.
    good: What changed changes nothing; the change changes little; the need needs saying.

    ## Fix safety
    None: one of the two forms goes, and which depends on the sentence.
    """
    toks = _tokens(par, ctx)
    for a, b in zip(toks, toks[1:]):
        if a.lower == b.lower or not (a.tag.startswith("VB") and b.tag.startswith("VB")):
            continue
        if not (a.text.isalpha() and b.text.isalpha() and a.text.islower() and b.text.islower()):
            continue
        if len(a.lower) >= 5 and len(b.lower) >= 5 and _same_stem(_stem(a.lower), _stem(b.lower)):
            yield ctx.finding(par, a.start, b.end, f"“{a.text}” and “{b.text}” are two forms of one verb")
