"""Grammar: a singular count noun with no determiner after a preposition or a verb.

Engines translating from languages without articles (Chinese, Russian, Ukrainian, Polish,
Czech, Japanese, Korean, Turkish) leave ``he became member of the board``, ``the council will
vote on proposal next week``. `grammar/missing-article` knows closed lists after verbs of issuing;
this rule reads a larger, derived list: ``rules/bare_nouns.toml``, nouns that CMU's trigram model
of US English almost never shows bare after a preposition or a verb (``scripts/build_bare_nouns.py``),
each with the context words after which the model says English does write it bare and the
adjectives with which it makes a compound written bare (``on real estate``, ``without due
process``); nouns English uses as mass nouns too (``gather matter``) are left out of it. The
noun must be tagged a singular common noun, follow the preposition or verb with at most
lowercase adjectives between (never a determiner, a number or a possessive), and end its
noun phrase (what follows is a preposition, a mark, a verb or a conjunction, never another noun:
``of member states`` is a compound). Headlines, captions and list lines, binomials (``from door
to door``, ``husband and wife``), ``kind of``, a few fixed phrases and the nouns of complex prepositions
(``in relationship to``, ``on behalf of``) are left alone, and so is a noun after a compound's
modifier that the tagger read as a verb, in a noun phrase an article opened (``a county dump
truck``, ``a toy store and play area``).

`grammar/bare-named-compound` (at the end) reads the same drop where the noun's only modifier is
a name that cannot determine it, an acronym or a pair of names (``at EU level``), and tells a
count noun by its plural's frequency instead of a list.
"""

from __future__ import annotations

from typing import Callable, Iterator, Sequence


from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa import lexicon
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, rule
from mtqa.rules.grammar.bare_nouns_pack import PACK, BareNouns
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import FromPack, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.tagging import Token
from mtqa.text.articles import wants_an
from mtqa.text.plurals import regular_plural

# Prepositions after which a singular count noun needs a determiner ("per", "as", "like", "via",
# "than" and "to" are left out: "per person", "as member", "to court" are English or ambiguous).
_PREPOSITIONS = frozenset(
    "of in for with on by from about into against at under over after without through between during behind "
    "across near toward towards inside outside".split()
)
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})
# Verbs after which a role or a title stands bare ("was named chair", "elected leader") and
# verbs that take a clause or a name.
_NAMING_VERBS = frozenset(
    "named name names elected elect elects appointed appoint appoints called call calls crowned voted "
    "titled dubbed made make makes turned turn turns".split()
)
# What may follow the head of a noun phrase.
_AFTER_HEAD = frozenset({"IN", "TO", ".", ",", ":", "CC", "VBZ", "VBD", "VBP", "MD", "WDT", "WP"})
# "what kind of car", "a type of vehicle": a noun after these is English bare.
_KIND_OF = frozenset("kind kinds sort sorts type types form forms brand model version size class style "
                     "category variety piece".split())
# Fixed phrases of English with a bare count noun in the list (means of transport, "at rest").
_FIXED = frozenset({
    ("by", "car"), ("by", "bus"), ("by", "boat"), ("by", "truck"), ("by", "cab"), ("by", "airplane"),
    ("by", "ambulance"), ("by", "letter"), ("by", "mile"), ("by", "inch"), ("by", "hour"), ("at", "rest"),
    ("on", "board"), ("in", "hospital"), ("in", "office"), ("at", "home"), ("on", "foot"), ("in", "person"),
    ("of", "course"), ("on", "stage"), ("in", "case"), ("by", "name"), ("in", "name"), ("from", "hospital"),
    ("think", "tank"), ("in", "condition"), ("in", "variety"), ("in", "position"), ("into", "position"), ("by", "phone"), ("on", "phone"), ("by", "day"), ("at", "end"), ("in", "part"), ("by", "decade"), ("after", "hour"), ("in", "return"),
})
# Complex prepositions: a preposition, a noun English writes bare there, and the preposition that
# closes them ("in relationship to its needs", "on behalf of the town"). The closing word is part
# of the phrase: "in relationship with the mayor" is no complex preposition and still fires.
_COMPLEX_PREPOSITIONS = frozenset(
    tuple(phrase.split()) for phrase in (
        "in relationship to", "in relation to", "in response to", "in addition to", "in proportion to",
        "in reference to", "in regard to", "with regard to", "with respect to", "in contrast to",
        "in contrast with", "in comparison to", "in comparison with", "in connection with", "in conjunction with",
        "in line with", "in keeping with", "in accordance with", "in exchange for", "in return for",
        "in front of", "in charge of", "in favour of", "in favor of", "in honour of", "in honor of",
        "in memory of", "in search of", "in support of", "in place of", "in view of", "in light of",
        "in spite of", "on behalf of", "on top of", "on account of", "by way of"))
