"""Names beyond the one-line examples: evidence, confidence, distinct people, the pack."""

from __future__ import annotations

import pytest

from mtqa import tagging
from mtqa.testing import assert_clean, assert_flags, findings

INCONSISTENT = "names/inconsistent-spelling"
KNOWN = "names/near-known-name"


def test_shared_first_name_is_strong_evidence() -> None:
    text = "Analyst Karen Whitfield said the deal was weak.\n\nKaren Whitfeld added that it could be saved."
    got = assert_flags(text, INCONSISTENT, ["Whitfeld"])
    assert got[0].suggestions == ("Whitfield",)
    assert got[0].confidence >= 0.9
    assert "first name" in got[0].message


def test_shared_title_is_evidence() -> None:
    text = "Gen. Paul Ostrowski spoke.\n\nGen. Ostrowsky later said more."
    got = assert_flags(text, INCONSISTENT, ["Ostrowsky"])
    assert 0.7 <= got[0].confidence < 0.9


def test_once_against_several_uses() -> None:
    text = ("Lawyer Nadia Kowalczyk filed the motion. Ms. Kowalczyk said it was urgent. "
            "The judge asked Ms. Kowalczik to wait. Kowalczyk agreed.")
    got = assert_flags(text, INCONSISTENT, ["Kowalczik"])
    assert got[0].suggestions == ("Kowalczyk",)


def test_every_occurrence_of_the_minority_spelling_is_flagged() -> None:
    text = ("Dr. Helen Marchetti led the study. Marchetti said it took years. Marchetti and her team "
            "published it. Dr. Helen Marchetty said more. Dr. Marchetty left.")
    assert_flags(text, INCONSISTENT, ["Marchetty", "Marchetty"])


def test_different_first_names_are_different_people() -> None:
    assert_clean("Justin Massie teaches in Montreal.\n\nVincent Massey was governor general.", INCONSISTENT)
    assert_clean("Kim Jong-un met Kim Jong-il's old generals.", INCONSISTENT)
    assert_clean("Tom Smith and Paul Smyth ran it. Mr. Smith said so.", INCONSISTENT)


def test_plurals_and_possessives_are_the_same_name() -> None:
    assert_clean("Ms. Jane Gagnon arrived. The Gagnons left. Gagnon's car was late. Ms. Gagnon’s aide came.", "names")


def test_lone_capitalised_words_are_not_people() -> None:
    # "Kurdish" and "Turkish" are not surnames; words with no title or first name are skipped.
    assert_clean("Kurdish and Turkish forces met. Turkish officials and Kurdish leaders spoke.", "names")


def test_near_known_name_with_title_evidence() -> None:
    text = "Iran's Supreme Leader Ali Khamenai said on Friday that the talks had failed."
    got = assert_flags(text, KNOWN, ["Khamenai"])
    assert got[0].suggestions == ("Khamenei",)
    assert got[0].confidence >= 0.9


def test_near_known_name_with_role_evidence() -> None:
    text = "The Joint Chiefs of Staff were told by Mark Millie that the army was ready."
    got = assert_flags(text, KNOWN, ["Millie"])
    assert 0.5 <= got[0].confidence < 0.9
    assert "chiefs" in got[0].message


def test_near_known_name_needs_evidence() -> None:
    # A Mark Millie in a story about a bakery is not the general.
    assert_clean("Bakery owner Mark Millie opened a second shop in Kingston.", KNOWN)


def test_known_people_and_their_exact_names_are_quiet() -> None:
    text = ("Prime Minister Justin Trudeau spoke with Gen. Mark Milley and Defence Minister Harjit Sajjan. "
            "Marc Miller and Mark Carney were there.")
    assert_clean(text, "names")


