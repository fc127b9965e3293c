"""Check a bilingual file segment by segment and report on the file as a whole.

Each target is checked as its own small Document with its segment's source (so the source
checks compare the right two texts), then every finding is moved onto the file: its span and
line:column are the file's, its text is the file's, it carries ``extra["segment"]``, and its fix
edits the file. A fix that would cut through inline markup, or whose replacement holds a
placeholder, is shown but never applied; replacements are escaped as the format requires
(``&amp;`` in XML, ``\\"`` in PO). The file is read as it streams: only the findings of the
segments already checked are kept.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable

from mtqa import given_up
from mtqa.bilingual import filecheck, filescope, ignore, states
from mtqa.document import Document, read_bytes
from mtqa.lines import LineIndex
from mtqa.errors import InputError
from mtqa.finding import Applicability, Edit, Finding, Fix, Span
from mtqa.formats import PLACEHOLDER
from mtqa.given_up import GivenUp
from mtqa.result import Report

MAX_BYTES = 100 * 1024 * 1024  # the decoded text is kept (reports, --fix); larger files are refused
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_PO_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"})
_MISSING_SHOWN = 10


def escape(text: str, fmt: str) -> str:
    """A replacement as the file must spell it."""
    return text.translate(_PO_ESCAPES if fmt == "po" else _XML_ESCAPES)


def check_file(checker, path: str, display: str | None = None, fmt: str | None = None) -> Report:
    """Read, decode and check one bilingual file; an unreadable or invalid file raises InputError."""
    from mtqa.bilingual import EXTENSIONS, decode, detect

    name = display or path
    fmt = fmt or detect(path)
    if fmt is None:
        *most, last = EXTENSIONS  # named from the table detect() reads, so that a new extension is named too
        raise InputError(f"{name}: not a bilingual file (expected {', '.join(most)} or {last})")
    try:
        data = read_bytes(path, MAX_BYTES)
    except InputError as exc:  # read_bytes names the path; the report names what the user gave
        raise InputError(name + str(exc).removeprefix(str(path))) from None
    text, codec, bom = decode(data, fmt, name)
    del data
    return check_text(checker, text, fmt, name, codec, bom)


def check_text(checker, text: str, fmt: str, path: str | None = None, encoding: str = "utf-8",
               bom: bool = False, check: Callable[[Document], Report] | None = None, project=None) -> Report:
    """Check the decoded text of a bilingual file; invalid content raises InputError. `check`
    checks one segment's Document (`Session.check_bilingual` passes the session's check);
    without it, the Checker's. `project` (mtqa.bilingual.project.Project) holds the run's other
    files, for the consistency rules."""
    from mtqa.bilingual import segments

    t0 = time.perf_counter()
    name = path or "<text>"
    lines = LineIndex(text)
    tally = _Tally(check or checker.check_document,
                   given_up=GivenUp(checker.config.user_pattern_budget, scope="file"))
    wanted, locked_choice = tuple(s.lower() for s in checker.config.segment_states), checker.config.locked
    whole = _WholeFile(fmt) if checker.file_rules() else None
    for seg in segments(text, fmt, name):
        target = tally.target_to_check(seg, wanted, locked_choice)
        if whole is not None:
            checked = states.selected(seg.state, seg.locked, wanted, locked_choice) is None
            whole.add(seg, checked=checked, named=checked and bool(wanted) and seg.state is not None, lines=lines)
        if target is not None:
            _check_segment(checker, seg, target, path, text, lines, fmt, tally)
    if whole is not None:
        tally.found.extend(whole.findings(checker, text, lines, project, name))
        tally.ran.update(dict.fromkeys(r.id for r, _, _ in checker.file_rules()))
    tally.notes.extend(_unchecked_notes(tally.count, tally.missing, tally.left))
    findings = sorted(tally.found, key=Finding.sort_key)
    timings = {k: round(v, 3) for k, v in tally.timings.items()}
    timings["total"] = round((time.perf_counter() - t0) * 1000, 3)
    ran, skipped = tally.ran, tally.skipped
    return Report.scored(
        path, text, tally.words, findings, checker.policy,
        checks_ran=list(ran), checks_skipped=[s for k, s in skipped.items() if k not in ran], notes=tally.notes,
        timings=timings, locale=checker.locale, format=fmt, empty=tally.words == 0, bom=bom, encoding=encoding,
        segments=tally.count,
    )


@dataclass
class _Tally:
    """The file's report so far, added to segment by segment: one place instead of nine loose totals."""

    check: Callable[[Document], Report]  # how each segment's Document is checked: the session's, else the Checker's
    found: list[Finding] = field(default_factory=list)
    words: int = 0
    count: int = 0
    ran: dict[str, None] = field(default_factory=dict)
    skipped: dict[str, dict] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    left: dict[str, list[str]] = field(default_factory=dict)  # why segments were not checked → their ids
    given_up: GivenUp = field(default_factory=GivenUp)  # patterns timed out in a segment: not searched in the later ones

    def target_to_check(self, seg, wanted: tuple[str, ...], locked_choice: str):
        """The segment's target if it is to be checked; else None, its id kept for the notes.

        A segment left out by its state or lock is counted under why; one without a target
        text as missing, so the report can say what was not read.
        """
        self.count += 1
        why = states.selected(seg.state, seg.locked, wanted, locked_choice)
        if why is not None:
            self.left.setdefault(why, []).append(seg.id)
            return None
        target = seg.target
        if target is None or not target.text.strip():
            self.missing.append(seg.id)
            return None
        return target

    def add_report(self, rep: Report) -> None:
        """A segment's words, checks, skips, timings and notes joined to the file's.

        Checks and notes are kept once each in first-seen order, a skip by its first reason,
        and timings summed but for each segment's own total (the file's is measured whole).
        """
        self.words += rep.words
        self.ran.update(dict.fromkeys(rep.checks_ran))
        for s in rep.checks_skipped:
            self.skipped.setdefault(s["check"], s)
        for k, v in rep.timings.items():
            if k != "total":
                self.timings[k] = self.timings.get(k, 0.0) + v
        for note in rep.notes:
            if note not in self.notes:
                self.notes.append(note)