# The forms of one verb: a noun the model sees bare after one form ("became leader") is bare after all.
_FORMS = {form: group for group in (
    frozenset({"become", "became", "becomes", "becoming"}), frozenset({"has", "have", "had", "having"}),
    frozenset({"is", "was", "are", "were", "be", "been", "being", "am"})) for form in group}
# How a sentence ends: a stop, perhaps inside closing quotation marks or a bracket ("… said.”").
_SENTENCE_END = lazy(r"[.!?…][”\"’')]*+\s*$")
# A closing quotation mark or bracket with no stop before it ("… on ‘grocery rebate’", "(VIDEO)").
_CLOSED_WITHOUT_STOP = lazy(r"[”\"’')]\s*$")


def _reads_as_prose(par: Paragraph) -> bool:
    """Whether a paragraph ends like running prose, not like a headline, a caption or a list
    line: on a stop, or on a quotation or bracket closed after another sentence of the paragraph
    ("The vote passed. Then came ‘the rebate’"). A one-line paragraph that ends on a quoted
    phrase without a stop ("Scam alert: texts sent across town on ‘rebate’") is a headline.
    Another sentence is the segmenter's (`Paragraph.sentences`): "Dr. Roe" starts none."""
    text = par.text
    if _SENTENCE_END.search(text):
        return True
    return _CLOSED_WITHOUT_STOP.search(text) is not None and len(par.sentences) > 1


def _binomial(toks: Sequence[Token], i: int) -> bool:
    """Whether the noun at i is one of a pair English writes bare: "door to door", "from house to
    house", "husband and wife", "between mother and child"."""
    noun = toks[i].lower
    before = toks[max(0, i - 4):i]
    if any(t.lower == noun for t in before):
        return True
    if toks[i - 1].lower in ("to", "and", "or") or any(t.lower == "from" for t in before):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is not None and nxt.lower in ("and", "or", "nor", "to", "after", "by", "on", "for", "over", "upon") and after is not None and \
        after.tag in ("NN", "NNS") and after.text.islower()


# Adjectives that determine a noun as an article does ("last year", "next week", "same day").
_DETERMINER_ADJECTIVES = frozenset("last next past previous following same whole entire own other such "
                                   "late early mid front top bottom".split())
# Adjectives of degree or quantity: before an abstract noun they give it a mass reading that
# English writes bare ("without significant presence", "with considerable influence", "of
# growing concern"), as "much" or "more" would.
_DEGREE_ADJECTIVES = frozenset("significant considerable substantial sufficient limited minimal great greater "
                               "little growing increasing strong heavy broad wide widespread full partial total "
                               "adequate ample enormous tremendous".split())
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "CD", "POS", "WP$", "PDT"})
_NOT_BEFORE_VERB = _DETERMINER_TAGS | {"JJ", "JJR", "JJS"}


def _context(toks: Sequence[Token], i: int, is_verb: Callable[[str], bool],
             is_noun: Callable[[str], bool] = lambda word: False) -> str | None:
    """The preposition or verb before the noun at i (across lowercase adjectives), lowercase, if
    it is one the rule reads."""
    at = _before_adjectives(toks, i)
    if not at:
        return None  # an adjective that determines the noun, or nothing before it
    prev = toks[at - 1]
    if not prev.text.isalpha() or not prev.text.islower():
        return None
    if prev.lower in _PREPOSITIONS and prev.tag in ("IN", "RP", "RB"):
        return None if _preposition_as_modifier(toks, at) else prev.lower
    return prev.lower if _verb_takes_noun(toks, at, is_verb, is_noun) else None


def _before_adjectives(toks: Sequence[Token], i: int) -> int | None:
    """Where the lowercase adjectives before the noun at i start; None where one of them gives
    the noun a determiner's reading ("last year", "the same day") or a mass reading ("without
    significant presence"), which English writes without an article."""
    while i > 0 and toks[i - 1].tag in ("JJ", "JJR", "JJS") and toks[i - 1].text.isalpha() and toks[i - 1].text.islower():
        if toks[i - 1].lower in _DEGREE_ADJECTIVES:
            return None  # "without significant presence": a mass reading
        if toks[i - 1].lower in _DETERMINER_ADJECTIVES:
            return None  # "rose last year", "the same day": the adjective determines the noun
        i -= 1
    return i


