"""institutions/capitalised-common-body: a government, ministry, embassy or consulate capitalised
standing alone ("the Ministry said"), beside the look-alikes edited copy writes: a full name, a
nation's embassy, a local or legislative body's short form, a headline, a speaker's words.
Every sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

RULE = "institutions/capitalised-common-body"


def _texts(text: str) -> list[str]:
    return [f.text for f in findings(text, RULE)]


def test_a_body_capitalised_standing_alone_is_found() -> None:
    assert _texts("Once the inquiry began, the Ministry said it would act quickly.") == ["Ministry"]
    assert _texts("The Embassy replied that the visas would be issued on Monday.") == ["Embassy"]
    assert _texts("Next spring the Government will review the tariff, he added.") == ["Government"]
    assert _texts("Staff of the Consulate met the families; the Consulate’s hall was full.") == ["Consulate", "Consulate"]


def test_the_fix_lowercases_the_body() -> None:
    (f,) = findings("On Monday the Ministry announced new fees.", RULE)
    assert f.suggestions == ("ministry",) and f.fix is not None
    assert f.fix.applicability.value == "safe" and [e.replacement for e in f.fix.edits] == ["ministry"]


def test_a_name_stays() -> None:
    assert_clean("The Government of Canada and the Ministry of Health signed the accord.", RULE)
    assert_clean("The Chinese Embassy in Ottawa and the U.S. Consulate General in Halifax replied.", RULE)
    assert_clean("The Embassy’s Consular Section opens at nine; the Government House lawn is closed.", RULE)
    assert_clean("Funds went to the Government-funded clinic and the Ministry for Culture.", RULE)


def test_the_short_forms_house_styles_capitalise_stay() -> None:
    assert_clean("The City asked the Council to wait, the Crown argued and the House rose.", RULE)
    assert_clean("The Municipality and the Board met; the Province will pay.", RULE)


def test_headlines_quotations_and_lowercase_stay() -> None:
    assert_clean("Ministry Rejects Claims About Export Fees", RULE)
    assert_clean("“The Ministry has not replied,” she said.", RULE)
    assert_clean("The ministry said the embassy would reply; the government agreed.", RULE)


def test_the_short_form_of_a_body_the_story_names_in_full_stays() -> None:
    # A federal release: the full name first, its short form capitalised after (The Canadian Style 4.05 (b)).
    assert_clean("The Government of Canada will pay for a clinic in Iqaluit.\n\n"
                 "The Government will also train twelve nurses there.", RULE)
    assert_clean("The Ministry for the Environment met on Monday. The Ministry said it would appeal.", RULE)
    assert_clean("The Consulate General of Peru opened in May; the Consulate issued 40 visas.", RULE)
    assert_clean("The Chinese Embassy in Ottawa issued a statement; the Embassy called the report false.", RULE)
    assert_clean("The U.S. Consulate was closed. By noon the Consulate had reopened.", RULE)


def test_naming_one_body_leaves_the_others_and_a_level_adjective_names_none() -> None:
    assert _texts("The Ministry of Health will pay, and the Government agreed.") == ["Government"]
    assert _texts("The Federal Government met on Monday. Later the Government replied.") == ["Government"]
    assert _texts("Rain fell in Lima. Embassy staff left, and the Embassy closed.") == ["Embassy"]
    assert _texts("Peru’s Embassy sent two buses, and the Embassy paid for them.") == ["Embassy"]
