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


def _repeat(piece: str):
    return lambda n: (piece * (n // len(piece) + 1))[:n]


def _letters(i: int) -> str:
    """A made-up word for `i`, all its own: base 20 in consonants, a vowel after each."""
    out = ""
    while True:
        i, d = divmod(i, 20)
        out += "bcdfghjklmnpqrstvwxz"[d % 20] + "aeiou"[d % 5]
        if not i:
            return out


def _distinct(template: str):
    """`template` filled with a new made-up name each time: work that compares every name
    with every other (near spellings, case variants) grows with the square of their count."""
    def shape(n: int) -> str:
        out, size, i = [], 0, 0
        while size < n:
            piece = template.format(_letters(i).capitalize())
            out.append(piece)
            size += len(piece)
            i += 1
        return "".join(out)[:n]
    return shape


# Shapes aimed at each family's loops (stop 46): what each family's rules match or compare,
# repeated, and each in many paragraphs, where a rule that reads the whole document loops.
FAMILY_SHAPES = {
    "numbers and money": _repeat("$1,000,000 and 10 per cent, 3.5% of 1/2 on 2024-01-05, 12 000 $ "),
    "dates": _repeat("Jan. 5, 2024, January 5 2024, 5 January 2024, on Tuesday, Jan. 5 "),
    "titles": _repeat("Prime Minister Trudeau, prime minister Trudeau, Mr. Trudeau and Minister Joly said "),
    "name variants": _repeat("Jean Tremblay, JEAN TREMBLAY, Jean Tremblé and Jeane Tremblay met "),
    "distinct names": _distinct("{} Tremblay met "),
    "distinct names, a paragraph each": _distinct("Mr. {} said it.\n\n"),
    "distinct capitalised words": _distinct("{} "),
    "abbreviations": _repeat("U.S. e.g. i.e. Gov. Lt.-Gen. R.C.M.P. No. 5 vs. St. "),
    "attribution": _repeat("he said, she said, according to the minister, said he, affirmed she "),
    "furniture lines": _repeat("Photo: Reuters\nRead more:\nShare this article\nAdvertisement\n"),
    "short paragraphs": _repeat("The board met on Tuesday.\n\n"),
    "quoted paragraphs": _repeat("“Yes,” she said.\n\n"),
    "mojibake": _repeat("Ã© Ã¨ â€™ â€œ cafÃ© "),
    "riding parentheticals": _repeat("(Liberal—Toronto Centre) MP (NDP, Ottawa Centre) said "),
    "french words": _repeat("le ministre de la Santé, la Chambre des communes et le premier ministre "),
    "mixed spelling": _repeat("colour color centre center organise organize "),
    "spaced punctuation": _repeat("word , word ; word : word !! ?? -- ... "),
    "articles": _repeat("a apple an book the the a the "),
    "institutions": _repeat("Supreme Court of Canada, the supreme court, the Senate, House of Commons "),
    "publications": _repeat("the Globe and Mail, The Toronto Star, Le Devoir, the National Post "),
    "calque phrases": _repeat("at the level of the measure where it is question of in the framework of "),
    "many sentences": _repeat("It is. "),
    "shouting": _repeat("THE BOARD MET ON TUESDAY "),
    "hyphen chains": _repeat("x-"),
    "urls": _repeat("http://example.com/a/b?c=d www.example.ca "),
    "parentheticals": _repeat("(a) "),
    "numbered list": lambda n: "".join(f"{i}. The board met.\n" for i in range(n // 18 + 1))[:n],
    "unknown words": _distinct("{}xq "),
}

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
    **FAMILY_SHAPES,
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
