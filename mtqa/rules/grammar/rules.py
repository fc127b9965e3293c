"""Grammar: French (and other source-language) sentence structure left in English copy.

LanguageTool finds general grammar errors (see mtqa/integrations/languagetool.py); these rules
catch the few structures that machine translation from French leaves and that a general grammar
checker reads as correct English: an adjective placed after its noun (*un gouvernement
progressiste* → ``a government progressive``), a subject said twice (*moi aussi, je* → ``I too,
I will``), a party's acronym taken as a plural (*le PQ croit* → ``the PQ believe``) or used
without its article (*selon le PQ* → ``according to PQ``). Each pattern is anchored on a short
closed list of words, so it stays quiet on clean copy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rules.grammar import anchored
from mtqa.rules.grammar.anchored import matches_at, run_start, words_before
from mtqa.rule import Option, RawFinding, RuleContext, rule
from mtqa.scan import Chars, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.fold import FOLDS_TO_ASCII
from mtqa.text.tokens import alternatives, contains_any, lower_words

TIMEOUT = 0.5  # seconds per paragraph scan

# --- adjective after its noun ----------------------------------------------------------------
# Nouns of politics and policy, and the adjectives French puts after them that English puts before.
_NOUNS = (
    "government|party|leader|minister|candidate|policy|bill|law|project|reform|approach|vision|measure|plan|"
    "budget|program|programme|agenda|platform|movement|coalition|newcomer|caucus|voice|decision|message|speech|"
    "campaign|strategy|ideology|proposal|majority|wing|option|alternative|current|"
    # institutions and actors that French (and Spanish, Italian) follow with their nationality or level
    "company|firm|bank|army|navy|troops|soldiers|officials?|diplomats?|delegation|embassy|authorities|"
    "market|economy|election|elections|team|crisis|relations|council"
)
_ADJECTIVES = (
    "progressive|conservative|nationalist|federalist|sovereigntist|sovereignist|separatist|populist|socialist|"
    "centrist|misleading|controversial|ambitious|unprecedented|draconian|divisive|ecologist|environmentalist|"
    "feminist|caquiste|péquiste|pequiste|parliamentary|interim|outgoing|"
    "federal|provincial|municipal|Canadian|American|French|British|Chinese|Russian|Ukrainian|German|Spanish|"
    "Mexican|Italian|European|Israeli|Iranian|Indian|Japanese|economic|military|diplomatic|financial"
)
# Verbs that take an object and its complement ("made the reform historic"): not an inversion.
_COMPLEMENT_VERBS = (
    "make|makes|made|making|call|calls|called|calling|consider|considers|considered|considering|find|finds|found|"
    "deem|deems|deemed|judge|judges|judged|label|labels|labelled|labeled|declare|declares|declared|keep|keeps|kept|"
    "render|renders|rendered|see|sees|saw|seen|describe|describes|described|think|thinks|thought|believe|"
    "believes|believed|want|wants|wanted|deemed|branded|brand|brands|painted|paint|paints|view|views|viewed"
)
_COMPLEMENT_BEFORE = lazy(rf"\b(?:{_COMPLEMENT_VERBS})\s+$", regex.IGNORECASE)
_ADJ_ORDER = lazy(
    rf"\b(?P<det>a|an|the|this|that|its|his|her|their)\s+"
    rf"(?P<noun>(?:law )?(?:{_NOUNS}))\s+(?P<adj>(?:{_ADJECTIVES})|(?-i:CAQ|PQ|NDP|QS))"
    r"(?=[.,;:!?)]|\s+(?:that|which|who|and|but|or|for|to|with|of|by|in|on|is|was|are|were|will|would|has|had|than|if|when|as|after|before|since|because|so|said|say|says|announced|reported|confirmed|warned|stated)\b)",
    regex.IGNORECASE,
)
# A match needs one of the adjectives (any case) or a party's acronym (as written).
_ADJ_ORDER_TRIGGERS = alternatives(_ADJECTIVES)
_ADJ_ORDER_PARTIES = frozenset({"CAQ", "PQ", "NDP", "QS"})


@rule(
    "grammar/adjective-after-noun",
    triggers=(Phrases("trigger word", tuple(sorted(_ADJ_ORDER_TRIGGERS)), boundary="letters"), Phrases("party", tuple(sorted(_ADJ_ORDER_PARTIES)), ignorecase=False, boundary="none")),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def adjective_after_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An adjective placed after its noun, in French order (``a government progressive``).

    ## Why it matters
    French puts most adjectives after the noun (*un gouvernement progressiste*, *un projet de
    loi trompeur*); an engine that keeps the order writes English that reads as a slip or, with
    a party's name (``a newcomer CAQ``), as a different phrase.

    ## Examples
    bad:  She promised [[a government progressive->a progressive government]] if elected.
    bad:  Critics called it [[a bill misleading->a misleading bill]], and the vote was delayed.
    bad:  The riding elected [[a newcomer CAQ->a CAQ newcomer]] in 2022.
    bad:  [[The authorities Chinese->The Chinese authorities]] said on Monday the talks would resume.
    bad:  Turnout in [[the election federal->the federal election]] was low.
    good: The Chinese authorities said on Monday the talks would resume.
    good: The company Canadian Solar said its profit rose.
    good: The board made the company American in 2015, and the firm French-owned later.
    good: She promised a progressive government if elected.
    good: Voters found the plan ambitious, but costly.
    good: The premier called the reform historic.
    good: The party conservative members left early was never a phrase anyone used.
    good: The NDP government announced the bill on Monday.

    ## Fix safety
    Display only: the two words are swapped; an editor checks the sentence reads as meant.
    """
    if (ctx.analysis(lower_words, par).isdisjoint(_ADJ_ORDER_TRIGGERS)
            and not contains_any(par.text, _ADJ_ORDER_PARTIES)):
        return
    text = par.text
    matches = anchored.matches(
        _ADJ_ORDER, text, lambda: adjective_order_matches(text, sorted({hit.start for hit in ctx.hits(par)})), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if _COMPLEMENT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "made the reform historic": an object and its complement
        det, noun, adj = m.group("det"), m.group("noun"), m.group("adj")
        repl = f"{det} {adj} {noun}"
        yield ctx.finding(par, m.start(), m.end(), f"Adjective after its noun (French order): “{adj}” belongs before “{noun}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def adjective_order_matches(text: str, adjective_starts: list[int]) -> list:
    """The matches ``_ADJ_ORDER.finditer(text)`` finds, given where its triggers' adjectives and
    parties start (every match's adjective is one of them). A match is a determiner, whitespace,
    a noun (one run of letters, or "law " and one), whitespace and the adjective: it can begin
    only at the one or two runs of letters before the noun before an adjective."""
    starts: set[int] = set()
    for at in adjective_starts:
        words = words_before(text, at, 3)  # the noun, then the determiner or "law" and the determiner
        starts.update(words[1:])
    return matches_at(_ADJ_ORDER, text, starts)


# --- subject said twice ------------------------------------------------------------------------
_DOUBLED_SUBJECT = lazy(
    r"\b(?P<a>I|we|he|she|they),?\s+(?:too|also),?\s+(?P<b>I|we|he|she|they)\b"
    r"|(?:(?<=^)|(?<=[.!?…]\s)|(?<=[“\"«]\s?))(?P<c>(?-i:Me|Him|Her|Us|Them))(?:\s+(?:too|also))?,\s+(?P<d>(?-i:I|he|she|we|they))\b(?!['’])",
    regex.IGNORECASE,
)
_PAIRS = {("me", "i"), ("him", "he"), ("her", "she"), ("us", "we"), ("them", "they")}
# A match needs "too"/"also" (any case) or a capitalised object pronoun.
_ALSO = frozenset({"too", "also"})
_OBJECT_PRONOUNS = frozenset({"Me", "Him", "Her", "Us", "Them"})


def doubled_subject_matches(text: str, also_hits: list, pronoun_hits: list) -> list:
    """The matches ``_DOUBLED_SUBJECT.finditer(text)`` finds, given where "too"/"also" and the
    capitalised object pronouns are (its triggers' hits: every match holds one). A match is a
    pronoun, a comma or not, whitespace and "too"/"also" (it begins at the run of letters before
    them), or begins at a capitalised object pronoun: the pattern is tried at those places
    alone (`anchored.matches_at`)."""
    starts = {hit.start for hit in pronoun_hits}
    for hit in also_hits:
        pronoun_end = run_start(text, hit.start, str.isspace)
        if pronoun_end == hit.start:
            continue
        if text[pronoun_end - 1:pronoun_end] == ",":
            pronoun_end -= 1
        pronoun = run_start(text, pronoun_end, str.isalpha)
        if pronoun < pronoun_end:
            starts.add(pronoun)
    return matches_at(_DOUBLED_SUBJECT, text, starts)


@rule(
    "grammar/doubled-subject",
    triggers=(Phrases("also", tuple(sorted(_ALSO)), boundary="letters"), Phrases("object pronoun", tuple(sorted(_OBJECT_PRONOUNS)), ignorecase=False, boundary="none")),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def doubled_subject(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A subject stated twice, French style (``I too, I will``; ``Me, I think``).

    ## Why it matters
    French stresses a subject by doubling it (*moi aussi, je vais*; *moi, je pense*); rendered
    word for word it reads as a stutter in a quote, and editors rewrite it every time.

    ## Examples
    bad:  “[[I too, I->I, too,]] will vote against it,” she said.
    bad:  “[[Me, I->I]] think the plan is too slow,” the mayor said.
    bad:  [[We also, we->We also]] want answers from the minister.
    good: “I, too, will vote against it,” she said.
    good: “I think the plan is too slow,” the mayor said.
    good: They told me, I think, that the vote was off.
    good: Give it to him, he said.
    good: “Me, I'm not sure,” he joked.

    A fronted pronoun (``Me, I think``) is also colloquial English in a quotation: it is shown
    with a confidence below 0.5 and costs nothing; the repeated subject after *too* is scored.

    ## Fix safety
    Display only: the second subject is dropped; an editor checks the quotation.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_ALSO) and not contains_any(par.text, _OBJECT_PRONOUNS):
        return
    text = par.text
    matches = anchored.matches(_DOUBLED_SUBJECT, text, lambda: doubled_subject_matches(
        text, ctx.hits(par, "also"), ctx.hits(par, "object pronoun")), TIMEOUT)
    if matches is None:
        return
    for m in matches:
        if m.group("a"):
            a, b = m.group("a"), m.group("b")
            if a.lower() != b.lower():
                continue  # "I too, he said" is two people
            lead = text[m.start():m.start("b")].rstrip(", ")
            repl = f"{a}, {lead[len(a):].strip(' ,')}," if lead[len(a):].strip(" ,").lower() == "too" else lead
        else:
            c, d = m.group("c"), m.group("d")
            if (c.lower(), d.lower()) not in _PAIRS:
                continue
            repl = d
        # "Me, I …" is also colloquial English in a quotation: a guess, shown but not scored
        conf = 0.45 if m.group("c") else None
        yield ctx.finding(par, m.start(), m.end(), "Subject stated twice (French emphasis)",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl), confidence=conf)


# --- a party's acronym: singular, and with its article -----------------------------------------
# Acronyms of parties that Canadian copy writes with "the" and a singular verb.
_PARTIES = "PQ|CAQ|NDP|QS|BQ|PLQ|UCP|AfD|SNP|BJP|PSOE|CDU|SPD|ANC|GOP"
_COORDINATED_BEFORE = lazy(r"\b(?:and|or|nor)\s+[^,.;]{0,30}$")
_PARTY_BEFORE = lazy(rf"(?:{_PARTIES})\b")
_PLURAL_VERBS = (
    "believe|say|think|want|have|are|were|do|argue|claim|insist|propose|plan|intend|hope|fear|refuse|reject|"
    "promise|demand|need|consider|feel|know|accuse|denounce|deplore|support|oppose|maintain|remain|wish|prefer"
)
_PARTY_PLURAL = lazy(
    rf"\b(?P<the>the\s+)(?P<party>(?-i:{_PARTIES}))\s+(?P<verb>(?-i:{_PLURAL_VERBS}))\b",
    regex.IGNORECASE,
)
_PARTY_SET = frozenset(_PARTIES.split("|"))  # a match needs one, as written
_JOINED_BEFORE = lazy(r"\b(?:and|or|nor|with|plus|both|of)\s+$", regex.IGNORECASE)
_THIRD = {"have": "has", "are": "is", "were": "was", "do": "does"}
# A party treated as one body: its acronym with a singular verb ("the NDP says"), or the plural
# verb's own clause going on with "it" or "its" ("the PQ believe it can win").
_PARTY_SINGULAR = lazy(
    rf"\b(?-i:{_PARTIES})\s+(?:is|has|was|does|(?:{_PLURAL_VERBS})s|(?:{_PLURAL_VERBS})es)\b"
)
# An impersonal "it" stands for no party: the subject of a clause put off to the end ("it is time
# to", "it was clear that") or of "seems", "takes" ("the NDP say it is time for a vote").
_IMPERSONAL_IT = (
    r"(?:(?:is|was|’s|'s|will\s+be|would\s+be)\s+(?:(?:not|now|still|also|too|so|very|high)\s+)?"
    r"(?:time|clear|unclear|important|possible|impossible|likely|unlikely|necessary|essential|crucial|vital"
    r"|obvious|true|hard|difficult|easy|fair|unfair|unacceptable|premature|worth|early|late|urgent)"
    r"|seems|seemed|appears|appeared|takes|took)\b"
)
_SINGULAR_PRONOUN_AFTER = lazy(rf"[^.;!?“”\"]{{0,60}}?\b(?:its|it(?!\s+{_IMPERSONAL_IT}))\b")


@analysis("party-treated-as-singular")
def treats_party_as_singular(doc) -> bool:
    """Whether the story writes a party's acronym with a singular verb somewhere."""
    return any(_PARTY_SINGULAR.search(par.text) for par in doc.paragraphs if contains_any(par.text, _PARTY_SET))


def _third_person(verb: str) -> str:
    if verb in _THIRD:
        return _THIRD[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    return verb + "s"


@rule(
    "grammar/party-as-plural",
    triggers=(Phrases("party", tuple(sorted(_PARTY_SET)), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
    options={"mixed_only": Option(bool, True, "report a plural verb only in a story that treats a party as "
                                              "singular too")},
)
def party_as_plural(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A party's acronym with a plural verb (``the PQ believe``).

    ## Why it matters
    Canadian news copy treats a party named by its acronym as singular (CP style: "the NDP
    says"); a plural verb is either British usage or an engine agreeing with the members it
    imagined behind the name.

    A weekly or a student paper may treat a party as plural throughout, a house choice (the
    British one), so by default a plural verb is reported only in a story that also treats a
    party as one body: a singular verb elsewhere ("the NDP says"), or "it" and "its" in the
    plural verb's own clause. That is the mix an engine makes, agreeing sentence by
    sentence with whatever its source had. The strict ``cp`` style (option ``mixed_only =
    false``) reports every plural verb.

    ## Examples
    bad:  Despite the poll, [[the PQ believe->the PQ believes]] it can win the riding.
    bad:  [[The CAQ have->The CAQ has]] not said when its bill will return.
    bad:  The NDP says the vote is close. Still, [[the NDP want->the NDP wants]] a recount in two ridings.
    good: Despite the poll, the PQ believes it can win the riding.
    good: The Liberals believe they can win the riding.
    good: Both the PQ and the CAQ want a vote this spring.
    good: The NDP MPs say they will vote against it.
    good: The NDP have a new leader. On Tuesday the NDP are to unveil their housing plank.
    good: The NDP have a new leader, and the NDP say it is time the housing plank was costed.
    bad:  The NDP say it is time for a vote. Still, [[the NDP want->the NDP wants]] its bill passed first.

    An impersonal "it" ("it is time", "it was clear that", "it seems") stands for no party, so it
    does not make a story that treats the party as plural a mix.

    ## Fix safety
    Display only: the verb becomes singular; the rest of the sentence (their, they) may need the
    same change.
    """
    if not contains_any(par.text, _PARTY_SET):
        return
    text = par.text
    try:
        matches = list(_PARTY_PLURAL.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    mixed_only = ctx.options["mixed_only"] and not ctx.analysis(treats_party_as_singular)
    for m in matches:
        if _JOINED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "parts of the PQ are", "with the CAQ want": not the subject alone
        if mixed_only and _SINGULAR_PRONOUN_AFTER.match(text, m.end()) is None:
            continue  # a story that treats every party as plural: a house choice (docstring)
        before = text[max(0, m.start() - 40):m.start()]
        if _COORDINATED_BEFORE.search(before) and _PARTY_BEFORE.search(before):
            continue  # "the PQ and the CAQ want": two parties, a plural subject
        repl = f"{m.group('the')}{m.group('party')} {_third_person(m.group('verb').lower())}"
        yield ctx.finding(par, m.start(), m.end(), f"Party acronym with a plural verb: {m.group('party')} is singular",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


_NEEDS_ARTICLE = lazy(
    r"\b(?P<prep>according to|for|by|of|with|from|against|than|like|behind|within|inside|joined|joins|join)\s+"
    r"(?P<party>(?-i:PQ|CAQ|NDP|UCP))\b"
    r"(?![-’'](?:s\b|\p{L})|\s+(?:(?-i:[A-Z]\p{L}*)|MNAs?|MPs?|MPPs?|MLAs?|leaders?|candidates?|members?|government(?:'s|’s)?|"
    r"caucus|critics?|spokesperson|riding|ridings|organizers?|supporters|voters|activists|staff|cabinet|"
    r"ministers?|deputies|deputy|backbenchers?|officials?|strategists?|sources?|convention|congress|platform|"
    r"program|campaign|leadership|votes?|seats?|win|victory|defeat|majority|minority|era|years|bill|amendment|"
    r"motion|proposal|plan|policy|policies|stronghold|base|brass|executive|president|whip|house|membership|"
    r"caucuses|governments|premier|premiers|"
    # a count's nouns on election night: "ridings with NDP leads", "seats with CAQ gains"
    r"leads?|gains?|losses|wins|sweeps?|incumbents?|hopefuls?|nominees?|nominations?|breakthrough|surge|wave|"
    r"and|or)\b)",
    regex.IGNORECASE,
)
_ARTICLE_PARTIES = frozenset({"PQ", "CAQ", "NDP", "UCP"})  # a match needs one, as written


@rule(
    "grammar/party-without-article",
    triggers=(Phrases("party", tuple(sorted(_ARTICLE_PARTIES)), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.6,
)
def party_without_article(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A party's acronym used as a noun without its article (``according to PQ``).

    ## Why it matters
    Canadian copy writes "the PQ", "the CAQ", "the NDP" when the acronym is a noun; engines
    that translate from languages with other article rules (or that lose *le* in *selon le PQ*)
    drop it, and the sentence reads as a headline.

    ## Examples
    bad:  The plan is too timid, [[according to PQ->according to the PQ]], which wants more.
    bad:  The result was a blow [[for CAQ->for the CAQ]], which lost the seat.
    good: The plan is too timid, according to the PQ, which wants more.
    good: She ran for CAQ leader in 2011.
    good: The vote was called by NDP MPs on Monday.
    good: Support for NDP-backed bills grew.
    good: Two of the seats with PQ leads at midnight went to recounts, as did three with CAQ gains.
    good: Ridings with NDP incumbents were called first.
    bad:  The seat was a loss [[for NDP->for the NDP]], which had held it since 1999.

    ## Fix safety
    Display only: "the" is added before the acronym.
    """
    if not contains_any(par.text, _ARTICLE_PARTIES):
        return
    text = par.text
    try:
        matches = list(_NEEDS_ARTICLE.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return
    for m in matches:
        repl = f"{m.group('prep')} the {m.group('party')}"
        yield ctx.finding(par, m.start(), m.end(), f"Party acronym without its article: “the {m.group('party')}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


_BASE_FORMS = ("take|give|go|see|make|begin|write|speak|choose|drive|eat|forget|know|rise|steal|throw|grow|draw|fly|"
               "hide|do|decide|announce|tell|find|think|bring|buy|lose|meet|send|sell|spend|teach|win|keep")
_PAST_FORMS = ("took|gave|went|began|wrote|spoke|chose|drove|ate|forgot|knew|rode|stole|threw|wore|grew|flew|hid|did|"
               "told|brought|bought|sold|taught")

# --- word pairs no English sentence has --------------------------------------------------------
# A closed list: each pair is ungrammatical whatever surrounds it (a spinner's swap or an
# engine's leftover function word), e.g. "during of" (French "pendant"+"de"), "as than".
_POSSESSIVES = ("its", "their", "our", "my", "your")
# Each alternative, with the words it cannot match without (one of each group, as whole
# words of the paragraph in lower case): a paragraph is searched only with the alternatives
# whose words it holds (`_impossible_in`), which finds exactly what the whole pattern finds.
# Searched untimed (a timeout costs ~2 µs a call, a third of the search): each alternative is
# words, single runs of whitespace and one look-behind over a run of whitespace, with no
# repetition inside a repetition, so a match tried at a word costs at most the whitespace after
# (or, looking behind, before) it, and the search is linear in the paragraph whatever its text.
_IMPOSSIBLE_PARTS: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = tuple(
    (source, tuple(frozenset(group.split()) for group in groups)) for source, *groups in (
        (r"\b(?:during|despite|throughout|amid|towards|toward) of\b(?! (?:course|which|whom)\b)",
         "during despite throughout amid towards toward", "of"),
        (r"\bas than\b", "as", "than"),
        (r"\bsuch because\b", "such", "because"),
        (r"\bfirstly of\b", "firstly", "of"),
        (r"\bthan that of than\b", "than", "that", "of"),
        # two determiners in a row: a spinner's swap ("each the" for "both the") or a leftover article;
        # "each" alone is also a pronoun before "a" ("gave each a medal", "the two, each a former
        # mayor", "Patel and Moreau each a point shy") and after a comma before "the" ("each the size of")
        (r"\b(?:every|whose)\s+(?-i:the|a|an)\b(?!-)", "every whose", "the a an"),
        (r"(?<!,\s*)\beach\s+(?-i:the)\b(?!-)", "each", "the"),
        (r"\b(?:its|their|our|my|your)\s+(?-i:the|a|an)\b(?!-)", " ".join(_POSSESSIVES), "the a an"),
        # ("the the" is a doubled word, repetition/doubled-word's)
        (r"\b(?-i:a|an|the)\s+(?-i:its|their|our|my|your)\b(?!-)", "a an the", " ".join(_POSSESSIVES)),
        (r"\b(?-i:a|an)\s+(?-i:the)\b(?!-)", "a an", "the"),
        # a modal verb followed by "to" ("should to decide"): French "devoir" + infinitive marker
        (r"\b(?:should|must|could|might|cannot|shouldn['’]t|mustn['’]t|couldn['’]t)\s+to(?=\s+\p{L})",
         "should must could might cannot shouldn mustn couldn", "to"),
        # "before" swapped for "earlier than" by a spinner, left in a fixed pair
        (r"\bearlier than (?:and|or)\b", "earlier", "than", "and or"),
        # a perfect tense with the base form, and "to" with a past tense: a verb's ending lost in transfer
        (r"\b(?:has|have|had|having)\s+(?-i:" + _BASE_FORMS + r")\b(?!-)", "has have had having",
         _BASE_FORMS.replace("|", " ")),
        (r"\bto\s+(?-i:" + _PAST_FORMS + r")\b(?!-)", "to", _PAST_FORMS.replace("|", " ")),
    )
)
_IMPOSSIBLE = lazy("|".join(source for source, _ in _IMPOSSIBLE_PARTS), regex.IGNORECASE)


def _impossible_in(text: str, words: frozenset[str]):
    """The pattern of the alternatives of _IMPOSSIBLE that may match in a paragraph of
    these lower-case `words` (all of them if a character could match a letter unseen)."""
    if not anchored.triggers_see_every_letter(text):  # a letter folding to ASCII: the lower-case words miss it
        return _IMPOSSIBLE
    return _impossible_for(words & _PART_WORDS)


# Every word some alternative needs: a paragraph's share of them decides which alternatives
# it is searched with, and paragraphs share few such sets ({"to", "has", "the"}), so the
# choice is remembered per set.
_PART_WORDS = frozenset(w for _source, groups in _IMPOSSIBLE_PARTS for group in groups for w in group)


@lru_cache(maxsize=1024)
def _impossible_for(present: frozenset[str]):
    keep = tuple(i for i, (_source, groups) in enumerate(_IMPOSSIBLE_PARTS)
                 if all(not group.isdisjoint(present) for group in groups))
    return _impossible_pattern(keep) if keep else None


@lru_cache(maxsize=256)
def _impossible_pattern(keep: tuple[int, ...]):
    return pattern_cache.compile("|".join(_IMPOSSIBLE_PARTS[i][0] for i in keep), regex.IGNORECASE)


# What a match is, word by word, for the rule's triggers: the alternatives written with single
# spaces, as phrases (each first word, a space, each second word), and those whose words a run
# of whitespace joins, as pairs of word lists. A match joined by one plain space holds one of
# the phrases, and one joined by any other run of whitespace (a no-break space, a line break,
# two spaces) the pattern of the pairs; the four letters that match an ASCII one when case is
# ignored but that the triggers' lower case does not see are triggers of their own.
_MODALS_BEFORE_TO = ("should", "must", "could", "might", "cannot", "shouldn't", "mustn't", "couldn't",
                     "shouldn’t", "mustn’t", "couldn’t")
_IMPOSSIBLE_SPACED = (
    *(f"{w} of" for w in ("during", "despite", "throughout", "amid", "towards", "toward", "firstly")),
    "as than", "such because", "than that of than", "earlier than and", "earlier than or",
)
_IMPOSSIBLE_PAIRS = (
    (("every", "whose", *_POSSESSIVES), ("the", "a", "an")),
    (("each", "a", "an"), ("the",)),
    (("a", "an", "the"), _POSSESSIVES),
    (_MODALS_BEFORE_TO, ("to",)),
    (("has", "have", "had", "having"), tuple(_BASE_FORMS.split("|"))),
    (("to",), tuple(_PAST_FORMS.split("|"))),
)
_IMPOSSIBLE_PHRASES = tuple(sorted({*_IMPOSSIBLE_SPACED,
                                    *(f"{a} {b}" for firsts, seconds in _IMPOSSIBLE_PAIRS for a in firsts for b in seconds)}))


def _either_case(word: str) -> str:
    """`word` as a pattern of its letters in either case, ASCII only: Rust's `regex` builds
    ~20 ms of automaton for a negated class such as ``[^\\S ]`` with case ignored (it folds the case of every character
    the class takes in), ~0.1 ms without. The letters that fold to an ASCII one from beyond
    ASCII (ſ, K, İ, ı) fire the rule's own trigger, so the pattern need not see them."""
    return "".join(f"[{c}{c.upper()}]" if "a" <= c <= "z" else c for c in word.lower())


_IMPOSSIBLE_ODD_SPACE = "|".join(
    "(?:" + "|".join(map(_either_case, firsts)) + r")(?:\s{2,}|[^\S ])(?:" + "|".join(map(_either_case, seconds)) + ")"
    for firsts, seconds in _IMPOSSIBLE_PAIRS)

# Every alternative of _IMPOSSIBLE holds one of these words.
_IMPOSSIBLE_TRIGGERS = frozenset({"during", "despite", "throughout", "amid", "towards", "toward", "than", "because",
                                  "firstly", "each", "every", "whose", "its", "their", "our", "my", "your", "should",
                                  "must", "could", "might", "cannot", "shouldn't", "mustn't", "couldn't", "shouldn",
                                  "mustn", "couldn", "has", "have", "had", "having", "to"})


@rule(
    "grammar/impossible-pair",
    triggers=(Phrases("pair", _IMPOSSIBLE_PHRASES, boundary="letters"),
              Pattern("pair across odd whitespace", _IMPOSSIBLE_ODD_SPACE),
              Chars("letter folding to ASCII", "".join(sorted(FOLDS_TO_ASCII)))),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def impossible_pair(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two words that never stand side by side in English (``during of hearings``, ``as than``, ``each the``).

    ## Why it matters
    An engine that carries a function word over from the source (*pendant des audiences* →
    ``during of hearings``) or a spinner that swaps one word of a fixed pair (``such because``
    for *such as*) leaves a sequence no editor would write; it is always a mistake.

    ## Examples
    bad:  Lawyers argued for days [[during of]] hearings in Montreal.
    bad:  The party won more seats [[as than]] expected.
    bad:  Exports, [[such because]] lumber, fell sharply.
    bad:  He won’t commit to sharing [[each the]] report and the data.
    bad:  The ministry published [[their the]] figures on Monday.
    bad:  The minister [[should to]] decide by Friday.
    bad:  Prices rose [[earlier than and]] after the vote.
    bad:  The bank [[has decide]] to keep its rate.
    bad:  She was the first [[to went]] home.
    good: Lawyers argued for days during the hearings in Montreal.
    good: He won’t commit to sharing both the report and the data.
    good: Each of the reports was published; every one of them was late.
    good: The ministry published their figures; its A-list of projects came later.
    good: The minister should decide by Friday; he ought to.
    good: Prices rose earlier than expected, and after the vote they fell.
    good: The bank has decided to keep its rate; prices have come down and costs have run high.
    good: Loggers went to fell trees; the family went from rich to broke; it converted dollars to won.
    good: The accused have leave to appeal, and parents have pay equity and a say; workers had lead poisoning.
    good: The party won more seats than expected.
    good: Exports, such as lumber, fell sharply.
    good: He stayed because the vote was close, not as a favour.
    good: With Patel and Moreau each a point shy of the record, she stepped aside; he gave each a medal.
    good: Two rinks, each the size of a gym, were built.
    bad:  The mayor thanked [[every the]] volunteer and [[whose a]] friend.
    """
    if ctx.analysis(lower_words, par).isdisjoint(_IMPOSSIBLE_TRIGGERS):
        return
    text = par.text
    pattern = _impossible_in(text, ctx.analysis(lower_words, par))
    if pattern is None:
        return
    for m in pattern.finditer(text):  # untimed: see _IMPOSSIBLE_PARTS
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group()}” is not English: a word was left over or swapped")
