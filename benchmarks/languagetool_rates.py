"""LanguageTool through mtqa: findings per 1,000 words and the time it adds (not a test).

    URL=$(scripts/languagetool-server start)
    python benchmarks/languagetool_rates.py "$URL"

Reports, for the seed article and for the clean human references (TED ref-B segments marked
error-free in ../shared/eval/wmt-mqm/references_zhen.jsonl, each segment checked as its own
document): LanguageTool findings per 1,000 words (all, and scored: confidence ≥ 0.5),
per LanguageTool rule, the pass rate of the clean segments with and without LanguageTool, and the
milliseconds LanguageTool adds per 1,000 words with a warm server and a cold per-run cache.
"""

from __future__ import annotations

import collections
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

from mtqa.engine import Checker  # noqa: E402
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm" / "references_zhen.jsonl"


def rates(url: str, locale: str) -> None:
    rows = [json.loads(line) for line in EVAL.open(encoding="utf-8")]
    clean = [r for r in rows if r["ref_system"] == "ref-B" and r["error_free"]]
    on = Checker(languagetool=url, languagetool_timeout=300, locale=locale)
    off = Checker(languagetool="off", locale=locale)
    by_rule: collections.Counter = collections.Counter()
    scored: collections.Counter = collections.Counter()
    words = passed_on = passed_off = 0
    for r in clean:
        a, b = off.check(r["reference"]), on.check(r["reference"])
        words += b.words
        passed_off += a.passed
        passed_on += b.passed
        for f in b.findings:
            if f.source == "languagetool":
                by_rule[f.rule_id] += 1
                scored[f.rule_id] += f.scored
    n, s = sum(by_rule.values()), sum(scored.values())
    print(f"clean references ({locale}): {words} words, {n} findings ({n * 1000 / words:.1f}/1,000 words), "
          f"{s} scored ({s * 1000 / words:.1f}/1,000); segments passing: {passed_off}/{len(clean)} without "
          f"LanguageTool, {passed_on}/{len(clean)} with")
    for rule, k in by_rule.most_common(8):
        print(f"    {rule}: {k * 10000 / words:.1f}/10,000 words ({scored[rule]} scored)")


def seed(url: str) -> None:
    text = (ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")
    Checker(languagetool=url).check(text)  # warm the server
    times = []
    for i in range(5):
        report = Checker(languagetool=url).check(text + f"\n\nRun {i}.")  # fresh cache every time
        times.append(report.timings["languagetool"])
    builtin = Checker(languagetool="off").check(text).timings["total"]
    lt = [f for f in report.findings if f.source == "languagetool"]
    k = sum(f.scored for f in lt)
    print(f"seed: {report.words} words, {len(lt)} findings ({len(lt) * 1000 / report.words:.1f}/1,000 words), "
          f"{k} scored ({k * 1000 / report.words:.1f}/1,000)")
    print(f"time LanguageTool adds (warm server, cold cache): median {statistics.median(times) * 1000 / report.words:.0f} "
          f"ms per 1,000 words (runs: {', '.join(f'{t:.0f}' for t in sorted(times))} ms); built-in rules "
          f"{builtin * 1000 / report.words:.0f} ms per 1,000 words")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python benchmarks/languagetool_rates.py URL")
    seed(sys.argv[1])
    rates(sys.argv[1], "en-CA")
    rates(sys.argv[1], "en-US")
