"""One person named two ways, and near-misses of well-known names (mtqa.rules.names.misspelt_names):
evidence, confidence, distinct people, the pack."""

from __future__ import annotations

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


def test_a_word_longer_than_every_known_surname_builds_no_deletions(monkeypatch) -> None:
    """Stop 46 (rule_growth.py --rule names): a pasted run of letters with no space is one word,
    and its one-letter deletions cost its length squared (64k characters: 5.5 s). A word two
    letters longer than every known surname of its letter is no near miss of one: none are made."""
    from mtqa.rules.names import known_index

    real = known_index._deletions
    asked: list[int] = []

    def deletions(word: str) -> set[str]:
        asked.append(len(word))
        assert len(word) <= 64, "the deletions of a word no known surname can be near"
        return real(word)

    monkeypatch.setattr(known_index, "_deletions", deletions)
    assert_clean("Lead. " + "AndFirmFirmFirm" * 2_000 + " met on Tuesday.", KNOWN)
    # a word of a known surname's length is still looked up, and its near miss found
    text = "The Joint Chiefs of Staff were told by Mark Millie that the army was ready."
    assert_flags(text, KNOWN, ["Millie"])
    assert asked and all(n <= 64 for n in asked)
