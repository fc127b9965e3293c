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

from mtqa.lines import LineIndex
from mtqa.report.common import counted, files_line, number, printable, segment_prefix, suggestion_label
from mtqa.finding import Finding
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


def _excerpt(line: str, col0: int, end_col0: int | None) -> tuple[str, int, int]:
    """The part of `line` shown under a finding, the caret's indent and its width.

    A long paragraph line is cut to a window around the span *before* anything is measured
    or escaped: a line with thousands of findings (one paragraph of repeated words) would
    otherwise cost a pass over the whole line per finding. `printable` keeps lengths, so
    columns stay aligned.
    """
    end = len(line) if end_col0 is None else end_col0
    if len(line) <= _LONG_LINE:
        show = printable(line.replace("\t", " "))
        return show, _width(show[:col0]), max(1, _width(show[col0:end]))
    lo = max(0, col0 - _CONTEXT)
    hi = min(len(line), max(end, col0 + 1) + _CONTEXT)
    window = printable(line[lo:hi].replace("\t", " "))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    pad = _width(prefix) + _width(window[:col0 - lo])
    width = max(1, _width(window[col0 - lo:end - lo]))
    return prefix + window + suffix, pad, width


_LONG_LINE = 160  # characters; longer lines are shown as a window around the span
_CONTEXT = 60  # characters shown either side of the span in that window


def _paint(s: str, key: str, colour: bool) -> str:
    return f"{_COLOURS[key]}{s}{_COLOURS['reset']}" if colour else s


def render_file(r: Report, colour: bool = False, quiet: bool = False) -> list[str]:
    """One file's part of the report: its findings (unless quiet), its summary line, then its
    notes (checks skipped that someone asked for, reference metrics, the report's notes)."""
    name = printable(r.path or "<text>")
    if r.error is not None:
        return [f"{name}: error: {printable(r.error)}"]
    out: list[str] = []
    if not quiet and r.findings:
        lines = LineIndex(r.text)
        for f in r.findings:
            out.extend(_finding_lines(name, f, lines, colour))
    out.append(_summary_line(name, r, colour))
    out.extend(_skip_notes(name, r))
    out.extend(_metrics_lines(name, r.metrics))
    for n in r.notes:
        out.append(f"{name}: note: {printable(n)}")
    return out


def _finding_lines(name: str, f: Finding, lines: LineIndex, colour: bool) -> list[str]:
    """`file:line:col: severity rule message`, the line with a caret under the span, and the
    suggestion if there is one."""
    sev = _paint(f.severity.value, f.severity.value, colour)
    conf = f" (confidence {f.confidence:.2f})" if f.confidence < 1 else ""
    out = [f"{name}:{f.span.line}:{f.span.column}: {sev} {_paint(f.rule_id, 'rule', colour)} "
           f"{printable(segment_prefix(f) + f.message)}{conf}"]
    show, pad, width = _excerpt(lines.line_text(f.span.line), f.span.column - 1,
                                f.span.end_column - 1 if f.span.end_line == f.span.line else None)
    out.append(f"    {show}")
    out.append("    " + " " * pad + _paint("^" * width, f.severity.value, colour))
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
    penalty and a house style other than the default; or that it had no words to check."""
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
    )


def _skip_notes(name: str, r: Report) -> list[str]:
    """The whole checks skipped, unless nobody asked for them (`_UNSAID`); a rule skipped for a
    missing extra is said once for the run (`extras_notes`)."""
    return [f"{name}: note: {printable(s['check'])} skipped: {printable(s['reason'])}"
            for s in r.checks_skipped if not s["check"].count("/") and not s["reason"].startswith(_UNSAID)]


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


def render(reports: list[Report], colour: bool = False, quiet: bool = False, **_: object) -> str:
    lines: list[str] = []
    for r in reports:
        lines.extend(render_file(r, colour, quiet))
        if not quiet:
            lines.append("")
    lines.extend(extras_notes(s for r in reports for s in extras_skipped(r)))
    if len(reports) > 1:
        ok = [r for r in reports if r.ok]
        failed = sum(1 for r in ok if not r.passed)
        errors = len(reports) - len(ok)
        lines.append(files_line(len(reports), len(ok) - failed, failed, errors))
    return "\n".join(lines).rstrip("\n") + "\n"
