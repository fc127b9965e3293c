"""Kinds of machine-translated, spun and scraped copy issue #11's twelfth batch showed on three
tuning-half sites or more, mended as kinds, each beside look-alikes that must stay quiet. Every
sentence is made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


FURNITURE = "boilerplate/furniture-line"
JOINS = "typography/run-together-words"


def test_a_reworded_link_label_in_capitals_is_furniture() -> None:
    # what a spinner or an engine makes of "READ MORE:" and "RELATED:", over a headline
    assert _texts("Crews left the dock on Monday.\n\nSEE HERE: Ferry fares rise on the island\n\n"
                  "The fare is higher.", FURNITURE) == ["SEE HERE: Ferry fares rise on the island"]
    assert _texts("Crews left the dock on Monday.\n\nFURTHER DETAILS: Island school reopens after flood",
                  FURNITURE) == ["FURTHER DETAILS: Island school reopens after flood"]
    assert _texts("Crews left the dock on Monday.\n\n► YOU MIGHT BE INTERESTED: Ferry fares rise again",
                  FURNITURE) == ["► YOU MIGHT BE INTERESTED: Ferry fares rise again"]


def test_a_link_label_alone_over_its_headline_is_furniture() -> None:
    text = "Crews left the dock on Monday.\n\nREAD MORE:\nFerry fares rise on the island\n\nThe fare is higher."
    assert _texts(text, FURNITURE) == ["READ MORE:"]


def test_labels_in_capitals_that_are_copy_stay_quiet() -> None:
    assert_clean("Crews left the dock on Monday.\n\nUPDATE: The ferry is running again, the captain said.", FURNITURE)
    assert_clean("WARNING: This story has details some readers may find upsetting.\n\nCrews left.", FURNITURE)
    # a player's caption, a heading in capitals, a speaker in a transcript, a label in sentence case
    assert_clean("WATCH: The captain spoke to reporters on the dock on Monday.\n\nCrews left.", FURNITURE)
    assert_clean("Crews left the dock.\n\nMORE FERRIES HEAD TO THE ISLAND: CAPTAIN", FURNITURE)
    assert_clean("Crews left the dock.\n\nLEE: We will see more of them next week.", FURNITURE)
    assert_clean("Crews left the dock.\n\nMore information: the office opens at nine.", FURNITURE)


def test_a_long_capitalised_word_run_into_the_next_is_reported() -> None:
    # a headline glued to its summary, a space lost at a line break of the source
    assert _texts("Council Backs Harbour CleanupResidents say the water is still murky.", JOINS) == [
        "CleanupResidents"]
    assert _texts("The report came from the ProvincialUniversity of the North.", JOINS) == ["ProvincialUniversity"]


def test_a_headline_run_into_an_article_is_reported() -> None:
    assert _texts("Flooding Closes Rural HighwayA section of the road washed out overnight.", JOINS) == ["HighwayA"]
    assert _texts("Storm Knocks Out Power to Thousands of HomesAn outage map shows the worst areas.", JOINS) == [
        "HomesAn"]


def test_brands_and_names_with_an_inner_capital_stay_quiet() -> None:
    assert_clean("A WestJet flight, a MasterCard fee, a PowerPoint deck and HarperCollins books.", JOINS)
    assert_clean("CanadaHelps, SmartCentres and the ResearchGate page; MacDonald met DeSantis.", JOINS)
    assert_clean("She is a MoneySense writer; the team won Plan A in a vote.", JOINS)
