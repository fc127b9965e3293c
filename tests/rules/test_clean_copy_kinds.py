"""Three kinds of clean copy the rules once flagged (issue #11's sixth batch), mended as kinds, and
their look-alikes in machine-translated copy that must still fire: a post embedded in French in an
English story, a photo credit naming a publication's files, a paraphrased lede with negations."""

from __future__ import annotations

from mtqa import Checker
from mtqa.document import Document
from mtqa.testing import assert_clean, findings

FRENCH_POST = "Mes pensées accompagnent les familles touchées par les inondations."
STORY = "The premier thanked the emergency crews on Sunday.\n\n{}\n\nThe river crested on Monday night."
RULES = ("untranslated/french-words", "nonwords/unknown-word")


def _hits(text: str) -> list[str]:
    return [f.rule_id for f in findings(text, RULES)]


def test_a_french_post_with_its_signature_is_quoted_not_left_untranslated() -> None:
    for post in (f"{FRENCH_POST} — Jane Roy (@janeroy) March 3, 2024",
                 f"2/2 {FRENCH_POST} — Jane Roy (@janeroy) March 3, 2024 Flood: the river crests",
                 f"{FRENCH_POST}\n— Jane Roy (@janeroy) 3 March 2024",
                 f"{FRENCH_POST} pic.twitter.com/Xy12Ab34"):
        assert_clean(STORY.format(post), RULES)
    quotation = Document(STORY.format(f"> {FRENCH_POST}"), format="markdown")  # a block set apart as a quotation
    assert Checker(select=list(RULES)).check(quotation).findings == []


def test_the_same_french_without_post_or_quotation_marks_still_fires() -> None:
    hits = _hits(STORY.format(FRENCH_POST))
    assert "untranslated/french-words" in hits and "nonwords/unknown-word" in hits


def test_french_in_english_prose_near_a_handle_still_fires() -> None:
    # a handle and a date in a sentence are not a post's signature
    assert "untranslated/french-words" in _hits(
        STORY.format("Jane Roy (@janeroy) wrote on March 3, 2024 that the families touchées would get help."))
    # a French leftover inside a post the engine translated to English is one word among English ones
    got = findings(STORY.format("My thoughts are with the families touchées by the floods. "
                                "— Jane Roy (@janeroy) March 3, 2024"), "untranslated/french-words")
    assert [f.text for f in got] == ["touchées"]
    got = findings(STORY.format("My thoughts are with the sinistrated families tonight. "
                                "— Jane Roy (@janeroy) March 3, 2024"), "nonwords/unknown-word")
    assert [f.text for f in got] == ["sinistrated"]


def test_a_credit_naming_a_paper_s_files_needs_no_article() -> None:
    for credit in ("Photo by Jane Doe /Toronto Star files", "Photo: Toronto Star archives",
                   "(Washington Post file photo)", "Toronto Star file photo", "Toronto Star files"):
        assert_clean(f"The mayor spoke on Monday.\n\nThe old bridge in 1990. {credit}\n\nShe left.",
                     "publications/missing-article")
    got = findings("The mayor spoke on Monday.\n\nThe photo was first published by Toronto Star in 1990.",
                   "publications/missing-article")
    assert [f.text for f in got] == ["Toronto Star"]


def test_a_paraphrased_lede_with_negations_is_not_unquoted_speech() -> None:
    for text in ("Most farmers don’t sell abroad, don’t hire or don’t plan to, a longtime co-op manager says.",
                 "Commuters won’t pay the new toll and drivers can’t avoid it, the minister said Tuesday.",
                 "The premier says the province isn’t ready. The premier said Tuesday the province would wait."):
        assert_clean(text, "quotes/unquoted-speech")
    # the speaker's own frame still reads as speech
    for text in ("It doesn’t add up and the board won’t pass it, one councillor said.",
                 "Don’t expect the toll to last, the minister said.",
                 "That isn’t how the budget works, the minister said on Tuesday."):
        assert len(findings(text, "quotes/unquoted-speech")) == 2, text


# Issue #11's seventh batch: two more kinds its clean copy showed.

def test_a_word_then_a_name_that_starts_with_it_is_not_a_doubled_word() -> None:
    for text in ("She became the first First Nations woman to lead the band.",
                 "A new New Democrat MP took the seat, and the west West Vancouver ward followed."):
        assert_clean(text, "repetition/doubled-word")
    # a function word before its capitalised copy, and the same case twice, are still merges
    for text, doubled in (("The talks resumed in In Ottawa on Monday.", " In"),
                          ("Officials from the first first Nations council met.", " first")):
        assert [f.text for f in findings(text, "repetition/doubled-word")] == [doubled]


def test_a_party_acronym_before_an_election_count_noun_needs_no_article() -> None:
    for text in ("Of the seats with NDP leads, four were still too close to call.",
                 "Three ridings with CAQ gains and two with PQ incumbents were called by midnight."):
        assert_clean(text, "grammar/party-without-article")
    got = findings("The seat was a loss for NDP, which had held it since 1999.", "grammar/party-without-article")
    assert [f.text for f in got] == ["for NDP"]


