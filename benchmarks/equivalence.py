"""Do two revisions of mtqa give identical findings? Dump a digest of every finding, then compare.

    python benchmarks/equivalence.py dump OUT.json [--preview] [--backend python|native] [--reports]
    python benchmarks/equivalence.py compare BEFORE.json AFTER.json

`dump` checks the seed, the shared eval texts (../shared/eval/wmt-mqm: the human references
and the first 8,000 MT segments, as ~1,500-word documents, as benchmarks/speed.py builds them)
and every excerpt of benchmarks/corpus/, and writes for each document the findings it gets:
rule, span, message, severity, suggestions and fix. Held-back excerpts are stored only as
one digest per document, so neither a dump nor a comparison can show what mtqa finds there.

`compare` prints, per document set, how many documents differ; for the seed, the eval texts
and the tuning half it lists the first differing findings; for the held-back half only counts.
Exit status 0 when everything is identical, 1 otherwise. Speed work runs it after each change
against a dump taken at the starting revision; `--backend` picks the scanner (MTQA_SCAN_BACKEND),
so the pure-Python and native backends can be compared the same way. `--reports` also keeps
each document's whole JSON report but its timings (line and column, text, category, confidence,
score, verdict, notes, what ran), for work on the engine that builds them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
HELD_BACK = "heldout"


def texts() -> list[tuple[str, str, str]]:
    """(set, name, text) for every document checked."""
    from benchmarks.corpus.load import load_excerpts
    from benchmarks.speed import _chunk

    out = [("seed", SEED.name, SEED.read_text(encoding="utf-8"))]
    if EVAL.exists():
        refs = [json.loads(x)["reference"] for x in (EVAL / "references_zhen.jsonl").open(encoding="utf-8")]
        mt = [json.loads(x)["target"] for x in (EVAL / "mqm_zhen_segments.jsonl").open(encoding="utf-8")]
        out += [("references", f"references-{i:03}", d) for i, d in enumerate(_chunk(refs))]
        out += [("mt_outputs", f"mt-{i:03}", d) for i, d in enumerate(_chunk(mt[:8000]))]
    for ex in load_excerpts():
        out.append((f"corpus-{ex.half}", ex.rel, ex.body))
    return out


def finding_row(f) -> list:
    fix = None
    if f.fix is not None:
        fix = [f.fix.title, f.fix.applicability.value, [[e.start, e.end, e.replacement] for e in f.fix.edits]]
    return [f.rule_id, f.span.start, f.span.end, f.message, f.severity.value, list(f.suggestions), fix]


def report_row(report) -> dict:
    """The document's JSON report without its timings (which differ on every run)."""
    whole = report.to_dict()
    whole.pop("timings_ms", None)
    return whole


def dump(out: Path, preview: bool, backend: str | None = None, reports: bool = False) -> None:
    if backend:
        os.environ["MTQA_SCAN_BACKEND"] = backend
    from mtqa import Checker

    checker = Checker(languagetool="off", preview=preview)
    docs: dict[str, dict] = {}
    for group, name, text in texts():
        report = checker.check(text)
        rows = [finding_row(f) for f in report.findings]
        key = f"{group}/{name}"
        whole = report_row(report) if reports else None
        if group.endswith(HELD_BACK):
            blob = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")
            docs[key] = {"digest": hashlib.sha256(blob).hexdigest(), "count": len(rows)}
            if whole is not None:
                report_blob = json.dumps(whole, ensure_ascii=False, sort_keys=True).encode("utf-8")
                docs[key]["report_digest"] = hashlib.sha256(report_blob).hexdigest()
        else:
            docs[key] = {"findings": rows}
            if whole is not None:
                docs[key]["report"] = whole
    out.write_text(json.dumps({"preview": preview, "documents": docs}, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(docs)} documents, {sum(len(d.get('findings', ())) or d.get('count', 0) for d in docs.values())} findings")


def compare(before: Path, after: Path, show: int = 20) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))["documents"]
    b = json.loads(after.read_text(encoding="utf-8"))["documents"]
    differing: dict[str, int] = {}
    shown = 0
    for key in sorted(set(a) | set(b)):
        group = key.split("/", 1)[0]
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        differing[group] = differing.get(group, 0) + 1
        if group.endswith(HELD_BACK) or x is None or y is None:
            continue
        old = {json.dumps(r, ensure_ascii=False) for r in x["findings"]}
        new = {json.dumps(r, ensure_ascii=False) for r in y["findings"]}
        for tag, rows in (("-", old - new), ("+", new - old)):
            for r in sorted(rows):
                if shown < show:
                    print(f"{tag} {key}: {r}")
                shown += 1
        if old == new and x.get("report") != y.get("report"):  # same findings, another report
            if shown < show:
                print(f"~ {key}: same findings, the reports differ")
            shown += 1
        elif old == new:  # same findings, different order
            if shown < show:
                print(f"~ {key}: same findings in a different order")
            shown += 1
    groups = sorted({k.split("/", 1)[0] for k in set(a) | set(b)})
    for g in groups:
        n = sum(1 for k in set(a) | set(b) if k.startswith(g + "/"))
        print(f"{g:<16} {n:>4} documents, {differing.get(g, 0)} differ")
    print("identical" if not differing else "DIFFERENT")
    return 0 if not differing else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--preview", action="store_true", help="run preview rules too")
    d.add_argument("--backend", choices=("python", "native"), help="the scanner backend (default: mtqa's choice)")
    d.add_argument("--reports", action="store_true", help="keep each whole report too (its timings left out)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.preview, args.backend, args.reports)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
