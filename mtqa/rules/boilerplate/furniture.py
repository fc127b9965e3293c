"""Boilerplate: what page furniture is made of, shared by the family's rules.

A line of furniture is short, is not a sentence of the story, and is made of the
vocabulary of page widgets, time stamps, links, sign-ups, cookie notices or author boxes.
`classify_line` reads the form of a line (how much of it is that vocabulary, what it
starts with, whether it ends like a sentence), not a list of lines; `is_furniture` says
whether a whole paragraph is furniture.
"""

from __future__ import annotations

import msgspec

from mtqa import rx as regex
from mtqa.patterns import lazy
from mtqa.rules.boilerplate.furniture_forms import form_kind, is_rule_line, sentence_end_of
from mtqa.rules.boilerplate import link_labels
from mtqa.text.calendar import CALENDAR_WORDS
from mtqa.text.fold import FOLDS_TO_ASCII

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
# What announces a paragraph `is_furniture` takes: a strong word anywhere in the casefolded text,
# or the longest word of a whole line (ties: the first), as a word. Trigger phrases.
STRONG_WORDS = tuple(sorted(_STRONG))
_MONTHS = CALENDAR_WORDS  # months, their abbreviations and weekdays
EMAIL = lazy(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = lazy(r"@\w{1,30}")
_URL = lazy(r"(?:https?://|www\.)\S+")
_PIECE = lazy(r"[\p{L}][\p{L}.\-]*|\d+")
_SEPARATORS = frozenset(" \t|•·–—-:/,.()[]>»«")
_MAX_WORDS = 16


# Whole lines that are furniture although none of their words is "strong".
_WHOLE_LINES = frozenset({"read more", "related", "related stories", "related articles", "read next", "listen",
                          "listen to this article", "watch", "watch video", "more stories", "top stories",
                          "continue reading", "story continues below", "trending", "recommended for you"})
WHOLE_LINE_WORDS = tuple(sorted({max(line.split(), key=len) for line in _WHOLE_LINES}))


def is_furniture(text: str) -> bool:
    """Whether a whole paragraph is page furniture (a short line of furniture words and dates)."""
    if len(text) > 160:
        return False
    low = text.casefold()
    if " ".join(low.strip(" .:…»>|-–—").split()) in _WHOLE_LINES:
        return True
    # Each piece `_of_furniture_words` reads is a stretch of the text (what it takes out
    # leaves spaces), and casefolding goes character by character: a strong piece stands in
    # the casefolded text. Most short paragraphs hold none, and are not read further.
    return any(map(low.__contains__, _STRONG)) and _of_furniture_words(text)


def is_furniture_paragraph(text: str) -> bool:
    """Whether boilerplate/page-furniture reports the paragraph `text` whole."""
    return len(text) <= 160 and is_furniture(text)


def _of_furniture_words(text: str) -> bool:
    """Whether `text` is furniture words, dates, numbers, addresses and separators only, one of
    its words a strong one."""
    stripped = _URL.sub(" ", _HANDLE.sub(" ", EMAIL.sub(" @email ", text)))
    pieces = _PIECE.findall(stripped, concurrent=False)
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


_WIDGET_STRONG = frozenset(
    """share shares sharing print printer email e-mail mail listen enlarge zoom bookmark save saved tweet
    comments comment copy link links click tap expand collapse download gallery slideshow fullscreen
    font text size view play previous next button duration
    app apps install favourites favorites bookmarks notifications alerts typo feedback copied
    subscribe unsubscribe channel follow suggest""".split()
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
    r"|^(?:see\s+also|read\s+also|also\s+read|to\s+read\s+also)\s+(?-i:\p{Lu})"
    # a related-link widget's prompt before the linked title, as engines render "Вас зацікавить",
    # "Te puede interesar": "You may be interested: …" (unseen9, ninth unseen batch); a colon only,
    # and a title, not a sentence, after it
    r"|^you\s+(?:might|may|could|will)\s+(?:also\s+)?(?:like|be\s+interested(?:\s+in)?)\s*:\s*(?=\S)(?![^\n]*[.!?…][\"”’]?\s*$)",
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
LINE_MAX_CHARS = 200
BULLET = lazy(r"^[•·▪►▶*>»|\-–—]+\s*")  # "|" too: a bar a widget printed before its text
# A line that introduces an embedded player or a link: "Listen to the interview …:", "Click to play video: …".
_EMBED_INTRO = lazy(r"^(?:listen|hear|view|see)\b[^\n]{0,200}:$|^(?:click|tap)\s+(?:to|here)\b", regex.IGNORECASE)
_HASH = lazy(r"[0-9a-f]{32,128}")  # an image or file hash the crawler kept
_HEX_DIGITS = frozenset("0123456789abcdef")  # what a hash starts with
# A page's address slug on a line of its own: four or more lower-case words joined by hyphens.
_SLUG = lazy(r"[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}/?")


# "—Jane Roy, interim leader of the party": the credit line under a pull quote; a quotation
# widget's caption, translated ("Une citation de" → "Quote from Jane Roy, interim leader ...").
_PULL_QUOTE_CREDIT = lazy(r"^(?:[—–―]\s?|(?:A\s[Qq]|Q)uot(?:e|ation)\sfrom\s)(?:\p{Lu}[\p{L}'’.\-]+\s){1,3}?\p{Lu}[\p{L}'’.\-]+,\s\S[^\n]{0,150}$")
_EPOCH = lazy(r"1[0-9]{9}")  # a Unix time stamp in seconds (2001 to 2033)
# A weather widget's reading alone on a line: "17.2 C", "-16.5°C", "72 °F", "25.92°C Vancouver"
# (a place name only after a degree sign, so "30 C" stays a reading and "Vitamin C" copy), or a
# bare "63°".
_WEATHER = lazy(
    r"[-−]?\d{1,3}(?:[.,]\d)?[ \u00a0]?(?:°[ \u00a0]?)?[CF]|[-−]?\d{1,3}(?:[.,]\d)?°"
    r"|[-−]?\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]?°[ \u00a0]?[CF](?:[ \u00a0]+\p{Lu}[\p{L}.\-]+(?: \p{Lu}[\p{L}.\-]+){0,2})?"
)
# A list's section label run into its date, as news lists print them: "CanadaNov 10, 2025", "BCNov 08, 2025".
_SECTION_DATE = lazy(
    r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,4})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}"
)
# A breadcrumb: "Home > Embassy News", "Current location - Section - Page title", "You are here: Home / News".
_BREADCRUMB = lazy(
    r"(?:home|current location|you are here|location)\s*:?\s*(?:[>›»/|]|-(?=\s))\s*\S[^\n]*", regex.IGNORECASE
)
_HASHTAG = lazy(r"(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+")


