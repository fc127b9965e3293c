"""Boilerplate: lines of web furniture known by their shape, whatever their words.

A page's furniture takes shapes a story's lines do not: bare counts ("0 18,586", "(112,422
posts)"), a link that ends in an arrow ("View now>"), a lead-in and a bare address ("Read more
here: https://…"), a trail of sections joined by "»", an image's alternative text ("Jane Doe Image", "WTVD logo") or its file's name ("logo_blue.jpg"), a markup remnant ("[Ads
/]", "<>"), a link to another story with its date ("Title - November 6, 2020"), a "Powered by"
credit, and the page talking to its reader: prompts to comment, follow, subscribe, click or
unlock, and promises that the story will be updated. Each shape is read over the whole line, so
a sentence of the story that uses the same words is not taken for one. `form_kind` holds no
rule; `furniture.classify_line` asks it last.
"""

from __future__ import annotations

from mtqa import rx as regex
from mtqa.patterns import lazy
from mtqa.text import calendar

# Bare counts: numbers alone, or numbers with what they count ("0 18,586", "(112,422 posts)",
# "1.2K shares"). One bare number is not enough: a lone figure can be a list's numbering.
_COUNT = r"\(?\d[\d,.]*[KkM]?(?:\s+(?:comments?|views?|posts?|shares?|likes?|replies|reads?|reactions?|votes?))?\)?"
_COUNTS = lazy(rf"{_COUNT}(?:\s+{_COUNT})+|\(?\d[\d,.]*[KkM]?\s+(?:comments?|views?|posts?|shares?|likes?|replies|reads?"
               rf"|reactions?|votes?)\)?", regex.IGNORECASE)

# A link ending in an arrow ("See local shops open View now>", "Read more »"); French quotes
# close on "»" too, so a line that opens one, or whose "»" follows a sentence's end, is copy.
_ARROW_END = frozenset(">›»→")
_SENTENCE_CLOSERS = frozenset(".!?”\"’'")

# A lead-in and a bare address: "Read more here: https://…", "To see more, visit www.…".
_URL_TAIL = lazy(r"(?:https?://|www\.)\S+?[.,)]?$")
_URL_LEAD = lazy(
    r"^(?:\S+\s+){0,12}?(?:(?:read|see|watch|listen|view)\s+(?:more|the\s+full\s+\w+|it|online|here)\b[^\n]{0,20}"
    r"|to\s+(?:see|read|watch|learn|hear)\s+more\b[^\n]{0,20}|(?:original\s+)?source\s*:|link\s*:|via\s*:?)\s*$",
    regex.IGNORECASE,
)

# A trail of sections: three or more short segments joined by "»", "›" or a spaced ">".
_CRUMB_SEPARATOR = lazy(r"\s*[»›]\s*|\s+>\s+")
_CRUMB_SEGMENT_WORDS = 6

# An image's alternative text: a few words and "Image", "logo" or "icon" ("Jane Doe Image",
# "WTVD logo", "regular-article-logo …"). A caption's "File image" and "Handout image" are copy.
_ALT_TEXT = lazy(r"^(?:\S+\s+){0,5}\S*?(?:logo|icon|avatar|thumbnail|image|img)$|^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*-logo\b",
                 regex.IGNORECASE)
# An image's file name alone where the picture was: "Twitter_logo_blue.jpg", "gold mining canada
# suarez.jpg", two of them on a line. A caption names the picture in words, not by its file.
_IMAGE_FILE = r"[^\s:/\\]+(?: [^\s:/\\]+){0,5}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic)"
_IMAGE_FILES = lazy(rf"{_IMAGE_FILE}(?:\s+{_IMAGE_FILE})*", regex.IGNORECASE)
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".tif", ".tiff", ".heic")
_CAPTION_IMAGE = frozenset("file stock representational representative archive archival handout supplied submitted "
                           "contributed courtesy illustrative".split())

_SENTENCE_MIN_WORDS = 6  # words around a tag that make a sentence of the story, not a markup line
# Markup the crawler left: a shortcode ("[Ads /]"), an empty or HTML tag ("EMBED <>More Videos").
_MARKUP = lazy(r"^\[[^\[\]\n]{1,30}/\]$|<>|</?[a-z][a-z0-9]*(?:\s[^<>\n]{0,60})?/?>")

