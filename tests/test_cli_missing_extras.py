"""Rules that need an optional extra (wordfreq for `mtqa[words]`) are skipped without it, and the
README says they are reported as skipped: the JSON report lists them per file, and the text
report names them once per run, with what to install (a pre-commit hook or CI image installs
mtqa without extras, and its verdict would otherwise be weaker in silence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import lexicon
from mtqa.cli import main

STORY = "The council met on Tuesday and voted to keep the ferry running all winter.\n"


@pytest.fixture
def stories(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _notes(text: str) -> list[str]:
    return [line for line in text.splitlines() if "mtqa[words]" in line]


@pytest.mark.parametrize("extra", [[], ["--quiet"]])
def test_the_text_report_names_the_rules_a_missing_extra_skipped_once_per_run(stories, capsys, monkeypatch,
                                                                              extra) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    rc = main(["check", *stories, "--isolated", "--jobs", "1", *extra])
    out = capsys.readouterr().out
    notes = _notes(out)
    assert rc == 0 and len(notes) == 1, out
    assert notes[0].startswith("mtqa: note: ") and "rules skipped (calques/reads-as-translation, " in notes[0]
    assert notes[0].endswith(": needs the optional extra mtqa[words] (wordfreq) for word frequencies")
    assert out.rstrip().endswith("2 files: 2 passed, 0 failed, 0 errors")


def test_the_same_note_when_the_text_report_is_written_to_a_file(stories, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    out_file = tmp_path / "report.txt"
    assert main(["check", *stories, "--isolated", "--jobs", "1", "-o", str(out_file)]) == 0
    assert len(_notes(out_file.read_text(encoding="utf-8"))) == 1


def test_no_note_when_the_extra_is_installed(stories, capsys) -> None:
    if lexicon.english() is None:
        pytest.skip(lexicon.MISSING)
    main(["check", *stories, "--isolated", "--jobs", "1"])
    assert "optional extra" not in capsys.readouterr().out


def test_the_json_report_is_unchanged_per_file(stories, capsys, monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "english", lambda: None)
    main(["check", *stories, "--isolated", "--jobs", "1", "--format", "json"])
    files = json.loads(capsys.readouterr().out)["files"]
    assert all(any("mtqa[words]" in s["reason"] for s in f["checks"]["skipped"]) for f in files)
