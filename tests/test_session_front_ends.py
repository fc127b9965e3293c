"""Every front end checks through `Session.check`, so a step added to the pipeline there reaches
them all: the CLI's bilingual files (each segment), the LanguageTool protocol of `mtqa serve`,
the library's `mtqa.check()` and `mtqa.testing` as much as the CLI's and the API's plain copy."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtqa
from mtqa import testing

from mtqa.bilingual import check_text
from mtqa.cli import main
from mtqa.document import Document
from mtqa.engine import Checker
from mtqa.serve import ltprotocol
from mtqa.session import Session
from tests.bilingual._files import TMX


@pytest.fixture
def checked(monkeypatch) -> list[Document]:
    """The Documents that went through Session.check, in order."""
    seen: list[Document] = []
    original = Session.check

    def check(self, text, **options):
        if isinstance(text, Document):
            seen.append(text)
        return original(self, text, **options)

    monkeypatch.setattr(Session, "check", check)
    return seen


@pytest.fixture
def checked_texts(monkeypatch) -> list[str]:
    """The texts (plain or a Document's) that went through Session.check, in order."""
    seen: list[str] = []
    original = Session.check

    def check(self, text, **options):
        seen.append(text.text if isinstance(text, Document) else text)
        return original(self, text, **options)

    monkeypatch.setattr(Session, "check", check)
    return seen


def test_the_cli_checks_each_segment_of_a_bilingual_file_through_the_session(tmp_path: Path, checked, capsys) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX, encoding="utf-8")
    main(["check", "--languagetool", "off", "--isolated", str(path)])
    assert "repetition/doubled-word" in capsys.readouterr().out
    assert {"tu-7", "#2"} <= {doc.meta.get("segment") for doc in checked}


def test_the_languagetool_protocol_checks_through_the_session(checked) -> None:
    got = ltprotocol.check_plain(Checker(languagetool="off"), "The vote was held on on Monday.", "en-CA", picky=True)
    assert [doc.text for doc in checked] == ["The vote was held on on Monday."]
    assert "repetition/doubled-word" in {f.rule_id for f in got.findings}


def test_a_session_finds_in_a_bilingual_file_what_its_checker_finds() -> None:
    checker = Checker(languagetool="off")
    through_session = Session(checker).check_bilingual(TMX, "tmx", "memory.tmx")
    direct = check_text(checker, TMX, "tmx", "memory.tmx")
    assert through_session.findings == direct.findings and through_session.segments == direct.segments


def test_the_library_call_checks_through_the_session(checked_texts) -> None:
    report = mtqa.check("The council met on on Tuesday.", languagetool="off")
    assert checked_texts == ["The council met on on Tuesday."]
    assert "repetition/doubled-word" in {f.rule_id for f in report.findings}


def test_the_testing_helpers_check_through_the_session(checked_texts) -> None:
    testing.assert_flags("The mayor spoke to to the press.", "repetition/doubled-word", [" to"])
    assert checked_texts == ["The mayor spoke to to the press."]


def test_the_serve_api_checks_a_posted_bilingual_file_through_the_session(checked) -> None:
    from mtqa.serve.api import CheckInput, check

    checker = Checker(languagetool="off")
    report = check(checker, CheckInput(text=TMX, format="tmx"))
    assert any(f.rule_id == "repetition/doubled-word" for f in report.findings)
    assert {"tu-7", "#2"} <= {doc.meta.get("segment") for doc in checked}
