"""Newspaper and broadcaster names translated word for word (Le Devoir → "The Duty").

English copy keeps a foreign outlet's own name: Le Devoir, La Presse, Der Spiegel, El País.
An engine translates the words of the name instead ("told The Duty", "according to The
Press", "the “Mirror” reported"). The pack ``rules/outlets.toml`` lists each outlet with the
literal renderings and the places whose stories quote it. Names that are ordinary English
too ("The Press", "The Sun", "Duty") are flagged only where a newspaper is being cited.
"""

from __future__ import annotations

from typing import Iterator


from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.publications.outlets_pack import PACK, Outlets
from mtqa.scan import FromPack, Phrases, phrase_matches
from mtqa.segment import ends_sentence

# a newspaper being cited: "told The Press", "according to Duty", “Mirror”, ,” Duty said
_CITED_BEFORE = lazy(
    r"(?:\b(?:told|to|by|in|with|from|according to|reported by|quoted by|cited by|interview with|wrote in|"
    r"published in|writing in|columnist for|column in|editorial in|newspaper|daily|magazine|weekly)\s+|"
    r",\s*[”\"]\s*|[“\"]\s*)$"
)
_CITED_AFTER = lazy(
    r"(?:[”\"]|\s+(?:reported|reports|revealed|reveals|learned|has learned|wrote|writes|newspaper|daily|"
    r"magazine|published)\b|[’']s\s+(?:report|reporter|columnist|editorial|investigation|front page))"
)


_LONGER_NAME = lazy(r"[ \t]+(?:of[ \t]+)?\p{Lu}\p{Ll}")


@rule(
    "publications/translated-name",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.8,
    triggers=(Phrases("outlet", FromPack("literal_firsts"), pack=PACK, ignorecase=False),
              Phrases("place", FromPack("place_firsts"), pack=PACK, ignorecase=False)),
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def translated_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A newspaper's or broadcaster's name translated word for word (Le Devoir as "The Duty"), or declined.

    A German masthead left in German but with the case ending of the German sentence
    ("according to the Süddeutschen Zeitung") is flagged too, wherever the story is set.

    ## Why it matters
    An outlet's name is a proper name: readers search for Le Devoir, not "The Duty", and a
    translated name can even point at another paper (Der Spiegel as "the Mirror").

    ## Examples
    bad:  The minister told [[The Duty->Le Devoir]] that Quebec would appeal.
    bad:  The figures were first reported by [[The Press->La Presse]] in Montreal.
    bad:  A columnist at [[the Journal of Montreal->Le Journal de Montréal]] wrote about the Quebec budget.
    bad:  The German government was divided, the “[[Mirror->Der Spiegel]]” reported.
    bad:  The plan leaked, according to the [[Neuen Zürcher Zeitung->Neue Zürcher Zeitung]].
    good: The plan leaked, according to the Neue Zürcher Zeitung.
    good: Le Devoir first reported the story in Montreal.
    good: The Press Gallery in Quebec City met on Monday.
    good: She saw it as her duty to tell Quebec voters.
    good: The Mirror reported that the prince was in London.
    good: In Madrid, the figures came from the World Values Survey.
    good: The Ottawa Sun's reporter was in Quebec City, and the mayor told the Sun he would run.

    ## Fix safety
    Unsafe: the outlet's own name replaces the literal one; an article before it may need
    to go ("the Le Devoir" is wrong).
    """
    data: Outlets = ctx.data(PACK)
    places: set[str] | None = None  # the story's places, found once a literal form turns up
    texts = [p.text for p in doc.paragraphs]
    for par in ctx.fired_in(doc.paragraphs):  # where an outlet's or a place's first word is
        text = par.text
        headline = None
        for s, e, outlets in phrase_matches(data.literals, par, ctx.hits(par, "outlet")):
            if headline is None:
                headline = _title_case(text)
            if headline:
                break
            s, outlets = _with_article(text, s, outlets)
            if not outlets:
                continue
            if places is None:
                places = _story_places(doc, data, ctx)
            here = _outlets_of_the_story(outlets, places, texts)
            if not here or _LONGER_NAME.match(text, e):
                continue  # not this story's outlet; or "the World Values Survey", "The Press Gallery": a longer name
            if any(o.ambiguous for o in here) and not _cited_as_outlet(text, s, e):
                continue
            names = list(dict.fromkeys(o.name for o in here))
            how = "with a German case ending" if all(o.inflected for o in here) else "translated word for word"
            yield ctx.finding(
                par, s, e,
                f"An outlet's name {how}; its name is {' or '.join(names)}",
                suggestions=names,
                fix=Fix.unsafe("Use the outlet's own name", names[0]),
            )


def _with_article(text: str, s: int, outlets: list) -> tuple[int, list]:
    """The outlets a literal form at `s` can be, given the article before it or its absence (a
    form that needs "the" is not one without it), and where the flagged span starts (at "the"
    when the form includes it)."""
    has_article = text[max(0, s - 4) : s] in ("the ", "The ")
    outlets = [o for o in outlets if has_article or not o.article]
    if outlets and has_article and any(o.article for o in outlets):
        s -= 4
    return s, outlets


def _story_places(doc, data: Outlets, ctx: RuleContext) -> set[str]:
    """The countries (and QC) the story's places name."""
    places: set[str] = set()
    for p in ctx.fired_in(doc.paragraphs):
        for _s, _e, countries in phrase_matches(data.places, p, ctx.hits(p, "place")):
            places.update(countries)
    return places


def _outlets_of_the_story(outlets: list, places: set[str], texts: list[str]) -> list:
    """The outlets a literal form can stand for in this story: an inflected masthead anywhere,
    else an outlet of a country the story is set in, unless the story holds words that rule it out."""
    return [o for o in outlets if o.inflected or (o.country in places or (o.country == "CA" and "QC" in places))
            and not any(w in t for w in o.unless for t in texts)]


def _cited_as_outlet(text: str, s: int, e: int) -> bool:
    """Whether an ambiguous name at text[s:e] ("The Press") is cited as an outlet: by words
    that cite it after it, or before it when it does not start its sentence."""
    if _sentence_start(text, s) and not _CITED_AFTER.match(text, e):
        return False
    return bool(_CITED_BEFORE.search(text[max(0, s - 40) : s]) or _CITED_AFTER.match(text, e))


def _sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence, a line or what a colon introduces (`ends_sentence`: "Mr."
    before it ends no sentence)."""
    head = text[:pos].rstrip(" “\"")
    return not head or head[-1] in ":\n" or ends_sentence(head, len(head))


def _title_case(text: str) -> bool:
    """A headline in title case, where every word is capitalised and nothing can be told apart."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or len(text) > 200:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)
