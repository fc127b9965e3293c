"""A literal rendering of a body's name written a little otherwise: its words reordered, or one
of them misspelt or inflected ("Federation of Specialists Doctors of Quebec" for the listed
"Federation of Specialist Doctors of Quebec").

The gazetteer (``rules/official_names.toml``) lists the word-for-word forms an engine gives,
but an engine does not give one form: it may order the words otherwise or inflect one. Listing
every such form by hand does not end, so a name is compared here by its capitalised words (the
small words between them, "of", "the", "in", vary freely and are left out):

- the first capitalised word (the head: Federation, Office, Director) is the literal form's own;
- the others are the literal form's, in any order, all but at most one written as they are;
- the one that differs is a spelling of the literal form's word (`fuzzy.ratio`, rapidfuzz's ratio, at least
  `WORD_RATIO`), chosen on fold A of the corpus (benchmarks/README.md, recall47);
- the words in the literal form's order and spelling are the exact match's, not this one's;
- the name is nearer (`fuzzy.token_sort_ratio`) to the literal form than to any of the
  body's English names: a name one word off a literal form is often the right English name
  ("Ministry of Finance" for the literal "Ministry of Finances").

A name whose head is not the literal form's ("Toronto Police Service" beside a literal "Police
Service of Toronto") is left alone: putting a place before its body is how English names one.
The ratios are rapidfuzz's, computed in `mtqa.text.fuzzy` so that a check imports no rapidfuzz for them.
"""

from __future__ import annotations

from typing import Callable, Iterator, Sequence, TypeVar

from mtqa import pattern_cache
from mtqa.text import fuzzy

# Fold A's three reorders with an inflected or misspelt word scored 76 to 95; below 60 a word
# pair is two words ("Tongue"/"Language" 27). Chosen as the highest value that keeps fold A's.
WORD_RATIO = 75.0
MIN_WORDS = 3  # a name of three capitalised words or more: two leave too little to compare

# A run of capitalised words, the small words of a name between them (group "run"). It is tried
# only from a word's first capital (a word: letters, apostrophes and hyphens): tried from every
# capital, a pasted word of 20,000 capitals with no name after it was read to its end from each
# one, quadratic (2.5 s; fuzz seed 4801). A later capital of the word fails where its first did
# (the word is read to the same end), so the matches are the same (30,000 random strings).
# The first capital is found by looking back from a capital over the word's other letters for
# another capital, not by matching from every word's start over its lower-case letters: the
# same runs (each word's first capital is where that match reached its group "run"), at about a
# quarter of the search (26 to 7 ms over the 39k-word join's paragraphs; branch speed50).
NAME_RUN = pattern_cache.compile(
    r"(?<!\p{Lu}[\p{Ll}\p{Lt}\p{Lm}\p{Lo}'’-]*+)"
    r"(?P<run>\p{Lu}[\p{L}'’-]++(?:\s++(?:(?:of|and|for|the|on|in|de|du|des|la|le|to)\s++)*+\p{Lu}[\p{L}'’-]++)++)"
)

V = TypeVar("V")


def capital_words(name: str) -> tuple[str, ...]:
    """A name's capitalised words, without a leading "The" and a possessive ending."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in name.split() if w[:1].isupper()]
    if words and words[0] == "The":
        words = words[1:]
    return tuple(words)


def index(forms: Sequence[tuple[str, V]]) -> dict[str, list[tuple[tuple[str, ...], V]]]:
    """The forms of `MIN_WORDS` capitalised words or more, by their head: what `near` is asked."""
    out: dict[str, list[tuple[tuple[str, ...], V]]] = {}
    seen: set[tuple[str, ...]] = set()
    for form, value in forms:
        words = capital_words(form)
        if len(words) >= MIN_WORDS and words not in seen:
            seen.add(words)  # a form with its accents dropped or a small word lowercased is one
            out.setdefault(words[0], []).append((words, value))
    return out


def _one_off(words: tuple[str, ...], listed: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """The word of `words` that is not in `listed` with the listed word it stands for (none when
    every word is in `listed`: a reorder); None when more than one differs."""
    left = list(words[1:])
    missing = []
    for w in listed[1:]:
        if w in left:
            left.remove(w)
        else:
            missing.append(w)
    if len(missing) > 1:
        return None
    return list(zip(left, missing))


def near(name: str, heads: dict[str, list[tuple[tuple[str, ...], V]]],
         english_of: Callable[[V], Sequence[str]]) -> tuple[tuple[str, ...], V] | None:
    """The listed form `name` is a reorder or a one-word slip of, with its value, or None."""
    words = capital_words(name)
    if len(words) < MIN_WORDS or words[0] not in heads:
        return None
    for listed, value in heads[words[0]]:
        if len(listed) != len(words) or listed == words:
            continue
        off = _one_off(words, listed)
        if off is None:
            continue
        if any(fuzzy.ratio(a, b) < WORD_RATIO for a, b in off):
            continue
        got = " ".join(words)
        to_literal = fuzzy.token_sort_ratio(got, " ".join(listed))
        if any(fuzzy.token_sort_ratio(got, " ".join(capital_words(e))) >= to_literal for e in english_of(value)):
            continue  # nearer one of the body's English names: not the literal form's slip
        return listed, value
    return None


_CAPITAL = pattern_cache.compile(r"\p{Lu}[\p{L}'’-]*+")


def spans(text: str, heads: dict) -> Iterator[tuple[int, int]]:
    """The stretches of a run of capitalised words (with a name's small words between them) that
    open on a listed head and end on a capitalised word, of as many capitalised words as one of
    the head's listed forms (the only ones `near` compares), longest first for each opening: a
    run holds more than the name ("the Director of … Lawsuits in Quebec").

    Two hostile inputs shaped this: every stretch of a run of thousands of title-case words was a
    run's length of `near` calls, each reading its stretch (cubic: 231 s for 57k characters of
    pasted headlines, fuzz seed 4801; 2,000 pasted "in Canada" took minutes in the suite)."""
    lengths: dict[str, list[int]] = {}  # a head's forms' lengths in capitalised words, longest first
    for m in NAME_RUN.finditer(text):
        caps = [c.span() for c in _CAPITAL.finditer(text, m.start("run"), m.end())]
        for i, (s, head_end) in enumerate(caps):
            head = text[s:head_end]
            if head not in heads:
                continue
            if head not in lengths:
                lengths[head] = sorted({len(words) for words, _ in heads[head]}, reverse=True)
            # a form's length leaves out a leading "The" (`capital_words`), the stretch counts it
            the = 1 if head.removesuffix("’s").removesuffix("'s") == "The" else 0
            for n in lengths[head]:
                if i + n - 1 + the < len(caps):
                    yield s, caps[i + n - 1 + the][1]