# Issue #11's seventh batch, second round: clean copy's house choices and furniture.

def test_a_story_that_treats_every_party_as_plural_is_a_house_choice() -> None:
    plural_throughout = "The NDP have picked a new leader. By Friday the NDP are to name a campaign chair."
    assert_clean(plural_throughout, "grammar/party-as-plural")
    # the strict Canadian Press profile reports every plural verb
    got = findings(plural_throughout, "grammar/party-as-plural", style="cp")
    assert [f.text for f in got] == ["The NDP have", "the NDP are"]


def test_a_story_that_mixes_singular_and_plural_still_fires() -> None:
    # a singular verb elsewhere in the story
    got = findings("The UCP has tabled the bill.\n\nOn Monday the UCP want it passed.", "grammar/party-as-plural")
    assert [f.text for f in got] == ["the UCP want"]
    # "it" or "its" in the plural verb's own clause
    got = findings("The BQ have said its members will vote no.", "grammar/party-as-plural")
    assert [f.text for f in got] == ["The BQ have"]


def test_a_player_line_that_prints_its_video_s_title_twice_is_not_a_restatement() -> None:
    for text in ("Click to play video: 'Evening news for the Annapolis Valley: June 9' Evening news for the Annapolis Valley: June 9",
                 "Watch this video: “Morning briefing for the whole Annapolis Valley” Morning briefing for the whole Annapolis Valley"):
        assert_clean(text, "repetition/repeated-phrase")
    # prose that opens like a player, or a title quoted without a player, is still a restatement
    for text in ("Watch as he says he will stand by the workers of the mill, saying he will stand by the workers of the mill.",
                 "He said: 'morning briefing for the Annapolis Valley, June 9' morning briefing for the Annapolis Valley, June 9"):
        assert len(findings(text, "repetition/repeated-phrase")) == 1


def test_a_widget_s_paired_controls_are_not_a_headline_printed_twice() -> None:
    for text in ("Decrease the article's size\nIncrease the article's size",
                 "Show the video captions\nHide the video captions"):
        assert_clean(text, "repetition/repeated-headline")
    # a headline's second translation differs in more than its first word, or keeps a name
    for text in ("Quebec orders two evacuations\n\nQuebec ordered two evacuations",
                 "Voters reject Halifax transit plan\n\nCouncil rejects Halifax transit plan"):
        assert len(findings(text, "repetition/repeated-headline")) == 1


def test_a_quotation_opened_the_wrong_way_tight_against_a_sentence_is_one_slip() -> None:
    rules = ("quotes/wrong-direction", "quotes/orphan-mark")
    got = findings("“The roads are closed,” said Jane Roe (Ward 4).”We expect them to reopen Monday.”", rules)
    assert [(f.rule_id, f.suggestions) for f in got] == [("quotes/wrong-direction", (" “",))]
    # with no later mark to close it, or a space after it, the mark is still an orphan
    for text in ("“The roads are closed,” said Jane Roe (Ward 4).”We expect them to reopen Monday.",
                 "The report was released on Friday.” The vote is Monday."):
        assert [f.rule_id for f in findings(text, rules)] == ["quotes/orphan-mark"]


def test_a_screenshot_s_credit_naming_its_platform_is_not_a_link_line() -> None:
    for credit in ("Source: X", "Source: Instagram", "Sources: Facebook/@cityofhalifax"):
        assert_clean(f"Council votes on the budget\n\n{credit}\n\nCouncil met on Tuesday.", "boilerplate/furniture-line")
    # a source line naming an outlet or an agency is still an aggregator's furniture
    for line in ("Source: Xinhua", "Source: Radio-Canada", "Source: X and Y Media"):
        assert len(findings(f"Council met on Tuesday.\n\n{line}", "boilerplate/furniture-line")) == 1


def test_a_counted_span_of_time_takes_a_singular_verb() -> None:
    for text in ("The last three weeks of the campaign was the quietest stretch of the race.",
                 "The three years of talks has ended with a deal."):
        assert_clean(text, "grammar/plural-head-singular-verb")
    # an uncounted plural head still wants a plural verb, time units included
    for text, hit in (("The minutes of the meeting was posted online.", "minutes of the meeting was"),
                      ("The years of the war was hard on the town.", "years of the war was")):
        assert [f.text for f in findings(text, "grammar/plural-head-singular-verb")] == [hit]


def test_a_link_s_arrow_is_not_a_foreign_quotation_mark() -> None:
    for text in ("Winter tire deals for every budget\nSee the list ›", "‹ Back to the news\nThe council met on Tuesday."):
        assert_clean(text, "quotes/foreign-marks")
    # single guillemets around words, or a pair on one line, are still another language's marks
    for text in ("The note read ‹urgent› at the top.", "The note read ‹ urgent › at the top."):
        assert [f.text for f in findings(text, "quotes/foreign-marks")] == ["‹", "›"]
