"""The Brill tagger's hot path in Rust (``mtqa._native.BrillTagger``), fed TextBlob's data.

`mtqa.tagging` tags a paragraph with TextBlob's `find_tags` in pure Python; the native
tagger gives the same tags for the same tokens in a fraction of the time (benchmarks/README.md,
"Native tagger"). It is used when the native scanner is (``MTQA_SCAN_BACKEND`` picks both,
`mtqa.scan.backend_name`). Its data comes from the files TextBlob's own readers read, handed
over once when the tagger is built:

- the lexicon file's text (the Rust side splits its lines as TextBlob's `Lexicon` does);
- the morphology and context rules as TextBlob's readers split them, with each morphology
  rule's reading spelt out (see `_morphology_rules`);
- `char_classes`, which says what Python's ``regex`` and ``str`` make of a character: the
  tokeniser's classes (``\\p{L}``, ``\\s``, ``\\w``, ...) and ``str.istitle``'s, asked once per
  character outside ASCII (the 128 ASCII ones found at once, `ascii_classes`), so that both
  taggers agree whatever Unicode tables each was built on.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from mtqa import pattern_cache

# Bit i of a character's classes is test i (native/src/tagger.rs numbers them the same way):
# first the patterns (each a class of one character), then the `str` methods. Rebuilt from the
# pattern cache: parsed by `regex` at each import they were ~0.4 ms of every `mtqa check`.
_CHAR_PATTERNS = tuple(pattern_cache.compile(p) for p in (r"\p{L}", r"\p{Lu}", r"\p{M}", r"\p{N}", r"\s", r"\w"))
_STR_TESTS = (
    str.istitle,  # of one character: upper- or titlecase
    str.islower,
    str.isspace,
)
_CHAR_TESTS = (*(p.match for p in _CHAR_PATTERNS), *_STR_TESTS)


def char_classes(ch: str) -> int:
    """The classes of one character as bits, as Python's ``regex`` and ``str`` see it."""
    bits = 0
    for i, test in enumerate(_CHAR_TESTS):
        if test(ch):
            bits |= 1 << i
    return bits


def ascii_classes() -> list[int]:
    """`char_classes` of the 128 ASCII characters, found at once: each pattern (a class of one
    character, which matches a character among others as it matches it alone) is run over all
    of them, the `str` tests asked per character. The native tagger asks for these 128 when it
    is built: one call each took ~0.35 ms of a first check, this ~0.05."""
    chars = "".join(map(chr, range(128)))
    bits = [0] * 128
    for i, pattern in enumerate(_CHAR_PATTERNS):
        for m in pattern.finditer(chars):
            bits[m.start()] |= 1 << i
    for i, test in enumerate(_STR_TESTS, len(_CHAR_PATTERNS)):
        for at, ch in enumerate(chars):
            if test(ch):
                bits[at] |= 1 << i
    return bits


def classifier() -> Callable[[str], int]:
    """`char_classes`, with the ASCII characters' read from `ascii_classes`."""
    ascii = ascii_classes()

    def classes(ch: str) -> int:
        code = ord(ch)
        return ascii[code] if code < 128 else char_classes(ch)

    return classes


def available() -> bool:
    """Whether the native tagger is built and the backend in use is the native one."""
    from mtqa.scan import backend_name

    if backend_name() != "native":
        return False
    try:
        from mtqa._native import BrillTagger  # noqa: F401
    except ImportError:  # an extension built before the tagger was added to it
        return False
    return True


# The entry's payload: the two rule lists (marshalled) behind their length, then the lexicon's
# tables, which a tagger maps in place from the file (the former layout, pickled, is a miss)
_MAGIC = b"mtqa-native-tagger-mapped\n"
_RULE_FILES = ("en-lexicon.txt", "en-morphology.txt", "en-context.txt")


