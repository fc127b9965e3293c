"""Ridings: a member's `Name (Riding, Prov.)` parenthetical, checked against the gazetteer.

Canadian copy names a member of Parliament with the riding and the province in
parentheses: ``Liberal MP Jane Doe (Papineau, Que.) said``. Translation engines break
this in predictable ways: the period of ``Que.`` is taken for the end of a sentence, so
the next word is capitalised (``(Papineau, Que.) Said``); the em dashes of an official
name become spaced en dashes or hyphens (``Timmins – James Bay``); the name is misspelt
or translated; the province comes out as a postal code or a French abbreviation (``QC``,
``N.-B.``). The riding gazetteer (`rules/ridings.toml`, both the 2013 and the 2023
representation orders) and the province table (`rules/provinces.toml`) are packs.

A parenthetical counts when its last comma-separated part is a province or territory in
any spelling (``Ont.``, ``ON``, ``Ontario``, ``Qc``). The riding is the part before it.
A place that is not a riding (``(Petawawa, Ont.)``) is only questioned when the words
before the parenthesis name a federal member (MP, minister, critic, a party); MPPs, MLAs
and MNAs sit for provincial ridings and are left alone.
"""

from __future__ import annotations

import marshal
from typing import Iterator

import msgspec

from mtqa.analysis import PARAGRAPH, analysis
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.packs import pack_compiler
from mtqa.patterns import lazy
from mtqa.rule import Option, RawFinding, RuleContext, rule
from mtqa.scan import Chars, Phrases
from mtqa.segment import Paragraph
from mtqa.text.case import title_case
from mtqa.text.datelines import dateline_follows
from mtqa.text.fold import without_marks
from mtqa.text.fuzzy import one_edit

# ---- packs -------------------------------------------------------------------------------

_DASH_RUN = lazy(r"\s*(?:[-‐‑‒–—―]+)\s*")
_SPACES = lazy(r"\s+")


def dash_key(name: str) -> str:
    """A name with every dash (spaced or not, any kind) as one hyphen, apostrophes straight."""
    s = name.replace("’", "'").replace("‘", "'")
    s = _DASH_RUN.sub("-", s)
    return _SPACES.sub(" ", s).strip()


def fold_key(name: str) -> str:
    """dash_key, case-folded and without accents: what a misspelling most often keeps."""
    return without_marks(dash_key(name).casefold(), "NFKD")


class Riding(msgspec.Struct, frozen=True):
    name: str
    province: str
    orders: tuple[int, ...]
    fr: str | None = None


class _Components(msgspec.Struct):
    exact: frozenset  # every part of every riding name, folded (lévis → levis)
    french: dict  # (first letter, length) → [(folded part, official part)] for French-looking parts


