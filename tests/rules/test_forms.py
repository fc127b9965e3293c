"""The non-word forms the word list lets through, and their look-alikes (mtqa/rules/nonwords/forms.py)."""

import pytest

from mtqa import lexicon
from mtqa.rules.nonwords.forms import english_counterpart, glued_words, impossible_derivation

lex = lexicon.english()
pytestmark = pytest.mark.skipif(lex is None, reason="needs wordfreq")


@pytest.mark.parametrize("form, english", [
    ("independance", "independence"), ("gouvernement", "government"), ("developpement", "development"),
    ("informacion", "information"), ("litterature", "literature"), ("militaire", "military"),
    ("democratie", "democracy"), ("religieux", "religious"),
])
def test_source_forms_point_to_their_english_word(form, english):
    assert english_counterpart(lex, form) == english


@pytest.mark.parametrize("word", ["independence", "goalie", "rookie", "finale", "boutique", "technique",
                                  "copping", "dinning", "morale", "virtuoso", "influenza", "massif"])
def test_english_words_have_no_counterpart(word):
    assert english_counterpart(lex, word) is None


@pytest.mark.parametrize("word", ["decisioned", "statementing", "governmently", "kindnessness", "ununfair"])
def test_impossible_derivations(word):
    assert impossible_derivation(lex, word) is not None


@pytest.mark.parametrize("word", ["mentioned", "balanced", "referencing", "rerun", "unfair", "vehemently"])
def test_real_derivations_pass(word):
    assert impossible_derivation(lex, word) is None


@pytest.mark.parametrize("word, words", [("ofthe", "of the"), ("inthe", "in the"), ("aswell", "as well"),
                                         ("infact", "in fact"), ("thestreet", "the street")])
def test_glued_words(word, words):
    assert glued_words(lex, word) == words


@pytest.mark.parametrize("word", ["thereof", "theme", "therapy", "atop", "theron", "thesis", "within"])
def test_compounds_are_not_glued(word):
    assert glued_words(lex, word) is None


@pytest.mark.parametrize("first, sep, second, joined", [
    ("develop", " ", "ment", "development"), ("infor", " ", "mation", "information"),
    ("govern", "-", "ment", "government"), ("on", " ", "ly", "only"),
])
def test_split_words(first, sep, second, joined):
    from mtqa.rules.nonwords.forms import split_word
    assert split_word(lex, first, sep, second) == joined


@pytest.mark.parametrize("first, sep, second", [
    ("co", "-", "ordinate"), ("not", " ", "able"), ("per", " ", "cent"), ("care", " ", "less"), ("a", " ", "part"),
    ("can", " ", "not"), ("any", " ", "more"),
])
def test_word_pairs_that_are_not_split_words(first, sep, second):
    from mtqa.rules.nonwords.forms import split_word
    assert split_word(lex, first, sep, second) is None


def test_source_forms_are_flagged_with_their_english_word() -> None:
    from mtqa.testing import assert_clean, assert_flags

    rule = "nonwords/source-language-form"
    got = assert_flags("The gouvernement backed the independance vote.", rule, ["gouvernement", "independance"])
    assert [f.suggestions for f in got] == [("government",), ("independence",)]
    assert_clean("She works at the Comité de sécurité publique, near the boutique.", rule)


def test_glued_and_split_words_in_text() -> None:
    from mtqa.testing import assert_clean, assert_flags

    assert_flags("He spoke ofthe plan aswell.", "nonwords/glued-words", ["ofthe", "aswell"])
    assert_clean("The theme of the thesis was therapy, atop the list.", "nonwords/glued-words")
    assert_flags("The develop ment plan was late.", "nonwords/split-word", ["develop ment"])
    assert_clean("He was not able to come; they co-ordinate it.", "nonwords/split-word")


# Texts where the rules' set pre-filters (a paragraph's distinct words first) could go wrong:
# a word joined to both neighbours, hyphens, words in addresses, a common word repeated beside
# a rare one, glued and source forms beside their look-alikes.
_PREFILTER_TEXTS = [
    "The develop ment ment plan and the infor mation were late; on ly then, govern-ment and co-ordinate.",
    "It was develop ment-ly odd: the a b c de ment ly ment, on ly on ly, in-formation and re-elect.",
    "He spoke ofthe plan aswell and inthe House; thereof, theme, therapy, atop; infact@example.org/ofthe.",
    "The gouvernement backed the independance vote; the boutique, the goalie, the politique decision.",
    "The decisioned budget, statementing the plan, governmently funded; questioned, mentioned, example.ca/ment.",
    "",
]


