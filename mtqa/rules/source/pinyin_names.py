"""Chinese names in pinyin against the characters of a Chinese or Japanese source (the
`source/name-mismatch` rule's own reading of such a source): which words of the translation
read as a pinyin name, and which run of the source's characters reads them.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import OMITTED
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext
from mtqa.rules.source.analysis import anchor
from mtqa.rules.source.language import CJK_CHAR, WORD_TOKEN
from mtqa.segment import Paragraph


# Common Chinese surnames in pinyin: a capitalised word that is one of these, followed by a one-word
# given name, is read as a pinyin name (Vietnamese, Korean and Wade-Giles names are not).
_CN_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren
    shen yao jiang cui zhong tan lu wang fan jin shi liao jia xia fu fang zou xiong bai meng qin qiu hou jiang yin xue
    yan duan lei long li shi tao he mao hao gu gong shao wan qian yan tan wu dai mo kong xiang chang tang kang""".split())
_PINYIN_SYLLABLE = lazy(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|"
    r"ua|uo|ue|ia|ie|iu|ui|er|a|o|e|i|u|v|ü)(?![aeiouü])", regex.I)


def _syllables(word: str) -> list[str] | None:
    """A word split into pinyin syllables (Yonggang → yong, gang), or None if it is not pinyin."""
    out, pos, w = [], 0, word.casefold()
    while pos < len(w):
        m = _PINYIN_SYLLABLE.match(w, pos)
        if not m or m.end() == pos:
            return None
        out.append(m.group())
        pos = m.end()
    return out


def pinyin_name_findings(source: str, tpars: list[Paragraph], ctx: RuleContext, lang: str) -> Iterator[RawFinding]:
    """Chinese names: a pinyin name in the translation compared with the readings of the source's
    characters. A name one syllable off a name of the source is "changed" (on the given name);
    with a Chinese source, a name whose syllables no run of the source's characters reads is
    "not in the source" (on the whole name): engines swap the surname (郑永刚 → Yang Yonggang),
    garble the given name (李絮枫 → Li Kao) or invent a name outright."""
    if not CJK_CHAR.search(source):
        return
    chars = [c for c in source]
    readings = _readings(chars)
    for p in tpars:
        for m in _PINYIN_NAME.finditer(p.text, overlapped=True):
            surname = m.group(1).casefold()
            sylls = _given_syllables(surname, m.group(2))
            if sylls is None or _reads_at(readings, [surname, *sylls]):
                continue
            near = _one_syllable_off(surname, sylls, chars, readings)
            if len(near) == 1:
                i = near[0]
                han = source[i:i + 1 + len(sylls)]
                yield ctx.finding(p, m.start(2), m.end(2), f"Name changed: the source has {han}")
            elif not near and lang == "zh":
                yield _name_not_in_source(p, m, sylls, chars, readings, ctx)


def _readings(chars: list[str]) -> list[set[str]]:
    """Every pinyin reading of each character of the source (a heteronym has several; a
    character of no Chinese reading reads "?")."""
    from pypinyin import Style, pinyin  # on first use: the checks against --source are the only users

    return [set(r) for r in pinyin(chars, style=Style.NORMAL, heteronym=True,
                                   errors=lambda x: [["?"]] * len(x))]  # type: ignore[arg-type,return-value]


def _given_syllables(surname: str, given: str) -> list[str] | None:
    """The syllables of the given name when the two words read as a Chinese name in pinyin: a
    common surname, itself pinyin, and a given name of one or two syllables; else None."""
    sylls = _syllables(given.replace("-", ""))
    if surname not in _CN_SURNAMES or not sylls or not 1 <= len(sylls) <= 2 or _syllables(surname) is None:
        return None
    return sylls


def _one_syllable_off(surname: str, sylls: list[str], chars: list[str], readings: list[set[str]]) -> list[int]:
    """Where the source writes the surname followed by as many characters as the given name has
    syllables, all read but one, and that one read close to a reading of its character."""
    import difflib  # on first use: the checks against --source are the only users

    spots = [i for i, r in enumerate(readings) if surname in r and i + len(sylls) < len(readings)]
    return [i for i in spots if all(CJK_CHAR.match(chars[i + 1 + k]) for k in range(len(sylls)))
            and sum(sy not in readings[i + 1 + k] for k, sy in enumerate(sylls)) == 1
            and any(difflib.SequenceMatcher(None, sy, r).ratio() >= 0.6
                    for k, sy in enumerate(sylls) for r in readings[i + 1 + k] if sy not in readings[i + 1 + k])]


