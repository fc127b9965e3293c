"""Conventions of the source language written into English words and figures.

French (and Spanish, Italian, Portuguese) write days, months, nationalities and languages
in lowercase, put "millions" in the plural after a figure, call a decade "the years 90",
group thousands with a period, tell the time as "20 heures", abbreviate numéro as "n°",
and their keyboards put an accent where English has the apostrophe. An engine that
translates the words keeps these conventions, and the English sentence shows them: ``on
monday``, ``the french government``, ``3 millions``, ``in the years 80``, ``1.200
people``, ``at 20 hours``, ``Bill n° 96``, ``it´s``. Each rule reads the form, not a list
of sentences.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import DIGIT, LETTER, Pattern, Phrases
from mtqa.segment import Paragraph

# Words English always capitalises and the Romance languages never do. Left out on purpose:
# words that are also common lowercase English words (may, march, august, china, turkey,
# polish, jordan, afghan, indian), and the words Canadian style itself lowercases
# (francophone, anglophone, allophone).
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "april", "june", "july", "september", "october", "november", "december")
_PEOPLES = (
    "french", "english", "canadian", "canadians", "american", "americans", "british", "german", "germans",
    "spanish", "italian", "italians", "chinese", "japanese", "russian", "russians", "ukrainian", "ukrainians",
    "mexican", "mexicans", "european", "europeans", "quebecer", "quebecers", "quebecker", "quebeckers",
    "ontarian", "ontarians", "albertan", "albertans", "haitian", "haitians", "african", "africans", "asian",
    "israeli", "israelis", "palestinian", "palestinians", "iranian", "brazilian", "portuguese", "belgian",
    "dutch", "greek", "korean", "vietnamese", "algerian", "moroccan", "lebanese", "syrian", "irish",
    "scottish", "australian", "cuban", "venezuelan", "colombian", "chilean", "peruvian", "egyptian",
    "pakistani", "nigerian", "ethiopian", "senegalese", "tunisian", "catalan", "catalans", "basque",
    "flemish", "acadian", "acadians", "quebecois", "arab", "arabs",
)
_PLACES = (
    "canada", "quebec", "ottawa", "montreal", "toronto", "ontario", "alberta", "manitoba", "saskatchewan",
    "vancouver", "france", "paris", "europe", "america", "mexico", "germany", "spain", "italy", "russia",
    "ukraine", "israel", "japan", "brazil", "washington",
)
_CAPITALISED = frozenset(_WEEKDAYS + _MONTHS + _PEOPLES + _PLACES)
# Fixed phrases where English keeps the lowercase word (French fries, a dutch oven).
_LOWERCASE_PHRASES = frozenset({
    ("french", "fries"), ("french", "fry"), ("french", "toast"), ("french", "kiss"), ("french", "doors"),
    ("french", "horn"), ("french", "press"), ("french", "braid"), ("french", "dressing"), ("french", "onion"),
    ("english", "muffin"), ("english", "muffins"), ("dutch", "oven"), ("dutch", "courage"), ("greek", "yogurt"),
    ("swiss", "cheese"), ("brussels", "sprouts"), ("arab", "spring"),
})
_LOWER_WORD = lazy(r"(?<![\p{L}\p{N}@#/_.\-’'])(\p{Ll}+)(?=(-\p{L}+)?(?![\p{L}\p{N}@_/]|\.[\p{L}\p{N}]))")
_NEXT_WORD = lazy(r"[ ]?-?(\p{L}+)")
_SENTENCE = lazy(r"\p{Lu}[^\n]*\p{Ll}[^\n]*[.!?…:;,\"”)]")


def _proper_word(word: str) -> bool:
    return word in _CAPITALISED


@rule(
    "typography/lowercase-proper-name",
    triggers=(Phrases("lowercase proper word", tuple(sorted(_CAPITALISED)), ignorecase=False, boundary="letters"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def lowercase_proper_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A day, month, nationality, language or place written in lowercase, as French writes it (“on monday”, “the french government”).

    ## Why it matters
    French, Spanish, Italian and Portuguese write *lundi*, *janvier*, *français* and
    *québécois* in lowercase; an engine translates the word and keeps the case, so English
    copy shows ``on monday``, ``a canadian soldier``, ``french-speaking Quebecers``. English
    capitalises all of them, and the lowercase word marks the copy as translated.

    ## Examples
    bad:  The vote is on [[monday->Monday]] in Quebec City.
    bad:  Talks resume in [[january->January]], the minister said.
    bad:  The [[french->French]] government sent two envoys to Ottawa.
    bad:  Many [[quebecers->Quebecers]] voted for the CAQ in October.
    bad:  He met [[french->French]]-speaking voters in [[ontario->Ontario]] last week.
    good: The vote is on Monday in Quebec City.
    good: The French government sent two envoys to Ottawa.
    good: Officials may march in August; a turkey dinner is served on china plates.
    good: She ordered french fries and a dutch oven, and spoke to francophone voters.
    good: See example.ca/monday-vote, @quebecnews and #canada for updates.
    good: https://example.com/news/french-envoys-ottawa

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    text = par.text
    if not _SENTENCE.search(text):
        return  # a tag line or a slug, not a sentence
    for m in _LOWER_WORD.finditer(text):
        word = m.group(1)
        if not _proper_word(word):
            continue
        s, e = m.start(1), m.end(1)
        if _in_address(text, s, e):
            continue
        nxt = _NEXT_WORD.match(text, e)
        if nxt is not None and (word, nxt.group(1).casefold()) in _LOWERCASE_PHRASES:
            continue
        fixed = word[:1].upper() + word[1:]
        yield ctx.finding(par, s, e, f"English capitalises “{fixed}”",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


def _in_address(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is part of a web address, a handle or a file name."""
    i = s
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    j = e
    while j < len(text) and not text[j].isspace():
        j += 1
    token = text[i:j]
    return any(c in token for c in "/@#_") or "www." in token or ".com" in token or ".ca" in token


