"""Titles and ranks beyond the one-line examples: garbles of many ranks, styles, context."""

from __future__ import annotations

import pytest

from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

GARBLED = "titles/garbled-abbreviation"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Lt.-Pass.", "Lt.-Col."),  # "col" read as a mountain pass
        ("Lt.-Collar.", "Lt.-Col."),
        ("Lieut.-Coll.", "Lt.-Col."),
        ("Brig.-Kind.", "Brig.-Gen."),  # "Gén." read as a kind
        ("Brick-Gen.", "Brig.-Gen."),
        ("Lt.-Gem.", "Lt.-Gen."),
        ("Mag.-Gene.", "Maj.-Gen."),
        ("Mj.-Gen", "Maj.-Gen."),  # letters lost
        ("Lt.-Cmd.", "Lt.-Cmdr."),
        ("Vice-Adm", "Vice-Adm."),
        ("Major-Gen.", "Maj.-Gen."),  # half spelled out
        ("Maj.-General", "Maj.-Gen."),
        ("Mai.-Gen.", "Maj.-Gen."),  # French "mai"
        ("Brigade-Gen.", "Brig.-Gen."),
        ("Lt.-Genre.", "Lt.-Gen."),
    ],
)
def test_garbled_forms_of_many_ranks(token: str, expected: str) -> None:
    text = f"The task force, commanded by {token} Anne Marchand, left Halifax on Monday."
    got = findings(text, GARBLED)
    if token == "Vice-Adm":
        # A real rank without its final period is a style matter, not a garble.
        assert got == []
        assert_flags(text, "titles/non-cp-rank", ["Vice-Adm"])
        return
    assert [f.text for f in got] == [token]
    assert expected in got[0].suggestions, got[0].suggestions
    assert got[0].fix is not None and got[0].fix.applicability.value == "display-only"


def test_garbled_sentence_initial_before_full_name() -> None:
    got = assert_flags("Lt.-Neck. Paul Harris spoke first.\n\nHe left.", GARBLED, ["Lt.-Neck."])
    assert got[0].suggestions[0] == "Lt.-Col."
    assert "Neck" in got[0].message and "translation" in got[0].message


def test_garbled_message_gives_reason_per_part() -> None:
    got = assert_flags("It was led by Brig.-Gene. Alain Tremblay.", GARBLED, ["Brig.-Gene."])
    assert "“Brig” ≈ “Brig” (same)" in got[0].message
    assert "“Gene” ≈ “Gen”" in got[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Pro-democracy Leader Joshua Wong spoke to reporters.",
        "Ex-premier Brian Pallister said nothing.",
        "Co-founder Stewart Butterfield left in 2022.",
        "The delegates came from Guinea-Bissau. Umaro Embalo greeted them.",
        "She moved to Baden-Baden. Klaus Weber joined her later.",
        "The event was set for early May. Jane Doe said she would attend.",
        "They met in Mali. Amadou Diallo was there.",
        "Prime Minister Justin Trudeau met Defence Minister Anita Anand.",
        "Professor Jocelyn Maclure teaches at McGill University.",
        "Col. Chris Hadfield and Lt.-Col. Jeremy Hansen spoke.",
        "Mr. Ruff, Ms. Dancho and Dr. Theresa Tam were there.",
        "U.S. Defense Secretary Mark Esper spoke on Jan. 6.",
        "The co-op. Mary Smith runs it.",
        "Follow-up. Mary Smith will report.",
    ],
)
def test_quiet_on_real_titles_and_look_alikes(text: str) -> None:
    assert_clean(text, "titles")


