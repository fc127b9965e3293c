"""Source-aware checks: what the original says that the translation lost or changed.

With ``--source FILE`` (``source=`` in the API) these rules compare facts that survive
translation unchanged: numbers and amounts, dates and times, quotations, URLs and e-mail
addresses, placeholders, and people's names. Each fact is read in the source language's own
conventions (mtqa.figures, CLDR data through Babel), so they do not count as differences:
French ``2,5 %`` is English ``2.5%``, German ``1.234`` is ``1,234``, ``2,5 milliards`` is
``2.5 billion``, ``500万`` is ``5 million``, ``14 h 30`` is ``2:30 p.m.``, ``8. Januar 2020`` is
``Jan. 8, 2020``. A difference is reported only when no plausible reading removes it: the
rules speak when they are right, and stay quiet on what translators legitimately do
(conversions, rounding, "half", reordered dates, quotations turned into reported speech).

A value in the translation that the source does not have is flagged where it stands. A value
in the source that the translation lacks has no place of its own in the translation: it is
flagged on the translation sentence at the same relative position (paragraph i of n in the
source → the same proportion of the translation's paragraphs, then the same proportion of
that paragraph's sentences), with a lower confidence.

``source/untranslated-text`` needs no source: it finds runs of Chinese, Japanese or Korean
script, and runs of French function words, left in English copy.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.figures import Agreement, close
from mtqa.finding import OMITTED, Severity
from mtqa.patterns import lazy
from mtqa.quoted_language import in_foreign_quotation
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.source.analysis import Fact, Side, anchor, facts, fmt, fold, month_named, unmatched
from mtqa.rules.source.language import CJK_RUN, EN_FUNCTION, FR_FUNCTION, FR_NAME_WORDS, WORD_TOKEN, source_language
from mtqa.rules.source.pinyin_names import lost_chinese_names, pinyin_name_findings
from mtqa.scan import Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.tokens import lower_words


# ---- the rules -------------------------------------------------------------------------------


@rule("source/number-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def number_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A number or amount in the translation differs from the source, or one was lost.

    ## Why it matters
    Figures are what readers quote and what corrections are made of. Engines drop digits,
    misread decimal commas and grouping (French 2,5 % is 2.5%, German 1.234 is 1,234) and
    confuse scales (milliard is billion, 万 is ten thousand, млрд is billion).

    ## Examples
    bad:  The coalition has [[50->500]] soldiers in the country. || source: La coalition compte 500 soldats dans le pays.
    bad:  Rates rose by [[25->2.5]]% last year. || source: Les taux ont augmenté de 2,5 % l'an dernier.
    bad:  The bill passed 170 to [[239->329]] on Tuesday. || source: Le projet de loi a été adopté par 170 voix contre 329 mardi.
    bad:  The budget is [[3.5 billion]] rubles. || source: Бюджет составляет 1,5 млрд рублей.
    bad:  Sales reached [[25 million]] yuan. || source: 销售额达到两百五十万元。
    good: Rates rose by 2.5% last year. || source: Les taux ont augmenté de 2,5 % l'an dernier.
    good: The fund holds $1,000 and 2.5 billion shares. || source: Le fonds détient 1 000 $ et 2,5 milliards d'actions.
    good: The price rose 2.5% to 1,234.50 euros. || source: Der Preis stieg um 2,5 % auf 1.234,50 Euro.
    good: Three soldiers were hurt. || source: Trois soldats ont été blessés.
    good: Sales reached 5 million yuan. || source: 销售额达到500万元。
    good: About 2.5 million people live there. || source: 那里住着两百四十七万人。
    good: It cost 15,000 yen. || source: 1万5千円かかった。
    good: Half of the 40 members voted. || source: La moitié des 40 membres ont voté.
    good: The trail is 5 miles (8 km) long. || source: Le sentier fait 8 km.
    good: It costs 10 billion yuan ($1.4 billion). || source: 它耗资100亿元。
    good: It compares the top and bottom 20% of earners. || source: 它比较前20%与后20%的收入。
    good: The rate is thrice that of other groups. || source: 这个比例是其他群体的3倍。
    good: It went from about eight percent up to three times that. || source: 它的范围是从8%直到24%。
    good: Tens of thousands of black holes. || source: 数以万计的黑洞。
    good: Some 12 to 14 million visitors came. || source: 预计有1200万至1400万游客。
    bad:  [[The bureau released the figures.]] || source: 统计局8日公布了数据。
    bad:  [[Back up your files every week.]] || source: 3. 每周备份文件。
    good: The bureau released the figures on the 8th. || source: 统计局8日公布了数据。
    good: The bureau released the figures on Wednesday. || source: 统计局8日公布了数据。
    good: The refund arrives within a week. || source: 退款将在7日内到账。
    good: Third, back up your files every week. || source: 3. 每周备份文件。
    good: - Back up your files every week. || source: （3）每周备份文件。

    ## Known issues
    A figure is missing only when it is missing under every reading (mtqa.figures): locale and
    English separators, scales, CJK numerals, number words, percentages as fractions, years as
    two digits. Prose rounding within 5 % is accepted. A translation figure that is an imperial
    measure, or an amount in a currency the source does not use, is taken for a conversion. A
    lost source figure is reported only when written in digits and at least 10 (small counts
    become articles and "both"), and is placed on the sentence at the same relative position.
    Two small figures are reported too, their loss being no such rendering: a day of the month
    written alone (8日, not 8日内 "within eight days"), unless the translation names a weekday or a
    relative day instead, and the number of a list item opening a paragraph (3. / 3、 / （3）),
    unless the translation's paragraphs open with an ordinal or a bullet instead.
    """
    src, tgt, tpars = facts(doc, ctx)
    src_figs = src.facts["figure"]
    tgt_figs = tgt.facts["figure"]
    if not src_figs and not tgt_figs:
        return
    src_values = Agreement(v for f in src_figs for v in f.key.readings)
    tgt_values = Agreement(v for f in tgt_figs for v in f.key.readings)
    currencies = _currencies(doc.source or "")
    unmatched = [f for f in src_figs if not tgt_values.agrees(f.key.readings)]
    lost = _lost_figures(unmatched, src, tgt, tpars)
    unpaired = _Unpaired(unmatched, len(tpars), len(src.pars))
    yield from _figures_not_in_source(ctx, tgt_figs, tpars, src_values, currencies, unpaired)
    yield from _figures_lost(ctx, src, tpars, unpaired.left(lost))


