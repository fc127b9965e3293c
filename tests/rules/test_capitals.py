"""Typography rules of `typography.capitals` beyond their one-line examples."""

from __future__ import annotations

import pytest

from mtqa import Checker
from mtqa.testing import assert_clean, assert_flags
from tests.scan.test_engine_triggers import BACKENDS


def test_lowercase_start_only_for_sentences_and_after_tags() -> None:
    rule = "typography/lowercase-sentence-start"
    assert_flags("the vote was held on Monday in Quebec City.", rule, ["the"])
    # a no-break space after the word is a space too (else fixing "a\xa0 a" to "a a" makes a new finding)
    assert_flags("the\u00a0vote was held on Monday in Quebec City.", rule, ["the"])
    assert_clean("tensions", rule)  # a one-word heading: not judged
    assert_clean("date 2021-01-05 menu", rule)
    got = assert_flags("It ended. < / p > < p > we also urge calm. < p > the end came.", rule, ["we", "the"])
    assert got[0].fix.edits[0].replacement == "We"


def test_capital_after_semicolon_spares_names_and_i() -> None:
    rule = "typography/capital-after-semicolon"
    assert_flags("It was late; However, the vote went ahead; It passed.", rule, ["However", "It"])
    assert_clean("It was late; The Hill Times said so; Ottawa agreed; I left.", rule)


def test_needless_capital_is_en_ca_and_spares_names() -> None:
    rule = "typography/needless-capital"
    assert_flags("Support among Anglophones fell, and allophones stayed.", rule, ["Anglophones"])
    assert_clean("Support among Anglophones fell, and allophones stayed.", rule, locale="en-US")
    assert_clean("Francophones voted. The Separatist Party of Nowhere met.", rule)


def test_needless_capital_is_a_house_choice_unless_the_story_mixes_or_the_style_is_cp() -> None:
    rule = "typography/needless-capital"
    consistent = "Support among Francophone voters fell.\n\nThe Francophone community met in Sudbury."
    assert_clean(consistent, rule)
    strict = [f.text for f in Checker(style="cp").check(consistent).findings if f.rule_id == rule]
    assert strict == ["Francophone", "Francophone"]
    mixed = "Support among Francophone voters fell.\n\nThe francophone community met in Sudbury."
    assert_flags(mixed, rule, ["Francophone"])


def test_stray_capitals_spare_headings_names_and_acronyms() -> None:
    rule = "typography/stray-capitals"
    assert_flags("“TO Kyiv we went,” she said, and in addition It was late.", rule, ["TO", "It"])
    assert_clean("NEWS FROM THE HILL\n\nThe head of IT saw the AND gate; U.S. AND Canada met; the film It Follows.", rule)


def test_capital_after_semicolon_on_a_word_the_story_writes_in_lowercase() -> None:
    rule = "typography/capital-after-semicolon"
    assert_flags("Crews cleared the roads; Residents returned.\n\nMore residents followed.", rule, ["Residents"])
    # Written lowercase elsewhere but also capitalised mid-sentence: a name that is also a word.
    assert_clean("The fund paid a grant; Grant said so.\n\nReporters asked Grant again.", rule)
    assert_clean("Crews cleared the roads; Residents returned.", rule)  # no lowercase evidence


def test_capitalised_common_word_needs_the_story_s_own_lowercase_use() -> None:
    rule = "typography/capitalised-common-word"
    story = ("For the second Time, the chancellor took questions. The new Vision was agreed.\n\n"
             "This time, she spoke for an hour.")
    # "vision" is nowhere in lowercase and "Vision" may be a name: no evidence, not judged ("the
    # new Format" is: the lexicon knows "Format" only at a sentence's start, test_noun_capitals)
    assert_flags(story, rule, ["Time"])
    assert_clean("Jane Grant applied for a grant, and reporters asked Grant about it.", rule)
    assert_clean("The House sat late; house prices rose. The town lies west of Hope; hope remains. "
                 "Crews closed Highway 1; the highway reopened.", rule)
    assert_clean("Officials said Plan B was ready; the plan and a second Plan were both late.", rule)


