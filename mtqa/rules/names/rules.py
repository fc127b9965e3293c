"""Names: a given name translated into its English twin, a surname written in lower case, and the
French honorific "M." left before a name in English copy.

The same person's names across the story are the evidence (names.analysis); the rules on a
name's spelling are in `misspelt_names`, those on its accents in `accented`.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from mtqa import lexicon, tagging
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.rules.names.analysis import Inventory, Mention, inventory
from mtqa.rules.names.evidence import given_name_at, holding_any, relative_between
from mtqa.rules.names.pack import NamesData
from mtqa.scan import Phrases
from mtqa.segment import story_text


# Given names an engine translates into their English twins (Jean → John), French and Spanish
# forms on the left. The same surname with both forms of one given name is one person whose
# name the engine translated in one place.
_GIVEN_TWINS = {
    "jean": "john", "juan": "john", "pierre": "peter", "pedro": "peter", "françois": "francis", "francisco": "francis",
    "jacques": "james", "guillaume": "william", "guillermo": "william", "michel": "michael", "miguel": "michael",
    "étienne": "stephen", "stéphane": "stephen", "philippe": "philip", "felipe": "philip", "andré": "andrew",
    "andrés": "andrew", "antoine": "anthony", "antonio": "anthony", "louis": "lewis", "henri": "henry",
    "enrique": "henry", "marc": "mark", "marcos": "mark", "luc": "luke", "lucas": "luke", "mathieu": "matthew",
    "mateo": "matthew", "nicolas": "nicholas", "christophe": "christopher", "cristóbal": "christopher",
    "benoît": "benedict", "denis": "dennis", "marie": "mary", "maría": "mary", "jeanne": "jane", "juana": "jane",
    "hélène": "helen", "elena": "helen", "françoise": "frances", "isabelle": "isabel", "alexandre": "alexander",
    "alejandro": "alexander", "frédéric": "frederick", "federico": "frederick", "sébastien": "sebastian",
    "dominique": "dominic", "julien": "julian", "josé": "joseph", "carlos": "charles", "pablo": "paul",
    "jorge": "george", "georges": "george", "gilles": "giles", "thérèse": "theresa", "raphaël": "raphael",
    "martín": "martin", "jaime": "james",
}


def _twins(a: str, b: str) -> bool:
    """Whether two given names are one name in two languages (Jean and John)."""
    fa, fb = a.casefold(), b.casefold()
    return fa != fb and (_GIVEN_TWINS.get(fa) == fb or _GIVEN_TWINS.get(fb) == fa)


@rule(
    "names/translated-given-name",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
    confidence=0.8,
)
def translated_given_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A person's given name translated into its English twin in one place (Jean Boulet, then John Boulet).

    ## Why it matters
    Engines translate given names as words: *Jean* becomes *John*, *Pierre* becomes *Peter*,
    *Guillaume* becomes *William*. People keep their names in every language; the story
    then names one person two ways, and the English form is the wrong one.

    ## Examples
    bad:  Labour Minister Jean Boulet spoke on Monday.\\n\\n[[John->Jean]] Boulet said the plan would work.
    bad:  Pierre Roy and Marie Roy met.\\n\\n[[Peter->Pierre]] Roy said no.
    good: Labour Minister Jean Boulet spoke on Monday.\\n\\nJean Boulet said the plan would work.
    good: John Smith and his brother Peter Smith met Jean Roy.
    good: Jean Roy spoke first; later, his son John Roy, a Toronto lawyer, spoke.

    ## Fix safety
    Display only: the form the story uses for the person is suggested; an editor confirms it
    is the same person.

    ## Known issues
    Two relatives with the twin names (Jean Roy and his son John Roy) are reported; the
    message says which form the story uses elsewhere.
    """
    inv = ctx.analysis(inventory)
    firsts: dict[str, dict[str, list[Mention]]] = {}
    for m in inv.mentions:
        if m.first:
            firsts.setdefault(m.surname, {}).setdefault(m.first, []).append(m)
    for surname, by_first in firsts.items():
        names = list(by_first)
        for i, j in _twin_pairs(names):
            a, b = names[i], names[j]
            source, english = (a, b) if _GIVEN_TWINS.get(a.casefold()) == b.casefold() else (b, a)
            if relative_between(by_first[english], by_first[source]):
                continue
            for m, s in given_name_at(by_first[english], english):
                yield ctx.finding(
                    m.par, s, s + len(english),
                    f"“{english} {surname}” is called “{source} {surname}” elsewhere: a given name translated?",
                    suggestions=(source,), fix=Fix.display_only(f"Write {source}", source),
                )


