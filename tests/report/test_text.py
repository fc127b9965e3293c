"""The text report's caret: as many columns in as the terminal shows before the span, and as
wide as the span, whatever the characters (ASCII, wide East Asian ones, combining marks, accents)."""

from __future__ import annotations

import unicodedata

import pytest

from mtqa.report import text

from tests.report._util import check


def _columns(s: str) -> int:
    """A terminal's columns for `s`, character by character (the reference the report keeps to)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else (0 if unicodedata.combining(c) else 1) for c in s)


@pytest.mark.parametrize("line", [
    "The minister said the the talks would resume.",  # ASCII: as wide as long
    "Le ministre à Québec said the the talks would resume.",  # accents: one column each
    "会谈 said the the talks 将 resume.",  # wide characters before and after the span
    "Cafe\u0301 owner said the the talks would resume.",  # a combining accent: no column of its own
    "Fans 🎉 said the the talks would resume.",  # a wide emoji
])
def test_caret_sits_under_the_span(line: str) -> None:
    report = check(line + "\n")
    out = text.render_file(report)
    assert report.findings, "the doubled word is found"
    for f in report.findings:
        at = out.index(next(o for o in out if o.startswith(f"story.txt:{f.span.line}:{f.span.column}: ")))
        shown, caret = out[at + 1], out[at + 2]
        assert shown == "    " + line
        start, end = f.span.column - 1, f.span.end_column - 1
        assert caret.index("^") - 4 == _columns(line[:start])
        assert caret.count("^") == max(1, _columns(line[start:end]))


def test_counts_agree_with_their_nouns() -> None:
    from mtqa.result import Report

    one = check("Ottawa said no.\n")
    one.path = "one.txt"
    out = text.render([one, Report(path="gone.txt", error="no such file")])
    assert ", 3 words," in out and "0 findings," in out  # not "0 findings (no findings)"
    assert out.rstrip().endswith("2 files: 1 passed, 0 failed, 1 error")
    word = check("Ottawa.\n")
    assert ", 1 word," in text.render_file(word, quiet=True)[-1]


def test_a_white_space_fix_is_named_not_printed_blank() -> None:
    from mtqa.report.github import render as github

    report = check("The talks  resumed on Monday.\n")
    assert [f.rule_id for f in report.findings] == ["typography/doubled-space"]
    assert "    fix: (one space)" in text.render_file(report)
    assert "Fix: (one space)" in github([report])


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\u202e", "\u2066", "\x85", "\x1b"])
def test_line_separators_and_direction_controls_in_a_file_name_are_shown_by_stand_ins(odd: str) -> None:
    """U+2028/U+2029 end a line on some terminals and in most editors' log views, and a bidi
    override or isolate (U+202E, U+2066) reorders the rest of the line as it is shown: a file
    named with one could pose as another or break the `path:line:col:` lines apart. Each is
    one visible stand-in, as the C0 and C1 controls are, on every line that names the file."""
    from mtqa.result import Report

    report = check("The minister said the the talks would resume.\n")
    report.path = f"desk{odd}txt.fdp.txt"
    gone = Report(path=f"gone{odd}.txt", error="no such file")
    out = text.render([report, gone])
    assert odd not in out
    lines = out.splitlines()
    assert any(line.startswith("desk") and ":1:" in line for line in lines)
    assert any(line.startswith("gone") and line.endswith(": error: no such file") for line in lines)


def test_a_line_separator_in_the_copy_is_shown_by_one_stand_in_keeping_the_caret_aligned() -> None:
    line = "The minister\u2028said the the talks would resume."
    report = check(line + "\n")
    out = text.render_file(report)
    f = next(f for f in report.findings if f.rule_id == "repetition/doubled-word")
    at = out.index(next(o for o in out if o.startswith(f"story.txt:{f.span.line}:{f.span.column}: ")))
    shown, caret = out[at + 1], out[at + 2]
    assert "\u2028" not in shown and len(shown) == len("    " + line)
    assert caret.index("^") == 4 + f.span.column - 1


# A made-up paragraph line of ~190 columns with a doubled word in its middle and wide characters
# before it: a narrow terminal wraps the excerpt line, and its carets then sit under other words.
_LONG = ("The regional council of the northern township met late on Monday in its old hall and "
         "会谈 heard that the the bridge repairs would take until the spring, the mayor told "
         "reporters who had waited outside.")


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_on_a_narrow_terminal_each_excerpt_fits_and_its_carets_stay_under_the_span(columns: int) -> None:
    report = check(_LONG + "\n")
    f = next(f for f in report.findings if f.rule_id == "repetition/doubled-word")
    out = text.render_file(report, width=columns)
    at = out.index(next(o for o in out if o.startswith(f"story.txt:{f.span.line}:{f.span.column}: ")))
    shown, caret = out[at + 1], out[at + 2]
    assert _columns(shown) <= columns and _columns(caret) <= columns
    start, end = f.span.column - 1, f.span.end_column - 1
    under = caret.index("^")
    # the columns of `shown` before the caret hold the text just before the span ("…" for the cut)
    taken = 0
    for i, c in enumerate(shown):
        if taken == under:
            assert shown[i:].startswith(_LONG[start:end]), (shown, caret)
            break
        taken += _columns(c)
    else:
        raise AssertionError("the carets point past the excerpt")
    assert caret.count("^") == _columns(_LONG[start:end])
    assert shown.startswith("    …") and shown.endswith("…")


@pytest.mark.parametrize("jobs", ["1", "2"])  # rendered in this process, or in the workers
def test_mtqa_check_fits_excerpts_to_columns_and_keeps_whole_lines_in_a_report_file(tmp_path, jobs: str,
                                                                                     warm_cache_template) -> None:
    import os
    import subprocess
    import sys

    from conftest import copy_warm_cache

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(_LONG + "\n", encoding="utf-8")
    # a private copy of the session's filled cache: a cold one cost each run a fill (~9 s of CPU)
    cache = copy_warm_cache(warm_cache_template, tmp_path / "cache")
    env = dict(os.environ, COLUMNS="40", MTQA_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off", "-j", jobs, "a.txt", "b.txt"]
    shown = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300).stdout
    excerpts = [line for line in shown.splitlines() if line.startswith("    …")]
    assert len(excerpts) >= 2 and all(_columns(line) <= 40 for line in excerpts)
    subprocess.run([*command, "-o", "report.txt"], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    filed = (tmp_path / "report.txt").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("    …") and _columns(line) > 100 for line in filed)  # as before: 60 characters a side


def test_a_span_wider_than_the_terminal_shows_its_start_under_carets_to_the_edge() -> None:
    line = "Police said the suspect was arrested on Tuesday morning on Tuesday morning near the park."
    report = check(line + "\n")
    f = next(f for f in report.findings if f.span.end_column - f.span.column > 18)
    out = text.render_file(report, width=24)
    at = out.index(next(o for o in out if o.startswith(f"story.txt:{f.span.line}:{f.span.column}: ")))
    shown, caret = out[at + 1], out[at + 2]
    assert len(shown) <= 24 and len(caret) <= 24
    assert shown.endswith("…") and caret.rstrip().endswith("^")
    start = f.span.column - 1
    assert shown[caret.index("^"):].rstrip("…") in line[start:]
