"""mtqa.jurisdiction: what a story says about its legislature, and the scan shortcut."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from mtqa import jurisdiction
from mtqa.document import Document
from mtqa.packs import PackSet
from mtqa.segment import word_spans

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
