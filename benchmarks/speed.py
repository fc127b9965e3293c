"""Speed of mtqa beside proselint and LanguageTool on the same texts, in one run.

    python benchmarks/speed.py [--repeat 5] [--sizes 1,10,100] [--single 1,10] [--no-fuzz] [--cpu]
                               [--languagetool URL|auto|off] [--json benchmarks/results/speed.json]

Texts: the seed article, the TED human references and MT outputs of ../shared/eval/wmt-mqm
(as documents of ~1,500 words), and synthetic corpora of 1, 10 and 100 MB built from them.
Reports words per second (median of --repeat runs) for:
  * mtqa's built-in rules with a warm Checker, on one core;
  * `mtqa check FILE` end to end (process start-up included), wall time;
  * start-up alone, each in a fresh process: `import mtqa`, `import mtqa; Checker()` with the
    pack cache warm and with it off (MTQA_NO_CACHE=1);
  * proselint (its library API, all default checks) on the same documents;
  * a local LanguageTool server (scripts/languagetool-server), when one is given or `auto`
    finds MTQA_LANGUAGETOOL_URL;
and ratios. `--one-article`: only the one-article figures of issue 14, for the seed and a
clean reference article of ~1,500 words: `mtqa check FILE` and `proselint check FILE` as whole
processes (wall and CPU), where a fresh `mtqa check` spends its CPU (interpreter, imports,
rule modules, `Checker()`, the first check, rendering) and the warm check (median of --warm
checks). Then: the 1,500-word article latency, the 1/10/100 MB points (linearity), and an
adversarial fuzz of every rule (long runs of quotes, capitals, hyphens, periods, brackets, and the
inputs of the tests' hang guards; see FUZZ_TEXT) and of the HTML reader at 10k and 100k characters, reporting the growth factor (10 = linear).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa import Checker  # noqa: E402
from mtqa.segment import count_words  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"


def documents() -> dict[str, list[str]]:
    """Named sets of ~1,500-word documents built from the seed and the eval data."""
    seed = SEED.read_text(encoding="utf-8")
    sets = {"seed": [seed]}
    if EVAL.exists():
        refs = [json.loads(x)["reference"] for x in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
        mt = [json.loads(x)["target"] for x in (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8")]
        sets["references"] = _chunk(refs)
        sets["mt_outputs"] = _chunk(mt[:4000])
    return sets


def _chunk(segments: list[str], words: int = 1500) -> list[str]:
    docs, cur, n = [], [], 0
    for s in segments:
        cur.append(s)
        n += count_words(s)
        if n >= words:
            docs.append("\n\n".join(cur))
            cur, n = [], 0
    if cur:
        docs.append("\n\n".join(cur))
    return docs


CLOCK = time.perf_counter  # --cpu: time.process_time (steadier on a shared, loaded machine)


def timed(fn, repeat: int, clock=None) -> float:
    clock = clock or CLOCK
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def proselint_runner():
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    reg = CheckRegistry()
    if not reg.checks:
        reg.register_many(__register__)
    return lambda docs: [LintFile("doc", d).lint() for d in docs]


def languagetool_runner(url: str | None):
    if not url:
        return None
    import urllib.parse
    import urllib.request

    def run(docs):
        for d in docs:
            data = urllib.parse.urlencode({"language": "en-CA", "text": d}).encode()
            with urllib.request.urlopen(f"{url.rstrip('/')}/v2/check", data, timeout=120) as resp:
                resp.read()

    return run


# Adversarial runs, one per kind of input that has tripped a rule family (or the splitter, or the
# HTML reader). The tests of those inputs (tests/rules/test_*.py "adversarial", tests/test_segment.py
# test_adversarial_input_splits_soundly, tests/test_formats_html.py test_adversarial_markup_parses)
# only guard against a hang; the growth for ×10 input is measured here (10 = linear).
FUZZ_TEXT = {"quotes": "“ ” \" ' ‘ ’ ", "capitals": "ABC DEF. ", "hyphens": "a-b- -c--d ", "periods": ". .. ... U.S. ",
             "parentheses": "((a) (b, Ont.) ", "ranks": "Maj.-Gen. Lt.-Col. ", "words": "the the in Canada in Canada ",
             "initials": "A. Mr. U.S. ( “ - ", "acronyms": "US U.S. A-US. Aa. ",
             "boilerplate": "Advertisement [Source: (Reporter Follow a@b.ca\n\nJane Doe\n\n",
             "credits": "(Aa Bb / AP PHOTO/ Aa photo by (A/A/ ", "publications": "A Aa her New York Times ",
             "grammar": "a government I too, the PQ for during of ", "calques": "is actually if the power and politics of CBC's ",
             "institutions": "(((( , Que.) Department of Center of Queen's University U.S. Defense Secretary ",
             "source": "1 de la “ A www. "}
FUZZ_SOURCE = {"source"}  # also given as the source text, for the source/ rules
FUZZ_MARKUP = {"markup-tags": "<a ", "markup-comments": "<!--", "markup-closers": "</", "markup-angles": "<",
               "markup-refs": "&#", "markup-attributes": "<a b='", "markup-entities": "<p>&rsquo;"}  # read as HTML


def fuzz(checker: Checker) -> dict:
    from mtqa.formats import parse

    def run(name: str, text: str):
        if name in FUZZ_MARKUP:
            return lambda: parse(text, "html")
        return lambda: checker.check(text, source=text if name in FUZZ_SOURCE else None)

    out = {}
    for name, unit in {**FUZZ_TEXT, **FUZZ_MARKUP}.items():
        small = unit * (10_000 // len(unit))
        big = unit * (100_000 // len(unit))
        t_small = timed(run(name, small), 3)
        t_big = timed(run(name, big), 1)
        out[name] = {"10k_chars_s": round(t_small, 4), "100k_chars_s": round(t_big, 4),
                     "growth": round(t_big / t_small, 1) if t_small else None}
    return out


def startup_seconds(repeat: int) -> dict:
    """Wall seconds (median) of a fresh interpreter doing only start-up; `python` is a bare `-c pass`."""
    runs = {
        "python": ("pass", {}),
        "import_mtqa": ("import mtqa", {}),
        "checker": ("import mtqa; mtqa.Checker(languagetool='off')", {}),
        "checker_no_cache": ("import mtqa; mtqa.Checker(languagetool='off')", {"MTQA_NO_CACHE": "1"}),
    }
    out = {}
    for name, (code, env) in runs.items():
        cmd = [sys.executable, "-c", code]
        full_env = {**os.environ, **env}
        subprocess.run(cmd, capture_output=True, env=full_env)  # warm the disk and the pack cache
        out[name] = round(timed(lambda: subprocess.run(cmd, capture_output=True, env=full_env), repeat), 3)
    return out


# A fresh process doing what `mtqa check FILE` does, one stage at a time, printing the CPU
# milliseconds of each (time.process_time: steadier than wall time on a shared machine).
_SPLIT_PROBE = """
import json, sys, time
t0 = time.process_time()  # what the interpreter and site-packages took before this line
import mtqa.cli, mtqa.engine, mtqa.session, mtqa.commands.check
t1 = time.process_time()
from mtqa import registry
registry.all_rules()
t2 = time.process_time()
checker = mtqa.engine.Checker(languagetool="off")
t3 = time.process_time()
text = open(sys.argv[1], encoding="utf-8").read()
report = checker.check(text, path=sys.argv[1])
t4 = time.process_time()
from mtqa.report import renderer
out = renderer("text").render([report])
t5 = time.process_time()
warm = []
for _ in range(int(sys.argv[2])):
    a = time.process_time()
    checker.check(text, path=sys.argv[1])
    warm.append(time.process_time() - a)
