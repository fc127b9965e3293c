"""The ``calques`` pack (``rules/calques.toml``): French set phrases and false friends with their
patterns, trigger words and contexts, compiled for the calque rules (mtqa.rules.calques.rules).

Apart from the rules so that a Checker, which reads (or compiles) every pack its rules declare,
imports the compiler and not the rules: the rules' triggers read this pack by name
(`mtqa.scan.FromPack`), so their module is imported only when a trigger fires.
"""

from __future__ import annotations

import marshal

import msgspec

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.errors import PackError
from mtqa.packs import Regex, SeverityName, pack_compiler
from mtqa.rules.calques.literals import Gate, further_stretches, grouped, required_stretches
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
    compiled: dict[int, regex.Pattern] = msgspec.field(default_factory=dict)  # entry → its pattern, once compiled
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
    for name, c in data.get("contexts", {}).items():
        scope = c.get("scope", "paragraph")
        if scope not in _SCOPES:
            raise PackError(_where(data), f"contexts.{name}.scope: {scope!r} is not one of {', '.join(_SCOPES)}")
        contexts[name] = Context(pattern_cache.compile(c["pattern"], regex.IGNORECASE), scope)
    for i, e in enumerate(data["calque"]):
        patterns.append(e["pattern"])  # the schema's Regex type has checked that it compiles
        conf = float(e.get("confidence", 0.6))
        if not 0.0 <= conf <= 1.0:
            raise PackError(_where(data), f"calque[{i}].confidence: {conf} is not between 0 and 1")
        context = e.get("context")
        if context is not None and context not in contexts:
            raise PackError(_where(data), f"calque[{i}].context: no [contexts] entry named {context!r}")
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
                    tuple(always), contexts, also)


def _where(data: dict) -> str:
    files = data.get("_files") or ["calques.toml"]
    return " + ".join(files)
