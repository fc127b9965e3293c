"""--fix: only inside finding spans, idempotent, atomic, keeping encoding, BOM and line endings."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from mtqa import Checker
from mtqa.cli import main
from mtqa.finding import Applicability
from mtqa.fixes import apply_fixes

CHECKER = Checker(languagetool="off")
SAFE = {Applicability.SAFE}

ALPHABET = string.ascii_letters[:8] + " .,;:()“”\"'’‘-–—\n" + "the in Canada "


def _outside_spans_unchanged(text: str) -> None:
    report = CHECKER.check(text)
    fixed, count = apply_fixes(text, report.findings, SAFE)
    if not count:
        assert fixed == text
        return
    # Every character outside the applied edits is kept, in order.
    from mtqa.fixes import collect_edits

    edits = [e for e, _ in collect_edits(report.findings, SAFE)]
    for e, f in collect_edits(report.findings, SAFE):
        assert f.span.start <= e.start <= e.end <= f.span.end
    rebuilt, pos = [], 0
    for e in edits:
        rebuilt.append(text[pos : e.start] + e.replacement)
        pos = e.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == fixed


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_fixes_stay_inside_spans(text: str) -> None:
    _outside_spans_unchanged(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_fix_is_idempotent(text: str) -> None:
    fixed, _ = CHECKER.fix(text)
    assert CHECKER.fix(fixed)[0] == fixed


def test_cli_fix_keeps_crlf_bom_and_is_idempotent(tmp_path: Path, capsys) -> None:
    p = tmp_path / "story.txt"
    original = "\ufeffThe minister said the the mission would continue.\r\n\r\nIt was was late.\r\n"
    p.write_bytes(original.encode("utf-8"))
    assert main(["check", "--isolated", "--fix", str(p)]) in (0, 1)
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"the the" not in data and b"was was" not in data
    assert data.count(b"\r\n") == 3 and data.replace(b"\r\n", b"").count(b"\n") == 0
    main(["check", "--isolated", "--fix", str(p)])
    assert p.read_bytes() == data
    capsys.readouterr()


def test_diff_writes_nothing(tmp_path: Path, capsys) -> None:
    p = tmp_path / "story.txt"
    p.write_text("It was was late.\n", encoding="utf-8")
    main(["check", "--isolated", "--diff", str(p)])
    out = capsys.readouterr().out
    assert "-It was was late." in out and "+It was late." in out
    assert p.read_text(encoding="utf-8") == "It was was late.\n"


def test_fix_with_diff_says_that_nothing_was_written(tmp_path: Path, capsys) -> None:
    """`--fix --diff` shows the patch and writes nothing (as ruff's `--fix --diff`, which says
    "Would fix"): the report on stderr says so, rather than leaving the user to think it was fixed."""
    p = tmp_path / "story.txt"
    p.write_text("It was was late.\n", encoding="utf-8")
    main(["check", "--isolated", "--fix", "--diff", str(p)])
    captured = capsys.readouterr()
    assert "+It was late." in captured.out
    assert "would apply 1 fix (--diff: nothing written)" in captured.err and "applied" not in captured.err
    assert p.read_text(encoding="utf-8") == "It was was late.\n"


def test_stdin_fix_prints_fixed_text(capsys, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"It was was late.\n")))
    main(["check", "--isolated", "--fix", "-"])
    captured = capsys.readouterr()
    assert captured.out == "It was late.\n"


@pytest.mark.parametrize("encoding, sent, back", [
    ("utf-8", b"\xef\xbb\xbfIt was was late.\r\nThe end.\r\n", b"\xef\xbb\xbfIt was late.\r\nThe end.\r\n"),
    ("utf-8", b"\xef\xbb\xbfNothing to mend here.\n", b"\xef\xbb\xbfNothing to mend here.\n"),
    ("latin-1", b"The caf\xe9 was was late.\n", b"The caf\xe9 was late.\n"),
    ("utf-16", "\ufeffIt was was late.\n".encode("utf-16-le"), "\ufeffIt was late.\n".encode("utf-16-le")),
])
def test_stdin_fix_gives_back_stdins_bytes_but_for_the_fixes(capsysbinary, monkeypatch, encoding: str, sent: bytes,
                                                             back: bytes) -> None:
    """An editor pipes its buffer through `--fix -` and puts back what it gets: the BOM, the line
    ends and the encoding it sent come back (they were dropped: UTF-8 without a BOM came out)."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(sent)))
    main(["check", "--isolated", "--languagetool", "off", "--encoding", encoding, "--fix", "-"])
    assert capsysbinary.readouterr().out == back


