"""Exceptions mtqa raises. Factored out so every module can import them without cycles.

Every message is a sentence a user can act on; the CLI prints it and exits 2.
"""

from __future__ import annotations


class MtqaError(Exception):
    """Base of every error mtqa raises on purpose (bad input, config, packs)."""


class InputError(MtqaError):
    """Raised when a file cannot be read or decoded, or is not text."""


class ConfigError(MtqaError):
    """Raised when configuration is malformed, or names an unknown option, rule or locale."""


class LocaleError(ConfigError, InputError):
    """Raised for a locale mtqa does not support, wherever it is given: `Checker(locale=...)`,
    `Checker.check(text, locale=...)`, `mtqa.check`, a configuration file, the command line.

    One mistake, one type. It is both a ConfigError and an InputError, so code written when the
    Checker raised ConfigError for it and `check` InputError still catches it.
    """


class PackError(MtqaError):
    """Raised when a rule pack is malformed; the message names the file, line and key.

    Args:
        path: the pack file.
        message: what is wrong.
        line: 1-based line in the file where known.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.detail = message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