def _lost_figures(unmatched: list[Fact], src: Side, tgt: Side, tpars: list[Paragraph]) -> list[Fact]:
    """The source figures no translation figure agrees with whose loss is unambiguous: large ones
    in digits, and the small ones that are meant (a day, a list number), unless the translation
    restated the figure as a multiple of another."""
    days = {g.key[1] for g in tgt.facts["date"]}
    lost = [f for f in unmatched if _must_survive(f) or _small_but_meant(f, src.pars[f.par], tpars, days)]
    if lost:
        src_figs, tgt_figs = src.facts["figure"], tgt.facts["figure"]
        lost = [f for f in lost if not _restated_as_multiple(f, src_figs, tgt_figs, tpars)]
    return lost


def _figures_lost(ctx: RuleContext, src: Side, tpars: list[Paragraph], lost: list[Fact]) -> Iterator[RawFinding]:
    """Each lost source figure, reported on the translation sentence at the same relative place
    (it has no place of its own there), with a lower confidence."""
    for f in lost:
        where = anchor(src, tpars, f.par, f.start)
        if where is not None:
            yield ctx.finding(where[0], where[1], where[2], f"Number in the source missing from the translation: {f.text}",
                              category="Accuracy/Omission", confidence=0.6, extra={OMITTED: f.text})


def _figures_not_in_source(ctx: RuleContext, tgt_figs: list[Fact], tpars: list[Paragraph], src_values: Agreement,
                           currencies: set[str], unpaired: _Unpaired) -> Iterator[RawFinding]:
    """The translation's figures that must match and agree with no source figure, and are no
    conversion. A figure with exactly one unpaired source figure nearby names it, suggests it,
    and pairs with it, so that source figure is not reported lost as well."""
    for f in tgt_figs:
        if not _must_match(f, tpars[f.par].text) or src_values.agrees(f.key.readings):
            continue
        if _converted(f, tpars[f.par].text, currencies):
            continue
        near = unpaired.near(f.par)
        sugg = [fmt(g.key.value) for g in near] if len(near) == 1 else []
        if len(near) == 1:
            unpaired.pair(near[0])
        yield ctx.finding(tpars[f.par], f.start, f.end, f"Number not in the source: {f.text}"
                          + (f" (source has {near[0].text})" if len(near) == 1 else ""), suggestions=sugg)


_UNIT_AFTER = lazy(
    r"[\s\u00a0-]*(?:(?P<imperial>miles?|mph|feet|foot|ft|inch(?:es)?|yards?|pounds?|lbs?|ounces?|oz|acres?|gallons?"
    r"|°F|degrees? Fahrenheit|Fahrenheit)|(?P<metric>km|kilomet(?:er|re)s?|met(?:er|re)s?|cm|mm|kg|kilo(?:gram(?:me)?)?s?"
    r"|grams?|tonnes?|hectares?|litres?|liters?|°C|degrees? Celsius|Celsius|square))(?![\p{L}])", regex.I)
_CURRENCY_AFTER = lazy(r"[\s\u00a0]*(?:(?:million|billion|trillion|thousand)\s+)?"
                                r"(?P<c>yuan|renminbi|dollars?|euros?|pounds? sterling|yen|rubles?|roubles?)\b", regex.I)
_CURRENCY_BEFORE = lazy(r"(?P<c>US\$|C\$|HK\$|A\$|\$|€|£|¥|RMB|CNY|USD|EUR)\s?$")
_CURRENCY_WORDS = {"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "¥": "CNY", "dollar": "USD",
                   "us$": "USD", "$": "USD", "usd": "USD", "euro": "EUR", "€": "EUR", "eur": "EUR", "pound": "GBP",
                   "£": "GBP", "yen": "JPY", "ruble": "RUB", "rouble": "RUB", "c$": "CAD", "hk$": "HKD", "a$": "AUD"}
_SOURCE_CURRENCIES = (("CNY", pattern_cache.compile(r"元|人民币|RMB|CNY|¥|yuan", regex.I)),
                      ("USD", pattern_cache.compile(r"美元|美金|\$|USD|dollars?|Dollar|dólar", regex.I)),
                      ("EUR", pattern_cache.compile(r"欧元|€|EUR|euros?", regex.I)),
                      ("GBP", pattern_cache.compile(r"英镑|£|GBP|livres? sterling|Pfund", regex.I)),
                      ("JPY", pattern_cache.compile(r"日元|円|JPY|yens?", regex.I)),
                      ("RUB", pattern_cache.compile(r"卢布|руб|RUB|roubles?", regex.I)))


class _Unpaired:
    """Source figures not yet paired with a translation figure, by paragraph: a translation
    figure looks only at the paragraphs mapped within one of its own, and stops at two (only
    "exactly one" pairs), instead of passing over every source figure."""

    def __init__(self, facts: list[Fact], target_pars: int, source_pars: int):
        self._t, self._s = max(1, target_pars - 1), max(1, source_pars - 1)
        self._by_par: dict[int, list[Fact]] = {}
        for g in facts:
            self._by_par.setdefault(g.par, []).append(g)
        self._pars = sorted(self._by_par)
        self._paired: set[int] = set()

    def near(self, par: int) -> list[Fact]:
        """Up to two unpaired source figures whose paragraph maps within one of `par`."""
        out: list[Fact] = []
        k = bisect_left(self._pars, (par - 1) * self._s / self._t - 1)  # a loose bound; the test below is exact
        while k < len(self._pars) and self._pars[k] <= (par + 1) * self._s / self._t + 1 and len(out) < 2:
            p = self._pars[k]
            if abs(p * self._t / self._s - par) <= 1:
                out.extend(self._by_par[p][:2 - len(out)])
            k += 1
        return out

    def pair(self, g: Fact) -> None:
        bucket = self._by_par[g.par]
        bucket.remove(g)
        if not bucket:
            del self._by_par[g.par]
            self._pars.remove(g.par)
        self._paired.add(id(g))

    def left(self, facts: list[Fact]) -> list[Fact]:
        return [f for f in facts if id(f) not in self._paired]


