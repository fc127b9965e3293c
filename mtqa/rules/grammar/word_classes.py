"""Grammar read from word classes: a word of the wrong class where the sentence needs another.

Machine translation and "spinning" tools swap one word for a synonym of another class
(*present* → ``current`` after a modal, *absolute* → ``absolutely`` before a noun), drop the
*to* of an infinitive, or give two verbs of one subject different numbers. A word list catches
the forms someone wrote down; the word's class (``mtqa.tagging``: a part-of-speech tagger and
the classes a word can take) catches the kind. Each rule fires only where every class in the
pattern is certain — a word with a verb reading never counts as "not a verb" — so that clean
copy stays quiet. Needs the optional extra ``mtqa[grammar]``; without it the rules are skipped.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa import tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Status, rule
from mtqa.scan import LOWER, UPPER, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.case import title_case
from mtqa.tagging import Tagger, Token, ends_sentence_token, tagged

_DETERMINERS = frozenset({"DT", "PRP$"})
_NOUN_PHRASE_START = frozenset({"DT", "PRP$", "PRP", "CD"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "ca", "wo"})




def tagged_tokens(par: Paragraph, ctx: RuleContext) -> tuple[list[Token], Tagger]:
    """A paragraph's tagged tokens and the tagger, for the grammar rules that read word classes;
    the rule is skipped (and says why) where the `grammar` extra is not installed."""
    tg = tagging.tagger()
    toks = ctx.analysis(tagged, par)
    if tg is None or toks is None:
        raise CheckSkipped(tagging.MISSING)
    return toks, tg


def _is_word(tok: Token) -> bool:
    return tok.text.isalpha()


def _lowercase_word(tok: Token) -> bool:
    return tok.text.isalpha() and tok.text.islower()


def _at(toks: Sequence[Token], i: int) -> Token | None:
    return toks[i] if 0 <= i < len(toks) else None


# --- modal + a word that cannot be a verb ------------------------------------------------------


@rule(
    "grammar/modal-before-non-verb",
    triggers=(Phrases("modal", tuple(sorted(_MODALS - {"ca", "wo"})) + ("can't", "won't", "can’t", "won’t"), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.75,
)
def modal_before_non_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A modal verb followed by a word that is never a verb (``should current his report``).

    A spinner that swaps *present* (the verb) for ``current`` (its adjective sense), or an
    engine that picks a noun for a verb, leaves a modal with no verb to govern. The word after
    the modal (adverbs skipped) has no verb reading at all, and a noun phrase follows it, where
    the verb's object would stand.

    ## Why it matters
    The sentence has no main verb: a reader cannot tell what the modal is about.

    ## Examples
    bad:  Rouleau [[should current]] his final report by April 20.
    bad:  The agency [[will soon responsible]] the new rules.
    good: Rouleau should present his final report by April 20.
    good: The current report should remain current the whole year, and how could current rules change?
    good: He said he would, and the will of the people must prevail; more than we can this year.
    good: Why would ministers their own rules?

    ## Fix safety
    None: which verb was meant is not in the text.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.lower not in _MODALS or tok.tag != "MD" or not tok.text.islower():
            continue
        prev = _at(toks, i - 1)
        if prev is not None and (prev.tag in _DETERMINERS or prev.tag.startswith("JJ")):
            continue  # "the will of the people"
        j = i + 1
        while j < len(toks) and (toks[j].lower in ("n't", "not") or toks[j].tag == "RB"):
            j += 1
        word, after = _at(toks, j), _at(toks, j + 1)
        if word is None or after is None or not _lowercase_word(word):
            continue
        if word.tag not in ("JJ", "NN", "NNS") or after.tag not in _NOUN_PHRASE_START:
            continue
        classes = tg.readings(word.text)
        if not classes or classes & {"VERB", "AUX", "ADV"}:
            continue
        if _question_before(par.text, toks, i):
            continue
        yield ctx.finding(par, tok.start, word.end,
                          f"“{tok.text}” is followed by “{word.text}”, which is never a verb: a verb is missing or was swapped")


def _question_before(text: str, toks: Sequence[Token], i: int) -> bool:
    """Whether the sentence holding token `i` ends in a question mark (an inverted subject
    may stand after the modal: "why would ministers ...?")."""
    for tok in toks[i:]:
        if ends_sentence_token(text, tok):
            return tok.text == "?"
    return False


# --- adverb where the noun needs an adjective --------------------------------------------------


@rule(
    "grammar/adverb-before-noun",
    # What a finding holds: the adverb, a word ending in "ly" as written, then the whitespace
    # between two words (tokens are cut at whitespace, and two words never touch).
    triggers=(Pattern("-ly before whitespace", r"ly\s"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
)
def adverb_before_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An -ly adverb between a determiner and a bare noun (``an absolutely debacle``).

    An adverb modifies an adjective or a verb; before a noun English needs the adjective
    (*absolute*). Fires only where the adverb has no adjective reading, the noun has neither an
    adjective nor a verb reading (so ``a newly elected``, ``a fully funded`` stay quiet) and no
    other noun follows.

    ## Why it matters
    It reads as a slip of transcription or of a spinner swapping a word's class.

    ## Examples
    bad:  This has been [[an absolutely debacle->an absolute debacle]].
    bad:  It was [[a completely fiasco->a complete fiasco]] for the ministry.
    good: This has been an absolute debacle, and an absolutely avoidable one.
    good: A newly elected mayor, a highly skilled team and the recently announced plan.
    good: The elderly man and a friendly rally; the only family; a mostly peaceful protest.

    ## Fix safety
    Display only: the adjective is the adverb without -ly when that word is an adjective.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(1, len(toks) - 1):
        adv = toks[i]
        if not (adv.text.endswith("ly") and adv.tag == "RB" and _lowercase_word(adv)):
            continue
        det, noun, after = toks[i - 1], toks[i + 1], _at(toks, i + 2)
        if det.tag not in _DETERMINERS or not _lowercase_word(noun) or noun.tag not in ("NN", "NNS"):
            continue
        if tg.readings(adv.text) != {"ADV"} or tg.readings(noun.text) - {"NOUN"} or not tg.readings(noun.text):
            continue
        if after is not None and (after.tag.startswith("NN") or after.tag.startswith("JJ")):
            continue  # "a partly owner-run firm": the noun may be a modifier
        adjective = _adjective_of(adv.text, tg)
        repl = f"{det.text} {adjective} {noun.text}" if adjective else None
        fix = Fix.display_only(f"Write “{repl}”", replacement=repl) if repl else None
        yield ctx.finding(par, det.start, noun.end,
                          f"The adverb “{adv.text}” stands before the noun “{noun.text}”: English needs an adjective",
                          fix=fix)


def _adjective_of(adverb: str, tg: Tagger) -> str | None:
    """The adjective an -ly adverb comes from ("absolutely" → "absolute", "happily" → "happy")."""
    stem = adverb[:-2]
    for candidate in (stem, stem[:-1] + "y" if stem.endswith("i") else "", stem + "le" if stem.endswith("ab") else ""):
        if candidate and ("ADJ" in tg.readings(candidate) or tg.lexicon_tag(candidate) == "JJ"):
            return candidate
    return None


# --- an auxiliary whose participle is missing ----------------------------------------------------

_PERFECT = frozenset({"has", "have", "had", "having"})


@rule(
    "grammar/perfect-without-participle",
    triggers=(Phrases("perfect", ("has", "have", "had", "having", "haven", "hasn", "hadn"), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.75,
)
def perfect_without_participle(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*Have* followed by a word that cannot be its participle (``has lower its rate``,
    ``haven't but been felt``).

    A perfect tense needs a past participle after *have*. Two kinds are read from word
    classes: a comparative or a bare verb that is not also a participle, followed by a noun
    phrase (``has lower its rate``, ``has announce the plan``; *come*, *put* or *cost* are their
    own participles and stay quiet), and a conjunction between *have* and *been* (a spinner's
    *but* for *yet*).

    ## Why it matters
    The verb is broken; the reader has to guess the tense and often the verb.

    ## Examples
    bad:  The bank [[has lower]] its key rate by half a point.
    bad:  The province [[has announce]] the new measures.
    bad:  The effects [[haven’t but been]] felt on the economy.
    good: The bank has lowered its key rate; the province has lower taxes than its neighbours.
    good: The plan has come a long way, and the program has cost the province millions.
    good: They have but one option, and have been told so; she had better the plan.

    ## Fix safety
    None: the participle meant is a guess (*lowered* or *cut*; *have yet to be*).
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.lower not in _PERFECT or not tok.text.isalpha():
            continue
        j = i + 2 if (nxt := _at(toks, i + 1)) is not None and nxt.lower == "n't" else i + 1
        word, after = _at(toks, j), _at(toks, j + 1)
        if word is None or after is None or not _lowercase_word(word):
            continue
        if word.lower in ("but", "and", "or") and after.lower == "been":
            yield ctx.finding(par, tok.start, after.end,
                              f"“{word.text}” stands between “{tok.text}” and its participle “been”")
            continue
        if tok.lower == "had" and word.lower == "better":
            continue
        if word.tag not in ("JJR", "VB", "VBP") or after.tag not in _DETERMINERS:
            continue
        classes = tg.readings(word.text)
        if "VERB" not in classes or "NOUN" in classes or tg.is_participle(word.text):
            continue
        yield ctx.finding(par, tok.start, word.end,
                          f"“{tok.text} {word.text}”: a perfect tense needs a past participle after “{tok.text}”")


# --- two verbs of one subject with different numbers ---------------------------------------------

_PLURAL_BE = frozenset({"are", "were"})
_SINGULAR_BE = frozenset({"is", "was"})


@rule(
    "grammar/coordinated-verb-number",
    # What a finding holds: "and", whitespace (two words never touch) and the second verb, in any case.
    triggers=(Pattern("and before a verb", r"and\s+(?:is|was|are|were)", ignorecase=True),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def coordinated_verb_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """Two verbs sharing one subject, one plural and one singular (``are limited and is under
    investigation``).

    When *and* joins two predicates of one subject, both verbs take its number. Fires when
    *are/were* and *is/was* (in either order) stand no more than three words apart, with only
    adjectives, adverbs or participles between, and the second follows *and* directly (so it
    has no subject of its own).

    ## Why it matters
    The reader cannot tell which noun the second verb belongs to; it reads as a slip.

    ## Examples
    bad:  Few details [[are known and is]] under review by the ministry.
    bad:  The minister [[was angry and were]] not alone.
    good: Details are limited and the death is under investigation.
    good: Prices are high and rising, and inflation is stubborn; they were tired and hungry.
    good: What matters is who they are and what they were told.

    ## Fix safety
    None: either verb may be the one to change, or a subject is missing.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.lower != "and" or i + 1 >= len(toks):
            continue
        second = toks[i + 1]
        for back in range(1, 5):
            first = _at(toks, i - back)
            if first is None:
                break
            if first.lower in _PLURAL_BE | _SINGULAR_BE:
                if (first.lower in _PLURAL_BE and second.lower in _SINGULAR_BE) or (
                        first.lower in _SINGULAR_BE and second.lower in _PLURAL_BE):
                    if back > 1 and _after_is_predicate(toks, i + 2):
                        yield ctx.finding(par, first.start, second.end,
                                          f"“{first.text}” and “{second.text}” share one subject but not one number")
                break
            if not (_lowercase_word(first) and first.tag[:2] in ("JJ", "RB", "VB") and first.tag not in ("VBZ", "VBP", "VBD")):
                break


