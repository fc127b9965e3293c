"""Provincial titles beyond one line: whole stories decide who is a premier or an MNA."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

PREMIER = "titles/premier-as-prime-minister"
MP = "titles/provincial-member-as-mp"
DEPUTY = "titles/legislator-as-deputy"

QUEBEC_MT = """\
QUEBEC — The CAQ government tabled its budget in the National Assembly on Tuesday.

Prime Minister Jean Lapointe said the province would balance its books by 2028. "We kept our word," \
the prime minister told reporters.

PQ MP Lise Caron called the budget a missed chance. The 12 opposition deputies voted against it, and \
Québec solidaire said it would table amendments."""

ONTARIO_CLEAN = """\
TORONTO — Premier Anne Roy answered questions on health care as the legislature resumed at Queen's \
Park on Tuesday.

Incumbent MPP John Lee has held the riding since 2014. Liberal MP Sam Patel, who represents the area \
in Ottawa, said the prime minister would visit next week.

The deputy premier said the province's deputy minister of health would brief MPPs."""

FEDERAL_CLEAN = """\
OTTAWA — Prime Minister Mark Carney told the House of Commons that the premiers would meet in \
Halifax. Conservative MP Jane Roe (Beauce, Que.) asked whether the prime minister had spoken to \
Quebec Premier Luc Caron, and the Bloc said the National Assembly had voted on the matter."""


def test_quebec_story_titles_are_flagged() -> None:
    assert_flags(QUEBEC_MT, PREMIER, ["Prime Minister", "prime minister"])
    got = assert_flags(QUEBEC_MT, MP, ["MP"])
    assert got[0].suggestions[0] == "MNA"
    got = assert_flags(QUEBEC_MT, DEPUTY, ["deputies"])
    assert got[0].suggestions[0] == "MNAs"


def test_provincial_story_that_quotes_the_prime_minister_is_clean() -> None:
    assert_clean(ONTARIO_CLEAN, (PREMIER, MP, DEPUTY))


def test_federal_story_is_clean() -> None:
    assert_clean(FEDERAL_CLEAN, (PREMIER, MP, DEPUTY))


def test_a_premier_sharing_a_prime_ministers_surname_is_still_a_premier() -> None:
    text = "Three Atlantic premiers met. P.E.I. Prime Minister Dana King said the Maritime provinces agreed."
    assert_flags(text, PREMIER, ["Prime Minister"])
    assert_clean("Prime Minister Mackenzie King led Canada through the war.", PREMIER)


def test_member_title_follows_the_province() -> None:
    text = ("The Alberta legislature sat late. The UCP government needs every vote, and two UCP "
            "deputies said they would abstain.")
    got = findings(text, DEPUTY)
    assert [f.suggestions[0] for f in got] == ["MLAs"]


def test_deputy_as_adjective_is_clean() -> None:
    text = ("The National Assembly adjourned. The deputy chief of police and the deputy minister of "
            "transport told MNAs that Deputy Premier Lise Caron would answer.")
    assert_clean(text, DEPUTY)


PM_AS_PREMIER = "titles/prime-minister-as-premier"


def test_federal_prime_minister_called_premier_by_surname_alone() -> None:
    got = assert_flags("In Ottawa, Premier Harper answered questions on Monday.", PM_AS_PREMIER, ["Premier"])
    assert got[0].suggestions[0] == "Prime Minister"


def test_first_minister_follows_the_story() -> None:
    provincial = "The National Assembly sat late. CAQ MNAs said the first minister would answer."
    assert findings(provincial, PM_AS_PREMIER)[0].suggestions[0] == "the premier"
    federal = "The House of Commons sat late, and Canadian MPs said the first minister would answer."
    assert findings(federal, PM_AS_PREMIER)[0].suggestions[0] == "the prime minister"


def test_first_ministers_meeting_is_canadian_english() -> None:
    assert_clean("Canada's first ministers met in Ottawa; the first ministers' communiqué followed.", PM_AS_PREMIER)


CHIEF = "titles/party-chief"


def test_a_first_nations_chief_is_a_chief() -> None:
    text = ("Quebec's CAQ government met the chief of the Mohawk Council of Kahnawake; Grand Chief Jo Roy "
            "and the Liberal chief of staff attended.")
    assert_clean(text, CHIEF)


def test_chief_of_a_provincial_party() -> None:
    got = assert_flags("In Quebec, the chief of the Coalition Avenir Québec spoke.", CHIEF, ["chief"])
    assert got[0].suggestions[0] == "leader"


def test_adversarial_runs_finish_without_a_regex_timeout() -> None:
    """Patterns here run with a 1 s timeout: a catastrophic one would raise instead of finishing."""
    from mtqa.engine import Checker

    chk = Checker(select=["titles", "institutions", "publications"], strict=True)
    for text in ["Prime Minister " * 5000, "Mr. Jean " * 5000 + "Roy", "the lieutenant-colonel. " * 4000,
                 "Quebec deputies " * 5000, "the state of " * 5000 + "Quebec", "President " * 5000,
                 "Parliament " * 5000 + "National Assembly MNA", "The Duty told " * 4000 + "Montreal",
                 "In Quebec, the Liberal Party of Quebec. " * 3000, "PQ MP " * 5000, "the PQ chief " * 4000,
                 "Premier Harper " * 4000 + "Ottawa", "Quebec. " * 5000 + "President Roy National Assembly"]:
        report = chk.check(text)
        assert isinstance(report.findings, list)


FRENCH_ORDER = "titles/french-order-title"


def test_half_capitalised_prime_minister_before_a_name_gets_both_capitals() -> None:
    assert_clean("Prime minister for nine years, Jo Roy retired.", FRENCH_ORDER)  # sentence case
    got = assert_flags("It was signed by the Prime minister Jo Roy on Friday.", FRENCH_ORDER, ["Prime minister"])
    assert got[0].suggestions[0] == "Prime Minister"


def test_article_before_a_plural_portfolio() -> None:
    got = assert_flags("The Department of the Finances released it.", FRENCH_ORDER, ["of the Finances"])
    assert got[0].suggestions[0] == "of Finances"


def test_prime_minister_before_a_surname_the_story_calls_premier() -> None:
    text = ("Premier Colette Brassard met mayors in Rimouski on Monday.\n\n"
            "Prime Minister Brassard said the roads would be paved. Prime Minister Justin Trudeau agreed.")
    got = assert_flags(text, "titles/premier-as-prime-minister", ["Prime Minister"])
    assert got[0].confidence >= 0.9
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "Premier"


def test_premier_of_a_province_named_after_a_comma() -> None:
    text = "The premier of Alberta, Colette Brassard, met mayors.\n\nPrime Minister Brassard spoke."
    assert_flags(text, "titles/premier-as-prime-minister", ["Prime Minister"])


def test_prime_minister_of_another_surname_stays_quiet() -> None:
    text = ("Premier Colette Brassard met mayors.\n\nPrime Minister Jacinda Ardern of New Zealand spoke; "
            "Deputy Prime Minister Brassard was not there.")
    assert_clean(text, "titles/premier-as-prime-minister")
