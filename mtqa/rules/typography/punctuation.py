"""Typography: marks doubled, stranded or left unmatched.

A stray period in mid-sentence (``the mission. to train``), doubled periods, brackets that
open and never close, a French bracketed ellipsis, separators stacked against each other, a
full stop inside a name and the underscores and slashes of a template: each is small, but
together they make a page look unedited.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import LETTER, LOWER, NUMBER, UPPER, Chars, Pattern
from mtqa.text.tokens import lowercase_line_tail
from mtqa.text.truncation import cut_short
from mtqa.segment import (
    MONTH_ABBREVIATIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATIONS,
    Paragraph,
    is_abbreviation_period,
    story_text,
)

# Two periods that are not part of an ellipsis: "done.. then", "done. . then".
_DOUBLED_PERIOD = lazy(r"(?<![.…])\.(?:[ \u00a0]?\.)(?![.…])")


@rule(
    "typography/doubled-period",
    triggers=(Pattern("two periods", "\\.[ \u00a0]?\\."),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def doubled_period(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two periods in a row (``..`` or ``. .``) that are not an ellipsis.

    ## Why it matters
    A doubled period shows two segments were joined with both their full stops; readers
    take it for a typo, or for an ellipsis gone wrong.

    ## Examples
    bad:  The base was evacuated[[..->.]] Troops moved to Kuwait.
    bad:  The base was evacuated[[. .->.]] Troops moved to Kuwait.
    good: The base was evacuated. Troops moved to Kuwait.
    good: The base was evacuated... and then nothing.
    good: He paused . . . and then spoke.
    good: Troops moved to the U.S. Then they went home.

    ## Fix safety
    Safe: the two periods become one; nothing else changes.
    """
    text = par.text
    if "." not in text:
        return
    for m in _DOUBLED_PERIOD.finditer(text):
        # ". . ." spaced ellipsis: a third period follows after a space
        if text[m.end(): m.end() + 2] in (" .", "\u00a0.") or text[max(0, m.start() - 2): m.start()] in (". ", ".\u00a0"):
            continue
        yield ctx.finding(
            par, m.start(), m.end(), "Doubled period",
            fix=Fix.safe("Keep one period", replacement="."),
        )


# A period after a word, then a space and a lowercase word: "the mission. to train".
_STRAY_PERIOD = lazy(r"(?<=[\p{L}\p{N}])\.(?=[ ]+(\p{Ll}\p{L}*))")
_TOKEN_END = lazy(r"[\p{L}\p{N}][\p{L}\p{N}.'’\-]*$")
# Abbreviations commonly followed by a lowercase word in clean copy.
_LOWER_FOLLOWERS_OK = frozenset(
    """e.g i.e etc vs v a.m p.m approx esp incl ca cf fig figs no nos vol vols ed eds op cit ibid al
    min max est dept govt misc resp var viz pp p ch sec art para paras c ft in lb lbs oz mi km kg
    sq mph cm mm ml st jr sr inc ltd co corp bros mt mtn ave rd blvd hwy cres pl ste tel ext assn assoc univ
    govt gov't gen hon sen rep lt col maj capt sgt cpl pte adm insp supt const det
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex vt va wash wis wyo alta sask man ont que nfld nun""".split()
)


def _is_abbreviation(token: str) -> bool:
    bare = token.rstrip(".")
    if not bare:
        return True
    if "." in bare or len(bare) == 1:
        return True  # U.S, a.m, e.g, initials
    if bare.casefold() in _LOWER_FOLLOWERS_OK:
        return True
    if bare in TITLE_ABBREVIATIONS or bare in MONTH_ABBREVIATIONS or bare in SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if "-" in bare and bare.rsplit("-", 1)[-1] in TITLE_ABBREVIATIONS:
        return True
    return False


# A word no English sentence ends on (an article, a possessive determiner, "of", a conjunction),
# then a period and a capital: the engine closed the sentence inside a name ("the minister of.
# Health", "by the. Ministry"). A closed class: these words need a noun phrase after them.
_CANNOT_END = "the|an|of|its|their|our|and|or|nor"
_STRAY_BEFORE_CAPITAL = lazy(rf"(?<=\p{{L}}[,]?[ ](?:{_CANNOT_END}))\.(?=[ ]+(\p{{Lu}}\p{{L}}*))")


def _noun_before(text: str, end: int) -> bool:
    """Whether the word ending before `end` is a noun or a name ("minister of", "City of"):
    "of" ends a sentence only after a verb or an adjective ("made of", "afraid of")."""
    start = text.rfind(" ", 0, end - 1) + 1
    word = text[start:end].strip(" ,")
    if word[:1].isupper():
        return True
    tg = tagging.tagger()
    return tg is not None and (tg.lexicon_tag(word) or "").startswith("NN")


