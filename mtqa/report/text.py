"""Terminal report: `file:line:col`, severity, rule id, message, the line with a caret
underline, the suggestion, then a per-file summary with score and verdict.

Everything taken from the input (file names, copy, messages quoting it, notes) goes through
`printable`: an escape sequence or control character in the copy is shown, never obeyed.

Colour only when asked (the CLI decides: the report's stream is a terminal, not a dumb one, no
--no-color, no NO_COLOR).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

from mtqa.finding import Finding
from mtqa.lines import LineIndex
from mtqa.report.common import counted, files_line, number, printable, segment_prefix, suggestion_label, weights_phrase
from mtqa.result import Report

_COLOURS = {"critical": "\x1b[1;35m", "major": "\x1b[1;31m", "minor": "\x1b[33m", "rule": "\x1b[36m",
            "dim": "\x1b[2m", "bold": "\x1b[1m", "pass": "\x1b[1;32m", "fail": "\x1b[1;31m", "reset": "\x1b[0m"}


def _width(s: str) -> int:
    """Terminal columns of `s`. No ASCII character is wide or combining, so ASCII text is as wide
    as it is long: the two Unicode lookups a character (~0.5 ms of a report of the seed's 80
    findings) are left to other text, once per distinct character."""
    if s.isascii():
        return len(s)
    return sum(map(_char_width, s))


@lru_cache(maxsize=4096)
def _char_width(c: str) -> int:
    """Columns of one character: wide (East Asian W or F) 2, a combining mark 0, else 1."""
    return 2 if unicodedata.east_asian_width(c) in "WF" else (0 if unicodedata.combining(c) else 1)


def _excerpt(line: str, col0: int, end_col0: int | None, room: int | None = None) -> tuple[str, int, int]:
    """The part of `line` shown under a finding, the caret's indent and its width.

    A long paragraph line is cut to a window around the span *before* anything is measured
    or escaped: a line with thousands of findings (one paragraph of repeated words) would
    otherwise cost a pass over the whole line per finding. `printable` keeps lengths, so
    columns stay aligned. With `room` (the terminal's columns left after the indent) the
    window is cut further to fit it: a line the terminal wraps puts the carets under the
    wrong words.
    """
    end = len(line) if end_col0 is None else end_col0
    lo, hi = 0, len(line)
    if len(line) > _LONG_LINE:
        lo = max(0, col0 - _CONTEXT)
        hi = min(len(line), max(end, col0 + 1) + _CONTEXT)
    if room is not None:
        lo, hi = _fit(line, lo, hi, col0, end, room)
    window = printable(line[lo:hi].replace("\t", " "))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    pad = _width(prefix) + _width(window[:col0 - lo])
    width = max(1, _width(window[col0 - lo:min(end, hi) - lo]))
    return prefix + window + suffix, pad, width


def _fit(line: str, lo: int, hi: int, col0: int, end: int, room: int) -> tuple[int, int]:
    """The part of `line[lo:hi]` that fits `room` columns with its "…" marks: the span from its
    start (as much of it as fits), then context added a character a side in turn."""
    n = len(line)

    def fits(a: int, b: int, used: int) -> bool:
        return used + (a > 0) + (b < n) <= room

    if fits(lo, hi, _width(line[lo:hi])):
        return lo, hi
    a = b = min(max(col0, lo), hi)
    used = 0
    span_end = min(max(end, col0 + 1), hi)
    while b < span_end and fits(a, b + 1, used + _char_width(line[b])):
        used += _char_width(line[b])
        b += 1
    if b == a and a < hi:  # not one character of the span fits: show its first all the same
        used, b = _char_width(line[a]), a + 1
    grew = True
    while grew:
        grew = False
        if a > lo and fits(a - 1, b, used + _char_width(line[a - 1])):
            a -= 1
            used += _char_width(line[a])
            grew = True
        if b < hi and fits(a, b + 1, used + _char_width(line[b])):
            used += _char_width(line[b])
            b += 1
            grew = True
    return a, b


_LONG_LINE = 160  # characters; longer lines are shown as a window around the span
_CONTEXT = 60  # characters shown either side of the span in that window
_INDENT = "    "  # before each excerpt and its carets
_MIN_ROOM = 20  # columns an excerpt gets however narrow the terminal says it is


def _paint(s: str, key: str, colour: bool) -> str:
    return f"{_COLOURS[key]}{s}{_COLOURS['reset']}" if colour else s


def render_file(r: Report, colour: bool = False, quiet: bool = False, width: int | None = None) -> list[str]:
    """One file's part of the report: its findings (unless quiet), its summary line, then its
    notes (checks skipped that someone asked for, reference metrics, the report's notes).
    `width` is the terminal's columns, if it has them: each excerpt is cut to fit (the other
    lines wrap whole, so no word of them is lost)."""
    name = printable(r.path or "<text>")
    if r.error is not None:
        return [f"{name}: error: {printable(r.error)}"]
    room = None if width is None else max(_MIN_ROOM, width - len(_INDENT))
    out: list[str] = []
    if not quiet and r.findings:
        lines = LineIndex(r.text)
        for f in r.findings:
            out.extend(_finding_lines(name, f, lines, colour, room))
    out.append(_summary_line(name, r, colour))
    out.extend(_skip_notes(name, r))
    out.extend(_metrics_lines(name, r.metrics))
    for n in r.notes:
        out.append(f"{name}: note: {printable(n)}")
    return out


def _finding_lines(name: str, f: Finding, lines: LineIndex, colour: bool, room: int | None) -> list[str]:
    """`file:line:col: severity rule message`, the line with a caret under the span (cut to
    `room` columns when the terminal has them), and the suggestion if there is one."""
    sev = _paint(f.severity.value, f.severity.value, colour)
    conf = f" (confidence {f.confidence:.2f})" if f.confidence < 1 else ""
    out = [f"{name}:{f.span.line}:{f.span.column}: {sev} {_paint(f.rule_id, 'rule', colour)} "
           f"{printable(segment_prefix(f) + f.message)}{conf}"]
    show, pad, width = _excerpt(lines.line_text(f.span.line), f.span.column - 1,
                                f.span.end_column - 1 if f.span.end_line == f.span.line else None, room)
    out.append(f"{_INDENT}{show}")
    out.append(_INDENT + " " * pad + _paint("^" * width, f.severity.value, colour))
    if f.suggestions:
        out.append(_suggestion_line(f, colour))
    return out


def _suggestion_line(f: Finding, colour: bool) -> str:
    """The first three suggestions, a blank or space-edged one shown so that it can be seen
    (a label, or its repr), under "fix:" when the fix is safe to apply."""
    sugg = " | ".join(suggestion_label(s) if not s.strip() else (repr(s)[1:-1] if s.strip() != s else s)
                      for s in f.suggestions[:3])
    label = "fix" if f.fix_safe else "suggestion"
    return f"    {_paint(label + ':', 'dim', colour)} {printable(sugg)}"


def _summary_line(name: str, r: Report, colour: bool) -> str:
    """The file's verdict: its score against the threshold, findings by severity, words,
    penalty, a house style other than the default and weights other than MQM's defaults; or
    that it had no words to check."""
    verdict = _paint("PASS", "pass", colour) if r.passed else _paint("FAIL", "fail", colour)
    if r.empty:
        return f"{name}: empty (no words to check) — {verdict}"
    counts: dict[str, int] = {}
    for f in r.findings:
        counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
    detail = ", ".join(f"{counts[s]} {s}" for s in ("critical", "major", "minor") if s in counts)
    return (
        f"{_paint(name, 'bold', colour)}: score {r.score:.1f} (threshold {number(r.threshold)}) — {verdict} — "
        f"{counted(len(r.findings), 'finding')}{f' ({detail})' if detail else ''}, {counted(r.words, 'word')}, "
        f"penalty {number(r.penalty)}" + (f", style {printable(r.style)}" if r.style and r.style != "default" else "")
        + (f", weights {weights_phrase(r.weights)}" if r.weights else "")
    )


def _skip_notes(name: str, r: Report) -> list[str]:
    """The whole checks skipped, unless nobody asked for them (`_UNSAID`); a rule skipped for a
    missing extra is said once for the run (`extras_notes`), and so is a check skipped for a
    failure an earlier file met (`repeated_notes`)."""
    return [f"{name}: note: {printable(s['check'])} skipped: {printable(s['reason'])}"
            for s in r.checks_skipped if not s["check"].count("/") and not s["reason"].startswith(_UNSAID)
            and not s["reason"].endswith(EARLIER)]


# How a check says it was skipped for a failure met on an earlier file of the run (LanguageTool's
# server gone: mtqa.integrations.languagetool); the file where it failed says it in full.
EARLIER = "(earlier in this run)"


def repeated_skips(r: Report) -> list[dict]:
    """The whole checks this file's check skipped for a failure an earlier file met."""
    return [s for s in r.checks_skipped if not s["check"].count("/") and s["reason"].endswith(EARLIER)]


def repeated_notes(counts: dict[tuple[str, str], int]) -> list[str]:
    """One line per (check, reason) skipped for an earlier failure, for the whole run, with how
    many files it left unchecked by that check. Per file it was one line on every file after the
    failure (1,987 lines on a 2,000-file run whose LanguageTool server went away)."""
    return [f"mtqa: note: {printable(check)} skipped on {counted(n, 'more file')}: {printable(reason)}"
            for (check, reason), n in sorted(counts.items())]


_EXTRA = "needs the optional extra"


def extras_skipped(r: Report) -> list[dict]:
    """The rules this file's check skipped because an optional extra is not installed."""
    return [s for s in r.checks_skipped if s["check"].count("/") and s["reason"].startswith(_EXTRA)]


def extras_notes(skips: Iterable[dict]) -> list[str]:
    """One line per missing extra for the whole run: how many rules did not run, which, and what
    to install. Per file it would repeat on every file; left out, a check without the extras
    (a pre-commit hook's or CI image's bare install) would be weaker in silence."""
    by_reason: dict[str, set[str]] = {}
    for s in skips:
        by_reason.setdefault(s["reason"], set()).add(s["check"])
    out = []
    for reason, rules in sorted(by_reason.items()):
        names = sorted(rules)
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        out.append(f"mtqa: note: {counted(len(names), 'rule')} skipped ({printable(shown)}): {printable(reason)}")
    return out


# Skips nobody asked about (no --reference given; LanguageTool on "auto" with no server
# configured): recorded in the JSON report, not printed.
_UNSAID = ("needs --", "no server configured")


def _metrics_lines(name: str, m: dict | None) -> list[str]:
    """BLEU, chrF and TER with signatures, then the worst-aligned sentences (from --reference)."""
    if not m or "bleu" not in m:
        return []
    out = [f"{name}: reference: BLEU {m['bleu']['score']:.1f}, chrF {m['chrf']['score']:.1f}, "
           f"TER {m['ter']['score']:.1f} ({m['translation_words']} vs {m['reference_words']} words)"]
    for key in ("bleu", "chrf", "ter"):
        out.append(f"    {key}: {m[key]['signature']}")
    for p in m.get("worst_sentences", [])[:3]:
        out.append(f"    chrF {p['chrf']:5.1f}  {_clip(p['translation'])}")
        out.append(f"          ref  {_clip(p['reference'])}")
    return out


def _clip(s: str, n: int = 100) -> str:
    s = printable(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def render(reports: list[Report], colour: bool = False, quiet: bool = False, width: int | None = None,
           **_: object) -> str:
    lines: list[str] = []
    for r in reports:
        lines.extend(render_file(r, colour, quiet, width))
        if not quiet:
            lines.append("")
    lines.extend(extras_notes(s for r in reports for s in extras_skipped(r)))
    repeated: dict[tuple[str, str], int] = {}
    for s in (s for r in reports for s in repeated_skips(r)):
        repeated[s["check"], s["reason"]] = repeated.get((s["check"], s["reason"]), 0) + 1
    lines.extend(repeated_notes(repeated))
    if len(reports) > 1:
        ok = [r for r in reports if r.ok]
        failed = sum(1 for r in ok if not r.passed)
        errors = len(reports) - len(ok)
        lines.append(files_line(len(reports), len(ok) - failed, failed, errors))
    return "\n".join(lines).rstrip("\n") + "\n"

