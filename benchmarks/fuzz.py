"""Fuzz mtqa's readers, `--fix`, configuration, LSP settings and `mtqa serve`'s request parsing.

    python benchmarks/fuzz.py --seconds 300 [--target NAME ...] [--seed 1] [--out DIR]
    python benchmarks/fuzz.py --atheris --target xliff -- -max_total_time=300   # coverage-guided

Why: hostile or broken input must end in a clear message (mtqa's own errors), never a traceback,
a hang or a memory blow-up, and `--fix` must neither lose nor duplicate a change. Hypothesis-style
unit tests sample small inputs; this script runs many more for a time budget, with inputs built
from each format's own pieces (tags, entities, PO keywords, Markdown blocks, the words the rules
look for) and then mutated (cut, spliced, doubled, bytes flipped), so the parsers see both
nearly-valid files and garbage.

Each target takes a `Draw` (the source of choices: a seeded `random.Random`, or atheris's
`FuzzedDataProvider` with `--atheris`, which makes the same grammar coverage-guided) and checks
its oracle:

* no exception but mtqa's own (`MtqaError`: a clear message, exit 2 from the command line);
* time per input within `BUDGET_S + BUDGET_PER_CHAR_S * len(input)` (far over linear is a finding);
* `--fix`: fixing the fixed text again changes nothing; characters outside the edits the fixes
  made are kept; a bilingual file stays a readable file with the same segments and sources.

A failing input is written to `--out` (one small file each) and printed; the summary gives the
executions and seconds per target. A *slow* input is kept too, though it passes every oracle
(stop 46: a stall was lost when the run was stopped by hand): one that takes over `SLOW_FACTOR`
(10) times the median time per character of the target's inputs of its size (within a factor
of two) so far, with the time each rule took on it (`Checker(timings_by_rule=True)`, summed over
its checks and the `--fix` loop's) in its `.why` file; and the input in flight is written first
(`<target>-running.input`, gone when it ends), so an input that never ends is kept when the run
is stopped. Findings worth keeping go to `tests/fixtures/fuzz/`, replayed by
`tests/test_fuzz_regressions.py`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed

from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

BUDGET_S = 5.0             # a hang guard per input, not a speed limit (a loaded, shared machine)
BUDGET_PER_CHAR_S = 2e-3   # ~ what a check costs per character, with room to spare
# targets whose every input does a whole job, whatever its size: native-cache rebuilds the native
# scanner from its tables and keeps it (its DFAs made again: ~1 s alone, 5-6 s on this shared
# machine), cat-xliff-fix runs `mtqa check --fix` twice over two or three files
TARGET_BUDGET_S = {"native-cache": 30.0, "cat-xliff-fix": 30.0}
# An input is kept as slow when it takes this many times the median seconds per character of
# the target's earlier inputs of its size (within a factor of two; of every size while fewer
# than SLOW_SAMPLES are that size), and at least SLOW_FLOOR_S: 10 is far past the spread of
# one shape's inputs on the shared machine (~3x) and well under a quadratic path's growth
# across the 100- to 20,000-character pieces the generators splice in.
SLOW_FACTOR = 10.0
SLOW_SAMPLES = 5
SLOW_FLOOR_S = 1.0


# ---- the source of choices ------------------------------------------------------------------

class Draw:
    """Choices for the generators: from a seeded Random, or from atheris's data provider."""

    def __init__(self, rng: random.Random | None = None, fdp=None) -> None:
        self.rng, self.fdp = rng, fdp

    def int(self, lo: int, hi: int) -> int:
        if self.fdp is not None:
            return self.fdp.ConsumeIntInRange(lo, hi)
        return self.rng.randint(lo, hi)  # type: ignore[union-attr]

    def pick(self, items):
        return items[self.int(0, len(items) - 1)]

    def chance(self, percent: int) -> bool:
        return self.int(0, 99) < percent

    def text(self, alphabet: str, most: int) -> str:
        return "".join(self.pick(alphabet) for _ in range(self.int(0, most)))


# ---- pieces -----------------------------------------------------------------------------

WORDS = ["the", "the the", "Prime Minister", "premier", "Ministry of Health", "said", "and and", "Mr",
         "Mr.", "Ottawa", "Québec", "“", "”", '"', "'", "’", "«", "»", " ,", " .", "..", "—", "–", "-",
         "10 %", "1,000", "1.000", "$5", "5$", "p.m.", "pm", "Jan.", "U.S.", "deputies", "MNA",
         "(Liberal – Laurier)", "lieutenant-colonel.", "Share on Facebook", "Read more", "Ã©",
         "\u00a0", "\u200b", "\u2028", "\t", "\r\n", "\n", "\n\n", "😀", "é", "ß", "İ", "ﬁ", "\u0301",
         "%s", "{name}", "%(x)s", "&amp;", "&lt;", "<", ">", "&", "\\", "`", "*", "_", "#", "[", "]",
         "(", ")", "http://x.ca", "mtqa: ignore", "<!-- mtqa: ignore -->", "noqa", "1.", "-", ">"]
ODD = "\x00\x01\x0b\x0c\x1b\x7f\x85\ud800\ufeff\ufffe\uffff\U0010ffff"


def words(d: Draw, most: int = 30) -> str:
    out = []
    for _ in range(d.int(0, most)):
        out.append(d.pick(WORDS) if d.chance(70) else d.text("abcdefgh ABCxyz.,;:'\"()-\n", 8))
        out.append(" " if d.chance(80) else "")
    return "".join(out)


