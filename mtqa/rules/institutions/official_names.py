"""Federal and provincial bodies named word for word from their French names, or left in French.

Quebec's institutions have French names and settled English ones (the Directeur des
poursuites criminelles et pénales is the Director of Criminal and Penal Prosecutions, the
Protecteur du citoyen the Quebec ombudsman, the Salon bleu the floor of the National
Assembly). An engine renders them word for word ("Citizen Protector", "Blue Room",
"Liberal Party of Quebec"). The pack ``rules/official_names.toml`` is a gazetteer of
federal and provincial bodies and titles: the French name, the English copy should use,
and the literal renderings that are wrong. Federal names the ``institutions`` pack already
covers are not repeated there.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import jurisdiction
from mtqa.analysis import TriggerHits, analysis
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rules.institutions import near_forms
from mtqa.rules.institutions.official_names_pack import PACK, Body, Gazetteer
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import FromPack, Phrases, phrase_matches
from mtqa.segment import Paragraph
from mtqa.text.tokens import LETTER_RUN

# The first words of the gazetteer's phrases, as written: where `name_matches` tries them.
NAME = Phrases("name", FromPack("firsts"), pack=PACK, ignorecase=False)


@analysis("official-name-matches", packs=(PACK,), triggers=(NAME,))
def name_matches(doc, gaz: Gazetteer, hits: TriggerHits) -> list[tuple[Paragraph, list]]:
    """Each paragraph that holds one, with the gazetteer's matches in it (start, end, Hit): found
    once for the rules that judge the literal renderings and the French names among them (tried
    only where a name's first word fired)."""
    out = []
    for par in hits.fired_in(doc.paragraphs, "name"):
        found = phrase_matches(gaz.matcher, par, hits(par, "name"))
        if found:
            out.append((par, found))
    return out


_FOREIGN_BEFORE = lazy(
    r"(?:U\.S\.|US|American|Circuit|[Ss]tate|EU|European|UN|French|France's|France’s|Belgian|Swiss|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|\p{Lu}\p{Ll}+[’']s)\s+(?:the\s+)?$"
)
def _title_case(text: str) -> bool:
    """A headline in title case: every word capitalised, so a name cannot be told from words."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or len(text) > 200:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _after_a_name_word(text: str, s: int, places: frozenset | dict) -> bool:
    """A capitalised word right before `s` that does not open a sentence and is not a place
    (`places`: "the Quebec Treasury Council" is still the literal form): the match is the end of
    a longer name ("Mental Health Ontario")."""
    before = text[max(0, s - 40) : s]
    m = _CAPITAL_WORD_BEFORE.search(before)
    if m is None or m.group().strip() in places:
        return False
    head = text[: s - len(before) + m.start()].rstrip()
    return bool(head) and head[-1] not in ".!?:“\"\n"


_CAPITAL_WORD_BEFORE = lazy(r"\p{Lu}[\p{L}’'-]*[ \t]+$")


# kinds of bodies whose French names English copy translates: the legislature, the government, titles
_NEVER_KEPT = frozenset({"legislature", "government", "title", "department", "party", "law"})
_GLOSS_BEFORE = lazy(r"(?:\(|\bFrench:?\s|\bknown as\s|\bcalled\s|\bin French,?\s)\s*(?:the\s+|le\s+|la\s+|l')?$")


@rule(
    "institutions/literal-name",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK, jurisdiction.PACK),
    confidence=0.85,
    triggers=(NAME, *jurisdiction.TRIGGERS),  # those of the analyses it reads
)
def literal_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian or Quebec body's French name translated word for word.

    The wrong forms are the gazetteer's hand-written ones and each French name rendered word
    for word (`renderings.render`); a form that is some body's accepted English is never one.
    A Quebec-only form needs a story about Quebec; a federal-only one (the "Public Security
    Minister", which is Quebec's minister's English title) a Canadian story that is not.

    ## Why it matters
    "The Citizen Protector" or "the Liberal Party of Quebec" tells an English reader the
    copy was machine-translated, and sometimes names no body at all: the Protecteur du
    citoyen is the Quebec ombudsman, the Parti libéral du Québec the Quebec Liberal Party.

    ## Examples
    bad:  The [[Liberal Party of Quebec->Quebec Liberal Party]] chose a new leader in Montreal.
    bad:  The MNA complained to the [[Citizen Protector->Quebec ombudsman]], the National Assembly heard.
    bad:  The case went to the [[Director of Criminal and Penal Proceedings->Director of Criminal and Penal Prosecutions]] in Quebec.
    bad:  The opposition spoke in the [[Blue Room->Salon bleu]] of the National Assembly on Thursday.
    bad:  The opposition spoke in the [[blue Lounge->Salon bleu]] of the National Assembly on Thursday.
    good: The Quebec Liberal Party chose a new leader in Montreal.
    good: The Director of Criminal and Penal Prosecutions declined to lay charges in Quebec.
    good: The president met guests in the Blue Room of the White House.
    good: The EU Council of Ministers met in Brussels.
    good: Canada's Council of Ministers of Education issued a report.
    bad:  Quebec's [[Court of Appeals->Quebec Court of Appeal]] upheld the ruling in Montreal.
    good: Canada's ambassador followed the case to the 9th Circuit Court of Appeals.
    bad:  The [[National Institute of Public Health of Quebec->Institut national de santé publique du Québec]] published new advice in Montreal.
    bad:  Families in Canada will receive the [[Canadian Allowance for Children->Canada Child Benefit]] in July.
    bad:  [[Public Security Minister->Public Safety Minister]] Anne Roy told the House of Commons the review was over.
    good: Public Security Minister Anne Roy said the Sûreté du Québec would help in Quebec City.
    good: China's Ministry of Public Security held two Canadians, Ottawa said.
    good: The mayor of Ottawa said public security in the city was a concern.
    good: The Supreme Court of Canada ruled on Friday in Ottawa.
    bad:  The case went to the [[Director of Penal and Criminal Lawsuits->Director of Criminal and Penal Prosecutions]] in Quebec.
    bad:  The [[Federation of Specialists Doctors of Quebec->Quebec Federation of Medical Specialists]] rejected the offer in Montreal.
    bad:  The [[Bureau of the Verifier Generals->Office of the Auditor General]] reported to Parliament in Ottawa.
    good: The Quebec Federation of Medical Specialists rejected the offer in Montreal.
    good: The Toronto Police Service and the Office of the Auditor General of Ontario reported in Toronto.
    good: The U.S. Office of Criminal Justice Programs in Washington sent Canada a letter.
    good: Quebec's Office of the French Language Commissioner spoke in Montreal.

    A literal form is also found with its capitalised words reordered or one of them misspelt
    or inflected (`near_forms`), when it keeps its head word and is nearer the literal form than
    the body's English names.

    ## Fix safety
    Unsafe: the English name replaces the literal one; articles may need adjusting.
    """
    legislatures = ctx.data(jurisdiction.PACK)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    quebec = "QC" in st.by_province
    found_in = {par.index: found for par, found in ctx.analysis(name_matches)}
    gaz: Gazetteer = ctx.data(PACK)
    for par in ctx.fired_in(doc.paragraphs):
        text = par.text
        headline: list[bool] = []
        found = found_in.get(par.index, [])
        hits = [(s, e, hit.body, "") for s, e, hit in found if hit.how == "literal"]
        hits += _near_literals(text, found, gaz)
        for s, e, body, listed in sorted(hits, key=lambda h: h[0]):
            if not _literal_reportable(text, s, e, body, quebec, legislatures.qualifiers, headline):
                continue
            why = f" (a slip of “{listed}”)" if listed else ""
            yield ctx.finding(
                par, s, e,
                f"Word-for-word rendering of “{body.french}”{why}; English copy calls it {body.english[0]}",
                suggestions=body.english,
                fix=Fix.unsafe("Use the English name", body.english[0]),
                confidence=0.7 if listed else None,
            )


def _near_literals(text: str, found: list, gaz: Gazetteer) -> list[tuple[int, int, Body, str]]:
    """The runs of capitalised words of `text` that no gazetteer phrase matched and that are a
    literal form reordered or with a word misspelt or inflected (`near_forms`), with the body
    and the literal form."""
    if not gaz.near:
        return []
    out: list[tuple[int, int, Body, str]] = []
    for s, e in near_forms.spans(text, gaz.near):
        if any(fs < e and s < fe for fs, fe, _ in found) or (out and s < out[-1][1]):
            continue  # a name of the gazetteer as listed (English, French or literal) is the exact match's
        got = near_forms.near(text[s:e], gaz.near, lambda hit: hit.body.english)
        if got is not None:
            listed, hit = got
            out.append((s, e, hit.body, " ".join(listed)))
    return out


def _literal_reportable(text: str, s: int, e: int, body: Body, quebec: bool, qualifiers, headline: list[bool]) -> bool:
    """Whether a literal form at `s`:`e` of a Canadian story is reported: a Quebec-only form in a
    story about Quebec, a federal-only one in a story that is not, not the end of a longer name,
    not a short form in a title-case headline (`headline`: the paragraph's answer, once asked),
    not after a foreign country's adjective."""
    if body.context == "quebec" and not quebec:
        return False
    if body.context == "federal" and quebec:
        return False  # "Public Security Minister" is Quebec's minister, Ottawa's is Public Safety
    if len(text[s:e].split()) <= 2 and _after_a_name_word(text, s, qualifiers):
        return False  # two words inside a longer name ("Mental Health Ontario" is not "Health Ontario")
    if e - s < 25:
        if not headline:
            headline.append(_title_case(text))
        if headline[0]:
            return False  # a short form in a title-case headline ("Quebec Party Leaders Debate")
    foreign = _FOREIGN_BEFORE.search(text[max(0, s - 30) : s])
    return not (foreign and foreign.group().split()[0].rstrip("’'s") not in qualifiers)  # "U.S.", "Belgian"


@rule(
    "institutions/french-name-untranslated",
    category="Accuracy/Untranslated",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK, jurisdiction.PACK),
    confidence=0.7,
    triggers=(NAME, *jurisdiction.TRIGGERS),  # those of the analyses it reads
)
def french_name_untranslated(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian body's French name left in English copy where English has its own name.

    ## Why it matters
    English copy says the National Assembly and the House of Commons; "the Assemblée
    nationale" mid-sentence is the source language showing through. Only the legislature,
    the government, its departments, titles, parties and laws are checked, and federal
    bodies: English copy keeps the French names of many Quebec agencies, unions and courts
    (Sûreté du Québec, Hydro-Québec, the CNESST, the Fédération des médecins spécialistes).

    ## Examples
    bad:  The bill was tabled in the [[Assemblée nationale->National Assembly]] on Tuesday in Quebec City.
    bad:  The [[Conseil des ministres->cabinet]] met in Quebec City on Wednesday.
    good: The Fédération des médecins spécialistes du Québec rejected the offer in Quebec City.
    good: The case went to the Directeur des poursuites criminelles et pénales (DPCP) in Quebec.
    good: The bill was tabled in the National Assembly (Assemblée nationale) on Tuesday in Quebec City.
    good: The Sûreté du Québec closed the road near Quebec City.
    good: Quebec's legislature, known as the Assemblée nationale, sat late.
    good: The Coalition avenir Québec won the election in Quebec.

    ## Fix safety
    Unsafe: the English name replaces the French one; articles may need adjusting.
    """
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, found in ctx.analysis(name_matches):
        text = par.text
        for s, e, hit in found:
            if hit.how != "french":
                continue
            body = hit.body
            if body.kind not in _NEVER_KEPT and body.level != "federal":
                continue  # Quebec agencies, unions, courts: English copy often keeps their French names
            if _GLOSS_BEFORE.search(text[max(0, s - 20) : s]) or text[e : e + 1] in (")", "»"):
                continue
            if text.startswith(" (", e):
                continue  # "the … (DPCP)": introduced on purpose, with its acronym
            yield ctx.finding(
                par, s, e,
                f"French name left untranslated; English copy calls it {body.english[0]}",
                suggestions=body.english,
                fix=Fix.unsafe("Use the English name", body.english[0]),
            )


@rule(
    "institutions/spun-name",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.8,
    triggers=(Phrases("spun name", FromPack("spun_firsts"), pack=PACK, ignorecase=False),),
    only_where_fired=True,  # it reads only the paragraphs where a trigger fired
)
def spun_name(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """An institution's English name with a word swapped for a synonym by a paraphrase tool.

    ## Why it matters
    Article spinners reword copy word by word and do not know that a name is fixed: the
    Bank of Canada becomes the "Financial institution of Canada", the Prime Minister's
    Office the "Prime Minister's Workplace", the cabinet a "cupboard". The result names no
    body at all. The names are the gazetteer's English forms (and a few parliamentary
    ones); the swaps are the pack's table of synonyms such tools use for their words. A
    one-word name ("cabinet") is checked only where its sentence or the one before is
    about government.

    ## Examples
    bad:  The [[Financial institution of Canada->Bank of Canada]] raised its key rate on Wednesday.
    bad:  Reporters waited outside the [[Prime Minister's Workplace->Prime Minister's Office]] on Monday.
    bad:  The bill must pass the [[Home and Senate->House and Senate]] before summer.
    bad:  The premier shuffled his [[cupboard->cabinet]] and named three new ministers.
    bad:  The minister was grilled during [[Query Interval->Question Period]] on Tuesday.
    good: The Bank of Canada raised its key rate on Wednesday.
    good: She is the largest financial institution of Canada's West, the report said.
    good: The minister said Canadians should work from home and Senate staff agreed.
    good: She kept the cups in a kitchen cupboard.
    good: The Prime Minister's Office said the workplace review was over.

    ## Fix safety
    Unsafe: the name replaces the reworded one; check it is the body meant.
    """
    gaz = ctx.data(PACK)
    if gaz.spun is None or not gaz.spun_firsts:
        return
    for par in ctx.fired_in(doc.paragraphs):  # the others hold no hit: nothing to try there
        text = par.text
        for s, e, name in phrase_matches(gaz.spun, par, ctx.hits(par, "spun name")):
            if " " not in name:
                a, b = jurisdiction.sentence_span(par, s, before=1)
                words = {w.casefold() for w in LETTER_RUN.findall(text[a:b])}
                if not words & gaz.spin_context:
                    continue  # "a kitchen cupboard": not the cabinet
            elif s > 0 and text[s - 1] in "-/":
                continue
            yield ctx.finding(
                par, s, e,
                f"“{text[s:e]}” looks like {name} reworded by a paraphrase tool",
                suggestions=(name,),
                fix=Fix.unsafe("Use the name", name),
            )