warm.sort()
ms = lambda x: round(x * 1000, 1)
print(json.dumps({"interpreter": ms(t0), "imports": ms(t1 - t0), "rule_modules": ms(t2 - t1),
                  "checker": ms(t3 - t2), "first_check": ms(t4 - t3), "render": ms(t5 - t4),
                  "total": ms(t5), "warm_check_median": round(warm[len(warm) // 2] * 1000, 2),
                  "warm_check_min": round(warm[0] * 1000, 2)}))
"""


def _process_seconds(cmd: list[str], repeat: int) -> dict:
    """Median wall and CPU seconds (user + system, from the kernel's accounting) of a command."""
    walls, cpus = [], []
    subprocess.run(cmd, capture_output=True)  # warm the disk and the caches
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return {"wall_s": round(statistics.median(walls), 3), "cpu_s": round(statistics.median(cpus), 3)}


def _proselint_command() -> list[str] | None:
    """proselint's own executable (not a version manager's shim, which adds a shell)."""
    import shutil

    for candidate in (Path(sys.base_prefix) / "bin" / "proselint", shutil.which("proselint")):
        if candidate and Path(candidate).exists():
            return [str(candidate), "check"]
    return None


def one_article_texts() -> dict[str, str]:
    """The seed and a clean reference article of ~1,500 words (the first of the eval set's)."""
    articles = {"seed": SEED.read_text(encoding="utf-8")}
    if EVAL.exists():
        refs = [json.loads(x)["reference"] for x in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
        articles["reference"] = _chunk(refs)[0]
    return articles


def one_article(repeat: int, warm: int) -> dict:
    """Issue 14's one-article figures for the seed and a clean reference article."""
    articles = one_article_texts()
    proselint = _proselint_command()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in articles.items():
            f = Path(tmp) / f"{name}.txt"
            f.write_text(text, encoding="utf-8")
            row: dict = {"words": count_words(text)}
            cli = [sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off", "-q", str(f)]
            row["mtqa_check"] = _process_seconds(cli, repeat)
            if proselint:
                row["proselint_check"] = _process_seconds([*proselint, str(f)], repeat)
            splits = [json.loads(subprocess.run([sys.executable, "-c", _SPLIT_PROBE, str(f), str(warm)],
                                                capture_output=True, text=True, check=True).stdout)
                      for _ in range(max(3, repeat // 2))]
            row["cpu_ms"] = {k: statistics.median(s[k] for s in splits) for k in splits[0]}
            out[name] = row
    out["python_pass"] = _process_seconds([sys.executable, "-c", "pass"], repeat)
    return out


def print_one_article(fig: dict) -> None:
    base = fig["python_pass"]
    print(f"bare interpreter (python -c pass): {base['wall_s']} s wall, {base['cpu_s']} s CPU")
    for name, row in fig.items():
        if name == "python_pass":
            continue
        m, p = row["mtqa_check"], row.get("proselint_check")
        print(f"{name} ({row['words']} words): mtqa check {m['wall_s']} s wall / {m['cpu_s']} s CPU"
              + (f"; proselint check {p['wall_s']} s wall / {p['cpu_s']} s CPU" if p else ""))
        print("  CPU ms: " + ", ".join(f"{k} {v}" for k, v in row["cpu_ms"].items()))


def backend_figures(repeat: int) -> dict:
    """In this process (its scanner picked by MTQA_SCAN_BACKEND): Checker() time in a fresh
    process, the 1,500-word seed warm, and words/s on each document set. CPU time
    (time.process_time), steadier than wall time on a shared machine."""
    probe = "import time, mtqa; t = time.process_time(); mtqa.Checker(languagetool='off'); print(time.process_time() - t)"
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # this checkout's mtqa, whatever is installed
    starts = sorted(float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                                         check=True).stdout) for _ in range(repeat))
    checker = Checker(languagetool="off")
    seed = SEED.read_text(encoding="utf-8")
    scanner = getattr(checker, "scanner", None)  # None: a revision from before mtqa.scan
    out = {"scanner": scanner.backend_name if scanner else "none", "checker_ms": round(starts[len(starts) // 2] * 1000, 1),
           "seed_ms": round(timed(lambda: checker.check(seed), max(20, repeat), time.process_time) * 1000, 2)}
    if scanner is not None:  # the scan alone: every declared trigger over the seed repeated to ~40k words
        from mtqa.document import Document

        pars = Document("\n\n".join([seed] * 27)).paragraphs
        scanner.scan(pars)
        out["scan_40k_words_ms"] = round(timed(lambda: scanner.scan(pars), max(5, repeat), time.process_time) * 1000, 2)
    for name, docs in documents().items():
        words = sum(count_words(d) for d in docs)
        for d in docs[:2]:
            checker.check(d)
        out[f"{name}_wps"] = round(words / timed(lambda: [checker.check(d) for d in docs], repeat, time.process_time))
    return out


def compare_backends(repeat: int) -> int:
    """`--backends`: the figures above for each scanner backend, side by side, on one core."""
    from mtqa.scan import available_backends

    rows = []
    for backend in available_backends():
        env = dict(os.environ, MTQA_SCAN_BACKEND=backend)
        proc = subprocess.run([sys.executable, __file__, "--backend-child", "--repeat", str(repeat)], env=env,
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(proc.stdout))
    keys = [k for k in rows[0] if k != "scanner"]
    print(f"{'scanner':<10}" + "".join(f"{k:>20}" for k in keys))
    for r in rows:
        print(f"{r['scanner']:<10}" + "".join(f"{r[k]:>20}" for k in keys))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--backends", action="store_true",
                    help="only compare the scanner backends: Checker() time, seed latency, words/s")
    ap.add_argument("--backend-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default="1,10,100", help="synthetic corpus sizes in MB")
    ap.add_argument("--single", default="1,10", help="sizes in MB of one single document ('' for none)")
    ap.add_argument("--no-fuzz", action="store_true", help="skip the adversarial fuzz")
    ap.add_argument("--languagetool", default="auto", help="URL, auto (MTQA_LANGUAGETOOL_URL) or off")
    ap.add_argument("--json", help="where to write the figures (default: benchmarks/results/speed.json, "
                                     "or one_article.json with --one-article)")
    ap.add_argument("--cpu", action="store_true",
                    help="time in-process runs (mtqa, proselint) in CPU seconds of this process, not wall time")
    ap.add_argument("--one-article", action="store_true",
                    help="only the one-article figures: mtqa check and proselint check FILE, the start-up split, warm")
    ap.add_argument("--warm", type=int, default=300, help="warm checks for --one-article's median")
    ap.add_argument("--profile", nargs="*", metavar="FILE",
                    help="only CPU ms per rule, analysis and family of a warm check (benchmarks/rule_times.py) "
                         "of the FILEs (default: the seed and a clean reference article)")
    ap.add_argument("--rounds", type=int, default=3, help="--profile: rounds (the lowest is kept)")
    ap.add_argument("--checks", type=int, default=20, help="--profile: warm checks a round")
    ap.add_argument("--preview", action="store_true", help="--profile: run preview rules too")
    ap.add_argument("--top", type=int, default=25, help="--profile: rows of each table")
    args = ap.parse_args()
    args.json = args.json or str(ROOT / "benchmarks" / "results" / ("one_article.json" if args.one_article else "speed.json"))
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as SPEC §7 asks
    except (AttributeError, OSError):
        pass
    if args.backend_child:
        print(json.dumps(backend_figures(args.repeat)))
        return 0
    if args.backends:
        return compare_backends(args.repeat)
    if args.profile is not None:
        from benchmarks import rule_times

        fig = rule_times.profile(rule_times.texts_for(args.profile, one_article_texts()), args.rounds, args.checks,
                                 args.preview)
        rule_times.print_profile(fig, args.top)
        return 0
    if args.one_article:
        fig = one_article(args.repeat, args.warm)
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "cpu": _cpu(), **fig}, indent=2) + "\n",
                                   encoding="utf-8")
        print_one_article(fig)
        return 0
    lt_url = None if args.languagetool == "off" else (
        os.environ.get("MTQA_LANGUAGETOOL_URL") if args.languagetool == "auto" else args.languagetool)

    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as SPEC §7 asks
    except (AttributeError, OSError):
        pass
    checker = Checker(languagetool="off")
    sets = documents()
    pl = proselint_runner()
    lt = languagetool_runner(lt_url)
    rows = []
    for name, docs in sets.items():
        words = sum(count_words(d) for d in docs)
        for d in docs[:2]:
            checker.check(d)  # warm
        t_mtqa = timed(lambda: [checker.check(d) for d in docs], args.repeat)
        row = {"texts": name, "documents": len(docs), "words": words, "mtqa_wps": round(words / t_mtqa)}
        if pl:
            pl(docs[:1])
            t_pl = timed(lambda: pl(docs), max(1, args.repeat // 2))
            row["proselint_wps"] = round(words / t_pl)
            row["mtqa_vs_proselint"] = round(t_pl / t_mtqa, 1)
        if lt:
            lt(docs[:1])
            t_lt = timed(lambda: lt(docs), 1)
            row["languagetool_wps"] = round(words / t_lt)
            row["mtqa_vs_languagetool"] = round(t_lt / t_mtqa, 1)
        rows.append(row)

    seed = SEED.read_text(encoding="utf-8")
    article_ms = timed(lambda: checker.check(seed), max(20, args.repeat)) * 1000
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "story.txt"
        f.write_text(seed, encoding="utf-8")
        cli = [sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off", "-q", str(f)]
        subprocess.run(cli, capture_output=True)
        clock, CLOCK = CLOCK, time.perf_counter  # a child process: always wall time
        cli_s = timed(lambda: subprocess.run(cli, capture_output=True), args.repeat)
        CLOCK = clock
    startup = startup_seconds(args.repeat)

    corpus = [d for docs in sets.values() for d in docs]
    scale = []
    for mb in [int(x) for x in args.sizes.split(",") if x]:
        target = mb * 1_000_000
        docs, size, i = [], 0, 0
        while size < target:
            d = corpus[i % len(corpus)]
            docs.append(d)
            size += len(d.encode("utf-8"))
            i += 1
        words = sum(count_words(d) for d in docs[: len(corpus)]) * (len(docs) / min(len(docs), len(corpus)))
        t = timed(lambda: [checker.check(d) for d in docs], 1)
        scale.append({"mb": mb, "documents": len(docs), "seconds": round(t, 2), "words_per_s": round(words / t)})
        del docs
    single = []
    for mb in [int(x) for x in args.single.split(",") if x]:
        text = ""
        parts, size, i = [], 0, 0
        while size < mb * 1_000_000:
            parts.append(corpus[i % len(corpus)])
            size += len(parts[-1])
            i += 1
        text = "\n\n".join(parts)
        t = timed(lambda: checker.check(text), 1)
        single.append({"mb": mb, "one_document_seconds": round(t, 2), "words_per_s": round(count_words(text) / t)})
    fz = {} if args.no_fuzz else fuzz(checker)
    result = {"date": time.strftime("%Y-%m-%d"), "cpu": _cpu(), "one_core": True, "rows": rows,
              "article_1500_words_ms": round(article_ms, 2), "cli_one_file_s": round(cli_s, 3),
              "startup_s": startup,
              "scaling_corpus": scale, "scaling_single_document": single, "fuzz": fz,
              "languagetool_url": lt_url, "clock": "cpu" if args.cpu else "wall"}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"{'texts':<12}{'docs':>6}{'words':>9}{'mtqa w/s':>12}{'proselint w/s':>15}{'×':>7}{'LT w/s':>10}{'×':>7}")
    for r in rows:
        print(f"{r['texts']:<12}{r['documents']:>6}{r['words']:>9}{r['mtqa_wps']:>12}"
              f"{r.get('proselint_wps', '-'):>15}{r.get('mtqa_vs_proselint', '-'):>7}"
              f"{r.get('languagetool_wps', '-'):>10}{r.get('mtqa_vs_languagetool', '-'):>7}")
    print(f"seed article ({count_words(seed)} words): {article_ms:.2f} ms; `mtqa check` one file: {cli_s:.3f} s wall")
    print("start-up, fresh process, wall s: " + ", ".join(f"{k} {v}" for k, v in startup.items()))
    for s in scale:
        print(f"corpus {s['mb']:>4} MB: {s['documents']} documents in {s['seconds']} s = {s['words_per_s']} words/s")
    for s in single:
        print(f"one document of {s['mb']} MB: {s['one_document_seconds']} s = {s['words_per_s']} words/s")
    for k, v in fz.items():
        print(f"fuzz {k:<12} 10k chars {v['10k_chars_s']} s, 100k chars {v['100k_chars_s']} s, growth ×{v['growth']}")
    return 0


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
