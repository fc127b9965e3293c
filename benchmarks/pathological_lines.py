"""How check time grows on pathological lines, family by family (the review of stop 45).

    python benchmarks/pathological_lines.py [--sizes 5000,20000] [--shape NAME ...] [--json FILE]

Why: a rule whose time is linear on news copy can go quadratic on a line nobody writes but
anybody can paste: a run of 20,000 periods, brackets or quotes nested a thousand deep, letters
under piles of accents, right-to-left and zero-width marks between words, a whole article on one
line. Each shape is built at each size (characters) inside a paragraph of the seed's prose and
checked on a warm Checker, LanguageTool off; the report gives the seconds, the three slowest
families, the growth exponent between the smallest and largest size (1 is linear, 2 quadratic)
and the ratio to the seed's own prose cut to the same size. A shape is flagged when its exponent
is over 1.5 or it takes over 10 times the same-size prose.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()


def _prose(n: int) -> str:
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    return (seed * (n // max(1, len(seed)) + 1))[:n]


def _nested(opener: str, closer: str):
    return lambda n: opener * (n // 2) + "the board met" + closer * (n // 2)


def _accents(n: int) -> str:
    piece = "e\u0301\u0300\u0302\u0308a\u0327\u030c "
    return (piece * (n // len(piece) + 1))[:n]


def _directional(n: int) -> str:
    piece = "\u200fthe\u200b board\u202e met\u2066 مرحبا\u2069 שלום\u200d "
    return (piece * (n // len(piece) + 1))[:n]


SHAPES = {
    **{f"run {name}": (lambda ch: lambda n: ch * n)(ch) for name, ch in [
        ("period", "."), ("space", " "), ("hyphen", "-"), ("dash", "—"), ("straight-double", '"'),
        ("curly-open", "“"), ("apostrophe", "'"), ("open-paren", "("), ("letter", "a"), ("capital", "A"),
        ("asterisk", "*"), ("comma", ","), ("digit", "0"), ("zero-width", "\u200b"), ("nbsp", "\u00a0"),
        ("e-acute", "é"), ("ampersand", "&"), ("less-than", "<")]},
    "words one line": lambda n: _prose(n).replace("\n", " "),
    "nested parens": _nested("(", ")"),
    "nested brackets": _nested("[", "]"),
    "nested curly quotes": _nested("“‘", "’”"),
    "nested guillemets": _nested("« ", " »"),
    "many accents": _accents,
    "rtl and zero-width": _directional,
    "empty quotation pairs": lambda n: '""' * (n // 2),
    "words and words": lambda n: ("firm and and firm or " * (n // 21 + 1))[:n],
    "noun pairs again": lambda n: ("it firm and firm again, " * (n // 24 + 1))[:n],
    "single-quoted speech": lambda n: ("'We will act on this,' she said. " * (n // 33 + 1))[:n],
    "name across a comma": lambda n: ("in Tanglin, Tanglin near " * (n // 25 + 1))[:n],
    "speech after quotes": lambda n: ("“Yes.” We will act on it now, she said. " * (n // 40 + 1))[:n],
    "closing marks opening nothing": lambda n: ("it ,  ”" * (n // 7 + 1))[:n],
    "repeated word": lambda n: ("the " * (n // 4 + 1))[:n],
    "repeated name": lambda n: ("Prime Minister Justin Trudeau " * (n // 30 + 1))[:n],
}


def measure(shapes: list[str], sizes: list[int]) -> list[dict]:
    from mtqa.session import Session

    s = Session.of(languagetool="off")
    s.check(s.document("Warm the the checker up.", format="plain"))
    lead = "The harbour board met on Tuesday. "

    def timed(text: str) -> tuple[float, dict]:
        t0 = time.perf_counter()
        r = s.check(s.document(text, format="plain"))
        return time.perf_counter() - t0, dict(r.timings or {})
    base = {n: timed(lead + _prose(n))[0] for n in sizes}
    rows = []
    for name in shapes:
        points = []
        for n in sizes:
            # what follows is lower case: a sentence boundary is looked for and never found
            took, timings = timed(lead + SHAPES[name](n) + " and the chair spoke.\n")
            slowest = sorted(((v, k) for k, v in timings.items() if k != "total"), reverse=True)[:3]
            points.append({"chars": n, "seconds": round(took, 3), "prose_seconds": round(base[n], 3),
                           "slowest_ms": {k: round(v) for v, k in slowest}})
        a, b = points[0], points[-1]
        exponent = math.log(max(b["seconds"], 1e-3) / max(a["seconds"], 1e-3)) / math.log(b["chars"] / a["chars"])
        ratio = b["seconds"] / max(b["prose_seconds"], 1e-3)
        row = {"shape": name, "points": points, "exponent": round(exponent, 2), "over_prose": round(ratio, 1),
               "flagged": exponent > 1.5 or ratio > 10}
        rows.append(row)
        timings = " ".join(f"{p['chars']}:{p['seconds']:.2f}s" for p in points)
        print(f"{name:22} {timings}  exponent {exponent:.2f}  "
              f"x{ratio:.1f} prose  {'FLAG ' + str(b['slowest_ms']) if row['flagged'] else ''}", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5000,20000", help="characters per shape, comma-separated")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="default: every shape")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = measure(args.shape or list(SHAPES), sizes)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 1 if any(r["flagged"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
