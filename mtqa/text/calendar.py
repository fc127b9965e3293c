"""Month and weekday names, written once for every rule that needs them."""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Abbreviations of month names as news copy writes them (Sept as well as Sep).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Lower-case sets, for word-set tests.
MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
MONTH_ABBREVIATION_WORDS = frozenset(m.lower() for m in MONTH_ABBREVIATIONS)
WEEKDAY_WORDS = frozenset(d.lower() for d in WEEKDAYS)
CALENDAR_WORDS = MONTH_WORDS | MONTH_ABBREVIATION_WORDS | WEEKDAY_WORDS
