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