@rule(
    "typography/stray-period",
    triggers=(Pattern("period before lowercase", rf"[{LETTER}{NUMBER}]\. +[{LOWER}]"),
              Pattern("period after a word that ends no sentence", rf"\b(?:{_CANNOT_END})\. +[{UPPER}]")),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def stray_period(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A period in mid-sentence: a word, a period, then a lowercase word that continues the sentence.

    ## Why it matters
    Sentence-by-sentence engines sometimes close a sentence too early and carry on in
    lowercase (``the end of the mission. to train the army``). The period breaks the
    sentence in two; a reader stumbles, and a sentence splitter downstream goes wrong.

    ## Examples
    bad:  It marked the end of the training mission[[.->]] to rebuild the army.
    bad:  Work was being done[[.->]] from the base in Kuwait.
    good: It marked the end of the training mission. To rebuild the army, it stayed.
    good: The meeting starts at 9 a.m. tomorrow in Ottawa.
    good: Bring tools, e.g. hammers, and gloves, rope, etc. to the site.
    good: The vote is set for Jan. 7 in the House.
    good: Talks with the U.S. continue next week.
    good: Sales fell. iPhone shipments dropped, the company said.
    good: The plant in Flint, Mich. employs 300 people, and one in Conn. may close.
    bad:  The minister of[[.->]] Health spoke; it was published by the[[.->]] Ministry of Finance.
    good: It is what the park is made of. Nobody asked. Options: a. The bridge b. The tunnel.
    good: The vote is set for Jan. 7. Visit Plan B. The end. Grades A and C. The rest fail.
    good: Crews worked through the night to save the old church. church fire 3
    bad:  Crews worked through the night[[.->]] to save the old church on Main Street.

    ## Fix safety
    Unsafe: the period is removed. The engine may instead have lost a capital letter,
    or the word before may be an abbreviation mtqa does not know; an editor decides.

    ## Known issues
    An abbreviation not in mtqa's lists that is followed by a lowercase word is flagged.
    """
    text = par.text
    if ". " not in text:
        return
    for m in _STRAY_BEFORE_CAPITAL.finditer(text):
        word = text[text.rfind(" ", 0, m.start()) + 1: m.start()]
        if word == "of" and not _noun_before(text, m.start() - 3):
            continue  # a preposition left at a sentence's end: "what it is made of. Nobody asked"
        yield ctx.finding(
            par, m.start(), m.end(),
            f"Period after “{word}” before “{m.group(1)}”: no sentence ends on “{word}”, the engine cut a name or a phrase",
            fix=Fix.unsafe("Remove the period", replacement=""), suggestions=("",),
        )
    for m in _STRAY_PERIOD.finditer(text):
        tok = _TOKEN_END.search(text, max(0, m.start() - 30), m.start())
        token = tok.group(0) if tok else ""
        if _is_abbreviation(token):
            continue
        nxt = m.group(1)
        if nxt in ("com", "ca", "org", "net", "gov") or not nxt.islower():
            continue  # a domain, or a camel-case name that starts lowercase (iPhone, eBay)
        if lowercase_line_tail(text, m.end()):
            continue  # "… together. harbour fire 2": a file name left after the sentence, furniture
        yield ctx.finding(
            par, m.start(), m.end(),
            f"Period in mid-sentence before “{nxt}”: a stray full stop, or a lost capital",
            fix=Fix.unsafe("Remove the period", replacement=""), suggestions=("",),
        )


_OPEN = {"(": ")", "[": "]"}
_CLOSE = {")": "(", "]": "["}
# "1)" "a)" "ii)" list markers: a closer with no opener is normal there.
_LIST_MARKER = lazy(r"(?:^|(?<=[\s(]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_BRACKET = lazy(r"[()\[\]]")
# An emoticon stands apart from the words on at least one side ("back :)", "back:) and"); a
# label's colon between a word and its bracketed value ("Font:[Large Medium Small]") is none.
_EMOTICON = lazy(r"(?<![\p{L}\p{N}])[:;=]-?[()\[\]]|[:;=]-?[()\[\]](?![\p{L}\p{N}])")


@rule(
    "typography/unmatched-bracket",
    triggers=(Chars("bracket", "()[]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
)
def unmatched_bracket(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A parenthesis or square bracket that opens and never closes in its paragraph, or closes without opening.

    ## Why it matters
    Engines drop one half of a bracket pair when they reorder a clause; the reader cannot
    tell where the aside ends, and a riding or party parenthetical loses its meaning.

    ## Examples
    bad:  MP Jane Doe [[(]]Ottawa Centre, Ont. said the bill would pass.
    bad:  The plan was approved[[)]] by cabinet on Monday.
    bad:  The report [[[]]since withdrawn said otherwise.
    good: MP Jane Doe (Ottawa Centre, Ont.) said the bill would pass.
    good: The options are a) wait, b) leave, or c) fight.
    good: He replied [sic] that the (old) rules applied.
    good: She wrote back :) and left, then wrote again:) at noon.
    good: Font:[Large Medium Small] Editor:(Li Wei)
    bad:  Font:[[[]]Large Medium Small
    good: Year in review\\nA look back at the year in the region. (Video…\\nTown rinks open
    bad:  The plan [[(]]approved by cabinet… was delayed again.
    good: Rink reopens\\nThe town's rink reopens (its roof was rebuilt over the summer and […]\\nPool closes
    good: Rink reopens\\nThe town's rink reopens (its roof was rebuilt and the […] Read more\\nPool closes
    bad:  Rink reopens\\nThe town's rink reopens [[(]]its roof was rebuilt [sic] over the summer.\\nPool closes

    ## Known issues
    Brackets that span paragraphs (rare in news copy) are reported in both paragraphs.
    """
    text = par.text
    if not any(c in text for c in "()[]"):
        return
    markers = {m.end() - 1 for m in _LIST_MARKER.finditer(text)}
    skip = {m.end() - 1 for m in _EMOTICON.finditer(text)}
    stack: list[int] = []
    open_count = {"(": 0, "[": 0}  # openers of each kind on the stack
    for bm in _BRACKET.finditer(text):
        i = bm.start()
        ch = text[i]
        if i in skip or (i in markers and not open_count["("]):
            continue
        if ch in _OPEN:
            stack.append(i)
            open_count[ch] += 1
        else:
            want = _CLOSE[ch]
            if open_count[want]:
                # close the nearest matching opener; openers above it are unmatched
                while text[stack[-1]] != want:
                    j = stack.pop()
                    open_count[text[j]] -= 1
                    yield ctx.finding(par, j, j + 1, f"Unmatched “{text[j]}”: no closing “{_OPEN[text[j]]}”")
                stack.pop()
                open_count[want] -= 1
            else:
                yield ctx.finding(par, i, i + 1, f"Unmatched “{ch}”: no opening “{want}” in this paragraph")
    for j in stack:
        if cut_short(text, j + 1):
            continue  # a teaser cut off inside its bracket: "… this year. (Video…" ends the line
        yield ctx.finding(par, j, j + 1, f"Unmatched “{text[j]}”: no closing “{_OPEN[text[j]]}” in this paragraph")


_BRACKETED_ELLIPSIS = lazy(r"\((?:…|\.\.\.)\)")


@rule(
    "typography/bracketed-ellipsis",
    triggers=(Chars("bracket", "(["),),
    category="Locale convention/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def bracketed_ellipsis(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French bracketed ellipsis “(…)” marking a cut in a quotation (English writes “...” or “[...]”).

    ## Why it matters
    French marks words left out of a quotation with (…) or […]; Canadian news style
    writes a plain ellipsis. The French form, carried over, tells the reader the copy
    was translated and not edited.

    ## Examples
    bad:  “We will act [[(…)->...]] as soon as we can,” she said.
    good: “We will act ... as soon as we can,” she said.
    good: The list (a, b, c) was long... and then it ended.
    good: “We will act [...] as soon as we can,” she said.

    ## Fix safety
    Safe: the brackets are dropped; the ellipsis stays.
    """
    text = par.text
    if "(" not in text and "[" not in text:
        return
    for m in _BRACKETED_ELLIPSIS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "French-style bracketed ellipsis",
                          fix=Fix.safe("Write a plain ellipsis", replacement="..."))


# Debris: an underscore gluing a tag to a word ("topics_Meng"), or a run of slashes and
# hyphens separated by spaces ("-/ /") where a credit's fields were left empty.
_DEBRIS = lazy(r"(?<=\p{Ll})_(?=\p{Lu}\p{Ll})|(?<![^\s(©])[-/|]+(?:[ ]+[-/|]+)+(?![^\s)])")


@rule(
    "typography/debris",
    triggers=(Chars("debris", "_/|"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.8,
)
def debris(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Stray underscores and runs of slashes left where a template field or a tag was.

    ## Why it matters
    Scraped and machine-processed copy keeps the joints of its template: a tag glued to a
    headline with an underscore, an empty photographer field printed as "-/ /". Readers see
    broken text.

    ## Examples
    bad:  Ministry answers questions on trade[[_]]Meng Wanzhou
    bad:  Photo: [[-/ /]] Picture Agency
    good: Photo: Jane Roe / Picture Agency
    good: The file was saved as report_final and the score was 2 - 1.
    good: The vote was 12-3 / 14-1 in the two rounds.
    """
    text = par.text
    if "_" not in text and "/" not in text and "|" not in text:
        return
    for m in _DEBRIS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Template debris in the copy")


_PERIOD_IN_NAME = lazy(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)(\.) (\p{Lu}\p{Ll}+)(?![\p{L}])")


@rule(
    "typography/period-inside-name",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def period_inside_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A full stop inside a name that the story writes elsewhere without it (“Marie. Roy”).

    ## Why it matters
    Sentence-by-sentence engines and careless segmenters break a name in two with a full
    stop; readers take the first name for the end of a sentence. The story itself shows
    the name whole elsewhere.

    ## Examples
    bad:  Marie Roy spoke first.\\n\\nThen Marie[[.->]] Roy left the room.
    good: Marie Roy spoke first.\\n\\nThen Marie Roy left the room.
    good: He moved to Ottawa. Canada was new to him.
    good: Jean Roy and Ottawa Canada Post workers met. The talks were in Ottawa. Canada Post said no.
    good: Mayors of St. Albert met on Monday.\\n\\nResidents of St Albert heard the news later.
    bad:  Mayors of Sant Albert met on Monday.\\n\\nResidents of Sant[[.->]] Albert heard the news.

    A title's or a place's abbreviation before a name (``Dr. Roy``, ``St. Albert``) is no name
    broken in two: the segmenter ends no sentence there (`mtqa.segment.is_abbreviation_period`).

    ## Fix safety
    Safe: the full stop is removed; the story writes the name without it elsewhere.
    """
    # The tests of a candidate alone first; the story's name pairs are read only for the
    # candidates left whose name the story writes somewhere without the stop.
    candidates = [(par, m) for par in doc.paragraphs if ". " in par.text for m in periods_in_names(par.text)
                  if m.group(1) not in SENTENCE_OPENERS
                  # a title's period before a name ("Dr. Roy", "Coun. Roy") is no name broken in two
                  and not is_abbreviation_period(par.text, m.start(2))
                  # the first word must continue a sentence, not end one
                  and _SENTENCE_FINISH.search(par.text, max(0, m.start() - 40), m.start()) is not None]
    wholes = {f"{m.group(1)} {m.group(3)}" for _, m in candidates}
    if not _written_whole(wholes, doc.paragraphs):
        return
    pairs: dict[str, int] = {}
    for par in doc.paragraphs:
        for m in _NAME_PAIR.finditer(par.text):
            pairs[m.group()] = pairs.get(m.group(), 0) + 1
    for par, m in candidates:
        whole = f"{m.group(1)} {m.group(3)}"
        if not pairs.get(whole):
            continue
        yield ctx.finding(par, m.start(2), m.end(2), f"Full stop inside the name “{whole}”",
                          fix=Fix.safe("Remove the full stop", replacement=""), suggestions=("",))


def periods_in_names(text: str) -> Iterator:
    """The matches of `_PERIOD_IN_NAME.finditer(text)`, the pattern tried only where one can begin.

    A match's first word is a run of letters that ends at a ". " and has no letter before it,
    so it begins where the letters before a ". " begin; tried there left to right, from the end
    of the last match, as `finditer` goes. Python's letters (`str.isalpha`) are the pattern's
    `\\p{L}` but for Unicode versions: where a character beyond ASCII stands in those letters or
    just before them, the paragraph is searched whole."""
    match = _PERIOD_IN_NAME.match
    end = 0
    dot = text.find(". ")
    while dot >= 0:
        after = text[dot + 2:dot + 3]
        if after.isascii() and not "A" <= after <= "Z":
            dot = text.find(". ", dot + 1)
            continue  # no capital after the stop (an ASCII character is `\\p{Lu}` only if A-Z)
        start = dot
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if not text[max(start - 1, 0):dot].isascii():
            yield from _PERIOD_IN_NAME.finditer(text, end)
            return
        if end <= start < dot and "A" <= text[start] <= "Z" and (m := match(text, start)) is not None:
            yield m
            end = m.end()
        dot = text.find(". ", dot + 1)


def _written_whole(names: set[str], paragraphs) -> bool:
    """Whether a paragraph holds one of `names` as written (a name pair is a stretch of its text:
    letters and a space, so it never spans the line break that joins two paragraphs here)."""
    if not names:
        return False
    story = story_text(paragraphs)
    return any(name in story for name in names)


# Two capitalised words standing alone: not inside a longer run of capitals ("Ottawa Canada Post").
_NAME_PAIR = lazy(r"(?<![\p{L}.]|\p{Lu}\p{Ll}* )\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?![\p{L}]| \p{Lu})")
# A name's first word that follows a word and a space (it continues a sentence, "Then Marie").
_SENTENCE_FINISH = lazy(r"(?:\p{L}[ \u00a0]++|,[ \u00a0]*+)$")


# Two separating marks stacked where one belongs: a comma or semicolon against a dash
# (", – They informed"), or two commas (",," ", ,").
_STACKED_SEPARATORS = lazy(r"[,;][ \u00a0]*+[–—]|[–—][ \u00a0]*+[,;]|[,;][ \u00a0]?,|,[ \u00a0]?;")
# A comma before a bracketed aside ("local time, (2:35 a.m. in Tokyo)", "Jasper, Alta., (6)"):
# English sets the aside against its word and the comma after it. A comma after a closing bracket
# ("(a), (b)") is a list's; the aside must close on its line.
_COMMA_BEFORE_ASIDE = lazy(r"(?<![)\]]), \((?=[^()\n]{1,80}\))")
# A dateline's place opening its line, up to three capitalised words, before the agency in
# brackets ("Havana, (Agency) …"): the wire's layout, not a stacked comma.
_DATELINE_PLACE = lazy(r"(?:^|\n)\p{Lu}[\p{L}.'’-]*+(?: (?:\p{Lu}[\p{L}.'’-]*+|of|de|del|la|le)){0,3}$")


# The words a reporter inserts in a quotation, in brackets (CP sets them in parentheses): one to
# three words whose bracket closes onto the quotation's next word, "(such as) the", "(and) drowned".
_INSERTION = lazy(r"\((?:[\p{L}’']+ ?){1,3}\) \p{Ll}")


def _inserted_in_quotation(text: str, s: int, aside: int) -> bool:
    """Whether the bracket after the comma at `s` holds a reporter's insertion in a quotation: a
    quotation is open there (more opening than closing curly marks before it) and the brackets hold
    one to three words that run on into the quoted words after them. The comma is the speaker's."""
    return text.count("“", 0, s) > text.count("”", 0, s) and _INSERTION.match(text, aside - 1) is not None


@rule(
    "typography/stacked-separators",
    triggers=(Pattern("stacked separators", r"[,;] ?[–—,;]|[–—] ?[,;]|, \("),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    confidence=0.8,
)
def stacked_separators(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A comma or semicolon stacked against a dash, another comma or a bracket (“working, – They informed”).

    ## Why it matters
    A dash, a comma and a semicolon each separate; two of them side by side show where an
    engine joined two segments, or kept one mark of the source and added another of its own.
    The reader cannot tell which pause was meant.

    ## Examples
    bad:  The ministry was working[[, –]] They informed the parents.
    bad:  The vote was close[[,,]] officials said.
    bad:  He named three towns — Hope, Lytton [[—,]] and left.
    good: The ministry was working — they informed the parents.
    good: The vote was close, officials said; the count — 51 to 49 — was final.
    good: Scores of 3–1, 2–2; dates 2020–21, 2021–22.
    bad:  The call began at 9 p.m. Ottawa time[[, (]]11 a.m. in Seoul), and lasted an hour.
    bad:  Medals went to Brandon (3), Dauphin, Man.[[, (]]2) and Selkirk (5).
    good: The call began at 9 p.m. Ottawa time (11 a.m. in Seoul), and lasted an hour.
    good: Sections (a), (b) and (c) apply.
    good: Lima, (Andes Wire) The port reopened on Monday.
    good: “Some fields in the south, (such as) the river flats, stayed too wet,” the grower said.
    bad:  The grower said some fields in the south[[, (]]such as) the river flats, stayed too wet.

    ## Known issues
    Which of the two marks was meant needs the sense, so no fix is offered.
    """
    text = par.text
    for m in _STACKED_SEPARATORS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Two separating marks side by side")
    if ", (" in text:
        for m in _COMMA_BEFORE_ASIDE.finditer(text):
            if _inserted_in_quotation(text, m.start(), m.end()):
                continue  # "the province, (such as) the northern belt": a reporter's words inside a quotation
            if _DATELINE_PLACE.search(text, max(0, m.start() - 60), m.start()) is None:
                yield ctx.finding(par, m.start(), m.end(), "A comma before a bracketed aside: set the aside "
                                  "against its word and the comma after it")
