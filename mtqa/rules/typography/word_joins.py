"""Typography: words joined or split wrongly.

A hyphen used as a dash ("teachers-which"), a compound modifier without its hyphen
("full time jobs"), a word run into the pronoun after it ("Burgoinwho") and a word cut
at its apostrophe or hyphen by a space ("Canada 's"): the traces of a tokeniser's round
trip.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import lexicon
from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import DIGIT, LETTER, LOWER, UPPER, Pattern, Phrases
from mtqa.segment import Paragraph

_HYPHENATED_START = lazy(r"\p{L}+-")


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


# A number of two or more and a unit of time in the singular, before a noun: "a five year plan",
# "24 hour service", "11 year olds". Singular after such a number, the unit can only be part of a
# modifier (one year ago, a 2021 year-end: one, and a year's figure, are left alone). A range
# counts ("5-11 year olds"); a number joined to a word does not ("COVID-19 day").
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
_UNITS = "year|month|week|day|hour|minute"
_NUMBER_UNIT = lazy(
    r"(?<![\p{L}\p{N}.,])(?<!\p{L}-)((?i:" + _NUMBER_WORDS + r")|(?!(?:19|20)\d\d\b)\d{1,4}) (" + _UNITS + r")"
    r"(?= (?:olds?\b|(?!(?:ago|old|later|earlier|after|before|from|in|on|at|of|and|or|to|for|by|with|since)\b)\p{Ll}{3,}))"
)


@rule(
    "typography/open-compound-modifier",
    # the digits stay outside (?i): case-folding their class cost the native scanner's build ~70 M
    # instructions, most of a fresh check's regression, for no letter they could match
    triggers=(Phrases("time", (" time ",), ignorecase=False, boundary="none"),
              Pattern("number and unit", rf"(?:(?i:{_NUMBER_WORDS})|[{DIGIT}]) (?:{_UNITS}) [{LOWER}]")),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def open_compound_modifier(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“full time jobs”, “a five year plan”: a compound modifier before a noun written without its hyphen.

    ## Why it matters
    Before a noun, full-time and part-time are one modifier and take a hyphen (after a
    verb they do not: "she works full time"); so is a number with a unit of time
    (a five-year plan, 24-hour service), whose unit stays singular. The open form before a noun is a mark of
    unedited or machine-paraphrased copy.

    ## Examples
    bad:  The plan adds 300 [[full time->full-time]] jobs.
    bad:  She took a [[part time->part-time]] position.
    good: The plan adds 300 full-time jobs.
    good: She works full time at the plant, and part time at home.
    bad:  It adopted a [[five year->five-year]] plan and a [[24 hour->24-hour]] service for 5-[[11 year->11-year]] olds.
    good: It adopted a five-year plan one year ago; two years later, 30 km outside town, the 2021 year was over.
    good: A 24-hour service for 11-year-olds and 10 year-olds; three year after year; it took 12 days in total.
    good: The COVID-19 day count and the anti-two year limit.

    ## Fix safety
    Safe: a hyphen replaces the space.
    """
    text = par.text
    for m in _NUMBER_UNIT.finditer(text):
        fixed = f"{m.group(1)}-{m.group(2)}"
        yield ctx.finding(par, m.start(), m.end(), f"Compound modifier before a noun: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", edits=(Edit(m.end(1), m.end(1) + 1, "-"),)),
                          suggestions=(fixed,))
    if " time " not in text:
        return
    for m in _COMPOUND_TIME.finditer(text):
        fixed = f"{m.group(1)}-{m.group(2)}"
        space = m.end(1)  # only the space changes, so a capital fixed at the same time is kept
        yield ctx.finding(par, m.start(), m.end(), f"Compound modifier before a noun: “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", edits=(Edit(space, space + 1, "-"),)), suggestions=(fixed,))


