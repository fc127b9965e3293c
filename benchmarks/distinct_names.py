"""How `names/inconsistent-spelling` grows with a story's distinct surnames.

    python benchmarks/distinct_names.py [--sizes 1,10,100] [--rule names/inconsistent-spelling]
                                        [--near-known] [--backend native|python] [--json FILE]

A made-up story of SIZE MB (decimal) is built from invented people, one a paragraph, each
with an invented given name and surname: nearly every surname is new (a long story that
keeps naming new people, the worst case for comparing every two surnames), and one person in
fifty comes back later with the surname one letter off, so the rule has something to find.
The text is made here from syllables, never read from the corpus. With `--near-known`, every
seventh paragraph is followed by one naming a well-known person of the `names` pack
(`rules/names.toml`) with the surname a letter or two off, in a made-up sentence that names the
role (lone after "Mr.", before "government", after the given name, after the person's title):
`names/near-known-name` has something to find in every section.

The check runs with only `--rule` selected (its analyses run too: the inventory of names), on a
warm Checker, LanguageTool off. A document over 250,000 characters is checked in sections
(`engine.SECTION_CHARS`), so a story-level rule's cost should grow linearly with the size:
the figure to watch is CPU seconds per MB. Printed: size, paragraphs, distinct surnames,
findings, CPU seconds and CPU seconds per MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.checkout import require_dependencies  # noqa: E402

require_dependencies()

MB = 1_000_000
_ONSETS = "b br c d dr f g gr h j k kl l m n p pr r s st t v w z".split()
_VOWELS = "a e i o u ai ou ea io".split()
_CODAS = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "sk", "v"]
_TITLES = ["Councillor", "Dr.", "Mayor", "Prof.", "Minister", "Judge", "Coach", "Senator"]
_TEMPLATES = [
    "{title} {first} {last} said the plan would be reviewed before the vote next month.",
    "The report was tabled by {title} {first} {last}, who asked for a second reading.",
    "{first} {last}, a resident of the area for twenty years, said the road was unsafe.",
    "Asked about the delay, {title} {last} said the contractors had not been paid.",
]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _misspelt(rng: random.Random, name: str) -> str:
    """The name with one letter after the first replaced: the spelling an engine redoes."""
    at = rng.randrange(1, len(name))
    letter = rng.choice([c for c in "aeioulnrst" if c != name[at]])
    return name[:at] + letter + name[at + 1 :]


def story(size: int, seed: int = 14) -> tuple[str, int]:
    """A made-up story of about `size` characters and its number of distinct surnames."""
    rng = random.Random(seed)
    seen: set[str] = set()
    people: list[tuple[str, str, str]] = []
    paragraphs: list[str] = []
    total = 0
    while total < size:
        if people and rng.random() < 0.02:  # one person in fifty comes back, spelt one letter off
            title, first, last = rng.choice(people)
            last = _misspelt(rng, last)
        else:
            last = _word(rng, rng.choice((2, 3, 3, 4)))
            if last in seen:
                continue
            title, first = rng.choice(_TITLES), _word(rng, 2)
            people.append((title, first, last))
        seen.add(last)
        text = rng.choice(_TEMPLATES).format(title=title, first=first, last=last)
        paragraphs.append(text)
        total += len(text) + 2
    return "\n\n".join(paragraphs) + "\n", len(seen)


_KNOWN_TEMPLATES = [
    "The {role} spoke on Tuesday. Mr. {one_off} said the plan would go ahead.",
    "The {role} was asked about it. Critics of the {two_off} government said no.",
    "The {role} {first} {one_off} arrived in the city on Monday.",
    "Asked about the strike, {title} {one_off} said little.",
]


def _off(rng: random.Random, name: str, edits: int) -> str:
    """`name` with `edits` letters after the first replaced."""
    letters = list(name)
    for _ in range(edits):
        at = rng.randrange(1, len(letters))
        letters[at] = rng.choice([c for c in "aeioulnrst" if c != letters[at]])
    return "".join(letters)


def with_near_known(text: str, seed: int = 38) -> str:
    """`text` with a near-miss of a well-known person's name after every seventh paragraph."""
    from mtqa.tomlreader import tomllib as toml_parser

    raw = toml_parser().loads((ROOT / "rules" / "names.toml").read_text(encoding="utf-8"))
    people = [p for p in raw.get("person", []) if len(p["name"].split()) >= 2 and len(p["name"].split()[-1]) >= 6]
    rng = random.Random(seed)
    out = []
    for i, paragraph in enumerate(text.rstrip("\n").split("\n\n")):
        out.append(paragraph)
        if i % 7 == 0 and people:
            p = rng.choice(people)
            first, last = p["name"].split()[0], p["name"].split()[-1]
            out.append(rng.choice(_KNOWN_TEMPLATES).format(
                role=p.get("role") or "minister", first=first, title=(p.get("titles") or ["Gen."])[0],
                one_off=_off(rng, last, 1), two_off=_off(rng, last, rng.randint(1, 2)),
            ))
    return "\n\n".join(out) + "\n"


def measure(size_mb: float, rule: str, near_known: bool = False) -> dict:
    from mtqa import Checker

    text, surnames = story(int(size_mb * MB))
    if near_known:
        text = with_near_known(text)
    checker = Checker(select=(rule,), languagetool="off")
    checker.check("Warm-up: Dr. Anna Lovel spoke.\n\nDr. Anna Lovell said so.\n")
    start = time.process_time()
    report = checker.check(text)
    cpu = time.process_time() - start
    return {
        "mb": size_mb,
        "paragraphs": text.count("\n\n") + 1,
        "distinct_surnames": surnames,
        "findings": len(report.findings),
        "cpu_seconds": round(cpu, 3),
        "cpu_seconds_per_mb": round(cpu / size_mb, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="story sizes in MB, comma-separated")
    parser.add_argument("--rule", default="names/inconsistent-spelling")
    parser.add_argument("--near-known", action="store_true",
                        help="add near-misses of well-known people's names (for names/near-known-name)")
    parser.add_argument("--backend", choices=("native", "python"), help="sets MTQA_SCAN_BACKEND")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    try:
        sizes = [float(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes wants numbers of MB separated by commas, not {args.sizes!r}")
    if any(s <= 0 for s in sizes):
        parser.error("--sizes wants sizes above 0")
    if args.backend:
        os.environ["MTQA_SCAN_BACKEND"] = args.backend
    rows = []
    for size in sizes:
        row = measure(size, args.rule, args.near_known)
        rows.append(row)
        print(
            f"{row['mb']:>7g} MB  {row['paragraphs']:>9,} paragraphs  {row['distinct_surnames']:>9,} surnames  "
            f"{row['findings']:>7,} findings  {row['cpu_seconds']:>9.2f} s CPU  {row['cpu_seconds_per_mb']:>7.3f} s/MB",
            flush=True,
        )
    if args.json:
        load = os.getloadavg() if hasattr(os, "getloadavg") else None
        args.json.write_text(json.dumps({"rule": args.rule, "near_known": args.near_known, "load_average": load, "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
