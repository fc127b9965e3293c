"""Typography: the head noun of a body capitalised after a lowercase modifier ("the banking Union").

Engines that half-recognise a name capitalise its last word only: "the Euro rescue Fund",
"the security Service", "a European monetary Fund". English writes a name's words all in
capitals (the Security Service) or a description all in lowercase (a rescue fund); a
lowercase modifier before a capitalised head is neither. A plural head capitalised after a
preposition ("relations between Nations") is the same slip on a common noun, and a head
capitalised before "of" and a lowercase field ("the Ministry of ecological environment") the
same slip on a name that begins with its head.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import tagging
from mtqa.finding import FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import LOWER, Pattern
from mtqa.segment import Paragraph
from mtqa.text.tokens import contains_any

# Nouns that head the name of a body. Left out: the ones house styles capitalise alone for one
# body — Parliament (the federal Parliament), Government (the regular Government meeting) and
# Party (the Communist Party in China coverage: a village Party branch).
_HEADS = (
    "Fund|Union|Council|Committee|Commission|Service|Agency|Bank|Office|Court|Board|Authority|Association|"
    "Institute|Ministry|Department|Assembly|Community|Organization|Organisation|Federation|"
    "Bureau|Tribunal|Corporation|Foundation|Secretariat|Administration"
)
# Plural common nouns that English never capitalises alone.
_PLURAL_HEADS = "Nations|Countries|States|Governments|Communities|Parties|Peoples"
# A determiner or a possessive (and at most one capitalised word), a lowercase modifier, then
# the capitalised head, which ends the name: not followed by a capitalised word (the old Union
# Station). Followed by "of" and a capital (group 3), the head begins a name (the federal
# Department of Justice), and only a noun as modifier is a word of it (the security Service of
# Ukraine). A verb before a body written as a bare name ("Jane Roe asked Council") has no
# determiner before it.
_MODIFIED_HEAD = lazy(
    r"(?:(?<![\p{L}\p{N}\-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)"
    r"|\p{L}['’]s?)(?:[ ]\p{Lu}\p{Ll}++)?"
    r"[ ](\p{Ll}{3,}+)[ ](" + _HEADS + r")(?![\p{L}\p{N}\-'’]|[ ]\p{Lu}|[ ]\()((?=[ ]of[ ]\p{Lu}))?"
)
# A preposition or conjunction, then a capitalised plural head on its own: "between Nations".
_BARE_PLURAL = lazy(
    r"(?<![\p{L}\p{N}\-])(between|among|amongst|of|for|with|to|from|and|or)[ ](" + _PLURAL_HEADS + r")"
    r"(?![\p{L}\p{N}\-'’]|[ ]\p{Lu}|[ ]of[ ]\p{Lu})"
)
# Heads that begin a body's name before "of" and its field (the Ministry of Health); after a
# determiner, with the field in lowercase, only the head is capitalised (the Ministry of
# ecological environment). Up to three lowercase words are read; the tagger trims the ones
# that are no noun or adjective (the Ministry of health said).
_OF_HEADS = "Ministry|Department|Bureau|Secretariat|Administration"
_HEAD_OF_FIELD = lazy(
    r"(?<![\p{L}\p{N}\-])(?:the|its|their|his|her|our|this|that)[ ](" + _OF_HEADS + r")[ ]of[ ]"
    r"(\p{Ll}{3,}+(?:[ ]\p{Ll}{3,}+){0,2})(?![\p{L}\p{N}\-'’])"
)
_FIELD_TAGS = frozenset({"NN", "NNS", "JJ", "CC"})
# What `_HEAD_OF_FIELD` and `_BARE_PLURAL` cannot match without: a paragraph holding none of
# these strings is spared their search (a test on the text at C speed).
_OF_HEAD_LITERALS = tuple(f"{head} of " for head in _OF_HEADS.split("|"))
_PLURAL_LITERALS = tuple(_PLURAL_HEADS.split("|"))
# How far `_MODIFIED_HEAD`'s lookahead reads past a head (" of X"); no head ends that close
# after another, so a search stopped there finds the matches that end at the first head.
_AFTER_HEAD = 5


def modified_heads(text: str, heads: list) -> list:
    """The matches of `_MODIFIED_HEAD.finditer(text)`, the pattern tried only just before each
    place in `heads` (the trigger's hits, in order: a lowercase word and a head noun) instead of
    at every character of the paragraph.

    Every match ends at a hit's head (its modifier's last three letters, a space and the head are
    the trigger's match, and no earlier hit can take those letters: a hit ends in a head, which
    holds no space). A match starts at most five characters before the third space back from its
    head (a determiner, a capitalised word, the modifier), so a search from there, stopped just
    past the head's lookahead, finds the match ending there if it is `finditer`'s next one, and
    one path at most succeeds from any start."""
    found = []
    pos = 0
    search = _MODIFIED_HEAD.search
    for hit in heads:
        end = hit.end
        if end <= pos:
            continue
        before_modifier = text.rfind(" ", 0, hit.start + 3)  # the hit: three letters, a space, the head
        if before_modifier < 0:
            continue  # a modifier follows a space
        before_capital = text.rfind(" ", 0, before_modifier)
        m = search(text, max(pos, before_capital - 5, 0), end + _AFTER_HEAD)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


def _field_words(words: list[str]) -> list[str]:
    """The words of a lowercase field after "of" that are nouns or adjectives, from the start."""
    tags = tagging.tagger()
    if tags is None:
        return []
    kept: list[str] = []
    for word in words:
        if word in _FUNCTION_WORDS and word != "and" or tags.lexicon_tag(word) not in _FIELD_TAGS:
            break
        kept.append(word)
    while kept and kept[-1] == "and":
        kept.pop()
    return kept


# Modifiers that describe a body named elsewhere instead of naming it ("the current Council",
# "the new Board"), and nouns that introduce a title ("the band Union").
_DESCRIBING = frozenset(
    "current former new previous next last whole entire present same old future then said above "
    "state city town county province country village "
    "band group film movie song album show series book magazine newspaper play novel podcast".split()
)
# Function words, which a determiner may stand before too ("assured that the Council").
_FUNCTION_WORDS = frozenset(
    "the and but nor for of in on at to from by with into onto via per its his her their our this that these "
    "those which who whose what any some each every all both either neither such was were has had have".split()
)


@rule(
    "typography/capitalised-head",
    triggers=(Pattern("lowercase word before a capitalised head", rf"[{LOWER}]{{3}} (?:{_HEADS}|{_PLURAL_HEADS})"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.7,
)
def capitalised_head(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A body's head noun capitalised after a lowercase modifier (“the banking Union”, “the security Service”).

    ## Why it matters
    A name is capitalised word by word (the Security Service of Ukraine) and a description
    not at all (a rescue fund). An engine that half-recognises a name capitalises only its
    last word, and the reader cannot tell whether a body is named or described. A plural
    common noun capitalised after a preposition ("between Nations") is the same slip, and so is a
    head capitalised before "of" and a field in lowercase ("the Ministry of ecological environment").

    ## Examples
    bad:  Leaders discussed the completion of the [[banking Union]] and a new tax.
    bad:  The bailout came from the Euro [[rescue Fund]] on Monday.
    bad:  The agency's [[security Service]] opened a case.
    bad:  Officers of the [[security Service]] of Ukraine made arrests.
    bad:  It marked the start of dialogue between [[Nations]] after the war.
    bad:  The plan of the [[Ministry of marine fisheries]], announced on Monday, was cut.
    bad:  Officials of the [[Department of rural affairs]] said the [[Bureau of statistics]] agreed.
    good: The Ministry of Marine Fisheries and the Department of Rural Affairs agreed.
    good: The Department of each province and the Bureau of the city met; Administration of justice is slow.
    good: It was the ministry of rural affairs, said the Ministry of Health's head.
    good: Leaders discussed the completion of the banking union and the European Union.
    good: The Security Service of Ukraine opened a case; the federal Department of Justice did not.
    good: The state Department of Health and the city Office of Emergency Management met the provincial Ministry of Health.
    good: Members said the current Council must vote first, and the Fund said the old Union Station will close.
    good: He said that the Council agreed at the regular Government meeting of the village Party branch.
    good: The federal Parliament sat; talks between nations, the United Nations and First Nations went on.
    good: Jane Roe asked Council to act, and the band Union played the Investment Fund Act.

    ## Known issues
    Before "of" and a name, a modifier is judged only with the tagger (mtqa[grammar]), which
    tells a noun (security) from an adjective (federal). Which of the two forms was meant, name or description, needs the world: no fix is
    offered. A modifier after another lowercase word ("the municipal party Committee") is not
    judged, so that a verb before a body written as a bare name ("asked Council") stays quiet.
    """
    text = par.text
    tags = None
    for m in modified_heads(text, ctx.hits(par)):
        modifier, head = m.group(1), m.group(2)
        if modifier in _DESCRIBING or modifier in _FUNCTION_WORDS:
            continue
        if m.group(3) is not None:  # "the ... Department of Justice": a name goes on
            tags = tags or tagging.tagger()
            if tags is None or tags.lexicon_tag(modifier) not in ("NN", "NNS"):
                continue  # an adjective describes the body (the federal Department of Justice)
        name = f"{modifier.capitalize()} {head}"
        yield ctx.finding(par, m.start(1), m.end(2),
                          f"Only the head of “{modifier} {head}” is capitalised: write a name ({name}) or a description",
                          suggestions=(name, f"{modifier} {head.lower()}"))
    for m in _HEAD_OF_FIELD.finditer(text) if contains_any(text, _OF_HEAD_LITERALS) else ():
        field = _field_words(m.group(2).split(" "))
        if not field:
            continue
        end = m.start(2) + len(" ".join(field))
        name = f"{m.group(1)} of " + " ".join(w if w == "and" else w.capitalize() for w in field)
        yield ctx.finding(par, m.start(1), end,
                          f"Only the head of “{text[m.start(1):end]}” is capitalised: write a name ({name}) or a description",
                          suggestions=(name,))
    for m in _BARE_PLURAL.finditer(text) if contains_any(text, _PLURAL_LITERALS) else ():
        head = m.group(2)
        yield ctx.finding(par, m.start(2), m.end(2), f"“{head}” capitalised on its own in mid-sentence",
                          suggestions=(head.lower(),))