def build(data: Path, rule_lists: Callable[[], tuple[Any, Any]], defaults: tuple[str, str, str]) -> Any:
    """A native tagger from TextBlob's data folder. `rule_lists()` gives TextBlob's loaded
    `Morphology` and `Context` rule lists (iterating them reads their files with TextBlob's
    reader); it is called only when mtqa's cache lacks what they were read into. The lexicon,
    built from the file's text (~25 ms), is kept in the cache as the tagger's own tables
    beside the two rule lists as read, keyed by the data files, TextBlob's reader, this module
    and the native library: a warm start never loads TextBlob's tagger module (~15 ms with its
    patterns and `xml`), and reads the tables in place (`_saved`)."""
    from mtqa import cache_child, pack_cache
    from mtqa._native import BrillTagger

    library = Path(getattr(sys.modules[BrillTagger.__module__], "__file__", None) or "")
    sources = [*(data / name for name in _RULE_FILES), data.parent / "_text.py", Path(__file__), library]
    entry = pack_cache.stamped_entry("tagger", "native-tagger", sources)
    if entry is not None:
        saved = _saved(entry, defaults)
        if saved is None and cache_child.fill(entry):
            saved = _saved(entry, defaults)  # built by a child, without TextBlob's module here
        if saved is not None:
            return saved
    morphology, context = rule_lists()
    rules = (_morphology_rules(morphology, morphology.cmd), _context_rules(context))
    tagger = BrillTagger((data / "en-lexicon.txt").read_text(encoding="utf-8"), *rules, defaults, classifier())
    if entry is not None:
        head = marshal.dumps(rules)
        pack_cache.store(entry, pack_cache.seal(_MAGIC, b"".join((len(head).to_bytes(8, "big"), head,
                                                                  tagger.lexicon_tables()))))
    return tagger


def _saved(entry: Path, defaults: tuple[str, str, str]) -> Any:
    """The tagger kept at `entry`, or None when the entry is missing, damaged or of another
    layout. The file is mapped and its seal checked here, and the native tagger maps the same
    open file for its tables: read in place from the page cache, not unpickled into a fresh
    2.2 MB `bytes` (~550 pages faulted in and filled, ~1 ms of a process's first check). An
    extension that cannot map a file (built before it could, or not on Unix) gets a copy."""
    import mmap

    from mtqa import pack_cache
    from mtqa._native import BrillTagger

    try:
        fh = open(entry, "rb")  # noqa: SIM115 - kept open while the tagger maps it
    except OSError:
        return None
    with fh:
        try:
            blob = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):  # ValueError: an empty file
            return None
        payload = pack_cache.unsealed(blob, _MAGIC, (entry, os.fstat(fh.fileno())))
        if payload is None or len(payload) < 8:
            return None
        rules_end = 8 + int.from_bytes(payload[:8], "big")
        if rules_end > len(payload):
            return None
        try:
            morphology, context = marshal.loads(payload[8:rules_end])
        except (EOFError, ValueError, TypeError):
            return None
        if not isinstance(morphology, list) or not isinstance(context, list):
            return None
        tables = (fh.fileno(), len(blob) - len(payload) + rules_end, len(payload) - rules_end)
        try:
            try:
                return BrillTagger(tables, morphology, context, defaults, classifier())
            except (OSError, TypeError):  # an extension that cannot map the file: a copy of the tables
                return BrillTagger(bytes(payload[rules_end:]), morphology, context, defaults, classifier())
        except (ValueError, TypeError):  # damaged: built afresh
            return None


def _morphology_rules(rules: Iterable[list[str]], commands: dict[str, Any]) -> list[tuple[str | None, str, str, str]]:
    """Each rule as `Morphology.apply` reads it: (the tag the word must have so far, or None;
    the affix; the command; the tag it gives). "ly hassuf 2 RB x" reads its command second,
    "NN s fhassuf 1 NNS x" third (and needs the tag NN). A row where neither is a command
    keeps the reading of the row before it, as TextBlob's loop does."""
    out = []
    reading: tuple[bool, str, str, str] | None = None
    for r in rules:
        if r[1] in commands:
            reading = (False, r[0], r[-2], r[1].lower())
        if r[2] in commands:
            reading = (True, r[1], r[-2], r[2].lower().lstrip("f"))
        if reading is None:
            raise ValueError(f"a morphology rule without a command: {' '.join(r)}")
        needs_tag, affix, tag, command = reading
        out.append((r[0] if needs_tag else None, affix, command, tag))
    return out


def _context_rules(rules: Iterable[list[str]]) -> list[tuple[str, str, str, str, str]]:
    """Each rule as `Context.apply` reads it: (tag or "*", new tag, command, x, y)."""
    return [(r[0], r[1], r[2].lower(), r[3], r[4] if len(r) > 4 else "") for r in rules]