def _preposition_as_modifier(toks: Sequence[Token], at: int) -> bool:
    """Whether the preposition before `at` is no preposition of the noun: an adjective after a
    determiner ("the outside world"), or "of" after a word of kind ("what kind of car")."""
    if at >= 2 and toks[at - 2].tag in _DETERMINER_TAGS:
        return True  # "the outside world": the preposition is an adjective here
    return toks[at - 1].lower == "of" and at >= 2 and toks[at - 2].lower in _KIND_OF


def _verb_takes_noun(toks: Sequence[Token], at: int, is_verb: Callable[[str], bool],
                     is_noun: Callable[[str], bool]) -> bool:
    """Whether the word before `at` is a verb (or a verb after a modal that the tagger read as a
    noun: "will review") whose object the noun is, not a naming verb ("named member"), a
    participle used as an adjective ("a crashed car") or a compound's noun ("about refuse
    collection")."""
    prev = toks[at - 1]
    after_modal = prev.tag == "NN" and at >= 2 and toks[at - 2].tag == "MD" and is_verb(prev.lower)  # "will review"
    if not (prev.tag in _VERB_TAGS or after_modal) or prev.lower in _NAMING_VERBS:
        return False
    if at >= 2 and toks[at - 2].tag in _NOT_BEFORE_VERB:
        return False  # "a crashed car", "the second downed jet": a participle as an adjective
    if _compound_modifier(toks, at, is_noun):
        return False  # "a county dump truck": the "verb" is the modifier of a noun compound
    # "about refuse collection": no verb follows a preposition; the word is a compound's noun
    return not (at >= 2 and toks[at - 2].lower in _PREPOSITIONS and toks[at - 2].tag == "IN" and is_noun(prev.lower))


# Articles that open a noun phrase a compound's modifier may continue ("a county dump truck").
_ARTICLES = frozenset({"a", "an", "the"})


def _compound_modifier(toks: Sequence[Token], at: int, is_noun: Callable[[str], bool]) -> bool:
    """Whether the word before `at`, read as a verb, is the modifier of a noun compound that an
    article opened: a base or present form that can be a noun, after lowercase singular nouns
    (one "and" or "or" between two of them) that lead back to "a", "an" or "the" ("a county dump
    truck", "a boutique store and play area"). A verb of a plural subject ("the members review
    proposal") or a tensed one ("the county approves proposal") is not read so."""
    prev = toks[at - 1]
    if prev.tag not in ("VB", "VBP") or not is_noun(prev.lower):
        return False
    j, nouns, joined = at - 2, 0, False
    while j >= 0:
        tok = toks[j]
        if tok.tag == "NN" and tok.text.isalpha() and tok.text.islower():
            nouns += 1
        elif tok.lower in ("and", "or") and not joined and j > 0 and toks[j - 1].tag == "NN":
            joined = True
        else:
            return tok.lower in _ARTICLES and tok.tag == "DT" and nouns > 0
        j -= 1
    return False


