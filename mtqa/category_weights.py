"""MQM category weights: a category weighed by a factor of its own, beside the severity weights.

The MQM guidelines (Freitag et al. 2021, "Experts, Errors, and Context", arXiv:2104.14478,
the error-weighting table) weigh an error by its severity *and* its category: a Minor error 1, except a Minor
`Fluency/Punctuation` error 0.1 (mtqa's default since stop 43: mtqa.scoring.DEFAULT_CATEGORY_WEIGHTS).
Teams expect to set such weights, so the configuration takes them, over the defaults, as
`[tool.mtqa.category-weights]`:

    [tool.mtqa.category-weights]
    "Fluency/Punctuation" = { minor = 0.1 }   # the guidelines' arithmetic: Minor punctuation 0.1
    "Style" = 0.5                             # a factor on every severity's weight, every Style/* category

A key is one of mtqa's categories (`Top/Sub`) or a top-level category (all its subcategories; the
fuller key wins). A number is a factor on the severity weights; a table sets the weight of the
severities it names in that category and leaves the others to the severity weights. Both are
resolved once (`resolve`) into a weight per severity for each key, which scoring looks up.
"""

from __future__ import annotations

import math
from typing import Any

from mtqa.errors import ConfigError
from mtqa.finding import Severity
from mtqa.schema import did_you_mean

ByCategory = dict[str, dict[Severity, float]]


def _weight(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        shown = type(value).__name__ if not isinstance(value, (int, float)) or isinstance(value, bool) else repr(value)
        raise ConfigError(f"{where}: expected a finite number >= 0, got {shown}")
    return float(value)


def check(table: Any, where: str, known: list[str]) -> dict[str, float | dict[str, float]]:
    """`table` checked: categories among `known` (with a did-you-mean; `mtqa.config.known_categories`
    lists them), numbers >= 0, severity names. Returns it with its numbers as floats. Errors are
    ConfigErrors naming `where` and the key."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table of categories, got {type(table).__name__}")
    out: dict[str, float | dict[str, float]] = {}
    for category, value in table.items():
        if category not in known:
            hint = did_you_mean(str(category), known, listing="known")
            raise ConfigError(f"{where}: unknown category {category!r}{hint}")
        at = f"{where}.{category!r}"
        if isinstance(value, dict):
            by_severity: dict[str, float] = {}
            for name, weight in value.items():
                try:
                    severity = Severity.parse(name)
                except ValueError as exc:
                    raise ConfigError(f"{at}: {exc}") from None
                by_severity[severity.value] = _weight(weight, f"{at}.{name}")
            out[category] = by_severity
        else:
            out[category] = _weight(value, at)
    return out


def resolve(table: dict, severity_weights: dict[Severity, float]) -> ByCategory:
    """Each key's weight per severity: a factor times the severity weights, or a table's weights
    over them."""
    out: ByCategory = {}
    for category, value in table.items():
        if isinstance(value, dict):
            out[category] = {s: float(value.get(s.value, severity_weights[s])) for s in Severity}
        else:
            out[category] = {s: float(value) * severity_weights[s] for s in Severity}
    return out


def over_defaults(defaults: dict, table: dict, severity_weights: dict[Severity, float],
                  base: dict[Severity, float]) -> dict:
    """The configuration's `table` laid over the `defaults` (written against the `base` severity
    weights), as one table for `resolve`. A default key's weights follow what the configuration
    says above them: the severity weights (Minor 2 makes MQM's Minor punctuation 0.2) and a
    top-level key's ("Fluency" = 0.5 halves every Fluency/Punctuation weight too, where the fuller
    default key hid the team's factor). A table for the default's own key sets the severities it
    names and keeps the default's others ({ major = 3 } keeps Minor punctuation 0.1); a number for
    that key is the team's whole say for it, and replaces the default."""
    out: dict = {}
    for category, value in defaults.items():
        own = table.get(category, {})
        if not isinstance(own, dict):
            continue  # a factor for the key itself: the configuration's entry below
        top = category.split("/", 1)[0]
        above = resolve({top: table[top]}, severity_weights)[top] if top in table and top != category else severity_weights
        written = resolve({category: value}, base)[category]
        weights = {s.value: written[s] * above[s] / base[s] for s in Severity}
        out[category] = {**weights, **own}
    return {**table, **out}


def weights_for(category: str, by_category: ByCategory) -> dict[Severity, float] | None:
    """The weights of a finding's category: its own key's, else its top-level category's, else None
    (the severity weights apply)."""
    found = by_category.get(category)
    if found is None and "/" in category:
        found = by_category.get(category.split("/", 1)[0])
    return found


def describe(severity_weights: dict[Severity, float], by_category: ByCategory) -> dict:
    """The weights used, as a report shows them: `{"minor": 1, …, "categories": {"Fluency/
    Punctuation": {"minor": 0.1, …}}}`."""
    out: dict[str, Any] = {s.value: severity_weights[s] for s in Severity}
    if by_category:
        out["categories"] = {c: {s.value: w[s] for s in Severity} for c, w in sorted(by_category.items())}
    return out
