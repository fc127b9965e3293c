"""Check the real-copy corpus: every header, every label, and the split by site.

    python benchmarks/corpus/validate.py        # exit 0 when all is well, 1 with a list of problems

What it checks: headers have the keys README.md lists and a known kind; each file sits in
the half that half.py gives its site, and its name starts with the site's slug; bodies have
150 words or more; no site is in both halves; every label names an existing excerpt, has
known family, severity and catchable values, and its text occurs `occurrence` times in the
body; labels in one excerpt never overlap and are never given twice. The `signal/` folder (excerpts
labelled by kind only, for the document-level signal) is checked by `signal_problems`: the same
headers, every site in the tuning half and in no excerpt of `tune/`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from half import half_of, registered_domain
    from load import (CATCHABLE, FAMILIES, HEADER_KEYS, KINDS, OPTIONAL_HEADER_KEYS, ROOT,
                      SEVERITIES, CorpusError, load_excerpts, load_labels)
else:
    from .half import half_of, registered_domain
    from .load import (CATCHABLE, FAMILIES, HEADER_KEYS, KINDS, OPTIONAL_HEADER_KEYS, ROOT,
                       SEVERITIES, CorpusError, load_excerpts, load_labels)

MIN_WORDS = 150
SIGNAL = "signal"  # excerpts labelled by kind only (README.md in that folder)


def problems(root: Path = ROOT) -> list[str]:
    """Every problem found in the corpus under root, as one line each."""
    out: list[str] = []
    try:
        excerpts = load_excerpts(root)
    except CorpusError as exc:
        return [str(exc)]
    sites_by_half: dict[str, set[str]] = defaultdict(set)
    for ex in excerpts:
        out += _header_problems(ex)
        if isinstance(ex.header.get("site"), str):
            sites_by_half[registered_domain(ex.header["site"])].add(ex.half)
    out += [f"site {site} is in both halves" for site, halves in sites_by_half.items() if len(halves) > 1]
    bodies = {ex.rel: ex.body for ex in excerpts}
    try:
        labels = load_labels(root, bodies)
    except (CorpusError, TypeError, ValueError) as exc:
        return out + [f"labels: {exc}"]
    out += _label_problems(labels, bodies)
    return out


def signal_problems(root: Path = ROOT) -> list[str]:
    """Every problem found in signal/: headers as in the halves, each site in the tuning half
    (signal/ is tuning data) and not a site that tune/ already has, no URL twice."""
    try:
        extra = load_excerpts(root, halves=(SIGNAL,))
        tune_sites = {registered_domain(ex.header.get("site", "")) for ex in load_excerpts(root, halves=("tune",))}
    except CorpusError as exc:
        return [str(exc)]
    out: list[str] = []
    urls: dict[str, str] = {}
    for ex in extra:
        out += _header_problems(ex, expected_half="tune")
        site = ex.header.get("site")
        if isinstance(site, str) and registered_domain(site) in tune_sites:
            out.append(f"{ex.rel}: site {site} is already in tune/")
        url = ex.header.get("url")
        if url in urls:
            out.append(f"{ex.rel}: same url as {urls[url]}")
        urls[str(url)] = ex.rel
    return out


def _header_problems(ex, expected_half: str | None = None) -> list[str]:
    """Problems of one excerpt's header and length; its site must belong in `expected_half`
    (by default the half it sits in)."""
    h, rel = ex.header, ex.rel
    expected_half = expected_half or ex.half
    out = []
    missing = HEADER_KEYS - set(h)
    unknown = set(h) - HEADER_KEYS - OPTIONAL_HEADER_KEYS
    if missing:
        out.append(f"{rel}: header lacks {', '.join(sorted(missing))}")
    if unknown:
        out.append(f"{rel}: unknown header key(s) {', '.join(sorted(unknown))}")
    if h.get("kind") not in KINDS:
        out.append(f"{rel}: unknown kind {h.get('kind')!r}")
    site = h.get("site")
    if not isinstance(site, str) or not site or site.startswith("www."):
        out.append(f"{rel}: site must be a host name without 'www.'")
    else:
        if half_of(site) != expected_half:
            out.append(f"{rel}: site {site} belongs in {half_of(site)}/, not {ex.half}/")
        slug = site.replace(".", "-")
        stem = rel.split("/", 1)[1].removesuffix(".txt")
        if not (stem.startswith(slug + "-") and stem[len(slug) + 1:].isdigit()):
            out.append(f"{rel}: file name should be {slug}-NN.txt")
    url = h.get("url", "")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        out.append(f"{rel}: url is not an http(s) URL")
    if ex.words < MIN_WORDS:
        out.append(f"{rel}: {ex.words} words, fewer than {MIN_WORDS}")
    return out


def _label_problems(labels, bodies: dict[str, str]) -> list[str]:
    out = []
    spans: dict[str, list] = defaultdict(list)
    for lab in labels:
        w = lab.where
        if lab.file not in bodies:
            out.append(f"{w}: no excerpt {lab.file}")
            continue
        if lab.family not in FAMILIES:
            out.append(f"{w}: unknown family {lab.family!r}")
        if lab.severity not in SEVERITIES:
            out.append(f"{w}: unknown severity {lab.severity!r}")
        if lab.catchable not in CATCHABLE:
            out.append(f"{w}: catchable must be rule, source or world, not {lab.catchable!r}")
        if not isinstance(lab.fix, str):
            out.append(f"{w}: fix must be a string")
        if lab.start < 0:
            out.append(f"{w}: {lab.text!r} does not occur {lab.occurrence} time(s) in {lab.file}")
            continue
        if lab.text != lab.text.strip():
            out.append(f"{w}: span {lab.text!r} has leading or trailing space (spans are tight)")
        spans[lab.file].append(lab)
    for file, labs in spans.items():
        labs.sort(key=lambda lab: (lab.start, lab.end))
        for a, b in zip(labs, labs[1:]):
            if (a.start, a.end) == (b.start, b.end):
                out.append(f"{b.where}: same span as {a.where} ({b.text!r} in {file})")
            elif b.start < a.end:
                out.append(f"{b.where}: {b.text!r} overlaps {a.where} {a.text!r} in {file}")
    return out


def main() -> int:
    found = problems() + signal_problems()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s)", file=sys.stderr)
        return 1
    excerpts = load_excerpts()
    print(f"corpus ok: {len(excerpts)} excerpts, {len(load_excerpts(halves=(SIGNAL,)))} in {SIGNAL}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
