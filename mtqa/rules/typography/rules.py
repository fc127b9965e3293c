"""Typography: spacing and punctuation debris left by machine translation.

Engines that translate sentence by sentence, or that carry over French typographic
conventions, leave doubled spaces, a space before a comma or a question mark, a stray
period in the middle of a sentence (``the mission. to train``), doubled periods and
brackets that open and never close. Each of these is small, but together they make a page
look unedited.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Iterator

import re

import regex

from mtqa.analysis import analysis
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy, longest_first
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import LETTER, LOWER, NUMBER, Chars, Pattern, Phrases
from mtqa.segment import MONTH_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS, Paragraph
from mtqa.text.case import mostly_capitals
from mtqa.text.tokens import contains_any

# Patterns used inside rules, compiled once here (never at check time).
_COUNT_AFTER = lazy(r"\d{1,3} (?:times|days|years|months|weeks|hours|minutes|per|percent)\b")
_HYPHENATED_START = lazy(r"\p{L}+-")
_NEXT_CAPITALISED = lazy(r" (\p{Lu}\p{L}*)")
_CAPITALS_END = lazy(r"\p{Lu}{2,}[ ,]?$")
_INITIAL_END = lazy(r"\p{Lu}[.\-]?\s?$")
_ARTICLE_END = lazy(r"(?:^|\s)(?:the|a|an|The|A|An) $")

# Two or more horizontal spaces between two visible characters (not at a line start).
_DOUBLE_SPACE = lazy(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")


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
_SPACE_BEFORE = lazy(r"(?<=[\p{L}\p{N}\"'”’)\]%])([ \u00a0\u202f]+)([,;:?!.)\]])")
# What every match holds: a space straight before the mark (plain `re`: a literal test, cheaper).
_SPACE_THEN_MARK = re.compile("[ \u00a0\u202f][,;:?!.)\\]]")
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
        if mark == "." and (after == ".." or after[:1].isdigit()):
            continue  # spaced ellipsis " ..." or a decimal " .5"
        if mark == ":" and text[m.start() - 1: m.start()].isdigit() and after[:2].strip()[:1].isdigit():
            continue  # a score or ratio "3 : 2"
        if mark in ",." and after[:1].isalnum():
            continue  # " ,5" or a ".com" style token: not prose punctuation
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


@rule(
    "typography/stray-period",
    triggers=(Pattern("period before lowercase", rf"[{LETTER}{NUMBER}]\. +[{LOWER}]"),),
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
_LIST_MARKER = lazy(r"(?:^|(?<=[\s(]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_BRACKET = lazy(r"[()\[\]]")
_EMOTICON = lazy(r"[:;=]-?[()\[\]]")


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


# ---------------------------------------------------------------------------------------
# Capitals: lost at a sentence's start, kept after a semicolon, lost on a bill's number

# Where a sentence starts although no full stop is seen: the paragraph's start (after a
# bracketed tag such as "[wire report]") and a spaced-out HTML tag ("< p >") left in the copy.
_SENTENCE_START = lazy(
    r"(?:^[ \t\"“”‘’'«»(]*(?:\[[^\]\n]{1,60}\][ \t]+)?|<[ ]?/?[ ]?[A-Za-z]{1,10}[ ]?>[ \t]+)(\p{Ll}\p{Ll}*+)(?=[ \u00a0,])"
)
_SENTENCE_END = frozenset(".!?\"”’)")
_WORDS = lazy(r"[\p{L}\p{N}]+")


@rule(
    "typography/lowercase-sentence-start",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def lowercase_sentence_start(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence that opens a paragraph, or follows a tag left in the copy, starts in lowercase.

    ## Why it matters
    Engines that lose a paragraph's markup or a headline's first word leave a sentence
    that starts in lowercase ("the debate ended on the 27th."); the reader sees a
    fragment, and an editor a page scraped without care.

    ## Examples
    bad:  [[the->The]] debate of the assembly ended in New York on Monday.
    bad:  [wire report] [[the->The]] debate of the assembly ended on Monday.
    bad:  It was over. < / p > < p > [[on->On]] Monday the talks resumed.
    good: The debate of the assembly ended in New York on Monday.
    good: iPhone sales fell in the quarter, the company said on Monday.
    good: e.g. the rules below apply to every member of the board.
    good: date 2021-01-05 menu
    good: He said [sic] that the rules applied.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "<" in text:
        matches = _SENTENCE_START.finditer(text)
    else:  # only the paragraph's start can match
        first = _SENTENCE_START.match(text)
        matches = (first,) if first is not None else ()
    for m in matches:
        s, e = m.span(1)
        rest = text.rstrip()
        after_tag = m.group(0).startswith("<")
        if not after_tag and (len(_WORDS.findall(rest)) < 4 or rest[-1:] not in _SENTENCE_END):
            continue  # a heading or page furniture, not a sentence: not judged
        word = m.group(1)
        if e < len(text) and text[e] == "." or (e + 1 < len(text) and text[e:e + 2] == " ."):
            continue  # "e.g."
        fixed = word[:1].upper() + word[1:]
        yield ctx.finding(par, s, e, "Sentence starts with a lowercase letter",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_AFTER_SEMICOLON = lazy(r";[ \u00a0]*+(\p{Lu}\p{Ll}++)(?=[ ,])(?! \p{Lu})")
_OPENERS_AFTER_SEMICOLON = SENTENCE_OPENERS - {"I"}
_LOWER_WORD = lazy(r"(?<![\p{L}\p{N}\-'’])\p{Ll}++(?![\p{L}\p{N}\-])")
# A capitalised word after a lowercase word and a space: a name, wherever it stands.
_NAME_MID_SENTENCE = lazy(r"(?<=\p{Ll}[ \u00a0])\p{Lu}\p{Ll}++")


@analysis("word-case")
def word_case(doc) -> frozenset[str]:
    """The words a story writes in lowercase (its capitals in mid-sentence are `capitals`')."""
    lower: set[str] = set()
    for par in doc.paragraphs:
        lower.update(_LOWER_WORD.findall(par.text))  # no groups: the matched words, at C speed
    return frozenset(lower)


@rule(
    "typography/capital-after-semicolon",
    triggers=(Chars("semicolon", ";"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def capital_after_semicolon(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capital letter after a semicolon on a word that is no name (“; However, he said”).

    ## Why it matters
    A semicolon joins two parts of one sentence; the part after it starts in lowercase.
    Engines that translate a source's full stop as a semicolon, or join two sentences,
    leave the capital behind.

    ## Examples
    bad:  The talks went well; [[However->however]], no deal was signed.
    bad:  The figure is wrong; [[It->it]] must be corrected.
    bad:  Crews cleared the roads; [[Residents->residents]] returned, and more residents followed.
    good: The talks went well; however, no deal was signed.
    good: Two papers reported it; The Globe and Mail did not.
    good: She came from Paris; Ottawa was her next stop; I was there.
    good: The fund paid a grant; Grant said so, and reporters asked Grant again.

    ## Fix safety
    Safe: only the word's first letter is lowercased. Words followed by a capitalised word
    (a name such as The Globe and Mail) are never flagged, and a word other than a sentence
    opener only where the story writes it in lowercase and never capitalises it mid-sentence.
    """
    text = par.text
    if ";" not in text:
        return
    for m in _AFTER_SEMICOLON.finditer(text):
        word = m.group(1)
        if word not in _OPENERS_AFTER_SEMICOLON:
            lower = ctx.analysis(word_case)
            _lone, _paired, named = ctx.analysis(capitals)
            low = word.lower()
            if low not in lower or low in named:
                continue  # no evidence that the story takes it for a common word: a name
        fixed = word[:1].lower() + word[1:]
        yield ctx.finding(par, m.start(1), m.end(1), f"Capital after a semicolon: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_BILL = lazy(r"(?<![\p{L}\p{N}.,;!?])(bill|law)(?= (?:[CS]-\d{1,3}|\d{1,3})(?![\p{N}.,]\d|[\p{L}%$]))")


@rule(
    "typography/lowercase-bill-number",
    triggers=(Phrases("bill or law", ("bill ", "law "), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def lowercase_bill_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“bill 96” or “law 25” in lowercase before its number, where the number makes it a name.

    ## Why it matters
    A numbered bill or law is a proper name in English copy (Bill 96, Bill C-11, Law 25).
    French writes "projet de loi 96" and "loi 25" in lowercase, and engines keep the case.

    ## Examples
    bad:  Critics of [[bill->Bill]] 96 marched in Montreal.
    bad:  The future [[law->Law]] 25 covers privacy; [[bill->Bill]] C-11 passed.
    good: Critics of Bill 96 marched in Montreal.
    good: He paid the bill 10 days late, and a $20 bill was found.
    good: The law 2.5 times stricter than before was struck down.

    ## Fix safety
    Safe: only the word's first letter is capitalised.
    """
    text = par.text
    if "bill " not in text and "law " not in text:
        return
    for m in _BILL.finditer(text):
        s = m.start()
        if s >= 2 and text[s - 2 : s] in ("$ ", "a ") or (s >= 1 and text[s - 1] == "$"):
            continue
        word = m.group(1)
        rest = text[m.end() + 1 : m.end() + 12]
        if _COUNT_AFTER.match(rest):
            continue
        fixed = word.capitalize()
        yield ctx.finding(par, s, m.end(), f"A numbered bill or law is a name: “{fixed} {rest.split(' ')[0]}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


_INDIGENOUS = lazy(r"(?<![\p{L}\p{N}\-.,;!?])indigenous(?![\p{L}\-])(?! (?:plants?|species|flora|fauna|trees?|"
                            r"vegetation|grass(?:es)?|wildlife|fish|animals?|to|in)\b)")


@rule(
    "typography/lowercase-indigenous",
    triggers=(Phrases("indigenous", ("indigenous",), ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.8,
)
def lowercase_indigenous(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“indigenous” in lowercase for Indigenous peoples, which Canadian style capitalises.

    ## Why it matters
    The Canadian Press, the Government of Canada and Canadian newsrooms capitalise
    Indigenous when it refers to First Nations, Inuit and Métis peoples, as they do
    French or English. A lowercase form reads as an error, or worse, to those readers.

    ## Examples
    bad:  The plan was drawn up with [[indigenous->Indigenous]] communities.
    good: The plan was drawn up with Indigenous communities.
    good: The park protects indigenous plants and species indigenous to the valley.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "indigenous" not in text:
        return
    for m in _INDIGENOUS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Canadian style capitalises Indigenous (peoples)",
                          fix=Fix.safe("Write “Indigenous”", replacement="Indigenous"))


# ---------------------------------------------------------------------------------------
# Spaces lost, brackets and debris

# A word's end, a mark, and the next word's capital with no space: "law.Nova", "added.\"And", "are”but".
_NO_SPACE = lazy(
    r"\p{Ll}\p{Ll}(?:[ \u00a0]*+([.!?;,](?:[ \u00a0]?[.!?;,])*+)(?=\p{Lu}\p{Ll})"
    r"|[ \u00a0]*+([.!?,](?:[ \u00a0]?[.!?,])*+[\"”])(?=\p{L})|([\"”])(?=\p{L})|([,;])(?=\p{Ll}\p{Ll})"
    r"|([,:;])(?=[\"“]\p{L})|[ \u00a0]*+([.!?])(?=“\p{L})|[ \u00a0]*+(:)(?=\p{Ll}{2}))"
    r"|(?<![\p{L}.])[ap]\.m(\.)(?=\p{Lu}\p{Ll})"
    r"|\)[ \u00a0]*+([.!?;,](?:[ \u00a0]?[.!?;,])*+)(?=\p{Lu}\p{Ll})"
)
# (and, after two lower-case letters, a comma or semicolon before a lower-case word: "mayor,who";
# a colon, comma or semicolon against the quotation it introduces: 'said:"We', 'said,“We';
# a full stop against the opening mark of the next quotation: 'spoke.“We'; a colon before a
# lower-case word: "Monday:the"; a.m. or p.m. run into the next sentence: "2 p.m.The"; a mark
# after a closing bracket: "(photo).The")
# What every match of _NO_SPACE holds (a mark straight before a letter or an opening mark): a cheap test first.
_MARK_BEFORE_LETTER = lazy(r"[.!?;,\"”]\p{L}|[,:;][\"“]|[.!?]“|:\p{Ll}")


@rule(
    "typography/missing-space",
    triggers=(Pattern("mark before letter", rf'[.!?;,"”][{LETTER}]|[,:;]["“]|[.!?]“|:[{LOWER}]'),),
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
    good: The law passed. Nova Scotia followed.
    good: See example.com or the U.S.Army page; she said “no,” and left.
    good: “We are,” she said, “ready.”
    good: Write to info@example.ca,or call; the list is a,b,c.
    good: The 1,000 residents met at 2 p.m. The vote followed.
    good: The minister said: “We will stay.” The score was 10:30; see http://example.ca/"a".
    good: Write to mailto:jane or use ASP .Net and (see above).NET code; the ratio was 3:the same.

    ## Fix safety
    Safe: a space is added after the mark; nothing else changes.
    """
    text = par.text
    if _MARK_BEFORE_LETTER.search(text) is None:
        return
    for m in _NO_SPACE.finditer(text):
        g = next(i for i in range(1, 10) if m.group(i) is not None)
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
        if len(mark) == 1 and mark in ";:?!" and text[s - 1] in " \u00a0\u202f" and text[e:e + 1].isalpha():
            continue  # "waited ;officials": space-before-punctuation moves the space after the mark
        if g in (4, 7) and any(c in "@./:_" for c in text[text.rfind(" ", 0, s) + 1 : s]):
            continue  # "example.ca,or", "mailto:jane": an address or a code, not a sentence
        if g == 7 and text[text.rfind(" ", 0, s) + 1 : s].casefold() in ("mailto", "http", "https", "ftp", "re", "tel"):
            continue
        at = e
        if mark.endswith('"') and text.count('"', 0, e - 1) % 2 == 0:
            at = e - 1  # a straight quote that opens the next quotation: the space goes before it
        yield ctx.finding(par, s, e, "No space after the punctuation",
                          fix=Fix.safe("Add a space", edits=(Edit(at, at, " "),)),
                          suggestions=(text[s:at] + " " + text[at:e],))


def _word_at(text: str, i: int) -> str:
    """The run of letters that starts at `i`."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


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


# Words that open a clause or an aside and never close a compound: a relative pronoun, a
# conjunction, a sentence adverb. "teachers-which", "contracts-likely", "the plan-and it failed".
# Left out because they end real compounds: only (members-only), even (break-even), if (what-if),
# like (dam-like), so (so-so), still (stock-still).
_CLAUSE_WORDS = (
    "which|who|whose|whom|that|where|when|likely|but|and|or|yet|while|although|though|whereas|because|"
    "since|unless|despite|unlike|including|especially|particularly|mainly|mostly|largely|notably|perhaps|"
    "probably|possibly|maybe|apparently|certainly|clearly|simply|usually|often|almost|already|instead|not"
)
# A hyphen between a word and a clause word: "teachers-which", "contracts-likely".
_HYPHEN_DASH = lazy(r"(?<=\p{Ll}{3})-(?=(?:" + _CLAUSE_WORDS + r")[ ,])")
# "either-or", "whether-or": a coinage, not a clause.
_EITHER_OR = lazy(r"(?:^|[^\p{L}])(?:either|whether)$", regex.IGNORECASE)


@rule(
    "typography/hyphen-as-dash",
    triggers=(Pattern("hyphen before a clause", "-(?:" + _CLAUSE_WORDS + ")[ ,]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def hyphen_as_dash(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A hyphen used as a dash, gluing a word to the clause that follows (“teachers-which”).

    ## Why it matters
    A dash sets off a clause; a hyphen joins the parts of one word. Paraphrase tools and
    plain-text pipelines turn dashes into hyphens, and "teachers-which were" reads as one
    strange word.

    ## Examples
    bad:  It hired new teachers[[--> — ]]which was overdue.
    bad:  The deal covers three contracts[[--> — ]]likely more.
    bad:  Ottawa signed the accord[[--> — ]]though Quebec did not.
    bad:  Costs rose in every region[[--> — ]]particularly in the North.
    good: It hired new teachers — which was overdue.
    good: A well-which-way sign, a Coca-Cola, a half-but-not-quite effort: names and coinages.
    good: The up-and-coming star signed a two-year deal after a hit-and-run.
    good: A members-only club reached break-even, a what-if plan for a dam-like wall.
    good: It was an either-or choice for the so-so team.

    ## Fix safety
    Unsafe: an em dash with spaces is suggested; the house may prefer a comma.
    """
    text = par.text
    if "-" not in text:
        return
    for m in _HYPHEN_DASH.finditer(text):
        s = m.start()
        after = text[m.end():]
        nxt = _HYPHENATED_START.match(after)
        if nxt is not None:
            continue  # "well-which-way": a coinage of several hyphenated words
        if after.startswith("or") and _EITHER_OR.search(text, max(0, s - 8), s):
            continue  # "either-or"
        yield ctx.finding(par, s, s + 1, "Hyphen used as a dash before a new clause",
                          fix=Fix.unsafe("Use a dash", replacement=" — "))


_COMPOUND_TIME = lazy(
    r"(?<![\p{L}\-])(full|part) (time)(?= (?:jobs?|work|workers?|employees?|positions?|staff|students?|"
    r"employment|basis|hours|posts?|roles?|teachers?|nurses?)\b)", regex.IGNORECASE
)


@rule(
    "typography/open-compound-modifier",
    triggers=(Phrases("time", (" time ",), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def open_compound_modifier(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“full time jobs”: a compound modifier before a noun written without its hyphen.

    ## Why it matters
    Before a noun, full-time and part-time are one modifier and take a hyphen (after a
    verb they do not: "she works full time"). The open form before a noun is a mark of
    unedited or machine-paraphrased copy.

    ## Examples
    bad:  The plan adds 300 [[full time->full-time]] jobs.
    bad:  She took a [[part time->part-time]] position.
    good: The plan adds 300 full-time jobs.
    good: She works full time at the plant, and part time at home.

    ## Fix safety
    Safe: a hyphen replaces the space.
    """
    text = par.text
    if " time " not in text:
        return
    for m in _COMPOUND_TIME.finditer(text):
        fixed = f"{m.group(1)}-{m.group(2)}"
        space = m.end(1)  # only the space changes, so a capital fixed at the same time is kept
        yield ctx.finding(par, m.start(), m.end(), f"Compound modifier before a noun: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", edits=(Edit(space, space + 1, "-"),)), suggestions=(fixed,))


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

    ## Fix safety
    Safe: the full stop is removed; the story writes the name without it elsewhere.
    """
    pairs: dict[str, int] = {}
    candidates: list[tuple] = []
    for par in doc.paragraphs:
        text = par.text
        for m in _NAME_PAIR.finditer(text):
            pairs[m.group()] = pairs.get(m.group(), 0) + 1
        if ". " in text:
            candidates.extend((par, m) for m in _PERIOD_IN_NAME.finditer(text))
    for par, m in candidates:
        whole = f"{m.group(1)} {m.group(3)}"
        if not pairs.get(whole) or m.group(1) in SENTENCE_OPENERS:
            continue
        if _SENTENCE_FINISH.search(par.text, max(0, m.start() - 40), m.start()) is None:
            continue  # the first word must continue a sentence, not end one
        yield ctx.finding(par, m.start(2), m.end(2), f"Full stop inside the name “{whole}”",
                          fix=Fix.safe("Remove the full stop", replacement=""), suggestions=("",))


# Two capitalised words standing alone: not inside a longer run of capitals ("Ottawa Canada Post").
_NAME_PAIR = lazy(r"(?<![\p{L}.]|\p{Lu}\p{Ll}* )\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?![\p{L}]| \p{Lu})")
# A name's first word that follows a word and a space (it continues a sentence, "Then Marie").
_SENTENCE_FINISH = lazy(r"(?:\p{L}[ \u00a0]++|,[ \u00a0]*+)$")


# Words Canadian news style writes in lowercase although French or another house capitalises
# them (CP Caps and Spelling; Translation Bureau, The Canadian Style 4.x).
_LOWERCASE_TERMS = frozenset(
    "francophone francophones anglophone anglophones allophone allophones federalist federalists "
    "sovereigntist sovereigntists separatist separatists".split()
)
_MID_CAPITAL = lazy(r"(?<=[\p{Ll}\p{N}%])(?:,[ \u00a0]*+|[ \u00a0]++)(\p{Lu}\p{Ll}++)")
# A reported word holds one of these tails literally ("rancophone" of Francophone).
_LOWERCASE_TAILS = frozenset(t[1:] for t in _LOWERCASE_TERMS)
_LOWERCASE_TERM = lazy(r"\b(?:" + "|".join(sorted(_LOWERCASE_TERMS, key=longest_first)) + r")\b")


@analysis("lowercase-terms")
def writes_lowercase_term(doc) -> bool:
    """Whether the story writes francophone, federalist or a word of their kind in lowercase somewhere."""
    return any(_LOWERCASE_TERM.search(par.text) for par in doc.paragraphs)


@rule(
    "typography/needless-capital",
    triggers=(Phrases("lowercase tail", tuple(sorted(_LOWERCASE_TAILS)), ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.7,
    options={"mixed_only": True},
)
def needless_capital(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“Francophone”, “Federalists” capitalised in mid-sentence, where Canadian style writes them in lowercase.

    ## Why it matters
    Canadian news style writes francophone, anglophone, federalist and sovereigntist in
    lowercase; engines capitalise them when the source or another house style does, and
    the capital makes a common noun look like a party or a people's name.

    Some Canadian houses capitalise these words throughout (Ontario's francophone press,
    government copy), so by default a capital is reported only in a story that writes one
    of them in lowercase elsewhere: the story mixes the two styles, as an engine does when
    it follows the capitals of its source sentence by sentence. The strict ``cp`` style
    (option ``mixed_only = false``) reports every capital.

    ## Examples
    bad:  The party lost support among [[Francophone->francophone]] voters, and allophones stayed home.
    bad:  Many [[Federalists->federalists]] stayed home, and 90% [[Francophone->francophone]] classes opened; federalist MNAs spoke.
    good: The party lost support among francophone voters.
    good: Francophones voted early, and the Parti Québécois won.
    good: She wrote for the Federalist Papers Project and The Anglophone Review, read by federalists.
    good: The party lost support among Francophone voters in eastern Ontario.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if not contains_any(text, _LOWERCASE_TAILS):
        return
    if ctx.options["mixed_only"] and not ctx.analysis(writes_lowercase_term):
        return
    for m in _MID_CAPITAL.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low not in _LOWERCASE_TERMS:
            continue
        nxt = _NEXT_CAPITALISED.match(text, pos=m.end())
        if nxt is not None and nxt.group(1).lower() not in _LOWERCASE_TERMS:
            continue  # part of a name: "Federalist Papers"
        yield ctx.finding(par, m.start(1), m.end(1), f"Canadian style writes “{low}” in lowercase",
                          fix=Fix.safe(f"Write “{low}”", replacement=low))


# A small word in capitals inside mixed-case text ("“TO Kiev we talked"), and a sentence's
# opening word capitalised in mid-sentence ("in addition The agency said").
_CAPS_SMALL_WORD = lazy(r"(?<![\p{L}\p{N}.\-])(TO|OF|FOR|AND|THE|WITH|FROM|BY|BUT|IN)(?= \p{Lu}?\p{Ll})")
_MID_OPENER = lazy(r"(?<=\p{Ll} )(The|It|They|We|He|She|This|These|Those|Its|Their)(?= (?:\p{Ll}|\p{Lu}{2,}\b))")
# What a match of each pattern holds literally: the tests run before the patterns.
_CAPS_SMALL_WORDS = tuple(w + " " for w in "TO OF FOR AND THE WITH FROM BY BUT IN".split())
_MID_OPENERS = tuple(f" {w} " for w in "The It They We He She This These Those Its Their".split())


@rule(
    "typography/stray-capitals",
    triggers=(Phrases("capitals or opener", _CAPS_SMALL_WORDS + _MID_OPENERS, ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def stray_capitals(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A small word in capitals, or a sentence's first word, in the middle of a sentence.

    ## Why it matters
    Engines that translate a heading and its text together, or join two segments, leave
    "TO Kiev we talked" or "in addition The agency said": a capital where the sentence
    does not start, which reads as a broken join.

    ## Examples
    bad:  He said: “[[TO->to]] Kyiv we also talked about aid.”
    bad:  Officials met in Ottawa and in addition [[The->the]] agency said no.
    good: He said: “In Kyiv we also talked about aid.”
    good: She reads The Globe and Mail and the book It Ends with Us.
    good: THE PLAN TO CUT TAXES\\n\\nThe plan to cut taxes was tabled.
    good: The head of IT said the AND gate failed.

    ## Fix safety
    Unsafe: the word is lowercased; a title of a work may have been meant.
    """
    text = par.text
    caps_run = None
    for m in (_CAPS_SMALL_WORD.finditer(text) if contains_any(text, _CAPS_SMALL_WORDS) else ()):
        s, e = m.span()
        if caps_run is None:
            caps_run = mostly_capitals(text)
        if caps_run:
            return  # a heading in capitals
        before = text[max(0, s - 3):s]
        if _CAPITALS_END.search(before) or _INITIAL_END.search(before):
            continue  # beside another word in capitals: a name or heading ("U.S. AND CANADA")
        if _ARTICLE_END.search(text[max(0, s - 5):s]):
            continue  # "the AND gate": an acronym used as a noun
        w = m.group()
        yield ctx.finding(par, s, e, f"“{w}” in capitals in mid-sentence",
                          fix=Fix.unsafe(f"Write “{w.lower()}”", replacement=w.lower()))
    for m in (_MID_OPENER.finditer(text) if contains_any(text, _MID_OPENERS) else ()):
        w = m.group()
        yield ctx.finding(par, m.start(), m.end(), f"“{w}” capitalised in mid-sentence",
                          fix=Fix.unsafe(f"Write “{w.lower()}”", replacement=w.lower()))


# "western" in the political sense, before the nouns that mark that sense ("western media").
_WESTERN = lazy(
    r"(?<![\p{L}\-])western (?=(?:media|countries|country|nations|allies|powers|democracies|world|values|"
    r"leaders|governments|officials|sanctions|diplomats|press|journalists|observers)\b)"
)


@rule(
    "typography/lowercase-western",
    triggers=(Phrases("western", ("western ",), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def lowercase_western(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“western media”, “western allies”: Western in the political sense written in lowercase.

    ## Why it matters
    News style capitalises Western when it means the West as a political or cultural bloc
    (Western allies, Western media) and lowercases it for a direction or region (western
    Canada). Engines lowercase it everywhere, as the source language does.

    ## Examples
    bad:  Some [[western->Western]] media reported the talks.
    bad:  The [[western->Western]] allies imposed sanctions.
    good: Some Western media reported the talks.
    good: Fires burned across western Canada and the western provinces.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if "western " not in text:
        return
    for m in _WESTERN.finditer(text):
        yield ctx.finding(par, m.start(), m.start() + 7, "Western (the political West) is capitalised",
                          fix=Fix.safe("Write “Western”", replacement="Western"))


# A word run into the relative pronoun after it: "Burgoinwho was found", "the councilwhich met".
# No English word ends in these pronouns, so the join is always debris.
_RUN_INTO_PRONOUN = lazy(r"(?<![\p{L}\p{N}@#/._\-])(\p{L}{3,})(who|which|whose|whom)(?![\p{L}\p{N}@_/]|\.[\p{L}\p{N}])")


@rule(
    "typography/run-together-words",
    triggers=(Pattern("pronoun glued to a word", "[a-zA-Z](?:who|which|whose|whom)"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def run_together_words(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word run into the relative pronoun that follows it (“Burgoinwho was found”).

    ## Why it matters
    Engines and scrapers that drop the comma or space before a relative clause glue the
    name to its pronoun; the reader meets a name that does not exist.

    ## Examples
    bad:  Police found Carlos Aranda [[Burgoinwho->Burgoin who]] was reported missing.
    bad:  She wrote to the [[councilwhich->council which]] met on Monday.
    good: Police found Carlos Aranda Burgoin, who was reported missing.
    good: Somewhere, somehow, the Whos of Whoville and the WHO met; see @mayorwho online.

    ## Fix safety
    Unsafe: a space is added; a comma may also be needed before a non-restrictive clause.
    """
    text = par.text
    for m in _RUN_INTO_PRONOUN.finditer(text):
        word, pronoun = m.group(1), m.group(2)
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{pronoun}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {pronoun}", f"{word}, {pronoun}"))


# Two separating marks stacked where one belongs: a comma or semicolon against a dash
# (", – They informed"), or two commas (",," ", ,").
_STACKED_SEPARATORS = lazy(r"[,;][ \u00a0]*+[–—]|[–—][ \u00a0]*+[,;]|[,;][ \u00a0]?,|,[ \u00a0]?;")


@rule(
    "typography/stacked-separators",
    triggers=(Pattern("stacked separators", "[,;] ?[–—,;]|[–—] ?[,;]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    confidence=0.8,
)
def stacked_separators(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A comma or semicolon stacked against a dash or another comma (“working, – They informed”).

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

    ## Known issues
    Which of the two marks was meant needs the sense, so no fix is offered.
    """
    text = par.text
    for m in _STACKED_SEPARATORS.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Two separating marks side by side")


# A word's inner mark cut off by a space, as tokenisers leave it: "Canada 's", "it ’ s", "don' t",
# "well -known", "post- pandemic" (but not a suspended hyphen: "pre- and post-war").
_SPLIT_WORD = lazy(
    r"(?<=\p{L})(?: ['’] ?| ?['’] )(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])"
    r"|(?<=\p{Ll}) -(?=\p{Ll})|(?<=\p{Ll})- (?!(?:and|or|nor|to)\b)(?=\p{Ll})"
)


@rule(
    "typography/split-word",
    triggers=(Pattern("spaced inner mark",
                      rf"[{LETTER}] ?['’] [{LOWER}]|[{LETTER}] ['’][{LOWER}]|[{LOWER}] -[{LOWER}]|[{LOWER}]- [{LOWER}]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def split_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word cut at its apostrophe or hyphen by a space (“Canada 's”, “it ’ s”, “well -known”).

    ## Why it matters
    Translation engines split words into tokens at apostrophes and hyphens and sometimes
    fail to join them again; the copy shows a possessive or a compound in pieces, a mark
    of text nobody read.

    ## Examples
    bad:  [[Canada 's->Canada's]] plan was costly, and [[it ’ s->it’s]] over.
    bad:  The [[well -known->well-known]] mayor and the [[post- pandemic->post-pandemic]] plan.
    bad:  They [[don' t->don't]] agree.
    good: Canada's plan was costly, and it’s over; the well-known mayor agreed.
    good: The pre- and post-war plans, the 10- to 12-year terms, a rock 'n' roll band.
    good: The score was 3 - 1, and “'s” is an apostrophe-s; the ’90s were long.

    ## Fix safety
    Safe: the space is removed; the word's letters and marks are kept.
    """
    text = par.text
    for m in _SPLIT_WORD.finditer(text):
        s, e = m.start(), m.end()
        while s > 0 and text[s - 1].isalpha():
            s -= 1  # the span covers the whole word, so the fix joins its parts
        if "-" in m.group():
            while e < len(text) and text[e].isalpha():
                e += 1
        joined = text[s:e].replace(" ", "")
        yield ctx.finding(par, s, e, f"Word cut by a space: “{joined}”",
                          fix=Fix.safe(f"Write “{joined}”", replacement=joined))


# A Canadian party's members or its adjective in lowercase, as French writes them ("les libéraux",
# "le gouvernement libéral"): "the liberals of Philippe Couillard", "the liberal government".
_PARTY_MEMBERS = lazy(
    r"(?<=(?:^|[^\p{L}])the )(liberals|conservatives|tories|new democrats)(?![\p{L}\p{N}\-])"
    r"|(?<![\p{L}\p{N}\-])(liberal|conservative|tory|new democratic)(?= (?:government|party|caucus|leader|"
    r"leadership|MPs?|MNAs?|MPPs?|MLAs?|candidates?|ministers?|members?|opposition|cabinet|campaign|"
    r"platform|senators?|premier)(?![\p{L}\-]))",
    regex.IGNORECASE,
)
# A story about Canadian party politics writes at least one party's name or acronym.
_CANADIAN_PARTY = lazy(
    r"(?<![\p{L}\-])(?:Liberals?|Conservatives?|Tory|Tories|NDP|CAQ|PQ|PLQ|Bloc|Parti Québécois|Québec solidaire|"
    r"New Democrats?)(?![\p{L}\-])"
)


@analysis("canadian-party")
def names_a_canadian_party(doc) -> bool:
    """Whether the story writes the name or acronym of a Canadian party somewhere."""
    return any(_CANADIAN_PARTY.search(par.text) for par in doc.paragraphs)


@rule(
    "typography/lowercase-party",
    triggers=(Phrases("party word", ("liberal", "conservative", "tories", "tory", "new democrat"),
                      ignorecase=False, boundary="none"),),
    category="Locale convention/Capitalization",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    locales=("en-CA",),
    confidence=0.7,
)
def lowercase_party(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian party's members or adjective in lowercase (“the liberals of Philippe Couillard”, “the liberal government”).

    ## Why it matters
    French writes party names' nouns and adjectives in lowercase (les libéraux, le
    gouvernement libéral); English capitalises them as names (the Liberals, the Liberal
    government), and lowercase "liberals" means people of liberal views. Engines keep the
    French case. Only stories that name a Canadian party elsewhere are judged, so that
    "the liberals on the U.S. Supreme Court" stays quiet.

    ## Examples
    bad:  The PQ attacked the [[liberals->Liberals]] of Philippe Couillard and the [[liberal->Liberal]] government.
    bad:  Two [[conservative->Conservative]] MPs and the NDP voted no.
    good: The PQ attacked the Liberals of Philippe Couillard and the Liberal government.
    good: The Liberals won, and social conservatives and small-l liberals backed them.
    good: The liberals on the Supreme Court dissented, and a conservative government in Texas agreed.

    ## Fix safety
    Safe: only the first letters' case changes.
    """
    text = par.text
    if not contains_any(text.lower(), ("liberal", "conservative", "tories", "tory", "new democrat")):
        return
    if not ctx.analysis(names_a_canadian_party):
        return
    for m in _PARTY_MEMBERS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        word = m.group(g)
        if not word.islower():
            continue
        fixed = " ".join(w[:1].upper() + w[1:] for w in word.split(" "))
        yield ctx.finding(par, m.start(g), m.end(g), f"A party's name is capitalised: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


# A capitalised word after a lowercase word other than "the" (which starts short names: the
# City, the House), not beside another capital or before a number (Highway 1): "for the second
# Time, she", "a concrete Plan must".
_LONE_MID_CAPITAL = lazy(r"(?<=(?<![\p{L}\p{N}'’\-])(\p{Ll}++)[ \u00a0])(\p{Lu}\p{Ll}{2,}+)(?![\p{L}\p{N}\-'’]| [\p{Lu}\p{N}]|\.[\p{L}\p{N}])")
# Words after which a capital starts a name: "the" (the City, the House), prepositions (west of
# Hope, his colleague at Immigration), conjunctions (Preston and Gladstone).
_BEFORE_NAMES = frozenset(
    "the of in at to from for on by with near into onto toward towards via and or nor along across through "
    "over under past about against between behind beyond inside outside around up down".split()
)
# A capitalised word beside another one anywhere: part of a name ("Jane Grant", "Grant Thornton").
_CAPITAL_PAIR = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}++)[ \u00a0](\p{Lu}\p{Ll}++)(?![\p{L}\p{N}])")


@analysis("capitals")
def capitals(doc) -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """How often each word is capitalised in mid-sentence after a lowercase word, the words
    that stand beside another capitalised word somewhere in the story (parts of names), and the
    first set's words in lowercase (names, for rules that compare a word's lowercase form)."""
    counts: Counter[str] = Counter()
    paired: set[str] = set()
    for par in doc.paragraphs:
        text = par.text
        counts.update(_NAME_MID_SENTENCE.findall(text))  # findall and Counter: C speed
        paired.update(chain.from_iterable(_CAPITAL_PAIR.findall(text)))
    lone = dict(counts)  # a plain dict: a word never seen is a KeyError, not 0
    return lone, frozenset(paired), frozenset(word.lower() for word in lone)


@rule(
    "typography/capitalised-common-word",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def capitalised_common_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A common word capitalised once in mid-sentence where the story writes it in lowercase (“for the second Time”).

    ## Why it matters
    German capitalises every noun, and engines translating from it (or from a source that
    capitalises a term) keep some of the capitals: "the second Time", "a concrete Plan".
    The story itself shows the word is common: it writes it in lowercase elsewhere.

    ## Examples
    bad:  For the second [[Time->time]], the chancellor answered questions.\\n\\nThis time, she spoke for an hour.
    bad:  Under the act, a concrete [[Plan->plan]] must be tabled; the plan is late.
    good: For the second time, the chancellor answered questions.\\n\\nThis time, she spoke for an hour.
    good: Jane Grant applied for a grant, and reporters asked Grant about it.
    good: The House sat late; house prices rose, and the City asked the city's mayor.
    good: The Liberals won; liberals cheered, and Liberals in Ottawa met.
    good: The town lies west of Hope; hope is all they have. She moved to Immigration after education.
    good: Crews closed Highway 1; the highway reopened later.
    good: The talks ended; the mayor left, and a The report was filed.

    ## Fix safety
    Safe: only the first letter's case changes.

    ## Known issues
    A capital the story uses only once and never writes in lowercase is not judged, so a
    German capital on a word the story has nowhere else is missed.
    """
    text = par.text
    lower = None
    for m in _LONE_MID_CAPITAL.finditer(text):
        before, word = m.group(1), m.group(2)
        if before in _BEFORE_NAMES:
            continue  # a short name (the City, the House), a place (west of Hope), a list of names
        if word in _OPENERS_AFTER_SEMICOLON:
            continue  # a sentence opener mid-sentence is a glued sentence (grammar's), not a noun's capital;
            # and capital-after-semicolon's fix of one would otherwise make the evidence for the next
        if lower is None:
            lower = ctx.analysis(word_case)
            lone, paired, _named = ctx.analysis(capitals)
        low = word.lower()
        if low not in lower or word in paired or lone.get(word, 0) != 1:
            continue  # no lowercase use, part of a name, or capitalised more than once (a term)
        yield ctx.finding(par, m.start(2), m.end(2), f"“{word}” is written “{low}” elsewhere in the story",
                          fix=Fix.safe(f"Write “{low}”", replacement=low))
