"""A member's `(Riding, Prov.)` parenthetical found in a paragraph (a declared analysis every
ridings rule reads), and what the gazetteer says about its place name.

A parenthetical counts when its last comma-separated part is a province or territory in any
spelling; whether the words before it name a federal member decides how sure a near-miss is.
"""

from __future__ import annotations

import msgspec

from mtqa.analysis import PARAGRAPH, analysis
from mtqa.patterns import lazy
from mtqa.rules.ridings.pack import Gazetteer, Province, Provinces, Riding, dash_key, fold_key
from mtqa.segment import Paragraph


_PAREN = lazy(r"\(([^()\n]{2,150})\)")
_NAME_OK = lazy(r"^\p{Lu}[\p{L}\p{M}'’.\- –—―‐‑]*$")
# Words before the parenthesis that say a federal member is being named.
_MP_CONTEXT = lazy(
    r"(?<![\p{L}])(?:MPs?|M\.P\.|[Mm]inisters?|[Cc]ritics?|[Ll]eader|[Ss]peaker|[Ww]hip|[Ss]ecretary|"
    r"[Ll]iberals?|[Cc]onservatives?|Tory|Tories|NDP|New Democrats?|Bloc(?: Québécois| Quebecois)?|"
    r"Greens?|[Mm]ember of Parliament|[Pp]arliamentarian|[Ii]ncumbent|[Cc]andidate)(?![\p{L}])"
)
_PROVINCIAL_CONTEXT = lazy(r"(?<![\p{L}])(?:MPPs?|MLAs?|MNAs?|MHAs?|[Mm]ember of the Legislative|"
                                    r"[Mm]ember of the National Assembly|[Mm]ayor|[Cc]ouncill?or)(?![\p{L}])")


class Parenthetical(msgspec.Struct, frozen=True):
    """`(Riding, Prov.)` found in a paragraph; spans index the paragraph text."""

    start: int  # "("
    end: int  # one past ")"
    name: str
    name_start: int
    name_end: int
    prov_text: str
    prov_start: int
    prov_end: int
    province: Province
    prov_is_cp: bool
    member_context: bool


@analysis("riding-parentheticals", scope=PARAGRAPH, packs=("provinces",))
def parentheticals(par: Paragraph, provinces: Provinces) -> list[Parenthetical]:
    """Every `(Place, Province)` parenthetical of a paragraph."""
    out: list[Parenthetical] = []
    text = par.text
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        comma = inner.rfind(",")
        if comma <= 0:
            continue
        prov_raw = inner[comma + 1 :]
        prov = prov_raw.strip()
        hit = provinces.lookup(prov)
        if hit is None:
            continue
        before = inner[:comma]
        prev_comma = before.rfind(",")  # "(Liberal, Papineau, Que.)": the riding is the last part
        name_raw = before[prev_comma + 1 :]
        name = name_raw.strip()
        if not name or not _NAME_OK.match(name) or len(name) > 100:
            continue
        base = m.start(1)
        name_start = base + prev_comma + 1 + (len(name_raw) - len(name_raw.lstrip()))
        prov_start = base + comma + 1 + (len(prov_raw) - len(prov_raw.lstrip()))
        window = text[max(0, m.start() - 90) : m.start()]
        member = bool(_MP_CONTEXT.search(window)) and not _PROVINCIAL_CONTEXT.search(window)
        out.append(Parenthetical(
            m.start(), m.end(), name, name_start, name_start + len(name), prov, prov_start,
            prov_start + len(prov), hit[0], hit[1], member,
        ))
    return out


class Resolution(msgspec.Struct, frozen=True):
    """What the gazetteer says about a parenthetical's place name."""

    kind: str  # exact | dashes | french | spelling | fuzzy | unknown
    riding: Riding | None
    score: float = 1.0


FUZZY_CUTOFF = 0.85  # without a member context, only a near-certain misspelling is reported
FUZZY_CUTOFF_MEMBER = 0.7


def resolve(p: Parenthetical, gaz: Gazetteer) -> Resolution:
    """What the gazetteer says about a parenthetical's place name (kept in the pack's cache: a
    story names its members again and again)."""
    return gaz.remembered(("resolve", p.name, p.member_context), lambda: _resolve(p, gaz))


def _resolve(p: Parenthetical, gaz: Gazetteer) -> Resolution:
    name = p.name.replace("’", "'")
    r = gaz.exact.get(name)
    if r is not None:
        return Resolution("exact", r)
    dk = dash_key(name)
    r = gaz.by_dash.get(dk)
    if r is not None:
        return Resolution("dashes", r)
    r = gaz.french.get(dk)
    if r is not None:
        return Resolution("french", r)
    r = gaz.by_fold.get(fold_key(name))
    if r is not None:
        return Resolution("spelling", r)
    hit = gaz.fuzzy(name, FUZZY_CUTOFF_MEMBER if p.member_context else FUZZY_CUTOFF)
    if hit is not None:
        return Resolution("fuzzy", hit[0], hit[1])
    return Resolution("unknown", None, 0.0)
