"""A smoothed trigram language model of English, for rules that ask how likely a phrase reads.

Word lists catch the sequences someone wrote down; a language model knows how likely any
word is after the two before it. The optional extra ``mtqa[lm]`` installs pocketsphinx
(BSD-2-Clause, Carnegie Mellon University), whose wheel ships CMU's generic US-English
back-off trigram model (``model/en-us/en-us.lm.bin``: 72,547 lowercase words, 2.05 million
bigrams, 1.67 million trigrams). Nothing is downloaded.

The model is read through pocketsphinx's C functions (``ngram_tg_score`` and friends, which
its extension module exports) with ctypes rather than its Python class: the class gives no
back-off order, and its ``prob`` allocates its word array with too few bytes. ``import mtqa``
never imports pocketsphinx; `model()` loads it on first use (about 0.05 s and 31 MB, see
benchmarks/README.md, "A real language model"). Without the extra `model()` is None and the
rules that need it are skipped with `MISSING` as the reason.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import msgspec

from mtqa.patterns import lazy
from mtqa.segment import split_sentences

if TYPE_CHECKING:
    import ctypes

MISSING = "needs the optional extra mtqa[lm] (pocketsphinx) for its English language model"

# pocketsphinx scores are integer logarithms in base 1.0001.
_TO_LOG10 = math.log10(1.0001)
_NGRAM_AUTO = 0  # ngram_file_type_t: guess the format from the file
# A word (a hyphenated compound or a word with an apostrophe is one word), or anything else.
# Compiled on first use: the model is an optional extra, and a check without it never reads it.
_TOKEN = lazy(r"\p{L}+(?:['’-]\p{L}+)*|[^\s\p{L}]+")
_OPENERS = frozenset({"“", '"', "‘", "'", "(", "—", "–", "-", "«"})


class Model:
    """The trigram model: word ids and scores, through pocketsphinx's exported C API."""

    def __init__(self, library: ctypes.CDLL, model_file: Path) -> None:
        import ctypes  # here, not at module level: a check that never loads the model never needs it

        int32, ptr = ctypes.c_int32, ctypes.c_void_p
        library.logmath_init.restype = ptr
        library.logmath_init.argtypes = [ctypes.c_double, ctypes.c_int, ctypes.c_int]
        library.ngram_model_read.restype = ptr
        library.ngram_model_read.argtypes = [ptr, ctypes.c_char_p, ctypes.c_int, ptr]
        library.ngram_wid.restype = int32
        library.ngram_wid.argtypes = [ptr, ctypes.c_char_p]
        library.ngram_unknown_wid.restype = int32
        library.ngram_unknown_wid.argtypes = [ptr]
        library.ngram_tg_score.restype = int32
        library.ngram_tg_score.argtypes = [ptr, int32, int32, int32, ctypes.POINTER(int32)]
        library.ngram_bg_score.restype = int32
        library.ngram_bg_score.argtypes = [ptr, int32, int32, ctypes.POINTER(int32)]
        library.ngram_ng_score.restype = int32
        library.ngram_ng_score.argtypes = [ptr, int32, ctypes.POINTER(int32), int32, ctypes.POINTER(int32)]
        # The log tables stay alive as long as the model, which refers to them (never freed:
        # one model per process).
        self._log_math = library.logmath_init(1.0001, 0, 0)
        self._lm = library.ngram_model_read(None, str(model_file).encode(), _NGRAM_AUTO, self._log_math)
        if not self._lm:
            raise OSError(f"cannot read the language model {model_file}")
        self._lib = library
        self._int32, self._byref = int32, ctypes.byref
        self._unknown = library.ngram_unknown_wid(self._lm)
        self._ids: dict[str, int] = {}
        self._lock = threading.Lock()  # the C scorer keeps a history cache: one caller at a time

    def word_id(self, word: str) -> int | None:
        """The model's id for a lowercase word, or None for a word it lacks."""
        wid = self._ids.get(word)
        if wid is None:
            wid = self._ids[word] = self._lib.ngram_wid(self._lm, word.encode("utf-8"))
        return None if wid == self._unknown else wid

    def unigram(self, wid: int) -> float:
        """log10 P(word)."""
        used = self._int32()
        with self._lock:
            return self._lib.ngram_ng_score(self._lm, wid, None, 0, self._byref(used)) * _TO_LOG10

    def trigram(self, wid: int, h1: int, h2: int) -> tuple[float, int]:
        """(log10 P(word | h2 h1), the order the model backed off to: 3, 2 or 1)."""
        used = self._int32()
        with self._lock:
            score = self._lib.ngram_tg_score(self._lm, wid, h1, h2, self._byref(used))
        return score * _TO_LOG10, used.value

    def bigram(self, wid: int, h1: int) -> tuple[float, int]:
        """(log10 P(word | h1), the order the model backed off to: 2 or 1)."""
        used = self._int32()
        with self._lock:
            score = self._lib.ngram_bg_score(self._lm, wid, h1, self._byref(used))
        return score * _TO_LOG10, used.value


