"""Source-aware checks beyond the one-line examples: paragraphs, placement, conventions, clean copy."""

from __future__ import annotations


from mtqa.engine import Checker
from mtqa.rules.source.language import source_language
from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

SOURCE_FR = """La ministre de la Défense, Anita Anand, a annoncé mardi que 500 soldats canadiens resteront en Irak.

« Nous sommes fiers du travail accompli », a-t-il déclaré à Ottawa le 8 janvier 2020.

Le budget de la mission atteint 2,5 milliards de dollars, soit 1 200 $ par habitant, selon www.forces.gc.ca."""

GOOD_EN = """Defence Minister Anita Anand announced Tuesday that 500 Canadian soldiers will remain in Iraq.

“We are proud of the work done,” she said in Ottawa on Jan. 8, 2020.

The mission's budget reaches $2.5 billion, or $1,200 per person, according to www.forces.gc.ca."""


def test_faithful_translation_is_clean() -> None:
    assert_clean(GOOD_EN, "source", source=SOURCE_FR)


def test_rules_are_skipped_without_source() -> None:
    report = Checker(select=["source"], languagetool="off").check(GOOD_EN)
    skipped = {s["check"]: s["reason"] for s in report.checks_skipped}
    assert skipped["source/number-mismatch"] == "needs --source"
    assert "source/untranslated-text" not in skipped  # needs no source


def test_changed_number_in_third_paragraph_is_flagged_where_it_stands() -> None:
    bad = GOOD_EN.replace("$1,200", "$12,000")
    got = assert_flags(bad, "source/number-mismatch", ["12,000"], source=SOURCE_FR)
    assert got[0].suggestions == ("1,200",)
    assert got[0].span.line == 5


def test_lost_number_is_placed_on_the_matching_sentence() -> None:
    bad = GOOD_EN.replace("that 500 Canadian soldiers", "that Canadian soldiers")
    got = findings(bad, "source/number-mismatch", source=SOURCE_FR)
    assert [f.category for f in got] == ["Accuracy/Omission"]
    assert got[0].span.line == 1 and got[0].confidence < 1
    assert "500" in got[0].message


def test_a_grouped_figure_before_a_figure_word_is_one_number() -> None:
    src = "全年新增5G基站10000个。"
    assert_clean("An additional 10,000 5G base stations were added in the year.", "source/number-mismatch", source=src)
    assert_flags("An additional 1,000 5G base stations were added in the year.",
                 "source/number-mismatch", ["1,000"], source=src)


def test_french_conventions_are_not_differences() -> None:
    src = "Le taux est de 2,5 %. Il y a 1 000 soldats et 3,75 millions de dollars. La séance commence à 14 h 30."
    assert_clean("The rate is 2.5%. There are 1,000 soldiers and $3.75 million. The sitting opens at 2:30 p.m.",
                 "source", source=src)
    assert_flags("The rate is 25%. There are 1,000 soldiers and $3.75 million. The sitting opens at 2:30 p.m.",
                 "source/number-mismatch", ["25"], source=src)


def test_spelled_out_numbers_and_scales() -> None:
    src = "Deux millions de personnes et 14 milliards d'années; 3 enfants."
    assert_clean("Two million people and fourteen billion years; three children.", "source/number-mismatch", source=src)
    assert_flags("Two million people and fourteen billion years; three children and 40 adults.",
                 "source/number-mismatch", ["40"], source=src)


def test_date_day_changed_and_year_mismatch() -> None:
    assert_flags(GOOD_EN.replace("Jan. 8, 2020", "Jan. 8, 2021"), "source/date-mismatch", ["Jan. 8, 2021"],
                 source=SOURCE_FR)
    assert_clean(GOOD_EN.replace("Jan. 8, 2020", "January 8"), "source/date-mismatch", source=SOURCE_FR)


def test_quotes_turned_into_reported_speech_stay_quiet_and_invented_ones_are_flagged() -> None:
    reported = GOOD_EN.replace("“We are proud of the work done,” she said", "She said they were proud of the work done")
    assert_clean(reported, "source/quote-count-mismatch", source=SOURCE_FR)
    src = SOURCE_FR.replace("« Nous sommes fiers du travail accompli », a-t-il déclaré",
                            "Il a dit qu'ils étaient fiers du travail accompli")
    got = assert_flags(GOOD_EN, "source/quote-count-mismatch",
                       ["“We are proud of the work done,”"], source=src)
    assert "Quotation not in the source" in got[0].message


def test_url_changed() -> None:
    bad = GOOD_EN.replace("www.forces.gc.ca", "www.force.gc.ca")
    got = assert_flags(bad, "source/url-mismatch", ["www.force.gc.ca"], source=SOURCE_FR)
    assert got[0].suggestions == ("www.forces.gc.ca",)


def test_surname_changed_and_translated_institution_names_pass() -> None:
    bad = GOOD_EN.replace("Anita Anand", "Anita Amand")
    assert_flags(bad, "source/name-mismatch", ["Amand"], source=SOURCE_FR)
    src = "La Gendarmerie royale du Canada et Radio-Canada ont confirmé que Justin Trudeau était à Ottawa."
    assert_clean("The RCMP and CBC confirmed Justin Trudeau was in Ottawa.", "source/name-mismatch", source=src)


