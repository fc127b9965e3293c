"""Figures in text, read every plausible way: digits per locale, CJK numerals, number words.

A source check may call a figure missing only when it is missing under every reading, so each
figure carries the set of values it can plausibly mean, not one guess:

* digits are read with the source locale's separators (Babel's CLDR data: ``1 234,5`` in
  French, ``1.234,5`` in German, ``1 234,5`` with a no-break space in Russian) *and* the
  English way, when the string is valid both ways (``1.234`` is 1234 in German, 1.234 in
  English: both are kept);
* a scale word multiplies (``2,5 milliards``, ``3 Mio.``, ``1,5 млрд``, ``26万亿``, ``two
  million``), Spanish ``mil millones`` and ``billón`` included;
* Chinese and Japanese numerals are parsed with their 十/百/千 units and 万/亿/億/兆 scales
  (两百五十万 is 2,500,000), and a run without units is also read digit by digit (九二 as in
  "the 1992 consensus" is 92);
* English (and French, German, Spanish, Russian) number words are read as numbers ("a hundred
  thousand", "twenty-five"), ordinals too ("first" for 第一), and "half" is 0.5;
* a percentage is also its fraction (50% and half), a four-digit year 19xx/20xx also its last
  two digits, a decade ("the 1980s") also its short form (80年代).

`figures(text, lang)` returns them in order with their spans. `close(a, b)` says whether two
values agree allowing for rounding in prose (2.47 million written "about 2.5 million").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterator

import msgspec

from mtqa import rx as regex
from mtqa.patterns import lazy

# ---- data ---------------------------------------------------------------------------------------

SCALES = {
    "en": {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3, "hundred": 1e2},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9,
           "mds": 1e9, "billion": 1e12, "billions": 1e12},
    "de": {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9,
           "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "es": {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
           "millardos": 1e9, "billón": 1e12, "billones": 1e12},
    "ru": {"тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тыс": 1e3, "миллион": 1e6, "миллиона": 1e6,
           "миллионов": 1e6, "млн": 1e6, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
           "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "трлн": 1e12},
}
WORDS = {
    "en": dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                   "sixteen seventeen eighteen nineteen".split(), range(20)))
    | dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
    | {"a": 1, "an": 1, "dozen": 12, "twice": 2, "double": 2, "thrice": 3, "triple": 3, "both": 2, "pair": 2,
       "once": 1, "single": 1}
    | {f"{w}fold": v for w, v in (("two", 2), ("three", 3), ("four", 4), ("five", 5), ("ten", 10), ("twenty", 20),
                                   ("hundred", 100), ("thousand", 1000))},
    "fr": dict(zip("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
                   "seize".split(), [0, 1, 1, *range(2, 17)]))
    | {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100},
    "de": dict(zip("null eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split(),
                   [0, 1, 1, 1, *range(2, 13)]))
    | {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100},
    "es": dict(zip("cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce".split(),
                   [0, 1, 1, *range(2, 13)]))
    | {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100, "ciento": 100},
    "ru": dict(zip("ноль один одна одно два две три четыре пять шесть семь восемь девять десять".split(),
                   [0, 1, 1, 1, 2, 2, *range(3, 11)]))
    | {"двадцать": 20, "тридцать": 30, "сто": 100},
}
ORDINALS = dict(zip("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
                    range(1, 13)))
QUARTER = ("quarter", "quart", "viertel", "cuarto", "четверть")
HALF = {"en": ("half",), "fr": ("moitié", "demi", "demie"), "de": ("hälfte", "halb", "halbe"),
        "es": ("mitad", "medio", "media"), "ru": ("половина", "половины", "половину", "пол")}
PERCENT = lazy(r"\s?(?:%|％|percent\b|per cent\b|pour cent\b|prozent\b|por ciento\b|процент\w*)", regex.I)

_SPACE_GROUP = "\u00a0\u202f\u2009 "
_DIGITS = lazy(rf"(?<![\p{{N}}.,])\d+(?:[,.'’{_SPACE_GROUP}]\d+)*(?![\p{{N}}])")
_CJK_DIGIT = "零〇一二两兩三四五六七八九"
_CJK_UNIT = "十拾百佰千仟"
_CJK_SCALE = "万萬亿億兆"
_CJK_RUN = lazy(rf"(?:\d+(?:\.\d+)?[余多]?[{_CJK_UNIT}{_CJK_SCALE}]+|[{_CJK_DIGIT}{_CJK_UNIT}{_CJK_SCALE}点點]+)+")
_CJK_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}
_CJK_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
CJK_LANGS = ("zh", "ja")


class Figure(msgspec.Struct, frozen=True):
    """A number in a text: its span, as written, and every value it can plausibly mean."""

    start: int
    end: int
    text: str
    readings: frozenset
    written: str  # "digits", "cjk" or "words"
    value: float = 0.0  # the first reading: the language's own (what a suggestion shows)


# ---- digits ----------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _separators(lang: str) -> tuple[str, str]:
    """(group, decimal) symbols of a language from CLDR (Babel); English ones when unknown."""
    try:
        from babel.numbers import get_decimal_symbol, get_group_symbol

        return get_group_symbol(lang), get_decimal_symbol(lang)
    except Exception:  # an unknown locale: read it the English way only
        return ",", "."


def _read_with(s: str, group: str, decimal: str) -> float | None:
    """The value of `s` when written with these separators, or None if it is not valid that way."""
    groups = _SPACE_GROUP if group in _SPACE_GROUP else group
    head, dec, tail = s, "", ""
    if decimal in s:
        head, _, tail = s.rpartition(decimal)
        dec = "."
        if not tail.isdigit() or decimal in head:
            return None
    parts = regex.split(f"[{regex.escape(groups)}]", head) if any(c in groups for c in head) else [head]
    if any(not p.isdigit() for p in parts):
        return None
    if len(parts) > 1 and (len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    if any(c in head for c in ",.'’" if c not in groups):
        return None
    try:
        return float("".join(parts) + dec + tail)
    except ValueError:
        return None


def digit_readings(s: str, lang: str) -> set[float]:
    """Every value of a digit string under the language's conventions and the English ones."""
    out: set[float] = set()
    if s.isdigit():
        return {float(s)}
    conventions = {_separators("en"), _separators(lang)} if lang not in CJK_LANGS else {(",", ".")}
    if lang not in ("en", *CJK_LANGS):
        conventions |= {(" ", ","), (" ", ".")}  # a space groups thousands in most of Europe
    for group, decimal in conventions | ({(" ", ".")} if lang == "en" else set()):
        v = _read_with(s, group, decimal)
        if v is not None:
            out.add(v)
    if out and any(c in _SPACE_GROUP for c in s):  # "12 200" may be 12 200 or "March 12, 200 people"
        out |= {float(p) for p in regex.findall(r"\d+", s)}
    if lang not in ("en", *CJK_LANGS) and not out:
        try:  # Babel's own reading, for what the rules above do not cover
            from babel.numbers import parse_decimal

            out.add(float(parse_decimal(s, locale=lang)))
        except Exception:
            pass
    return out


