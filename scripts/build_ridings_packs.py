"""Regenerate rules/ridings.toml and rules/provinces.toml from ../shared/data (run from the repo root).

    python scripts/build_ridings_packs.py [DATA_DIR]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
OUT = Path(__file__).resolve().parents[1] / "rules"


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def ridings() -> None:
    merged: dict[str, dict] = {}
    for r in csv.DictReader(open(DATA / "ridings_federal.csv", encoding="utf-8")):
        e = merged.setdefault(r["name_en"], {"fr": r["name_fr"], "province": r["province_code"], "orders": []})
        e["orders"].append(int(r["representation_order"]))
    lines = [
        "[pack]",
        'id = "ridings"',
        "schema = 1",
        'description = "Federal electoral districts (ridings) of the 2013 and 2023 representation orders"',
        'sources = ["opencivicdata/ocd-division-ids identifiers/country-ca/ca_federal_electoral_districts-2013.csv '
        'and -2023.csv (Elections Canada names), via ../shared/data/ridings_federal.csv"]',
        'licence = "CC0-1.0"',
        "",
        "# One entry per English name. `fr` is the French name where it differs; `orders` the",
        "# representation orders the name belongs to. Add local names (provincial ridings) in a user pack.",
    ]
    for name in sorted(merged):
        e = merged[name]
        lines.append("")
        lines.append("[[riding]]")
        lines.append(f"name = {q(name)}")
        if e["fr"] and e["fr"] != name:
            lines.append(f"fr = {q(e['fr'])}")
        lines.append(f"province = {q(e['province'])}")
        lines.append(f"orders = {sorted(set(e['orders']))}")
    (OUT / "ridings.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def provinces() -> None:
    lines = [
        "[pack]",
        'id = "provinces"',
        "schema = 1",
        'description = "Canadian provinces and territories with their CP-style abbreviations and other forms"',
        'sources = ["Translation Bureau Writing Tips Plus; NRCan geographical abbreviations; CP-style guides '
        '(via ../shared/data/province_abbreviations.csv)"]',
        'licence = "facts, compiled by hand"',
        "",
        "# cp: the form CP style uses after a community or riding name, e.g. (Papineau, Que.).",
        "# alternatives: postal codes, French abbreviations and obsolete forms (not CP style).",
    ]
    for r in csv.DictReader(open(DATA / "province_abbreviations.csv", encoding="utf-8")):
        alts = [a for a in r["alternatives"].split("|") if a]
        lines += [
            "",
            "[[province]]",
            f"code = {q(r['province_code'])}",
            f"name = {q(r['name_en'])}",
            f"cp = {q(r['cp_abbreviation'])}",
            f"alternatives = [{', '.join(q(a) for a in alts)}]",
            f"name_fr = {q(r['name_fr'])}",
        ]
    (OUT / "provinces.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    ridings()
    provinces()
