"""The raters' Accuracy spans no finding touches, by what evidence the source holds for them.

    python benchmarks/accuracy_misses.py [--eval DIR] [--set WMT23|TED] [--json OUT] [--examples N]

Issue #13 asks for recall of the errors raters mark as Accuracy (Mistranslation, Omission,
Addition, Untranslated / Source language fragment) where the source gives unambiguous evidence.
This counts, on one set's MT rows (with the source, built-in rules, LanguageTool off, en-US, as
`cross_set.py` checks them), the Accuracy spans no finding touches — a target span no finding
overlaps; a source-side omission span no finding names text in (`Finding.extra["omitted"]`) on a
row that no length check flagged — and puts each in every kind of evidence it has:

  * number: a figure in the span (digits, or CJK numerals of 10 or more: 一 is mostly an
    article) no reading of which (`mtqa.figures`: locale separators, scales, rounding) agrees with
    a figure of the other side; month names count as their numbers, so 2月11日 and "Feb. 11" agree;
  * latin name: a Latin-script word of the source span (a name, an acronym) the translation
    lacks; or a capitalised word of a target span the source writes in Latin script otherwise;
  * chinese name: an omission span holding characters that read (pypinyin, every reading) as a
    pinyin name "Surname Given" that some system's translation of the segment writes, the given
    name missing from this translation;
  * source script: CJK characters left in a target span;
  * no counterpart: an omission span holding a whole source sentence or clause (it runs from a
    sentence or clause boundary to the next and holds 8 CJK characters or more);
  * negation: a target span holding an English negator (not, n't, no, never, none, nobody,
    nothing, neither, nor, without, cannot) where the source has no Chinese negator at all, or an
    omission span holding a Chinese negator where the translation has no English one at all. The
    Chinese negators: 不 and 没(有), the two standard ones (Li & Thompson 1981, *Mandarin Chinese:
    A Functional Reference Grammar*, the chapter on negation; Xiao & McEnery 2008, *Negation in
    Chinese: a corpus-based study*, Journal of Chinese Linguistics 36(2)), 别 (the negative
    imperative) and the written register's 未, 无, 非, 勿, 否 (this list's own addition), each
    outside a list of words in which the character does not negate (非常 "very", 未来 "future");
  * none of these.

A span can have several kinds; each is counted once per kind and once in `any`. The examples
printed are the data's own (read them here, never copy them into tests or rules).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from benchmarks.accuracy import load, omission_marked  # noqa: E402
from mtqa import Checker  # noqa: E402
from mtqa.figures import Agreement, figures  # noqa: E402

SETS = {"TED": "wmt21-tedtalks", "WMT23": "wmt23-generalMT-news"}
ACCURACY = ("Accuracy/Mistranslation", "Accuracy/Omission", "Accuracy/Addition", "Accuracy/Untranslated",
            "Accuracy/Source language fragment")
KINDS = ("number", "latin name", "chinese name", "source script", "no counterpart", "negation", "none")
SEGMENT_WIDE = ("source/length-mismatch", "source/partial-omission")

_MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september "
                                          "october november december".split())}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.'’-]*[A-Za-z0-9]|[A-Z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BOUNDARY = "。！？；!?;，,：:\n"
# 不 bù, 没(有) méi(yǒu) (Li & Thompson 1981; Xiao & McEnery 2008), 别 bié, and the written 未 wèi, 无 wú,
# 非 fēi, 勿 wù, 否 fǒu. Words in which the character does not negate are taken out first.
_ZH_NEGATOR = re.compile(r"[不没沒未无無非别別勿否]")
_ZH_NOT_NEGATING = re.compile(
    r"不过|不過|不断|不斷|不少|不仅|不僅|不但|不久|不同|不论|不論|不管|不得不|不禁|不少于|不足|不利|不安|不良|不幸|不满|不适"
    r"|没收|未来|未來|未婚|无论|無論|无数|無數|无法|非常|非洲|是否|能否|可否|否则|否則|别人|別人|分别|分別|特别|特別|区别|區別|别墅"
    r"|无人机|無人機|并非|莫非|除非|无疑|毫无|几乎无|无限|无线|無線")
_EN_NEGATOR = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n['’]t\b", re.I)


def _values(text: str, lang: str) -> Agreement:
    vals = {v for f in figures(text, lang) for v in f.readings}
    if lang == "en":
        vals |= {float(_MONTHS[m.group(1).casefold()]) for m in _MONTH_WORD.finditer(text)}
    return Agreement(vals)


def _lone_figures(span: str, span_lang: str, other: str, other_lang: str) -> list[str]:
    """Figures of `span` no reading of which agrees with a figure of `other`."""
    theirs = _values(other, other_lang)
    return [f.text for f in figures(span, span_lang)
            if (f.written == "digits" or f.written == "cjk" and f.value >= 10) and not theirs.agrees(f.readings)]


_PINYIN_NAME = re.compile(r"\b([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)\b")


def _readings(text: str) -> list[set[str]]:
    from pypinyin import Style, pinyin

    return [set(r) for r in pinyin(list(text), style=Style.NORMAL, heteronym=True,
                                   errors=lambda x: [["?"]] * len(x))]  # type: ignore[arg-type,return-value]


def _reads(readings: list[set[str]], at: int, word: str) -> int:
    """How many characters from `at` read `word` (pinyin syllables run together), 0 if none (1 to 2)."""
    for n in (1, 2):
        if at + n > len(readings):
            break
        combos = {""}
        for r in readings[at:at + n]:
            combos = {c + x for c in combos for x in r}
        if word in combos:
            return n
    return 0


def names_in_source(span: str, names: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pinyin names (surname, given) among `names` whose characters stand in `span`."""
    readings = _readings(span)
    out = set()
    for sur, given in names:
        s, g = sur.casefold(), given.casefold().replace("-", "")
        for i in range(len(readings)):
            if s in readings[i] and _reads(readings, i + 1, g):
                out.add((sur, given))
                break
    return out