# ---- CJK numerals --------------------------------------------------------------------------------


def cjk_value(s: str) -> float | None:
    """The value of a Chinese/Japanese numeral (两百五十万, 三十亿, 26万亿, 1.5亿, 十一)."""
    total = 0.0
    section = 0.0  # below the current 万/亿 scale
    number = 0.0   # the digit waiting for a unit
    seen = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isdigit() and c.isascii():
            j = _arabic_end(s, i)
            try:
                number = float(s[i:j])
            except ValueError:
                return None
            seen = True
            i = j
            continue
        if c in _CJK_VALUE:
            if _digit_after_digit(s, i):
                return None  # only the digit-by-digit reading holds
            number = _CJK_VALUE[c]
        elif c in _CJK_UNITS:
            section += (number or 1) * _CJK_UNITS[c]
            number = 0
        elif c in _CJK_SCALES:
            scale, i = _scale_at(s, i)
            total += (section + number or 1) * scale
            section = number = 0
        elif c in "余多" and i and s[i - 1].isdigit():
            i += 1  # 500余万: "more than 5 million"
            continue
        else:
            return None  # a decimal point written 点 or 點, or no numeral
        seen = True
        i += 1
    return total + section + number if seen else None


def _arabic_end(s: str, i: int) -> int:
    """Where the run of ASCII digits and points from `i` ends ("1.5" of 1.5亿)."""
    j = i
    while j < len(s) and (s[j].isdigit() and s[j].isascii() or s[j] == "."):
        j += 1
    return j


def _digit_after_digit(s: str, i: int) -> bool:
    """Whether the CJK digit at `i` follows another with no unit between (九二, 二〇二三), zeros
    aside: a number read digit by digit, not by its units."""
    return bool(i) and s[i - 1] in _CJK_VALUE and s[i - 1] not in "零〇" and s[i] not in "零〇"


