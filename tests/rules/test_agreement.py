"""Agreement rules beyond the one-line examples: clean copy, compounds and verbs, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), "grammar")
    assert_clean(seed_text, ("grammar/determiner-number", "grammar/uncountable-plural", "grammar/double-comparative"))


def test_compounds_possessives_and_letters_do_not_fire() -> None:
    text = ("These government officials met several party members. A Grade A students' union, "
            "a women's shelter and a workers' strike were on the list. Many a decision was taken. "
            "The firm hired those city planners and both province leaders.")
    assert_clean(text, "grammar/determiner-number")
    assert_flags("Grade A students met. A students' group too.", "grammar/determiner-number", [])


def test_determiner_number_suggests_the_noun_in_the_determiners_number() -> None:
    (f,) = findings("The minister met several official at the summit.", "grammar/determiner-number")
    assert f.text == "several official" and f.suggestions == ("several officials",)
    (g,) = findings("Ottawa signed an agreements with Paris.", "grammar/determiner-number")
    assert g.suggestions == ("an agreement",)


def test_uncountable_plural_needs_a_determiner_for_words_that_are_also_verbs() -> None:
    assert_clean("He researches tax law and advises clients.", "grammar/uncountable-plural")
    assert_flags("Many researches show the opposite.", "grammar/uncountable-plural", ["researches"])
    (f,) = findings("The army asked for more equipments.", "grammar/uncountable-plural")
    assert f.suggestions == ("equipment",)


def test_double_comparative_needs_the_phrase_to_end() -> None:
    assert_clean("More older residents than ever voted; the party drew more younger voters.", "grammar/double-comparative")
    assert_flags("The gap is more larger than last year.", "grammar/double-comparative", ["more larger"])
    (f,) = findings("It was the most worst result in years.", "grammar/double-comparative")
    assert f.text == "the most worst" and f.suggestions == ("the worst",)


def _determiner_number_texts() -> list[str]:
    """Paragraphs of determiners of both numbers (and look-alikes), whitespace of every kind,
    adjectives between, nouns of both numbers (prefixes of one another: man/men/women), after
    sentence ends and quotation marks, before the words and marks the pattern wants."""
    import random

    from mtqa.rules.grammar import agreement

    nouns = [*agreement._NOUNS, *agreement._NOUNS.values()]
    rng = random.Random(16)
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["", ". ", "” ", "\"", "x", "-", "\n", "3"]),
                      rng.choice(["a", "an", "A", "An", "AN", "every", "Each", "another", "these", "Those", "MANY",
                                  "several", "numerous", "various", "multiple", "manys", "ſeveral", "ba"]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", ""]),
                      rng.choice(["", "", "new ", "federal  ", "Official\u00a0", "other", "big"]),
                      rng.choice([*nouns, "Ministers", "women-led", "man’s", "mens", "ſchools"]),
                      rng.choice([" said", ".", " of", " have", ",", "’s", "-", "s", "  are", ""]),
                      rng.choice([" ", "", ", "])]
        texts.append("".join(parts))
    return texts


def test_determiner_number_tried_at_its_triggers_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only at a plural determiner and one or two runs of letters
    # before a plural noun its trigger found; on look-alikes it must find the pattern's matches
    # over the whole text (the rule's name check applied alike), with each scanning backend
    from mtqa.rules.grammar import agreement
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    def kept(m, text) -> bool:
        noun = m.group("pl") or m.group("si")
        return not (noun[:1].isupper() and not m.group()[:1].isupper())

    matched = assert_finds_what_the_pattern_finds(
        "grammar/determiner-number", _determiner_number_texts(),
        lambda par: lower_words(par).isdisjoint(agreement._DET_NUMBER_TRIGGERS),
        agreement._DET_NUMBER, kept)
    assert matched > 40