"""grammar/bare-person-noun beyond the one-line examples: the contexts that need the article, and
the look-alikes that must stay quiet (headlines, titles before names, roles after verbs of naming)."""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags, findings

RULE = "grammar/bare-person-noun"


def test_each_context_that_needs_an_article_is_flagged() -> None:
    assert_flags("The fire killed Polish worker who had arrived in May.", RULE, ["Polish worker"])
    assert_flags("The district hired new director, officials said.", RULE, ["new director"])
    assert_flags("Former mayor has asked for a recount.", RULE, ["Former mayor"])


def test_suggestions_choose_a_or_an_and_the_at_a_sentence_start() -> None:
    (f,) = findings("The clinic treated elderly patient with burns.", RULE)
    assert f.suggestions == ("an elderly patient",)
    (f,) = findings("The court spoke with unarmed soldier who was injured.", RULE)
    assert f.suggestions == ("an unarmed soldier",)
    (f,) = findings("Senior official has denied the report.", RULE)
    assert f.suggestions == ("The senior official",)


def test_headlines_lists_and_captions_are_spared() -> None:
    assert_clean("Party elects new leader after long race\n\nPremier names new minister", RULE)
    assert_clean("- Local man wins lottery\n- Quebec names new envoy", RULE)


def test_titles_before_names_and_roles_after_naming_verbs_are_english() -> None:
    text = ("The funeral of former prime minister Brian Mulroney was held Saturday. She became "
            "prime minister in 2021, was named interim leader in May and served as deputy mayor. "
            "The office of prime minister was vacant, and the role of party leader is hard.")
    assert_clean(text, RULE)


def test_plurals_compounds_and_collective_nouns_are_not_read() -> None:
    text = ("The union represents resident doctors, and the news is good. The data are clear, the CBC "
            "said, and a number of young men were hired. The team is strong; the staff are tired. "
            "The group hired young workers and a new coach, and the party chose its new leader.")
    assert_clean(text, RULE)


def test_a_noun_that_opens_its_own_clause_is_left_to_the_subject_rules() -> None:
    assert_clean("The report says prime minister is wrong, and the poll shows new leader gains.", RULE)
