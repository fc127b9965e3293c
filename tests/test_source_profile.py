"""The bilingual profiles: `precise` leaves out the rules under 0.75 span precision on WMT23 when a
source is given, and only then; `standard` (the default) the rules under 0.5, French calques only
where the source is known not to be French; the setting is checked like every other. Texts made up here."""

from __future__ import annotations

import pytest

from mtqa import source_profile
from mtqa.config import load_file
from mtqa.engine import Checker
from mtqa.errors import ConfigError

RULE = "quotes/punctuation-outside"
TARGET = 'The mayor called the plan "a good start", and the council agreed on Tuesday.'
SOURCE = "Le maire a qualifié le plan de « bon début », et le conseil a accepté mardi."


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings}


def test_precise_leaves_the_rule_out_only_with_a_source() -> None:
    full = Checker(locale="en-US", languagetool="off", source_profile="full")
    precise = Checker(locale="en-US", languagetool="off", source_profile="precise")
    assert RULE in _rules(full.check(TARGET, source=SOURCE))
    with_source = precise.check(TARGET, source=SOURCE)
    assert RULE not in _rules(with_source)
    assert any(s["check"] == RULE and "bilingual profile 'precise'" in s["reason"] for s in with_source.checks_skipped)
    # prose without a source is checked as before
    assert RULE in _rules(precise.check(TARGET))


CALQUE = "calques/french-calque"
CALQUE_TARGET = "The minister made the announcement at the level of the federal government on Tuesday."
CALQUE_SOURCE = "部长周二在联邦政府层面宣布了这一消息。"
FRENCH_SOURCE = "La ministre a fait l'annonce au niveau du gouvernement fédéral mardi."
DEFAULT = Checker(locale="en-US", languagetool="off")


def test_the_default_profile_quiets_the_rules_under_half_only_with_a_source() -> None:
    full = Checker(locale="en-US", languagetool="off", source_profile="full")
    assert CALQUE in _rules(full.check(CALQUE_TARGET, source=CALQUE_SOURCE))
    with_source = DEFAULT.check(CALQUE_TARGET, source=CALQUE_SOURCE)
    assert CALQUE not in _rules(with_source)
    assert any(s["check"] == CALQUE and "profile 'standard'" in s["reason"] and "50%" in s["reason"]
               and "language is zh" in s["reason"] for s in with_source.checks_skipped)
    # a rule between the two bars still runs by default, and prose without a source is checked as before
    assert RULE in _rules(DEFAULT.check(TARGET, source=SOURCE))
    assert CALQUE in _rules(DEFAULT.check(CALQUE_TARGET))


@pytest.mark.parametrize(("source", "quiet"), [
    (FRENCH_SOURCE, False),  # the language the calques come from: the rule runs
    ("Die Ministerin machte die Ankündigung am Dienstag auf der Ebene der Bundesregierung.", True),
    ("Министр сделала заявление во вторник на уровне федерального правительства.", True),
    ("Merci.", False),  # too short to tell (detection says en): not known to be other than French
])
def test_the_default_profile_keeps_french_calques_unless_the_source_is_known_not_to_be_french(source, quiet) -> None:
    report = DEFAULT.check(CALQUE_TARGET, source=source)
    assert (CALQUE not in _rules(report)) is quiet
    assert any(s["check"] == CALQUE for s in report.checks_skipped) is quiet
    # precise leaves it out whatever the language: its list is the measured one
    precise = Checker(locale="en-US", languagetool="off", source_profile="precise")
    assert CALQUE not in _rules(precise.check(CALQUE_TARGET, source=source))


def _xliff(source_language: str, source: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="'
            f'{source_language}" target-language="en"><body>\n<trans-unit id="u1"><source>{source}</source>'
            f"<target>{CALQUE_TARGET}</target></trans-unit>\n</body></file></xliff>\n")


def test_a_bilingual_files_declared_language_decides_over_detection() -> None:
    from mtqa.bilingual import check_text

    # declared French: the rule runs even on a source detection could not tell
    assert CALQUE in _rules(check_text(DEFAULT, _xliff("fr-CA", "Merci."), "xliff", "u.xlf"))
    # declared German over a French-looking source: quiet
    assert CALQUE not in _rules(check_text(DEFAULT, _xliff("de", FRENCH_SOURCE), "xliff", "u.xlf"))
    assert CALQUE in _rules(check_text(DEFAULT, _xliff("fr", FRENCH_SOURCE), "xliff", "u.xlf"))


def test_the_profile_keeps_every_rule_at_or_over_the_bar() -> None:
    assert all(n >= source_profile.MIN_FINDINGS and p < source_profile.BAR for n, p in source_profile.LEFT_OUT.values())
    assert all(n >= source_profile.MIN_FINDINGS and p < source_profile.STANDARD_BAR
               for n, p in source_profile.QUIET.values())
    # what the default quiets, precise leaves out too: the profiles are nested
    assert set(source_profile.QUIET) <= set(source_profile.LEFT_OUT)
    assert source_profile.left_out("full") == frozenset()
    # a rule kept for some source languages is one the default quiets, and is kept where the language is unknown
    assert set(source_profile.KEPT_FOR) <= set(source_profile.QUIET)
    assert not set(source_profile.KEPT_FOR) & source_profile.left_out("standard", None)
    assert set(source_profile.KEPT_FOR) <= source_profile.left_out("standard", "zh")
    assert not any(rule.startswith("source/") for rule in source_profile.LEFT_OUT)


def test_a_bad_profile_is_refused(tmp_path) -> None:
    with pytest.raises(ConfigError, match="unknown source profile 'strict'"):
        Checker(source_profile="strict")
    with pytest.raises(ConfigError, match="segment_states: unknown segment state 'halfway'"):
        Checker(segment_states=("halfway",))
    with pytest.raises(ConfigError, match="locked: expected skip or check"):
        Checker(locked="never")
    cfg = tmp_path / "mtqa.toml"
    cfg.write_text('source-profile = "loose"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="mtqa.toml:1: source-profile: unknown source profile 'loose'"):
        load_file(str(cfg))
    cfg.write_text('source-profile = "precise"\n', encoding="utf-8")
    assert load_file(str(cfg)).source_profile == "precise"
