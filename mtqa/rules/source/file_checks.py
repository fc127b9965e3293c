"""Checks of a bilingual file as a whole (Scope.FILE): what no segment shows alone.

Xbench, Okapi CheckMate, Verifika and Phrase QA check a translation file's segments against
each other, not only each with its source: one source translated two ways ("inconsistency in
target"), one translation given to two sources ("inconsistency in source"), a segment the file
says is translated with nothing in its target. These rules read every segment of an XLIFF, TMX
or PO file (mtqa.bilingual.filescope.FileSegment) and never run on a plain document.

Which segments take part: the ones the check reads (``--segment-state``, ``--locked``), and
locked ones as the reference (a frozen segment is the team's word: a checked segment that
differs from it is the one flagged, never the locked one). A draft (PO ``fuzzy``, XLIFF ``new``,
``needs-translation``, ``initial``, SDLXLIFF ``Draft``) is nobody's word yet and takes no part,
as the tools leave fuzzy matches out of their consistency lists, unless ``--segment-state`` names its
state: a reviewer who asks for the drafts reads them as any segment.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.bilingual.filescope import DONE, FileSegment, SegmentHit, normalised
from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import Option, Scope, Status, rule

_WORDY = lazy(r"\p{L}", regex.V1)
_QUOTE_LEN = 60
_ACROSS = {"across_files": Option(bool, True, "compare with the segments of every bilingual file of the run "
                                              "(Xbench's project scope), not only the file's own")}


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= _QUOTE_LEN else text[:_QUOTE_LEN - 1] + "…") + "”"


def _taking_part(segments: list[FileSegment]) -> Iterator[FileSegment]:
    """The segments whose translation counts: read by the check or locked, not drafts, both sides wordy."""
    for seg in segments:
        if (seg.checked or seg.locked) and not seg.draft and seg.target is not None \
                and _WORDY.search(seg.source) and _WORDY.search(seg.target):
            yield seg


def _other(ref: FileSegment) -> dict:
    """The finding's pointer to the segment it differs from (and its file, when another)."""
    return {"other_segment": ref.id, **({"other_file": ref.file} if ref.file else {})}


def _odd_ones_out(segments: list[FileSegment], key, variant) -> Iterator[tuple[FileSegment, FileSegment]]:
    """(segment, reference) for every checked segment whose `variant` differs from its group's
    reference, segments grouped by `key`. The reference is a locked segment's variant when one
    is locked, else the most frequent variant, else the first seen: the minority, or the later
    one, is flagged. Segments are grouped within one target language (en-GB and en-US spell
    apart), and a unit's own variants (a TMX unit's several English translations) are
    alternatives the file offers, never flagged against each other."""
    groups: dict[tuple[str, str], list[FileSegment]] = {}
    for seg in _taking_part(segments):
        groups.setdefault((key(seg), (seg.lang or "").lower()), []).append(seg)
    for members in groups.values():
        variants = {variant(s) for s in members}
        if len(variants) < 2:
            continue
        counts: dict[str, int] = {}
        for s in members:
            counts[variant(s)] = counts.get(variant(s), 0) + 1
        locked = [s for s in members if s.locked]
        reference = variant(locked[0]) if locked else max(counts, key=lambda v: counts[v])  # first seen on a tie
        ref_seg = next(s for s in members if variant(s) == reference)
        for s in members:
            if variant(s) != reference and s.checked and not s.locked and not (s.unit and s.unit == ref_seg.unit):
                yield s, ref_seg


@rule("source/inconsistent-translation", category="Fluency/Inconsistency", severity=Severity.MINOR,
      scope=Scope.FILE, confidence=0.7, options=_ACROSS)