# A link to another story with its date: "Tips for a good night's sleep - November 6, 2020". A
# byline with its date ("By Jane Doe | June 30, 2025") is copy, and so is "Budget vote — March 3, 2025".
_MONTH = r"(?:" + "|".join((*calendar.MONTH_ABBREVIATIONS, "May")) + r")[a-z]*\.?"  # a month, short or whole
_BYLINE = lazy(r"(?:^|\P{L}|(?<=\p{Ll}))(?:by|By|BY)\s+\p{Lu}")  # "By Jane Doe", "FeatureBY JANE DOE"
_DATED_LINK = lazy(
    rf"^(?:\S+\s+){{2,}}[^\n.!?]*?\s[-–—|]\s(?:\p{{Lu}}\p{{Ll}}+,?\s)?(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\s\d{{4}})$"
)

# Two dates joined by a dash, the first one whole: a span of dates (an obituary's "May 20, 1943 –
# March 18, 2013", a term of office), not a story's title and its date.
_DATE_SPAN = lazy(rf"^(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\s\d{{4}})\s[-–—]\s")

# "Powered by WorldNow", "Hosted by Example": the platform's credit, a few words, no sentence.
_POWERED_BY = lazy(r"^(?:powered|hosted|designed|developed)\s+by\s+[^\n.,;:!?]{1,40}$", regex.IGNORECASE)

# The page talking to its reader.
_READER_PROMPT = lazy(
    # a prompt to comment: "What do you think? Have your say in comments below"
    r"^(?:what\s+do\s+you\s+think\?\s*)?(?:have\s+your\s+say|tell\s+us\s+what\s+you\s+think|let\s+us\s+know"
    r"|share\s+your\s+(?:thoughts|views|opinion)|join\s+the\s+(?:discussion|conversation|debate)"
    r"|leave\s+(?:a|your)\s+comment|use\s+the\s+comment\s+form)\b[^\n]{0,80}?\b(?:comments?|below|discussion)\b[^\n]{0,40}$"
    # a link's instructions: "To watch the full report, go to: …"
    r"|^to\s+(?:watch|read|see|hear|listen\s+to)\b[^\n,]{1,80},\s*(?:go\s+to|visit|click)\b"
    # a page's own links and accounts: "Follow our Politics Blog", "Subscribe to … News feed"
    r"|^follow\s+(?:us|our)\b[^\n.!?]{0,60}$"
    # the page's own channels, as a sentence too: "Follow us on Telegram for more news.", "Join our WhatsApp channel."
    r"|^(?:follow|join|like|add)\s+(?:us|our)\b[^\n.!?]{0,40}?\b(?:on\s+\p{Lu}\p{L}+|channel|group|page|community)"
    r"\b[^\n.!?,]{0,30}[.!]?$"
    r"|^subscribe\s+to\s+[^\n.!?]{1,60}\b(?:feed|newsletters?|channel|podcast|alerts|updates)$"
    # the skip link: "Jump directly to the content"
    r"|^(?:skip|jump)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\b[^\n]{0,20}$"
    # a promise of updates: "This is a developing story", "We'll be bringing you the latest"
    r"|^(?:this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story|this\s+(?:story|article|post)\s+(?:will|may)\s+be\s+updated"
    r"|we(?:'|’)ll\s+be\s+bringing\s+you\b|we\s+will\s+be\s+bringing\s+you\b|please\s+check\s+back\b)",
    regex.IGNORECASE,
)
# A paywall: "Join today and unlock this story instantly".
_PAYWALL = lazy(r"\b(?:unlock|continue\s+reading|keep\s+reading|read\s+the\s+rest\s+of)\s+(?:this|the\s+full)\s+(?:story|article)\b",
                regex.IGNORECASE)
_CLICK_HERE = lazy(r"\b(?:click|tap)\s+here\b", regex.IGNORECASE)
_PROMPT_MAX_WORDS = 30
_PROMPT_FIRST = frozenset("what have tell let share join leave use to follow subscribe skip jump this we we'll we’ll please"
                          .split())

# A navigation bar's remnant: a few words left hanging on a separator ("Bulletin headlines -",
# "247 |"); a line of the story does not end on a spaced hyphen or bar.
_DANGLING_SEPARATOR = lazy(r"\s[-|]$")
_DANGLING_MAX_WORDS = 8
# A table's or a page's rule: a long run of dashes, equals signs or underscores ("* * *" and "---"
# between the parts of a story are short, and stay).
_RULE_LINE = lazy(r"[-=_~]{10,}(?:\s+[-=_~]{3,})*")

# "Download the Example app, stay informed": the page's own app.
_APP_PROMPT = lazy(r"^(?:download|get|install)\s+(?:the|our)\s+[^\n.!?,]{0,40}?\bapp\b(?:,\s*stay\s+(?:informed|connected|updated)"
                   r"|\s+(?:for|to\s+(?:get|read|follow))\s+(?:the\s+)?(?:latest|all|more|breaking)\b[^\n.!?,]{0,30})?\W{0,3}$",
                   regex.IGNORECASE)

