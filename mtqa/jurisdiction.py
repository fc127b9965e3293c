"""Which Canadian legislature a story is about: a province's, or Parliament in Ottawa.

French has one word for a premier and a prime minister (*premier ministre*) and one for an
MNA, an MPP and an MP (*député*), so a translated story about Quebec politics calls the
premier "Prime Minister" and the province's legislators "MPs" or "deputies". Whether a title
is wrong depends on the story: these facts are gathered once per document from the
``legislatures`` pack (provincial legislatures, members' titles, provincial parties,
federal signals) and read by the rules of the titles and institutions families.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import msgspec

from mtqa.analysis import TriggerHits, analysis
from mtqa.matching import PhraseMatcher
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.scan import FromPack, Phrases, phrase_matches
from mtqa.segment import word_spans
from mtqa.text.tokens import ALNUM_RUN

PACK = "legislatures"

SCHEMA = {
    "province!": [
        {
            "code!": str,
            "names!": [str],
            "qualifiers": [str],
            "capital": str,
            "legislature!": [str],
            "member!": str,
            "parties": [str],
            "french": bool,
        }
    ],
    "signals": {"provincial": [str], "federal": [str], "federal_weak": [str], "regions": [str], "canada": [str], "foreign": [str], "abroad": [str]},
    "federal": {"prime_ministers": [str]},
}

_NATIONALITY = lazy(r"^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$")
_PREMIER = lazy(r"(?<![\p{L}-])(?:[Dd]eputy[ -])?([Pp]remier)(?![\p{L}-])")


def sentence_span(par, pos: int, before: int = 0) -> tuple[int, int]:
    """(start, end) of the sentence holding `pos`, widened to `before` sentences before it.

    Found by bisection over the paragraph's sentence starts (cached), so that a rule judging
    many matches in a long paragraph stays linear.
    """
    sents = par.sentences
    starts = par.sentence_starts
    if not sents:
        return 0, len(par.text)
    k = max(0, bisect_right(starts, pos) - 1)
    return sents[max(0, k - before)].start, sents[k].end


def first_words(phrases) -> frozenset[str]:
    """The first word of each phrase (what `scan` looks for before trying a phrase)."""
    out = set()
    for p in phrases:
        m = ALNUM_RUN.search(p)
        if m:
            out.add(m.group())
    return frozenset(out)


def scan(matcher: PhraseMatcher, firsts: frozenset[str], par,
         words: frozenset[str] | None = None) -> list[tuple[int, int, Any]]:
    """`matcher.finditer` over a paragraph, trying phrases only where one of `firsts` occurs.

    The words of the paragraph (`words`: its ``token_set``, when the caller already has it)
    are collected at C speed and intersected with the phrases' first words; most paragraphs
    hold none of them and cost one set operation.
    """
    text = par.text
    present = (par.token_set if words is None else words) & firsts
    if not present:
        return []
    toks = word_spans(par)
    starts = []
    n = len(text)
    for w in present:
        k = text.find(w)
        while k >= 0:
            end = k + len(w)
            if (k == 0 or not text[k - 1].isalnum()) and (end == n or not text[end].isalnum()):
                starts.append(k)
            k = text.find(w, end)
    starts.sort()
    return matcher.matches_from(text, toks, starts)


class Province(msgspec.Struct, frozen=True):
    code: str
    name: str
    member: str
    legislature: str
    french: bool


class Legislatures(msgspec.Struct):
    """The compiled pack: one phrase matcher for every signal, and lookups for qualifiers."""

    provinces: dict[str, Province]
    signals: PhraseMatcher  # phrase -> (kind, province code or "")
    qualifiers: dict[str, str]  # a word or phrase before a title -> province code ("" = provincial, no province)
    party_of: dict[str, str]  # provincial party -> province code
    pm_names: frozenset[str]  # full names and surnames of the prime ministers of Canada
    canada: frozenset[str]  # signals only a Canadian story has
    foreign: PhraseMatcher | None = None  # countries whose legislators are rightly "deputies"
    signal_firsts: frozenset[str] = frozenset()
    abroad: PhraseMatcher | None = None  # other countries: their ministries may be named
    abroad_firsts: frozenset[str] = frozenset()

    def foreign_near(self, par, pos: int) -> bool:
        """Whether the sentence holding `pos`, or the one before it, names such a country."""
        if self.foreign is None:
            return False
        lo, hi = sentence_span(par, pos, before=1)
        lo, hi = max(lo, pos - 400), min(hi, pos + 400)  # a sentence is never longer; bounds the work
        return next(self.foreign.finditer(par.text[lo:hi]), None) is not None

    def is_federal_pm(self, name: str | None) -> bool:
        """Whether a name after "Prime Minister" is a prime minister of Canada's.

        A surname alone counts ("Prime Minister Trudeau"); a full name must match in full,
        so that a premier sharing a surname with a prime minister stays a premier.
        """
        if not name:
            return False
        words = name.split()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        return any(" ".join(words[:n]) in self.pm_names for n in range(len(words), 0, -1))


@pack_compiler(PACK, SCHEMA)
def compile_pack(raw: dict) -> Legislatures:
    phrases: dict[str, tuple[str, str]] = {}
    qualifiers: dict[str, str] = {}
    party_of: dict[str, str] = {}
    provinces: dict[str, Province] = {}
    sig = raw.get("signals", {})
    for s in sig.get("provincial", []):
        phrases[s] = ("provincial", "")
    for s in sig.get("federal", []):
        phrases[s] = ("federal", "")
    for s in sig.get("federal_weak", []):
        phrases[s] = ("federal_weak", "")
    canada = frozenset(sig.get("canada", []))
    for p in raw["province"]:
        code = p["code"]
        provinces[code] = Province(code, p["names"][0], p["member"], p["legislature"][0], p.get("french", False))
        for n in p["names"]:
            phrases[n] = ("name", code)
            qualifiers[n] = code
        for q in p.get("qualifiers", []):
            qualifiers[q] = code
        if p.get("capital"):
            phrases.setdefault(p["capital"], ("capital", code))
        for leg in p["legislature"]:
            phrases[leg] = ("legislature", code)
        for party in p.get("parties", []):
            phrases[party] = ("party", code)
            party_of[party] = code
            qualifiers[party] = code
    for r in sig.get("regions", []):
        qualifiers[r] = ""
    pms = raw.get("federal", {}).get("prime_ministers", [])
    names = frozenset(pms) | frozenset(n.split()[-1] for n in pms)
    for c in canada:
        phrases.setdefault(c, ("canada", ""))
    foreign = PhraseMatcher({w: w for w in sig.get("foreign", [])})
    abroad = sig.get("abroad", [])
    return Legislatures(provinces, PhraseMatcher(phrases), qualifiers, party_of, names, canada, foreign,
                        first_words(phrases), PhraseMatcher({w: w for w in abroad}), first_words(abroad))


class Story(msgspec.Struct):
    """What a document says about its politics, counted over the whole text."""

    data: Legislatures
    provincial: int = 0  # legislatures, members' titles, provincial parties, "provincial government"
    federal: int = 0  # House of Commons, Parliament Hill, federal parties, the PMO
    federal_weak: int = 0  # Ottawa, federal
    by_province: dict[str, float] = msgspec.field(default_factory=dict)
    premier_used: bool = False  # "premier" as the head's title (not "deputy premier")
    # the surnames of the people the story itself calls premier ("Premier Jane Roe", "the
    # premier of Nova Scotia, Jane Roe"): "Prime Minister Roe" then contradicts the story
    premier_surnames: set[str] = msgspec.field(default_factory=set)
    federal_pm_named: bool = False  # "Prime Minister <a prime minister of Canada>"
    canada_signals: int = 0  # Canada, Ottawa, the House of Commons ...
    abroad: bool = False  # the story names another country

    @property
    def province(self) -> Province | None:
        """The province the story is most about, if any."""
        if not self.by_province:
            return None
        code = max(self.by_province, key=self.by_province.__getitem__)
        return self.data.provinces.get(code)

    @property
    def is_provincial(self) -> bool:
        """At least two signals of provincial politics, more than of federal politics."""
        return self.provincial >= 2 and self.provincial > self.federal

    @property
    def purely_provincial(self) -> bool:
        """Provincial, with no word of federal politics at all (not even Ottawa)."""
        return self.is_provincial and self.federal == 0 and self.federal_weak == 0

    @property
    def canadian(self) -> bool:
        return bool(self.canada_signals or self.by_province)

    def member_title(self, plural: bool = False) -> str:
        """The title of the story's legislators: the province's (MNA, MPP, MLA) or MP."""
        prov = self.province if self.is_provincial else None
        return (prov.member if prov else "MP") + ("s" if plural else "")


def story(doc, data: Legislatures, state: dict) -> Story:
    """The Story of `doc`, computed once and kept in the per-document state (for callers
    without a RuleContext; rules ask for `ctx.analysis(jurisdiction.story_of)`)."""
    key = "jurisdiction.story"
    cached = state.get(key)
    if cached is None:
        cached = state[key] = story_of(doc, data)
    return cached


# Where `story_of` tries its phrases: the first words of the signals and of the other
# countries, as written, each where it stands as a whole word (what `scan` finds by the
# paragraph's words and `str.find`, without making a set of every paragraph's words). Every
# rule that reads the analysis declares these.
TRIGGERS = (
    Phrases("legislature signal", FromPack("signal_firsts"), pack=PACK, ignorecase=False),
    Phrases("another country", FromPack("abroad_firsts"), pack=PACK, ignorecase=False),
)


def _found(matcher: PhraseMatcher, firsts: frozenset[str], trigger: str, par, hits) -> list:
    """`matcher`'s phrases in `par`: tried at the scan's hits of `trigger`, or, without hits
    (`hits` None), by `scan` over the paragraph's words."""
    if hits is None:
        return scan(matcher, firsts, par, par.token_set)
    return phrase_matches(matcher, par, hits(par, trigger))


