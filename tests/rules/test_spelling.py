"""Spelling beyond the one-line examples: locales, case, proper names, interplay with institutions."""

from __future__ import annotations

from pathlib import Path

from mtqa.testing import assert_clean, assert_flags, findings

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = (ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")
RULE = "spelling/foreign-spelling"


def test_us_locale_is_silent_and_canadian_fires() -> None:
    text = "The neighbors traveled to the center to favor the labor plan."
    assert_clean(text, "spelling", locale="en-US")
    got = assert_flags(text, RULE, ["neighbors", "traveled", "center", "favor", "labor"], locale="en-CA")
    assert [f.suggestions[0] for f in got] == ["neighbours", "travelled", "centre", "favour", "labour"]


def test_case_is_kept() -> None:
    got = assert_flags("Favorable winds helped. COLOR TV arrived.", RULE, ["Favorable", "COLOR"])
    assert [f.suggestions[0] for f in got] == ["Favourable", "COLOUR"]


def test_words_canadian_in_another_sense_or_shared_are_not_flagged() -> None:
    assert_clean("Check the program, practice daily, get a license, analyze the gray tire and the story draft.", RULE)


def test_inferred_rows_wrong_for_canada_are_not_flagged() -> None:
    assert_clean("The carburetor sat on a checkerboard next to the plow.", RULE)


def test_proper_names_and_titles_keep_their_spelling() -> None:
    assert_clean("Survivors of Pearl Harbor visited the Kennedy Center and the Harbor Freight store.", RULE)
    assert_clean("She reread “The Color Purple” on the flight.", RULE)
    assert_clean("Labor Day traffic was heavy. Honor Roll students were named.", RULE)


def test_sentence_initial_common_word_is_flagged() -> None:
    assert_flags("Defense spending rose. “Labor costs,” he said, “are up.”", RULE, ["Defense", "Labor"])


def test_urls_and_handles_are_skipped() -> None:
    assert_clean("See www.example.com/color or email favor@example.com and #behavior.", RULE)


def test_seed_fires_only_on_common_words() -> None:
    got = findings(SEED, ("institutions", "spelling"))
    spelled = [f.text for f in got if f.rule_id == RULE]
    assert spelled and set(spelled) <= {"favor", "favorable", "defense"}
    # the names the institutions family flagged are not flagged twice
    inst = [(f.span.start, f.span.end) for f in got if f.rule_id.startswith("institutions/")]
    for f in got:
        if f.rule_id == RULE:
            assert not any(a <= f.span.start < b for a, b in inst)


def test_lower_confidence_when_us_form_is_a_canadian_variant() -> None:
    (variant,) = findings("They asked a favor.", RULE)
    (strict,) = findings("The flight was canceled.", RULE)
    assert variant.confidence < strict.confidence
    assert variant.confidence >= 0.5


def test_pack_is_compiled_once_per_pack_set(monkeypatch) -> None:
    """A run reads and compiles each pack once, however many rules ask for it (load time itself is
    measured by benchmarks/speed.py's `mtqa check` one-file figure, start-up included)."""
    from mtqa.packs import PackSet

    monkeypatch.setenv("MTQA_NO_CACHE", "1")  # not read back from the compiled-pack cache either
    packs = PackSet()
    reads: list[str] = []
    real = PackSet.raw
    monkeypatch.setattr(PackSet, "raw", lambda self, pack_id: reads.append(pack_id) or real(self, pack_id))
    for pack_id in ("spelling", "institutions"):
        first = packs.compiled(pack_id)
        assert first and packs.compiled(pack_id) is first
    assert reads == ["spelling", "institutions"]


def test_names_respelt_only_in_a_story_the_engine_spelt_the_us_way() -> None:
    from mtqa.testing import assert_clean

    engine = "Crews fought fires over 90 square kilometers.\n\nThe color of the sky changed near the Coastal Fire Center."
    got = findings(engine, RULE)
    assert [f.text for f in got] == ["kilometers", "color", "Center"]
    assert got[-1].confidence == 0.5
    # One US spelling is not enough; a paragraph set in the US keeps its names; "of" names are institutions.
    assert [f.text for f in findings("The color changed near the Coastal Fire Center.", RULE)] == ["color"]
    us = "Crews fought fires over 90 square kilometers.\n\nThe color changed, the Pew Research Center in Washington said."
    assert [f.text for f in findings(us, RULE)] == ["kilometers", "color"]
    assert_clean("Smoke covered the Coastal Fire Centre and the Kennedy Center.", RULE)


def test_names_the_institutions_family_flags_are_left_to_it_whichever_rules_run() -> None:
    # A story the engine spelt the US way, so spelling would respell a name's "Center"; the
    # institutions family flags the whole name as one of ours, and spelling leaves it alone
    # whether those rules are selected, deselected or run first (a declared analysis).
    text = ("Crews fought fires over 90 square kilometers.\n\nThe color of the sky changed.\n\n"
            "She is a fellow at the McGill University Center for Security Studies.")
    for select in (RULE, (RULE, "institutions"), (RULE, "institutions/calqued-name"), ("institutions", RULE)):
        assert [f.text for f in findings(text, select) if f.rule_id == RULE] == ["kilometers", "color"], select
    assert [f.text for f in findings(text, "institutions/foreign-spelling")] == ["Center for Security Studies"]
    # Without the institution, the same word in a name is respelt (the skip is the family's span, not the word).
    assert findings(text.replace("McGill University Center for Security Studies", "Coastal Fire Center"), RULE)[-1].text == "Center"


def test_affect_as_a_noun_after_articles_and_adjectives_only() -> None:
    rule = "spelling/affect-for-effect"
    got = assert_flags("The Affect of the cut, an economic affect and no affects at all.", rule,
                       ["Affect", "affect", "affects"])
    assert [f.suggestions[0] for f in got] == ["Effect", "effect", "effects"]
    assert_clean("Cuts that affect the poor will affect many; it does not affect them; a decision to affect change.", rule)


def test_degree_apostrophe_keeps_the_story_s_apostrophe() -> None:
    got = assert_flags("It’s true: bachelors degrees and masters programs grew.", "spelling/degree-apostrophe",
                       ["bachelors", "masters"])
    assert [f.suggestions[0] for f in got] == ["bachelor’s", "master’s"]
    assert_clean("Tiger won the Masters and the Masters of the Universe toys sold.", "spelling/degree-apostrophe")


def test_trigger_phrases_are_every_one_token_form_found_with_the_pack() -> None:
    """The rule's trigger phrases are made with the compiled pack (`single_forms`): exactly the
    forms, as written, that are one token of letters and digits, in every locale; a form with
    a space, hyphen or apostrophe is left to the rule's own pass."""
    import regex

    from mtqa.packs import PackSet
    from mtqa.rules.spelling import pack, rules as spelling

    tables = PackSet().compiled(spelling.PACK)
    one_token = {f for t in tables.values() for f in t.forms if regex.fullmatch(r"[\p{L}\p{N}]+", f)}
    assert tuple(sorted(spelling.FOREIGN_FORM.resolve({spelling.PACK: tables}))) == tuple(sorted(one_token))
    assert {"favor", "Favor", "FAVOR"} <= one_token
    made_up = pack.compile_pack({"locale": {"en-CA": {"words": {"color": "colour", "e-mail": "email"},
                                                             "variant_words": {"check out": "cheque out"}}}})
    assert made_up["en-CA"].single_forms == ("COLOR", "Color", "color")


def test_common_us_words_counts_what_the_lower_word_pattern_finds() -> None:
    """The US forms among the paragraphs' tokens of lowercase letters alone, counted as the
    pattern counts them: beside capitals, digits, accents, apostrophes, hyphens and marks."""
    import random

    from mtqa.config import Config
    from mtqa.document import Document
    from mtqa.packs import PackSet
    from mtqa.rules.spelling import rules as spelling

    tables = PackSet(Config().rules_dir).compiled(spelling.PACK)
    table = tables["en-CA"]
    us = sorted(table.lowercase_words)[:40]
    pieces = us + [w.capitalize() for w in us[:5]] + ["the", "color2", "2color", "colorÉ", "écolor", "x", " ",
                                                      "-", "’", "'", ".", "\n\n", "e\u0301", "ß", "日", "\u00a0"]
    rng = random.Random(14)
    counted = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        doc = Document(text, locale="en-CA")
        expected = sum(1 for par in doc.paragraphs for m in spelling.LOWER_WORD.finditer(par.text)
                       if m.group() in table.words)
        assert spelling.common_us_words(doc, tables) == expected, text
        counted += expected
    assert counted  # the texts do hold US forms


# A story placed in the US (a state as a place) that names no place in Canada is US copy carried
# as written: the rule leaves its spelling alone (mtqa.rules.spelling.rules.us_story).
US_STORY = "Officials in Texas said enrollment rose."


def test_every_place_of_the_provinces_pack_makes_a_story_canadian() -> None:
    """The provinces' names and abbreviations come from the provinces pack, the one list of them:
    each of its place forms beside a US state makes the story Canadian, so its spelling is checked."""
    from mtqa.packs import PackSet

    places = PackSet().compiled("provinces").places
    assert {"Ontario", "Ont.", "Québec", "Que.", "N.W.T.", "Newfoundland", "Labrador", "P.E.I."} <= set(places)
    assert_clean(US_STORY, RULE)
    for form in places:
        assert_flags(f"Officials in Texas and {form} said enrollment rose.", RULE, ["enrollment"])


def test_a_province_form_a_user_pack_adds_makes_a_story_canadian(tmp_path: Path) -> None:
    """A form added to the provinces pack (a user's pack of that id) is read by the US-story test
    too, as the ridings family reads it: no second list to keep in step."""
    from mtqa.engine import Checker
    from mtqa.session import Session

    (tmp_path / "provinces.toml").write_text(
        '[pack]\nid = "provinces"\nschema = 1\n\n[[province]]\ncode = "ON"\nname = "Ontario"\ncp = "Ont."\n'
        'alternatives = ["Ontar."]\n', encoding="utf-8")
    text = "Officials in Texas and Ontar. said enrollment rose."
    assert_clean(text, RULE)  # built in, "Ontar." is no form of Ontario
    report = Session(Checker(select=[RULE], rules_dir=[str(tmp_path)], languagetool="off")).check(text, locale="en-CA")
    assert [f.text for f in report.findings] == ["enrollment"]


def test_bare_letters_and_an_abbreviation_without_its_period_name_no_province() -> None:
    """ON, MB or AB are words and units too, and "Man" or "Que" without the period are words or
    cut-offs: beside a US state they leave the story a US one."""
    for words in ("Man charged", "the MB of data", "ON THE ROAD", "Que sera"):
        assert_clean(f"Officials in Texas said enrollment rose. {words}.", RULE)


def test_a_person_named_like_a_state_places_no_story_in_the_us() -> None:
    from mtqa.rules.spelling.rules import places_in_the_us

    for text in ("Virginia Smith said enrollment rose.", "Georgia Lee said enrollment rose.",
                 "Quarterback Joe Montana said enrollment rose.", "Virginia Smith’s class met.",
                 "The Texas Rangers won."):
        assert not places_in_the_us(text), text
        assert_flags(text.replace("class met", "enrollment rose").replace("won", "won on enrollment day"),
                     RULE, ["enrollment"])
    for text in ("Officials in Virginia Beach said.", "Texas Gov. Ann Lee said.", "Ohio voters said.",
                 "Virginia’s governor said.", "AUSTIN, Texas — The dean said.", "In Texas, officials said.",
                 "Northern California burned.", "Both Texas and Ohio voted.", "She went to the University of "
                 "North Carolina Central."):
        assert places_in_the_us(text), text


def test_the_country_named_alone_places_no_story_in_the_us() -> None:
    """A Canadian story names its neighbour as often as a US one does: "U.S." or "the United
    States" alone leaves its spelling checked."""
    assert_flags("The U.S. tariffs hurt, and enrollment fell.", RULE, ["enrollment"])
    assert_flags("Talks with the United States stalled as enrollment fell.", RULE, ["enrollment"])
    assert_clean("ARLINGTON, Va. — The U.S. tariffs hurt, and enrollment fell.", RULE)  # placed by its dateline