# First words of the lines the anchored patterns read (a set test decides whether to run them).
_ANCHOR_FIRST = frozenset(
    """about view more all follow contact read to also see related from sources source via original recommended
    lire à listen hear click tap updated update published posted modified created first last release released
    releases publication post posting time date duration mis publié on in you""".split()
)
_STAMP_HINTS = ("ago", "read", "listen", "watch")
# Labels of the page's own controls, whole lines: navigation, accounts, comments, sharing.
_UI_LABEL = lazy(
    r"^(?:sign\s+(?:in|out)|log\s+(?:in|out)|create\s+(?:a\s+)?(?:free\s+)?account|already\s+a\s+(?:subscriber|member)\b.{0,40}"
    r"|support\s+(?:independent|local|our)\s+journalism.{0,60}|donate(?:\s+(?:now|today))?|manage\s+(?:preferences|cookies|settings)"
    r"|skip\s+to\s+(?:main\s+)?content|toggle\s+navigation|(?:main\s+)?menu|search|loading|reply|like\s+this|share\s+this"
    r"|pin\s+it|send\s+by\s+e-?mail|(?:spread|share)\s+the\s+(?:love|word)|sharing\s+is\s+caring|leave\s+a\s+(?:comment|reply)|comments\s+are\s+closed|\d+\s+comments?"
    r"|you\s+(?:might|may|could|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested(?:\s+in)?|want\s+to\s+read)"
    r"|don[’']t\s+miss|related\s+(?:posts|stories|articles|content|links|videos|coverage)"
    r"|read\s+the\s+full\s+(?:story|article)|watch\s+the\s+(?:full\s+)?video|read\s+(?:it\s+)?in\s+(?:french|english)"
    r"|lire\s+en\s+français|more\s+(?:(?:news|stories|articles|videos|coverage)\s+)?(?:from|on|in|about)\s+(?-i:\p{Lu})[\p{L}&\s]{0,30})"
    r"\W{0,4}$",
    regex.IGNORECASE,
)
# "Tags: …", "Filed under: …", "Categories: …": the page's taxonomy; a search-engine field a
# content farm prints ("Keyphrase: …", "Focus keyword: …", "Keywords …"); a taxonomy label alone on
# its line, its list lost ("Categories", "Uncategorized", "Tags").
_TAXONOMY = lazy(
    r"^(?:categories|uncategori[sz]ed|tags|keywords)\s*:?\s*$"
    r"|^(?:(?:focus\s+)?key\s*phrases?|focus\s+key\s*words?)\s*:\s*\S"
    r"|^(?:tags|tagged(?:\s+with)?|filed\s+under|categories|category|topics|posted\s+in|sections?|keywords)\s*:?\s+(?-i:\p{Lu}|#)"
    # in lowercase too, after a colon, when what follows is a list of short labels ("Tags: politics, Spain, vote")
    r"|^(?:tags|tagged(?:\s+with)?|filed\s+under|categories|topics)\s*:\s+[\p{L}\p{N}#][\p{L}\p{N}'’\- ]{0,30}"
    r"(?:,\s*[\p{L}\p{N}#][\p{L}\p{N}'’\- ]{0,30}){1,}$",
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
# "Latest news", "Editor's picks", "On the same subject", "More content", "Key takeaways"): short,
# no verb, no sentence end. Machine-English pages name the same widgets in their own words ("Most
# visited", "Hot news", "All news", "Press releases", "Key issues", "Related companies:"; Arabic,
# Turkish, Ukrainian, Macedonian, Nepali and Chinese sites of the corpus), which the second halves of
# the two lists hold.
_HEADING_RANK = frozenset(
    """most latest more top popular recent trending recommended related featured similar other also same
    editor's editors' editor’s editors’ picks must key
    hot all press""".split()
)
_HEADING_CONTENT = frozenset(
    """news stories story posts articles article content videos headlines picks read reads viewed shared commented
    watched subject topic topics section selection podcasts galleries takeaways
    visited releases issues companies""".split()
)
_HEADING_FILL = frozenset("the in on from our this of for you to also".split())
# The comment form and counters a blog page prints under the story, and its own stamps
# ("First modification:", a page's "Première modification" translated).
_PAGE_FORM = lazy(
    r"^(?:(?:leave\s+a\s+reply(?:\s+cancel\s+reply)?|cancel\s+reply|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published"
    r"|required\s+fields\s+are\s+marked|notify\s+of|please\s+log\s*in\s+to\s+comment|be\s+the\s+first\s+to\s+comment"
    r"|this\s+site\s+uses\s+\S+\s+to\s+reduce\s+spam|learn\s+how\s+your\s+comment\s+data\s+is\s+processed"
    r"|(?:%[ds]|\d+)\s+bloggers?\s+likes?\s+this|back\s+to\s+top\s+button"
    r"|like\s+loading|\d+\s+\d+\s+votes?\s+article\s+rating|post\s+navigation|table\s+of\s+contents|contents\s+hide"
    r"|source\s+link|(?:first|last)\s+modification\s*:?|back\s+to\s+top|video\s+player\s+is\s+loading|(?:advertisement\s*[-–—:]\s*)?scroll\s+to\s+continue"
    r"(?:\s+with\s+content)?|continue\s+reading(?:\s+the\s+main\s+story)?|(?:estimated\s+)?reading\s+time\s*:?\s*\d+"
    r"(?:\s+min(?:ute)?s?)?|(?:post\s+)?views\s*:\s*[\d,]+|in\s+(?:video|videos|pictures|images|photos))\W{0,4}?)"
    r"(?:\s+(?:your\s+e-?mail\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked"
    r"|learn\s+how\s+your\s+comment\s+data\s+is\s+processed)\W{0,4}?)*\W{0,4}$",
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
# The words a stamp has besides numbers: months, weekdays and their abbreviations, zones, and the
# stamp's own labels ("on May 23, 2007 at 1:11 PM, updated May 23, 2007 at 1:57 PM").
_CLOCK_WORDS = _MONTHS | frozenset(
    """at on h a p m am pm et est edt pt pst pdt ct cst cdt mt mst mdt at ast adt nt utc gmt mon tue tues wed thu thur
    thurs fri sat sun updated published posted modified last""".split())
_CLOCK_STAMP_MAX_CHARS = 90


def _is_clock_stamp(line: str) -> bool:
    """Whether a line is only a date and a clock time ("Feb. 3, 2024 10:01 a.m.", "2024-02-03 10:01")."""
    if len(line) > _CLOCK_STAMP_MAX_CHARS or not _CLOCK.search(line):
        return False
    tokens = _TOKEN.findall(line)
    if not all(t[0].isdigit() or t.casefold().rstrip(".") in _CLOCK_WORDS for t in tokens):
        return False
    return all(c in _SEPARATORS or c.isspace() or c.isalnum() or c in "·@" for c in line)


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


PULL_QUOTE_CREDIT_KIND = "pull-quote credit"  # the kind `classify_line` gives a pull quote's credit line


def classify_line(text: str) -> str | None:
    """What kind of page furniture a line is ("widget", "time stamp", …), or None for copy."""
    if len(text) > 2 * LINE_MAX_CHARS:
        return None
    line = _collapsed(text.strip())
    if _is_pull_quote_credit(line):
        return PULL_QUOTE_CREDIT_KIND
    if line[:1] in "•·▪►▶*>»|-–—":
        if is_rule_line(line):
            return "rule line"
        line = BULLET.sub("", line)
    if not line or len(line) > LINE_MAX_CHARS:
        return None
    if line.isdigit():
        return "time stamp" if _EPOCH.fullmatch(line) else None  # no other kind is all digits
    shape = _shape_kind(line)
    if shape is not None:
        return shape
    cues = _Cues.of(line)
    return _whole_line_kind(line, cues) or _vocabulary_kind(line, cues) or form_kind(line)


def _shape_kind(line: str) -> str | None:
    """Lines known by their shape alone: a link label in capitals, a file hash, a weather
    widget, a section label and date, a breadcrumb, an address slug, a clock stamp. Each
    whole-line pattern is tried only where the line's first or last character can stand (the
    tests stay exact beyond ASCII, where `regex`'s \\d and Python's may differ). One chain of
    tests, not a table of functions: every short line of a story asks."""
    if link_labels.is_caps_link_label(line):
        return link_labels.KIND
    first, last = line[0], line[-1]
    if first in _HEX_DIGITS and _HASH.fullmatch(line):
        return "file hash"
    if (first in "-−" or not first.isascii() or first.isdigit()) and _WEATHER.fullmatch(line):
        return "weather widget"
    if (not last.isascii() or last.isdigit()) and _SECTION_DATE.fullmatch(line):
        return "section label and date of a news list"
    if first in "HhCcYyLl" and _BREADCRUMB.fullmatch(line) and not sentence_end_of(line):
        return "breadcrumb"
    if "-" in line and " " not in line and _SLUG.fullmatch(line):
        return "address slug"
    if first.isalnum() and _is_clock_stamp(line):
        return "time stamp"
    return None


def _collapsed(line: str) -> str:
    """The line with runs of spaces, tabs and no-break spaces made one space."""
    if "  " in line or "\t" in line or "\u00a0" in line:
        return " ".join(line.split())
    return line


def _is_pull_quote_credit(line: str) -> bool:
    """"—Jane Roy, interim leader of the party" or "Quote from Jane Roy, interim leader of the
    party" under a pull quote: a name, a comma, a title, and no sentence's end."""
    opens = line[:1] in "—–―" or line.startswith(("Quote from ", "Quotation from ", "A quote from "))
    return opens and line[-1:] not in ".!?" and bool(_PULL_QUOTE_CREDIT.match(line))


class _Cues(msgspec.Struct, frozen=True):
    """What a line's words and form say it might be; a line with none of them is copy. (A Struct,
    not a NamedTuple: read by name only, and made ~10 times faster at import.)"""

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
            cookie=any(map(low.__contains__, _COOKIE_HINTS)),
            signup=any(map(low.__contains__, _SIGNUP_HINTS)),
            stamp=anchored or any(map(low.__contains__, _STAMP_HINTS)),
            sentence_end=sentence_end_of(line),
        )


# The words a match of each whole-line pattern (anchored at the line's start, ignoring case)
# can open with, lowercase ASCII (a digit for `\d`; `\(?` is read past): each alternative's
# first word as a line spells it, read off the pattern ("fullscreen" for `full[\s-]?screen`,
# "automaticallytranslated" for `automatically\s*translated`; after "the", the next word too).
# A line whose leading ASCII letters are none of them cannot match: most short lines of a story
# ("Troops …", "“We want …", "The NDP …") never rebuild or try the large alternations (~0.07 ms
# each to rebuild at a process's first check, and a try per line). A letter beyond ASCII that
# `regex` may read as an ASCII one (`FOLDS_TO_ASCII`: a long s, a Kelvin sign, İ) in the first
# word, or a digit beyond ASCII first, is tried as before.
_UI_LABEL_FIRST_WORDS = frozenset(
    """sign log create already support donate manage skip toggle main menu search loading reply like share pin send
    spread sharing leave comments you don related read watch lire more""".split()
) | {"0"}  # "0": a digit
_PAGE_FORM_FIRST_WORDS = frozenset(
    """leave cancel your required notify please be like post table contents source first last back video advertisement
    scroll continue estimated reading views in this learn""".split()
) | {"0", ""}  # "": an ASCII mark (`%d bloggers like this`)
_PAGE_NOTICE_FIRST_WORDS = frozenset(
    """open view see display full fullscreen exit close audio video media your speech voice disclaimer posted
    written published submitted automatically automaticallytranslated machine translated automatic ai translation
    """.split()
) | {"the post"}  # a story's lines open with "The" often: the word after it decides
_CONTINUES_FIRST_WORDS = frozenset(
    f"{the}{word}" for the in ("", "the ") for word in "rest text article story news reading content report".split()
)
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LONGEST_FIRST_WORD = 24  # letters: longer than any of the sets' words


def may_open(line: str, first_words: frozenset[str]) -> bool:
    """Whether a non-empty line can open a match of the patterns whose first words these are."""
    key = opening(line)
    return key is None or key in first_words


def opening(line: str) -> str | None:
    """What a line opens with, as the first-word sets spell it: its leading ASCII letters
    lowercased (after a "("), with the next word after "the" ("the post"), "0" for a digit
    (for `\\d`: any decimal digit), "" for anything else; None when a letter `regex` may read as an
    ASCII one (`FOLDS_TO_ASCII`) follows them, or a character beyond ASCII that is no space
    follows "the" (any pattern may match there). Found by C-level string methods: every
    short line asks."""
    at = 1 if line.startswith("(") else 0
    word, end = _ascii_word(line, at)
    if word is None:
        return None
    if not word:
        return "0" if end < len(line) and line[end].isdigit() else ""
    word = word.lower()
    if word != "the":
        return word
    after = len(line) - len(line[end:].lstrip())  # past the spaces (`\s`, and a few more)
    if after == end:
        return word if end == len(line) or line[end].isascii() else None  # no word follows, or `\s` may
    if after < len(line) and not line[after].isascii():
        return None  # a letter beyond ASCII
    second, _ = _ascii_word(line, after)
    return None if second is None else f"the {second.lower()}"


def _ascii_word(line: str, at: int) -> tuple[str | None, int]:
    """The ASCII letters of `line` from `at` on (at most `_LONGEST_FIRST_WORD`) and where they
    end; None for the word when a letter beyond ASCII that `regex` may read as an ASCII one
    (`FOLDS_TO_ASCII`) follows them."""
    head = line[at : at + _LONGEST_FIRST_WORD]
    end = at + len(head) - len(head.lstrip(_ASCII_LETTERS))
    if end < len(line) and line[end] in FOLDS_TO_ASCII:
        return None, end
    return line[at:end], end


def _whole_line_kind(line: str, cues: _Cues) -> str | None:
    """Lines known by one pattern over the whole line: widgets, notices, tags, AI notes. Each
    pattern is tried only where the line is short enough for it and opens with one of its first
    words (or holds its cue)."""
    key = opening(line) if len(line) <= 320 else ""  # what the line opens with, found once
    if len(line) <= 160 and _is_widget_label(line, key):
        return "navigation, account or comment widget"
    if len(line) <= 160 and ("rights" in cues.low or "İ" in line) and _COPYRIGHT.search(line):
        return "copyright notice"
    if not sentence_end_of(line) and len(line) <= 150 and _TAXONOMY.match(line):
        return "tags and categories"
    if cues.first == "this" and _GENERATED.search(line):
        return "note that the text was machine-generated or machine-translated"
    if len(line) <= 320 and _is_page_notice(line, key):
        return "media player or page notice"
    return None


def _is_widget_label(line: str, key: str | None) -> bool:
    """A short label of a navigation, account or comment widget, or a form's notice (which may
    run long), for a line of at most 160 characters opening with `key`."""
    if len(line) <= 80 and _opens(key, _UI_LABEL_FIRST_WORDS) and _UI_LABEL.match(line):
        return True
    return _opens(key, _PAGE_FORM_FIRST_WORDS) and bool(_PAGE_FORM.match(line))


def _is_page_notice(line: str, key: str | None) -> bool:
    """A media player's or page's notice, or a "continues" line, for a line of at most 320
    characters opening with `key`."""
    if _opens(key, _PAGE_NOTICE_FIRST_WORDS) and _PAGE_NOTICE.match(line):
        return True
    return _opens(key, _CONTINUES_FIRST_WORDS) and bool(_CONTINUES.match(line))


def _opens(key: str | None, first_words: frozenset[str]) -> bool:
    """`may_open` for a line whose `opening` is `key`."""
    return key is None or key in first_words


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
    if _LINK_LINE.match(line) and len(tokens) <= 25 and not _PLATFORM_CREDIT.match(line):
        return "link to another story or the source"
    return None


# "Source: X" under a screenshot of a post: an image's credit naming the platform it came from,
# which a page prints like a photo credit (credits of clean copy are not furniture).
_PLATFORM_CREDIT = lazy(
    r"^sources?\s*:\s*(?-i:X|Twitter|Facebook|Instagram|YouTube|TikTok|Threads|Bluesky|LinkedIn|Reddit|Telegram)"
    r"(?:\s*/\s*@?\w+)?\s*$",
    regex.IGNORECASE,
)


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
