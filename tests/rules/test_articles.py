"""Article rules beyond the one-line examples: headlines, participles, compounds, suggestions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

RULES = ("grammar/missing-article", "grammar/institution-without-article")


def test_clean_copy_is_quiet(seed_text) -> None:
    assert_clean((Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8"), RULES)
    assert_clean(seed_text, RULES)


def test_headlines_participles_and_determiners_are_spared() -> None:
    text = ("Town issued evacuation order after fire\n\nThe town issued its evacuation order on Monday. "
            "The newly signed bill takes effect in May, and Quebec's proposed ban on plastics is delayed. "
            "The court filed notice of the appeal.")
    assert_clean(text, "grammar/missing-article")


def test_missing_article_suggests_a_or_an() -> None:
    (f,) = findings("The ministry opened investigation into the crash.", "grammar/missing-article")
    assert f.text == "opened investigation" and f.suggestions == ("opened an investigation",)
    assert_flags("Regulators issued alert on Friday, then lifted ban on imports.", "grammar/missing-article",
                 ["issued alert", "lifted ban"])


def test_institution_without_article_needs_the_acronym_to_be_a_noun() -> None:
    assert_clean("A report by RCMP investigators and EU officials, and exports to UN agencies.",
                 "grammar/institution-without-article")
    (f,) = findings("The claim was denied by CRA, which cited a rule.", "grammar/institution-without-article")
    assert f.suggestions == ("by the CRA",)


def _bare_noun_texts() -> list[str]:
    """Sentences of the verbs of issuing (glued, cut, in any case), whitespace of every kind,
    modifiers and count nouns, and "of" (and look-alikes: "proof", "of3") before "different" and
    its kin, ending as the pattern wants or not."""
    import random

    rng = random.Random(19)
    texts = []
    for _ in range(500):
        parts = []
        for _ in range(rng.randint(1, 5)):
            if rng.random() < 0.5:
                parts += [rng.choice(["issued", "Filed", "SIGNED", "reissued", "issued3", "the signed", "made", "ſigned"]),
                          rng.choice([" ", "  ", "\u00a0", "\n", "\u2003", ""]),
                          rng.choice(["", "evacuation ", "the ", "new ", "eva-cuation "]),
                          rng.choice(["order", "complaint", "orders", "press release", "ban"])]
            else:
                parts += [rng.choice(["of", "Of", "OF", "proof", "of3", "-of", "ſof"]),
                          rng.choice([" ", "  ", "\u2003", ""]),
                          rng.choice(["different", "similar", "Another", "other"]),
                          rng.choice([" ", "  "]),
                          rng.choice(["nature", "kind", "kinds", "scale"])]
            parts += [rng.choice([" for", ".", ",", " to", " Monday", "-", "s", ""]), rng.choice([" ", ". ", ""])]
        texts.append("".join(parts) + ".")
    return texts


def test_missing_article_tried_at_its_words_finds_what_the_pattern_finds() -> None:
    # the rule tries its pattern only at a verb its trigger found and at the run of letters before
    # "different" and its kin; on look-alikes it must report the pattern's matches over the whole
    # text (the rule's gates and participle check applied alike), with each backend
    from mtqa.rules.grammar import articles
    from mtqa.text.tokens import lower_words
    from tests.rules.anchored_support import assert_finds_what_the_pattern_finds

    def kept(m, text) -> bool:
        return not (m.group("verb") and articles._PARTICIPLE_BEFORE.search(text, max(0, m.start() - 12), m.start()))

    matched = assert_finds_what_the_pattern_finds(
        "grammar/missing-article", _bare_noun_texts(),
        lambda par: (par.kind not in ("paragraph", "quote", "list-item") or not articles._HEADLINE_END.search(par.text)
                     or lower_words(par).isdisjoint(articles._BARE_NOUN_TRIGGERS)),
        articles._BARE_NOUN, kept)
    assert matched > 40
