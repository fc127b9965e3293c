"""Read the real-copy corpus: excerpt files (TOML header + body) and their labels.

Shared by `validate.py` (which checks the corpus) and `benchmarks/real_copy.py` (which
measures mtqa on it), so both read the files the same way.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
HALVES = ("tune", "heldout")
KINDS = frozenset({
    "mt-fr-en", "mt-es-en", "mt-de-en", "mt-zh-en", "mt-other-en",
    "round-trip", "spun", "mt-official", "clean",
})
FAMILIES = frozenset({
    "titles", "quotes", "institutions", "ridings", "abbreviations", "repetition",
    "publications", "calques", "names", "consistency", "attribution", "boilerplate",
    "encoding", "untranslated", "numbers", "nonwords", "grammar", "typography", "spelling",
    "other",
})
SEVERITIES = frozenset({"minor", "major", "critical"})
CATCHABLE = frozenset({"rule", "source", "world"})
HEADER_KEYS = {"url", "site", "published", "retrieved", "kind"}
OPTIONAL_HEADER_KEYS = {"original_url", "title", "note", "batch"}
LABEL_KEYS = {"file", "text", "occurrence", "family", "fix", "severity", "catchable"}
OPTIONAL_LABEL_KEYS = {"note"}
FENCE = "+++"


class CorpusError(ValueError):
    """A corpus file or label that does not follow benchmarks/corpus/README.md."""


@dataclass(frozen=True)
class Excerpt:
    """One excerpt: where it is, what its header says, and its body (the text checked)."""

    rel: str  # path relative to the corpus root, e.g. "tune/globalnews-ca-01.txt"
    half: str
    header: dict
    body: str

    @property
    def kind(self) -> str:
        return self.header["kind"]

    @property
    def site(self) -> str:
        return self.header["site"]

    @property
    def is_mt(self) -> bool:
        return self.kind != "clean"

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Label:
    """One labelled artifact, with its character span in the excerpt body."""

    file: str
    text: str
    occurrence: int
    family: str
    fix: str
    severity: str
    catchable: str
    note: str = ""
    start: int = -1
    end: int = -1
    where: str = field(default="", compare=False)  # "labels.d/x.toml #3", for messages


def split_header(raw: str, rel: str) -> tuple[dict, str]:
    """Split a file into its TOML header and its body (the text after the closing fence line)."""
    lines = raw.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise CorpusError(f"{rel}: does not start with a '{FENCE}' header line")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise CorpusError(f"{rel}: header has no closing '{FENCE}' line") from None
    try:
        header = tomllib.loads("\n".join(lines[1:close]))
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{rel}: header is not valid TOML: {exc}") from None
    return header, "\n".join(lines[close + 1:])


def load_excerpts(root: Path = ROOT, halves: tuple[str, ...] = HALVES) -> list[Excerpt]:
    """Every excerpt of the given halves, sorted by path."""
    out = []
    for half in halves:
        for path in sorted((root / half).glob("*.txt")):
            rel = f"{half}/{path.name}"
            header, body = split_header(path.read_text(encoding="utf-8"), rel)
            out.append(Excerpt(rel, half, header, body))
    return out


def label_files(root: Path = ROOT) -> list[Path]:
    """labels.toml when it exists, plus any fragments still in labels.d/."""
    files = [root / "labels.toml"] if (root / "labels.toml").exists() else []
    return files + sorted((root / "labels.d").glob("*.toml"))


def load_labels(root: Path = ROOT, bodies: dict[str, str] | None = None) -> list[Label]:
    """Every label, with its span located in its excerpt's body when `bodies` is given.

    A label whose text cannot be found keeps start = end = -1 (validate.py reports it).
    """
    labels = []
    for path in label_files(root):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, entry in enumerate(data.get("label", []), 1):
            where = f"{path.relative_to(root).as_posix()} #{i}"
            known = {k: v for k, v in entry.items() if k in LABEL_KEYS | OPTIONAL_LABEL_KEYS}
            label = Label(**{"note": "", **known}, where=where) if LABEL_KEYS <= set(entry) else None
            if label is None:
                missing = ", ".join(sorted(LABEL_KEYS - set(entry)))
                raise CorpusError(f"{where}: missing key(s) {missing}")
            if bodies is not None and label.file in bodies:
                start = find_occurrence(bodies[label.file], label.text, label.occurrence)
                if start >= 0:
                    label = _with_span(label, start, start + len(label.text))
            labels.append(label)
    return labels


def find_occurrence(body: str, text: str, occurrence: int) -> int:
    """Offset of the n-th (1-based) occurrence of text in body, or -1."""
    if not text or not isinstance(occurrence, int) or occurrence < 1:
        return -1
    pos = -1
    for _ in range(occurrence):
        pos = body.find(text, pos + 1)
        if pos < 0:
            return -1
    return pos


def _with_span(label: Label, start: int, end: int) -> Label:
    from dataclasses import replace

    return replace(label, start=start, end=end)
