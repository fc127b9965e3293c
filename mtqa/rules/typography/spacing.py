"""Typography: spaces doubled, put before punctuation, or lost after it.

Engines that translate sentence by sentence, or that carry over French typographic
conventions (a space before ; : ? !), leave two spaces between words, a space before a
comma or a question mark, a single curly mark with a space on both sides, and sentences
glued together ("law.Nova").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Callable, Iterator

from mtqa.analysis import analysis
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy, lazy_re
from mtqa.quoted_language import in_french_title
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import LETTER, LOWER, NUMBER, UPPER, Chars, Pattern, Phrases
from mtqa.segment import SENTENCE_OPENERS, Paragraph, ends_sentence, sentence_stops
from mtqa.text.length_colon import is_length_colon

# Two or more horizontal spaces between two visible characters (not at a line start).
_DOUBLE_SPACE = lazy(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")
# A sentence break in the story: a stop (perhaps a closing mark), then spaces, then a capital or
# an opening mark; group 1 is the run of spaces. Kept where the stop ends a sentence
# (`ends_sentence`): "Mr. Fraser" is no break with one space.
_SENTENCE_BREAK = lazy(r"(?<=\p{Ll}[.?!][\"”’')]?)( +)(?=[\p{Lu}“\"‘])")
_TYPIST_MIN_BREAKS = 3


@analysis("two-spaces-after-most-sentences")
def two_spaces_after_most_sentences(doc: Any) -> bool:
    """Whether the story puts two spaces after most sentence ends (three such breaks at least, two
    in three of its breaks, none wider): a typist's habit, which an editor's touch-ups leave single
    here and there, and which no engine's dropped word explains."""
    text = doc.text
    if "  " not in text:
        return False
    runs = [len(m.group(1)) for m in _SENTENCE_BREAK.finditer(text) if ends_sentence(text, m.start())]
    doubled = runs.count(2)
    return doubled >= _TYPIST_MIN_BREAKS and 3 * doubled >= 2 * len(runs) and max(runs) == 2


# A list item's marker opening its line: a bullet or dash, or an item's number ("2.", "b)").
_LIST_MARKER = lazy(r"[ \t]*(?:[•·▪◦*\-–]|\d{1,2}[.)]|[a-z][.)])")
# A form's field label, a capitalised word or two and a colon: "Docket:" opening its line before the
# run of spaces, "Email: " right after it (a contact line's fields, a court decision's heading).
_FIELD_LABEL_OPENING = lazy(r"[ \t]*\p{Lu}\p{Ll}{1,15}(?: \p{Lu}?\p{Ll}{1,15})?:")
_FIELD_LABEL_NEXT = lazy(r"\p{Lu}\p{Ll}{1,15}(?: \p{Lu}?\p{Ll}{1,15})?:[ \t]+\S")


