"""Clean-copy kinds quieted in stop 48's second round (issue #11, branch clean48), written from four
clean pages added to the working batch unseen-58 (two New Zealand Police release pages, an Australian
community site, an Indian daily), measured once before any rule was written, then read in full; judged
on the nine judge batches, read as counts only. Every example is made up; each quiet keeps a
look-alike that is still found. (The day-first house style's new evidence, a clock written "6:10pm",
is tested beside the rest of it in test_day_first_style47.py.)

- ``calques/french-calque``: "Chief Minister" before a name is a title of its own (an Indian state's, the
  Northern Territory's), not a spun "Prime Minister"; "Top Minister" is still found.
- ``nonwords/misspelt-word``: a noun in -ee of a verb in -e ("invitee", "divorcee", "invitees") is
  the person the verb acts on, which the word list knows as rare, not the verb with an "e" too many;
  a final "e" tripled ("agreee") and a common word's slip beside such a noun are still found.
"""

from __future__ import annotations

from mtqa.testing import assert_clean, assert_flags

RULE = "nonwords/misspelt-word"


def test_a_noun_in_ee_of_a_verb_in_e_is_a_word() -> None:
    assert_clean("About 300 invitees filled the hall, and each invitee was given a program.\n\n"
                 "The divorcee told the court she had moved.", RULE)


def test_a_tripled_final_e_is_still_a_slip() -> None:
    assert_flags("Both sides agreee on the budget.", RULE, ["agreee"])


def test_a_slip_beside_a_noun_in_ee_is_still_found() -> None:
    assert_flags("The invitees heard from the goverment minister.", RULE, ["goverment"])


def test_chief_minister_is_a_title_of_its_own() -> None:
    # An Indian state's head of government (and the Northern Territory's) is "Chief Minister"; a
    # spinner's synonym for "Prime" ("Top Minister") is still found.
    assert_clean("Chief Minister Asha Rao opened the Guwahati bridge on Friday.", "calques/french-calque")
    assert_flags("Top Minister Justin Roy met the premiers on Friday.", "calques/french-calque", ["Top Minister"])