def test_the_story_s_lowercase_words_answer_as_the_set_of_every_match() -> None:
    """`word_case` reads a paragraph only when a word asked for is in its text; it answers as
    the set of every lowercase word the pattern finds in the story, on look-alikes at its edges."""
    import random

    from mtqa.document import Document
    from mtqa.rules.typography.capitals import _LOWER_WORD, word_case

    rng = random.Random(7)
    pieces = ["time", "Time", "times", "sometime", "time-out", "o'time", "time’s", "TIME", "2time", "timé",
              "straße", "ǅemal", "ǆ", "the", "them", " ", " ", "\n\n", ", ", ". ", "-", "'", "’"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        doc = Document(text)
        every = frozenset(w for par in doc.paragraphs for w in _LOWER_WORD.findall(par.text))
        asked = word_case(doc)
        for word in ["time", "times", "sometime", "the", "them", "straße", "ǆ", "timé", "out", "s", "", "e"]:
            assert (word in asked) == (word in every), (text, word)


@pytest.mark.parametrize("backend", BACKENDS)
def test_caps_small_words_are_the_patterns_matches(backend: str) -> None:
    """`stray-capitals` tries its small-words pattern only where the trigger found one of them:
    the same matches as `finditer` over the paragraph, each backend (words glued to letters,
    digits, periods and hyphens, in other cases, beside openers); fails when a hit of an opener
    is taken for one, or a word's place is missed."""
    import random

    from mtqa.registry import get
    from mtqa.rules.typography.capitals import _CAPS_SMALL_WORD, caps_small_words
    from mtqa.scan import Scanner
    from mtqa.segment import Paragraph

    rule = get("typography/stray-capitals")
    scanner = Scanner([(rule.meta.id, rule.meta.triggers)], {}, backend=backend)
    rng = random.Random(14)
    pieces = ("TO", "OF", "FOR", "AND", "THE", "WITH", "FROM", "BY", "BUT", "IN", "INTO", "BUTTER", "To", "the",
              "The", "It", "Kyiv", "kyiv", "É", "é", "x", "1", ".", "-", "U.S.", "ANDTO")
    texts = ["".join(rng.choice(pieces) + rng.choice((" ", " ", "", ".", "-", "\u00a0", "  "))
                     for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    pars = [Paragraph(text, 0, index=i) for i, text in enumerate(texts)]
    result = scanner.scan(pars)
    matched = 0
    for par in pars:
        expected = [m.span() for m in _CAPS_SMALL_WORD.finditer(par.text)]
        assert [m.span() for m in caps_small_words(par.text, result.hits(par, rule.meta.id))] == expected, par.text
        matched += len(expected)
    assert matched > 200, matched


def test_lowercase_start_is_not_judged_after_a_tag_inside_a_sentence() -> None:
    """A tag that marks words inside a sentence (<b>, </em>, <a>) does not end it: the word after
    it is no sentence's first word, and the safe fix capitalised it mid-sentence."""
    rule = "typography/lowercase-sentence-start"
    assert_clean("The crew <b>sailed</b> out of the harbour at dawn, the captain said.", rule)
    assert_clean("Rescuers <EM>reached</EM> the valley by noon, officials said.", rule)
    assert_clean("Read the <a href>report</a> online before the hearing opens.", rule)
    assert_flags("The vote ended. </p> after it the minister left the chamber.", rule, ["after"])
    assert_flags("The vote ended. < br > after it the minister left the chamber.", rule, ["after"])


def test_the_name_of_one_thing_is_no_common_word_capitalised() -> None:
    # a planet, a holiday, an era: the capital is the name, the story's lowercase use another word
    rule = "typography/capitalised-common-word"
    assert_clean("Seen from orbit, our fragile Earth looks calm, while farmers below still turn the earth by hand.", rule)
    assert_clean("Astronomers photographed a pale Moon over the bay; a moon of Saturn was next.", rule)
    assert_clean("Choirs have rehearsed since Advent began, and the advent of cheap radios changed their audience.", rule)
    assert_clean("Families gather each Thanksgiving, and prayers of thanksgiving were said.", rule)
    assert_clean("Painters dreamed of a second Renaissance; the town's cultural renaissance came slowly.", rule)


def test_a_common_word_capitalised_beside_them_still_fires() -> None:
    # look-alikes: the same shape with a word that names no one thing
    rule = "typography/capitalised-common-word"
    assert_flags("Seen from orbit, our fragile Planet looks calm, while the planet below turns.", rule, ["Planet"])
    assert_flags("Choirs have rehearsed since Autumn began, and the autumn rain kept falling.", rule, ["Autumn"])
    assert_flags("Painters dreamed of a second Revival; the town's cultural revival came slowly.", rule, ["Revival"])
