"""The result of checking one document: findings, score, verdict and what ran.

It sits below the engine (which builds it) and the report renderers (which show it), and
takes its figures and verdict from `mtqa.scoring` only: no renderer works out why a file
passed or failed, it prints `reason`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from mtqa.finding import Finding
from mtqa.records import FACTORY, record
from mtqa.category_weights import describe, resolve
from mtqa.scoring import DEFAULT_CATEGORY_WEIGHTS, DEFAULT_WEIGHTS, Assessment, ScoringPolicy, assess

JSON_SCHEMA_VERSION = "mtqa/1"


@record(frozen=False)
@dataclass(init=False, repr=False, eq=False)
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
    reason: str = ""  # why it passed or failed (scoring.Verdict); empty for an error
    weights: dict | None = None  # the weights the penalty used, when not the defaults (category_weights.describe)

    def __init__(
        self, path: str | None, text: str = "", words: int = 0, findings: list[Finding] = FACTORY, penalty: float = 0.0,
        score: float = 100.0, passed: bool = True, threshold: float = 0.0, per_thousand: float = 0.0,
        categories: dict = FACTORY, checks_ran: list[str] = FACTORY, checks_skipped: list[dict] = FACTORY,
        notes: list[str] = FACTORY, timings: dict = FACTORY, metrics: dict | None = None, locale: str = "en-CA",
        format: str = "plain", error: str | None = None, empty: bool = False, bom: bool = False,
        encoding: str | None = None, segments: int | None = None, style: str | None = None, digest: str | None = None,
        reason: str = "", weights: dict | None = None,
    ) -> None:
        self.path = path
        self.text = text
        self.words = words
        self.findings = [] if findings is FACTORY else findings
        self.penalty = penalty
        self.score = score
        self.passed = passed
        self.threshold = threshold
        self.per_thousand = per_thousand
        self.categories = {} if categories is FACTORY else categories
        self.checks_ran = [] if checks_ran is FACTORY else checks_ran
        self.checks_skipped = [] if checks_skipped is FACTORY else checks_skipped
        self.notes = [] if notes is FACTORY else notes
        self.timings = {} if timings is FACTORY else timings
        self.metrics = metrics
        self.locale = locale
        self.format = format
        self.error = error
        self.empty = empty
        self.bom = bom
        self.encoding = encoding
        self.segments = segments
        self.style = style
        self.digest = digest
        self.reason = reason
        self.weights = weights

    @classmethod
    def scored(cls, path: str | None, text: str, words: int, findings: list[Finding], policy: ScoringPolicy,
               **rest: Any) -> Report:
        """A report whose figures and verdict come from scoring `findings` under `policy`."""
        return cls(path=path, text=text, words=words, findings=findings, threshold=policy.threshold,
                   weights=weights_shown(policy), **_figures(assess(findings, words, policy)), **rest)

    def rescored(self, findings: list[Finding], policy: ScoringPolicy, note: str | None = None) -> Report:
        """This report with only `findings`, scored again (the filter step: baseline, changed lines)."""
        notes = [*self.notes, note] if note else self.notes
        return replace(self, findings=findings, notes=notes, **_figures(assess(findings, self.words, policy)))

    @property
    def ok(self) -> bool:
        return self.error is None

    def fixed_text(self, unsafe: bool = False) -> str:
        """The text with safe fixes applied (and unsafe ones too when `unsafe`)."""
        from mtqa.fixes import allowed_fixes, apply_fixes

        return apply_fixes(self.text, self.findings, allowed_fixes(unsafe))[0]

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
            "reason": self.reason,
            "empty": self.empty,
            "categories": self.categories,
            **({"weights": self.weights} if self.weights is not None else {}),
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


def weights_shown(policy: ScoringPolicy) -> dict | None:
    """The weights a report says it used: None for the defaults (the severities' and the default
    category weights), else every severity's weight and each category's own."""
    if policy.weights == DEFAULT_WEIGHTS and policy.category_weights == resolve(DEFAULT_CATEGORY_WEIGHTS, DEFAULT_WEIGHTS):
        return None
    return describe(policy.weights, policy.category_weights)


def _figures(a: Assessment) -> dict[str, Any]:
    return {"penalty": a.penalty, "score": a.score, "per_thousand": a.per_thousand, "categories": a.categories,
            "passed": a.verdict.passed, "reason": a.verdict.reason}


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
        for key in ("segment_state", "segment_locked", "other_segment", "other_file"):
            if key in f.extra:
                d[key] = f.extra[key]
    if f.fix is not None:
        d["fix"] = {
            "title": f.fix.title,
            "applicability": f.fix.applicability.value,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in f.fix.edits],
        }
    return d
