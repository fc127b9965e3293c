"""Grammar: a verb's object placed after an adverbial, as French and Spanish order the clause.

French, Spanish and Italian put a short adverbial between the verb and its object (*il a
réduit de moitié le budget*, *marcaron por tercer año el aniversario*, *a critiqué la veille
son rival*); engines keep the order: ``reduced by half the budget``, ``marked for the third
year the anniversary``, ``criticized the day before his rival``. English keeps the verb and its
object together and puts the adverbial after the object, or moves a long object last only when
it is much heavier than the adverbial.

The test is the clause's shape read from word classes (``mtqa.tagging``), not a list of
phrases: a verb, an adverbial (a preposition and a determined noun phrase, "from X to Y",
"by half", or a time phrase such as "the day before"), then a noun phrase that opens on a
determiner, a possessive or a number and that is not itself a time phrase. Quiet where the
second noun phrase is a clause's subject (a verb follows it: ``said in a statement the plan
would``), after a copula (``was in many ways the best``), after "to" (``explained to reporters
the reasons``, English heavy-object order), and where the adverbial's noun has no determiner
(``put in place a plan``, ``took into account the cost``: fixed phrases English does shift).
Needs the optional extra ``mtqa[grammar]``; without it the rule is skipped, quietly.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import LOWER, Pattern
from mtqa.segment import Paragraph
from mtqa.tagging import Tagger, Token

# Prepositions that open an adverbial of place, time, measure or manner ("to" is left out: a
# recipient before a heavy object is English order; "of" and "as" never open one here).
_PREPOSITIONS = frozenset(
    "in on at for by from during over after before across within throughout through under".split())
_ADVERBIAL_OPENERS = _PREPOSITIONS | {"the"}  # what `_adverbial` can open on
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Nouns of time and extent: a noun phrase with one of these as its head is an adverbial
# ("arrived in Ottawa the day before", "lived in Laval his whole life"), not an object.
_TIME_NOUNS = frozenset(
    "day days week weeks month months year years weekend weekends morning mornings afternoon evening night "
    "nights time times season seasons decade decades century spring summer fall autumn winter hour hours "
    "minute minutes moment life career term tenure rest way period session quarter half".split()
) | _WEEKDAYS
_TIME_WORDS = frozenset("last this next same previous following whole entire".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "CD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_INSIDE_PHRASE = frozenset({"JJ", "JJR", "JJS", "CD", "POS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG"})
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Copulas and verbs of seeming: what follows is a complement, not an object.
_COPULAS = frozenset(
    "is are was were be been being am become becomes became remain remains remained seem seems seemed appear "
    "appears appeared stay stays stayed look looks looked sound sounds sounded prove proves proved feel feels "
    "felt get gets got".split())
_HAVE = frozenset("has have had having".split())
# Verbs that take a clause with "that" dropped: after them a noun phrase and a verb is the clause.
_CLAUSE_VERBS = frozenset(
    "say says said tell tells told add adds added note notes noted write writes wrote state states stated "
    "argue argues argued warn warns warned claim claims claimed announce announces announced explain explains "
    "explained insist insists insisted acknowledge acknowledges acknowledged admit admits admitted believe "
    "believes believed think thinks thought know knows knew learn learns learned report reports reported "
    "confirm confirms confirmed indicate indicates indicated suggest suggests suggested estimate estimates "
    "estimated predict predicts predicted hope hopes hoped fear fears feared stress stresses stressed agree "
    "agrees agreed reveal reveals revealed show shows showed recall recalls recalled assure assures assured "
    "find finds found ensure ensures ensured decide decides decided".split())
_OPENERS = frozenset("that which this these those".split())  # as the object's first word: a clause or a time phrase


def _is_verb(toks: Sequence[Token], i: int, tg: Tagger) -> bool:
    """Whether the token at i is a verb in a finite or infinitive use the rule reads."""
    tok = toks[i]
    if not tok.text.isalpha() or not tok.text.islower() or tok.lower in _COPULAS or tok.lower in _HAVE:
        return False
    prev = toks[i - 1] if i > 0 else None
    if tok.tag in ("VB", "VBD", "VBZ", "VBP"):
        return True
    if tok.tag == "VBN":  # "had accused", "Petro introduced": not "was named", "the elected members"
        return prev is None or (prev.lower not in _COPULAS and prev.tag not in ("DT", "JJ", "PRP$", "IN"))
    # "The centre lists on its site": a verb the tagger read as a plural noun after its subject
    return tok.tag == "NNS" and prev is not None and prev.tag in ("NN", "NNP", "NNPS", "PRP") and "VERB" in tg.readings(tok.lower)


def _noun_phrase(toks: Sequence[Token], k: int, tg: Tagger, limit: int = 6) -> int | None:
    """The end (exclusive) of a noun phrase that opens at k on a determiner, a possessive, a
    number or a proper noun and runs over adjectives, numbers and nouns to a noun or a number
    (or an adjective that can be a noun: "his rival"); None if there is none."""
    if k >= len(toks) or not (toks[k].tag in _DETERMINER_TAGS or toks[k].tag in ("NNP", "NNPS")):
        return None
    end = None
    j = k
    while j < len(toks) and j - k <= limit:
        t = toks[j]
        if j > k and t.tag in _DETERMINER_TAGS and t.tag != "CD":
            break  # a second determiner opens the next phrase
        if j > k and t.tag not in _INSIDE_PHRASE and t.text not in ("-", "’s", "'s"):
            break
        if t.tag in _NOUN_TAGS or t.tag == "CD" or (t.tag == "JJ" and "NOUN" in tg.readings(t.lower)):
            end = j + 1
        j += 1
    return end


def _time_phrase(toks: Sequence[Token], k: int, end: int) -> bool:
    """Whether the noun phrase toks[k:end] names a time or an extent ("the day before", "his whole life"),
    or is a date: figures and a month's name only ("22 December 2017", after "at 5.00pm Friday"), or
    the year after a month's name ("… Friday 22 December | 2017")."""
    words = {t.lower for t in toks[k:end]}
    if toks[end - 1].lower in _TIME_NOUNS or not words.isdisjoint(_TIME_WORDS):
        return True
    dated = not words.isdisjoint(_MONTHS) or (k > 0 and toks[k - 1].lower in _MONTHS)  # "… December | 2017"
    return dated and all(t.tag == "CD" or t.lower in _MONTHS for t in toks[k:end])