def test_clean_canadian_copy_is_quiet() -> None:
    text = (
        "OTTAWA — Finance Minister Chrystia Freeland tabled the budget on Tuesday, a day after Prime Minister "
        "Justin Trudeau shuffled his cabinet.\n\n"
        "Conservative Leader Pierre Poilievre called it reckless. \"This is a spending spree,\" Poilievre said. "
        "NDP Leader Jagmeet Singh said his party would study it.\n\n"
        "Economist Dominique Lapointe of Manulife said the deficit was larger than expected. Lapointe said "
        "rates would stay high. Desjardins economist Royce Mendes agreed with Lapointe.\n\n"
        "In Washington, U.S. Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo met "
        "Canadian officials. Yellen said trade talks would continue. Ms. Raimondo did not comment.\n\n"
        "Bank of Canada governor Tiff Macklem and senior deputy governor Carolyn Rogers spoke later. "
        "Macklem said inflation was easing; Rogers said so too. Paul Rogers, no relation, is a banker."
    )
    assert_clean(text, "names")


def test_user_pack_adds_a_person(tmp_path) -> None:
    from mtqa.engine import Checker

    (tmp_path / "names.toml").write_text(
        '[pack]\nid = "names"\nschema = 1\n\n[[person]]\nname = "Jane Rutherford"\n'
        'role = "mayor of Lakeview"\ntitles = ["Mayor"]\n',
        encoding="utf-8",
    )
    chk = Checker(select=[KNOWN], rules_dir=[str(tmp_path)], strict=True)
    got = chk.check("Mayor Jane Rutherfurd opened the bridge.").findings
    assert [f.text for f in got] == ["Rutherfurd"]
    assert got[0].suggestions == ("Rutherford",)


def test_seed_general_flagged_from_pack(seed_text: str) -> None:
    got = findings(seed_text, KNOWN)
    assert len(got) == 1
    assert got[0].suggestions == ("Milley",)
    assert findings(seed_text, INCONSISTENT) == []


def test_places_with_a_shared_adjective_are_not_people() -> None:
    assert_clean("Troops left Northern Iraq. Northern Iran was calm. Western Austria and Western Australia "
                 "were mentioned. Upper Canada and Lower Canada too.", "names")


def test_titled_surname_near_a_known_person() -> None:
    got = assert_flags("Prime Minister Trudaeu said on Monday that talks would go on.", KNOWN, ["Trudaeu"])
    assert got[0].suggestions == ("Trudeau",)
    # Generic titles say nothing about who is meant.
    assert_clean("Mr. Trudaeu, a local baker, said on Monday that talks would go on.", KNOWN)


def test_titled_surname_of_a_different_named_person_is_quiet() -> None:
    text = "Gen. Paul Milly commands the base.\n\nGen. Milly said the troops were safe."
    assert_clean(text, KNOWN)


# Clean Canadian copy written for these tests: relatives with one surname, two Campbells,
# hyphenated surnames, places with St./Ste., ranks in CP style, a team captain.
CLEAN_STORY = "\n\n".join([
    ('TORONTO — Ontario Premier Doug Ford said Tuesday that his government would not reopen the deal, a '
     "week after his late brother Rob Ford's former chief of staff criticized it."),
    ('Ford told reporters at Queen\'s Park that the agreement was "the best deal in the country." NDP '
     'Leader Marit Stiles said the premier was wrong. Liberal Leader Bonnie Crombie agreed with Stiles.'),
    ("In Sault Ste. Marie, Ont., Mayor Matthew Shoemaker said the city would go ahead. St. John's, N.L., "
     'and Sainte-Anne-des-Monts, Que., have similar plans. Lt.-Gov. Edith Dumont signed the order.'),
    ('Former prime minister Kim Campbell and former B.C. premier Gordon Campbell both spoke at the event. '
     "Pierre Elliott Trudeau's son, Prime Minister Justin Trudeau, did not attend. Trudeau was in "
     'Montreal.'),
    ('U.S. Rep. Nancy Mace and Sen. Lindsey Graham wrote to the State Department. Gov. Gen. Mary Simon '
     'hosted the ceremony at Rideau Hall, where Cpl. Lee Tran, Master Cpl. Dana Hurst and Warrant Officer '
     'Ray Cloutier received medals. Chief Warrant Officer Bob McCann read the citations.'),
    ("The commander of Canadian Joint Operations Command, Vice-Adm. Bob Auchterlonie, said the navy's new "
     'ships would arrive late. Rear-Adm. Christopher Robinson, commander of the Pacific fleet, said HMCS '
     'Vancouver would sail. Lt.-Gen. Jocelyn Paul and Maj.-Gen. Peter Scott were also there.'),
    ('Mr. Justice David Brown of the Ontario Superior Court said the case was urgent. Dr. Kieran Moore, '
     "the province's chief medical officer of health, and Prof. Nathalie Des Rosiers spoke next. Rev. "
     'Susan Johnson said a prayer.'),
    ('Hockey: Captain Auston Matthews and William Nylander scored for the Toronto Maple Leafs, and the '
     'Ottawa Senators\' Brady Tkachuk had two assists. Matthews said the team was "finally rolling." Head '
     'coach Craig Berube agreed.'),
    ("The Hudson's Bay Co. said it would close 74 stores. Co-founder and chief executive Jane Smith-Jones "
     'said the move was painful. Ex-CEO Richard Baker declined to comment. Pro-Palestinian Protesters '
     'gathered outside.'),
    ('Statistics Canada said the economy grew 0.3 per cent in May. Bank of Canada Governor Tiff Macklem '
     "said rates would stay put. BMO chief economist Douglas Porter and CIBC's Avery Shenfeld disagreed. "
     'Porter said inflation had peaked; Shenfeld said it had not.'),
    ('No. 1 seed Leylah Fernandez beat No. 4 Bianca Andreescu in Montreal. Fernandez, of Laval, Que., said'
     ' Andreescu had played well. Felix Auger-Aliassime withdrew.'),
    ('Conservative MP Michael Chong (Wellington—Halton Hills, Ont.) said China had targeted him. Chong '
     'said the Liberals knew. Public Safety Minister Dominic LeBlanc said they did not. Sen. Peter Harder '
     'said the committee would meet. Independent Sen. Marc Gold disagreed with Harder.'),
])


