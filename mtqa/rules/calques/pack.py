"""The ``calques`` pack (``rules/calques.toml``): French set phrases and false friends with their
patterns, trigger words and contexts, compiled for the calque rules (mtqa.rules.calques.rules).

Apart from the rules so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rules: the rules' triggers read this pack by name
(`mtqa.scan.FromPack`), so their module is imported only when a trigger fires.
"""

from __future__ import annotations

import marshal
from pathlib import Path

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.errors import PackError
from mtqa.packs import Regex, SeverityName, locate, pack_compiler
from mtqa.rules.calques.literals import Gate, admits, further_stretches, grouped, required_stretches, top_branches
from mtqa.text.tokens import LETTER_RUN

PACK = "calques"

SCHEMA = {
    "calque!": [
        {
            "pattern!": Regex,
            "french!": str,
            "sense!": str,
            "suggestion": str,
            "confidence": float,
            "severity": SeverityName,
            "false_friend": bool,
            "words": [str],
            "also": [str],  # a second list of words, one of which must occur too
            "context": str,
            "origin": str,
            "example": str,
            "good": [str],  # look-alikes in idiomatic English the entry must leave alone (tested)
        }
    ],
    "contexts": {"*": {"pattern!": Regex, "scope": str, "description": str}},
}
_SCOPES = ("paragraph", "document")


class Entry(msgspec.Struct, frozen=True):
    french: str
    sense: str
    suggestion: str | None
    confidence: float
    severity: str | None
    false_friend: bool
    context: str | None = None  # name of a [contexts] pattern that must match around the calque
    origin: str = "French"  # the language calqued, or "spinner" for a paraphrase tool's synonym swap


class Context(msgspec.Struct, frozen=True):
    """Words that make the French sense likely (a party, a legislature, a hospital), by scope."""

    pattern: regex.Pattern
    scope: str  # "paragraph": the calque's own paragraph; "document": anywhere in the story
    origin: str = ""  # the pack file that set it (a timed-out search names it)


