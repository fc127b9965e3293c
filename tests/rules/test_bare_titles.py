"""titles/capitalised-title-alone: an office capitalised where it names no one ("the Minister
said"), the kind "a capital on a title that names no one" (8 unseen batches, 16 sites); a
house-style check, off by default and on in the ``cp`` style, since edited non-CP copy capitalises
too. Every sentence is made up."""

from __future__ import annotations

from mtqa.engine import Checker
from mtqa.testing import assert_clean, findings

RULE = "titles/capitalised-title-alone"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


def test_an_office_alone_or_set_off_from_the_name_is_found() -> None:
    assert _texts("After the meeting, the Minister told reporters the talks went well.") == ["Minister"]
    assert _texts("He said the Prime Minister, Mark Carney, would attend.") == ["Prime Minister"]
    assert _texts("The Ambassador of Canada to Japan opened the exhibit.") == ["Ambassador"]
    assert _texts("Officials said their Consul General had left.") == ["Consul General"]


def test_the_fix_lowercases_the_office_only() -> None:
    (f,) = findings("The Minister of Foreign Affairs said so.", RULE)
    assert f.text == "Minister" and f.suggestions == ("minister",)


def test_a_title_before_a_name_a_body_or_a_prize_stays() -> None:
    assert_clean("After the meeting, Foreign Minister Anita Anand told reporters.", RULE)
    assert_clean("The Prime Minister Justin Trudeau answered; the minister said so too.", RULE)
    assert_clean("A letter from the Prime Minister's Office reached the President’s Trophy winners.", RULE)
    assert_clean("The Speaker of the House and the Governor General attended.", RULE)
    assert_clean("The Ministry said the Minister-designate and the Presidents' meeting were set.", RULE)
    # a portfolio run into a name is titles/long-title-before-name's
    assert_clean("Later the Minister of Foreign Affairs Mélanie Joly spoke.", RULE)
    assert _texts("Later the Minister of Rural Roads and Ferries spoke.") == ["Minister"]


def test_off_by_default_and_on_in_the_cp_style() -> None:
    text = "The Minister said the talks would resume."

    def found(style: str | None) -> list[str]:
        return [f.text for f in Checker(style=style).check(text).findings if f.rule_id == RULE]

    assert found(None) == []
    assert found("cp") == ["Minister"]