def test_long_clean_story_is_quiet_for_titles_and_names() -> None:
    assert_clean(CLEAN_STORY, ("titles", "names"))


def test_one_finding_per_misspelling_when_the_story_spells_it_right_elsewhere() -> None:
    text = "Gen. Mark Milley spoke.\n\nMark Milley said more.\n\nGen. Mark Millie left."
    got = findings(text, "names")
    assert [(f.rule_id, f.text) for f in got] == [(INCONSISTENT, "Millie")]


def test_titled_surname_spelt_right_elsewhere_is_left_to_inconsistent_spelling() -> None:
    text = "Gen. Milley spoke.\n\nGen. Milley said more.\n\nGen. Millie left."
    got = findings(text, "names")
    assert [(f.rule_id, f.text) for f in got] == [(INCONSISTENT, "Millie")]


def test_surname_with_title_spelt_another_way_once() -> None:
    text = ("Political scientist Julien Chassé teaches in Quebec City. Prof. Chassé said the mission "
            "would end.\n\nProf. Chasset said the government should wait.\n\nChassé added that it was risky.")
    got = assert_flags(text, INCONSISTENT, ["Chasset"])
    assert got[0].suggestions == ("Chassé",)
    assert got[0].confidence == 0.75


def test_headings_of_nouns_are_not_people() -> None:
    assert_clean("Financial Contributions\n\nFinancial Contributors are thanked below.", "names")


# ---- accents and official forms -------------------------------------------------------

ACCENTS = "names/accent-variants"
OFFICIAL = "names/official-name-form"
GIVEN = "names/given-name-accent"


def test_accent_less_occurrences_are_flagged_with_the_accented_form() -> None:
    text = "Hélène Bérubé spoke.\n\nBerube said more. Ms. Bérubé left, and Berube returned."
    got = assert_flags(text, ACCENTS, ["Berube", "Berube"])
    assert got[0].suggestions == ("Bérubé",)
    assert "2×" in got[0].message


def test_english_forms_of_quebec_names_are_not_variants() -> None:
    assert_clean("The Parti Québécois won in Québec and Montréal, Quebec; Montreal voted too.", ACCENTS)


def test_one_finding_per_span_across_the_accent_rules() -> None:
    # "Francois" is written "François" elsewhere: the variant rule reports it, not the given-name rule.
    text = "François Roy spoke. Later Francois Roy left."
    assert_flags(text, ("names/accent-variants", "names/given-name-accent"), ["Francois"])