def test_clean_canadian_copy_is_quiet() -> None:
    text = (
        "OTTAWA — Maj.-Gen. Dany Fortin will lead the vaccine rollout, Prime Minister Justin Trudeau "
        "said Tuesday.\n\n"
        "Fortin, a former commander of the NATO training mission in Iraq, will work with Dr. Theresa Tam, "
        "the chief public health officer. Lt.-Gen. Frances Allen, the vice chief of the defence staff, "
        "said the military was ready.\n\n"
        "Conservative defence critic James Bezan said the government had waited too long. "
        "\"We need a plan,\" Bezan said.\n\n"
        "Earlier this year, Gen. Jonathan Vance retired after five years as chief of the defence staff. "
        "Rear-Adm. Brian Santarpia and Master Cpl. Kim Roy were also named. Vice-Adm. Art McDonald "
        "was sworn in. Sgt. Ali Khan and Pte. Lucy Moore received medals.\n\n"
        "Ex-chief Vance later faced questions. Co-chair Anne Lee and Pro-choice Leader Pat Cole disagreed.\n\n"
        "The secretary general, Jens Stoltenberg, spoke after NATO Secretary General Jens Stoltenberg "
        "met Gov. Gen. Mary Simon and Attorney General David Lametti."
    )
    assert_clean(text, "titles")


def test_mixed_story_in_canadian_copy_prefers_cp_form_even_in_minority() -> None:
    text = "LCol Ann Ray spoke first.\n\nLater LCol Bo Li said more.\n\nLt.-Col. Ray left."
    got = assert_flags(text, "titles", ["LCol", "LCol"])
    assert {f.rule_id for f in got} == {"titles/mixed-rank-styles"}
    assert got[0].suggestions == ("Lt.-Col.",)
    assert not got[0].fix_safe  # letters change


def test_mixed_styles_in_us_copy_follow_the_majority() -> None:
    text = "Lt. Col. Ann Ray spoke.\n\nLt.-Col. Bo Li spoke.\n\nLt. Col. Ray left. Maj. Gen. Al Fox came."
    got = assert_flags(text, "titles", ["Lt.-Col."], locale="en-US")
    assert got[0].suggestions == ("Lt. Col.",) and got[0].fix_safe


def test_consistent_non_cp_story_reported_once_per_use() -> None:
    text = "LCol Ann Ray spoke.\n\nLCol Bo Li spoke."
    got = assert_flags(text, "titles", ["LCol", "LCol"])
    assert {f.rule_id for f in got} == {"titles/non-cp-rank"}


def test_non_cp_rank_punctuation_fix_is_safe_and_idempotent() -> None:
    from mtqa.testing import checker

    chk = checker("titles/non-cp-rank")
    report = chk.check("It was confirmed by Lt. Col. Ann Ray and Maj-Gen. Bo Li on Monday.")
    assert [f.text for f in report.findings] == ["Lt. Col.", "Maj-Gen."]
    assert all(f.fix_safe for f in report.findings)
    fixed = report.fixed_text()
    assert fixed == "It was confirmed by Lt.-Col. Ann Ray and Maj.-Gen. Bo Li on Monday."
    assert chk.check(fixed).findings == []


def test_non_cp_rank_only_in_canadian_copy() -> None:
    text = "It was confirmed by Lt. Col. Ann Ray on Monday."
    assert_clean(text, "titles/non-cp-rank", locale="en-US")


def test_spelled_out_rank_needs_full_name_and_skips_compound_titles() -> None:
    assert_flags("Lieutenant-General Frances Allen spoke.", "titles/spelled-out-rank", ["Lieutenant-General"], style="cp")
    assert_clean("Lieutenant-General Frances Allen spoke.", "titles/spelled-out-rank")  # the official form: a house style
    assert_flags("Lieutenant General Frances Allen spoke.", "titles/spelled-out-rank", ["Lieutenant General"])
    assert_clean("Lieutenant-General Allen spoke.", "titles/spelled-out-rank", style="cp")
    assert_clean("Attorney General David Lametti and Secretary General Jens Stoltenberg spoke.", "titles")
    assert_clean("Governor General Mary Simon spoke.", "titles")


