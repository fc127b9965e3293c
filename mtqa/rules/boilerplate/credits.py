"""Boilerplate: who wrote the story and who took the photo, carried into the copy.

At the foot of a scraped page: the author's name, e-mail address, the publication's name
and a one-line bio; a headshot's caption that is only a name; a photo credit glued inside
the body copy.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, credit_matches, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, Status, rule
from mtqa.rules.boilerplate.furniture import EMAIL, is_furniture
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

_BIO = lazy(
    r"^(?:\p{Lu}[\p{L}'’\-]+\.?\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}"
    r"(?:reporter|writer|columnist|correspondent|editor|journalist|contributor|photographer|producer|"
    r"freelancer|bureau chief|critic)\b"
)
_NAME_LINE = lazy(r"^(?:The\s+)?(?:\p{Lu}[\p{L}'’\-]*\.?)(?:\s+(?:and\s+|&\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’\-]*\.?){0,3}$")
_BY_LINE = lazy(r"^(?:By|Par)\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}$")
_FOOTER_SCAN = 8  # how many paragraphs from the end may hold the footer


@rule(
    "boilerplate/footer",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def footer(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Byline, e-mail address, publication name and author bio repeated at the foot of the story.

    ## Why it matters
    A web page repeats its byline and contact line under the story; scraped with the copy,
    these lines are translated and published as if they were paragraphs of the story.
    The rule reads the last paragraphs of the document, upwards, while they look like
    footer lines (an e-mail address, a bare name, a bio line, a ``Follow`` line), and
    reports the block only when it holds an e-mail address or a bio line.

    ## Examples
    bad:  The vote is on Tuesday.\\n\\n[[jdoe@example.ca]]\\n\\n[[The Daily Planet]]\\n\\n[[Jane Doe]]
    bad:  The vote is on Tuesday.\\n\\n[[Jane Doe is a reporter at The Daily Planet covering Parliament.]]
    good: The vote is on Tuesday.\\n\\nJane Doe
    good: The vote is on Tuesday.\\n\\nWrite to the clerk at clerk@example.ca before Friday, he said.
    good: Jane Doe is a reporter at heart, her editor said.\\n\\nThe vote is on Tuesday.

    ## Fix safety
    Unsafe: each footer paragraph is deleted (its text only); an editor checks it was
    not the last line of the story.
    """
    pars = doc.paragraphs
    if not pars:
        return
    block: list[tuple[Paragraph, str]] = []
    strong = False
    for par in reversed(pars[-_FOOTER_SCAN:]):
        text = par.text.strip()
        kind = _footer_kind(text)
        if kind is None:
            break
        block.append((par, kind))
        if kind in ("email", "bio"):
            strong = True
    if not strong:
        return
    for par, kind in reversed(block):
        if kind == "furniture":
            continue  # page-furniture reports it
        what = {"email": "e-mail address", "bio": "author bio", "name": "byline or publication name",
                "byline": "byline"}[kind]
        yield ctx.finding(
            par, 0, len(par.text), f"Footer furniture ({what}) scraped in with the copy",
            fix=Fix.unsafe("Delete the footer line", replacement=""),
        )


# A paragraph that is only a person's name ended like a sentence: "Jane Roy."
_NAME_CAPTION = lazy(
    r"(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ ]){1,2}(?:(?:de|du|van|von|da|di|le|la)[ ])?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\."
)
_NOT_NAMES = frozenset({"The", "Thank", "Good", "Happy", "Merry", "See", "Next", "Read", "Related", "Photo", "Video",
                        "Click", "More", "Top", "Last", "First", "New", "Breaking", "Live", "Editor's", "Staff"})


