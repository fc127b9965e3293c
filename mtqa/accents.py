"""Accents and official name forms: folding, and finding a name written otherwise.

English copy about Quebec keeps the accents, hyphens and capitals of French proper names
(Parti Québécois, Trois-Rivières, Hydro-Québec). Translation engines and careless copy
drop them, or respell a name a letter off. `OfficialNames` finds, in one pass over a
paragraph's words, every run of words that folds (accents, case, apostrophes) to within a
letter or two of an official name without being written as it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterator

import msgspec

from mtqa import pattern_cache
from mtqa.text.fold import without_marks
from mtqa.text.fuzzy import edit_distance
from mtqa.text.sieve import Sieve

# Words for name matching: letters with inner apostrophes ("d'avenir"); hyphens separate.
NAME_TOKEN = pattern_cache.compile(r"[\p{L}\p{N}]++(?:['’][\p{L}]++)*+")


@lru_cache(maxsize=16384)
def strip_accents(s: str) -> str:
    """`s` without its combining marks (Québécois → Quebecois), case kept."""
    return unicodedata.normalize("NFC", without_marks(s))


def has_accent(s: str) -> bool:
    return strip_accents(s) != s


@lru_cache(maxsize=65536)
def fold_letters(s: str) -> str:
    """Lowercase letters and digits only, without accents: "d’Avenir" → "davenir"."""
    if s.isascii():  # no marks to strip, and casefold() is lower() (most of a story's words)
        return s.lower() if s.isalnum() else "".join(filter(str.isalnum, s.lower()))
    return "".join(c for c in strip_accents(s).casefold() if c.isalnum())


def _same_letters(a: str, b: str) -> bool:
    """Whether two words differ in accents and case at most (Levi's and Lévis do not)."""
    return strip_accents(a).casefold().replace("’", "'") == strip_accents(b).casefold().replace("’", "'")


class Official(msgspec.Struct, frozen=True):
    """An official name: as written, its words, and their folded forms."""

    name: str
    kind: str
    words: tuple[str, ...]
    folded: tuple[str, ...]
    gaps: list[str]  # what separates the words: " " or "-"


class NameHit(msgspec.Struct, frozen=True):
    start: int
    end: int
    official: Official
    how: str  # "accents", "capital" or "spelling"


def _word_limit(n: int) -> int:
    """Letters a word of n letters may be off by and still be read as a misspelling."""
    return 0 if n < 4 else 1 if n < 7 else 2


def _without_possessive(got: str, want: str) -> str:
    """`got` without a possessive ending ("Radio-Canada’s" → "Radio-Canada") unless the name's
    own word ends so: an outlet's or institution's name with 's is the name, not a letter off."""
    for ending in ("'s", "’s"):
        if got.endswith(ending) and not want.replace("’", "'").endswith("'s"):
            return got[: -len(ending)]
    return got


class OfficialNames:
    """Find official names written otherwise: accents lost, a capital lost, a letter or two off.

    Args:
        names: (name, kind) pairs, each name as the institution writes it.
        english_forms: accent-less forms that English copy uses by right (Quebec City):
            never reported.

    A one-word name is reported only for lost accents (Levis for Lévis), never for a
    spelling a letter off (Lewis is another name). A name of several words may be off by
    up to two letters per longer word and three in all, but never in a short word
    ("University of Montreal" is a translation, not a misspelling of Université de Montréal).
    """

    def __init__(self, names: list[tuple[str, str]], english_forms: list[str]) -> None:
        self._index: dict[str, list[Official]] = {}
        for name, kind in names:
            spans = [m.span() for m in NAME_TOKEN.finditer(name)]
            words = tuple(name[a:b] for a, b in spans)
            folded = tuple(fold_letters(w) for w in words)
            gaps = [name[a[1] : b[0]] for a, b in zip(spans, spans[1:])]
            off = Official(name, kind, words, folded, gaps)
            self._index.setdefault(folded[0][:2], []).append(off)
        self._english = frozenset(english_forms)
        # Every word seen so far → the names it may start (most: none), and the words that
        # start some: a paragraph's words are sorted with set operations, and a word is
        # folded and compared with the names' first words only the first time it is seen.
        self._starts: tuple[dict[str, tuple[Official, ...]], set[str]] = ({}, set())
        # Whitespace chunks seen so far, by whether a word of theirs may start a name (a word
        # never spans whitespace): most paragraphs are ruled out by set operations alone.
        self._chunks = Sieve()
        # (name, kind, words as written) -> what `_compare` said: a story repeats its names
        self._compared: dict[tuple[str, ...], str | None] = {}

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def finditer(self, text: str) -> Iterator[NameHit]:
        if not self._may_start_names(text):
            return
        yield from self._hits(text)

    def find_in(self, texts: list[str]) -> Iterator[tuple[int, NameHit]]:
        """(index of the text, hit) for each of `texts`, in order: what `finditer` finds in each.

        The texts' whitespace chunks are judged together, once; most stories hold no chunk that
        may start a name and end here, without a lookup per paragraph. Where some do, a text is
        read only if one of its own chunks passed (a set operation on chunks split once, not a
        substring search of the text for each chunk that passed: a long story has hundreds)."""
        chunks = [text.split() for text in texts]
        starting = self._chunks.passing(set().union(*chunks), self._chunk_may_start)
        if not starting:
            return
        for k, text in enumerate(texts):
            if not starting.isdisjoint(chunks[k]):  # a hit starts in a chunk that passed
                for hit in self._hits(text):
                    yield k, hit

    def _hits(self, text: str) -> Iterator[NameHit]:
        words = NAME_TOKEN.findall(text, concurrent=False)  # at C speed: most words start no name and cost no lookup
        names_started = self._names_started(words)
        if not names_started:
            return
        hyphen = "-" in text  # a lowercase word starts a name only as a compound ("hydro-Québec")
        starts = [i for i, w in enumerate(words) if w in names_started and (hyphen or w[:1].isupper())]
        if not starts:
            return
        toks = list(NAME_TOKEN.finditer(text, concurrent=False))  # the same tokens, as matches: spans read on demand
        n = len(toks)
        after = 0  # the first token past the last name found
        for i in starts:
            if i < after:
                continue
            w = words[i]
            e = toks[i].end()
            if not w[:1].isupper() and text[e : e + 1] != "-":
                continue  # a name starts with a capital, or is a lowercased compound ("hydro-Québec")
            hit = self._name_at(text, toks, words, i, names_started[w])
            if hit is not None:
                yield hit
                after = i
                while after < n and toks[after].start() < hit.end:
                    after += 1

    def _name_at(self, text: str, toks: list, words: list[str], i: int, offs: tuple[Official, ...]) -> NameHit | None:
        """The first of `offs` (the names the word at token i may start) that the text writes from
        there: its words joined by a space or a hyphen, not the end of a longer compound
        ("per-capita"), and the same name by `_compare_once`; a misspelling keeps the name's shape."""
        s = toks[i].start()
        if s > 1 and text[s - 1] in "-‑" and text[s - 2].isalnum():
            return None  # the end of a longer compound ("per-capita")
        for off in offs:
            k = len(off.words)
            if i + k > len(toks):
                continue
            window = toks[i : i + k]
            gaps = [text[a.end() : b.start()] for a, b in zip(window, window[1:])]
            if any(g not in (" ", "-", "‑", "–") for g in gaps):
                continue
            how = self._compare_once(off, words[i : i + k])
            if how == "spelling" and [g.replace("‑", "-").replace("–", "-") for g in gaps] != off.gaps:
                continue  # a misspelling keeps the name's shape: its hyphens and spaces
            if how is not None:
                return NameHit(s, window[-1].end(), off, how)
        return None

    def _may_start_names(self, text: str) -> bool:
        """Whether a word of `text` may start a name, judged by its whitespace chunks (each
        chunk's words looked at once, when the chunk is first seen)."""
        return bool(self._chunks.passing(set(text.split()), self._chunk_may_start))

    def _chunk_may_start(self, chunk: str) -> bool:
        """Whether a word of a whitespace chunk may start a name where `_hits` looks for one: a
        word that may start a name, with a capital or before a hyphen ("hydro-Québec"). Most
        lowercase words near a name's first word ("part", "universe") start none.

        Without a hyphen only the capitalised words count, so a chunk with no capital (most of
        them: `islower` says every cased character is lowercase) is ruled out unread, and only
        its capitalised words are looked up: a new document's words are judged at that cost."""
        if "-" not in chunk:
            if chunk.islower():
                return False
            # A chunk of letters alone is one word (`NAME_TOKEN`'s letters are `isalpha`'s)
            words = (chunk,) if chunk.isalpha() else NAME_TOKEN.findall(chunk)
            return any(self._starts_some(w) for w in words if w[:1].isupper())
        started = self._names_started(NAME_TOKEN.findall(chunk))
        if not started:
            return False
        return any(
            m.group() in started and (m.group()[:1].isupper() or chunk[m.end() : m.end() + 1] == "-")
            for m in NAME_TOKEN.finditer(chunk)
        )

    def _names_started(self, words: list[str]) -> dict[str, tuple[Official, ...]]:
        """Those of `words` that may start a name, each with the names it may start."""
        memo, starting = self._starts
        seen = set(words)
        for w in seen.difference(memo):
            offs = memo[w] = self._names_starting_with(w)
            if offs:
                starting.add(w)
        if len(memo) > 50_000:
            self._starts = ({}, set())  # bounded memory; a fresh pair, so a thread reading the old one is unaffected
        return {w: memo[w] for w in seen & starting}

    def _starts_some(self, word: str) -> bool:
        """Whether `word` may start a name: `_names_started` for one word, without its sets."""
        memo, starting = self._starts
        offs = memo.get(word)
        if offs is None:
            if len(memo) > 50_000:
                memo, starting = self._starts = ({}, set())  # bounded memory, as `_names_started`
            offs = memo[word] = self._names_starting_with(word)
            if offs:
                starting.add(word)
        return bool(offs)

    def _names_starting_with(self, word: str) -> tuple[Official, ...]:
        """The names whose first word `word` may be as `_compare` reads it: the same folded
        letters for a one-word name, else within the edit distance allowed for a word."""
        f = fold_letters(word)
        return tuple(
            off for off in self._index.get(f[:2], ())
            if (f == off.folded[0] if len(off.words) == 1
                else edit_distance(off.folded[0], f) <= _word_limit(len(off.folded[0])))
        )

    def _compare_once(self, off: Official, words: list[str]) -> str | None:
        """`_compare`, remembered (it folds and measures edit distances; bounded memory)."""
        key = (off.name, off.kind, *words)
        try:
            return self._compared[key]
        except KeyError:
            pass
        if len(self._compared) > 20_000:
            self._compared.clear()
        how = self._compared[key] = self._compare(off, words)
        return how

    def _compare(self, off: Official, words: list[str]) -> str | None:
        words = [*words[:-1], _without_possessive(words[-1], off.words[-1])]
        if list(off.words) == [w.replace("’", "'") for w in words] or list(off.words) == words:
            return None
        if all(w.isupper() for w in words if len(w) > 1):
            return None  # a heading in capitals
        total = 0
        for want_word, want, got in zip(off.words, off.folded, words):
            if _same_letters(want_word, got):
                continue
            if len(off.words) == 1:
                return None
            g = fold_letters(got)
            d = edit_distance(want, g)
            if d > _word_limit(len(want)):
                return None
            total += d
        if total > 3:
            return None
        if " ".join(words) in self._english:
            return None
        if total:
            return "spelling"
        # The same letters: a capital lost (hydro-Québec) or accents lost (Parti Quebecois).
        # Capitals added (Québec Solidaire) are a house choice, not reported.
        if any(want[:1].isupper() and got[:1].islower() for want, got in zip(off.words, words)):
            return "capital"
        if any(has_accent(want) and not has_accent(got) for want, got in zip(off.words, words)):
            return "accents"
        return None
