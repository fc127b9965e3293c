"""Value objects of a check: severities, categories, fixes and findings.

Rules yield findings with a span, a message and an optional fix; the engine stamps the
rule's id, severity and category (as yamllint's linter does), so a rule never needs to
know how it is configured.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from operator import attrgetter

from mtqa.records import FACTORY, record

_set = object.__setattr__  # how a frozen record's __init__ sets its fields (as dataclasses' does)


class Severity(enum.Enum):
    """MQM severity. The value is the name used in config and reports."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    # Members are singletons compared by identity: hashed as such, in C, not by Enum's Python
    # `__hash__` of the name (scoring looks each finding's severity up in the weights, twice).
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of {names})") from None

    @property
    def rank(self) -> int:
        return {"minor": 1, "major": 2, "critical": 3}[self.value]


class Applicability(enum.Enum):
    """How safe a fix is to apply without a human (ruff's model).

    SAFE keeps the meaning and is idempotent; UNSAFE may change meaning (needs opt-in);
    DISPLAY_ONLY is a suggestion that is never applied.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


class FixAvailability(enum.Enum):
    """Whether a rule offers a fix: always, sometimes or never."""

    ALWAYS = "always"
    SOMETIMES = "sometimes"
    NONE = "none"


# MQM top-level categories mtqa uses; a rule's category is "Top/Subcategory".
CATEGORIES = ("Accuracy", "Fluency", "Terminology", "Style", "Locale convention", "Other")


@record(frozen=True)
@dataclass(init=False, repr=False, eq=False, slots=True)
class Edit:
    """Replace text[start:end] (document offsets, code points) with `replacement`."""

    start: int
    end: int
    replacement: str

    def __init__(self, start: int, end: int, replacement: str) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "replacement", replacement)


_START_END = attrgetter("start", "end")  # an Edit's place, to sort a Fix's edits
# The order of a report's findings (`Finding.sort_key`): a key function that makes no Python call,
# for the engine's sort of thousands of findings.
FINDING_ORDER = attrgetter("span.start", "span.end", "rule_id", "message")


@record(frozen=True)
@dataclass(init=False, repr=False, eq=False, slots=True)
class Fix:
    """A titled set of non-overlapping edits with an applicability.

    Build one with Fix.safe / Fix.unsafe / Fix.display_only so the safety is said out loud.
    Edits given to the constructors are relative to the finding's paragraph; the engine
    maps them to document offsets. `None` start/end means "the finding's own span".
    """

    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability

    def __init__(self, title: str, edits: tuple[Edit, ...], applicability: Applicability) -> None:
        _set(self, "title", title)
        _set(self, "edits", edits)
        _set(self, "applicability", applicability)

    @classmethod
    def safe(cls, title: str, replacement: str | None = None, edits: tuple[Edit, ...] | list[Edit] = ()) -> Fix:
        return cls._make(title, replacement, edits, Applicability.SAFE)

    @classmethod
    def unsafe(cls, title: str, replacement: str | None = None, edits: tuple[Edit, ...] | list[Edit] = ()) -> Fix:
        return cls._make(title, replacement, edits, Applicability.UNSAFE)

    @classmethod
    def display_only(cls, title: str, replacement: str | None = None, edits: tuple[Edit, ...] | list[Edit] = ()) -> Fix:
        return cls._make(title, replacement, edits, Applicability.DISPLAY_ONLY)

    @classmethod
    def _make(cls, title: str, replacement: str | None, edits, applicability: Applicability) -> Fix:
        if replacement is not None:
            return cls(title, (Edit(-1, -1, replacement),), applicability)  # -1: the finding's own span
        return cls(title, tuple(sorted(edits, key=_START_END)), applicability)


@record(frozen=True)
@dataclass(init=False, repr=False, eq=False, slots=True)
class Span:
    """Where a finding is: code-point offsets into the decoded input, plus 1-based line/column."""

    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def __init__(self, start: int, end: int, line: int = 0, column: int = 0, end_line: int = 0,
                 end_column: int = 0) -> None:
        set_start, set_end, set_line, set_column, set_end_line, set_end_column = _SPAN_SETTERS
        set_start(self, start)
        set_end(self, end)
        set_line(self, line)
        set_column(self, column)
        set_end_line(self, end_line)
        set_end_column(self, end_column)


# `Finding.extra` key of a source check that reports source text missing from the translation:
# that text, as the source writes it. MQM raters mark an omission on the source side, so an
# evaluation matches such a finding against the source's spans, not the translation's.
OMITTED = "omitted"


class _NoExtra(dict):
    """The `extra` of every Finding that has none: one empty dict that refuses changes.

    A long document's findings mostly carry nothing extra, and a fresh `{}` for each was 64
    bytes a finding (~9 MB of 10 MB on one line). It is still a dict (`.get`, `**`, `==`,
    JSON and `dataclasses.asdict` treat it as one); code that wants other extras makes a new
    Finding with a new dict (as `mtqa.slips` does), never changes this one."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        """A plain dict: a copy made by calling the type (`dataclasses.asdict` does) is the
        caller's own, changeable. Only `NO_EXTRA` is of this class."""
        return dict(*args, **kwargs)

    def _refuse(self, *args, **kwargs):
        raise TypeError("a finding's empty extra is shared by every finding without one: make a new Finding "
                        "with its own dict (dataclasses.replace(finding, extra={...}))")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = __ior__ = _refuse

    def __reduce__(self):
        return _no_extra, ()  # unpickled as the one shared instance


