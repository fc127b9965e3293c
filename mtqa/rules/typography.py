"""Typography: spacing and punctuation debris left by machine translation.

Engines that translate sentence by sentence, or that carry over French typographic
conventions, leave doubled spaces, a space before a comma or a question mark, a stray
period in the middle of a sentence (``the mission. to train``), doubled periods and
brackets that open and never close. Each of these is small, but together they make a page
look unedited.
"""

from __future__ import annotations

from typing import Iterator

import regex

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.segment import MONTH_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS, Paragraph

# Two or more horizontal spaces between two visible characters (not at a line start).
_DOUBLE_SPACE = regex.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")


@rule(
    "typography/doubled-space",
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

    ## Fix safety
    Safe: the run of spaces becomes one space; no other character changes.
    """
    text = par.text
    if "  " not in text and "\u00a0" not in text and "\u202f" not in text:
        return
    for m in _DOUBLE_SPACE.finditer(text):
        if text[m.end()] in ",;:?!.)]":
            continue  # space before punctuation: space-before-punctuation removes the whole run
        yield ctx.finding(
            par, m.start(), m.end(), "Doubled space",
            fix=Fix.safe("Replace with one space", replacement=" "),
        )


# A space (or no-break space) before , . ; : ? ! and closing brackets.
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}\"'”’)\]%])([ \u00a0\u202f]+)([,;:?!.)\]])")
_FRENCH_SPACED = frozenset(";:?!")


@rule(
    "typography/space-before-punctuation",
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
    good: The vote was close, officials said.
    good: Why would Ottawa wait? she asked.
    good: He said “no” (twice), then left.
    good: The rate rose to .5 per cent and stayed there ...
    good: The score was 3 : 2 after extra time.

    ## Fix safety
    Safe: the space is removed; the punctuation and words are untouched.
    """
    text = par.text
    for m in _SPACE_BEFORE.finditer(text):
        mark = m.group(2)
        after = text[m.end(): m.end() + 2]
        if mark == "." and (after == ".." or after[:1].isdigit()):
            continue  # spaced ellipsis " ..." or a decimal " .5"
        if mark == ":" and text[m.start() - 1: m.start()].isdigit() and after[:2].strip()[:1].isdigit():
            continue  # a score or ratio "3 : 2"
        if mark in ",." and after[:1].isalnum():
            continue  # " ,5" or a ".com" style token: not prose punctuation
        french = mark in _FRENCH_SPACED
        msg = (f"French-style space before “{mark}”: English sets it tight" if french
               else f"Space before “{mark}”")
        yield ctx.finding(
            par, m.start(1), m.end(1), msg,
            fix=Fix.safe("Remove the space", replacement=""), suggestions=("",),
        )


# Two periods that are not part of an ellipsis: "done.. then", "done. . then".
_DOUBLED_PERIOD = regex.compile(r"(?<![.…])\.(?:[ \u00a0]?\.)(?![.…])")


@rule(
    "typography/doubled-period",
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
_STRAY_PERIOD = regex.compile(r"(?<=[\p{L}\p{N}])\.(?=[ ]+(\p{Ll}\p{L}*))")
_TOKEN_END = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’\-]*$")
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


@rule(
    "typography/stray-period",
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

    ## Fix safety
    Unsafe: the period is removed. The engine may instead have lost a capital letter,
    or the word before may be an abbreviation mtqa does not know; an editor decides.

    ## Known issues
    An abbreviation not in mtqa's lists that is followed by a lowercase word is flagged.
    """
    text = par.text
    if ". " not in text:
        return
    for m in _STRAY_PERIOD.finditer(text):
        tok = _TOKEN_END.search(text, max(0, m.start() - 30), m.start())
        token = tok.group(0) if tok else ""
        if _is_abbreviation(token):
            continue
        nxt = m.group(1)
        if nxt in ("com", "ca", "org", "net", "gov") or not nxt.islower():
            continue  # a domain, or a camel-case name that starts lowercase (iPhone, eBay)
        yield ctx.finding(
            par, m.start(), m.end(),
            f"Period in mid-sentence before “{nxt}”: a stray full stop, or a lost capital",
            fix=Fix.unsafe("Remove the period", replacement=""), suggestions=("",),
        )


_OPEN = {"(": ")", "[": "]"}
_CLOSE = {")": "(", "]": "["}
# "1)" "a)" "ii)" list markers: a closer with no opener is normal there.
_LIST_MARKER = regex.compile(r"(?:^|(?<=[\s(]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_BRACKET = regex.compile(r"[()\[\]]")
_EMOTICON = regex.compile(r"[:;=]-?[()\[\]]")


@rule(
    "typography/unmatched-bracket",
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
    good: She wrote back :) and left.

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
        yield ctx.finding(par, j, j + 1, f"Unmatched “{text[j]}”: no closing “{_OPEN[text[j]]}” in this paragraph")
