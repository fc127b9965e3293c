"""The facts the source rules compare, read once per document from the source and from the
translation (a declared analysis, `facts_of`): numbers and amounts, dates and times, quotations, URLs
and names, each in its language's own conventions (mtqa.figures), and where a fact of one side
falls on the other (`anchor`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import msgspec

from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.figures import cjk_value, figures
from mtqa.patterns import lazy
from mtqa.rule import RuleContext
from mtqa.rules.source.language import WORD_TOKEN, language_of
from mtqa.segment import Paragraph, split_sentences
from mtqa.text.calendar import MONTHS
from mtqa.text.fold import without_marks

# ---- numbers, times and dates -----------------------------------------------------------

_TIME_FR = lazy(r"(?<![\p{N}])([01]?\d|2[0-3]) ?h ?([0-5]\d)?(?![\p{L}\p{N}])")
_TIME_EN = lazy(r"(?<![\p{N}])(1[0-2]|0?\d)(?::([0-5]\d))? ?([ap])\.?m\.?(?![\p{L}])", regex.I)
_CLOCK = lazy(r"(?<![\p{N}:])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:])")
_TIME_ZH = lazy(r"(?<![\p{N}])([01]?\d|2[0-3])[时時点點](?:([0-5]?\d)分)?")

_MONTHS_EN = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTHS_EN.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                   "oct": 10, "nov": 11, "dec": 12})
_MONTHS_FR = {m: i + 1 for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())}
_MONTHS_FR.update({"fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "sept": 9, "oct": 10, "nov": 11,
                   "déc": 12})
_MON_EN = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))
_MON_FR = "|".join(sorted(_MONTHS_FR, key=len, reverse=True))
_DATE_EN = lazy(
    rf"(?<![\p{{L}}])(?:(?P<m1>{_MON_EN})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\p{{N}}])(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{_MON_EN})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MON_EN})\.?\s+(?P<y3>\d{{4}}))(?![\p{{L}}])", regex.I)
_DATE_FR = lazy(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?P<d1>[0-3]?\d)(?:er)?\s+(?P<m1>{_MON_FR})\.?(?:\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m3>{_MON_FR})\s+(?P<y3>\d{{4}}))(?![\p{{L}}])", regex.I)
def month_named(month: int, tpars: list[Paragraph]) -> bool:
    names = {k for k, v in _MONTHS_EN.items() if v == month and len(k) > 3 or (v == month and k == "may")}
    return any(w.casefold().rstrip(".") in names for p in tpars for w in WORD_TOKEN.findall(p.text))


_CJK_NUM = "[一二三四五六七八九十]{1,3}"
_DATE_ISO = lazy(r"(?<![\p{N}])(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?![\p{N}])")
_DATE_ZH = lazy(
    rf"(?:(?P<y1>\d{{4}})\s*年\s*)?(?P<m1>1[0-2]|0?[1-9]|{_CJK_NUM})\s*月(?:\s*(?P<d1>[0-3]?\d|{_CJK_NUM})\s*[日号號])?")


@lru_cache(maxsize=None)
def _months(lang: str) -> dict[str, int]:
    """Month names of a language (wide and abbreviated, both grammatical contexts) from CLDR."""
    if lang == "fr":
        return _MONTHS_FR
    if lang == "en":
        return _MONTHS_EN
    try:
        from babel.dates import get_month_names
    except ImportError:  # pragma: no cover - babel is a dependency
        return {}
    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = get_month_names(width, context, locale=lang)
            except Exception:
                return {}
            for k, v in names.items():
                out[v.casefold().rstrip(".")] = k
    return out


@lru_cache(maxsize=None)
def _date_pattern(lang: str):
    """Day-month(-year) and month-year dates of a European language, from its CLDR month names."""
    names = "|".join(regex.escape(m) for m in sorted(_months(lang), key=len, reverse=True))
    if not names:
        return None
    of = r"(?:\s+de)?"  # Spanish and Portuguese: 8 de enero de 2020
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<d1>[0-3]?\d)(?:er|\.|º)?{of}\s+(?P<m1>{names})\.?(?:{of}\s+(?P<y1>\d{{4}}))?"
        rf"|(?P<m3>{names}){of}\s+(?P<y3>\d{{4}}))(?![\p{{L}}])", regex.I)


class Fact(msgspec.Struct, frozen=True):
    """A normalised value found in a text: `kind` number|time|date|url|name, `key` compares."""

    kind: str
    key: Any  # per kind: a Figure, (month, day, year), (hour, minute), a string
    start: int
    end: int
    par: int  # index among the text's non-empty paragraphs
    text: str


def fold(s: str) -> str:
    """`s` without accents (mtqa.text.fold)."""
    return without_marks(s)


def fmt(v: float) -> str:
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def _dates(text: str, lang: str, par: int, out: list[Fact]) -> list[tuple[int, int]]:
    """The dates of paragraph `par` written in `lang` (ISO ones first), appended to `out` as
    (month, day, year) facts; returns their spans."""
    cjk = lang in ("zh", "ja")
    pattern = _DATE_ZH if cjk else {"fr": _DATE_FR, "en": _DATE_EN}.get(lang) or _date_pattern(lang) or _DATE_EN
    months = _months(lang) if not cjk else {}
    spans = _iso_dates(text, par, out)
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        g = m.groupdict()
        mon = g.get("m1") or g.get("m2") or g.get("m3")
        day = g.get("d1") or g.get("d2")
        year = g.get("y1") or g.get("y2") or g.get("y3")
        if cjk:
            month, day = _cjk_month_day(mon, day)
        else:
            month = _written_month(mon, day, lang, months)
        if not month:
            continue
        d = int(day) if day else None
        if d is not None and not 1 <= d <= 31:
            continue
        out.append(Fact("date", (month, d, int(year) if year else None), m.start(), m.end(), par, m.group()))
        spans.append((m.start(), m.end()))
    return spans


def _iso_dates(text: str, par: int, out: list[Fact]) -> list[tuple[int, int]]:
    """The ISO dates (2024-03-05) of a paragraph, appended to `out`; returns their spans."""
    spans = []
    for m in _DATE_ISO.finditer(text):
        iso_month, iso_day = int(m.group("m")), int(m.group("d"))
        if 1 <= iso_month <= 12 and 1 <= iso_day <= 31:
            out.append(Fact("date", (iso_month, iso_day, int(m.group("y"))), m.start(), m.end(), par, m.group()))
            spans.append(m.span())
    return spans


def _cjk_month_day(mon: str, day: str | None) -> tuple[int, str | None]:
    """A Chinese or Japanese date's month (0 when not 1 to 12) and day, in digits."""
    month = int(mon) if mon.isdigit() else int(cjk_value(mon) or 0)
    if day and not day.isdigit():
        day = str(int(cjk_value(day) or 0))
    return (month if 1 <= month <= 12 else 0), day


