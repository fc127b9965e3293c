"""Boilerplate: page furniture scraped in with the copy and then translated with it.

Copy taken from a web page carries the page around it: a date stamp and the word
"advertisement" before the first paragraph, "Share this article" and "Follow" links,
furniture run into a paragraph between two sentences, bracketed metadata labels, and a
listing page's teaser cut off on an ellipsis. None of it belongs in the story sent for
publication, and a translation engine turns some of it into odd prose.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.boilerplate.furniture import (STRONG_WORDS, WHOLE_LINE_WORDS, classify_line, is_furniture,
                                              is_furniture_paragraph)
from mtqa.scan import EXPANDING_FOLDS, Chars, Phrases
from mtqa.segment import Paragraph


# Where `is_furniture` can hold: a strong word anywhere in the text case-folded (a character whose
# folding is longer stands for itself in the scan's lower view), or a whole line's word.
PAGE_FURNITURE_TRIGGERS = (
    Phrases("strong word", STRONG_WORDS, boundary="none"),
    Phrases("whole line", WHOLE_LINE_WORDS),
    Chars("folds to several", EXPANDING_FOLDS),
)


@rule(
    "boilerplate/page-furniture",
    triggers=PAGE_FURNITURE_TRIGGERS,
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
    if not is_furniture_paragraph(text):
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
    if is_furniture(text) or classify_line(text) is not None:
        return  # the whole paragraph: page-furniture or furniture-line reports it
    for m in _INLINE.finditer(text):
        end = m.end()
        while end < len(text) and text[end] == " ":
            end += 1
        yield ctx.finding(
            par, m.start(), m.end(), "Page furniture inside a paragraph",
            fix=Fix.unsafe("Delete the furniture", edits=(Edit(m.start(), end, ""),)), suggestions=("",),
        )


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