def test_spelled_out_role_words_only_in_military_stories() -> None:
    assert_clean("Captain Auston Matthews scored twice for the Leafs.", "titles/spelled-out-rank", style="cp")
    got = findings("Commander Jill Marrack took HMCS Ottawa to sea.", "titles/spelled-out-rank", style="cp")
    assert [(f.text, f.suggestions) for f in got] == [("Commander", ("Cmdr.",))]


def test_untranslated_french_forms() -> None:
    text = "La promotion de Mgén Jean Roy et de Pr Luc Massé a été annoncée; Mlle Ève Roy était là."
    got = findings(text, "titles/untranslated-title")
    assert [f.text for f in got] == ["Mgén", "Pr", "Mlle"]
    assert got[0].suggestions == ("Maj.-Gen.",)


def test_untranslated_leaves_initials_and_first_names_alone() -> None:
    assert_clean("J. M. Coetzee and Cam Newton met M. Night Shyamalan.", "titles")


def test_calque_lowercase_common_noun_is_quiet_but_unambiguous_calque_fires() -> None:
    assert_clean("The frigate captain Paul said no.", "titles/rank-calque")
    assert_flags("The counter-admiral spoke first.", "titles/rank-calque", ["counter-admiral"])


def test_wrong_case_quiet_in_all_caps_headline() -> None:
    assert_clean("MAJ.-GEN. DANY ROY NAMED TO LEAD ROLLOUT", "titles")


def test_adversarial_inputs_return_sound_findings() -> None:
    from mtqa.testing import checker

    chk = checker("titles")
    nasty = ("Lt.-Col.-Gen.-Maj. " * 2000) + ("A-B-C-D. " * 2000) + ("Xx.-Yy. Aa Bb " * 2000) + "." * 5000
    # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("ranks", "capitals")
    assert_spans_sound(returns(chk.check, nasty), nasty)


def test_user_pack_can_add_a_calque(tmp_path) -> None:
    from mtqa.engine import Checker

    (tmp_path / "ranks.toml").write_text(
        '[pack]\nid = "ranks"\nschema = 1\n\n[[calque]]\nbad = "Ship Master"\ngood = "Captain (N)"\n',
        encoding="utf-8",
    )
    chk = Checker(select=["titles/rank-calque"], rules_dir=[str(tmp_path)], strict=True)
    got = chk.check("The Ship Master gave the order.").findings
    assert [f.text for f in got] == ["Ship Master"]


def test_spelled_out_rank_inside_a_quote_is_quiet() -> None:
    assert_clean("“I served under General Rick Hillier for years,” she said.", "titles/spelled-out-rank", style="cp")
    assert_flags("General Rick Hillier, she said, served for years.", "titles/spelled-out-rank", ["General"], style="cp")


def test_other_real_hyphenated_abbreviations_are_not_garbled() -> None:
    assert_clean("The bill was signed by Lt.-Gov. Elizabeth Dowdeswell and Cst. Ray Lee.", "titles")


def test_calque_words_in_ordinary_english_are_quiet() -> None:
    text = ("She finished her first master's degree in 2010. The division general manager, Paul Roy, "
            "and the brigade general staff met.")
    assert_clean(text, "titles/rank-calque")


