"""Per-file and per-glob settings, --fail-on and critical findings, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import scoring
from mtqa.cli import main

# About 120 words with one doubled word: one major finding (penalty 5) scores ~96, a pass.
LONG = (
    "The federal government announced on Monday that it would extend the program for another year, "
    "a decision welcomed by municipal leaders across the country. The minister said the the funding "
    "would be distributed through existing agreements with the provinces and territories, and that "
    "officials expected the first payments to arrive before the end of the fiscal year. Opposition "
    "critics said the announcement came too late for many communities, which had already cut "
    "services or raised property taxes to cover the shortfall. Mayors from several large cities "
    "said they would continue to press Ottawa for a permanent arrangement rather than another "
    "temporary extension, arguing that long-term planning was impossible without stable support.\n\n"
    # a second, clean paragraph: at about 230 words one major finding scores just under 98,
    # above the default threshold
    "Provincial officials were more cautious. A spokesperson for the finance department said the "
    "province would study the details before committing its own share of the money, noting that "
    "several earlier programs had been announced without any clear timetable for payments. "
    "Community groups, for their part, welcomed the decision but warned that rising costs for "
    "food, rent and transport meant the amounts set aside were already smaller in real terms than "
    "when the program began. A coalition of rural councils asked for a separate stream for small "
    "towns, whose budgets are often too thin to absorb delays. The federal minister is expected to "
    "meet her provincial counterparts next month in Halifax, where the question of a permanent "
    "agreement is likely to dominate the agenda, along with housing, transit and the future of "
    "regional airports.\n"
)


def write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def run(capsys, *args: str) -> tuple[int, dict[str, dict]]:
    code = main(["check", "--select", "repetition", "--format", "json", *args])
    out = json.loads(capsys.readouterr().out)
    return code, {Path(f["path"]).name if "/" in f["path"] else f["path"]: f for f in out["files"]}


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "a.txt", LONG)
    write(tmp_path / "archive" / "b.txt", LONG)
    write(tmp_path / "wire" / "c.txt", LONG)
    return tmp_path


def test_default_passes_with_one_major(project: Path, capsys) -> None:
    code, files = run(capsys, "news/a.txt")
    assert code == 0 and files["a.txt"]["passed"] and len(files["a.txt"]["findings"]) == 1


def test_per_file_ignores_and_per_file_settings(project: Path, capsys) -> None:
    write(project / "mtqa.toml", """
[per-file-ignores]
"archive/**" = ["repetition/doubled-word"]

[per-file]
"wire/*.txt" = { fail-under = 99.5 }
"news/**" = { severity = { "repetition" = "minor" } }
""")
    code, files = run(capsys, "news/a.txt", "archive/b.txt", "wire/c.txt")
    assert files["b.txt"]["findings"] == [] and files["b.txt"]["passed"]
    assert [f["severity"] for f in files["a.txt"]["findings"]] == ["minor"]
    assert files["c.txt"]["threshold"] == 99.5 and not files["c.txt"]["passed"]
    assert files["c.txt"]["findings"][0]["severity"] == "major"  # per-file severity did not leak
    assert code == 1


def test_per_file_in_pyproject_with_a_directory_argument(project: Path, capsys) -> None:
    write(project / "pyproject.toml", """
[project]
name = "copy"

[tool.mtqa.per-file-ignores]
"*.txt" = ["repetition"]
""")
    code, files = run(capsys, ".")
    assert code == 0 and len(files) == 3 and all(f["findings"] == [] for f in files.values())


@pytest.mark.parametrize("fail_on, expected", [("minor", 1), ("major", 1), ("critical", 0)])
def test_fail_on_fails_on_a_severe_enough_finding_whatever_the_score(project: Path, capsys, fail_on, expected) -> None:
    code, files = run(capsys, "--isolated", "--fail-on", fail_on, "news/a.txt")
    assert files["a.txt"]["score"] > scoring.DEFAULT_THRESHOLD
    assert code == expected and files["a.txt"]["passed"] == (expected == 0)


def test_fail_on_from_config(project: Path, capsys) -> None:
    write(project / "mtqa.toml", 'fail-on = "major"\n')
    code, _ = run(capsys, "news/a.txt")
    assert code == 1


def test_a_critical_finding_fails_whatever_the_score(project: Path, capsys) -> None:
    write(project / "mtqa.toml", '[severity]\n"repetition/doubled-word" = "critical"\n')
    long = LONG * 40  # ~4,600 words, 40 critical findings: penalty 1000, a score near 78, above --fail-under 50
    write(project / "news" / "a.txt", long)
    # (the copies of one paragraph are themselves an error; only the doubled words matter here)
    code, files = run(capsys, "--fail-under", "50", "--ignore", "repetition/repeated-sentence", "news/a.txt")
    assert files["a.txt"]["score"] > 50
    assert {f["severity"] for f in files["a.txt"]["findings"]} == {"critical"}
    assert code == 1 and not files["a.txt"]["passed"]


def test_critical_fails_can_be_turned_off(project: Path, capsys) -> None:
    write(project / "mtqa.toml", 'critical-fails = false\n[severity]\n"repetition/doubled-word" = "critical"\n')
    write(project / "news" / "a.txt", LONG * 40)
    code, files = run(capsys, "--fail-under", "50", "news/a.txt")
    assert code == 0 and files["a.txt"]["passed"]


def test_critical_fails_per_glob(project: Path, capsys) -> None:
    write(project / "mtqa.toml", """
[severity]
"repetition/doubled-word" = "critical"

[per-file]
"archive/**" = { critical-fails = false, fail-under = 50 }
""")
    write(project / "archive" / "b.txt", LONG * 40)
    write(project / "news" / "a.txt", LONG * 40)
    code, files = run(capsys, "archive/b.txt", "news/a.txt")
    assert files["b.txt"]["passed"] and not files["a.txt"]["passed"]
    assert code == 1


def test_stdin_with_a_filename_takes_the_settings_of_that_file(project: Path, capsys, monkeypatch) -> None:
    """An editor pipes a buffer with `--stdin-filename archive/b.txt`: the per-file settings of
    that name apply, and its configuration is found upward from its folder, as for the file."""
    import io
    import sys

    write(project / "mtqa.toml", """
[per-file-ignores]
"archive/**" = ["repetition/doubled-word"]

[per-file]
"wire/*.txt" = { fail-under = 99.5 }
""")
    write(project / "archive" / "mtqa.toml", "fail-under = 90\n")  # the nearest file, read alone
    for name, count, threshold in (("archive/b.txt", 1, 90.0), ("wire/c.txt", 1, 99.5), ("news/a.txt", 1, scoring.DEFAULT_THRESHOLD)):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LONG.encode())))
        code, files = run(capsys, "--stdin-filename", name, "-")
        (report,) = files.values()
        assert (len(report["findings"]), report["threshold"]) == (count, threshold), name
