"""Inline suppression: `mtqa-disable`, `mtqa-enable` and `mtqa-disable-next-line` directives.

Formats find the directives (HTML/Markdown comments, `#` lines in plain text); this module
decides which findings they silence. A directive names rules or families separated by
spaces or commas; naming none means every rule. `disable` runs to the matching `enable`
(or the end of the file); `disable-next-line` covers the next line that has text.
"""

from __future__ import annotations

from mtqa.errors import ConfigError
from mtqa.finding import Finding
from mtqa.registry import check_patterns, matches_id
from mtqa.spans import SpanSet


def _names(rules: tuple[str, ...]) -> tuple[str, ...]:
    return rules or ("ALL",)


def _covers(pattern: str, rule_id: str) -> bool:
    # Directives use the selection syntax of --select ("quotes/" is accepted for a family).
    return matches_id(pattern.rstrip("/") or pattern, rule_id)


def unknown_names(doc) -> list[str]:
    """A note for each name in a directive that matches no rule or family: a typo
    (`mtqa-disable-next-line repetiton`) would otherwise suppress nothing, silently, as an
    unknown name on --select or --ignore is an error."""
    notes = []
    for d in doc.directives:
        for name in d.rules:
            if name in ("ALL", "all", "*"):
                continue
            try:
                check_patterns([name.rstrip("/") or name], "")
            except ConfigError as exc:
                line = d.line or doc.lines.position(d.offset)[0]
                notes.append(f"line {line}: mtqa-{d.action}: {str(exc).lstrip(': ')}; it suppresses nothing")
    return notes


def filter_findings(findings: list[Finding], doc) -> list[Finding]:
    """The findings no directive of `doc` silences."""
    if not doc.directives:
        return findings
    # One span index per rule pattern: a long document with many directives stays linear.
    by_pattern: dict[str, list[tuple[int, int]]] = {}
    for s, e, p in _silenced_ranges(doc):
        by_pattern.setdefault(p, []).append((s, e))
    indexes = [(p, SpanSet(spans)) for p, spans in by_pattern.items()]
    return [
        f for f in findings
        if not any(_covers(p, f.rule_id) and spans.covers(f.span.start) for p, spans in indexes)
    ]


def _silenced_ranges(doc) -> list[tuple[int, int, str]]:
    """(start offset, end offset, rule pattern) of every stretch a directive silences, read in
    the document's order: a `disable` left open runs past the end of the text."""
    ranges: list[tuple[int, int, str]] = []
    open_at: dict[str, int] = {}  # pattern -> where its `disable` opened
    for d in sorted(doc.directives, key=lambda d: d.offset):
        if d.action == "disable":
            for name in _names(d.rules):
                open_at.setdefault(name, d.offset)
        elif d.action == "enable":
            _close(d, open_at, ranges)
        elif d.action == "disable-next-line":
            span = _next_line(doc, d.offset)
            if span is not None:
                ranges.extend((span[0], span[1], name) for name in _names(d.rules))
    for name, start in open_at.items():
        ranges.append((start, len(doc.text) + 1, name))
    return ranges


def _close(d, open_at: dict[str, int], ranges: list[tuple[int, int, str]]) -> None:
    """An `enable` ends the open `disable` of each pattern it names; "ALL" ends every one."""
    for name in _names(d.rules):
        if name in ("ALL", "all", "*"):
            for k, start in list(open_at.items()):
                ranges.append((start, d.offset, k))
            open_at.clear()
        elif name in open_at:
            ranges.append((open_at.pop(name), d.offset, name))


def _next_line(doc, offset: int) -> tuple[int, int] | None:
    """The offsets of the first line with text after the line holding `offset`, or None at
    the end of the document (a `disable-next-line` silences that line whole)."""
    lines = doc.lines
    line, _ = lines.position(offset)
    target = line + 1
    while target <= len(lines.starts) and not lines.line_text(target).strip():
        target += 1
    if target > len(lines.starts):
        return None
    start = lines.starts[target - 1]
    end = lines.starts[target] if target < len(lines.starts) else len(doc.text)
    return start, end