# A word run into the relative pronoun after it: "Burgoinwho was found", "the councilwhich met".
# No English word ends in these pronouns, so the join is always debris.
_RUN_INTO_PRONOUN = lazy(r"(?<![\p{L}\p{N}@#/._\-])(\p{L}{3,})(who|which|whose|whom)(?![\p{L}\p{N}@_/]|\.[\p{L}\p{N}])")
# A word run into a conjunction that opens a clause ("Lamontagnewhen the results came", "Müllerthat
# was released"): the whole is no word the list knows ("somewhere", "meanwhile" are), and what
# stands before the conjunction is a name or a word it knows.
_RUN_INTO_CONJUNCTION = lazy(r"(?<![\p{L}\p{N}@#/._\-])(\p{L}\p{Ll}{2,})(when|where|while|that|because)(?= \p{Ll})")
# A lowercase word run into the capitalised word after it: a caption glued to its credit
# ("donated coats at the shelterRiverside Community Services"). A name's inner capital follows a capital
# ("McArthur", "MacKenzie") and a brand's follows one or two letters ("iPhone", "eBay").
_RUN_INTO_CAPITAL = lazy(r"(?<![\p{L}\p{N}@#/._\-])(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}@_/]|\.[\p{L}\p{N}])")

# A word run into the capitalised word that opens the next sentence or clause, with the text
# going on in lowercase: "the CommitteeAt the start", "stresses thisIn the future". The words are
# ones that open sentences and do not end a name; a word or a brand the word list knows
# ("LinkedIn", "YouTube") is written so on purpose.
_OPENERS = "The|This|That|These|Those|There|It|He|She|They|We|In|On|At|By|From|With|For|As|After|Before|When|While|If|But|And|Since|Although|Because|However|According|During|Under|Despite|Meanwhile|An|A"
_RUN_INTO_OPENER = lazy(
    r"(?<![\p{L}\p{N}@#/._\-])(\p{L}\p{Ll}{2,})(" + _OPENERS + r")(?= [\p{Ll}\p{N}])"
)


# A capitalised word run into the capitalised word after it: a headline glued to its summary, a
# title to the next line, a space lost at a line break ("Police OfficersCalgary is set …", "the
# GuangdongUniversity"). Brands join short words ("WestJet", "PowerPoint", "MasterCard"), so the word
# before the join is long, both halves are words the list knows and the whole is one it does not.
_RUN_CAPITAL_INTO_CAPITAL = lazy(
    r"(?<![\p{L}\p{N}@#/._\-])(\p{Lu}\p{Ll}{6,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}@_/]|\.[\p{L}\p{N}])"
)


# A name run into the lowercase word after it, a space lost at a line break of the source ("the visit
# of the prime minister to Vietnamsince the two countries …", "Trudeauin Ottawa"): a capitalised
# word the list does not know, made of a name the story writes on its own elsewhere and a common
# word. The story's own use of the name is the evidence; a name made of a word and a name-forming
# ending ("Stonebridge", "Marxism") is one name, and so is a join the story writes twice ("Northgate").
_CAPITALISED_WORD = lazy(r"(?<![\p{L}\p{N}@#/._\-])\p{Lu}\p{Ll}{6,}(?![\p{L}\p{N}@_/'’]|\.[\p{L}\p{N}])")
_STANDALONE_NAMES = lazy(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])")
# Endings that make names of a word ("Stone|bridge", "Green|field", "New|man", "Oak|ville"): a
# name ending so is one name, whatever the story writes alone.
_NAME_ENDINGS = frozenset(
    "bridge field fields wood woods stone man men son sen ton town ford land lands ville burg burgh berg "
    "ley worth ham dale wick well wells way gate port mouth hill hills brook water ridge view side haven "
    "house court mount more moore stead borough bury cliff crest lake park point shire vale wall yard "
    # and the endings that make a word of a name: a people, a follower, a doctrine ("Albert|an", "Marx|ism")
    "an ans ian ians er ers ite ites ism ist ists ic ics ese ish ine ina le les ie".split()
)
_COMMON_ZIPF = 4.0  # a word of everyday prose (once in ~100,000 words): what a lost space leaves after a name