def _split_words_one_search_at_a_time(text: str) -> list[tuple[int, int, str]]:
    """split-word as first written: a pattern search from each pair's second word, every pair
    looked up (the reference its pre-filtered loop must equal)."""
    import re

    from mtqa.rules.nonwords.forms import split_word

    pair = re.compile(r"(?<![A-Za-z0-9_@#/\\.'’\-])([a-z]{2,})( |-)([a-z]{2,})(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])")
    out, pos = [], 0
    while (m := pair.search(text, pos)) is not None:
        joined = split_word(lex, m.group(1), m.group(2), m.group(3))
        if joined is None:
            pos = m.start(3)
            continue
        pos = m.end()
        out.append((m.start(), m.end(), joined))
    return out


@pytest.mark.parametrize("text", _PREFILTER_TEXTS)
def test_split_word_finds_what_a_search_per_pair_finds(text):
    from mtqa.testing import findings

    got = [(f.span.start, f.span.end, f.suggestions[0]) for f in findings(text, "nonwords/split-word")]
    assert got == _split_words_one_search_at_a_time(text)


def test_split_word_joins_a_word_to_one_neighbour() -> None:
    from mtqa.testing import assert_flags

    assert_flags("The develop ment ment plan, on ly on ly.", "nonwords/split-word", ["develop ment", "on ly", "on ly"])


@pytest.mark.parametrize("text", _PREFILTER_TEXTS)
def test_word_form_rules_judge_every_candidate_word(text):
    """The pre-filtered rules find what judging each candidate word in turn finds."""
    import re

    from mtqa.rules.nonwords.english_forms import known_form
    from mtqa.testing import findings

    known = frozenset()  # the shipped pack lists none of these words
    word = re.compile(r"(?<![A-Za-z0-9_@#/\\.'’\-])[a-z]{5,}(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])")
    forms = [(m.start(), m.end()) for m in word.finditer(text)
             if english_counterpart(lex, m.group()) is not None
             and (m.group() in lex or known_form(lex, known, m.group()))]  # no French beside them
    assert [(f.span.start, f.span.end) for f in findings(text, "nonwords/source-language-form")] == forms
    derived = [(m.start(), m.end()) for m in word.finditer(text)
               if m.group() not in lex and known_form(lex, known, m.group()) and impossible_derivation(lex, m.group())]
    assert [(f.span.start, f.span.end) for f in findings(text, "nonwords/impossible-derivation")] == derived
    glued_word = re.compile(r"(?<![A-Za-z0-9_@#/\\.'’\-])[a-z]{4,}(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])")
    glued = [(m.start(), m.end()) for m in glued_word.finditer(text)
             if glued_words(lex, m.group()) is not None and (m.group() in lex or known_form(lex, known, m.group()))]
    assert [(f.span.start, f.span.end) for f in findings(text, "nonwords/glued-words")] == glued


@pytest.mark.parametrize("text", _PREFILTER_TEXTS)
def test_the_shared_lower_words_hold_every_candidate_of_the_rules(text):
    """Each rule's own pattern finds only words of the analysis, and every rarer word is in `rare`."""
    import re

    from mtqa.document import Document
    from mtqa.rules.nonwords.analysis import lower_words_of

    if not text:
        return
    got = lower_words_of(Document(text).paragraphs[0])
    edge = r"(?<![A-Za-z0-9_@#/\\.'’\-])[a-z]{%d,}(?![A-Za-z0-9_@#/\\'’\-]|\.[A-Za-z0-9])"
    for shortest in (2, 4, 5):
        assert set(re.findall(edge % shortest, text)) <= got.words
    assert got.rare <= got.words
    assert {w for w in got.words if lex.zipf(w) < 3.5} <= got.rare
    assert got.unlisted == {w for w in got.words if w not in lex}
