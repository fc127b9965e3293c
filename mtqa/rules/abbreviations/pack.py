"""The `abbreviations` pack (rules/abbreviations.toml) compiled once per Checker: each
abbreviation's dotted and undotted forms, the months, the house styles by locale and the French
acronyms with their English names. The consistency family reads it too (date style).
"""

from __future__ import annotations

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.packs import pack_compiler


class Pair(msgspec.Struct, frozen=True):
    dotted: str  # U.S.
    bare: str  # US
    keep: tuple[str, ...] = ()
    province: bool = False  # a Canadian province (B.C.): the bare form is checked where it names the place


class House(msgspec.Struct, frozen=True):
    name: str
    use: frozenset[str]
    months_with_day: str  # "abbreviated" | "spelled" | ""
    honorific_periods: bool | None


class AbbrevData(msgspec.Struct):
    pairs: list[Pair]
    by_form: dict[str, tuple[Pair, bool]]  # form → (pair, is dotted)
    forms_re: regex.Pattern
    lost_forms: tuple[str, ...]  # bare forms and dotted forms without their final period
    months: dict[str, str]  # full name → abbreviation ("" when never abbreviated)
    month_by_abbr: dict[str, str]  # "Jan." / "Jan" / "Sep." → "January"
    month_words: dict[str, str]  # any written month (with its period) → full name
    houses: dict[str, House] = msgspec.field(default_factory=dict)
    french: dict[str, tuple[str, str]] = msgspec.field(default_factory=dict)  # French acronym → (English, name)
    french_re: regex.Pattern | None = None

    def house(self, locale: str) -> House | None:
        return self.houses.get(locale)

    def preferred(self, pair: Pair, locale: str) -> str | None:
        """The house form of `pair` in `locale`, or None when the locale has no preference."""
        h = self.houses.get(locale)
        if h is None:
            return None
        if pair.dotted in h.use:
            return pair.dotted
        if pair.bare in h.use:
            return pair.bare
        return None


SCHEMA = {
    "abbreviation!": [{"dotted!": str, "bare!": str, "keep": [str], "province": bool}],
    "month!": [{"name!": str, "abbr!": str}],
    "house": [{"name!": str, "locales!": [str], "use": [str], "months_with_day": str, "honorific_periods": bool}],
    "french_acronym": [{"french!": str, "english!": str, "name!": str}],
}


@pack_compiler("abbreviations", SCHEMA)
def compile_abbreviations(raw: dict) -> AbbrevData:
    pairs = [Pair(e["dotted"], e["bare"], tuple(e.get("keep", ())), e.get("province", False))
             for e in raw["abbreviation"]]
    by_form: dict[str, tuple[Pair, bool]] = {}
    for p in pairs:
        by_form.setdefault(p.dotted, (p, True))
        by_form.setdefault(p.bare, (p, False))
    for p in pairs:  # "B.C" that lost its final period is still the dotted style (lost-periods reports it)
        if p.dotted.count(".") > 1:
            by_form.setdefault(p.dotted[:-1], (p, True))
    alts = sorted(by_form, key=len, reverse=True)
    # No leading look-behind: the `regex` module scans far faster from a literal; the left
    # boundary is checked in Python.
    forms_re = pattern_cache.compile(
        "(?:" + "|".join(regex.escape(a) for a in alts) + r")(?![\p{L}\p{N}$]|\.[\p{L}\p{N}])"
    )
    lost_forms = tuple(sorted({p.bare for p in pairs} | {p.dotted[:-1] for p in pairs if p.dotted.endswith(".")},
                              key=len, reverse=True))
    months: dict[str, str] = {}
    month_by_abbr: dict[str, str] = {}
    for e in raw["month"]:
        months[e["name"]] = e["abbr"]
        if e["abbr"]:
            a = e["abbr"].rstrip(".")
            for form in (a, a + ".", a[:3], a[:3] + "."):
                month_by_abbr.setdefault(form, e["name"])
    month_words = {n: n for n in months}
    month_words.update(month_by_abbr)
    houses: dict[str, House] = {}
    for h in raw.get("house", []):
        house = House(h["name"], frozenset(h.get("use", ())), h.get("months_with_day", ""), h.get("honorific_periods"))
        for loc in h["locales"]:
            houses.setdefault(loc, house)
    french = {e["french"]: (e["english"], e["name"]) for e in raw.get("french_acronym", [])}
    french_re = pattern_cache.compile(
        r"\b(?:" + "|".join(regex.escape(a) for a in sorted(french, key=len, reverse=True)) + r")\b(?![’'\-]\p{Lu})"
    ) if french else None
    return AbbrevData(pairs, by_form, forms_re, lost_forms, months, month_by_abbr, month_words, houses,
                      french, french_re)
