"""A calque entry with two lists of trigger words (`words` and `also` in rules/calques.toml) runs
only where a word of each fired: both lists must be necessary conditions of its pattern. Run
with the `also` lists ignored (each entry wherever one of its `words` fired, as before they
existed), the calque rules find exactly what they find with them, on every entry's example and
look-alikes, the rules' examples, those sentences in capitals and with digits glued on, and the
seed, with each scanner backend."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import regex

from mtqa import Checker, registry
from mtqa.scan import available_backends
from tests.scan.test_engine_triggers import BACKENDS

RULES = ("calques/french-calque", "calques/false-friend")


def _sentences() -> list[str]:
    data = Checker(select=list(RULES), preview=True, languagetool="off").packs.compiled("calques")
    assert data.also, "no calque entry has an `also` list"
    root = Path(__file__).resolve().parents[2]
    raw = tomllib.loads((root / "rules" / "calques.toml").read_text(encoding="utf-8"))["calque"]
    out = [e.get("example", "") for e in raw] + [g for e in raw for g in e.get("good", ())]
    out += [ex.text for rule_id in RULES for ex in registry.get(rule_id).examples]
    # The entries with two lists, at the edges of their words: in capitals, with digits glued
    # to a word (a digit may touch a trigger word; the patterns' \b then fails), and cut short.
    paired = [raw[i].get("example", "") for i in data.also]
    out += [s.upper() for s in paired]
    out += [regex.sub(r"\b(\p{L}+)\b", r"\g<1>7", s, count=3) for s in paired]
    out += [s[: len(s) // 2] for s in paired]
    return [s for s in out if s]


@pytest.fixture(scope="module")
def text() -> str:
    from benchmarks.speed import SEED

    return "\n\n".join([*_sentences(), SEED.read_text(encoding="utf-8")])


def _findings(checker: Checker, text: str) -> set[tuple[str, int, int, str]]:
    return {(f.rule_id, f.span.start, f.span.end, f.message) for f in checker.check(text).findings}


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_also_lists_never_hide_a_calque(backend: str, text: str, monkeypatch) -> None:
    if backend not in available_backends():
        pytest.skip("native scanner not built")
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    checker = Checker(select=list(RULES), preview=True, languagetool="off")
    paired = _findings(checker, text)
    assert paired, "the examples must give findings"
    data = checker.packs.compiled("calques")
    assert data.also
    monkeypatch.setattr(data, "also", {})
    assert _findings(checker, text) == paired


def test_an_entry_with_two_lists_runs_only_where_both_fired() -> None:
    """"these last years" needs "last" and "these": a paragraph with "last" alone does not
    run its pattern (the pattern is left uncompiled), one with both does."""
    checker = Checker(select=["calques/french-calque"], preview=True, languagetool="off")
    data = checker.packs.compiled("calques")
    entry = next(i for i, also in data.also.items() if also == {"these"})
    seen = []
    original = type(data).pattern

    def spy(self, idx):
        seen.append(idx)
        return original(self, idx)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(type(data), "pattern", spy)
        checker.check("The council met last week and will meet again.")
        assert entry not in seen
        found = checker.check("These last years the council met every week.").findings
        assert entry in seen
    assert [f.rule_id for f in found] == ["calques/french-calque"]