def test_unsafe_fixes_need_opt_in(tmp_path: Path, capsys) -> None:
    text = "“The vote is over,” she said. “.\n\nNext paragraph here.\n"
    assert CHECKER.fix(text)[0] == text  # deleting an orphan mark is an unsafe fix
    assert CHECKER.fix(text, unsafe=True)[0] == "“The vote is over,” she said.\n\nNext paragraph here.\n"
    p = tmp_path / "s.txt"
    p.write_text(text, encoding="utf-8")
    main(["check", "--isolated", "--fix", str(p)])
    assert p.read_text(encoding="utf-8") == text
    main(["check", "--isolated", "--fix", "--unsafe-fixes", str(p)])
    assert "“." not in p.read_text(encoding="utf-8")
    capsys.readouterr()


def test_one_fix_loop_settles_and_counts_what_an_encoding_cannot_hold() -> None:
    from mtqa.finding import Applicability, Edit, Finding, Fix, Severity, Span
    from mtqa.fixes import fix_until_stable
    from mtqa.session import Session

    session = Session.of(select=["repetition", "typography/doubled-space"])
    outcome = session.fix_text("The minister said the the plan works.  It is over.")
    assert outcome.text == "The minister said the plan works. It is over." and outcome.edits == 2
    assert outcome.error is None and not outcome.report.findings

    # A replacement the file's encoding cannot write is counted per rule, never applied.
    curly = Finding("quotes/x", "m", Span(0, 1), '"', Severity.MINOR, "Fluency/Punctuation",
                    fix=Fix("curly", (Edit(0, 1, "“"),), Applicability.SAFE))
    report = session.check('"Yes')
    report.findings = [curly]
    latin = fix_until_stable(session.check, report, {Applicability.SAFE}, encoding="latin-1")
    assert latin.edits == 0 and latin.unwritable == {"quotes/x": 1} and latin.text == '"Yes'
    utf8 = fix_until_stable(session.check, report, {Applicability.SAFE}, encoding="utf-8")
    assert utf8.edits == 1 and utf8.text == "“Yes" and utf8.unwritable == {}


@pytest.mark.parametrize("phrase", ["in Canada ", "the harbour plan ", "of the new board "])
@pytest.mark.parametrize("copies", [3, 4, 1025, 2000])
def test_a_phrase_pasted_many_times_is_fixed_in_one_run(phrase: str, copies: int) -> None:
    """Stop 46: doubled-phrase removed one copy of each pair a pass, so 2,000 copies needed 11
    passes; the loop stopped at MAX_PASSES (10) and a second --fix changed the text again. Now
    every copy after the first goes in one finding: one pass, and fixing again changes nothing."""
    from mtqa.session import Session

    session = Session.of(languagetool="off")
    text = "The board met on Tuesday. It said " + phrase * copies + "was sound.\n"
    once = session.fix_text(text)
    assert once.text == "The board met on Tuesday. It said " + phrase + "was sound.\n"
    assert once.settled
    again = session.fix_text(once.text)
    assert again.text == once.text and again.edits == 0