def test_chinese_source_scales_and_dates() -> None:
    src = "2020年1月8日，公司收入达到500万元，增长了3.5%。"
    assert_clean("On Jan. 8, 2020, the company's revenue reached 5 million yuan, up 3.5%.", "source", source=src)
    assert_flags("On Jan. 8, 2020, the company's revenue reached 50 million yuan, up 3.5%.",
                 "source/number-mismatch", ["50 million"], source=src)


def test_source_language_detection() -> None:
    assert source_language(SOURCE_FR) == "fr"
    assert source_language("公司收入达到500万元。" * 3) == "zh"
    assert source_language(GOOD_EN) == "en"


CLEAN_CANADIAN = """OTTAWA — The federal government will spend $1.2 billion over five years on new housing in
the North, Finance Minister Chrystia Freeland said Thursday at the Université de Montréal.

The money, first promised in the 2021 budget, will flow through the Canada Mortgage and Housing Corp.,
and the Société d'habitation du Québec will manage its share, the department said.

Premier François Legault welcomed the news at the Musée des beaux-arts de Montréal, calling it a tour de
force. “Je me souviens,” he joked, quoting the province's motto.

Critics, including Smith et al. in a report for the C.D. Howe Institute, said the faux pas was the delay."""


def test_untranslated_quiet_on_clean_canadian_copy_with_french_names() -> None:
    assert_clean(CLEAN_CANADIAN, "source/untranslated-text")


def test_untranslated_french_clause_and_cjk_in_one_story() -> None:
    text = ("The minister said the troops would stay.\n\nShe added: la mission continue et nous sommes prêts à "
            "aider nos alliés.\n\nThe firm, 腾讯控股, declined to comment.")
    assert_flags(text, "source/untranslated-text", ["la mission continue et nous sommes prêts à aider nos alliés",
                                                    "腾讯控股"])


def test_source_rules_return_sound_findings_on_adversarial_input() -> None:
    chk = Checker(select=["source"], languagetool="off")
    nasty = ("1 " * 3000) + ("de la " * 3000) + ("“" * 2000) + ("A " * 3000) + ("www." * 500)
    # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("source")
    assert_spans_sound(returns(chk.check, nasty, source=nasty), nasty)


def test_decimal_commas_and_grouping_of_european_sources() -> None:
    cases = [
        ("Der Umsatz stieg um 2,5 % auf 1.234,5 Millionen Euro.", "Sales rose 2.5% to 1,234.5 million euros."),
        ("Las ventas subieron un 2,5 % hasta 1.234 millones de euros.", "Sales rose 2.5% to 1,234 million euros."),
        ("Продажи выросли на 2,5 % до 1 234 млн рублей.", "Sales rose 2.5% to 1,234 million rubles."),
        ("Les ventes ont augmenté de 2,5 % à 1 234 millions d'euros.", "Sales rose 2.5% to 1,234 million euros."),
    ]
    for src, good in cases:
        assert_clean(good, "source/number-mismatch", source=src)
        assert_flags(good.replace("2.5%", "25%"), "source/number-mismatch", ["25"], source=src)


def test_legitimate_translation_moves_stay_quiet() -> None:
    assert_clean("The trail is 5 miles (8 km) long.", "source", source="Le sentier fait 8 km de long.")
    assert_clean("Half of the 40 members voted.", "source", source="La moitié des 40 membres ont voté.")
    assert_clean("About 2.5 million people live there.", "source", source="Environ 2 470 000 personnes y vivent.")
    assert_clean("The vote is on Jan. 8, 2020.", "source/date-mismatch", source="Le vote a lieu le 8 janvier 2020.")
    assert_clean("On 8 January 2020, the vote took place.", "source/date-mismatch",
                 source="Le vote a eu lieu le 8 janvier 2020.")
    assert_clean("It cost 10 billion yuan ($1.4 billion).", "source", source="它耗资100亿元。")
    assert_clean("The minister said the mission would continue.", "source",
                 source="Le ministre a déclaré : « La mission va continuer. »")


def test_dates_of_german_spanish_russian_and_chinese_sources() -> None:
    for src in ("Die Wahl findet am 8. Januar 2020 statt.", "La votación será el 8 de enero de 2020.",
                "Голосование пройдёт 8 января 2020 года.", "投票将于2020年1月8日举行。", "投票将于 2020 年 1 月 8 日举行。"):
        assert_clean("The vote is on Jan. 8, 2020.", "source/date-mismatch", source=src)
        assert_flags("The vote is on Jan. 18, 2020.", "source/date-mismatch", ["Jan. 18, 2020"], source=src)


def test_names_in_cyrillic_are_compared_in_latin_script() -> None:
    src = "Министр Сергей Лавров заявил об этом в понедельник."
    assert_clean("Minister Sergei Lavrov said so on Monday.", "source/name-mismatch", source=src)
    assert_clean("Minister Sergey Lavrov said so on Monday.", "source/name-mismatch", source=src)
    assert_flags("Minister Sergei Lavorov said so on Monday.", "source/name-mismatch", ["Lavorov"], source=src)


