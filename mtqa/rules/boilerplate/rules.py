"""Boilerplate: page furniture scraped in with the copy and then translated with it.

Copy taken from a web page carries the page around it: a date stamp and the word
"advertisement" before the first paragraph, "Share this article", "Read more", "Follow"
links with the author's e-mail address, and at the foot the author's name, the
publication's name and a one-line bio. None of it belongs in the story sent for
publication, and a translation engine turns some of it into odd prose.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

import regex

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import CREDIT, LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Chars, Phrases
from mtqa.segment import Paragraph
from mtqa.text.calendar import CALENDAR_WORDS

_PROMO_WORD = lazy(r"\b(?:our|your|free|daily|weekly|email|e-mail|here|now|today)\b", regex.IGNORECASE)

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
_MONTHS = CALENDAR_WORDS  # months, their abbreviations and weekdays
_EMAIL = lazy(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = lazy(r"@\w{1,30}")
_URL = lazy(r"(?:https?://|www\.)\S+")
_PIECE = lazy(r"[\p{L}][\p{L}.\-]*|\d+")
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
    # Minor: a line of furniture is noise an editor deletes; it changes nothing the story
    # says, and clean pages carry it as often as translated ones (real-copy corpus).
    severity=Severity.MINOR,
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


_INLINE = lazy(
    r"(?:(?<=[.!?”\"]\s+)|^)(?:Story continues below(?: the)? advertisement|Advertisement|ADVERTISEMENT"
    r"|Continue reading below|Share this article|Read more:?"
    r"|(?:(?:The\s+)?(?:Story|Article|Text|Reading)\s+)?(?:[Cc]ontinued|[Cc]ontinues)\s+(?:below|after)\s+(?:the\s+|this\s+)?"
    r"(?:advertisement|advertising|ad|publicity)|Publicity|Advertising)(?=\s+[\p{Lu}“\"]|\s*$)"
)


@rule(
    "boilerplate/inline-furniture",
    triggers=(Phrases("furniture", ("dvertisement", "ead more", "ontinue reading", "Share this", "ADVERTISEMENT", "dvertising",
                                    "ublicity"), ignorecase=False, boundary="none"),),
    category="Accuracy/Addition",
    severity=Severity.MINOR,  # as page-furniture: noise to delete, not a change of meaning
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
    bad:  Troops left on Monday. [[Continued after advertising]] More will follow.
    good: Troops left on Monday. The advertisement ran in three papers.
    good: Advertisement revenue fell, the company said. Publicity was poor. Advertising works.

    ## Fix safety
    Unsafe: the words and the spaces after them are deleted.
    """
    text = par.text
    if "dvertis" not in text and "ead more" not in text and "ontinue reading" not in text \
            and "Share this" not in text and "ADVERTISEMENT" not in text and "ublicity" not in text:
        return
    if _is_furniture(text) or classify_line(text) is not None:
        return  # the whole paragraph: page-furniture or furniture-line reports it
    for m in _INLINE.finditer(text):
        end = m.end()
        while end < len(text) and text[end] == " ":
            end += 1
        yield ctx.finding(
            par, m.start(), m.end(), "Page furniture inside a paragraph",
            fix=Fix.unsafe("Delete the furniture", edits=(Edit(m.start(), end, ""),)), suggestions=("",),
        )


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
_METADATA = lazy(rf"(?:^\s*{_STAMP}\s*)?(?:{_LABEL})(?:\s*(?:{_LABEL}))*", regex.IGNORECASE)


