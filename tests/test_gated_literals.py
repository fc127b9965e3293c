"""`mtqa.text.gated_literals`: the gated search answers as the plain one does."""

from __future__ import annotations

import random

from mtqa.text.gated_literals import GatedLiterals

# made-up pieces: accented letters precomposed and decomposed, look-alikes without accents
_PIECES = ["Rémi", "Remi", "Re\u0301mi", "Île", "Ile", "île", "Sœur", "Soeur", "Benoît", "Benoit", "Zoë",
           "Zoe", "Ça", "ca", "Gaëlle", "the", "mayor", " ", "\n", "—", "’", "“", "é", "ô", "ç"]
_LITERALS = ["Rémi", "Re\u0301mi", "Île de Ré", "Benoît", "Zoë", "Gaëlle", "Sœur Marie", "ô", "Ça va",
             "plain ASCII", "", "Remi"]


def _plain(literals: list[str], texts: list[str]) -> bool:
    return any(lit in t for t in texts for lit in literals)


def test_the_gated_search_answers_as_the_plain_one_on_random_texts() -> None:
    rng = random.Random(40)
    for _ in range(3000):
        literals = rng.sample(_LITERALS, rng.randint(0, 6))
        texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 5))]
        assert GatedLiterals.of(literals).any_in(iter(texts)) is _plain(literals, texts), (literals, texts)


def test_each_literal_is_filed_under_its_first_letter_outside_ascii() -> None:
    gated = GatedLiterals.of(["Benoît", "Hélène", "Ève", "plain", "Re\u0301mi"])
    assert dict(gated.groups) == {"": ("plain",), "î": ("Benoît",), "é": ("Hélène",), "È": ("Ève",),
                                  "\u0301": ("Re\u0301mi",)}


def test_a_literal_without_a_gate_is_looked_for_in_every_text() -> None:
    gated = GatedLiterals.of(["Hélène", "Roy"])
    assert gated.any_in(["Helene spoke.", "Then Roy left."])
    assert not gated.any_in(["Helene spoke.", "Then roy left."])
    assert not GatedLiterals.of([]).any_in(["anything"])


def test_the_accents_pack_gates_every_accented_form_it_lists() -> None:
    from mtqa.config import Config
    from mtqa.packs import PackSet
    from mtqa.rules.names.pack import ACCENTS_PACK

    data = PackSet(Config().rules_dir).compiled(ACCENTS_PACK)
    filed = [lit for _, lits in data.accented_gated.groups for lit in lits]
    assert sorted(filed) == sorted(data.accented)
    assert "" not in dict(data.accented_gated.groups)  # every accented form has a letter outside ASCII
