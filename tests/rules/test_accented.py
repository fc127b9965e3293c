"""Names with and without their accents (mtqa.rules.names.accented): accent-variants,
official-name-form and given-name-accent beyond their one-line examples."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

ACCENTS = "names/accent-variants"
OFFICIAL = "names/official-name-form"
GIVEN = "names/given-name-accent"


def test_accent_less_occurrences_are_flagged_with_the_accented_form() -> None:
    text = "Hélène Bérubé spoke.\n\nBerube said more. Ms. Bérubé left, and Berube returned."
    got = assert_flags(text, ACCENTS, ["Berube", "Berube"])
    assert got[0].suggestions == ("Bérubé",)
    assert "2×" in got[0].message


def test_english_forms_of_quebec_names_are_not_variants() -> None:
    assert_clean("The Parti Québécois won in Québec and Montréal, Quebec; Montreal voted too.", ACCENTS)


def test_one_finding_per_span_across_the_accent_rules() -> None:
    # "Francois" is written "François" elsewhere: the variant rule reports it, not the given-name rule.
    text = "François Roy spoke. Later Francois Roy left."
    assert_flags(text, ("names/accent-variants", "names/given-name-accent"), ["Francois"])


def test_official_names_keep_their_accents_and_capitals() -> None:
    text = "The Bloc Quebecois and the Parti Québécois met at Universite Laval in Levis, Quebec."
    got = assert_flags(text, OFFICIAL, ["Bloc Quebecois", "Universite Laval", "Levis"])
    assert [f.suggestions[0] for f in got] == ["Bloc Québécois", "Université Laval", "Lévis"]
    assert all(f.confidence == 0.7 for f in got)


def test_a_misspelt_official_name_keeps_its_shape() -> None:
    got = assert_flags("Power came back from Hydra-Québec and the capitale-nationale.", OFFICIAL,
                       ["Hydra-Québec", "capitale-nationale"])
    assert "misspelling" in got[0].message and "capital" in got[1].message
    assert_clean("Per-capita national income and the national capital grew.", OFFICIAL)


def test_official_name_hits_do_not_depend_on_the_words_seen_before() -> None:
    # OfficialNames remembers, per word, the names it may start: a word first seen alone must
    # still start a name later, and a misspelt first word ("Hydra") still finds its name.
    from mtqa.accents import OfficialNames

    def official() -> OfficialNames:
        return OfficialNames([("Hydro-Québec", "company"), ("Bloc Québécois", "party"), ("Lévis", "place")], [])

    texts = ["Hydra and Bloc and Levis are words.", "Power came back from Hydra-Québec.",
             "The Bloc Quebecois met.", "Levis and Universite."]
    seen = official()
    for text in texts:
        list(seen.finditer(text))
    once_each = official()
    got = [[text[h.start:h.end] for h in seen.finditer(text)] for text in texts]
    assert got == [[text[h.start:h.end] for h in once_each.finditer(text)] for text in texts]
    assert got == [["Levis"], ["Hydra-Québec"], ["Bloc Quebecois"], ["Levis"]]


def test_one_word_places_need_a_story_about_quebec() -> None:
    assert_clean("Sam Levis scored twice for the Kentucky side.", OFFICIAL)
    assert_flags("Sam Levis scored twice for the Quebec side.", OFFICIAL, ["Levis"])


def test_french_only_given_names_are_flagged_twins_need_accents_in_the_story() -> None:
    got = assert_flags("Premier Francois Simard and Benoit Caron spoke.", GIVEN, ["Francois", "Benoit"])
    assert got[0].confidence == 0.6
    assert_clean("Andre Smith and Eric Jones spoke in Toronto.", GIVEN)
    got = assert_flags("Andre Smith spoke in Trois-Rivières with Hélène Caron.", GIVEN, ["Andre"])
    assert got[0].confidence < 0.5  # shown, not scored: the person may be an Andre


def test_a_place_named_after_a_person_keeps_its_english_form() -> None:
    rule = "names/given-name-accent"
    assert_clean("Police were called to Emilie-Gamelin Park in Montreal; Geneviève Côté spoke.", rule)
    assert_flags("Police met Emilie Gamelin in Montreal; Geneviève Côté spoke.", rule, ["Emilie"])


def test_many_bare_forms_take_the_word_list_gate_with_the_same_variants(monkeypatch) -> None:
    """A long story naming many accented people: paragraphs in ASCII are gated by their
    capitalised words instead of a search per form; the variants found are the same."""
    import random

    from mtqa.config import Config
    from mtqa.document import Document
    from mtqa.packs import PackSet
    from mtqa.rules.names import accented
    from mtqa.rules.names.pack import ACCENTS_PACK

    data = PackSet(Config().rules_dir).compiled(ACCENTS_PACK)
    rng = random.Random(14)
    names = ["Bérubé", "Lévesque", "Côté", "Gélinas", "Pépin", "Hébert", "Thériault", "Bélanger"]
    plain = [n.replace("é", "e").replace("ô", "o") for n in names]
    fillers = ["The council met.", "Berubes said no.", "A “quote” — then more.", "Cote-Saint-Luc voted.",
               "xGelinas wrote.", "Pepinot left.", "Hebert's plan passed."]
    found = 0
    for _ in range(60):
        pars = [" ".join(rng.choice(names + plain + fillers) for _ in range(rng.randint(1, 6)))
                for _ in range(rng.randint(1, 8))]
        doc = Document("\n\n".join(pars))
        monkeypatch.setattr(accented, "MANY_BARE_FORMS", 10_000)
        by_search = [(p.index, s, e, f, n) for p, s, e, f, n in accented.accent_variants_of(doc, data)]
        monkeypatch.setattr(accented, "MANY_BARE_FORMS", 0)
        by_words = [(p.index, s, e, f, n) for p, s, e, f, n in accented.accent_variants_of(Document(doc.text), data)]
        assert by_words == by_search, pars
        found += len(by_search)
    assert found  # the stories do write names both ways