class Compiled(msgspec.Struct):
    """The pack as a check reads it. What an entry is (its `Entry`, the stretches that gate its
    search, its further lists) is kept as one small `marshal` blob an entry and built on first
    use (`entry`, `gate`, `further_lists`): a check tests the gates of the entries its fired
    words name (~140 of 916 on a 1,500-word story) and builds the Entry of the few it searches,
    and loading ~20,000 strings and tuples from the cache was most of the pack's load time."""

    patterns: list[str]  # one per entry, compiled (case-insensitive) when its trigger first fires
    gates: list[bytes]  # entry → its gate (literals.grouped(literals.required_stretches)), marshalled
    details: list[bytes]  # entry → (its Entry's fields, its further lists), marshalled
    further_in: frozenset[int]  # the entries with further lists
    triggers: dict[str, tuple[int, ...]]  # casefolded word → entries it may start
    always: tuple[int, ...]  # entries without trigger words: run on every paragraph
    contexts: dict[str, Context]
    also: dict[int, frozenset[str]] = msgspec.field(default_factory=dict)  # entry → words one of which must occur too
    # where the entries were written: (file, the first entry of it), in order (the merged list
    # holds each file's entries in one run), read only to name an entry (`origin`)
    runs: list[tuple[str, int]] = msgspec.field(default_factory=list)
    # entry → its top-level alternatives, each with its required stretches (`literals.top_branches`), marshalled:
    # only entries of two or more alternatives where one at least has stretches
    branches: dict[int, bytes] = msgspec.field(default_factory=dict)
    compiled: dict[int, regex.Pattern] = msgspec.field(default_factory=dict)  # entry → its pattern, once compiled
    branches_read: dict[int, tuple[tuple[str, tuple[str, ...] | None], ...]] = msgspec.field(default_factory=dict)
    branch_compiled: dict[str, regex.Pattern] = msgspec.field(default_factory=dict)  # an alternative → its pattern
    gates_read: dict[int, Gate | None] = msgspec.field(default_factory=dict)  # entry → its gate, once read
    details_read: dict[int, tuple[Entry, tuple[tuple[str, ...], ...]]] = msgspec.field(default_factory=dict)

    @property
    def also_words(self) -> frozenset[str]:
        """Every entry's `also` words (a trigger's phrases, `mtqa.scan.FromPack`)."""
        return frozenset().union(*self.also.values())

    def pattern(self, idx: int) -> regex.Pattern:
        """Entry `idx`'s pattern, compiled on first use: most entries never fire on a given
        story, and compiling all 460 up front was a third of a Checker's start-up."""
        pat = self.compiled.get(idx)
        if pat is None:
            pat = self.compiled[idx] = pattern_cache.compile(self.patterns[idx], regex.IGNORECASE)
        return pat

    def pattern_for(self, idx: int, lower: str | None) -> regex.Pattern | None:
        """Entry `idx`'s pattern for a text whose `literals.searchable` form is `lower`: where all
        but one of its top-level alternatives lack the text every match of them holds, that one
        alone, compiled on first use (it finds the same matches, without trying the others at
        every position: a long alternation of verbs costs ~0.2 ms a paragraph); None where none
        of them may match (nothing to search); else the whole pattern."""
        blob = self.branches.get(idx)
        if blob is None or lower is None:
            return self.pattern(idx)
        alternatives = self.branches_read.get(idx)
        if alternatives is None:
            alternatives = self.branches_read[idx] = marshal.loads(blob)
        may = [branch for branch, stretches in alternatives if admits(stretches, lower)]
        if len(may) != 1:
            return self.pattern(idx) if may else None
        pat = self.branch_compiled.get(may[0])
        if pat is None:
            pat = self.branch_compiled[may[0]] = pattern_cache.compile(may[0], regex.IGNORECASE)
        return pat

    def origin(self, idx: int) -> tuple[str, int]:
        """The pack file entry `idx` was written in, and its index among that file's entries."""
        return _origin(self.runs, idx)

    def source(self, idx: int) -> str:
        """Where entry `idx` was written, for a note: "calque[0] in house/calques.toml, line 6"."""
        path, own = self.origin(idx)
        return _source(path, own)

    def gated(self, entries: list[int]) -> list[tuple[int, Gate | None]]:
        """Each entry with the lowercase stretches one of which every match of it holds,
        grouped (`literals.gate_admits`), or None where no such stretches are known."""
        read = self.gates_read
        for idx in [idx for idx in entries if idx not in read]:
            read[idx] = marshal.loads(self.gates[idx])
        return [(idx, read[idx]) for idx in entries]

    def gate(self, idx: int) -> Gate | None:
        return self.gated([idx])[0][1]

    def entry(self, idx: int) -> Entry:
        return self._details(idx)[0]

    def further_lists(self, idx: int) -> tuple[tuple[str, ...], ...]:
        """Further lists of stretches, one of each of which every match holds too
        (`literals.further_stretches`; empty when there are none), tested where the gate admits."""
        return self._details(idx)[1]

    def _details(self, idx: int) -> tuple[Entry, tuple[tuple[str, ...], ...]]:
        try:
            return self.details_read[idx]
        except KeyError:
            fields, further = marshal.loads(self.details[idx])
            made = self.details_read[idx] = (Entry(*fields), further)
            return made