def _where(pars: list, trigger: str, hits: TriggerHits | None) -> list:
    """The paragraphs of `pars` where `trigger` fired (all of them without hits): the others
    hold no phrase of its matcher."""
    return pars if hits is None else hits.fired_in(pars, trigger)


@analysis("story", packs=(PACK,), triggers=TRIGGERS)
def story_of(doc, data: Legislatures, hits: TriggerHits | None = None) -> Story:
    """Where the story is: Canadian signals, provinces named, provincial and federal words,
    a premier or the federal prime minister named. `hits(par, trigger)`: the scan's hits of
    TRIGGERS (the engine passes them; only the paragraphs where one fired are tried); without
    them each paragraph's words are read."""
    st = Story(data)
    pars = doc.paragraphs
    for par in _where(pars, "legislature signal", hits):
        text = par.text
        for s, e, (kind, code) in _found(data.signals, data.signal_firsts, "legislature signal", par, hits):
            if kind == "canada" or text[s:e] in data.canada:
                st.canada_signals += 1
            if kind in ("provincial", "legislature", "party"):
                st.provincial += 1
            elif kind == "federal":
                st.federal += 1
            elif kind == "federal_weak":
                st.federal_weak += 1
            if code:
                weight = 0.25 if kind in ("name", "capital") else 1.0
                st.by_province[code] = st.by_province.get(code, 0.0) + weight
    if data.abroad is not None:
        st.abroad = any(_found(data.abroad, data.abroad_firsts, "another country", par, hits)
                        for par in _where(pars, "another country", hits))
    for par in pars:
        text = par.text
        if "remier" in text:
            for m in list(_PREMIER.finditer(text, timeout=1.0)):
                if not m.group().lower().startswith("deputy"):
                    st.premier_used = True
                    name = premier_named(text, m.end(), data)
                    if name is not None:
                        st.premier_surnames.add(surname(name))
        if "rime" in text:
            for m in list(PRIME_MINISTER.finditer(text, timeout=1.0)):
                if data.is_federal_pm(name_after(text, m.end())):
                    st.federal_pm_named = True
    return st


