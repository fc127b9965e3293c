"""Segment states and locks: which segments of a translation team's file a check reads.

A bilingual file says how far each segment has gone: XLIFF 1.2's ``<target state>``
(``new``, ``needs-translation``, ``translated``, ``signed-off``, ``final``…), XLIFF 2.x's
``<segment state>`` (``initial``, ``translated``, ``reviewed``, ``final``) with its ``subState``,
Trados SDLXLIFF's ``<sdl:seg conf>`` (``Draft``, ``Translated``, ``ApprovedSignOff``…), memoQ
MQXLIFF's ``<trans-unit mq:status>`` (``NotStarted``, ``PartiallyEdited``, ``ManuallyConfirmed``,
``Reviewer1Confirmed``, ``Proofread``…), Phrase (Memsource) MXLIFF's ``<trans-unit m:confirmed>``
(0 for unconfirmed, else the workflow level that confirmed it: state ``unconfirmed``, or
``confirmed (level 2)``), PO's ``#, fuzzy`` flag (state ``fuzzy``; any other translated entry is
``translated``). TMX says none. A state is kept as the file spells it and compared without regard
to case. A CAT tool's own status says more than a plain ``<target state>`` beside it (it is what
the team sees in its editor), so memoQ's, Phrase's and Trados's win where a file has both.

Locks: SDLXLIFF's ``<sdl:seg locked="true">``, memoQ's ``mq:locked="locked"`` and Phrase's
``m:locked="true"`` (any attribute named ``locked`` on a unit or segment, true by its value). A
locked segment is skipped by default, as Okapi CheckMate offers: the team has frozen it (a
context or 100 % match, a signed-off segment), nobody on this job may change it, so a CI job that
fails on it fails on what it cannot fix. ``locked = "check"`` (``--locked check``) reads them too.

``segment-states`` (``--segment-state``) keeps only the segments in the states named; a segment
whose file gives no state (TMX, a plain XLIFF target) is kept, since the filter can only leave
out what the file says.
"""

from __future__ import annotations

from collections.abc import Iterable

from mtqa.errors import ConfigError

# Every state the formats define, in the case each file writes it (matched case-insensitively).
XLIFF1 = ("new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
          "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final")
XLIFF2 = ("initial", "translated", "reviewed", "final")
SDLXLIFF = ("Draft", "Translated", "RejectedTranslation", "ApprovedTranslation", "RejectedSignOff",
            "ApprovedSignOff")
MEMOQ = ("NotStarted", "PreTranslated", "PartiallyEdited", "AssembledFromFragments", "MachineTranslated",
         "ManuallyConfirmed", "Reviewer1Confirmed", "Proofread", "Rejected")
PHRASE = ("unconfirmed", "confirmed")
PO = ("fuzzy", "translated")
KNOWN = tuple(dict.fromkeys(s.lower() for s in (*XLIFF1, *XLIFF2, *SDLXLIFF, *MEMOQ, *PHRASE, *PO)))
MEMOQ_NS, PHRASE_NS = "MQXliff", "http://www.memsource.com/mxlf/2.0"
_FALSE = frozenset(("0", "false", "no", ""))
LOCKED_CHOICES = ("skip", "check")
_TRUE = frozenset(("true", "yes", "1", "locked"))


def check_states(values: Iterable[str], where: str) -> tuple[str, ...]:
    """The states a filter names: each a state some format defines, or an XLIFF custom ``x-…``."""
    out = []
    for v in values:
        if not isinstance(v, str) or not (v.lower() in KNOWN or v.lower().startswith("x-")):
            raise ConfigError(f"{where}: unknown segment state {v!r} (known: {', '.join(KNOWN)}, or x-NAME)")
        out.append(v.lower())
    return tuple(out)


def check_locked(value: object, where: str) -> str:
    if value not in LOCKED_CHOICES:
        raise ConfigError(f"{where}: expected {' or '.join(LOCKED_CHOICES)}, got {value!r}")
    return str(value)


def is_locked(attrs: dict) -> bool:
    """Whether an element's attributes lock it (``locked`` in any namespace, true by its value)."""
    return any(k.rsplit("}", 1)[-1].rsplit(":", 1)[-1] == "locked" and str(v).strip().lower() in _TRUE
               for k, v in attrs.items())


def _attribute(attrs: dict, namespace: str, prefix: str, name: str) -> str | None:
    """An attribute in a vendor's namespace, as the reader gives it (``{ns}name``) or unexpanded
    (``prefix:name``)."""
    value = attrs.get(f"{{{namespace}}}{name}")
    return attrs.get(f"{prefix}:{name}") if value is None else value


def vendor_state(attrs: dict) -> str | None:
    """A trans-unit's state as memoQ (``mq:status``) or Phrase (``m:confirmed``) writes it, or None."""
    status = _attribute(attrs, MEMOQ_NS, "mq", "status")
    if status is not None and status.strip():
        return status.strip()
    confirmed = _attribute(attrs, PHRASE_NS, "m", "confirmed")
    if confirmed is None:
        return None
    level = confirmed.strip().lower()
    if level in _FALSE:
        return "unconfirmed"
    return f"confirmed (level {level})" if level.isdigit() else "confirmed"


def selected(state: str | None, locked: bool, states: tuple[str, ...], locked_choice: str) -> str | None:
    """None when the segment is to be checked, else why not (for the report's notes)."""
    if locked and locked_choice == "skip":
        return "locked"
    if states and state is not None and not any(part.split(" (")[0].lower() in states for part in state.split("+")):
        return f"in state {state}"
    return None
