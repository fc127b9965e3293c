"""Institutions beyond the one-line examples: story context, earlier mentions, people, locales."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = (ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")

CLEAN_CANADIAN = """\
OTTAWA — The federal government will keep about 500 Canadian Armed Forces members in the Middle East \
while the NATO training mission in Iraq is on hold, Defence Minister Anita Roy said Tuesday.

Roy (Oakville East, Ont.) told reporters that the Department of National Defence is reviewing the \
security of every base where Canadians serve. Chief of the Defence Staff Gen. Marc Dubé said all \
personnel were safe and accounted for.

In Washington, U.S. Defense Secretary Mark Lowell said the Pentagon had no plans to withdraw. The \
Department of Defense later confirmed that two bases had been hit. NORAD was not involved.

Conservative defence critic Paul Lemieux (Beauce, Que.) asked the Public Safety minister to brief the \
House of Commons. The RCMP and CSIS declined to comment. A fellow at the Centre for International \
Policy Studies at the University of Ottawa said Canada's options were limited.

Ken Ito, a senior fellow at the Center for Strategic and International Studies in Washington, said the \
U.S. Department of Homeland Security had raised its threat level. "Labour unions are worried," he said, \
quoting the U.S. Department of Labor.
"""

CLEAN_BORDER = """\
WINNIPEG — Canadian farmers near the Minnesota border say Border Patrol agents have stepped up checks since the spring.

The Department of Homeland Security said in a statement that the changes were routine. Homeland Security Secretary Dana Kirk visited the crossing at Pembina last week.

Public Safety Minister Omar Haddad (Ajax, Ont.) said Canada had been told in advance. The Canada Border Services Agency said wait times had not changed.

Conservative public safety critic Leah Brandt (Provencher, Man.) said Ottawa should press Washington for answers. Her office said she would raise it in question period.

The Foreign Ministry in Beijing, meanwhile, summoned Canada's ambassador over the sanctions. China's Ministry of Public Security did not respond.

The Centre for Defence and Security Studies at the University of Manitoba hosted a panel on Arctic sovereignty, where a former chief of the defence staff spoke about NORAD modernization.

A favourable ruling from the Supreme Court of Canada last year gave the province more room to manoeuvre, said a labour lawyer who works with the Manitoba Federation of Labour.

