"""Boilerplate: page furniture scraped in with the copy and then translated with it.

Copy taken from a web page carries the page around it: a date stamp and the word
"advertisement" before the first paragraph, "Share this article", "Read more", "Follow"
links with the author's e-mail address, and at the foot the author's name, the
publication's name and a one-line bio. None of it belongs in the story sent for
publication, and a translation engine turns some of it into odd prose.
"""

from __future__ import annotations

from typing import Iterator

import regex

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import Paragraph

# Words that page furniture is made of (casefolded); a furniture line has only these,
# dates, times, numbers, e-mail addresses, handles and separators.
_FURNITURE_WORDS = frozenset(
    """advertisement advertisements ad ads advertising sponsored content story continues below above article
    share this on facebook twitter x linkedin email e-mail print comments comment read more follow us subscribe
    newsletter sign up log in login register date published updated posted last related topics tags
    listen to audio video watch photo photos image credit getty images file copy link whatsapp reddit
    reddit pinterest save bookmark reprint reprints and permissions report an error editorial standards
    policies trending now recommended for you top stories next previous page opens in a new window tab
    min minute minutes read time am pm a.m p.m et est edt pt pst pdt by for our to the us your""".split()
)
# Of which at least one must appear: what makes the line furniture rather than a short heading.
_STRONG = frozenset(
    """advertisement advertisements advertising sponsored share follow subscribe newsletter print comments
    bookmark reprints trending recommended published updated posted date whatsapp""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = regex.compile(r"@\w{1,30}")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
_PIECE = regex.compile(r"[\p{L}][\p{L}.\-]*|\d+")
_SEPARATORS = frozenset(" \t|•·–—-:/,.()[]>»«")
_MAX_WORDS = 16


# Whole lines that are furniture although none of their words is "strong".
_WHOLE_LINES = frozenset({"read more", "related", "related stories", "related articles", "read next", "listen",
                          "listen to this article", "watch", "watch video", "more stories", "top stories",
                          "continue reading", "story continues below", "trending", "recommended for you"})


def _is_furniture(text: str) -> bool:
    """Whether a whole paragraph is page furniture (a short line of furniture words and dates)."""
    if len(text) > 160:
        return False
    if " ".join(text.casefold().strip(" .:…»>|-–—").split()) in _WHOLE_LINES:
        return True
    stripped = _URL.sub(" ", _HANDLE.sub(" ", _EMAIL.sub(" @email ", text)))
    pieces = _PIECE.findall(stripped)
    if not pieces or len(pieces) > _MAX_WORDS:
        return False
    strong = False
    for p in pieces:
        low = p.casefold().rstrip(".")
        if p.isdigit() or low in _MONTHS:
            continue
        if low == "email" and "@" in text:
            continue
        if low not in _FURNITURE_WORDS:
            return False
        if low in _STRONG:
            strong = True
    if not strong:
        return False
    rest = _PIECE.sub("", stripped).replace("@email", "")
    return all(c in _SEPARATORS or c.isspace() or c == "@" for c in rest)


@rule(
    "boilerplate/page-furniture",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
)
def page_furniture(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A paragraph that is page furniture: a date stamp with "advertisement", "Share this article", "Follow" links.

    ## Why it matters
    Furniture scraped from the web page is not part of the story; left in, it is
    published as copy (``date 2020-01-08 advertisement`` as a first paragraph) and counted
    as translated text.

    ## Examples
    bad:  [[Published 2021-03-04 advertisement]]\\n\\nOttawa will send more troops, the minister said.
    bad:  The minister spoke on Monday.\\n\\n[[Share this article]]\\n\\nShe left for Brussels.
    bad:  The minister spoke on Monday.\\n\\n[[Follow – jdoe@example.ca]]
    bad:  The minister spoke on Monday.\\n\\n[[Story continues below advertisement]]\\n\\nShe left.
    good: The minister spoke on Monday.\\n\\nShe left for Brussels.
    good: Share this article with your MP, the campaign urged.
    good: Follow the money, the auditor said.
    good: Read more about the mission on the department's website.

    ## Fix safety
    Unsafe: the paragraph is deleted (its text only; blank lines around it stay). A line
    the rule takes for furniture could be a terse heading; an editor confirms.
    """
    text = par.text
    if len(text) > 160 or not _is_furniture(text):
        return
    yield ctx.finding(
        par, 0, len(text), "Page furniture scraped in with the copy",
        fix=Fix.unsafe("Delete the furniture line", replacement=""),
    )


_INLINE = regex.compile(
    r"(?:(?<=[.!?”\"]\s+)|^)(?:Story continues below(?: the)? advertisement|Advertisement|ADVERTISEMENT"
    r"|Continue reading below|Share this article|Read more:?)(?=\s+[\p{Lu}“\"]|\s*$)"
)


@rule(
    "boilerplate/inline-furniture",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
)
def inline_furniture(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Page furniture run into a paragraph between two sentences (``… on Monday. Advertisement The minister …``).

    ## Why it matters
    When a scraper drops the line breaks, the advertisement slot or a "Read more" link
    ends up inside a paragraph, where a translation engine treats it as a sentence.

    ## Examples
    bad:  Troops left on Monday. [[Advertisement]] The minister said more would follow.
    bad:  Troops left on Monday. [[Story continues below advertisement]] More will follow.
    good: Troops left on Monday. The advertisement ran in three papers.
    good: Advertisement revenue fell, the company said.

    ## Fix safety
    Unsafe: the words and the spaces after them are deleted.
    """
    text = par.text
    if "dvertisement" not in text and "ead more" not in text and "ontinue reading" not in text \
            and "Share this" not in text and "ADVERTISEMENT" not in text:
        return
    if _is_furniture(text):
        return  # the whole paragraph: page-furniture reports it
    for m in _INLINE.finditer(text):
        end = m.end()
        while end < len(text) and text[end] == " ":
            end += 1
        yield ctx.finding(
            par, m.start(), m.end(), "Page furniture inside a paragraph",
            fix=Fix.unsafe("Delete the furniture", edits=(Edit(m.start(), end, ""),)), suggestions=("",),
        )


_BIO = regex.compile(
    r"^(?:\p{Lu}[\p{L}'’\-]+\.?\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}"
    r"(?:reporter|writer|columnist|correspondent|editor|journalist|contributor|photographer|producer|"
    r"freelancer|bureau chief|critic)\b"
)
_NAME_LINE = regex.compile(r"^(?:The\s+)?(?:\p{Lu}[\p{L}'’\-]*\.?)(?:\s+(?:and\s+|&\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’\-]*\.?){0,3}$")
_BY_LINE = regex.compile(r"^(?:By|Par)\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}$")
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


def _footer_kind(text: str) -> str | None:
    if not text or len(text) > 200:
        return None
    if _EMAIL.fullmatch(text.strip(" .")):
        return "email"
    if _is_furniture(text):
        return "furniture"
    if _BIO.match(text):
        return "bio"
    if _BY_LINE.match(text):
        return "byline"
    if len(text) <= 40 and _NAME_LINE.match(text):
        return "name"
    return None


_LABEL = (
    r"[\[【]\s*(?:source|editor(?:\s+in\s+charge)?|responsible\s+editor|edited\s+by|author|photo(?:grapher)?|"
    r"compiled\s+by|proofread\s+by|reviewed\s+by)\b[^\]】\n]{0,60}[\]】]"
    r"|\(\s*(?-i:Reporters?|Correspondents?)\s+\p{Lu}[^()\n]{0,60}\)"
    r"|font\s*[:：]\s*[\[【][^\]】\n]{0,40}[\]】]"
)
_STAMP = r"(?:\d{4}-\d{2}-\d{2}|(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2},\s+\d{4},?)\s+\d{1,2}:\d{2}(?::\d{2})?"
_LABEL_KEYS = ("source", "editor", "edited", "author", "photo", "font", "reporter", "correspondent", "compiled",
               "proofread", "reviewed")
_METADATA = regex.compile(rf"(?:^\s*{_STAMP}\s*)?(?:{_LABEL})(?:\s*(?:{_LABEL}))*", regex.IGNORECASE)


@rule(
    "boilerplate/metadata-labels",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def metadata_labels(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Page metadata carried into the copy: ``[Source: …] [Editor: …]`` labels, a font-size selector, a reporter credit in brackets.

    ## Why it matters
    News sites print a time stamp, the source, the responsible editor and a font-size
    widget above or below the story; scraped and translated, they turn into a paragraph
    of labels that no reader should see.

    ## Examples
    bad:  [[2023-02-11 13:07:20 [Source: Example News] [Editor: Jane Li] Font:【Large Medium Small】]]
    bad:  [[(Reporter Wang Min)]] The exchange announced new rules last night.
    bad:  The exchange announced new rules. [[【Responsible editor: Chen Bo】]]
    good: The exchange announced new rules last night, a reporter found.
    good: The editor (a former reporter) said the source was reliable.
    good: He cited a report [source: Statistics Canada] in his speech.

    ## Fix safety
    Unsafe: the labels are deleted; an editor checks nothing of the story went with them.

    ## Known issues
    A bracketed source note that is part of the story (``[source: Statistics Canada]``
    after a figure) is quiet only when it is in mid-sentence, not at a paragraph's edge.
    """
    text = par.text
    if "[" not in text and "【" not in text and "(" not in text:
        return
    folded = text.casefold()
    if not any(k in folded for k in _LABEL_KEYS):
        return
    for m in _METADATA.finditer(text):
        before = text[max(0, m.start() - 20):m.start()].rstrip()
        after = text[m.end():m.end() + 20].lstrip()
        edge = not before or before[-1:] in ".!?”\"" or not after or after[:1].isupper()
        if m.group(0).lstrip()[:1] == "(" and before:
            continue  # a bracketed reporter credit only at the start of a paragraph
        if not edge:
            continue
        yield ctx.finding(
            par, m.start(), m.end(), "Page metadata (source, editor, font labels) scraped in with the copy",
            fix=Fix.unsafe("Delete the labels", replacement=""),
        )


_NAME = r"\p{Lu}[\p{L}'’.\-]*+"
_AGENCIES = (r"Canadian Press|Associated Press|Reuters|AP|AFP|Getty Images|Bloomberg|Postmedia|CBC|CTV|Shutterstock"
             r"|Handout|Supplied|Pool")
_CREDIT = regex.compile(
    # caption credits: "THE CANADIAN PRESS/Sean Kilpatrick", "REUTERS/Chris Wattie", "AP PHOTO/Evan Vucci"
    rf"(?<![\p{{L}}/])(?-i:THE CANADIAN PRESS|CANADIAN PRESS|REUTERS|AP|AFP|GETTY IMAGES|BLOOMBERG|POSTMEDIA"
    rf"|(?:[A-Z]{{2,}} )*PHOTO)/(?:{_NAME} ){{1,2}}{_NAME}"
    # "(Sean Kilpatrick/The Canadian Press)", "(Photo: Chris Wattie/Reuters)"
    rf"|\((?:(?:Photo|Photograph|File photo|File)\s*(?::|by)?\s*)?(?:{_NAME}\s){{1,3}}{_NAME}\s?/\s?(?:The\s)?"
    rf"(?:{_AGENCIES}|(?:{_NAME}\s){{1,3}}(?:Press|Images|News|Photos?|Times|Post|Star|Sun|Journal|Herald|Gazette))\)"
    # "The Hill Times photograph by Andrew Meade", "Photo courtesy of the RCMP", "File photo by Jane Doe"
    rf"|(?P<line>(?:(?:The\s)?(?:{_NAME}\s){{1,3}}(?-i:photograph|photo|file photo|illustration)"
    rf"|(?-i:Photograph|Photo|File photo|Illustration))"
    rf"(?:\s(?:by|courtesy of)|:)\s(?:the\s)?(?:{_NAME}\s?){{1,4}}(?<!\s))"
)
_CREDIT_KEYS = ("/", "hoto", "llustration")


@rule(
    "boilerplate/photo-credit",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def photo_credit(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A photo credit from a caption scraped into the copy (``THE CANADIAN PRESS/Jane Doe``, ``(Jane Doe/Reuters)``).

    ## Why it matters
    Captions and their credits sit next to the story on the page; scraped with it, the
    credit lands inside a paragraph and is translated as if the photographer were part of
    the news.

    ## Examples
    bad:  The premier speaks in Quebec City on Tuesday. [[THE CANADIAN PRESS/Jacques Boissinot]]
    bad:  Troops board a plane in Trenton. [[(Lars Hagberg/Reuters)]]
    bad:  The committee met on Monday.\\n\\n[[The Hill Times photograph by Sam Garcia]]
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
    if not any(k in text for k in _CREDIT_KEYS):
        return
    try:
        matches = list(_CREDIT.finditer(text, timeout=0.5))
    except TimeoutError:
        ctx.partial(par, "the photo-credit pattern timed out after 0.5 s")
        return
    for m in matches:
        if m.group("line") is not None:
            # "… photograph by Jane Doe": a credit line only at the end of a paragraph
            if text[m.end():].strip(" .") != "":
                continue
        yield ctx.finding(
            par, m.start(), m.end(), "Photo credit from a caption scraped in with the copy",
            fix=Fix.unsafe("Delete the credit", replacement=""),
        )
