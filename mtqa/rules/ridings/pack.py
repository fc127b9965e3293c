"""The ridings family's packs: the riding gazetteer (`rules/ridings.toml`, both the 2013 and the
2023 representation orders) compiled for exact, dash-folded, spelling-folded, French and fuzzy
look-ups, and the province table (`rules/provinces.toml`) for every spelling of a province.
"""

from __future__ import annotations

import marshal
from typing import Callable, TypeVar

import msgspec

from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.text.fold import without_marks


_DASH_RUN = lazy(r"\s*(?:[-‐‑‒–—―]+)\s*")
_SPACES = lazy(r"\s+")


def dash_key(name: str) -> str:
    """A name with every dash (spaced or not, any kind) as one hyphen, apostrophes straight."""
    s = name.replace("’", "'").replace("‘", "'")
    s = _DASH_RUN.sub("-", s)
    return _SPACES.sub(" ", s).strip()


def fold_key(name: str) -> str:
    """dash_key, case-folded and without accents: what a misspelling most often keeps."""
    return without_marks(dash_key(name).casefold(), "NFKD")


T = TypeVar("T")


class Riding(msgspec.Struct, frozen=True):
    name: str
    province: str
    orders: tuple[int, ...]
    fr: str | None = None


class _Components(msgspec.Struct):
    exact: frozenset  # every part of every riding name, folded (lévis → levis)
    french: dict  # (first letter, length) → [(folded part, official part)] for French-looking parts


class Gazetteer(msgspec.Struct):
    """Compiled riding pack: exact names, dash-folded and spelling-folded keys, French names."""

    exact: dict[str, Riding]
    by_dash: dict[str, Riding]
    by_fold: dict[str, Riding]
    french: dict[str, Riding]
    fold_keys: list[str]
    _fuzzy_cache: dict
    # character trigram → the folded names (indices into fold_keys) holding it, as one
    # `marshal` blob read on the first fuzzy lookup (`trigram_index`): most stories name no
    # riding, and 2,300 lists were half of the pack's load time
    trigrams: bytes
    by_first_word: dict[str, list[str]]
    # The parts of every name between em dashes, folded: derived from the pack alone, so made
    # with it and kept in the compiled-pack cache (~3 ms of every process's first check before).
    components: _Components
    trigrams_read: dict[str, tuple[int, ...]] | None = None

    def remembered(self, key: object, compute: Callable[[], T]) -> T:
        """The value kept for `key`, else `compute()` (kept while the cache holds fewer than
        4,096 entries): the lookups a story repeats, made once a process."""
        hit = self._fuzzy_cache.get(key)
        if hit is None:
            hit = compute()
            if len(self._fuzzy_cache) < 4096:
                self._fuzzy_cache[key] = hit
        return hit

    def trigram_index(self) -> dict[str, tuple[int, ...]]:
        """Character trigram → the indices (into `fold_keys`) of the folded names holding it."""
        index = self.trigrams_read
        if index is None:
            index = self.trigrams_read = marshal.loads(self.trigrams)
        return index

    def starting_with(self, name: str) -> list[Riding]:
        """Ridings whose official name starts with `name` as whole words (Kingston → Kingston and the Islands)."""
        key = fold_key(name)
        hit = self._fuzzy_cache.get(("prefix", key))
        if hit is None:
            first = _FIRST_WORD.match(key)
            cands = self.by_first_word.get(first.group() if first else key, ())
            hit = [self.by_fold[k] for k in cands if k.startswith(key) and k[len(key) : len(key) + 1] in (" ", "-")]
            if len(self._fuzzy_cache) < 4096:
                self._fuzzy_cache[("prefix", key)] = hit
        return hit

    def fuzzy(self, name: str, cutoff: float) -> tuple[Riding, float] | None:
        """The closest riding by character similarity of the folded names (cached per name).

        Candidates are the few names sharing the most character trigrams with `name`, so a
        lookup costs a handful of comparisons, not one per riding.
        """
        key = fold_key(name)
        hit = self._fuzzy_cache.get(key)
        if hit is None:
            votes: dict[int, int] = {}
            index = self.trigram_index()
            for tri in _trigrams(key):
                for idx in index.get(tri, ()):
                    votes[idx] = votes.get(idx, 0) + 1
            best, best_score = None, 0.0
            if votes:
                import difflib  # here: ~1 ms to import, and most copy names no riding

                top = sorted(votes, key=votes.__getitem__, reverse=True)[:12]
                sm = difflib.SequenceMatcher(autojunk=False)
                sm.set_seq2(key)
                for idx in top:
                    cand = self.fold_keys[idx]
                    sm.set_seq1(cand)
                    if sm.real_quick_ratio() <= best_score or sm.quick_ratio() <= best_score:
                        continue
                    score = sm.ratio()
                    if score > best_score:
                        best, best_score = cand, score
            hit = (self.by_fold[best], best_score) if best is not None else (None, 0.0)
            if len(self._fuzzy_cache) < 4096:
                self._fuzzy_cache[key] = hit
        riding, score = hit
        return (riding, score) if riding is not None and score >= cutoff else None