CLEAN_NEWS = [
    # Defence
    "HALIFAX — Rear-Adm. Brian Santarpia, commander of Maritime Forces Atlantic, said HMCS Halifax "
    "would sail on Monday. Cmdr. Sarah Kavanagh, the ship's captain, said the crew was ready. "
    "The navy's top commander, Vice-Adm. Angus Topshee, did not attend.",
    "Chief Warrant Officer Bob McCann and Warrant Officer Lisa Kent laid a wreath. Sgt. Ali Khan, "
    "Cpl. Maya Singh and Pte. Owen Clarke were among the 40 soldiers honoured. Brig.-Gen. Simon Bernard "
    "presented the medals. Capt. (N) Jill Marrack and Lt.-Cmdr. Ryan Ward watched from the jetty.",
    # Politics
    "Prime Minister Justin Trudeau told reporters in Ottawa that Defence Minister Bill Blair would "
    "travel to Latvia. Conservative Leader Pierre Poilievre said the trip was overdue. Sen. Marc Gold, "
    "the government's representative in the Senate, said the bill would pass. Rev. Jane Doe prayed.",
    "Ex-minister Catherine McKenna, co-chair Mark Carney and Vice-chair Anne Lee spoke. "
    "Anti-war Activist Tom Bell disagreed. Non-profit Director Sue Lin said little.",
    # Sports and business
    "Captain Connor McDavid scored twice as the Edmonton Oilers beat the Calgary Flames 4-2. "
    "Head coach Kris Knoblauch said the team was improving. General manager Ken Holland agreed.",
    "General Motors Canada will build the vans in Ingersoll, Ont. Major League Baseball's Toronto "
    "Blue Jays hired Private Equity Partner Jane Wu. The Major Crimes Unit of the Ottawa Police Service "
    "charged a man on Tuesday. The event was in mid-May. Jane Doe said she would run in St.-Jean.",
]


@pytest.mark.parametrize("text", CLEAN_NEWS)
def test_clean_news_paragraphs_are_quiet(text: str) -> None:
    got = [f for f in findings(text, "titles") if f.scored]
    assert got == [], [(f.rule_id, f.text) for f in got]


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion", "rule_id"),
    [
        ("It was led by Maj. -Gen. Ann Roy.", "Maj. -Gen.", "Maj.-Gen.", "titles/non-cp-rank"),
        ("It was led by Maj.-gen. Ann Roy.", "Maj.-gen.", "Maj.-Gen.", "titles/wrong-case"),
        ("It was led by Major General Ann Roy.", "Major General", "Maj.-Gen.", "titles/spelled-out-rank"),
        ("It was led by Maj.Gen. Ann Roy.", "Maj.Gen.", "Maj.-Gen.", "titles/non-cp-rank"),
    ],
)
def test_what_engines_do_to_a_rank_is_caught_by_one_rule(text, flagged, suggestion, rule_id) -> None:
    got = findings(text, "titles")
    assert [(f.rule_id, f.text) for f in got] == [(rule_id, flagged)]
    assert suggestion in got[0].suggestions


def test_seed_garbled_rank_before_the_general_is_flagged(seed_text: str) -> None:
    got = findings(seed_text, GARBLED)
    before_name = [f for f in got if seed_text[f.span.end:].startswith(" Dany Fortin")]
    assert len(before_name) == 1
    assert "Maj.-Gen." in before_name[0].suggestions
    assert len(got) == 1  # nothing else in the story looks like a garbled title


def test_seed_has_no_wrong_style_findings_on_real_titles(seed_text: str) -> None:
    for f in findings(seed_text, "titles"):
        assert f.text not in ("Prof.", "Mr.", "Mr", "Gen."), f


def test_compact_caf_forms_in_the_wrong_case_are_style_findings() -> None:
    got = assert_flags("It was led by Lcol Ann Roy and MGEN Bo Li.", "titles", ["Lcol", "MGEN"])
    assert [f.suggestions for f in got] == [("Lt.-Col.",), ("Maj.-Gen.",)]
    assert not any(f.fix_safe for f in got)


