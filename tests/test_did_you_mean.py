"""One "did you mean" (`mtqa.schema.nearest`, worded by `mtqa.schema.did_you_mean`) for every misspelt name a user can give: a
configuration key or option, a category weight, a style, a field of the LanguageTool-compatible
server. Each message still names the bad value and the one meant, and a name typed in the
wrong case, or misspelt as well, finds the one meant wherever it is typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import Checker
from mtqa.config import load_file
from mtqa.errors import ConfigError
from mtqa.schema import did_you_mean, nearest
from mtqa.serve import ltprotocol


def test_a_misspelling_in_capitals_finds_the_key_meant(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_text("FIAL-UNDER = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}:1: unknown key 'FIAL-UNDER' (did you mean 'fail-under'?)"


def test_a_category_in_the_wrong_case_names_the_category_meant() -> None:
    with pytest.raises(ConfigError) as caught:
        Checker(category_weights={"FLUENCY/PUNCTUATION": 0.1}, languagetool="off")
    assert "unknown category 'FLUENCY/PUNCTUATION' (did you mean 'Fluency/Punctuation'?)" in str(caught.value)


def test_a_far_off_category_still_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError) as caught:
        Checker(category_weights={"zzz": 0.1}, languagetool="off")
    assert "unknown category 'zzz' (known: " in str(caught.value) and "Fluency/Punctuation" in str(caught.value)


def test_a_server_field_in_capitals_names_the_field_meant() -> None:
    said = ltprotocol.unknown_fields_warning(["ENABLEDRULE", "zz_custom"])
    assert said == "ignored unknown fields: ENABLEDRULE (did you mean enabledRules?), zz_custom"


def test_the_hint_does_not_depend_on_the_order_of_the_names() -> None:
    names = ["rule-b", "rule-a", "rule-c"]
    assert {nearest("rule-x", names), nearest("rule-x", names[::-1])} == {"rule-a"}


def test_a_same_letters_match_comes_before_a_closer_spelling() -> None:
    assert nearest("Quotes", ["quote", "quotes"]) == "quotes"
    assert did_you_mean("quotes", ["quotes"]) == ""  # the name itself is no hint


def test_the_cutoff_keeps_far_names_out() -> None:
    assert nearest("enabledRule", ["enabledRules"], cutoff=0.75) == "enabledRules"
    assert nearest("lang", ["language"], cutoff=0.75) is None


# Each message through the one helper (`did_you_mean`), word for word as before it was shared.

def test_a_misspelt_style_names_the_one_meant_and_lists_the_styles() -> None:
    from mtqa import styles

    with pytest.raises(ConfigError) as caught:
        styles.load("hilltimes")
    assert str(caught.value) == "no such style: 'hilltimes' (did you mean 'hill-times'? styles: cp, default, hill-times)"


def test_a_far_off_style_lists_the_styles_alone() -> None:
    from mtqa import styles

    with pytest.raises(ConfigError) as caught:
        styles.load("zzzzzz")
    assert str(caught.value) == "no such style: 'zzzzzz' (styles: cp, default, hill-times)"


def test_a_far_off_category_lists_the_known_ones_in_their_order() -> None:
    from mtqa import category_weights

    with pytest.raises(ConfigError) as caught:
        category_weights.check({"zzz": 1}, "weights", ["Style", "Accuracy/Omission"])
    assert str(caught.value) == "weights: unknown category 'zzz' (known: Style, Accuracy/Omission)"


def test_a_misspelt_option_names_the_one_meant_and_a_far_one_lists_them() -> None:
    from mtqa.schema import Option, option_problem

    declared = {"prefer": Option(str, "", "doc"), "allow": Option(str, "", "doc")}
    close = option_problem(declared, {"prefr": "x"})
    far = option_problem(declared, {"zzzz": "x"})
    none = option_problem({}, {"zzzz": "x"})
    assert close is not None and close.message == "unknown option 'prefr' (did you mean 'prefer'?)"
    assert far is not None and far.message == "unknown option 'zzzz' (options: allow, prefer)"
    assert none is not None and none.message == "unknown option 'zzzz' (options: none)"


def test_the_helper_lists_names_when_none_is_close_and_after_the_guess_when_asked() -> None:
    names = ["beta", "alpha"]
    assert did_you_mean("zzzz", names) == ""
    assert did_you_mean("zzzz", names, listing="known") == " (known: beta, alpha)"
    assert did_you_mean("zzzz", [], listing="known") == " (known: none)"
    assert did_you_mean("alpa", names, listing="known") == " (did you mean 'alpha'?)"
    assert did_you_mean("alpa", names, listing="known", list_always=True) == " (did you mean 'alpha'? known: beta, alpha)"
    assert did_you_mean("alpa", iter(names), listing="known", list_always=True).endswith("known: beta, alpha)")


def test_a_protocol_field_is_named_bare() -> None:
    assert did_you_mean("enabledRule", ["enabledRules"], cutoff=0.75, quoted=False) == " (did you mean enabledRules?)"
    assert ltprotocol.unknown_fields_warning(["disabledRule"]) == "ignored unknown field: disabledRule (did you mean disabledRules?)"


@pytest.mark.parametrize("argv, meant", [(["chek", "story.txt"], "check"), (["check", "--format", "jsn", "x"], "json"),
                                         (["rules", "--format", "txt"], "text")])
def test_a_misspelt_subcommand_or_choice_finds_the_one_meant(capsys, argv, meant) -> None:
    """argparse's "invalid choice" was the one misspelling left without a guess (`mtqa chek`)."""
    from mtqa.cli import main

    with pytest.raises(SystemExit) as usage:
        main(argv)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and err.count("\n") == 1
    assert err.startswith("mtqa: error: ") and err.rstrip().endswith(f"(did you mean {meant!r}?)")


def test_an_invalid_choice_with_nothing_near_lists_the_choices_alone(capsys) -> None:
    from mtqa.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--format", "zzz", "x"])
    assert capsys.readouterr().err.rstrip().endswith("'github', 'html')")