Statistics Canada said the jobless rate fell to 5.9 per cent in October, while the U.S. Labor Department reported slower hiring south of the border.
"""


# ---- the seed -------------------------------------------------------------------------


def test_seed_acceptance_flagged() -> None:
    got = findings(SEED, "institutions")
    texts = [f.text for f in got]

    def hit(expected: str) -> bool:
        # a finding overlapping the expected phrase, at that phrase's own place in the story
        at = SEED.index(expected)
        return any(f.span.start < at + len(expected) and at < f.span.end for f in got)

    for expected in ("The Department of Homeland Security will not confirm", "Chief of Defense Staff",
                     "Defense Minister Harjit Sajjan", "International Policy and Defense"):
        assert hit(expected), (expected, texts)
    assert len(got) == 4, texts


def test_seed_acceptance_not_flagged() -> None:
    got = findings(SEED, ("institutions", "spelling"))
    for phrase in ("Defense Secretary Mark Esper", "US Department of Defense confirming", "the Pentagon", "NORAD",
                   "US Department of Homeland Security"):
        at = SEED.find(phrase)
        if at < 0:
            continue
        assert not any(f.span.start < at + len(phrase) and at < f.span.end for f in got), phrase
    dhs = [f for f in got if f.rule_id == "institutions/foreign-institution"]
    assert len(dhs) == 1 and dhs[0].span.start < SEED.index("US Department of Homeland Security")


def test_seed_confidences_are_given() -> None:
    got = {f.text: f for f in findings(SEED, "institutions")}
    assert got["Defense Minister"].confidence >= 0.85  # a riding parenthetical: certainly ours
    assert 0.5 <= got["Department of Homeland Security"].confidence < 0.9


# ---- context --------------------------------------------------------------------------


def test_earlier_us_mention_keeps_later_bare_mention_quiet() -> None:
    text = ("The U.S. Department of Homeland Security issued a warning on Monday.\n\n"
            "Canadian officials were briefed. The Department of Homeland Security said the threat was low.")
    assert_clean(text, "institutions/foreign-institution")


def test_bare_mention_before_a_canadian_sentence_is_flagged_only_with_local_evidence() -> None:
    text = ("Canada is bringing its soldiers home from the region.\n\n"
            "The Department of Defense said the flights would start Friday.")
    got = findings(text, "institutions/foreign-institution")
    assert [f.text for f in got] == ["Department of Defense"]
    assert got[0].confidence < 0.8  # evidence only from the sentence before
    # no Canadian word near it: no finding, whatever the rest of the story says
    far = "Canada is bringing its soldiers home.\n\nIt rained all week.\n\nThe Department of Defense said little."
    assert_clean(far, "institutions/foreign-institution")


def test_paragraph_about_canada_gives_weak_evidence() -> None:
    text = ("Canada's soldiers in Latvia were told to stay on base. Canadian officers met on Sunday. "
            "Nobody was hurt. The Department of Defense said the drills would resume.")
    (f,) = findings(text, "institutions/foreign-institution")
    assert f.text == "Department of Defense" and 0.5 <= f.confidence < 0.65
    assert_clean(text.replace("Nobody was hurt.", "Washington was told."), "institutions/foreign-institution")


def test_us_signal_in_the_sentence_vetoes() -> None:
    assert_clean("Canadian troops are safe, but the Department of Homeland Security in Washington is worried.",
                 "institutions/foreign-institution")
    assert_clean("Canadian and American officials met; the State Department hosted the talks.",
                 "institutions/foreign-institution")


def test_a_us_person_named_elsewhere_counts_as_a_us_signal() -> None:
    text = ("U.S. Defense Secretary Laura Finch arrived on Monday.\n\n"
            "Canadian officers met Finch, and the Department of Defense promised more help.")
    assert_clean(text, "institutions")


def test_canadian_qualifier_makes_a_foreign_name_certain() -> None:
    got = findings("Canada's Department of Homeland Security will brief MPs.", "institutions/foreign-institution")
    assert [f.text for f in got] == ["Department of Homeland Security"] and got[0].confidence >= 0.9


def test_third_country_bodies_are_not_ours() -> None:
    text = ("Canadian trainers are in Iraq to help the Iraqi Ministry of Defence. "
            "Canada works with their Ministry of Defense every day.")
    assert_clean(text, "institutions")


def test_secretary_title_for_a_member_known_from_a_riding_elsewhere() -> None:
    text = ("Finance Minister Ruth Abara (Scarborough North, Ont.) tabled the budget.\n\n"
            "Later, Treasury Secretary Ruth Abara told reporters the deficit would shrink.")
    got = findings(text, "institutions/foreign-title")
    assert [f.text for f in got] == ["Treasury Secretary"]
    assert "Treasury Minister" in got[0].suggestions or "Minister of Finance" in got[0].suggestions


def test_secretary_title_for_a_foreign_official_is_right() -> None:
    assert_clean("Canadian officials met Treasury Secretary Ruth Abara in Washington.", "institutions/foreign-title")
    assert_clean("Foreign Secretary Tom Hale (Britain) spoke first.", "institutions/foreign-title")


def test_defense_minister_of_another_country_is_left_to_spelling() -> None:
    assert_clean("Iranian Defense Minister Amir Rahimi warned of retaliation.", "institutions")


def test_center_at_canadian_university_both_word_orders() -> None:
    assert_flags("She directs the Center for Arctic Security at Carleton University.",
                 "institutions/foreign-spelling", ["Center for Arctic Security"])
    assert_flags("He spoke for the University of Calgary's Center for Military Studies.",
                 "institutions/foreign-spelling", ["Center for Military Studies"])
    assert_clean("She directs the Center for Arctic Security at Harvard University.", "institutions")


def test_us_qualified_name_inside_a_canadian_name_run_is_quiet() -> None:
    assert_clean("The Canada-U.S. Center for Trade Policy is in Washington.", "institutions/foreign-spelling")


# ---- calques and acronyms -------------------------------------------------------------


def test_calques_are_flagged_with_official_name() -> None:
    got = assert_flags("Officers of the Royal Canadian Gendarmerie and the Chamber of Communes met.",
                       "institutions/calqued-name", ["Royal Canadian Gendarmerie", "Chamber of Communes"])
    assert got[0].suggestions[0] == "Royal Canadian Mounted Police"
    assert not got[0].fix_safe


def test_acronym_glossing_french_name_and_all_caps_headings_are_quiet() -> None:
    assert_clean("La Gendarmerie royale du Canada (GRC) is the RCMP in English.", "institutions/untranslated-acronym")
    assert_clean("GRC AND SCRS CHIEFS MEET IN OTTAWA", "institutions/untranslated-acronym")
    assert_flags("The GRC said the SCRS had been told.", "institutions/untranslated-acronym", ["GRC", "SCRS"])


# ---- clean copy and locales -----------------------------------------------------------


def test_clean_canadian_copy_is_quiet() -> None:
    assert_clean(CLEAN_CANADIAN, ("institutions", "spelling"))
    # US bodies named near Canadian words, a Beijing ministry, a Canadian Centre: all right
    assert_clean(CLEAN_BORDER, ("institutions", "spelling"))


def test_locale_without_a_table_is_not_checked() -> None:
    assert_clean(SEED, "institutions", locale="en-US")


def test_a_new_locale_table_from_a_user_pack(tmp_path) -> None:
    (tmp_path / "institutions.toml").write_text(
        '[pack]\nid = "institutions"\nschema = 1\n\n'
        '[locale.en-GB]\ncountry = "the United Kingdom"\nadjective = "British"\n'
        'own_signals = ["Britain", "British", "Whitehall"]\nforeign_signals = ["U.S.", "Washington"]\n'
        'foreign_qualifiers = ["U.S."]\n\n'
        '[[locale.en-GB.institution]]\nname = "Ministry of Defence"\nabbreviation = "MoD"\n'
        'foreign = ["Department of Defense"]\n',
        encoding="utf-8",
    )
    chk = Checker(select=["institutions"], rules_dir=[str(tmp_path)], strict=True)
    text = "British troops left Basra. The Department of Defense said they were safe."
    got = [f for f in chk.check(text, locale="en-GB").findings]
    assert [f.text for f in got] == ["Department of Defense"] and "Ministry of Defence" in got[0].suggestions
    assert chk.check("The U.S. Department of Defense said so.", locale="en-GB").findings == []
    # en-CA still has its own built-in table
    assert [f.text for f in chk.check(text, locale="en-CA").findings] == []


def test_bad_pack_names_the_file(tmp_path) -> None:
    from mtqa.errors import PackError

    (tmp_path / "institutions.toml").write_text(
        '[pack]\nid = "institutions"\nschema = 1\n\n[locale.en-GB]\ncountry = "UK"\n', encoding="utf-8")
    with pytest.raises(PackError, match="adjective"):
        Checker(select=["institutions"], rules_dir=[str(tmp_path)])


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = Checker(select=["institutions"])
    for nasty in ("((((" * 2000 + ", Que.)" * 500, "Department of " * 2000, "Center " * 3000, "Center of " * 3000,
                  "Queen's University " * 2000 + "Center", "Canada " + "U.S. " * 5000 + "Department of Defense",
                  "(Riding, Que.) " * 3000 + "Defense Secretary Jo Ann (X, Ont.)"):
        # hang guard only; the family's speed is measured by benchmarks/speed.py's fuzz ("institutions")
        report = returns(chk.check, nasty)
        assert "institutions" in report.timings  # the family ran rather than being skipped
        assert_spans_sound(report, nasty)


def test_generic_ministry_names_need_an_own_qualifier() -> None:
    assert_clean("The Foreign Ministry in Beijing said Canada's detention of the executive was unlawful.",
                 "institutions")
    got = findings("Canada's Foreign Ministry summoned the ambassador.", "institutions/foreign-institution")
    assert [f.text for f in got] == ["Foreign Ministry"] and got[0].suggestions[0] == "Global Affairs Canada"


def test_topic_hints_order_the_suggestions() -> None:
    text = "Canadian soldiers were moved to Kuwait. The Department of Homeland Security would not say how many."
    (f,) = findings(text, "institutions/foreign-institution")
    assert f.suggestions[0] == "Department of National Defence"
    assert "Public Safety Canada" in f.suggestions


# ---- property: any text, any mix of our trigger words ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["Department of Homeland Security", "Defense Minister", "Defense Secretary", "Center", "for", "Defense",
           "Canada", "U.S.", "US", "Queen's University", "(Papineau, Que.)", "Jane Roe", "said", ".", ",", "the",
           "GRC", "(", ")", "’s", "Chamber of Commons", "\n\n", "favor", "Labor", "“", "”"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40))
def test_random_copy_never_breaks_the_family(parts: list[str]) -> None:
    text = " ".join(parts)
    for f in findings(text, ("institutions", "spelling")):
        assert 0 <= f.span.start < f.span.end <= len(text)
        assert text[f.span.start : f.span.end] == f.text and f.text.strip() == f.text
        assert f.suggestions and 0.5 <= f.confidence <= 1.0


def test_the_police_watchdogs_english_name_as_cp_writes_it_is_accepted() -> None:
    rule = "institutions/literal-name"
    assert_clean("The Bureau of Independent Investigations (BEI) is looking into the death in Quebec City.", rule)
    assert_flags("The Office of Independent Investigations is looking into the death in Quebec City.", rule,
                 ["Office of Independent Investigations"])
