"""The institutions analysis asks the scan one question a paragraph ("institution words", the
union of what three triggers found: institution names' first words, person titles, words spelt
another way) and tells the hits apart by their words (`split_words`). Held here to the three
triggers it replaces, with each backend, on look-alike documents: the same institution
matches, the same person-title and spelling-word tokens, in every paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.rules.institutions.analysis import TRIGGERS, split_words
from mtqa.rules.institutions.pack import PACK
from mtqa.scan import Phrases, Scanner
from mtqa.segment import word_spans
from mtqa.text.tokens import ALNUM_RUN
from tests.scan.test_engine_triggers import BACKENDS

PACKS = {PACK: PackSet().compiled(PACK)}


def words_of(*attrs: str):
    """Every locale's `attrs` word sets' words that are one word as written (how the family's
    triggers read the pack before they were declared as `FromPack`)."""

    def phrases(packs: dict) -> tuple[str, ...]:
        return tuple(sorted({w for d in packs.values() for a in attrs for w in getattr(d, a) if ALNUM_RUN.fullmatch(w)}))

    return phrases


# The three triggers as they were declared before they became one.
SEPARATE = (
    Phrases("institution", words_of("first_words"), pack=PACK, ignorecase=False),
    Phrases("person title", words_of("person_triggers"), pack=PACK, ignorecase=False),
    Phrases("name spelling", words_of("name_spelling_words"), pack=PACK, ignorecase=False),
)

_PIECES = ["Canada", "Canadian", "Department", "of", "National", "Defense", "Defence", "Center", "Centers", "Labor",
           "Honor", "Harbor", "Theater", "US", "U", "S", "U.S.", "UK", "USA", "MP", "MPs", "MPP", "Premier", "premier",
           "American", "British", "Secretary", "Minister", "Prime", "Supreme", "Court", "Chief", "Justice", "the",
           "Homeland", "Security", "Council", "Senator", "Sen.", "Agency", "Border", "Services", "Jane", "Doe",
           "Défense", "Defense\u0301", "Canada2", "2US", "US_", "_MP", "Labor’s", "Labor's", "DEFENSE", "defense", "Ministry"]
_JOINS = [" ", " ", " ", " ", "-", "", "'", "’", "\u0301", "_", "2", ". ", ", ", "\n", "\n\n", "/", "\u00a0", "(", ")"]


def _check(text: str, backend: str) -> None:
    doc = Document(text)
    pars = list(doc.paragraphs)
    old = Scanner([("old", SEPARATE)], PACKS, backend=backend).scan(pars)
    new = Scanner([("new", TRIGGERS)], PACKS, backend=backend).scan(pars)
    for data in PACKS[PACK].values():
        for par in pars:
            toks = word_spans(par)
            starts, titles, spelt = split_words(par, new.hits(par, "new", "institution words"), data)
            old_starts = [h.start for h in old.hits(par, "old", "institution")]
            assert (data.matcher.matches_from(par.text, toks, starts)
                    == data.matcher.matches_from(par.text, toks, old_starts)), par.text
            for trigger, words, got in (("person title", data.person_triggers, titles),
                                        ("name spelling", data.name_spelling_words, spelt)):
                want = [i for i, (s, _e) in enumerate(toks)
                        for h in old.hits(par, "old", trigger) if h.start == s and h.phrase in words]
                assert got == want, (trigger, par.text)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINS)), max_size=30))
def test_one_trigger_finds_what_the_three_found(backend: str, pieces: list[tuple[str, str]]) -> None:
    _check("".join(w + j for w, j in pieces), backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_written_cases(backend: str) -> None:
    for text in (
        "The US Department of Defense said MP Jane Doe of the Canadian Armed Forces spoke.",
        "Defense Minister Jane Doe met U.S. Secretary of State John Roe at the Center for Research.",
        "Labor's plan, the Harbor Center and DEFENSE_Department; US2 and 2MP and Canada\u0301 were named.",
        "Prime Minister Mark Carney\n\nMPs of the Supreme Court of Canada (Ottawa Centre, Ont.) said so.",
    ):
        _check(text, backend)


def test_the_declared_triggers_read_the_words_their_functions_read() -> None:
    """`FromPack` over every locale gives the phrases the closures gave (the plan sorts both)."""
    words, signal = TRIGGERS
    assert tuple(sorted(words.resolve(PACKS))) == words_of("first_words", "person_triggers", "name_spelling_words")(PACKS[PACK])
    assert tuple(sorted(signal.resolve(PACKS))) == words_of("signal_words")(PACKS[PACK])
    assert len(words.resolve(PACKS)) > 100