class Gazetteer(msgspec.Struct):
    """Compiled riding pack: exact names, dash-folded and spelling-folded keys, French names."""

    exact: dict[str, Riding]
    by_dash: dict[str, Riding]
    by_fold: dict[str, Riding]
    french: dict[str, Riding]
    fold_keys: list[str]
    _fuzzy_cache: dict
    # character trigram → the folded names (indices into fold_keys) holding it, as one
    # `marshal` blob read on the first fuzzy lookup (`trigram_index`): most stories name no
    # riding, and 2,300 lists were half of the pack's load time
    trigrams: bytes
    by_first_word: dict[str, list[str]]
    # The parts of every name between em dashes, folded: derived from the pack alone, so made
    # with it and kept in the compiled-pack cache (~3 ms of every process's first check before).
    components: _Components
    trigrams_read: dict[str, tuple[int, ...]] | None = None

    def trigram_index(self) -> dict[str, tuple[int, ...]]:
        """Character trigram → the indices (into `fold_keys`) of the folded names holding it."""
        index = self.trigrams_read
        if index is None:
            index = self.trigrams_read = marshal.loads(self.trigrams)
        return index

    def starting_with(self, name: str) -> list[Riding]:
        """Ridings whose official name starts with `name` as whole words (Kingston → Kingston and the Islands)."""
        key = fold_key(name)
        hit = self._fuzzy_cache.get(("prefix", key))
        if hit is None:
            first = _FIRST_WORD.match(key)
            cands = self.by_first_word.get(first.group() if first else key, ())
            hit = [self.by_fold[k] for k in cands if k.startswith(key) and k[len(key) : len(key) + 1] in (" ", "-")]
            if len(self._fuzzy_cache) < 4096:
                self._fuzzy_cache[("prefix", key)] = hit
        return hit

    def fuzzy(self, name: str, cutoff: float) -> tuple[Riding, float] | None:
        """The closest riding by character similarity of the folded names (cached per name).

        Candidates are the few names sharing the most character trigrams with `name`, so a
        lookup costs a handful of comparisons, not one per riding.
        """
        key = fold_key(name)
        hit = self._fuzzy_cache.get(key)
        if hit is None:
            votes: dict[int, int] = {}
            index = self.trigram_index()
            for tri in _trigrams(key):
                for idx in index.get(tri, ()):
                    votes[idx] = votes.get(idx, 0) + 1
            best, best_score = None, 0.0
            if votes:
                import difflib  # here: ~1 ms to import, and most copy names no riding

                top = sorted(votes, key=votes.__getitem__, reverse=True)[:12]
                sm = difflib.SequenceMatcher(autojunk=False)
                sm.set_seq2(key)
                for idx in top:
                    cand = self.fold_keys[idx]
                    sm.set_seq1(cand)
                    if sm.real_quick_ratio() <= best_score or sm.quick_ratio() <= best_score:
                        continue
                    score = sm.ratio()
                    if score > best_score:
                        best, best_score = cand, score
            hit = (self.by_fold[best], best_score) if best is not None else (None, 0.0)
            if len(self._fuzzy_cache) < 4096:
                self._fuzzy_cache[key] = hit
        riding, score = hit
        return (riding, score) if riding is not None and score >= cutoff else None


_FIRST_WORD = lazy(r"[^ \-]+")


def _trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


RIDINGS_SCHEMA = {
    "riding!": [{"name!": str, "fr": str, "province!": str, "orders": [int]}],
}


@pack_compiler("ridings", RIDINGS_SCHEMA)
def compile_ridings(raw: dict) -> Gazetteer:
    exact: dict[str, Riding] = {}
    by_dash: dict[str, Riding] = {}
    by_fold: dict[str, Riding] = {}
    french: dict[str, Riding] = {}
    for entry in raw["riding"]:
        r = Riding(entry["name"], entry["province"], tuple(entry.get("orders", ())), entry.get("fr"))
        exact.setdefault(r.name.replace("’", "'"), r)
        by_dash.setdefault(dash_key(r.name), r)
        by_fold.setdefault(fold_key(r.name), r)
        if r.fr and r.fr != r.name:
            french.setdefault(dash_key(r.fr), r)
    for key in list(french):
        if key in by_dash:  # a French name that is also an English one is not "French"
            del french[key]
    keys = list(by_fold)
    index: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        for tri in _trigrams(key):
            index.setdefault(tri, []).append(i)
    first_words: dict[str, list[str]] = {}
    for key in keys:
        m = _FIRST_WORD.match(key)
        first_words.setdefault(m.group() if m else key, []).append(key)
    trigrams = marshal.dumps({tri: tuple(ids) for tri, ids in index.items()})
    return Gazetteer(exact, by_dash, by_fold, french, keys, {}, trigrams, first_words, _components(by_fold))


class Province(msgspec.Struct, frozen=True):
    code: str
    name: str
    cp: str


class Provinces(msgspec.Struct):
    by_code: dict[str, Province]
    forms: dict[str, tuple[Province, bool]]  # written form → (province, is the CP form)
    folded: dict[str, tuple[Province, bool]]

    def lookup(self, form: str) -> tuple[Province, bool] | None:
        hit = self.forms.get(form)
        if hit is None:
            hit = self.folded.get(form.casefold())
            if hit is not None:
                hit = (hit[0], False)  # "ONT." or "que." is not the CP form
        return hit


