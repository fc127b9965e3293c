"""Digest of every finding mtqa gives on a fixed set of texts, to compare revisions or backends.

    python benchmarks/equivalence.py dump OUT.json [--backend python|native]
    python benchmarks/equivalence.py compare A.json B.json

`dump` checks the seeds, the shared eval sets (WMT references and MT outputs, as ~1,500-word
documents) and both halves of benchmarks/corpus with every built-in rule (preview ones
included, LanguageTool off) and writes one digest per text: a hash of its findings (rule,
span, message, suggestions, severity, category, confidence, fix). No finding is written
out, so a dump of the held-back half says nothing about what mtqa finds there.
`compare` prints, per set, how many texts differ (exit status 1 when any does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"


def texts() -> dict[str, dict[str, str]]:
    """Named sets of named texts."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus.load import load_excerpts
    from mtqa.segment import count_words

    sets: dict[str, dict[str, str]] = {"seeds": {p.name: p.read_text(encoding="utf-8")
                                                for p in sorted((ROOT / "seeds").glob("*.txt"))}}
    if EVAL.exists():
        for name, file, key in (("eval-references", "references_zhen.jsonl", "reference"),
                                ("eval-mt", "mqm_zhen_segments.jsonl", "target")):
            segments = [json.loads(x)[key] for x in (EVAL / file).open(encoding="utf-8")][:6000]
            docs, cur, n = [], [], 0
            for s in segments:
                cur.append(s)
                n += count_words(s)
                if n >= 1500:
                    docs.append("\n\n".join(cur))
                    cur, n = [], 0
            sets[name] = {f"doc{i:03d}": d for i, d in enumerate(docs)}
    for ex in load_excerpts():
        sets.setdefault(f"corpus-{ex.half}", {})[ex.rel] = ex.body
    return sets


def digest(report) -> str:
    rows = [
        [f.rule_id, f.span.start, f.span.end, f.message, list(f.suggestions), f.severity.value, f.category,
         round(f.confidence, 6), None if f.fix is None else [f.fix.applicability.value,
                                                            [[e.start, e.end, e.replacement] for e in f.fix.edits]]]
        for f in report.findings
    ]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def dump(out: Path, backend: str | None) -> None:
    if backend:
        os.environ["MTQA_SCAN_BACKEND"] = backend
    from mtqa import Checker

    checker = Checker(preview=True, languagetool="off")
    result = {"scanner": checker.scanner.backend_name, "sets": {}}
    for set_name, items in texts().items():
        result["sets"][set_name] = {name: digest(checker.check(text)) for name, text in items.items()}
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: scanner {result['scanner']}; " + ", ".join(f"{k} {len(v)}" for k, v in result["sets"].items()))


def compare(a: Path, b: Path) -> int:
    left, right = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    differ = 0
    for set_name in sorted(set(left["sets"]) | set(right["sets"])):
        la, rb = left["sets"].get(set_name, {}), right["sets"].get(set_name, {})
        names = set(la) | set(rb)
        bad = sorted(n for n in names if la.get(n) != rb.get(n))
        differ += len(bad)
        shown = "" if not bad or "heldout" in set_name else ": " + ", ".join(bad[:10])
        print(f"{set_name}: {len(names)} texts, {len(bad)} differ{shown}")
    print(f"{left.get('scanner')} vs {right.get('scanner')}: {'identical' if not differ else f'{differ} texts differ'}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--backend", choices=("python", "native"))
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.out, args.backend)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
