"""Kinds of miss in machine-translated official statements (issue #11, branch unseen42's third
round): a municipal notice's officialese, a foreign ministry's, a dateline in the source's style,
an address the copy lost. Every sentence is made up; the look-alikes are written the way Canadian
government and council releases read."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

CALQUE = "calques/french-calque"


def _calques(text: str, words: str) -> list[str]:
    return [f.text for f in findings(text, CALQUE) if words in f.message]


def test_to_know_before_an_instruction_is_flagged() -> None:
    assert _calques("To know the schedule of the collections, please consult the calendar.", "pour conna") == [
        "To know the schedule of the collections"]
    assert _calques("To know more: visit the township's website.", "pour conna") == ["To know more"]
    assert _calques("To learn more, visit the township's website. Residents who want to know more can call "
                    "the town hall. To know him, you had to see him coach.", "pour conna") == []


def test_an_article_before_a_country_in_the_possessive_is_flagged() -> None:
    assert _calques("Asia now buys a third of the Canada’s exports.", "le Canada") == ["the Canada"]
    assert _calques("The Canada Games open in August. She writes for the China Daily. The Canada of tomorrow "
                    "needs homes. The Japan–Canada talks resume in May.", "le Canada") == []


def test_an_ordinary_meeting_in_a_council_notice_is_flagged() -> None:
    assert _calques("Council adopted by-law 12 at its ordinary meeting of May 4.", "ordinaire") == [
        "at its ordinary meeting"]
    assert _calques("Council adopted by-law 12 at its regular meeting of May 4. It was an ordinary meeting "
                    "of old friends.", "ordinaire") == []


def test_chinese_officialese_relevant_is_flagged_bare_only() -> None:
    assert _calques("Relevant countries should stop interfering.", "有关国家") == ["Relevant countries"]
    assert _calques("All relevant parties were consulted. The relevant authorities were told.", "有关国家") == []


def test_an_exchange_of_view_and_the_past_period_are_flagged() -> None:
    assert _calques("Envoys held an exchange of view on quotas.", "échange de vues") == ["exchange of view"]
    assert _calques("Envoys held an exchange of views. An exchange of viewpoints followed.",
                    "échange de vues") == []
    assert _calques("Over the past period of time, our township paved roads.", "过去一段时间") == [
        "Over the past period of time"]
    assert _calques("Over the past period of growth, wages rose. The Oilers scored in the last period.",
                    "过去一段时间") == []


def test_a_municipal_notice_s_territory_session_and_general_management_are_flagged() -> None:
    notice = ("Seniors residing on its territory may apply for a grant. Residents may write to the general "
              "management with questions before the session, under by-law 12.")
    assert _calques(notice, "territoire") == ["residing on its territory"]
    assert _calques(notice, "la séance") == ["before the session"]
    assert _calques(notice, "direction générale") == ["to the general management"]
    clean = ("The town council approved three bike stations on its territory. The town will hold an information "
             "session on by-law 12. She is in charge of the general management of the company. Council met the "
             "First Nation, whose hunters range across their territory.")
    assert _calques(clean, "territoire") == []
    assert _calques(clean, "la séance") == []
    assert _calques(clean, "direction générale") == []


def test_a_dateline_stop_against_a_dash_is_flagged() -> None:
    assert [f.text for f in findings("Lima, June 2, 2022.- The consulate opened new offices.",
                                     "typography/stacked-separators")] == [".-"]
    assert_clean("OTTAWA, June 2, 2022 /Newswire/ - The consulate opened new offices. Tariffs on U.S.- and "
                 "EU-made steel rose. The desk is open 9 a.m.- 5 p.m. daily.", "typography/stacked-separators")


def test_a_dropped_address_is_flagged() -> None:
    rule = "boilerplate/dropped-address"
    assert [f.text for f in findings("Send questions by email at or through the town's Facebook page.", rule)] == [
        "at or"]
    assert [f.text for f in findings("Comments may be sent to the clerk at the following email address:", rule)] == [
        "address:"]
    assert_clean("Send questions by email at info@example.ca or through the town's page. Sign up for text alerts at "
                 "the town hall or online. She will reply by email at once or call back.", rule)