def test_official_names_keep_their_accents_and_capitals() -> None:
    text = "The Bloc Quebecois and the Parti Québécois met at Universite Laval in Levis, Quebec."
    got = assert_flags(text, OFFICIAL, ["Bloc Quebecois", "Universite Laval", "Levis"])
    assert [f.suggestions[0] for f in got] == ["Bloc Québécois", "Université Laval", "Lévis"]
    assert all(f.confidence == 0.7 for f in got)


def test_a_misspelt_official_name_keeps_its_shape() -> None:
    got = assert_flags("Power came back from Hydra-Québec and the capitale-nationale.", OFFICIAL,
                       ["Hydra-Québec", "capitale-nationale"])
    assert "misspelling" in got[0].message and "capital" in got[1].message
    assert_clean("Per-capita national income and the national capital grew.", OFFICIAL)


def test_official_name_hits_do_not_depend_on_the_words_seen_before() -> None:
    # OfficialNames remembers, per word, the names it may start: a word first seen alone must
    # still start a name later, and a misspelt first word ("Hydra") still finds its name.
    from mtqa.accents import OfficialNames

    def official() -> OfficialNames:
        return OfficialNames([("Hydro-Québec", "company"), ("Bloc Québécois", "party"), ("Lévis", "place")], [])

    texts = ["Hydra and Bloc and Levis are words.", "Power came back from Hydra-Québec.",
             "The Bloc Quebecois met.", "Levis and Universite."]
    seen = official()
    for text in texts:
        list(seen.finditer(text))
    once_each = official()
    got = [[text[h.start:h.end] for h in seen.finditer(text)] for text in texts]
    assert got == [[text[h.start:h.end] for h in once_each.finditer(text)] for text in texts]
    assert got == [["Levis"], ["Hydra-Québec"], ["Bloc Quebecois"], ["Levis"]]


def test_one_word_places_need_a_story_about_quebec() -> None:
    assert_clean("Sam Levis scored twice for the Kentucky side.", OFFICIAL)
    assert_flags("Sam Levis scored twice for the Quebec side.", OFFICIAL, ["Levis"])


def test_french_only_given_names_are_flagged_twins_need_accents_in_the_story() -> None:
    got = assert_flags("Premier Francois Simard and Benoit Caron spoke.", GIVEN, ["Francois", "Benoit"])
    assert got[0].confidence == 0.6
    assert_clean("Andre Smith and Eric Jones spoke in Toronto.", GIVEN)
    got = assert_flags("Andre Smith spoke in Trois-Rivières with Hélène Caron.", GIVEN, ["Andre"])
    assert got[0].confidence < 0.5  # shown, not scored: the person may be an Andre


def test_lone_surname_one_letter_off_a_known_premier() -> None:
    text = "The premier of Quebec spoke. Mr. Legaulx said the tramway would go ahead. Legaulx left."
    got = assert_flags(text, KNOWN, ["Legaulx", "Legaulx"])
    assert got[0].suggestions == ("Legault",) and got[0].confidence == 0.6
    # Without the person's role in the story, or with the name spelt right somewhere, nothing.
    assert_clean("Mr. Legaulx opened a bakery in Lyon.", KNOWN)
    assert_clean("Premier Legault of Quebec met Mr. Legaulx, a baker.", KNOWN)


def test_an_english_word_before_government_near_a_leader_name() -> None:
    text = "The premier of Quebec spoke in Lévis. Ministers of the Legaul government agreed, said Legaul."
    assert_flags(text, KNOWN, ["Legaul", "Legaul"])
    # An English word counts only before "government", and only near a leader the story is about.
    text = "The secretary of state spoke. The Blinked government fell. Blinked, he left."
    assert_flags(text, KNOWN, ["Blinked"])
    assert_clean("The Liberal government and the federal government of Canada agreed.", KNOWN)


def test_a_place_named_after_a_person_keeps_its_english_form() -> None:
    rule = "names/given-name-accent"
    assert_clean("Police were called to Emilie-Gamelin Park in Montreal; Geneviève Côté spoke.", rule)
    assert_flags("Police met Emilie Gamelin in Montreal; Geneviève Côté spoke.", rule, ["Emilie"])