def _written_month(mon: str, day: str | None, lang: str, months: dict[str, int]) -> int:
    """The month a word names in `lang` (0: none, or a word that only looks like one)."""
    key = mon.casefold().rstrip(".")
    month = months.get(key) or months.get(fold(key)) or 0
    if not month:
        return 0
    if key == "may" and day is None:
        return 0  # the modal verb "may 2020"? too ambiguous without a day
    if key in ("mar", "may", "sep", "dec") and mon[:1].islower() and lang != "fr":
        return 0  # "may 5 people", "mar 3 games"
    return month


def _times(text: str, lang: str, par: int, out: list[Fact]) -> list[tuple[int, int]]:
    spans = []
    if lang == "fr":
        for m in _TIME_FR.finditer(text):
            out.append(Fact("time", (int(m.group(1)), int(m.group(2) or 0)), m.start(), m.end(), par, m.group()))
            spans.append(m.span())
    elif lang in ("zh", "ja"):
        for m in _TIME_ZH.finditer(text):
            out.append(Fact("time", (int(m.group(1)), int(m.group(2) or 0)), m.start(), m.end(), par, m.group()))
            spans.append(m.span())
    else:
        for m in _TIME_EN.finditer(text):
            h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
            out.append(Fact("time", (h, int(m.group(2) or 0)), m.start(), m.end(), par, m.group()))
            spans.append(m.span())
        for m in _CLOCK.finditer(text):
            if not any(s <= m.start() < e for s, e in spans):
                out.append(Fact("time", (int(m.group(1)), int(m.group(2))), m.start(), m.end(), par, m.group()))
                spans.append(m.span())
    return spans


# ---- quotes, URLs, names --------------------------------------------------------------------

