"""Amounts whose currency changed in translation (元 rendered "dollars", 新元 rendered "yuan").

`source/currency-mismatch`: engines often render 元 as "dollars" or "$" (the word also means
"dollar" in Hong Kong and Taiwan usage), and a foreign currency named in Chinese as "yuan". The
check compares the currencies the two sides name. It speaks only when the translation names no
currency the source uses at all (a conversion keeps the original: "10 billion yuan ($1.4
billion)"), and not when the amount beside the foreign currency is a figure the source does not
have, which is a conversion in place of the original ("$1.4 billion" for 100亿元). Chinese
sources only: that is what it was measured on.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.figures import close
from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.source.analysis import Fact, facts

# Bare 元 counts only after a figure (一元化, 多元, 元旦, 单元 are no money) and not before a
# character that makes it another word (二元结构, 元素, 元首, 元年, 元月).
_FIGURE = r"(?:\d|[零〇一二两三四五六七八九十百千万亿])"
_SOURCE = (
    ("CNY", lazy(rf"{_FIGURE}[余多]?元(?![化论素首旦年月宵件帅老结制])|人民币")),
    ("USD", lazy(r"美元|美金")),
    ("HKD", lazy(r"港元|港币|港幣")),
    ("MOP", lazy(r"澳门元|澳門元|澳门币|葡币")),
    ("TWD", lazy(r"新台币|新台幣|台币")),
    ("SGD", lazy(r"新加坡元|新元|新币")),
    ("AUD", lazy(r"澳元|澳大利亚元")),
    ("CAD", lazy(r"加元|加拿大元")),
    ("EUR", lazy(r"欧元")),
    ("JPY", lazy(r"日元|日圓")),
    ("GBP", lazy(r"英镑")),
    ("KRW", lazy(r"韩元")),
    ("RUB", lazy(r"卢布")),
)
_DOLLARS = frozenset({"USD", "HKD", "MOP", "TWD", "SGD", "AUD", "CAD"})
# The translation's currency mentions, most specific first; a plain "$" or "dollars" may be
# any dollar. Weight ("pounds") and the verb "won" are not currencies, so those stay out.
_TARGET = (
    (lazy(r"\b(?:yuan|RMB|renminbi|CNY)\b"), frozenset({"CNY"})),
    (lazy(r"\bHK\$|\bHong Kong dollars?\b|\bHKD\b"), frozenset({"HKD"})),
    (lazy(r"\bS\$|\bSingapore dollars?\b|\bSGD\b"), frozenset({"SGD"})),
    (lazy(r"\bNT\$|\bTaiwan(?:ese)? dollars?\b|\bTWD\b"), frozenset({"TWD"})),
    (lazy(r"\bMOP\b\$?|\bpatacas?\b"), frozenset({"MOP"})),
    (lazy(r"\bA\$|\bAustralian dollars?\b|\bAUD\b"), frozenset({"AUD"})),
    (lazy(r"\bC\$|\bCanadian dollars?\b|\bCAD\b"), frozenset({"CAD"})),
    (lazy(r"\bUS\$|\bUSD\b|\bU\.S\. dollars?\b|\bUS dollars?\b"), frozenset({"USD"})),
    (lazy(r"(?<![A-Za-z])\$|\bdollars?\b"), _DOLLARS),
    (lazy(r"\beuros?\b|€"), frozenset({"EUR"})),
    (lazy(r"\byen\b"), frozenset({"JPY"})),
    (lazy(r"£|\bpounds? sterling\b"), frozenset({"GBP"})),
    (lazy(r"\brubles?\b|\broubles?\b"), frozenset({"RUB"})),
)
_NAMES = {"CNY": "yuan", "USD": "U.S. dollars", "HKD": "Hong Kong dollars", "MOP": "patacas",
          "TWD": "New Taiwan dollars", "SGD": "Singapore dollars", "AUD": "Australian dollars",
          "CAD": "Canadian dollars", "EUR": "euros", "JPY": "yen", "GBP": "pounds sterling", "KRW": "won",
          "RUB": "rubles"}
_NEAR = 24  # how far (characters) an amount may stand from its currency word ("18 billion yuan")


def source_currencies(source: str) -> frozenset[str]:
    """The currencies (ISO codes) a Chinese source names."""
    return frozenset(code for code, pattern in _SOURCE if pattern.search(source))


def currency_mentions(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, the currencies it may be) for each currency the English text names."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for pattern, codes in _TARGET:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), codes))
    return sorted(out, key=lambda x: x[0])


def _amount(figs: list[Fact], start: int, end: int) -> Fact | None:
    """The figure a currency mention goes with: right after a symbol ("$8,000"), or just before a
    word ("8,000 dollars", "18 to 21 billion yuan")."""
    after = [f for f in figs if 0 <= f.start - end <= 1]
    before = [f for f in figs if 0 <= start - f.end <= _NEAR]
    return after[0] if after else (before[-1] if before else None)


@rule("source/currency-mismatch", category="Accuracy/Mistranslation", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",), confidence=0.8)
def currency_mismatch(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An amount put in another currency than the source's: 元 as "dollars", 新元 as "yuan".

    ## Why it matters
    "$8,000" for 8000元 overstates the amount sevenfold, and "110 million yuan" for a
    Singapore budget of 1.1亿新元 names the wrong country's money; readers take the figure
    as written.

    ## Examples
    bad:  I would save more than [[$]]8,000 on the implant. || source: 我种牙能省8000多元。
    bad:  The price of tens of thousands of [[dollars]] put people off. || source: 动辄数万元的价格让人望而却步。
    bad:  It will bring 18 to 21 billion [[yuan]] in revenue. || source: 将带来180亿至210亿新元的旅游收入。
    good: I would save more than 8,000 yuan on the implant. || source: 我种牙能省8000多元。
    good: It costs 10 billion yuan ($1.4 billion). || source: 它耗资100亿元。
    good: The project will cost about $1.4 billion. || source: 这个项目耗资约100亿元。
    good: It will bring S$18 billion to S$21 billion in revenue. || source: 将带来180亿至210亿新元的旅游收入。
    good: Farmers in the dual urban-rural structure earn a few dollars a day. || source: 城乡二元结构下农民收入微薄。

    ## Known issues
    Chinese sources only. A translation that names both the source's currency and another
    is not judged (a conversion, or a mix the check cannot pair). A plain "$" or "dollars"
    passes for any dollar the source names (Hong Kong, Singapore, Taiwan, U.S.).
    """
    src, tgt, tpars = facts(doc, ctx)
    if src.lang != "zh" or not tpars:
        return
    have = source_currencies("\n".join(src.pars))
    if not have:
        return
    mentions = [(i, s, e, codes) for i, p in enumerate(tpars) for s, e, codes in currency_mentions(p.text)]
    if not mentions or any(codes & have for *_, codes in mentions):
        return
    src_values = [v for f in src.facts["figure"] for v in f.key.readings]
    figs_by_par: dict[int, list[Fact]] = {}
    for f in tgt.facts["figure"]:
        figs_by_par.setdefault(f.par, []).append(f)
    names = " or ".join(_NAMES[c] for c in sorted(have))
    for i, s, e, _codes in mentions:
        amount = _amount(figs_by_par.get(i, []), s, e)
        if amount is not None and not any(close(v, w) for v in amount.key.readings for w in src_values):
            continue  # a figure the source does not have: an amount converted, not relabelled
        yield ctx.finding(tpars[i], s, e, f"Currency not in the source: “{tpars[i].text[s:e]}”, where the source's "
                          f"amounts are in {names}", suggestions=(_NAMES[next(iter(have))],) if len(have) == 1 else ())