def _scale_at(s: str, i: int) -> tuple[float, int]:
    """The scale written at `i` (万, 亿) and where it ends: 万亿 is one scale, 10^12."""
    scale = _CJK_SCALES[s[i]]
    if i + 1 < len(s) and s[i + 1] in _CJK_SCALES and _CJK_SCALES[s[i + 1]] > scale:
        return scale * _CJK_SCALES[s[i + 1]], i + 1
    return scale, i


_APPROX = lazy(r"([一二三四五六七八])([二三四五六七八九])(?=[十百千万萬亿億])")


def cjk_readings(s: str) -> set[float]:
    out = set()
    v = cjk_value(s)
    if v is not None:
        out.add(v)
    m = _APPROX.search(s)  # 一万六七千: "sixteen or seventeen thousand", two neighbouring digits
    if m and _CJK_VALUE[m.group(2)] == _CJK_VALUE[m.group(1)] + 1:
        for digit in m.groups():
            w = cjk_value(s[:m.start()] + digit + s[m.end():])
            if w is not None:
                out.add(w)
    if len(s) > 1 and all(c in _CJK_VALUE for c in s):  # read digit by digit: 九二 → 92, 二〇二三 → 2023
        out.add(float("".join(str(_CJK_VALUE[c]) for c in s)))
    return out


# ---- words ---------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _word_pattern(lang: str):
    words = WORDS.get(lang, {}) | (ORDINALS if lang == "en" else {})
    scales = {k: v for k, v in SCALES.get(lang, {}).items() if len(k) > 2 and " " not in k}
    if lang == "en":
        scales["hundred"] = 100
    names = sorted({*words, *scales, *HALF.get(lang, ()), *QUARTER}, key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in names)
    joiner = r"(?:[\s\u00a0-]+(?:(?:and|of)[\s\u00a0]+)?|-)"
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?:{joiner}(?:{alt}))*(?![\p{{L}}])", regex.I), words, scales


def words_value(tokens: list[str], words: dict, scales: dict, lang: str) -> float | None:
    """The value of a run of number words ("two hundred fifty thousand", "half a million")."""
    folded = [t.casefold() for t in tokens]
    if len(folded) == 1 and folded[0] in scales:
        return None  # "thousands", "hundreds of billions", "a couple thousand": a vague amount, not a figure
    if "of" in folded:
        without_of = _without_fraction_of(folded, lang)
        if without_of is None:
            return None
        folded = without_of
    total = 0.0
    current = 0.0
    seen = False
    half = False
    quarter = False
    for k, t in enumerate(folded):
        if t in QUARTER:
            quarter = quarter or k <= 1  # "a quarter of a million"
            continue
        if t in HALF.get(lang, ()):
            if k == 0:
                half = True  # "half a million"
            else:
                current += 0.5  # "two and a half million"
            continue
        if _article_of_number(folded, k, words, lang):
            continue
        if t in words:
            current += words[t]
        elif t in scales:
            total, current = _scaled(total, current, scales[t])
        else:
            return None
        seen = True
    if not seen:
        return 0.5 if half else (0.25 if quarter else None)
    value = total + current
    return value / 2 if half else (value / 4 if quarter else value)


def _without_fraction_of(folded: list[str], lang: str) -> list[str] | None:
    """The words without the "of" of a fraction ("half of a …", "a quarter of a million"); None
    where "of" joins anything else ("hundreds of billions": no figure)."""
    k = folded.index("of")
    if k == 0 or folded[k - 1] not in (*HALF.get(lang, ()), *QUARTER):
        return None
    return folded[:k] + folded[k + 1:]


def _article_of_number(folded: list[str], k: int, words: dict, lang: str) -> bool:
    """Whether the word at k is "a" or "an" before a fraction ("a half", "a quarter") or before a
    number word that is no scale ("a tenfold rise", "a dozen": not 1 + 10): no value of its own."""
    if folded[k] not in ("a", "an") or k + 1 >= len(folded):
        return False
    nxt = folded[k + 1]
    return nxt in (*HALF.get(lang, ()), *QUARTER) or nxt in words


def _scaled(total: float, current: float, scale: float) -> tuple[float, float]:
    """(total, current) after a scale word: "hundred" multiplies the number being read; a larger
    scale closes it into the total ("two hundred fifty thousand")."""
    if scale == 100:
        return total, (current or 1) * 100
    return total + (current or 1) * scale, 0


# ---- all together -------------------------------------------------------------------------------------


_SCALE_WORD = lazy(r"[\s\u00a0]*([\p{L}]+(?: millones)?)\.?")


