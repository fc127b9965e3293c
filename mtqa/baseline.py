"""Baselines: accept the findings a file has today and report only new ones.

``mtqa check --write-baseline mtqa-baseline.json PATH...`` records a fingerprint for every
finding; ``mtqa check --baseline mtqa-baseline.json PATH...`` then leaves out the findings
whose fingerprint is recorded for that file. Fixed findings simply stop matching; writing the
baseline again prunes them.

A fingerprint is a hash of

* the rule id,
* the flagged text, normalised (case folded, whitespace runs collapsed),
* a little context: up to two words either side of the flagged text within its paragraph,
  normalised the same way (so re-wrapping the paragraph changes nothing),
* the occurrence index among the file's findings with the same rule, text and context.

It holds no line number and no offset, so edits elsewhere in the file (a paragraph added
above, a line re-wrapped elsewhere) leave it unchanged; an edit to the flagged words or
their immediate neighbours makes the finding new, which is what a reviewer wants to see.

Files are keyed by their path relative to the baseline file's directory (POSIX form), so a
baseline committed at the root of a repository works from any working directory.

The file is JSON, sorted for stable diffs::

    {"schema": "mtqa-baseline/1",
     "files": {"copy/story.md": [{"fingerprint": "…", "rule": "quotes/…", "text": "…", "line": 12}]}}

`rule`, `text` and `line` are for people reading the file; only `fingerprint` is matched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

from mtqa import digests, scoring
from mtqa import rx as regex
from mtqa.errors import InputError
from mtqa.finding import Finding
from mtqa.text.tokens import CHUNK

SCHEMA = "mtqa-baseline/1"
CONTEXT_WORDS = 2
_CONTEXT_CHARS = 80
_WS = regex.compile(r"\s+")
_PARA_BREAK = regex.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str]:
    """Up to `words` words before and after text[start:end] in its paragraph, normalised.

    Line breaks inside the paragraph count as spaces, so re-wrapping does not change it."""
    left = text[max(0, start - _CONTEXT_CHARS):start]
    breaks = list(_PARA_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    right = text[end:end + _CONTEXT_CHARS]
    m = _PARA_BREAK.search(right)
    if m:
        right = right[:m.start()]
    before = CHUNK.findall(left)[-words:] if words else []
    after = CHUNK.findall(right)[:words] if words else []
    return _norm(" ".join(before)), _norm(" ".join(after))


def fingerprints(findings: Iterable[Finding], text: str) -> list[str]:
    """One fingerprint per finding, in order (see the module docstring)."""
    seen: dict[tuple, int] = {}
    out = []
    for f in findings:
        before, after = context(text, f.span.start, f.span.end)
        base = (f.rule_id, _norm(f.text), before, after)
        index = seen.get(base, 0)
        seen[base] = index + 1
        payload = "\x1f".join((*base, str(index)))
        out.append(digests.sha256(payload.encode("utf-8")).hexdigest()[:32])
    return out


def file_key(path: str, root: Path) -> str:
    """A file's key in a baseline stored in directory `root`."""
    p = Path(path).resolve() if path not in ("-", "") else Path.cwd() / (path or "-")
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(p, root)).as_posix() if os.name != "nt" else p.as_posix()


def restrict(report, keep: list[Finding], policy: scoring.ScoringPolicy, note: str | None = None):
    """The report with only `keep` among its findings, penalty, score and verdict recomputed."""
    return report.rescored(keep, policy, note)


class Baseline:
    """Recorded fingerprints per file; `root` is the directory paths are relative to."""

    def __init__(self, root: Path, files: dict[str, set[str]] | None = None) -> None:
        self.root = root
        self.files: dict[str, set[str]] = files or {}

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: baseline file not found (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read baseline ({getattr(exc, 'strerror', None) or exc})") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not an mtqa baseline: not valid JSON (line {exc.lineno}: {exc.msg}); "
                             "write one with --write-baseline") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("files"), dict):
            raise InputError(f"{path}: not an mtqa baseline (expected \"schema\": \"{SCHEMA}\" and \"files\")")
        files: dict[str, set[str]] = {}
        for key, entries in data["files"].items():
            if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                        for e in entries):
                raise InputError(f"{path}: files.{key}: expected a list of entries with a \"fingerprint\"")
            files[key] = {e["fingerprint"] for e in entries}
        return cls(p.resolve().parent, files)

    def partition(self, path: str, findings: list[Finding], text: str) -> tuple[list[Finding], list[Finding]]:
        """(new findings, findings already in the baseline) for one file."""
        known = self.files.get(file_key(path, self.root))
        if not known or not findings:
            return findings, []
        new: list[Finding] = []
        old: list[Finding] = []
        for f, fp in zip(findings, fingerprints(findings, text)):
            (old if fp in known else new).append(f)
        return new, old

    def apply(self, report, policy: scoring.ScoringPolicy):
        """Leave out the report's baselined findings (score recomputed, a note says how many)."""
        if report.error is not None:
            return report
        new, old = self.partition(report.path or "-", report.findings, report.text)
        if not old:
            return report
        n = len(old)
        return restrict(report, new, policy, f"{n} finding{'s' if n != 1 else ''} in the baseline not shown")


class BaselineWriter:
    """Collects fingerprints report by report; `write` saves them (atomically)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.root = self.path.resolve().parent
        self.files: dict[str, list[dict]] = {}
        self.checked: set[str] = set()

    def add(self, report) -> None:
        if report.error is not None:
            return
        entries = [
            {"fingerprint": fp, "rule": f.rule_id, "text": f.text, "line": f.span.line}
            for f, fp in zip(report.findings, fingerprints(report.findings, report.text))
        ]
        key = file_key(report.path or "-", self.root)
        self.checked.add(key)
        if entries:
            self.files[key] = entries
        else:
            self.files.pop(key, None)

    def baseline(self) -> Baseline:
        return Baseline(self.root, {k: {e["fingerprint"] for e in v} for k, v in self.files.items()})

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.files.values())

    def _kept_from_existing(self) -> dict[str, list]:
        """Entries of an existing baseline for files not checked this run that still exist."""
        try:
            old = json.loads(self.path.read_text(encoding="utf-8"))
            files = old["files"] if old.get("schema") == SCHEMA else {}
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            return {}
        return {k: v for k, v in files.items()
                if k not in self.checked and isinstance(v, list) and (self.root / k).exists()}

    def write(self) -> None:
        """Save the baseline; files of an existing baseline that were not checked this run are kept."""
        merged = {**self._kept_from_existing(), **self.files}
        data = {"schema": SCHEMA, "files": {k: merged[k] for k in sorted(merged)}}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        tmp = self.path.with_name(f".{self.path.name}.tmp{os.getpid()}")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InputError(f"{self.path}: cannot write baseline ({exc.strerror or exc})") from None
