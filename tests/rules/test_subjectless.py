"""grammar/subjectless-sentence beyond its one-line examples: each opener it reads, and the look-alikes it leaves."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")

RULE = "grammar/subjectless-sentence"
# Reporting prose around the sentence under test: the story is no list of instructions.
_BEFORE = "The council met on Tuesday to review the plan. Members spoke for an hour. "
_AFTER = " The vote is set for next month."


def _story(sentence: str) -> str:
    return _BEFORE + sentence + _AFTER


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Strengthen the supervision of every construction site in the city.", "Strengthen"),  # a base form, not in any list
    ("Resolutely promote the reform of state firms across the province.", "Resolutely promote"),
    ("Provides a wide view of the harbour and the old town.", "Provides"),  # third person, no subject
    ("Approved the budget.", "Approved"),  # a short past-tense fragment
])
def test_a_sentence_opening_on_its_verb_is_flagged(sentence: str, flagged: str) -> None:
    assert_flags(_story(sentence), RULE, [flagged])


def test_a_lowercase_modal_after_a_full_stop_is_flagged() -> None:
    text = _BEFORE + "Schools were closed for two weeks. should reduce the spread of the virus." + _AFTER
    assert_flags(text, RULE, ["should"])


@pytest.mark.parametrize("sentence", [
    "“Strengthen the supervision of every construction site in the city.”",  # a quotation
    "Strengthen the supervision of every site, the mayor said.",  # reported without quotation marks
    "Strengthen your home against the storm before the winter.",  # speaks to the reader
    "Imagine a city where every construction site is supervised.",  # addresses the reader
    "Read more about the plan on the city's website.",  # page furniture
    "Will the council strengthen the supervision of the sites?",  # a question
    "Mark Carney said the plan was sound.",  # a name, not a verb
    "Asked about the delay, the mayor said the plan was sound.",  # a participle phrase, then the subject
    "Provided the budget passes, work will start in May.",  # a conjunction, with a comma
    "Parks, pools, arenas, etc. will all be closed until further notice.",  # "etc." is no sentence end
    "The plant belongs to Acme Corp. will it reopen, the union asked.",  # nor is an abbreviation
])
def test_look_alikes_in_reporting_prose_are_quiet(sentence: str) -> None:
    assert_clean(_story(sentence), RULE)


def test_a_headline_and_a_short_caption_are_quiet() -> None:
    text = ("Strengthen the supervision of construction sites\n\n"
            "Protect the old harbour walls.\n\n"
            "The council met on Tuesday to review the plan. Members spoke for an hour.")
    assert_clean(text, RULE)


def test_a_list_of_instructions_is_quiet_and_one_directive_in_a_story_is_not() -> None:
    recipe = ("Preheat the oven to 180 C. Mix the flour and the sugar in a bowl. "
              "Add the eggs one at a time. The cake keeps for a week.")
    assert_clean(recipe, RULE)
    story = ("The bakery opened in 1990. It sells bread and cakes. The owner is retiring. "
             "Add the eggs one at a time to the new menu.")
    assert_flags(story, RULE, ["Add"])


def test_markdown_list_items_and_headings_are_quiet() -> None:
    text = ("# Strengthen the supervision of every construction site in the city.\n\n"
            "- Strengthen the supervision of every construction site in the city.\n"
            "- Promote the reform of state firms across the whole province.\n\n"
            "The council met on Tuesday to review the plan. Members spoke for an hour.")
    assert_clean(text, RULE, format="markdown")