def test_a_given_name_translated_into_its_english_twin() -> None:
    rule = "names/translated-given-name"
    got = assert_flags("Labour Minister Jean Boulet spoke.\n\nJohn Boulet said the plan would work.", rule, ["John"])
    assert got[0].suggestions == ("Jean",)
    assert_clean("John Smith and his brother Peter Smith met Jean Roy.", rule)
    assert_clean("Jean Roy spoke first; later, his son John Roy, a lawyer, spoke.", rule)


def test_a_named_persons_surname_in_lowercase() -> None:
    rule = "names/lowercase-name"
    assert_flags("Premier François Legault spoke. legault said the plan would work.", rule, ["legault"])
    assert_clean("Finance Minister Lisa Price said prices rose; Neil Young was young once.", rule)
    assert_clean("Jane Roy wrote to roy@example.ca.", rule)


def test_french_monsieur_before_a_surname() -> None:
    rule = "names/french-honorific"
    assert_flags("Premier François Legault spoke. M. Legault said no.", rule, ["M."])
    assert_clean("Economist Marc Roy spoke; M. Roy said no. M. Night Shyamalan called.", rule)


def test_lone_variant_of_a_named_persons_surname() -> None:
    text = ("Councillor Marta Szczepanik opened the meeting. Szczepanik read the motion.\n\n"
            "Critics said Szczepanek had no plan; Szczepanik disagreed.")
    got = assert_flags(text, INCONSISTENT, ["Szczepanek"])
    assert got[0].suggestions == ("Szczepanik",)
    assert got[0].confidence < 0.6


def test_lone_variant_needs_the_surname_twice_as_often() -> None:
    text = "Councillor Marta Szczepanik opened the meeting.\n\nCritics said Szczepanek had no plan."
    assert_clean(text, INCONSISTENT)


def test_lone_variant_spares_names_words_and_derived_forms() -> None:
    text = ("Councillor Marta Szczepanik opened the meeting. Szczepanik read the motion.\n\n"
            "Szczepanek Hall, Szczepaniks and #Szczepanek were named, and Ada Szczepanek spoke. Szczepanik won.")
    assert_clean(text, INCONSISTENT)


@pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)
def test_surname_in_lowercase_after_a_given_name() -> None:
    got = assert_flags("Their lawyer, Carlos hernandez, filed the appeal.", "names/lowercase-name", ["hernandez"])
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "Hernandez"
    assert_clean("Their lawyer, Carlos Hernandez, filed the appeal; the Alberta roadmap and Carlos timeline went on.",
                 "names/lowercase-name")


def test_given_name_spelt_two_ways_before_one_surname() -> None:
    text = "Deputy Dmitry Karpenko spoke.\n\nDmitry Karpenko left, and Dmitri Karpenko said so later."
    got = assert_flags(text, INCONSISTENT, ["Dmitri"])
    assert got[0].suggestions == ("Dmitry",)
    assert_clean("Daniel Karpenko and his daughter Danielle Karpenko spoke.\n\nDaniel Karpenko said so; "
                 "Zoé Karpenko and Zoe Karpenko left.", INCONSISTENT)


def test_given_name_variants_before_a_common_word_are_left_alone() -> None:
    assert_clean("Shares of Lianhua Holdings fell.\n\nLianhwa Holdings said profits rose.", INCONSISTENT)


@pytest.mark.skipif(not tagging.available(), reason=tagging.MISSING)
def test_a_genus_as_a_plants_common_name_is_no_name_in_lowercase() -> None:
    rule = "names/lowercase-name"
    assert_clean("This is the alocasia plant, Alocasia, which flies pollinate.", rule)
    assert_clean("Bees visit Plumeria; the plumeria flowers and a hibiscus bush, Hibiscus, beside them.", rule)
    # a town's name before "plant" (a factory), or a Latin-looking name before any other noun, is a name
    assert_flags("Jobs went to Samara.\n\nThe samara plant closed.", rule, ["samara"])
    assert_flags("Jobs went to Tarragonia.\n\nThe tarragonia airport opened.", rule, ["tarragonia"])
