"""The Checker: reuse, thread safety, batch checking, rule failures and reports."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

import mtqa
from mtqa import Checker, Document, scoring
from mtqa.rule import Scope, rule

TEXTS = [f"Story {i} says the the vote was held in Ottawa in Ottawa on day {i}." for i in range(60)]


def signature(report) -> list[tuple]:
    return [(f.rule_id, f.span.start, f.span.end, f.text) for f in report.findings]


def test_one_call_api() -> None:
    report = mtqa.check("It was was late.", select=["repetition"])
    assert [f.text for f in report.findings] == [" was"]
    assert report.words == 4 and not report.passed


def test_checker_is_reusable_and_thread_safe() -> None:
    checker = Checker(select=["repetition"])
    sequential = [signature(checker.check(t)) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: signature(checker.check(t)), TEXTS))
    assert threaded == sequential
    assert all(len(s) == 2 for s in sequential)


def test_check_many_streams_reports_in_order() -> None:
    checker = Checker(select=["repetition"])
    reports = checker.check_many(iter(TEXTS[:5]))
    assert not isinstance(reports, list)
    assert [r.text for r in reports] == TEXTS[:5]


def test_documents_keep_their_own_locale_and_path() -> None:
    doc = Document("The the end.", locale="en-GB", path="x.txt")
    report = Checker(select=["repetition"]).check(doc)
    assert (report.locale, report.path) == ("en-GB", "x.txt")


def test_a_failing_rule_is_recorded_not_fatal(monkeypatch) -> None:

    @rule("repetition/explodes", category="Other/Test", severity="minor", scope=Scope.DOCUMENT)
    def explodes(doc, ctx):
        """Always fails (test only)."""
        raise RuntimeError("boom")
        yield  # pragma: no cover

    try:
        checker = Checker(select=["repetition"])
        report = checker.check("The the end.")
        assert [f.rule_id for f in report.findings] == ["repetition/doubled-word"]
        assert {"check": "repetition/explodes", "reason": "internal error: RuntimeError: boom"} in report.checks_skipped
        with pytest.raises(RuntimeError):
            Checker(select=["repetition"], strict=True).check("x")
    finally:
        from mtqa.rule import DEFINED

        DEFINED.remove(explodes.rule)


def test_a_rule_needing_corroboration_stands_only_beside_findings_that_cost_something() -> None:
    """The engine applies the declaration to any rule, after suppressions and before scoring."""

    @rule("repetition/hunch", category="Other/Test", severity="major", scope=Scope.DOCUMENT, needs_corroboration=True)
    def hunch(doc, ctx):
        """Always suspects the first paragraph (test only)."""
        par = doc.paragraphs[0]
        yield ctx.finding(par, 0, len(par.text), "a hunch")

    try:
        checker = Checker(select=["repetition"], languagetool="off")
        alone = checker.check("Fine text here.")
        assert alone.findings == [] and alone.penalty == 0
        assert any("repetition/hunch" in note and "withheld" in note for note in alone.notes)
        beside = checker.check("The the end.")
        assert [f.rule_id for f in beside.findings] == ["repetition/hunch", "repetition/doubled-word"]
        assert beside.penalty == 5 + scoring.finding_penalty(beside.findings[1], checker.policy.weights)
        assert not any("withheld" in note for note in beside.notes)
        suppressed = checker.check("# mtqa-disable-next-line repetition/doubled-word\nThe the end.")
        assert suppressed.findings == []
        selected = Checker(select=["repetition/hunch"], languagetool="off").check("The the end.")
        assert selected.findings == []  # every other rule left out: it never stands
    finally:
        from mtqa.rule import DEFINED

        DEFINED.remove(hunch.rule)


def test_a_rule_reading_findings_runs_after_the_others_and_sees_what_they_found() -> None:
    """Declared first by its id, it still runs last, and reads the rules' findings of this check."""
    seen: list[list[tuple[str, float]]] = []

    @rule("repetition/aa-tally", category="Other/Test", severity="minor", scope=Scope.DOCUMENT, reads_findings=True)
    def tally(doc, ctx):
        """Keeps what the other rules found (test only)."""
        seen.append(list(ctx.earlier_findings()))
        return iter(())

    try:
        Checker(select=["repetition"], languagetool="off").check("The the end came when when it rained.")
        assert [rule_id for rule_id, _confidence in seen[0]] == ["repetition/doubled-word"] * 2
    finally:
        from mtqa.rule import DEFINED

        DEFINED.remove(tally.rule)


