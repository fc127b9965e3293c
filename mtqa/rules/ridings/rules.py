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

from typing import Iterator

from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import Option, RawFinding, RuleContext, rule
from mtqa.rules.ridings.analysis import Parenthetical, parentheticals, resolve
from mtqa.rules.ridings.pack import fold_key
from mtqa.scan import Chars, Phrases
from mtqa.segment import Paragraph
from mtqa.text.case import title_case
from mtqa.text.datelines import dateline_follows
from mtqa.text.fuzzy import one_edit


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
    options={"spelled_out": Option(bool, False, "report a province spelled out in full (Ontario), which houses "
                                                "other than CP write; the cp style turns it on"),
             "postal_codes": Option(bool, False, "report a postal code (NS) where no member is named, as in a "
                                                 "player's hometown; the cp style turns it on")},
)
def province_style(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """The province in a riding parenthetical is not in CP style (QC, Qc, N.-B.; Quebec with the cp style).

    ## Why it matters
    Canadian Press style abbreviates the province after a riding or community with the
    traditional abbreviations (Que., Ont., N.B., B.C.) and spells out Yukon and Nunavut.
    Postal codes and French abbreviations are translation leftovers. A province spelled
    out in full is another house's choice (a weekly writes "(Ridgeway Centre, Ontario)"),
    so it is reported only with the option ``spelled_out`` (the cp style sets it): stop 42
    measured one clean flag on it and no machine-translation label that only it caught.
    Likewise a postal code where no member is named: sports pages and releases put a
    player's hometown so, "(Truro, NS)", and it is reported only with the option
    ``postal_codes`` (the cp style sets it; stop 42's second round measured twenty clean
    flags on it and no such label). A member's riding with a postal code is reported always.

    ## Examples
    bad:  Bloc MP Alain Therrien (La Prairie, [[QC->Que.]]) said the party would vote no.
    bad:  Liberal MP Dominic LeBlanc (Beauséjour, [[N.-B.->N.B.]]) spoke.
    bad:  Centre Ana Roy (Rimouski, [[Qc->Que.]]) scored twice.
    good: Centre Ana Roy (Truro, NS) scored twice and goalie Lee Park (Brandon, MB) made 30 saves.
    good: Liberal MP Mona Fortier (Ottawa—Vanier, Ontario) spoke.
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
        if p.prov_text == p.province.code and not p.member_context and not ctx.options["postal_codes"]:
            continue  # "(Truro, NS)": a hometown as sports pages write it, outside CP
        full_name = p.prov_text in (p.province.name,)
        if full_name and not ctx.options["spelled_out"]:
            continue  # "(Ottawa—Vanier, Ontario)": a house's choice outside CP
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

_MEMBER_FOR = lazy(
    r"\b(?:MP|MNA|MPP|MLA|[Mm]ember(?:[ \u00a0]+of[ \u00a0]+(?:Parliament|the[ \u00a0]+National[ \u00a0]+Assembly))?)"
    r"[ \u00a0]+for[ \u00a0]+(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-—–])"
    r"|(?<![\p{L}\-])(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:MP|MNA|Member[ \u00a0]+of[ \u00a0]+Parliament)\b"
)


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
