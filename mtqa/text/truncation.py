"""A line a page cut short: a teaser that ends in an ellipsis (``…``, ``...``, ``[…]``), with or
without its "Read more" link after it, and perhaps the separator of the list it stands in (``… |``).

Lists of teasers (front pages, tag and category pages, trade sites' news lists) print the first
words of each story and stop mid-sentence, often inside a bracket or a quotation the story closes
later. A bracket or a quotation left open by such a cut is the page's layout, not the copy's slip.
"""

from __future__ import annotations

from mtqa.patterns import lazy

# How far past an opener a teaser's cut may come.
_REACH = 300
# The cut's mark at the line's end: an ellipsis, bare or in square brackets, then perhaps the link,
# then perhaps the bar or bullet an archive's list sets between its items ("… |").
_CUT_END = lazy(
    r"(?:\[(?:…|\.\.\.)\]|…|\.\.\.)"
    r"(?:[ \t]+(?:Read more|Read More|READ MORE|Continue reading|More)[ \t]*[.…»›>]*)?"
    r"(?:[ \t]*[|·•])?[ \t]*\Z"
)


def cut_short(text: str, start: int) -> bool:
    """Whether the line holding ``text[start]`` ends, within reach of it, in a teaser's cut."""
    # The line's end is looked for within reach only: a search to the end of a long line, once
    # for each mark left open on it, read the line again and again (quadratic on a pasted line).
    end = text.find("\n", start, start + _REACH + 1)
    if end < 0:
        if len(text) - start > _REACH:
            return False
        end = len(text)
    return _CUT_END.search(text[start:end]) is not None
