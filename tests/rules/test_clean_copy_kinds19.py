"""Kinds of clean copy the rules flagged in issue #11's nineteenth batch, mended as kinds, each
beside a look-alike that must still fire. Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_months_capital_is_not_the_modal_written_in_lowercase() -> None:
    rule = "typography/capitalised-common-word"
    assert_clean("The board won its grant last May for the new rink, the memo said. "
                 "Skaters may see the work begin soon.", [rule])
    assert_clean("Crews said the storm would come last March, and the union said a march would follow.", [rule])
    assert_clean("The bakery hired Sue to run the till. Tenants will sue the owner over the rent.", [rule])
    # a season is no month, and a common noun's lowercase use is still evidence against its capital
    assert _texts("The mayor said Spring would bring the work. By spring the plan was late.", rule) == ["Spring"]
    assert _texts("Officials said Security would be tight at the game. The security staff doubled.", rule) == [
        "Security"]


def test_a_spaced_en_dash_inside_a_compound_name_is_not_a_break() -> None:
    rule = "consistency/dash-style"
    assert_clean("The ferry — late again — serves the Pine Lakes – Otter Lakes area and Moss Bay – Rock Point.",
                 [rule])
    assert_clean("The ferry — late again — stops at Sand Bay – Elk Point – Owl Creek docks.", [rule])
    # a break before a clause on a capitalised subject, or before a lowercase word, is still a dash
    assert _texts("The ferry — late again — was sold by Jane Roe – Ottawa will pay for it.", rule) == [" – "]
    assert _texts("The ferry — late again — serves Pine Lakes – and Otter Lakes too.", rule) == [" – "]


def test_a_headline_ending_on_a_quoted_phrase_drops_its_articles() -> None:
    rule = "grammar/bare-count-noun"
    assert_clean("Warning: letters mailed out across valley on ‘tax refund’", [rule])
    assert_clean("Flyers handed out across region on the ‘cooling grant’ (photos)", [rule])
    # prose that ends on a quoted phrase after another sentence, or on a stop inside the marks, is judged
    assert _texts("The agency said so. Letters went out across valley on ‘tax refund’", rule) == ["valley"]
    assert _texts("Letters went out across region on ‘tax refund.’", rule) == ["region"]
