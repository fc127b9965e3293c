"""Kinds of machine-translated Quebec municipal and political copy issue #11's thirteenth and
fourteenth batches showed, mended as kinds, each beside look-alikes that must stay quiet. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


CALQUE = "calques/french-calque"
PREMIER = "titles/premier-as-prime-minister"


def test_a_municipal_council_called_a_board() -> None:
    # « le conseil » of a town's own page: the council is no board
    assert _texts("The mayor chairs council meetings. Only the Board can adopt a by-law.", CALQUE) == ["Board"]
    assert _texts("The mayor sends the results of board meetings to the staff.", CALQUE) == ["board meetings"]
    assert _texts("Councillors inform the board on their files, the mayor said.", CALQUE) == ["inform the board"]
    assert _texts("The deputy mayor votes at meetings of the board unless he has a conflict.", CALQUE) == [
        "meetings of the board"]


def test_real_boards_beside_a_council_stay_quiet() -> None:
    for text in ("The mayor met the school board. The Board of Trade backed the council's plan.",
                 "The council asked the Toronto Police Services Board for its budget; the mayor sits on it.",
                 "The mayor thanked the Board of Directors of the library.",
                 "Councillors heard that decisions of the board of directors are final, the mayor said.",
                 "The mayor spoke at the school board meetings.",
                 "The Board met on Monday to set the school calendar."):  # no council: no municipal story
        assert_clean(text, CALQUE)


def test_a_council_meeting_called_a_session() -> None:
    # « la séance ordinaire du conseil »
    assert _texts("The mayor opened the regular session of the council at 7 p.m.", CALQUE) == ["regular session"]
    assert _texts("Questions sent before the session are read by the councillors.", CALQUE) == ["before the session"]
    assert _texts("The mayor tabled the by-law at the ordinary meeting of May 4.", CALQUE) == ["ordinary meeting"]


def test_a_legislature_session_and_other_sessions_stay_quiet() -> None:
    for text in ("The mayor watched the fall session of the legislature.",
                 "After the session of the National Assembly, the mayor met the premier.",
                 "Councillors attended a training session on budgets.",
                 "The mayor held an information session for residents, and the council met after it.",
                 "The mayor said ordinary residents cannot afford the tax.",
                 "Legislators returned after the session, the speaker said."):  # no council
        assert_clean(text, CALQUE)


def test_a_recreation_department_or_portfolio_called_leisure() -> None:
    # « le Service des loisirs », « responsable des loisirs »
    assert _texts("The mayor named a councillor in charge of leisure and sports.", CALQUE) == [
        "in charge of leisure"]
    assert _texts("The Leisure service runs the rinks, the mayor said.", CALQUE) == ["Leisure service"]
    for text in ("The mayor said residents want more leisure time.",
                 "Councillors toured the leisure centre's new pool.",
                 "The council's sports and recreation department runs the rinks, the mayor said."):
        assert_clean(text, CALQUE)


def test_the_premier_called_prime_minister_in_a_story_about_a_crown_corporation() -> None:
    # no word of the legislature: the province's government and its Crown corporation place the story
    text = ("Hydro-Québec will build two dams on the North Shore. The Quebec government will pay a third of "
            "the cost, the Prime Minister said on Friday in Sept-Îles.")
    assert _texts(text, PREMIER) == ["Prime Minister"]
    text = "The Ontario government and Hydro One signed the deal. The prime minister welcomed it in Sudbury."
    assert _texts(text, PREMIER) == ["prime minister"]


def test_the_prime_minister_of_canada_beside_a_crown_corporation_stays_quiet() -> None:
    for text in ("Hydro-Québec will sell power to New York. Prime Minister Mark Carney welcomed the deal.",
                 "Hydro-Québec will sell power to New England, the Quebec government said. The prime minister, "
                 "in Ottawa, told the House of Commons it was good news.",
                 "Premier Jane Roe said Hydro-Québec will build the dam; the prime minister was not consulted.",
                 "BC Hydro raised its rates. Britain's prime minister visited Vancouver on Monday."):
        assert_clean(text, PREMIER)
