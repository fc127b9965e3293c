"""Quotation marks of the wrong kind or level: primes used as quotes, double marks nested in double marks.

Engines and keyboard pipelines that lose curly quotes sometimes substitute the double prime
(″, the inch and arc-second sign) or the Hebrew gershayim (״); and a quotation inside a
quotation comes out with the outer marks repeated (“He said “no” to me”) because the source
language nests « » inside “ ”, or „ “ inside « ». English nests single marks inside double.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy, lazy_re
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Chars
from mtqa.segment import Paragraph

_PRIMES = "″‶״"
_PRIME = lazy_re(r"[″‶״]")


@rule(
    "quotes/prime-as-quote",
    triggers=(Chars("prime", _PRIMES),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def prime_as_quote(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A double prime (″) or gershayim (״) used as a quotation mark.

    ## Why it matters
    The prime marks inches, seconds of arc and minutes of a coordinate; as a quotation mark
    it shows a pipeline that lost the curly marks and substituted the nearest glyph.

    ## Examples
    bad:  [[″->“]]We will not give up,[[″->”]] the mayor told reporters.
    bad:  The sign read [[״->“]]closed[[״->”]] on Monday.
    good: “We will not give up,” the mayor told reporters.
    good: A 55″ screen sits at 45°30′15″ N, the notice said.

    ## Fix safety
    Safe: a mark before a word opens, a mark after one closes.
    """
    text = par.text
    for m in _PRIME.finditer(text):
        s = m.start()
        before = text[s - 1] if s else " "
        if before.isdigit():
            continue  # 55″, 15″: inches and seconds
        after = text[m.end()] if m.end() < len(text) else " "
        opening = (before.isspace() or before in "([—–-") and not after.isspace()
        glyph = "“" if opening else "”"
        yield ctx.finding(par, s, m.end(), "A prime used as a quotation mark",
                          fix=Fix.safe(f"Write {glyph}", replacement=glyph))


# An opening double mark, a second opening double mark before any closing one, then a closing
# mark for the inner quotation and one for the outer: “ … “ … ” … ”.
_NESTED = lazy(r"“[^“”\n]*?(“)[^“”\n]*?(”)[^“”\n]*?”")


@rule(
    "quotes/nested-double",
    triggers=(Chars("opening mark", "“"),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def nested_double(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A quotation inside a quotation in double marks, where English uses single ones (“He said “no” to me”).

    ## Why it matters
    French and German copy nests its marks differently (“ ” inside « », „ “ inside « »); an
    engine that maps both to English double marks leaves the reader unable to tell where the
    outer quotation ends.

    ## Examples
    bad:  “He told me [[“no”->‘no’]] and left,” she said.
    good: “He told me ‘no’ and left,” she said.
    good: “We are ready,” he said. “We will go,” she added.

    ## Fix safety
    Safe: the inner pair becomes single marks. When the inner quotation holds one of its own in
    single marks (“a “b ‘c’ d” e”), that one would have to become double marks, and a closing
    single mark cannot be told from an apostrophe blind: the fix is shown, not applied (applied,
    it left ‘‘c’’, and deep nesting was never fixed to the end).
    """
    text = par.text
    for m in _NESTED.finditer(text):
        body = text[m.end(1):m.start(2)]
        inner = "‘" + body + "’"
        if "‘" in body:
            fix = Fix.display_only("Write single marks for the inner quotation, double marks for the one inside it")
        else:
            fix = Fix.safe("Write single marks for the inner quotation", replacement=inner)
        yield ctx.finding(par, m.start(1), m.end(2), "Double marks inside a double-quoted quotation", fix=fix)
