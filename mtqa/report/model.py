"""The result of checking one document: findings, score, verdict and what ran."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mtqa.finding import Applicability, Finding

JSON_SCHEMA_VERSION = "mtqa/1"


@dataclass
class Report:
    """Everything mtqa found in one document, and how it scored.

    `error` is set (and the rest empty) when the file could not be checked at all.
    `empty` is set for a document without words: reported, not an error.
    """

    path: str | None
    text: str = ""
    words: int = 0
    findings: list[Finding] = field(default_factory=list)
    penalty: float = 0.0
    score: float = 100.0
    passed: bool = True
    threshold: float = 0.0
    per_thousand: float = 0.0
    categories: dict = field(default_factory=dict)
    checks_ran: list[str] = field(default_factory=list)
    checks_skipped: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    metrics: dict | None = None
    locale: str = "en-CA"
    format: str = "plain"
    error: str | None = None
    empty: bool = False
    bom: bool = False
    encoding: str | None = None  # the codec a bilingual file is written back with (None: the configured one)
    segments: int | None = None  # bilingual files: the number of segments read
    style: str | None = None  # the house style profile the file was checked with
    digest: str | None = None  # fingerprint of the file's bytes as checked (for --fix)

    @property
    def ok(self) -> bool:
        return self.error is None

    def fixed_text(self, unsafe: bool = False) -> str:
        """The text with safe fixes applied (and unsafe ones too when `unsafe`)."""
        from mtqa.fixes import apply_fixes

        allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
        return apply_fixes(self.text, self.findings, allowed)[0]

    def to_dict(self) -> dict:
        """The JSON form of one file (schema documented in README, versioned by JSON_SCHEMA_VERSION)."""
        if self.error is not None:
            return {"path": self.path, "error": self.error}
        out = {
            "path": self.path,
            "locale": self.locale,
            "format": self.format,
            "style": self.style,
            "words": self.words,
            "penalty": round(self.penalty, 3),
            "penalty_per_1000_words": round(self.per_thousand, 3),
            "score": round(self.score, 2),
            "threshold": self.threshold,
            "passed": self.passed,
            "empty": self.empty,
            "categories": self.categories,
            "findings": [finding_to_dict(f) for f in self.findings],
            "checks": {"ran": self.checks_ran, "skipped": self.checks_skipped},
            "notes": self.notes,
            "timings_ms": self.timings,
        }
        if self.metrics is not None:
            out["metrics"] = self.metrics
        if self.segments is not None:
            out["segments"] = self.segments
        return out


def finding_to_dict(f: Finding) -> dict:
    d: dict[str, Any] = {
        "rule": f.rule_id,
        "family": f.family,
        "category": f.category,
        "severity": f.severity.value,
        "message": f.message,
        "start": f.span.start,
        "end": f.span.end,
        "line": f.span.line,
        "column": f.span.column,
        "end_line": f.span.end_line,
        "end_column": f.span.end_column,
        "text": f.text,
        "suggestions": list(f.suggestions),
        "fix_safe": f.fix_safe,
        "fix": None,
        "confidence": round(f.confidence, 3),
        "scored": f.scored,
        "source": f.source,
    }
    if f.extra.get("segment") is not None:
        d["segment"] = f.extra["segment"]
    if f.fix is not None:
        d["fix"] = {
            "title": f.fix.title,
            "applicability": f.fix.applicability.value,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in f.fix.edits],
        }
    return d
