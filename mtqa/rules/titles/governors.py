"""A provincial premier called a governor, as engines render the head of a province.

Spanish *gobernador*, Chinese *shěngzhǎng* (省长) and Russian *gubernator* name the head of a
province a governor, so machine translation from them calls Canada's premiers "the governor
of Ontario" or "Alberta Governor Jane Roe". Canadian provinces have premiers, and their
governors are lieutenant governors (the Crown's), which is a different office.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import jurisdiction
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases
from mtqa.segment import paragraph_matches

_GOVERNOR = lazy(r"(?<![\p{L}-])([Gg]overnors?)(?![\p{L}-])")
# what makes "governor" another office: the Crown's lieutenant governor, the governor general,
# an order in council ("Governor in Council"), or a central bank's or a board's governor
_OTHER_OFFICE_BEFORE = lazy(r"(?:[Ll]ieutenant|[Ll]t\.?)[ \t\-]*$")
_OTHER_OFFICE_AFTER = lazy(r"[ \t\-]+(?:[Gg]eneral|in[ \t]+[Cc]ouncil)\b|[ \t]+of[ \t]+the[ \t]+(?:[Bb]ank|[Bb]oard)\b")
_OF_THE_PROVINCE = lazy(r"[ \t]+of[ \t]+the[ \t]+province\b")
_PROVINCIAL_BEFORE = lazy(r"(?<![\p{L}-])[Pp]rovincial[ \t]+$")
_CAPITALISED_WORD_END = lazy(r"\p{Lu}[\p{L}.’'\-]*[ \t]+$")


def _province_before(text: str, pos: int, data: jurisdiction.Legislatures) -> bool:
    """Whether a province's name (or abbreviation, or possessive) ends right before `pos`,
    and is not the tail of a longer name ("Rhode Island", "Prince George")."""
    q = jurisdiction.qualifier_before(text, pos, data)
    if not q or q[0] != "province" or not q[1]:
        return False
    head = text[max(0, pos - 80):pos].rstrip()
    for phrase in sorted(data.qualifiers, key=len, reverse=True):
        if data.qualifiers[phrase] and (head.endswith(phrase) or head.endswith(phrase + "'s") or head.endswith(phrase + "’s")):
            rest = head[: head.rfind(phrase)]
            return not _CAPITALISED_WORD_END.search(rest) or rest.rstrip().endswith((".", "The", "the"))
    return False


def _names_another_country(par, data: jurisdiction.Legislatures) -> bool:
    return data.abroad is not None and bool(jurisdiction.scan(data.abroad, data.abroad_firsts, par))


@rule(
    "titles/premier-as-governor",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(jurisdiction.PACK,),
    confidence=0.8,
    triggers=(Phrases("governor", ("governor", "governors")), *jurisdiction.TRIGGERS),
)
def premier_as_governor(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian province's head of government called its governor (Spanish *gobernador*).

    ## Why it matters
    Languages that call the head of a province its governor (Spanish, Chinese, Russian) give
    "the governor of Ontario" or "Alberta Governor Jane Roe" in translation. A province has a
    premier; its lieutenant governor represents the Crown and does not govern, so the reader is
    told the wrong person acted.

    ## Examples
    bad:  Ontario [[Governor->Premier]] Dana Mercer said the bill would pass.
    bad:  The [[governor->premier]] of Quebec, Luc Fortin, defended the plan.
    bad:  “We will not wait,” said Alberta's [[governor->premier]] at the legislature.
    bad:  MLAs sat late in Edmonton, and the provincial [[governor->premier]] thanked them.
    bad:  The National Assembly sat on Tuesday. The [[governor->premier]] of the province spoke first.
    bad:  (Saskatchewan [[Governor->Premier]] Tom Reid) opened the session in Regina.
    good: California Governor Gavin Newsom met B.C. Premier Ann Roy in Sacramento.
    good: Lieutenant Governor Edith Dumont opened the Ontario legislature; Ontario's Lieutenant-Governor spoke.
    good: The governor of the Bank of Canada spoke in Toronto; Bank of Canada Governor Tiff Macklem agreed.
    good: Rhode Island Governor Dan McKee met P.E.I. Premier Ann Roy; the Governor General of Canada watched.
    good: The governor of the Mexican province met Quebec's premier; Governor in Council approved the order.
    good: The provincial governor of Buenos Aires met Argentina's president.
    bad:  Ontario will cap study permits, Ottawa said. Students from India worry.\\n\\nThe [[governor->premier]] of the province said colleges would cope.
    good: Ontario's premier met Argentina's president.\\n\\nThe governor of the province of Buenos Aires said Argentina would cope.

    ## Fix safety
    Display only: the editor confirms the person is the province's premier (a lieutenant
    governor may be meant).
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, m in paragraph_matches(doc.paragraphs, _GOVERNOR, "overnor"):
        text = par.text
        before = text[max(0, m.start() - 20):m.start()]
        if _OTHER_OFFICE_BEFORE.search(before) or _OTHER_OFFICE_AFTER.match(text, m.end()):
            continue
        after = jurisdiction.of_after(text, m.end(), data)
        provincial = _province_before(text, m.start(), data) or bool(after and after[0] == "province" and after[1])
        if not provincial and (_PROVINCIAL_BEFORE.search(before) or _OF_THE_PROVINCE.match(text, m.end())):
            # "the provincial governor": a Canadian province's where the story names no other
            # country, or names a province and the paragraph names no other country
            provincial = not st.abroad or (bool(st.by_province) and not _names_another_country(par, data))
        if not provincial:
            continue
        word = m.group(1)
        fix = ("P" if word[0] == "G" else "p") + "remier" + ("s" if word.endswith("s") else "")
        yield ctx.finding(
            par, m.start(1), m.end(1),
            "A Canadian province is led by a premier, not a governor (Spanish “gobernador”, Chinese “省长”)",
            fix=Fix.display_only("Call the province's head of government its premier", fix),
        )
