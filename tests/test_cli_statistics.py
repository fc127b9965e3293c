"""`mtqa check --statistics`: each rule's count over the run, in ruff's shape (count, id, fixable
mark, title), text and JSON. Real files and real runs of `mtqa check`."""

from __future__ import annotations

import json
from pathlib import Path

from mtqa.cli import main

# Made-up copy: two doubled words in one file, one in the other, and a fixable rule only.
ONE = "The council met on Tuesday and the the vote was was close.\n"
TWO = "Crews cleared the road by noon and and traffic moved again.\n"
DOUBLED = "repetition/doubled-word"


def _files(tmp_path: Path) -> list[str]:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    return [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]


def test_text_counts_each_rule_over_every_file(tmp_path: Path, capsys) -> None:
    code = main(["check", "--isolated", "--languagetool", "off", "--select", DOUBLED, "--statistics",
                 *_files(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1  # the exit code is the check's
    lines = out.splitlines()
    assert len(lines) == 1, out  # no per-file report
    count, rule, title = lines[0].split("\t")
    assert (count, rule) == ("3", DOUBLED)
    assert title.startswith("[*] The same word twice")


def test_json_is_rufs_list_of_counts(tmp_path: Path, capsys) -> None:
    main(["check", "--isolated", "--languagetool", "off", "--select", DOUBLED, "--statistics", "-f", "json",
          *_files(tmp_path)])
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"code": DOUBLED, "name": rows[0]["name"], "count": 3, "fixable": True, "fixable_count": 3}]
    assert rows[0]["name"].startswith("The same word twice")


def test_commonest_rule_first_and_unfixable_marked(tmp_path: Path) -> None:
    from mtqa.finding import Finding, Fix, Severity, Span
    from mtqa.report.statistics import render_text, rule_counts
    from mtqa.result import Report

    def finding(rule: str, fix: Fix | None) -> Finding:
        return Finding(rule, f"{rule} said", Span(0, 1), "x", Severity.MINOR, "style", fix=fix)

    report = Report.__new__(Report)
    object.__setattr__(report, "findings", [finding("zz/made-up", None), finding("aa/made-up", Fix.safe("t", "y")),
                                            finding("zz/made-up", None)])
    rows = rule_counts([report])
    assert [(r.code, r.count, r.fixable) for r in rows] == [("zz/made-up", 2, False), ("aa/made-up", 1, True)]
    assert render_text(rows) == "2\tzz/made-up\t[ ] zz/made-up said\n1\taa/made-up\t[*] aa/made-up said\n"


def test_other_formats_are_refused_with_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["check", "--isolated", "--statistics", "-f", "sarif", *_files(tmp_path)]) == 2
    assert "--statistics is printed as text or json" in capsys.readouterr().err
