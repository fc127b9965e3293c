"""Names: the same person named two ways, and near-misses of well-known names.

A translation engine spells a name it does not know by analogy with a name it does, and
it may do so once in a story and get it right elsewhere. Two kinds of evidence are used:

* the story itself: a surname that appears in a person's context (after a title or a
  first name) next to a near-identical surname elsewhere, with a shared first name or
  title, or one spelling used once against several uses of the other;
* a small pack of well-known public names (``rules/names.toml``): a full name whose first
  name matches a well-known person and whose surname is one or two letters off.

Distinct real people have similar names, so a similar spelling alone is never reported:
each finding needs evidence (a shared first name 0.9, a shared specific title 0.75-0.9,
the role of the well-known person named in the story 0.7, one spelling once against
several uses of the other 0.55), and its confidence says which. Different first names
mean different people (Justin Massie, Vincent Massey).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from itertools import accumulate
from typing import Iterable, Iterator

from mtqa import lexicon, pattern_cache, tagging
from mtqa import rx as regex
from mtqa.analysis import analysis
from mtqa.accents import strip_accents
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.matching import levenshtein
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, LineRoles, line_roles
from mtqa.rule import CheckSkipped, RawFinding, RuleContext, Scope, rule
from mtqa.rules.names.analysis import LONG_WORD, Inventory, Mention, inventory
from mtqa.rules.names.near_index import SurnameLookup, near_pairs
from mtqa.rules.names.pack import ACCENTS_PACK, AccentData, NamesData, Person, fold, near
from mtqa.scan import CapitalRun
from mtqa.segment import Paragraph, story_text


@rule(
    "names/inconsistent-spelling",
    category="Fluency/Inconsistency",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
)
def inconsistent_spelling(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """The same person's surname spelt two ways in one story.

    ## Why it matters
    An engine that does not know a name spells it by analogy, and may do so only once:
    "Prof. Gagnon" in one paragraph, "Prof. Gagnion" in the next. Readers take the two
    spellings for two people, or lose trust in the copy.

    ## Examples
    bad:  Economist Marie Gagnon spoke first.\\n\\nMarie [[Gagnion->Gagnon]] said rates would rise.
    bad:  Prof. Anand Sharma said no.\\n\\nProf. [[Sharmah->Sharma]] added more.\\n\\nProf. Sharma agreed.
    bad:  Dr. Lucie Tremblay left.\\n\\nLucie Tremblay returned.\\n\\nDr. Lucie [[Tremblai->Tremblay]] said so.
    good: Economist Marie Gagnon spoke first.\\n\\nMs. Gagnon said rates would rise.
    good: Justin Massie spoke.\\n\\nVincent Massey Park was closed.
    good: Tom Smith and his brother Paul Smyth ran the firm.
    bad:  Leader Paul Dervieux spoke on Monday.\\n\\nDervieux left, and [[Dervieu->Dervieux]] said so. Dervieux won.
    good: Leader Paul Dervieux spoke on Monday.\\n\\nDervieux met Anne Dervieu, and Dervieux won. Dervieu Inc. agreed.
    good: Mayor Anne Ottaway spoke.\\n\\nOttaway said so; Ottawayers and #Ottawy cheered.
    bad:  Speaker Yevgeny Dorin spoke.\\n\\n“No,” said [[Yevgeni->Yevgeny]] Dorin.
    good: Mario Dorin and his sister Maria Dorin spoke.\\n\\nMario Dorin said no; Gaétan Dorin and Gaetan Dorin too.
    good: The Parti Québécois rose in the polls.\\n\\nParti Québécois organizers said Quebecers would decide.

    ## Fix safety
    Display only: which spelling is right needs a check of the source or the person.
    """
    inv = ctx.analysis(inventory)
    by_surname: dict[str, list[Mention]] = {}
    for mm in inv.mentions:
        by_surname.setdefault(mm.surname, []).append(mm)
    flagged: set[str] = set()
    for a, b in near_pairs(sorted(by_surname)):
        ma, mb = by_surname[a], by_surname[b]
        ca, cb = inv.counts.get(a, len(ma)), inv.counts.get(b, len(mb))
        evidence = _same_person_evidence(ma, mb, ca, cb)
        if evidence is None:
            continue
        minority, majority = _minority_spelling(a, b, ma, mb, ca, cb)
        if minority in flagged:
            continue
        flagged.add(minority)
        yield from _spelling_findings(ctx, by_surname[minority], minority, majority, inv.counts.get(majority, 0), evidence)
    yield from _lone_variants(doc, ctx, by_surname, inv)
    yield from _given_name_variants(ctx, by_surname)


def _same_person_evidence(ma: list[Mention], mb: list[Mention], ca: int, cb: int) -> tuple[float, str] | None:
    """How sure we are that two near spellings of a surname (mentioned `ca` and `cb` times) name
    one person, and the evidence to say so: the same first name, the same title, or one spelling
    once beside the other several times. None where their first names differ (two people) or
    nothing but the spelling binds them: distinct people have similar names."""
    firsts_a = {m.first for m in ma if m.first}
    firsts_b = {m.first for m in mb if m.first}
    if firsts_a and firsts_b and not firsts_a & firsts_b:
        return None  # different first names: different people
    if firsts_a & firsts_b:
        return 0.9, f"the same first name ({sorted(firsts_a & firsts_b)[0]})"
    titles_a = {m.title.rstrip(".") for m in ma if m.title}
    titles_b = {m.title.rstrip(".") for m in mb if m.title}
    if titles_a & titles_b:
        return 0.75, f"the same title ({sorted(titles_a & titles_b)[0]})"
    if min(ca, cb) == 1 and max(ca, cb) >= 2:
        return 0.55, "one spelling once, the other several times"
    return None


def _minority_spelling(a: str, b: str, ma: list[Mention], mb: list[Mention], ca: int, cb: int) -> tuple[str, str]:
    """(minority, majority) of two spellings: the rarer one is the slip; as often as each other,
    the one that comes later (the spelling that comes first is the story's own)."""
    if ca != cb:
        minority = a if ca < cb else b
    else:
        minority = a if (ma[0].par.index, ma[0].full_start) > (mb[0].par.index, mb[0].full_start) else b
    return minority, b if minority == a else a


def _spelling_findings(ctx: RuleContext, mentions: list[Mention], minority: str, majority: str, n_major: int,
                       evidence: tuple[float, str]) -> Iterator[RawFinding]:
    """A finding on each mention of the minority spelling, but an accent dropped in a plain
    ASCII caption (house practice, which names/accent-variants judges)."""
    conf, why = evidence
    for m in mentions:
        if fold(minority) == fold(majority) and _in_plain_caption(m.par, ctx.analysis(line_roles), m.start):
            continue  # an accent dropped in an ASCII caption: house practice (names/accent-variants)
        yield ctx.finding(
            m.par, m.start, m.end,
            f"“{minority}” is spelt “{majority}” elsewhere in the story ({n_major}×); same person? "
            f"Evidence: {why}",
            suggestions=(majority,), confidence=conf,
            fix=Fix.display_only(f"Write {majority}", majority),
        )


def _given_name_variants(ctx: RuleContext, by_surname: dict[str, list[Mention]]) -> Iterator[RawFinding]:
    """One person's given name spelt two near ways before the same surname (Yevgeny Roe,
    Yevgeni Roe): a transliteration redone. Not when the story calls one a relative of the
    other, nor when the rarer form is a common name too (Mario and Maria Roe are two people),
    nor before a common word (Lianhua Holdings, Lianhwa Holdings: a body, left to others)."""
    lex = lexicon.english()
    if lex is None:
        return
    for surname, mentions in by_surname.items():
        if lex.zipf(surname.lower()) >= _LONE_MAX_ZIPF:
            continue  # a common word ends a body's name as often (Lianhua Holdings), not a person's
        by_first: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.first:
                by_first.setdefault(m.first, []).append(m)
        names = sorted(by_first, key=lambda f: (-len(by_first[f]), by_first[f][0].par.index, by_first[f][0].full_start))
        for k, minority in enumerate(names[1:], 1):
            # letters that differ, not only their case or accents (other rules' business)
            majority = next((f for f in names[:k] if near(f, minority) and fold(f) != fold(minority)), None)
            if majority is None or lex.zipf(minority.lower()) >= _LONE_MAX_ZIPF:
                continue
            if _relative_between(by_first[majority], by_first[minority]):
                continue
            for m, s in _given_name_at(by_first[minority], minority):
                yield ctx.finding(
                    m.par, s, s + len(minority),
                    f"“{minority} {surname}” is “{majority} {surname}” elsewhere in the story; same person? "
                    "Evidence: the same surname after a given name one spelling off",
                    suggestions=(majority,), confidence=0.55,
                    fix=Fix.display_only(f"Write {majority}", majority),
                )


_LONE_MAX_ZIPF = 3.5  # no common English word (a capitalised "Marchant" may be one); a given name may be (Marco)
_LONE_BESIDE = lazy(r"(?<=\p{Lu}[\p{L}.’']*+ )$")  # a capitalised word just before: a longer name


def _lone_variants(doc, ctx: RuleContext, by_surname: dict[str, list[Mention]], inv: Inventory) -> Iterator[RawFinding]:
    """A capitalised word standing alone, no English word, one spelling off the surname of a
    person the story names ("Premier Jean Dervieux" ... "Dervieu said"), used at most half as
    often: the engine spelt the unknown name by analogy once more. Not a word the story uses as
    a given name or inside a longer name."""
    lex = lexicon.english()
    if lex is None or not by_surname:
        return
    firsts = {m.first for ms in by_surname.values() for m in ms if m.first}
    # the surnames written twice or more, by their first letter folded: `near` wants it shared
    by_initial: dict[str, list[str]] = {}
    for surname in by_surname:
        if inv.counts.get(surname, 0) >= 2:
            by_initial.setdefault(fold(surname)[:1], []).append(surname)
    variants: dict[str, str] = {}
    lookups: dict[str, SurnameLookup] = {}  # made for a letter when a word first asks
    for word, n in inv.counts.items():
        if word in by_surname or word in firsts or len(word) < 5 or not word.isalpha() or not word[:1].isupper():
            continue
        initial = fold(word)[:1]
        if initial not in by_initial:
            continue  # none to compare
        lookup = lookups.get(initial)
        if lookup is None:
            lookup = lookups[initial] = SurnameLookup(by_initial[initial])
        if lookup.prefix_of(word):
            continue  # a word made from the name: Montrealer, Torontonian
        if lex.zipf(word.lower()) >= _LONE_MAX_ZIPF:
            continue
        for surname in lookup.near_in_order(word):
            if inv.counts[surname] >= _MAJORITY * n:
                variants[word] = surname
                break
    if not variants:
        return
    pattern = regex.compile(r"(?<![\p{L}\p{N}\-’'#@])(" + "|".join(map(regex.escape, variants)) + r")(?![\p{L}\p{N}\-]|[ ]\p{Lu})")
    for par in doc.paragraphs:
        text = par.text
        for m in pattern.finditer(text):
            if _LONE_BESIDE.search(text, max(0, m.start() - 40), m.start()):
                continue
            word = m.group(1)
            surname = variants[word]
            if fold(word) == fold(surname) and _in_plain_caption(par, ctx.analysis(line_roles), m.start()):
                continue  # an accent dropped in an ASCII caption: house practice (names/accent-variants)
            yield ctx.finding(
                par, m.start(), m.end(),
                f"“{word}” is spelt “{surname}” elsewhere in the story ({inv.counts.get(surname, 0)}×); same person? "
                "Evidence: a lone word, no English word, one spelling off the named person's surname",
                suggestions=(surname,), confidence=0.55,
                fix=Fix.display_only(f"Write {surname}", surname),
            )


# A lone variant is reported when the story writes it at most half as often as the surname.
_MAJORITY = 2


# Titles that many people share: a surname after one of them says nothing about who it is.
_GENERIC_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."})


def _titled_surname(m: Mention, data: NamesData, firsts_of: dict[str, set[str]]):
    """A lone surname after a specific title ("Gen. Milly") near a known person so titled."""
    if m.title is None or m.title in _GENERIC_TITLES or fold(m.surname) in data.known_last:
        return None
    for p in data.by_initial.get(fold(m.surname)[:1], ()):
        if m.title not in p.titles and m.title.rstrip(".") + "." not in p.titles:
            continue
        if not near(m.surname, p.last):
            continue
        others = firsts_of.get(m.surname, set()) - {p.first}
        if others:
            return None  # the story names a different person of that surname
        return p, f"titled {m.title} as {p.full} is"
    return None


@rule(
    "names/near-known-name",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
)
def near_known_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A full name one or two letters away from a well-known public figure's name.

    A lone surname is reported too when it is no English word, one letter off a well-known
    surname that the story never writes, in a story that speaks of that person's role
    (confidence 0.6; with wordfreq installed); before "government" ("the Freehand government"),
    where a capitalised word names a leader, even an English word two letters off is.

    ## Why it matters
    Names of public figures are checked by every reader; a misspelt minister or general
    is an error readers notice at once, and translation engines produce such near-misses
    when they transliterate a name instead of recognising it.

    ## Examples
    bad:  The bill was tabled by Finance Minister Chrystia [[Freelend->Freeland]] on Monday.
    bad:  U.S. Secretary of State Antony [[Blinkin->Blinken]] arrived in Ottawa.
    bad:  Asked about the strike, Gen. [[Miliey->Milley]] said little.
    good: The bill was tabled by Finance Minister Chrystia Freeland on Monday.
    good: U.S. Secretary of State Antony Blinken arrived in Ottawa.
    good: Mark Miller, the immigration minister, spoke after Mark Carney.
    good: Mr. Millie runs the bakery; Gen. Vance and Gen. Jonathan Vance are one man.
    bad:  The premier of Quebec spoke. Mr. [[Legaulx->Legault]] said the tramway would go ahead.
    bad:  The finance minister spoke. Critics of the [[Freehand->Freeland]] government said no.
    good: Mr. Legaulx opened a bakery in Lyon.

    ## Fix safety
    Display only: a person with a similar name may be meant; an editor checks.
    """
    data: NamesData = ctx.data("names")
    inv = ctx.analysis(inventory)
    story_words: set[str] | None = None
    firsts_of: dict[str, set[str]] = {}
    same_person_elsewhere: dict[str, set[str | None]] = {}
    for m in inv.mentions:
        if m.first:
            firsts_of.setdefault(m.surname, set()).add(m.first)
        same_person_elsewhere.setdefault(m.surname, set()).add(m.first)
    for m in inv.mentions:
        if m.first is None:
            found = _titled_surname(m, data, firsts_of)
            if found is not None and found[0].last not in same_person_elsewhere:
                best, why = found
                yield ctx.finding(
                    m.par, m.start, m.end,
                    f"“{m.title} {m.surname}” is close to the well-known {best.full}"
                    f"{f' ({best.role})' if best.role else ''}; evidence: {why}",
                    suggestions=(best.last,), confidence=0.75,
                    fix=Fix.display_only(f"Write {best.last}", best.last),
                )
            continue
        people = data.by_first.get(m.first)
        if not people:
            continue
        if fold(f"{m.first} {m.surname}") in data.known_full:
            continue  # a known person of that very name
        best = None
        for p in people:
            if near(m.surname, p.last):
                best = p
                break
        if best is None:
            continue
        # Distinct people have similar names ("Mark Miller"): flag only with evidence that
        # the story is about the well-known person.
        if best.last in same_person_elsewhere and same_person_elsewhere[best.last] & {None, m.first}:
            continue  # the story spells it right elsewhere: names/inconsistent-spelling says so
        if m.title and (m.title in best.titles or m.title.rstrip(".") + "." in best.titles):
            conf, why = 0.9, f"titled {m.title} as {best.last} is"
        else:
            if story_words is None:
                story_words = {w.casefold() for par in doc.paragraphs for w in LONG_WORD.findall(par.text)}
            shared = sorted(best.role_words & story_words)
            if not shared:
                continue
            conf, why = 0.7, "the story mentions " + ", ".join(shared[:3])
        if inv.counts.get(m.surname, 1) >= 3 and conf < 0.9:
            conf = 0.55  # used consistently: perhaps another person of a similar name
        role = f" ({best.role})" if best.role else ""
        yield ctx.finding(
            m.par, m.start, m.end,
            f"“{m.first} {m.surname}” is close to the well-known name {best.full}{role}; evidence: {why}",
            suggestions=(best.last,), confidence=conf,
            fix=Fix.display_only(f"Write {best.last}", best.last),
        )
    yield from _lone_near_surnames(doc, ctx, data, inv)


def _lone_near_surnames(doc, ctx: RuleContext, data: NamesData, inv: Inventory) -> Iterator[RawFinding]:
    """A capitalised word that is no English word, one letter off a well-known surname that
    the story never writes, in a story that speaks of that person's role ("Premier Legualt")."""
    lex = lexicon.english()
    if lex is None:
        return
    story = _StoryWords(doc.paragraphs)
    # A capitalised word before "government" names its leader ("the Legault government"):
    # there even an English word may be a garbled surname, two letters off.
    led = {m.group(1) for par in doc.paragraphs if " government" in par.text for m in _LED_GOVERNMENT.finditer(par.text)}
    for word in sorted(set(inv.counts) | led):
        leader = word in led
        near_person = _known_person_near(word, leader, data, inv, lex, story)
        if near_person is not None:
            yield from _near_known_findings(ctx, story, word, leader, *near_person, lex)


class _StoryWords:
    """The story's long words and its text, each read once, and only when a word near a known
    surname needs them (most stories have none)."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs

    @cached_property
    def words(self) -> set[str]:
        return {w.casefold() for par in self.paragraphs for w in LONG_WORD.findall(par.text)}

    @cached_property
    def text(self) -> str:
        return story_text(self.paragraphs)


def _known_person_near(word: str, leader: bool, data: NamesData, inv: Inventory, lex: lexicon.Lexicon,
                       story: _StoryWords) -> tuple[Person, list[str]] | None:
    """The first known person, in the pack's order, whose surname `word` is a near-miss of and
    whose role the story speaks of, with the role's words it shares: the evidence that the
    word is that person garbled, not another name."""
    f = fold(word)
    if f in data.known_last or len(f) < (4 if leader else 6):
        return None
    people = data.surnames.candidates(f, leader)
    if not people:
        return None  # near no known surname: the commonest case, decided before the word list is read
    if not leader and lex.zipf(word.casefold()) >= 3.0:
        return None
    for p in people:
        if not _near_miss_of(f, p, leader, inv):
            continue
        shared = sorted(p.role_words & story.words)
        if shared:
            return p, shared
    return None


def _near_miss_of(f: str, p: Person, leader: bool, inv: Inventory) -> bool:
    """Whether the folded word `f` is one letter off `p`'s surname (two, with the first three
    letters shared, where it leads a government), a surname of six letters at least that the
    story never writes itself."""
    last = fold(p.last)
    if len(last) < 6 or p.last in inv.counts:
        return False
    if leader:
        return last[:3] == f[:3] and abs(len(last) - len(f)) <= 2 and levenshtein(f, last) <= 2
    return abs(len(last) - len(f)) <= 1 and levenshtein(f, last) == 1


def _near_known_findings(ctx: RuleContext, story: _StoryWords, word: str, leader: bool, p: Person,
                         shared: list[str], lex: lexicon.Lexicon) -> Iterator[RawFinding]:
    """A finding on each place the story writes `word`, read only in the paragraphs that hold
    it (reading every paragraph for every word found grew with their product in a long story
    of many near-misses)."""
    common = lex.zipf(word.casefold()) >= 3.0  # "Legal": only where it leads a government
    for par in _holding_any(story.paragraphs, story.text, (word,)):
        for start, end in word_spans(par.text, word, before_government=common):
            role = f" ({p.role})" if p.role else ""
            yield ctx.finding(
                par, start, end,
                f"“{word}” is {'a letter or two' if leader else 'one letter'} off the well-known name "
                f"{p.full}{role}, which the story never "
                f"writes; evidence: the story mentions {', '.join(shared[:3])}",
                suggestions=(p.last,), confidence=0.6,
                fix=Fix.display_only(f"Write {p.last}", p.last),
            )


_LETTER_OR_NUMBER = lazy(r"[\p{L}\p{N}]")
_GOVERNMENT_NEXT = lazy(r"['’]?s? government")


def word_spans(text: str, word: str, before_government: bool = False) -> Iterator[tuple[int, int]]:
    """Where `word` stands in `text` as a whole word (no letter or digit on either side), as
    a pattern `(?<![\\p{L}\\p{N}])word(?![\\p{L}\\p{N}])` would find it, and with
    `before_government` only where "government" follows ("Legal's government"). Found with
    str.find and two fixed patterns: the words come from each document, and a pattern made
    for each would be parsed anew in every document."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if ((i == 0 or not _LETTER_OR_NUMBER.match(text, i - 1))
                and not _LETTER_OR_NUMBER.match(text, end)
                and (not before_government or _GOVERNMENT_NEXT.match(text, end))):
            yield i, end
            i = text.find(word, end)  # matches do not overlap
        else:
            i = text.find(word, i + 1)