def _no_extra() -> dict:
    return NO_EXTRA


NO_EXTRA: dict = dict.__new__(_NoExtra)


@record(frozen=True)
@dataclass(init=False, repr=False, eq=False, slots=True)
class Finding:
    """One problem in the copy, ready for an editor.

    `suggestions` are replacement texts for the span, best first. `fix` is what `--fix`
    may apply. `confidence` below 0.5 means "shown, but costs nothing in the score".
    """

    rule_id: str
    message: str
    span: Span
    text: str
    severity: Severity
    category: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    confidence: float = 1.0
    source: str = "mtqa"  # "mtqa" or an integration name such as "languagetool"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __init__(self, rule_id: str, message: str, span: Span, text: str, severity: Severity, category: str,
                 suggestions: tuple[str, ...] = (), fix: Fix | None = None, confidence: float = 1.0,
                 source: str = "mtqa", extra: dict = FACTORY) -> None:
        (set_rule_id, set_message, set_span, set_text, set_severity, set_category, set_suggestions, set_fix,
         set_confidence, set_source, set_extra) = _FINDING_SETTERS
        set_rule_id(self, rule_id)
        set_message(self, message)
        set_span(self, span)
        set_text(self, text)
        set_severity(self, severity)
        set_category(self, category)
        set_suggestions(self, suggestions)
        set_fix(self, fix)
        set_confidence(self, confidence)
        set_source(self, source)
        set_extra(self, {} if extra is FACTORY else extra)

    @property
    def family(self) -> str:
        return self.rule_id.split("/", 1)[0]

    @property
    def fix_safe(self) -> bool:
        return self.fix is not None and self.fix.applicability is Applicability.SAFE

    @property
    def scored(self) -> bool:
        """Whether the finding costs anything in the score (SPEC §4: confidence ≥ 0.5)."""
        return self.confidence >= 0.5

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def sort_key(self) -> tuple:
        return FINDING_ORDER(self)


def _slot_setters(cls: type, *names: str) -> tuple:
    """The setters of a slotted record's fields, for the `__init__` of one made per finding (a
    check makes a Span and a Finding for each): a slot's own setter, called directly, costs
    two thirds of `object.__setattr__` by name. Read after the class is made (a dataclass
    with slots=True is a new class, with its own slots)."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_SPAN_SETTERS = _slot_setters(Span, "start", "end", "line", "column", "end_line", "end_column")
_FINDING_SETTERS = _slot_setters(Finding, "rule_id", "message", "span", "text", "severity", "category",
                                 "suggestions", "fix", "confidence", "source", "extra")