def _twin_pairs(names: list[str]) -> list[tuple[int, int]]:
    """The positions (i < j, in order) of every two of `names` that `_twins` pairs, found by
    looking each name's twin up instead of comparing every two: a surname after hundreds of
    different given names (a pasted list) made that square (stop 47; the same pairs)."""
    by_fold: dict[str, list[int]] = {}
    for k, name in enumerate(names):
        by_fold.setdefault(name.casefold(), []).append(k)
    pairs = set()
    for k, name in enumerate(names):
        twin = _GIVEN_TWINS.get(name.casefold())
        for other in by_fold.get(twin, ()) if twin is not None else ():
            if _twins(name, names[other]):
                pairs.add((min(k, other), max(k, other)))
    return sorted(pairs)


_LOWER_SURNAME = lazy(r"(?<![\p{L}\p{N}@#/_.:\-’'])\p{Ll}{3,}(?![\p{L}\p{N}@_/’']|-[\p{Ll}\p{N}]|\.\p{L})")
# Every word `_LOWER_SURNAME` finds is a whole run of lowercase letters (it wants no letter on either
# side), so one that the story's runs do not hold is in none of its paragraphs. Up to this many
# names each is searched for in the story (`str.find`); more are first kept to the story's runs,
# gathered in one search that costs about as much as 70 of those (measured on a long story).
_LOWERCASE_RUN = lazy(r"\p{Ll}{3,}")
_NAMES_SEARCHED_MAX = 100
_SURNAME_MAX_ZIPF = 3.0  # a surname that is also a common English word (price, young, rice) is left alone
# A capitalised word on its own inside a sentence: after a lowercase word or a comma and a space,
# or after a hyphen ("growth of Chengdu", "the Chengdu-Chongqing area"); not after another
# capitalised word, where it may be the last word of a name of several ("the Northwood Pulpmill").
_MID_CAPITAL_WORD = lazy(r"(?<=(?<![\p{L}\p{N}])\p{Ll}+ |[,;] |\p{L}-)\p{Lu}\p{Ll}{2,}+(?![\p{L}\p{N}'’])")
# A genus written in lowercase as a plant's common name ("the alocasia plant", "hibiscus
# flowers"): a word with a distinctly Latin ending (-ia, -us, -um, -ae) straight before a noun
# for a plant or its parts. English lowercases a genus used so, and a talk or a feature names the
# genus capitalised beside it ("the alocasia plant, Alocasia, ..."). A bare -a (Samara, Kazan's
# -an) is no such ending: "the samara plant" after "Samara" is a factory's town in lowercase.
_GENUS_AS_COMMON_NAME = lazy(
    r"\p{Ll}{3,}(?:ia|us|um|ae) (?:plants?|flowers?|trees?|shrubs?|bush(?:es)?|vines?|bulbs?|seeds?|lea(?:f|ves)|"
    r"blossoms?|species|genus)(?![\p{L}-])"
)
_PLACE_PREPOSITIONS = frozenset("in to at from near outside around across".split())


def named_as_place(story: str, name: str, known: dict[str, bool]) -> bool:
    """Whether the story puts `name` after a preposition of place, alone or in a list of
    capitalised names ("went to Tarragonia", "in Samara and Tarragonia"): a town, whose plant is
    a factory ("the tarragonia plant"), not a genus. `known`: the answers given, by name."""
    if name in known:
        return known[name]
    found = False
    i = story.find(name)
    while i >= 0 and not found:
        words = story[max(0, i - 60):i].replace(",", " ").split()
        while words and (words[-1] in ("and", "or") or words[-1][:1].isupper() and words[-1].lower() not in _PLACE_PREPOSITIONS):
            words.pop()  # the names before it in a list ("Samara and")
        found = story[i - 1:i].isspace() and bool(words) and words[-1].lower() in _PLACE_PREPOSITIONS
        i = story.find(name, i + 1)
    known[name] = found
    return found


