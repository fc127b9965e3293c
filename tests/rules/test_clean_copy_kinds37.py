"""Kinds of clean copy the rules once flagged (issue #11, stop 37), mended as kinds, with their
look-alikes that must still fire.

A French name of a body, cited in mid-sentence and then alone on a line (a release's contact block),
is the same name both times: the line's capital is no evidence against it once the copy has used it.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, findings

FRENCH_RULES = ("untranslated/french-words", "nonwords/unknown-word")
RELEASE = ("Residents must keep their balconies clear, under the rules of the {name}, officials said.\n\n"
           "Inspectors will visit several buildings next week.\n\n"
           "Contact:\n\n{line}\nPhone: 555-0100")
NAME = "Bureau de sécurité civile de Laval"


def test_a_body_s_french_name_alone_on_a_contact_line_is_the_name_cited_above() -> None:
    assert_clean(RELEASE.format(name=NAME, line=NAME), FRENCH_RULES)


def test_a_french_line_the_copy_never_cites_as_a_name_still_fires() -> None:
    # the contact line alone, with no mid-sentence citation: its capital proves nothing
    got = findings(RELEASE.format(name="city's fire service", line=NAME), "untranslated/french-words")
    assert [f.text for f in got] == ["de sécurité"]
    # another French line beside a cited name is not that name
    got = findings(RELEASE.format(name=NAME, line="Photo d’archives de la ville"), FRENCH_RULES)
    assert got, "a caption left in French is still a leftover"


HEADLINE_RULES = ("repetition/doubled-phrase", "typography/stray-capitals")
LISTING = ("Gala Night At The Harbour Hall – A Review\n\n"
           "Gala Night At The Harbour Hall The Harbour Hall opened its season with a comedy of errors. [...]\n\n"
           "The Old Mill Inn At The Harbour Hall The story of a family continues on its stage. [...]")


def test_a_title_case_headline_run_into_its_teaser_is_furniture_not_a_doubling() -> None:
    assert_clean(LISTING, HEADLINE_RULES)


def test_a_doubling_or_a_stray_capital_in_a_sentence_still_fires() -> None:
    got = findings("Tickets for the Harbour Hall the Harbour Hall sold out on Friday.", HEADLINE_RULES)
    assert [f.rule_id for f in got] == ["repetition/doubled-phrase"]
    got = findings("The old inn reopened at the Harbour Hall and The story of a family goes on.", HEADLINE_RULES)
    assert [f.rule_id for f in got] == ["typography/stray-capitals"]
    # a headline alone on its line that doubles a phrase is not one run into a teaser
    got = findings("Gala Night At The Harbour Hall The Harbour Hall\n\nThe show opened on Friday.", HEADLINE_RULES)
    assert [f.rule_id for f in got] == ["repetition/doubled-phrase"]
