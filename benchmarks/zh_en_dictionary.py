"""Chinese↔English glosses from ECDICT (MIT), for `dictionary_signal.py`; not part of mtqa.

`benchmarks/data/zh_en.tsv.gz` (built by ``scripts/build_zh_en_table.py``; licence in
``benchmarks/data/ECDICT-LICENSE``) lists about 54,600 common English words with their inflected
forms and their Chinese glosses. Read both ways it answers what a bilingual check needs:
which Chinese terms an English word (in any form) can stand for, which English words a
Chinese term can be, and where the dictionary's terms lie in a Chinese text (longest match,
so no word segmenter is needed).

The two coverage questions a source check would ask are here too, `uncovered_terms` (a
source term none of whose English words is in the translation: omission or mistranslation?)
and `unmatched_words` (a translation word none of whose glosses is in the source: addition?).
Measured on WMT23 zh→en MQM (``benchmarks/dictionary_signal.py``), neither separates
erroneous from correct translations well enough to report (benchmarks/README.md,
"A zh→en dictionary as a source check"), so no rule uses them and the package does not ship
the table; it is kept here so the measurement can be repeated.
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path
from typing import Iterable

import regex

_LOCK = threading.Lock()
_CACHE: dict[Path, ZhEnDictionary] = {}
TABLE = Path(__file__).resolve().parent / "data" / "zh_en.tsv.gz"

_HAN = regex.compile(r"\p{Han}")
EN_WORD = regex.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


class ZhEnDictionary:
    """English words with their forms and Chinese glosses, indexed both ways."""

    __slots__ = ("_glosses", "_lemmas", "_english", "_longest")

    def __init__(self, lines: Iterable[str]) -> None:
        """`lines`: the table's ``word TAB forms TAB glosses`` lines (space-separated lists)."""
        glosses: dict[str, tuple[str, ...]] = {}
        lemmas: dict[str, tuple[str, ...]] = {}
        english: dict[str, set[str]] = {}
        for line in lines:
            word, forms, terms = line.rstrip("\n").split("\t")
            glosses[word] = tuple(terms.split())
            for form in (word, *forms.split()):
                known = lemmas.get(form, ())
                if word not in known:
                    lemmas[form] = (*known, word)
            for term in glosses[word]:
                english.setdefault(term, set()).add(word)
        self._glosses = glosses
        self._lemmas = lemmas
        self._english = {t: frozenset(ws) for t, ws in english.items()}
        self._longest = max(map(len, self._english), default=1)

    def __len__(self) -> int:
        return len(self._glosses)

    def lemmas(self, word: str) -> tuple[str, ...]:
        """The listed words `word` is a form of (``took`` → take; ``lighter`` → light, lighter)."""
        return self._lemmas.get(word.lower(), ())

    def glosses(self, word: str) -> frozenset[str]:
        """The Chinese glosses of an English word in any listed form; empty when unlisted."""
        return frozenset(t for lemma in self.lemmas(word) for t in self._glosses[lemma])

    def english(self, term: str) -> frozenset[str]:
        """The English words (base forms) a Chinese term glosses; empty when no entry has it."""
        return self._english.get(term, frozenset())

    def segment(self, text: str) -> list[tuple[str, int]]:
        """The dictionary's Chinese terms in `text`, left to right, longest match first, with
        their offsets; a Han character no term starts with is skipped."""
        out: list[tuple[str, int]] = []
        i, n = 0, len(text)
        while i < n:
            if not _HAN.match(text[i]):
                i += 1
                continue
            for size in range(min(self._longest, n - i), 0, -1):
                if text[i:i + size] in self._english:
                    out.append((text[i:i + size], i))
                    i += size
                    break
            else:
                i += 1
        return out


def zh_en() -> ZhEnDictionary:
    """The table, read on first use (about 0.6 s CPU and 85 MB) and kept for the process."""
    with _LOCK:
        if TABLE not in _CACHE:
            blob = TABLE.read_bytes()
            _CACHE[TABLE] = ZhEnDictionary(gzip.decompress(blob).decode("utf-8").splitlines())
        return _CACHE[TABLE]


def target_lemmas(target: str, dictionary: ZhEnDictionary) -> set[str]:
    """Every word of an English text, lowercased and without a possessive 's, with the base
    forms it can be a form of."""
    out: set[str] = set()
    for m in EN_WORD.finditer(target):
        word = m.group().lower()
        if word.endswith(("'s", "’s")):  # the mayor's office: mayor
            word = word[:-2]
        out.add(word)
        out.update(dictionary.lemmas(word))
    return out


def uncovered_terms(source: str, target: str, dictionary: ZhEnDictionary,
                    min_chars: int = 2) -> list[tuple[str, int]]:
    """Source terms of at least `min_chars` characters none of whose English words (in any
    form) is in the translation, with their offsets in the source."""
    present = target_lemmas(target, dictionary)
    return [(term, at) for term, at in dictionary.segment(source)
            if len(term) >= min_chars and not dictionary.english(term) & present]


def unmatched_words(source: str, target: str, dictionary: ZhEnDictionary,
                    skip: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Translation words the dictionary lists none of whose Chinese glosses shares even one
    character with the source (the most permissive reading), with their offsets; words in
    `skip` (lowercase: function words, say) are left out."""
    chars = set(_HAN.findall(source))
    out = []
    for m in EN_WORD.finditer(target):
        word = m.group()
        if word.lower() in skip:
            continue
        glosses = dictionary.glosses(word)
        if glosses and not any(ch in chars for term in glosses for ch in term):
            out.append((word, m.start(), m.end()))
    return out
