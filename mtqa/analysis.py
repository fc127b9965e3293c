"""Declared analyses: facts about a document or a paragraph that several rules read.

An analysis is a documented public function marked with ``@analysis(name)`` (and the packs
it reads, ``packs=("quotes",)``). A rule asks for it through ``ctx.analysis(func)`` (a
document analysis, ``func(doc, *packs)``) or ``ctx.analysis(func, par)`` (a paragraph
analysis, ``func(par, *packs)``). An analysis that reads scan hits declares its triggers
(``triggers=``, like a rule's) and is passed ``hits`` after its packs (`TriggerHits`:
``hits(par, trigger_name)``, and ``hits.fired_in(pars, trigger_name)``, the paragraphs where
that trigger fired, so that a document analysis walks those only; ``hits.fired(par, name)`` and
``hits.phrases(par, name)``, whether it fired there and which of its phrases, without making the
hits); a rule that asks for it declares those triggers too, so the engine scans for them
whichever rules are selected. The engine computes it the first time any rule asks, once per
document (or per section of a very long one), and every rule that names it gets the same
result. Nothing is hung on the paragraph or kept under a string key, and no rule depends on
another having run first: an analysis never reads rule options and never depends on which rules
are selected.

Facts derived from a compiled pack alone (an index of its names) are not analyses: they
belong to the pack's compiled object, computed once per Checker.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

import msgspec

F = TypeVar("F", bound=Callable)

DOCUMENT = "document"
PARAGRAPH = "paragraph"


class AnalysisMeta(msgspec.Struct, frozen=True):
    name: str
    scope: str  # DOCUMENT: func(doc, *packs); PARAGRAPH: func(par, *packs)
    packs: tuple[str, ...] = ()  # compiled packs passed after the document or paragraph
    triggers: tuple = ()  # mtqa.scan triggers whose hits it reads: `hits(par, name)` passed after the packs


def analysis(name: str, *, scope: str = DOCUMENT, packs: tuple[str, ...] = (),
             triggers: tuple = ()) -> Callable[[F], F]:
    """Mark `func` as an analysis named `name`, reading the compiled `packs` (passed to it in
    order after the document or paragraph) and, with `triggers`, their hits (a function
    `hits(par, trigger_name)` passed last); a rule that asks for it declares both too."""
    if scope not in (DOCUMENT, PARAGRAPH):
        raise ValueError(f"analysis {name!r}: scope must be {DOCUMENT!r} or {PARAGRAPH!r}")

    def decorate(func: F) -> F:
        func.analysis = AnalysisMeta(name, scope, tuple(packs), tuple(triggers))  # type: ignore[attr-defined]
        return func

    return decorate


def meta_of(func: Callable) -> AnalysisMeta:
    """The declaration of an analysis; a plain function is refused with a clear message."""
    meta = getattr(func, "analysis", None)
    if not isinstance(meta, AnalysisMeta):
        raise TypeError(f"{getattr(func, '__qualname__', func)!r} is not declared with @analysis")
    return meta


class TriggerHits:
    """What an analysis that declares triggers is passed: the scan's hits of those triggers, the
    same whichever rule asked for the analysis (`scan`: a mtqa.scan.ScanResult; `rule_id`: the
    asking rule, which declares the analysis's triggers too)."""

    __slots__ = ("_scan", "_rule_id")

    def __init__(self, scan: Any, rule_id: str) -> None:
        self._scan = scan
        self._rule_id = rule_id

    def __call__(self, par: Any, trigger: str) -> list:
        """The hits of the trigger named `trigger` in `par` (mtqa.scan.Hit, in text order)."""
        return self._scan.hits(par, self._rule_id, trigger)

    def fired(self, par: Any, trigger: str) -> bool:
        """Whether the trigger named `trigger` has hits in `par` (``bool(hits(par, trigger))``,
        without making them)."""
        return self._scan.has_hits(par, self._rule_id, trigger)

    def phrases(self, par: Any, trigger: str) -> set[str]:
        """The phrases (as declared) of the trigger's hits in `par` (``{h.phrase for h in
        hits(par, trigger)}``, without making the hits): what an analysis that only asks
        which phrases fired reads."""
        return self._scan.phrases(par, self._rule_id, trigger)

    def fired_in(self, pars: list, trigger: str) -> list:
        """The paragraphs of `pars`, in order, where the trigger named `trigger` has hits: the
        others' `hits(par, trigger)` are empty, so an analysis need not ask them."""
        return self._scan.fired_in(pars, self._rule_id, trigger)