# Just before a lowercase word: a capitalised word, whose name may keep a lowercase word of its
# own (Québec solidaire), unless it is a word that names nothing (a sentence's "The").
_AFTER_CAPITALISED = lazy(r"(\p{Lu}\p{Ll}*+) $")


# Endings English builds words with: a word that has one is a word the lists lack, not a name.
_ENGLISH_SUFFIXES = ("able", "ible", "ness", "tion", "sion", "ment", "ity", "ous", "ive", "ful", "less", "ing",
                     "ed", "ly", "ize", "ise", "ism", "ist", "er", "est")


def _names_only(story: str, lex: lexicon.Lexicon, not_names: frozenset[str]) -> dict[str, str]:
    """The words the story capitalises inside a sentence that English has no lowercase word
    for (neither the tagger's lexicon nor lemminflect knows them: Chengdu, Chongqing), by their
    lowercase form: a place's or a person's name whoever it names. Empty without the tagger.

    `story`: the paragraphs joined by line breaks, searched at once (a match holds no line
    break, and one beside a line break is as at the paragraph's edge: the same words in order)."""
    tg = tagging.tagger()
    if tg is None:
        return {}
    found: dict[str, str] = {}
    for word in dict.fromkeys(_MID_CAPITAL_WORD.findall(story)):
        low = word.lower()
        if word in not_names or lex.zipf(low) >= _SURNAME_MAX_ZIPF:
            continue
        if low.endswith(_ENGLISH_SUFFIXES):
            continue  # an English word the lists lack (scalable), capitalised by mistake
        if tg.lexicon_tag(low) is None and not tg.readings(low):
            found.setdefault(low, word)
    return found


# A capitalised word, then a lowercase one that ends the phrase: punctuation after it, or a
# word (group 3) that the tagger must read as a verb ("Ana lopez said").
_NAME_THEN_LOWER = lazy(
    r"(?<![\p{L}\p{N}.'’\-])(\p{Lu}\p{Ll}++) (\p{Ll}{4,}+)(?:[,.;:)]|$| (\p{Ll}++)(?![\p{L}\p{N}]))"
)
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# How often the web writes a name's letters (garcia 3.9, lopez 3.8): a lowercase word this
# common that no English word list has is a name; commoner strings are words the lists lack
# (timeline, apps, info).
_NAME_ZIPF = (3.0, 4.0)


def _lowercase_after_given_name(doc, ctx: RuleContext, lex: lexicon.Lexicon) -> Iterator[RawFinding]:
    """A surname in lowercase straight after a given name (“Ana lopez said”): the first
    word a proper noun in the tagger's lexicon, the second common on the web but no English
    word (neither the tagger's lists nor an English ending know it)."""
    tg = tagging.tagger()
    if tg is None:
        return
    lo, hi = _NAME_ZIPF
    for par in doc.paragraphs:
        for m in _NAME_THEN_LOWER.finditer(par.text):
            word = m.group(2)
            stem = word[:-1] if word.endswith("s") else word
            if not lo <= lex.zipf(word) < hi or word.endswith(_ENGLISH_SUFFIXES) or stem.endswith(_ENGLISH_SUFFIXES):
                continue
            if tg.lexicon_tag(word) is not None or tg.readings(word) or tg.lexicon_tag(m.group(1)) != "NNP":
                continue
            if m.group(3) is not None and tg.lexicon_tag(m.group(3)) not in _VERB_TAGS:
                continue  # a noun phrase goes on (the Ontario coronavirus response)
            name = word.capitalize()
            yield ctx.finding(par, m.start(2), m.end(2), f"The name “{name}” in lowercase after “{m.group(1)}”",
                              fix=Fix.safe(f"Write {name}", replacement=name))