def test_long_runs_of_capitals_and_hyphens_return_sound_findings() -> None:
    from mtqa.testing import checker

    chk = checker(("titles", "names"))
    nasty = "Aa " * 20000 + "-" * 20000 + " Lt.-" * 5000 + "“" * 5000 + "Xx-Yy-Zz." * 3000
    # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("capitals", "hyphens", "quotes")
    assert_spans_sound(returns(chk.check, nasty), nasty)


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _ALPHABET = st.sampled_from(
        ["Lt.", "-", "Col.", "Maj.", "Gen.", " ", "  ", "\n\n", "May", "Ann", "Roy", "“", "”", ".", ",", "LCol",
         "Mme", "Counter-Admiral", "General", "Mark", "Milley", "Millie", "Gen", "é", "A", "b", "Mj.", "(N)"]
    )

    @settings(max_examples=150, deadline=None)
    @given(st.lists(_ALPHABET, max_size=40).map("".join))
    def test_random_text_never_breaks_and_safe_fixes_are_idempotent(text: str) -> None:
        from mtqa.testing import checker

        chk = checker(("titles", "names"))
        report = chk.check(text)
        for f in report.findings:
            assert 0 <= f.span.start < f.span.end <= len(text)
        fixed = report.fixed_text()
        assert chk.check(fixed).fixed_text() == fixed


def test_machine_translated_story_each_artifact_once() -> None:
    text = (
        "The new commander of the task force, Brick-Gene. Sylvie Marchand, arrived in Riga on Monday.\n\n"
        "She replaces Frigate Captain Paul Roy, who led the ship for two years. Counter-admiral Josée Kurtz "
        "thanked him.\n\n"
        "LCol Alain Gagnon said the soldiers were ready. Mme Joly, the minister, agreed.\n\n"
        "Mister Gagnon added that the mission would last until 2026. Lt.-Col. Alain Gagnon spoke last."
    )
    got = findings(text, "titles")
    assert [(f.rule_id, f.text) for f in got] == [
        ("titles/garbled-abbreviation", "Brick-Gene."),
        ("titles/rank-calque", "Frigate Captain"),
        ("titles/rank-calque", "Counter-admiral"),
        ("titles/mixed-rank-styles", "LCol"),
        ("titles/untranslated-title", "Mme"),
        ("titles/spelled-out-honorific", "Mister"),
    ]
    assert got[0].suggestions[0] == "Brig.-Gen."


def test_dashes_in_ranks() -> None:
    got = assert_flags("It was led by Lt.–Col. Ann Roy.", "titles", ["Lt.–Col."])
    assert got[0].rule_id == "titles/non-cp-rank" and got[0].fix_safe
    got = assert_flags("It was led by Lt.–Neck. Ann Roy.", "titles", ["Lt.–Neck."])
    assert got[0].suggestions[0] == "Lt.-Col."


def test_half_spelled_out_rank_is_one_finding() -> None:
    got = assert_flags("It was led by Maj. General Ann Roy.", "titles", ["Maj. General"])
    assert got[0].suggestions == ("Maj.-Gen.",) and not got[0].fix_safe


def test_title_slots_do_not_depend_on_the_chunks_seen_before() -> None:
    # title_slots remembers which chunks can start a slot: the slots of a paragraph must be
    # the same whichever paragraphs were read before, on a fresh or a used pack.
    from mtqa import Checker
    from mtqa.rules.titles.analysis import title_slots
    from mtqa.text.sieve import Sieve
    from mtqa.document import Document

    data = Checker(languagetool="off").packs.compiled("ranks")
    texts = ["He met the General. Lt.-Gen. Marie Roy spoke.", "General Jonathan Vance and Maj.-General Roy left.",
             "“Gen. Roy was there,” he said. Prof. Anne Ng agreed.", "Mr Roy and Capt. Ng; (Cmdr. Lee) spoke."]

    def slots() -> list[list[tuple[int, int, str]]]:
        return [[(s.start, s.end, s.kind) for s in title_slots(par, data)]
                for text in texts for par in Document(text).paragraphs]

    data.slot_starts, data.memo = Sieve(), {}
    first = slots()
    texts.reverse()
    data.slot_starts, data.memo = Sieve(), {}
    again = slots()
    again.reverse()
    assert first == again
    assert first[0] == [(20, 28, "cp")]  # "Lt.-Gen.", not the sentence-final "General."
    assert all(first)