PROVINCES_SCHEMA = {
    "province!": [{"code!": str, "name!": str, "cp!": str, "alternatives": [str], "name_fr": str}],
}


@pack_compiler("provinces", PROVINCES_SCHEMA)
def compile_provinces(raw: dict) -> Provinces:
    by_code: dict[str, Province] = {}
    forms: dict[str, tuple[Province, bool]] = {}
    for entry in raw["province"]:
        p = Province(entry["code"], entry["name"], entry["cp"])
        by_code.setdefault(p.code, p)
        variants = [entry["cp"], entry["name"], entry.get("name_fr", ""), *entry.get("alternatives", [])]
        if entry["cp"].endswith("."):
            variants.append(entry["cp"][:-1])  # "Que" without its period
        for v in variants:
            if v and v not in forms:
                forms[v] = (p, v == entry["cp"])
    folded: dict = {}
    for form, value in forms.items():
        folded.setdefault(form.casefold(), value)
    return Provinces(by_code, forms, folded)


# ---- the parenthetical -----------------------------------------------------------------

_PAREN = lazy(r"\(([^()\n]{2,150})\)")
_NAME_OK = lazy(r"^\p{Lu}[\p{L}\p{M}'’.\- –—―‐‑]*$")
# Words before the parenthesis that say a federal member is being named.
_MP_CONTEXT = lazy(
    r"(?<![\p{L}])(?:MPs?|M\.P\.|[Mm]inisters?|[Cc]ritics?|[Ll]eader|[Ss]peaker|[Ww]hip|[Ss]ecretary|"
    r"[Ll]iberals?|[Cc]onservatives?|Tory|Tories|NDP|New Democrats?|Bloc(?: Québécois| Quebecois)?|"
    r"Greens?|[Mm]ember of Parliament|[Pp]arliamentarian|[Ii]ncumbent|[Cc]andidate)(?![\p{L}])"
)
_PROVINCIAL_CONTEXT = lazy(r"(?<![\p{L}])(?:MPPs?|MLAs?|MNAs?|MHAs?|[Mm]ember of the Legislative|"
                                    r"[Mm]ember of the National Assembly|[Mm]ayor|[Cc]ouncill?or)(?![\p{L}])")


class Parenthetical(msgspec.Struct, frozen=True):
    """`(Riding, Prov.)` found in a paragraph; spans index the paragraph text."""

    start: int  # "("
    end: int  # one past ")"
    name: str
    name_start: int
    name_end: int
    prov_text: str
    prov_start: int
    prov_end: int
    province: Province
    prov_is_cp: bool
    member_context: bool


@analysis("riding-parentheticals", scope=PARAGRAPH, packs=("provinces",))
def parentheticals(par: Paragraph, provinces: Provinces) -> list[Parenthetical]:
    """Every `(Place, Province)` parenthetical of a paragraph."""
    out: list[Parenthetical] = []
    text = par.text
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        comma = inner.rfind(",")
        if comma <= 0:
            continue
        prov_raw = inner[comma + 1 :]
        prov = prov_raw.strip()
        hit = provinces.lookup(prov)
        if hit is None:
            continue
        before = inner[:comma]
        prev_comma = before.rfind(",")  # "(Liberal, Papineau, Que.)": the riding is the last part
        name_raw = before[prev_comma + 1 :]
        name = name_raw.strip()
        if not name or not _NAME_OK.match(name) or len(name) > 100:
            continue
        base = m.start(1)
        name_start = base + prev_comma + 1 + (len(name_raw) - len(name_raw.lstrip()))
        prov_start = base + comma + 1 + (len(prov_raw) - len(prov_raw.lstrip()))
        window = text[max(0, m.start() - 90) : m.start()]
        member = bool(_MP_CONTEXT.search(window)) and not _PROVINCIAL_CONTEXT.search(window)
        out.append(Parenthetical(
            m.start(), m.end(), name, name_start, name_start + len(name), prov, prov_start,
            prov_start + len(prov), hit[0], hit[1], member,
        ))
    return out


