"""The tuning half's verdict per kind of excerpt (issue #11): which kinds of MT pass.

    python benchmarks/verdict_by_kind.py                    # with every extra installed here
    python benchmarks/verdict_by_kind.py --without-tagger   # as a user without mtqa[grammar]

For each `kind =` of the excerpt headers (`mt-zh-en`, `spun`, `clean` …): how many excerpts of
the tuning half, and the share failing at the shipped pass threshold (LanguageTool off). Tuning
half only: a per-kind figure of the held-back half would be read excerpt by excerpt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's mtqa, whatever is installed
from benchmarks.checkout import load_script, require_dependencies  # noqa: E402

require_dependencies()


def by_kind(documents: list[dict], kind_of: dict[str, str]) -> dict[str, dict]:
    """{kind: {"excerpts", "failing"}} from real_copy.py's per-excerpt rows."""
    rows: dict[str, list[bool]] = defaultdict(list)
    for d in documents:
        rows[kind_of[d["file"]]].append(not d["passed"])
    return {k: {"excerpts": len(v), "failing": round(sum(v) / len(v), 3)} for k, v in sorted(rows.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--without-tagger", action="store_true", help="hide the grammar extra's tagger")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if args.without_tagger:
        load_script("mtqa_without_tagger", HERE / "without_tagger.py").hide_tagger()
    rc = load_script("mtqa_real_copy", HERE / "real_copy.py")
    from mtqa import Checker

    kind_of = {ex.rel: ex.kind for ex in rc.load_excerpts()}
    figures = by_kind(rc.measure("tune", Checker(languagetool="off"))["_documents"], kind_of)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
