"""Grammar: source-language word order and articles left in English sentences.

French (and Spanish, Italian) put an intensified adjective after its noun (*une décision très
importante* → ``a decision very important``), an adverb between the verb and its object
(*il a soutenu fermement le projet* → ``he supported firmly the plan``), and an article before
a country or province (*le Québec a annoncé* → ``the Quebec announced``). English does none of
these. Each pattern rests on closed word lists and on what follows the phrase, so that English
that looks alike (``a margin so thin that``, ``the Quebec government``) stays quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar import anchored
from mtqa.rules.grammar.anchored import matches_at, not_space, words_before
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.text.tokens import alternatives, lower_words

TIMEOUT = 0.5  # seconds per paragraph scan

# --- an intensified adjective after its noun ---------------------------------------------------
_INTENSIFIERS = "very|extremely|particularly|highly|really|truly|deeply|incredibly|remarkably|especially"
# Adjectives that take no complement: after a noun they cannot open a reduced relative clause
# the way "similar to", "close to" or "different from" can.
_ADJECTIVES = (
    "important|serious|difficult|complicated|complex|controversial|strong|weak|big|large|small|high|low|clear|bad|"
    "good|severe|significant|positive|negative|popular|unpopular|dangerous|tense|critical|expensive|costly|"
    "ambitious|modest|fragile|worrying|rare|frequent|heavy|sharp|harsh|tough|firm|limited|deep|interesting|"
    "productive|constructive|efficient|effective|useful|worrisome|disappointing|encouraging|emotional|painful|"
    "sensitive|delicate|busy|active|successful|beautiful|historic|unusual|impressive"
)
_NOT_NOUNS = "little|bit|lot|tad|touch|deal|way|few|very|rather|most|more|least|less|much|one|ones|same"
_AFTER_PHRASE = (
    r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|which|that|who|for|in|at|on|because|since|while|when|according)\b)"
)
_INTENSIFIED_AFTER = lazy(
    rf"\b(?P<det>a|an|the|this|that|these|those|its|their|his|her|our)\s+(?P<noun>(?!(?:{_NOT_NOUNS})\b)\p{{Ll}}{{3,}})"
    rf"\s+(?P<adv>{_INTENSIFIERS})\s+(?P<adj>{_ADJECTIVES})\b{_AFTER_PHRASE}",
    regex.IGNORECASE,
)
_INTENSIFIER_SET = alternatives(_INTENSIFIERS)  # a match needs one
# Before the noun phrase: a verb with an object and its complement ("found the plan very
# costly"), an absolute phrase ("with the vote very close"), or a question ("Is the plan very
# costly?"). None of these is an inversion.
_COMPLEMENT_BEFORE = lazy(
    r"\b(?:make|makes|made|making|call|calls|called|consider|considers|considered|find|finds|found|deem|deems|"
    r"deemed|judge|judged|keep|keeps|kept|leave|leaves|left|leaving|render|rendered|see|sees|saw|describe|"
    r"describes|described|think|thinks|thought|believe|believed|want|wants|wanted|get|gets|got|with|without|"
    r"(?-i:Is|Are|Was|Were|Isn't|Aren't|Wasn't|Weren't)|seem|seems|seemed|become|became|remain|remains|remained)\s+$",
    regex.IGNORECASE,
)


def intensified_matches(text: str, intensifier_hits: list) -> list:
    """The matches ``_INTENSIFIED_AFTER.finditer(text)`` finds, given where its trigger found the
    intensifiers (every match holds one after its noun). A match is a determiner, whitespace, a
    noun, whitespace and the intensifier: it begins at the run of letters before the run of
    non-space characters before an intensifier (the noun is read as non-space characters, since
    `regex` knows lowercase letters newer than `str.isalpha` does), and is tried there alone
    (`anchored.matches_at`)."""
    starts = set()
    for hit in intensifier_hits:
        noun = words_before(text, hit.start, 1, not_space)
        if noun:
            starts.update(words_before(text, noun[0], 1))
    return matches_at(_INTENSIFIED_AFTER, text, starts)


@rule(
    "grammar/intensified-adjective-after-noun",
    triggers=(Phrases("intensifier", tuple(sorted(_INTENSIFIER_SET)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def intensified_adjective_after_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An adjective with its intensifier placed after the noun, French style (``a decision very important``).

    ## Why it matters
    *Une décision très importante*, *un enjeu particulièrement sensible*: French puts the
    adjective, and the adverb that grades it, after the noun. An engine that keeps the order
    writes English no editor would leave.

    ## Examples
    bad:  It was [[a decision very important->a very important decision]] for the region.
    bad:  The talks reached [[a stage particularly delicate->a particularly delicate stage]].
    bad:  Officials called it [[an issue extremely sensitive->an extremely sensitive issue]], and declined to comment.
    good: It was a very important decision for the region.
    good: The measures announced yesterday by the minister take effect in May.
    good: Voters found the plan very costly.
    good: With the vote very close, both parties kept campaigning.
    good: The result was a figure very close to last year's.
    good: It came a little too late, and a bit very odd to some.
    good: Is the plan very costly?

    ## Fix safety
    Display only: the adverb and adjective move before the noun; an editor checks the sentence.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_INTENSIFIER_SET):
        return
    text = par.text
    matches = anchored.matches(_INTENSIFIED_AFTER, text, lambda: intensified_matches(text, ctx.hits(par)), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if _COMPLEMENT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        det, noun, adv, adj = m.group("det", "noun", "adv", "adj")
        article = det
        if det.lower() in ("a", "an"):
            article = ("an" if adv[:1].lower() in "aeiou" else "a")
            article = article.capitalize() if det[:1].isupper() else article
        repl = f"{article} {adv} {adj} {noun}"
        yield ctx.finding(par, m.start(), m.end(), f"Adjective after its noun (French order): “{adv} {adj}” belongs before “{noun}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- an adverb between a verb and its object ---------------------------------------------------
_ADVERBS = "also|always|often|already|never|strongly|firmly|still|finally|quickly|immediately|publicly|openly"
_NOT_VERBS = "indeed|need|speed|hundred|seed|feed|bed|red|shed|breed|greed|proceed|succeed|exceed|bleed|wed|naked|wicked|sacred"
_LINKING = "seemed|appeared|looked|remained|proved|sounded|stayed|turned|ended|started|named|considered|called|deemed|expected"
_ADVERB_OBJECT = lazy(
    rf"\b(?P<verb>(?!(?:{_NOT_VERBS}|{_LINKING})\b)\p{{Ll}}{{2,}}ed)\s+(?P<adv>{_ADVERBS})\s+"
    r"(?P<det>the|a|an|his|her|their|its|our|this|these|those)\s+(?!(?:next|following|same|day|year|week|month|time|first|last|case|one|whole|rest)\b)\p{L}",
    regex.IGNORECASE,
)
_ADVERB_SET = alternatives(_ADVERBS)  # a match needs one
_PASSIVE_BEFORE = lazy(r"\b(?:was|were|been|be|is|are|being|am|get|gets|got|getting|had|has|have)\s+$", regex.IGNORECASE)


@rule(
    "grammar/adverb-before-object",
    triggers=(Phrases("adverb", tuple(sorted(_ADVERB_SET)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def adverb_before_object(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An adverb between a verb and its object (``he supported firmly the plan``).

    ## Why it matters
    French places the adverb after the conjugated verb (*il a appuyé fermement le projet*, *elle
    a visité aussi l'usine*); English keeps verb and object together and puts the adverb before
    the verb or after the object. Readers see a translation at once.

    ## Examples
    bad:  The union [[supported firmly->firmly supported]] the proposal.
    bad:  The minister [[visited also->also visited]] the plant in Sorel.
    bad:  Critics [[denounced strongly->strongly denounced]] the decision on Friday.
    good: The union firmly supported the proposal.
    good: He was honoured again the following year, and she succeeded already the year before.
    good: The plan seemed already the favourite of the caucus.
    good: She was elected also the party's treasurer.
    good: They played still the same songs as always.

    ## Fix safety
    Display only: the adverb moves before the verb; "also" and "still" may fit better elsewhere.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_ADVERB_SET):
        return
    text = par.text
    matches = anchored.matches(_ADVERB_OBJECT, text, lambda: adverb_object_matches(text, ctx.hits(par)), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "was elected also the treasurer": a passive with its complement
        verb, adv = m.group("verb"), m.group("adv")
        repl = f"{adv.lower()} {verb}"
        if verb[:1].isupper():
            repl = repl[:1].upper() + repl[1:]
        yield ctx.finding(par, m.start(), m.end("adv"), f"Adverb between the verb and its object: “{adv}” goes before “{verb}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# The verb's letters: `\p{Ll}` with case ignored reads every cased letter, some beyond ASCII that
# `str.isalpha` does not know (letters newer than its Unicode), so `regex` is asked beyond ASCII.
_VERB_LETTER = lazy(r"\p{Ll}", regex.IGNORECASE)


def verb_letter(c: str) -> bool:
    """Whether `c` is a character the verb of _ADVERB_OBJECT (``\\p{Ll}`` with case ignored) reads."""
    return c.isalpha() if c.isascii() else _VERB_LETTER.match(c) is not None


def adverb_object_matches(text: str, adverb_hits: list) -> list:
    """The matches ``_ADVERB_OBJECT.finditer(text)`` finds, given where its trigger found the
    adverbs (every match holds one after its verb). A match is a verb (a ``\b`` and letters ending
    in "ed"), whitespace and the adverb; the verb's letters are word characters, between which no
    ``\b`` stands, so it begins where the run of them before the whitespace begins, and the
    pattern is tried there alone (`anchored.matches_at`)."""
    starts = set()
    for hit in adverb_hits:
        starts.update(words_before(text, hit.start, 1, verb_letter))
    return matches_at(_ADVERB_OBJECT, text, starts)


# --- "the" before a country, province or department name that takes none ----------------------
# Countries and provinces written without an article in English (ISO 3166 short names that
# take none; Canada's provinces and territories), and federal and Quebec bodies whose applied
# title ends in "Canada" or "Québec".
_PLACES = (
    "Canada|France|Germany|Italy|Spain|Portugal|Belgium|Switzerland|Austria|Poland|Greece|Turkey|Ireland|Sweden|"
    "Norway|Denmark|Finland|Hungary|Romania|Ukraine|Russia|China|Japan|India|Pakistan|Afghanistan|Iran|Iraq|Syria|"
    "Israel|Lebanon|Egypt|Morocco|Algeria|Tunisia|Senegal|Nigeria|Mexico|Brazil|Argentina|Chile|Peru|Colombia|"
    "Venezuela|Cuba|Haiti|Australia|Vietnam|Taiwan|Quebec|Québec|Ontario|Alberta|Manitoba|Saskatchewan|"
    "Nova Scotia|New Brunswick|British Columbia|Newfoundland|Nunavut|Yukon"
)
_BODIES = (
    "Health Canada|Statistics Canada|Elections Canada|Transport Canada|Environment Canada|Parks Canada|"
    "Service Canada|Global Affairs Canada|Public Safety Canada|Justice Canada|Finance Canada|Infrastructure Canada|"
    "Natural Resources Canada|Indigenous Services Canada|Fisheries and Oceans Canada|Canada Post|Air Canada|"
    "Hydro-Québec|Hydro-Quebec|Loto-Québec|Revenu Québec|Investissement Québec|Transports Québec|Santé Québec|"
    "Retraite Québec|Élections Québec|Elections Quebec"
)
_THE_NAME = lazy(
    rf"(?<![\p{{L}}\p{{N}}-])(?P<the>(?-i:the|The))\s+(?P<name>(?-i:{_BODIES}|{_PLACES}))\b"
    # its possessive before a lowercase word ("the Canada's largest partner"; "Canada's Wonderland"
    # and "Canada's Food Guide" are names of their own), or the name ending its phrase
    r"(?:(?P<poss>['’]s)(?=[ \t\u00a0]\p{Ll})"
    r"|(?![-’'])"
    r"(?=\s*[.;:!?)]|\s+(?:is|was|has|had|will|would|can|could|must|should|may|might|said|says|announced|"
    r"wants|wanted|remains|remained|needs|needed|did|does|for|with|by|from|at|on|since|during|after|before|"
    r"because|but)\b))",
)


@rule(
    "grammar/article-before-name",
    triggers=(Phrases("name", tuple(f"{_BODIES}|{_PLACES}".split("|")), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def article_before_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"The" before a country, province or department that English names without one (``the Quebec announced``).

    ## Why it matters
    French gives countries and provinces an article (*le Québec*, *la France*, *l'Ontario*) and
    engines keep it; English does not, nor before a department's applied title (Health Canada).
    Engines from Persian, Urdu or Vietnamese keep it before the possessive too (``the Canada's
    largest partner``): a possessive is its phrase's determiner, so "the" before it is always one
    too many, unless a capital follows and the possessive begins a name (Canada's Wonderland).

    ## Examples
    bad:  [[The Quebec->Quebec]] has announced new rules for daycare.
    bad:  Talks between Ottawa and [[the France->France]] will resume in May.
    bad:  A review by [[the Health Canada->Health Canada]] said there was no risk.
    bad:  Exports doubled, and [[the Germany’s->Germany’s]] share of the market grew.
    good: The Quebec government has announced new rules for daycare.
    good: The Health Canada review found no risk.
    good: The France of the 1960s was another country.
    good: The Quebec and Ontario premiers met on Friday.
    good: Talks on the Canada–U.S. border resume Monday.
    good: Crowds queued at the Canada’s Wonderland gates, and the Canada's Food Guide changed.

    ## Fix safety
    Display only: the article is dropped; a name used as a modifier keeps it (the Quebec government).
    """
    text = par.text
    for m in the_name_matches(text, sorted({hit.start for hit in ctx.hits(par)})):
        name = m.group("name")
        written = name + (m.group("poss") or "")
        yield ctx.finding(par, m.start(), m.end(), f"“{written}” takes no article in English",
                          fix=Fix.display_only(f"Write “{written}”", replacement=written))


def the_name_matches(text: str, name_starts: list[int]) -> list:
    """The matches ``_THE_NAME.finditer(text)`` finds, given where the names start (the trigger's
    hits: every match's name is one, as written). A match is "the" or "The", whitespace, the name:
    it can begin only three characters before the whitespace that ends at a name, so the pattern
    is tried there alone, left to right and from the end of the last match as finditer goes,
    instead of at every place of the paragraph. (A run of `str.isspace` characters holds every
    run of the pattern's ``\\s``: a longer walk back only tries a place where nothing matches.)
    Untimed: one match at one place of a pattern without nested repetition cannot run away, and
    a timeout costs ~1 µs a call."""
    found = []
    end = 0
    for at in name_starts:
        k = at
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == at or k - 3 < end or text[k - 3:k] not in ("the", "The"):
            continue  # (the pattern's article, as written, is where it would begin: most names have none)
        m = _THE_NAME.match(text, k - 3)
        if m is not None:
            found.append(m)
            end = m.end()
    return found
