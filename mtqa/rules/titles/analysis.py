"""Title slots: the tokens in title position, right before a capitalised name, classified once
per paragraph against the ranks pack (a CP form, another style's, French, a case error, a
garbled abbreviation scored part by part against the real ones), and whether a paragraph is
about the military. Declared analyses (mtqa.analysis) that the titles rules read.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Callable

import msgspec

from mtqa.analysis import PARAGRAPH, analysis
from mtqa.text.fuzzy import edit_distance
from mtqa.text.tokens import chunk_before
from mtqa.text.tokens import chunks as text_chunks
from mtqa.patterns import lazy
from mtqa.rules.titles.pack import Ranks, StyleForm, Template, fold, parts_of
from mtqa.segment import (
    MONTH_ABBREVIATIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    Paragraph,
)

_LEAD = "(\"“‘«['"
_TRAIL = ",.;:!?)]”’»\"'"
_NAME_WORD = lazy(r"\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’\-]*")
_INITIAL = lazy(r"\p{Lu}\.")
# Capitalised words with these endings are nouns of a name of a thing ("General
# Socio-Economic Classification"), not a person's name.
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ness", "ity", "ities", "ism", "isms", "ology", "ics",
                 "ship", "ships", "ture", "tures", "Economic", "ical")
_TITLE_TOKEN = lazy(r"[\p{L}\p{N}\-][\p{L}\p{N}.\-()]*")
_OTHER_ABBREVIATIONS = frozenset(
    a.casefold() for a in (*TITLE_ABBREVIATIONS, *MONTH_ABBREVIATIONS, *SENTENCE_FINAL_ABBREVIATIONS)
)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


# ---------------------------------------------------------------------------------------
# Part-by-part similarity of a pseudo-abbreviation to a real one


def part_similarity(p: str, t: Template, i: int, readings: dict[str, frozenset[str]]) -> tuple[float, str]:
    """How much part `p` (folded) looks like part i of template t, with the reason."""
    q, full = t.parts[i], t.fulls[i]
    if p == q:
        return 1.0, "same"
    if p in readings.get(q, ()):
        return 0.9, "a translation"
    if full and (p == full or (len(p) >= 3 and full.startswith(p))):
        return 0.9, "spelled out"
    if len(q) >= 3 and len(p) == len(q) - 1 and p[0] == q[0] and _subsequence(p, q):
        return 0.8, "letters lost"
    if len(q) >= 3 and edit_distance(p, q) == 1:
        return (0.7, "one letter changed") if p[0] == q[0] else (0.5, "one letter changed")
    return 0.0, ""


class Candidate(msgspec.Struct, frozen=True):
    template: Template
    score: float
    reasons: tuple[str, ...]


def rank_candidates(original: tuple[str, ...], data: Ranks, limit: int = 3) -> list[Candidate]:
    """The real titles with the same number of parts, best first, each with its reason."""
    out: list[Candidate] = []
    parts = tuple(fold(p) for p in original)
    for t in data.by_count.get(len(parts), ()):
        sims = [part_similarity(p, t, i, data.readings) for i, p in enumerate(parts)]
        score = sum(s for s, _ in sims) / len(parts)
        if max(s for s, _ in sims) < 0.5:
            continue
        reasons = tuple(f"“{orig}” ≈ “{tp}” ({why})" for (s, why), orig, tp in
                        zip(sims, original, parts_of(t.form)) if s > 0)
        out.append(Candidate(t, score, reasons))
    out.sort(key=lambda c: (-c.score, c.template.kind != "rank", c.template.form))
    return out[:limit]


# ---------------------------------------------------------------------------------------
# Title slots: tokens in title position, classified once per paragraph


class Slot(msgspec.Struct, frozen=True):
    """A token (or run of tokens) right before a capitalised name."""

    start: int
    end: int
    text: str
    kind: str  # cp | style | french | case | garbled | spelled
    names: int  # how many name words follow (1 or 2+)
    mid_sentence: bool
    info: Any = None  # per kind: (CP form, rank), (English, French), a style entry, ...
    confidence: float = 1.0


def _strip(chunk: str, s: int) -> tuple[str, int]:
    i = 0
    while i < len(chunk) and chunk[i] in _LEAD:
        i += 1
    return chunk[i:], s + i


def _name_word(chunk: str) -> str | None:
    """The chunk as a name word (trailing punctuation and possessive removed), or None."""
    c = chunk.rstrip(_TRAIL)
    for suf in ("’s", "'s"):
        if c.endswith(suf):
            c = c[: -len(suf)]
    if _NAME_WORD.fullmatch(c):
        return None if len(c) > 5 and c.endswith(_NOUN_ENDINGS) else c
    if _INITIAL.fullmatch(chunk):
        return chunk
    return None


def _is_name_chunk(raw: str) -> bool:
    """Whether a chunk reads as a capitalised name word (or an initial)."""
    return bool(raw[:1].isupper() and _name_word(raw))


def _names_after(chunks: list[tuple[str, int, int]], j: int, not_names: frozenset[str],
                 more: Callable[[int], int] | None = None) -> int:
    """How many capitalised name words start at chunk j (initials not counted), up to 3; a chunk
    is read as a name only when the count gets to it. `more(k)`: the number of chunks once
    chunk k is read from the text, if it may be (chunks are split off only as the count needs
    them)."""
    count = 0
    k = j
    while count < 3 and (k < len(chunks) or (more is not None and more(k) > k)):
        raw = chunks[k][0]
        if not _is_name_chunk(raw):
            break
        if raw.rstrip(_TRAIL) in not_names:
            break
        if _INITIAL.fullmatch(raw):
            k += 1
            continue
        count += 1
        if raw.rstrip(_TRAIL) != raw:
            break  # "Fortin," ends the name
        k += 1
    return count


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _mid_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t" + _LEAD:
        i -= 1
    if i < 0:
        return False
    ch = text[i]
    return ch in ",;:—–" or ch.islower()


_NEXT_CHUNK = lazy(r"\s+(\S+)")
_SPACE = lazy(r"\s")


@analysis("title-slots", scope=PARAGRAPH, packs=("ranks",))
def title_slots(par: Paragraph, data: Ranks) -> list[Slot]:
    """Every token or run of tokens right before a capitalised name, classified.

    Only chunks that hold a period or start like a known title are looked at; each is
    classified (memoised) before the chunks after it are read, so a sentence-final word
    costs one dictionary lookup.
    """
    text = par.text
    starts = _slot_starts(text, data)
    if not starts:
        return []  # most paragraphs: no chunk can start a slot
    reader = _SlotReader(text, data)
    out: list[Slot] = []
    done = 0
    for s0, first in _chunks_at(text, starts):
        if s0 < done:
            continue  # inside the slot found before
        slot = reader.slot_at(s0, first)
        if slot is not None:
            out.append(slot)
            done = slot.end
    return out


class _Chunks:
    """The chunks of a paragraph from one start on, split off the text only as a title's form
    and the name after it need them (at most starts, none beyond the first)."""

    def __init__(self, text: str, first: str, start: int, end: int) -> None:
        self.text = text
        self.items = [(first, start, end)]
        self.pos = end

    def fetch(self, upto: int) -> int:
        """The number of chunks once chunk `upto` is read, if the text has it."""
        items = self.items
        while len(items) <= upto:
            nm = _NEXT_CHUNK.match(self.text, self.pos)
            if nm is None:
                break
            items.append((nm.group(1), nm.start(1), nm.end(1)))
            self.pos = nm.end(1)
        return len(items)


class _SlotReader:
    """One paragraph read for title slots. Whether it is set mostly in capitals (a title's case
    then tells nothing) is worked out once, and only when a title's case matters."""

    def __init__(self, text: str, data: Ranks) -> None:
        self.text = text
        self.data = data

    @cached_property
    def mostly_caps(self) -> bool:
        return _mostly_caps(self.text)

    def slot_at(self, s0: int, first: str) -> Slot | None:
        """The slot starting at chunk `first` (at `s0`), the longest form tried first ("Lt.
        Col.", "Master Cpl.", "Major General"), or None."""
        end0 = s0 + len(first)
        if first[0] in _LEAD:
            first, s0 = _strip(first, s0)
            if not first:
                return None
        if not first[0].isalnum():
            return None
        data = self.data
        chunks = _Chunks(self.text, first, s0, end0)
        reach = -1
        for k in ((3, 2, 1) if first in data.multi_firsts else (1,)):
            toks = _form_tokens(chunks, first, k)
            if toks is None:
                continue
            key = " ".join(toks)
            kind, info, conf = _memo_classify(key, toks, k, data)
            if kind is None:
                continue
            # The name words after the title, among the chunks up to `reach` (split off as
            # read): k + 6, or further for a longer form tried before at this start.
            reach = max(reach, k + 6)
            count = _name_words_after(chunks, k, reach, data)
            if count == 0:
                continue
            if kind == "case" and self.mostly_caps:
                continue
            if kind == "spelled" and _inside_longer_title(self.text, s0, key, data):
                return None
            end = chunks.items[k - 1][2]
            return Slot(s0, end, self.text[s0:end], kind, count, _mid_sentence(self.text, s0), info, conf)
        return None