class Resolution(msgspec.Struct, frozen=True):
    """What the gazetteer says about a parenthetical's place name."""

    kind: str  # exact | dashes | french | spelling | fuzzy | unknown
    riding: Riding | None
    score: float = 1.0


FUZZY_CUTOFF = 0.85  # without a member context, only a near-certain misspelling is reported
FUZZY_CUTOFF_MEMBER = 0.7


def resolve(p: Parenthetical, gaz: Gazetteer) -> Resolution:
    cache = gaz._fuzzy_cache
    ck = ("resolve", p.name, p.member_context)
    res = cache.get(ck)
    if res is None:
        res = _resolve(p, gaz)
        if len(cache) < 4096:
            cache[ck] = res
    return res


def _resolve(p: Parenthetical, gaz: Gazetteer) -> Resolution:
    name = p.name.replace("’", "'")
    r = gaz.exact.get(name)
    if r is not None:
        return Resolution("exact", r)
    dk = dash_key(name)
    r = gaz.by_dash.get(dk)
    if r is not None:
        return Resolution("dashes", r)
    r = gaz.french.get(dk)
    if r is not None:
        return Resolution("french", r)
    r = gaz.by_fold.get(fold_key(name))
    if r is not None:
        return Resolution("spelling", r)
    hit = gaz.fuzzy(name, FUZZY_CUTOFF_MEMBER if p.member_context else FUZZY_CUTOFF)
    if hit is not None:
        return Resolution("fuzzy", hit[0], hit[1])
    return Resolution("unknown", None, 0.0)


# ---- rules ------------------------------------------------------------------------------

# Lower-case words that continue a sentence after "(Riding, Prov.)": verbs of the subject,
# conjunctions, relative pronouns. A capital here is the engine's sentence-split artifact.
CONTINUATIONS = frozenset(
    """and or nor to of who whom whose which than said says say has have had was were is are will would could
    should can may might must shall did does do also told tells called calls tweeted tweets wrote writes added
    adds announced announces asked asks argued argues noted notes stated states urged urges warned warns
    welcomed welcomes accused accuses introduced introduces tabled tables voted votes spoke speaks wants
    thinks believes insists claims suggested suggests explained explains responded responds replied replies
    questioned questions criticized criticised criticizes criticises praised praises pressed presses
    raised raises blamed blames released releases issued issues confirmed confirms denied denies
    sent sends made makes took takes gave gives met meets led leads became becomes remains remained
    represents represented served serves sits sat chairs chaired pointed points joined joins launched
    launches signed signs sponsored sponsors put puts went goes came comes got gets""".split()
)
_AFTER = lazy(r"[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])")


def _continues(word: str) -> bool:
    low = word.lower()
    if low in CONTINUATIONS:
        return True
    # A past-tense verb right after the parenthetical ("Announced", "Introduced"); not names
    # such as Fred or Ahmed.
    return len(low) >= 6 and low.endswith("ed") and not low.endswith(("eed", "med"))


