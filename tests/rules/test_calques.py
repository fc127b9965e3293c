"""Calques and false friends beyond the one-line examples: confidence, context, show titles, packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.engine import Checker
from mtqa.errors import PackError
from mtqa.testing import assert_clean, assert_flags, checker, findings

from hang_guard import assert_spans_sound, returns

CLEAN_COPY = """OTTAWA — The federal government is currently reviewing the training mission in Iraq, officials said Tuesday, and could eventually bring some troops home.

Reading the report, opposition critics said it was actually more optimistic than the one tabled last year. The minister attended the NATO summit in The Hague and assisted the Dutch delegation with logistics.

"That was a sensible decision," said Conservative MP James Bezan, who has served since 2004. The deputies to the commander were in Kuwait. The actual cost will not be known until the mission ends.

Asked on CBC's Power & Politics whether the talks were in progress, she said they were. Power and politics in the North are changing fast, a new book argues.
"""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "calques")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [(f.rule_id, f.text) for t in clean_references for f in findings(t, "calques")]


def test_seed_acceptance(seed_text) -> None:
    got = {(f.rule_id, f.text) for f in findings(seed_text, "calques")}
    assert ("calques/french-calque", "Reading the conversation") in got
    assert ("calques/translated-show-title", "the power and politics of the CBC") in got


def test_show_title_suggestion_names_broadcaster_and_title() -> None:
    (f,) = findings("Speaking on the power and politics of the CBC on Monday, she declined.",
                    "calques/translated-show-title")
    assert f.suggestions == ("CBC's Power & Politics",)
    assert not f.fix_safe
    (g,) = findings("He told the national of CBC News that the deal was done.", "calques/translated-show-title")
    assert g.suggestions == ("CBC's The National",)  # the network's house name, from the pack


def test_show_title_single_word_needs_broadcaster_context() -> None:
    assert_clean("CBC's current president spoke. The House of Commons rose.", "calques/translated-show-title")
    assert_clean("The current of global trade is shifting.", "calques/translated-show-title")


def test_common_false_friends_are_low_confidence() -> None:
    (f,) = findings("The department is actually reviewing the file.", "calques/false-friend")
    assert f.confidence < 0.5 and not f.scored
    (g,) = findings("The data were sensible information for the enemy.", "calques/false-friend")
    assert g.confidence >= 0.5 and g.scored


def test_low_confidence_findings_cost_nothing() -> None:
    report = checker("calques").check("The department is actually reviewing the file.")
    assert report.findings and report.penalty == 0


def test_actually_with_pronoun_subject_is_quiet() -> None:
    for text in ("We are actually seeing progress.", "It is actually working.", "They are actually leaving.",
                 "The plan actually worked.", "There is actually nothing to report."):
        assert_clean(text, "calques/false-friend")


def test_eventually_only_in_conditional_context() -> None:
    assert_clean("The troops will eventually come home.", "calques/false-friend")
    assert_flags("Troops could be sent, eventually if the situation worsens.", "calques/false-friend", ["eventually"])


def test_suggestion_is_capitalised_at_sentence_start() -> None:
    (f,) = findings("Sensible data was leaked.", "calques/false-friend")
    assert f.suggestions == ("Sensitive",)


def test_calques_are_display_only() -> None:
    for f in findings("The talks are in course. He assisted to the funeral.", "calques"):
        assert f.fix is not None and f.fix.applicability.value == "display-only"


def test_since_duration_and_look_alikes() -> None:
    assert_flags("Canada has led the mission since two years.", "calques/french-calque", ["since two years"])
    assert_clean("Canada has led the mission since 2017, two years after it began.", "calques/french-calque")
    assert_clean("It ended three years ago; since two years ago nothing moved.", "calques/french-calque")


def test_user_pack_adds_a_calque(tmp_path: Path) -> None:
    (tmp_path / "calques.toml").write_text(
        "[pack]\nid = \"calques\"\nschema = 1\n\n[[calque]]\npattern = '\\bin the prolongation of\\b'\n"
        "french = \"dans le prolongement de\"\nsense = \"as an extension of\"\nconfidence = 0.6\nwords = [\"prolongation\"]\n",
        encoding="utf-8",
    )
    chk = Checker(select=["calques"], rules_dir=[str(tmp_path)])
    got = chk.check("The plan comes in the prolongation of the budget.").findings
    assert [(f.rule_id, f.text) for f in got] == [("calques/french-calque", "in the prolongation of")]


def test_bad_user_pattern_is_a_pack_error(tmp_path: Path) -> None:
    (tmp_path / "calques.toml").write_text(
        "[pack]\nid = \"calques\"\nschema = 1\n\n[[calque]]\npattern = '(unclosed'\nfrench = \"x\"\nsense = \"y\"\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError) as err:
        Checker(select=["calques"], rules_dir=[str(tmp_path)])
    assert "calques.toml" in str(err.value) and "calque[0].pattern" in str(err.value)


def test_adversarial_inputs_return_sound_findings() -> None:
    chk = checker("calques")
    for bad in ("is actually " * 3000, "if " * 10000 + "eventually", "the power and politics of " * 2000 + "CBC",
                "CBC's " * 5000, "a" * 50000):
        # hang guard only; speed is measured by benchmarks/speed.py's fuzz ("calques")
        assert_spans_sound(returns(chk.check, bad), bad)


def _pack_entries():
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    path = Path(__file__).resolve().parents[2] / "rules" / "calques.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))["calque"]


@pytest.mark.parametrize("entry", _pack_entries(), ids=lambda e: e["french"][:30])
def test_every_pack_entry_flags_its_example(entry) -> None:
    """Each calque's own example is flagged, by that entry (so its trigger words are right)."""
    assert "example" in entry, f"{entry['french']}: add an example sentence"
    rule_id = "calques/false-friend" if entry.get("false_friend") else "calques/french-calque"
    got = findings(entry["example"], rule_id)
    assert any(entry["french"] in f.message for f in got), (entry["example"], [f.message for f in got])


