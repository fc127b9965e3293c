"""Spelling: words spelt in another variety of English than the story's locale.

Engines trained mostly on US English write favor, center, defense and labor in Canadian
copy. The pack (`rules/spelling.toml`) maps, per locale, each foreign form to the locale's
own (en-CA: VarCon's Canadian column, common words only). A locale with no table (en-US)
is never checked.

Proper names keep their own spelling (Pearl Harbor, the U.S. Department of Labor, World
Trade Center): a capitalised word inside a multi-word capitalised name or a quoted title is
left alone, as is anything on the pack's allow list. Official names of the story's own
country are the institutions family's business (`institutions/foreign-spelling`), which
reports them with more weight; a word that family already flagged is not flagged twice.

One confusion of spelling is checked too: "affect" where the noun "effect" is meant, a
common slip of paraphrase tools.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Iterator


from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.analysis import TriggerHits, analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.institutions.analysis import TRIGGERS as INSTITUTION_TRIGGERS
from mtqa.rules.institutions.judgements import judged as judged_institutions
from mtqa.rules.institutions.pack import PACK as INSTITUTIONS
from mtqa.rules.ridings.pack import Provinces
from mtqa.rules.spelling.pack import PACK, LocaleSpelling
from mtqa.scan import FromPack, Phrases
from mtqa.segment import Paragraph, word_spans
from mtqa.spans import SpanSet
from mtqa.text.function_words import EN_FUNCTION
from mtqa.text.tokens import folded_tokens

PROVINCES = "provinces"  # the ridings family's pack of the provinces' names and abbreviations


_QUOTES_OPEN = "“‘\"'«"
_URLISH = frozenset("/@#_\\=")


def _match_case(word: str, own: str) -> str:
    if word.isupper() and len(word) > 1:
        return own.upper()
    if word[:1].isupper():
        return own[:1].upper() + own[1:]
    return own


def _in_proper_name(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """A capitalised token that is not just a sentence's first word: a name or a title.

    Mid-sentence capitals mark proper names (Pearl Harbor, the Kennedy Center, a book
    title); a sentence's first word is a name only when a capitalised word follows it
    ("Labor Day is…").
    """
    s, e = toks[i]
    if not text[s:s + 1].isupper():
        return False
    if not _opens_sentence(text, s):
        return True
    if i + 1 < len(toks):
        gap = text[e:toks[i + 1][0]]
        nxt = text[toks[i + 1][0]:toks[i + 1][0] + 1]
        if nxt.isupper() and gap in (" ", "-", " of ", " for ", " and ", " of the ", "’s ", "'s "):
            return True
    return False


# A paragraph that places itself in the US, where a name keeps its US spelling.
_FOREIGN_PLACE = lazy(r"\b(?:U\.S\.|US|USA|American|United States|Washington|New York|Congress|Pentagon)\b")


# Where a story is: a US state, named as a place (below), or its AP abbreviation after a city; and
# Canada's places: the provinces' names and abbreviations (the provinces pack, the one list of
# them: `Provinces.places`), the country and its people, and its largest cities. A story placed in
# the US and nowhere in Canada is US copy a Canadian page carries as written (a wire or a US
# outlet's story), not copy an engine spelt the US way: an engine's Canadian story names Canada's
# places. The country alone ("U.S. tariffs", "talks with the United States") places nothing: a
# Canadian story names its neighbour as often as a US one does.
_STATE = lazy(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota"
    r"|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota"
    r"|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont"
    r"|Virginia|Wisconsin|Wyoming)(?![\p{L}\p{N}])"
)
# an abbreviation only after a city and a comma ("DURHAM, N.C.", "Springfield, Mass., police said"):
# alone, "Mass.", "Ill." or "Miss." ends a sentence ("They attended Mass.") and places nothing
_STATE_AFTER_CITY = lazy(
    r"(?<=\p{L}, )(?:Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Fla\.|Ill\.|Ind\.|Kan\.|Ky\.|Mass\.|Mich\.|Minn\."
    r"|Miss\.|Mo\.|Neb\.|Nev\.|N\.C\.|N\.J\.|N\.M\.|Okla\.|Ore\.|Pa\.|S\.C\.|Tenn\.|Va\.|Wash\.|Wis\.|Wyo\.)"
    r"(?![\p{L}\p{N}])"
)
# A state's name is also a person's (Virginia Smith, Georgia Lee, Indiana Jones, Joe Montana): beside
# another capitalised word it is a place only where a word of place stands before it ("in Virginia
# Beach", "the University of North Carolina", "Austin, Texas") or a compass word does ("Northern
# California"); a title's abbreviation after it is no name ("Texas Gov. Ann Lee").
_PLACE_BEFORE = lazy(
    r"(?:(?<![\p{L}\p{N}])(?i:in|of|from|to|across|near|outside|throughout|at|into|around|for)|\p{L}\.?,) $"
)
_CAPITAL_BEFORE = lazy(r"(?<![\p{L}\p{N}.’'-])\p{Lu}\p{Ll}+ $")
_CAPITAL_AFTER = lazy(r" \p{Lu}\p{Ll}*(?![\p{L}\p{N}.])")
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                      "Upstate", "Downstate", "Rural", "Coastal", "Greater"})
# Words that open a sentence before a state without being a name ("Both Texas and Ohio ...").
_OPENERS = EN_FUNCTION | {"both", "all", "only", "even", "neighbouring", "neighboring", "across", "like", "unlike",
                          "while", "if", "after", "before", "since", "outside", "inside"}
_CANADA = (r"Canad\p{L}*|Qu[eé]bec\p{L}*|Ottawa|Montr[eé]al|Toronto|Vancouver|Calgary|Edmonton|Winnipeg"
           r"|Halifax|Regina|Saskatoon|Gatineau")


@functools.lru_cache(maxsize=4)
def canadian_place(places: tuple[str, ...]):
    """The pattern of a place in Canada: `_CANADA`'s, and the provinces pack's `places`."""
    forms = "|".join(regex.escape(f) for f in sorted(places, key=len, reverse=True))
    return pattern_cache.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_CANADA}|{forms})(?![\p{{L}}\p{{N}}])")


def places_in_the_us(text: str) -> bool:
    """Whether a paragraph names a place in the US: a state's AP abbreviation after a city, or a
    state's name standing as a place, not as part of a person's name (`_PLACE_BEFORE`)."""
    if _STATE_AFTER_CITY.search(text):
        return True
    for m in _STATE.finditer(text):
        s, e = m.span()
        if _PLACE_BEFORE.search(text, max(0, s - 12), s):
            return True  # in Virginia Beach, the University of North Carolina, Austin, Texas
        before = _CAPITAL_BEFORE.search(text, max(0, s - 24), s)
        if before is not None:
            word = before.group()[:-1]
            if word in _COMPASS:
                return True  # Northern California
            if not (_opens_sentence(text, before.start()) and word.lower() in _OPENERS):
                continue  # a given name before it: Joe Montana, Hannah Montana
        if _CAPITAL_AFTER.match(text, e) is None:
            return True  # Texas officials, Ohio’s governor, Texas Gov. Ann Lee, in the end Virginia.
    return False


@analysis("us-story", packs=(PROVINCES,))
def us_story(doc, provinces: Provinces) -> bool:
    """Whether the story places itself in the US (`places_in_the_us`) and names no place in
    Canada (`canadian_place`): US copy carried as written, whose spelling is its own."""
    canadian = canadian_place(provinces.places)
    found_us = False
    for par in doc.paragraphs:
        if canadian.search(par.text):
            return False
        found_us = found_us or places_in_the_us(par.text)
    return found_us


# A metric figure given with its US equivalent in brackets, "12 kilometers (seven miles)", "40 hectares
# (100 acres)": a US wire's style (AP converts for its readers; Canadian copy does not), so the story
# is written for US readers, whatever place it covers. An engine translating a Canadian or European
# story keeps the source's metric figure alone.
_IMPERIAL_GLOSS = lazy(
    r"\b(?:kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|km|hectares?|kilograms?|kg|tonnes?"
    r"|lit(?:er|re)s?|degrees Celsius|Celsius)\s\((?:about |around |nearly |almost |roughly |more than |less than )?"
    r"(?:\d[\d.,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a half|half)"
    r"(?:[ -](?:and a half|hundred|thousand|million|[\d.,]+))?[ -](?:square )?"
    r"(?:miles?|feet|foot|inch(?:es)?|pounds?|acres?|gallons?|yards?|tons?|degrees Fahrenheit|Fahrenheit)\)"
)


@analysis("us-readers")
def written_for_us_readers(doc) -> bool:
    """Whether the story glosses a metric figure with its US equivalent in brackets ("12 kilometers
    (seven miles)"): a US wire's copy, written for US readers and spelt as theirs, even on Canada."""
    return any(_IMPERIAL_GLOSS.search(par.text) for par in doc.paragraphs)


@analysis("common-us-spellings", packs=(PACK,))
def common_us_words(doc, tables: dict[str, LocaleSpelling]) -> int:
    """How many US spellings of common (not capitalised) words the whole story has (none for
    a locale without a table)."""
    table = tables.get(doc.locale)
    if table is None:
        return 0
    # A word `LOWER_WORD` finds is a token (a whole run of letters and digits, `token_spans`)
    # of lowercase letters alone, and such a token is one it finds: the paragraphs' tokens,
    # most often made already by the native scanner, are counted instead of the pattern run.
    wanted = table.lowercase_words
    n = 0
    for par in doc.paragraphs:
        text = par.text
        for s, e in par.token_spans:
            if text[s:e] in wanted:
                n += 1
    return n


# What `common_us_words` counts, as a pattern (a test holds the count of tokens to it).
LOWER_WORD = lazy(r"(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])")
_CAPITAL_WORD = pattern_cache.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")


# The only character beyond ASCII whose lower case is ASCII (a test reads every code point): a
# capitalised word holding it lowers to a US form without being one of the forms as written.
KELVIN = "\u212a"


# The rule's trigger, read by `us_forms_as_names` too: every locale's forms of one token, as written.
FOREIGN_FORM = Phrases("foreign form", FromPack("single_forms", each=True), pack=PACK, ignorecase=False)


@analysis("us-forms-as-names", packs=(PACK,), triggers=(FOREIGN_FORM,))
def us_forms_as_names(doc, tables: dict[str, LocaleSpelling], hits: TriggerHits) -> frozenset[str]:
    """The capitalised US forms the story writes inside a sentence somewhere ("For Labor, …"):
    there they are names, so the same word opening a sentence ("Labor said …") is one too.

    Read only where a form fired (`FOREIGN_FORM`, whole tokens as written): a capitalised word
    is a whole token, and one whose lower case is an ASCII form is that form capitalised, one
    of the forms the trigger lists, unless it holds the Kelvin sign (those paragraphs are read
    too) or the table has a form beyond ASCII (then every paragraph is)."""
    table = tables.get(doc.locale)
    if table is None:
        return frozenset()
    out = set()
    pars = doc.paragraphs
    if "".join(table.words).isascii():
        fired = hits.fired_in(pars, "foreign form")
        if any(KELVIN in par.text for par in pars):
            ids = {id(par) for par in fired}
            pars = [par for par in pars if id(par) in ids or KELVIN in par.text]
        else:
            pars = fired
    for par in pars:
        text = par.text
        for m in _CAPITAL_WORD.finditer(text, concurrent=False):
            if m.group().lower() in table.words and not _opens_sentence(text, m.start()):
                out.add(m.group())
    return frozenset(out)


def _opens_sentence(text: str, s: int) -> bool:
    """Whether the word at s opens its sentence (after a stop, a line break or an opening mark)."""
    before = text[max(0, s - 3):s].rstrip(" " + _QUOTES_OPEN + "(—–-")
    return s == 0 or not before or before[-1] in ".!?:\n" or not text[:s].strip(" " + _QUOTES_OPEN + "(")


@rule(
    "spelling/foreign-spelling",
    category="Locale convention/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK, INSTITUTIONS, PROVINCES),  # with the provinces pack, for the US-story test
    confidence=0.9,
    # with the institutions family's, for its judged analysis: the names it flags are its own
    triggers=(FOREIGN_FORM, *INSTITUTION_TRIGGERS),
)
def foreign_spelling(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word spelt the US way in copy for a locale that spells it otherwise (favor → favour).

    ## Why it matters
    Canadian copy spells favour, centre, defence and labour; a US spelling is a locale
    error that readers and editors notice, and a sign of unrevised machine translation.

    ## Examples
    bad:  The vote went in [[favor->favour]] of the motion.
    bad:  It was the most [[favorable->favourable]] outcome for the city [[center->centre]].
    bad:  The [[defense->defence]] critic said [[labor->labour]] talks had stalled.
    good: The vote went in favour of the motion.
    good: She toured Pearl Harbor and the World Trade Center site.
    good: The U.S. Department of Labor released the figures.
    good: He is a fellow at the Center for Strategic and International Studies.
    bad:  The [[color->colour]] of the smoke changed over 40 square [[kilometers->kilometres]] near the Coastal Fire [[Center->Centre]].
    good: Smoke covered 40 square kilometres, the Pew Research Center said, in colour maps.
    good: Check the program before you practice; the licence was renewed.
    good: The gallery shows paintings in watercolour, pottery and jewelry.
    bad:  Two [[jewelers->jewellers]] showed paintings in watercolour, pottery and jewelry.
    good: The committee asked for a cheque.
    good: For Labor, the cuts were easy. Labor said it would honour the grants; Labor’s costings show more.
    bad:  For the unions, the cuts were hard. [[Labor->Labour]] said it would fight them.
    good: DURHAM, N.C. — Fall enrollment rose at the university, where humor helps, its dean said.
    bad:  OTTAWA — Fall [[enrollment->enrolment]] rose at universities in North Carolina and Ontario.
    bad:  The [[enrollment->enrolment]] rose, officials said, as [[labor->labour]] costs fell.
    good: SPRINGFIELD, Mass. — The color guard led the parade.
    good: The fire near the Quebec town is 12 kilometers (seven miles) away, the mayor said, and labor crews wait.
    bad:  The fire near the Quebec town is 12 [[kilometers->kilometres]] away, the mayor said, and [[labor->labour]] crews wait.
    bad:  Parishioners attended Mass. The [[color->colour]] of the vestments was white.
    good: Officials in Virginia Beach said the color guard led the parade.
    good: Texas Gov. Ann Lee said the color guard led the parade.
    bad:  Virginia Smith said the [[color->colour]] of the new flag was chosen by students.
    bad:  Georgia Lee and Joe Montana said the [[color->colour]] of the new flag was a surprise.
    bad:  The U.S. tariffs hurt, and the [[color->colour]] printers closed.

    ## Fix safety
    Unsafe: the word is respelt keeping its case, but a proper name the allow list does
    not know (a US organisation, a book title) must keep its own spelling.

    A story that places itself in the US (a state named as a place, or a city's state) and names
    no place in Canada (a province, by any name or abbreviation the provinces pack gives it) is US
    copy carried as written, a wire's or a US outlet's story: its spelling is its own and is not
    checked. An engine's story for Canadian readers names Canada's places. A person named like a
    state (Virginia Smith) places nothing, nor does the country named alone (the U.S.): Canadian
    copy names its neighbour too. A story that glosses a metric figure with its US equivalent in
    brackets ("12 kilometers (seven miles)") is US copy too, as a US wire writes for its readers,
    even one covering Canada; an engine keeps the source's metric figure alone.

    ## Known issues
    Names are left alone unless the story itself spells at least two common words the
    US way (an engine's output) and the paragraph does not place itself in the US; then
    a name's US spelling (Fire Center) is flagged with low confidence, and a US body's
    own name in such a story may be flagged too.
    """
    table = ctx.data(PACK).get(ctx.locale)
    if table is None:
        return
    present = [h for h in ctx.hits(par, "foreign form") if h.phrase in table.forms]
    if not present or ctx.analysis(us_story) or ctx.analysis(written_for_us_readers):
        return  # none, or US copy carried as written (a US story naming no place in Canada, or one
        # that glosses its metric figures in miles, acres or pounds for US readers)
    text = par.text
    toks = word_spans(par)
    skip = _spans_left_alone(par, ctx, table, toks)
    engine_spelt = None  # computed only when a name is met: does the story spell common words the US way?
    for h in present:
        s, e, w = h.start, h.end, h.phrase
        own, confidence = table.words[w.lower()]
        if skip.covers(s) or _in_address(text, s, e):
            continue
        if _read_as_name(ctx, par, toks, s, w):
            if text[max(0, s - 4):s] in (" of ", "for "):
                continue  # "Ministry of Defense": an institution (institutions family), maybe another country's
            if engine_spelt is None:
                engine_spelt = ctx.analysis(common_us_words) >= 2 and not _FOREIGN_PLACE.search(text)
            if not engine_spelt:
                continue
            confidence = 0.5  # a name in a story the engine spelt the US way: likely respelt too
        fixed = _match_case(w, own)
        yield ctx.finding(
            par, s, e, f"US spelling: “{w}” is spelt “{fixed}” in {ctx.locale}",
            fix=Fix.unsafe(f"Spell it “{fixed}”", fixed), confidence=confidence,
        )


def _spans_left_alone(par: Paragraph, ctx: RuleContext, table, toks) -> SpanSet:
    """The names of the locale's allow list (the U.S. Department of Labor) and those the
    institutions family judged and flags itself. One merged index, not a scan of both lists per
    hit: linear on a long paragraph."""
    allow = table.allow  # most paragraphs hold no allowed name's first word (one set test)
    folded = ctx.analysis(folded_tokens, par)  # the allow list ignores case: its keys are these
    allowed = allow.finditer_keyed(par.text, toks, folded) if allow.may_start(folded) else ()
    return SpanSet([*((a, b) for a, b, _ in allowed), *ctx.analysis(judged_institutions).flagged_in(par)])


def _in_address(text: str, s: int, e: int) -> bool:
    """Whether the word at text[s:e] is part of a web address, a path or a domain name."""
    if (s > 0 and text[s - 1] in _URLISH) or (e < len(text) and text[e] in _URLISH):
        return True
    return s > 0 and text[s - 1] == "." and s > 1 and not text[s - 2].isspace()


def _read_as_name(ctx: RuleContext, par: Paragraph, toks, s: int, w: str) -> bool:
    """Whether the US form at `s` is part of a proper name (Pearl Harbor, the Fire Center), or a
    form the story uses as a name; never a word in capitals (a heading)."""
    if w.isupper() and len(w) > 1:
        return False
    return _in_proper_name(par.text, toks, bisect_left(toks, (s,))) or w in ctx.analysis(us_forms_as_names)


# "affect" where a noun is wanted: after an article, "no"/"any" or an adjective of size or kind.
_AFFECT_NOUN = lazy(
    r"(?<![\p{L}\-])(?:the|an|a|no|any|financial|economic|negative|positive|significant|major|big|little|direct|"
    r"adverse|lasting|real|huge|profound|chilling|ripple|domino|net|overall|desired|intended|opposite|same)"
    r" (affects?)(?![\p{L}\-])(?! (?:the|a|an|how|whether|their|his|her|our|its|them|us|him|me|you|people|"
    r"everyone|all|many|more|both|each|every|some|any)\b)",
    regex.IGNORECASE,
)


@rule(
    "spelling/affect-for-effect",
    triggers=(Phrases("ffect", ("ffect",), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def affect_for_effect(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“affect” used as a noun (“the affect of the ban”) where news English writes “effect”.

    ## Why it matters
    Affect is the verb, effect the noun. Paraphrase tools that swap "effect" or "impact"
    for a synonym, and engines that confuse the two, leave "a financial affect", which an
    editor reads as a spelling error.

    ## Examples
    bad:  Officials studied the [[affect->effect]] of the ban on trade.
    bad:  It had a lasting financial [[affect->effect]] on the town.
    good: Officials studied the effect of the ban on trade.
    good: Rules that affect the poor, and cuts that affect many, were debated.
    good: The ban will not affect trade, and no changes affect them.

    ## Fix safety
    Unsafe: "effect" is suggested; "impact" may read better.
    """
    text = par.text
    if "ffect" not in text:
        return
    for m in _AFFECT_NOUN.finditer(text):
        w = m.group(1)
        fixed = ("E" if w[0] == "A" else "e") + w[1:]
        yield ctx.finding(par, m.start(1), m.end(1), f"“{w}” is the verb; the noun is “{fixed}”",
                          fix=Fix.unsafe(f"Write “{fixed}”", replacement=fixed))


_DEGREE = lazy(
    r"(?<![\p{L}'’])(Masters|masters|Bachelors|bachelors)(?= (?:degrees?|programs?|programmes?|students?|"
    r"(?:and|or) (?:Ph\.?D|doctoral|doctorate)))"
)


@rule(
    "spelling/degree-apostrophe",
    triggers=(Phrases("degree", ("asters", "achelors"), ignorecase=False, boundary="none"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def degree_apostrophe(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """“masters degree”, “bachelors program”: the degree's possessive apostrophe lost.

    ## Why it matters
    The degrees are a master's and a bachelor's; without the apostrophe the word is a
    plural ("the Masters" is a golf tournament), and the copy looks unedited.

    ## Examples
    bad:  She holds a [[masters->master's]] degree in law.
    bad:  [[Masters->Master's]] and PhD students marched.
    good: She holds a master's degree in law.
    good: He won the Masters and then the Open; the masters of the house.

    ## Fix safety
    Safe: only the apostrophe is added.
    """
    text = par.text
    if "asters" not in text and "achelors" not in text:
        return
    mark = "’" if text.count("’") > text.count("'") else "'"  # the story's own apostrophe
    for m in _DEGREE.finditer(text):
        w = m.group(1)
        fixed = w[:-1] + mark + "s"
        yield ctx.finding(par, m.start(1), m.end(1), f"The degree is a “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))
