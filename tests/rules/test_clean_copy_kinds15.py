"""Kinds of clean copy the rules still flagged after issue #11's seventh and eighth batches (the
leftovers), mended as kinds, each beside a look-alike that must still fire. Every sentence is
made up."""

from __future__ import annotations

from mtqa.testing import assert_clean, findings


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in findings(text, rule)]


def test_a_document_that_states_is_not_attribution() -> None:
    rule = "attribution/stilted-verb"
    assert_clean("“Canola yields were below average in the north,” the weekly crop survey stated.", [rule])
    assert_clean("The court's written ruling stated the appeal had come too late.", [rule])
    assert_clean("“Costs rose by a third,” the audits stated. The memo stated: “No more hires.”", [rule])
    # a speaker, with or without an article, still "said"
    assert _texts("“Canola yields were below average,” the farm owner stated.", rule) == ["stated"]
    assert _texts("The reporter stated: “No more hires.”", rule) == ["stated"]
    assert _texts("Bill stated the plan would go ahead in June.", rule) == ["stated"]


def test_a_byline_names_the_writers_paper_without_its_article() -> None:
    rule = "publications/missing-article"
    assert_clean("Harbour plan stalls\n\nBy Jane Roe, Vancouver Sun |\n\nThe harbour plan stalled on Monday.",
                 [rule])
    assert_clean("Harbour plan stalls\n\nBY JANE ROE, Toronto Star\n\nThe harbour plan stalled on Monday.", [rule])
    # a sentence that opens with "By" still needs the article
    assert _texts("By then, the harbour plan had been reported by Vancouver Sun twice.", rule) == ["Vancouver Sun"]


def test_a_crawlers_date_stamp_is_furniture_once() -> None:
    text = " date 2019-04-02 Town council voted on Monday to close the old arena for good."
    assert _texts(text, "typography/lowercase-sentence-start") == []
    assert _texts(text, "boilerplate/furniture-line") == ["date 2019-04-02"]
    assert_clean("updated: 2019-04-02 Town council voted on Monday to close the old arena.",
                 ["typography/lowercase-sentence-start"])
    # a lowercase first word before a year, or a number, is still a lost capital
    assert _texts("updated figures for 2019 show the council closed the old arena.",
                  "typography/lowercase-sentence-start") == ["updated"]
    assert _texts("on 2 April the council voted to close the old arena for good.",
                  "typography/lowercase-sentence-start") == ["on"]


def test_a_file_name_after_a_finished_sentence_is_no_stray_period() -> None:
    text = "Volunteers kept the shelter open through the storm. shelter storm 4\n\nThe roads reopened Friday."
    assert_clean(text, ["typography/stray-period", "abbreviations/stray-period"])
    assert_clean("Volunteers kept the shelter open through the storm. img_0042\n\nThe roads reopened.",
                 ["typography/stray-period", "abbreviations/stray-period"])
    # the sentence going on in lower case, to its own end or with a name in it, is still cut in two
    cut = "Volunteers kept the shelter open. through the storm that hit on Friday."
    assert _texts(cut, "typography/stray-period") == ["."]
    assert _texts(cut, "abbreviations/stray-period") == ["open."]
    named = "Volunteers kept the shelter open. through the storm in Halifax"
    assert _texts(named, "typography/stray-period") == ["."]


def test_the_plural_of_a_rare_word_the_story_writes() -> None:
    rule = "nonwords/unknown-word"
    assert_clean("The club hosted its first bonspiel in 1950. Its bonspiels now draw rinks from three provinces.",
                 [rule])
    # without the singular in the story, or misspelt, the rare plural is still reported
    assert _texts("Its bonspiels now draw rinks from three provinces.", rule) == ["bonspiels"]
    assert _texts("The club hosted a bonspiel in 1950. Its bonspeils now draw rinks from afar.", rule) == [
        "bonspeils"]
    assert _texts("The club hosted a bonspiel in 1950. Its bonspieles now draw rinks from afar.", rule) == [
        "bonspieles"]


def test_a_brand_like_name_with_a_figure_before_a_province() -> None:
    rule = "abbreviations/mixed-forms"
    assert_clean("Clubs from across B.C. meet in two Premier1 BC games and a Radio2 BC broadcast in May.", [rule])
    # the letters naming the province beside B.C. are still the story's second form
    assert _texts("Clubs from across B.C. meet in 2025 and from all over BC in May.", rule) == ["BC"]


def test_an_impersonal_it_makes_no_mix_of_a_plural_party() -> None:
    rule = "grammar/party-as-plural"
    assert_clean("The NDP have a new leader. The NDP say it is time the housing plank was costed, and the "
                 "NDP are sure it seems fair to voters.", [rule])
    # "its" or a personal "it" in the verb's clause is the party treated as one body
    assert _texts("The NDP say it is time for a vote. Still, the NDP want its bill passed first.", rule) == [
        "the NDP want"]
    assert _texts("The NDP believe it can win the riding.", rule) == ["The NDP believe"]