_FIRST_WORD = lazy(r"[^ \-]+")


def _trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


RIDINGS_SCHEMA = {
    "riding!": [{"name!": str, "fr": str, "province!": str, "orders": [int]}],
}


@pack_compiler("ridings", RIDINGS_SCHEMA)
def compile_ridings(raw: dict) -> Gazetteer:
    exact: dict[str, Riding] = {}
    by_dash: dict[str, Riding] = {}
    by_fold: dict[str, Riding] = {}
    french: dict[str, Riding] = {}
    for entry in raw["riding"]:
        r = Riding(entry["name"], entry["province"], tuple(entry.get("orders", ())), entry.get("fr"))
        exact.setdefault(r.name.replace("’", "'"), r)
        by_dash.setdefault(dash_key(r.name), r)
        by_fold.setdefault(fold_key(r.name), r)
        if r.fr and r.fr != r.name:
            french.setdefault(dash_key(r.fr), r)
    for key in list(french):
        if key in by_dash:  # a French name that is also an English one is not "French"
            del french[key]
    keys = list(by_fold)
    index: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        for tri in _trigrams(key):
            index.setdefault(tri, []).append(i)
    first_words: dict[str, list[str]] = {}
    for key in keys:
        m = _FIRST_WORD.match(key)
        first_words.setdefault(m.group() if m else key, []).append(key)
    trigrams = marshal.dumps({tri: tuple(ids) for tri, ids in index.items()})
    return Gazetteer(exact, by_dash, by_fold, french, keys, {}, trigrams, first_words, _components(by_fold))


class Province(msgspec.Struct, frozen=True):
    code: str
    name: str
    cp: str


class Provinces(msgspec.Struct):
    by_code: dict[str, Province]
    forms: dict[str, tuple[Province, bool]]  # written form → (province, is the CP form)
    folded: dict[str, tuple[Province, bool]]
    # The forms that name a province in running text, as written (`place_forms`): what another
    # family reads to tell whether a story names a place in Canada (spelling's US-story test).
    places: tuple[str, ...] = ()

    def lookup(self, form: str) -> tuple[Province, bool] | None:
        hit = self.forms.get(form)
        if hit is None:
            hit = self.folded.get(form.casefold())
            if hit is not None:
                hit = (hit[0], False)  # "ONT." or "que." is not the CP form
        return hit


PROVINCES_SCHEMA = {
    "province!": [{"code!": str, "name!": str, "cp!": str, "alternatives": [str], "name_fr": str}],
}


@pack_compiler("provinces", PROVINCES_SCHEMA)
def compile_provinces(raw: dict) -> Provinces:
    by_code: dict[str, Province] = {}
    forms: dict[str, tuple[Province, bool]] = {}
    for entry in raw["province"]:
        p = Province(entry["code"], entry["name"], entry["cp"])
        by_code.setdefault(p.code, p)
        variants = [entry["cp"], entry["name"], entry.get("name_fr", ""), *entry.get("alternatives", [])]
        if entry["cp"].endswith("."):
            variants.append(entry["cp"][:-1])  # "Que" without its period
        for v in variants:
            if v and v not in forms:
                forms[v] = (p, v == entry["cp"])
    folded: dict = {}
    for form, value in forms.items():
        folded.setdefault(form.casefold(), value)
    places = tuple(dict.fromkeys(f for entry in raw["province"] for f in place_forms(entry)))
    return Provinces(by_code, forms, folded, places)


def place_forms(entry: dict) -> list[str]:
    """The forms of one province entry that name the place wherever they stand in running text:
    its English and French names, each of the two names of a province named "X and Y"
    (Newfoundland, Labrador), its CP abbreviation and the other abbreviations written with periods
    (Nfld., C.-B.). Not the bare letter codes (ON, AB, MB, PE are words, units or other bodies'
    letters too) nor an abbreviation stripped of its period ("Man", "Que" are words or cut-offs)."""
    names = [entry["name"], entry.get("name_fr", "")]
    out = [n for n in names if n]
    out += [part for part in entry["name"].split(" and ") if " and " in entry["name"]]
    out += [f for f in (entry["cp"], *entry.get("alternatives", ())) if "." in f or f == entry["cp"]]
    return out


_FRENCH_LOOKING = lazy(r"[^\x00-\x7f]|(?:bourg|ville|ière|ières|eau|eaux|ette|ois|oise|ault)$")


def _components(by_fold: dict[str, Riding]) -> _Components:
    """The parts of the ridings' names between em dashes (Gazetteer.components keeps them)."""
    parts: set[str] = set()
    french: dict = {}
    for r in by_fold.values():
        for part in _EM_DASH_SPLIT.split(r.name):
            k = fold_key(part)
            parts.add(k)
            if _FRENCH_LOOKING.search(part) and len(k) >= 5:
                french.setdefault((k[0], len(k)), []).append((k, part))
    return _Components(frozenset(parts), french)


_EM_DASH_SPLIT = lazy(r"\s*[—–]\s*")
