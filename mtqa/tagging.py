"""Part-of-speech tags for English text, for the grammar rules that read word classes.

Hand-written word lists catch the forms someone wrote down; a word's class generalises
("should *current*": an adjective where a verb is due). Two small libraries of the optional
extra ``mtqa[grammar]``, both MIT-licensed and bundling their data (no network at run time):

- TextBlob's port of pattern's Brill tagger: a lexicon of ~100,000 words with their likeliest
  Penn Treebank tag, suffix rules for unknown words and contextual rules that retag a word by
  its neighbours. TextBlob's own ``PatternTagger`` skips the suffix and contextual rules; here
  the suffix rules always apply and the contextual ones on request (see `Tagger.tag`; accuracy
  and speed in benchmarks/README.md, "Part-of-speech tagger").
- lemminflect: the classes a word *can* take (``present``: adjective, noun, verb), so a rule
  asks "could this word be a verb at all?" instead of trusting one tag.

The tagger loads on first use, from TextBlob's data files without importing TextBlob (which
would import nltk): ``import mtqa`` stays light. Its two word lists are kept compact, as numbers
in `mtqa.word_table` tables: the Brill lexicon (as a dict, about 13 MB of strings), and
lemminflect's answers for every word it lists, computed once from lemminflect and kept in
mtqa's cache with the lexicon, so that a process reads both in a few milliseconds and never
imports lemminflect and numpy (about 50 MB); with the cache turned off lemminflect answers for
itself. Without the extra, `tagger()` is None and the rules that need it are skipped with
`MISSING` as the reason.

With the native scanner (`mtqa.scan.backend_name`), `Tagger.tag` runs the Brill tagger in
Rust (`mtqa.native_tagger`, the same tokens and tags, ~8 times faster), which also answers
`Tagger.lexicon_tag` from its own copy of the lexicon (the Python one is then not loaded); with
``MTQA_SCAN_BACKEND=python`` or without the native build, TextBlob's `find_tags` in Python.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
import threading
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

import msgspec

from mtqa import native_tagger, word_table
from mtqa.analysis import PARAGRAPH, analysis
from mtqa.patterns import lazy
from mtqa.segment import ends_sentence
from mtqa.word_table import WordCodes, one_copy

if TYPE_CHECKING:
    from mtqa.segment import Paragraph

MISSING = "needs the optional extra mtqa[grammar] (textblob, lemminflect) for part-of-speech tags"

# A word, a clitic cut from its host (Penn Treebank style: "haven't" -> "have" "n't",
# "party's" -> "party" "'s"), a number, or one mark of punctuation. Compiled on first use (and
# through mtqa's pattern cache): the native tagger tokenises in Rust, so only the Python one
# and the native one's fallback read it.
_TOKEN = lazy(
    r"\p{L}+(?=n['’]t\b)"                                     # "have" of "haven't"
    r"|n['’]t\b"                                                # "n't"
    r"|['’](?:s|re|ve|ll|d|m)\b"                                # "'s", "'re", ...
    r"|(?:\p{Lu}\.){2,}"                                        # "U.S.", "B.C."
    r"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Col|Sgt|Capt|Rev|Hon)\.(?=\s)"
    r"|\p{N}+(?:[.,:]\p{N}+)*%?"
    r"|[\p{L}\p{M}\p{N}]+(?:[-&.][\p{L}\p{M}\p{N}]+)*(?:['’](?!(?:s|re|ve|ll|d|m)\b)\p{L}+)*"
    r"|[^\s]"
)
# How the Brill lexicon spells a clitic or a cut modal.
_LEXICON_FORM = {"n’t": "n't", "’s": "'s", "’re": "'re", "’ve": "'ve", "’ll": "'ll", "’d": "'d", "’m": "'m"}


class Token(msgspec.Struct, frozen=True, gc=False):
    """One token of a text: its characters, where they are, and its Penn Treebank tag.
    (A Struct: a paragraph makes hundreds, ~0.1 µs each against ~1.5 µs for a dataclass.
    Its end is worked out, not stored: four fields fit 48 bytes, five take 64, and a long
    document's section keeps ~57,000 tokens.)"""

    text: str  # text[start:end] of the tagged text, as written
    start: int
    tag: str
    lower: str  # the text in lowercase, with a straight apostrophe

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Tagger(msgspec.Struct, frozen=True):
    """The loaded models: `tag` for a text, `readings` for one word's possible classes.
    (A Struct, not a dataclass: making a dataclass class costs every process ~0.4 ms.)"""

    _tokens: Callable[[str, bool], list[Token]]  # the Brill tagger, in Python or native
    _lexicon_tag: Callable[[str], str | None]  # the Brill lexicon of that tagger
    _classes: _WordClasses
    backend: str  # "python" or "native": which Brill tagger `tag` runs (same tags)

    def tag(self, text: str, *, in_context: bool = False) -> list[Token]:
        """Every token of `text` with its tag.

        By default a word's tag is its own, out of context: the lexicon's likeliest tag, or
        the suffix rules' guess for a word it lacks. That is what a rule looking for an error
        needs: Brill's contextual rules read the text as grammatical English and retag
        "should *current*" as an adverb and "an *absolutely* debacle" as an adjective. They
        also cost 18 times the time (benchmarks/README.md, "Part-of-speech tagger").
        `in_context=True` applies them, a paragraph at a time.
        """
        return self._tokens(text, in_context)

    def readings(self, word: str) -> frozenset[str]:
        """The universal classes ("NOUN", "VERB", "ADJ", "ADV", ...) that `word` can take,
        from lemminflect's tables; empty for a word they do not know."""
        return self._classes.readings(word)

    def lexicon_tag(self, word: str) -> str | None:
        """The Brill lexicon's likeliest tag for `word` out of context, or None if unlisted."""
        return self._lexicon_tag(word)

    def has_distinct_plural(self, noun: str) -> bool:
        """Whether `noun` is a singular noun whose plural is spelt otherwise ("minister"; not
        "sheep", "series" or "police")."""
        return self._classes.has_distinct_plural(noun)

    def is_uncountable_too(self, noun: str) -> bool:
        """Whether lemminflect (AGID) lists the singular noun `noun` among its own plurals, as a
        noun English also uses uncounted ("law", "control", "level"; not "summit" or "city")."""
        return self._classes.is_uncountable_too(noun)

    def is_participle(self, word: str) -> bool:
        """Whether `word` is the past participle of one of its verbs ("come", "put", "cost")."""
        return self._classes.is_participle(word)


def _python_tokens(find_tags: Callable[..., Any], models: dict[str, Any], text: str, in_context: bool) -> list[Token]:
    """`Tagger.tag` with TextBlob's `find_tags`."""
    spans = [(one_copy(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if not spans:
        return []
    forms = [_LEXICON_FORM.get(w, w.replace("’", "'")) for w, _, _ in spans]
    tagged = find_tags(forms, **(models if in_context else {**models, "context": None}))
    return [Token(w, s, t, _lowercase(f)) for (w, s, _e), f, (_, t) in zip(spans, forms, tagged)]


def _native_tokens(native: Any, fallback: Callable[[str, bool], list[Token]], text: str, in_context: bool) -> list[Token]:
    """`Tagger.tag` with the native tagger (`mtqa.native_tagger`): the same tokens and tags.
    A text Rust cannot take (a lone surrogate from a badly decoded file) is tagged in Python."""
    try:
        starts, _ends, tags, texts, lowers = native.tag(text, in_context)
    except UnicodeEncodeError:
        return fallback(text, in_context)
    return list(map(Token, texts, starts, tags, lowers))  # each text is text[start:end]


def _lowercase(form: str) -> str:
    """`form` in lowercase: `form` itself when it is, else one string for equal words. A
    section's tokens are alive together until it is checked (50,000 for 250,000 characters):
    shared strings are about half of their memory."""
    lower = form.lower()
    return form if lower == form else one_copy(lower)


class _TagTable:
    """The Brill lexicon (word -> likeliest tag) as TextBlob's tagger reads a dict: `get` and
    `in`. 100,000 words in a `WordCodes` table with a tag number each (under 1 MB) instead of
    a dict of 200,000 strings."""

    __slots__ = ("_tag_of",)

    def __init__(self, codes: WordCodes, tags: tuple[str, ...]) -> None:
        interned = tuple(sys.intern(t) for t in tags)

        def tag_of(word: str) -> str | None:
            code = codes.code(word)
            return interned[code] if code >= 0 else None

        # Every token is looked up, and a story repeats its common words.
        self._tag_of = lru_cache(maxsize=4096)(tag_of)

    def get(self, word: str, default: Any = None) -> Any:
        tag = self._tag_of(word)
        return default if tag is None else tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._tag_of(word) is not None


class _WordClasses:
    """What lemminflect says of a word: its classes, whether it is a noun with a plural of its
    own, whether it is a verb's past participle. The answers depend only on the word in
    lowercase (lemminflect looks words up in lowercase)."""

    def readings(self, word: str) -> frozenset[str]:
        raise NotImplementedError

    def has_distinct_plural(self, noun: str) -> bool:
        raise NotImplementedError

    def is_uncountable_too(self, noun: str) -> bool:
        raise NotImplementedError

    def is_participle(self, word: str) -> bool:
        raise NotImplementedError


class _LemminflectClasses(_WordClasses):
    """lemminflect itself, imported on first use (0.4 s with numpy; with its tables loaded, about
    58 MB of RSS): what a table of `_ClassTable` is built from, and what answers when there is no
    cache to keep that table in."""

    def readings(self, word: str) -> frozenset[str]:
        return _readings(word)

    def has_distinct_plural(self, noun: str) -> bool:
        word = noun.lower()
        return _distinct_plural(word, _lemminflect().getAllLemmas(word), _lemminflect().getInflection)

    def is_uncountable_too(self, noun: str) -> bool:
        word = noun.lower()
        return _uncountable_too(word, _lemminflect().getAllLemmas(word), _lemminflect().getInflection)

    def is_participle(self, word: str) -> bool:
        word = word.lower()
        return _participle(word, _lemminflect().getAllLemmas(word), _lemminflect().getInflection)


def _distinct_plural(word: str, lemmas: dict, inflection: Callable[[str, str], tuple]) -> bool:
    """`word` (lowercase) is its own singular noun, with a plural spelt otherwise."""
    return word in lemmas.get("NOUN", ()) and any(p != word for p in inflection(word, "NNS"))


def _uncountable_too(word: str, lemmas: dict, inflection: Callable[[str, str], tuple]) -> bool:
    """`word` (lowercase) is a singular noun that AGID also lists as its own plural (uncounted)."""
    return word in lemmas.get("NOUN", ()) and word in inflection(word, "NNS")


def _participle(word: str, lemmas: dict, inflection: Callable[[str, str], tuple]) -> bool:
    """`word` (lowercase) is the past participle of one of its verbs."""
    return any(word in inflection(lemma, "VBN") for lemma in lemmas.get("VERB", ()))


def _lemminflect_readings(word: str) -> frozenset[str]:
    all_lemmas = _lemminflect().getAllLemmas
    found = all_lemmas(word) or (all_lemmas(word.lower()) if word[:1].isupper() else {})
    return frozenset(found)


_readings = lru_cache(maxsize=8192)(_lemminflect_readings)


@lru_cache(maxsize=1)
def _lemminflect() -> Any:
    """lemminflect, imported when its answers are first needed (0.4 s with numpy)."""
    import lemminflect

    return lemminflect


# Bits of a word's number in a `_ClassTable`; its classes are the bits from _FIRST_CLASS up.
_DISTINCT_PLURAL = 1
_PARTICIPLE = 2
_UNCOUNTABLE_TOO = 4
_FIRST_CLASS = 3


class _ClassTable(_WordClasses):
    """lemminflect's answers for every word it lists, built once from lemminflect and kept in
    mtqa's cache: under 1 MB instead of lemminflect's tables and numpy (about 58 MB), and
    lemminflect is not imported at all. Each of its ~64,000 lowercase words has one number: a bit per
    class (`names`), one for "has a plural of its own", one for "is a past participle", one for
    "is listed uncounted too"."""

    __slots__ = ("_codes", "_sets")

    def __init__(self, codes: WordCodes, names: tuple[str, ...]) -> None:
        self._codes = codes
        self._sets = tuple(frozenset(sys.intern(n) for i, n in enumerate(names) if mask >> i & 1)
                           for mask in range(1 << len(names)))

    def _code(self, word: str) -> int:
        return max(self._codes.code(word.lower()), 0)

    def readings(self, word: str) -> frozenset[str]:
        return self._sets[self._code(word) >> _FIRST_CLASS]

    def has_distinct_plural(self, noun: str) -> bool:
        return bool(self._code(noun) & _DISTINCT_PLURAL)

    def is_uncountable_too(self, noun: str) -> bool:
        return bool(self._code(noun) & _UNCOUNTABLE_TOO)

    def is_participle(self, word: str) -> bool:
        return bool(self._code(word) & _PARTICIPLE)


def _class_table(words: Iterable[str]) -> tuple[WordCodes, tuple[str, ...]]:
    """lemminflect's answers for `words` (lowercase; those it lists), as the numbers of
    `_ClassTable`: what `_LemminflectClasses` answers, asking lemminflect once per word and
    once per verb (a few seconds instead of about 14)."""
    tables = _lemminflect()
    inflection = lru_cache(maxsize=None)(tables.getInflection)
    names: list[str] = []
    pairs = []
    for word in words:
        lemmas = tables.getAllLemmas(word)  # `readings`' first lookup, which for a lowercase word is all
        if not lemmas:
            continue
        code = 0
        for name in sorted(lemmas):
            if name not in names:
                names.append(name)
            code |= 1 << (_FIRST_CLASS + names.index(name))
        if _distinct_plural(word, lemmas, inflection):
            code |= _DISTINCT_PLURAL
        if _participle(word, lemmas, inflection):
            code |= _PARTICIPLE
        if _uncountable_too(word, lemmas, inflection):
            code |= _UNCOUNTABLE_TOO
        pairs.append((word, code))
    return WordCodes(pairs), tuple(names)


def _lemminflect_words() -> list[str]:
    """Every word lemminflect can answer for: the lowercase words of its lemma list and of its
    overrides (a word is looked up in lowercase, so a capitalised entry is never reached)."""
    import gzip

    from lemminflect import config
    words: dict[str, None] = {}
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as fh:
        for line in fh:
            words[line.split(",", 1)[0].strip()] = None
    with open(config.lemma_overrides_fn, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                words[line.split(",", 1)[0]] = None
    return [w for w in words if w == w.lower()]


_LOCK = threading.Lock()
_LOADED: dict[str, Tagger | None] = {}


def available() -> bool:
    """Whether the optional extra is installed (without loading it)."""
    return all(importlib.util.find_spec(m) is not None for m in ("textblob", "lemminflect"))


def tagger() -> Tagger | None:
    """The English tagger, loaded on first use, or None without the optional extra. Once
    loaded it is read without the lock (the grammar rules ask ~400 times a check)."""
    try:
        return _LOADED["en"]
    except KeyError:
        pass
    with _LOCK:
        if "en" not in _LOADED:
            _LOADED["en"] = _load()
        return _LOADED["en"]


def _package_dir(name: str) -> Path:
    folder = _installed_dir(name)
    if folder is None:
        raise ImportError(f"{name} is not installed")
    return folder


def _installed_dir(name: str) -> Path | None:
    """A package's folder, or None when it is not installed (ImportError when it is installed
    but is not a package, as `_package_dir` says)."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    if not spec.submodule_search_locations:
        raise ImportError(f"{name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _extra_dirs() -> tuple[Path, Path] | None:
    """TextBlob's and lemminflect's folders, or None when either is missing (`available`):
    one look-up each (~0.1–0.2 ms of a first check apiece), not one to say they are there
    and another to find them."""
    textblob, lemminflect = _installed_dir("textblob"), _installed_dir("lemminflect")
    return None if textblob is None or lemminflect is None else (textblob, lemminflect)


def _load() -> Tagger | None:
    """The Brill tagger from TextBlob's data (None without the optional extra), without
    importing TextBlob: its package imports nltk (0.4 s and more modules) for features mtqa does not use. Its tagger module needs
    only the standard library, so it is loaded from its file (`_Brill`), and the English
    models are built from their data files as TextBlob's ``textblob.en`` builds them, but for
    the lexicon, which is a `_TagTable`. With the native tagger and a warm cache, neither that
    module nor the Python copy of the lexicon is loaded: the native tagger answers for its
    lexicon, and both taggers' tables come from mtqa's cache."""
    dirs = _extra_dirs()
    if dirs is None:
        return None
    data = dirs[0] / "en"
    brill = _Brill(data)
    classes = _word_classes(dirs[1])
    if not native_tagger.available():
        return Tagger(brill.tokens, brill.lexicon.get, classes, "python")
    native = native_tagger.build(data, brill.rule_lists, _DEFAULT_TAGS)
    return Tagger(partial(_native_tokens, native, brill.tokens), native.lexicon_tag, classes, "native")


_DEFAULT_TAGS = ("NN", "NNP", "CD")  # TextBlob's defaults: a word, a capitalised word, a number


class _Brill:
    """TextBlob's tagger module (``_text.py``, loaded from its file) and its English models,
    loaded on first use: the Python tagger needs them for every text, the native one only to
    fill mtqa's cache and for a text Rust cannot take."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self._lock = threading.Lock()
        self._models: dict[str, Any] | None = None

    @functools.cached_property
    def lexicon(self) -> _TagTable:
        """The Brill lexicon, read on first use (from mtqa's cache when it was read before):
        the Python tagger reads it for every text; with the native tagger, which keeps its
        own, only a cold cache (to build that tagger's rules) or a text Rust cannot take."""
        sources = [Path(__file__), Path(word_table.__file__), self.data.parent / "_text.py",
                   self.data / "en-lexicon.txt"]
        table = _cached("en-lexicon", sources, lambda: _tag_table(self, self.data))
        return _TagTable(table["lexicon"], table["tags"])

    @functools.cached_property
    def module(self) -> Any:
        module_spec = importlib.util.spec_from_file_location("mtqa._brill_text", self.data.parent / "_text.py")
        if module_spec is None or module_spec.loader is None:
            raise ImportError(f"cannot load the Brill tagger from {self.data.parent}")
        brill = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(brill)
        return brill

    def rule_lists(self) -> tuple[Any, Any]:
        """TextBlob's `Morphology` and `Context` rules for English."""
        models = self.models()
        return models["morphology"], models["context"]

    def models(self) -> dict[str, Any]:
        """`find_tags`' English models, as ``textblob.en`` makes them (but for the lexicon)."""
        with self._lock:
            if self._models is None:
                brill, data = self.module, self.data
                morphology = brill.Morphology(self.lexicon, path=str(data / "en-morphology.txt"))
                context = brill.Context(self.lexicon, path=str(data / "en-context.txt"))
                self._models = {"lexicon": self.lexicon, "morphology": morphology, "context": context,
                                "default": _DEFAULT_TAGS, "language": "en"}
            return self._models

    def tokens(self, text: str, in_context: bool) -> list[Token]:
        """`Tagger.tag` with TextBlob's `find_tags`."""
        return _python_tokens(self.module.find_tags, self.models(), text, in_context)


def _tag_table(brill: _Brill, data: Path) -> dict[str, Any]:
    """The Brill lexicon as TextBlob reads it (its own reader), as word numbers and tags."""
    words = brill.module.Lexicon(path=str(data / "en-lexicon.txt"), language="en")
    entries = list(words.items())
    tags = tuple(sorted({tag for _, tag in entries}))
    number = {tag: i for i, tag in enumerate(tags)}
    return {"lexicon": WordCodes((w, number[t]) for w, t in entries), "tags": tags}


# The layout of `pack_cache.store_pickled_views`: word tables' arrays out of band, read back as
# views of the mapped entry (an entry in the former, in-band layout is a miss and is rebuilt)
_MAGIC = b"mtqa-tagger-views\n"


def _word_classes(lemminflect_dir: Path | None = None) -> _WordClasses:
    """lemminflect's answers: a `_ClassTable` from mtqa's cache when these files were read
    before, else built (from lemminflect: a few seconds, once) and cached. Without a cache
    lemminflect answers for itself. `lemminflect_dir`: its folder, when already found."""
    try:
        lemminflect_dir = lemminflect_dir or _package_dir("lemminflect")
        sources = [Path(__file__), Path(word_table.__file__), lemminflect_dir / "__init__.py",
                   *sorted((lemminflect_dir / "resources").iterdir())]
    except (OSError, ImportError):
        return _LemminflectClasses()
    table = _cached("en-classes", sources, lambda: _class_table(_lemminflect_words()), build_uncached=False)
    return _LemminflectClasses() if table is None else _ClassTable(*table)


def _cached(name: str, sources: list[Path], build: Callable[[], Any], *, build_uncached: bool = True) -> Any:
    """What `build()` makes from the files `sources`: read from mtqa's cache (``tagger/``) when
    they were read before, else built and kept there. Without a cache (turned off, or a source
    missing) it is built afresh, or None when `build_uncached` is false."""
    from mtqa import cache_child, pack_cache

    entry = pack_cache.stamped_entry("tagger", name, sources)
    if entry is None:
        return build() if build_uncached else None
    value = pack_cache.load_pickled_views(entry, _MAGIC)
    if value is None and cache_child.fill(entry):  # built by a child: its imports stay out of here
        value = pack_cache.load_pickled_views(entry, _MAGIC)
    if value is None:
        value = build()
        pack_cache.store_pickled_views(entry, _MAGIC, value)
    return value


def fill_cache() -> None:
    """Build every cache entry the tagger reads, whichever backend will read them: the Brill
    lexicon, lemminflect's answers and (when built) the native tagger's tables and rules.
    `mtqa.build_cache` runs this in a child process; without the extra there is nothing to do."""
    if not available():
        return
    data = _package_dir("textblob") / "en"
    brill = _Brill(data)
    _word_classes()
    brill.lexicon  # noqa: B018 - read for its cache entry
    if native_tagger.available():
        native_tagger.build(data, brill.rule_lists, _DEFAULT_TAGS)


_TERMINAL_MARKS = frozenset({".", "!", "?"})


def ends_sentence_token(text: str, tok: Token) -> bool:
    """Whether `tok`, a token of `text`, is a stop that ends its sentence as `mtqa.segment` reads
    one (`ends_sentence`). The tokeniser cuts "Const.", "Jan." and "a.m." into a word and a
    period; that period ends no sentence before "Const. Jane Roe", "Jan. 7" or "9 a.m. Monday"."""
    return tok.text in _TERMINAL_MARKS and ends_sentence(text, tok.end)


@analysis("part-of-speech tags", scope=PARAGRAPH)
def tagged(par: Paragraph) -> list[Token] | None:
    """A paragraph's tokens with their tags, or None without the optional extra: one tagging per
    paragraph, declared here so that every family reads the same one (the grammar rules, the
    translationese signal's tag pairs)."""
    tg = tagger()
    return None if tg is None else tg.tag(par.text)
