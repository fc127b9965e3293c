"""Ridings beyond the one-line examples: the seed, both orders, context, clean copy, speed."""

from __future__ import annotations

from pathlib import Path

from mtqa.engine import Checker
from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_a80f4c312e8b183b.txt"

CLEAN_COPY = """OTTAWA — Liberal MP Mona Fortier (Ottawa—Vanier, Ont.) said Tuesday the budget would pass.

Conservative finance critic Pierre Poilievre (Carleton, Ont.) and NDP MP Peter Julian (New Westminster—Burnaby, B.C.) both voted against it. Bloc MP Alain Therrien (La Prairie, Que.) abstained.

The vote came after Defence Minister Anita Anand (Oakville, Ont.), who was in Brussels, asked colleagues to wait. "We need more time," said Liberal MP Yvonne Jones (Labrador, N.L.).

Troops at Garrison Petawawa (Petawawa, Ont.) and at the base in Kingston (Kingston, Ont.) will be the first to deploy, the department said. Ontario MPP John Fraser (Ottawa South, Ont.) welcomed the news.

NDP MP Lori Idlout (Nunavut, Nunavut) said the North was forgotten. Green MP Elizabeth May (Saanich—Gulf Islands, B.C.)."""


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_capitals_after_parentheticals() -> None:
    got = findings(_seed(), "ridings/capital-after-parenthetical")
    assert [f.text for f in got] == ["Said", "Has", "To", "And", "Said", "Was"]
    assert all(f.fix_safe for f in got)
    assert [f.suggestions[0] for f in got] == ["said", "has", "to", "and", "said", "was"]


def test_seed_riding_names() -> None:
    got = findings(_seed(), ("ridings/wrong-dashes", "ridings/unknown-name"))
    by_text = {f.text: f for f in got}
    assert sorted(by_text) == sorted(
        ["Bruce – Gray-Owen Sound", "Saint-Maurice-Champlain", "Selkirk – Interlake-Eastman", "Timmins – James Bay"]
    )
    assert by_text["Bruce – Gray-Owen Sound"].suggestions == ("Bruce—Grey—Owen Sound",)
    assert by_text["Bruce – Gray-Owen Sound"].rule_id == "ridings/unknown-name"
    assert by_text["Saint-Maurice-Champlain"].suggestions == ("Saint-Maurice—Champlain",)
    assert by_text["Timmins – James Bay"].rule_id == "ridings/wrong-dashes"


def test_seed_correct_parentheticals_stay_quiet() -> None:
    flagged = {f.text for f in findings(_seed(), "ridings")}
    for ok in ("Vancouver South", "Burnaby South", "Vancouver Kingsway", "Papineau", "Durham", "B.C.", "Que."):
        assert ok not in flagged


def test_seed_fix_is_idempotent_and_clears_the_family() -> None:
    chk = Checker(select=["ridings"], strict=True)
    fixed = chk.check(_seed()).fixed_text()
    assert "(Papineau, Que.) to tell" in fixed
    assert "(Timmins—James Bay, Ont.) was among" in fixed
    again = chk.check(fixed)
    assert [f.rule_id for f in again.findings if f.fix_safe] == []
    assert again.fixed_text() == fixed


def test_clean_canadian_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "ridings")


def test_both_representation_orders_are_valid() -> None:
    text = ("NDP MP Charlie Angus (Timmins—James Bay, Ont.) spoke in 2020. "
            "NDP MP Charlie Angus (Kapuskasing—Timmins—Mushkegowuk, Ont.) spoke in 2025.")
    assert_clean(text, "ridings")


def test_sentence_ending_with_parenthetical() -> None:
    assert_clean("The critics are Erin O'Toole (Durham, Ont.). The party agreed.", "ridings")
    assert_clean("The critic is Erin O'Toole (Durham, Ont.)\n\nSaid another way, nothing changed.", "ridings")


def test_place_not_a_riding_only_questioned_in_member_context() -> None:
    assert_clean("Soldiers from Petawawa (Petawawa, Ont.) left Monday.", "ridings")
    got = assert_flags("Liberal MP Jane Doe (Petawawa, Ont.) said so.", "ridings/unknown-name", ["Petawawa"])
    assert got[0].confidence < 0.5  # shown, costs nothing: it may be a riding we do not know
    assert_clean("Ontario MPP Jane Doe (Petawawa, Ont.) said so.", "ridings")


def test_party_before_riding_in_parenthetical() -> None:
    assert_flags("The motion by Justin Trudeau (Liberal, Papineau, Que.) Was adopted.",
                 "ridings/capital-after-parenthetical", ["Was"])
    assert_clean("The motion by Justin Trudeau (Liberal, Papineau, Que.) was adopted.", "ridings")


def test_province_checks() -> None:
    assert_flags("NDP MP Alexandre Boulerice (Rosemont—La Petite-Patrie, Qc) said so.",
                 "ridings/province-style", ["Qc"])
    assert_flags("Liberal MP Justin Trudeau (Papineau, N.B.) said so.", "ridings/province-mismatch", ["N.B."])
    # a province in the wrong style *and* the wrong province: both said
    got = findings("Liberal MP Justin Trudeau (Papineau, ON) said so.", "ridings")
    assert sorted(f.rule_id for f in got) == ["ridings/province-mismatch", "ridings/province-style"]


