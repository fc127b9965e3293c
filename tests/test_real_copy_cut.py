"""benchmarks/real_copy.py's reading of an excerpt the store cut mid-word: a quotation opened in its
last paragraph and left open is the cut's, not the copy's (`STORY_END_RULES`); the same quotation in
an excerpt that ends on a sentence's end is still the copy's."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from mtqa import Checker
from script_loader import load_script

ROOT = Path(__file__).resolve().parent.parent
RULE = "quotes/unclosed"
OPENING = ("The council met on Monday to discuss the plan for the harbour.\n\n"
           "The mayor said the plan will “give the town a working harbour again and bring")


@pytest.fixture(scope="module")
def real_copy():
    return load_script("mtqa_real_copy_cut_test", ROOT / "benchmarks" / "real_copy.py")


@pytest.fixture(scope="module")
def checker():
    return Checker(languagetool="off")


def _rules(real_copy, checker, body: str) -> set[str]:
    ex = SimpleNamespace(body=body, rel="tune/example-com-01.txt")
    return {f.rule_id for f in real_copy.checked_as_measured(checker, ex).findings}


def test_a_quotation_left_open_by_the_cut_is_set_aside(real_copy, checker) -> None:
    assert RULE in {f.rule_id for f in checker.check(OPENING + " the fer").findings}  # the rule sees it
    assert RULE not in _rules(real_copy, checker, OPENING + " the fer")


def test_the_same_quotation_in_an_excerpt_that_ends_a_sentence_is_kept(real_copy, checker) -> None:
    assert RULE in _rules(real_copy, checker, OPENING + " the ferry back.")
