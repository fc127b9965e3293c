"""Word-order rules beyond the one-line examples: clean copy, look-alikes, suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.testing import assert_clean, assert_flags, findings
from tests.scan.test_engine_triggers import BACKENDS

RULES = ("grammar/intensified-adjective-after-noun", "grammar/adverb-before-object", "grammar/article-before-name")


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULES)
    assert_clean(seed_text, RULES)


def test_reduced_relatives_and_complements_do_not_fire() -> None:
    text = ("The measures announced yesterday by the minister take effect in May. It was a margin so thin that "
            "nobody celebrated. She made the process very complicated, and they kept the talks very discreet. "
            "The result was a deal very similar to the last one. Was the plan very costly? It arrived a day too late.")
    assert_clean(text, "grammar/intensified-adjective-after-noun")


def test_intensified_adjective_suggestion_fixes_the_article() -> None:
    (f,) = findings("It was a moment extremely tense for the caucus.", "grammar/intensified-adjective-after-noun")
    assert f.suggestions == ("an extremely tense moment",)


def test_adverb_before_object_spares_time_phrases_passives_and_linking_verbs() -> None:
    text = ("He was elected again the next year and was named also the chair. It seemed already the end. "
            "She visited Montreal and finally the plant. They proceed already the same way.")
    assert_clean(text, "grammar/adverb-before-object")
    (f,) = findings("The premier criticized also the federal plan.", "grammar/adverb-before-object")
    assert f.text == "criticized also" and f.suggestions == ("also criticized",)


def test_article_before_name_spares_modifiers_lists_and_qualified_names() -> None:
    text = ("The Quebec government and the Ontario legislature met. The Canada Revenue Agency wrote. "
            "The Quebec of the 1970s is gone. The France that I knew has changed. Officials of the Quebec, Ontario "
            "and federal governments met. The Canada Post strike ended.")
    assert_clean(text, "grammar/article-before-name")
    assert_flags("A spokesperson for the Canada Post said no, and the Ontario did too.", "grammar/article-before-name",
                 ["the Canada Post", "the Ontario"])


def test_article_before_a_listed_names_possessive_is_flagged_unless_a_name_follows() -> None:
    (f,) = findings("Rice is now the Vietnam’s second export, officials said.", "grammar/article-before-name")
    assert f.text == "the Vietnam’s" and f.suggestions == ("Vietnam’s",)
    assert_flags("The Alberta's budget and the Ontario's deficit grew.", "grammar/article-before-name",
                 ["The Alberta's", "the Ontario's"])
    assert_clean("Fans queued at the Canada's Wonderland gates; the Quebec's-style menu; the Canada’s.\n"
                 "She read the Canada’s Food Guide and Canada’s largest daily.", "grammar/article-before-name")


def _article_name_texts() -> list[str]:
    """Paragraphs of "the" (and look-alikes), whitespace of every kind and the names, overlapping
    ones (Canada, Health Canada, Canada Post), cut or glued, before the words the pattern wants."""
    import random

    from mtqa.rules.grammar import word_order

    names = (word_order._BODIES + "|" + word_order._PLACES).split("|")
    rng = random.Random(3)
    texts = []
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["the", "The", "THE", "xthe", "-the", "bathe", ""]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\x1c", " \x1c ", "\u2003", ""]),
                      rng.choice([*names, "Canadas", "Quebecer", "Hydro", "Canada-", "Québec’s"]),
                      rng.choice([" is", " was", ".", " and", " for", "’s", "-", " said", ")", "  is", " the", " The"]),
                      rng.choice([" ", "", ", "])]
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("backend", BACKENDS)
def test_article_before_name_tried_at_its_names_finds_what_the_pattern_finds(backend: str, monkeypatch) -> None:
    # the rule tries its pattern only three characters before the whitespace ending at a name
    # its trigger found; on look-alikes it must report the pattern's matches over the whole text
    from mtqa import Checker
    from mtqa.document import Document
    from mtqa.rules.grammar import word_order

    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    checker = Checker(select=["grammar/article-before-name"], languagetool="off")
    matched = 0
    for text in _article_name_texts():
        doc = Document(text)
        expected = [par.span_to_doc(m.start(), m.end()) for par in doc.paragraphs
                    for m in word_order._THE_NAME.finditer(par.text)]
        found, _ran, _skipped, _ = checker.findings(doc)
        assert [(f.span.start, f.span.end) for f in found] == expected, text
        matched += bool(expected)
    assert matched > 20


def _intensified_texts() -> list[str]:
    """Paragraphs of determiners (and look-alikes), whitespace of every kind, nouns (accented,
    capitalised, too short, the words the pattern refuses), intensifiers (glued, in any case) and
    adjectives, before the words and marks the pattern wants after them."""
    import random

    from mtqa.rules.grammar import word_order

    rng = random.Random(17)
    adjectives = word_order._ADJECTIVES.split("|")
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["", "made ", "with ", "Is ", ". ", "x", "-", "\n"]),
                      rng.choice(["a", "an", "the", "The", "THE", "its", "our", "those", "bathe", "3the", "ſthe"]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", ""]),
                      rng.choice(["decision", "issue", "café", "Stage", "ax", "bit", "little", "réforme", "mesure-clé",
                                  "plan’s", "vote3", "ſtage", "e\u0301tude", "\ua7cbstage", "sta\ua7cbge"]),
                      rng.choice([" ", "  ", "\u2003", "\n", ""]),
                      rng.choice(["very", "extremely", "Particularly", "REALLY", "veryx", "truly", ""]),
                      rng.choice([" ", "  ", ""]),
                      rng.choice([*rng.sample(adjectives, 3), "close", "importants"]),
                      rng.choice([" for", ".", ",", " and", "-", "’s", "  which", ""]),
                      rng.choice([" ", "", ", "])]
        texts.append("".join(parts))
    return texts


def test_intensified_adjective_tried_before_its_intensifiers_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only at the run of letters before the noun before an
    # intensifier its trigger found; on look-alikes it must report the pattern's matches over
    # the whole text (the rule's gate and complement check applied alike), with each backend
    from mtqa.rules.grammar import word_order
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    matched = assert_finds_what_the_pattern_finds(
        "grammar/intensified-adjective-after-noun", _intensified_texts(),
        lambda par: lower_words(par).isdisjoint(word_order._INTENSIFIER_SET),
        word_order._INTENSIFIED_AFTER,
        lambda m, text: not word_order._COMPLEMENT_BEFORE.search(text, max(0, m.start() - 16), m.start()))
    assert matched > 20


def test_no_character_the_noun_may_hold_is_whitespace() -> None:
    # the walk back reads the noun (`\p{Ll}{3,}`, case ignored) as a run of non-space characters
    import regex

    lower = regex.compile(r"\p{Ll}", regex.IGNORECASE)
    assert not [hex(c) for c in range(0x110000) if chr(c).isspace() and lower.match(chr(c))]


def _adverb_object_texts() -> list[str]:
    """Paragraphs of -ed verbs (accented, capitalised, glued to digits, hyphens and letters newer
    than `str.isalpha` knows, the linking verbs and -ed words that are no verbs), whitespace of
    every kind, the adverbs (glued, in any case) and determiners, after passives and marks."""
    import random

    rng = random.Random(18)
    texts = []
    for _ in range(500):
        parts = []
        for _ in range(rng.randint(1, 5)):
            parts += [rng.choice(["", "was ", "They ", ". ", "x", "3", "-", "_", "\n", "(", "é"]),
                      rng.choice(["supported", "Denounced", "VISITED", "seemed", "indeed", "ed", "réformed", "visit3ed",
                                  "re-visited", "ſupported", "\ua7cbvisited", "vis\ua7cbited", "e\u0301lected", "closed"]),
                      rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", "\x1c", ""]),
                      rng.choice(["firmly", "also", "ALSO", "Strongly", "still", "alsox", "never"]),
                      rng.choice([" ", "  ", "\u2003", ""]),
                      rng.choice(["the", "a", "their", "The", "these", "theme"]),
                      rng.choice([" ", "  ", ""]),
                      rng.choice(["plan", "next", "Plant", "é", "same", "3"]),
                      rng.choice([" ", ".", ", ", ""])]
        texts.append("".join(parts))
    return texts


def test_adverb_before_object_tried_at_its_verbs_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only where the run of the verb's letters before an adverb its
    # trigger found begins; on look-alikes it must report the pattern's matches over the whole
    # text (the rule's gate and passive check applied alike), with each backend
    from mtqa.rules.grammar import word_order
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    matched = assert_finds_what_the_pattern_finds(
        "grammar/adverb-before-object", _adverb_object_texts(),
        lambda par: lower_words(par).isdisjoint(word_order._ADVERB_SET),
        word_order._ADVERB_OBJECT,
        lambda m, text: not word_order._PASSIVE_BEFORE.search(text, max(0, m.start() - 10), m.start()),
        span=lambda m: (m.start(), m.end("adv")))
    assert matched > 40


def test_the_verb_letters_are_word_characters_read_as_regex_reads_them() -> None:
    # the walk back reads the verb's `\p{Ll}` (case ignored) with `verb_letter`: exactly the
    # characters the pattern reads, each a word character (no `\b` inside a run of them)
    import regex

    from mtqa.rules.grammar.word_order import verb_letter

    lower, word = regex.compile(r"\p{Ll}", regex.IGNORECASE), regex.compile(r"\w")
    for code in range(0x110000):
        c = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        reads = lower.match(c) is not None
        assert verb_letter(c) == reads, hex(code)
        assert not reads or word.match(c), hex(code)