_PINYIN_NAME = lazy(r"(?<![\p{L}-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}-])")


def _reads_at(readings: list[set[str]], sylls: list[str]) -> list[int]:
    """Where consecutive characters of the source read the syllables `sylls`."""
    n = len(sylls)
    return [i for i in range(len(readings) - n + 1) if all(sy in readings[i + k] for k, sy in enumerate(sylls))]


def _name_not_in_source(p: Paragraph, m, sylls: list[str], chars: list[str], readings: list[set[str]],
                        ctx: RuleContext) -> RawFinding:
    """A pinyin name no run of the source's characters reads; when its given name follows another
    surname in the source (郑永刚 for "Yang Yonggang"), that name is the suggestion."""
    found = {i - 1 for i in _reads_at(readings, sylls) if i > 0 and CJK_CHAR.match(chars[i - 1])}
    sugg: list[str] = []
    note = ""
    if len(found) == 1:
        i = found.pop()
        note = f" (the source has {''.join(chars[i:i + 1 + len(sylls)])})"
        if len(readings[i]) == 1:
            sugg = [f"{next(iter(readings[i])).capitalize()} {m.group(2)}"]
    return ctx.finding(p, m.start(), m.end(), f"Name not in the source: no characters of the source read "
                       f"{m.group()}{note}", suggestions=sugg)


# A person Chinese news names after a role word (记者, 主任, 患者 ...), the name followed by what
# the person does or by punctuation: 主任王明表示, （记者李华）.
_ROLE_NAME = lazy(r"(?:记者|通讯员|主席|总统|总理|首相|部长|外长|市长|省长|主任|书记|委员|院长|校长|局长|董事长|总经理|总裁"
                  r"|创始人|发言人|患者|教授|研究员|医生|律师|大使|顾问|队长|教练)(?P<name>\p{Han}{2,3}?)"
                  r"(?=表示|指出|说|称|认为|分析|强调|介绍|出席|会见|发表|透露|回应|[，,：:、）)\s])")
# The initial a surname keeps in Wade–Giles besides pinyin's (Zhao → Chao, Xia → Hsia, Zeng → Tseng).
_WADE_GILES_INITIAL = {"zh": "c", "x": "h", "q": "c", "j": "c", "z": "t", "c": "t", "r": "j", "b": "p", "d": "t",
                       "g": "k"}


def lost_chinese_names(src, tpars: list[Paragraph], ctx: RuleContext) -> Iterator[RawFinding]:
    """A person the Chinese source names after a role word, no syllable of whose name begins any
    capitalised word of the translation (in pinyin or Wade–Giles): the name was dropped. Lenient
    by design: a capitalised word with the initial of any syllable counts as the name kept, for a
    name is also written in the romanisation of its own country (范明政, a Vietnamese name, as
    Pham Minh Chinh) and a foreign name transliterated keeps its sounds (马斯克, Musk)."""
    from pypinyin import Style, pinyin

    initials = {w[:1].casefold() for p in tpars for w in WORD_TOKEN.findall(p.text) if w[:1].isupper()}
    for i, par in enumerate(src.pars):
        for m in _ROLE_NAME.finditer(par):
            name = m.group("name")
            # each character's usual reading, the first one's alone (in context 了解 reads liao, a surname)
            sylls = [pinyin(name[0], style=Style.NORMAL)[0][0]] + [r[0] for r in pinyin(name[1:], style=Style.NORMAL)]
            if sylls[0] not in _CN_SURNAMES:
                continue
            heads = {sy[:2] if sy.startswith(("zh", "ch", "sh")) else sy[:1] for sy in sylls}
            if any(h[0] in initials or _WADE_GILES_INITIAL.get(h, "") in initials for h in heads):
                continue
            where = anchor(src, tpars, i, m.start("name"))
            if where is not None:
                yield ctx.finding(where[0], where[1], where[2], f"Name in the source missing from the translation: "
                                  f"{name}", category="Accuracy/Omission", confidence=0.6, extra={OMITTED: name})
