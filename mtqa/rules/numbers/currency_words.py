"""Amounts whose currency is written as a word after the figure or as a code, where news copy writes a sign.

Engines render the source's "197 millions de dollars", "197 Millionen Dollar" or "1.97亿美元"
word for word: "197 million dollars", "160.1 million U.S. dollars". Financial and Chinese
sources write ISO codes: "CAD 500 million", "USD 44.5 million". English news copy writes the
sign before the figure: $197 million, US$160.1 million, C$500 million, €5 million.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import DIGIT, Pattern
from mtqa.segment import Paragraph

_AMOUNT = r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale> (?:thousand|million|billion|trillion))?"
# A dollar's country, as a sign prefix: "U.S. dollars" → US$.
_DOLLAR_PREFIX = {"": "$", "U.S. ": "US$", "US ": "US$", "American ": "US$", "Canadian ": "C$",
                  "Australian ": "A$", "Hong Kong ": "HK$", "Singapore ": "S$", "New Zealand ": "NZ$"}
_DOLLAR_WORDS = "|".join(p.strip().replace(".", r"\.") for p in _DOLLAR_PREFIX if p)
# The dollar a locale's news copy writes as a bare or prefixed sign. A third country's dollar is
# foreign currency there, which AP and CP write in words after the figure (500 Singapore dollars):
# the sign is asked for only for the home dollar and the US dollar.
_US_DOLLAR = frozenset({"", "U.S. ", "US ", "American "})
_HOME_DOLLAR = {"en-CA": "Canadian ", "en-AU": "Australian ", "en-NZ": "New Zealand "}
# A figure, then "dollars": "197 million dollars", "45 U.S. dollars".
_DOLLARS_AFTER = lazy(
    rf"(?<![\p{{N}}$€£.,\-]){_AMOUNT} (?P<country>(?:{_DOLLAR_WORDS}) )?dollars(?![\p{{L}}\-])"
)
# A currency's ISO code, before or after the figure: "CAD 500 million", "44.5 million USD".
_SIGN_OF_CODE = {"USD": "US$", "CAD": "C$", "AUD": "A$", "HKD": "HK$", "SGD": "S$", "NZD": "NZ$", "EUR": "€",
                 "GBP": "£"}
_WORD_OF_CODE = {"CNY": "yuan", "RMB": "yuan", "JPY": "yen", "CHF": "Swiss francs"}
# Before the figure, the code of a currency with no English sign is the form financial and
# Chinese, Hong Kong and Swiss English copy use (RMB 4,500, CHF 1.2 million); after it ("4,500 RMB")
# it is the source's word order. A code with a sign (CAD, USD) is asked for its sign either way.
_CODES = "|".join([*_SIGN_OF_CODE, *_WORD_OF_CODE])
_CODE_AMOUNT = lazy(
    rf"(?<![\p{{L}}\p{{N}}$\-])(?P<code>{_CODES})[ \u00a0]?{_AMOUNT}(?![\p{{N}}\p{{L}}])"
    rf"|(?<![\p{{N}}$€£.,\-]){_AMOUNT.replace('num', 'num2').replace('scale', 'scale2')}[ \u00a0](?P<code2>{_CODES})"
    rf"(?![\p{{L}}\p{{N}}\-])"
)
_SCALES = "(?: (?:thousand|million|billion|trillion))?"
_DOLLAR_COUNTRIES = "(?:(?:" + _DOLLAR_WORDS + ") )?"


@rule(
    "numbers/currency-word",
    triggers=(Pattern("figure and dollars", rf"[{DIGIT}]{_SCALES} {_DOLLAR_COUNTRIES}dollars"),
              Pattern("currency code and figure", rf"(?:{_CODES}) ?[{DIGIT}]|[{DIGIT}]{_SCALES} (?:{_CODES})")),
    category="Locale convention/Currency format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def currency_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An amount in dollars written as a word after the figure (“197 million dollars”), or a currency's code beside it (“CAD 500 million”).

    ## Why it matters
    English news copy writes the currency's sign before the figure: $197 million, US$45,
    C$500 million, €5 million (yuan and yen are written as words after it: 3 million yuan).
    "197 million dollars" is the source's word order translated; "CAD 500 million" is a
    financial or official source's code left in the story. A third country's dollar is foreign
    currency, written in words (500 Singapore dollars), and a code with no English sign may stand
    before the figure (RMB 4,500); after it ("4,500 RMB") it keeps the source's order.

    ## Examples
    bad:  The company earned [[197 million dollars->$197 million]] last year.
    bad:  Sales reached [[160.1 million U.S. dollars->US$160.1 million]] in May.
    bad:  It reported an income of [[CAD 500 million->C$500 million]] and [[12 billion RMB->12 billion yuan]].
    bad:  The fund holds [[44.5 million USD->US$44.5 million]] in bonds.
    good: The company earned $197 million last year, and US$160.1 million in May.
    good: It cost millions of dollars, paid in U.S. dollars; a 20-dollar bill and five dollars.
    good: The CAD plan, the USD/CAD rate, 3 million yuan and the RMB's fall; see USD-2 and 3D CAD tools.
    good: Donors receive a subsidy of RMB 4,500, and the fee is CHF 1.2 million.
    good: Singapore expects 21 billion Singapore dollars in tourism revenue.

    ## Fix safety
    Unsafe: the sign that a code or a country names is written before the figure; a story
    about Canada may drop the C of C$.
    """
    text = par.text
    home = _HOME_DOLLAR.get(ctx.locale)
    for m in _DOLLARS_AFTER.finditer(text):
        country = m.group("country") or ""
        if country not in _US_DOLLAR and country != home:
            continue  # a third country's dollar: foreign currency, written in words
        sign = _DOLLAR_PREFIX[country]
        fixed = f"{sign}{m.group('num')}{m.group('scale') or ''}"
        yield ctx.finding(par, m.start(), m.end(), f"The dollar sign goes before the figure: {fixed}",
                          fix=Fix.unsafe(f"Write {fixed}", replacement=fixed), suggestions=(fixed,))
    for m in _CODE_AMOUNT.finditer(text):
        code = m.group("code") or m.group("code2")
        num = m.group("num") or m.group("num2")
        scale = m.group("scale") or m.group("scale2") or ""
        if m.group("code") and code in _WORD_OF_CODE:
            continue  # RMB 4,500: a code with no sign, before the figure
        if code in _SIGN_OF_CODE:
            fixed = f"{_SIGN_OF_CODE[code]}{num}{scale}"
        else:
            fixed = f"{num}{scale} {_WORD_OF_CODE[code]}"
        yield ctx.finding(par, m.start(), m.end(), f"A currency code beside the figure: news copy writes {fixed}",
                          fix=Fix.unsafe(f"Write {fixed}", replacement=fixed), suggestions=(fixed,))
