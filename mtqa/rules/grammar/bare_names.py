"""Grammar: "the" before a name English writes bare, ending its noun phrase (``the Canada's
economy``, ``talks with the Merkel on Monday``, ``the Ottawa said``).

French, Italian, Spanish and German give a country, a region, a city or a person an article
(*le Canada*, *la Merkel*, *el Toronto*); English does not, and an engine keeps it. The names are
a derived list, ``rules/bare_names.toml``: words CMU's trigram model of US English almost never
shows after "the" as the head of a noun phrase (``scripts/build_bare_names.py``); nothing of the
model is read at check time. `grammar/article-before-name` keeps its closed list of countries,
provinces and departments before a verb, a preposition or a possessive; this rule reads every
name of the derived list and its possessive, and stays quiet where that rule fires. The name must be written
with a capital and end its noun phrase: ``the Toronto Star``, ``the Ottawa bureau``, ``the
Canada-U.S. border`` and ``the Canada of the 1960s`` are English.
"""

from __future__ import annotations

from typing import Iterator

from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.rules.grammar.bare_names_pack import PACK, BareNames
from mtqa.rules.grammar.word_order import the_name_matches
from mtqa.scan import FromPack, Phrases
from mtqa.segment import Paragraph, is_abbreviation_period

# Words after which the name has ended its noun phrase: a verb of saying or being, a preposition
# that opens what follows, a conjunction of clauses ("and" and "to" are left out: "the Regina and
# Toronto teams", "the Toronto to Ottawa train" join names that modify a noun).
_AFTER_NAME = frozenset(
    "is was has had will would can could must should may might said says announced wants wanted remains "
    "remained needs needed did does for with by from at on in since during after before because but "
    "who which".split()
)
_POSSESSIVE = ("'s", "’s")
_SENTENCE_END = lazy(r"\.(?:\s+[\p{Lu}“\"‘]|\s*$)")


def _ends_phrase(text: str, end: int) -> bool:
    """Whether the name ending at `end` ends its noun phrase: a possessive, a mark that closes a
    clause, or a word of _AFTER_NAME after one space."""
    rest = text[end:end + 30]
    if rest.startswith(_POSSESSIVE):
        return True
    if rest[:1] in (";", ":", "!", "?", ")"):
        return True
    if rest[:1] == ".":
        # a sentence's end, not an abbreviation's period ("the Dec. 4 sitting", "the St. Lawrence")
        return _SENTENCE_END.match(rest) is not None and not is_abbreviation_period(text, end)
    if rest[:1] != " ":
        return False  # "Canada-U.S.", "Canada’s" handled above, "Canada," a list
    word = rest[1:].split(" ", 1)[0].rstrip(".,;:")
    return word in _AFTER_NAME


@rule(
    "grammar/article-before-bare-name",
    triggers=(Phrases("the and a name", FromPack("after_the"),
                      pack=PACK, boundary="letters"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    packs=(PACK,),
    confidence=0.6,
    # Preview: it caught fold-A labels (one site) and no clean copy, but nothing on fold B
    # (benchmarks/README.md, "Names English writes without the article").
    status=Status.PREVIEW,
)
def article_before_bare_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"The" before a name English writes without it (``the Europe's economy``, ``met the Merkel
    on Monday``).

    ## Why it matters
    Romance languages and German put an article before countries, cities and, in speech, people
    (*le Canada*, *la Merkel*); English writes them bare, and ``the Canada's`` reads as a
    translation at once (a listed country's, ``the Canada's``, is
    `grammar/article-before-name`'s).

    ## Examples
    bad:  Farm exports are a pillar of [[the Europe->Europe]]’s trade with Asia.
    bad:  The summit was moved after [[the Toronto->Toronto]] said it could not host it.
    bad:  Reporters waited for [[the Merkel->Merkel]] at the door of the hall.
    good: Farm exports are a pillar of Europe’s trade with Asia.
    good: The Toronto Star and the Ottawa bureau of the paper said so on Monday.
    good: The Canada of the 1960s was another country, and the Canada-U.S. border was open.
    good: The Toronto office, the Merkel government and the Seattle team were named.
    good: It runs at the Regina and Toronto rinks until the Dec. 4 sitting.

    ## Fix safety
    Display only: the article is dropped; a name used as a modifier keeps it.

    ## Known issues
    The list is read from a lowercased model: a name that is also a common word the tagger's
    lexicon knows (*China*, *Turkey*, *Ford*) is not in it, and names the model sees after "the"
    as often as not (*Ottawa*, *Quebec*, *Beijing*: "the Ottawa Senators") fall out, so
    `grammar/article-before-name`'s closed list still carries those. A name followed by "and" or
    "to" is left alone ("the Regina and Toronto teams"). Preview: it caught labels on the fold
    it was written from and none on the other.
    """
    text = par.text
    data: BareNames = ctx.data(PACK)
    for hit in ctx.hits(par):
        start = hit.start
        if text[start:start + 4] not in ("the ", "The "):
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
            continue
        name_start = start + 4
        k = name_start
        while k < len(text) and text[k].isalpha():
            k += 1
        name = text[name_start:k]
        if name.lower() not in data.names or not (name[:1].isupper() and name[1:].islower()):
            continue  # written in lowercase ("the china cabinet") or in capitals
        if not _ends_phrase(text, k):
            continue
        if the_name_matches(text, [name_start]):
            continue  # grammar/article-before-name flags it
        yield ctx.finding(par, start, k, f"“{name}” takes no article in English",
                          fix=Fix.display_only(f"Write “{name}”", replacement=name))