def mutate(d: Draw, s: str, rounds: int = 3) -> str:
    """Cut, splice, double, delete, insert odd characters: nearly-valid files become broken ones."""
    for _ in range(d.int(0, rounds)):
        if not s:
            break
        i, j = sorted((d.int(0, len(s)), d.int(0, len(s))))
        k = d.int(0, 7)
        if k == 0:
            s = s[:i]
        elif k == 1:
            s = s[:i] + s[j:]
        elif k == 2:
            s = s[:j] + s[i:j] + s[j:]
        elif k == 3:
            s = s[:i] + d.pick(ODD) + s[i:]
        elif k == 4:
            s = s[:i] + d.pick(WORDS) + s[i:]
        elif k == 5:
            s = s[:i] + s[i:j] * d.int(2, 20) + s[j:]
        elif k == 6:
            s = s[:i] + s[i:j].upper() + s[j:]
        else:
            s = s[:i] + "\r" + s[i:]
    return s


# ---- real copy, made hostile -------------------------------------------------------------

# What a pathological line is made of: a run of one character, brackets and quotes nested deep,
# letters under many accents, right-to-left and zero-width marks between words.
RUNS = ["a", " ", ".", "-", "—", "'", '"', "“", "(", "[", "*", "_", "#", "é", "\u0301", "\u200b", "\u202e", "\t", "0",
        "A", "\u00a0", ",", ":", "/", "&", "<", "!"]
