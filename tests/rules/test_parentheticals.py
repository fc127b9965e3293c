"""source/lost-parenthetical: a bracketed aside of a CJK source that the translation drops."""

from __future__ import annotations

from mtqa.rules.source.parentheticals import traced
from mtqa.testing import assert_clean, assert_flags, findings

ASIDE = "source/lost-parenthetical"
BYLINE = "(记者孙杰)北交所将于周一启动融资融券交易。"


def test_a_dropped_byline_is_flagged_on_the_sentence_where_it_stood() -> None:
    text = "The Beijing Stock Exchange will start margin trading on Monday. Investors welcomed it."
    got = assert_flags(text, ASIDE, ["The Beijing Stock Exchange will start margin trading on Monday."],
                       source=BYLINE)
    assert got[0].category == "Accuracy/Omission" and got[0].confidence == 0.6 and "记者孙杰" in got[0].message


def test_an_aside_rendered_without_brackets_counts_as_kept() -> None:
    # the reporter's name read as pinyin; the date by its figures; a Latin word of the aside
    assert_clean("Reporter Sun Jie: the Beijing Stock Exchange will start margin trading on Monday.", ASIDE,
                 source=BYLINE)
    assert_clean("On Friday, February 10, the administration blacklisted six Chinese entities.", ASIDE,
                 source="政府周五（2月10日）将六家中国实体列入黑名单。")
    assert_clean("Shares of Shanshan, listed as 600884.SH, rose.", ASIDE, source="杉杉股份（代码600884.SH）股价上涨。")


def test_kept_brackets_glosses_and_one_character_labels_are_quiet() -> None:
    # as many brackets as asides: kept, whatever their words (a unit converted inside them too)
    assert_clean("The trail (about 3.1 miles) opened; the park (industry park) grew.", ASIDE,
                 source="步道（约5公里）开放；园区（产业园区）扩大了。")
    # a Latin-script gloss is folded into the name it glosses
    assert_clean("Supreme Leader Ayatollah Ali Khamenei issued an amnesty.", ASIDE,
                 source="最高领袖阿亚图拉·阿里·哈梅内伊(Ayatollah Ali Khamenei)发布了一项大赦令。")
    assert_clean("The chart shows the trend.", ASIDE, source="（图）图表显示了这一趋势。")


def test_two_lost_asides_in_one_sentence_give_one_finding() -> None:
    got = findings("The Biden administration on Friday blacklisted six Chinese entities.", ASIDE,
                   source="（德国之声中文网）拜登政府周五（2月10日）将六家中国实体列入黑名单。")
    assert len(got) == 1


def test_latin_script_sources_have_no_asides_to_lose() -> None:
    assert_clean("The mayor opened the park.", ASIDE, source="Le maire (Jean Tremblay) a inauguré le parc.")


def test_traced_reads_names_figures_and_latin_words() -> None:
    keys = {"sun", "jie", "sunjie", "xinhua"}
    assert traced("记者孙杰", "Reporter Sun Jie said", keys)
    assert traced("来源:新华社", "Source: Xinhua", keys)
    assert traced("10日及11日", "on the 10th and 11", set())
    assert not traced("德国之声中文网", "according to Deutsche Welle", {"according", "to", "deutsche", "welle"})
