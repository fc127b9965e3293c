"""`mtqa check --statistics`: how many findings each rule made over the run, as ruff's
`--statistics` prints them (count, rule id, a fixable mark, the rule's title), in text or JSON.

A desk reading a day's copy wants to know which kinds of slip are common before reading any
one of them; the per-file reports are left out, as ruff leaves them out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from mtqa.finding import Applicability
from mtqa.report.common import printable, rules_by_id
from mtqa.result import Report


@dataclass(frozen=True)
class RuleCount:
    """One rule's line: its id, title, how many findings and how many `--fix` would apply."""

    code: str
    name: str
    count: int
    fixable_count: int

    @property
    def fixable(self) -> bool:
        return self.fixable_count > 0


def rule_counts(reports: Iterable[Report], unsafe: bool = False) -> list[RuleCount]:
    """Each rule that reported, commonest first (ties by id). A finding counts as fixable when
    `--fix` would apply it: a safe fix, or an unsafe one with `--unsafe-fixes` (`unsafe`).
    A rule mtqa does not register (LanguageTool's) is titled by its first finding's message."""
    applied = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    counts: dict[str, list[int]] = {}
    first_message: dict[str, str] = {}
    for report in reports:
        for f in report.findings:
            tally = counts.setdefault(f.rule_id, [0, 0])
            tally[0] += 1
            tally[1] += f.fix is not None and f.fix.applicability in applied
            first_message.setdefault(f.rule_id, f.message)
    known = rules_by_id() if counts else {}
    rows = [RuleCount(code, known[code].description if code in known else first_message[code], n, fixable)
            for code, (n, fixable) in counts.items()]
    return sorted(rows, key=lambda r: (-r.count, r.code))


def render_text(rows: list[RuleCount]) -> str:
    """ruff's text shape: count right-aligned, the id padded, `[*] ` for a fixable rule (`[ ] `
    for the others, only when some rule is fixable), the title; tab-separated."""
    if not rows:
        return ""
    count_width = max(len(str(r.count)) for r in rows)
    code_width = max(len(r.code) for r in rows)
    any_fixable = any(r.fixable for r in rows)
    lines = []
    for r in rows:
        mark = ("[*] " if r.fixable else "[ ] ") if any_fixable else ""
        lines.append(f"{r.count:>{count_width}}\t{r.code:<{code_width}}\t{mark}{printable(r.name)}")
    return "\n".join(lines) + "\n"


def render_json(rows: list[RuleCount]) -> str:
    """ruff's JSON shape: a list of {code, name, count, fixable, fixable_count}."""
    return json.dumps([{"code": r.code, "name": r.name, "count": r.count, "fixable": r.fixable,
                        "fixable_count": r.fixable_count} for r in rows], indent=2, ensure_ascii=False) + "\n"