@pytest.mark.parametrize("entry", [e for e in _pack_entries() if e.get("good")], ids=lambda e: e["french"][:30])
def test_pack_entry_leaves_its_look_alikes_alone(entry) -> None:
    """Each `good` sentence of an entry (idiomatic English that looks like the calque) is not flagged by it."""
    for text in entry["good"]:
        got = [f.message for f in findings(text, "calques") if entry["french"] in f.message]
        assert not got, (text, got)


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "calques")


def test_overlapping_entries_give_one_finding() -> None:
    # "an eventual" (indefinite article) and "eventual" inside a condition both match here
    got = findings("If talks fail, officials fear an eventual withdrawal.", "calques")
    assert [f.text for f in got] == ["an eventual"]


def test_a_catastrophic_user_pattern_cannot_hang_the_checker(tmp_path) -> None:
    """A user pack with an exponential pattern is cut off by the regex timeout, and the
    other findings of the document are still reported."""
    from mtqa import Checker

    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "calques.toml").write_text(
        '[pack]\nid = "calques"\nschema = 1\n\n'
        '[[calque]]\npattern = "(a|aa)+c"\nfrench = "test"\nsense = "test"\n',
        encoding="utf-8",
    )
    # "sac" holds the "c" every match needs, so the pattern is searched (without it the search
    # was passed over by mtqa.rules.calques.literals and this test proved nothing)
    text = "The the report said " + "a" * 40 + "b was found in a sac."
    checker = Checker(rules_dir=(str(packs),), select=["calques", "repetition"], languagetool="off")
    # the backtracking scan of 40 a's alone would take hours: returning at all means the timeout cut it off
    report = returns(checker.check, text)
    assert [f.rule_id for f in report.findings] == ["repetition/doubled-word"]
    assert any("(a|aa)+c" in n and "timed out" in n for n in report.notes), report.notes


def test_context_entry_fires_only_with_its_context() -> None:
    # "formations" means parties only where the paragraph is about politics
    assert_flags("The other formations want a new vote before the election.", "calques/false-friend", ["other formations"])
    assert_clean("The other formations of rock along the coast are older.", "calques/false-friend")


def test_document_context_reaches_across_paragraphs() -> None:
    text = "The solidarity leader asked about rents.\n\nShe spoke in Quebec City on Monday."
    assert_flags(text, "calques/french-calque", ["The solidarity leader"])
    assert_clean("The solidarity leader of the Polish union spoke in Gdansk.", "calques/french-calque")


