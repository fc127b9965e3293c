"""Helpers shared by the machine-readable reports (SARIF, JUnit, GitHub, HTML).

Severity maps to a three-step level the same way everywhere: critical → error,
major → warning, minor → note (GitHub's "notice"). Columns in the text, JSON, JUnit and
GitHub reports count code points; SARIF declares `columnKind` and counts UTF-16 code
units, which is what GitHub's web UI counts.
"""

from __future__ import annotations

import unicodedata

from mtqa import digests
from mtqa.finding import Finding, Severity
from mtqa.lines import LineIndex
from mtqa.patterns import lazy_re
from mtqa.result import Report
from mtqa.scoring import format_number

_LINE_BREAK = lazy_re(r"\r\n|\r|\n")  # only where a finding is shown in context

LEVELS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}
SEVERITY_ORDER = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)


def level(severity: Severity) -> str:
    """SARIF level of a severity: error, warning or note."""
    return LEVELS[severity]


def counts(report: Report) -> dict[str, int]:
    """Findings per severity name, every severity present (zero when none)."""
    out = {s.value: 0 for s in SEVERITY_ORDER}
    for f in report.findings:
        out[f.severity.value] += 1
    return out


def rules_by_id() -> dict:
    """Every registered rule by id (preview ones too); an unknown id is simply absent."""
    from mtqa import registry

    return {r.id: r for r in registry.all_rules()}


# C0 controls (tab aside), DEL and C1 controls: shown as visible stand-ins on a terminal,
# so copy or a file name can neither move the cursor nor start an escape sequence. C0
# characters become their Unicode control pictures (ESC → ␛), DEL ␡, C1 U+FFFD; one
# character each, so carets under a line stay aligned. So do the characters that break or
# reorder a line as it is shown without being controls: the line and paragraph separators
# (U+2028, U+2029: ␤, the picture of a new line; editors, log viewers and `str.splitlines`
# end a line there) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
# U+2066–U+2069: U+FFFD; they make the rest of a line read in another order).
_CONTROLS = {**{c: 0x2400 + c for c in range(0x20) if c != 0x09}, 0x7F: 0x2421,
             **{c: 0xFFFD for c in range(0x80, 0xA0)},
             0x2028: 0x2424, 0x2029: 0x2424,
             **{c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}}


def printable(s: str) -> str:
    """`s` with every control character (tab aside), line separator and bidirectional
    override replaced by a visible stand-in, one character for one."""
    return s.translate(_CONTROLS)


number = format_number  # a penalty or threshold as people write it


def display_path(path: str | None) -> str:
    return path or "<text>"


def repo_path(path: str | None) -> str:
    """The path as CI expects it: relative to the working directory when inside it, "/"-separated."""
    import os
    from pathlib import Path

    if not path:
        return "<text>"
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except (ValueError, OSError, RuntimeError):  # RuntimeError: links that loop (Python < 3.13)
            return p.as_posix()
    posix = p.as_posix() if os.sep == "/" else str(p).replace(os.sep, "/")
    while posix.startswith("./"):
        posix = posix[2:]
    return posix