@pack_compiler(PACK, SCHEMA)
def compile_calques(data: dict) -> Compiled:
    details: list[bytes] = []
    further_in: set[int] = set()
    patterns: list[str] = []
    triggers: dict[str, list[int]] = {}
    always: list[int] = []
    also: dict[int, frozenset[str]] = {}
    contexts: dict[str, Context] = {}
    origins = data.get("_origins", {})
    for name, c in data.get("contexts", {}).items():
        scope = c.get("scope", "paragraph")
        origin = origins.get("contexts", {}).get(name) or " + ".join(data.get("_files") or [PACK + ".toml"])
        if scope not in _SCOPES:
            raise PackError(origin, f"contexts.{name}.scope: {scope!r} is not one of {', '.join(_SCOPES)}")
        contexts[name] = Context(pattern_cache.compile(c["pattern"], regex.IGNORECASE), scope, origin)
    runs = _runs(origins.get("calque", []))
    for i, e in enumerate(data["calque"]):
        patterns.append(e["pattern"])  # the schema's Regex type has checked that it compiles
        conf = float(e.get("confidence", 0.6))
        if not 0.0 <= conf <= 1.0:
            raise PackError(*_entry(runs, i, f"confidence: {conf} is not between 0 and 1"))
        context = e.get("context")
        if context is not None and context not in contexts:
            raise PackError(*_entry(runs, i, f"context: no [contexts] entry named {context!r}"))
        fields = (e["french"], e["sense"], e.get("suggestion"), conf, e.get("severity"),
                  bool(e.get("false_friend", False)), context, e.get("origin", "French"))
        further = further_stretches(e["pattern"])
        if further:
            further_in.add(i)
        details.append(marshal.dumps((fields, further)))
        words = [t for w in e.get("words") or () for t in LETTER_RUN.findall(w.casefold())]  # single runs of letters
        if words:
            for w in words:
                triggers.setdefault(w, []).append(i)
        else:
            always.append(i)
        more = frozenset(w.casefold() for w in e.get("also") or ())  # digits too: "10"
        if more:
            also[i] = more
    gates = [marshal.dumps(grouped(required_stretches(p))) for p in patterns]
    return Compiled(patterns, gates, details, frozenset(further_in), {k: tuple(v) for k, v in triggers.items()},
                    tuple(always), contexts, also, runs, _branches(patterns))


def _branches(patterns: list[str]) -> dict[int, bytes]:
    """Each pattern's top-level alternatives with their required stretches (`Compiled.pattern_for`),
    where it has two or more, one at least has stretches, and each compiles alone."""
    out: dict[int, bytes] = {}
    for i, p in enumerate(patterns):
        branches = top_branches(p)
        if branches is None:
            continue
        stretches = [required_stretches(b) for b in branches]
        if all(s is None for s in stretches):
            continue
        try:
            for b in branches:
                pattern_cache.compile(b, regex.IGNORECASE)
        except regex.error:  # an alternative that is no pattern alone: the whole is searched
            continue
        out[i] = marshal.dumps(tuple(zip(branches, stretches)))
    return out


def _runs(origins: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each file's run of entries in the merged list (`mtqa.packs` records each entry's file):
    (file, the merged index of its first entry)."""
    runs: list[tuple[str, int]] = []
    for i, (path, _) in enumerate(origins):
        if not runs or runs[-1][0] != path:
            runs.append((path, i))
    return runs


def _entry(runs: list[tuple[str, int]], idx: int, what: str) -> tuple[str, str, int | None]:
    """A PackError's file, message and line for entry `idx`: the file it was written in, and
    its index there (the merged list puts a user's entries before the built-in ones)."""
    path, own = _origin(runs, idx)
    return path, f"calque[{own}].{what}", _line(path, what.split(":")[0], own)


def _source(path: str, own: int) -> str:
    line = _line(path, "pattern", own)
    return f"calque[{own}] in {path}" + (f", line {line}" if line else "")


def _line(path: str, key: str, own: int) -> int | None:
    """The line of `key` in the file's calque entry `own`; None where the file is gone or changed
    (its name and the entry's index say enough)."""
    try:
        return locate(Path(path).read_text(encoding="utf-8"), key, "calque", own)
    except (OSError, UnicodeDecodeError):
        return None


def _origin(runs: list[tuple[str, int]], idx: int) -> tuple[str, int]:
    for path, first in reversed(runs):
        if first <= idx:
            return path, idx - first
    return PACK + ".toml", idx