# A multiplier the translation writes in words: "three times that", "a tenfold rise", "double".
_TIMES_AFTER = lazy(r"[\s\u00a0-]*(?:times|fold)\b", regex.IGNORECASE)
_MULTIPLIER_WORDS = ("fold", "twice", "thrice", "double", "triple")


def _restated_as_multiple(f: Fact, src_figs: list[Fact], tgt_figs: list[Fact], tpars: list[Paragraph]) -> bool:
    """Whether a source figure the translation lacks is another figure of the text times a
    multiplier the translation writes out: 从8%到24% rendered "from eight percent up to three
    times that". The figure was restated, not lost."""
    multipliers = [g.key.value for g in tgt_figs
                   if g.key.text.casefold().endswith(_MULTIPLIER_WORDS)
                   or _TIMES_AFTER.match(tpars[g.par].text, g.end)]
    if not multipliers:
        return False
    bases = {v for g in (*src_figs, *tgt_figs) if g is not f for v in g.key.readings}
    return any(close(k * b, v) for k in multipliers if k > 1 for b in bases for v in f.key.readings)


def _must_survive(f: Fact) -> bool:
    """A source figure whose loss is unambiguous: written in digits, not a small count (which
    translations render as articles, "both", "a couple"), and not 0/1."""
    return f.key.written == "digits" and f.key.value >= 10


# A small figure in digits that a translation keeps in some form: a day of the month written alone
# (9日, 9号: the month is the story's own) or the number of a list item at the start of a paragraph
# (1. / 1、 / （1）). Both are dropped by engines, and their loss is no article or "both".
_DAY_OF_MONTH_AFTER = lazy(r"\s*[日号號](?![内里後后间間])")
# Words before "N日" that make it a count of days, not a date: 连续9日 (nine days running), 近/过去/前/后
# 9日 (the last, next nine days), 每9日 (every nine days), 第9日 (the ninth day), 共/满/长达/为期 9日.
_DAYS_COUNTED = lazy(r"(?:连续|連續|近|过去|過去|前|后|後|每|第|共|满|滿|长达|長達|为期|為期|历时|歷時)\s*$")
_LIST_NUMBER = lazy(r"\s*[(（]?\s*(?P<n>\d{1,2})\s*(?:[.．、]|[)）])")
# What a translation writes instead of a bare day or a list number, and stays quiet on: the day of
# the week or a relative day for the date, an ordinal or a bullet for the list item.
_DAY_IN_WORDS = lazy(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|tomorrow)\b"
                     r"|\b(?:same|that|previous|next|following) (?:day|evening|night|morning)\b", regex.I)
_ITEM_START = lazy(r"\s*(?:[-–—•*·▪●]|\(?[a-z\d]{1,2}[.)]\s|(?:first|second|third|fourth|fifth|sixth|seventh"
                   r"|eighth|ninth|tenth|finally|lastly)\b)", regex.I)


def _small_but_meant(f: Fact, par: str, tpars: list[Paragraph], target_days: set) -> bool:
    """A source figure under 10 whose loss is unambiguous: a day of the month written alone, unless
    the translation has that day in a date (`target_days`) or names a weekday or a relative day,
    or a list item's number, unless the translation's paragraphs open with an ordinal or a bullet
    (the list kept in another form)."""
    if f.key.written != "digits" or not 1 <= f.key.value <= 31 or f.key.value != int(f.key.value):
        return False
    if _DAY_OF_MONTH_AFTER.match(par, f.end) and not par[max(0, f.start - 1):f.start].isdigit() \
            and not _DAYS_COUNTED.search(par[max(0, f.start - 3):f.start]):
        return f.key.value not in target_days and not any(_DAY_IN_WORDS.search(p.text) for p in tpars)
    item = _LIST_NUMBER.match(par)
    if item and item.start("n") == f.start:
        return not any(_ITEM_START.match(p.text) for p in tpars)
    return False


def _must_match(f: Fact, text: str) -> bool:
    """A translation figure that must have a partner in the source: digits not glued to letters
    (COVID-19, G20, 5G are names), or number words with a scale or above twelve."""
    fig = f.key
    if fig.written == "words":
        return fig.value > 12 and fig.value != int(fig.value) or fig.value > 12
    before = text[max(0, f.start - 1):f.start]
    after = text[f.end:f.end + 1]
    if before and (before.isalpha() or before in "-‐/") and (f.start < 2 or text[f.start - 2].isalpha() or before.isalpha()):
        return False
    if after and after.isalpha() and text[f.end:f.end + 2].lower() not in ("st", "nd", "rd", "th", "s"):
        return False
    return True


def _currencies(source: str) -> set[str]:
    return {code for code, pattern in _SOURCE_CURRENCIES if pattern.search(source)}


def _converted(f: Fact, text: str, source_currencies: set[str]) -> bool:
    """A figure the translator added as a conversion: an imperial measure (the sources are metric),
    a metric one beside an imperial one, or an amount in a currency the source does not use."""
    unit = _UNIT_AFTER.match(text, f.end)
    if unit and unit.group("imperial"):
        return True
    sentence = text[max(0, f.start - 80):f.end + 80]
    if unit and unit.group("metric") and regex.search(_UNIT_AFTER.pattern.replace("[\\s\\u00a0-]*", ""), sentence):
        if any(m.group("imperial") for m in _UNIT_AFTER.finditer(sentence)):
            return True
    if source_currencies:
        code = None
        before = _CURRENCY_BEFORE.search(text[max(0, f.start - 4):f.start])
        if before:
            code = _CURRENCY_WORDS.get(before.group("c").lower())
        after = _CURRENCY_AFTER.match(text, f.end)
        if after:
            word = after.group("c").lower().rstrip("s")
            code = _CURRENCY_WORDS.get(word.replace(" sterling", ""), code)
        if code and code not in source_currencies:
            return True
    return False


