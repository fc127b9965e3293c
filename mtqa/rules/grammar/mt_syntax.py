"""Sentence patterns that French and German syntax leave in machine-translated English.

Each rule here reads one construction that English does not have, whatever the words in it:
the inverted attribution of French (``a-t-il martelé`` → ``has he hammered``), the French and
German compound past used for a dated event (``has announced on Tuesday``), a weekday set
off by commas where the source put it (``announced, Tuesday, that``), ``spend time to do``
and an organisation that defends *herself*. They are closed patterns, so they hold in any
story: the verbs, times and nouns they name are grammar, not a list of one site's strings.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan

# Verbs of saying, in the past participle (which is also the simple past for most of them).
_SPEECH_PARTICIPLES = (
    "said|added|launched|hammered|insisted|argued|explained|declared|indicated|noted|stressed|"
    "underlined|underscored|affirmed|maintained|continued|concluded|asserted|specified|pleaded|"
    "lamented|deplored|denounced|recalled|admitted|confided|warned|estimated|judged|nuanced|"
    "illustrated|mentioned|assured|retorted|replied|answered|reacted|commented|told|written|"
    "asked|observed|pointed out|emphasized|emphasised|summarized|summarised|repeated|reiterated|"
    "acknowledged|conceded|claimed|protested|raged|quipped|joked|mocked|criticized|criticised|"
    "suggested|proposed|regretted|rejoiced|welcomed|boasted|promised|cautioned|remarked|declared"
)


def _safe_finditer(pattern: regex.Pattern, text: str):
    try:
        return list(pattern.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return []


# `, has he hammered` / `” had it launched` / `, did she add`: auxiliary, pronoun, verb of saying.
_INVERTED = lazy(
    r"(?<=[,”\"»]\s?|[,;]\s[”\"»]\s?)(?P<aux>has|had|did|does|is|was) (?P<pro>he|she|it|they|we)"
    rf" (?:also |then |again |further )?(?P<verb>{_SPEECH_PARTICIPLES}|say|add|insist|explain)\b"
    r"(?=\s*(?:[.,;:!?…]|$|\s(?:on|in|at|during|before|after|when|while|to|about|of|with|from|yesterday|today)\b))",
    regex.IGNORECASE,
)


# Plain English verbs of saying keep their own past; the rest ("hammered", "launched") become "said".
_PLAIN_PAST = {"say": "said", "add": "added", "insist": "insisted", "explain": "explained", "said": "said",
               "added": "added", "insisted": "insisted", "explained": "explained", "asked": "asked",
               "replied": "replied", "warned": "warned", "noted": "noted", "stressed": "stressed"}


@rule(
    "calques/inverted-attribution",
    triggers=(Phrases("auxiliary and pronoun", tuple(f"{aux} {pro}" for aux in ("has", "had", "did", "does", "is", "was") for pro in ("he", "she", "it", "they", "we")), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.85,
)
def inverted_attribution(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An attribution inverted after the quote, French style (``…,” has he hammered.``).

    French writes « … », a-t-il martelé: the auxiliary before its subject. An engine keeps
    the order and English reads it as a question or a conditional.

    ## Why it matters
    The reader stumbles on every one; English attributes a quote with a plain verb of
    saying after its subject: *he said*, *she added*.

    ## Examples
    bad:  “We will not give in,” [[has he hammered->he said]] on Tuesday.
    bad:  “They are on the far right,” [[had it launched->he said]] during the debate.
    bad:  The plan is dead, [[did she add->she added]].
    good: “We will not give in,” he said on Tuesday.
    good: The vote would have failed, had he stayed home.
    good: Why has he said nothing? Had they asked, she would have answered.

    ## Fix safety
    Display only: "he said" is suggested; the verb the source used may be wanted.
    """
    for m in _safe_finditer(_INVERTED, par.text):
        pro = m.group("pro")
        pro = "he" if pro.lower() == "it" else pro.lower()  # "a-t-il": il is the speaker
        verb = m.group("verb").lower()
        repl = f"{pro} {_PLAIN_PAST.get(verb, 'said')}"
        yield ctx.finding(par, m.start(), m.end(), "Attribution inverted after the quote, in French order",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PAST_TIME = (
    rf"yesterday|last (?:night|week|month|year|weekend|spring|summer|fall|autumn|winter|{_DAY})|"
    rf"(?:on |early |late )?{_DAY}(?: (?:morning|afternoon|evening|night))?|"
    r"(?:\w+ ){1,2}ago|earlier (?:this|in the) (?:week|month|day)|on (?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}"
)
_PERFECT_VERBS = (
    "said|announced|declared|indicated|confirmed|denied|stated|explained|added|revealed|unveiled|"
    "presented|tabled|launched|delivered|specified|affirmed|insisted|stressed|underlined|recalled|"
    "denounced|deplored|criticized|criticised|reiterated|admitted|assured|promised|warned|replied|"
    "reacted|commented|told|published|signed|adopted|rejected|met|visited|travelled|traveled"
)
# A finite "has/have" + a verb of saying or doing, with a dated past time in the same clause
# (after it, or opening the sentence before it).
_PERFECT_AFTER = pattern_cache.compile(
    rf"\b(?P<aux>has|have)(?P<adv> (?:also|already|then|again))? (?P<verb>{_PERFECT_VERBS})\b"
    rf"(?=(?:[^.;:!?“”\"()]{{0,60}}?)\s(?:{_PAST_TIME})\b)",
    regex.IGNORECASE,
)
_DATED_OPENER = pattern_cache.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Earlier|Yesterday|On {_DAY}|{_DAY}|Last (?:week|month|year|night)),\s"
    rf"(?P<clause>[^.;:!?“”\"]{{0,80}}?)\b(?P<aux>has|have)(?P<adv> (?:also|already|then|again))? (?P<verb>{_PERFECT_VERBS})\b",
    regex.IGNORECASE,
)
_FUTURE_BEFORE = lazy(r"\b(?:will|would|shall|scheduled|slated|planned|set|due|to be|for)\b", regex.IGNORECASE)
_SINCE_BEFORE = lazy(r"\b(?:since|for|until|by|before)\b[^.;]{0,40}$", regex.IGNORECASE)
# Module patterns (kept by the pattern cache) where the rule body had `regex.search(text, ...)`
# of a fixed pattern: `regex` parsed those anew in every process that reached them.
_PAST_TIME_CUT = lazy(rf"\s(?:{_PAST_TIME})\b", regex.IGNORECASE)
_EVERY_BEFORE = lazy(r"\b(?:every|each|next|this coming)\s*$", regex.IGNORECASE)


