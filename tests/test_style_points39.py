"""Style points moved to the cp profile (issue #11 §3): quiet by default, found with --style cp.

The per cent sign in copy (``25%``) and a long formal title run into a name (``Minister of
Transport Jane Roe``) are the Canadian Press's choices; other professional houses write them.
By default mtqa leaves them alone; the strict ``cp`` profile selects both rules. The ordinal
date (``April 9th``), kept in the default by the same decision rule at stop 39, followed them at
stop 41 once more clean copy was in (10 clean flags against 9 labels only it caught). The French
forms only machine translation gives (``25 %``, ``2,5 %``, ``3 March``) are found in every style.
"""

from __future__ import annotations

import pytest

from mtqa import Checker
from mtqa.cli import main

SIGN = "Rents in the county rose 7% over the winter, the housing office said on Friday."
LONG_TITLE = "Minister of Transport Jane Roe opened the new bridge over the canal on Thursday."
FRENCH_FORMS = ("Support for the levy rose to 41 % over the winter, the office said.\n\n"
                "Rents in the county rose 3,8 % in a year, the office added.\n\n"
                "The ferry resumes service on 9 April, the port authority said.")
ORDINAL = "The ferry resumes service on April 9th, the port authority said."


def _found(text: str, style: str | None = None) -> list[tuple[str, str]]:
    report = Checker(style=style, locale="en-CA").check(text)
    return [(f.rule_id, f.text) for f in report.findings]


def test_the_sign_the_long_title_and_the_ordinal_are_quiet_by_default_while_french_forms_are_found() -> None:
    assert _found(SIGN) == []
    assert _found(LONG_TITLE) == []
    assert _found(ORDINAL) == []
    french = _found(FRENCH_FORMS)
    assert ("numbers/space-before-percent", " ") in french
    assert ("numbers/decimal-comma", "3,8") in french
    assert ("numbers/day-month-order", "9 April") in french
    assert "numbers/percent-sign" not in {rule for rule, _ in french}


@pytest.mark.parametrize(("text", "rule", "flagged", "look_alike"), [
    (SIGN, "numbers/percent-sign", "%",
     # the CP form itself, and the sign in a headline (no sentence end)
     "Rents up 7% in county\n\nRents in the county rose seven per cent over the winter, the office said."),
    (LONG_TITLE, "titles/long-title-before-name", "Minister of Transport Jane",
     # the short title before the name, and a long one set off by commas (lowercase, as CP writes
     # it: capitalised, titles/capitalised-title-alone would find it in the cp style)
     "Transport Minister Jane Roe opened the bridge, and the minister of rural roads and ferries, "
     "Sam Poole, spoke after her."),
    (ORDINAL, "numbers/date-ordinal-suffix", "th",
     # the CP form, and an ordinal that is no date's day
     "The ferry resumes service on April 9 for its 9th season, the port authority said."),
], ids=["per-cent-sign", "long-title", "ordinal-date"])
def test_quiet_by_default_found_by_cp_and_cp_leaves_the_look_alike(text, rule, flagged, look_alike) -> None:
    assert _found(text) == []
    assert _found(text, "cp") == [(rule, flagged)]
    assert _found(look_alike, "cp") == []


def test_the_hill_times_style_keeps_them_off_and_a_user_can_select_them() -> None:
    assert _found(SIGN, "hill-times") == []
    chk = Checker(select=["numbers/percent-sign"], locale="en-CA")
    assert [f.rule_id for f in chk.check(SIGN).findings] == ["numbers/percent-sign"]


def test_the_command_line_finds_the_sign_with_style_cp_only(tmp_path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SIGN + "\n", encoding="utf-8")
    main(["check", "--no-color", "--locale", "en-CA", "--languagetool", "off", str(story)])
    assert "numbers/percent-sign" not in capsys.readouterr().out
    main(["check", "--no-color", "--locale", "en-CA", "--languagetool", "off", "--style", "cp", str(story)])
    assert "numbers/percent-sign" in capsys.readouterr().out
