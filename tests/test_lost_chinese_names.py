"""`source/name-mismatch` with a Chinese source: a person named after a role word (主任, 记者,
患者 ...) whose surname no capitalised word of the translation even begins like is reported as
lost, and the finding names the source's characters (`Finding.extra[OMITTED]`) so an evaluation
can match it on the omission span MQM raters mark in the source. Every segment here is made up."""

from __future__ import annotations

import pytest

from mtqa.finding import OMITTED
from mtqa.testing import findings

RULE = "source/name-mismatch"


def _lost(target: str, source: str) -> list[str]:
    return [f.extra.get(OMITTED) for f in findings(target, RULE, source=source) if f.extra]


@pytest.mark.parametrize(("target", "source", "name"), [
    ("The director attended the forum and gave a speech.", "发改委主任王立明出席论坛并发表讲话。", "王立明"),
    ("Prices rose, the patient said.", "患者陈小梅说，价格上涨了。", "陈小梅"),
    ("Reporter: Exports fell for a third month.", "（记者赵博）出口连续第三个月下降。", "赵博"),
])
def test_a_named_person_the_translation_drops_is_reported_and_named(target: str, source: str, name: str) -> None:
    assert _lost(target, source) == [name]


@pytest.mark.parametrize(("target", "source"), [
    ("Director Wang Liming attended the forum.", "发改委主任王立明出席论坛。"),  # pinyin
    ("Adviser Chao Chun-lin said the talks went well.", "顾问赵春林表示会谈顺利。"),  # Wade–Giles
    ("Adviser Zhao Chunlin said the talks went well.", "顾问赵春林表示会谈顺利。"),
    ("Tesla chief Musk spoke on Monday.", "特斯拉总裁马斯克周一发言。"),  # a foreign name transliterated
    ("Premier Pham Minh Son thanked the teachers.", "总理范明山感谢了教师。"),  # in its own country's romanisation
    ("Reporters learned that prices rose.", "记者了解到，价格上涨了。"),  # 了解到 is no name (le, not liao)
    ("The commission's president said the rules would tighten.", "欧盟委员会主席冯德莱恩表示规则将收紧。"),  # 4 characters
    ("The spokesman said nothing.", "发言人表示不予置评。"),  # no name after the role word
])
def test_a_name_kept_or_no_name_stays_quiet(target: str, source: str) -> None:
    assert _lost(target, source) == []
