"""House: forms that one house style requires and others do not, checked only when a style asks.

Professionally edited copy is not wrong for following another house's conventions, so
these rules start as preview (off by default) and a style profile turns them on: the
strict ``cp`` profile selects them (``mtqa styles``). They read the page's layout from
``mtqa.roles``: a caption's credit is judged as a credit, not as a sentence of the story.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy
from mtqa.roles import CREDIT_KEYS, LayoutRole, credits_in, line_roles
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

# The form Canadian Press captions carry: the agency in capitals, a slash, the photographer
# or source ("THE CANADIAN PRESS/Jane Doe", "THE CANADIAN PRESS/HO-RCMP", "AP PHOTO/John Roe").
_WIRE_FORM = lazy(r"\(?(?-i:[A-Z][A-Z.&\- ]*[A-Z.])/\S")


@rule(
    "house/credit-form",
    category="Style/Company style",
    severity=Severity.MINOR,
    status=Status.PREVIEW,
    # a paragraph holding no credit key holds no credit (`credits_in`)
    triggers=(Phrases("credit key", CREDIT_KEYS, ignorecase=False, boundary="none"),),
)
def credit_form(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A photo credit of a caption not in the Canadian Press wire form (``THE CANADIAN PRESS/Jane Doe``).

    ## Why it matters
    CP captions end with the credit in one form: the agency in capitals, a slash and the
    photographer. Papers have forms of their own ("The Hill Times photograph by …",
    "(Photo: …)", "(Jane Doe/CBC)"), which are right in their pages; a desk that moves copy
    in CP style sets every credit the CP way. Selected by the ``cp`` style only.

    ## Examples
    bad:  The premier speaks in Regina on Monday. [[Photo: Jane Doe]]
    bad:  The premier speaks in Regina on Monday. [[(Jane Doe/The Daily Star)]]
    bad:  The premier speaks in Regina on Monday. [[The Daily Planet photograph by Jane Doe]]
    good: The premier speaks in Regina on Monday. THE CANADIAN PRESS/Jane Doe
    good: The premier speaks in Regina on Monday. AP PHOTO/John Roe
    good: He sent a photograph by e-mail to the committee on Monday.
    """
    text = par.text
    layout = None
    for start, end in credits_in(text):
        layout = layout or ctx.analysis(line_roles)
        if layout.role(par, start) is not LayoutRole.CREDIT:
            continue  # a credit inside a sentence is boilerplate/photo-credit's business
        if _WIRE_FORM.match(text, start, end):
            continue
        yield ctx.finding(par, start, end, "Photo credit not in the CP form (AGENCY/Photographer)")
