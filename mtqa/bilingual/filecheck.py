"""Run the rules of a bilingual file's segments together (Scope.FILE) and make their Findings.

mtqa.bilingual.check collects a FileSegment and a Place (where the target stands in the file)
for every segment while it checks them one by one, then calls `run`: each selected file rule
reads all the segments at once and its hits become Findings on the file, severity and options
as configured (`Checker.file_rules`). What is kept per segment is its plain text and two
offsets, not its character map: a file rule's finding covers a segment's whole target.

`example_hits` runs one rule on a docstring example, each line a segment (target line i with
source line i), so that the example tests read a file rule's examples as they read any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtqa.bilingual.filescope import FileSegment, SegmentHit
from mtqa.finding import Finding, Span


ACROSS = ("source/inconsistent-translation", "source/inconsistent-source")  # rules that may compare across files


def compares_across(rule, options: dict) -> bool:
    """Whether a file rule reads the other files of the run (its ``across_files`` option)."""
    return rule.meta.id in ACROSS and bool(options.get("across_files", True))


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding on a segment's target lands: its text without the spaces at either end
    (the blank target itself when it is all spaces; the point where it would stand when empty)."""

    start: int
    end: int


def place_of(side) -> Place:
    """The Place of a segment side (mtqa.bilingual.segment.Side); None sides have no place."""
    text = side.text
    stripped = text.strip()
    if not text:
        return Place(side.start, side.start)
    if not stripped:
        return Place(*side.span(0, len(text)))
    lead = len(text) - len(text.lstrip())
    return Place(*side.span(lead, lead + len(stripped)))


def file_segment(seg, index: int, checked: bool, named: bool, lines, fmt: str) -> tuple[FileSegment, Place]:
    """A segment (mtqa.bilingual.segment.Segment) as a file rule reads it, and where its target stands."""
    side = seg.target if seg.target is not None else seg.source
    place = place_of(side)
    where = f"{seg.id!r} (line {lines.span_position(place.start, place.start)[0]})"
    return FileSegment(index, seg.id, seg.source.text, None if seg.target is None else seg.target.text,
                       seg.state, seg.locked, checked, fmt, where, seg.unit or seg.id,
                       None if seg.target is None else seg.target.lang, named), place


def run(checker, segments: list[FileSegment], places: list[Place], text: str, lines,
        project=None, name: str = "") -> list[tuple[int, Finding]]:
    """Every selected file rule's findings on the file (`text`, its LineIndex `lines`), each
    with the index of its segment. A rule that compares across files reads the other files of
    the run's `project` (mtqa.bilingual.project.Project) around this file's segments, `name`'s."""
    found: list[tuple[int, Finding]] = []
    for rule, options, severity in checker.file_rules():
        seen = segments
        if project is not None and len(project) > 1 and compares_across(rule, options):
            seen = project.around(name, segments, rule.meta.id)
        for hit in rule.func(seen, options):
            if hit.index >= 0:  # -1: another file's segment, flagged in that file's own report
                found.append((hit.index, _finding(rule, severity, hit, segments[hit.index], places[hit.index], text, lines)))
    return found


def _finding(rule, severity, hit: SegmentHit, seg: FileSegment, place: Place, text: str, lines) -> Finding:
    meta = rule.meta
    extra = {**hit.extra, "segment": seg.id}
    if seg.state is not None:
        extra["segment_state"] = seg.state
    if seg.locked:
        extra["segment_locked"] = True
    return Finding(meta.id, hit.message, Span(place.start, place.end, *lines.span_position(place.start, place.end)),
                   text[place.start:place.end], severity or meta.severity, meta.category, hit.suggestions, None,
                   hit.confidence if hit.confidence is not None else meta.default_confidence, "mtqa", extra)


def example_hits(rule, text: str, source: str | None) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, suggestions) in `text` of what `rule` finds when each line of `text` is a
    segment's target and the same line of `source` its source, every segment translated."""
    targets = text.split("\n")
    sources = (source or "").split("\n")
    sources += [""] * (len(targets) - len(sources))
    segments, places, at = [], [], 0
    for i, (tgt, src) in enumerate(zip(targets, sources)):
        segments.append(FileSegment(i, f"s{i + 1}", src, tgt, "translated", where=f"'s{i + 1}'", unit=f"s{i + 1}"))
        stripped = tgt.strip()
        lead = len(tgt) - len(tgt.lstrip()) if stripped else 0
        places.append(Place(at + lead, at + lead + (len(stripped) if stripped else len(tgt))))
        at += len(tgt) + 1
    options = rule.meta.option_defaults
    return [(places[h.index].start, places[h.index].end, h.suggestions) for h in rule.func(segments, options)]
