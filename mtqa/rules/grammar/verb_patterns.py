"""Verb complements as the source language builds them: ``avoid to pay``, ``wants that the
government acts``, ``suggested him to resign``.

Each verb of English takes its own complement (a gerund, an object and a *to*-infinitive, a
*that*-clause), and a learner or an engine carries over the source language's pattern: French
*éviter de payer*, *contribuer à réduire*, *vouloir que*, *suggérer à qn de*, *empêcher qn de*;
Spanish *evitar pagar*, *querer que*, *sugerir a alguien que*; German *vermeiden zu*, *wollen
dass*. The kinds and the verbs come from ESL grammar references (verbs followed by a gerund,
not an infinitive; verbs that do not take an object plus *to*-infinitive) and from writing
centres' lists of errors of French and Spanish speakers, not from the corpus. The word after
the pattern is read from its part-of-speech tag (``mtqa.tagging``): a verb in its base form,
so that ``contributed to the fund`` or ``suggested to reporters`` stay quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import FixAvailability, Severity
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.tagging import Token, Tagger


def _forms(*lemmas: str) -> dict[str, str]:
    """Every regular form of each verb, mapped to the verb (``avoided`` → ``avoid``)."""
    out: dict[str, str] = {}
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for form in (lemma, lemma + "s", stem + "ed", stem + "ing"):
            out[form] = lemma
    return out


def _base_verb(toks: list[Token], k: int, tg: Tagger) -> bool:
    """Whether token `k` reads as a verb's base form: its likeliest class ("pay", "reduce"), or
    a noun that is also a verb and is not followed by a noun ("delay the vote", "work with";
    not "power grids")."""
    tok = toks[k] if k < len(toks) else None
    if tok is None or not tok.text.isalpha() or not tok.text.islower():
        return False
    if tok.tag in ("VB", "VBP"):
        return True
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (tok.tag == "NN" and not tok.lower.endswith(("s", "ed", "ing")) and "VERB" in tg.readings(tok.lower)
            and (after is None or not after.tag.startswith("NN")))


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "get", "gets", "got",
                 "getting", "become", "became"})
# Verbs whose past participle often ends a reduced relative before a to-infinitive of purpose
# ("the steps recommended to cut costs").
_OFTEN_REDUCED = frozenset({"suggest", "recommend"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who"})
_NOUN_MARKERS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS"})
_HAVE = frozenset({"has", "have", "had", "'ve", "'d"})

# Verbs whose object is a gerund, never a to-infinitive (ESL references' lists, the ones an
# engine from French "éviter de", "finir de", "risquer de", "nier", "admettre" leaves in copy).
_GERUND_VERBS = _forms("avoid", "enjoy", "finish", "risk", "suggest", "recommend") | {
    "deny": "deny", "denies": "deny", "denied": "deny", "denying": "deny",
    "admit": "admit", "admits": "admit", "admitted": "admit", "admitting": "admit",
}
# Phrases whose "to" is a preposition, so a gerund follows (French "contribuer à").
# ("object to" is left out: "a file object to read" is a noun and its purpose far more often.)
_PREPOSITION_TO = _forms("contribute") | {"forward": "look forward"}
_LOOK = frozenset({"look", "looks", "looked", "looking"})


def _active_verb(toks: list[Token], i: int) -> bool:
    """Whether the verb at `i` is active and finite or infinitive: not a passive or a reduced
    relative ("the measures recommended to reduce costs" has its object before it)."""
    j = i - 1
    while j >= 0 and toks[j].tag in ("RB", "RBR") and toks[j].lower not in ("not", "n't"):
        j -= 1
    prev = toks[j] if j >= 0 else None
    if prev is None:
        return False
    if prev.lower in _BE or prev.tag in _NOUN_MARKERS:
        return False  # a passive, or a noun ("the risks to", "a suggestion")
    if not toks[i].lower.endswith("ed") or _GERUND_VERBS.get(toks[i].lower) not in _OFTEN_REDUCED:
        return True
    # "suggested", "recommended" read as active only after a pronoun, a name or "have"
    return (prev.lower in _SUBJECT_PRONOUNS or prev.lower in _HAVE
            or (prev.tag == "NNP" and prev.text[:1].isupper() and j > 0 and toks[j - 1].text not in ".!?“\""))


@rule(
    "grammar/infinitive-for-gerund",
    triggers=(Phrases("verb", tuple(sorted(set(_GERUND_VERBS) | set(_PREPOSITION_TO)))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def infinitive_for_gerund(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A *to*-infinitive after a verb that takes a gerund (``avoided to pay``, ``contribute to
    reduce``): English says ``avoided paying``, ``contribute to reducing``.

    ## Why it matters
    French and Spanish put an infinitive after every verb (*éviter de payer*, *contribuer à
    réduire*, *evitar pagar*); English takes a gerund after *avoid*, *enjoy*, *finish*, *risk*,
    *suggest*, *deny*, *admit*, *recommend*, and after the preposition *to* of *contribute to*
    and *look forward to*. The infinitive is the learner's error every grammar
    reference lists. The verb must be active (not ``was recommended to cut``, nor the reduced
    relative ``the steps recommended to cut costs``) and the word after *to* a verb's base form.

    ## Examples
    bad:  The company [[avoided to pay]] its taxes for three years.
    bad:  The party [[risks to lose]] its last seat in the region.
    bad:  The new rules will [[contribute to reduce]] waiting times.
    bad:  She said she [[looks forward to work]] with the new council.
    bad:  He [[suggested to delay]] the vote until the fall.
    good: The company avoided paying its taxes for three years.
    good: The new rules will contribute to reducing waiting times, and to the fund.
    good: Masks are recommended to limit the spread; the steps recommended to cut costs failed.
    good: She looks forward to the vote, and he suggested to reporters that it would pass.
    good: The risks to health are low; he admitted to lying and denied to the court that he knew.
    good: They finished the report to meet the deadline.

    ## Fix safety
    None: the infinitive becomes a gerund, and the sentence may need more.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        verb, to, nxt = toks[i], toks[i + 1], toks[i + 2]
        if to.lower != "to" or not verb.text.isalpha() or not _base_verb(toks, i + 2, tg):
            continue
        if verb.lower in _GERUND_VERBS:
            if not verb.text.islower() and i > 0 and toks[i - 1].text not in ".!?“\"":
                continue  # a name ("Risk", "Finish") mid-sentence
            if not _active_verb(toks, i):
                continue
            what = f"“{_GERUND_VERBS[verb.lower]}” takes a gerund (“…ing”), not “to {nxt.lower}”"
        elif verb.lower in _PREPOSITION_TO:
            phrase = _PREPOSITION_TO[verb.lower]
            if phrase == "look forward" and (i == 0 or toks[i - 1].lower not in _LOOK):
                continue
            if phrase != "look forward" and not _active_verb(toks, i):
                continue
            what = f"the “to” of “{phrase} to” is a preposition: a gerund follows, not “to {nxt.lower}”"
        else:
            continue
        start = toks[i - 1].start if verb.lower == "forward" else verb.start
        yield ctx.finding(par, start, nxt.end, what)


# Verbs that take an object, never a that-clause: "want" and "would like" (French "vouloir
# que", Spanish "querer que"), and verbs of judging whose source twin takes one (German
# "kritisieren, dass", "begrüßen, dass"; French "saluer que", "condamner que").
_OBJECT_VERBS = {**_forms("want", "criticize", "criticise", "welcome", "condemn", "denounce"), "like": "would like"}
_CLAUSE_SUBJECT = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "he", "she",
                             "they", "we", "i", "you", "everyone", "everybody", "nobody"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _clause_subject(toks: list[Token], k: int) -> bool:
    """Whether token `k` opens a clause's subject: a pronoun or determiner, or a name followed by
    a finite verb ("that Merz had"; not "that Ottawa plan")."""
    tok = toks[k]
    if tok.lower in _CLAUSE_SUBJECT:
        return True
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (tok.tag in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.text.isalpha()
            and after is not None and after.tag in _FINITE_TAGS)


@rule(
    "grammar/that-clause-for-object",
    triggers=(Phrases("verb", tuple(sorted(_OBJECT_VERBS))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def that_clause_for_object(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A *that*-clause after a verb that takes an object (``wants that the government acts``,
    ``criticized that the plan was late``): English says ``wants the government to act``,
    ``criticized the fact that …`` or ``criticized the plan for …``.

    ## Why it matters
    French *vouloir que*, Spanish *querer que*, German *wollen, dass* and Italian *volere che*
    take a clause; English *want* and *would like* take an object and a *to*-infinitive, and
    reference lists of Romance speakers' errors all give ``I want that you come``. German
    *kritisieren, dass* and *begrüßen, dass*, French *saluer que*, leave ``criticized that``
    and ``welcomed that``, where English criticises or welcomes a thing. Only *that* followed
    by a clause's subject counts: ``want that done`` and ``criticized that decision`` (*that*
    pointing at a thing) are English.

    ## Examples
    bad:  The union [[wants that the]] province reopen the talks.
    bad:  The mayor [[would like that the]] council vote on Monday.
    bad:  Residents [[wanted that they]] be heard before the vote.
    bad:  The premier [[criticized that Ottawa]] had cut the transfer.
    bad:  The opposition [[welcomed that the]] bill was withdrawn.
    good: The union wants the province to reopen the talks.
    good: He wanted that job, and he wants that law repealed; they want that to change.
    good: I would like that very much, she said; we like that the plan is simple.
    good: She criticized that decision and welcomed the fact that the bill was withdrawn.
    good: He criticized that Ottawa plan, and the premier welcomed that.

    ## Fix safety
    None: the clause becomes an object (and an infinitive, or *the fact that*).
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        verb, that = toks[i], toks[i + 1]
        if that.lower != "that" or verb.lower not in _OBJECT_VERBS or not _clause_subject(toks, i + 2):
            continue
        start = verb.start
        if verb.lower == "like":
            if i == 0 or toks[i - 1].lower not in ("would", "'d"):
                continue
            start = toks[i - 1].start if toks[i - 1].lower == "would" else verb.start
        lemma = _OBJECT_VERBS[verb.lower]
        yield ctx.finding(par, start, toks[i + 2].end,
                          f"“{lemma}” takes an object, not a “that” clause: “{lemma} (someone or something) …”")


# Verbs that take "that" + clause or "from" + gerund, never an object and a to-infinitive
# (French "suggérer/proposer/exiger à qn de", "empêcher/interdire qn de"; Spanish "sugerir a
# alguien que", "impedir a alguien").
_OBJECT_TO_THAT = _forms("suggest", "propose", "demand", "insist")
_OBJECT_TO_FROM = _forms("prevent", "prohibit", "discourage", "dissuade")
_ACCUSE = frozenset({"accuse", "accuses", "accused", "accusing"})  # "accuser qn de": "accuse someone of"
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


@rule(
    "grammar/object-and-infinitive",
    triggers=(Phrases("verb", tuple(sorted(set(_OBJECT_TO_THAT) | set(_OBJECT_TO_FROM) | _ACCUSE))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.75,
)
def object_and_infinitive(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An object and a *to*-infinitive after a verb that takes neither (``suggested him to
    resign``, ``prevented them to enter``): English says ``suggested that he resign``,
    ``prevented them from entering``.

    ## Why it matters
    *Suggérer à quelqu'un de*, *exiger de quelqu'un que*, *empêcher quelqu'un de* and their
    Spanish and Italian twins put the person and an infinitive after the verb; English
    *suggest*, *propose*, *demand* and *insist* take a *that*-clause, *prevent*,
    *prohibit*, *discourage* and *dissuade* take *from* and a gerund, and *accuse* takes *of*
    and a gerund (neither *to* nor *that*: French *accuser qn de*, Spanish *acusar de que*). The object must be a
    pronoun and the word after *to* a verb, so ``proposed her to the board`` stays quiet.

    ## Examples
    bad:  The premier [[suggested him to resign]] before the vote.
    bad:  Police [[prevented them to enter]] the building.
    bad:  The union [[demands us to accept]] the new schedule.
    bad:  The premier [[accused them to propose]] a hard line, and they [[accused him that he]] lied.
    good: The premier suggested that he resign before the vote.
    good: Police prevented them from entering the building.
    good: The party proposed her to the board, and she suggested it to them.
    good: They insisted on it to avoid delays; the rules prevent it to some degree.
    good: He accused them of proposing a hard line; she accused him to his face.

    ## Fix safety
    None: the complement is rebuilt (*that* + clause, *from* + gerund).
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 3):
        verb, obj, to, nxt = toks[i], toks[i + 1], toks[i + 2], toks[i + 3]
        if obj.lower not in _OBJECT_PRONOUNS:
            continue
        if verb.lower in _ACCUSE and (to.lower == "that" and _clause_subject(toks, i + 3)
                                      or to.lower == "to" and _base_verb(toks, i + 3, tg)):
            yield ctx.finding(par, verb.start, nxt.end, f"“accuse {obj.lower} of …ing”, not “{to.lower} {nxt.text}”")
            continue
        if to.lower != "to" or not _base_verb(toks, i + 3, tg):
            continue
        if verb.lower in _OBJECT_TO_THAT:
            what = f"“{_OBJECT_TO_THAT[verb.lower]}” takes a clause: “{verb.lower} that …”, not “{obj.lower} to {nxt.lower}”"
        elif verb.lower in _OBJECT_TO_FROM:
            what = f"“{_OBJECT_TO_FROM[verb.lower]} {obj.lower} from …ing”, not “to {nxt.lower}”"
        else:
            continue
        yield ctx.finding(par, verb.start, nxt.end, what)


# French, Spanish and Italian pronominal verbs ("se produire", "se plaindre", "se réjouir",
# "s'abstenir", "quejarse", "astenersi") whose English verb takes no object at all: a reflexive
# after it is the source's pronoun carried over.
_INTRANSITIVE = {**_forms("happen", "complain", "rejoice", "abstain", "collapse"),
                 "occur": "occur", "occurs": "occur", "occurred": "occur", "occurring": "occur"}
# Pronominal verbs whose English verb is transitive but never reflexive before this preposition
# ("s'opposer à", "s'attaquer à", "se démettre de", "se pencher sur").
_REFLEXIVE_BEFORE = {**{f: ("oppose", "to") for f in _forms("oppose")},
                     **{f: ("attack", "to") for f in _forms("attack")},
                     **{f: ("resign", "from") for f in _forms("resign")},
                     **{f: ("lean", "on") for f in (*_forms("lean"), "leant")}}
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
                         "themselves", "oneself"})


@rule(
    "grammar/reflexive-calque",
    triggers=(Phrases("reflexive", tuple(sorted(_REFLEXIVES))),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.6,
)
def reflexive_calque(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A reflexive pronoun carried over from a pronominal verb of the source (``the accident
    happened itself``, ``opposed themselves to the plan``): English says ``happened``,
    ``opposed the plan``.

    ## Why it matters
    French *se produire*, *se plaindre*, *s'abstenir*, *s'opposer à*, Spanish *quejarse*,
    *oponerse a* and Italian *astenersi* are reflexive; their English verbs are not, and an
    engine that keeps the pronoun writes what no English writer would. Two closed lists:
    verbs that take no object at all (*happen*, *occur*, *complain*, *rejoice*, *abstain*,
    *collapse*), and verbs that take no reflexive before their preposition (*oppose … to*,
    *attack … to*, *resign … from*, *lean … on*); ``resigned himself to`` and ``opposed
    himself`` alone are English.

    ## Examples
    bad:  Three deputies [[abstained themselves]] from the vote.
    bad:  Residents [[complained themselves]] about the noise for months.
    bad:  The party [[opposed itself to]] the new pipeline.
    bad:  He [[resigned himself from]] the cabinet on Friday.
    good: Three deputies abstained from the vote; residents complained about the noise.
    good: The party opposed the new pipeline; he resigned himself to defeat.
    good: She found herself alone, and the minister himself complained.
    good: The government will lean on itself, and they attacked themselves in the ad.

    ## Fix safety
    None: the pronoun goes, and the preposition may go with it.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 1):
        verb, refl = toks[i], toks[i + 1]
        if refl.lower not in _REFLEXIVES or not verb.text.isalpha():
            continue
        if verb.lower in _INTRANSITIVE:
            yield ctx.finding(par, verb.start, refl.end,
                              f"“{_INTRANSITIVE[verb.lower]}” takes no object: the reflexive “{refl.lower}” is the source's")
        elif verb.lower in _REFLEXIVE_BEFORE and i + 2 < len(toks):
            lemma, prep = _REFLEXIVE_BEFORE[verb.lower]
            if toks[i + 2].lower == prep:
                yield ctx.finding(par, verb.start, toks[i + 2].end,
                                  f"“{lemma}” is not reflexive before “{prep}”: the reflexive “{refl.lower}” is the source's")