def _scale_after(text: str, end: int, lang: str) -> tuple[float, int]:
    """A scale word right after a number ("2,5 milliards", "3 Mio.", "26万亿"): (factor, new end)."""
    table = SCALES.get(lang, {}) | (SCALES["en"] if lang != "en" else {})
    m = _SCALE_WORD.match(text, end, min(len(text), end + 24))
    if m:
        word = m.group(1).casefold()
        if word in table and not (word in ("m", "k") and m.group(0)[:1].isspace()):
            return table[word], m.end()
    return 1.0, end


class SpanIndex:
    """Spans [start, end) already read as figures, sorted once so that "is this position inside
    one" and "does this span overlap one" cost a bisection, not a pass over every span (a long
    text holds thousands)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for _, e in spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def covers(self, i: int) -> bool:
        k = bisect_right(self._starts, i)  # spans starting at or before i
        return k > 0 and self._reach[k - 1] > i

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # spans starting before end
        return k > 0 and self._reach[k - 1] > start


def figures(text: str, lang: str = "en") -> list[Figure]:
    """Every figure of `text` with all its plausible values, in text order.

    Three readings in turn, each skipping what the ones before took: runs of CJK numerals
    (Chinese and Japanese sources), digit strings, then numbers written as words."""
    cjk = lang in CJK_LANGS
    out = _cjk_figures(text) if cjk else []
    taken = [(f.start, f.end) for f in out]
    for figure, whole in _digit_figures(text, lang, SpanIndex(taken)):
        out.append(figure)
        if whole:  # the pieces of a digit string that reads as no one number leave its words free
            taken.append((figure.start, figure.end))
    if not cjk:
        out.extend(_word_figures(text, lang, SpanIndex(taken)))
    out.sort(key=lambda f: f.start)
    return _ranges(out, text)


def _cjk_figures(text: str) -> list[Figure]:
    out = []
    for m in _CJK_RUN.finditer(text):
        s = m.group()
        readings: set[float] = cjk_readings(s) if not s[0].isdigit() else {v for v in [cjk_value(s)] if v is not None}
        if readings:
            primary = cjk_value(s)
            out.append(Figure(m.start(), m.end(), s, frozenset(readings), "cjk",
                              primary if primary is not None else max(readings)))
    return out


def _digit_figures(text: str, lang: str, cjk_spans: SpanIndex) -> Iterator[tuple[Figure, bool]]:
    """Digit strings as figures, each with whether it was read whole (not in pieces)."""
    cjk = lang in CJK_LANGS
    digits_reach = -1  # digit figures come in text order: the furthest end read so far
    for m in _DIGITS.finditer(text):
        if cjk_spans.covers(m.start()) or m.start() < digits_reach:
            continue
        raw = m.group().rstrip(_SPACE_GROUP + ",.'’")
        end = m.start() + len(raw)
        readings = digit_readings(raw, lang)
        if not readings:  # a list such as "[1,1]" or "10,000 5G": each part is a figure of its own
            for part in _parts(raw, m.start(), text, lang):
                yield part, False
            continue
        factor, end = _scale_after(text, end, lang) if not cjk else (1.0, end)
        if cjk and end < len(text) and text[end] in _CJK_SCALE + _CJK_UNIT:
            continue  # handled as a CJK run
        own = _read_with(raw, *_separators(lang)) if not cjk else None
        primary = round((own if own is not None else min(readings)) * factor, 6)
        yield Figure(m.start(), end, text[m.start():end], frozenset(_variants(readings, factor, text, end)),
                     "digits", primary), True
        digits_reach = max(digits_reach, end)


def _word_figures(text: str, lang: str, taken: SpanIndex) -> Iterator[Figure]:
    pattern, words, scales = _word_pattern(lang if lang in WORDS else "en")
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        tokens = [t for t in regex.split(r"[\s\u00a0-]+", m.group()) if t and t.casefold() != "and"]
        if lang == "es":  # "mil millones" is one scale word (10^9)
            joined = regex.sub(r"(?i)\bmil millones\b", "millardo", " ".join(tokens))
            tokens = (["uno"] if joined.casefold().startswith("millardo") else []) + joined.split()
        wv = words_value(tokens, words, scales, lang if lang in WORDS else "en")
        if wv is None:
            continue
        if m.group().casefold() in ("a", "an") or (len(tokens) == 1 and tokens[0].casefold() in ("a", "an")):
            continue  # the article alone is not a figure (it can stand for one: see readings below)
        yield Figure(m.start(), m.end(), m.group(), frozenset(_variants({wv}, 1.0, text, m.end())), "words", wv)


def _parts(raw: str, at: int, text: str, lang: str) -> Iterator[Figure]:
    """The figures of a digit string that reads as no one number: the space-separated pieces that
    read on their own ("10,000 5G" is 10,000 and 5, not 10, 000 and 5), else each run of digits."""
    for piece in regex.finditer(rf"[^{_SPACE_GROUP}]+", raw):
        own = digit_readings(piece.group(), lang) if not piece.group().isdigit() else set()
        if own:
            end = at + piece.end()
            first = _read_with(piece.group(), *_separators(lang)) if lang not in CJK_LANGS else None
            yield Figure(at + piece.start(), end, piece.group(), frozenset(_variants(own, 1.0, text, end)),
                         "digits", first if first is not None else min(own))
            continue
        for part in regex.finditer(r"\d+", piece.group()):
            v, end = float(part.group()), at + piece.start() + part.end()
            yield Figure(at + piece.start() + part.start(), end, part.group(),
                         frozenset(_variants({v}, 1.0, text, end)), "digits", v)


_RANGE_JOIN = lazy(r"\s*(?:to|-|–|—|and|or|à|bis|a|до|至|到|~|～)\s*$", regex.I)


def _ranges(figs: list[Figure], text: str) -> list[Figure]:
    """In "12 to 14 million" (1200万至1400万) the scale of the second end is also the first's."""
    for k in range(len(figs) - 1):
        a, b = figs[k], figs[k + 1]
        if a.written == "digits" and b.written != "words" and _RANGE_JOIN.search(text[a.end:b.start]) \
                and b.value and b.value >= 1000 and a.value and a.value < b.value:
            raw_b = regex.match(r"[\d.,]+", b.text)
            try:
                factor = b.value / float(raw_b.group().replace(",", "")) if raw_b else 1.0
            except (ValueError, ZeroDivisionError):
                factor = 1.0
            if factor > 1:
                figs[k] = Figure(a.start, a.end, a.text, a.readings | {round(a.value * factor, 6)}, a.written, a.value)
    return figs