def _form_tokens(chunks: _Chunks, first: str, k: int) -> list[str] | None:
    """The tokens of a title form of `k` chunks from the start ("Lt." "Col."), or None when
    the text has fewer chunks or one of them cannot be part of a title."""
    if k == 1:
        return [first]
    if chunks.fetch(k - 1) < k:
        return None
    toks = [c[0] for c in chunks.items[:k]]
    if any(not _TITLE_TOKEN.fullmatch(t) for t in toks[1:]):
        return None
    return toks


def _memo_classify(key: str, toks: list[str], k: int, data: Ranks):
    """`_classify` of a form, memoised in the pack's memo (cleared when it grows large): the
    same few forms come back in every story."""
    memo = data.memo
    hit = memo.get(key)
    if hit is None:
        if len(memo) > 50_000:
            memo.clear()
        hit = memo[key] = _classify(key, toks, k, data)
    return hit


def _name_words_after(chunks: _Chunks, k: int, reach: int, data: Ranks) -> int:
    """How many name words follow a title of `k` chunks (0 when the next chunk is no name)."""
    if chunks.fetch(k) <= k or not _is_name_chunk(chunks.items[k][0]):
        return 0
    items = chunks.items
    return _names_after(items, k, data.not_names, lambda i: chunks.fetch(i) if i <= reach else len(items))