OPEN_CLOSE = [("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"'), ("'", "'"),
              ("<b>", "</b>"), ("*", "*"), ("`", "`")]
DIRECTIONAL = ["\u200f", "\u200e", "\u202b", "\u202e", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d",
               "\u2060", "\ufeff", "مرحبا", "שלום", "\u0627\u0644"]
ACCENTS = "\u0300\u0301\u0302\u0303\u0308\u0327\u030c"


def real_copy() -> list[str]:
    """The seed articles and the tuning half's excerpts (never the held-back half's)."""
    if "copy" not in _COPY:
        from benchmarks.corpus.load import load_excerpts

        bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        _COPY["copy"] = bodies + [e.body for e in load_excerpts(halves=("tune",))]
    return _COPY["copy"]


_COPY: dict[str, list[str]] = {}


def hostile(d: Draw, s: str) -> str:
    """One pathological piece spliced into `s`: a long run, deep nesting, piled accents,
    direction and zero-width marks, or every line joined into one."""
    i = d.int(0, len(s))
    k = d.int(0, 5)
    if k == 0:
        piece = d.pick(RUNS) * d.int(100, 20_000)
    elif k == 1:
        o, c = d.pick(OPEN_CLOSE)
        depth = d.int(10, 2_000)
        piece = o * depth + words(d, 5) + c * d.int(0, depth)
    elif k == 2:
        j = min(len(s), i + d.int(1, 2_000))
        s, i = s[:i] + "".join(ch + d.text(ACCENTS, 6) for ch in s[i:j]) + s[j:], 0
        piece = ""
    elif k == 3:
        piece = "".join(d.pick(DIRECTIONAL) + d.pick(WORDS) for _ in range(d.int(1, 200)))
    elif k == 4:
        return s.replace("\n", " ")
    else:
        piece = (words(d, 8) + " ") * d.int(50, 2_000)
    return s[:i] + piece + s[i:]


def excerpt_text(d: Draw) -> str:
    """A few paragraphs of real copy (the seed, the tuning half) with hostile pieces spliced in."""
    paragraphs = d.pick(real_copy()).split("\n\n")
    start = d.int(0, len(paragraphs) - 1)
    s = "\n\n".join(paragraphs[start:start + d.int(1, 6)])
    for _ in range(d.int(1, 3)):
        s = hostile(d, s)
    return mutate(d, s, 1)


def plain_text(d: Draw) -> str:
    return "\n\n".join(words(d) for _ in range(d.int(1, 5)))


def markdown_text(d: Draw) -> str:
    blocks = []
    for _ in range(d.int(1, 8)):
        k = d.int(0, 11)
        body = words(d, 12)
        blocks.append([
            f"# {body}", f"## {body}\n", f"- {body}\n- {words(d, 6)}", f"1. {body}", f"> {body}\n> {words(d, 5)}",
            f"```\n{body}\n```", f"    {body}", f"[{body}]({d.pick(['http://a.ca', '', '<x>', '('])})",
            f"| a | b |\n|---|---|\n| {body} | {words(d, 3)} |", f"<div>{body}</div>", f"*{body}* __{words(d, 4)}__",
            f"{body}\n{'=' * d.int(1, 5)}"][k])
    return mutate(d, "\n\n".join(blocks), 2)


def html_text(d: Draw) -> str:
    tags = ["p", "div", "span", "script", "style", "b", "i", "a", "br", "h1", "li", "ul", "q", "blockquote",
            "title", "head", "body", "html", "pre", "code", "table", "td", "tr", "noscript", "template", "svg",
            "textarea", "iframe", "figure", "figcaption"]
    out = []
    for _ in range(d.int(1, 14)):
        k = d.int(0, 7)
        t = d.pick(tags)
        if k == 0:
            out.append("<" + t + d.pick(HTML_ATTRS) + ">")
        elif k == 1:
            out.append(f"</{t}>")
        elif k == 2:
            out.append(d.pick(["&amp;", "&nbsp;", "&#8220;", "&#x201d;", "&bogus;", "&#0;", "&#x110000;",
                               "&#55296;", "&", "&#"]))
        elif k == 3:
            out.append(d.pick(["<!-- x -->", "<!--", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?php x ?>", "-->"]))
        else:
            out.append(words(d, 10))
    return mutate(d, "".join(out), 2)


HTML_ATTRS = ["", " class=x", " lang=fr", " translate=no", ' a="<"']
CODE_ATTRS = ["", ' ctype="bold"', ' equiv-text="x"']
SEG_STATES = ["", ' state="translated"', ' state="final"']
NO_TRANSLATE = ["", ' translate="no"']
SRCLANG = ["", ' srclang="fr"', ' srclang="*all*"']
TU_EXTRA = ["", '<prop type="x">y</prop>', "<note>mtqa: ignore</note>"]
XLIFF_TAGS = ["g", "x", "ph", "bpt", "ept", "it", "mrk", "sub", "bx", "ex", "pc", "sc", "ec", "cp", "sm", "em"]


def inline(d: Draw, depth: int = 0) -> str:
    parts = []
    for _ in range(d.int(0, 4)):
        k = d.int(0, 9)
        if k < 5 or depth > 2:
            parts.append(words(d, 8).replace("&", "&amp;").replace("<", "&lt;") if d.chance(90) else words(d, 4))
        elif k < 7:
            t = d.pick(XLIFF_TAGS)
            parts.append(f'<{t} id="{d.int(1, 3)}"' + d.pick(CODE_ATTRS) + f">{inline(d, depth + 1)}</{t}>")
        elif k < 8:
            parts.append(f'<{d.pick(XLIFF_TAGS)} id="{d.int(1, 3)}"/>')
        elif k < 9:
            parts.append(d.pick(["&amp;", "&#x2019;", "&#8220;", "&lt;", "&quot;", "&#xD;", "<![CDATA[a&b]]>",
                                 "<!-- c -->", "<?pi x?>"]))
        else:
            parts.append(d.pick(["%s", "{name}", "%1$s", "&lt;b&gt;"]))
    return "".join(parts)


def xliff_text(d: Draw) -> str:
    if d.chance(50):  # 1.2
        units = []
        for n in range(d.int(0, 6)):
            attrs = d.pick(["", ' translate="no"', ' approved="yes"', ' xml:space="preserve"'])
            state = d.pick(["", ' state="translated"', ' state="needs-review-translation"', ' state="final"'])
            target = "" if d.chance(10) else f'<target{state}>{inline(d)}</target>'
            seg = ""
            if d.chance(15):
                seg = (f'<seg-source><mrk mtype="seg" mid="1">{inline(d)}</mrk></seg-source>'
                       f'<target><mrk mtype="seg" mid="1">{inline(d)}</mrk></target>')
                target = ""
            note = f"<note>{d.pick(['mtqa: ignore', 'x', 'mtqa: ignore[quotes]'])}</note>" if d.chance(10) else ""
            units.append(f'<trans-unit id="{d.pick([str(n), str(n), "a", "", "a&amp;b"])}"{attrs}>'
                         f"<source>{inline(d)}</source>{seg}{target}{note}</trans-unit>")
        body = "".join(units)
        if d.chance(10):
            body = f'<group id="g">{body}</group>'
        doc = (f'<?xml version="1.0" encoding="{d.pick(["UTF-8", "utf-8", "ISO-8859-1"])}"?>\n'
               f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
               f'<file source-language="{d.pick(["fr", "fr-CA", "en", "de"])}" '
               f'target-language="{d.pick(["en", "en-CA", "en-GB", "fr", ""])}" datatype="plaintext" original="x">'
               f"<body>{body}</body></file></xliff>\n")
    else:  # 2.x
        units = []
        for n in range(d.int(0, 6)):
            segs = "".join("<segment" + d.pick(SEG_STATES) + ">"
                           + f"<source>{inline(d)}</source>"
                           + ("" if d.chance(10) else f"<target>{inline(d)}</target>") + "</segment>"
                           + (f"<ignorable><source>{d.pick([' ', 'x'])}</source></ignorable>" if d.chance(10) else "")
                           for _ in range(d.int(1, 3)))
            units.append(f'<unit id="u{d.pick([str(n), "1"])}"' + d.pick(NO_TRANSLATE) + f">{segs}</unit>")
        doc = (f'<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.{d.int(0, 1)}" '
               f'srcLang="{d.pick(["fr", "de", "en"])}" trgLang="{d.pick(["en", "en-CA", "fr"])}">'
               f'<file id="f">{"".join(units)}</file></xliff>\n')
    if d.chance(5):
        doc = d.pick(['<!DOCTYPE x [<!ENTITY a "aaaa">]>', '<!DOCTYPE xliff SYSTEM "file:///etc/passwd">',
                      "<!DOCTYPE xliff>"]) + doc
    return mutate(d, doc, 2)


def tmx_text(d: Draw) -> str:
    tus = []
    for n in range(d.int(0, 6)):
        tuvs = "".join(f'<tuv xml:lang="{d.pick(["fr-CA", "en-CA", "EN", "en", "de", ""])}">'
                       f"<seg>{inline(d)}</seg></tuv>" for _ in range(d.int(0, 3)))
        tus.append(f'<tu tuid="{d.pick([str(n), "1", ""])}"' + d.pick(SRCLANG) + ">" + d.pick(TU_EXTRA) + f"{tuvs}</tu>")
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="{d.pick(["fr", "*all*", "en"])}" '
           f'adminlang="en" segtype="sentence" o-tmf="x" datatype="plaintext" creationtool="t" '
           f'creationtoolversion="1"/><body>{"".join(tus)}</body></tmx>\n')
    return mutate(d, doc, 2)


def po_string(d: Draw) -> str:
    s = words(d, 8).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if d.chance(15):
        s += d.pick(["\\t", "\\x41", "\\101", "\\", "\\q", '"', "\\u00e9"])
    return s


def po_text(d: Draw) -> str:
    entries = [f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={d.pick(["UTF-8", "utf-8", "CHARSET", "latin-1"])}\\n"\n'
               f'"Language: {d.pick(["en", "en_CA", "fr", ""])}\\n"\n'
               f'{d.pick(["", chr(34) + "Plural-Forms: nplurals=2; plural=(n != 1);" + chr(92) + "n" + chr(34) + chr(10)])}']
    for _ in range(d.int(0, 6)):
        e = []
        if d.chance(20):
            e.append(d.pick(["# mtqa: ignore", "#. x", "#: a.c:1", "#, fuzzy", "#, c-format", "#, python-format",
                             "#| msgid \"old\""]))
        if d.chance(20):
            e.append(f'msgctxt "{po_string(d)}"')
        e.append(f'msgid "{po_string(d)}"')
        if d.chance(20):
            e.append(f'msgid_plural "{po_string(d)}"')
            e.extend(f'msgstr[{i}] "{po_string(d)}"' for i in range(d.int(0, 3)))
        else:
            e.append(f'msgstr "{po_string(d)}"')
            if d.chance(30):
                e.append(f'"{po_string(d)}"')
        if d.chance(5):
            e = ["#~ " + line for line in e]
        entries.append("\n".join(e))
    return mutate(d, "\n\n".join(entries) + "\n", 2)


def toml_text(d: Draw) -> str:
    keys = ["locale", "style", "select", "ignore", "preview", "fail-under", "fail-on", "critical-fails",
            "include", "exclude", "languagetool", "languagetool-timeout", "encoding", "input-format", "extend",
            "source-profile", "segment-states", "locked", "rules-dir", "bogus"]
    values = ['"en-CA"', '"en-GB"', '"xx"', '["quotes"]', '["*"]', '["repetition/doubled-word"]', "true", "90",
              "-1", "1e999", "nan", "inf", '"major"', '""', "[]", '["*.txt"]', '"off"', '"utf-16"', '"x"',
              '["translated"]', '"skip"', "{}", "[1, 2]", '"\\ud800"', '"../mtqa.toml"']
    tables = ["[per-file-ignores]", "[per-file.\"*.md\"]", "[severity]", "[weights]", "[category-weights]",
              "[rules.\"repetition/doubled-word\"]", "[rules.nope]", "[tool.mtqa]", "[tool.mtqa.severity]"]
    lines = []
    for _ in range(d.int(0, 10)):
        if d.chance(20):
            lines.append(d.pick(tables))
        key = d.pick(keys) if d.chance(80) else json.dumps(d.pick(WORDS))
        lines.append(f"{key} = {d.pick(values)}")
    return mutate(d, "\n".join(lines) + "\n", 2)


# ---- oracles ------------------------------------------------------------------------------

class OracleFailure(Exception):
    """An oracle's failure: what went wrong, with the input kept by the caller."""


_SESSIONS: dict = {}


def session():
    from mtqa.session import Session

    if "s" not in _SESSIONS:
        from mtqa.engine import Checker

        _SESSIONS["s"] = Session(Checker(languagetool="off", timings_by_rule=True))
    return _SESSIONS["s"]


# The time each rule took on the input being run, summed over its checks (a slow input's .why)
_RULE_MS: dict[str, float] = {}


def timed(report):
    """`report`, its rules' times added to the current input's (`_RULE_MS`). A rule that failed
    with an internal error is a failure of the input's too: the engine keeps the report going
    without that rule's findings, so nothing else would show it (stop 48: a regular expression's
    timeout on a pasted word left seven rules out of a report, and the fuzz saw only a slow input)."""
    for rule, ms in (getattr(report, "timings", None) or {}).items():
        _RULE_MS[rule] = _RULE_MS.get(rule, 0.0) + ms
    broken = [s for s in getattr(report, "checks_skipped", None) or () if s.get("reason", "").startswith("internal error")]
    if broken:
        raise OracleFailure(f"{broken[0]['check']}: {broken[0]['reason']}"
                            + (f" (and {len(broken) - 1} more rules)" if len(broken) > 1 else ""))
    return report


def allowed(exc: BaseException) -> bool:
    from mtqa.errors import MtqaError

    return isinstance(exc, MtqaError)


def outside_edits_kept(before: str, report, allowed_set) -> str:
    """One fix pass applied by hand: every character outside the chosen edits kept, in order."""
    from mtqa.fixes import apply_fixes, collect_edits

    chosen = collect_edits(report.findings, allowed_set)
    for e, f in chosen:
        if not (0 <= e.start <= e.end <= len(before)):
            raise OracleFailure(f"edit {e.start}:{e.end} outside the text ({len(before)}) from {f.rule_id}")
    fixed, _ = apply_fixes(before, report.findings, allowed_set)
    rebuilt, pos = [], 0
    for e, _ in chosen:
        rebuilt.append(before[pos:e.start] + e.replacement)
        pos = e.end
    rebuilt.append(before[pos:])
    if "".join(rebuilt) != fixed:
        raise OracleFailure("apply_fixes changed text outside its edits")
    return fixed


def fix_oracle(text: str, check: Callable[[str], object]) -> None:
    """`--fix`'s loop on `text`: each pass keeps what lies outside its edits; fixing again is a no-op."""
    from mtqa.fixes import allowed_fixes, fix_until_stable

    allowed_set = allowed_fixes(True)
    report = check(text)
    outside_edits_kept(text, report, allowed_set)
    once = fix_until_stable(check, report, allowed_set).text
    again = fix_until_stable(check, check(once), allowed_set).text
    if again != once:
        raise OracleFailure(f"fix twice != fix once: {once!r} -> {again!r}")


def target_monolingual(fmt: str):
    def run(text: str) -> None:
        s = session()

        def check(t: str):
            return timed(s.check(s.document(t, format=fmt)))
        try:
            report = check(text)
        except Exception as exc:
            if allowed(exc):
                return
            raise
        for f in report.findings:
            if not (0 <= f.span.start <= f.span.end <= len(text)):
                raise OracleFailure(f"{f.rule_id}: span {f.span.start}:{f.span.end} outside the text ({len(text)})")
        fix_oracle(text, check)
    return run


def target_bilingual(fmt: str):
    def run(text: str) -> None:
        from mtqa.bilingual import decode, segments

        s = session()

        def check(t: str):
            return timed(s.check_bilingual(t, fmt, "fuzz." + fmt))
        try:
            decoded, _, _ = decode(text.encode("utf-8", "surrogatepass"), fmt, "fuzz")
            report = check(decoded)
        except Exception as exc:
            if allowed(exc):
                return
            raise
        before = [(g.id, g.source.text if g.source else None) for g in segments(decoded, fmt, "fuzz")]
        from mtqa.fixes import allowed_fixes, fix_until_stable

        allowed_set = allowed_fixes(True)
        outside_edits_kept(decoded, report, allowed_set)
        try:
            once = fix_until_stable(check, report, allowed_set).text
        except Exception as exc:
            if allowed(exc):
                raise OracleFailure(f"the fixed file no longer reads: {exc}") from None
            raise
        after = [(g.id, g.source.text if g.source else None) for g in segments(once, fmt, "fuzz")]
        if after != before:
            raise OracleFailure(f"fix changed the segments or their sources: {before!r} -> {after!r}")
        again = fix_until_stable(check, check(once), allowed_set).text
        if again != once:
            raise OracleFailure("fix twice != fix once")
    return run


def target_config(text: str) -> None:
    import tempfile

    from mtqa import config as config_mod

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "mtqa.toml"
        p.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            cfg = config_mod.load_file(p)
            from mtqa.session import Session
            Session.of(cfg, languagetool="off").check("The the minister said.")
        except Exception as exc:
            if not allowed(exc):
                raise


def lsp_settings_text(d: Draw) -> str:
    values = [None, True, 1, 1.5, "x", "en-GB", "quotes", [], ["quotes"], [1], {}, {"a": 1}, "\ud800", "*", ["*"]]
    obj = {d.pick(["style", "select", "ignore", "locale", "languagetool", "preview", "x", ""]): d.pick(values)
           for _ in range(d.int(0, 4))}
    sent = d.pick([obj, {"mtqa": obj}, [obj], "x", None, {"mtqa": None}, {"mtqa": [1]}])
    return json.dumps(sent)


def target_lsp_settings(text: str) -> None:
    from mtqa.lsp.checking import editor_settings

    sent = json.loads(text)
    try:
        editor_settings(sent)
    except Exception as exc:
        if not allowed(exc):
            raise


def serve_text(d: Draw) -> str:
    keys = ["text", "format", "locale", "source", "reference", "filename", "options", "unsafe", "x"]
    vals = [None, "", "The the minister.", 1, True, [], {}, "plain", "xliff", "po", "html", "en-GB", "xx",
            {"select": "quotes"}, {"select": [1]}, {"fail_on": "x"}, {"fail-under": "90"}, {"preview": 1},
            {"ignore": "*"}, "\ud800", xliff_text(d), po_text(d)]
    obj = {d.pick(keys): d.pick(vals) for _ in range(d.int(0, 5))}
    body = json.dumps(obj)
    return mutate(d, body, 3) if d.chance(10) else body


def _client():
    """One in-process client of `mtqa serve`'s real application (no configuration, LanguageTool off)."""
    if "client" not in _SESSIONS:
        import warnings

        with warnings.catch_warnings():  # starlette's note that it prefers another httpx package
            warnings.simplefilter("ignore")
            from starlette.testclient import TestClient

        from mtqa.serve.app import create_app
        from mtqa.serve.settings import Settings

        _SESSIONS["client"] = TestClient(create_app(Settings(isolated=True, languagetool="off", timeout=60.0)))
    return _SESSIONS["client"]


def _answered(response) -> None:
    """Any answer but a server fault: a 4xx names the problem, a 2xx is JSON."""
    if response.status_code >= 500:
        raise OracleFailure(f"HTTP {response.status_code}: {response.text[:300]}")
    if response.status_code < 300 and "json" in response.headers.get("content-type", ""):
        response.json()


def target_serve(text: str) -> None:
    body = text.encode("utf-8", "surrogatepass")
    path = "/api/fix" if '"unsafe"' in text else "/api/check"
    _answered(_client().post(path, content=body, headers={"content-type": "application/json"}))


def lsp_changes_text(d: Draw) -> str:
    """A document and a run of edits, as JSON: what an editor's didChange messages carry."""
    text = mutate(d, words(d, 20) + "".join(d.pick(["\r\n", "\r", "\n", "\u2028", "\x0c", "\x85", "😀", "é"])
                                            for _ in range(d.int(0, 6))), 3)
    edits = [[d.int(0, len(text) + 2), d.int(0, len(text) + 2), words(d, 3) if d.chance(70) else d.pick(["\r", "\n", "😀"])]
             for _ in range(d.int(1, 6))]
    return json.dumps({"text": text, "edits": edits, "encoding": d.pick(["utf-16", "utf-8", "utf-32"])})


def target_lsp_changes(blob: str) -> None:
    """Each edit sent as a client sends it (offsets turned into positions in the negotiated
    encoding) must change the server's copy exactly as the same edit made on the string; a
    position taken from an offset must come back to it."""
    from mtqa.lsp.positions import LineIndex, apply_change

    case = json.loads(blob)
    text, enc = case["text"], case["encoding"]
    for a, b, new in case["edits"]:
        a, b = sorted((min(a, len(text)), min(b, len(text))))
        if any(0 < o < len(text) and text[o - 1] == "\r" and text[o] == "\n" for o in (a, b)):
            continue  # inside a CRLF: no position names it
        index = LineIndex(text)
        for o in (a, b):
            if index.offset(*index.position(o, enc), enc) != o:
                raise OracleFailure(f"offset {o} -> {index.position(o, enc)} -> {index.offset(*index.position(o, enc), enc)}")
        changed = apply_change(text, index.position(a, enc), index.position(b, enc), new, enc)
        if changed != text[:a] + new + text[b:]:
            raise OracleFailure(f"edit {a}:{b} applied as {changed!r}")
        text = changed


def serve_lt_text(d: Draw) -> str:
    """LanguageTool's form fields, as /v2/check receives them."""
    fields = {}
    for _ in range(d.int(0, 7)):
        key = d.pick(["text", "data", "language", "level", "enabledOnly", "mode", "enabledRules", "disabledRules",
                      "enabledCategories", "preferredVariants", "motherTongue", "filename", "x"])
        fields[key] = d.pick(["", "en", "en-CA", "auto", "fr", "picky", "true", "all", "textonly", "x,y",
                              "repetition/doubled-word", "a.md", words(d, 10),
                              json.dumps({"annotation": [{"text": words(d, 4)}, {"markup": "<b>"},
                                                         {"markup": "<p>", "interpretAs": "\n\n"}]}),
                              mutate(d, '{"annotation": [{"text": "The the"}, {"markup": "x"}]}', 3)])
    return json.dumps(fields)


def target_serve_lt(blob: str) -> None:
    import urllib.parse

    # a lone surrogate goes as the bytes a broken client would send (not UTF-8)
    body = urllib.parse.urlencode(json.loads(blob), errors="surrogatepass")
    _answered(_client().post("/v2/check", content=body.encode("ascii"),
                             headers={"content-type": "application/x-www-form-urlencoded"}))


# name: (make an input, check it); a kept input is replayed through the second alone
MEMOQ_STATUS = ["ManuallyConfirmed", "PartiallyEdited", "Proofread", "Reviewer1Confirmed", "NotStarted",
                "Pretranslated", "MachineTranslated", "Rejected", "", " ", "manuallyconfirmed", "x+y", "A (b)"]
PHRASE_CONFIRMED = ["0", "1", "2", "3", "false", "true", "", " 1 ", "yes", "x", "-1"]


def cat_xliff_files(d: Draw) -> str:
    """Two to three memoQ (.mqxliff) or Phrase (.mxliff) files as JSON [[name, text], ...]: each
    unit's status (`mq:status`, `m:confirmed`), lock and XLIFF state drawn, the text mutated."""
    files = []
    for n in range(d.int(2, 3)):
        memoq = d.chance(50)
        units = []
        for i in range(d.int(1, 5)):
            if memoq:
                attrs = f' mq:status="{d.pick(MEMOQ_STATUS)}"' if d.chance(85) else ""
                attrs += d.pick(["", ' mq:locked="locked"', ' mq:locked="false"', ' locked="true"'])
            else:
                attrs = f' m:confirmed="{d.pick(PHRASE_CONFIRMED)}"' if d.chance(85) else ""
                attrs += d.pick(["", ' m:locked="true"', ' m:locked="false"'])
            state = d.pick(["", ' state="translated"', ' state="needs-translation"', ' state="final"'])
            unit = (f'<trans-unit id="{d.pick([str(i), str(i), "job:" + str(i), "1"])}"{attrs}>'
                    f"<source>{inline(d)}</source><target{state}>{inline(d)}</target></trans-unit>")
            units.append(f'<group id="g{i}">{unit}</group>' if not memoq and d.chance(50) else unit)
        ns = ' xmlns:mq="MQXliff"' if memoq else ' xmlns:m="http://www.memsource.com/mxlf/2.0"'
        doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
               f'xmlns="urn:oasis:names:tc:xliff:document:1.2"{ns}><file original="f{n}" '
               f'source-language="{d.pick(["fr-CA", "de", "fr"])}" target-language="{d.pick(["en-CA", "en"])}" '
               f'datatype="plaintext"><body>{"".join(units)}</body></file></xliff>\n')
        files.append([f"f{n}.{'mqxliff' if memoq else 'mxliff'}", mutate(d, doc, 1) if d.chance(30) else doc])
    return json.dumps(files)


def _cli(argv: list[str]) -> tuple[int, str]:
    """`mtqa` run in this process: its exit code and what it printed on stderr."""
    import contextlib
    import io

    from mtqa.cli import main as mtqa_main

    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = mtqa_main(argv)
        except SystemExit as exc:  # argparse's refusal of the command line (exit 2, with its message)
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


def target_cat_xliff_fix(blob: str) -> None:
    """`mtqa check --fix` over several memoQ/Phrase files at once (one run, states filtered or not):
    no internal error; each file that read before still reads, with the same segments and sources;
    a second `--fix` changes no byte; a file the run could not read is left as it was."""
    import tempfile

    from mtqa.bilingual import segments

    files = json.loads(blob)
    with tempfile.TemporaryDirectory() as tmp:
        paths, before = [], {}
        for name, text in files:
            path = Path(tmp) / name
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            paths.append(str(path))
            try:
                before[name] = [(g.id, g.source.text if g.source else None) for g in segments(text, "xliff", name)]
            except Exception as exc:
                if not allowed(exc):
                    raise
        states = ["--segment-state", "translated,confirmed,unconfirmed,partiallyedited"] if len(files) == 3 else []
        argv = ["check", "--languagetool", "off", "--isolated", "-q", "--jobs", "1", "--fix", *states, *paths]
        code, err = _cli(argv)
        if code not in (0, 1, 2) or "internal error" in err or "Traceback" in err:
            raise OracleFailure(f"--fix exit {code}: {err[-500:]}")
        once = {name: (Path(tmp) / name).read_bytes() for name, _ in files}
        for name, text in files:
            if name not in before:
                if once[name] != text.encode("utf-8", "surrogatepass"):
                    raise OracleFailure(f"{name}: a file that does not read was changed")
                continue
            after = [(g.id, g.source.text if g.source else None)
                     for g in segments(once[name].decode("utf-8"), "xliff", name)]
            if after != before[name]:
                raise OracleFailure(f"{name}: fix changed the segments or their sources")
        code, err = _cli(argv)
        if "internal error" in err or "Traceback" in err:
            raise OracleFailure(f"second --fix: {err[-500:]}")
        twice = {name: (Path(tmp) / name).read_bytes() for name, _ in files}
        if twice != once:
            changed = sorted(n for n in once if once[n] != twice[n])
            raise OracleFailure(f"fix twice != fix once in {changed}")


_NATIVE: dict = {}


def _native_reference():
    """The native scanner class, the real trigger tables of every rule, a scanner built from them
    (cold), its bytes (`to_bytes`) and its events over a few texts."""
    if not _NATIVE:
        from mtqa.engine import Checker
        from mtqa.scan import native_class

        scanner = Checker(languagetool="off", preview=True).scanner
        cls = native_class()
        if cls is None or not hasattr(cls, "from_bytes") or scanner.backend_name != "native":
            _NATIVE["cls"] = None  # no native scanner here: nothing to damage
            return _NATIVE
        # the plan the Checker made from every rule's triggers (a benchmark's reach: no public handle)
        tables = scanner._plan.tables
        cold = cls(*tables)
        texts = [f"{words(Draw(rng=random.Random(i)), 40)} The the Prime Minister said , U.S. and and Québec."
                 for i in range(6)]
        scanner_views = [scanner.views(t) for t in texts]
        _NATIVE.update(cls=cls, tables=tables, blob=bytes(cold.to_bytes()), views=scanner_views,
                       events=[bytes(cold.scan(v)) for v in scanner_views])
    return _NATIVE


def _native_checksum(data: bytes) -> int:
    """The native blob's checksum (`native/src/blob.rs`), so that a damaged body can be sealed
    again and reach the readers behind it (daachorse's, regex-automata's, the fields')."""
    k, mask = 0x9E3779B97F4A7C15, (1 << 64) - 1

    def rotl(x: int, r: int) -> int:
        return ((x << r) | (x >> (64 - r))) & mask
    lanes = [0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0, 0x082EFA98EC4E6C89]
    whole = len(data) - len(data) % 32
    for at in range(0, whole, 32):
        for j in range(4):
            w = int.from_bytes(data[at + 8 * j:at + 8 * j + 8], "little")
            lanes[j] = rotl(((lanes[j] ^ w) * k) & mask, 29)
    h = len(data)
    for lane in lanes:
        h = rotl(((h ^ lane) * k) & mask, 31)
    for b in data[whole:]:
        h = rotl(((h ^ b) * k) & mask, 17)
    return h ^ (h >> 32)


def native_cache_damage(d: Draw) -> str:
    """How to damage the native scanner's kept bytes, as JSON: truncate, flip bits, change the
    version in the header (each sealed again by `pack_cache`, so the library's own checks meet
    it), truncate or flip the sealed file itself, or flip bits and seal the body again with the
    library's checksum (reaching the readers behind it)."""
    kind = d.pick(["truncate", "flip", "version", "file", "reseal", "reseal", "reseal"])
    return json.dumps({"kind": kind, "seed": d.int(0, 2**31 - 1), "flips": d.int(1, 8)})


def target_native_cache(spec: str) -> None:
    """A damaged entry of the native scanner's cache: read back through `cached_scanner` (the
    file on disk, sealed by `pack_cache`) it must give the cold scanner's events exactly (the
    damage refused, the scanner rebuilt); bytes sealed again past the checksum must be refused or
    read without a crash (a panic is a failure), whatever they then find."""
    import tempfile

    from mtqa import pack_cache
    from mtqa.scan import native_cache

    ref = _native_reference()
    if ref["cls"] is None:
        return
    plan = json.loads(spec)
    rng = random.Random(plan["seed"])
    blob = bytearray(ref["blob"])
    body = len(blob) - 8
    if plan["kind"] == "truncate":
        blob = blob[:rng.randrange(0, len(blob))]
    elif plan["kind"] == "version":
        at = blob.index(b"\n") + 1  # the layout number after the magic line
        blob[at + rng.randrange(0, 4 + 8 + 8)] ^= 1 << rng.randrange(8)
    elif plan["kind"] != "file":
        for _ in range(plan["flips"]):
            blob[rng.randrange(0, body if plan["kind"] == "reseal" else len(blob))] ^= 1 << rng.randrange(8)
        if plan["kind"] == "reseal":
            blob[body:] = _native_checksum(bytes(blob[:body])).to_bytes(8, "little")
    cls = ref["cls"]
    if plan["kind"] == "reseal":  # past both seals: refused, or read without a crash
        try:
            scanner = cls.from_bytes(bytes(blob))
        except ValueError:
            return
        for v in ref["views"]:
            try:
                scanner.scan(v)
            except ValueError:
                pass
        return
    import os

    with tempfile.TemporaryDirectory() as tmp:
        saved = os.environ.get("MTQA_CACHE_DIR")
        os.environ["MTQA_CACHE_DIR"] = tmp
        try:
            entry = native_cache.scanner_entry(cls, ref["tables"])
            entry.parent.mkdir(parents=True, exist_ok=True)
            sealed = bytearray(pack_cache.seal(native_cache.MAGIC, bytes(blob)))
            if plan["kind"] == "file":  # the file on disk damaged: cut short, or bits flipped
                if rng.random() < 0.5:
                    sealed = sealed[:rng.randrange(0, len(sealed))]
                else:
                    for _ in range(plan["flips"]):
                        sealed[rng.randrange(0, len(sealed))] ^= 1 << rng.randrange(8)
            entry.write_bytes(bytes(sealed))
            scanner = native_cache.cached_scanner(cls, ref["tables"])
            got = [bytes(scanner.scan(v)) for v in ref["views"]]
        finally:
            if saved is None:
                os.environ.pop("MTQA_CACHE_DIR", None)
            else:
                os.environ["MTQA_CACHE_DIR"] = saved
    if got != ref["events"]:
        raise OracleFailure(f"{plan['kind']}: a damaged cache entry changed what the scanner finds")


TARGETS: dict[str, tuple[Callable[[Draw], str], Callable[[str], None]]] = {
    "plain": (lambda d: mutate(d, plain_text(d), 1), target_monolingual("plain")),
    "excerpts": (excerpt_text, target_monolingual("plain")),
    "excerpts-markdown": (excerpt_text, target_monolingual("markdown")),
    "markdown": (markdown_text, target_monolingual("markdown")),
    "html": (html_text, target_monolingual("html")),
    "xliff": (xliff_text, target_bilingual("xliff")),
    "tmx": (tmx_text, target_bilingual("tmx")),
    "po": (po_text, target_bilingual("po")),
    "config": (toml_text, target_config),
    "lsp-settings": (lsp_settings_text, target_lsp_settings),
    "serve": (serve_text, target_serve),
    "serve-lt": (serve_lt_text, target_serve_lt),
    "lsp-changes": (lsp_changes_text, target_lsp_changes),
    "cat-xliff-fix": (cat_xliff_files, target_cat_xliff_fix),
    "native-cache": (native_cache_damage, target_native_cache),
}


# ---- running ------------------------------------------------------------------------------

def one(name: str, d: Draw, out: Path | None, stats: dict) -> None:
    t0 = time.perf_counter()
    make, check = TARGETS[name]
    text = make(d)
    running = None
    if out is not None and isinstance(text, str):  # kept if the run is stopped while it runs
        out.mkdir(parents=True, exist_ok=True)
        running = out / f"{name}-running.input"
        running.write_text(text, encoding="utf-8", errors="surrogatepass")
    _RULE_MS.clear()
    problem = None
    try:
        check(text)
    except OracleFailure as exc:
        problem = f"oracle: {exc}"
    except RecursionError:
        problem = "RecursionError"
    except Exception as exc:
        problem = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-4)}"
    took = time.perf_counter() - t0
    size = len(text) if isinstance(text, str) else 0
    stats["runs"] += 1
    stats["chars"] += size
    stats["slowest"] = max(stats["slowest"], took)
    if problem is None and stats["runs"] > 1 and took > TARGET_BUDGET_S.get(name, BUDGET_S) + BUDGET_PER_CHAR_S * size:  # not the warm-up
        problem = f"slow: {took:.2f} s for {size} characters"
    per_char = stats.setdefault("per_char", [])
    if problem is None and stats["runs"] > 1:
        problem = slow_for_its_size(took, size, per_char)
    if stats["runs"] > 1:
        per_char.append((size, took / max(size, 1)))
    if problem is not None:
        stats["problems"] += 1
        print(f"[{name}] {problem.splitlines()[0][:300]}", flush=True)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            stem = f"{name}-{stats['runs']}"
            (out / f"{stem}.input").write_text(text, encoding="utf-8", errors="surrogatepass")
            (out / f"{stem}.why").write_text(problem + rule_times(), encoding="utf-8", errors="replace")
    if running is not None:
        running.unlink(missing_ok=True)