@rule(
    "grammar/perfect-with-past-time",
    triggers=(Phrases("perfect", tuple(f"{aux}{adv} {verb}" for aux in ("has", "have") for adv in ("", " also", " already", " then", " again") for verb in _PERFECT_VERBS.split("|")), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def perfect_with_past_time(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The present perfect for a dated past event (``has announced on Tuesday``).

    French *a annoncé* and German *hat angekündigt* are the ordinary past of news; English
    uses the simple past once the event has a date: *announced on Tuesday*. An engine keeps
    the compound form.

    ## Why it matters
    "Has announced on Tuesday" is ungrammatical in English and marks translated copy at once.

    ## Examples
    bad:  The minister [[has announced->announced]] on Tuesday that the plan is dead.
    bad:  Earlier, the deputy [[has denied->denied]] that his party is far-right.
    bad:  The premier [[has said->said]] last week that he would run again.
    good: The minister announced on Tuesday that the plan is dead.
    good: The minister has announced a plan, and the vote is set for Tuesday.
    good: She has said since last week that she would run; he has met her every Tuesday since.
    good: The minister has tabled a bill that will be debated Tuesday, and has called a vote for Friday.

    ## Fix safety
    Display only: the simple past is suggested; the sentence may need more rewording.
    """
    text = par.text
    seen: set[int] = set()
    for m in _safe_finditer(_PERFECT_AFTER, text):
        tail = text[m.end():m.end() + 70]
        cut = _PAST_TIME_CUT.search(tail)
        if cut and _SINCE_BEFORE.search(tail[:cut.start() + 1]):
            continue  # "has met her every Tuesday since", "has said since last week"
        if cut and _EVERY_BEFORE.search(tail[:cut.start() + 1]):
            continue
        if cut and _FUTURE_BEFORE.search(tail[:cut.start() + 1]):
            continue  # "has tabled a bill that will be debated Tuesday": the date is the bill's
        seen.add(m.start())
        yield _perfect_finding(par, ctx, m)
    for m in _safe_finditer(_DATED_OPENER, text):
        if m.start("aux") in seen or _SINCE_BEFORE.search(m.group("clause")):
            continue
        yield _perfect_finding(par, ctx, m)


def _perfect_finding(par: Paragraph, ctx: RuleContext, m: regex.Match) -> RawFinding:
    start, end = m.start("aux"), m.end("verb")
    verb = m.group("verb")
    adv = (m.group("adv") or "").strip()
    repl = f"{adv} {verb}" if adv else verb
    return ctx.finding(par, start, end, f"Present perfect with a dated past time: write “{repl}”",
                       fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# `continued to attack the CAQ, Thursday, associating`: a weekday set off by commas mid-clause.
_COMMA_DAY = lazy(
    rf"(?<=(?P<prev>[\p{{Ll}}\p{{Lu}}\)][\p{{L}}\)]*)), (?P<day>{_DAY}), (?=(?P<next>\p{{Ll}}+)\b)")
_DAY_NAME = lazy(_DAY)
_DAY_LIST_AFTER = lazy(rf"[^.;]{{0,30}}?\b(?:and|or) {_DAY}\b")


@rule(
    "grammar/day-between-commas",
    triggers=(Phrases("day between commas", tuple(f", {day}day, " for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def day_between_commas(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A weekday set off by commas in mid-sentence, where French puts it (``announced, Tuesday, that``).

    French wire copy writes *a annoncé, mardi, que*; English news writes *announced Tuesday
    that* or *on Tuesday*.

    ## Why it matters
    The commas make the day an aside and break the sentence the reader is following.

    ## Examples
    bad:  The Liberals attacked the CAQ[[, Thursday,-> on Thursday,]] associating it with the far right.
    bad:  The minister announced[[, Tuesday,-> Tuesday]] that the plan was dead.
    good: The minister announced Tuesday that the plan was dead.
    good: Votes are held Monday, Tuesday, and Wednesday, weather permitting.
    good: The hearing resumes on Friday, Sept. 12, in Montreal; it ran Monday, Tuesday and Friday.

    ## Fix safety
    Safe: the commas go and "on" is added where a comma follows.
    """
    text = par.text
    for m in _safe_finditer(_COMMA_DAY, text):
        prev, nxt = m.group("prev"), m.group("next")
        if _DAY_NAME.fullmatch(prev) or nxt.lower() in ("and", "or", "nor", "but", "then"):
            continue  # a list of days: "Monday, Tuesday, and Wednesday"
        if _DAY_LIST_AFTER.match(text[m.end():]):
            continue  # "Monday, Tuesday and Friday"
        day = m.group("day")
        comma_after = nxt.lower() in ("associating", "saying", "adding", "calling", "accusing", "stating", "noting", "insisting")
        repl = f" on {day}," if comma_after else f" {day}"
        yield ctx.finding(par, m.start(), m.end() - 1, f"“{day}” set off by commas, French style",
                          fix=Fix.safe(f"Write “{repl.strip()}”", replacement=repl))


# `spent the past three weeks to finish`: English spends time doing, not to do.
_SPENT_TO = pattern_cache.compile(
    r"\b(?P<verb>spen[dt]s?|spending) (?:(?:the|his|her|their|its|our|my) )?(?:(?:last|past|first|next|whole|entire|better part of the) )?"
    r"(?:\p{L}+ |\d+ )?(?P<unit>minutes|hours|days|weeks|months|years|decades|nights|weekends|summers|winters)"
    r" to (?P<inf>(?!date\b|come\b)\p{Ll}+)\b",
    regex.IGNORECASE,
)


@rule(
    "grammar/spent-time-to",
    triggers=(Phrases("spend", ("spend", "spent"), boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def spent_time_to(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Time spent *to do* something, where English spends it *doing* it (``spent months to build``).

    French *passer des mois à faire* and German *Monate damit verbringen, … zu* come out
    as an infinitive; English takes the -ing form.

    ## Why it matters
    A reader hears it as a learner's slip; the fix is one word.

    ## Examples
    bad:  “We [[spent the past three weeks to finish->spent the past three weeks finishing]] the audit,” she said.
    bad:  The crew [[spent two weeks to repair->spent two weeks repairing]] the bridge.
    good: “We spent the past three weeks finishing the audit,” she said.
    good: The city spent two weeks repairing the bridge, and $2 million to replace it.
    good: She spent years to date on the file; they will spend weeks to come in court.

    ## Fix safety
    Display only: the -ing form is suggested from the infinitive's spelling.
    """
    for m in _safe_finditer(_SPENT_TO, par.text):
        inf = m.group("inf")
        ing = _ing(inf)
        head = par.text[m.start():m.start("inf") - 4]
        repl = f"{head} {ing}"
        yield ctx.finding(par, m.start(), m.end(), f"Time spent “to {inf}”: English writes “{ing}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


# `The CAQ defends herself`: a party, government or company given a person's gender.
_INSTITUTION_REFLEXIVE = lazy(
    r"\b(?P<subj>[Tt]he (?:(?-i:\p{Lu}{2,6})|party|government|company|ministry|department|agency|union|city|"
    r"province|coalition|board|commission|committee|court|firm|organization|organisation|opposition|caucus))"
    r"(?P<mid>(?: [\p{Ll}]+){1,3}?) (?P<pro>herself|himself)\b"
)
_PERSON_WORD = lazy(r"\b(?:who|whom|whose|leader|minister|president|chair|head|member|spokesperson)\b")


@rule(
    "grammar/gendered-reflexive-for-institution",
    triggers=(Phrases("reflexive", (" herself", " himself"), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.85,
)
def gendered_reflexive(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An organisation that acts on *herself* or *himself* (``The CAQ defends herself``).

    French and German give every noun a gender (*la CAQ se défend*); an engine carries it
    into the English reflexive, where an organisation is *itself*.

    ## Why it matters
    It turns a party or a government into a person, and editors fix it every time.

    ## Examples
    bad:  The CAQ defends [[herself->itself]] and is supported by another party.
    bad:  The government found [[himself->itself]] in a bind.
    good: The CAQ defends itself; the minister defends herself.
    good: The premier said the party's leader, who found himself alone, would resign.

    ## Fix safety
    Safe: the reflexive becomes "itself".
    """
    for m in _safe_finditer(_INSTITUTION_REFLEXIVE, par.text):
        if _PERSON_WORD.search(m.group("mid")):
            continue
        yield ctx.finding(par, m.start("pro"), m.end("pro"), f"An organisation is “itself”, not “{m.group('pro')}”",
                          fix=Fix.safe("Write “itself”", replacement="itself"))