_LED_GOVERNMENT = pattern_cache.compile(r"(?<=\p{Ll},? )(\p{Lu}\p{Ll}{3,}+)(?=['’]?s? government)")


# ---------------------------------------------------------------------------------------
# Accents: one name with and without them, official names and French given names without them


_CAP_WORD = pattern_cache.compile(r"\p{Lu}\p{Ll}[\p{L}]*+")
# A character beyond ASCII that may be a letter: any but the marks and spaces news copy is full of
# (a C-speed scan; a paragraph without one holds only words in ASCII).
_MAYBE_LETTER_BEYOND_ASCII = lazy("[^\x00-\x7f’‘“”—–…«»\u00a0]")


@analysis("accent-variants", packs=(ACCENTS_PACK,))
def accent_variants_of(doc, data: AccentData) -> list[tuple[Paragraph, int, int, str, int]]:
    """Capitalised words written both with and without accents in the story.

    Returns (paragraph, start, end, accented form, its count) for each accent-less occurrence.
    """
    bare_forms, bares = _accent_bare_forms(doc)
    if not bare_forms:
        return []
    return _plain_variants(_bare_occurrences(doc, bare_forms, bares), data.english_forms)


# Where a capitalised word occurs: its paragraph, start, end and the word as written.
_Occurrence = tuple[Paragraph, int, int, str]