def _after_is_predicate(toks: Sequence[Token], j: int) -> bool:
    """Whether what follows the second verb is a predicate (not "is it", "are there")."""
    nxt = _at(toks, j)
    return nxt is not None and nxt.lower not in ("it", "there", "that", "this", "he", "she", "they", "we", "you", "i")


# --- a comma between an opening phrase and the verb it leads into --------------------------------

_BE = frozenset({"is", "are", "was", "were"})


@rule(
    "grammar/comma-before-verb",
    # What a finding holds: the comma, then the verb as written in lowercase.
    triggers=(Pattern("comma before a verb", r",\s*(?:is|are|was|were)"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def comma_before_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A single comma between a sentence's opening noun phrase and its verb
    (``Among the negative responses, are the hateful``).

    The opening has no verb of its own and no other comma (so it is not a clause, and not an
    appositive closed by a second comma); the comma cuts the subject (or an inverted phrase)
    from *is/are/was/were*. Questions are left alone.

    ## Why it matters
    English never puts one comma between a subject and its verb; it reads as a translation
    that kept the source's pause.

    ## Examples
    bad:  Among the late [[entries, are->entries are]] the strongest ones.
    bad:  The new [[rules, were->rules were]] announced on Monday.
    good: Among the late entries are the strongest ones.
    good: The new rules, the minister said, were announced on Monday.
    good: In Ottawa, are there enough beds? However, is it enough? Most important, is the cost.
    good: After the vote, Ford said the new rules were fair.

    ## Fix safety
    Display only: the comma is removed.
    """
    toks, _ = tagged_tokens(par, ctx)
    start = 0
    for i, tok in enumerate(toks):
        if ends_sentence_token(par.text, tok):
            start = i + 1
            continue
        if tok.text != "," or i == start:
            continue
        verb, head = _at(toks, i + 1), toks[i - 1]
        if verb is None or verb.lower not in _BE or not verb.text.islower():
            continue
        opening = toks[start:i]
        if len(opening) < 2 or not head.tag.startswith("NN") or not head.text.isalpha():
            continue
        if any(t.tag.startswith(("VB", "MD")) or not (t.text.isalnum() or t.lower == "'s")
               for t in opening):
            continue
        if any(t.lower in ("who", "which", "that", "whose", "when", "if", "because", "while", "as", "however", "said")
               for t in opening):
            continue
        if _question_before(par.text, toks, i) or not _after_is_predicate(toks, i + 2):
            continue
        repl = f"{head.text} {verb.text}"
        yield ctx.finding(par, head.start, verb.end,
                          f"A comma stands between “{head.text}” and its verb “{verb.text}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- a verb that takes "to" before its infinitive ---------------------------------------------------

# Verbs that take an object and then a to-infinitive ("urged the city to act"), never a bare one
# (unlike make, let, help, see, hear, watch). A closed grammatical class, not a list of errors.
_OBJECT_TO_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "prompt": ("", "s", "ed", "ing"), "urge": ("", "s", "d"), "urg": ("ing",), "ask": ("", "s", "ed", "ing"),
        "force": ("", "s", "d"), "forc": ("ing",), "allow": ("", "s", "ed", "ing"), "encourage": ("", "s", "d"),
        "encourag": ("ing",), "require": ("", "s", "d"), "requir": ("ing",), "invite": ("", "s", "d"), "invit": ("ing",),
        "enable": ("", "s", "d"), "enabl": ("ing",), "persuade": ("", "s", "d"), "persuad": ("ing",),
        "order": ("", "s", "ed", "ing"), "advise": ("", "s", "d"), "advis": ("ing",), "want": ("", "s", "ed", "ing"),
        "expect": ("", "s", "ed", "ing"), "compel": ("", "s", "led", "ling"), "instruct": ("", "s", "ed", "ing"),
        "call": ("ed",), "tell": ("", "s", "ing"), "told": ("",),
    }.items()
    for ending in endings
)


@rule(
    "grammar/bare-infinitive-after-object",
    triggers=(Phrases("verb", tuple(sorted(_OBJECT_TO_VERBS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def bare_infinitive_after_object(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb such as *prompt*, *urge* or *allow* whose object is followed by a bare verb
    (``prompted the district announce an evacuation``): the *to* was lost.

    These verbs take an object and a *to*-infinitive; *make*, *let*, *help* and verbs of
    perception take a bare one and are not listed. The bare word must be a verb and nothing
    else (no noun reading), the object a short noun phrase, and a noun phrase must follow.

    ## Why it matters
    Without *to* the clause reads as a second subject and verb, often with the wrong number.

    ## Examples
    bad:  The fire prompted the regional [[district announce]] an evacuation.
    bad:  Officials urged [[residents evacuate]] the area.
    bad:  The fire prompted the town and the regional [[district announce]] an evacuation.
    good: The fire prompted the regional district to announce an evacuation.
    good: The fire helped the district announce an evacuation; police let residents leave the area.
    good: She asked the minister questions; they told reporters the plan was ready.

    ## Fix safety
    None: *to* may be missing, or the sentence lost more.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i, tok in enumerate(toks):
        if tok.lower not in _OBJECT_TO_VERBS or not tok.tag.startswith("VB"):
            continue
        last_noun, k = None, i + 1
        while k < len(toks) and k <= i + 8 and (toks[k].tag in _OBJECT_TAGS or (toks[k].lower == "and" and k > i + 1)):
            if toks[k].tag.startswith("NN"):
                last_noun = k
            k += 1
        if last_noun is None or last_noun + 1 != k:
            continue
        noun, verb, after = toks[last_noun], _at(toks, k), _at(toks, k + 1)
        if verb is None or after is None or not _lowercase_word(verb) or verb.tag not in ("VB", "VBP"):
            continue
        if after.tag not in _NOUN_PHRASE_START or tg.readings(verb.text) != {"VERB"} or tg.is_participle(verb.text):
            continue
        yield ctx.finding(par, noun.start, verb.end, f"“{tok.text}” takes “to” before the verb “{verb.text}”")


_OBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS"})


# --- an infinitive's "to" followed by a word that is not a verb -----------------------------------

# Verbs whose "to" is always the infinitive's, never a preposition ("tried to leave", never
# "tried to the store"; unlike agree, look forward, object or work, which take "to" + noun).
_TO_INFINITIVE_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "tr": ("y", "ies", "ied", "ying"), "attempt": ("", "s", "ed", "ing"), "seek": ("", "s", "ing"), "sought": ("",),
        "aim": ("", "s", "ed", "ing"), "plan": ("", "s", "ned", "ning"), "want": ("", "s", "ed", "ing"),
        "need": ("", "s", "ed", "ing"), "decide": ("", "s", "d"), "decid": ("ing",), "hope": ("", "s", "d"),
        "hop": ("ing",), "fail": ("", "s", "ed", "ing"), "refuse": ("", "s", "d"), "refus": ("ing",),
        "promise": ("", "s", "d"), "promis": ("ing",), "intend": ("", "s", "ed", "ing"), "manage": ("", "s", "d"),
        "manag": ("ing",), "threaten": ("", "s", "ed", "ing"), "vow": ("", "s", "ed", "ing"), "pledge": ("", "s", "d"),
        "pledg": ("ing",),
    }.items()
    for ending in endings
)


@rule(
    "grammar/infinitive-before-non-verb",
    # What a finding holds: one of the verbs, whitespace (two words never touch) and "to", in any
    # case (a token's lowercase: only ASCII letters and the Kelvin sign, which the case-insensitive
    # match folds too, lowercase to these letters).
    triggers=(Pattern("verb before to", "(?:" + "|".join(sorted(_TO_INFINITIVE_VERBS)) + r")\s+to", ignorecase=True),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def infinitive_before_non_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """*To* after a verb that takes an infinitive (*try*, *decide*, *plan*), followed by a word
    that is not a bare verb (``won't decide to sharing``, ``tried to gradual the pace``).

    After these verbs *to* is always the infinitive's, so the next word must be a verb's bare
    form. Fires on an -ing form, or on an adjective or noun with no verb reading that a noun
    phrase follows (so ``plans to early retirement`` is read only where the word is never a verb).

    ## Why it matters
    A spinner's or an engine's swap of the verb leaves a sentence with no verb after *to*.

    ## Examples
    bad:  He won’t decide [[to sharing]] the documents.
    bad:  The bank tried [[to gradual]] the pace of hiring.
    good: He won’t commit to sharing the documents; she decided to share them.
    good: The bank is working to slow demand and looks forward to gradual cuts.
    good: They tried to further the talks, and plan to double the budget.

    ## Fix safety
    None: the verb meant is not in the text.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(1, len(toks) - 1):
        to = toks[i]
        if to.lower != "to" or toks[i - 1].lower not in _TO_INFINITIVE_VERBS:
            continue
        word, after = toks[i + 1], _at(toks, i + 2)
        if not _lowercase_word(word):
            continue
        if word.text.endswith("ing") and word.tag == "VBG":
            yield ctx.finding(par, to.start, word.end, f"“{toks[i - 1].text} to” takes a bare verb, not “{word.text}”")
            continue
        classes = tg.readings(word.text)
        if word.tag not in ("JJ", "NN", "NNS") or not classes or "VERB" in classes or after is None:
            continue
        if after.tag in _NOUN_PHRASE_START or after.tag in ("NN", "NNS"):
            yield ctx.finding(par, to.start, word.end, f"“{toks[i - 1].text} to” takes a verb, and “{word.text}” is never one")


# --- "no" for "not" after a sentence adverb ------------------------------------------------------


@rule(
    "grammar/no-for-not",
    triggers=(Phrases("no", ("no",), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def no_for_not(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A sentence adverb answered with *no* (``Obviously no, they are unwilling``), where
    English writes *not* (French *évidemment non*, Spanish *claro que no*).

    Fires when a sentence opens with an -ly adverb followed by *no* and a punctuation mark;
    ``Obviously no one`` and a plain ``No,`` stay quiet.

    ## Why it matters
    It reads as a word-for-word answer; the fix is one word.

    ## Examples
    bad:  Are the allies meeting their obligations? [[Obviously no->Obviously not]], they are unwilling.
    bad:  [[Certainly no->Certainly not]]. The plan is dead.
    good: Obviously not, they are unwilling. Obviously no one came. No, they said.
    good: Fortunately, no one was hurt.

    ## Fix safety
    Display only: *not* replaces *no*.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        adv, no, mark = toks[i], toks[i + 1], toks[i + 2]
        if no.text != "no" or mark.text not in (",", ".", ";", "!") or not adv.text.endswith("ly") or adv.tag != "RB":
            continue
        if i > 0 and not ends_sentence_token(par.text, toks[i - 1]) and toks[i - 1].text not in ("“", '"', "—"):
            continue
        repl = f"{adv.text} not"
        yield ctx.finding(par, adv.start, no.end, f"“{adv.text} no”: English answers “{adv.text.lower()} not”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- a singular subject with a plural verb -------------------------------------------------------

# Nouns that English treats as plural or as either number ("the police are", "the couple were").
_EITHER_NUMBER = frozenset({"police", "people", "staff", "public", "couple", "family", "team", "crew", "majority",
                            "minority", "rest", "media", "clergy", "cattle", "youth", "personnel", "number",
                            "data", "press", "audience", "band", "board", "jury", "committee", "council", "panel",
                            "group", "pair", "variety", "range", "total", "percent", "per", "half", "lot", "bulk"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but", "because", "while", "since", "as", "although", "when"})
_PLURAL_VERBS = frozenset({"are", "were", "have"})


@rule(
    "grammar/singular-subject-plural-verb",
    # What a finding holds: "the" in any case, a lowercase word and the verb as written in lowercase,
    # whitespace between (two words never touch).
    triggers=(Pattern("the noun verb", rf"[Tt][Hh][Ee]\s+[{LOWER}]+\s+(?:are|were|have)"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def singular_subject_plural_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A clause that opens with *the* and a singular noun, followed at once by *are*, *were*
    or *have* (``the minister have resigned``).

    The noun must be a common noun (never an adjective: ``the poor are``) whose plural is
    another word (so ``the police are`` and ``the sheep were`` stay quiet, and so do the
    collective nouns that English lets take a plural verb), right after *the* at the start of a
    clause.

    ## Why it matters
    Agreement slips read as careless; from French or German they often mark a subject taken
    for a plural (*le gouvernement* rendered as a collective).

    ## Examples
    bad:  The government is divided, and [[the minister have]] resigned.
    bad:  [[The investigation are]] continuing, police said.
    good: The government is divided, and the ministers have resigned.
    good: The police are investigating; the couple were at home; the family have asked for privacy.
    good: Whoever the minister is, the details are limited. What the minister have said? Nothing.

    ## Fix safety
    None: either the noun or the verb may be the one to change.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        det, noun, verb = toks[i], toks[i + 1], toks[i + 2]
        if det.lower != "the" or verb.lower not in _PLURAL_VERBS or not verb.text.islower():
            continue
        if i > 0 and not ends_sentence_token(par.text, toks[i - 1]) and toks[i - 1].lower not in _CLAUSE_OPENERS:
            continue
        if not _lowercase_word(noun) or noun.tag != "NN" or noun.lower in _EITHER_NUMBER:
            continue
        if not tg.readings(noun.text) <= {"NOUN", "VERB"} or not tg.has_distinct_plural(noun.text) or _question_before(par.text, toks, i):
            continue
        yield ctx.finding(par, det.start, verb.end,
                          f"The singular subject “{det.text} {noun.text}” takes “{verb.text}”, a plural verb")


# --- a verb or a function word capitalised inside a sentence -------------------------------------

# Classes whose capitalised form is no name: verbs, determiners, prepositions, conjunctions,
# modals, pronouns, "to" and adverbs (adjectives and nouns are left alone: "the Liberal
# caucus", "the Crown said").
_NEVER_CAPITALISED_MID_SENTENCE = ("VB", "DT", "IN", "CC", "MD", "PRP", "TO", "RB", "WDT", "WP", "WRB")
# Lowercase words that link the capitalised words of one name ("Memorandum of Understanding",
# "Minister for Housing", "Parti de la Planification").
_NAME_LINKS = frozenset({"of", "on", "for", "and", "the", "to", "in", "at", "de", "du", "des", "la", "le", "et"})


@rule(
    "grammar/capital-mid-sentence",
    # What a finding holds: a lowercase word (its last letter lowercase or uncaseable), the
    # whitespace between two words, then a capital and a lowercase or uncaseable letter.
    triggers=(Pattern("capital after a lowercase word", rf"[{LOWER}]\s+[{UPPER}][{LOWER}]"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
)
def capital_mid_sentence(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A verb or a function word with a capital inside a sentence, between two lowercase words
    (``announced too Increased fines for``, ``told reporters The province``).

    Link text pasted into a sentence, German nouns' capitals carried onto their English verbs,
    and headline casing leave capitals where no name is. Fires only where the capitalised form
    is not a name the lexicon knows (``Will``, ``Hope`` and ``Grant`` are names) and its class
    is one that names never have (an -ing form may be a name's noun: ``Ministry of Housing``); a
    title of several capitalised words is skipped because its neighbours are capitalised or
    linking words (*of*, *for*, *de*), and so is a word after a time stamp (page furniture).

    ## Why it matters
    The reader takes the word for the start of a name or a new sentence.

    ## Examples
    bad:  The province announced too [[Increased->increased]] fines for blockades.
    bad:  Ford said the move [[For->for]] residents was overdue.
    good: The province announced increased fines; the Liberal caucus met the Crown.
    good: The film Gone With the Wind, actor Will Smith and the Hope area; I said so.
    good: Ontario increased fines. For residents, “Increased costs” were a worry.
    good: A Memorandum of Understanding on Trade; the Ministry of Housing; posted 4:43 pm An employee.
    good: Lee poses with the trophy.\\nSupplied photo\\n The owner of the bakery was honoured.
    good: Council vs Them is Not What Our Town Needs\\n\\nThe council asked them to wait.
    bad:  The council said it was council vs [[Them->them]] in the end\\n\\nThe council asked them to wait.
    good: Harbour rink to close for a month\\n\\n'The ice plant is done,' says the arena manager\\nDown to the wire, the Hawks win again
    bad:  Rink news\\n\\nThe ice plant is done, the arena manager says\\n[[Down->down]] to the wire, the Hawks win again.

    ## Fix safety
    Display only: the lowercase word.
    """
    toks, tg = tagged_tokens(par, ctx)
    headline = None  # asked before the first finding only: most paragraphs have none
    for i in range(1, len(toks) - 1):
        word = toks[i]
        text = word.text
        # the first character's case first: it sets aside most tokens (lowercase words, marks) at once
        if not text[:1].isupper() or len(text) < 2 or not text.isalpha() or not text[1:].islower():
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if not (_lowercase_word(prev) and (_lowercase_word(nxt) or nxt.tag == "CD")) or prev.lower in _NAME_LINKS:
            continue
        known = tg.lexicon_tag(text)
        if known is None or known.startswith("NNP") or known == "VBG" or not known.startswith(_NEVER_CAPITALISED_MID_SENTENCE):
            continue
        if any(t.tag == "CD" for t in toks[max(0, i - 3):i]):
            continue  # a time stamp run into the copy ("4:43 pm An employee"): furniture, not grammar
        if _after_short_line(par.text, prev.end, word.start):
            continue  # "Submitted photo\nThe manager": a credit or label line, then the next line
        if _opens_last_headline_line(par.text, prev.end, word.start):
            continue  # a listing's deck, then the next story's headline on the paragraph's last line
        if headline is None:
            headline = ctx.analysis(title_case, par)
        if headline:
            return  # a headline in title case, its small verbs lowercased ("Council vs Them is Not ...")
        lower = text.lower()
        yield ctx.finding(par, word.start, word.end, f"“{text}” is capitalised inside a sentence",
                          fix=Fix.display_only(f"Write “{lower}”", replacement=lower))


# A line of at most this many words is a credit, a label or a furniture line, not a wrapped
# line of prose: a capitalised word opening the next line starts something new.
_SHORT_LINE_WORDS = 5


def _after_short_line(text: str, prev_end: int, start: int) -> bool:
    """Whether a line break stands between prev_end and start, after a line of a few words."""
    brk = text.rfind("\n", prev_end, start)
    if brk < 0:
        return False
    line_start = text.rfind("\n", 0, prev_end) + 1
    return len(text[line_start:brk].split()) <= _SHORT_LINE_WORDS


def _opens_last_headline_line(text: str, prev_end: int, start: int) -> bool:
    """Whether a line break stands between prev_end and start and the line that start opens is the
    paragraph's last and ends without a stop: a headline of a listing page (``… says local
    organizer\nDown to the wire, Hawks win again``), after the deck of the story before it, not the
    wrapped end of a sentence of prose, which ends with its stop."""
    if text.rfind("\n", prev_end, start) < 0 or "\n" in text[start:].rstrip():
        return False
    return text.rstrip()[-1:] not in _LINE_STOPS


# What ends a line that finishes a sentence (a closing mark or bracket after its stop too).
_LINE_STOPS = (".", "!", "?", "…", ":", ";", ",", "\"", "”", "’", "'", ")")


# --- a subject pronoun with a verb of the other number --------------------------------------------

_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_PLURAL_PRONOUNS = frozenset({"we", "they"})
_TO_SINGULAR = {"are": "is", "have": "has", "do": "does", "were": "was"}
_TO_PLURAL = {"is": "are", "has": "have", "does": "do", "was": "were"}
# Before these a pronoun may take a bare verb (subjunctive, "that he have"; "let it be").
_SUBJUNCTIVE_OPENERS = frozenset({"that", "if", "whether", "lest", "though", "wish", "as"})
# Verbs of causing and perceiving take an object and a bare verb ("made it have", "saw it be").
_CAUSATIVES = frozenset({"make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped",
                         "see", "sees", "saw", "seen", "watch", "watched", "hear", "heard", "have", "has", "had"})
# Auxiliaries before a pronoun invert a question or a clause ("does he have", "nor were they").
_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "am", "be", "been", "n't", "not"})
# A pronoun after these is the last of two subjects ("she and he have", "neither he nor it has").
_COORDINATORS = frozenset({"and", "or", "nor", "&"})


@rule(
    "grammar/pronoun-verb-number",
    triggers=(Phrases("pronoun", tuple(sorted(_SINGULAR_PRONOUNS | _PLURAL_PRONOUNS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.75,
    # Preview: on the real-copy corpus's held-back half it caught no label and flagged one
    # clean excerpt (aggregate figures, benchmarks/README.md); on by --preview until it earns more.
    status=Status.PREVIEW,
)
def pronoun_verb_number(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A subject pronoun followed at once by a verb of the other number (``he have``,
    ``it are``, ``they is``, ``they was``).

    Quiet where English allows it: a subjunctive or a bare verb after *that*, *if*, *as*
    (``insisted that he have``, ``if it were``), a pronoun that is an object (``let it be``,
    ``made it have``, ``the chemicals in it are``), the last of two subjects (``she and he
    have``) and questions (``does he have``).

    ## Why it matters
    A subject and verb that disagree read as a careless slip in news copy.

    ## Examples
    bad:  The party says [[it have->it has]] the votes.
    bad:  The ministers said [[they was->they were]] ready.
    good: The party says it has the votes; the ministers said they were ready.
    good: She asked that he have his say; if it were true; does he have a plan? Let it be.
    good: The chemicals in it are useful, and the firms on it have no access; it made it have a cost.
    good: She and he were there, and both you and they have said so.

    ## Fix safety
    Display only: the verb of the pronoun's number.
    """
    toks, _ = tagged_tokens(par, ctx)
    for i in range(len(toks) - 1):
        pro, verb = toks[i], toks[i + 1]
        if pro.lower in _SINGULAR_PRONOUNS:
            fixed = _TO_SINGULAR.get(verb.text)
        elif pro.lower in _PLURAL_PRONOUNS:
            fixed = _TO_PLURAL.get(verb.text)
        else:
            continue
        if fixed is None:
            continue
        prev = _at(toks, i - 1)
        if prev is not None and (prev.lower in _SUBJUNCTIVE_OPENERS | _CAUSATIVES | _AUXILIARIES | _COORDINATORS
                                 or prev.tag in ("MD", "IN", "TO")):
            continue  # "that he have", "let it be", "does he have", "the chemicals in it are", "she and he have"
        if _question_before(par.text, toks, i):
            continue
        repl = f"{pro.text} {fixed}"
        yield ctx.finding(par, pro.start, verb.end, f"“{pro.text}” takes “{fixed}”, not “{verb.text}”",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


# --- a determiner before a word that is only ever a verb ------------------------------------------

_ARTICLES = frozenset({"a", "an", "the"})


@rule(
    "grammar/article-before-verb",
    # What a finding holds: an article (no other character lowercases to these letters), the
    # whitespace between two words (a token of letters runs on to the next letter), a lowercase
    # word, then "of" after whitespace or one of the marks, right after it or after whitespace.
    triggers=(Pattern("article, a word, then of or a mark",
                      rf"(?:[Aa][Nn]?|[Tt][Hh][Ee])\s+[{LOWER}]+\s*(?:[Oo][Ff]|[,.;:])"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    confidence=0.7,
)
def article_before_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An article before a word that is only ever a verb, where a noun is due
    (``a complete of 40``, ``the announce of the plan``).

    A spinner swaps a noun for a verb of the same meaning (*total* → ``complete``), or an
    engine renders a French noun as its verb. The word must have no reading but a verb's,
    be no participle or -ing form (``the accused``, ``the undersigned``, ``the living`` are
    nouns), and be followed by *of* or a mark of punctuation, so that an adjective the word
    tables lack (``a complete overhaul``) stays quiet.

    ## Why it matters
    The phrase has no noun; the reader has to guess the word that was meant.

    ## Examples
    bad:  The fund paid [[a complete]] of $40 million.
    bad:  Ottawa confirmed [[the announce]] of new rules.
    good: The fund paid a total of $40 million, a complete overhaul; the accused of Montreal.
    good: The living, the wounded and the undersigned; a must-see, a go-between.
    good: A complete, printable version of the report is online.
    bad:  The fund paid [[a complete]], the minister said.

    ## Fix safety
    None: the noun meant is not in the text.
    """
    toks, tg = tagged_tokens(par, ctx)
    for i in range(len(toks) - 2):
        art = toks[i]
        if art.lower not in _ARTICLES:
            continue  # most tokens: no neighbour read
        word, after = toks[i + 1], toks[i + 2]
        if after.lower != "of" and after.text not in (",", ".", ";", ":"):
            continue  # the cheapest test first: most articles are followed by two words
        if not _lowercase_word(word) or word.text.endswith(("ed", "ing", "en")):
            continue
        if after.text == "," and i + 3 < len(toks) and toks[i + 3].tag.startswith("JJ"):
            continue  # the first of two adjectives a comma joins: "a complete, printable version"
        if tg.readings(word.text) != {"VERB"} or tg.is_participle(word.text) or word.tag not in ("VB", "VBP", "JJ"):
            continue
        yield ctx.finding(par, art.start, word.end, f"“{word.text}” is a verb, but “{art.text}” needs a noun")
