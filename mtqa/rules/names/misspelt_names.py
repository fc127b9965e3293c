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

from functools import cached_property
from typing import Iterator

from mtqa import lexicon, pattern_cache
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.matching import levenshtein
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.rules.names.analysis import Inventory, Mention, inventory
from mtqa.rules.names.pack import LONG_WORD
from mtqa.rules.names.evidence import given_name_at, holding_any, in_plain_caption, relative_between
from mtqa.rules.names.near_index import INDEX_ABOVE, NearIndex, SurnameLookup, near_pairs
from mtqa.rules.names.pack import NamesData, Person, fold, near
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
    good: By Dana O'Brien\\n\\nThe hall was full. Photo by Dana O’Brien/The Courier\\n\\nO’Brien said so.
    bad:  By Dana O'Brien\\n\\nThe hall was full. Photo by Dana [[O’Brian->O'Brien]]/The Courier\\n\\nO'Brien said so.

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
        if fold(minority) == fold(majority) and in_plain_caption(m.par, ctx.analysis(line_roles), m.start):
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
        # hundreds of given names before one surname (a pasted list): the names `near` may pair
        # are looked up, not every earlier one compared (stop 47; the same first match)
        index = NearIndex(names) if len(names) > INDEX_ABOVE else None
        for k, minority in enumerate(names[1:], 1):
            earlier = names[:k] if index is None else [names[j] for j in sorted(index.candidates(minority)) if j < k]
            # letters that differ, not only their case or accents (other rules' business)
            majority = next((f for f in earlier if near(f, minority) and fold(f) != fold(minority)), None)
            if majority is None or lex.zipf(minority.lower()) >= _LONE_MAX_ZIPF:
                continue
            if relative_between(by_first[majority], by_first[minority]):
                continue
            for m, s in given_name_at(by_first[minority], minority):
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
    variants = _lone_variant_surnames(by_surname, inv, lex)
    if variants:
        yield from _lone_variant_findings(doc, ctx, variants, inv)


def _lone_variant_surnames(by_surname: dict[str, list[Mention]], inv: Inventory,
                           lex: lexicon.Lexicon) -> dict[str, str]:
    """Each capitalised word of the story that is a lone variant, with the surname it varies."""
    firsts = {m.first for ms in by_surname.values() for m in ms if m.first}
    by_initial = _repeated_surnames_by_initial(by_surname, inv)
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
        surname = _surname_varied(word, n, lookup, inv, lex)
        if surname is not None:
            variants[word] = surname
    return variants


def _repeated_surnames_by_initial(by_surname: dict[str, list[Mention]], inv: Inventory) -> dict[str, list[str]]:
    """The surnames written twice or more, by their first letter folded: `near` wants it shared."""
    by_initial: dict[str, list[str]] = {}
    for surname in by_surname:
        if inv.counts.get(surname, 0) >= 2:
            by_initial.setdefault(fold(surname)[:1], []).append(surname)
    return by_initial


def _surname_varied(word: str, n: int, lookup: SurnameLookup, inv: Inventory, lex: lexicon.Lexicon) -> str | None:
    """The surname `word` (written `n` times) is a variant of: the nearest one the story writes at
    least twice as often; None for a word made from a surname (Montrealer, Torontonian) or an
    English word."""
    if lookup.prefix_of(word):
        return None
    if lex.zipf(word.lower()) >= _LONE_MAX_ZIPF:
        return None
    for surname in lookup.near_in_order(word):
        if inv.counts[surname] >= _MAJORITY * n:
            return surname
    return None


