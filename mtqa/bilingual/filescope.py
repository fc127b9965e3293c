"""What a rule of a bilingual file's segments together (Scope.FILE) reads and yields.

A file rule sees every segment of the file as a FileSegment (plain source and target, state,
lock, whether the per-segment check read it) and yields SegmentHits: a segment's whole target
(or where it would stand) and what to say. mtqa.bilingual.filecheck makes the file's Findings
of them; a hit never names file offsets, so a rule is the same on a file and on its examples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mtqa.formats import PLACEHOLDER
from mtqa.patterns import lazy

# States that say the target is not a translation yet (a guess, a draft): such a target is
# nobody's word on how the source is translated. PO's fuzzy, XLIFF 1.2/2's new and
# needs-translation/initial, SDLXLIFF's Draft, memoQ's statuses before a confirmation (not started,
# edited, filled by pretranslation, fragments or MT), Phrase's unconfirmed (mtqa.bilingual.states
# names every state).
DRAFT = frozenset(("fuzzy", "new", "needs-translation", "needs-adaptation", "needs-l10n", "initial", "draft",
                   "notstarted", "pretranslated", "partiallyedited", "assembledfromfragments", "machinetranslated",
                   "unconfirmed"))
# States that say the target is done: an empty target under one of them is a lost translation.
DONE = frozenset(("translated", "signed-off", "final", "reviewed", "approvedtranslation", "approvedsignoff",
                  "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
                  "manuallyconfirmed", "reviewer1confirmed", "proofread", "confirmed"))


@dataclass(frozen=True, slots=True)
class FileSegment:
    """One segment as a file rule reads it: `checked` when the per-segment check read it (its
    state and lock let it through), `where` how a message names it (``'u7' (line 12)``), `unit`
    the unit it belongs to (its id when it is a unit of its own)."""

    index: int
    id: str
    source: str
    target: str | None
    state: str | None = None
    locked: bool = False
    checked: bool = True
    fmt: str = "xliff"
    where: str = ""
    unit: str = ""  # variants of one unit (a TMX <tu>'s several English <tuv>) share it: alternatives, not rivals ("": a unit of its own)
    lang: str | None = None  # the target's language as the file gives it (en-GB and en-US spell apart)
    named: bool = False  # its state is one that --segment-state names: a draft asked for is read as any segment
    file: str = ""  # another file of the run (mtqa.bilingual.project; its index is -1); "" for the file being checked

    @property
    def base_state(self) -> str | None:
        """The state without its subState, lower-cased (``translated (mt)`` → ``translated``)."""
        return None if self.state is None else self.state.split(" (")[0].split("+")[0].strip().lower()

    @property
    def draft(self) -> bool:
        """A guess or a draft nobody has confirmed, unless the check was asked to read that state."""
        return self.base_state in DRAFT and not self.named


@dataclass(frozen=True, slots=True)
class SegmentHit:
    """A file rule's finding: on segment `index`'s target, with its message."""

    index: int
    message: str
    confidence: float | None = None
    suggestions: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


_SPACES = lazy(r"\s+")


def collapsed(text: str) -> str:
    """A segment's text with inline codes dropped and whitespace collapsed and trimmed."""
    return _SPACES.sub(" ", text.replace(PLACEHOLDER, " ")).strip()


def normalised(text: str) -> str:
    """A segment's text as consistency compares it: collapsed, the first letter in lower case
    (a sentence's capital is its place, not its word)."""
    plain = collapsed(text)
    return plain[:1].lower() + plain[1:]


__all__ = ["DONE", "DRAFT", "FileSegment", "SegmentHit", "collapsed", "normalised"]