class Utf16Columns:
    """Code-point offset → (line, UTF-16 column), both 1-based, for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        line, col = self.lines.position(offset)
        start = offset - (col - 1)
        prefix = self.text[start:offset]
        if prefix.isascii():
            return line, col
        return line, 1 + sum(2 if ord(c) > 0xFFFF else 1 for c in prefix)


def _normalise(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def fingerprints(report: Report, context: int = 24) -> list[str]:
    """A stable fingerprint per finding: rule, normalised flagged text and nearby words.

    Line numbers are left out and the context stops at a line break, so an edit
    elsewhere in the file keeps the fingerprint; a repeat of the same text in the same context gets an occurrence number.
    """
    seen: dict[str, int] = {}
    out = []
    text = report.text
    for f in report.findings:
        before = _normalise(_LINE_BREAK.split(text[max(0, f.span.start - context):f.span.start])[-1])
        after = _normalise(_LINE_BREAK.split(text[f.span.end:f.span.end + context])[0])
        key = "\x1f".join((f.rule_id, _normalise(f.text), before, after))
        digest = digests.sha256(key.encode("utf-8")).hexdigest()[:32]
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        out.append(f"{digest}:{n + 1}")
    return out


def segment_of(f: Finding) -> str | None:
    """The id of the bilingual segment a finding is in (XLIFF unit, TMX tuid, PO msgctxt|msgid), or None."""
    seg = f.extra.get("segment") if f.extra else None
    return None if seg is None else str(seg)


def segment_status(f: Finding) -> str:
    """The segment's state and lock as the file gives them ("translated", "Draft, locked"), or ""
    when it gives neither: a reviewer reads whether the finding is in a segment still a draft
    or one already signed off."""
    extra = f.extra or {}
    said = [str(extra["segment_state"])] if extra.get("segment_state") is not None else []
    return ", ".join(said + (["locked"] if extra.get("segment_locked") else []))


def segment_prefix(f: Finding) -> str:
    """"segment ID (state): " for a finding in a bilingual file ("segment ID: " when the file
    gives the segment no state or lock), "" otherwise."""
    seg = segment_of(f)
    if seg is None:
        return ""
    status = segment_status(f)
    return f"segment {seg} ({status}): " if status else f"segment {seg}: "


def counted(n: int, noun: str) -> str:
    """"1 word", "2 words", "0 errors": a count with its noun in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def files_line(files: int, passed: int, failed: int, errors: int) -> str:
    """The text report's last line over several files (also printed by the streamed report)."""
    return f"{files} files: {passed} passed, {failed} failed, {counted(errors, 'error')}"


def suggestion_text(f: Finding) -> str:
    """The suggestions as one human line ("" when none); an empty suggestion reads "(delete)"."""
    if not f.suggestions:
        return ""
    return " | ".join(suggestion_label(s) for s in f.suggestions[:3])


def suggestion_label(s: str) -> str:
    """One suggestion as a reader sees it: "(delete)" for nothing, and white space named, since
    printed as it is "Fix:  " shows nothing ("(one space)" for a doubled space's fix)."""
    if not s:
        return "(delete)"
    if s.strip():
        return s
    if s == " " * len(s):
        return "(one space)" if len(s) == 1 else f"({len(s)} spaces)"
    return f"(white space: {s!r})"


def message_with_suggestion(f: Finding) -> str:
    """The message (after its segment, in a bilingual file) and the suggestions, as one line."""
    sugg = suggestion_text(f)
    message = segment_prefix(f) + f.message
    if not sugg:
        return message
    label = "Fix" if f.fix_safe else "Suggestion"
    return f"{message}. {label}: {sugg}" if not message.endswith((".", "!", "?")) else f"{message} {label}: {sugg}"


def weights_phrase(weights: dict) -> str:
    """The weights a penalty used, when not the defaults: `minor 1, major 5, critical 25;
    Fluency/Punctuation minor 0.1` (a category's weights where they differ from the severity's)."""
    severities = ("minor", "major", "critical")
    parts = [", ".join(f"{s} {number(weights[s])}" for s in severities)]
    for category, own in weights.get("categories", {}).items():
        differ = [f"{s} {number(own[s])}" for s in severities if own[s] != weights[s]]
        parts.append(f"{printable(category)} {', '.join(differ) if differ else 'as above'}")
    return "; ".join(parts)


# The HTML report's generator tag, up to the version: written by `report.html`, and read by the
# folder walk of `mtqa check`, which leaves an earlier run's report out rather than check it as copy.
HTML_GENERATOR = '<meta name="generator" content="mtqa '
_REPORT_HEAD_BYTES = 512  # the tag comes within the first ~200 bytes of the report


def is_html_report(path) -> bool:
    """Whether the file opens as mtqa's own HTML report does (its generator tag in its head)."""
    try:
        with open(path, "rb") as f:
            head = f.read(_REPORT_HEAD_BYTES)
    except OSError:  # unreadable: the check of the file says why
        return False
    return HTML_GENERATOR.encode() in head