# What the rule's older checks look for; a paragraph where only "long capitalised word" fired (most
# paragraphs of any story) goes to the name check alone.
_GLUED_TRIGGERS = (
    Pattern("pronoun glued to a word", "[a-zA-Z](?:who|which|whose|whom)"),
    Pattern("conjunction glued to a word", rf"[{LOWER}](?:when|where|while|that|because) [{LOWER}]"),
    Pattern("lowercase word glued to a capital", rf"[{LOWER}]{{3}}[{UPPER}][{LOWER}]{{2}}"),
    Pattern("word glued to an opener", rf"[{LOWER}]{{2}}(?:{_OPENERS}) [{LOWER}{DIGIT}]"),
)


@rule(
    "typography/run-together-words",
    triggers=(*_GLUED_TRIGGERS, Pattern("long capitalised word", rf"[{UPPER}][{LOWER}]{{6}}")),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def run_together_words(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word run into the relative pronoun that follows it (“Burgoinwho was found”), or a
    lowercase word run into the capitalised word after it (“the shelterRiverside Community Services”),
    or a long capitalised word into the next capitalised one (a headline glued to its summary),
    or a name the story uses into the lowercase word after it (“Vietnamsince”).

    ## Why it matters
    Engines and scrapers that drop the comma or space before a relative clause glue the
    name to its pronoun; the reader meets a name that does not exist. A scraped caption
    loses the space or line break before its credit the same way.

    ## Examples
    bad:  Police found Carlos Aranda [[Burgoinwho->Burgoin who]] was reported missing.
    bad:  She wrote to the [[councilwhich->council which]] met on Monday.
    good: Police found Carlos Aranda Burgoin, who was reported missing.
    bad:  Volunteers sort donated coats at the [[shelterRiverside->shelter Riverside]] Community Services
    bad:  The board met in the [[CouncilIn->Council. In]] the spring the plan was dropped.
    bad:  She insists [[thatAt->that At]] the end of the day, the vote counts.
    good: Her LinkedIn profile and a YouTube video; the CheckIn desk, a WestJet flight and PowerPoint slides.
    good: The Council. In the spring, the plan was dropped; DeSantis and McIntyre met MacThe.
    good: Somewhere, somehow, the Whos of Whoville and the WHO met; see @mayorwho online.
    good: McArthur, MacKenzie and DeSantis bought an iPhone on eBay; see @cityHall and macOS.
    bad:  They called [[Lamontagnewhen->Lamontagne when]] the results came in.
    bad:  A statement from [[Müllerthat->Müller that]] was released denied it.
    good: Somewhere and nowhere, meanwhile, somewhat; elsewhere the worthwhile erstwhile plan failed.
    bad:  Council Backs Harbour [[CleanupResidents->Cleanup Residents]] say the water is still murky.
    bad:  Flooding Closes Rural [[HighwayA->Highway A]] section of the road washed out overnight.
    good: A WestJet flight, a MasterCard fee, a PowerPoint deck and HarperCollins books; CanadaHelps too.
    good: The ResearchGate page of the Mississauga Steelheads and MacDonald's DeSantis interview.
    good: The city hired SpeakerBridge for interpreters; SpeakerBridge answers calls in 200 languages.
    bad:  The minister flew to Lisbon and met officials in [[Lisbonafter->Lisbon after]] the summit.
    bad:  Haldane arrived late; [[Haldanewas->Haldane was]] greeted at the door.
    good: Stone spoke first, and the Stonebridge council and Greenfield school board met in Lisbon.
    good: Lisbon hosted it; Lisboners cheered, and Haldane's Haldanes team won.
    good: North Shore miners back Northwalk; Northwalk shares rose.
    good: Marx and Marxism, Canada and Canadians; Ottawa and Ottawans.
    good: Dr. DistantVoice announced his run for council at the fall fair.
    bad:  The candidate met Mayor [[DistantVoice->Distant Voice]] hunters at the hall on Monday.

    ## Fix safety
    Unsafe: a space is added; a comma may also be needed before a non-restrictive clause.
    """
    if any(ctx.hits(par, trigger.name) for trigger in _GLUED_TRIGGERS):
        yield from _glued_words(par, ctx)
    yield from _name_into_word(par, ctx)


def _glued_words(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word run into a relative pronoun, a capitalised word, an opener or a conjunction."""
    text = par.text
    for m in _RUN_INTO_PRONOUN.finditer(text):
        word, pronoun = m.group(1), m.group(2)
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{pronoun}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {pronoun}", f"{word}, {pronoun}"))
    joined = set()
    for m in _RUN_INTO_CAPITAL.finditer(text):
        word, name = m.group(1), m.group(2)
        joined.add(m.start())
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{name}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {name}",))
    yield from _capital_into_capital(par, ctx, joined)
    yield from _run_into_opener(par, ctx, joined)
    yield from _run_into_conjunction(par, ctx)


@analysis("names-used-alone")
def names_used_alone(doc) -> frozenset[str]:
    """The capitalised words the document writes on their own (names, mostly): computed once per
    document, as every paragraph of a long story asks for them."""
    return frozenset(m.group() for m in _STANDALONE_NAMES.finditer(doc.text))


# Up to this many characters a story is searched for each word (`str.count`, at C speed); a longer
# one is asked through `capitalised_heads`, whose index costs more than a few searches of a short
# story but keeps a live blog's check from growing with the square of its length.
_COUNT_DIRECTLY_MAX = 20_000
_HEAD = lazy(r"\p{Lu}\p{Ll}{6}")


@analysis("capitalised-heads")
def capitalised_heads(doc) -> dict[str, list[int]]:
    """Where the document holds each capital and six lowercase letters ("Northga"): every place
    a word `_CAPITALISED_WORD` finds can stand. Two such heads cannot overlap (a capital is no
    lowercase letter), so one search finds them all."""
    at: dict[str, list[int]] = {}
    for m in _HEAD.finditer(doc.text):
        at.setdefault(m.group(), []).append(m.start())
    return at


def _written_twice(ctx: RuleContext, token: str) -> bool:
    """Whether the document holds `token` (a capital and six lowercase letters or more) twice or
    more, anywhere (`str.count`): on a long story it is looked for only where its head stands,
    so that not every word is searched for in the whole story. (Two of its places cannot
    overlap, as two heads cannot: `str.count`'s count is the number of places.)"""
    text = ctx.doc.text
    if len(text) <= _COUNT_DIRECTLY_MAX:
        return text.count(token) > 1
    places = (at for at in ctx.analysis(capitalised_heads).get(token[:7], ()) if text.startswith(token, at))
    return next(places, None) is not None and next(places, None) is not None


def _name_into_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name run into the lowercase word after it ("Vietnamsince"): the word list knows neither the
    whole nor the name, so the story's own use of the name on its own decides, and the rest must be
    a common word ("since", "is", "after"); a join the story writes twice is a name of its own."""
    text = par.text
    lex = None
    for m in _CAPITALISED_WORD.finditer(text):
        token = m.group()
        lex = lex or lexicon.english()
        if lex is None or lex.zipf(token.lower()) > 0:
            continue
        if _written_twice(ctx, token):
            continue  # written so twice: a company's or a place's name ("Northgate"), not a lost space
        names = ctx.analysis(names_used_alone)
        for cut in range(len(token) - 2, 2, -1):  # the longest name first, the rest two letters or more
            name, word = token[:cut], token[cut:]
            if name in names and word not in _NAME_ENDINGS and lex.zipf(word) >= _COMMON_ZIPF:
                s = m.start()
                yield ctx.finding(par, s, m.end(), f"“{name}” and “{word}” run together (a name the story writes alone)",
                                  fix=Fix.unsafe("Add a space", edits=(Edit(s + cut, s + cut, " "),)),
                                  suggestions=(f"{name} {word}",))
                break


# A courtesy or academic title just before a word ("Dr. ", "Mr "): what follows is a person's name,
# a pseudonym in camel case too ("Dr. DistantVoice", a satirical candidate's, stop 49), not two
# words that lost their space.
_TITLE_BEFORE = lazy(r"(?<![\p{L}\p{N}])(?:Dr|Mr|Mrs|Ms|Prof)\.? $")


def _capital_into_capital(par: Paragraph, ctx: RuleContext, joined: set[int]) -> Iterator[RawFinding]:
    """A capitalised word run into the next one ("ViolenceYork"); judged with the word list, which
    knows both halves as common words and the brands written so on purpose. Adds each join's
    start to `joined`, so that a join into a sentence's opener is reported once."""
    text = par.text
    lex = None
    for m in _RUN_CAPITAL_INTO_CAPITAL.finditer(text):
        word, name = m.group(1), m.group(2)
        lex = lex or lexicon.english()
        if lex is None or lex.zipf(m.group().lower()) > 0:
            continue
        if lex.zipf(word.lower()) < _KNOWN_ZIPF or lex.zipf(name.lower()) < _KNOWN_ZIPF:
            continue
        if ctx.doc.text.count(m.group()) > 1:
            continue  # written so twice: a company's name in camel case ("LanguageLine"), not a lost space
        if _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Dr. DistantVoice": a courtesy title names a person, however the name is cased
        joined.add(m.start())
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{name}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {name}", f"{word}. {name}"))


def _run_into_conjunction(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word run into "when", "where", "that" …; judged with the word list, which knows the
    words that end so ("somewhere", "meanwhile") and the words before the join."""
    text = par.text
    lex = None
    for m in _RUN_INTO_CONJUNCTION.finditer(text):
        word, conjunction = m.group(1), m.group(2)
        lex = lex or lexicon.english()
        if lex is None or lex.zipf(m.group().lower()) > 0:
            continue
        if not word[:1].isupper() and lex.zipf(word) < _KNOWN_ZIPF:
            continue  # a lowercase stem the list does not know: a word of its own, not two run together
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{conjunction}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {conjunction}", f"{word}, {conjunction}"))


_KNOWN_ZIPF = 3.0  # a common word (once in ~a million words): a stem a join is read from


def _run_into_opener(par: Paragraph, ctx: RuleContext, joined: set[int]) -> Iterator[RawFinding]:
    """A word run into a sentence's opening word ("CouncilIn the spring"); judged only with the
    word list, which knows the names written so on purpose (LinkedIn). `joined`: where a join
    of a lowercase word and a capitalised one was reported already ("shelterThe")."""
    text = par.text
    lex = None
    for m in _RUN_INTO_OPENER.finditer(text):
        word, opener = m.group(1), m.group(2)
        if m.start() in joined:
            continue
        lex = lex or lexicon.english()
        if lex is None or lex.zipf(m.group().lower()) > 0:
            continue
        yield ctx.finding(par, m.start(), m.end(), f"“{word}” and “{opener}” run together",
                          fix=Fix.unsafe("Add a space", edits=(Edit(m.end(1), m.end(1), " "),)),
                          suggestions=(f"{word} {opener}", f"{word}. {opener}"))


# A word's inner mark cut off by a space, as tokenisers leave it: "Canada 's", "it ’ s", "don' t",
# "well -known", "post- pandemic" (but not a suspended hyphen: "pre- and post-war"), a plural's
# straight apostrophe set apart: "investors ' bonds" (a curly one is spaced-single-mark's).
_SPLIT_WORD = lazy(
    r"(?<=\p{L})(?: ['’] ?| ?['’] )(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])"
    r"|(?<=\p{Ll}) -(?=\p{Ll})|(?<=\p{Ll})- (?!(?:and|or|nor|to)\b)(?=\p{Ll})"
    r"|(?<=\p{Ll}s) '(?= \p{L})"
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
    bad:  The [[lenders '->lenders']] funds were frozen.
    good: The lenders' funds were frozen; the 'Yes' side and the rock 'n' roll band's fans agreed.
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
