"""Declared analyses: facts about a document or a paragraph that several rules read.

An analysis is a documented public function marked with ``@analysis(name)`` (and the packs
it reads, ``packs=("quotes",)``). A rule asks for it through ``ctx.analysis(func)`` (a
document analysis, ``func(doc, *packs)``) or ``ctx.analysis(func, par)`` (a paragraph
analysis, ``func(par, *packs)``). An analysis that reads scan hits declares its triggers
(``triggers=``, like a rule's) and is passed ``hits(par, trigger_name)`` after its packs; a
rule that asks for it declares those triggers too, so the engine scans for them whichever
rules are selected. The engine computes it
the first time any rule asks, once per document (or per section of a very long one), and
every rule that names it gets the same result. Nothing is hung on the paragraph or kept
under a string key, and no rule depends on another having run first: an analysis never
reads rule options and never depends on which rules are selected.

Facts derived from a compiled pack alone (an index of its names) are not analyses: they
belong to the pack's compiled object, computed once per Checker.
"""

from __future__ import annotations

from typing import Callable, TypeVar

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