def test_chinese_given_names_are_compared_in_pinyin() -> None:
    src = "1980年代，郑永刚担任厂长；曾庆红在台北发言。"
    assert_clean("In the 1980s, Zheng Yonggang was director; Zeng Qinghong spoke in Taipei.", "source/name-mismatch",
                 source=src)  # 曾 read zeng (not ceng); Taipei is no pinyin name
    assert_flags("In the 1980s, Zheng Yonggong was director; Zeng Qinghong spoke in Taipei.", "source/name-mismatch",
                 ["Yonggong"], source=src)


def test_a_figure_restated_as_a_multiple_of_another_is_not_lost() -> None:
    rule = "source/number-mismatch"
    assert_clean("Costs went from 12 euros to four times that.", rule, source="Les coûts sont passés de 12 à 48 euros.")
    assert_clean("Output saw a tenfold rise, to 30 tonnes.", rule, source="La production a été multipliée par 10, à 30 tonnes.")
    # a multiplier that does not give the missing figure: still lost
    got = findings("Costs went from 12 euros to four times that.", rule, source="Les coûts sont passés de 12 à 60 euros.")
    assert [f.message for f in got] == ["Number in the source missing from the translation: 60"]


def test_chinese_name_no_run_of_the_source_reads_is_flagged_whole() -> None:
    src = "杉杉创始人郑永刚周六去世，国政基金会顾问赵春山表示哀悼。"
    rule = "source/name-mismatch"
    assert_clean("Shanshan founder Zheng Yonggang died on Saturday; adviser Zhao Chun-shan mourned him.", rule,
                 source=src)
    got = assert_flags("Shanshan founder Yang Yonggang died on Saturday; adviser Zhao Chun-shan mourned him.", rule,
                       ["Yang Yonggang"], source=src)
    assert got[0].suggestions == ("Zheng Yonggang",) and "郑永刚" in got[0].message
    assert_flags("Shanshan founder Zheng Yonggang died on Saturday; adviser Liu Yi mourned him.", rule,
                 ["Liu Yi"], source=src)  # invented: neither surname nor given name in the source
    assert_flags("Shanshan founder Zheng Yonggang died on Saturday; adviser Yang Chun-shan mourned him.", rule,
                 ["Yang Chun-shan"], source=src)  # a hyphenated given name is read too


def test_names_that_are_not_pinyin_or_sources_that_are_not_chinese_stay_quiet() -> None:
    rule = "source/name-mismatch"
    zh = "岸田文雄和夏立言在长滩会见了马龙。"
    assert_clean("Fumio Kishida and Hsia Li-yen met Ma Long in Long Beach.", rule, source=zh)
    ja = "岸田文雄首相は北京で王毅外相と会談した。"  # Japanese: kanji are not read in pinyin for new findings
    assert_clean("Prime Minister Fumio Kishida met Foreign Minister Wang Yi in Beijing.", rule, source=ja)
    assert_clean("Prime Minister Fumio Kishida met Foreign Minister Liu Bei in Beijing.", rule, source=ja)


def test_chinese_direct_speech_without_marks_may_be_quoted() -> None:
    # a question followed by a verb of asking, or a verb of saying before a colon, is direct speech
    assert_clean("“Why does this flower do this,” I hear you ask.", "source/quote-count-mismatch",
                 source="为什么这朵花要这么做？我听到你们问。")
    assert_clean("The coach said: “We will win the next game.”", "source/quote-count-mismatch",
                 source="教练说：我们会赢下一场比赛。")
    # reported speech ("said that they would") is not quoted: marks there put words in his mouth
    assert_flags("The coach said “we will win the next game” on Monday.", "source/quote-count-mismatch",
                 ["“we will win the next game”"], source="教练周一说他们会赢下一场比赛。")
    # a question followed by a verb that is no saying ("知道", know) frames no speech
    assert_flags("“Why does this flower do this,” nobody knows.", "source/quote-count-mismatch",
                 ["“Why does this flower do this,”"], source="为什么这朵花要这么做？没人知道。")


def test_japanese_direct_speech_framed_by_a_verb_of_saying_may_be_quoted() -> None:
    assert_clean("The coach said: “We will win the next game.”", "source/quote-count-mismatch",
                 source="監督は言った：次の試合は私たちが勝ちます。")
    assert_flags("The coach said “we will win the next game” on Monday.", "source/quote-count-mismatch",
                 ["“we will win the next game”"],
                 source="監督は月曜日に次の試合は勝つと述べた。")



def test_a_gloss_in_its_own_script_after_a_name_is_quiet_but_a_bare_or_lowercase_led_one_is_not() -> None:
    text = ("Legislator Chen Chi-mai (陳其邁) opened the sitting, and Council Chairman Wang Yu-chi （王郁琦） spoke.\n\n"
            "The firm, 腾讯控股, declined to comment, and officials of (国务院) met.")
    assert_flags(text, "source/untranslated-text", ["腾讯控股", "国务院"])
