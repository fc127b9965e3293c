"""titles/capitalised-common-title: an office capitalised where it is a common noun, after a
nationality with no name after it ("the Austrian Chancellor received") or in the plural ("the
two Foreign Ministers"), the forms of the kind "a capital on a title that names no one" that no
house style writes; beside the look-alikes house styles do write. Every sentence is made up."""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.testing import assert_clean, findings

RULE = "titles/capitalised-common-title"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


def test_a_title_after_a_nationality_with_no_name_after_it_is_found() -> None:
    assert _texts("During the visit, the Austrian Chancellor met business leaders.") == ["Chancellor"]
    assert _texts("The talks went well, the Canadian Ambassador in Peru told the agency.") == ["Ambassador"]
    assert _texts("The envoy met Lena Ruiz, Chilean Consul General in Halifax, on Monday.") == ["Consul General"]
    assert _texts("She wrote to the Norwegian Minister of Fisheries, Ola Berg, last week.") == ["Minister"]
    assert _texts("Later the Polish Prime Minister left for Brussels.") == ["Prime Minister"]


def test_a_plural_title_after_the_two_or_both_is_found() -> None:
    assert _texts("Afterwards the two Foreign Ministers signed a joint letter.") == ["Foreign Ministers"]
    assert _texts("Both Prime Ministers left before the dinner.") == ["Prime Ministers"]


def test_the_fix_lowercases_the_office_and_only_displays_a_portfolio() -> None:
    (f,) = findings("Later the Austrian Chancellor left.", RULE)
    assert f.suggestions == ("chancellor",) and f.fix is not None
    assert f.fix.applicability.value == "safe" and [e.replacement for e in f.fix.edits] == ["chancellor"]
    (g,) = findings("The Canadian Heritage Minister said the fund would grow.", RULE)
    assert g.text == "Heritage Minister" and g.fix is not None and g.fix.applicability.value == "display-only"


def test_a_title_before_a_name_stays() -> None:
    assert_clean("Austrian Chancellor Karl Berger met business leaders; Canadian Ambassador Marc Roy joined.", RULE)
    assert_clean("He met the Canadian Ambassador to Chile Dana Whitford, and Chinese Premier\nLi Wen spoke.", RULE)
    assert_clean("Talks with Thai Deputy Minister of Foreign Trade Lê Văn Bình and Canadian officials.", RULE)
    assert_clean("Polish Deputy Prime Minister and Defence Minister Jan Nowak arrived.", RULE)
    assert_clean("Prime Minister Mark Carney spoke; later the Prime Minister took questions.", RULE)


def test_bodies_and_house_style_capitals_stay() -> None:
    assert_clean("The bill went to the House of Commons, and the Crown argued the appeal.", RULE)
    assert_clean("A U.S. Department of Defense official and the Canadian Premier League's owners attended.", RULE)
    assert_clean("Premier Ann Roy said the Premier would reply; the Premiers' meeting is in July.", RULE)
    assert_clean("The Royal Canadian Air Force Commander spoke first.", RULE)
    assert_clean("Later the British Columbia Premier said the Premier's plan stands.", RULE)
    assert_clean("A letter from the Canadian Minister's Office arrived.", RULE)
    assert_clean("Both Ministers Roy and Tan signed.", RULE)


def test_headlines_and_quotations_stay() -> None:
    assert_clean("Canadian Prime Minister’s Visit Ends in Lima", RULE)
    assert_clean("Austrian Chancellor visits the port", RULE)
    assert_clean("“The two Prime Ministers agreed,” she said, “and the Austrian Chancellor left.”", RULE)


def test_on_by_default() -> None:
    text = "Afterwards the Austrian Chancellor said the talks would resume."
    assert [f.text for f in Checker().check(text).findings if f.rule_id == RULE] == ["Chancellor"]