def test_province_style_is_cp_so_only_en_ca() -> None:
    assert_clean("Bloc MP Alain Therrien (La Prairie, QC) said so.", "ridings/province-style", locale="en-US")


def test_fix_keeps_text_outside_spans() -> None:
    text = "Intro.\n\nNDP MP Niki Ashton (Churchill - Keewatinook Aski, Man.) And two others said no.\n\nEnd."
    fixed = Checker(select=["ridings"], strict=True).check(text).fixed_text()
    assert fixed == "Intro.\n\nNDP MP Niki Ashton (Churchill—Keewatinook Aski, Man.) and two others said no.\n\nEnd."


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = Checker(select=["ridings"], strict=True)
    nasty = ["(" * 20000, "(A, Que.) " * 3000, "(" + "A-" * 5000 + ", Ont.) Said", "(Zzz Qqq, Ont.) " * 2000]
    for text in nasty:
        # hang guard only; linearity is measured by benchmarks/speed.py's fuzz ("parentheses")
        assert_spans_sound(returns(chk.check, text), text)


def test_shortened_riding_name_in_member_context() -> None:
    got = assert_flags("Liberal MP Mark Gerretsen (Kingston, Ont.) said so.", "ridings/unknown-name", ["Kingston"])
    assert got[0].suggestions == ("Kingston and the Islands",)
    assert got[0].confidence < 0.5
    assert_clean("Students at Queen's University (Kingston, Ont.) said so.", "ridings")


def test_title_case_headline_is_not_a_continuation() -> None:
    assert_clean("Liberal MP Jane Doe (Papineau, Que.) Says Budget Will Pass Before Summer", "ridings")
    assert_flags("Liberal MP Jane Doe (Papineau, Que.) Says the budget will pass.",
                 "ridings/capital-after-parenthetical", ["Says"])


def test_machine_translation_variants() -> None:
    text = (
        "Liberal MP Jenny Kwan (Vancouver-Est, C.-B.) Said she was pleased.\n\n"
        "Bloc MP Yves-François Blanchet (Beloeil-Chambly, QC) Has called for a vote.\n\n"
        "Conservative MP Candice Bergen (Portage--Lisgar, Man.) Told reporters she disagreed.\n\n"
        "Minister Chrystia Freeland (University–Rosedale, Ontario) Announced the budget.\n\n"
        "The Speaker, Greg Fergus (Hull—Aylmer, Que.), ruled the motion out of order."
    )
    got = findings(text, "ridings")
    flagged = [(f.rule_id.split("/")[1], f.text, f.suggestions[:1]) for f in got]
    assert flagged == [
        ("french-name", "Vancouver-Est", ("Vancouver East",)),
        ("province-style", "C.-B.", ("B.C.",)),
        ("capital-after-parenthetical", "Said", ("said",)),
        ("province-style", "QC", ("Que.",)),
        ("capital-after-parenthetical", "Has", ("has",)),
        ("wrong-dashes", "Portage--Lisgar", ("Portage—Lisgar",)),
        ("capital-after-parenthetical", "Told", ("told",)),
        ("wrong-dashes", "University–Rosedale", ("University—Rosedale",)),
        ("capital-after-parenthetical", "Announced", ("announced",)),
    ]
    # A province spelled out is another house's choice: only the cp style reports it (stop 42).
    assert [f.text for f in findings(text, "ridings/province-style", style="cp")] == ["C.-B.", "QC", "Ontario"]
    # Hyphens for the em dash are a house style (The Hill Times); strict CP asks for the dash.
    strict = [f.text for f in findings(text, "ridings/wrong-dashes", style="cp")]
    assert strict == ["Beloeil-Chambly", "Portage--Lisgar", "University–Rosedale"]


def test_anglicised_riding_name_needs_a_member_and_one_letter() -> None:
    from mtqa.testing import assert_clean, assert_flags

    got = assert_flags("The Member for Jolliette spoke. Lotbinier MP Jane Roe agreed.", "ridings/anglicised-name",
                       ["Jolliette", "Lotbinier"])
    assert [f.suggestions for f in got] == [("Joliette",), ("Lotbinière",)]
    # Not a member's riding, far from any French riding part, or a riding spelt without its accent.
    assert_clean("Jolliette Street is closed. The Member for Toronto Centre and the MP for Levis met.",
                 "ridings/anglicised-name")


def test_the_trigram_index_is_read_on_the_first_fuzzy_lookup() -> None:
    """The compiled gazetteer keeps its trigram index as one blob until a fuzzy lookup needs
    it; read back, it names for each trigram every folded riding name holding it, in order."""
    import pickle

    gaz = pickle.loads(pickle.dumps(Checker(languagetool="off").packs.compiled("ridings")))  # as the cache hands it back
    assert gaz.trigrams_read is None
    assert gaz.starting_with("Kingston") and gaz.trigrams_read is None  # exact and prefix lookups need no index
    expected: dict[str, list[int]] = {}
    for i, key in enumerate(gaz.fold_keys):
        padded = f"  {key} "  # two spaces before, one after: a name's start weighs more
        for tri in dict.fromkeys(padded[k : k + 3] for k in range(len(padded) - 2)):
            expected.setdefault(tri, []).append(i)
    hit = gaz.fuzzy("Abotsford", 0.8)
    assert hit is not None and hit[0].name == "Abbotsford"
    assert {tri: list(ids) for tri, ids in gaz.trigram_index().items()} == expected