def inconsistent_translation(segments: list[FileSegment], options: dict) -> Iterator[SegmentHit]:
    """One source segment translated two ways in the same file.

    ## Why it matters
    A repeated sentence (a button label, a standing line of a bulletin, a caption used twice)
    should read the same each time: readers notice the change and wonder whether it means
    something, and the translation memory keeps two answers to one question. Machine
    translation and several translators sharing a file both produce it.

    ## Examples
    bad:  Sign in to continue.\\nThe page loads slowly.\\n[[Log in to continue.]] || source: Connectez-vous pour continuer.\\nLa page se charge lentement.\\nConnectez-vous pour continuer.
    bad:  Polls close at eight.\\nPolls close at eight.\\n[[Voting ends at eight.]] || source: Les bureaux ferment à huit heures.\\nLes bureaux ferment à huit heures.\\nLes bureaux ferment à huit heures.
    good: Sign in to continue.\\nThe page loads slowly.\\nSign in to continue. || source: Connectez-vous pour continuer.\\nLa page se charge lentement.\\nConnectez-vous pour continuer.
    good: Sign in to continue.\\nsign in  to continue. || source: Connectez-vous pour continuer.\\nconnectez-vous pour  continuer.
    good: Sign in to continue.\\nSign in to go on. || source: Connectez-vous pour continuer.\\nConnectez-vous pour poursuivre.
    good: 2024\\n2,024 || source: 2024\\n2024

    ## Known issues
    Sources are compared after whitespace is collapsed, inline codes dropped and the first
    letter lower-cased, targets the same way; a difference of one comma counts. The finding is
    on the minority translation (on a tie, the later one) and names the segment it differs
    from; a locked segment is the reference and never flagged. Drafts take no part. A sentence
    translated differently in two contexts on purpose (a PO ``msgctxt``) is flagged too: ignore
    it with the entry's ``mtqa: ignore`` comment. When one run checks several bilingual files,
    their segments are compared too (Xbench's project scope), the finding in the later or
    minority file naming the other file; ``across_files = false`` keeps each file to itself.
    """
    for seg, ref in _odd_ones_out(segments, lambda s: normalised(s.source), lambda s: normalised(s.target or "")):
        yield SegmentHit(seg.index, f"Same source translated differently in segment {ref.where}: {_quoted(ref.target or '')}",
                         suggestions=(ref.target.strip(),) if ref.target and not ref.file else (), extra=_other(ref))


@rule("source/inconsistent-source", category="Fluency/Inconsistency", severity=Severity.MINOR,
      scope=Scope.FILE, confidence=0.4, status=Status.PREVIEW, options=_ACROSS)
def inconsistent_source(segments: list[FileSegment], options: dict) -> Iterator[SegmentHit]:
    """One translation given to two different source segments in the same file.

    ## Why it matters
    Two sources that differ usually say different things; the same translation for both may
    be a copy pasted into the wrong segment or a match accepted without reading it. It is the
    less sure of the two consistency checks (synonyms and a source's own slips legitimately
    converge), so it is a preview, shown but costing nothing in the score.

    ## Examples
    bad:  The road is closed.\\n[[The road is closed.]] || source: La route est fermée.\\nLa route est ouverte.
    good: The road is closed.\\nThe road is open. || source: La route est fermée.\\nLa route est ouverte.
    good: The road is closed.\\nthe road is  closed. || source: La route est fermée.\\nla route est fermée.
    good: 12\\n12 || source: douze\\n12

    ## Known issues
    Targets and sources are compared as ``source/inconsistent-translation`` compares them.
    Sources that differ by a synonym or a typo with one correct translation are flagged: on
    made-up clean files a tenth of the repeated translations were such pairs (benchmarks/README).
    Across the files of one run as ``source/inconsistent-translation`` is (``across_files``).
    """
    for seg, ref in _odd_ones_out(segments, lambda s: normalised(s.target or ""), lambda s: normalised(s.source)):
        if normalised(seg.source) != normalised(seg.target or ""):
            yield SegmentHit(seg.index, f"Same translation as segment {ref.where}, whose source differs: {_quoted(ref.source)}",
                             extra=_other(ref))


@rule("source/empty-target", category="Accuracy/Omission", severity=Severity.MAJOR, scope=Scope.FILE)
def empty_target(segments: list[FileSegment], options: dict) -> Iterator[SegmentHit]:
    """A segment the file marks as translated whose target is empty.

    ## Why it matters
    A target left empty is fine while a file is being translated: the segment is simply not
    done, and mtqa reports it in the notes. A state that says translated, reviewed or final
    over an empty target is a translation lost on the way (a tool that dropped it, a merge
    that emptied it), and the published page will show the source or nothing.

    ## Examples
    bad:  The report is out.\\n[[ ]] || source: Le rapport est paru.\\nLe vote a lieu demain.
    good: The report is out.\\nThe vote is tomorrow. || source: Le rapport est paru.\\nLe vote a lieu demain.
    good: The report is out.\\n  || source: Le rapport est paru.\\n  

    ## Known issues
    Only a state the file gives says translated (XLIFF ``translated``, ``signed-off``, ``final``,
    ``reviewed``, SDLXLIFF ``ApprovedTranslation``…): a PO entry with an empty ``msgstr`` is
    untranslated by gettext's definition and a TMX variant has no state, so neither is flagged.
    """
    for seg in segments:
        if (seg.checked and seg.fmt != "po" and seg.base_state in DONE and _WORDY.search(seg.source)
                and not (seg.target or "").strip()):
            yield SegmentHit(seg.index, f"Empty target in a segment marked {seg.state}")
