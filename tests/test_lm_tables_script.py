"""scripts/lm_tables.py, the command line the three table builders of CMU's model share: its
explain, report, write and missing-extras paths on a made-up model, tagger and dictionary, so
that they are checked without the lm and grammar extras."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from script_loader import load_script

lm_tables = load_script("lm_tables", ROOT / "scripts" / "lm_tables.py")


class FakeModel:
    def word_id(self, word: str) -> int | None:
        return {"harbour": 1, "ferry": 2}.get(word)


class FakeTagger:
    def lexicon_tag(self, word: str) -> str:
        return "NN"


@pytest.fixture
def extras(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtqa import language_model, tagging

    monkeypatch.setattr(language_model, "model", lambda: FakeModel())
    monkeypatch.setattr(language_model, "pronouncing_dictionary", lambda: Path("made-up.dict"))
    monkeypatch.setattr(tagging, "tagger", lambda: FakeTagger())


def _run(argv: list[str], written: list) -> int:
    return lm_tables.table_main(
        argv, description="a made-up table", kept_noun="words", explained="made-up share",
        explain=lambda model, tagger, dictionary, word: f"{word}: id {model.word_id(word)}, {dictionary.name}",
        build=lambda model, tagger, dictionary: (["harbour", "ferry"], {"candidates": 3, "kept": 2}),
        report_line=lambda entry: entry.upper(),
        write=lambda kept, counts: written.append((kept, counts)),
        out=ROOT / "rules" / "made_up.toml")


def test_explain_says_which_words_the_model_lacks(extras, capsys: pytest.CaptureFixture[str]) -> None:
    written: list = []
    assert _run(["--explain", "ferry", "gangplonk"], written) == 0
    assert capsys.readouterr().out == "ferry: id 2, made-up.dict\ngangplonk: not in the model\n"
    assert not written


def test_report_prints_each_kept_entry_and_the_counts_and_writes_nothing(extras, capsys: pytest.CaptureFixture[str]) -> None:
    written: list = []
    assert _run(["--report"], written) == 0
    assert capsys.readouterr().out == "HARBOUR\nFERRY\n{'candidates': 3, 'kept': 2}\n"
    assert not written


def test_without_options_it_writes_the_pack_and_names_it(extras, capsys: pytest.CaptureFixture[str]) -> None:
    written: list = []
    assert _run([], written) == 0
    assert written == [(["harbour", "ferry"], {"candidates": 3, "kept": 2})]
    assert capsys.readouterr().out == "wrote rules/made_up.toml: {'candidates': 3, 'kept': 2}\n"


def test_without_the_extras_it_exits_2_with_a_message(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from mtqa import language_model

    monkeypatch.setattr(language_model, "model", lambda: None)
    written: list = []
    assert _run(["--report"], written) == 2
    assert capsys.readouterr().err == "needs the extras mtqa[lm] and mtqa[grammar]\n"
    assert not written