def _adverbial(toks: Sequence[Token], j: int, tg: Tagger) -> int | None:
    """The end (exclusive) of an adverbial that opens at j: a preposition and a determined noun
    phrase ("on its website", "in Cuba"), "from X to Y", "by half", or "the day before"; None if
    none opens there. A bare day or "last week" is left out: Canadian Press writes "urged
    Friday the commissioner to", the day between the verb and a long object, as house style."""
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.lower in _PREPOSITIONS and tok.tag == "IN" and tok.text.islower():
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if tok.lower == "by" and nxt is not None and nxt.lower == "half":
            return j + 2
        end = _noun_phrase(toks, j + 1, tg, limit=4)
        if end is None:
            return None
        if tok.lower == "from" and end < len(toks) and toks[end].lower == "to":
            return _noun_phrase(toks, end + 1, tg, limit=4)
        return end
    if tok.lower == "the" and j + 2 < len(toks) and toks[j + 1].lower == "day" and toks[j + 2].lower in ("before", "after"):
        return j + 3
    return None


def _clause_follows(toks: Sequence[Token], k: int) -> bool:
    """Whether a finite verb comes after k before the sentence ends (the noun phrase before it
    is then a clause's subject, "said in a statement the plan, as drafted, would ...")."""
    for t in toks[k:]:
        if t.text in (".", "!", "?", ";"):
            return False
        if t.tag in _FINITE:
            return True
    return False