def _inside_longer_title(text: str, s0: int, key: str, data: Ranks) -> bool:
    """Whether a spelled-out title is the end of a longer one: "Secretary General Jens
    Stoltenberg", "Attorney General David Lametti"; or of a calque ("Frigate Captain") that
    titles/rank-calque reports whole."""
    prev = chunk_before(text, s0)
    if prev in data.title_heads:
        return True
    prev2 = chunk_before(text, s0 - len(prev) - 1) if prev else ""
    return bool({f"{prev} {key}".lower(), f"{prev2} {prev} {key}".lower()} & data.calque_forms)


def _slot_starts(text: str, data: Ranks) -> set[str]:
    """The chunks of `text` a title slot may start at (each new chunk judged once by
    `_may_start_slot`)."""
    return data.slot_starts.passing_in(text_chunks(text), lambda chunk: _may_start_slot(chunk, data))


def _chunks_at(text: str, words: set[str]) -> list[tuple[int, str]]:
    """(start, chunk) of every chunk of `text` that is one of `words`, in text order (the
    chunks of `text_chunks` among them, found with str.find: each word holds no whitespace)."""
    found = []
    n = len(text)
    for w in words:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or _SPACE.match(text, i - 1)) and (j == n or _SPACE.match(text, j)):
                found.append((i, w))
            i = text.find(w, i + 1)
    found.sort()
    return found


def _may_start_slot(chunk: str, data: Ranks) -> bool:
    """Whether `title_slots` can start a slot at `chunk`: it holds a period or is a known
    first token (after opening quotes or brackets), and it starts a form of several tokens
    or is classified as a title on its own. Any other chunk is passed over there."""
    firsts = data.firsts
    if "." not in chunk and chunk not in firsts:
        if chunk[0] not in _LEAD or chunk.lstrip(_LEAD) not in firsts:
            return False
    first = chunk.lstrip(_LEAD) if chunk[0] in _LEAD else chunk
    if not first or not first[0].isalnum():
        return False
    if first in data.multi_firsts:
        return True
    return _memo_classify(first, [first], 1, data)[0] is not None


_DASH_FOLD = str.maketrans({"–": "-", "‐": "-", "‑": "-", "—": "-"})


def _classify(key: str, toks: list[str], k: int, data: Ranks):
    """(kind, info, confidence) of a candidate title, or (None, None, 0)."""
    if key in data.cp_forms:
        return "cp", data.cp_forms[key], 1.0
    folded_dashes = key.translate(_DASH_FOLD)
    if folded_dashes != key:
        if folded_dashes in data.cp_forms:
            rank = data.cp_forms[folded_dashes]
            return "style", StyleForm(folded_dashes, rank, "dash instead of hyphen"), 0.8
        key = folded_dashes
        toks = [t.translate(_DASH_FOLD) for t in toks]
    listed = _listed_kind(key, data)
    if listed is not None:
        return listed
    if k != 1:
        return None, None, 0.0
    return _one_token_kind(toks[0], data)