@rule(
    "grammar/bare-count-noun",
    triggers=(Phrases("count noun", FromPack("bare_after"), pack=PACK, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.55,
)
def bare_count_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A singular count noun with no determiner after a preposition or a verb (``became member
    of``, ``vote on proposal next week``).

    ## Why it matters
    English counts these nouns: a singular one needs *a*, *the* or a possessive. A bare one
    in running prose reads as a headline inside a sentence, the mark of an engine from a
    language without articles.

    ## Examples
    bad:  Last year she became [[member->a member]] of the regional council.
    bad:  The council will vote on [[proposal->a proposal]] to widen the bridge.
    bad:  The mayor announced [[decision->a decision]] to close the arena for repairs.
    bad:  He spent the night in cheap [[hotel->a hotel]] near the border.
    bad:  The minister said the province will review [[proposal->a proposal]].
    good: Last year she became a member of the regional council.
    good: The council will vote on a proposal to widen the bridge, and on two others.
    good: Council votes on bridge proposal
    good: Warning: letters mailed out across valley on ‘tax refund’
    bad:  The agency said so. Letters went out across [[valley->a valley]] on ‘tax refund’
    good: Member states voted, and the statement said so; the decision panel met.
    good: They went from door to door and from house to house, husband and wife.
    good: What kind of car was it? He travelled by car and stayed at home.
    good: She was named member of the year and spent a night in a crashed car.
    good: Sales rose last week, and the outside world took notice of phone calls.
    good: It could not stay without significant presence in the region, he said, with growing concern.
    good: Owners of real estate paid more, and the board acted without due process.
    good: Residents asked about refuse collection and about waste disposal on Monday.
    bad:  The crews will refuse [[collection->a collection]] on Monday.
    good: Stars form where dense clouds gather matter, and tired crews asked for rest.
    good: The budget was small in relationship to its needs, the treasurer said.
    bad:  She was in [[relationship->a relationship]] with the former mayor for years, he said.
    good: The township ordered a gravel dump truck for the works yard, the clerk said.
    good: The mall will open a toy store and play area near the food court, the owner said.
    bad:  The county will review [[proposal->a proposal]] for a gravel dump site next week.

    ## Fix safety
    Display only: "a" or "an" is suggested; "the" or a possessive may be meant.

    ## Known issues
    Narrow by design. The list is read from a lowercased model of general US English: nouns it
    sees bare about as often as with a determiner (*government*, *committee*, *court*, *school*,
    *office*, and nouns that are also words of names) are not in it, so "said that government
    will" is not reached; nor is a noun after "to", "as" or a compound's first word
    (``securing supply chain for``). A noun English uses as a mass noun too (*matter*, *rest*,
    *ability*) is not in the list when both resources say so (lemminflect lists it as uncountable
    as well, and the model has seen it after "much", "less" or "amount of"); one that only
    lemminflect lists so (*proposal*, *decision*) stays, and is flagged where a mass sense is meant.
    """
    text = par.text
    if par.kind not in ("paragraph", "quote") or not _reads_as_prose(par):
        return  # a headline, a caption or a list line: articles are dropped there on purpose
    data: BareNouns = ctx.data(PACK)
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        contexts = _listed_bare_noun(toks, i, data)
        if contexts is None or not _in_bare_context(toks, i, contexts, tg) or not _noun_phrase_ends(text, toks, i, tg):
            continue
        article = "an" if wants_an(tok.text) else "a"
        repl = f"{article} {tok.text}"
        yield ctx.finding(par, tok.start, tok.end, f"“{tok.text}” is a singular count noun and needs a determiner here",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def _listed_bare_noun(toks: Sequence[Token], i: int, data: BareNouns) -> frozenset[str] | None:
    """The contexts the pack's model sees token `i` bare after, when it is a lowercase singular
    noun of the list and not the noun of a compound English writes bare ("a tax on real
    estate", "without due process"); None otherwise."""
    tok = toks[i]
    if tok.tag != "NN" or not tok.text.isalpha() or not tok.text.islower():
        return None
    contexts = data.bare_after.get(tok.text)
    if contexts is None:
        return None
    if i > 0 and toks[i - 1].lower in data.bare_compounds.get(tok.text, ()):
        return None
    return contexts


def _in_bare_context(toks: Sequence[Token], i: int, contexts: frozenset[str], tg) -> bool:
    """Whether token `i` stands after a preposition or a verb (its context) that the model does
    not see it bare after, and that is no fixed phrase of it."""
    context = _context(toks, i, lambda word: "VERB" in tg.readings(word), lambda word: "NOUN" in tg.readings(word))
    if context is None or not contexts.isdisjoint(_FORMS.get(context, (context,))):
        return False
    if (context, toks[i].text) in _FIXED:
        return False
    return not _complex_preposition(toks, i, context)


def _complex_preposition(toks: Sequence[Token], i: int, context: str) -> bool:
    """Whether the noun at i, right after its preposition, is the noun of a complex preposition
    ("small in relationship to its needs", "spoke on behalf of the town")."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return toks[i - 1].lower == context and (context, toks[i].text, nxt) in _COMPLEX_PREPOSITIONS


def _noun_phrase_ends(text: str, toks: Sequence[Token], i: int, tg) -> bool:
    """Whether token `i` is the whole noun phrase: a word that ends it follows (not a verb
    that may be the head noun, "of phone calls"), it is not part of a compound or a quoted
    word, and not of a pair such as "husband and wife"."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.tag not in _AFTER_HEAD or nxt.text in ("-", "/", "'s", "’s"):
        return False
    if nxt.tag in ("VBZ", "VBP", "VBD") and "NOUN" in tg.readings(nxt.lower):
        return False
    if tok.start > 0 and text[tok.start - 1] in "-/'’":
        return False
    return not _binomial(toks, i)


# --- a count noun after an acronym or a pair of names, with no article ----------------------------

# A modifier that is a name, never a determiner: an acronym ("EU", "G20"), one written with
# periods ("B.C.", "U.S."), a name ending in a figure ("COVID-19") or two names joined by a hyphen
# ("China-Canada"). Names written as words ("Canadian soil", "Quebec village") are left out:
# English writes many of them bare. (The trigger reads the same shape after a preposition and
# before a space.)
_NAME_MODIFIER_SHAPE = r"(?:[A-Z][A-Z0-9]+|(?:[A-Z]\.){2,}|[A-Z][A-Za-z]*-?[0-9]+|[A-Z][a-z]+-[A-Z])[A-Za-z0-9-]*"
# The prepositions read here: "to" too, whose noun is no infinitive's verb after a name ("to
# AHL affiliate"), though `grammar/bare-count-noun` leaves it out ("to court").
_NAMED_PREPOSITIONS = _PREPOSITIONS | {"to"}
# Verbs of candidacy: the role after their "for" stands bare in English ("ran for CAQ leader",
# "stood for NDP president"), as after a naming verb.
_CANDIDACY_VERBS = frozenset("run runs ran running stand stands stood standing campaign campaigns campaigned "
                             "campaigning".split())
_NAME_MODIFIER = lazy(_NAME_MODIFIER_SHAPE)
# How much rarer than its singular a noun's plural may be and the noun still be counted:
# wordfreq's plural at most 10^1.5 times rarer ("levels", "partnerships"; a mass noun's plural,
# "fundings", "growths", is far rarer or unlisted).
_PLURAL_MARGIN = 1.5
_COMMON_NOUN_ZIPF = 2.5


def _counted(noun: str, tg, lex: lexicon.Lexicon) -> bool:
    """Whether English only counts `noun`: lemminflect gives it a plural of its own and does not
    list it uncounted too (AGID's "law", "government", "level", "control", "trade": their abstract
    sense is written bare, "under EU law", "at NHL level", and "the" would be worse than the text),
    and wordfreq sees that plural at most `_PLURAL_MARGIN` orders of magnitude less often than the
    singular (a mass noun's plural is far rarer or unlisted). A plural the table lists only as
    rarer than it keeps exactly (`lexicon.RARE_ZIPF`) is read at that bound ("pandemics")."""
    if not tg.has_distinct_plural(noun) or tg.is_uncountable_too(noun):
        return False
    singular = lex.zipf(noun)
    plural = lex.zipf(regular_plural(noun))  # an irregular plural is then unseen, and quiet
    if plural == lexicon.RARE_ZIPF:
        plural = lexicon.COMMON_ZIPF  # listed, rarer than the table keeps exactly: at most this
    return singular >= _COMMON_NOUN_ZIPF and plural >= singular - _PLURAL_MARGIN


def _bare_named_compound(toks: Sequence[Token], i: int) -> int | None:
    """Where the preposition stands before the noun at i, when between them are only name
    modifiers (at least one) and lowercase adjectives after them, and no determiner, and the
    phrase is no half of a "from ... to ..." pair English writes bare ("from AHL rookie to NHL
    captain"); None otherwise."""
    at = _before_adjectives(toks, i)
    if not at:
        return None
    j = at
    while j > 0 and _NAME_MODIFIER.fullmatch(toks[j - 1].text):
        j -= 1
    if j == at or j == 0:
        return None
    prep = toks[j - 1]
    if prep.lower not in _NAMED_PREPOSITIONS or prep.tag not in ("IN", "RP", "RB", "TO") or not prep.text.islower():
        return None
    if _from_to_pair(toks, j - 1, i):
        return None
    if prep.lower == "for" and j >= 2 and toks[j - 2].lower in _CANDIDACY_VERBS:
        return None  # "ran for CAQ leader": a role after a verb of candidacy
    return j - 1


def _from_to_pair(toks: Sequence[Token], prep: int, i: int) -> bool:
    """Whether the phrase from the preposition at `prep` to the noun at `i` is one half of a
    "from X to Y" pair: "from" with "to" right after the noun, or "to" with "from" at most six
    tokens before it ("went from CBC studio to CTV studio")."""
    if toks[prep].lower == "from":
        return i + 1 < len(toks) and toks[i + 1].lower in ("to", "into")
    return toks[prep].lower in ("to", "into") and any(t.lower == "from" for t in toks[max(0, prep - 6):prep])


@rule(
    "grammar/bare-named-compound",
    triggers=(Pattern("a preposition before a name modifier",
                      rf"\b(?:{'|'.join(sorted(_NAMED_PREPOSITIONS))}) {_NAME_MODIFIER_SHAPE} "),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.55,
)
def bare_named_compound(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A singular count noun after a preposition, modified by an acronym or a pair of names,
    with no article (``at G20 summit``, ``during COVID-19 pandemic``, ``with UN agency``).

    ## Why it matters
    A name used as a modifier does not determine its noun: "the G20 summit", "the COVID-19
    pandemic" need their article as "the summit" does. Engines from languages without articles
    (Chinese, Vietnamese, Russian, Nepali, Turkish) drop it, and the modifier hides the drop
    from a reader's eye and from rules that read an adjective and a noun.

    ## Examples
    bad:  Ministers met in Osaka for talks at [[G20 summit->the G20 summit]] on the new tariffs.
    bad:  Hotels in the valley lost bookings during [[COVID-19 pandemic->the COVID-19 pandemic]].
    bad:  The envoy signed a deal with [[UN agency->the UN agency]] that runs the camps.
    good: Ministers met in Osaka for talks at the G20 summit on the new tariffs.
    good: The levy is legal under EU law, and he played at NHL level for a season.
    good: Spending rose under NDP government, and the port stayed under UN control.
    good: The suspect remains in RCMP custody; the pact widened China-Canada trade.
    bad:  The winger was sent down to [[AHL affiliate->the AHL affiliate]] after the game.
    bad:  The goalie signed a deal with [[B.C. club->the B.C. club]] on Friday.
    good: The winger was sent down to the AHL affiliate and went from AHL rookie to NHL captain.
    good: The former minister ran for NDP leader in 2017 and stood for UCP president later.
    good: Hotels in the valley lost bookings during the COVID-19 pandemic, the board said.
    good: She said the deal marks a new stage of China-Canada cooperation, and trade grew.
    good: The team played in NHL arenas and sold NHL tickets to fans of NHL history.
    good: Voters in the riding of Mont-Royal met with RCMP officers and with CBC reporters.
    good: The plant has run since 2019 on Canadian soil, under Ontario rules.
    good: Rates rose during COVID-19's first wave, and the CEO of NASA spoke on Monday.
    good: Provinces signed on to the G7 statement and the B.C.-Alberta deal in May.

    ## Fix safety
    Display only: "the" is suggested; "a" may be meant.

    ## Known issues
    Narrow by design: only a modifier that can be nothing but a name (an acronym, with or
    without periods, a name with a figure, two names with a hyphen), after a preposition
    ("to" included), never in a "from X to Y" pair nor after "ran for"; "in U.S." alone and names in words
    ("Canadian soil", "Quebec village", both often bare in English) are left alone. A noun
    counts when lemminflect gives it a plural of its own and does not list it uncounted too,
    and wordfreq sees that plural at most 10^1.5 times rarer than the singular; an irregular
    plural is not read, so "spokesman" is not counted. A noun that lemminflect (AGID) also lists
    uncounted is never flagged, since its abstract sense is English bare ("under EU law", "at
    NHL level", "under NDP government", "on China-Canada trade"): so a true drop before one
    ("of China-Canada partnership", "of COVID-19 vaccine") is missed. Headlines, captions and
    list lines are skipped. Without the `grammar` extra (tagger) or the `words` extra
    (wordfreq) the rule is skipped.
    """
    text = par.text
    if par.kind not in ("paragraph", "quote") or not _reads_as_prose(par):
        return  # a headline, a caption or a list line: articles are dropped there on purpose
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.tag != "NN" or not tok.text.isalpha() or not tok.text.islower():
            continue
        prep = _bare_named_compound(toks, i)
        if prep is None:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.tag not in _AFTER_HEAD or nxt.text in ("-", "/", "'s", "’s"):
            continue
        if not _counted(tok.lower, tg, lex):
            continue
        start = toks[prep + 1].start
        phrase = text[start:tok.end]
        yield ctx.finding(par, start, tok.end, f"“{phrase}” is a singular count noun and needs an article here",
                          fix=Fix.display_only(f"Write “the {phrase}”", replacement=f"the {phrase}"))