def test_unknown_context_is_a_pack_error(tmp_path: Path) -> None:
    (tmp_path / "calques.toml").write_text(
        "[pack]\nid = \"calques\"\nschema = 1\n\n[[calque]]\npattern = 'x'\nfrench = \"x\"\nsense = \"y\"\n"
        "context = \"nowhere\"\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        Checker(select=["calques"], rules_dir=[str(tmp_path)])
    assert "calque[0].context" in str(err.value) and "nowhere" in str(err.value)


def test_trigger_words_are_whole_words() -> None:
    # the trigger "hazard" must not be found inside "hazardous": the entry is never tried
    assert_clean("The spill was hazardous by any measure.", "calques")
    assert_flags("Police found it by hazard.", "calques/french-calque", ["by hazard"])


def test_message_names_the_source_language() -> None:
    (f,) = findings("Before these words, the deputy left the chamber.", "calques/french-calque")
    assert "Spanish" in f.message
    (g,) = findings("The central financial institution held its rate.", "calques/french-calque")
    assert "paraphrase tool" in g.message and g.suggestions == ("central bank",)


def test_inverted_french_speech_verb_needs_a_quote_or_a_speaker() -> None:
    assert_flags("“We will not back down,” launched the union leader.", "calques/french-calque", ["launched"])
    assert_flags("The minister has failed, denounces the opposition in Quebec.", "calques/french-calque", ["denounces"])
    assert_clean("Yunnan Province, China, launched a campaign on Monday.", "calques/french-calque")
    assert_clean("The company, founded in 1990, launched the product in May.", "calques/french-calque")


def test_actually_inside_a_quotation_is_english() -> None:
    assert_clean("“Our union is actually asking for less,” she said.", "calques/false-friend")


def test_realize_a_dream_is_english() -> None:
    assert_clean("If voters want to realize their dream, they must vote.", "calques/false-friend")
    assert_flags("The firm realized a survey of 2,000 people.", "calques/false-friend", ["realized a survey"])


def test_spinner_terms_spare_their_english_look_alikes() -> None:
    text = ("The local weather forecast calls for rain. Her well-being matters; the financial institution she runs "
            "lent $2 million. The metropolis of Tokyo is vast. She is at home. The corporate tax rate fell. "
            "In the subsequent week, inventory levels rose; the actual property tax bill was lower. Voters trust and "
            "support her. He informed the board, and the court stated its reasons.")
    assert_clean(text, "calques")


def test_preposition_calques_spare_their_english_look_alikes() -> None:
    text = ("It depends on the price, depending of course on demand. She insisted to reporters that she was fine. "
            "Give him the benefit of the doubt. The results are different from last year's, and people of different "
            "opinions met. He fell victim to fraud; they were victims of fraud. They discussed the border. There are "
            "three years left on the deal. She explained her decision. Those opposed to the bill, and the union "
            "opposed the schedule. We agreed; it is agreed. They have reason to worry. During five years in office, "
            "she cut taxes. The two ran in the same time slot, at the same time.")
    assert_clean(text, "calques")
    assert_flags("The union opposes to the plan, and the ministers discussed about it.", "calques",
                 ["opposes to", "discussed about"])


def test_spinner_function_word_swaps_spare_english_uses() -> None:
    text = ("It was a complete overhaul of 40 rules, arriving earlier than expected. They have but one choice, "
            "and the current plan is the main one. As we speak, the vote is under way. The main the party wants "
            "is fine print.")
    assert_clean(text, "calques")


def test_spinner_news_terms_spare_english_uses() -> None:
    text = ("Press secretaries push for a push-up contest. CBC News reported it; the Information Commissioner "
            "agreed. The rules are in keeping with the report's advice and in accordance with the law. The past "
            "12 months were hard. The PC party won 3 seats. The marketing campaign for the car launched, and the "
            "company paid the invoice on time.")
    assert_clean(text, "calques")


def test_only_the_countable_police_intervention_is_the_calque() -> None:
    rule = "calques/false-friend"
    assert_flags("A police intervention took place in Laval overnight.", rule, ["police intervention"])
    assert_flags("The man was hurt during the police intervention in Laval.", rule, ["police intervention"])
    assert_flags("Police interventions rose in Laval last year.", rule, ["Police interventions"])
    assert_clean("A 911 call led to police intervention with a man in crisis in Laval.", rule)
    assert_clean("The standoff required police intervention, the mayor of Laval said.", rule)


def test_spinner_authorities_for_government_spares_english_uses() -> None:
    # issue #11's seventh batch: "government" swapped for "authorities" after a party, a possessive or "bulk"
    assert_flags("“The focus of our authorities is jobs,” the premier said of the NDP authorities’s plan.",
                 "calques", ["authorities", "authorities"])
    text = ("Federal authorities, local health authorities and the Chinese authorities were told; the authorities’ "
            "report reached the majority of members, and his officials briefed our police.")
    assert_clean(text, "calques")
