"""mtqa: checks machine-translated English news copy for translation artifacts and scores it.

    >>> import mtqa
    >>> report = mtqa.check("He said “it is over“.")
    >>> report.passed, [f.rule_id for f in report.findings]

The import is light on purpose (a pre-commit hook starts mtqa on every commit): the
public names load on first use, rule modules when a Checker is first built, and optional
integrations when they are used.
"""

from __future__ import annotations

import importlib

# typing.TYPE_CHECKING without importing typing (~8 ms with what it imports, where no site hook
# loaded it first); type checkers read a constant of this name as theirs.
TYPE_CHECKING = False

if TYPE_CHECKING:  # the names below, for type checkers; at run time each loads on first use
    from mtqa.config import Config
    from mtqa.document import Document
    from mtqa.checker_cache import check
    from mtqa.engine import Checker
    from mtqa.errors import ConfigError, InputError, LocaleError, MtqaError, PackError
    from mtqa.finding import Applicability, Edit, Finding, Fix, Severity, Span
    from mtqa.result import Report

# Public name → the module that defines it, imported when the name is first used.
_EXPORTS = {
    "Applicability": "mtqa.finding",
    "Checker": "mtqa.engine",
    "Config": "mtqa.config",
    "ConfigError": "mtqa.errors",
    "Document": "mtqa.document",
    "Edit": "mtqa.finding",
    "Finding": "mtqa.finding",
    "Fix": "mtqa.finding",
    "InputError": "mtqa.errors",
    "LocaleError": "mtqa.errors",
    "MtqaError": "mtqa.errors",
    "PackError": "mtqa.errors",
    "Report": "mtqa.result",
    "Severity": "mtqa.finding",
    "Span": "mtqa.finding",
    "check": "mtqa.checker_cache",
}

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
    "LocaleError",
    "MtqaError",
    "PackError",
    "Report",
    "Severity",
    "Span",
    "check",
]


# Subpackages the README calls through `mtqa.` after a plain `import mtqa`
# (`mtqa.bilingual.check_file(...)`, `mtqa.session.Session`), imported on first use.
_SUBMODULES = frozenset(("bilingual", "session"))


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # looked up once
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"mtqa.{name}")  # the import binds it as mtqa.<name>
    if name == "__version__":
        from mtqa.version import version

        return version()
    raise AttributeError(f"module 'mtqa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS, *_SUBMODULES, "__version__"})
