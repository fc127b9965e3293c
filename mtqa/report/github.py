"""GitHub Actions workflow commands: one annotation per finding.

    ::warning file=news/story.md,line=13,col=127,endLine=13,endColumn=137,title=mtqa repetition/doubled-phrase::…

Severity picks the command: critical → error, major → warning, minor → notice. Columns
count code points, 1-based, as in the text report. Data is escaped as GitHub's runner
requires (% → %25, CR → %0D, LF → %0A) and property values also escape `:` and `,`.
A file that could not be read is an `::error file=…::` without a line; a per-file summary
line (plain text, escaped so that no file name can turn it into a command) follows each
file's annotations. Paths under the working
directory are made relative to it, as GitHub matches them against the repository.

GitHub shows at most 10 annotations of each kind per step (50 per job) on the pull
request; the SARIF upload has no such limit, so CI should do both (examples/).
"""

from __future__ import annotations

import re

from mtqa.finding import Severity
from mtqa.report.common import counts, message_with_suggestion, number, repo_path
from mtqa.result import Report

COMMANDS = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "notice"}


# Control characters other than tab, CR and LF (C0, DEL, C1): the runner needs only %, CR and LF
# escaped, but an ESC or BEL taken from a file name would reach the log as it is (colours, a
# rewritten line); they are written %XX as the runner writes the others, and read so in the log.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_data(s: str) -> str:
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _CONTROLS.sub(lambda m: f"%{ord(m.group()):02X}", s)


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + shown if shown else ''}::{escape_data(message)}"


def render(reports: list[Report], **_: object) -> str:
    lines: list[str] = []
    for r in reports:
        name = repo_path(r.path)
        if r.error is not None:
            lines.append(command("error", f"{name}: {r.error}", file=name, title="mtqa: cannot check file"))
            continue
        for f in r.findings:
            lines.append(command(
                COMMANDS[f.severity], message_with_suggestion(f), file=name, line=f.span.line, col=f.span.column,
                endLine=f.span.end_line, endColumn=f.span.end_column, title=f"mtqa {f.rule_id} ({f.severity.value})",
            ))
        c = counts(r)
        detail = ", ".join(f"{c[s]} {s}" for s in ("critical", "major", "minor") if c[s]) or "no findings"
        verdict = "PASS" if r.passed else "FAIL"
        lines.append(plain_line(f"{name}: score {r.score:.1f} (threshold {number(r.threshold)}) — {verdict} — "
                                f"{detail}, {r.words} words"))
    return "\n".join(lines) + ("\n" if lines else "")


def plain_line(s: str) -> str:
    """A line that is not a command and cannot become one: escaped as data (no line break
    survives) and, if it would still start with `::` (a file named so), prefixed."""
    s = escape_data(s)
    return f"mtqa: {s}" if s.lstrip().startswith("::") else s