def test_a_fix_loop_stopped_before_it_settles_says_so_and_fails_the_file(tmp_path: Path, capsys,
                                                                          monkeypatch) -> None:
    """A loop cut off at its last pass with fixes left is reported, never a silent half-fix: the
    file keeps every character but the applied edits, the run exits 1, and the note says to
    run --fix again. (Closing up the doubled space makes "the the" a doubled word for the next
    pass; with one pass allowed, it is left.)"""
    from mtqa import fixes
    from mtqa.session import Session

    monkeypatch.setattr(fixes, "MAX_PASSES", 1)
    text = "It was the  the plan.\n"
    outcome = Session.of(languagetool="off").fix_text(text)
    assert not outcome.settled and outcome.edits == 1 and outcome.text == "It was the the plan.\n"
    monkeypatch.setattr(fixes, "MAX_PASSES", 2)
    assert Session.of(languagetool="off").fix_text(text).settled

    monkeypatch.setattr(fixes, "MAX_PASSES", 1)
    monkeypatch.setattr("mtqa.commands.check.MAX_PASSES", 1)
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    code = main(["check", "--isolated", "--languagetool", "off", "--fix", str(p)])
    out, err = capsys.readouterr()
    assert code == 1
    assert p.read_text(encoding="utf-8") == "It was the the plan.\n"
    assert "fixes did not settle in 1 passes" in out + err and "run --fix again" in out + err


class _CountedText(str):
    """Text that counts the characters every slice and join of it copies (and stays counted)."""

    copied = 0

    def __getitem__(self, k):
        piece = str.__getitem__(self, k)
        _CountedText.copied += len(piece)
        return _CountedText(piece)

    def __add__(self, other):
        joined = str.__add__(self, other)
        _CountedText.copied += len(joined)
        return _CountedText(joined)


def test_many_fixes_on_a_long_text_copy_it_once() -> None:
    """Stop 46: each edit was spliced into the whole text in turn, copying it once an edit:
    14,000 fixes on a 600k-character paste (the fuzz's seed-46 input) took 13 s. The pieces
    are now joined once; here 2,000 edits copy about the text's length, not 2,000 times it."""
    from mtqa.finding import Edit, Finding, Fix, Severity, Span

    text = "It said the the plan. " * 2_000
    findings = []
    for k in range(2_000):
        at = k * 22 + 7  # the second "the" and the space before it
        findings.append(Finding("repetition/doubled-word", "m", Span(at, at + 4), " the", Severity.MINOR,
                                "Accuracy/Addition", fix=Fix("Remove", (Edit(at, at + 4, ""),), Applicability.SAFE)))
    _CountedText.copied = 0
    fixed, count = apply_fixes(_CountedText(text), findings, SAFE)
    assert count == 2_000 and fixed == "It said the plan. " * 2_000
    assert _CountedText.copied <= 2 * len(text)  # ~200 million characters when spliced edit by edit


def test_a_stop_asked_before_each_pass_ends_the_loop_with_the_passes_done() -> None:
    """A server's deadline (`mtqa lsp`'s fix-all, stop 49): the loop asks `stop` before each pass;
    a yes returns the text of the passes done, unsettled while fixes are left, and no further
    check is run. ("the  the" needs two passes: the space closed up, then the doubled word.)"""
    from mtqa.session import Session

    session = Session.of(languagetool="off")
    text = "It was the  the plan.\n"
    report = session.check(text)
    checks: list[str] = []

    def check(fixed: str):
        checks.append(fixed)
        return session.check(fixed)

    asked: list[int] = []

    def stop_after(passes: int):
        def stop() -> bool:
            asked.append(1)
            return len(asked) > passes
        return stop

    none = session.fix(report, check=check, stop=stop_after(0))
    assert (none.text, none.edits, none.settled, checks) == (text, 0, False, [])
    asked.clear()
    one = session.fix(report, check=check, stop=stop_after(1))
    assert (one.text, one.edits, one.settled) == ("It was the the plan.\n", 1, False)
    assert checks == ["It was the the plan.\n"]
    asked.clear()
    whole = session.fix(report, check=check, stop=stop_after(10))
    assert whole.settled and whole.text == "It was the plan.\n"