class _WholeFile:
    """Every segment as the rules of the whole file read it (mtqa.bilingual.filecheck), kept
    while the segments are checked one by one: its plain texts and where its target stands."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.segments: list[filescope.FileSegment] = []
        self.places: list[filecheck.Place] = []
        self.ignores: list = []

    def add(self, seg, checked: bool, named: bool, lines: LineIndex) -> None:
        one, place = filecheck.file_segment(seg, len(self.segments), checked, named, lines, self.fmt)
        self.segments.append(one)
        self.places.append(place)
        self.ignores.append(seg.ignore)

    def findings(self, checker, text: str, lines: LineIndex, project=None, name: str = "") -> list[Finding]:
        """The file rules' findings (the consistency rules' across the run's `project` too), less
        those a segment's own ``mtqa: ignore`` silences (a name in it that matches no rule was
        noted when the segment itself was checked)."""
        kept = []
        for index, f in filecheck.run(checker, self.segments, self.places, text, lines, project, name):
            directive = self.ignores[index]
            if directive is None or _not_ignored(checker, _Directive(self.segments[index].id, directive), [f], []):
                kept.append(f)
        return kept


@dataclass(frozen=True)
class _Directive:
    """A segment's id and ``mtqa: ignore`` directives, as _not_ignored reads a segment."""

    id: str
    ignore: tuple


def _check_segment(checker, seg, target, path: str | None, text: str, lines: LineIndex, fmt: str,
                   tally: _Tally) -> None:
    """Check one segment's target against its source and move what it finds onto the file."""
    source = seg.source.text if seg.source.text.strip() else None
    doc = Document(target.text, locale=checker.locale, format="plain", path=path, source=source,
                   meta={"segment": seg.id, "source_lang": seg.source.lang, "flags": seg.flags,
                         "codes": {"source": seg.source.codes, "target": target.codes},
                         given_up.KEY: tally.given_up})
    rep = tally.check(doc)
    kept = _not_ignored(checker, seg, rep.findings, tally.notes)
    tally.found.extend(_onto_file(f, seg, target, text, lines, fmt) for f in kept)
    tally.add_report(rep)


def _not_ignored(checker, seg, findings: list[Finding], notes: list[str]) -> list[Finding]:
    """The findings the segment's own ``mtqa: ignore`` leaves; a name it gives that matches no
    rule or family is noted, since it silently silences nothing otherwise."""
    if seg.ignore is None:
        return findings
    silenced = ignore.names(seg.ignore, checker.names_rules)
    kept = [f for f in findings if not ignore.covers(silenced, f.rule_id, checker.pattern_covers)]
    notes.extend(f"segment {seg.id!r}: mtqa: ignore: {bad!r} matches no rule or family; it silences nothing"
                 for bad in ignore.unknown(silenced, checker.names_rules))
    return kept


def _unchecked_notes(count: int, missing: list[str], left: dict[str, list[str]]) -> list[str]:
    """Notes on the segments not checked: those without a target, then each reason others were left."""
    plural = "s" if count != 1 else ""
    notes = []
    if missing:
        notes.append(f"{len(missing)} of {count} segment{plural} without a target "
                     f"(not checked): {_first_ids(missing)}")
    for why, ids in left.items():
        hint = " (--locked check reads them)" if why == "locked" else " (not in --segment-state)"
        notes.append(f"{len(ids)} of {count} segment{plural} {why}, not checked{hint}: {_first_ids(ids)}")
    return notes


def _first_ids(ids: list[str]) -> str:
    """The first few segment ids, quoted, with an ellipsis when there are more."""
    return ", ".join(repr(m) for m in ids[:_MISSING_SHOWN]) + (", …" if len(ids) > _MISSING_SHOWN else "")


def _onto_file(f: Finding, seg, side, text: str, lines: LineIndex, fmt: str) -> Finding:
    """Move a finding from the segment's plain target onto the file."""
    start, end = side.span(f.span.start, f.span.end)
    line, col, end_line, end_col = lines.span_position(start, end)
    fix = f.fix
    if fix is not None:
        fits = fix.applicability is not Applicability.DISPLAY_ONLY
        edits = []
        for e in fix.edits:
            es, ee = side.span(e.start, e.end)
            if PLACEHOLDER in e.replacement or not side.editable(e.start, e.end):
                fits = False
            edits.append(Edit(es, ee, escape(e.replacement, fmt)))
        fix = Fix(fix.title, tuple(edits), fix.applicability if fits else Applicability.DISPLAY_ONLY)
    extra = {**f.extra, "segment": seg.id}
    if seg.state is not None:
        extra["segment_state"] = seg.state
    if seg.locked:
        extra["segment_locked"] = True
    return replace(f, span=Span(start, end, line, col, end_line, end_col), text=text[start:end], fix=fix,
                   extra=extra)
