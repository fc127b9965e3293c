"""Format placeholders in message strings (gettext PO and plain text): ``%s``, ``%(name)s``,
``%1$d``, ``{name}``, ``{0}``, ``{}``.

A printf placeholder needs a conversion letter right after ``%`` and its flags (no space flag,
so ``50% of`` is prose, not ``% o``); ``%%`` is a literal percent sign. A brace placeholder is
an identifier or a number (with an optional attribute, index, conversion and format spec)
between braces. PO flags (``c-format``, ``python-format``, ``python-brace-format``) narrow the
search to the family the entry declares.
"""

from __future__ import annotations

import re

PRINTF = re.compile(
    r"%%|%(?:\([A-Za-z_][A-Za-z0-9_.-]*\))?(?:\d+\$)?[-+#0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?"
    r"(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcrsaAp@]"
)
BRACE = re.compile(r"\{(?:[A-Za-z_][A-Za-z0-9_]*|\d+)?(?:[.\[][A-Za-z0-9_.\[\]]*)?(?:![rsa])?(?::[^{}\s]*)?\}")
_BOTH = re.compile(f"{PRINTF.pattern}|{BRACE.pattern}")


def pattern_for(flags: tuple[str, ...] | list[str] = ()) -> re.Pattern:
    """The placeholder pattern for an entry with these PO flags (both families when none says)."""
    if any(f in ("c-format", "python-format", "php-format", "perl-format", "sh-format") for f in flags):
        return PRINTF
    if "python-brace-format" in flags:
        return BRACE
    return _BOTH


def find(text: str, flags: tuple[str, ...] | list[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) for every placeholder in `text`; ``%%`` is not one."""
    return [(m.start(), m.end(), m.group()) for m in pattern_for(flags).finditer(text) if m.group() != "%%"]