PRIME_MINISTER = lazy(r"(?<![\p{L}-])(?:([Dd]eputy)[ -])?([Pp]rime) ([Mm]inister)(s)?(?![\p{L}-])")
_NAME_AFTER = lazy(
    r"[ \t]+(?:\p{Lu}\.[ \t]?)?((?:\p{Lu}[\p{L}\p{M}’'\-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}’'\-]*\p{L})"
)


def name_after(text: str, pos: int) -> str | None:
    """The capitalised name right after `pos` ("Prime Minister Jane Roe said" → "Jane Roe")."""
    m = _NAME_AFTER.match(text, pos)
    if not m:
        return None
    return " ".join(m.group(1).split()).replace("’", "'")


def premier_named(text: str, pos: int, data: Legislatures) -> str | None:
    """The person a premier title ending at `pos` names: "Premier Jane Roe" or "the premier
    of Nova Scotia, Jane Roe" (a province's name and a comma between) → "Jane Roe"."""
    name = name_after(text, pos)
    if name is not None:
        return name
    m = _OF.match(text, pos)
    found = of_after(text, pos, data)
    if m is None or found is None or found[0] != "province" or not text.startswith(", ", m.end()):
        return None
    return name_after(text, m.end() + 1)


def surname(name: str) -> str:
    """The last word of a name, without a possessive ("Jane Roe's" → "Roe")."""
    last = name.split()[-1]
    return last[:-2] if last.endswith("'s") else last