def _accent_bare_forms(doc) -> tuple[set[str], dict[int, set[str]]]:
    """(bare forms, bares): the forms the story's capitalised words with accents fold to, and
    the capitalised words of each paragraph not in ASCII, without their accents, by the
    paragraph's place. Only the words some capitalised word with accents folds to can have
    variants: most stories have few, and a paragraph in ASCII without any of them is skipped
    whole. A word in ASCII has no accent to strip."""
    bare_forms: set[str] = set()
    bares: dict[int, set[str]] = {}
    for k, par in enumerate(doc.paragraphs):
        if par.text.isascii() or _MAYBE_LETTER_BEYOND_ASCII.search(par.text) is None:
            continue  # no letter beyond ASCII (curly quotes and dashes are not): every word in ASCII
        bare_words = bares[k] = set()
        for w in set(_CAP_WORD.findall(par.text, concurrent=False)):
            bare = w if w.isascii() else strip_accents(w)
            bare_words.add(bare)
            if bare != w:
                bare_forms.add(bare)
    return bare_forms, bares


def _may_hold_bare_form(text: str, seen_bare: set[str] | None, bare_forms: set[str]) -> bool:
    """Whether a paragraph may hold a word that folds to one of `bare_forms`: one of its words
    without accents (`seen_bare`) is one, or, for a paragraph in ASCII (None), one is in the
    text as written (every word is its own bare form)."""
    if seen_bare is None:
        return any(map(text.__contains__, bare_forms))
    return not bare_forms.isdisjoint(seen_bare)


