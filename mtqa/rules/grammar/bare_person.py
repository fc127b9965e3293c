"""Grammar: a singular noun for a person, with an adjective and no article, in running prose.

Engines from languages without articles (Chinese, Russian, Vietnamese) and paraphrase tools
that strip words leave ``the arrest of Chilean man who``, ``until the board elects new
leader.``, ``Canadian foreign minister has said``. A noun that names one person (*man*,
*resident*, *leader*, *minister*) is always counted in English, so its singular needs *a*,
*the* or a possessive. Read from the tagger's word classes: the noun is one of a closed class
(nouns that name a person), it has an adjective before it, and what comes before the adjective
is a preposition, a verb with an object, or the start of a sentence with a verb after the noun.
Headlines, titles before a name (``former prime minister Brian Mulroney``) and a role after a
verb of naming or being (``became prime minister``, ``was named interim leader``) are English.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.grammar.word_classes import tagged_tokens
from mtqa.scan import Phrases
from mtqa.segment import Paragraph
from mtqa.tagging import Token, ends_sentence_token
from mtqa.text.articles import wants_an

# Nouns for a person by what they are: counted after any preposition ("of Sri Lankan man").
_PERSON_KINDS = frozenset(
    "man woman boy girl child teenager baby toddler father mother son daughter husband wife brother sister "
    "resident victim suspect witness survivor driver worker student teacher doctor nurse patient citizen "
    "soldier journalist reporter passenger pedestrian motorist cyclist tourist immigrant refugee farmer officer "
    "employee homeowner tenant landlord voter taxpayer protester activist volunteer prisoner inmate "
    "defendant veteran athlete".split()
)
# Nouns for a person by office: a role, which English leaves bare after "the post of", "as",
# "became", "named" ("the office of prime minister"), so only read after a verb with an object
# or at the start of a sentence.
_PERSON_ROLES = frozenset(
    "leader minister president premier mayor spokesperson spokesman spokeswoman official chief director "
    "chairman chairwoman founder executive candidate senator governor ambassador envoy commissioner "
    "secretary councillor judge lawyer prosecutor detective manager coach".split()
)
_PERSON_NOUNS = _PERSON_KINDS | _PERSON_ROLES
_PREPOSITIONS = frozenset({"of", "with", "for", "by", "over"})
# Verbs after which a role stands bare, and the auxiliaries of a passive ("was named leader").
_NAMING_OR_BEING = frozenset(
    "is was are were be been being am became become becomes remain remains remained named name names "
    "elected appointed served serves serve as has have had".split()
)
# What may follow the noun in a clause that needs its article: a relative, a preposition, a
# mark, a verb, "to" or a conjunction (never another noun or a name: "resident doctors", "minister Joly").
_AFTER_NOUN = frozenset({"WP", "WDT", "IN", ".", ",", ":", "VBZ", "VBD", "MD", "TO", "CC"})
_FINITE_AFTER_SUBJECT = frozenset({"VBZ", "VBD", "MD"})
# What a verb's subject ends on (the tagger calls many past verbs after a noun participles).
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# Adjectives of nationality written as a proper noun ("Sri Lankan", "Chinese", "Polish", "Iraqi").
_NATIONALITY = lazy(r"\p{Lu}\p{Ll}*(?:an|ese|ish|ch|i)")
_HEADLINE_END = lazy(r"[.!?…”\"’')]\s*$")


def _modifiers_start(toks: Sequence[Token], head: int) -> int:
    """Index of the first of the adjectives right before the noun (``head`` if none): lowercase
    adjectives, and a nationality written as a proper noun with any proper nouns before it."""
    i = head
    while i > 0 and toks[i - 1].tag == "JJ" and toks[i - 1].text.isalpha():
        i -= 1
    if i > 0 and toks[i - 1].tag == "NNP" and _NATIONALITY.fullmatch(toks[i - 1].text):
        i -= 1
        while i > 0 and toks[i - 1].tag == "NNP" and toks[i - 1].text[:1].isupper():
            i -= 1
    return i


def _needs_article(text: str, toks: Sequence[Token], first: int, head: int) -> bool:
    """Whether the words before the adjectives (and the one after the noun) make the noun phrase
    one that English opens with a determiner."""
    after = toks[head + 1] if head + 1 < len(toks) else None
    if after is None:
        return False
    noun = toks[head].lower
    if first == 0 or ends_sentence_token(text, toks[first - 1]):
        return after.tag in _FINITE_AFTER_SUBJECT and toks[first].text[:1].isupper()  # "Canadian foreign minister has"
    if after.tag not in _AFTER_NOUN:
        return False
    before = toks[first - 1]
    if before.lower in _PREPOSITIONS:
        return noun in _PERSON_KINDS  # "of Sri Lankan man who"; "the office of prime minister" is English
    if before.tag not in ("VBZ", "VBD", "VBN") or not before.text.islower() or before.lower in _NAMING_OR_BEING:
        return False
    if before.tag == "VBN" and (first < 2 or toks[first - 2].tag not in _SUBJECT_TAGS):
        return False  # a participle is read as a past verb only right after its subject ("the fire killed")
    if after.tag in _FINITE_AFTER_SUBJECT:
        return False  # the noun opens a clause of its own ("says prime minister is", a deck's style)
    return first < 2 or toks[first - 2].lower not in _NAMING_OR_BEING  # "was appointed interim leader"


@rule(
    "grammar/bare-person-noun",
    triggers=(Phrases("person noun", tuple(sorted(_PERSON_NOUNS)), boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.65,
)
def bare_person_noun(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A singular noun for a person, after an adjective, with no article (``the death of Sri
    Lankan man who``, ``until the party elects new leader.``).

    ## Why it matters
    A person is always counted in English: a bare singular reads as a headline inside a
    sentence, the mark of an engine from a language without articles or of a spinning tool.

    ## Examples
    bad:  Police confirmed the death of [[elderly man->an elderly man]] who lived alone.
    bad:  The council stays in place until the party elects [[new leader->a new leader]].
    bad:  [[Chinese foreign minister->The Chinese foreign minister]] has repeated the warning.
    bad:  Officers spoke with [[local resident->a local resident]] who saw the crash.
    good: Police confirmed the death of an elderly man who lived alone.
    good: The council stays in place until the party elects a new leader.
    good: The Chinese foreign minister has repeated the warning.
    good: Party elects new leader
    good: She became prime minister in 2021 and was named interim leader in May.
    good: The post of prime minister is vacant; former prime minister Brian Mulroney spoke.
    good: The union represents resident doctors and part-time workers.
    good: “Local man wins lottery,” read the headline, and the news was welcome.
    good: The data are clear, and a number of young men were hired; the CBC said so.
    good: Kanata MP says premier is a 'tireless worker'.

    ## Fix safety
    Display only: "a" or "an" is suggested; "the" may be meant.
    """
    text = par.text
    if par.kind not in ("paragraph", "quote", "list-item") or not _HEADLINE_END.search(text):
        return  # a headline or a caption line: articles are dropped there on purpose
    toks, _ = tagged_tokens(par, ctx)
    for head, tok in enumerate(toks):
        if tok.tag != "NN" or not tok.text.islower() or tok.text not in _PERSON_NOUNS:
            continue
        first = _modifiers_start(toks, head)
        if first == head or not _needs_article(text, toks, first, head):
            continue
        phrase = text[toks[first].start:tok.end]
        if first == 0 or ends_sentence_token(text, toks[first - 1]):
            repl = f"The {phrase}" if toks[first].tag == "NNP" or _NATIONALITY.fullmatch(toks[first].text) else \
                f"The {phrase[:1].lower()}{phrase[1:]}"
        else:
            repl = f"{_a_or_an(phrase)} {phrase}"
        yield ctx.finding(par, toks[first].start, tok.end, f"“{phrase}” names one person and needs an article",
                          fix=Fix.display_only(f"Write “{repl}”", replacement=repl))


def _a_or_an(phrase: str) -> str:
    """"an" before a vowel sound as its first word's spelling tells it ("an elderly", "a union"),
    "a" where the spelling cannot tell."""
    return "an" if wants_an(phrase.split()[0].lower()) else "a"
