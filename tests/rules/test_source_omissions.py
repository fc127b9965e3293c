"""What a translation leaves out of a CJK source: a clause of a long sentence
(source/partial-omission) and a bracketed aside (source/lost-parenthetical)."""

from __future__ import annotations

from mtqa.rules.source.parentheticals import traced
from mtqa.rules.source.source_coverage import shortfall
from mtqa.testing import assert_clean, assert_flags, findings

PARTIAL = "source/partial-omission"
LONG = ("推进现代化涉及经济、政治、文化、社会、生态文明等各个领域，关系治党治国治军、内政外交国防等方方面面，"
        "既要做好系统谋划，又要勇于改革创新，不断实现整体推进。")
WHOLE = ("Promoting modernization involves the economy, politics, culture, society and ecological civilization, "
         "and every aspect of governing the party, the state and the army, domestic and foreign affairs and "
         "defence; it needs both systematic planning and the courage to reform and innovate, to keep advancing "
         "as a whole.")
CUT = ("Promoting modernization involves the economy, politics, culture, society and ecological civilization, "
       "and all aspects of governing the party, the state and the army.")


def test_a_long_sentence_that_lost_its_last_clauses_is_flagged() -> None:
    got = assert_flags(CUT, PARTIAL, [CUT], source=LONG)
    assert got[0].category == "Accuracy/Omission" and got[0].confidence == 0.6
    assert "shorter" in got[0].message


def test_complete_translations_stay_quiet_split_or_merged() -> None:
    assert_clean(WHOLE, PARTIAL, source=LONG)
    # the same content in two sentences
    assert_clean(WHOLE.replace("defence; it needs", "defence. It needs"), PARTIAL, source=LONG)
    # the list of fields merged into one phrase, everything else kept
    merged = WHOLE.replace("the economy, politics, culture, society and ecological civilization",
                           "every field from the economy to ecology")
    assert_clean(merged, PARTIAL, source=LONG)


def test_short_sources_and_extreme_losses_are_left_to_other_checks() -> None:
    assert shortfall("市长周六为新公园揭幕。", "The mayor opened the park.") is None
    tiny = "Modernization involves many fields."  # past a factor 2.2: source/length-mismatch's finding
    assert_clean(tiny, PARTIAL, source=LONG)
    assert [f.rule_id for f in findings(tiny, (PARTIAL, "source/length-mismatch"), source=LONG)] == [
        "source/length-mismatch"]


def test_a_latin_gloss_after_a_transliterated_name_is_not_source_text() -> None:
    plain = LONG.replace("。", "，稍早最高领袖阿里·哈梅内伊发布了一项大赦令。")
    glossed = plain.replace("哈梅内伊", "哈梅内伊(Ali Khamenei)")
    target = WHOLE + " Earlier, Supreme Leader Ali Khamenei issued an amnesty."
    assert shortfall(glossed, target) == shortfall(plain, target)


def test_latin_script_sources_are_not_measured_for_clauses() -> None:
    src = ("Le maire a inauguré samedi le nouveau parc et annoncé dix autres parcs d'ici trois ans pour répondre "
           "aux besoins croissants des habitants, tout en promettant de nouvelles pistes cyclables.")
    assert_clean("The mayor opened the new park on Saturday.", PARTIAL, source=src)


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


ADDED = "source/added-clause"
PARK = ("市长周六在市中心为新建成的滨江公园揭幕，并表示市政府将在未来三年内再建十座公园，以满足居民日益增长的休闲需求，"
        "同时推动城市绿地建设。")
PARK_EN = ("The mayor opened the new riverside park in the city centre on Saturday and said the city would build ten "
           "more parks in the next three years to meet residents' growing need for leisure and to add green space.")


def test_a_long_sentence_padded_with_a_restated_clause_is_flagged() -> None:
    padded = PARK_EN + (" The mayor also said that the city would build ten new parks within three years, so as to "
                        "meet the growing leisure needs of the residents.")
    got = assert_flags(padded, ADDED, [padded], source=PARK)
    assert got[0].category == "Accuracy/Addition" and got[0].confidence == 0.6 and "longer" in got[0].message


def test_faithful_long_translations_split_or_with_a_converted_unit_stay_quiet() -> None:
    assert_clean(PARK_EN, ADDED, source=PARK)
    split = PARK_EN.replace(" and said the city", ". He said the city").replace(" to meet", ". They will meet")
    assert_clean(split, ADDED, source=PARK)
    src = PARK.replace("滨江公园", "五公里长的滨江公园")
    assert_clean(PARK_EN.replace("riverside park", "riverside park, three miles (five kilometres) long,"), ADDED,
                 source=src)
    # a short source is not judged, however long its translation
    assert_clean(PARK_EN, ADDED, source="市长周六为新公园揭幕。")


def test_partial_checks_stay_out_of_length_mismatch_territory() -> None:
    flood = PARK_EN + " " + " ".join([PARK_EN] * 2)  # three times the yield: length-mismatch's finding
    assert [f.rule_id for f in findings(flood, (ADDED, "source/length-mismatch"), source=PARK)] == [
        "source/length-mismatch"]
