"""source/length-mismatch: a translation far outside the length its CJK source gives."""

from __future__ import annotations

from mtqa.rules.source.source_coverage import length_deviation, source_units
from mtqa.testing import assert_clean, assert_flags, findings

RULE = "source/length-mismatch"
SOURCE = "市长周六为新公园揭幕，并表示市政府将在未来三年内再建十座公园，以满足居民日益增长的休闲需求。"
FULL = ("The mayor opened the new park on Saturday and said the city would build ten more in the next three "
        "years to meet residents' growing need for leisure.")


def test_units_count_characters_and_latin_words_twice() -> None:
    assert source_units("新华社2月10日电") == 6 + 2 * 2  # 新华社 月 日 电; 2 and 10
    assert source_units("谷歌母公司Alphabet") == 5 + 2
    assert length_deviation("买贵退差价！", "Buy at a higher price, get a refund!") is None  # too short to judge


def test_faithful_translation_is_quiet_and_free_ones_too() -> None:
    assert_clean(FULL, RULE, source=SOURCE)
    # a freer, shorter rendering that keeps every clause stays inside the limits
    assert_clean("On Saturday the mayor opened the park, promising ten more within three years for residents' "
                 "leisure.", RULE, source=SOURCE)


def test_omission_and_invented_text_are_flagged_with_their_category() -> None:
    got = assert_flags("The mayor opened the park.", RULE, ["The mayor opened the park."], source=SOURCE)
    assert got[0].category == "Accuracy/Omission" and got[0].confidence == 0.6
    padded = FULL + " " + " ".join(["The park is a good place for the people of the city and the region."] * 3)
    got = findings(padded, RULE, source=SOURCE)
    assert [f.category for f in got] == ["Accuracy/Addition"] and "longer" in got[0].message


def test_paragraphs_are_compared_pairwise_when_the_shapes_match() -> None:
    src = SOURCE + "\n\n" + SOURCE
    got = findings(FULL + "\n\nThe mayor opened the park.", RULE, source=src)
    assert [f.span.line for f in got] == [3]
    # different shapes: the whole texts are compared, and together they are in range
    assert_clean(FULL + "\n\n" + FULL, RULE, source=SOURCE + SOURCE)


def test_latin_script_sources_are_not_measured() -> None:
    assert_clean("The mayor opened the park.", RULE,
                 source="Le maire a inauguré samedi le nouveau parc et annoncé dix autres parcs d'ici trois ans "
                        "pour répondre aux besoins croissants des habitants.")


TERM = "source/term-mismatch"


def test_latin_terms_of_a_chinese_source_must_survive() -> None:
    src = "谷歌母公司Alphabet股价下跌，设计师Karl Lagerfeld的展览在F-22展厅开幕。"
    good = "Shares of Google's parent Alphabet fell, and designer Karl Lagerfeld's show opened in the F-22 hall."
    assert_clean(good, TERM, source=src)
    got = assert_flags(good.replace("Lagerfeld's", "Lagerfield's"), TERM, ["Lagerfield"], source=src)
    assert got[0].suggestions == ("Lagerfeld",)
    got = findings(good.replace("parent Alphabet", "parent company"), TERM, source=src)
    assert len(got) == 1 and "Alphabet" in got[0].message and got[0].confidence == 0.6


def test_acronyms_spelled_out_lowercase_words_and_exchange_codes_are_not_terms() -> None:
    src = "2月CPI上涨，PMI回落；这个list很长；杉杉股份（600884.SH）上市。"
    assert_clean("In February the consumer price index rose and the purchasing managers' index fell; the list is "
                 "long; Shanshan was listed.", TERM, source=src)
    assert_clean("The consumer price index rose.", TERM, source="Le CPI a augmenté.")  # Latin-script source


def test_term_mismatch_is_in_preview_so_a_default_check_does_not_run_it() -> None:
    from mtqa import Checker

    src = "谷歌母公司Alphabet股价下跌。"
    report = Checker(languagetool="off").check("Shares of Google's parent company fell.", source=src)
    assert not [f for f in report.findings if f.rule_id == TERM]
    report = Checker(languagetool="off", preview=True).check("Shares of Google's parent company fell.", source=src)
    assert [f.rule_id for f in report.findings if f.rule_id == TERM] == [TERM]