@rule(
    "names/lowercase-name",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
    confidence=0.8,
)
def lowercase_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name written in lowercase where the story writes it as a name (“legault said”, “the chengdu-Chongqing area”).

    ## Why it matters
    An engine that does not recognise a name treats it as a word and lowercases it,
    especially one transliterated back from another script; the story names the person
    properly elsewhere, so the lowercase form is a slip, not a common noun. A place's name
    counts too where English has no such word in lowercase (the tagger's word lists know none)
    and the story capitalises it in a sentence, not only in a headline or a heading,
    and so does a surname straight after a given name that the web writes often and English
    has no word for ("Ana lopez").

    ## Examples
    bad:  Premier François Legault spoke on Monday. [[legault->Legault]] said the plan would work.
    bad:  Minister Marc Garneau left.\\n\\nThe talks with [[garneau->Garneau]] ended.
    good: Premier François Legault spoke on Monday. Legault said the plan would work.
    good: Finance Minister Lisa Price said prices rose; Neil Young was young once.
    good: Jane Roy wrote to roy@example.ca and posted on example.ca/roy.
    good: He is a welder for Riverbend Sawmill.\\n\\nPulpmill and sawmill closures hit the north.
    bad:  Union leader Jonathan Blacker spoke.\\n\\nWorkers cheered [[blacker->Blacker]] at the gate.
    bad:  Trade grew in the Kazan region.\\n\\nThe [[kazan->Kazan]]-Samara corridor and [[kazan->Kazan]] airport opened.
    good: Trade grew in the Kazan region.\\n\\nThe Kazan-Samara corridor opened; Hope and hope, Grant and a grant.
    good: The Rideau Canal froze; the canal reopened in the spring, as the Canal did last year.
    good: Voters in Kazan backed Kazan solidaire; see Nasdaq:kazan and the Northwood Pulpmill's pulpmill staff.
    good: Is this really Scalable? It is scalable, and unblockable, said Unblockable's founder.
    bad:  The spokeswoman, Ana [[lopez->Lopez]], said no.
    bad:  Then Ana [[lopez->Lopez]] said no.
    good: The spokeswoman, Ana Lopez, said no; the Ontario coronavirus response and the Canada apps are out.
    good: This is the alocasia plant, Alocasia, which flies pollinate.
    bad:  Its jobs went to Tarragonia.\\n\\nThe [[tarragonia->Tarragonia]] plant closed.
    bad:  Jobs went to Samara and Tarragonia.\\n\\nThe [[samara->Samara]] plant closed; [[tarragonia->Tarragonia]] airport opened.
    bad:  Samara plant to close\\n\\nJobs went to Samara.\\n\\nThe [[samara->Samara]] plant closed.
    good: TSX up, Loonie lower\\n\\nThe loonie fell a cent as oil slipped.

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    data: NamesData = ctx.data("names")
    inv = ctx.analysis(inventory)
    surnames = _person_surnames(inv, data, lex)
    yield from _lowercase_after_given_name(doc, ctx, lex)
    pars = doc.paragraphs
    story = story_text(pars)
    places = _names_only(story_text(p for p in pars if not _heading_line(p.text)), lex, data.not_names)
    surnames = {**places, **surnames}
    as_place: dict[str, bool] = {}  # names the story puts after a preposition of place, once asked
    for par in holding_any(pars, story, _names_searched(surnames, story)):
        text = par.text
        if not surnames.keys() & set(_LOWER_SURNAME.findall(text)):
            continue  # nor as a word of its own, sorted at C speed
        for m in _LOWER_SURNAME.finditer(text):
            name = surnames.get(m.group())
            if name is None or _lowercase_by_rights(text, m, name, places, story, as_place, data.not_names):
                continue
            yield ctx.finding(par, m.start(), m.end(), f"The name “{name}” in lowercase",
                              fix=Fix.safe(f"Write {name}", replacement=name))


_HEADING_MAX_WORDS = 15
_SENTENCE_STOP = (".", "!", "?", ":", '"', "”", "’", ")")


def _heading_line(text: str) -> bool:
    """A short line with no stop at its end: a headline or a heading ("Loonie lower; TSX up",
    "Thanks for Looking After the Community"), whose capitals are the line's style, not
    evidence that a word is a name. A place's name counts from the story's sentences only."""
    body = text.rstrip()
    return bool(body) and body[-1] not in _SENTENCE_STOP and len(body.split()) <= _HEADING_MAX_WORDS


def _person_surnames(inv: Inventory, data: NamesData, lex: lexicon.Lexicon) -> dict[str, str]:
    """The surnames the story gives people, by their lowercase form: a person is named by a
    title or a known given name ("Riverbend Sawmill" names a mill, and "sawmill and pulpmill
    closures" are common nouns), and the name is no common English word nor a listed non-name."""
    surnames = {m.surname.casefold(): m.surname for m in inv.mentions
                if ((m.first and m.first in data.by_first) or m.title) and m.surname.isalpha() and len(m.surname) >= 3}
    return {k: v for k, v in surnames.items() if lex.zipf(k) < _SURNAME_MAX_ZIPF and k not in data.not_names}


def _names_searched(surnames: dict[str, str], story: str) -> Iterable[str]:
    """The names to search paragraphs for: all of them, or in a long story's many, only those
    it writes in lowercase."""
    if len(surnames) > _NAMES_SEARCHED_MAX:
        return surnames.keys() & set(_LOWERCASE_RUN.findall(story))
    return surnames


def _lowercase_by_rights(text: str, m, name: str, places: dict[str, str], story: str, as_place: dict[str, bool],
                         not_names: frozenset[str]) -> bool:
    """Whether a place's name found in lowercase (`m`) is rightly so: a word of a name after a
    capitalised word that keeps it lowercase, or a genus as a plant's common name ("the
    alocasia plant") in a story that does not put it after a preposition of place."""
    if m.group() not in places:
        return False
    if (before := _AFTER_CAPITALISED.search(text, max(0, m.start() - 30), m.start())) \
            and before.group(1) not in not_names:
        return True  # a word of a name that keeps it lowercase; not after a sentence's "The"
    return bool(_GENUS_AS_COMMON_NAME.match(text, m.start())) and not named_as_place(story, name, as_place)


_FRENCH_MONSIEUR = lazy(r"(?<![\p{L}\p{N}.])M\.[ \u00a0](\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\b")
# The capitalised word right before a position, one space between ("Edward " before "M. Chadwick").
_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}’'.-])(\p{Lu}\p{Ll}+)[ \u00a0]$")


