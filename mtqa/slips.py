"""One slip, one finding: when two rules report the same slip, the user sees one of them.

Two findings report one slip when their spans overlap or sit just beside each other (nothing but
up to `BESIDE` spaces between, no line break) and a declared table says their rules are twins.
The finding kept is the more specific one, with its fix; the other is not penalised again: it is
dropped from the report and kept as related information of the first (its rule and span, in the
kept finding's ``extra["same_slip"]``, as ruff's and SARIF's related locations keep them), so a
benchmark's label matcher still sees where it was.

The one function that says "these two spans are one slip" is `beside`; the engine's twins
(`TWINS`, below), the LanguageTool integration's twins (rules/languagetool.toml ``[same_slip]``)
and `mtqa serve`'s LanguageTool proxy all decide through it (`same_slip`). The engine drops every
twin in one place, `one_per_slip`, after the integrations ran: a LanguageTool match that
`same_slip` finds to be a twin comes marked (``extra["same_slip_of"]``), so its span is kept
beside mtqa's finding like any other twin's.
"""

from __future__ import annotations

import bisect
import fnmatch
import functools
from collections.abc import Iterable

from mtqa.finding import Finding

BESIDE = 3  # at most this many spaces between two findings of one slip

# mtqa's own twins: the rule whose finding a user sees → the rules (globs) whose finding on the same
# or a touching span reports the same slip and is dropped. Found by listing every pair of findings
# of two rules on overlapping or adjoining spans on the tuning half and signal/ (benchmarks/README.md,
# branch ltover17, second round); pairs that report two slips (a quote mark on the wrong side and
# the punctuation outside it, a stray period and the calque next to it) are not twins.
TWINS: dict[str, tuple[str, ...]] = {
    # "the mission. to train": both flag the period; typography's span is the period itself.
    "typography/stray-period": ("abbreviations/stray-period",),
    # "said that The minister": one capital in mid-sentence, three rules.
    "grammar/capital-mid-sentence": ("typography/stray-capitals", "typography/capital-function-word"),
    # "the PQ deputies": a deputy is a member; the title rule names the right word.
    "titles/legislator-as-deputy": ("calques/false-friend",),
    # "the Council of Ministers" for a cabinet: the institution's English name, with its fix.
    "institutions/literal-name": ("calques/false-friend",),
    # a spun institution name, also flagged as a calque phrase.
    "institutions/spun-name": ("calques/french-calque",),
    # "on the 14th" with no month: the numbers rule says what is missing.
    "numbers/day-without-month": ("calques/french-calque",),
    # "law 21" for Bill 21: one slip, the institutions rule has the fix.
    "institutions/law-for-bill": ("typography/lowercase-bill-number", "calques/french-calque"),
    # "yes or yes": a repeated word in a coordination, also a calque entry.
    "repetition/coordinated-same-word": ("calques/french-calque",),
    # a name in lower case is neither an unknown word nor only a lowercase sentence start.
    "names/lowercase-name": ("nonwords/unknown-word", "typography/lowercase-sentence-start"),
    "typography/lowercase-proper-name": ("typography/lowercase-sentence-start",),
    # a French party word ("péquiste") left in: the calque rule names it, the nonword rule only doubts it.
    "calques/french-calque": ("nonwords/unknown-word",),
    # a dated furniture line: the page-furniture finding spans the whole of it.
    "boilerplate/page-furniture": ("boilerplate/furniture-line",),
    # ", –" before a speaker: a dash for quotation marks, not two separators.
    "quotes/dash-for-quotation": ("typography/stacked-separators",),
    # a segment left as its source: the language rule names the language; the copy rule keeps the
    # short segments (five words or fewer) and those whose language it cannot read.
    "source/target-not-english": ("source/target-same-as-source",),
}