@rule("source/date-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def date_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A date or time in the translation differs from the source, or one was lost.

    ## Why it matters
    A wrong day or hour sends readers to the wrong event; engines swap day and month,
    drop the day, or misread the 24-hour clock (14 h 30 is 2:30 p.m.).

    ## Examples
    bad:  The vote is set for [[Jan. 18->Jan. 8]]. || source: Le vote aura lieu le 8 janvier.
    bad:  Doors open at [[4:30 p.m.->2:30 p.m.]] || source: Les portes ouvrent à 14 h 30.
    good: The vote is set for Jan. 8, 2020. || source: Le vote aura lieu le 8 janvier 2020.
    good: Doors open at 2:30 p.m. || source: Les portes ouvrent à 14 h 30.
    good: It happened on March 3. || source: 这件事发生在3月3日。

    ## Known issues
    Weekdays and relative dates ("yesterday") are not compared.
    """
    src, tgt, tpars = facts(doc, ctx)

    def same(f: Fact, g: Fact) -> bool:
        if f.kind != g.kind:
            return False
        if f.kind == "time":
            return f.key == g.key
        (m1, d1, y1), (m2, d2, y2) = f.key, g.key
        return m1 == m2 and d1 == d2 and (y1 is None or y2 is None or y1 == y2)

    t_all, s_all = tgt.facts["date"] + tgt.facts["time"], src.facts["date"] + src.facts["time"]
    # Present or absent, not how often: a date the translation repeats is not an extra one.
    extra_t = [f for f in t_all if not any(same(f, g) for g in s_all)]
    lost_s = [g for g in s_all if not any(same(f, g) for f in t_all)]
    for f in extra_t:
        near = [g for g in lost_s if g.kind == f.kind]
        sugg = [_english(near[0])] if len(near) == 1 else []
        if len(near) == 1:
            lost_s.remove(near[0])
        what = "Date" if f.kind == "date" else "Time"
        yield ctx.finding(tpars[f.par], f.start, f.end, f"{what} not in the source: {f.text}"
                          + (f" (source has {near[0].text})" if len(near) == 1 else ""), suggestions=sugg)
    for f in lost_s:
        if f.kind == "date" and f.key[1] is None and month_named(f.key[0], tpars):
            continue  # a month folded into a range: 2022年1月至9月 → "January to September 2022"
        where = anchor(src, tpars, f.par, f.start)
        if where is not None:
            yield ctx.finding(where[0], where[1], where[2], f"Date or time in the source missing from the translation: "
                              f"{f.text}", category="Accuracy/Omission", confidence=0.6, extra={OMITTED: f.text})


@rule("source/quote-count-mismatch", category="Accuracy/Addition", severity=Severity.MINOR,
      scope=Scope.DOCUMENT, requires=("source",), confidence=0.7)
def quote_count_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The translation quotes someone where the source has no quotation at all.

    ## Why it matters
    Quotation marks say "these are the speaker's own words"; marks the source does not have
    put words in someone's mouth. The reverse is not an error: translators legitimately turn
    quotations into reported speech, and drop the marks Chinese puts around names and titles.

    ## Examples
    bad:  He said [[“we will stay until the work is done.”]] || source: Il a dit que les soldats resteraient jusqu'à la fin.
    bad:  [[“The mission will go on for another year,”]] the minister said. || source: Le ministre a dit que la mission durerait encore un an.
    good: The minister said, “The mission will continue.” || source: Le ministre a déclaré : « La mission va continuer. »
    good: The minister said the mission would continue. || source: Le ministre a déclaré : « La mission va continuer. »
    good: This is data from the World Values Survey. || source: 这是来自“世界价值观调查”的数据。
    good: He called it a “historic” day. || source: Il a parlé d'une journée historique.
    good: “Why does it do this,” I hear you ask. || source: 为什么要这么做？我听到你们问。
    good: He said: “We will win the next game.” || source: 他说：我们会赢下一场比赛。
    bad:  He said [[“we will win the next game”]] after it. || source: 他说他们会赢下一场比赛。

    ## Known issues
    Only quotations of four words or more count (scare quotes around a term are a choice of
    style), and only when the source paragraph has no quotation mark of any kind. When the two
    texts have different numbers of paragraphs, the whole source is compared with each paragraph.
    Chinese and Japanese write direct speech without marks, framed by a verb of saying: a
    question or exclamation followed by one ("……？我听到你们问"), or one followed by a colon
    ("他说：……"). A source paragraph with such a frame has direct speech, and marks around it in
    the translation render it.

    The finding's span is the quotation, marks included, not its sentence: WMT23's MQM raters
    mark the marks themselves (Fluency/Punctuation) or the quoted words, and a sentence-wide
    span landed on any error of the sentence (benchmarks/README.md, branch bilingual48).
    """
    src, tgt, tpars = facts(doc, ctx)
    if not tpars:
        return
    same_shape = len(src.pars) == len(tpars)
    quotes = _QUOTE_MARK if src.lang not in ("zh", "ja") else _QUOTE_OR_UNMARKED_SPEECH
    whole_source_quotes = any(quotes.search(p) for p in src.pars)
    for i, tp in enumerate(tpars):
        source_quotes = bool(quotes.search(src.pars[i])) if same_shape else whole_source_quotes
        if source_quotes:
            continue
        for m in _QUOTATION.finditer(tp.text):
            if len(m.group("inner").split()) >= 4:
                conf = 0.4 if src.lang in ("zh", "ja") else None  # Chinese reports speech without marks
                yield ctx.finding(tp, m.start(), m.end(), "Quotation not in the source: the source reports no one's exact "
                                  "words here", confidence=conf)
                break


_QUOTE_MARK = lazy(r"[«»“”„‟「」『』\"‹›]")
# Direct speech a Chinese or Japanese source writes without marks: a question or exclamation
# followed, within the clause, by a verb of saying or asking ("为什么？我听到你们问"), or such a
# verb followed by a colon ("他说：", "彼は言った："). See quote_count_mismatch.
_SAYING = r"(?:问|問|說|说|(?<!知)道|讲|講|喊|叫|答|言っ|尋ね|叫ん)"
_QUOTE_OR_UNMARKED_SPEECH = lazy(
    rf"[«»“”„‟「」『』\"‹›]|[？！?!][^，。？！,.?!]{{0,8}}?{_SAYING}|{_SAYING}[了着過过た]?\s*[：:]")
_QUOTATION = lazy(r"[“\"«„]\s?(?P<inner>[^“”\"«»„]{1,600}?)\s?[”\"»“]")


@rule("source/url-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def url_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A URL or e-mail address differs from the source, or one was lost.

    ## Why it matters
    Addresses must survive translation character for character; engines translate the
    words inside them (www.defence.gc.ca) or drop them with the sentence around them.

    ## Examples
    bad:  Details are at [[www.defense.gc.ca->www.forces.gc.ca]]. || source: Les détails sont sur www.forces.gc.ca.
    bad:  Write to [[info@defence.ca->info@defense.ca]]. || source: Écrivez à info@defense.ca.
    good: Details are at www.forces.gc.ca. || source: Les détails sont sur www.forces.gc.ca.
    good: Write to info@defense.ca for details. || source: Écrivez à info@defense.ca pour les détails.
    """
    import difflib  # on first use: the checks against --source are the only users
    src, tgt, tpars = facts(doc, ctx)
    extra_t, lost_s = unmatched(tgt.facts["url"], src.facts["url"])
    for f in extra_t:
        close = difflib.get_close_matches(f.text, [g.text for g in lost_s], n=1, cutoff=0.5)
        if close:
            lost_s.remove(next(g for g in lost_s if g.text == close[0]))
        yield ctx.finding(tpars[f.par], f.start, f.end, "Address not in the source" + (f": source has {close[0]}" if close else ""),
                          suggestions=close)
    for f in lost_s:
        where = anchor(src, tpars, f.par, f.start)
        if where is not None:
            yield ctx.finding(where[0], where[1], where[2], f"Address in the source missing from the translation: {f.text}",
                              category="Accuracy/Omission", confidence=0.6, extra={OMITTED: f.text})


@rule("source/name-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def name_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A person's name in the source is spelt differently in the translation, or missing.

    ## Why it matters
    Names pass through translation unchanged; an engine that "corrects" a surname towards a
    dictionary word or a better-known name misattributes a quote.

    ## Examples
    bad:  Gen. Jennie [[Carrigan->Carignan]] spoke on Monday. || source: La générale Jennie Carignan a pris la parole lundi.
    bad:  The report was written by Jean [[Tremblé->Tremblay]]. || source: Le rapport a été rédigé par Jean Tremblay.
    bad:  General [[Jennie]] said the mission would go on. || source: La générale Jennie Carignan a dit que la mission continuerait.
    good: Gen. Jennie Carignan spoke on Monday. || source: La générale Jennie Carignan a pris la parole lundi.
    good: Quebec Premier François Legault spoke. || source: Le premier ministre du Québec, François Legault, a parlé.
    good: The Canadian Press reported it. || source: La Presse Canadienne l'a rapporté.
    good: Prime Minister Justin Trudeau spoke. || source: Le premier ministre Justin Trudeau a parlé.

    bad:  Minister Sergei [[Lavorov->Lavrov]] spoke. || source: Министр Сергей Лавров выступил.
    bad:  Director Zheng [[Yonggong]] resigned. || source: 厂长郑永刚辞职了。
    good: Minister Sergei Lavrov spoke. || source: Министр Сергей Лавров выступил.
    good: Director Zheng Yonggang resigned. || source: 厂长郑永刚辞职了。
    good: Mayor Zeng Qinghong spoke in Taipei. || source: 曾庆红市长在台北发言。
    bad:  Founder [[Yang Yonggang->Zheng Yonggang]] died on Saturday. || source: 创始人郑永刚周六去世。
    bad:  Editor: [[Li Kao]] || source: 责编：李絮枫
    bad:  He met [[Shao Yi]] in Beijing. || source: 他在北京会见了王沪宁。
    bad:  Adviser [[Yang Chun-shan]] spoke. || source: 顾问赵春山发言。
    good: Founder Zheng Yonggang died on Saturday. || source: 创始人郑永刚周六去世。
    good: Adviser Zhao Chun-shan spoke; Hsia Li-yen listened. || source: 顾问赵春山发言，夏立言在听。
    good: Fumio Kishida met Ma Long in Long Beach. || source: 岸田文雄在长滩会见了马龙。
    bad:  [[The director attended the forum and gave a speech.]] || source: 发改委主任王立明出席论坛并发表讲话。
    bad:  [[Prices rose, the patient said.]] || source: 患者陈小梅说，价格上涨了。
    good: Director Wang Liming attended the forum and gave a speech. || source: 发改委主任王立明出席论坛并发表讲话。
    good: Adviser Chao Chun-lin said the talks went well. || source: 顾问赵春林表示会谈顺利。
    good: Tesla chief Musk spoke on Monday. || source: 特斯拉总裁马斯克周一发言。
    good: Reporters learned that prices rose. || source: 记者了解到，价格上涨了。

    ## Known issues
    Runs of two or more capitalised words count as names, and only the last word (the surname)
    is compared, accents ignored; Cyrillic sources are transliterated first (anyascii) and the
    spellings romanisation systems disagree on (y/i/j, w/v, kh/h) are folded together. Chinese
    sources: a target name "Surname Givenname" with a common Chinese surname is read as pinyin
    and compared with the pinyin of the source's characters after that surname (pypinyin, every
    reading of a character); a pinyin name no run of the source's characters reads is "not in the
    source" (a swapped surname, a garbled or invented name: on WMT23's MT output all 62 such names
    lay on a rater's error span). A translator who adds a given name the source leaves out (王外长
    as "Foreign Minister Wang Yi") is flagged too. Wade–Giles and Cantonese names
    (Hsia Li-yen) do not parse as pinyin and are left alone. A person a Chinese source names after a
    role word (主任王立明表示, 记者李华) is missing when no capitalised word of the translation begins
    like any syllable of the name, in pinyin or Wade–Giles (Zhao, Chao): lenient, so a name in its
    own country's romanisation (a Vietnamese Pham Minh for 范明), a transliterated foreign name
    (马斯克, Musk) or a garbled one counts as kept, and in a long translation almost any name does;
    names without a role word before them are not looked for. In Latin-script sources a changed surname is
    flagged only when the given name survived, and so is a surname lost after a surviving given
    name; a name missing altogether is not reported (it is usually an institution whose name
    was rightly translated: Presse Canadienne, Canadian Press).
    """
    src, tgt, tpars = facts(doc, ctx)
    if src.lang in ("zh", "ja"):
        yield from pinyin_name_findings(doc.source or "", tpars, ctx, src.lang)
        if src.lang == "zh":
            yield from lost_chinese_names(src, tpars, ctx)
        return
    if not src.facts["name"]:
        return
    words = _TargetWords(tpars, romanised=src.lang == "ru")
    source_keys = {g.key for g in src.facts["name"]}
    seen: set[str] = set()
    for f in src.facts["name"]:
        surname = f.key
        if surname in seen or surname in words.present:
            seen.add(surname)
            continue
        seen.add(surname)
        yield from _changed_name(f, words, source_keys, tpars, ctx)


class _TargetWords:
    """The translation's words, for looking up the names of a Latin-script (or transliterated) source."""

    __slots__ = ("present", "romanised", "skeletons", "candidates")

    def __init__(self, tpars: list[Paragraph], romanised: bool) -> None:
        self.present = {fold(m.group()) for p in tpars for m in WORD_TOKEN.finditer(p.text)}
        self.romanised = romanised  # the source's names were transliterated (anyascii): spellings vary
        self.skeletons = {_skeleton(w) for w in self.present} if romanised else set()
        # capitalised words of three letters or more, by folded form: (paragraph, start, end) of each
        self.candidates: dict[str, list[tuple[int, int, int]]] = {}
        for i, p in enumerate(tpars):
            for m in WORD_TOKEN.finditer(p.text):
                w = m.group()
                if w[:1].isupper() and len(w) > 2:
                    self.candidates.setdefault(fold(w), []).append((i, m.start(), m.end()))

    def spelt(self, word: str) -> bool:
        """Whether the translation has `word` (folded), or another romanisation of it."""
        return word in self.present or (self.romanised and _skeleton(word) in self.skeletons)

    def near(self, surname: str, source_keys: set[str]) -> list[str]:
        """Capitalised words like `surname` (same initial) that are not themselves names in the source."""
        import difflib  # on first use: the checks against --source are the only users
        return [c for c in difflib.get_close_matches(surname, list(self.candidates), n=3, cutoff=0.75)
                if c[:1] == surname[:1] and c not in source_keys]


def _changed_name(f: Fact, words: _TargetWords, source_keys: set[str], tpars: list[Paragraph],
                  ctx: RuleContext) -> Iterator[RawFinding]:
    """A source name whose surname the translation lacks: changed or lost, when its given name survived."""
    surname = f.key
    if words.romanised and _skeleton(surname) in words.skeletons:
        return  # another romanisation of the same name (Zelenskiy, Zelensky)
    given = [fold(t) for t in f.text.split()[:-1]]
    near = words.near(surname, source_keys)
    if near and any(words.spelt(g) for g in given):  # the given name survived, the surname changed
        for i, s, e in words.candidates[near[0]]:
            yield ctx.finding(tpars[i], s, e, f"Name changed: the source has {f.text}", suggestions=[f.text.split()[-1]])
        return
    hits = [c for g in given for c in words.candidates.get(g, ())]
    if hits:  # the given name survived, the surname is gone
        i, s, e = hits[0]
        yield ctx.finding(tpars[i], s, e, f"Name incomplete: the source has {f.text}",
                          category="Accuracy/Omission", confidence=0.6, suggestions=[f.text])


_LANGUAGE_NAMES = {"zh": "Chinese", "ja": "Japanese", "ru": "Russian", "fr": "French", "de": "German", "es": "Spanish"}


@rule("source/target-not-english", category="Accuracy/Untranslated", severity=Severity.MAJOR, confidence=0.8,
      scope=Scope.DOCUMENT, requires=("source",))
def target_not_english(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The whole translation is in another language: the source copied, or a wrong-language target.

    ## Why it matters
    A segment copied from the source (a tool's "copy source to target", an engine that passed
    the text through) or filled from the wrong language's memory leaves a sentence no English
    reader can read; word-level checks see only an odd word or two of it. Xbench and Okapi's
    QA check for a target identical to its source; this also catches another language.

    ## Examples
    bad:  [[Die Brücke bleibt wegen Bauarbeiten bis Freitag gesperrt.]] || source: Le pont reste fermé pour travaux jusqu'à vendredi.
    bad:  [[Le pont reste fermé pour travaux jusqu'à vendredi.]] || source: Le pont reste fermé pour travaux jusqu'à vendredi.
    good: The bridge stays closed for roadwork until Friday. || source: Le pont reste fermé pour travaux jusqu'à vendredi.
    good: Orchestre symphonique de Laval || source: Orchestre symphonique de Laval
    good: He read Le Petit Prince aloud to the class. || source: Il a lu Le Petit Prince à la classe.

    ## Known issues
    Only Chinese, Japanese, Russian, French, German and Spanish are told apart (by script and
    function words); a target of five words or fewer, or one with any English function word, is
    left alone (names and titles are often copied as they are).
    """
    tpars = [p for p in doc.paragraphs if p.text.strip()]
    words = [m.group() for p in tpars for m in WORD_TOKEN.finditer(p.text)]
    if len(words) <= 5 or any(w.casefold() in EN_FUNCTION for w in words) or sum(w.islower() for w in words) < 2:
        return
    lang = source_language(doc.text)
    if lang == "en":
        return
    copied = " ".join(doc.text.split()) == " ".join((doc.source or "").split())
    what = "is the source copied" if copied else f"reads as {_LANGUAGE_NAMES.get(lang, lang)}"
    par = tpars[0]  # a segment is one paragraph; a longer text is flagged where it starts
    yield ctx.finding(par, 0, len(par.text.rstrip()), f"The translation {what}, not English")


@rule("source/placeholder-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",))
def placeholder_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A placeholder or inline code of the source is missing from the translation, or one was added.

    ## Why it matters
    Placeholders (``%s``, ``%(name)s``, ``{name}``) and the inline codes of XLIFF and TMX
    (``<x/>``, ``<ph>``, ``<g>``, ``<bpt>``) stand for values and formatting that software fills
    in: a translation that loses one shows a hole or crashes the program, one that adds or renames
    one shows the wrong value. In bilingual files the codes come from the file (element and id);
    in plain text the format placeholders are found in both texts.

    ## Examples
    bad:  [[Deleted files.]] || source: %d fichiers supprimés.
    bad:  Hello [[{nom}->{name}]], welcome back. || source: Bonjour {name}, bon retour.
    bad:  Saved in %s on [[%d]]. || source: Enregistré dans %s.
    good: Deleted %d files. || source: %d fichiers supprimés.
    good: Hello {name}, welcome back. || source: Bonjour {name}, bon retour.
    good: Saved in %(folder)s by %(user)s. || source: Enregistré par %(user)s dans %(folder)s.
    good: Prices rose 50% of the time, or 5%, he said. || source: Les prix ont augmenté 50 % du temps, ou 5 %, a-t-il dit.
    good: Sales rose 100%. || source: Les ventes ont augmenté de 100 %.

    ## Known issues
    Codes are compared as a multiset: a reordered placeholder is fine (translations reorder),
    and two placeholders that swap meaning (``%s … %s``) are not detected.
    """
    tpars = [p for p in doc.paragraphs if p.text.strip()]
    if not tpars:
        return
    src, tgt = _codes_of(doc, tpars)
    if not src and not tgt:
        return
    extra, lost = _unmatched_codes(src, tgt)
    renamed = len(lost) == 1 and len(extra) == 1  # {nom} for {name}: one finding, with the fix in view
    for shown, index, length in extra:
        yield _added_code(ctx, tpars, shown, index, length, lost if renamed else [])
    if lost and not renamed:
        par = tpars[0]
        yield ctx.finding(par, 0, len(par.text.rstrip()), f"Placeholder{'s' if len(lost) > 1 else ''} of the source "
                          f"missing from the translation: {', '.join(lost[:5])}", category="Accuracy/Omission")


def _codes_of(doc, tpars: list[Paragraph]) -> tuple[list[tuple[str, str]], list[tuple[str, str, int, int]]]:
    """The source's codes as (key, shown) and the translation's as (key, shown, document offset,
    length): in a bilingual file those its reader found, keyed by element and id (an inline code
    has no length of its own in the text); in plain text the format placeholders of both texts."""
    from mtqa.bilingual import placeholders  # on first use: the checks against --source are the only users

    given = (doc.meta or {}).get("codes")
    if given is not None:
        src = [(c.key, c.shown) for c in given["source"]]
        tgt = [(c.key, c.shown, c.index, 1 if c.placeholder else 0) for c in given["target"]]
        return src, tgt
    flags = (doc.meta or {}).get("flags", ())
    src = [(shown, shown) for _, _, shown in placeholders.find(doc.source or "", flags)]
    tgt = [(shown, shown, p.to_doc(s), e - s) for p in tpars for s, e, shown in placeholders.find(p.text, flags)]
    return src, tgt


def _unmatched_codes(src: list[tuple[str, str]], tgt: list[tuple[str, str, int, int]]
                     ) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The translation's codes the source lacks (shown, offset, length) and the source's codes
    the translation lacks (shown), matched as a multiset: translations reorder placeholders."""
    pool: dict[str, list[str]] = {}
    for key, shown in src:
        pool.setdefault(key, []).append(shown)
    extra = []
    for key, shown, index, length in tgt:
        if pool.get(key):
            pool[key].pop()
        else:
            extra.append((shown, index, length))
    return extra, [shown for shows in pool.values() for shown in shows]


def _added_code(ctx: RuleContext, tpars: list[Paragraph], shown: str, index: int, length: int,
                suggestions: list[str]) -> RawFinding:
    """The finding on a code the source lacks: on the placeholder where it stands in the text, on
    its paragraph where it is an inline code (not in the text)."""
    par = _par_at(tpars, index)
    rel = index - par.to_doc(0)
    if length and 0 <= rel < len(par.text):
        return ctx.finding(par, rel, rel + length, f"Placeholder not in the source: {shown}", suggestions=suggestions)
    return ctx.finding(par, 0, len(par.text.rstrip()), f"Inline code not in the source: {shown}",
                       suggestions=suggestions)


def _par_at(pars: list[Paragraph], index: int) -> Paragraph:
    """The paragraph holding document offset `index` (the last one before it otherwise)."""
    best = pars[0]
    for p in pars:
        if p.to_doc(0) <= index:
            best = p
    return best


_SKELETON = [(pattern_cache.compile(a), b) for a, b in (("iy|yi|ii|ij|yj|j|y", "i"), ("w", "v"), ("kh", "h"), ("ts|tz", "c"),
                                                  ("ch|tch|tsch", "c"), ("sh|sch", "s"), ("zh", "z"))]


def _skeleton(name: str) -> str:
    """A name with the spellings romanisation systems disagree on folded together."""
    s = fold(name).casefold()
    for pattern, repl in _SKELETON:
        s = pattern.sub(repl, s)
    return s


_FR_CLAUSAL_WORDS = frozenset(w for w in FR_FUNCTION - FR_NAME_WORDS if len(w) > 1)


# Where the rule can find something: a CJK character (the Hangul jamo block and everything from
# the CJK radicals up: a superset of the four scripts whatever either engine's Unicode tables),
# or a French clausal word written as a whole word (a French run needs one, as written).
@rule("source/untranslated-text", category="Accuracy/Untranslated", severity=Severity.MAJOR, confidence=0.8,
      triggers=(Pattern("CJK or beyond", r"[\u1100-\u11FF\u2E80-\U0010FFFF]"),
                Phrases("French clausal word", tuple(sorted(_FR_CLAUSAL_WORDS)), ignorecase=False, boundary="letters")))
def untranslated_text(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Source-language text left untranslated in English copy: CJK script or a French clause.

    ## Why it matters
    Engines pass through what they cannot translate (a name in Chinese characters, a French
    quotation), and readers of the English copy cannot read it.

    ## Examples
    bad:  The company, [[华为技术]], denied the report.
    bad:  He said [[nous sommes très fiers de nos soldats]] on Monday.
    bad:  Officials from [[le ministère de la Défense nationale et les Forces]] met in Ottawa.
    good: She studied at the Université de Montréal and the Musée des beaux-arts.
    good: The Cirque du Soleil show opened on the Chemin de la Côte-des-Neiges.
    good: Smith et al. described the faux pas de deux as a tour de force.
    good: The motto Je me souviens appears on Quebec licence plates.
    good: She toured Big Sur, Des Moines, Elle Decor and Que Sera in March.
    good: Legislator Chen Chi-mai (陳其邁) called the meeting to order.
    bad:  Legislator Chen Chi-mai ([[陳其邁]] said) called the meeting to order.
    bad:  The meeting of ([[陳其邁]]) was called to order.
    good: Users dubbed it "the ferry shoving incident" ("渡轮推搡事件") within hours.
    good: One passenger (Zhou 周) scolded the boys, and the other (named Lin 林) filmed her.
    bad:  Users dubbed it "the ferry shoving incident" and [[渡轮推搡事件]] within hours.
    bad:  One passenger (the [[周]]) scolded the boys.
    bad:  One passenger (Zhou [[周]] said) scolded the boys.
    good: The premier thanked the crews.\\n\\nNous sommes de tout cœur avec les familles et les bénévoles. — Jane Roy (@janeroy) March 3, 2024
    bad:  The premier thanked the crews.\\n\\n[[Nous sommes de tout cœur avec les familles]], the premier wrote on Monday.

    An embedded social post or a block quotation (``mtqa.roles``: a post's signature, a
    ``pic.twitter.com`` link, a Markdown ``>`` block) is quoted as published, in its own
    language: a premier's French tweet inside an English story is not a leftover.

    A name or term given in its own script in parentheses right after its English form (``Chen
    Chi-mai (陳其邁)``, a quoted English term and its quoted original, ``"the incident"
    ("事件")``) or at the end of a parenthesis after its romanised form (``(Wang 王)``) is a
    gloss newspapers print on purpose, not a leftover.

    ## Known issues
    Only French and CJK are recognised; the French-name allowance means a long untranslated
    name made only of articles and prepositions (de la, du, des) passes.
    """
    text = par.text
    if not text.isascii():
        for m in CJK_RUN.finditer(text):
            if _gloss(text, m.start(), m.end()) or in_foreign_quotation(ctx, par, m.start()):
                continue
            yield ctx.finding(par, m.start(), m.end(), "Untranslated text in Chinese, Japanese or Korean script")
    # A French run needs one word French names do not carry (set tests: fast). Such a word
    # between spaces or punctuation is one of the paragraph's lower-case words: most
    # paragraphs are ruled out by the shared word set alone.
    if _FR_CLAUSAL_WORDS.isdisjoint(ctx.analysis(lower_words, par)) or \
            _FR_CLAUSAL_WORDS.isdisjoint(text.translate(_PUNCT_TO_SPACE).split()):
        return
    # French runs: consecutive word tokens with no English function word and no sentence
    # punctuation between them, holding three or more distinct French function words of which
    # at least one is not an article or preposition that French names carry.
    run: list[tuple[int, int, str]] = []

    def flush() -> Iterator[RawFinding]:
        fr = {w for _, _, w in run if w in FR_FUNCTION}
        lower = sum(1 for s0, _, w in run if w in FR_FUNCTION and text[s0].islower())
        if len(fr) >= 3 and fr & _FR_CLAUSAL_WORDS and lower >= 2:  # not a list of names (Big Sur, Des Moines, Elle)
            # from the first French function word to the word after the last one ("de nos soldats")
            idx = [k for k, (_, _, w) in enumerate(run) if w in FR_FUNCTION]
            hi = min(len(run) - 1, idx[-1] + 1)
            if not in_foreign_quotation(ctx, par, run[idx[0]][0]):
                yield ctx.finding(par, run[idx[0]][0], run[hi][1], "Untranslated French text")

    prev_end = 0
    for m in _FR_TOKEN.finditer(text):
        low = m.group().casefold()
        gap = text[prev_end:m.start()]
        prev_end = m.end()
        if low == "al" and run and run[-1][2] == "et" and gap.strip() == "":
            run.pop()  # "et al."
            continue
        if run and (low in EN_FUNCTION or any(c in _BREAKS for c in gap)):
            yield from flush()
            run = []
        if low not in EN_FUNCTION:
            run.append((m.start(), m.end(), low))
    if run:
        yield from flush()


# A gloss opens a parenthesis right after a capitalised word or a closing quotation mark (the
# original may sit in quotation marks of its own), or closes one that names it in romanised form.
_GLOSSED = lazy(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*|[”\"’])[ \u00a0]?[(（][“\"‘]?$")
_ROMANISED_BEFORE = lazy(r"[(（][^()（）\n]{0,30}?\p{Lu}[\p{L}\p{M}'’\-]*[ \u00a0]$")
_GLOSS_END = lazy(r"[”\"’]?[)）]")


def _gloss(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends a parenthesis as the original of the English just before it:
    a gloss (``Wang Yu-chi (王郁琦)``, ``"the incident" ("事件")``, ``(Wang 王)``)."""
    if not _GLOSS_END.match(text, end):
        return False
    lo = max(0, start - 40)
    return bool(_GLOSSED.search(text, lo, start) or _ROMANISED_BEFORE.search(text, lo, start))


def _english(f: Fact) -> str:
    """A date or time in Canadian Press style (Jan. 8, 2020; 2:30 p.m.)."""
    if f.kind == "time":
        h, mi = f.key
        return f"{h % 12 or 12}:{mi:02d} {'p.m.' if h >= 12 else 'a.m.'}" if mi else f"{h % 12 or 12} {'p.m.' if h >= 12 else 'a.m.'}"
    month, day, year = f.key
    name = _CP_MONTHS[month - 1]
    out = f"{name} {day}" if day else name
    return f"{out}, {year}" if year and day else (f"{out} {year}" if year else out)


_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?«»“”\"()[]’'"})
_CP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_FR_TOKEN = lazy(r"\p{L}+(?:-\p{L}+)*")
_BREAKS = frozenset(".!?;:()[]\"“”«»")