def _lone_variant_findings(doc, ctx: RuleContext, variants: dict[str, str], inv: Inventory) -> Iterator[RawFinding]:
    """A finding on each place a variant stands alone: not after a capitalised word (a longer
    name), not before one, and not an accent dropped in a plain-ASCII caption."""
    pattern = regex.compile(r"(?<![\p{L}\p{N}\-’'#@])(" + "|".join(map(regex.escape, variants)) + r")(?![\p{L}\p{N}\-]|[ ]\p{Lu})")
    for par in doc.paragraphs:
        text = par.text
        for m in pattern.finditer(text):
            if _LONE_BESIDE.search(text, max(0, m.start() - 40), m.start()):
                continue
            word = m.group(1)
            surname = variants[word]
            if fold(word) == fold(surname) and in_plain_caption(par, ctx.analysis(line_roles), m.start()):
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
    firsts_of, same_person_elsewhere = _given_names_of(inv)
    story = _StoryWords(doc.paragraphs)  # its words read once, when first needed, for both steps
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
        best = _near_known_person(m.first, m.surname, data)
        if best is None:
            continue
        # Distinct people have similar names ("Mark Miller"): flag only with evidence that
        # the story is about the well-known person.
        if best.last in same_person_elsewhere and same_person_elsewhere[best.last] & {None, m.first}:
            continue  # the story spells it right elsewhere: names/inconsistent-spelling says so
        evidence = _evidence_of_person(m, best, story)
        if evidence is None:
            continue
        conf, why = evidence
        if inv.counts.get(m.surname, 1) >= 3 and conf < 0.9:
            conf = 0.55  # used consistently: perhaps another person of a similar name
        role = f" ({best.role})" if best.role else ""
        yield ctx.finding(
            m.par, m.start, m.end,
            f"“{m.first} {m.surname}” is close to the well-known name {best.full}{role}; evidence: {why}",
            suggestions=(best.last,), confidence=conf,
            fix=Fix.display_only(f"Write {best.last}", best.last),
        )
    yield from _lone_near_surnames(doc, ctx, data, inv, story)


def _given_names_of(inv: Inventory) -> tuple[dict[str, set[str]], dict[str, set[str | None]]]:
    """For each surname the story writes: the given names it writes with it, and the same
    with None for a mention without one (who it may be elsewhere in the story)."""
    firsts_of: dict[str, set[str]] = {}
    same_person_elsewhere: dict[str, set[str | None]] = {}
    for m in inv.mentions:
        if m.first:
            firsts_of.setdefault(m.surname, set()).add(m.first)
        same_person_elsewhere.setdefault(m.surname, set()).add(m.first)
    return firsts_of, same_person_elsewhere


def _near_known_person(first: str, surname: str, data: NamesData):
    """The first well-known person named `first` whose surname is near `surname`; None when
    there is none, or when the two are a known person's very name."""
    people = data.by_first.get(first)
    if not people:
        return None
    if fold(f"{first} {surname}") in data.known_full:
        return None  # a known person of that very name
    for p in people:
        if near(surname, p.last):
            return p
    return None


def _evidence_of_person(m: Mention, best, story: _StoryWords) -> tuple[float, str] | None:
    """(confidence, evidence) that the story is about the well-known person `best`: the
    mention's title is theirs, or the story speaks of their role; None without evidence."""
    if m.title and (m.title in best.titles or m.title.rstrip(".") + "." in best.titles):
        return 0.9, f"titled {m.title} as {best.last} is"
    shared = sorted(best.role_words & story.words)
    if not shared:
        return None
    return 0.7, "the story mentions " + ", ".join(shared[:3])


def _lone_near_surnames(doc, ctx: RuleContext, data: NamesData, inv: Inventory,
                        story: _StoryWords) -> Iterator[RawFinding]:
    """A capitalised word that is no English word, one letter off a well-known surname that
    the story never writes, in a story that speaks of that person's role ("Premier Legualt")."""
    lex = lexicon.english()
    if lex is None:
        return
    # A capitalised word before "government" names its leader ("the Legault government"):
    # there even an English word may be a garbled surname, two letters off.
    led = {m.group(1) for par in doc.paragraphs if " government" in par.text for m in _LED_GOVERNMENT.finditer(par.text)}
    for word in sorted(set(inv.counts) | led):
        leader = word in led
        near_person = _known_person_near(word, leader, data, inv, lex, story)
        if near_person is not None:
            yield from _near_known_findings(ctx, story, word, leader, *near_person, lex)


class _StoryWords:
    """The story's long words and its text, each read once, and only when a near-miss of a
    known name needs them (most stories have none): the evidence of a full name and the lone
    surnames read the same words."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs

    @cached_property
    def words(self) -> set[str]:
        return long_words(self.paragraphs)

    @cached_property
    def text(self) -> str:
        return story_text(self.paragraphs)


def long_words(paragraphs: list[Paragraph]) -> set[str]:
    """The runs of five letters or more (`LONG_WORD`) of the paragraphs, case-folded: what a
    known person's role words are looked for in. Read from the paragraphs' tokens instead, it
    was cheaper only where another rule had made them, and dearer for the rule run alone."""
    return {w.casefold() for par in paragraphs for w in LONG_WORD.findall(par.text)}


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
    for par in holding_any(story.paragraphs, story.text, (word,)):
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
