"""mtqa.jurisdiction: what a story says about its legislature, and the scan shortcut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from mtqa import jurisdiction
from mtqa.analysis import TriggerHits
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.segment import word_spans
from tests.scan.test_engine_triggers import BACKENDS

DATA = PackSet().compiled(jurisdiction.PACK)


def _story(text: str) -> jurisdiction.Story:
    return jurisdiction.story(Document(text), DATA, {})


def test_a_quebec_legislature_story_is_provincial_and_about_quebec() -> None:
    st = _story("The CAQ tabled its bill in the National Assembly. PQ MNAs voted against it.")
    assert st.is_provincial and st.purely_provincial
    assert st.province is not None and st.province.code == "QC" and st.member_title(plural=True) == "MNAs"


def test_a_commons_story_is_federal_and_names_its_prime_minister() -> None:
    st = _story("Prime Minister Mark Carney told the House of Commons in Ottawa that the Senate would sit.")
    assert not st.is_provincial and st.federal >= 2 and st.federal_pm_named


def test_a_story_naming_another_country_is_marked() -> None:
    assert _story("MPs in the House of Commons spoke of Washington's tariffs.").abroad
    assert not _story("MPs in the House of Commons spoke of the budget.").abroad


WORDS = ["Quebec", "National", "Assembly", "the", "MNA", "Premier", "premier", "Ottawa", "federal", "House", "of",
         "Commons", "PQ", "Nova", "Scotia", "Parti", "Québécois", "Queen's", "Park", "legislature", "x", "Canada"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_scan_finds_what_finditer_finds(words: list[str]) -> None:
    doc = Document(" ".join(words))
    for par in doc.paragraphs:
        expected = list(DATA.signals.finditer(par.text, word_spans(par)))
        assert jurisdiction.scan(DATA.signals, DATA.signal_firsts, par) == expected


# ---- the story from the scan's hits (what the engine passes) against the story from each
# paragraph's words (`scan`, what `story_of` does without hits)

_PIECES = [*WORDS, "Québec", "Que\u0301bec", "Ontario", "Alberta", "Washington", "France", "U.S.", "Prime", "Minister",
           "Legislative", "Parliament", "Hill", "Liberal", "Party", "Quebec2", "2Quebec", "Quebec_", "_Ottawa", "Ottawa's",
           "Ottawa’s", "QuebecOttawa", "CAQ", "NDP", "Trudeau", "Carney", "premiers", "Deputy"]
_JOINS = [" ", " ", " ", "-", "", "'", "’", "\u0301", "_", "2", ". ", ", ", "\n", "\n\n", "/"]


def _story_from_hits(doc: Document, backend: str) -> jurisdiction.Story:
    from mtqa.scan import Scanner

    result = Scanner([("probe", jurisdiction.TRIGGERS)], {jurisdiction.PACK: DATA}, backend=backend).scan(doc.paragraphs)
    return jurisdiction.story_of(doc, DATA, TriggerHits(result, "probe"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_story_from_the_scans_hits_is_the_story_from_each_paragraphs_words(backend: str) -> None:
    texts = [
        "The CAQ tabled its bill in the National Assembly. PQ MNAs voted against it.",
        "Prime Minister Mark Carney told the House of Commons in Ottawa that the Senate would sit.",
        "MPs in the House of Commons spoke of Washington's tariffs.",
        "Quebec2 and 2Quebec, Quebec_ and _Ottawa, QuebecOttawa: none is a word of the pack.",
        "Que\u0301bec, Québec and Quebec; Nova Scotia's premier and Nova-Scotia.\n\nParti Québécois\nQueen's Park",
    ]
    for text in texts:
        doc = Document(text)
        assert _story_from_hits(doc, backend) == jurisdiction.story_of(doc, DATA)


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINS)), max_size=30))
def test_the_story_from_hits_holds_on_look_alikes(backend: str, pieces: list[tuple[str, str]]) -> None:
    doc = Document("".join(w + j for w, j in pieces))
    assert _story_from_hits(doc, backend) == jurisdiction.story_of(doc, DATA)