@rule(
    "ridings/capital-after-parenthetical",
    triggers=(Chars("bracket", "("),),
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("provinces",),
)
def capital_after_parenthetical(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The word after a `(Riding, Prov.)` parenthetical is capitalised though the sentence goes on.

    ## Why it matters
    The period of a province abbreviation (Que., Ont., B.C.) looks like the end of a
    sentence to a translation engine, so it capitalises the next word: "(Papineau, Que.)
    To tell". The sentence continues; the capital makes it read as two broken sentences.

    ## Examples
    bad:  Liberal MP Anita Vandenbeld (Ottawa West—Nepean, Ont.) [[Said->said]] the bill would pass.
    bad:  Conservative MP Pierre Paul-Hus (Charlesbourg—Haute-Saint-Charles, Que.) [[And->and]] two colleagues voted no.
    bad:  The minister, Dominic LeBlanc (Beauséjour, N.B.) [[Announced->announced]] the funding.
    good: Liberal MP Anita Vandenbeld (Ottawa West—Nepean, Ont.) said the bill would pass.
    good: The critic is Michael Chong (Wellington—Halton Hills, Ont.).
    good: NDP MP Charlie Angus (Timmins—James Bay, Ont.) Ottawa office staff were told to stay home.
    good: Service resumes on Monday at the depot (Kenora, Ont.) Trains leave hourly.

    ## Fix safety
    Safe: only the first letter of the word changes to lower case.
    """
    text = par.text
    parens = ctx.analysis(parentheticals, par)
    if not parens or ctx.analysis(title_case, par):
        return
    for p in parens:
        m = _AFTER.match(text, p.end)
        if m is None:
            continue
        word = m.group(1)
        if not _continues(word):
            continue
        s = m.start(1)
        if word == "And" and p.start > 0 and not p.member_context and not _name_before(text, p.start):
            continue  # "(...) And" after something that is not a person: may start a sentence
        yield ctx.finding(
            par, s, m.end(1), f"“{word}” after the riding parenthetical continues the sentence: use lower case",
            fix=Fix.safe("Lower-case the word", edits=(Edit(s, s + 1, word[0].lower()),)),
            suggestions=(word[0].lower() + word[1:],),
        )




_NAME_BEFORE = lazy(r"\p{Lu}[\p{L}'’\-]+\s*$")


def _name_before(text: str, paren_start: int) -> bool:
    return bool(_NAME_BEFORE.search(text, max(0, paren_start - 40), paren_start))


@rule(
    "ridings/wrong-dashes",
    triggers=(Chars("bracket", "("),),
    category="Locale convention/Name format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ridings", "provinces"),
    options={"accept_hyphens": Option(bool, True, "accept a name whose em dashes are all written as unspaced hyphens")},
)
def wrong_dashes(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A riding name written with spaced dashes (or, in strict CP style, hyphens) where the official name has em dashes.

    Option ``accept_hyphens`` (default true): a name whose em dashes are all written as
    unspaced hyphens is the house style of many papers (The Hill Times writes
    ``Chilliwack-Hope``) and is accepted, unless a part of the name has a hyphen of
    its own (``Saint-Maurice-Champlain`` no longer shows where the parts meet); the ``cp``
    style sets it to false and asks for the gazetteer's em dashes.

    ## Why it matters
    Official riding names join their parts with unspaced em dashes (Bruce—Grey—Owen
    Sound), while hyphens belong inside a part (Saint-Maurice—Champlain). Engines and
    word processors turn the em dashes into spaced en dashes or mix dashes and hyphens,
    which makes a different name.

    ## Examples
    bad:  NDP MP Niki Ashton ([[Churchill – Keewatinook Aski->Churchill—Keewatinook Aski]], Man.) voted against it.
    bad:  Liberal MP Marc Garneau ([[Notre-Dame-de-Grâce-Westmount->Notre-Dame-de-Grâce—Westmount]], Que.) said he agreed.
    good: Liberal MP Marc Garneau (Notre-Dame-de-Grâce—Westmount, Que.) said he agreed.
    good: Bloc MP Yves-François Blanchet (Beloeil-Chambly, Que.) said so.
    good: Liberal MP Mélanie Joly (Ahuntsic-Cartierville, Que.) said so.
    good: She grew up in Pembroke (Petawawa – Laurentian Hills, Ont.) long ago.

    ## Fix safety
    Safe: the name is replaced by the official one, which differs only in its dashes and
    spacing.
    """
    gaz = ctx.data("ridings")
    for p in ctx.analysis(parentheticals, par):
        res = resolve(p, gaz)
        if res.kind != "dashes" or res.riding is None:
            continue
        written = par.text[p.name_start:p.name_end]
        official = res.riding.name
        if ctx.options["accept_hyphens"] and "-" not in official and written == official.replace("—", "-"):
            continue  # the house style of papers that hyphenate riding names (where that is unambiguous)
        yield ctx.finding(
            par, p.name_start, p.name_end,
            f"Riding name with the wrong dashes: the official name is {res.riding.name}",
            fix=Fix.safe("Use the official name", res.riding.name),
        )


@rule(
    "ridings/unknown-name",
    triggers=(Chars("bracket", "("),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.SOMETIMES,
    packs=("ridings", "provinces"),
    confidence=0.75,
)
def unknown_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A member's riding that is not in the federal gazetteer, with the closest official name.

    ## Why it matters
    A riding name is a proper noun with one spelling. A misspelt or garbled one
    ("Bruce – Gray-Owen Sound") is a factual error a reader from that riding notices;
    engines also translate parts of names (South → Sud) or drop accents.

    ## Examples
    bad:  Conservative MP Michael Barrett ([[Leeds-Grenville-Thousand Islands and Rideau Lake->Leeds—Grenville—Thousand Islands and Rideau Lakes]], Ont.) said it was wrong.
    bad:  Liberal MP Dominic LeBlanc ([[Beausejour->Beauséjour]], N.B.) spoke first.
    bad:  NDP MP Alexandre Boulerice ([[Rosemount—La Petite-Patrie->Rosemont—La Petite-Patrie]], Que.) spoke first.
    good: Conservative MP Michael Barrett (Leeds—Grenville—Thousand Islands and Rideau Lakes, Ont.) said it was wrong.
    good: Troops left from Garrison Petawawa (Petawawa, Ont.) on Monday.
    good: The professor (Kingston, Ont.) said the base would stay.
    good: Ontario MPP Lisa MacLeod (Nepean—Carleton, Ont.) said the province would help.

    ## Fix safety
    Unsafe: the suggestion is the closest official name; a human should confirm it is
    the member's riding.

    ## Known issues
    Without words naming a federal member before the parenthesis, only near-certain
    misspellings are reported, so a badly garbled name in a bare parenthetical is missed.
    Provincial ridings are not in the gazetteer: add them in a user pack.
    """
    gaz = ctx.data("ridings")
    for p in ctx.analysis(parentheticals, par):
        res = resolve(p, gaz)
        if res.kind in ("exact", "dashes", "french"):
            continue
        if res.kind == "unknown":
            if not p.member_context:
                continue
            longer = [r for r in gaz.starting_with(p.name) if r.province == p.province.code]
            if longer:
                names = [r.name for r in longer[:3]]
                yield ctx.finding(
                    par, p.name_start, p.name_end,
                    "Shortened riding name: the official name is " + " or ".join(names),
                    fix=Fix.display_only("Use the official name", names[0]) if len(longer) == 1 else None,
                    suggestions=names, confidence=0.45,
                )
                continue
            yield ctx.finding(
                par, p.name_start, p.name_end,
                "Not a federal riding of the 2013 or 2023 representation order", confidence=0.45,
            )
            continue
        if res.riding is None:
            continue
        name = res.riding.name
        conf = 0.9 if res.kind == "spelling" else round(min(0.85, 0.3 + res.score * 0.6), 2)
        yield ctx.finding(
            par, p.name_start, p.name_end, f"Riding name not in the gazetteer: did you mean {name}?",
            fix=Fix.unsafe("Use the official name", name), confidence=conf,
        )


@rule(
    "ridings/french-name",
    triggers=(Chars("bracket", "("),),
    category="Accuracy/Untranslated",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ridings", "provinces"),
    confidence=0.8,
)
def french_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A riding given by its French name in English copy.

    ## Why it matters
    Ridings have official English and French names (Vancouver East / Vancouver-Est).
    English copy uses the English one; a French name left in is a trace of translation.

    ## Examples
    bad:  NDP MP Jenny Kwan ([[Vancouver-Est->Vancouver East]], B.C.) said it was overdue.
    good: NDP MP Jenny Kwan (Vancouver East, B.C.) said it was overdue.
    good: Liberal MP Steven MacKinnon (Gatineau, Que.) said so.

    ## Fix safety
    Unsafe: the official English name replaces the French one; check the quote is not French copy.
    """
    gaz = ctx.data("ridings")
    for p in ctx.analysis(parentheticals, par):
        res = resolve(p, gaz)
        if res.kind != "french" or res.riding is None:
            continue
        yield ctx.finding(
            par, p.name_start, p.name_end, f"French name of the riding: English copy uses {res.riding.name}",
            fix=Fix.unsafe("Use the English name", res.riding.name),
        )


def _release_dateline(text: str, p: Parenthetical) -> bool:
    """Whether the parenthetical opens its paragraph and a dash or a date follows it: a release's
    dateline (place and province), not a member's riding."""
    return not text[: p.start].strip() and dateline_follows(text, p.end)


def _english_form(p: Parenthetical) -> bool:
    """Whether the province is written in an English form of its own (the postal code, or the name
    spelled out), which English releases put in their datelines; a French one (N.-B., Qc) is not."""
    return p.prov_text == p.province.code or p.prov_text.casefold() == p.province.name.casefold()


@rule(
    "ridings/province-style",
    triggers=(Chars("bracket", "("),),
    category="Locale convention/Address format",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=("ridings", "provinces"),
    locales=("en-CA",),
)
def province_style(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The province in a riding parenthetical is not in CP style (QC, Qc, N.-B., Quebec).

    ## Why it matters
    Canadian Press style abbreviates the province after a riding or community with the
    traditional abbreviations (Que., Ont., N.B., B.C.) and spells out Yukon and Nunavut.
    Postal codes and French abbreviations are translation leftovers.

    ## Examples
    bad:  Bloc MP Alain Therrien (La Prairie, [[QC->Que.]]) said the party would vote no.
    bad:  Liberal MP Dominic LeBlanc (Beauséjour, [[N.-B.->N.B.]]) spoke.
    bad:  Liberal MP Mona Fortier (Ottawa—Vanier, [[Ontario->Ont.]]) spoke.
    good: Bloc MP Alain Therrien (La Prairie, Que.) said the party would vote no.
    good: NDP MP Lori Idlout (Nunavut, Nunavut) spoke.
    good: The company is based in Laval (Montreal, Quebec) and Toronto.

    ## Fix safety
    Safe: only the province's abbreviation changes, to the CP form of the same province.
    """
    gaz = ctx.data("ridings")
    if not any(c.islower() for c in par.text):
        return  # a paragraph in capitals (a headline): CP forms would add lower case
    for p in ctx.analysis(parentheticals, par):
        if p.prov_is_cp:
            continue
        if _english_form(p) and _release_dateline(par.text, p):
            continue  # a release's dateline in its own English form: "(Ottawa, ON) –" is no riding
        full_name = p.prov_text in (p.province.name,)
        if full_name or p.prov_text.casefold() == p.province.name.casefold():
            # A spelled-out province is only wrong in a member's riding parenthetical.
            if not p.member_context and resolve(p, gaz).kind == "unknown":
                continue
        cp = p.province.cp
        yield ctx.finding(
            par, p.prov_start, p.prov_end, f"CP style writes {cp} for {p.province.name} here",
            fix=Fix.safe(f"Use {cp}", cp),
        )


@rule(
    "ridings/province-mismatch",
    triggers=(Chars("bracket", "("),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ridings", "provinces"),
    confidence=0.8,
)
def province_mismatch(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The province in a riding parenthetical is not the riding's province.

    ## Why it matters
    Each riding lies in one province; a wrong province (often a mistranslated or
    swapped abbreviation) misinforms the reader about whom the member represents.

    ## Examples
    bad:  Liberal MP Justin Trudeau (Papineau, [[Ont.->Que.]]) said so.
    bad:  NDP MP Jagmeet Singh (Burnaby South, [[Alta.->B.C.]]) said so.
    good: Liberal MP Justin Trudeau (Papineau, Que.) said so.
    good: Ontario's minister visited Durham (Durham, Ont.) on Monday.

    ## Fix safety
    Display only: the province is suggested from the gazetteer, but the riding name may
    be the wrong part.
    """
    gaz = ctx.data("ridings")
    provinces = ctx.data("provinces")
    for p in ctx.analysis(parentheticals, par):
        res = resolve(p, gaz)
        if res.riding is None or res.kind == "fuzzy":
            continue
        if res.riding.province == p.province.code:
            continue
        right = provinces.by_code.get(res.riding.province)
        if right is None:
            continue
        yield ctx.finding(
            par, p.prov_start, p.prov_end,
            f"{res.riding.name} is in {right.name}, not {p.province.name}",
            fix=Fix.display_only(f"Use {right.cp}", right.cp),
        )


# ---- a member "for" a riding whose French name the engine anglicised -------------------------

_FRENCH_LOOKING = lazy(r"[^\x00-\x7f]|(?:bourg|ville|ière|ières|eau|eaux|ette|ois|oise|ault)$")
_MEMBER_FOR = lazy(
    r"\b(?:MP|MNA|MPP|MLA|[Mm]ember(?:[ \u00a0]+of[ \u00a0]+(?:Parliament|the[ \u00a0]+National[ \u00a0]+Assembly))?)"
    r"[ \u00a0]+for[ \u00a0]+(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-—–])"
    r"|(?<![\p{L}\-])(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:MP|MNA|Member[ \u00a0]+of[ \u00a0]+Parliament)\b"
)


def _components(by_fold: dict[str, Riding]) -> _Components:
    """The parts of the ridings' names between em dashes (Gazetteer.components keeps them)."""
    parts: set[str] = set()
    french: dict = {}
    for r in by_fold.values():
        for part in _EM_DASH_SPLIT.split(r.name):
            k = fold_key(part)
            parts.add(k)
            if _FRENCH_LOOKING.search(part) and len(k) >= 5:
                french.setdefault((k[0], len(k)), []).append((k, part))
    return _Components(frozenset(parts), french)


_EM_DASH_SPLIT = lazy(r"\s*[—–]\s*")


@rule(
    "ridings/anglicised-name",
    triggers=(Phrases("member", ("MP", "MNA", "MLA", "Member", "member"), ignorecase=False, boundary="none"),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("ridings",),
    confidence=0.7,
)
def anglicised_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A member's French riding name respelt as an English-looking word (Member for Levy, for Lévis).

    Engines and their speech-to-text cousins turn a French place into the nearest English
    word or spelling (-bourg → -burg, v → w). Where a member is named "for" a place, or
    the place stands before "MP", "MNA" or "Member of Parliament", a place one letter
    away from a French-looking part of a riding name (Lévis, Charlesbourg; accents
    ignored), and itself part of no riding, is flagged with that part.

    ## Why it matters
    The riding is the member's identity in the House; a respelt name is a factual error
    and one a local reader notices at once.

    ## Examples
    bad:  The Member for [[Jolliette->Joliette]] asked the first question.
    bad:  [[Lotbinier->Lotbinière]] MP Jane Roe voted against it.
    good: The Member for Joliette asked the first question.
    good: The MP for Levis and the Montreal MP agreed.
    good: Liberal MP Jane Roe and Quebec MNA John Doe spoke.

    ## Fix safety
    Unsafe: the gazetteer's spelling replaces the word; confirm it is the member's riding
    (provincial ridings share many names with federal ones).
    """
    text = par.text
    if "for " not in text and "MP" not in text and "MNA" not in text and "Member" not in text:
        return
    comps = None
    for m in _MEMBER_FOR.finditer(text, timeout=1):
        g = 1 if m.group(1) else 2
        word = m.group(g)
        if comps is None:
            comps = ctx.data("ridings").components
        key = fold_key(word)
        if key in comps.exact:
            continue
        near = [part for n in (len(key) - 1, len(key), len(key) + 1)
                for k, part in comps.french.get((key[0], n), ()) if one_edit(key, k)]
        if len(set(near)) != 1:
            continue
        yield ctx.finding(par, m.start(g), m.end(g), f"Riding name respelt: the riding is {near[0]}",
                          fix=Fix.unsafe("Use the riding's name", near[0]))