def _variants(readings: set[float], factor: float, text: str, end: int) -> set[float]:
    """Scale, percentage, year and decade readings added to the plain values."""
    out = {round(v * factor, 6) for v in readings}
    if PERCENT.match(text, end):
        out |= {round(v / 100, 6) for v in out}
    for v in list(out):
        if 1900 <= v <= 2099 and v == int(v):
            out.add(float(int(v) % 100))
        if v in (0.5,):
            out.add(50.0)
    return out


def close(a: float, b: float) -> bool:
    """Whether `a` (as written in one text) and `b` agree, allowing prose rounding in either
    direction within 5 % ("2.5 million" for 2,470,000; "about 100" for 98)."""
    if a == b:
        return True
    if a == 0 or b == 0:
        return False
    big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
    if (big - small) / big > 0.05:
        return False
    for x, y in ((a, b), (b, a)):
        step = _precision(x)
        if step and abs(round(y / step) * step - x) < step * 1e-6:
            return True
    return False


class Agreement:
    """The values of one text, sorted once, so that "does any of these readings agree with one
    of them" (`close`) looks only at the values within 5 %, not at every figure of the text."""

    def __init__(self, values):
        self._exact = set(values)
        pairs = sorted((abs(v), v) for v in self._exact if v != 0)
        self._sizes = [size for size, _ in pairs]
        self._values = [v for _, v in pairs]

    def agrees(self, readings) -> bool:
        for a in readings:
            if a in self._exact:
                return True
            if a == 0:
                continue  # zero agrees only with zero
            lo = abs(a) * 0.95 * (1 - 1e-9)  # `close` never allows more than 5 %
            hi = abs(a) / 0.95 * (1 + 1e-9)
            k = bisect_left(self._sizes, lo)
            while k < len(self._sizes) and self._sizes[k] <= hi:
                if close(a, self._values[k]):
                    return True
                k += 1
        return False


def _precision(v: float) -> float:
    """The unit of the last significant digit of v (2.5e6 → 1e5; 100 → 100; 2.47 → 0.01)."""
    if v == int(v):
        n = int(abs(v))
        if n == 0:
            return 0
        k = 0
        while n % 10 == 0:
            n //= 10
            k += 1
        return 10.0 ** k
    s = f"{abs(v):.6f}".rstrip("0")
    return 10.0 ** -(len(s.split(".")[1]))


__all__ = ["Figure", "close", "cjk_value", "digit_readings", "figures"]