@rule(
    "typography/doubled-space",
    triggers=(Phrases("wide space", ("  ", "\u00a0", "\u202f"), ignorecase=False, boundary="none"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def doubled_space(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two or more spaces between words.

    ## Why it matters
    Doubled spaces appear where an engine dropped a word or joined two segments; in print
    they show as a visible gap, and they hide a missing word from a quick read.

    ## Examples
    bad:  The minister[[  -> ]]said the talks would resume.
    bad:  Troops left on Monday.[[   -> ]]More will follow.
    good: The minister said the talks would resume.
    good: Troops left on Monday. More will follow.
    good: The list reads:\\n  first, second.
    good: The closures:\\n•    Both lanes shut at 10 p.m.\\n-    Buses detour.\\n2.   Trucks wait.
    bad:  The closures: both lanes[[  -> ]]shut at 10 p.m.\\n-  Buses[[  -> ]]detour.

    good: The dam held.  Crews left at noon.  Roads opened.\\n\\nThe mayor thanked them.  She left.
    bad:  The dam held.  Crews left at noon.  Roads opened.\\n\\nThe mayor thanked[[  -> ]]them.  She left.
    bad:  The dam held.[[  -> ]]Crews left at noon. Roads opened. The mayor thanked them.
    bad:  The dam held.[[  -> ]]Crews left.
    good: Rain fell.  Crews waited.  Roads closed. Buses stopped.  The mayor spoke.
    good: Main Exhibit: Harbour Days   The Working Waterfront of Lunenburg\\nThe show opens in May.
    good: File:  20-1187, 20-1188\\nContact: Jane Roe  Phone: 555 0142
    bad:  The clerk said:[[  -> ]]the file is closed.\\nContact: Jane Roe[[  -> ]]at the office. She left.
    bad:  Main Exhibit: Harbour Days[[  -> ]]The Working Waterfront of Lunenburg\\nThe show opens in May.
    bad:  The show opens in May at the[[   -> ]]harbour.

    Spaces after a list marker that opens its line (a bullet, a dash, an item's number) indent
    the item, as a page lays out a list; they are not a gap between words. Two spaces after
    most sentence ends of a story (three at least, two in three of its breaks) are the typist's
    habit, a few left single by an editor's touch-ups, not a word an engine dropped; a doubled
    space inside a sentence, or one stray among single breaks, still counts. A run of three
    spaces or more in a heading (a short line with no stop at its end) sets its title apart from
    its subtitle, as a page lays out a heading; two spaces there still count. A run next to a field's
    label on a form's line with no sentence in it ("Docket:  2987313", "Jane Roe  Email: …") sets the
    form's fields apart.

    ## Fix safety
    Safe: the run of spaces becomes one space; no other character changes.
    """
    text = par.text
    if "  " not in text and "\u00a0" not in text and "\u202f" not in text:
        return
    typist = ctx.analysis(two_spaces_after_most_sentences)
    for m in _DOUBLE_SPACE.finditer(text):
        if text[m.end()] in ",;:?!.)]":
            continue  # space before punctuation: space-before-punctuation removes the whole run
        if typist and ends_sentence(text, m.start()) and text[m.start():m.end()] == "  ":
            continue  # the typist's two spaces after a full stop, kept at most sentence ends of the story
        if _LIST_MARKER.fullmatch(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # "•    Both lanes": a list item's indent after its marker
        if _title_gap(text, m.start(), m.end()):
            continue  # "True. Grit. 2018   The Pioneering Spirit": a heading's title set apart from its subtitle
        if _field_gap(text, m.start(), m.end()):
            continue  # "Docket:  2987313", "Jane Roe  Email: …": a form line's fields set apart
        yield ctx.finding(
            par, m.start(), m.end(), "Doubled space",
            fix=Fix.safe("Replace with one space", replacement=" "),
        )


_HEADING_MAX_WORDS = 15


def _field_gap(text: str, s: int, e: int) -> bool:
    """Whether the run of spaces at s..e sets a field of a form's line apart: right after the field's
    label that opens the line ("Docket:  2987313" in a court decision's heading) or right before the
    next field's label ("Contact: Jane Roe  Email: …" on a council's contact line), on a line that
    holds no sentence's end (a sentence's "She said:  the talks" is not a form). That is a page's
    layout of labelled fields, not a word an engine dropped from a sentence."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = (text[start:] if end < 0 else text[start:end]).rstrip()
    if ends_sentence(line, len(line)) or any(sentence_stops(line)):
        return False
    return bool(_FIELD_LABEL_OPENING.fullmatch(text, start, s) or _FIELD_LABEL_NEXT.match(text, e))


def _title_gap(text: str, s: int, e: int) -> bool:
    """Whether the run of spaces at s..e sets a heading's title apart from its subtitle: three
    spaces or more, a letter or figure before them and a capitalised word of two or more words
    after them, in a short line (15 words at most) that ends without a sentence's stop and holds
    no file name's underscore. That is the page's layout (a county museum's exhibit heading, stop
    49), not a word an engine dropped from a sentence; a gap before a time or a date in a
    furniture line ("Source: Xinhua   2016-08-01") or between two image files still counts."""
    if e - s < 3 or not text[s - 1].isalnum() or not text[e].isupper():
        return False
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    line = (text[start:] if end < 0 else text[start:end]).rstrip()
    after = (text[e:] if end < 0 else text[e:end]).split()
    return ("_" not in line and line[-1] not in ".?!:;,\"”’)" and len(line.split()) <= _HEADING_MAX_WORDS
            and len(after) >= 2)


# A space (or no-break space) before , . ; : ? ! and closing brackets.
_SPACE_BEFORE = lazy(r"(?<=[\p{L}\p{N}\"'”’)\]%])([ \u00a0\u202f]+)([,;:?!.)\]])")
# What every match holds: a space straight before the mark (plain `re`: a literal test, cheaper).
_SPACE_THEN_MARK = lazy_re("[ \u00a0\u202f][,;:?!.)\\]]")
_FRENCH_SPACED = frozenset(";:?!")


# A single quotation mark or apostrophe standing alone between spaces: "the members ‘ questions",
# "a ‘ scandal ’". English sets it against a word on one side.
_LONE_SINGLE = lazy(r"(?<=\s)[‘’](?=\s)")


@rule(
    "typography/spaced-single-mark",
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    confidence=0.8,
    triggers=(Chars("single mark", "‘’"),),
)
def spaced_single_mark(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A single curly mark with a space on both sides: a possessive or a quote the engine cut loose.

    ## Why it matters
    An apostrophe or a single quotation mark always touches a word (``members’ questions``,
    ``‘scandal’``); set apart by spaces, it is debris of an engine's tokenising, and the
    reader cannot tell what it belonged to.

    ## Examples
    bad:  Merkel answered the members [[‘]] questions in the Bundestag.
    bad:  He called it a [[‘]] scandal [[’]] on Monday.
    good: Merkel answered the members’ questions; he called it a ‘scandal’ and left.
    good: “He called it a ‘scandal,’ ” she said.

    ## Known issues
    Which side the mark belongs to needs the sense, so no fix is offered.
    """
    text = par.text
    if "‘" not in text and "’" not in text:
        return
    for m in _LONE_SINGLE.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Single quotation mark or apostrophe standing alone between spaces")


@rule(
    "typography/space-before-punctuation",
    triggers=(Pattern("space then mark", "[ \u00a0\u202f][,;:?!.)\\]]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
)
def space_before_punctuation(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A space before a comma, period, colon, semicolon, question mark, exclamation mark or closing bracket.

    ## Why it matters
    English sets these marks tight against the preceding word. A space before them is
    either debris from segment joining or French spacing (``Pourquoi ?``) carried over
    into English copy.

    ## Examples
    bad:  The vote was close[[ ]], officials said.
    bad:  Why would Ottawa wait[[ ]]? she asked.
    bad:  The talks (held in Rome[[ ]]) ended early.
    bad:  Ottawa waited[[ ;->; ]]officials said nothing.
    good: The vote was close, officials said.
    good: Why would Ottawa wait? she asked.
    good: He said “no” (twice), then left.
    good: The rate rose to .5 per cent and stayed there ...
    good: The score was 3 : 2 after extra time.
    good: Hitmen win again . . . Rockets sign a goalie . . . Blades lose
    bad:  Hitmen win again[[ ]]. Rockets sign a goalie.
    good: The daily ran a feature titled Les forêts : un bilan de la décennie that drew letters.
    bad:  Forests[[ ]]: a report on the decade was released by the ministry.

    ## Fix safety
    Safe: the space is removed (or, where a letter follows the mark, moved after it); the
    punctuation and words are untouched.
    """
    text = par.text
    if _SPACE_THEN_MARK.search(text) is None:
        return
    for m in _SPACE_BEFORE.finditer(text):
        mark = m.group(2)
        after = text[m.end(): m.end() + 2]
        if mark == "." and (after == ".." or after[:1].isdigit() or text.startswith(". . .", m.start(2))):
            continue  # an ellipsis " ..." or spaced " . . .", or a decimal " .5"
        if mark == ":" and text[m.start() - 1: m.start()].isdigit() and after[:2].strip()[:1].isdigit():
            continue  # a score or ratio "3 : 2"
        if mark in ",." and after[:1].isalnum():
            continue  # " ,5" or a ".com" style token: not prose punctuation
        if mark in _FRENCH_SPACED and in_french_title(ctx, par, m.start(2)):
            continue  # a French title quoted as published keeps its French spacing
        french = mark in _FRENCH_SPACED
        msg = (f"French-style space before “{mark}”: English sets it tight" if french
               else f"Space before “{mark}”")
        if after[:1].isalpha():
            # "waited ;officials": the space stood before the mark instead of after it; removing
            # it alone would leave "waited;officials" for missing-space to fix on a second pass
            yield ctx.finding(
                par, m.start(1), m.end(2), msg,
                fix=Fix.safe(f"Move the space after “{mark}”", replacement=mark + " "),
                suggestions=(mark + " ",),
            )
            continue
        yield ctx.finding(
            par, m.start(1), m.end(1), msg,
            fix=Fix.safe("Remove the space", replacement=""), suggestions=("",),
        )


# A word's end, a mark, and the next word's capital with no space: "law.Nova", "added.\"And", "are”but".
_NO_SPACE = lazy(
    r"\p{Ll}\p{Ll}(?:[ \u00a0]*+([.!?;,](?:[ \u00a0]?[.!?;,])*+)(?=\p{Lu}\p{Ll}|(?<!(?<![\p{L}\p{N}])(?:Vol|Art|Sec|Fig|Pt|Ch|Ed|No|vol|art|sec|fig|pt|ch|ed|no)[.])[AI] \p{Ll}|©)"
    r"|[ \u00a0]*+([.!?,](?:[ \u00a0]?[.!?,])*+[\"”])(?=\p{L})|([\"”])(?=\p{L})|([,;])(?=\p{Ll}\p{Ll})"
    r"|([,:;])(?=[\"“]\p{L})|[ \u00a0]*+([.!?])(?=“\p{L})|[ \u00a0]*+(:)(?=\p{Ll}{2}|(?<=\p{Ll}:)(?:\p{Lu}\p{Ll}|\p{N})))"
    r"|(?<![\p{L}.])[ap]\.m(\.)(?=\p{Lu}\p{Ll})"
    r"|\)[ \u00a0]*+([.!?;,](?:[ \u00a0]?[.!?;,])*+)(?=\p{Lu}\p{Ll})"
    r"|(?<=(?:^|[^\p{L}\p{N}@/_.,:\-])\p{N}*)\p{N}\p{N}([.!?])(?=\p{Lu}\p{Ll}{2}|©)"
    r"|(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}?(\.)(?=\p{Lu}\p{Ll}{2})"
)
# (a one-letter opener counts as a capitalised word when a lower-case word follows: "Scotia.A second
# ferry", "said.I think"; not after an abbreviation that numbers a part, "Vol.I", "Sec.A"; and, after two lower-case letters, a comma or semicolon before a lower-case word: "mayor,who";
# a colon, comma or semicolon against the quotation it introduces: 'said:"We', 'said,“We';
# a full stop against the opening mark of the next quotation: 'spoke.“We'; a colon before a
# lower-case word, or straight after a word a capitalised one or a figure: "Monday:the", a label
# glued to its value "Author:Jane", "Date:2021"; a.m. or p.m. run into the next sentence: "2 p.m.The"; a mark
# after a closing bracket: "(photo).The"; a full stop after a figure of two digits or more, against the
# next sentence's capital or a copyright sign: "in 2021.Officials", "2019.©"; and the full stop of a
# courtesy title or an initial of one or two letters against the name after it, "Mr.Darwin Lee",
# "K.Tokayev", as Vietnamese, Thai and Kazakh agency English writes them: one capital and a lowercase
# letter or none, not after a letter, a figure or a stop, so "U.S.Army" and "J.K." stay a code's or
# an abbreviation's own)
# What every match of _NO_SPACE holds (a mark straight before a letter or an opening mark): a cheap test first.
_MARK_BEFORE_LETTER = lazy(r"[.!?;,\"”]\p{L}|[,:;][\"“]|[.!?]“|:\p{Ll}|(?<=\p{Ll}):[\p{Lu}\p{N}]|[.!?;,]©")


@rule(
    "typography/missing-space",
    triggers=(Pattern("mark before letter",
                      rf'[.!?;,"”][{LETTER}]|[,:;]["“]|[.!?]“|:[{LOWER}]|[{LOWER}]:[{UPPER}{NUMBER}]|[.!?;,]©'),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def missing_space(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """No space after a full stop, a comma or a closing quotation mark before the next word.

    ## Why it matters
    When an engine joins segments it can drop the space between them ("law.Nova Scotia",
    "she added.\\"And then"); the words run together and a sentence splitter downstream
    misses the boundary.

    ## Examples
    bad:  The law passed[[.->. ]]Nova Scotia followed.
    bad:  The ferry left for Nova Scotia[[.->. ]]A second ferry was held.
    good: The ferry left for Nova Scotia. A second ferry was held; see Vol.I and section 4.A of the code.
    bad:  “It is done,” she added[[.”->.” ]]And then she left.
    bad:  “We are[[”->” ]]but one party.
    bad:  He left[[."->. "]]The end came,” she said.
    bad:  The minister met the mayor[[,->, ]]who agreed with the plan.
    bad:  The meeting ended at 2 p.m[[.->. ]]The vote follows.
    bad:  The minister said[[:->: ]]“We will stay,” and left.
    bad:  The minister spoke on Monday[[ .->. ]]The opposition disagreed.
    bad:  The minister spoke on Monday[[:->: ]]the opposition disagreed.
    bad:  The minister spoke (in French)[[.->. ]]The opposition disagreed.
    bad:  The minister spoke[[.->. ]]“We will act,” he said.
    bad:  The plan was adopted in 2021[[.->. ]]Officials say it worked.
    bad:  All rights reserved 2019[[.->. ]]© Example Media
    bad:  Reporter[[:->: ]]Jane Roe. Updated[[:->: ]]2021-03-04
    bad:  At the reception, Mr[[.->. ]]Dale Horvat said ambassador T[[.->. ]]Yerlanov had left.
    good: At the reception, Mr. Dale Horvat thanked the U.S.Army band and J.K. Oduya; see Go.Com for more.
    good: The law passed. Nova Scotia followed.
    good: See example.com or the U.S.Army page; she said “no,” and left.
    good: “We are,” she said, “ready.”
    good: Write to info@example.ca,or call; the list is a,b,c.
    good: The 1,000 residents met at 2 p.m. The vote followed.
    good: The minister said: “We will stay.” The score was 10:30; see http://example.ca/"a".
    good: Write to mailto:jane or use ASP .Net and (see above).NET code; the ratio was 3:the same.
    good: The plan was adopted in 2021. Officials said so at 10:30 on page A12.Read more at v2.0.Beta or www.site24.Com.
    good: Reporter: Jane Roe. Updated: 2021-03-04. See https://example.ca:8080/News and John 3:16, © 2019.
    good: The council of Kahnawà:ke met; Akwesá:sne-bound traffic and Tsi Tkarón:to waited.
    bad:  The chef met the mayor at the café[[:->: ]]it was full by noon.

    A colon after an accented vowel before a short lower-case tail is the long-vowel mark of a
    Kanien'kéha name (``Kahnawà:ke``; ``mtqa.text.length_colon``), one word as the nation spells it.

    ## Fix safety
    Safe: a space is added after the mark; nothing else changes.
    """
    text = par.text
    for m in no_space_matches(text, ctx.hits(par)):
        g = next(i for i in range(1, 12) if m.group(i) is not None)
        s, e = m.span(g)
        mark = m.group(g)
        if e < len(text) and mark in (".", ",") and text[e:e + 3].lower() in ("com", "net", "org"):
            continue
        if mark[0] in ".," and text[s - 1] in " \u00a0" and text[s + 1 : s + 2].isalnum():
            if mark == "." and _word_at(text, s + 1) in SENTENCE_OPENERS and text[s - 2 : s - 1].isalpha():
                # "Monday .The": the space stood before the full stop instead of after it
                yield ctx.finding(par, s - 1, e, "The space belongs after the full stop",
                                  fix=Fix.safe("Move the space after the full stop", edits=(Edit(s - 1, e, ". "),)),
                                  suggestions=(". ",))
            continue  # " .Net", " ,5": not prose punctuation (space-before-punctuation leaves these too)
        if _no_missing_space(text, g, s, e, mark):
            continue
        at = _where_the_space_goes(text, e, mark)
        yield ctx.finding(par, s, e, "No space after the punctuation",
                          fix=Fix.safe("Add a space", edits=(Edit(at, at, " "),)),
                          suggestions=(text[s:at] + " " + text[at:e],))


def _no_missing_space(text: str, g: int, s: int, e: int, mark: str) -> bool:
    """Whether the mark at text[s:e] (group `g` of _NO_SPACE) needs no space after it: a long vowel's
    colon inside a name, a space that stood before the mark (another rule's), or an address,
    a code or a scheme before it."""
    if mark == ":" and is_length_colon(text, s):
        return True  # "Kahnawà:ke": a long vowel's colon inside a name
    if len(mark) == 1 and mark in ";:?!" and text[s - 1] in " \u00a0\u202f" and text[e:e + 1].isalpha():
        return True  # "waited ;officials": space-before-punctuation moves the space after the mark
    if g in (4, 7) and _reads_as_address(text[text.rfind(" ", 0, s) + 1 : s]):
        return True  # "example.ca,or", "mailto:jane": an address or a code, not a sentence
    return g == 7 and text[text.rfind(" ", 0, s) + 1 : s].casefold() in _SCHEMES


def _where_the_space_goes(text: str, e: int, mark: str) -> int:
    """Where the missing space goes: after the mark (ending at `e`), or before a straight quote
    that opens the next quotation."""
    if mark.endswith('"') and text.count('"', 0, e - 1) % 2 == 0:
        return e - 1
    return e


_SCHEMES = ("mailto", "http", "https", "ftp", "re", "tel")


def _reads_as_address(word: str) -> bool:
    """Whether the text before a mark reads as an address or a code ("example.ca", "mailto:jane",
    "10:30") rather than words. A colon before two lower-case letters outside a scheme
    ("Monday:the") is itself a missing space this rule reports, so it is no such evidence: else
    the comma of "Monday:the,and" would be reported only once the colon's fix is applied."""
    if any(c in "@./_" for c in word):
        return True
    for i, c in enumerate(word):
        if c == ":" and not (word[i + 1 : i + 3].isalpha() and word[i + 1 : i + 3].islower() and len(word) > i + 2
                             and word[:i].casefold() not in _SCHEMES):
            return True
    return False


# What may stand between a match of _NO_SPACE's start and its first mark before a letter, past
# the two letters (or the "a"/"p" of a.m., or the bracket) it begins with.
_BEFORE_MARK = frozenset('.!?;,:"”) \u00a0')


def _marks_from(text: str, hits: list | None) -> Callable[[int], Any]:
    """``_MARK_BEFORE_LETTER.search(text, pos)`` as a function of `pos`. Given the trigger's
    `hits` (the same alternation, leftmost first, without overlaps, its classes supersets), it
    is tried only at their places and the place just past each: a match of the pattern starts
    where one of the trigger's would (or, for a colon after a lowercase letter, one character
    after), so inside a hit or where it ends, and the first place from `pos` where it matches is
    the search's answer, without the alternation tried at every character between."""
    if hits is None:
        search = _MARK_BEFORE_LETTER.search
        return lambda pos: search(text, pos)
    places = sorted({i for hit in hits for i in range(hit.start, hit.end + 1)})
    match = _MARK_BEFORE_LETTER.match

    def first_from(pos: int) -> Any:
        for k in range(bisect_left(places, pos), len(places)):  # (a slice of the rest, at each call,
            m = match(text, places[k])  # cost the places after pos again and again)
            if m is not None:
                return m
        return None

    return first_from


def no_space_matches(text: str, hits: list | None = None) -> list:
    """The matches ``_NO_SPACE.finditer(text)`` finds, tried only just before each mark before a
    letter: every match holds one (`_MARK_BEFORE_LETTER`), and begins at most two characters
    before the run of marks, spaces and brackets that ends at its first. Each is tried where
    finditer would try it, left to right from the end of the last (a mark inside a match is its
    first only where no other stands before it, so no earlier start is passed over); the
    pattern, ~30 alternatives tried at every place, costs ~0.5 µs a character of prose.
    `hits`: the rule's trigger's, which say where the marks may stand (`_marks_from`)."""
    found = []
    end = 0
    marks_from = _marks_from(text, hits)
    hit = marks_from(0)
    while hit is not None:
        at = hit.start()
        run = at
        while run > end and text[run - 1] in _BEFORE_MARK:
            run -= 1
        m = None
        for k in range(max(end, run - 2), at + 1):
            m = _NO_SPACE.match(text, k)
            if m is not None:
                break
        if m is None:
            hit = marks_from(at + 1)  # overlapping marks: ',"A' holds two
        else:
            found.append(m)
            end = m.end()
            hit = marks_from(end)
    return found


def _word_at(text: str, i: int) -> str:
    """The run of letters that starts at `i`."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]
