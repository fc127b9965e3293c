"""Translated official statements: a government as a bare "<country> side", directives printed as sentences."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

CLEAN = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")


def test_clean_copy_is_quiet() -> None:
    assert_clean(CLEAN, "grammar/bare-side")
    assert_clean(CLEAN, "grammar/bare-directive")


def test_a_bare_side_before_a_verb_is_flagged_with_the_right_fix() -> None:
    (f,) = findings("Drills were held near the border. Russian side said there is no threat.", "grammar/bare-side")
    assert f.text == "Russian side" and f.suggestions == ("The Russian side",)
    (g,) = findings("On fishing quotas, Canada side should stop its moves.", "grammar/bare-side")
    assert g.suggestions == ("Canada",)
    assert_flags("The spokesman responded Canadian side ignored the position.", "grammar/bare-side", ["Canadian side"])


def test_a_side_with_a_determiner_or_a_team_name_is_left_alone() -> None:
    assert_clean("The Canadian side said it would reply. On the Russian side, troops massed. "
                 "Canadian side Toronto FC signed a striker. Their US side has ignored it.", "grammar/bare-side")


def test_two_bare_directives_are_flagged_and_one_is_not() -> None:
    two = ("The prime minister chaired the meeting.\n\n"
           "Tighten the inspection of dams, mobilise rescue crews, report daily and keep roads open.\n\n"
           "Continue to improve institutions, streamline the apparatus and promote reform.")
    assert [f.text for f in findings(two, "grammar/bare-directive")] == ["Tighten the inspection", "Continue to improve"]
    one = "The prime minister chaired the meeting.\n\nTighten the inspection of dams, mobilise rescue crews, report daily."
    assert_clean(one, "grammar/bare-directive")


def test_a_reported_directive_is_not_a_bare_one() -> None:
    text = ("Continue to monitor road conditions, police said, as snow fell on the region.\n\n"
            "Focus on the road and not the phone, they told drivers on Monday.")
    assert_clean(text, "grammar/bare-directive")


_DIRECTIVE_LOOK_ALIKES = [
    "Tighten the inspection of dams, mobilise crews, report daily and keep roads open.\n\n"
    "Prioritise repairs to schools, clinics and bridges before the rains return in May.",
    "tighten the inspection of dams, mobilise crews, report daily and keep roads open.\n\n"
    "Focus on repairing schools, clinics and bridges before the rains return in May.",  # lowercase opener
    "“Tighten the inspection of dams, mobilise crews, report daily and keep roads open.\n\n"
    "Step up repairs to schools, clinics and bridges before the rains return in May.",  # quotation first
    "Ensure the inspection of dams, mobilise crews, report daily and keep roads open.\n\n"
    "ENSURE repairs to schools, clinics and bridges before the rains return, in May.\n\n"
    "Énsure repairs to schools, clinics and bridges before the rains return, in May.\n\n"
    "Mobilizes crews to schools, clinics and bridges before the rains return, in May.\n\n"
    "Speed up repairs to schools, clinics and bridges before the rains return, in May.",
]


def test_the_first_character_test_of_a_directive_changes_no_finding(monkeypatch) -> None:
    """A sentence is read as a directive only if it opens with the capital of one of the
    directive verbs; with that test made to pass always, the rule finds the same."""
    from mtqa.rules.grammar import officialese

    def spans(texts):
        return [[(f.span.start, f.text) for f in findings(t, "grammar/bare-directive")] for t in texts]

    found = spans(_DIRECTIVE_LOOK_ALIKES)
    assert found[0] and found[3] and not found[1]  # the comparison sees findings and quiet texts
    monkeypatch.setattr(officialese, "_DIRECTIVE_INITIALS", _EveryCharacter())
    assert spans(_DIRECTIVE_LOOK_ALIKES) == found


class _EveryCharacter:
    def __contains__(self, _char: object) -> bool:
        return True
