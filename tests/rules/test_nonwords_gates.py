"""The nonwords family's gates, held to the work they replace on look-alikes: a paragraph the
shared analysis (`lower_words_of`) says holds nothing for a rule must hold nothing, and the
pairs `split-word` tries around its words are the ones the whole paragraph's search keeps."""

from __future__ import annotations

import random
import re

import pytest

from mtqa import lexicon
from mtqa.document import Document
from mtqa.packs import builtin_dir, read_pack_file
from mtqa.rules.nonwords import forms, pack, rules
from mtqa.rules.nonwords.analysis import lower_words_of
from mtqa.rules.nonwords.named import EVERYDAY_PAIRS

lex = lexicon.english()
pytestmark = pytest.mark.skipif(lex is None, reason="needs wordfreq")

_PIECES = [
    "the", "The", "minister", "minister's", "minister’s", "ministers'", "of", "to", "in", "on", "we", "ot", "yr", "Ot",
    "xy's", "a's's", "ab's", "rock'n'roll", "rock’n’roll", "don't", "won’t", "'em", "ol'", "s", "ly", "ing", "ment",
    "Ment", "develop", "govern", "on", "infor", "mation", "ofthe", "aswell", "alot", "atleast", "zzqx", "qzx's",
    "d'archives", "they're", "gov’t", "zzq'xt", "wasn't", "Isn't", "o'clock", "re", "co", "e", "sooo", "andrological", "backpedalled", "unbananalike", "garno", "statementing", "-", "'", "’", ".", ",", "@", "/", "é", "café", "2024", "x", "tothe", "able", "inthe",
]
_SEPARATORS = ["", " ", " ", " ", "-", "'", "’"]


def _texts(seed: str, n: int = 4000):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 9)))


def _default_data(two_letter=None) -> pack.NonwordsData:
    raw = read_pack_file(builtin_dir() / "nonwords.toml")
    if two_letter is not None:
        raw = {**raw, "two_letter": {"words": two_letter}}
    return pack.compile_pack(raw)


def _paragraphs(texts):
    for text in texts:
        for par in Document(text).paragraphs:
            yield par.text, lower_words_of(par)


@pytest.mark.parametrize("two_letter", [None, ["of", "to"]], ids=["pack", "few-pairs"])
def test_unknown_word_skips_only_paragraphs_without_suspects(two_letter) -> None:
    data = _default_data(two_letter)
    assert data.everyday_listed == (two_letter is None) and EVERYDAY_PAIRS <= _default_data().two_letter
    skipped = judged = 0
    for text, lower in _paragraphs(_texts(f"unknown-{two_letter}")):
        suspects = rules._suspects(lex, data, set(rules._TOKEN.findall(text)))
        if rules.no_suspects(lex, text, lower, data):
            skipped += 1
            assert not suspects, text
        judged += bool(suspects)
    assert judged > 200 and (skipped > 200 or two_letter is not None)


def test_glued_phrases_are_the_named_runs() -> None:
    for text, lower in _paragraphs(_texts("glued")):
        in_text = {p for p in forms._GLUED_PHRASES if p in text} & lower.words
        assert lower.named.intersection(forms._GLUED_PHRASES) == in_text, text


def _wanted(m, rare) -> bool:
    """split-word's test of a pair: a rare word in it, or a bound ending second."""
    return m.group(1) in rare or m.group(3) in rare or m.group(3) in forms._BOUND_ENDINGS


def test_split_word_tries_every_pair_the_paragraph_search_keeps() -> None:
    kept_some = 0
    for text, lower in _paragraphs(_texts("split")):
        rare, bound = lower.rare, lower.named & forms._BOUND_ENDINGS
        assert bound == lower.words & forms._BOUND_ENDINGS
        expected = [(m.span(), m.groups()) for m in forms._PAIR.finditer(text) if _wanted(m, rare)]
        got = [(m.span(), m.groups()) for m in forms.pairs_around(text, rare, bound) if _wanted(m, rare)]
        assert got == expected, text
        kept_some += bool(expected)
    assert kept_some > 200


def _groups_paragraph_by_paragraph(paragraphs) -> list:
    """scrambled-acronym's groups as first written: each paragraph searched on its own."""
    groups: dict = {}
    for par in paragraphs:
        text = par.text
        for m in rules._CAPS_TERM.finditer(text):
            letters, digits = m.group(1), m.group(2) or ""
            groups.setdefault(("".join(sorted(letters)), digits), {}).setdefault(letters, []).append(
                (par, m.start(), m.end()))
        for m in rules._TERM_ANY.finditer(text):
            letters = m.group(1).upper()
            groups.setdefault(("".join(sorted(letters)), m.group(2) or ""), {}).setdefault(letters, [])
    return [(key, list(forms.items())) for key, forms in groups.items()]


def test_scrambled_acronym_groups_the_joined_paragraphs_as_each_alone() -> None:
    rng = random.Random("scrambled-acronym")
    pieces = ["COVID", "VIDOC", "Covid", "NATO", "TANO", "Tano", "-19", "-2", "19", "ÉTAT", "ÉTATS", "NASA", "SANA",
              "Nasa", "NATOs", "x", "the", "٣", "-٣", "CO", "Vidoc"]
    separators = ["", " ", " ", "\n\n", "\n\n", "-", ", ", "\n"]
    grouped = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(1, 14)))
        pars = Document(text).paragraphs
        got = [(key, list(forms.items())) for key, forms in rules.acronym_groups(pars).items()]
        assert got == _groups_paragraph_by_paragraph(pars), text
        grouped += len(pars) > 1 and any(len(forms) > 1 for _, forms in got)
    assert grouped > 300


