"""source/length-mismatch: a translation far outside the length its CJK source gives; on long
sources, source/partial-omission and source/added-clause (a clause lost or added)."""

from __future__ import annotations

from mtqa.rules.source.source_coverage import length_deviation, shortfall, source_units, target_words
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


# ---- source/partial-omission and source/added-clause: long sources, smaller losses and gains

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


# every clause kept, the asides set off by dashes; an engine that writes each dash as a bare
# hyphen glues a word of one clause to the next ("ecology-which", "planning-but it")
DASHED = ("Modernization touches the economy, politics, culture, society and ecology — which means governing "
          "the party, state, army and defence — and it needs planning — but it needs reform too, advancing as a whole.")


def test_a_hyphen_written_for_a_dash_does_not_make_two_words_one() -> None:
    glued = DASHED.replace(" — ", "-")
    assert target_words(glued) == target_words(DASHED) == 31
    assert shortfall(LONG, glued) == shortfall(LONG, DASHED)
    assert_clean(DASHED, PARTIAL, source=LONG)
    assert_clean(glued, PARTIAL, source=LONG)
    # subject pronouns and "each" open a clause too; a contraction before the hyphen counts
    assert target_words("a branch of the multiverse-each branch") == 7
    assert target_words("maybe some don't-they belong") == 5


def test_compounds_and_coinages_stay_one_word() -> None:
    for word in ("well-known", "so-called", "know-it-all", "rock-and-roll", "either-or", "whether-or", "I-beam"):
        assert target_words(word) == 1, word
    # a real shortfall in hyphenated dress is still one: "planning-but" is two words, not three
    assert target_words("planning-but") == 2
    assert_flags(CUT.replace(", and all aspects", "-and all aspects"), PARTIAL,
                 [CUT.replace(", and all aspects", "-and all aspects")], source=LONG)


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
