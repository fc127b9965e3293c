"""A form the source has is not the translation's artifact: with a source, a spacing or punctuation finding
whose form the aligned source segment holds (as many times) is quieted and the report's notes say so; a
form the source lacks, a surplus over the source's, a form in another paragraph, a language's own
convention (a comma outside the quotation marks, no space after a mark) and prose without a source keep their findings. Texts
made up here."""

from __future__ import annotations

import pytest

from mtqa import source_forms
from mtqa.engine import Checker

HYPHEN = "typography/hyphen-as-dash"
SPACE_INSIDE = "quotes/space-inside"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(locale="en-US", languagetool="off")


def _rules(report) -> list[str]:
    return [f.rule_id for f in report.findings]


def test_a_spaced_quotation_in_the_source_quiets_the_same_in_the_translation(checker: Checker) -> None:
    target = 'The coach called it " a fair result " after the match.'
    quieted = checker.check(target, source='教练在比赛后称之为 " 公平的结果 " 。')
    assert SPACE_INSIDE not in _rules(quieted)
    assert any("quotes/space-inside (2)" in n and "source" in n for n in quieted.notes)
    # the source's marks sit tight: the spaces are the translation's own
    kept = checker.check(target, source="教练在比赛后称之为“公平的结果”。")
    assert _rules(kept).count(SPACE_INSIDE) == 2
    assert not any("not reported" in n for n in kept.notes)
    # without a source, as ever
    assert _rules(checker.check(target)).count(SPACE_INSIDE) == 2


def test_a_hyphen_for_a_dash_follows_the_source_only_where_the_source_has_one(checker: Checker) -> None:
    target = "The council approved the budget-which surprised nobody in the town."
    assert HYPHEN not in _rules(checker.check(target, source="市议会批准了预算 - 这在镇上没有人感到意外。"))
    assert HYPHEN not in _rules(checker.check(target, source="市议会批准了预算-这在镇上没有人感到意外。"))
    # a proper dash in the source, a figure's minus or a range: the hyphen is the translation's
    for source in ("市议会批准了预算——这在镇上没有人感到意外。", "气温降至 -5 度，市议会批准了预算。",
                   "市议会批准了 2024-2025 年预算。"):
        assert HYPHEN in _rules(checker.check(target, source=source)), source


def test_more_findings_than_the_source_has_forms_keeps_them_all(checker: Checker) -> None:
    target = "The council approved the budget-which surprised nobody-though the mayor had doubts."
    report = checker.check(target, source="市议会批准了预算 - 这并不令人意外，尽管市长有疑虑。")
    assert _rules(report).count(HYPHEN) == 2


def test_the_form_must_be_in_the_aligned_paragraph(checker: Checker) -> None:
    target = ("The council approved the budget-which surprised nobody.\n\n"
              "The mayor spoke at length about the roads and the schools.")
    source_elsewhere = "市议会批准了预算，这并不令人意外。\n\n市长 - 详细谈到了道路和学校。"
    assert HYPHEN in _rules(checker.check(target, source=source_elsewhere))
    source_here = "市议会批准了预算 - 这并不令人意外。\n\n市长详细谈到了道路和学校。"
    assert HYPHEN not in _rules(checker.check(target, source=source_here))


def test_a_languages_convention_is_not_a_form_carried_over() -> None:
    # Chinese puts the comma outside the closing mark; English (US) inside: the translation did not adapt
    full = Checker(locale="en-US", languagetool="off", source_profile="full")
    report = full.check('The mayor called the plan "a good start", and the council agreed.',
                        source="市长称该计划是“一个良好的开端”，议会表示同意。")
    assert "quotes/punctuation-outside" in _rules(report)
    assert "quotes/punctuation-outside" not in source_forms.FORMS
    # nor a mark with no space after it, the convention of a script that writes none (judged on WMT23)
    report = full.check("Source:People's Daily Online, editor Li Ming.", source="[来源:人民网] [编辑:李明]")
    assert "typography/missing-space" in _rules(report)


@pytest.mark.parametrize(("rule", "has", "lacks"), [
    (HYPHEN, ["他说 - 我们走", "城市-乡村"], ["温度 -5 度", "2024-2025", "COVID-19", "破折号——这里"]),
    (SPACE_INSIDE, ["他说“ 好”", '他说 " 好 "', "「 好」"], ["他说“好”", '他说"好"', "it's"]),
    ("typography/doubled-space", ["甲  乙", "甲\u3000乙"], ["甲 乙", "甲乙"]),
])
def test_each_form_is_read_in_kind(rule: str, has: list[str], lacks: list[str]) -> None:
    assert all(source_forms.FORMS[rule].search(s) for s in has), has
    assert not any(source_forms.FORMS[rule].search(s) for s in lacks), lacks