def qualifier_before(text: str, pos: int, data: Legislatures) -> tuple[str, str] | None:
    """What qualifies a title ending at `pos`: ("province", code), ("foreign", word) or None.

    Looks at the one to five words right before (a leading "the" skipped): "Nova Scotia",
    "PEI", "CAQ", "Atlantic" make a title provincial; "Canada's", "Canadian", "federal",
    "British", "Israel's" make it national or foreign.
    """
    if pos == 0 or not text[pos - 1].isspace():
        return None
    lo = max(0, pos - 60)
    words = text[lo:pos].split()
    if lo > 0 and words:
        words = words[1:]
    while words and words[-1] in ("the", "The", "then", "former", "Former", "outgoing"):
        words.pop()
    if not words:
        return None
    for n in range(min(5, len(words)), 0, -1):
        phrase = " ".join(words[-n:]).strip("“”\"(,;:")
        if phrase in data.qualifiers:
            return ("province", data.qualifiers[phrase])
        base = phrase[:-2] if phrase.endswith(("'s", "’s")) else None
        if base and base in data.qualifiers:
            return ("province", data.qualifiers[base])
    w = words[-1].strip("“”\"(,;:")
    if w in ("Canada's", "Canada’s", "Canadian", "federal", "Federal", "Canada"):
        return ("foreign", w)
    if w.endswith(("'s", "’s")) and w[:1].isupper():
        return ("foreign", w)  # "Israel's prime minister", "Britain's"
    if _NATIONALITY.match(w) and w not in data.qualifiers:
        return ("foreign", w)
    return None


def of_after(text: str, pos: int, data: Legislatures) -> tuple[str, str] | None:
    """"of Nova Scotia" (a province) or "of Canada"/"of Israel" (a country) right after `pos`."""
    m = _OF.match(text, pos)
    if not m:
        return None
    name = m.group(1)
    for n in range(len(name.split()), 0, -1):
        head = " ".join(name.split()[:n])
        if head in data.qualifiers:
            return ("province", data.qualifiers[head])
    return ("foreign", name)


_OF = lazy(r" of (?:the )?(\p{Lu}[\p{L}.’'\-]*(?: \p{Lu}[\p{L}.’'\-]*){0,3})")


def data_of(ctx: Any) -> Legislatures:
    return ctx.data(PACK)
