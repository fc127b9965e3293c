"""A link to another story under a label in capitals: "READ MORE:", "SEE ALSO: …", and the labels
a paraphrase tool or an engine makes of them ("SEE HERE: …", "FURTHER DETAILS: …", "YOU MIGHT BE
INTERESTED: …").

Pages print their links to videos and related stories under a short label in capitals and a
colon; spun and machine-translated copies keep the line and reword the label, so no list of
labels finds them all. What they share is the form: a label of one to five words in capitals,
every word of it from the small vocabulary labels are made of (pointing, reading, watching,
"more", "also", "you may be interested"), at least one of them a word that points at more to
read, then a colon and a headline, or nothing (the headline on the next line). A player's label
("WATCH: …", "LISTEN: …") introduces a caption, which copy keeps.
"""

from __future__ import annotations

from mtqa.patterns import lazy

# The label, the colon, and what follows it on the line.
_LABEL_LINE = lazy(r"^(\p{Lu}[\p{Lu}'’]*(?:[ \u00a0]+\p{Lu}[\p{Lu}'’]*){0,4})[ \u00a0]*:[ \u00a0]*(.*)$")
# The words a link's label is made of; a label holding any other word is something else
# ("UPDATE:", "WARNING:", a speaker's name in a transcript, a headline in capitals).
_LABEL_WORDS = frozenset(
    """read more also see look watch view listen hear related recommended interested interest information info
    details detail here you may might be in like the this our for to of on same topic subject further reading
    latest top stories story news video videos photo photos gallery click check out find learn don't don’t miss
    next previous previously other articles article continue""".split()
)
# At least one word that points at more to read: "YOU MAY BE" alone, or "THE LATEST", is not a
# link's label. A video's or a recording's label ("WATCH: The minister spoke …") is the caption of
# a player, which copy keeps (captions are not furniture), so watching and listening do not count.
_POINTING = frozenset(
    """read more see look related recommended interested information info details click check learn miss
    reading""".split()
)
_MAX_LINE = 200
KIND = "link to another story under a label in capitals"  # the kind `classify_line` gives such a line


def is_caps_link_label(line: str) -> bool:
    """Whether `line` (bullet already removed) is a link's label in capitals with its headline,
    or the label alone: "SEE ALSO: Parka maker's shares slide", "READ MORE:"."""
    if len(line) > _MAX_LINE or not line[:1].isupper() or ":" not in line[:60]:
        return False
    m = _LABEL_LINE.match(line)
    if m is None:
        return False
    words = m.group(1).casefold().split()
    if not all(w in _LABEL_WORDS for w in words) or not any(w in _POINTING for w in words):
        return False
    rest = m.group(2).strip()
    if not rest:
        return True  # the label alone; its headline is the next line
    # A headline in sentence or title case: it opens with a capital, a figure or a quotation
    # mark, and has lower-case letters (a line all in capitals is a heading, not a link).
    return (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "‘“'\"") and any(c.islower() for c in rest)
