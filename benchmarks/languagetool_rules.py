"""Each LanguageTool rule's precision on the tuning half of the real-copy corpus (not a test).

    URL=$(scripts/languagetool-server start)      # or any LanguageTool server
    python benchmarks/languagetool_rules.py --languagetool "$URL"

For every LanguageTool rule that fires on the corpus's tuning half, it counts the matches that

* overlap a label in a machine-translated excerpt (``on_label``: it found an artifact),
* fall on unlabelled text of a machine-translated excerpt (``unlabelled_mt``: a missing label,
  or a false flag: read them),
* fall on a clean excerpt where no label is (``clean``: a false flag on professionally edited copy),

and reports ``precision = on_label / (on_label + clean)`` with the false flags per 1,000 clean
words. Rules are measured as LanguageTool gives them: mtqa's own rules are not run (so nothing is
hidden behind an mtqa finding) and the rules the mapping pack drops are sent back to the server,
so the figures say what turning each rule on or off would change. The spelling rule is split
into matches on capitalised words inside a sentence (names, mostly: the mapping's
``proper_noun_confidence``) and on other words.

With ``--signal``, the clean excerpts of ``corpus/signal/`` (tuning-half sites, labelled by kind
only) count as clean copy too, in their own column (``signal``): they have no span labels, so a
match there is a false flag unless it has been read and judged in ``languagetool_judged.toml``
beside this script: a genuine error of the copy or page furniture (counted with ``on labels
(clean)``), or the excerpt's cut end (``cut``: not the copy's fault, counted apart). Unlabelled
matches on the tuning half's clean copy may be judged there too. Every match on clean copy is
written to the JSON (``clean_matches``, ``signal_matches``) to be read, but the spelling rule's on
names (counted; off in the pack).

With ``--fold A`` (or ``B``), only the tuning half's (and signal/'s) sites of that fold are read
(``corpus/folds.py``): decide on one fold, check the decisions on the other. Fold B is judged on by
counts: with ``--fold B`` no match is listed in the JSON (no ``clean_matches``, ``signal_matches``
or ``clean_examples``), only counted.

The judge batches (``JUDGE_BATCHES`` in ``real_copy.py``) are read as counts only: a match on their
clean copy is counted in its own column (``judge``), never judged from ``languagetool_judged.toml``
and never listed; it is not in ``clean`` or the precision, so that the judges check a decision
taken without them.

With ``--beside-mtqa``, mtqa's own rules run too, as they do for a user: a LanguageTool match on
the span of an mtqa finding (or just beside one of the same slip, the pack's ``[same_slip]``) is
never shown, so it is not counted. Without it a rule is credited with artifacts mtqa reports
itself; with it each rule's figures are what it adds to mtqa's.

Only the tuning half is read: the mapping decisions in ``rules/languagetool.toml`` are taken
from these figures, and the held-back half stays unread (see ``benchmarks/corpus/README.md``).
The verdict column applies the pack's policy: ``on`` (no false flag on clean copy, or near none:
precision at least 0.9 and at most 0.5 false flags per 1,000 clean words), ``unscored`` (catches
more artifacts than it flags clean copy: shown, costs nothing), ``off`` (flags clean copy at least
as often as it finds an artifact). A rule that never fired on the tuning half has no false flag
there and stays on.

The last column is what ``rules/languagetool.toml`` does with the rule now (it may differ from
the measured verdict where the pack says why, e.g. quote pairing, which is mtqa's).

Writes ``benchmarks/results/languagetool_rules.json`` and, with ``--readme``, the table in
``benchmarks/README.md`` between the ``languagetool-rules`` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()

from mtqa.engine import Checker  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "languagetool_rules.json"
JUDGE_BATCHES = frozenset(load_script("mtqa_real_copy", ROOT / "benchmarks" / "real_copy.py").JUDGE_BATCHES)
README = ROOT / "benchmarks" / "README.md"
JUDGED = ROOT / "benchmarks" / "languagetool_judged.toml"
BEGIN, END = "<!-- languagetool-rules:begin -->", "<!-- languagetool-rules:end -->"
SPELLING = "MORFOLOGIK_RULE_"
NAMES_MARK = 0.01  # the confidence the measuring pack gives spelling matches on names, to tell them apart


def load_corpus(corpus: Path):
    """benchmarks/corpus/load.py, imported by path (the corpus is data with its own loader)."""
    if not (corpus / "load.py").is_file():
        raise SystemExit(f"no corpus loader at {corpus / 'load.py'}")
    return load_script("mtqa_corpus_load", corpus / "load.py")


def lt_id(rule_id: str) -> str:
    """languagetool/morfologik-rule-en-ca → MORFOLOGIK_RULE_EN_CA (LanguageTool's own id)."""
    return rule_id.split("/", 1)[1].upper().replace("-", "_")


def undropped_pack(dirname: Path) -> Path:
    """A user pack that sends every rule the built-in mapping drops back to the server (and keeps
    the spelling matches on names that it may drop, marked by their confidence, NAMES_MARK)."""
    import mtqa.integrations.languagetool  # noqa: F401 - registers the mapping pack's compiler
    from mtqa.packs import PackSet

    mapping = PackSet(()).compiled("languagetool")
    lines = ['[pack]\nid = "languagetool"\nschema = 1\n\n[spelling]\nproper_noun_drop = false\n'
             f'proper_noun_confidence = {NAMES_MARK}\n\n[rules]']
    lines += [f'"{rule}" = {{ drop = false }}' for rule in mapping.disabled]
    path = dirname / "languagetool.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dirname


JUDGEMENTS = ("genuine", "furniture", "cut")


def load_judged(path: Path) -> dict[tuple[str, str, str, int], str]:
    """(excerpt, rule, matched text, occurrence: 0 for every one) → how a match on unlabelled clean
    copy was judged:
    ``genuine`` (an error of the copy), ``furniture`` (page furniture: not false, as in the corpus
    labels) or ``cut`` (the excerpt's cut end: not the copy's fault, counted apart)."""
    import tomllib

    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        judged = {(j["file"], j["rule"], j["text"], int(j.get("occurrence", 0))): j["as"] for j in data.get("judged", [])}
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise SystemExit(f"{path}: not a list of [[judged]] file/rule/text/as (occurrence): {exc}") from None
    wrong = sorted({a for a in judged.values() if a not in JUDGEMENTS})
    if wrong:
        raise SystemExit(f"{path}: 'as' must be one of {', '.join(JUDGEMENTS)}, not {', '.join(map(str, wrong))}")
    return judged


def fold_filter(corpus: Path, fold: str | None):
    """A predicate on excerpts: all of them, or only those whose site is in `fold` (corpus/folds.py)."""
    if fold is None:
        return lambda ex: True
    if not (corpus / "folds.py").is_file():
        raise SystemExit(f"no fold assignment at {corpus / 'folds.py'}")
    sys.path.insert(0, str(corpus))  # folds.py imports half.py beside it
    module = load_script("mtqa_corpus_folds", corpus / "folds.py")
    return lambda ex: module.fold_of(ex.site) == fold


def measure(url: str, corpus: Path, signal: bool = False, judged: dict | None = None,
            fold: str | None = None, beside_mtqa: bool = False) -> dict:
    judged = judged or {}
    load = load_corpus(corpus)
    excerpts = load.load_excerpts(corpus, halves=("tune",))  # the held-back half is never read
    if signal:  # clean copy labelled by kind only (its MT excerpts have no span labels to score)
        excerpts += [ex for ex in load.load_excerpts(corpus, halves=("signal",)) if not ex.is_mt]
    in_fold = fold_filter(corpus, fold)
    excerpts = [ex for ex in excerpts if in_fold(ex)]
    bodies = {ex.rel: ex.body for ex in excerpts}
    labels = defaultdict(list)
    for lab in load.load_labels(corpus, bodies=bodies):
        if lab.file in bodies and lab.start >= 0:
            labels[lab.file].append(lab)
    with tempfile.TemporaryDirectory() as tmp:
        checker = Checker(select=None if beside_mtqa else ["languagetool"], languagetool=url,
                          languagetool_timeout=300, rules_dir=[str(undropped_pack(Path(tmp)))])
        counts: dict[str, Counter] = defaultdict(Counter)
        families: dict[str, Counter] = defaultdict(Counter)
        examples: dict[str, list] = defaultdict(list)
        signal_matches: list[dict] = []
        clean_matches: list[dict] = []  # unlabelled matches on the tuning half's clean copy
        kinds: dict[str, tuple[str, str]] = {}  # rule → (LanguageTool category, issue type)
        clean_words = mt_words = 0
        for ex in excerpts:
            report = checker.check(ex.body, path=ex.rel)
            judge = ex.header.get("batch") in JUDGE_BATCHES  # counted, never judged nor listed
            seen: Counter = Counter()  # (rule, text) → matches so far in this excerpt, for occurrence
            for skipped in report.checks_skipped:
                if "languagetool" in json.dumps(skipped):
                    raise SystemExit(f"LanguageTool did not run: {skipped}")
            if ex.is_mt:
                mt_words += report.words
            else:
                clean_words += report.words
            for f in report.findings:
                if not f.rule_id.startswith("languagetool/"):
                    continue
                rule = lt_id(f.rule_id)
                kinds[rule.split(" ")[0]] = (f.extra.get("languagetool_category", ""), f.extra.get("issue_type", ""))
                if rule.startswith(SPELLING):  # the mapping marks capitalised mid-sentence words as names
                    rule += " (names)" if f.confidence <= NAMES_MARK else " (other words)"
                hit = [lab for lab in labels.get(ex.rel, ()) if f.span.start < lab.end and lab.start < f.span.end]
                seen[(rule, f.text)] += 1
                key = (ex.rel, rule, f.text)
                judgement = "" if ex.is_mt or hit or judge else judged.get((*key, seen[(rule, f.text)]), judged.get((*key, 0), ""))
                if judgement:  # a clean-copy match read and judged not false
                    counts[rule]["cut" if judgement == "cut" else "on_label_clean"] += 1
                listed = not rule.endswith(" (names)") and fold != "B"  # names: off in the pack, not judged
                if judge and not ex.is_mt and not hit:
                    counts[rule]["judge"] += 1
                elif ex.half == "signal":
                    if not judgement:
                        counts[rule]["signal"] += 1
                    if listed:
                        signal_matches.append({"file": ex.rel, "rule": rule, "text": f.text, "judged": judgement,
                                               "message": f.message,
                                               "context": context(ex.body, f.span.start, f.span.end)})
                elif judgement:
                    if listed:
                        clean_matches.append({"file": ex.rel, "rule": rule, "text": f.text, "judged": judgement,
                                              "message": f.message, "context": context(ex.body, f.span.start, f.span.end)})
                elif hit and ex.is_mt:
                    counts[rule]["on_label"] += 1
                    families[rule][hit[0].family] += 1
                elif hit:
                    counts[rule]["on_label_clean"] += 1  # a genuine slip in clean copy, labelled
                elif ex.is_mt:
                    counts[rule]["unlabelled_mt"] += 1
                else:
                    counts[rule]["clean"] += 1
                    if listed and len(examples[rule]) < 3:
                        examples[rule].append(f"{ex.rel}: {f.text}")
                    if listed:
                        clean_matches.append({"file": ex.rel, "rule": rule, "text": f.text, "judged": "",
                                              "message": f.message, "context": context(ex.body, f.span.start, f.span.end)})
    rules = {}
    for rule, c in sorted(counts.items()):
        on, clean = c["on_label"], c["clean"] + c["signal"]
        rules[rule] = {
            "on_label": on, "on_label_clean": c["on_label_clean"], "unlabelled_mt": c["unlabelled_mt"],
            "clean": c["clean"], "signal": c["signal"], "judge": c["judge"], "cut": c["cut"], "precision": round(on / (on + clean), 3) if on + clean else None,
            "clean_per_1000_words": round(1000 * clean / clean_words, 2) if clean_words else None,
            "families": dict(families[rule].most_common()), "clean_examples": examples[rule],
            "verdict": verdict(on, clean, clean_words),
            "pack": pack_setting(rule, *kinds.get(rule.split(" ")[0], ("", ""))),
        }
    half = ("tune+signal" if signal else "tune") + (f" (fold {fold})" if fold else "") + (
        ", beside mtqa's rules" if beside_mtqa else "")
    return {"date": date.today().isoformat(), "half": half, "server": url,
            "clean_words": clean_words, "mt_words": mt_words, "excerpts": len(excerpts), "rules": rules,
            "clean_matches": clean_matches, "signal_matches": signal_matches}


def context(body: str, start: int, end: int, width: int = 60) -> str:
    """The match with some text either side, on one line, to judge it by."""
    return " ".join(f"{body[max(0, start - width):start]}[{body[start:end]}]{body[end:end + width]}".split())


def pack_setting(rule: str, category: str, issue_type: str) -> str:
    """What rules/languagetool.toml does with the rule now: on, unscored or off."""
    import mtqa.integrations.languagetool  # noqa: F401 - registers the mapping pack's compiler
    from mtqa.packs import PackSet

    mapping = PackSet(()).compiled("languagetool")
    if rule.endswith(" (names)"):
        if mapping.proper_noun_drop:
            return "off"
        return "unscored" if mapping.proper_noun_confidence < 0.5 else "on"
    entry = mapping.entry(rule.split(" ")[0], category, issue_type)
    if entry.get("drop"):
        return "off"
    return "unscored" if float(entry.get("confidence", 0.7)) < 0.5 else "on"


def verdict(on_label: int, clean: int, clean_words: int) -> str:
    """The pack's policy: no false flag on clean copy, or near none (precision ≥ 0.9 and at most
    0.5 per 1,000 clean words) → on; more artifacts than false flags → unscored; otherwise off."""
    if clean == 0 or (on_label / (on_label + clean) >= 0.9 and 1000 * clean / max(clean_words, 1) <= 0.5):
        return "on"
    return "unscored" if on_label > clean else "off"


def table(result: dict) -> str:
    rows = ["| LanguageTool rule | on labels (MT) | unlabelled MT | clean (false) | signal (false) | judge batches' clean (counts) | clean: genuine or furniture | clean: cut end | precision | clean flags / 1,000 words | measured verdict | in the pack |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    order = sorted(result["rules"].items(),
                   key=lambda kv: (-kv[1]["on_label"] - kv[1]["clean"] - kv[1]["signal"] - kv[1].get("judge", 0), kv[0]))
    for rule, r in order:
        p = "–" if r["precision"] is None else f"{r['precision']:.2f}"
        rows.append(f"| `{rule}` | {r['on_label']} | {r['unlabelled_mt']} | {r['clean']} | {r['signal']} | {r.get('judge', 0)} | "
                    f"{r['on_label_clean']} | {r['cut']} | {p} | {r['clean_per_1000_words']:.2f} | {r['verdict']} | {r['pack']} |")
    signal = result["half"].startswith("tune+signal")
    copy = "tuning half and the clean excerpts of `signal/`" if signal else "tuning half"
    flag = " --signal" if signal else ""
    if "(fold " in result["half"]:
        fold = result["half"].split("(fold ", 1)[1].split(")")[0]
        copy += f", fold {fold} only"
        flag += f" --fold {fold}"
    if result["half"].endswith("beside mtqa's rules"):
        copy += ", what each rule adds beside mtqa's own rules"
        flag += " --beside-mtqa"
    head = (f"Real-copy corpus, {copy}, {result['date']}: {result['excerpts']} excerpts, "
            f"{result['mt_words']:,} words of MT copy, {result['clean_words']:,} words of clean copy "
            f"(`python benchmarks/languagetool_rules.py --languagetool URL{flag} --readme`).")
    return head + "\n\n" + "\n".join(rows)


def write_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in readme and END in readme:
        readme = readme[: readme.index(BEGIN)] + block + readme[readme.index(END) + len(END):]
    else:
        readme = readme.rstrip("\n") + "\n\n### LanguageTool, rule by rule (`languagetool_rules.py`)\n\n" + block + "\n"
    README.write_text(readme, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--languagetool", default=os.environ.get("MTQA_LANGUAGETOOL_URL", "http://127.0.0.1:8181"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "corpus",
                    help="the real-copy corpus folder (with load.py, tune/ and labels)")
    ap.add_argument("--json", type=Path, default=RESULTS)
    ap.add_argument("--readme", action="store_true", help="write the table into benchmarks/README.md")
    ap.add_argument("--signal", action="store_true",
                    help="count the clean excerpts of signal/ as clean copy too (judged matches: --judged)")
    ap.add_argument("--judged", type=Path, default=JUDGED,
                    help="clean-copy matches read and judged (TOML, [[judged]] file/rule/text/as, optional occurrence)")
    ap.add_argument("--fold", choices=("A", "B"),
                    help="only the sites of this fold of the tuning half (corpus/folds.py)")
    ap.add_argument("--beside-mtqa", action="store_true",
                    help="run mtqa's own rules too and count only the matches a user would see beside them")
    args = ap.parse_args(argv)
    if args.readme and args.fold:
        ap.error("--readme writes the whole tuning half's table: leave out --fold")
    result = measure(args.languagetool, args.corpus, signal=args.signal, judged=load_judged(args.judged),
                     fold=args.fold, beside_mtqa=args.beside_mtqa)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = table(result)
    print(text)
    if args.readme:
        write_readme(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