def test_a_rule_not_declaring_it_cannot_read_the_findings() -> None:
    @rule("repetition/aa-peek", category="Other/Test", severity="minor", scope=Scope.DOCUMENT)
    def peek(doc, ctx):
        """Reads the findings without declaring it (test only)."""
        ctx.earlier_findings()
        return iter(())

    try:
        with pytest.raises(RuntimeError, match="reads_findings"):
            Checker(select=["repetition/aa-peek"], languagetool="off", strict=True).check("Fine text here.")
    finally:
        from mtqa.rule import DEFINED

        DEFINED.remove(peek.rule)


def test_unknown_checker_option() -> None:
    with pytest.raises(TypeError, match="unknown Checker option"):
        Checker(selekt=["x"])


def test_report_lists_checks_ran_and_timings() -> None:
    report = Checker(select=["repetition"]).check("Fine text.")
    assert set(report.checks_ran) >= {"repetition/doubled-word", "repetition/doubled-phrase"}
    assert "total" in report.timings


def test_line_and_column_of_every_finding_are_the_documents_positions() -> None:
    """The engine places a finding's start and end on lines as `Document.position` does, for
    spans within a line, across line ends of every kind (LF, CRLF, CR), at a line's first and
    last character and at the very end of the text."""
    import random

    @rule("repetition/everywhere", category="Other/Test", severity="minor", scope=Scope.DOCUMENT)
    def everywhere(doc, ctx):
        """Flags spans chosen at random in the whole text (test only)."""
        rnd = random.Random(len(doc.text))
        for par in doc.paragraphs:
            for _ in range(20):
                start = rnd.randint(0, len(par.text))
                yield ctx.finding(par, start, rnd.randint(start, len(par.text)), "somewhere")
            yield ctx.finding(par, len(par.text), len(par.text), "the end")

    try:
        checker = Checker(select=["repetition/everywhere"], languagetool="off")
        rnd = random.Random(7)
        across = 0
        for _ in range(40):
            pieces = ["ab", " ", "\n", "\r\n", "\r", "c d"]
            text = "x" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) + "\n\ny"  # a blank line:
            doc = Document(text)  # paragraphs are cut there, so a paragraph holds line ends
            report = checker.check(doc)
            assert report.findings
            for f in report.findings:
                assert (f.span.line, f.span.column) == doc.position(f.span.start)
                assert (f.span.end_line, f.span.end_column) == doc.position(f.span.end)
                across += f.span.end_line > f.span.line
        assert across > 20
    finally:
        from mtqa.rule import DEFINED

        DEFINED.remove(everywhere.rule)


# A long document's findings repeat: what they say is held once (issue #14, a 10 MB line's memory).
_TWO_SLIPS_ALIKE = ("Officials in the U.S. capital said the talks would resume in spring.\n\n"
                    "A US trade envoy flew to the talks, and a US farm lobby asked for a delay.")


def test_findings_with_equal_suggestions_share_one_tuple() -> None:
    found = [f for f in Checker(languagetool="off").check(_TWO_SLIPS_ALIKE).findings if f.suggestions]
    assert len(found) >= 2 and len({f.suggestions for f in found}) == 1  # two slips, one fix
    assert len({id(f.suggestions) for f in found}) == 1


def test_findings_without_extras_share_one_empty_extra_that_refuses_changes() -> None:
    import copy
    import dataclasses
    import pickle

    from mtqa.finding import NO_EXTRA

    plain = [f for f in Checker(languagetool="off").check(_TWO_SLIPS_ALIKE).findings if not f.extra]
    assert len(plain) >= 2 and all(f.extra is NO_EXTRA for f in plain)
    f = plain[0]
    assert f.extra == {} and dict(f.extra) == {} and {**f.extra, "k": 1} == {"k": 1}
    with pytest.raises(TypeError, match="make a new Finding"):
        f.extra["note"] = "changed"
    with pytest.raises(TypeError):
        f.extra.update(note="changed")
    assert NO_EXTRA == {}  # nothing got in
    assert pickle.loads(pickle.dumps(f)).extra is NO_EXTRA and copy.deepcopy(f) == f
    mine = dataclasses.asdict(f)["extra"]  # a copy is the caller's own dict
    mine["note"] = "mine"
    assert type(mine) is dict and NO_EXTRA == {}
    assert dataclasses.replace(f, extra={"note": "own"}).extra == {"note": "own"}