# The outlet's name at the top of the page ("The Limited Times", "Example Canada News"): a few
# capitalised words, no verb, naming a newspaper.
_MASTHEAD_LAST = frozenset("""times post herald tribune gazette journal chronicle observer citizen headlines advertiser
    examiner sentinel courier telegraph mercury dispatch bulletin""".split())
_MASTHEAD_FILL = frozenset("of the & and".split())
_MASTHEAD_MAX_WORDS = 5

# The site's own address alone on a line: "example.com", "www.example.co.uk" (lower case: a
# company named in copy keeps its capital, "Amazon.com").
_BARE_DOMAIN = lazy(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|ca|news|info|co\.uk|com\.au|us|tv)")

# A bar of account links: "Log in | Become a member", "Subscribe | e-Edition | Contact us".
_ACCOUNT_LINK = lazy(
    r"(?:sign|log)\s*(?:in|out|up)|register|become\s+a\s+(?:member|subscriber)|subscribe|my\s+account"
    r"|create\s+(?:an\s+)?account|e-?edition|contact\s+us|about\s+us|advertise(?:\s+with\s+us)?|newsletters?",
    regex.IGNORECASE,
)
_BAR = lazy(r"\s+\|\s+")
_BAR_SEGMENT_WORDS = 4

# An author's name printed twice, as an author widget does: run together ("Jane DoeJane Doe") or
# around "By" ("Jane Doe By Jane Doe example.com"). A name said twice with a space ("Bora Bora",
# "New York New York") is copy.
_NAME_TWICE = lazy(
    r"(?P<n>\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}[\p{Ll}'’\-]+){0,2})(?:(?P=n)|\s[Bb]y\s(?P=n)(?:\s\S{1,40})?)"
)

# Short all-capitals labels of a sign-up or an advertising slot: "HALO NEWSLETTER", "SPONSORED".
_CAPS_LABEL_WORDS = frozenset("newsletter newsletters subscribe sponsored advertisement trending".split())


def sentence_end_of(line: str) -> bool:
    """Whether a line ends like a sentence (not an ellipsis)."""
    return line[-1:] in (".", "!", "?") and not line.endswith("..")


def _counts(line: str) -> str | None:
    if line[:1].isdigit() or line[:1] == "(":
        if _COUNTS.fullmatch(line):
            return "counter"
    return None


def _arrow_link(line: str) -> str | None:
    if line[-1:] in _ARROW_END and "«" not in line and len(line) > 1 \
            and line[:-1].rstrip()[-1:] not in _SENTENCE_CLOSERS:
        return "link ending in an arrow"
    return None


def _url_with_lead(line: str) -> str | None:
    if "http" not in line and "www." not in line:
        return None
    tail = _URL_TAIL.search(line)
    if tail and _URL_LEAD.match(line[:tail.start()]):
        return "link to another page"
    return None


def _crumb_trail(line: str) -> str | None:
    if "»" not in line and "›" not in line and " > " not in line:
        return None
    segments = _CRUMB_SEPARATOR.split(line)
    if len(segments) >= 3 and all(0 < len(s.split()) <= _CRUMB_SEGMENT_WORDS for s in segments) \
            and not sentence_end_of(line):
        return "breadcrumb"
    return None


def _alt_text(line: str) -> str | None:
    if sentence_end_of(line) or len(line) > 80:
        return None
    low = line.casefold()
    if not (low.endswith(("logo", "icon", "avatar", "thumbnail", "image", "img")) or "-logo" in low):
        return None
    words = low.split()
    if len(words) >= 2 and words[-1] == "image" and words[-2] in _CAPTION_IMAGE:
        return None
    return "image's alternative text" if _ALT_TEXT.match(line) else None


def _image_file(line: str) -> str | None:
    if line.casefold().endswith(_IMAGE_EXTENSIONS) and _IMAGE_FILES.fullmatch(line):
        return "image's file name"
    return None


def _markup(line: str) -> str | None:
    """A line whose tags are what it is made of; a sentence of the story with a stray tag in it
    is encoding damage (`encoding/stray-markup`), not furniture."""
    if ("<" in line or line[:1] == "[") and _MARKUP.search(line):
        rest = _MARKUP.sub(" ", line).split()
        if len(rest) >= _SENTENCE_MIN_WORDS and rest[-1][-1:] in ".!?\"”":
            return None
        return "markup left by the crawler"
    return None


# The kind a link to another story with its date is reported as (furniture_lines reads it back).
DATED_LINK_KIND = "link to another story with its date"


def _dated_link(line: str) -> str | None:
    if line[-4:].isdigit() and _DATED_LINK.match(line) and not _BYLINE.search(line) and not _DATE_SPAN.match(line):
        return DATED_LINK_KIND
    return None