_URL = lazy(r"(?:https?://|www\.)[^\s<>\"«»“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.I)
_DIGIT = lazy(r"\d")
_CAP_RUN = lazy(r"\p{Lu}[\p{Ll}’'\-]*\p{Ll}(?:[ \u00a0]+\p{Lu}[\p{Ll}’'\-]*\p{Ll})+")
_LEADING = frozenset(
    """le la les l un une selon pour à de du des au aux et mais the a an according for to of in on at by and
    but when while after before m mme mlle mr mrs ms dr prof hon sen gen lt col maj capt sgt cpl
    der die das den dem des ein eine einer am im vom zum zur herr frau el los las del don doña señor señora
    monsieur madame lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
    friday saturday sunday""".split()
)


# ---- per-document facts, shared by the rules as a declared analysis ----------------------


class Side(msgspec.Struct):
    lang: str
    pars: list[str]
    facts: dict[str, list[Fact]] = msgspec.field(default_factory=dict)


def split_paragraphs(text: str) -> list[str]:
    """A text's paragraphs (blank-line separated; a single block split at its line breaks), each
    stripped: how the source rules align a source with its translation's paragraphs."""
    pars = [p.strip() for p in regex.split(r"\n[ \t]*\n", text) if p.strip()]
    if len(pars) == 1 and "\n" in pars[0]:
        pars = [p.strip() for p in pars[0].split("\n") if p.strip()]
    return pars


def _analyse(pars: list[str], lang: str) -> Side:
    side = Side(lang, pars, {k: [] for k in ("figure", "time", "date", "url", "name")})
    for i, text in enumerate(pars):
        taken = []
        if "@" in text or "www." in text or "://" in text:
            for m in _URL.finditer(text):
                url = m.group().rstrip(".,;:!?)")
                taken.append(m.span())
                side.facts["url"].append(Fact("url", url.casefold(), m.start(), m.start() + len(url), i, url))
        found: list[Fact] = []
        if _DIGIT.search(text) or lang in ("zh", "ja"):
            taken += _dates(text, lang, i, found)
            taken += _times(text, lang, i, found)
        for fig in figures(text, lang):
            if not any(s < fig.end and fig.start < e for s, e in taken):
                found.append(Fact("figure", fig, fig.start, fig.end, i, fig.text))
        for f in found:
            side.facts[f.kind].append(f)
        if lang not in ("zh", "ja"):
            if lang == "ru":  # names compared in Latin script (Путин → Putin)
                from anyascii import anyascii

                text = anyascii(text)
            for m in _CAP_RUN.finditer(text):
                toks = m.group().replace("\u00a0", " ").split()
                while toks and toks[0].casefold().strip("’'") in _LEADING:
                    toks.pop(0)
                if len(toks) < 2:
                    continue
                last = toks[-1]
                start = m.start() + m.group().rfind(last)
                side.facts["name"].append(Fact("name", fold(last), start, start + len(last), i, " ".join(toks)))
    return side


def facts(doc, ctx: RuleContext) -> tuple[Side, Side, list[Paragraph]]:
    """(source side, translation side, translation paragraphs), computed once per document."""
    return ctx.analysis(facts_of)


@analysis("source-facts")
def facts_of(doc) -> tuple[Side, Side, list[Paragraph]]:
    """The facts of the source and of the translation (see `facts`)."""
    source = doc.source or ""
    tpars = [p for p in doc.paragraphs if p.text.strip()]
    src = _analyse(split_paragraphs(source), language_of(doc))
    tgt = _analyse([p.text for p in tpars], "en")
    return src, tgt, tpars


def anchor(src: Side, tpars: list[Paragraph], par: int, pos: int) -> tuple[Paragraph, int, int] | None:
    """The translation sentence at the same relative place as source paragraph `par`, offset `pos`."""
    if not tpars:
        return None
    ns, nt = max(1, len(src.pars)), len(tpars)
    ti = min(nt - 1, round(par * (nt - 1) / (ns - 1))) if ns > 1 else 0
    tp = tpars[ti]
    sents = tp.sentences or split_sentences(tp.text)
    if not sents:
        return tp, 0, len(tp.text)
    frac = pos / max(1, len(src.pars[par])) if par < len(src.pars) else 0
    k = min(len(sents) - 1, int(frac * len(sents)))
    return tp, sents[k].start, sents[k].end


def unmatched(a: list[Fact], b: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """Multiset matching by key: facts of `a` with no partner in `b` and vice versa (linear)."""
    pool: dict = {}
    for g in b:
        pool.setdefault(g.key, []).append(g)
    lone = [f for f in a if not (pool.get(f.key) and pool[f.key].pop(0))]
    used = {id(g) for g in b} - {id(g) for gs in pool.values() for g in gs}
    return lone, [g for g in b if id(g) not in used]
