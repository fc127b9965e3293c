"""Clauses as the source language builds them: ``the people which``, ``asked why did the
minister``, ``Is important to act``, ``On Monday announced the minister``.

Four kinds every reference on the English of French, Spanish, German and Chinese speakers
lists, and that engines leave when they follow the source clause by clause:

- a relative pronoun chosen without regard to person: French *qui*, Spanish *que*, German
  *der/die* serve people and things alike, and English needs *who* (or *that*) for people;
- the word order of a direct question kept in a reported one (*il a demandé pourquoi le
  ministre a-t-il…*, Spanish *preguntó por qué ha dimitido el ministro*): English restores
  subject–verb order and drops *do*;
- a subject left out, as Spanish, Italian, Portuguese and Chinese allow (*Es importante*,
  *È necessario*, *porque es*): English needs *it* or a noun;
- the verb second, as German puts it after an opening phrase (*Am Montag kündigte der Minister
  … an*): English keeps the subject first.

The clauses are read from part-of-speech tags (``mtqa.tagging``) and closed word lists (people
nouns, verbs that report a question, subordinators, time phrases), not from the corpus.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.tagging import Token, Tagger
from mtqa.text import calendar


_SENTENCE_OPENERS = frozenset({".", "!", "?", "“", "\"", "«", "‘", "(", ";", ":"})


def _starts_sentence(toks: list[Token], i: int) -> bool:
    return i == 0 or toks[i - 1].text in _SENTENCE_OPENERS


def _ends_as_question(toks: list[Token], i: int) -> bool:
    """Whether the sentence holding token `i` ends with a question mark."""
    for tok in toks[i:]:
        if tok.text in (".", "!"):
            return False
        if tok.text == "?":
            return True
    return False


# --- "which" for a person ------------------------------------------------------------------------
# Nouns that only name people (not "driver", "player", "member", "leader", "owner", "parent":
# a company can be one).
_PEOPLE = frozenset({
    "people", "person", "persons", "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl",
    "girls", "minister", "ministers", "premier", "premiers", "mayor", "mayors", "citizen", "citizens",
    "resident", "residents", "worker", "workers", "employee", "employees", "student", "students", "teacher",
    "teachers", "doctor", "doctors", "nurse", "nurses", "patient", "patients", "voter", "voters", "candidate",
    "candidates", "victim", "victims", "suspect", "suspects", "lawyer", "lawyers", "politician", "politicians",
    "journalist", "journalists", "reporter", "reporters", "farmer", "farmers", "senior", "seniors",
    "immigrant", "immigrants", "refugee", "refugees", "tenant", "tenants", "soldier", "soldiers", "protester",
    "protesters", "demonstrator", "demonstrators", "activist", "activists", "expert", "experts", "economist",
    "economists", "scientist", "scientists", "researcher", "researchers", "witness", "witnesses", "mother",
    "mothers", "father", "fathers", "parents", "spokesperson", "spokesman", "spokeswoman",
    "someone", "anyone", "everyone", "somebody", "anybody", "everybody", "officer", "officers", "official",
    "officials", "athlete", "athletes", "physician", "physicians", "firefighter",
    "firefighters", "paramedic", "paramedics",
})


@rule(
    "grammar/which-for-person",
    triggers=(Phrases("which", ("which",)),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def which_for_person(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*Which* as the relative pronoun of a person (``the residents which live nearby``):
    English says *who* (or *that*).

    ## Why it matters
    French *qui/que*, Spanish *que* and German *der/die* stand for people and things alike;
    English keeps *which* for things, and a person called *which* reads as a translation.
    Only a defining clause counts (no comma: after a comma, *which* may stand for the whole
    clause before it, ``he thanked the minister, which surprised no one``), the noun must name
    only people, and the noun must not follow *of* (``the number of residents which has grown``
    refers to the number).

    ## Examples
    bad:  The [[residents which]] live near the plant were evacuated.
    bad:  She thanked the [[nurses which]] cared for her father.
    bad:  It is a law for [[people which]] rent their homes.
    good: The residents who live near the plant were evacuated.
    good: He thanked the minister, which surprised no one.
    good: The number of residents which has grown since 2019 is a worry.
    good: The plant which the residents oppose will close; the People which band played.
    good: The market leader which makes the drug was sold to an owner which is a bank.

    ## Fix safety
    None: *who* or *that*, as the sentence reads.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(1, len(toks)):
        noun, which = toks[i - 1], toks[i]
        if which.text != "which" or noun.lower not in _PEOPLE:
            continue
        if noun.text != noun.lower and not (noun.text == noun.lower.capitalize() and _starts_sentence(toks, i - 1)):
            continue  # a name ("the People which band"), unless the noun opens the sentence
        if i >= 2 and toks[i - 2].lower == "of" or i >= 3 and toks[i - 3].lower == "of" and toks[i - 2].tag == "DT":
            continue
        yield ctx.finding(par, noun.start, which.end, f"“which” for people: English says “{noun.text} who”")


# --- question order in a reported question ------------------------------------------------------
_REPORTING = frozenset({
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know", "knows", "knew",
    "explain", "explains", "explained", "explaining", "understand", "understands", "understood", "tell",
    "tells", "told", "unclear", "clear", "sure", "idea", "see", "sees", "saw",
})
_OBJECTS = frozenset({"me", "him", "her", "us", "them", "you"})
_DO = frozenset({"do", "does", "did"})
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should",
                  "may", "might", "must"})
_WH_ADVERBS = frozenset({"why", "how", "where", "when"})  # never the subject, so a verb after them is inverted
_WH = _WH_ADVERBS | {"what", "who", "which"}
_HOW_DEGREE = frozenset({"long", "much", "many", "often", "far", "soon"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "i"})
_SUBJECT_START = frozenset({"he", "she", "it", "they", "we", "you", "i", "the", "a", "an", "this", "these",
                            "those", "his", "her", "their", "its", "our", "my", "your"})


def _subject_start(tok: Token) -> bool:
    if tok.lower in _SUBJECT_START:
        return True
    return tok.tag in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.text.isalpha()


_CLAUSE_BREAKS = frozenset({"CC", "IN", "TO", "WP", "WDT", "WRB", "MD", "VBZ", "VBD"})


def _verb_follows_subject(toks: list[Token], s: int, tg: Tagger) -> bool:
    """Whether a verb's base form follows the subject starting at `s` ("the premier *promise*",
    "he *say*"), before any mark: the sign that a "do" before the subject is an auxiliary."""
    first = s + 1 if toks[s].lower in _SUBJECT_PRONOUNS or toks[s].tag in ("NNP", "NNPS") else s + 2
    for k in range(s + 1, min(s + 5, len(toks))):
        tok = toks[k]
        if not tok.text.isalpha() or tok.tag in _CLAUSE_BREAKS:
            return False
        if k >= first and tok.text.islower() and (
                tok.tag in ("VB", "VBP")
                or tok.tag == "NN" and not tok.lower.endswith(("s", "ed", "ing")) and "VERB" in tg.readings(tok.lower)):
            return True
    return False


@rule(
    "grammar/question-order-in-reported-question",
    triggers=(Phrases("wh-word", tuple(sorted(_WH_ADVERBS | {"what", "who"}))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def question_order_in_reported_question(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A reported question in the word order of a direct one (``asked why did the minister
    resign``, ``does not know where is the money``): English says ``why the minister resigned``,
    ``where the money is``.

    ## Why it matters
    A question reported after *ask*, *wonder*, *know*, *explain* or *it is unclear* takes the
    order of a statement; French and Spanish keep the inversion (*pourquoi le ministre a-t-il*,
    *por qué ha dimitido*), and grammar references name it the most persistent learner error
    in reported speech. The wh-word must follow the reporting verb (or its pronoun object)
    directly, and a subject must follow the inverted verb: *do* after any wh-word, *be*, *have*
    or a modal after *why*, *how*, *where* or *when* (after *what* or *who* the verb may be
    the clause's own: ``asked what is happening``).

    ## Examples
    bad:  Reporters asked [[why did the]] minister resign.
    bad:  The family does not know [[where is the]] money now.
    bad:  She asked him [[when will the]] bridge reopen.
    bad:  It is unclear [[how does the]] plan work.
    bad:  He did not specify on Monday [[when will the]] talks resume.
    bad:  Nobody would say [[how long will the]] work take.
    bad:  Reporters asked him [[what did the]] premier promise.
    good: Reporters asked why the minister resigned.
    good: The family does not know where the money is now.
    good: She asked what is happening, and who was there; he asked, “Why did the minister resign?”
    good: Why did the minister resign? Nobody knows. How is the plan going, she asked.
    good: He asked what did the damage. Do you know when will the vote be held?
    good: The vote, when did the minister call it? It is the town where the minister was born.
    good: Now why does it do this, you may ask. So how can we not use it, she said.
    good: Nobody would say how long the work will take, or how much the city will pay.

    ## Fix safety
    None: the clause is put back in subject–verb order, and *do* goes.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(1, len(toks) - 2):
        wh = toks[i]
        # "how long will the work take": the verb comes after "how" and its degree word
        v = i + 2 if wh.lower == "how" and toks[i + 1].lower in _HOW_DEGREE else i + 1
        if v + 1 >= len(toks):
            continue
        verb, subj = toks[v], toks[v + 1]
        if wh.lower not in _WH or not wh.text.islower() or toks[i - 1].text in _SENTENCE_OPENERS | {","}:
            continue
        if _starts_sentence(toks, i - 1):
            continue  # "So how can we …", "Now why does it …": a direct question, its mark left off
        if not (verb.lower in _DO or verb.lower in _AUX) or not _subject_start(subj):
            continue
        if wh.lower in _WH_ADVERBS:
            # inside a sentence that is not a question, an inverted verb after "why", "how",
            # "where" or "when" is a question's order whatever the clause hangs on
            if _ends_as_question(toks, i):
                continue
        else:
            # after "what" or "who" the verb may be the clause's own ("what did the damage"):
            # only straight after a verb that reports a question (or its pronoun object)
            j = i - 1
            if toks[j].lower in _OBJECTS:
                j -= 1
            if j < 0 or toks[j].lower not in _REPORTING or verb.lower not in _DO:
                continue
            if not _verb_follows_subject(toks, v + 1, tg):
                continue  # "asked what did the damage": "did" is the verb, "the damage" its object
        yield ctx.finding(par, wh.start, subj.end,
                          f"Reported question in question order: “{wh.lower} … {verb.lower}” puts the verb "
                          f"after its subject (and drops “do”)")


# --- a subject left out -------------------------------------------------------------------------
# ("though" is also an adverb: "the message though is that …")
_SUBORDINATORS = frozenset({"because", "although"})
_BE_FORMS = frozenset({"is", "was", "are", "were"})
_SUBJECTLESS_OPENERS = frozenset({"Is", "Was", "Exists", "Exist", "Existed"})  # as written, at a sentence's start


@rule(
    "grammar/missing-subject",
    triggers=(Phrases("be or exist", ("is", "was", "are", "were", "exists", "exist", "existed")),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def missing_subject(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A clause without its subject (``Is important to act now``, ``because is too late``,
    ``Exists a risk``): English needs *it*, *there* or a noun.

    ## Why it matters
    Spanish, Italian, Portuguese and Chinese drop a subject the verb makes plain (*Es
    importante actuar*, *porque es tarde*, *Existe un riesgo*); English never does outside
    commands and headlines, and references on Spanish speakers' English put subject omission
    first. Three shapes are read: a statement opening on *Is* or *Was* and an adjective then
    *to*, *that*, *for*, *whether* or *if* (a question ending in ``?`` is English); *because* or *although*
    followed straight by a form of *be*; a sentence opening on *Exist(s)*.

    ## Examples
    bad:  [[Is important]] to act before the winter, the mayor said.
    bad:  [[Was necessary]] that the council vote again.
    bad:  The vote was delayed [[because is]] too late to print ballots.
    bad:  [[Exists]] a risk that the bridge will close.
    good: It is important to act before the winter, the mayor said.
    good: Is it important to act now? Is important work being done?
    good: The vote was delayed because it is too late to print ballots.
    good: Is necessary spending always wise? There exists a risk; the risk exists.
    good: The lesson though is that costs fell.

    ## Fix safety
    None: the subject (*it*, *there*, a noun) must be supplied.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.text not in _SUBJECTLESS_OPENERS and tok.lower not in _SUBORDINATORS:
            continue  # most tokens: none of the three shapes begins here
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.text in ("Is", "Was") and _starts_sentence(toks, i) and nxt is not None:
            adj = _adjective_before_clause(toks, i, nxt)
            if adj is not None:
                yield ctx.finding(par, tok.start, adj.end, f"No subject: “It {tok.text.lower()} {adj.text} …”")
        elif tok.lower in _SUBORDINATORS and nxt is not None and nxt.text in _BE_FORMS:
            yield ctx.finding(par, tok.start, nxt.end, f"No subject after “{tok.lower}”: “{tok.lower} it {nxt.text} …”")
        elif _exists_opens_on_noun(toks, i, nxt):
            yield ctx.finding(par, tok.start, tok.end, f"No subject: “There {tok.text.lower()} …”")


def _adjective_before_clause(toks: list[Token], i: int, nxt: Token) -> Token | None:
    """The adjective of a statement opening on *Is* or *Was* at `i` (`nxt` after it) when a
    clause follows it (*to*, *that*, *for*, *whether*, *if*): "Is important to act"; None when
    the shape is another, or the sentence is a question."""
    k = i + 2 if nxt.lower == "not" else i + 1
    adj = toks[k] if k < len(toks) else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if adj is None or after is None or adj.tag != "JJ" or not adj.text.islower():
        return None
    if after.lower not in ("to", "that", "for", "whether", "if") or _ends_as_question(toks, i):
        return None
    return adj


def _exists_opens_on_noun(toks: list[Token], i: int, nxt: Token | None) -> bool:
    """Whether a sentence opens on *Exist(s)* or *Existed* at `i` before what exists ("Exists a
    risk"): *there* was left out."""
    return toks[i].text in ("Exists", "Exist", "Existed") and _starts_sentence(toks, i) and nxt is not None \
        and nxt.lower in ("a", "an", "the", "no", "many", "several", "some", "doubts", "risks")


# --- the verb second, as German puts it ----------------------------------------------------------
_DAYS = frozenset(calendar.WEEKDAYS)
_MONTHS = frozenset(calendar.MONTHS)
_TIME_ADVERBS = frozenset({"Yesterday", "Today", "Tomorrow", "Later", "Earlier", "Recently", "Afterwards",
                           "Subsequently"})
_LAST_THIS = frozenset({"week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "spring",
                        "summer", "fall", "autumn", "winter"}) | calendar.WEEKDAY_WORDS
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Verbs a news sentence leads with after a time phrase in German ("Am Montag kündigte der Minister
# an …"); verbs of coming and following are left out ("Then came the vote" is English inversion).
_V2_VERBS = frozenset({
    "announced", "announces", "said", "says", "declared", "declares", "presented", "presents", "explained",
    "explains", "stressed", "stresses", "emphasized", "emphasised", "told", "tells", "demanded", "demands",
    "criticized", "criticised", "criticizes", "criticises", "rejected", "rejects", "confirmed", "confirms",
    "decided", "decides", "approved", "approves", "adopted", "adopts", "signed", "signs", "met", "meets",
    "warned", "warns", "called", "calls", "published", "publishes", "visited", "visits",
})
_SUBJECT_PRONOUNS_V2 = frozenset({"he", "she", "they", "we", "i", "it"})


def _time_phrase_end(toks: list[Token], s: int) -> int | None:
    """The index after a time phrase opening a sentence at `s` ("Yesterday", "On Monday",
    "On Monday morning", "Last week", "In May", "In 2019"), or None."""
    first = toks[s].text
    nxt = toks[s + 1] if s + 1 < len(toks) else None
    if first in _TIME_ADVERBS:
        return s + 1
    if nxt is None:
        return None
    if first == "On" and nxt.text in _DAYS:
        after = toks[s + 2] if s + 2 < len(toks) else None
        return s + 3 if after is not None and after.lower in _PARTS_OF_DAY else s + 2
    if first in ("Last", "This") and nxt.text.lower() in _LAST_THIS:
        return s + 2
    if first == "In" and (nxt.text in _MONTHS or (nxt.text.isdigit() and len(nxt.text) == 4)):
        return s + 2
    return None


@rule(
    "grammar/verb-second-order",
    triggers=(Phrases("reporting verb", tuple(sorted(_V2_VERBS))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def verb_second_order(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The verb before its subject after an opening time phrase (``On Monday announced the
    minister a plan``): English says ``On Monday, the minister announced a plan``.

    ## Why it matters
    German (and Dutch, and the Nordic languages) put the verb second in a statement, so a
    sentence that opens on a time phrase puts its subject after the verb (*Am Montag kündigte
    der Minister einen Plan an*); English keeps subject before verb, and references on German
    speakers' English list the inverted order first. Only a time phrase (``Yesterday``, ``On
    Monday``, ``Last week``, ``In May``, ``In 2019``) opening the sentence counts, then a verb
    of saying or deciding and a subject (a determiner, a pronoun or a name); verbs of coming
    and following (``Then came the vote``) are English inversion.

    ## Examples
    bad:  On Monday [[announced the]] minister a new plan for rural schools.
    bad:  Last week [[said the]] chancellor that the budget was final.
    bad:  In 2019 [[signed Canada]] the treaty.
    good: On Monday, the minister announced a new plan for rural schools.
    good: Last week announced cuts took effect. Yesterday came the news of his death.
    good: “The budget is final,” said the chancellor last week. On Monday said is not a sentence.
    good: On Monday announced the minister what? In May the council met the mayor.

    ## Fix safety
    None: the subject moves before the verb.
    """
    toks, _ = tagged_tokens(par, ctx)
    last = len(toks) - 3
    # the sentences' first tokens (`_starts_sentence`), found in one pass, not tested at every token
    for s in [0] + [i + 1 for i, tok in enumerate(toks) if tok.text in _SENTENCE_OPENERS]:
        if s >= last:
            break
        end = _time_phrase_end(toks, s)
        if end is None or end + 1 >= len(toks):
            continue
        verb, subj = toks[end], toks[end + 1]
        if verb.text not in _V2_VERBS:
            continue
        if not (subj.lower in _SUBJECT_START or subj.lower in _SUBJECT_PRONOUNS_V2
                or subj.tag in ("NNP", "NNPS") and subj.text[:1].isupper() and subj.text.isalpha()):
            continue
        if _ends_as_question(toks, s):
            continue
        yield ctx.finding(par, verb.start, subj.end, f"Verb before its subject after “{toks[s].text} …”: "
                          f"English puts the subject first (“… {subj.text} {verb.text} …”)")