def _first_name_before(text: str, at: int) -> str | None:
    """The capitalised word just before `at`, if any: a first name there makes the "M." after it an initial."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return None if m is None else m.group(1)


@rule(
    "names/french-honorific",
    category="Fluency/Style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
    confidence=0.8,
    # it reads only the paragraphs that hold "M." (as written): a story without one is not read
    triggers=[Phrases("monsieur", ("M.",), ignorecase=False, boundary="none")],
    only_where_fired=True,
)
def french_honorific(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The French honorific “M.” (Monsieur) before a surname whose first name the story gives and does not start with M (“M. Legault”).

    ## Why it matters
    French writes *M. Legault* for Mr. Legault; in English copy "M." reads as an initial. When
    the story names the person in full and the first name does not begin with M, the "M."
    can only be the French honorific the engine kept.

    ## Examples
    bad:  Premier François Legault spoke. [[M.->Mr.]] Legault said the plan would work.
    good: Premier François Legault spoke. Mr. Legault said the plan would work.
    good: Economist Marc Roy spoke; M. Roy, as the paper signs him, said no.
    good: M. Night Shyamalan and M. Legault of Laval were not named in full.
    good: Surveyor Albert Tremblay mapped the shore; the map Albert M. Tremblay signed hangs in the library.
    bad:  Surveyor Albert Tremblay mapped the shore. Councillor [[M.->Mr.]] Tremblay said the map was wrong.

    ## Fix safety
    Display only: Canadian style drops the honorific altogether (Legault), an editor chooses.
    """
    inv = ctx.analysis(inventory)
    firsts: dict[str, set[str]] = {}
    for m in inv.mentions:
        if m.first:
            firsts.setdefault(m.surname, set()).add(m.first)
    if not firsts:
        return
    for par in doc.paragraphs:
        text = par.text
        if "M." not in text:
            continue
        for m in _FRENCH_MONSIEUR.finditer(text):
            known = firsts.get(m.group(1))
            if not known or any(f.startswith("M") for f in known):
                continue
            if _first_name_before(text, m.start()) in known:
                continue  # "Edward M. Chadwick": a middle initial between the first name and the surname
            yield ctx.finding(par, m.start(), m.start() + 2,
                              f"“M. {m.group(1)}”: the French honorific Monsieur (the story names {sorted(known)[0]} {m.group(1)})",
                              fix=Fix.display_only("Write Mr. or the surname alone", "Mr."))