def _powered_by(line: str) -> str | None:
    return "platform credit" if line[:1] in "PpHhDd" and _POWERED_BY.match(line) else None


def _reader_prompt(line: str) -> str | None:
    low = line.casefold()
    prompt = low.split(" ", 1)[0] in _PROMPT_FIRST
    paywall = "unlock" in low or "reading" in low or "rest of" in low
    click = "click" in low or "tap" in low
    if not (prompt or paywall or click):
        return None  # the words every prompt holds, tested before the line is counted
    if len(line.split()) > _PROMPT_MAX_WORDS or any(map(line.__contains__, "“”\"«")):
        return None
    if (prompt and _READER_PROMPT.match(line)) or (paywall and _PAYWALL.search(line)) \
            or (click and _CLICK_HERE.search(line)):
        return "prompt to the reader (comment, follow, subscribe, click)"
    return None


def _dangling_separator(line: str) -> str | None:
    if line.endswith((" -", " |")) and _DANGLING_SEPARATOR.search(line) and len(line.split()) <= _DANGLING_MAX_WORDS:
        return "navigation remnant"
    return None


def is_rule_line(line: str) -> bool:
    """Whether a stripped line is a table's or a page's rule (read before a list's dash is taken off)."""
    return line[:1] in "-=_~" and bool(_RULE_LINE.fullmatch(line))


def _app_prompt(line: str) -> str | None:
    return "prompt to the reader (download the app)" if line[:1] in "DdGgIi" and _APP_PROMPT.match(line) else None


def is_masthead(line: str, *, first_line: bool) -> bool:
    """Whether a line near the top of a page is an outlet's name: two to five capitalised words, no
    digits, no sentence, with "News" among three or more ("Example Canada News", "Complete News
    World"), or, as the page's first line, ending on a newspaper's word ("The Limited Times").

    An outlet's credit under a headline is a byline and stays: "By Jane Doe Global News", "Global
    News", "The Washington Post" below the headline (the first line is the masthead or the headline)."""
    words = line.split()
    if not 2 <= len(words) <= _MASTHEAD_MAX_WORDS or words[0].casefold() == "by":
        return False
    if not all((w[:1].isupper() and w.isalpha()) or w.casefold() in _MASTHEAD_FILL for w in words):
        return False
    if len(words) >= 3 and any(w.casefold() == "news" for w in words):
        return True
    return first_line and words[-1].casefold() in _MASTHEAD_LAST


def _rule_line(line: str) -> str | None:
    return "rule line" if is_rule_line(line) else None


def _bare_domain(line: str) -> str | None:
    return "the site's address" if "." in line and _BARE_DOMAIN.fullmatch(line) else None


def _account_links(line: str) -> str | None:
    if " | " not in line:
        return None
    segments = _BAR.split(line)
    if all(0 < len(seg.split()) <= _BAR_SEGMENT_WORDS for seg in segments) \
            and any(_ACCOUNT_LINK.fullmatch(seg.strip(" .:")) for seg in segments):
        return "account links"
    return None


def _name_twice(line: str) -> str | None:
    if len(line) > 80 or not line[:1].isupper() or line[:3] not in line[3:]:
        return None
    return "author widget" if _NAME_TWICE.fullmatch(line) else None


def _caps_label(line: str) -> str | None:
    if not line.isupper():
        return None
    words = line.split()
    if len(words) <= 4 and any(w.casefold() in _CAPS_LABEL_WORDS for w in words):
        return "sign-up or advertising label"
    return None


# Tried in this order; the first shape that fits names the line.
_FORMS = (_counts, _arrow_link, _url_with_lead, _crumb_trail, _alt_text, _image_file, _markup, _dated_link, _powered_by,
          _reader_prompt, _caps_label, _dangling_separator, _rule_line, _app_prompt,
          _bare_domain, _account_links, _name_twice)


# The shapes a line that ends like a sentence (`sentence_end_of`) can have, in the same order:
# the others end on an arrow, a digit, a letter of a domain or of a file's extension, a separator or a rule's mark, or
# refuse a sentence's end (`_crumb_trail`, `_alt_text`, `_powered_by`'s tail).
_SENTENCE_FORMS = (_counts, _url_with_lead, _markup, _reader_prompt, _caps_label, _app_prompt, _account_links,
                   _name_twice)


def form_kind(line: str) -> str | None:
    """What kind of furniture a stripped line is by its shape alone, or None."""
    if not line:
        return None
    for form in _SENTENCE_FORMS if sentence_end_of(line) else _FORMS:
        kind = form(line)
        if kind:
            return kind
    return None