@rule(
    "grammar/object-after-adverbial",
    # What a finding holds: a lowercase verb, then an adverbial's first word.
    triggers=(Pattern("verb before an adverbial",
                      rf"[{LOWER}]\s+(?:in|on|at|for|by|from|during|over|after|before|across|within|throughout|"
                      r"through|under|the day)\s"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def object_after_adverbial(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb's object placed after an adverbial, in the source's order (``reduced by half the budget``).

    Needs the optional extra ``mtqa[grammar]`` (word classes); without it the rule is skipped
    and says so, it never fails.

    ## Why it matters
    French and Spanish put a short adverbial between the verb and its object; English keeps
    the object next to its verb. Kept by an engine, the order reads as a translation at once.

    ## Examples
    bad:  The ministry decided to [[reduce by half the budget->reduce the budget by half]] of its office in Lima.
    bad:  The agency [[posts on its website the list->posts the list on its website]] of closed roads.
    bad:  Residents [[marked for the third year the anniversary->marked the anniversary for the third year]] of the flood.
    bad:  The premier had [[criticized the day before his rival->criticized his rival the day before]] for the delay.
    bad:  The board [[raised from 40 to 55 the number->raised the number from 40 to 55]] of seats.
    good: The ministry decided to reduce the budget of its office in Lima by half.
    good: He said in a statement the plan would cost more than expected.
    good: The council put in place a new plan and took into account the cost of the repairs.
    good: She arrived in Ottawa the day before and stayed in the capital the whole week.
    good: The bridge was in many ways the best part of the project.
    good: He explained to reporters the reasons for the delay.
    good: The mayor met with residents on Tuesday, the third such meeting this month.
    good: The union urged Friday the commissioner and her deputies to resign.
    good: Canada lists terror groups by name
    good: Registration closes at 4.30pm Thursday 14 March 2019 and reopens at 9.00am Monday 1 April 2019.
    bad:  The council [[set on 22 December the budget->set the budget on 22 December]] for the coming year.

    A date after a clock time and a weekday ("closes at 4.30pm Thursday 14 March 2019", the
    day-first dates of New Zealand, Australian and British notices) is when, not what: figures
    and a month's name are read as a time phrase, as "the day before" is.

    ## Fix safety
    Display only: the object moves before the adverbial; a long object may read better last.
    """
    if par.kind not in ("paragraph", "quote"):
        return
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        if toks[i + 1].lower not in _ADVERBIAL_OPENERS or not _is_verb(toks, i, tg):
            continue  # (the cheap test first: most words are followed by no adverbial)
        adv_end = _adverbial(toks, i + 1, tg)
        if adv_end is None or adv_end >= len(toks):
            continue
        first = toks[adv_end]
        if first.lower in _OPENERS or first.tag not in _DETERMINER_TAGS or not first.text[:1].isalnum():
            continue
        obj_end = _noun_phrase(toks, adv_end, tg)
        if obj_end is None or _time_phrase(toks, adv_end, obj_end):
            continue
        after = toks[obj_end] if obj_end < len(toks) else None
        if after is not None and (after.tag in _FINITE or after.lower in ("per", "percent", "%")):
            continue  # the phrase is a clause's subject, or a figure's measure ("rose in May 3 per cent")
        if toks[i].lower in _CLAUSE_VERBS and _clause_follows(toks, obj_end):
            continue
        text = par.text
        if "\n" in text[toks[i].start:toks[obj_end - 1].end]:
            continue  # a headline run into the next line
        verb = toks[i].text
        adverbial = text[toks[i + 1].start:toks[adv_end - 1].end]
        obj = text[first.start:toks[obj_end - 1].end]
        repl = f"{verb} {obj} {adverbial}"
        yield ctx.finding(par, toks[i].start, toks[obj_end - 1].end,
                          f"The object “{obj}” comes after the adverbial “{adverbial}”, in the source's order",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
