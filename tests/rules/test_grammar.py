"""Grammar rules beyond the one-line examples: clean copy, look-alikes, suggestions, speed."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, checker, findings

from hang_guard import assert_spans_sound, returns

CLEAN = """QUEBEC — The CAQ government tabled its budget on Tuesday, and the PQ says it will vote against it.

Both the PQ and the CAQ want a byelection called before the summer. Members of the NDP are divided, and parts of the AfD are under watch in Germany.

“I, too, will vote for it,” said the MNA, who ran for CAQ leader in 2011. Voters found the plan ambitious, and the premier called the reform historic.

Me, I'm not sure, he joked to reporters. The NDP MPs say they will table a motion, according to the party's house leader. Despite the opposition, they stayed during the hearings of the committee.
"""


def test_clean_copy_is_quiet() -> None:
    assert_clean(CLEAN, "grammar")
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), "grammar")


def test_seed_is_quiet(seed_text) -> None:
    assert_clean(seed_text, "grammar")


def test_adjective_order_suggestion_swaps_the_words() -> None:
    (f,) = findings("The premier promised a government progressive, not a timid one.", "grammar/adjective-after-noun")
    assert f.text == "a government progressive" and f.suggestions == ("a progressive government",)
    assert not f.fix_safe


def test_adjective_order_needs_the_phrase_to_end() -> None:
    # "a government conservative MPs opposed" would be a different parse: the next word must close the phrase
    assert_clean("They backed a government conservative MPs had opposed.", "grammar/adjective-after-noun")
    assert_flags("They backed a bill controversial with unions.", "grammar/adjective-after-noun", ["a bill controversial"])


def test_doubled_subject_needs_matching_pronouns() -> None:
    assert_flags("“Us, we want a vote,” the union said.", "grammar/doubled-subject", ["Us, we"])
    assert_clean("“Me, they never asked,” she said.", "grammar/doubled-subject")
    assert_clean("I too, he said, was surprised.", "grammar/doubled-subject")


def test_party_plural_suggestion_and_look_alikes() -> None:
    (f,) = findings("After the vote, the CAQ want a new deal.", "grammar/party-as-plural")
    assert f.suggestions == ("the CAQ wants",)
    (g,) = findings("The PQ have said no.", "grammar/party-as-plural")
    assert g.suggestions == ("The PQ has",)
    assert_clean("The Liberals want a new deal. The PQ wants one too.", "grammar/party-as-plural")
    assert_clean("Members of the PQ want a new leader.", "grammar/party-as-plural")


def test_party_without_article_look_alikes() -> None:
    assert_flags("That is bad news for NDP, which lost two seats.", "grammar/party-without-article", ["for NDP"])
    for text in ("She ran for NDP leader.", "He spoke for CAQ MNAs.", "A vote for NDP-backed bills.",
                 "Support for PQ’s plan grew.", "It was a win for NDP Leader Jagmeet Singh."):
        assert_clean(text, "grammar/party-without-article")


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("grammar")
    for bad in ("a government " * 5000 + "progressive", "I too, " * 5000 + "I", "the PQ " * 5000 + "believe",
                "for " * 10000 + "PQ", "during " * 10000 + "of"):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("grammar")
        assert_spans_sound(returns(chk.check, bad), bad)


def test_impossible_pairs_searched_by_the_words_present_find_what_the_whole_pattern_finds() -> None:
    # The rule searches each paragraph with only the alternatives whose words it holds: on
    # random word salad of the pattern's own words (any case, odd case-folding characters
    # included) the matches must be those of the whole pattern.
    import random

    from mtqa.document import Document
    from mtqa.rules.grammar.rules import _IMPOSSIBLE, _IMPOSSIBLE_PARTS, _impossible_in
    from mtqa.text.tokens import lower_words

    vocab = sorted({w for _s, groups in _IMPOSSIBLE_PARTS for g in groups for w in g}) + [
        "shouldn't", "mustn’t", "course", "which", "A-list", "to-do", "ſuch", "\u212aeep", "İts", "word", ",", "."]
    rng = random.Random(14)
    found = 0
    for _ in range(1500):
        words = [rng.choice(vocab) for _ in range(rng.randint(2, 12))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.15 else w for w in words]
        text = " ".join(words)
        par = Document(text).paragraphs[0]
        whole = [m.span() for m in _IMPOSSIBLE.finditer(par.text)]
        pattern = _impossible_in(par.text, lower_words(par))
        part = [] if pattern is None else [m.span() for m in pattern.finditer(par.text)]
        assert part == whole, text
        found += bool(whole)
    assert found > 50  # the salad does hold impossible pairs (114 with this seed)
