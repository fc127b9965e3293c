"""Typography: a compound of two countries or peoples split by spaces ("Canada – Hungary relations").

English joins two countries or nationalities that modify a noun together with a hyphen or an
unspaced en dash (Canada-Hungary relations, the Egyptian-Canadian community), and a hyphen never
takes a space on one side only ("Greek- Canadian"). Translated releases of embassies and
agencies (Hungarian, Vietnamese, Arabic, Greek, Korean sources among the unseen batches) carry
over the source's spaced dash or slash, or a hyphen whose space a line break left.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy, longest_first
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Pattern
from mtqa.segment import Paragraph
from mtqa.text.countries import COUNTRIES, MULTIWORD_COUNTRIES, NATIONALITIES

_NAMES = "|".join(regex.escape(n) for n in sorted(COUNTRIES | NATIONALITIES | {"U.S.", "EU", "UK"} |
                                                  set(MULTIWORD_COUNTRIES), key=longest_first))
# The nouns two countries modify together ("Canada – Hungary relations"); a match, a game or a
# score between two teams is sport's own style and is left alone.
_PAIR_NOUNS = (
    r"relations|relationship|ties|friendship|co-?operation|trade|border|partnership|agreements?|accord|summit|"
    r"talks|dialogue|forum|council|chamber|commission|committee|alliance|deal|treaty|exchanges?|links|business|"
    r"joint|bilateral|economic|diplomatic|parliamentary|association|society|community|communities|group|program|"
    r"programme|project|mission|visa|investment|cultural|youth|free|strategic|defence|defense|security|energy"
)
# Two names joined by a spaced dash or slash, before a noun of the pair.
_SPACED_PAIR = lazy(
    r"(?<![\p{L}\p{N}.\-–—/])(" + _NAMES + r")( [–—\-/] )(" + _NAMES + r")(?![\p{L}\p{N}’'\-–—])(?= (?:" + _PAIR_NOUNS + r")\b)"
)
# A nationality or country, a hyphen and a space, then another: "Greek- Canadian".
_HALF_SPACED = lazy(r"(?<![\p{L}\p{N}\-])(" + _NAMES + r")(- )(" + _NAMES + r")(?![\p{L}\p{N}])")


@rule(
    "typography/spaced-compound",
    triggers=(Pattern("spaced joiner", "[A-Za-z.] [–—/-] [A-Z]|[a-z]- [A-Z]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.75,
)
def spaced_compound(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“Canada – Hungary relations”, “Egyptian / Canadian”, “Greek- Canadian”: a compound of two countries split by spaces.

    ## Why it matters
    Two countries or peoples that modify a noun together are one compound: Canada-Hungary
    relations, the Vietnam-Australia partnership, the Egyptian-Canadian community. A spaced dash
    or slash between them reads as an aside or a choice, and a hyphen with a space after it as a
    word cut at a line break. Translated releases keep the source's spacing. A sports pairing
    ("the Canada – Hungary match") and a list of places are left alone.

    ## Examples
    bad:  The ambassador praised [[Canada – Hungary->Canada-Hungary]] relations.
    bad:  She chairs the [[Egyptian / Canadian->Egyptian-Canadian]] business council.
    bad:  The [[Greek- Canadian->Greek-Canadian]] community gathered at the school.
    good: The ambassador praised Canada-Hungary relations and the Egyptian-Canadian council.
    good: Canada – Hungary, 3-1; the Canada – Hungary match went to overtime.
    good: Flights stop in Canada – Hungary's capital is next – and then Austria.
    good: Pre- and post-war French- and English-speaking towns.

    ## Fix safety
    Safe: a hyphen replaces the spaced mark.
    """
    text = par.text
    for pattern in (_SPACED_PAIR, _HALF_SPACED):
        for m in pattern.finditer(text):
            fixed = f"{m.group(1)}-{m.group(3)}"
            yield ctx.finding(par, m.start(1), m.end(3), f"Compound of two names: “{fixed}”",
                              fix=Fix.safe(f"Write “{fixed}”", edits=(Edit(m.start(2), m.end(2), "-"),)),
                              suggestions=(fixed,))