@rule(
    "boilerplate/metadata-labels",
    triggers=(Chars("bracket", "[【("),),
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




_AFTER_SENTENCE = lazy(r"[.!?][\"”’)]?\s+$")


@rule(
    "boilerplate/photo-credit",
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
    layout = ctx.analysis(line_roles)
    try:
        matches = list(CREDIT.finditer(text, timeout=0.5))
    except TimeoutError:
        ctx.partial(par, "the photo-credit pattern timed out after 0.5 s")
        return
    for m in matches:
        start, end = m.span()
        if layout.role(par, start) is not LayoutRole.BODY:
            continue  # a caption's credit or a credit line: page layout, checked by the house style
        if (m.group("line") or m.group("bare")) and not _AFTER_SENTENCE.search(text, 0, start):
            continue  # "a photo by Jane Doe won …": a sentence about a photo, not a credit
        yield ctx.finding(
            par, start, end, "Photo credit glued inside the story's text",
            fix=Fix.unsafe("Delete the credit", replacement=""),
        )


# ---- furniture lines of every kind ----------------------------------------------------------
# A line of furniture is short, is not a sentence of the story, and is made of the
# vocabulary of page widgets, time stamps, links, sign-ups, cookie notices or author boxes.
# The classifier reads the form of the line (how much of it is that vocabulary, what it
# starts with, whether it ends like a sentence), not a list of lines.

_WIDGET_STRONG = frozenset(
    """share shares sharing print printer email e-mail mail listen enlarge zoom bookmark save saved tweet
    comments comment copy link links click tap expand collapse download gallery slideshow fullscreen
    font text size view play previous next button duration
    app apps install favourites favorites bookmarks notifications alerts typo feedback copied
    subscribe unsubscribe channel follow""".split()
)
# The rest of a control's label: what the verb acts on (pages, platforms, media) and the small
# words around it. "Download our app", "Join our WhatsApp channel", "See all photos", "Report a typo".
_WIDGET_WORDS = _WIDGET_STRONG | frozenset(
    """this article story page on via to the a an facebook twitter x linkedin whatsapp reddit pinterest
    messenger telegram flipboard threads bluesky instagram here image photo photos video audio version
    view open close in new window tab more options friend your now options icon button larger smaller
    increase decrease reset of with by for and or full screen article post story
    our us all join follow see get add report give gift send show hide pause channel group groups
    youtube tiktok snapchat mastodon google news podcast podcasts images pictures videos posts stories
    articles site website error conversation discussion later free mobile edition first be""".split()
)
_TOKEN = lazy(r"[\p{L}][\p{L}\-’']*|\d+(?::\d+)*")
_STAMP_LINE = lazy(
    r"^(?:(?:last\s+)?(?:updated|published|posted|modified|created|first\s+published|mis\s+à\s+jour|publié)\b"
    r"|(?:release[sd]?|publication|post|posting)?\s*(?:time|date)\s*:|duration\s*:?\s*\d"
    r"|.*\b\d+\s*(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago\b"
    r"|.*\b\d+[\s\-]*min(?:ute)?s?\.?\s+(?:read|listen|watch)\b)",
    regex.IGNORECASE,
)
_TIME_BITS = lazy(
    r"\d|\b(?:ago|today|yesterday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
    r"april|june|july|august|september|october|november|december)\b", regex.IGNORECASE)
_STAMP_WORDS = frozenset(
    """updated update published posted modified created first last on at by in and | ago read reading listen watch
    time min mins minute minutes h hr hrs hour hours s sec second seconds d day days week weeks month months year
    years today yesterday release released date duration p m a
    am pm a.m p.m et est edt pt pst pdt ct cst cdt mt utc gmt mis à jour publié le""".split()
) | _MONTHS
_LINK_LINE = lazy(
    r"^(?:read\s+(?:more|also|next|the\s+full\s+(?:story|article))|to\s+read\s+(?:also|more)|also\s+read|see\s+also"
    r"|related(?:\s+(?:stories|story|articles?|links?|content|reading|coverage|topics|news))?|more\s+on\s+this"
    r"|(?:more\s+)?from\s+our\s+partners|sources?|via|original\s+(?:article|story)|recommended(?:\s+for\s+you)?"
    r"|original\s+(?:title|headline|article|story|text|caption)|lire\s+aussi|à\s+lire\s+aussi"
    r"|to\s+(?:see|watch|hear|discover|listen\s+to)(?:\s+(?:also|again|too))?|also\s+(?:see|watch|to\s+(?:read|see))"
    r"|(?:to\s+read\s+)?(?:on|in)\s+the\s+same\s+(?:subject|topic|theme|section))"
    r"\s*(?::|\||»|>|–|—|-)\s*\S"
    r"|^(?:see\s+also|read\s+also|also\s+read|to\s+read\s+also)\s+(?-i:\p{Lu})",
    regex.IGNORECASE,
)
_SIGNUP = lazy(
    r"\b(?:newsletters?|inbox|sign\s+up|sign-up|subscribe|subscribers?|subscription)\b", regex.IGNORECASE)
_SIGNUP_STRONG = lazy(
    r"\b(?:newsletters?|inbox|subscribe\s+(?:now|today|here)|sign\s+up\s+(?:now|today|here|for|to\s+receive))\b",
    regex.IGNORECASE)
_COOKIE = lazy(
    r"\b(?:we\s+use\s+cookies|(?:this|our)\s+(?:site|website)\s+uses\s+cookies|accept\s+(?:all\s+)?cookies"
    r"|cookie\s+(?:policy|settings|preferences|notice)|by\s+continuing\s+to\s+(?:use|browse)"
    r"|(?:read|see)\s+our\s+privacy\s+policy)\b",
    regex.IGNORECASE,
)
_AUTHOR_BOX = lazy(
    r"^(?:about\s+the\s+authors?|view\s+(?:all\s+)?(?:posts|articles|stories)\s+by|more\s+(?:articles|stories|posts)"
    r"\s+(?:by|from)|all\s+(?:articles|stories|posts)\s+by|(?:follow|contact)\s+(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)|(?:follow|contact)\s+(?:the\s+)?author)\b",
    regex.IGNORECASE,
)
_LINE_MAX_CHARS = 200
_BULLET = lazy(r"^[•·▪►▶*>»\-–—]+\s*")
# A line that introduces an embedded player or a link: "Listen to the interview …:", "Click to play video: …".
_EMBED_INTRO = lazy(r"^(?:listen|hear|view|see)\b[^\n]{0,200}:$|^(?:click|tap)\s+(?:to|here)\b", regex.IGNORECASE)
_HASH = lazy(r"[0-9a-f]{32,128}")  # an image or file hash the crawler kept
# A page's address slug on a line of its own: four or more lower-case words joined by hyphens.
_SLUG = lazy(r"[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}/?")
# The same slug glued to the start of the story: "premier-ministre-quitte(OTTAWA) The premier …".
_SLUG_PREFIX = lazy(r"[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}/?(?=\(|[ ]?\p{Lu})")
# "—Jane Roy, interim leader of the party": the credit line under a pull quote.
_PULL_QUOTE_CREDIT = lazy(r"^[—–―]\s?(?:\p{Lu}[\p{L}'’.\-]+\s){1,3}?\p{Lu}[\p{L}'’.\-]+,\s\S[^\n]{0,150}$")
_EPOCH = lazy(r"1[0-9]{9}")  # a Unix time stamp in seconds (2001 to 2033)
_HASHTAG = lazy(r"(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+")
# A bracketed source tag at the head of a line: "[Example News report]", "【Example Net】".
_STAMP_PREFIXES = ("date", "published", "posted", "updated")
_SOURCE_TAG = lazy(
    r"^\s*(?:(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?=\s+\p{Lu})"
    r"|1[0-9]{9}(?=\s+[“\"]?\p{Lu})|\[[^\[\]\n]{0,40}\b(?:report|reports|news|dispatch|wire|correspondent|reporter|agency)\]"
    r"|【[^【】\n]{1,40}】)", regex.IGNORECASE)


# A dateline followed by the outlet's tag and a bar, as some European papers open a story:
# "HAMBURG dpa | The …". The city stays (it is the dateline); the tag and bar are furniture.
_DATELINE_TAG = lazy(
    r"^\s*\p{Lu}{3,}(?:[ \-/]\p{Lu}{2,}){0,2}\s+(?P<tag>(?:\p{Ll}[\p{L}.]{1,15}|\p{Lu}\p{Ll}[\p{L}.]{0,15})(?:/\p{L}{2,10})?\s*\|)\s+(?=\p{Lu})"
)


# A related story's headline: a quoted phrase, a colon, the rest ("‘Stay inside’: Smoke …").
_QUOTE_HEADLINE = lazy(r"^[‘'“\"][^‘’'“”\"\n]{3,80}[’'”\"]:\s+\p{Lu}")


def _related_block(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a paragraph that is a bulleted list of related-story headlines.

    Two or more bulleted lines, each short, at least one of them in the headline form
    "‘Quoted words’: Rest" that headlines use and sentences of a story do not.
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + len(line.rstrip())))
    lines = [text[a:b] for a, b in spans]
    if len(lines) < 2 or any(ln[:1] not in "•·▪►▶" or len(ln) > 160 for ln in lines):
        return []
    if not any(_QUOTE_HEADLINE.match(_BULLET.sub("", ln)) for ln in lines):
        return []
    return spans


# First words of the lines the anchored patterns read (a set test decides whether to run them).
_ANCHOR_FIRST = frozenset(
    """about view more all follow contact read to also see related from sources source via original recommended
    lire à listen hear click tap updated update published posted modified created first last release released
    releases publication post posting time date duration mis publié on in""".split()
)
_STAMP_HINTS = ("ago", "read", "listen", "watch")
# Labels of the page's own controls, whole lines: navigation, accounts, comments, sharing.
_UI_LABEL = lazy(
    r"^(?:sign\s+(?:in|out)|log\s+(?:in|out)|create\s+(?:a\s+)?(?:free\s+)?account|already\s+a\s+(?:subscriber|member)\b.{0,40}"
    r"|support\s+(?:independent|local|our)\s+journalism.{0,60}|donate(?:\s+(?:now|today))?|manage\s+(?:preferences|cookies|settings)"
    r"|skip\s+to\s+(?:main\s+)?content|toggle\s+navigation|(?:main\s+)?menu|search|loading|reply|like\s+this|share\s+this"
    r"|pin\s+it|send\s+by\s+e-?mail|(?:spread|share)\s+the\s+(?:love|word)|sharing\s+is\s+caring|leave\s+a\s+(?:comment|reply)|comments\s+are\s+closed|\d+\s+comments?"
    r"|you\s+(?:might|may)\s+also\s+like|don[’']t\s+miss|related\s+(?:posts|stories|articles|content|links|videos|coverage)"
    r"|read\s+the\s+full\s+(?:story|article)|watch\s+the\s+(?:full\s+)?video|read\s+(?:it\s+)?in\s+(?:french|english)"
    r"|lire\s+en\s+français|more\s+(?:from|on|in)\s+(?-i:\p{Lu})[\p{L}&\s]{0,30})\W{0,4}$",
    regex.IGNORECASE,
)
# "Tags: …", "Filed under: …", "Categories: …": the page's taxonomy.
_TAXONOMY = lazy(
    r"^(?:tags|tagged(?:\s+with)?|filed\s+under|categories|category|topics|posted\s+in|sections?)\s*:?\s+(?-i:\p{Lu}|#)",
    regex.IGNORECASE,
)
# A site's footer notice; a wire credit ("© 2024 The Canadian Press") ends clean stories and stays.
_COPYRIGHT = lazy(r"\ball\s+rights\s+reserved\b", regex.IGNORECASE)
# "This article was translated automatically …", "This text was generated with the help of AI …"
_GENERATED = lazy(
    r"^this\s+(?:text|article|story|content|page|post|report|news)\s+(?:was|has\s+been|is)\s+(?:\p{L}+\s+){0,2}?"
    r"(?:machine[- ]translated|automatically\s+(?:translated|generated)"
    r"|(?:generated|written|produced|created|translated|rewritten)\s+(?:automatically\b"
    r"|(?:\p{L}+\s+){0,3}?(?:by|using|with|through|via)\s+(?:\p{L}+\s+){0,3}?"
    r"(?:AI|artificial\s+intelligence|machine\s+translation|Google|DeepL|software|an\s+algorithm)\b))",
    regex.IGNORECASE,
)
# A heading over a list of links: a ranking word and a kind of content, nothing else ("Most read",
# "Latest news", "Editor's picks", "On the same subject"): short, no verb, no sentence end.
_HEADING_RANK = frozenset(
    """most latest more top popular recent trending recommended related featured similar other also same
    editor's editors' editor’s editors’ picks must""".split()
)
_HEADING_CONTENT = frozenset(
    """news stories story posts articles videos headlines picks read reads viewed shared commented watched
    subject topic topics section selection podcasts galleries""".split()
)
_HEADING_FILL = frozenset("the in on from our this of for you to also".split())
# The comment form and counters a blog page prints under the story.
_PAGE_FORM = lazy(
    r"^(?:leave\s+a\s+reply(?:\s+cancel\s+reply)?|cancel\s+reply|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published"
    r"|required\s+fields\s+are\s+marked|notify\s+of|please\s+log\s*in\s+to\s+comment|be\s+the\s+first\s+to\s+comment"
    r"|like\s+loading|\d+\s+\d+\s+votes?\s+article\s+rating|post\s+navigation|table\s+of\s+contents|contents\s+hide"
    r"|source\s+link|back\s+to\s+top|video\s+player\s+is\s+loading|(?:advertisement\s*[-–—:]\s*)?scroll\s+to\s+continue"
    r"(?:\s+with\s+content)?|continue\s+reading(?:\s+the\s+main\s+story)?|(?:estimated\s+)?reading\s+time\s*:?\s*\d+"
    r"(?:\s+min(?:ute)?s?)?|(?:post\s+)?views\s*:\s*[\d,]+|in\s+(?:video|videos|pictures|images|photos))\W{0,4}$",
    regex.IGNORECASE,
)
# What a media player or the page prints when it cannot play or show something, or notes about
# how the page was made: "Open in full screen mode", "Audio playback is not supported on your
# browser", the reading voice's notice ("Speech synthesis, based on artificial intelligence …"),
# "The post … appeared first on …", a disclaimer, a blog's "Posted by admin".
_PAGE_NOTICE = lazy(
    r"^(?:(?:open|view|see|display)\s+(?:the\s+)?(?:image\s+|photo\s+|video\s+)?(?:in\s+)?full[\s-]?screen(?:\s+mode)?"
    r"|full[\s-]?screen(?:\s+mode)?|(?:exit|close)\s+full[\s-]?screen(?:\s+mode)?"
    r"|(?:audio|video|media)\s+playback\s+is\s+(?:not\s+supported|unavailable)\b.{0,120}"
    r"|your\s+browser\s+(?:does\s+not|doesn[’']t|cannot)\s+(?:support|play)\b.{0,120}"
    r"|(?:speech|voice)\s+synthesis\b.{0,160}\b(?:artificial\s+intelligence|AI)\b.{0,160}"
    r"|the\s+post\s+.{1,200}\s+(?:appeared|was\s+published)\s+first\s+on\s+.{1,100}"
    r"|disclaimer\s*:.{1,240}"
    r"|(?:posted|written|published|submitted)\s+by\s+(?:admin|administrator|webmaster|editor|staff|(?-i:\p{Ll})\S*)"
    r"|(?:posted|written|published)\s+by\s+[^\n]{1,80}?\s//\s.{0,160}"
    r"|\(?(?:(?:automatically|machine[- ])\s*)?translated\s+(?:from|by|into|with)\s+[^.,;!?\n]{1,80}"
    r"|\(?(?:automatic|machine|ai)\s+translation(?:\s*[:(\-–][^.;!?\n]{0,80})?"
    r"|\(?translation\s*:\s*[^.,;!?\n]{1,60})\W{0,4}$",
    regex.IGNORECASE,
)
# An advertising slot's label, in English or as an engine renders the source's ("Publicity",
# "Continued after advertising", "The rest after this ad"): an ad word and continuation words only.
_AD_WORDS = frozenset("advertisement advertisements advertising advert ad ads publicity sponsored".split())
_AD_FILL = frozenset(
    """continued continues continue continuation rest after below under beneath following follows the this a an
    of text article story reading page content our is here below""".split()
)
# "The text continues below the image": the page telling where the story goes on.
_CONTINUES = lazy(
    r"^(?:the\s+)?(?:rest\s+of\s+the\s+)?(?:text|article|story|news|reading|content|report)\s+"
    r"(?:continues?|follows?|resumes?|goes\s+on)\s+(?:below|after|under|beneath)\b[^.!?\n]{0,40}\.?$",
    regex.IGNORECASE,
)
# A clock time: "10:01", "7 p.m.", "14 h 30".
_CLOCK = lazy(r"\b\d{1,2}(?::\d{2}\b|\s?h\s?\d{2}\b|\s?[ap]\.?\s?m\b)", regex.IGNORECASE)
_CLOCK_WORDS = _MONTHS | frozenset("at on h a p m am pm et est edt pt pst pdt ct cst cdt mt mst mdt at ast adt nt utc gmt".split())


def _is_clock_stamp(line: str) -> bool:
    """Whether a line is only a date and a clock time ("Feb. 3, 2024 10:01 a.m.", "2024-02-03 10:01")."""
    if len(line) > 60 or not _CLOCK.search(line):
        return False
    tokens = _TOKEN.findall(line)
    if not all(t[0].isdigit() or t.casefold().rstrip(".") in _CLOCK_WORDS for t in tokens):
        return False
    return all(c in _SEPARATORS or c.isspace() or c.isalnum() or c in "·" for c in line)


def _is_list_heading(tokens: list[str]) -> bool:
    """Whether the words of a short line are a heading over a list of links ("Most read", "Latest news")."""
    words = [t.casefold() for t in tokens]
    if not 2 <= len(words) <= 4:
        return False
    if len(words) == 2 and words[0] == "most" and words[1] in _HEADING_RANK:
        return True  # "Most popular"
    return any(w in _HEADING_RANK for w in words) and any(w in _HEADING_CONTENT for w in words) \
        and all(w in _HEADING_RANK or w in _HEADING_CONTENT or w in _HEADING_FILL for w in words)


_COOKIE_HINTS = ("cookie", "by continuing", "privacy policy")
_SIGNUP_HINTS = ("newsletter", "inbox", "subscribe", "sign up", "sign-up")


def sentence_end_of(line: str) -> bool:
    """Whether a line ends like a sentence (not an ellipsis)."""
    return line[-1:] in (".", "!", "?") and not line.endswith("..")


def classify_line(text: str) -> str | None:
    """What kind of page furniture a line is ("widget", "time stamp", …), or None for copy."""
    if len(text) > 2 * _LINE_MAX_CHARS:
        return None
    line = _collapsed(text.strip())
    if _is_pull_quote_credit(line):
        return "pull-quote credit"
    if line[:1] in "•·▪►▶*>»-–—":
        line = _BULLET.sub("", line)
    if not line or len(line) > _LINE_MAX_CHARS:
        return None
    if line.isdigit():
        return "time stamp" if _EPOCH.fullmatch(line) else None
    if _HASH.fullmatch(line):
        return "file hash"
    if "-" in line and " " not in line and _SLUG.fullmatch(line):
        return "address slug"
    if line[:1].isalnum() and _is_clock_stamp(line):
        return "time stamp"
    cues = _Cues.of(line)
    return _whole_line_kind(line, cues) or _vocabulary_kind(line, cues)


def _collapsed(line: str) -> str:
    """The line with runs of spaces, tabs and no-break spaces made one space."""
    if "  " in line or "\t" in line or "\u00a0" in line:
        return " ".join(line.split())
    return line


def _is_pull_quote_credit(line: str) -> bool:
    """"—Jane Roy, interim leader of the party" under a pull quote."""
    return line[:1] in "—–―" and line[-1:] not in ".!?" and bool(_PULL_QUOTE_CREDIT.match(line))


class _Cues(NamedTuple):
    """What a line's words and form say it might be; a line with none of them is copy."""

    low: str
    first: str  # its first word, casefolded, without a trailing ":" or "|"
    anchored: bool  # it opens with a word a furniture pattern starts with, or a digit
    cookie: bool
    signup: bool
    stamp: bool
    sentence_end: bool

    @classmethod
    def of(cls, line: str) -> _Cues:
        low = line.casefold()
        first = low.split(" ", 1)[0].rstrip(":|")
        anchored = first in _ANCHOR_FIRST or first[:1].isdigit()
        return cls(
            low, first, anchored,
            cookie=any(k in low for k in _COOKIE_HINTS),
            signup=any(k in low for k in _SIGNUP_HINTS),
            stamp=anchored or any(k in low for k in _STAMP_HINTS),
            sentence_end=line[-1] in ".!?" and not line.endswith(".."),
        )


def _whole_line_kind(line: str, cues: _Cues) -> str | None:
    """Lines known by one pattern over the whole line: widgets, notices, tags, AI notes."""
    if len(line) <= 80 and (_UI_LABEL.match(line) or _PAGE_FORM.match(line)):
        return "navigation, account or comment widget"
    if _COPYRIGHT.search(line) and len(line) <= 160:
        return "copyright notice"
    if not sentence_end_of(line) and len(line) <= 150 and _TAXONOMY.match(line):
        return "tags and categories"
    if cues.first == "this" and _GENERATED.search(line):
        return "note that the text was machine-generated or machine-translated"
    if len(line) <= 320 and (_PAGE_NOTICE.match(line) or _CONTINUES.match(line)):
        return "media player or page notice"
    return None


def _vocabulary_kind(line: str, cues: _Cues) -> str | None:
    """Lines known by their words: hashtags, links and players, notices, stamps, widgets."""
    short = len(line) <= 100 and not cues.sentence_end
    if not (cues.anchored or cues.cookie or cues.signup or cues.stamp or short or "#" in line):
        return None  # the common case: a sentence of the story
    tokens = _TOKEN.findall(line)
    if not tokens:
        return None
    for kind in _KINDS_BY_WORDS:
        found = kind(line, tokens, cues)
        if found:
            return found
    return None


def _hashtags(line: str, tokens: list[str], cues: _Cues) -> str | None:
    if "#" in line:
        tags = _HASHTAG.findall(line)
        if len(tags) >= 3 and 2 * len(tags) >= len(line.split()):
            return "hashtags"
    return None


def _anchored_kind(line: str, tokens: list[str], cues: _Cues) -> str | None:
    """A line opening with a furniture word: an embedded player, an author box, a link."""
    if not cues.anchored:
        return None
    if _EMBED_INTRO.match(line) and len(tokens) <= 40:
        return "embedded player or link"
    if _AUTHOR_BOX.match(line):
        return "author box"
    if _LINK_LINE.match(line) and len(tokens) <= 25:
        return "link to another story or the source"
    return None


def _cookie_notice(line: str, tokens: list[str], cues: _Cues) -> str | None:
    return "cookie notice" if cues.cookie and _COOKIE.search(line) and len(tokens) <= 40 else None


def _time_stamp(line: str, tokens: list[str], cues: _Cues) -> str | None:
    """Every lowercase word is a time-stamp word; capitalised ones may be a byline."""
    if cues.stamp and len(tokens) <= 16 and _STAMP_LINE.match(line) and _TIME_BITS.search(line) \
            and all(t[0].isupper() or t[0].isdigit() or t.casefold() in _STAMP_WORDS for t in tokens):
        return "time stamp"
    return None


def _newsletter_signup(line: str, tokens: list[str], cues: _Cues) -> str | None:
    if cues.signup and len(tokens) <= 30 and not any(q in line for q in "“”\"«»") \
            and _SIGNUP_STRONG.search(line) and _PROMO_WORD.search(line):
        return "newsletter sign-up"
    return None


def _list_heading(line: str, tokens: list[str], cues: _Cues) -> str | None:
    if len(tokens) <= 4 and not cues.sentence_end and ":" not in line[:-1] and _is_list_heading(tokens):
        return "heading of a list of links"
    return None


def _ad_slot(line: str, tokens: list[str], cues: _Cues) -> str | None:
    """An advertising slot's label: an ad word and words that say the story goes on."""
    if len(tokens) > 8:
        return None
    words = [t.casefold() for t in tokens]
    if any(w in _AD_WORDS for w in words) and all(w in _AD_WORDS or w in _AD_FILL for w in words):
        return "advertising slot"
    return None


def _widget(line: str, tokens: list[str], cues: _Cues) -> str | None:
    """A few words, most of them a share, print or listen widget's, one of them strongly."""
    if len(tokens) > 8 or cues.sentence_end:
        return None
    words = [t.casefold() for t in tokens if not t[0].isdigit()]
    if words and any(w in _WIDGET_STRONG for w in words) \
            and sum(w in _WIDGET_WORDS for w in words) >= 0.75 * len(words):
        return "share, print or listen widget"
    return None


# Tried in this order on a line with a cue; the first kind that fits names it.
_KINDS_BY_WORDS = (_hashtags, _anchored_kind, _cookie_notice, _time_stamp, _newsletter_signup, _list_heading, _ad_slot,
                   _widget)


@rule(
    "boilerplate/furniture-line",
    category="Accuracy/Addition",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.9,
)
def furniture_line(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A line of web furniture: a share or listen widget, a time stamp, a "Read also:" link, a sign-up, a cookie notice, an author box.

    ## Why it matters
    A page wraps its story in widgets and links; scraped and translated with it, they are
    published as lines of the story. The rule recognises a line by its form: short, not a
    sentence, made of the vocabulary of one of these kinds ("Share on Facebook", "Updated
    3 hours ago", "Read also: …", "Sign up for our newsletter", "We use cookies…",
    "View all posts by …"). Headlines, captions and photo credits are not furniture.
    Minor: scraped pages of professional outlets carry the same lines, so a furniture line
    says the copy was not cleaned, not that it was machine-translated.

    ## Examples
    bad:  Troops left on Monday.\\n\\n[[Share via Messenger]]\\n\\nThe minister spoke.
    bad:  [[Listen to the audio version]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Click to enlarge]]
    bad:  [[First published Oct 3, 2022 at 7:05 by Jane Doe • 2 min read]]\\n\\nTroops left on Monday.
    bad:  [[Updated 3 hours ago]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Read also: Legault defends his targets]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Source: Radio-Canada]]
    bad:  Troops left on Monday.\\n\\n[[Sign up for our free daily newsletter]]
    bad:  [[We use cookies to improve your experience on our site.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[View all posts by Jane Doe]]
    bad:  Troops left on Monday.\\n[[Previous Article]]\\n[[Next Article]]
    bad:  [[• Listen to the interview with the minister on our morning show:]]\\n\\nTroops left on Monday.
    bad:  [[Click to play video: 'Troops leave for Latvia']]\\n\\nTroops left on Monday.
    bad:  [[[Example News report]->]] Troops left on Monday.
    bad:  [[date 2022-09-11]] Troops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[See also  Ottawa sends more troops to Latvia]]
    bad:  [[Posted at 7:02 p.m.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[#Troops #Latvia #NATO #Canada]]
    bad:  [[1667833049]]\\nTroops left on Monday.
    bad:  [[1667833049]] Troops leave for Latvia\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[This article was translated automatically from French. Report an error.]]
    bad:  Troops left on Monday.\\n\\n[[Tags: Latvia, NATO, Canadian Armed Forces]]
    bad:  Troops left on Monday.\\n\\n[[Leave a comment]]\\n\\n[[© 2024 Example Media Inc. All rights reserved.]]
    bad:  [[Skip to content]]\\n\\nTroops left on Monday.\\n\\n[[You might also like:]]
    bad:  Troops left on Monday.\\n\\n[[Sharing is caring!]]\\n\\nThe minister spoke.
    bad:  [[Share the love]]\\n\\nTroops left on Monday.
    bad:  “It is a failed plan.”\\n\\n[[—Jane Roy, interim leader of the party]]
    bad:  Troops left on Monday.\\n\\n[[8e5b2be69bf67daeb76b9242d292ba19f38e016220081d7dcce6bbe2c92ef58c]]
    bad:  [[Original title: Troops leave for Latvia]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Join our WhatsApp channel]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Download our app]]
    bad:  [[Feb. 3, 2024 10:01 a.m.]]\\n\\nTroops left on Monday.
    bad:  [[2024-02-03 10:01]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Most read]]\\n\\n[[On the same subject]]
    bad:  Troops left on Monday.\\n\\n[[Leave a Reply Cancel reply]]\\n\\n[[Your email address will not be published.]]
    bad:  [[Reading time: 3 minutes]]\\n\\nTroops left on Monday.
    bad:  [[In video]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[premier-ministre-justin-trudeau-quitte]]
    bad:  [[troops-leave-for-latvia-on-monday]](OTTAWA) Troops left the base on Monday.
    bad:  Troops left on Monday.\\n\\n[[Open in full screen mode]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Your browser does not support the audio element.]]
    bad:  [[Voice synthesis, made with artificial intelligence, reads this text aloud.]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[The post Troops leave for Latvia appeared first on Example News.]]
    bad:  Troops left on Monday.\\n\\n[[Continued after advertising]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Publicity]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[The text continues below the image.]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[To see also: Legault defends his targets]]\\n\\nThe minister spoke.
    bad:  Troops left on Monday.\\n\\n[[Follow us on Google News]]
    bad:  [[Posted by admin]]\\n\\nTroops left on Monday.
    bad:  Troops left on Monday.\\n\\n[[Translated from French by Example Translate]]
    bad:  Troops left on Monday.\\n\\n[[(Machine translation)]]
    good: Troops left on Monday.\\n\\nFollow the money\\n\\nThe ad campaign continues after the election.
    good: Publicity stunts, she said, are not policy.\\n\\nThe story continues to unfold in Ottawa.
    good: Written by Jane Doe, the report was tabled.\\n\\nPosted by Jane Doe on Monday, it drew 3,000 replies.
    good: On the same subject, the minister said nothing.\\n\\nSpeech synthesis is a field of study.
    good: Translated from French, the letter was read aloud by the minister on Monday.
    good: well-to-do-looking families, she said, left Ottawa on Monday.
    good: Troops left on Monday.\\n\\nwell-to-do\\n\\nup-to-date
    good: Latest polls show a tight race\\n\\nTroops left on Monday.
    good: Most read books of the year\\n\\nTroops left on Monday.
    good: 9:30 a.m. — Opening remarks by the minister\\n\\nTroops left on Monday.
    good: At 10:30 on Monday, the vote was called.
    good: Join the conversation about the budget, the minister urged readers.
    good: Friday, November 22, 2024\\n\\nTroops left on Monday.
    good: Ottawa to share vaccine data with provinces\\n\\nThe minister spoke on Monday.
    good: Troops left on Monday.\\n\\nThe minister said she would print the report and email it to MPs.
    good: Troops left on Monday.\\n\\nSpread the word about the clinic, the mayor told residents.
    bad:  MUNICH [[ap |]] Troops left the base on Monday.
    bad:  Troops left on Monday.\\n\\n[[• Ottawa sends more troops to Latvia]]\\n[[• ‘We are ready’: Minister visits the base]]\\n\\nThe minister spoke.
    good: Troops left on Monday.\\n\\n• The first group flew out of Trenton.\\n• A second group follows next week.\\n\\nThe minister spoke.
    good: OTTAWA — Troops left the base on Monday.
    good: NATO | Troops left the base on Monday.
    good: OTTAWA | Ukraine | Defence\\n\\nTroops left the base on Monday.
    good: Premier François Legault in Quebec City on Tuesday. (THE CANADIAN PRESS/Jacques Boissinot)
    good: Photo: Andrew Meade\\n\\nFriday, November 22, 2024
    good: Sources say the deal is close.\\n\\nSubscribers to the service will pay more, the CRTC said.
    good: Google said it would stop using third-party cookies on its browser next year.
    good: The report was published on Oct. 3 and updated last week.
    good: WATCH | The premier's full comments on the bill:\\n\\nThe bill passed.
    good: Watch what happens next, she said: the vote is close.\\n\\nNext year, the #MeToo debate returns.
    good: [The minister] said the [news] report was wrong.
    good: This article was written by our Ottawa bureau; AI firms were not consulted.
    good: Search and rescue crews found the hikers.\\n\\nMore from the minister came on Tuesday.\\n\\nTags were put on the cattle.
    good: The menu changed, and comments are closed to the public, the clerk said.\\n\\n© 2024 The Canadian Press
    good: — Jane Roy, the minister, said the plan had failed.\\n\\n1867 Confederation was the start.

    ## Fix safety
    Unsafe: the line is deleted (its text only); an editor confirms it was not a terse
    heading of the story.
    """
    text = par.text
    if "\n" in text and text.lstrip()[:1] in "•·▪►▶":
        related = _related_block(text)
        for s0, e0 in related:
            yield ctx.finding(
                par, s0, e0, "Page furniture (a list of links to related stories) scraped in with the copy",
                fix=Fix.unsafe("Delete the link", replacement=""),
            )
        if related:
            return
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        head = line.lstrip()[:10].casefold()
        m = _SOURCE_TAG.match(line) if head[:1] in "[【1" or head.startswith(_STAMP_PREFIXES) else None
        if m:
            s0 = start + len(line) - len(line.lstrip())
            yield ctx.finding(
                par, s0, start + m.end(),
                "Page furniture (" + ("source tag of the original" if m.group().lstrip()[:1] in "[【" else "date stamp")
                + ") scraped in with the copy",
                fix=Fix.unsafe("Delete it", replacement=""),
            )
            continue
        if line[:1].islower() and "-" in line[:40]:
            slug = _SLUG_PREFIX.match(line)
            if slug and slug.end() < len(line.rstrip()):
                yield ctx.finding(
                    par, start, start + slug.end(), "Page furniture (the page's address slug) scraped in with the copy",
                    fix=Fix.unsafe("Delete it", replacement=""),
                )
                continue
        if "|" in line[:60]:
            d = _DATELINE_TAG.match(line)
            if d:
                yield ctx.finding(
                    par, start + d.start("tag"), start + d.end("tag"),
                    "Page furniture (the outlet's tag after the dateline) scraped in with the copy",
                    fix=Fix.unsafe("Delete it", edits=(Edit(start + d.start("tag"), start + d.end(), ""),)),
                    suggestions=("",),
                )
                continue
        if len(line) > _LINE_MAX_CHARS * 2:
            continue
        kind = classify_line(line)
        if kind is None or _is_furniture(line):
            continue  # page-furniture reports the lines it knows
        s0 = start + len(line) - len(line.lstrip())
        e0 = start + len(line.rstrip())
        yield ctx.finding(
            par, s0, e0, f"Page furniture ({kind}) scraped in with the copy",
            fix=Fix.unsafe("Delete the furniture line", replacement=""),
        )


# A paragraph that stops in mid-sentence on a spaced ellipsis: "… the minister said there ..."
_TRUNCATED = lazy(r"(?<=\s)\p{Ll}[\p{L}’'\-]*[ \u00a0](?:\.\.\.|…)\s*$")
_SNIPPET_MIN_WORDS = 12


@rule(
    "boilerplate/truncated-snippet",
    triggers=(Phrases("ellipsis", ("...", "…"), ignorecase=False, boundary="none"),),
    category="Accuracy/Omission",
    severity=Severity.MINOR,
)
def truncated_snippet(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A paragraph cut off in mid-sentence with a spaced ellipsis: the teaser of a listing page, not the story.

    ## Why it matters
    Section and search pages show the first words of each story and end them with `` ...``;
    copy taken from such a page is a set of cut-off teasers. The reader gets half a
    sentence, and the rest of the story is missing.

    ## Examples
    bad:  The premier asked Ottawa to ban non-essential travel to avoid a repeat of what happened [[there ...]]
    bad:  The minister gave an update on the vaccination campaign, which began a month ago, with the chief medical [[advisor …]]
    good: The premier asked Ottawa to ban non-essential travel. “We cannot wait ...”
    good: The minister paused ... and then went on with the briefing about the vaccination campaign.
    good: Short teaser ...

    ## Known issues
    A quotation that trails off without its closing quotation mark is reported too.
    """
    text = par.text
    tail = text.rstrip()
    if not (tail.endswith("...") or tail.endswith("…")) or len(tail.split()) < _SNIPPET_MIN_WORDS:
        return
    m = _TRUNCATED.search(text, max(0, len(text) - 60))
    if m:
        yield ctx.finding(par, m.start(), len(tail), "Paragraph cut off in mid-sentence: a listing teaser, not the story")