@rule(
    "boilerplate/name-caption",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def name_caption(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A paragraph that is only the name of a person in the story, ended with a period: a headshot's caption.

    ## Why it matters
    A page shows a headshot captioned with the person's name. Scraped and sent through an
    engine that ends every segment like a sentence, the caption becomes a one-line
    paragraph "Jane Roy." between the headline and the lede. Professionally edited copy
    keeps such a caption without the period, as a caption line, or drops it. Only a name
    whose surname the story uses again is reported.

    ## Examples
    bad:  Roy defends the budget\\n\\n[[Jane Roy.]]\\n\\nFinance Minister Jane Roy defended her budget on Tuesday.
    good: Roy defends the budget\\n\\nJane Roy\\n\\nFinance Minister Jane Roy defended her budget on Tuesday.
    good: Roy defends the budget\\n\\nThank You.\\n\\nFinance Minister Jane Roy defended her budget on Tuesday.
    good: The budget passed.\\n\\nJohn Smith.\\n\\nNobody else was named.

    ## Fix safety
    Unsafe: the line is deleted; an editor checks it was not a one-word answer in a Q&A.
    """
    pars = doc.paragraphs
    candidates = []
    for par in pars:
        text = par.text.strip()
        if len(text) > 50 or not text.endswith("."):
            continue
        m = _NAME_CAPTION.fullmatch(text)
        if m and text.split(" ", 1)[0] not in _NOT_NAMES:
            candidates.append((par, m.group(1)))
    if not candidates:
        return
    for par, surname in candidates:
        named = regex.compile(rf"\b{regex.escape(surname)}\b")
        if not any(p is not par and named.search(p.text) for p in pars):
            continue
        start = len(par.text) - len(par.text.lstrip())
        yield ctx.finding(
            par, start, len(par.text.rstrip()), "A person's name alone on a line: a photo caption scraped in with the copy",
            fix=Fix.unsafe("Delete the caption", replacement=""),
        )


def _footer_kind(text: str) -> str | None:
    if not text or len(text) > 200:
        return None
    if EMAIL.fullmatch(text.strip(" .")):
        return "email"
    if is_furniture(text):
        return "furniture"
    if _BIO.match(text):
        return "bio"
    if _BY_LINE.match(text):
        return "byline"
    if len(text) <= 40 and _NAME_LINE.match(text):
        return "name"
    return None


_AFTER_SENTENCE = lazy(r"[.!?][\"”’)]?\s+$")


@rule(
    "boilerplate/photo-credit",
    status=Status.PREVIEW,  # stop 42, stop 39's rule: 1 clean flag, 0 MT labels alone; cp selects it
    triggers=(Phrases("credit word", ("/", "hoto", "llustration"), ignorecase=False, boundary="none"),),
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def photo_credit(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A photo credit glued inside the body copy (``… on Tuesday. THE CANADIAN PRESS/Jane Doe — the minister said …``).

    Captions and credit lines are recognised as such (``mtqa.roles``): a caption that ends
    with its credit, a credit on a line of its own, a caption's alt text above it are page
    layout, not errors. Only a credit with body copy after it in the same line is flagged.

    ## Why it matters
    Captions and their credits sit next to the story on the page; scraped with it and
    run together by the engine, the credit lands inside a paragraph of the story and is
    translated as if the photographer were part of the news.

    ## Examples
    bad:  The premier spoke in Quebec City. [[THE CANADIAN PRESS/Paul Roux]] — the minister said the talks would go on.
    bad:  Troops boarded a plane in Trenton [[(Lee Parks/Reuters)]] before the minister arrived on Monday to meet them.
    bad:  The committee met on Monday. [[The Daily Planet photograph by Kim Sato]] and members voted on the report.
    good: The premier speaks in Quebec City on Tuesday. THE CANADIAN PRESS/Paul Roux
    good: The committee met on Monday.\\n\\nThe Daily Planet photograph by Kim Sato
    good: Photo: Jane Doe\\n\\nThe committee met on Monday and voted on the report.
    good: The vote split Liberal/NDP lines in two ridings.
    good: The CBC/Radio-Canada merger and NATO/UN missions were discussed.
    good: He sent a photograph by e-mail to the committee.
    good: The premier's office released a photo of the meeting.
    good: A photo by Jane Doe won the National Newspaper Award.

    ## Fix safety
    Unsafe: the credit is deleted; the caption around it usually has to go too, which an
    editor decides.
    """
    text = par.text
    if not any(k in text for k in ("/", "hoto", "llustration")):
        return
    try:
        matches = credit_matches(text, timeout=0.5)
    except TimeoutError:
        ctx.partial(par, "the photo-credit pattern timed out after 0.5 s")
        return
    if not matches:
        return
    layout = ctx.analysis(line_roles)  # the page's roles, read only where a credit was found
    for start, end, in_words in matches:
        if layout.role(par, start) is not LayoutRole.BODY:
            continue  # a caption's credit or a credit line: page layout, checked by the house style
        if in_words and not _AFTER_SENTENCE.search(text, 0, start):
            continue  # "a photo by Jane Doe won …": a sentence about a photo, not a credit
        yield ctx.finding(
            par, start, end, "Photo credit glued inside the story's text",
            fix=Fix.unsafe("Delete the credit", replacement=""),
        )