def _zh_negations(text: str) -> int:
    return len(_ZH_NEGATOR.findall(_ZH_NOT_NEGATING.sub("", text)))


def kinds_of(err: dict, row: dict, names: set[tuple[str, str]] | None = None) -> list[str]:
    """Every kind of source evidence one untouched Accuracy span has (see the docstring); `names`
    are the pinyin names the segment's translations write, for finding names in a Chinese span."""
    source, target = row["source"], row["target"]
    on_source = err in row["source_side_errors"]
    span = err["text"]
    out = []
    if on_source:
        if _lone_figures(span, "zh", target, "en"):
            out.append("number")
        if any(w.casefold() not in target.casefold() for w in _LATIN.findall(span) if len(w) > 1):
            out.append("latin name")
        if any(given.casefold().replace("-", "") not in target.casefold().replace("-", "")
               for _, given in names_in_source(span, names or set())):
            out.append("chinese name")
        s, e = err["start"], err["end"]
        starts = s == 0 or source[s - 1] in _BOUNDARY or source[s] in _BOUNDARY
        ends = e >= len(source.rstrip()) or source[e - 1] in _BOUNDARY or (e < len(source) and source[e] in _BOUNDARY)
        if starts and ends and len(_CJK.findall(span)) >= 8:
            out.append("no counterpart")
        if _zh_negations(span) and not _EN_NEGATOR.search(target):
            out.append("negation")
    else:
        if _lone_figures(span, "en", source, "zh"):
            out.append("number")
        latin_source = {w.casefold() for w in _LATIN.findall(source) if len(w) > 1}
        if latin_source and any(w[:1].isupper() and w.casefold() not in latin_source and len(w) > 1
                                and w.casefold() not in target.casefold().replace(w.casefold(), "", 1)
                                for w in _LATIN.findall(span)) and \
                any(w not in target.casefold() for w in latin_source):
            out.append("latin name")
        if _CJK.search(span):
            out.append("source script")
        if _EN_NEGATOR.search(span) and not _zh_negations(source):
            out.append("negation")
    return out or ["none"]