# "3 millions", "2.5 billions", "12 milliards": the scale word in the plural after a figure,
# as French (des millions, 3 millions) and Spanish (3 millones) write it. English keeps it
# singular after a number ("3 million"); "millions of" and "in the millions" are English.
_PLURAL_SCALE = lazy(
    r"(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)[ \u00a0](millions|billions|trillions|thousands|milliards?)"
    r"(?![\p{L}\-])(?![ \u00a0]of\b)"
)


@rule(
    "numbers/plural-scale-word",
    triggers=(Pattern("figure and plural scale word", rf"[{DIGIT}][ \u00a0](?:millions|billions|trillions|thousands|milliard)"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.85,
)
def plural_scale_word(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A scale word in the plural after a figure (“3 millions”, “2.5 billions”), or the French “milliard”.

    ## Why it matters
    French writes *3 millions* and *2,5 milliards*, Spanish *3 millones*; English writes
    the scale word in the singular after a number, and has no *milliard* in news (it is a
    billion). Engines keep the plural and sometimes the French word itself.

    ## Examples
    bad:  The province will spend 3 [[millions->million]] on roads.
    bad:  The deficit reached 2.5 [[billions->billion]] last year.
    bad:  Hydro-Québec will invest 12 [[milliards->billion]] in new dams.
    good: The province will spend $3 million on roads, and millions more later.
    good: The deficit reached 2.5 billion, in the billions, the minister said.
    good: Tens of thousands marched; 3 millions of them were counted, say the organisers.

    ## Fix safety
    Safe for the plural: the scale word loses its "s". For *milliard* the fix writes
    *billion*; the figure itself is left as it is.
    """
    text = par.text
    for m in _PLURAL_SCALE.finditer(text):
        word = m.group(2)
        fixed = "billion" if word.startswith("milliard") else word[:-1]
        yield ctx.finding(par, m.start(2), m.end(2), f"English writes “{m.group(1)} {fixed}” after a figure",
                          fix=Fix.safe(f"Write “{fixed}”", replacement=fixed))


# "in the years 90", "the years 2000": French "les années 90", Spanish "los años 90". A list of
# years ("the years 2020 and 2021", "the years 2010 to 2015") is English and stays quiet.
_YEARS_DECADE = lazy(
    r"(?<![\p{L}])([Tt]he) years ('?[1-9]0|(?:19|20)[0-9]0)(?!['’]?s\b|[\p{N}\-–])"
    r"(?!,? (?:and|to|through|or|until|till) \d| ?[-–] ?\d|, \d)"
)


@rule(
    "numbers/decade-as-years",
    triggers=(Pattern("the years and a figure", r"years '?\d0"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def decade_as_years(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A decade called “the years 90” or “the years 2000”, word for word from French or Spanish.

    ## Why it matters
    French *les années 90* and Spanish *los años 90* name a decade; English says *the
    1990s* (or *the ’90s*). "In the years 90" reads as a list of years that never comes.

    ## Examples
    bad:  The party was founded in [[the years 90->the 1990s]] by former ministers.
    bad:  Inflation had not been this high since [[the years 80->the 1980s]].
    bad:  [[The years 2000->The 2000s]] were calmer, she said.
    good: The party was founded in the 1990s by former ministers.
    good: In the years 2020 and 2021 the deficit grew; the years 2010 to 2015 were calmer.
    good: The year 2000 came and went; he is 90 years old and worked 30 years.

    ## Fix safety
    Safe: the decade is written out (the 1990s); a decade of the 1900s or 2000s is assumed.
    """
    text = par.text
    for m in _YEARS_DECADE.finditer(text):
        figure = m.group(2).lstrip("'")
        decade = figure if len(figure) == 4 else ("20" + figure if figure in ("00", "10") else "19" + figure)
        replacement = f"{m.group(1)} {decade}s"
        yield ctx.finding(par, m.start(), m.end(), f"A decade is “the {decade}s” in English",
                          fix=Fix.safe(f"Write “{replacement}”", replacement=replacement))


# "1.200 people", "35.000 workers", "2.400.000 euros": thousands grouped with a period, as
# French (in print), Spanish, Italian, German and Portuguese do. English groups with a comma;
# a figure with three decimals is left alone unless a counted noun follows it, or a second
# group shows it is no decimal at all.
_DOTTED_THOUSANDS = lazy(
    r"(?<![\p{N}.,$€£¥\-])([1-9]\d{0,2})((?:\.\d{3}){2,}|\.\d{3}(?=[ \u00a0](?!(?:per|percent|points?|times|million|billion|"
    r"trillion|km|kg|mg|ml|cm|mm|m|g|l|degrees?|a\.m|p\.m)\b)\p{Ll}))(?![\p{N}]|[.,]\p{N})"
)


_NUMBERED_THING = lazy(r"(?i:version|release|v|section|article|rule|chapter|model|no\.|number) ?$")


@rule(
    "numbers/dotted-thousands",
    triggers=(Pattern("digits, a period and three digits", rf"[{DIGIT}]\.[{DIGIT}]{{3}}"),),
    category="Locale convention/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def dotted_thousands(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Thousands grouped with a period (“1.200 people”, “2.400.000”), the European way.

    ## Why it matters
    Spanish, Italian, German, Portuguese and printed French write *1.200* for one thousand
    two hundred; English writes *1,200*, and reads *1.200* as one point two. An engine
    copies the figure as it is, and the number is misread by a factor of a thousand.

    ## Examples
    bad:  About [[1.200->1,200]] people attended the rally in Quebec City.
    bad:  The plan costs [[2.400.000->2,400,000]] euros, the ministry said.
    good: About 1,200 people attended; the rate is 1.125 per cent and the loonie 0.735.
    good: The index rose 1.250 points to close at 3.125, with 2.500 million shares traded.
    good: Version 2.100 of the app, and $1.200 a litre, were announced.

    ## Fix safety
    Safe: the periods become commas; the digits stay.
    """
    text = par.text
    for m in _DOTTED_THOUSANDS.finditer(text):
        if _NUMBERED_THING.search(text, max(0, m.start() - 12), m.start()):
            continue  # "version 2.100", "section 1.200": a numbered item, not a count
        fixed = m.group().replace(".", ",")
        yield ctx.finding(par, m.start(), m.end(), f"Thousands are grouped with commas in English: {fixed}",
                          fix=Fix.safe(f"Write {fixed}", replacement=fixed))


# "at 20 hours", "at 14 o'clock", "from 13 hours": the source's 24-hour clock said in words
# (French "à 20 heures", German "um 20 Uhr", Spanish "a las 20 horas"). Only afternoon and
# evening hours: "at 10 hours" could be read as a duration, "14 o'clock" cannot.
_HOURS_CLOCK = lazy(
    r"(?<![\p{L}])[Aa]t (1[3-9]|2[0-3]) (?:hours?|hrs)(?: (?:and )?(\d{1,2}) (?:minutes|min))?(?![\p{L}\-])(?! (?:of|old|per|a|in)\b)"
    r"|(?<![\p{L}])(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Bb]y) (1[3-9]|2[0-3]) o[’']clock(?![\p{L}\-])"
)


def _twelve_hour(hour: int, minute: int) -> str:
    h = hour - 12
    return f"{h}:{minute:02d} p.m." if minute else f"{h} p.m."


@rule(
    "numbers/hours-as-clock",
    triggers=(Pattern("hour in words", r"(?:1[3-9]|2[0-3]) (?:hours?|hrs|o[’']clock)"),),
    category="Locale convention/Time format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def hours_as_clock(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A time of day on the 24-hour clock said in words (“at 20 hours”, “at 14 o'clock”), from French, German or Spanish.

    ## Why it matters
    French says *à 20 heures*, German *um 20 Uhr*, Spanish *a las 20 horas*; an engine
    writes "at 20 hours" or "at 20 o'clock", which English readers take for a duration
    or cannot read at all. English news writes *8 p.m.*

    ## Examples
    bad:  The debate begins at [[20 hours->8 p.m.]] on Radio-Canada.
    bad:  Polls close at [[14 o'clock->2 p.m.]] in Bavaria.
    bad:  The rally starts at [[19 hours 30 minutes->7:30 p.m.]] downtown.
    good: The debate begins at 8 p.m.; the talks lasted 20 hours and ended after 13 hours of debate.
    good: She worked for 20 hours, slept 14 hours, left at 10 o'clock; the baby was weighed at 20 hours old.

    ## Fix safety
    Safe: the time is written on the 12-hour clock in CP and AP style.
    """
    text = par.text
    for m in _HOURS_CLOCK.finditer(text):
        hour = m.group(1) or m.group(3)
        start = m.start(1) if m.group(1) else m.start(3)
        fixed = _twelve_hour(int(hour), int(m.group(2) or 0))
        yield ctx.finding(par, start, m.end(), f"A 24-hour time said in words: English writes {fixed}",
                          fix=Fix.safe(f"Write {fixed}", replacement=fixed))


# "n° 5", "nº 12", "N°3": the numéro sign of French, Spanish, Italian and Portuguese.
_NUMERO = lazy(r"(?<![\p{L}\p{N}])([Nn])[°º][ \u00a0]?(?=\d)")


@rule(
    "numbers/numero-sign",
    triggers=(Pattern("numero sign", r"[Nn][°º]"),),
    category="Locale convention/Number format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def numero_sign(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The numéro sign (“n° 5”, “nº 12”) of French, Spanish and Italian, where English writes “No. 5”.

    ## Why it matters
    Romance languages abbreviate *numéro*, *número* with a degree-like sign; English
    writes *No.* (CP and AP: *No. 1*). Left by an engine, "Bill n° 96" marks the copy as
    translated.

    ## Examples
    bad:  The National Assembly passed Bill [[n° ->No. ]]96 on Tuesday.
    bad:  The road [[Nº->No. ]]12 was closed.
    good: The National Assembly passed Bill No. 96 (Bill 96) on Tuesday at 20°C.
    good: The nose cone is N°-free; the angle was 90° north.

    ## Fix safety
    Safe: the sign and its space become “No. ”.
    """
    text = par.text
    for m in _NUMERO.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "English writes “No.” for the numéro sign",
                          fix=Fix.safe("Write “No.”", replacement="No. "))


# An acute accent or a grave accent typed for the apostrophe between letters: "it´s", "Canada´s",
# "don`t". Keyboards of Spanish, Portuguese and French layouts put them where English has the
# apostrophe; no English word holds them.
_ACCENT_APOSTROPHE = lazy(r"(?<=\p{L})[´`](?=\p{L})")


@rule(
    "typography/accent-as-apostrophe",
    triggers=(Pattern("accent between letters", rf"[{LETTER}][´`][{LETTER}]"),),
    category="Fluency/Punctuation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.85,
)
def accent_as_apostrophe(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An acute or grave accent typed for the apostrophe (“it´s”, “Canada´s”, “don`t”).

    ## Why it matters
    Spanish, Portuguese and French keyboards put the spacing accents where English ones
    have the apostrophe; copy typed or post-edited on them shows the acute accent and the
    backtick inside English contractions and possessives. Readers see a stray mark; search and
    spell-checkers miss the word.

    ## Examples
    bad:  The minister said it[[´->’]]s time to act.
    bad:  Canada[[´->’]]s premier spoke, and they don[[`->’]]t agree.
    good: The minister said it’s time to act; Canada's premier spoke.
    good: The code `print` ran and the accent ´ stands alone; café ` s.

    ## Fix safety
    Safe: the accent becomes an apostrophe.
    """
    text = par.text
    for m in _ACCENT_APOSTROPHE.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "An accent typed for the apostrophe",
                          fix=Fix.safe("Write an apostrophe", replacement="’"))