def _bare_occurrences(doc, bare_forms: set[str], bares: dict[int, set[str]]) -> dict[str, list[_Occurrence]]:
    """Every whole capitalised word of three letters or more that folds to one of `bare_forms`,
    grouped by that form, in the story's order."""
    occurrences: dict[str, list[_Occurrence]] = {}
    for k, par in enumerate(doc.paragraphs):
        text = par.text
        if not _may_hold_bare_form(text, bares.get(k), bare_forms):
            continue  # no word of the paragraph has a form with accents in the story
        for m in _CAP_WORD.finditer(text, concurrent=False):
            s, e = m.span()
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            w = m.group()
            if len(w) < 3:
                continue
            bare = w if w.isascii() else strip_accents(w)
            if bare in bare_forms:
                occurrences.setdefault(bare, []).append((par, s, e, w))
    return occurrences


def _plain_variants(occurrences: dict[str, list[_Occurrence]],
                    english_forms: frozenset[str]) -> list[tuple[Paragraph, int, int, str, int]]:
    """(paragraph, start, end, accented form, its count) for each occurrence without accents of
    a word the story also writes with them. English forms (Quebec) and words written with two
    accented forms (not a plain loss of accents) are left out."""
    out: list = []
    for bare, occ in occurrences.items():
        if bare in english_forms:
            continue
        accented = [o for o in occ if o[3] != bare]
        plain = [o for o in occ if o[3] == bare]
        if not accented or not plain:
            continue
        forms = {o[3] for o in accented}
        if len(forms) > 1:
            continue  # two accented forms: not a plain loss of accents
        form = forms.pop()
        out.extend((par, s, e, form, len(accented)) for par, s, e, _ in plain)
    return out


