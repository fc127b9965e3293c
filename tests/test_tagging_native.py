"""The native Brill tagger (Rust, `mtqa.native_tagger`) gives the pure-Python tagger's tokens
and tags: on real copy, on unknown words that each suffix rule reads, on every kind of
character, in and out of context. It is picked with the native scanner backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import native_tagger, tagging

pytest.importorskip("textblob")
pytest.importorskip("lemminflect")
_native = pytest.importorskip("mtqa._native")
if not hasattr(_native, "BrillTagger"):
    pytest.skip("the native extension was built without the tagger", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"


def _load(backend: str) -> tagging.Tagger:
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("MTQA_SCAN_BACKEND", backend)
        mp.setattr(tagging, "_LOADED", {})
        tg = tagging.tagger()
        assert tg is not None and tg.backend == backend
        return tg
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def taggers() -> tuple[tagging.Tagger, tagging.Tagger]:
    return _load("python"), _load("native")


def _real_copy(machine_translations: int) -> list[str]:
    """Paragraphs of the seed, the corpus excerpts (both halves: only tags are compared), the
    eval set's references and its first `machine_translations` MT outputs."""
    from benchmarks.corpus.load import load_excerpts

    texts = [(ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")]
    texts += [ex.body for ex in load_excerpts()]
    if EVAL.exists():
        texts += [json.loads(x)["reference"] for x in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
        with (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8") as lines:
            texts += [json.loads(x)["target"] for _, x in zip(range(machine_translations), lines)]
    return [p for t in texts for p in t.split("\n") if p.strip()]


def _assert_same(taggers: tuple[tagging.Tagger, tagging.Tagger], texts: list[str], in_context: bool) -> int:
    python, native = taggers
    count = 0
    for text in texts:
        expected = python.tag(text, in_context=in_context)
        assert native.tag(text, in_context=in_context) == expected, text
        count += len(expected)
    return count


def test_same_tokens_and_tags_on_real_copy(taggers) -> None:
    assert _assert_same(taggers, _real_copy(machine_translations=4000), in_context=False) > 100_000


def test_same_tokens_and_tags_in_context(taggers) -> None:
    """The contextual rules (in Python 18 times the cost of the rest: fewer texts)."""
    assert _assert_same(taggers, _real_copy(machine_translations=500), in_context=True) > 50_000


def test_same_tags_for_words_each_suffix_rule_reads(taggers) -> None:
    """Unknown words made around every affix of the morphology rules (ending, starting,
    holding it; before and after it as a word), and words of the lexicon with an affix added
    or taken off: each rule fires somewhere, and in the same order on both sides."""
    from textblob import _text

    rules = list(_text.Morphology(path=str(Path(_text.__file__).parent / "en" / "en-morphology.txt")))
    assert len(rules) > 100
    affixes = sorted({r[i] for r in rules for i in (0, 1) if r[i] not in _text.Morphology().cmd})
    texts = []
    for a in affixes:
        words = [f"zq{a}", f"{a}zq", f"zq{a}zq", f"zq{a}s", f"Zq{a}", f"un{a}", f"{a}ly", f"{a}ed", "minister" + a]
        texts.append(" ".join(f"{a} {w} {a}" for w in words))
        texts.append(f"{a} " + " ".join(words))
    tags = {t.tag for text in texts for t in taggers[0].tag(text)}
    assert {"NNS", "RB", "JJ", "VBN", "VBG", "CD"} <= tags
    for in_context in (False, True):
        _assert_same(taggers, texts, in_context)


def _code_points() -> list[str]:
    """Every character up to U+0800 and a sample of the rest (no surrogates)."""
    points = list(range(0x21, 0x800)) + list(range(0x800, 0x110000, 251))
    return [chr(p) for p in points if not 0xD800 <= p < 0xE000]


def test_same_tokens_for_every_kind_of_character(taggers) -> None:
    """Each character as a letter, a mark, a digit, a space or a mark of punctuation would
    be, in every place `_TOKEN` looks at one: inside and after words, numbers and clitics,
    after "n't", "'s", "U.S." and "Mr.", first in a text (its lowercase looked up)."""
    texts = []
    chars = _code_points()
    for i in range(0, len(chars), 150):
        parts = [f"{c}n't don't{c} it's{c} o's{c}a x{c}y-{c} A.{c}.B. 1{c}2,3{c}% Mr.{c}Roy {c}’s"
                 for c in chars[i:i + 150]]
        texts.append(chars[i] + "x " + " ".join(parts))
    assert _assert_same(taggers, texts, in_context=False) > 50_000


def test_edge_texts(taggers) -> None:
    texts = ["", " ", "\n\t", "’", "n't", "Haven't", "Minister", "MINISTER", "İstanbul was", "U.S.A. Mr. X",
             "Mr.", "3.5% 1,000 4:43 12-3", "rock'n'roll o'clock 'tis", "a\u00a0b\u2003c", "ǅemal ǅ",
             "The-the ministry's", "STAART the STAART"]
    for in_context in (False, True):
        _assert_same(taggers, texts, in_context)


def test_forms_borrowed_or_straightened_and_lowercased_as_in_python(taggers) -> None:
    """A token's text, form and lowercase: borrowed from the text unless a curly apostrophe is
    straightened, lowercased by ASCII alone or by Python beyond it, and one string for equal
    words (warm8d: the native tagger stopped copying each form and lowercasing through Python)."""
    text = ("THE MINISTER’S Minister’s minister’s minister's ÉCOLE École école Ǆ ǅemal "
            "O’NEILL’S O’Neill’s don’t DON’T Don't — “Quoted” İstanbul ISTANBUL ß SS ΟΔΟΣ Σ")
    _assert_same(taggers, [text, text.lower(), text.upper(), f"{text} {text}"], in_context=False)
    toks = taggers[1].tag(f"{text} {text}")
    half = len(toks) // 2
    assert [t.text for t in toks[:half]] == [text[t.start:t.end] for t in toks[:half]]
    for first, second in zip(toks[:half], toks[half:]):
        assert first.text is second.text and first.lower is second.lower, first
        assert first.lower == first.text.replace("’", "'").lower()


def test_a_text_rust_cannot_take_is_tagged_in_python(taggers) -> None:
    text = "The minister\udc80 said it was unknownish."
    python, native = taggers
    assert native.tag(text) == python.tag(text)
    assert [t.text for t in native.tag(text)][:2] == ["The", "minister"]


def test_the_native_lexicon_is_textblobs(taggers) -> None:
    """As TextBlob's `Lexicon` reads en-lexicon.txt: every entry, no more."""
    from textblob import _text

    data = Path(_text.__file__).parent / "en"
    entries = dict(_text.Lexicon(path=str(data / "en-lexicon.txt")).items())
    native = native_tagger.build(data, lambda: _rule_lists(_text, data), ("NN", "NNP", "CD"))
    assert native.lexicon_size() == len(entries) > 90_000
    for word, tag in entries.items():
        assert native.lexicon_tag(word) == tag, word
    for absent in ("zorblified", "Zorblified", "", "the ", "mINISTER"):
        assert native.lexicon_tag(absent) is None


def test_the_backend_follows_the_scanners(monkeypatch) -> None:
    monkeypatch.setattr(tagging, "_LOADED", {})
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "python")
    assert tagging.tagger().backend == "python"
    monkeypatch.setattr(tagging, "_LOADED", {})
    monkeypatch.setenv("MTQA_SCAN_BACKEND", "native")
    assert tagging.tagger().backend == "native"
    monkeypatch.setattr(tagging, "_LOADED", {})
    monkeypatch.delenv("MTQA_SCAN_BACKEND")
    assert tagging.tagger().backend == "native"


def test_char_classes_name_what_python_sees() -> None:
    assert native_tagger.char_classes("A") & 0b11 == 0b11  # a letter, an uppercase one
    assert native_tagger.char_classes("\u0301") & 0b100  # a mark
    assert native_tagger.char_classes("٣") & 0b1000  # a digit
    assert native_tagger.char_classes("\u2003") & 0b1_0001_0000 == 0b1_0001_0000  # a space to regex and str
    assert native_tagger.char_classes("ǅ") & 0b1000000 and not native_tagger.char_classes("ǅ") & 0b10000000


def test_the_ascii_classes_found_at_once_are_each_characters_own() -> None:
    """The classes the tagger is built with: ASCII from `ascii_classes` (each pattern run over
    all 128 at once), every other character asked alone; the same bits as `char_classes`."""
    assert native_tagger.ascii_classes() == [native_tagger.char_classes(chr(i)) for i in range(128)]
    classes = native_tagger.classifier()
    for ch in [*map(chr, range(0x3000)), "\U0001d400", "\U0001f600", "\udc80"]:
        assert classes(ch) == native_tagger.char_classes(ch), repr(ch)


def _rule_lists(_text, data: Path) -> tuple:
    return (_text.Morphology(path=str(data / "en-morphology.txt")),
            _text.Context(path=str(data / "en-context.txt")))


def test_the_tagger_is_read_back_from_the_cache(tmp_path, monkeypatch) -> None:
    """Built from the files once, then from its own tables and the rule lists kept in mtqa's
    cache (TextBlob's readers are not asked again): the same tagger; a damaged entry is
    rebuilt from the files."""
    from textblob import _text

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")  # this process builds the entry (no child)
    data = Path(_text.__file__).parent / "en"
    read: list[int] = []

    def build():
        def rule_lists():
            read.append(1)
            return _rule_lists(_text, data)

        return native_tagger.build(data, rule_lists, ("NN", "NNP", "CD"))

    first = build()
    kept = list(tmp_path.rglob("native-tagger-*"))
    assert len(kept) == 1 and len(read) == 1
    second = build()
    assert len(read) == 1  # the rules came from the cache
    text = "The minister’s unknownish zorbling Haven't U.S. 3.5% of them."
    assert second.lexicon_size() == first.lexicon_size()
    assert second.tag(text, True) == first.tag(text, True) and second.tag(text, False) == first.tag(text, False)
    tables = first.lexicon_tables()
    with pytest.raises(ValueError):
        _native.BrillTagger(tables[:-7], [], [], ("NN", "NNP", "CD"), native_tagger.char_classes)
    kept[0].write_bytes(kept[0].read_bytes()[:-100])
    assert build().tag(text, True) == first.tag(text, True)
    assert len(read) == 2


def _cached_tagger(tmp_path, monkeypatch, read: list | None = None):
    """`native_tagger.build` with mtqa's cache in `tmp_path` (this process builds the entry);
    `read` counts the times TextBlob's rule readers are asked (a build from the files)."""
    from textblob import _text

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")
    data = Path(_text.__file__).parent / "en"

    def rule_lists():
        if read is not None:
            read.append(1)
        return _rule_lists(_text, data)

    return native_tagger.build(data, rule_lists, ("NN", "NNP", "CD"))


class _Recording:
    """`BrillTagger` that records the form its lexicon came in (and can refuse a mapped one,
    as an extension built before it could map a file does)."""

    def __init__(self, real, refuse_mapped: bool = False) -> None:
        self.real = real
        self.__module__ = real.__module__  # the cache entry is keyed by the extension's file
        self.forms: list[str] = []
        self.refuse_mapped = refuse_mapped

    def __call__(self, lexicon, *args):
        self.forms.append(type(lexicon).__name__)
        if self.refuse_mapped and isinstance(lexicon, tuple):
            raise TypeError("argument 'lexicon': 'tuple' object cannot be converted to 'PyString'")
        return self.real(lexicon, *args)


def test_the_cached_tables_are_mapped_in_place(tmp_path, monkeypatch) -> None:
    """A tagger read back from the cache gets its tables as (descriptor, start, length) of the
    open entry, mapped by the extension, not as a copy; it tags as the tagger built from the
    files, and goes on doing so once its entry is removed or replaced (the map holds the file
    it was made from). An extension that cannot map gets the tables copied, the same tagger."""
    from mtqa import _native as native_module

    text = "The minister’s unknownish zorbling Haven't U.S. 3.5% of them gone? Quebec’s premier said no."
    built = _cached_tagger(tmp_path, monkeypatch)
    real = native_module.BrillTagger
    recording = _Recording(real)
    monkeypatch.setattr(native_module, "BrillTagger", recording)
    mapped = _cached_tagger(tmp_path, monkeypatch)
    assert recording.forms == ["tuple"]
    (entry,) = tmp_path.rglob("native-tagger-*")
    entry.unlink()
    assert mapped.tag(text, True) == built.tag(text, True) and mapped.tag(text, False) == built.tag(text, False)
    assert mapped.lexicon_tables() == built.lexicon_tables()
    _cached_tagger(tmp_path, monkeypatch)  # the entry written again
    recording = _Recording(real, refuse_mapped=True)
    monkeypatch.setattr(native_module, "BrillTagger", recording)
    copied = _cached_tagger(tmp_path, monkeypatch)
    assert recording.forms == ["tuple", "bytes"]
    assert copied.tag(text, True) == built.tag(text, True)


def test_a_damaged_mapped_entry_is_rebuilt(tmp_path, monkeypatch) -> None:
    """A bit flipped anywhere in the entry (rules or tables) fails its seal, which is checked
    on the mapped file before the extension maps it: the tagger is built from the files again."""
    import random

    read: list[int] = []
    first = _cached_tagger(tmp_path, monkeypatch, read)
    (entry,) = tmp_path.rglob("native-tagger-*")
    whole = entry.read_bytes()
    rng = random.Random(7)
    text = "The minister said the plan would go ahead."
    for at in (len(whole) - 1, len(whole) // 2, rng.randrange(len(whole) // 2, len(whole)), 120):
        entry.write_bytes(whole[:at] + bytes([whole[at] ^ 0x10]) + whole[at + 1:])
        before = len(read)
        assert _cached_tagger(tmp_path, monkeypatch, read).tag(text, True) == first.tag(text, True)
        assert len(read) == before + 1, f"a flipped byte at {at} was read"


def test_mapped_tables_out_of_the_file_are_refused(tmp_path) -> None:
    """The extension maps only within the file: a start or length beyond it is ValueError, a
    descriptor that is not open OSError, never a read outside the map."""
    import os

    from textblob import _text

    data = Path(_text.__file__).parent / "en"
    text = (data / "en-lexicon.txt").read_text(encoding="utf-8")
    tables = _native.BrillTagger(text, [], [], ("NN", "NNP", "CD"), native_tagger.char_classes).lexicon_tables()
    path = tmp_path / "tables.bin"
    path.write_bytes(b"head" + tables)
    with open(path, "rb") as fh:
        fd = fh.fileno()
        good = _native.BrillTagger((fd, 4, len(tables)), [], [], ("NN", "NNP", "CD"), native_tagger.char_classes)
        assert good.lexicon_tables() == tables
        for start, length in ((5, len(tables)), (0, len(tables) + 5), (2**62, 8), (4, len(tables) - 1)):
            with pytest.raises(ValueError):
                _native.BrillTagger((fd, start, length), [], [], ("NN", "NNP", "CD"), native_tagger.char_classes)
    closed = os.open(path, os.O_RDONLY)
    os.close(closed)
    with pytest.raises(OSError):
        _native.BrillTagger((closed, 4, len(tables)), [], [], ("NN", "NNP", "CD"), native_tagger.char_classes)


def test_tables_read_in_place_answer_as_the_lexicon_built_from_the_file() -> None:
    """A tagger made from `lexicon_tables` reads them in place (nothing copied into a lexicon of
    its own): every word of TextBlob's lexicon and some it lacks get the same tag as from the
    tagger built from the file's text, and its tables are the same bytes again."""
    from textblob import _text

    data = Path(_text.__file__).parent / "en"
    morphology, context = _rule_lists(_text, data)
    rules = (native_tagger._morphology_rules(morphology, morphology.cmd), native_tagger._context_rules(context))
    defaults = ("NN", "NNP", "CD")
    text = (data / "en-lexicon.txt").read_text(encoding="utf-8")
    built = _native.BrillTagger(text, *rules, defaults, native_tagger.char_classes)
    tables = built.lexicon_tables()
    read = _native.BrillTagger(tables, *rules, defaults, native_tagger.classifier())
    assert read.lexicon_size() == built.lexicon_size() and read.lexicon_tables() == tables
    words = [line.split(" ")[0] for line in text.splitlines() if line.strip() and not line.startswith(";;;")]
    for word in [*words, "zorblified", "", "Minister", "ministers’", "naïveté", "\U0001f600"]:
        assert read.lexicon_tag(word) == built.lexicon_tag(word), word
    sample = "The minister’s unknownish zorbling Haven't U.S. 3.5% of them gone? Unlikely-ness prevails."
    assert read.tag(sample, True) == built.tag(sample, True) and read.tag(sample, False) == built.tag(sample, False)


def test_damaged_tables_are_refused_never_misread() -> None:
    """Tables changed anywhere (a byte flipped, cut short, grown) give ValueError or, where the
    change still makes a consistent lexicon (a word's letter), a tagger that answers every
    lookup: never a read out of bounds or a search without end."""
    import random

    from textblob import _text

    data = Path(_text.__file__).parent / "en"
    text = (data / "en-lexicon.txt").read_text(encoding="utf-8")
    tables = _native.BrillTagger(text, [], [], ("NN", "NNP", "CD"), native_tagger.char_classes).lexicon_tables()
    rng = random.Random(5)
    damaged = [tables[:-7], tables + b"\0", tables[:4] + b"\xff\xff\xff\x7f" + tables[8:]]
    for _ in range(300):
        at = rng.randrange(len(tables))
        damaged.append(tables[:at] + bytes([tables[at] ^ (1 << rng.randrange(8))]) + tables[at + 1:])
    refused = 0
    for bad in damaged:
        try:
            tagger = _native.BrillTagger(bad, [], [], ("NN", "NNP", "CD"), native_tagger.char_classes)
        except ValueError:
            refused += 1
            continue
        for word in ("minister", "the", "zorblified", "said"):
            tagger.lexicon_tag(word)
        tagger.tag("The minister said it.", True)
    assert refused >= 3


def test_a_cache_entry_of_another_shape_is_rebuilt(tmp_path, monkeypatch) -> None:
    """An entry that is whole but not what `build` stores (an older format) is not used."""
    from textblob import _text

    from mtqa import pack_cache

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    monkeypatch.setenv("MTQA_BUILD_IN_PROCESS", "1")  # this process builds the entry (no child)
    data = Path(_text.__file__).parent / "en"
    first = native_tagger.build(data, lambda: _rule_lists(_text, data), ("NN", "NNP", "CD"))
    (entry,) = tmp_path.rglob("native-tagger-*")
    pack_cache.store_pickled(entry, native_tagger._MAGIC, first.lexicon_tables())  # the tables alone
    again = native_tagger.build(data, lambda: _rule_lists(_text, data), ("NN", "NNP", "CD"))
    text = "Haven't the ministers’ zorbling plans gone?"
    assert again.tag(text, True) == first.tag(text, True)


def _table_parts(tables: bytes) -> dict[str, int]:
    """Where each part of `lexicon_tables`' layout starts: the tags, the words' buffer (after
    its length), the entries (start u32, length u32, tag u16; after their count) and the slots
    (u32 each; after their count), with the counts."""
    def number(at: int) -> int:
        return int.from_bytes(tables[at:at + 4], "little")

    at, tags = 4, number(0)
    for _ in range(tags):
        at += 4 + number(at)
    words_len = number(at)
    entries_at = at + 4 + words_len + 4
    count = number(entries_at - 4)
    slots_at = entries_at + 10 * count + 4
    return {"tags": tags, "words_len": words_len, "entries": entries_at, "count": count,
            "slots": slots_at, "size": number(slots_at - 4)}


def test_tables_a_lookup_could_misread_are_refused() -> None:
    """The checks a tagger read from tables makes (they stand between a damaged table and a
    read out of bounds or a search without end): a word running past the words' buffer, a tag
    it does not know, a slot naming no entry, a table with no empty slot left all give
    ValueError; the tables as made, and with one entry's slot shared (a wrong answer at worst,
    every search still ends), are read."""
    from textblob import _text

    data = Path(_text.__file__).parent / "en"
    text = (data / "en-lexicon.txt").read_text(encoding="utf-8")
    defaults = ("NN", "NNP", "CD")
    tables = _native.BrillTagger(text, [], [], defaults, native_tagger.char_classes).lexicon_tables()
    p = _table_parts(tables)
    slots = [int.from_bytes(tables[p["slots"] + 4 * i:p["slots"] + 4 * i + 4], "little") for i in range(p["size"])]
    first_full, first_empty = next(i for i, s in enumerate(slots) if s), slots.index(0)

    def with_number(at: int, value: int, width: int = 4) -> bytes:
        return tables[:at] + value.to_bytes(width, "little") + tables[at + width:]

    def with_slots(values: list[int]) -> bytes:
        return tables[:p["slots"]] + b"".join(v.to_bytes(4, "little") for v in values)

    refused = [
        with_number(p["entries"] + 4, p["words_len"] + 1),  # the first word runs past the buffer
        with_number(p["entries"], p["words_len"]),  # it starts at the buffer's end, one byte long
        with_number(p["entries"] + 8, p["tags"], 2),  # a tag the tables do not name
        with_number(p["slots"] + 4 * first_full, p["count"] + 1),  # a slot naming no entry
        with_slots([s or slots[first_full] for s in slots]),  # no empty slot: a miss would search forever
    ]
    for bad in refused:
        with pytest.raises(ValueError):
            _native.BrillTagger(bad, [], [], defaults, native_tagger.char_classes)
    shared = with_slots([slots[first_full] if i == first_empty else s for i, s in enumerate(slots)])
    for good in (tables, shared):
        tagger = _native.BrillTagger(good, [], [], defaults, native_tagger.char_classes)
        for word in ("minister", "the", "zorblified", "said", ""):
            tagger.lexicon_tag(word)
        assert tagger.tag("The minister said it.", True)
