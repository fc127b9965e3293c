"""source/currency-mismatch: an amount relabelled in another currency than the source's."""

from __future__ import annotations

from mtqa.rules.source.currencies import currency_mentions, source_currencies
from mtqa.testing import assert_clean, assert_flags


def test_source_currencies_need_money_not_the_character() -> None:
    assert source_currencies("省8000多元，不到1万元") == {"CNY"}
    assert source_currencies("180亿至210亿新元，5000万港元") == {"SGD", "HKD"}
    assert source_currencies("元旦，同一单元，多元化，城乡二元结构") == frozenset()


def test_currency_mentions_take_the_most_specific_reading() -> None:
    text = "HK$50 million, S$3 and $4, 10 yuan, 5 euros; the team won."
    assert [(text[s:e], sorted(c)) for s, e, c in currency_mentions(text)][:3] == [
        ("HK$", ["HKD"]), ("S$", ["SGD"]), ("$", ["AUD", "CAD", "HKD", "MOP", "SGD", "TWD", "USD"])]
    assert [text[s:e] for s, e, _ in currency_mentions(text)][3:] == ["yuan", "euros"]


def test_currency_relabelled_is_flagged_and_conversions_stay_quiet() -> None:
    src = "患者说，新政策后我种一颗牙能省8000多元，不到1万元。"
    assert_flags("After the new policy I save more than $8,000 but less than $10,000 on a tooth.",
                 "source/currency-mismatch", ["$", "$"], source=src)
    assert_clean("After the new policy I save more than 8,000 yuan but less than 10,000 yuan on a tooth.",
                 "source/currency-mismatch", source=src)
    # a conversion beside the original, or in its place (a figure the source does not have)
    assert_clean("I save more than 8,000 yuan ($1,150) but less than 10,000 yuan.", "source/currency-mismatch", source=src)
    assert_clean("I save more than $1,150 but less than $1,450 on a tooth.", "source/currency-mismatch", source=src)


def test_currency_look_alikes_stay_quiet() -> None:
    hk = "港府拨款5000万港元。"
    assert_clean("The government set aside $50 million.", "source/currency-mismatch", source=hk)
    assert_clean("The government set aside HK$50 million.", "source/currency-mismatch", source=hk)
    # 元 that is no money (元旦, 单元, 多元化), and "won" the verb
    assert_clean("The team won 3 games and a few dollars in the same unit on New Year's Day.", "source/currency-mismatch",
                 source="元旦那天，同一单元的球队赢了3场，发展多元化。")
    assert_clean("She paid $300 for the ticket.", "source/currency-mismatch",
                 source="Elle a payé 300 euros pour le billet.")  # Chinese sources only