def findings_of(rows: list[dict], checker: Checker) -> list[list]:
    cached: dict = {}
    out = []
    for row in rows:
        key = (row["target"], row["source"])
        if key not in cached:
            cached[key] = checker.check(row["target"], source=row["source"]).findings
        out.append(cached[key])
    return out


def untouched(row: dict, found: list) -> list[dict]:
    """The row's Accuracy spans no finding touches."""
    out = []
    wide = any(f.rule_id in SEGMENT_WIDE for f in found)
    for e in row["errors"]:
        if not e["category"].startswith(ACCURACY):
            continue
        s, t = e["start"], e["end"]
        if any((f.span.start <= s <= f.span.end) if s == t else (f.span.start < t and s < f.span.end) for f in found):
            continue
        out.append(e)
    for e in row["source_side_errors"]:
        if not e["category"].startswith("Accuracy/Omission") or wide:
            continue
        if any(omission_marked(f, row["source"], [e]) for f in found):
            continue
        out.append(e)
    return out


def measure(rows: list[dict], checker: Checker, examples: int) -> dict:
    found = findings_of(rows, checker)
    names: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for row in rows:  # the pinyin names any translation of the segment writes
        names[row["seg_id"]].update(_PINYIN_NAME.findall(row["target"]))
    by_cat: dict[str, Counter] = defaultdict(Counter)
    major: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, list] = defaultdict(list)
    total: Counter = Counter()
    for row, fs in zip(rows, found):
        for e in untouched(row, fs):
            cat = "Accuracy/Omission" if e["category"].startswith("Accuracy/Omission") else e["category"]
            ks = kinds_of(e, row, names[row["seg_id"]])
            total[cat] += 1
            for k in ks:
                by_cat[cat][k] += 1
                major[cat][k] += e["severity"] == "Major"
                if len(shown[k]) < examples:
                    shown[k].append({"lone": _lone_figures(e["text"], *(("zh", row["target"], "en") if e in row["source_side_errors"] else ("en", row["source"], "zh"))),"system": row["system"], "seg_id": row["seg_id"], "category": cat,
                                     "span": e["text"], "source": row["source"][:160], "target": row["target"][:200]})
            if ks != ["none"]:
                by_cat[cat]["any"] += 1
                major[cat]["any"] += e["severity"] == "Major"
    return {"untouched": dict(total),
            "by_kind": {c: {k: by_cat[c][k] for k in (*KINDS, "any") if by_cat[c][k]} for c in by_cat},
            "major_by_kind": {c: {k: major[c][k] for k in (*KINDS, "any") if major[c][k]} for c in major},
            "examples": shown}


def table(name: str, m: dict) -> str:
    cols = (*KINDS, "any")
    lines = [f"{name}: Accuracy spans no finding touches, by the source's evidence (Major in brackets)",
             "| category | untouched | " + " | ".join(cols) + " |", "|---|---:|" + "---:|" * len(cols)]
    for cat, n in sorted(m["untouched"].items(), key=lambda kv: -kv[1]):
        row = m["by_kind"].get(cat, {})
        maj = m["major_by_kind"].get(cat, {})
        lines.append(f"| {cat} | {n} | " + " | ".join(f"{row[k]} ({maj.get(k, 0)})" if row.get(k) else ""
                                                        for k in cols) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "wmt-mqm"))
    ap.add_argument("--set", choices=sorted(SETS), default="WMT23")
    ap.add_argument("--json", help="write the figures (and examples) here as JSON")
    ap.add_argument("--examples", type=int, default=0, help="keep this many of the data's spans per kind")
    args = ap.parse_args()
    path = Path(args.eval) / "mqm_zhen_segments.jsonl"
    if not path.is_file():
        print(f"accuracy_misses: no MQM segments at {path} (pass --eval DIR)", file=sys.stderr)
        return 2
    rows = [r for r in load(path) if r["testset"] == SETS[args.set] and not r["is_human_reference"]]
    m = measure(rows, Checker(locale="en-US", languagetool="off"), args.examples)
    print(table(args.set, m))
    if args.json:
        Path(args.json).write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
