"""Repetition: a person's title and full name written out again on a later reference.

English news names a person in full once, with the title ("Prime Minister Jane Roy"), and by the
surname after ("Roy said"). Engines that translate sentence by sentence, and languages whose
copy repeats the title (Korean, Chinese, Turkish official copy), print the title and the whole
name each time: "President Jane Roy met ... President Jane Roy added". Only body copy counts:
a caption or a deck restates the name by design.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases

_TITLES = ("Prime Minister", "President", "Premier", "Chancellor", "Mayor", "Minister", "Senator", "Governor",
           "Secretary", "Ambassador", "Chairman", "Chairwoman", "Spokesperson", "Spokesman", "Spokeswoman")
# A title, then two or three capitalised names ("President Jane Roy", "Premier Kim Soo Min"), not
# followed by another capitalised word (a longer name or an institution).
_TITLED_NAME = lazy(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(_TITLES) + r")((?:[ \u00a0]\p{Lu}[\p{Ll}’'\-]+){2,3})(?![\p{L}\p{N}]|[ \u00a0]\p{Lu})"
)


@rule(
    "repetition/full-name-repeated",
    triggers=(Phrases("title", _TITLES, ignorecase=False),),
    category="Fluency/Style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def full_name_repeated(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A title and a full name given again in body copy after the story has already named the person so.

    ## Why it matters
    Later references in English news use the surname alone; a story that writes "Prime Minister
    Jane Roy" in every paragraph reads as translated sentence by sentence.

    ## Examples
    bad:  Premier Dana Whitlock opened the bridge on Monday.\\n\\nThe crowd cheered when [[Premier Dana Whitlock->Whitlock]] cut the ribbon.
    good: Premier Dana Whitlock opened the bridge on Monday.\\n\\nThe crowd cheered when Whitlock cut the ribbon.
    good: Premier Dana Whitlock opened the bridge on Monday.\\n\\nMayor Dana Whitlock Jr. and Premier Dana Whitlock Centre staff watched.
    good: Premier Dana Whitlock opened the bridge on Monday.\\n\\nPremier Dana Whitlock cuts the ribbon. (Photo: Jane Roe)

    ## Fix safety
    Unsafe: the surname alone is suggested; an editor checks that the name is the person's surname.
    """
    layout = ctx.analysis(line_roles)
    seen: set[str] = set()
    for par in doc.paragraphs:
        text = par.text
        for m in _TITLED_NAME.finditer(text):
            if layout.role(par, m.start()) is not LayoutRole.BODY:
                continue
            name = " ".join(m.group(1).split())
            if name not in seen:
                seen.add(name)
                continue
            surname = name.split()[-1]
            yield ctx.finding(par, m.start(), m.end(), f"“{m.group().strip()}” in full again: later references use the surname",
                              fix=Fix.unsafe("Use the surname", edits=(Edit(m.start(), m.end(), surname),)),
                              suggestions=(surname,))