def slow_for_its_size(took: float, size: int, per_char: list[tuple[int, float]]) -> str | None:
    """Why an input that passed every oracle is kept as slow (None: it is not): over
    SLOW_FACTOR times the median seconds per character of the earlier inputs of its size."""
    if took < SLOW_FLOOR_S or not per_char:
        return None
    alike = [t for n, t in per_char if size / 2 <= n <= size * 2]
    sized = len(alike) >= SLOW_SAMPLES
    pool = sorted(alike if sized else [t for _, t in per_char])
    expected = pool[len(pool) // 2] * max(size, 1)
    if took <= SLOW_FACTOR * expected:
        return None
    return (f"slow for its size: {took:.2f} s for {size} characters, {took / max(expected, 1e-9):.0f}x the median "
            f"time per character of {len(pool)} earlier inputs {'of its size' if sized else 'of any size'}")


def rule_times(top: int = 15) -> str:
    """The rules that took the most time on the input just run, summed over its checks."""
    rows = sorted(((ms, rule) for rule, ms in _RULE_MS.items() if rule != "total"), reverse=True)[:top]
    if not rows:
        return "\n"
    total = _RULE_MS.get("total", 0.0)
    return (f"\n\ntime by rule over its checks (ms; every check's total {total:.0f}):\n"
            + "".join(f"  {ms:10.1f}  {rule}\n" for ms, rule in rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", action="append", choices=sorted(TARGETS), help="default: every target")
    ap.add_argument("--seconds", type=float, default=60.0, help="time per target (default 60)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="folder for failing inputs")
    ap.add_argument("--atheris", action="store_true", help="coverage-guided with atheris (one target)")
    args, rest = ap.parse_known_args(argv)
    names = args.target or sorted(TARGETS)
    if args.atheris:
        return _atheris(names[0], args.out, rest)
    summary = {}
    for name in names:
        stats = {"runs": 0, "chars": 0, "problems": 0, "slowest": 0.0}
        rng = random.Random(f"{args.seed}:{name}")
        t0 = time.monotonic()
        while time.monotonic() - t0 < args.seconds:
            one(name, Draw(rng=rng), args.out, stats)
        stats["seconds"] = round(time.monotonic() - t0, 1)
        stats["slowest"] = round(stats["slowest"], 3)
        stats.pop("per_char", None)
        summary[name] = stats
        print(json.dumps({name: stats}), flush=True)
    print(json.dumps({"total_runs": sum(s["runs"] for s in summary.values()),
                      "total_problems": sum(s["problems"] for s in summary.values())}))
    return 1 if any(s["problems"] for s in summary.values()) else 0


def _atheris(name: str, out: Path | None, rest: list[str]) -> int:
    """libFuzzer's loop (options after `--`, e.g. -max_total_time=300 -runs=N) over one target,
    guided by the coverage of mtqa's own code: a first input is run to import what the target
    uses, then every loaded function is instrumented (`atheris.instrument_all`)."""
    import atheris  # optional: pip install atheris (not a dependency of mtqa)

    stats = {"runs": 0, "chars": 0, "problems": 0, "slowest": 0.0}
    one(name, Draw(rng=random.Random(0)), out, stats)
    atheris.instrument_all()

    def test_one(data: bytes) -> None:
        one(name, Draw(fdp=atheris.FuzzedDataProvider(data)), out, stats)
        if stats["problems"]:
            raise RuntimeError("a problem was found (see above)")

    atheris.Setup([sys.argv[0], *rest], test_one)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
