"""One "did you mean" (`mtqa.schema.nearest`) for every misspelt name a user can give: a
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