def beside(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Are two spans of `text` one place: overlapping, or with nothing but up to `BESIDE`
    spaces (no line break) between them? (An empty span counts as a point.)"""
    if a_start < b_end and b_start < a_end or a_start == b_start:
        return True
    gap = text[a_end:b_start] if a_end <= b_start else text[b_end:a_start]
    return len(gap) <= BESIDE and (not gap or gap.isspace()) and "\n" not in gap


def matches(rule_id: str, globs: Iterable[str]) -> bool:
    return any(glob_matches(rule_id, g) for g in globs)


_GLOB_MAGIC = frozenset("*?[")  # the only characters `fnmatch` reads as other than themselves


def glob_matches(rule_id: str, glob: str) -> bool:
    """`fnmatch.fnmatchcase(rule_id, glob)`, told by equality when `glob` names one rule (no `*`,
    `?` or `[`), as every twin of `TWINS` does: `fnmatch` compiles each glob it meets into a
    regular expression with `re`'s parser (19 in a check of the seed, ~1 ms of its start-up)."""
    if _GLOB_MAGIC.isdisjoint(glob):
        return rule_id == glob
    return fnmatch.fnmatchcase(rule_id, glob)


def same_slip(text: str, start: int, end: int, others: Iterable[tuple[int, int, str]],
              rules: tuple[str, ...]) -> bool:
    """Does one of `others` ((start, end, rule id) on `text`), of a rule matching `rules` (globs),
    report the same slip as the span [start, end)?"""
    if not rules:
        return False
    return any(beside(text, start, end, s, e) and matches(rule_id, rules) for s, e, rule_id in others)


SAME_SLIP_OF = "same_slip_of"  # in a finding's extra: the rules (globs) whose finding beside it reports its slip


def one_per_slip(text: str, findings: list[Finding], twins: dict[str, tuple[str, ...]] = TWINS) -> list[Finding]:
    """`findings` less those a twin reports (see the module docstring); order is kept. A finding
    yields to a finding beside it of a keeper rule: `twins` (mtqa's own), or the rules its
    ``extra["same_slip_of"]`` names (an integration's finding, such as LanguageTool's, that
    `same_slip` found to be a twin). A dropped finding's rule and span go into its keeper's
    ``extra["same_slip"]``, with those it stood for."""
    rule_ids = {f.rule_id for f in findings}
    candidates = _may_yield(findings, twins, rule_ids)
    if not candidates:
        return findings
    kept_by = _keepers_beside(text, findings, candidates, rule_ids)
    if not kept_by:
        return findings
    related = _stood_for(findings, kept_by)
    out = []
    for i, f in enumerate(findings):
        if i in kept_by:
            continue
        if i in related:
            f = _with_extra(f, {**f.extra, "same_slip": [*f.extra.get("same_slip", ()), *related[i]]})
        out.append(f)
    return out


def _may_yield(findings: list[Finding], twins: dict[str, tuple[str, ...]], rule_ids: set[str]
               ) -> list[tuple[int, tuple[str, ...]]]:
    """Each finding (by index) that has a keeper rule to yield to, with the keepers' globs: its
    rule's twins and those its ``extra["same_slip_of"]`` names. Most findings have none."""
    declared = {r: _keepers(r) if twins is TWINS else _keepers_in(twins, r) for r in rule_ids}
    candidates = [(i, declared[f.rule_id] + tuple(f.extra.get(SAME_SLIP_OF, ()) if f.extra else ()))
                  for i, f in enumerate(findings)]
    return [(i, globs) for i, globs in candidates if globs]


def _keepers_beside(text: str, findings: list[Finding], candidates: list[tuple[int, tuple[str, ...]]],
                    rule_ids: set[str]) -> dict[int, int]:
    """Index of each finding that yields → index of its keeper: the first finding beside it of a
    keeper rule (in the order of its globs), unless that one yields to it already (two twins
    keep one of them, not neither)."""
    places = _Places(findings)
    named: dict[str, list[str]] = {}  # glob → the rule ids here it names
    kept_by: dict[int, int] = {}
    for i, globs in candidates:
        f = findings[i]
        for glob in globs:
            if glob not in named:
                named[glob] = [r for r in rule_ids if glob_matches(r, glob)] if _GLOB_MAGIC.intersection(glob) else (
                    [glob] if glob in rule_ids else [])
            j = next((j for r in named[glob] if r != f.rule_id for j in places.near(r, f.span.start, f.span.end)
                      if beside(text, f.span.start, f.span.end, findings[j].span.start, findings[j].span.end)), None)
            if j is not None and kept_by.get(j) != i:
                kept_by[i] = j
                break
    return kept_by


def _stood_for(findings: list[Finding], kept_by: dict[int, int]) -> dict[int, list[dict]]:
    """Index of each finding kept → the rules and spans of the findings dropped for it; a keeper
    that is itself dropped passes them on to its own keeper."""
    related: dict[int, list[dict]] = {}
    for i in sorted(kept_by):
        j, seen = kept_by[i], {i}
        while j in kept_by and j not in seen:  # a keeper that is itself dropped passes it on
            seen.add(j)
            j = kept_by[j]
        f = findings[i]
        related.setdefault(j, []).append({"rule_id": f.rule_id, "start": f.span.start, "end": f.span.end})
    return related


def _keepers_in(twins: dict[str, tuple[str, ...]], rule_id: str) -> tuple[str, ...]:
    """The rules `twins` says a finding of `rule_id` yields to."""
    return tuple(k for k, rules in twins.items() if k != rule_id and matches(rule_id, rules))


@functools.lru_cache(maxsize=None)
def _keepers(rule_id: str) -> tuple[str, ...]:
    """`_keepers_in(TWINS, rule_id)`, remembered: asked of every rule with a finding in every
    check, and TWINS is fixed, where matching its globs anew cost about 5 M instructions a check."""
    return _keepers_in(TWINS, rule_id)


def _with_extra(f: Finding, extra: dict) -> Finding:
    """`f` with another `extra` (a new Finding: the one given may be cached or shared). Made by its
    constructor, not dataclasses.replace, which costs three times as much per finding."""
    return Finding(f.rule_id, f.message, f.span, f.text, f.severity, f.category, f.suggestions, f.fix,
                   f.confidence, f.source, extra)


class _Places:
    """The findings of each rule by start, so that those near a span are found by bisection (a long
    document has thousands of findings of one rule)."""

    def __init__(self, findings: list[Finding]) -> None:
        by_rule: dict[str, list[tuple[int, int]]] = {}
        longest: dict[str, int] = {}
        for i, f in enumerate(findings):
            by_rule.setdefault(f.rule_id, []).append((f.span.start, i))
            longest[f.rule_id] = max(longest.get(f.rule_id, 0), f.span.end - f.span.start)
        self._starts = {r: sorted(v) for r, v in by_rule.items()}
        self._longest = longest

    def near(self, rule_id: str, start: int, end: int) -> list[int]:
        """Indices of `rule_id`'s findings that may overlap [start, end) or sit within `BESIDE` of it."""
        spans = self._starts.get(rule_id, [])
        lo = bisect.bisect_left(spans, (start - self._longest[rule_id] - BESIDE - 1, -1)) if spans else 0
        hi = bisect.bisect_left(spans, (end + BESIDE + 1, -1))
        return [i for _, i in spans[lo:hi]]


def related_spans(f: Finding) -> list[tuple[int, int]]:
    """The spans of the twins `f` stands for (see `one_per_slip`)."""
    return [(r["start"], r["end"]) for r in f.extra.get("same_slip", ())] if f.extra else []
