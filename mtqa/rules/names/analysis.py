"""The people a story mentions (`inventory`): each run of capitalised words read as a name, with
its surname, first name and the title before it, once per document for the names rules.
"""

from __future__ import annotations

from collections import Counter

import msgspec

from mtqa import pattern_cache
from mtqa.analysis import analysis
from mtqa.rules.names.pack import NamesData
from mtqa.segment import Paragraph

# A run of capitalised words, with optional middle initials: "Mark A. Milley", "Dany Fortin".
_RUN = pattern_cache.compile(r"\p{Lu}[\p{Ll}'’][\p{L}'’\-]*+(?:[ ](?:\p{Lu}\.[ ])?\p{Lu}[\p{Ll}'’][\p{L}'’\-]*+)*+")


# ---------------------------------------------------------------------------------------
# Mentions of people


class Mention(msgspec.Struct):
    par: Paragraph
    start: int  # of the surname
    end: int
    surname: str
    first: str | None
    title: str | None
    full_start: int


class Inventory(msgspec.Struct):
    mentions: list[Mention] = msgspec.field(default_factory=list)
    counts: dict[str, int] = msgspec.field(default_factory=dict)  # capitalised word → occurrences


_ADJECTIVE_ENDINGS = ("ern", "ese", "ish", "ic", "eastern", "western")
# Endings of nouns, not surnames ("Contributions", "Elections", "Relativity").
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ness", "ity", "ities", "ism", "isms", "ology", "ics",
                 "ship", "ships", "ture", "tures", "ical")  # not -ment/-ence: Clement, Lawrence


def _strip_possessive(w: str) -> str:
    if w[-1:] not in ("s", "’", "'"):
        return w  # most words: no possessive ending
    for suf in ("’s", "'s", "’", "'"):
        if w.endswith(suf):
            return w[: -len(suf)]
    return w


def _title_before(text: str, s: int, titles: frozenset[str]) -> str | None:
    """The title chunk right before position s ("Gen. |Milley"), if it is one."""
    if s < 2 or text[s - 1] != " ":
        return None
    j = text.rfind(" ", max(0, s - 30), s - 1)
    t = text[j + 1 : s - 1]
    if t in titles or (t and t.rstrip(".") + "." in titles):
        return t
    return None


@analysis("names-inventory", packs=("names",))
def inventory(doc, data: NamesData) -> Inventory:
    """Person mentions of the whole story (a rule asks `ctx.analysis(inventory)`)."""
    mentions: list[Mention] = []
    seen: list[str] = []  # every capitalised word, possessive kept: counted at C speed at the end
    not_names = data.not_names
    titles = data.person_titles
    for par in doc.paragraphs:
        text = par.text
        for m in _RUN.finditer(text, concurrent=False):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "-’'"):
                continue  # the run's first word is the tail of a longer word
            g = m.group()
            if " " not in g:
                seen.append(g)
                found = _titled_word(par, s, g, not_names, titles)
            else:
                title, words = _name_words(g, not_names, titles)
                seen.extend(w for w, _ in words)
                found = _run_mention(par, s, words, title, data) if words else None
            if found is not None:
                mentions.append(found)
    return Inventory(mentions, _counts_by_name(seen))


def _titled_word(par: Paragraph, s: int, word: str, not_names: frozenset[str],
                 titles: frozenset[str]) -> Mention | None:
    """The mention a lone capitalised word at `s` makes: a person only after a title ("Gen. Milley")."""
    text = par.text
    if s < 2 or text[s - 1] != " ":
        return None  # no title chunk before it (what `_title_before` asks first)
    key = _strip_possessive(word)
    if key in not_names or key in titles:
        return None
    title = _title_before(text, s, titles)
    if title is None:
        return None
    return Mention(par, s, s + len(key), key, None, title, s)


def _name_words(run: str, not_names: frozenset[str], titles: frozenset[str]) -> tuple[str | None, list[tuple[str, int]]]:
    """(title, words): the title a run of capitalised words holds, if any ("Chief of Staff
    General Mark Milley": the last title word), and the words after it with their offsets,
    less the leading words that are not names ("The", "On", "Foreign")."""
    words = _words_of(run)
    title = None
    for k in range(len(words) - 1, -1, -1):
        if words[k][0] in titles:
            title = words[k][0]
            words = words[k + 1 :]
            break
    while words and words[0][0] in not_names:
        words.pop(0)
    return title, words


def _run_mention(par: Paragraph, s: int, words: list[tuple[str, int]], title: str | None,
                 data: NamesData) -> Mention | None:
    """The mention the name words of a run at `s` make, if they read as a person: at most three
    words, a surname that is no common noun, and a first name or a title (a lone capitalised
    word is not evidence of a person)."""
    if len(words) > 3:
        return None  # a run of capitals is an organisation or a headline, not a name
    last, ls = words[-1]
    surname = _strip_possessive(last)
    if surname in data.not_names or (len(surname) > 5 and surname.endswith(_NOUN_ENDINGS)):
        return None  # "Financial Contributions" is not a person
    if title is None and words[0][1] == 0:
        title = _title_before(par.text, s, data.person_titles)
    first = words[-2][0] if len(words) >= 2 else None
    if first is not None and first.endswith(_ADJECTIVE_ENDINGS) and first not in data.by_first:
        first = None  # "Northern Iraq", "Japanese Yen": not a first name
    if first is None and title is None:
        return None
    return Mention(par, s + ls, s + ls + len(surname), surname, first, title, s + words[0][1])


def _counts_by_name(seen: list[str]) -> dict[str, int]:
    """Each word's count under its name without the possessive, in the order first seen."""
    counts: dict[str, int] = {}
    for word, n in Counter(seen).items():
        key = _strip_possessive(word)
        counts[key] = counts.get(key, 0) + n
    return counts


def _words_of(run: str) -> list[tuple[str, int]]:
    """The words of a run of capitalised words with their offsets in it: its chunks between
    spaces, less the middle initials ("A."), which are all that end in a full stop."""
    out = []
    at = 0
    for chunk in run.split(" "):
        if chunk[-1] != ".":
            out.append((chunk, at))
        at += len(chunk) + 1
    return out
