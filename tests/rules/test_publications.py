"""Publications beyond the one-line examples: context, attributive use, packs, interactions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.engine import Checker
from mtqa.errors import PackError
from mtqa.testing import assert_clean, assert_flags, findings

from hang_guard import assert_spans_sound, returns

CLEAN_COPY = """OTTAWA — Prime Minister Mark Carney told The Canadian Press on Friday that the budget would land in the fall.

In a Toronto Star interview, Finance Minister Anne Gauthier said the deficit would shrink. A Globe and Mail analysis found the opposite, and National Post columnist Chris Selley called the plan "a wish list."

Speaking on CBC's Power & Politics, Conservative Leader Pierre Poilievre said his party would vote against it. He later wrote in her Hill Times column's comment section — no, in his own Hill Times op-ed — that the numbers did not add up.

The New York Times first reported the talks; the Washington Post and Reuters followed. Le Devoir and La Presse ran the story on their front pages, and Radio-Canada's Tout le monde en parle devoted a segment to it.
"""


def test_clean_news_copy_is_quiet() -> None:
    assert_clean(CLEAN_COPY, "publications")


def test_clean_references_are_quiet(clean_references) -> None:
    assert not [f for t in clean_references for f in findings(t, "publications")]


def test_seed_acceptance(seed_text) -> None:
    got = findings(seed_text, "publications")
    by_rule = {(f.rule_id, f.text) for f in got}
    assert ("publications/pronoun-before-name", "her") in by_rule  # told her Hill Times
    assert ("publications/pronoun-after-name", " She") in by_rule  # New York Times She reported
    missing = [f for f in got if f.rule_id == "publications/missing-article"]
    # "according to New York Times", "…, New York Times She reported", "a reporter at Hill Times"
    assert [f.text for f in missing] == ["New York Times", "New York Times", "Hill Times"]
    # "experts told The Hill Times." is the house form: nothing there
    assert not [f for f in got if seed_text[f.span.start - 4 : f.span.start] == "The "]


def test_pronoun_fix_uses_the_names_article() -> None:
    (f,) = findings("He told her Hill Times that it was over.", "publications/pronoun-before-name")
    assert f.suggestions == ("The",) and not f.fix_safe
    (g,) = findings("He told his Washington Post that it was over.", "publications/pronoun-before-name")
    assert g.suggestions == ("the",)


def test_possessive_with_attributive_noun_is_a_real_possessive() -> None:
    for text in ("She defended her Globe and Mail column on Monday.",
                 "He quit his Toronto Star job in 2019.",
                 "Their Hill Times-Forum poll showed a tie.",
                 "Her New York Times op-ed ran Sunday."):
        assert_clean(text, "publications")


def test_missing_article_at_sentence_start_suggests_capital() -> None:
    (f,) = findings("The vote failed. Washington Post reported that aides were angry.", "publications/missing-article")
    assert f.suggestions == ("The Washington Post",)


def test_missing_article_not_for_names_without_article() -> None:
    assert_clean("He told Reuters and La Presse, then CTV News, that he would run.", "publications/missing-article")


def test_missing_article_skips_longer_names_and_possessives() -> None:
    assert_clean("Shares of New York Times Co. rose, and Canada's National Post said so.", "publications")


def test_missing_article_and_stray_pronoun_both_reported() -> None:
    text = "Troops would stay, New York Times She reported."
    got = findings(text, "publications")
    assert [(f.rule_id, f.text) for f in got] == [
        ("publications/missing-article", "New York Times"),
        ("publications/pronoun-after-name", " She"),
    ]


def test_pronoun_after_name_needs_mid_sentence() -> None:
    assert_clean("He read the Toronto Star. She reported on it later.", "publications/pronoun-after-name")
    assert_flags("The plan was shelved, the Toronto Star They reported.", "publications/pronoun-after-name", [" They"])


def test_house_form_the_at_sentence_start_and_after_quote() -> None:
    assert_clean("The Toronto Star said so. “The Washington Post erred,” he said.", "publications/house-form")
    assert_flags("She said the Hill Times and The Toronto Star agreed.", "publications/house-form", ["the", "The"])


def test_house_form_fix_is_safe_and_idempotent() -> None:
    chk = Checker(select=["publications/house-form"])
    report = chk.check("He spoke to the Globe and Mail and watched Power and Politics.")
    fixed = report.fixed_text()
    assert fixed == "He spoke to The Globe and Mail and watched Power & Politics."
    assert chk.check(fixed).findings == []


def test_headline_paragraph_alone_is_left_to_boilerplate() -> None:
    assert_clean("The vote is Tuesday.\n\nHill Times", "publications/missing-article")


def test_user_pack_adds_a_publication(tmp_path: Path) -> None:
    (tmp_path / "publications.toml").write_text(
        '[pack]\nid = "publications"\nschema = 1\n\n[[publication]]\nname = "the Daily Planet"\nkind = "newspaper"\n',
        encoding="utf-8",
    )
    chk = Checker(select=["publications"], rules_dir=[str(tmp_path)])
    got = chk.check("She told her Daily Planet that the story was true.").findings
    assert [(f.rule_id, f.text) for f in got] == [("publications/pronoun-before-name", "her")]


def test_bad_pack_names_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "publications.toml").write_text(
        '[pack]\nid = "publications"\nschema = 1\n\n[[publication]]\nnme = "The Daily Planet"\nkind = "newspaper"\n',
        encoding="utf-8",
    )
    with pytest.raises(PackError) as err:
        Checker(select=["publications"], rules_dir=[str(tmp_path)])
    msg = str(err.value)
    assert "publications.toml:5" in msg and "publication[0].name: missing required key" in msg


def test_unlisted_newspaper_found_by_its_nameplate_word() -> None:
    (f,) = findings("She told her Ottawa Sun that the vote was rigged.", "publications")
    assert (f.rule_id, f.text) == ("publications/pronoun-before-name", "her") and f.confidence == 0.6
    (g,) = findings("The plan failed, according to Chicago Tribune.", "publications")
    assert (g.rule_id, g.text, g.suggestions) == ("publications/missing-article", "Chicago Tribune",
                                                 ("the Chicago Tribune",))


def test_unlisted_nameplate_look_alikes_are_quiet() -> None:
    for text in ("In Hard Times, Dickens wrote about schools.", "He moved to New Times Square.",
                 "The Lone Star State voted.", "Her Ottawa Sun column ran.", "He read the Ottawa Sun daily.",
                 "Ottawa Sun columnist Jane Doe wrote it.", "She works for Sun Life Financial."):
        assert_clean(text, "publications")


def test_adversarial_capitals_return_sound_findings() -> None:
    from mtqa.testing import checker

    chk = checker("publications")
    for bad in ("A" * 30000 + " Times", "Aa " * 10000 + "Times", "her " * 10000, "New York Times " * 3000):
        # hang guard only; linearity is measured by benchmarks/speed.py's fuzz ("publications")
        assert_spans_sound(returns(chk.check, bad), bad)


def test_quiet_on_a_clean_canadian_story() -> None:
    """A clean CP-style story full of look-alikes (publications, false friends, brackets, furniture words)."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "clean_ca_news.txt").read_text(encoding="utf-8")
    assert_clean(text, "publications")


def test_lowercase_outlet_name_in_quotes() -> None:
    rule = "publications/lowercase-name"
    assert_flags('The clip aired on "the globe and mail" website.', rule, ["globe and mail"])
    assert_flags("The figures, the “cbc news” network reported, were wrong.", rule, ["cbc news"])
    assert_clean('The clip aired on "The Globe and Mail" website.', rule)
    assert_clean('He said "cbc news" twice, then stopped.', rule)
