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

The tagger loads on first use (its lexicon about 0.2 s, read from TextBlob's data files without
importing TextBlob, which would import nltk), lemminflect when a rule first asks for a word's
classes: ``import mtqa`` stays light. Without the extra, `tagger()` is None and the rules that need it are skipped with `MISSING` as the reason.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import regex

MISSING = "needs the optional extra mtqa[grammar] (textblob, lemminflect) for part-of-speech tags"

# A word, a clitic cut from its host (Penn Treebank style: "haven't" -> "have" "n't",
# "party's" -> "party" "'s"), a number, or one mark of punctuation.
_TOKEN = regex.compile(
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


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a text: its characters, where they are, and its Penn Treebank tag."""

    text: str
    start: int
    end: int
    tag: str
    lower: str  # the text in lowercase, with a straight apostrophe


@dataclass(frozen=True)
class Tagger:
    """The loaded models: `tag` for a text, `readings` for one word's possible classes."""

    _find_tags: Callable[..., Any]
    _models: dict[str, Any]

    def tag(self, text: str, *, in_context: bool = False) -> list[Token]:
        """Every token of `text` with its tag.

        By default a word's tag is its own, out of context: the lexicon's likeliest tag, or
        the suffix rules' guess for a word it lacks. That is what a rule looking for an error
        needs: Brill's contextual rules read the text as grammatical English and retag
        "should *current*" as an adverb and "an *absolutely* debacle" as an adjective. They
        also cost 18 times the time (benchmarks/README.md, "Part-of-speech tagger").
        `in_context=True` applies them, a paragraph at a time.
        """
        spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        if not spans:
            return []
        forms = [_LEXICON_FORM.get(w, w.replace("’", "'")) for w, _, _ in spans]
        models = self._models if in_context else {**self._models, "context": None}
        tagged = self._find_tags(forms, **models)
        return [Token(w, s, e, t, f.lower()) for (w, s, e), f, (_, t) in zip(spans, forms, tagged)]

    def readings(self, word: str) -> frozenset[str]:
        """The universal classes ("NOUN", "VERB", "ADJ", "ADV", ...) that `word` can take,
        from lemminflect's tables; empty for a word they do not know."""
        return _readings(word)

    def lexicon_tag(self, word: str) -> str | None:
        """The Brill lexicon's likeliest tag for `word` out of context, or None if unlisted."""
        return self._models["lexicon"].get(word)

    def has_distinct_plural(self, noun: str) -> bool:
        """Whether `noun` is a singular noun whose plural is spelt otherwise ("minister"; not
        "sheep", "series" or "police")."""
        word = noun.lower()
        tables = _lemminflect()
        return word in tables.getAllLemmas(word).get("NOUN", ()) and any(p != word for p in tables.getInflection(word, "NNS"))

    def is_participle(self, word: str) -> bool:
        """Whether `word` is the past participle of one of its verbs ("come", "put", "cost")."""
        tables = _lemminflect()
        lemmas = tables.getAllLemmas(word.lower()).get("VERB", ())
        return any(word.lower() in tables.getInflection(lemma, "VBN") for lemma in lemmas)


@lru_cache(maxsize=8192)
def _readings(word: str) -> frozenset[str]:
    all_lemmas = _lemminflect().getAllLemmas
    found = all_lemmas(word) or (all_lemmas(word.lower()) if word[:1].isupper() else {})
    return frozenset(found)


@lru_cache(maxsize=1)
def _lemminflect() -> Any:
    """lemminflect, imported when a rule first asks for a word's classes (0.4 s with numpy):
    most paragraphs never get that far."""
    import lemminflect

    return lemminflect


_LOCK = threading.Lock()
_LOADED: dict[str, Tagger | None] = {}


def available() -> bool:
    """Whether the optional extra is installed (without loading it)."""
    return all(importlib.util.find_spec(m) is not None for m in ("textblob", "lemminflect"))


def tagger() -> Tagger | None:
    """The English tagger, loaded on first use, or None without the optional extra."""
    with _LOCK:
        if "en" not in _LOADED:
            _LOADED["en"] = _load() if available() else None
        return _LOADED["en"]


def _load() -> Tagger:
    """The Brill tagger from TextBlob's data, without importing TextBlob: its package imports
    nltk (0.4 s and more modules) for features mtqa does not use. Its tagger module needs
    only the standard library, so it is loaded from its file, and the English models are
    built from their data files as TextBlob's ``textblob.en`` builds them."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    base = Path(next(iter(spec.submodule_search_locations)))
    module_spec = importlib.util.spec_from_file_location("mtqa._brill_text", base / "_text.py")
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot load the Brill tagger from {base}")
    brill = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(brill)
    data = base / "en"
    lexicon = brill.Lexicon(
        path=str(data / "en-lexicon.txt"), morphology=str(data / "en-morphology.txt"),
        context=str(data / "en-context.txt"), entities=str(data / "en-entities.txt"), language="en",
    )
    models = {
        "lexicon": lexicon,
        "morphology": lexicon.morphology,
        "context": lexicon.context,
        "default": ("NN", "NNP", "CD"),
        "language": "en",
    }
    return Tagger(brill.find_tags, models)