def _listed_kind(key: str, data: Ranks):
    """A form the pack lists (after dashes are read as hyphens): a house-style slip, a
    spelled-out rank, a French one, a spelled-out honorific or a valid form; else None."""
    if key in data.style:
        return "style", data.style[key], data.style[key].confidence
    if key in data.spelled:
        return "spelled", data.spelled[key][:2], data.spelled[key][2]
    if key in data.french:
        return "french", data.french[key], 0.85
    if key in data.spelled_honorifics:
        return "spelled-honorific", data.spelled_honorifics[key], 0.8
    if key in data.valid:
        return "cp", key, 1.0
    return None


def _one_token_kind(tok: str, data: Ranks):
    """A one-token title the pack does not list: a house form in other letters' case, a
    form in the wrong case, or a garbled abbreviation; else (None, None, 0)."""
    if not tok[0].isupper() and not ((tok.endswith(".") or "-" in tok) and fold(tok) in data.valid_folded):
        # Only a case error can start in lower case (a CAF form and a garble are capitalised):
        # most tokens here are sentence-final words ("said."), ruled out before the patterns.
        return None, None, 0.0
    if not _TITLE_TOKEN.fullmatch(tok):
        return None, None, 0.0
    sf = data.style_folded.get(tok.casefold())
    if sf is not None and tok[0].isupper():
        return "style", sf, 0.7
    folded = fold(tok)
    # Wrong case: "maj.-gen.", "GEN." (not in all-capital copy).
    if (tok.endswith(".") or "-" in tok) and folded in data.valid_folded:
        house = data.valid_folded[folded]
        if tok != house and tok.casefold() == house.casefold():
            return "case", house, 0.8
    return _garbled(tok, data)


def _garbled(tok: str, data: Ranks):
    """A capitalised token of letters split by periods or hyphens that reads as a real form
    garbled: a pseudo-abbreviation of two or three parts, or one with letters lost."""
    if not tok[0].isupper():
        return None, None, 0.0  # before splitting it: a garble is capitalised
    ps = parts_of(tok)
    if not ps or not all(p.isalpha() for p in ps):
        return None, None, 0.0
    if len(ps) >= 2:
        return _pseudo_abbreviation(tok, ps, data)
    return _letters_lost(tok, ps[0], data)


def _pseudo_abbreviation(tok: str, ps: tuple[str, ...], data: Ranks):
    """A hyphenated or dotted form ending in or holding a period, near a real form (ordinary
    hyphenated words, "Ex-premier", "Co-founder", have no period)."""
    if not (tok.endswith(".") or "." in tok.rstrip(".")) or len(ps) > 3:
        return None, None, 0.0
    cands = rank_candidates(ps, data)
    if not cands:
        return None, None, 0.0
    best = cands[0]
    long_part = max(len(p) for p in ps) > 6
    if best.score >= 0.999:
        return None, None, 0.0  # a real form in some punctuation: the style rule's
    if best.score < (0.5 if long_part else 0.33):
        return None, None, 0.0
    return "garbled", tuple(cands), min(0.95, 0.45 + 0.5 * best.score)


def _letters_lost(tok: str, p: str, data: Ranks):
    """One part: only a letters-lost form of a real abbreviation ("Mj.", "Cpt."), before a full
    name; a word at the end of a sentence ("in May.") must not look like one."""
    if not tok.endswith(".") or len(p) > 4 or fold(p) in _OTHER_ABBREVIATIONS:
        return None, None, 0.0
    fp = fold(p)
    cands = []
    for t in data.by_count.get(1, ()):
        q = t.parts[0]
        if len(q) >= 3 and len(fp) == len(q) - 1 and fp[0] == q[0] and _subsequence(fp, q):
            cands.append(Candidate(t, 0.8, (f"“{p}” ≈ “{parts_of(t.form)[0]}” (letters lost)",)))
    if not cands:
        return None, None, 0.0
    return "garbled-short", tuple(cands[:3]), 0.6


@analysis("military-context", scope=PARAGRAPH, packs=("ranks",))
def military_context(par: Paragraph, data: Ranks) -> bool:
    """Whether the paragraph is about the military (words of the pack's military_context)."""
    words = {w.casefold() for w in _ALPHA_WORD.findall(par.text)}
    return bool(words & data.military_context)


_ALPHA_WORD = lazy(r"\p{L}{3,}")
