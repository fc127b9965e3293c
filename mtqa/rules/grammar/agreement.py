"""Grammar: number that English marks and the source language marked otherwise.

Engines from French, Spanish or Chinese (and spinners swapping one word of a pair) leave
determiners that disagree with their noun (``these measure``, ``a decisions``), nouns English
never makes plural (``informations``, ``equipments``) and comparatives marked twice (``more
bigger``). Each pattern rests on a closed list of words whose number is never in doubt, and on
the word after the phrase, so that a compound (``these government officials``) or a verb
(``each measures``) does not fire.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar import anchored
from mtqa.rules.grammar.anchored import matches_at, words_before
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.tokens import alternatives, lower_words

TIMEOUT = 0.5  # seconds per paragraph scan

# --- determiner and noun -------------------------------------------------------------------
# Nouns of news copy that are never verbs, singular → plural: their number cannot be misread.
_NOUNS = {
    "agreement": "agreements", "candidate": "candidates", "citizen": "citizens", "city": "cities",
    "community": "communities", "company": "companies", "country": "countries", "decision": "decisions",
    "election": "elections", "employee": "employees", "family": "families", "government": "governments",
    "hospital": "hospitals", "law": "laws", "minister": "ministers", "official": "officials",
    "party": "parties", "policy": "policies", "problem": "problems", "province": "provinces",
    "region": "regions", "school": "schools", "student": "students", "worker": "workers",
    "language": "languages", "child": "children", "woman": "women", "man": "men", "politician": "politicians",
    "journalist": "journalists", "municipality": "municipalities", "organization": "organizations",
    "institution": "institutions", "ministry": "ministries", "department": "departments",
    "senator": "senators", "mayor": "mayors", "premier": "premiers", "president": "presidents",
    "economy": "economies", "agency": "agencies", "neighbourhood": "neighbourhoods", "teacher": "teachers",
    "nurse": "nurses", "doctor": "doctors", "soldier": "soldiers", "victim": "victims", "month": "months",
    "week": "weeks", "opportunity": "opportunities", "difficulty": "difficulties", "priority": "priorities",
}
_SINGULAR = "|".join(sorted(_NOUNS))
_PLURAL = "|".join(sorted(_NOUNS.values()))
_TO_PLURAL = _NOUNS
_TO_SINGULAR = {v: k for k, v in _NOUNS.items()}
# Adjectives that may stand between the determiner and its noun without changing its number.
_ADJ = "official|other|new|major|big|small|local|federal|provincial|national|political|public|key|main|former|foreign|large"
# A singular noun after a plural determiner must end the phrase: "these government officials" is a compound.
_ENDS = (
    r"(?=\s*[.,;:!?)]|\s+(?:of|in|on|for|with|by|from|at|that|which|who|are|were|have|had|will|would|could|can|"
    r"may|must|should|has|is|was|said|say)\b)"
)
_DET_NUMBER = lazy(
    rf"\b(?P<sg>(?-i:a|an)|(?:(?<=^)|(?<=[.!?”\"]\s))(?-i:A|An)|every|another|each)\s+(?:(?P<adj1>{_ADJ})\s+)?(?P<pl>{_PLURAL})\b(?![-’'])"
    rf"|\b(?P<pd>these|those|several|many|numerous|various|multiple)\s+(?:(?P<adj2>{_ADJ})\s+)?(?P<si>{_SINGULAR})\b(?![-’']){_ENDS}",
    regex.IGNORECASE,
)
# A match needs a plural noun of the list or a plural determiner.
_DET_NUMBER_TRIGGERS = alternatives(_PLURAL) | alternatives("these|those|several|many|numerous|various|multiple")


def determiner_number_matches(text: str, hits: list) -> list:
    """The matches ``_DET_NUMBER.finditer(text)`` finds, given its trigger's hits (every match
    holds a plural noun of the list or begins at a plural determiner): a match begins at a plural
    determiner, or one or two runs of letters (the determiner, an adjective between) before a
    plural noun, and is tried there alone (`anchored.matches_at`)."""
    starts = set()
    for hit in hits:
        starts.add(hit.start)
        starts.update(words_before(text, hit.start, 2))
    return matches_at(_DET_NUMBER, text, starts)


@rule(
    "grammar/determiner-number",
    triggers=(Phrases("trigger word", tuple(sorted(_DET_NUMBER_TRIGGERS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def determiner_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A determiner and its noun that disagree in number (``these measure``, ``a decisions``).

    ## Why it matters
    An engine that loses a plural ending (or a spinner that swaps *both* for *each*) leaves a
    phrase every reader stops on; in news copy it marks the text as machine output.

    ## Examples
    bad:  The ministry announced [[several decision]] on Monday.
    bad:  It was [[a decisions->a decision]] the premier regretted.
    bad:  Signs are printed in [[each official languages->each official language]].
    bad:  [[These country]] have signed the treaty.
    good: The ministry announced several decisions on Monday.
    good: Many government officials declined to comment.
    good: Each candidate's platform was published online.
    good: Both party leaders attended the debate.
    good: The plan took a years-long effort, and a few members objected.
    good: Another two years passed before the vote.

    ## Fix safety
    Display only: the noun takes the determiner's number; the verb may need the same change.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_DET_NUMBER_TRIGGERS):
        return
    text = par.text
    matches = anchored.matches(_DET_NUMBER, text, lambda: determiner_number_matches(text, ctx.hits(par)), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if m.group("pl"):
            noun, det, adj = m.group("pl"), m.group("sg"), m.group("adj1")
            new = _TO_SINGULAR[noun.lower()]
        else:
            noun, det, adj = m.group("si"), m.group("pd"), m.group("adj2")
            new = _TO_PLURAL[noun.lower()]
        if noun[:1].isupper() and not m.group()[:1].isupper():
            continue  # "a Ministers' conference", "these Province of Quebec bonds": a name, not a noun
        repl = " ".join(w for w in (det, adj, new) if w)
        yield ctx.finding(par, m.start(), m.end(), f"“{det}” and “{noun}” disagree in number",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- nouns English does not make plural --------------------------------------------------------
_NEVER_PLURAL = "informations|equipments|furnitures|luggages|baggages|knowledges|softwares|homeworks"
# Plural forms that are also verbs ("she researches"): flagged only after a determiner or preposition.
_VERB_TOO = "advices|evidences|researches|feedbacks"
_UNCOUNTABLE = lazy(
    rf"\b(?P<n>{_NEVER_PLURAL})\b"
    rf"|(?<=\b(?:the|these|those|some|many|several|numerous|various|other|new|further|more|his|her|their|its|our|"
    rf"my|your|any|all|such|of|with|on|for|scientific|medical|legal)\s)(?P<v>{_VERB_TOO})\b",
    regex.IGNORECASE,
)
_UNCOUNTABLE_TRIGGERS = alternatives(_NEVER_PLURAL) | alternatives(_VERB_TOO)  # a match needs one


@rule(
    "grammar/uncountable-plural",
    triggers=(Phrases("trigger word", tuple(sorted(_UNCOUNTABLE_TRIGGERS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def uncountable_plural(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A noun English uses only in the singular, made plural as in French (``informations``).

    ## Why it matters
    *Des informations*, *des équipements*, *des conseils* are plural in French and other
    languages; in English information, equipment, advice, evidence and research take no -s, and
    the plural reads as a translation.

    ## Examples
    bad:  Police released new [[informations->information]] on Friday.
    bad:  The army lacks modern [[equipments->equipment]].
    bad:  The judge weighed the [[evidences->evidence]] for a week.
    bad:  Their [[researches->research]] were never published.
    good: Police released new information on Friday.
    good: She researches climate policy at McGill.
    good: The letter evidences a change of heart, her lawyer said.
    good: The judge weighed the evidence for a week.

    ## Fix safety
    Display only: the -s is dropped; a verb after it may need the singular.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_UNCOUNTABLE_TRIGGERS):
        return
    text = par.text
    try:
        matches = list(_UNCOUNTABLE.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        word = m.group()
        repl = word[:-2] if word.lower().endswith(("ches", "shes")) else word[:-1]
        yield ctx.finding(par, m.start(), m.end(), f"“{repl}” has no plural in English",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- comparatives marked twice -----------------------------------------------------------------
_COMPARATIVES = (
    "bigger|better|worse|larger|smaller|higher|lower|easier|harder|stronger|weaker|cheaper|faster|slower|greater|"
    "longer|shorter|older|younger|richer|poorer|safer|riskier|happier|simpler|tougher|wider|deeper|heavier|"
    "nicer|smarter|worse"
)
_SUPERLATIVES = (
    "biggest|best|worst|largest|smallest|highest|lowest|easiest|hardest|strongest|weakest|cheapest|fastest|"
    "greatest|longest|oldest|youngest|richest|poorest|safest|simplest|toughest"
)
_DOUBLE = lazy(
    rf"\b(?P<m>more|less)\s+(?P<c>{_COMPARATIVES})\b(?=\s+than\b|\s*[.,;:!?)]|\s*$)"
    rf"|\b(?P<s>most)\s+(?P<t>{_SUPERLATIVES})\b(?![-’'])",
    regex.IGNORECASE,
)
_DOUBLE_TRIGGERS = alternatives(_COMPARATIVES) | alternatives(_SUPERLATIVES)  # a match needs one


@rule(
    "grammar/double-comparative",
    triggers=(Phrases("trigger word", tuple(sorted(_DOUBLE_TRIGGERS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def double_comparative(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A comparative marked twice (``more bigger``, ``the most biggest``).

    ## Why it matters
    Languages that build every comparative with a word (*plus grand*, *más grande*, 更大)
    lead engines and spinners to add *more* to a form that already has -er.

    ## Examples
    bad:  The deficit is [[more bigger->bigger]] than forecast.
    bad:  It was [[the most biggest->the biggest]] protest in years.
    bad:  Rents are [[more higher->higher]].
    good: The deficit is bigger than forecast.
    good: There are more older voters in rural ridings.
    good: The plan draws more younger people than expected.
    good: The most best-selling title was a memoir.

    ## Fix safety
    Display only: the extra "more" or "most" is dropped.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_DOUBLE_TRIGGERS):
        return
    text = par.text
    try:
        matches = list(_DOUBLE.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        word = m.group("c") or m.group("t")
        repl = word if m.group("c") else f"the {word}"
        start = m.start()
        if m.group("s") and text[max(0, start - 4):start].lower() == "the ":
            start -= 4
        elif m.group("s"):
            repl = word
        yield ctx.finding(par, start, m.end(), f"Comparative marked twice: “{word}” already compares",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))