@rule(
    "names/accent-variants",
    category="Fluency/Inconsistency",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
    confidence=0.9,
)
def accent_variants(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A name written with its accents in one place and without them in another.

    ## Why it matters
    Engines and copy pasted from several sources drop accents unevenly: "Gaétan Roy" in
    one paragraph, "Gaetan Roy" in the next. Readers wonder whether two people are meant,
    and a story that cannot keep one spelling of a name looks unedited.

    ## Examples
    bad:  Ms. Bérubé spoke first.\\n\\nLater [[Berube->Bérubé]] said the talks had failed.
    bad:  Mayor Rémi Côté agreed. [[Remi->Rémi]] Côté said so twice.
    good: Ms. Bérubé spoke first.\\n\\nLater Ms. Bérubé said the talks had failed.
    good: The Bloc Québécois won seats across Quebec and in Montreal.
    good: Dr. Renée Ouellet and her sister Rene Ouellet ran the clinic; Renée Ouellet left.
    good: Premier François Roy spoke in Quebec City.\\n\\nRoy said the plan would pass.\\n\\nQuebec Premier Francois Roy speaks to reporters on Monday. THE CANADIAN PRESS/Jane Doe
    bad:  Premier François Roy spoke in Quebec City.\\n\\nLater [[Francois->François]] Roy said the plan would pass.\\n\\nPremier François Roy speaks on Monday. THE CANADIAN PRESS/Jane Doe
    bad:  Premier François Roy spoke.\\n\\n[[Francois->François]] Roy speaks at the Assemblée nationale on Monday. THE CANADIAN PRESS/Jane Doe

    ## Fix safety
    Display only: the accented form is usually right, but an editor checks the person.

    ## Known issues
    English forms that drop an accent by right (Quebec, Montreal) are never reported; a
    story that writes one name with two different accented forms is left alone. A caption or
    credit line set without any accent ("Francois Legault speaks… THE CANADIAN PRESS/…") is
    left alone too: wire captions are often plain ASCII by house practice; one that keeps other
    accents and drops the name's is reported.
    """
    variants = ctx.analysis(accent_variants_of)
    layout = ctx.analysis(line_roles) if variants else None
    for par, s, e, form, n in variants:
        if layout is not None and _in_plain_caption(par, layout, s):
            continue
        yield ctx.finding(
            par, s, e, f"“{par.text[s:e]}” is written “{form}” elsewhere in the story ({n}×)",
            fix=Fix.display_only(f"Write {form}", form),
        )


_CAPTION_ROLES = (LayoutRole.CAPTION, LayoutRole.CREDIT)


def _in_plain_caption(par: Paragraph, layout: LineRoles, index: int) -> bool:
    """Whether `par.text[index]` is in a caption or credit line that writes no letter outside
    ASCII (the caption and its credit together)."""
    if layout.role(par, index) not in _CAPTION_ROLES:
        return False
    text = par.text
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : end if end >= 0 else len(text)].isascii()


def _variant_spans(ctx: RuleContext) -> set[tuple[int, int]]:
    return {(par.index, s) for par, s, _, _, _ in ctx.analysis(accent_variants_of)}


@rule(
    "names/official-name-form",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
)
def official_name_form(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Quebec party, institution or place written otherwise than its official form.

    ## Why it matters
    Quebec's parties, institutions and places keep their French names in English copy,
    accents, hyphens and capitals included (Parti Québécois, Hydro-Québec, Trois-Rivières).
    Engines drop the accents, lowercase a word or respell it a letter off; a reader who
    knows the name sees a careless story, and a search for the name misses it.

    ## Examples
    bad:  Support for the [[Parti Quebecois->Parti Québécois]] rose in the Eastern Townships.
    bad:  The [[Coalition Avenir Quebec->Coalition Avenir Québec]] won the riding.
    bad:  The [[Coalition d'Avenir Québec->Coalition Avenir Québec]] held its convention.
    bad:  Crews from [[hydro-Québec->Hydro-Québec]] restored power in [[Trois-Rivieres->Trois-Rivières]].
    good: Support for the Parti Québécois rose in the Eastern Townships.
    good: Québec Solidaire and Québec solidaire are both seen in English copy.
    good: He studied at the University of Montreal and lives in Quebec City.
    good: Levi's jeans and a Lewis chair were sold in Levis County, Ky.
    good: THE PARTI QUEBECOIS CAMPAIGN BEGINS

    ## Fix safety
    Display only: the official form is suggested; a quoted document title may differ.

    ## Known issues
    Some English outlets drop accents on every French name as a house style; there each
    finding is right by CP style but not by the outlet's.
    """
    data: AccentData = ctx.data(ACCENTS_PACK)
    skip = _variant_spans(ctx)
    about_quebec: bool | None = None
    paragraphs = doc.paragraphs
    for k, hit in data.official.find_in([par.text for par in paragraphs]):
        par = paragraphs[k]
        if (par.index, hit.start) in skip:
            continue
        if len(hit.official.words) == 1:
            if about_quebec is None:
                about_quebec = any(_QUEBEC.search(p.text) for p in doc.paragraphs)
            if not about_quebec:
                continue  # "Levis" alone is also a surname: a place of Quebec only in a story about Quebec
        name = hit.official.name
        got = par.text[hit.start : hit.end]
        if hit.how == "accents":
            msg, conf = f"“{got}” without its accents: the official name is {name}", 0.7
        elif hit.how == "capital":
            msg, conf = f"“{got}” has lost a capital: the official name is {name}", 0.7
        else:
            msg, conf = f"“{got}” looks like a misspelling of {name}", 0.6
        yield ctx.finding(par, hit.start, hit.end, msg, confidence=conf,
                          fix=Fix.display_only(f"Write {name}", name))


_QUEBEC = lazy(r"\bQu[eé]bec")
_GIVEN = pattern_cache.compile(r"\p{Lu}\p{Ll}++(?=(?:[ ]|-)(\p{Lu}\p{Ll}\p{L}*+))")
# Capitalised words after a given name that make it part of a place or building's name.
_PLACE_NOUNS = frozenset(
    "River Lake Street Boulevard Avenue Road Park Bay Island Bridge School Hospital College University Church "
    "Centre Center Hall Highway Valley Falls Creek Mountain Point Square Station Arena Stadium".split()
)

# A place noun after a hyphenated name: "Emilie-Gamelin Park", "Rene-Levesque Boulevard".
_PLACE_AFTER = lazy(r" (?:" + "|".join(sorted(_PLACE_NOUNS)) + r")\b")


@rule(
    "names/given-name-accent",
    # a given name and the capitalised word after it: two capitalised tokens joined by a space or hyphen
    triggers=(CapitalRun("given name and surname", 2, joiners=" -"),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(ACCENTS_PACK,),
)
def given_name_accent(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French given name without its accent before a surname (Francois Tremblay).

    ## Why it matters
    Canadian news style keeps the accents of French names (François, Stéphane, Hélène);
    engines that strip them leave a name its owner does not write. A name that has an
    English twin (Eric and Éric, Andre and André) is reported only when the story itself
    writes French names with their accents, and with low confidence: the person may be
    an Eric.

    ## Examples
    bad:  Premier [[Francois->François]] Tremblay spoke in Gatineau.
    bad:  Minister Jean-[[Francois->François]] Lisée said no, and [[Stephane->Stéphane]] Roy agreed.
    bad:  Geneviève Côté and [[Eric->Éric]] Pelletier spoke in Trois-Rivières.
    good: Premier François Tremblay spoke in Gatineau.
    good: Eric Pelletier and Andre Smith spoke in Toronto.
    good: The Francois River flooded; Stephane is a common name.
    good: Police were called to Emilie-Gamelin Park in Montreal; Geneviève Côté spoke.
    good: "Price Compensation" Reappears in Nanjing Real Estate Market
    bad:  Premier [[Real->Réal]] Bouchard spoke in Gatineau.
    good: Health Minister Francois Roy speaks in Quebec City on Thursday, April 6, 2023. THE CANADIAN PRESS/Jane Doe\\n\\nMONTREAL — Quebec's health minister said on Friday the plan would go ahead.
    bad:  Health Minister Francois Roy speaks in Quebec City on Thursday, April 6, 2023. THE CANADIAN PRESS/Jane Doe\\n\\nMONTREAL — Quebec's health minister, [[Francois->François]] Roy, said on Friday the plan would go ahead.

    A caption and its credit written wholly in ASCII (a wire feed's captions often are) keep
    the name as the feed gives it; the story's own copy is still held to the accent.

    ## Fix safety
    Display only: the accented form is suggested; the person may write the name without.
    """
    data: AccentData = ctx.data(ACCENTS_PACK)
    skip = _variant_spans(ctx)
    keeps_accents: bool | None = None
    given = data.given
    given_names = given.keys()
    for par in ctx.fired_in(doc.paragraphs):  # the others have no runs
        runs = ctx.hits(par)
        text = par.text
        # A match kept below is a whole word of a run (one that starts inside a word is set aside),
        # so only a run holding a given name of the pack is searched, and only within it.
        runs = [r for r in runs if not given_names.isdisjoint(text[r.start : r.end].replace("-", " ").split(" "))]
        for m in (m for r in runs for m in _GIVEN.finditer(text, r.start, r.end)):
            s = m.start()
            entry = given.get(m.group())
            if entry is None or (par.index, s) in skip or m.group(1) in _PLACE_NOUNS:
                continue
            if text[m.end():m.end() + 1] == "-" and _PLACE_AFTER.match(text, m.end(1)):
                continue  # "Emilie-Gamelin Park": a place named after a person, in its English form
            if s and (text[s - 1].isalnum() or (text[s - 1] == "-" and s > 1 and not text[s - 2].isalpha())):
                continue
            if _english_phrase(m.group(), m.group(1)):
                continue  # "Nanjing Real Estate Market": a title-case phrase, not Réal someone
            if _in_plain_caption(par, ctx.analysis(line_roles), s):
                continue  # a wire caption in ASCII: house practice, as names/accent-variants keeps it
            accented, twin = entry
            if twin:
                if keeps_accents is None:
                    keeps_accents = any(a in p.text for p in doc.paragraphs for a in data.accented)
                if not keeps_accents:
                    continue
            conf = 0.45 if twin else 0.6
            yield ctx.finding(
                par, s, m.end(), f"French given name without its accent: usually written {accented}",
                confidence=conf, fix=Fix.display_only(f"Write {accented}", accented),
            )


def _english_phrase(given: str, after: str) -> bool:
    """Whether a given name that is foremost a common English word (Real) and the capitalised word
    after it, itself a common word, read as an English phrase in title case ("Real Estate")."""
    lex = lexicon.english()
    return lex is not None and lex.zipf(given.lower()) >= 5.0 and lex.zipf(after.lower()) >= 4.0


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
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if not _twins(a, b):
                    continue
                source, english = (a, b) if _GIVEN_TWINS.get(a.casefold()) == b.casefold() else (b, a)
                if _relative_between(by_first[english], by_first[source]):
                    continue
                for m, s in _given_name_at(by_first[english], english):
                    yield ctx.finding(
                        m.par, s, s + len(english),
                        f"“{english} {surname}” is called “{source} {surname}” elsewhere: a given name translated?",
                        suggestions=(source,), fix=Fix.display_only(f"Write {source}", source),
                    )


def _given_name_at(mentions: list[Mention], given: str) -> Iterator[tuple[Mention, int]]:
    """Each mention with where `given`, its given name, starts in the paragraph (the last one
    before the surname, inside the full name); mentions where it is not found are left out."""
    for m in mentions:
        s = m.par.text.rfind(given, m.full_start, m.start)
        if s >= 0:
            yield m, s


_KIN = lazy(r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|cousin|uncle|aunt|nephew|niece)\b")


def _relative_between(a: list[Mention], b: list[Mention]) -> bool:
    """Whether the story calls one of the two people a relative of the other (near either mention)."""
    for m in (*a, *b):
        text = m.par.text
        if _KIN.search(text, max(0, m.full_start - 40), min(len(text), m.end + 40)):
            return True
    return False


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


def _holding_any(pars: list[Paragraph], story: str, keys) -> list[Paragraph]:
    """The paragraphs of `pars` that hold one of `keys` (strings without a line break) anywhere,
    in order, found by `str.find` over `story` (the paragraphs joined by line breaks): the usual
    story holds none of a few names' lowercase letters, and is read a few times at C speed
    instead of once a paragraph."""
    ends = list(accumulate(len(par.text) + 1 for par in pars))  # just past each paragraph's break
    holding: set[int] = set()
    for key in keys:
        i = story.find(key)
        while i >= 0:
            k = bisect_right(ends, i)
            holding.add(k)
            i = story.find(key, ends[k])
    return [pars[k] for k in sorted(holding)]


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
    counts too where English has no such word in lowercase (the tagger's word lists know none),
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

    ## Fix safety
    Safe: only the first letter's case changes.
    """
    lex = lexicon.english()
    if lex is None:
        raise CheckSkipped(lexicon.MISSING)
    data: NamesData = ctx.data("names")
    inv = ctx.analysis(inventory)
    # a person is named by a title or a known given name: "Riverbend Sawmill" names a mill, and
    # "sawmill and pulpmill closures" are common nouns
    surnames = {m.surname.casefold(): m.surname for m in inv.mentions
                if ((m.first and m.first in data.by_first) or m.title) and m.surname.isalpha() and len(m.surname) >= 3}
    surnames = {k: v for k, v in surnames.items() if lex.zipf(k) < _SURNAME_MAX_ZIPF and k not in data.not_names}
    yield from _lowercase_after_given_name(doc, ctx, lex)
    pars = doc.paragraphs
    story = story_text(pars)
    places = _names_only(story, lex, data.not_names)
    surnames = {**places, **surnames}
    as_place: dict[str, bool] = {}  # names the story puts after a preposition of place, once asked
    keys: Iterable[str] = surnames
    if len(surnames) > _NAMES_SEARCHED_MAX:  # a long story's: only those it writes in lowercase are searched
        keys = surnames.keys() & set(_LOWERCASE_RUN.findall(story))
    for par in _holding_any(pars, story, keys):
        text = par.text
        if not surnames.keys() & set(_LOWER_SURNAME.findall(text)):
            continue  # nor as a word of its own, sorted at C speed
        for m in _LOWER_SURNAME.finditer(text):
            name = surnames.get(m.group())
            if name is None:
                continue
            if m.group() in places and (before := _AFTER_CAPITALISED.search(text, max(0, m.start() - 30), m.start())):
                if before.group(1) not in data.not_names:
                    continue  # a word of a name that keeps it lowercase; not after a sentence's "The"
            if m.group() in places and _GENUS_AS_COMMON_NAME.match(text, m.start()) \
                    and not named_as_place(story, name, as_place):
                continue  # a genus as a plant's common name: "the alocasia plant"
            yield ctx.finding(par, m.start(), m.end(), f"The name “{name}” in lowercase",
                              fix=Fix.safe(f"Write {name}", replacement=name))


_FRENCH_MONSIEUR = lazy(r"(?<![\p{L}\p{N}.])M\.[ \u00a0](\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\b")


@rule(
    "names/french-honorific",
    category="Fluency/Style",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=("names",),
    confidence=0.8,
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
            yield ctx.finding(par, m.start(), m.start() + 2,
                              f"“M. {m.group(1)}”: the French honorific Monsieur (the story names {sorted(known)[0]} {m.group(1)})",
                              fix=Fix.display_only("Write Mr. or the surname alone", "Mr."))