class ScoredWord(msgspec.Struct, frozen=True):
    """A word read with its two predecessors: where the three words are, and the model's view."""

    words: tuple[str, str, str]  # (h2, h1, word), lowercased; "<s>" opens a sentence
    start: int  # of h2 (or h1 when h2 is "<s>"), as an offset into the text scored
    word_start: int
    end: int
    logp: float  # log10 P(word | h2 h1)
    unigram: float  # log10 P(word)
    order: int  # 3: the trigram is in the model; 2: backed off to the bigram; 1: to the word

    @property
    def surprise(self) -> float:
        """How many powers of ten less likely the word is after its two predecessors than
        on its own: high where the context argues against the word."""
        return self.unigram - self.logp


def clauses(text: str) -> Iterator[list[tuple[str, int, int, bool]]]:
    """Runs of words inside one clause of `text`: (word, start, end, opens its sentence).
    Punctuation, digits and symbols end a run: the model has none of them."""
    offset = 0
    for line in text.split("\n"):
        for sent in split_sentences(line):
            run: list[tuple[str, int, int, bool]] = []
            first = True
            for m in _TOKEN.finditer(sent.text):
                tok = m.group()
                if not tok[0].isalpha():
                    if run:
                        yield run
                    run = []
                    first = first and tok in _OPENERS
                    continue
                start = offset + sent.start + m.start()
                run.append((tok, start, start + len(tok), first))
                first = False
            if run:
                yield run
        offset += len(line) + 1


def score(lm: Model, text: str) -> Iterator[ScoredWord]:
    """Every word of `text` that the model can read with two words of history.

    A word the model lacks, a hyphenated compound and a capitalised word inside a sentence
    (news copy is full of names no general model knows) end the history; the first word of a
    sentence has the sentence start as history.
    """
    for run in clauses(text):
        known: list[tuple[str, int, int, int] | None] = []  # (word, id, start, end)
        for tok, start, end, initial in run:
            low = tok.lower().replace("’", "'")
            wid = None if (tok[0].isupper() and not initial and low != "i") else lm.word_id(low)
            known.append(None if wid is None else (low, wid, start, end))
        if run[0][3]:
            start_id = lm.word_id("<s>")
            known.insert(0, None if start_id is None else ("<s>", start_id, run[0][1], run[0][1]))
        for i in range(2, len(known)):
            h2, h1, cur = known[i - 2], known[i - 1], known[i]
            if h2 is None or h1 is None or cur is None:
                continue
            logp, order = lm.trigram(cur[1], h1[1], h2[1])
            first = h1 if h2[0] == "<s>" else h2
            yield ScoredWord((h2[0], h1[0], cur[0]), first[2], cur[2], cur[3], logp, lm.unigram(cur[1]), order)


_LOCK = threading.Lock()
_LOADED: dict[str, Model | None] = {}


def available() -> bool:
    """Whether the optional extra is installed (without loading it)."""
    return importlib.util.find_spec("pocketsphinx") is not None


def pronouncing_dictionary() -> Path | None:
    """CMU's pronouncing dictionary, shipped beside the model in the pocketsphinx wheel (the
    offline table builders under scripts/ read their candidate words from it), or None without
    the optional extra."""
    spec = importlib.util.find_spec("pocketsphinx")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "model" / "en-us" / "cmudict-en-us.dict"


def model() -> Model | None:
    """The English model, loaded on first use, or None without the optional extra (or if its
    files cannot be read)."""
    with _LOCK:
        if "en" not in _LOADED:
            _LOADED["en"] = _load() if available() else None
        return _LOADED["en"]


def _load() -> Model | None:
    """pocketsphinx's extension module (imported, so that its C functions are in the process)
    and the model file its wheel ships."""
    import ctypes

    try:
        extension = importlib.import_module("pocketsphinx._pocketsphinx")
        folder = Path(extension.__file__ or "").parent
        return Model(ctypes.CDLL(extension.__file__), folder / "model" / "en-us" / "en-us.lm.bin")
    except (ImportError, OSError, AttributeError):
        return None
