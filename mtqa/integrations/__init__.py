"""Optional checks that run after the built-in rules (LanguageTool, reference metrics).

Each integration is a small object with `name` and `run(doc, findings) -> Result` (and
optionally `applies(doc) -> bool`: False means nothing to do, nothing recorded); its heavy
imports happen inside `run`, so the core import stays light. `enabled(config)` lists the
integrations a configuration asks for.
"""

from __future__ import annotations

import msgspec


class Result(msgspec.Struct):
    """What an integration returns: findings to add, or why it was skipped."""

    findings: list = msgspec.field(default_factory=list)
    skipped: str | None = None
    notes: list[str] = msgspec.field(default_factory=list)
    metrics: dict | None = None
    ms: float = 0.0


def enabled(config) -> list:
    """The integrations `config` asks for: LanguageTool (unless off or deselected), reference metrics."""
    out: list = []
    setting = (config.languagetool or "auto").strip().lower()
    if setting != "off":
        from mtqa.integrations import languagetool_choice as choice

        if choice.selected(config) and choice.wanted(config):  # the client imported only then
            from mtqa.integrations.languagetool import LanguageTool

            out.append(LanguageTool(config))
    from mtqa.integrations.metrics import ReferenceMetrics

    out.append(ReferenceMetrics())
    return out
