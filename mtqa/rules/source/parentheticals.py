"""Bracketed asides of a Chinese or Japanese source that the translation drops.

`source/lost-parenthetical`: news sources put facts in brackets that engines tend to skip with
the brackets: a byline (【本报记者牛瑞飞】, (记者孙杰)), a dateline (（综合11日电）), a date
(（2月10日）), the outlet (（德国之声中文网）), a clarification (（产业园区）). A bracketed
*Latin-script* gloss after a transliterated name (阿里·哈梅内伊(Ali Khamenei)) is a different
thing: a translation rightly folds it into the name, so only asides written in CJK count.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Iterator

from mtqa.finding import OMITTED, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.source.analysis import anchor, facts
from mtqa.rules.source.language import CJK_CHAR

# One bracketed aside of the source (full-width, ASCII or lenticular brackets, not nested).
_ASIDE = lazy(r"[（(【\[]([^（）()【】\[\]]*)[）)】\]]")
_TARGET_BRACKET = lazy(r"[(\[【（]")
_DIGITS = lazy(r"\p{N}+")
_LATIN = lazy(r"\p{Latin}{2,}")
_TARGET_WORD = lazy(r"\p{Latin}+")
_CJK_RUN = lazy(r"[\p{Han}]{2,}")
MIN_CJK = 2  # an aside of one character (（注）, （图）) is a label, not content
MAX_READINGS = 32  # heteronyms multiply; past this a run is not a name worth tracing


@lru_cache(maxsize=4096)
def _readings(chars: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of a short run of Han characters, syllables joined."""
    from pypinyin import Style, pinyin

    options = [tuple(dict.fromkeys(s.casefold() for s in syl)) for syl in
               pinyin(chars, style=Style.NORMAL, heteronym=True, errors="ignore")]
    if not options or len(options) != len(chars):
        return ()
    count = 1
    for o in options:
        count *= len(o)
    if count > MAX_READINGS:
        options = [o[:1] for o in options]
    return tuple("".join(p) for p in product(*options))


def _target_keys(text: str) -> set[str]:
    """The translation's Latin words, alone and run together in twos and threes (a pinyin name
    is written "Sun Jie", "Niu Ruifei", "Zhao Bo-yang"), casefolded."""
    words = [w.casefold() for w in _TARGET_WORD.findall(text)]
    keys = set(words)
    for n in (2, 3):
        keys.update("".join(words[i:i + n]) for i in range(len(words) - n + 1))
    return keys


def traced(aside: str, target: str, keys: set[str]) -> bool:
    """Whether anything of the aside shows in the translation: one of its figures, one of its
    Latin-script words, or a run of two to four of its characters read as pinyin (a reporter's
    name, an agency: 新华 → Xinhua)."""
    numbers = set(_DIGITS.findall(target))
    if any(d in numbers for d in _DIGITS.findall(aside)):
        return True
    folded = target.casefold()
    if any(w.casefold() in folded for w in _LATIN.findall(aside)):
        return True
    for run in _CJK_RUN.findall(aside):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                if any(len(r) >= 5 and r in keys for r in _readings(run[i:i + n])):
                    return True
    return False


@rule("source/lost-parenthetical", category="Accuracy/Omission", severity=Severity.MAJOR,
      scope=Scope.DOCUMENT, requires=("source",), confidence=0.6)
def lost_parenthetical(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A bracketed aside of the Chinese or Japanese source is missing from the translation.

    ## Why it matters
    Chinese news puts bylines, datelines, dates, the outlet and clarifications in brackets.
    Engines tend to skip a bracketed aside whole, and the reader loses who reported, when, or
    what a term covers, with nothing in the English to show that anything was there.

    ## Examples
    bad:  [[The Beijing Stock Exchange will start margin trading on Monday.]] || source: (记者孙杰)北交所将于周一启动融资融券交易。
    bad:  [[The Biden administration on Friday blacklisted six Chinese entities.]] || source: （德国之声中文网）拜登政府周五（2月10日）将六家中国实体列入黑名单。
    good: Reporter Sun Jie: The Beijing Stock Exchange will start margin trading on Monday. || source: (记者孙杰)北交所将于周一启动融资融券交易。
    good: The Biden administration on Friday (February 10) blacklisted six Chinese entities, Deutsche Welle (DW) reports. || source: （德国之声中文网）拜登政府周五（2月10日）将六家中国实体列入黑名单。
    good: The number of all-optical industrial parks (industry parks) will exceed 100. || source: 全光工业园区(产业园区)数量超过100家。
    good: Supreme Leader Ayatollah Ali Khamenei issued an amnesty. || source: 最高领袖阿亚图拉·阿里·哈梅内伊(Ayatollah Ali Khamenei)发布了一项大赦令。

    ## Known issues
    Only Chinese and Japanese sources, and only asides with two or more CJK characters (a
    Latin-script gloss is folded into the name it glosses). When the translation has at least
    as many brackets as the source has such asides, every aside counts as kept. An aside
    rendered without brackets counts as kept when one of its figures, Latin words or names (read
    as pinyin) shows in the translation; one rendered purely in words (an outlet translated
    without brackets, "according to Deutsche Welle") is reported. The finding covers the
    translation sentence at the aside's relative place, with a lower confidence.
    """
    src, _, tpars = facts(doc, ctx)
    if src.lang not in ("zh", "ja") or not tpars:
        return
    asides = [(i, m) for i, par in enumerate(src.pars) for m in _ASIDE.finditer(par)
              if len(CJK_CHAR.findall(m.group(1))) >= MIN_CJK]
    if not asides:
        return
    target = "\n".join(p.text for p in tpars)
    if len(_TARGET_BRACKET.findall(target)) >= len(asides):
        return
    keys = _target_keys(target)
    placed: set[tuple[int, int]] = set()
    for par, m in asides:
        if traced(m.group(1), target, keys):
            continue
        where = anchor(src, tpars, par, m.start())
        if where is None or (where[0].index, where[1]) in placed:
            continue
        placed.add((where[0].index, where[1]))
        yield ctx.finding(where[0], where[1], where[2],
                          f"The source's bracketed {m.group()} is missing from the translation",
                          extra={OMITTED: m.group()})