_LOWER_RUN = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")  # what the analysis read runs with before


def _lower_words_as_before(text: str):
    """The family's analysis as it was: the pattern's runs, their rare and unlisted ones."""
    from mtqa.rules.nonwords import analysis

    found = _LOWER_RUN.findall(text)
    assert lex is not None
    named = analysis._NAMED.intersection(found) or analysis._NONE
    rare = lex.uncommon(found)
    unlisted = lex.unknown(rare) if rare else None
    return analysis.LowerWords(text, frozenset(rare), named, frozenset(unlisted) if unlisted else analysis._NONE)


def test_lower_runs_found_without_the_pattern_are_the_patterns() -> None:
    from mtqa.rules.nonwords import analysis

    rng = random.Random(17)
    pieces = ["the", "decisioned", "ofthe", "develop", "ment", "Canada", "NATO", "caQ", "Qx", "é", "café", "naïve",
              "\u212aelvin", "ﬁne", "x_y", "a1b", "2024", "’s", "'s", "ß", "ǅ", "\ud800", "\x1c", "中文", "ion", "xq",
              "zzyzx", "unrelentingness", "a"]
    seps = [" ", "", "", "-", "\n", "\u00a0", ".", "’", "_", "9"]
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 14)))
        assert analysis.lower_runs(text) == _LOWER_RUN.findall(text), repr(text)
        for par in Document(text).paragraphs:
            got = analysis.lower_words_of(par)
            assert got == _lower_words_as_before(par.text), repr(par.text)
            assert got.words == frozenset(_LOWER_RUN.findall(par.text))
            seen += bool(got.rare)
    every = "".join(map(chr, range(1, 0x3000)))
    assert analysis.lower_runs(every) == _LOWER_RUN.findall(every)
    assert seen > 300, "the look-alikes hold no rare word: the test would prove nothing"


def _cut_words_as_before(text: str, pairs) -> list:
    """split-word's loop as first written: every kept pair's frequencies looked up."""
    out, taken = [], 0
    for m in pairs:
        if m.start() < taken:
            continue
        joined = forms.split_word(lex, *m.groups())
        if joined is not None:
            taken = m.end(3)
            out.append((m.start(), m.end(3), joined))
    return out


# Words of every frequency around the threshold of a cut word (Zipf 4) and the common words'
# (3.5), to be cut at every place: "develop ment", "gov-ernment", "statementing".
_WHOLE = ["development", "information", "government", "only", "national", "because", "together", "everyone",
          "statement", "however", "meanwhile", "nevertheless", "downtown", "handful", "overseas", "turnout",
          "backpedal", "andrological", "quintessential", "bookkeeper", "ministers", "co-operate", "anyway",
          "zzqxment", "infor", "ment", "ing", "ly", "the", "of", "a", "é", "café"]


def _cut_texts(seed: str, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(_WHOLE)
            cut = rng.randint(0, len(word))
            parts.append(word[:cut] + rng.choice([" ", " ", "-", "", "'"]) + word[cut:])
        yield " ".join(parts)


def test_split_word_sets_aside_only_pairs_that_join_into_no_common_word() -> None:
    """The pairs whose parts joined are none of the lexicon's common words are passed over
    before their frequencies are looked up; the cut words found are the same."""
    zipfs = sorted(lex.zipf(w) for w in _WHOLE)
    assert zipfs[0] < 3.5 and any(3.5 <= z < 4 for z in zipfs) and zipfs[-1] >= 4
    found = 0
    for text, lower in _paragraphs([*_texts("cut", 3000), *_cut_texts("cut", 3000)]):
        pairs = [m for m in forms._PAIR.finditer(text) if _wanted(m, lower.rare)]
        expected = _cut_words_as_before(text, pairs)
        assert list(forms.cut_words(lex, pairs)) == expected, text
        found += bool(expected)
    assert found > 100


def test_inner_apostrophe_words_are_those_of_the_patterns_matches() -> None:
    """`inner_apostrophes` tries the pattern a letter before each apostrophe; the words
    `_inner_apostrophe_words` makes of its matches are those of `finditer`'s (runs of
    apostrophes, both kinds, possessives, apostrophes at the start and glued to capitals).
    Fails when a kind of apostrophe is left out or the letter before it is not tried."""
    found = 0
    for text in _texts("apostrophes", 6000):
        end, expected = 0, set()
        for m in rules._INNER_APOSTROPHE.finditer(text):  # the words as the pattern's search made them
            if m.start() < end:
                continue
            lo, end = m.start(), m.end()
            while lo and text[lo - 1] in rules._TOKEN_CHARS:
                lo -= 1
            while end < len(text) and text[end] in rules._TOKEN_CHARS:
                end += 1
            expected.update(rules._TOKEN.findall(text, lo, end))
        assert rules._inner_apostrophe_words(text) == expected, text
        found += bool(expected)
    assert found > 1000, found
