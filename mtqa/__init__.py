"""mtqa: checks machine-translated English news copy for translation artifacts and scores it.

    >>> import mtqa
    >>> report = mtqa.check("He said “it is over“.")
    >>> report.passed, [f.rule_id for f in report.findings]

The import is light on purpose (a pre-commit hook starts mtqa on every commit): rule
modules load when a Checker is first built, and optional integrations when they are used.
"""

from __future__ import annotations

from mtqa.config import Config
from mtqa.document import Document
from mtqa.engine import Checker, check
from mtqa.errors import ConfigError, InputError, MtqaError, PackError
from mtqa.finding import Applicability, Edit, Finding, Fix, Severity, Span
from mtqa.result import Report

__all__ = [
    "Applicability",
    "Checker",
    "Config",
    "ConfigError",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "InputError",
    "MtqaError",
    "PackError",
    "Report",
    "Severity",
    "Span",
    "check",
]


def __getattr__(name: str):
    if name == "__version__":
        from mtqa.version import version

        return version()
    raise AttributeError(f"module 'mtqa' has no attribute {name!r}")
