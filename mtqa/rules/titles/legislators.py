"""Titles of provincial politicians as translation from French leaves them.

French calls a premier and a prime minister both *premier ministre*, and an MNA, an MPP
and an MP all *député*. Translated Quebec coverage therefore has "Prime Minister Legault",
"PQ MP" and "the 90 deputies elected". Whether "Prime Minister" or "MP" is wrong depends on
whose legislature the story is about, which `mtqa.jurisdiction` reads from the whole
document (the ``legislatures`` pack: provincial legislatures, members' titles, parties).
"""

from __future__ import annotations

from typing import Iterator

from mtqa import jurisdiction
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.scan import Phrases
from mtqa.segment import paragraph_matches

PACKS = (jurisdiction.PACK,)


def _premier_form(m: regex.Match, next_is_name: bool) -> str:
    deputy, prime, _minister, plural = m.groups()
    capital = prime[0] == "P" and (next_is_name or (deputy or "").startswith("D"))
    word = ("Premier" if capital else "premier") + ("s" if plural else "")
    if deputy:
        word = deputy + " " + word
    return word


@rule(
    "titles/premier-as-prime-minister",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.8,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def premier_as_prime_minister(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A provincial premier called "Prime Minister" (French *premier ministre* covers both).

    ## Why it matters
    Canada has one prime minister and thirteen premiers. "Prime Minister François Roy" in a
    story about Quebec's National Assembly tells the reader the wrong government spoke.

    ## Examples
    bad:  The [[Prime Minister->premier]] of Nova Scotia said no blockade had been reported.
    bad:  Three Atlantic [[Prime Ministers->premiers]] met in Moncton on Friday.
    bad:  CAQ [[Prime Minister->Premier]] Jean Lapointe answered the opposition.
    bad:  The CAQ won 88 seats in the National Assembly. [[Prime Minister->Premier]] Jean Lapointe thanked the MNAs.
    bad:  Deputy [[Prime Minister->Premier]] Lise Caron sits for a riding in the National Assembly, where MNAs vote today.
    good: Prime Minister Justin Trudeau met the premiers in Ottawa.
    good: Premier Jean Lapointe told the National Assembly that the prime minister must act.
    good: Britain's prime minister called the National Assembly's vote a local matter.
    good: Israel's Prime Minister spoke to reporters.
    good: The prime minister answered questions in the House of Commons.
    good: MNAs in the National Assembly met a delegation from India; Prime Minister Narendra Modi sent greetings.
    bad:  Premier Jane Lapointe opened the session. Later, [[Prime Minister->Premier]] Lapointe set out her plans.
    bad:  The premier of Manitoba, Jane Lapointe, met farmers. [[Prime Minister->Premier]] Lapointe promised aid.
    good: Premier Jane Lapointe met Prime Minister Justin Trudeau, and Prime Minister Trudeau thanked Lapointe.
    good: Premier Jane Lapointe spoke first; Prime Minister Paul Ducharme of Belgium answered her.
    good: Deputy Premier Jane Lapointe spoke; the Premier League's owners met Prime Minister Mark Carney.

    ## Fix safety
    Display only: the editor confirms who is meant (a provincial story can quote the prime
    minister too).

    ## Known issues
    A bare "the prime minister" is flagged only in a story about a provincial legislature
    that never uses "premier" and names no prime minister of Canada; "Prime Minister" before a
    name anywhere once the story calls the same surname premier ("Premier Jane Roe",
    "the premier of Nova Scotia, Jane Roe").
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    for par, m in paragraph_matches(doc.paragraphs, jurisdiction.PRIME_MINISTER, "rime"):
        name = jurisdiction.name_after(par.text, m.end())
        confidence = _premier_confidence(par.text, m, name, data, st)
        if confidence is None:
            continue
        fix = _premier_form(m, name is not None)
        fix = fix.split(" ", 1)[1] if m.group(1) else fix
        yield ctx.finding(
            par, m.start(2), m.end(),
            "A provincial premier is not a prime minister (French “premier ministre” covers both)",
            fix=Fix.display_only("Call the provincial head of government premier", fix),
            confidence=confidence,
        )


def _premier_confidence(text: str, m: regex.Match, name: str | None, data: jurisdiction.Legislatures,
                        st: jurisdiction.Story) -> float | None:
    """How sure a "Prime Minister" at `m` (with the `name` after it) is a provincial premier;
    None when it is not one: Canada's prime minister named, a foreign country qualifying the
    title, or a story that gives no reason to read it as provincial."""
    if data.is_federal_pm(name):
        return None
    # "Deputy Prime Minister" is qualified by what comes before "Deputy"
    q = jurisdiction.qualifier_before(text, m.start(), data)
    after = jurisdiction.of_after(text, m.end(), data)
    if (q and q[0] == "foreign") or (after and after[0] == "foreign"):
        return None
    if (q and q[0] == "province") or (after and after[0] == "province"):
        return 0.9
    if name is not None and not m.group(1) and jurisdiction.surname(name) in st.premier_surnames:
        return 0.9  # the story itself calls this person premier
    if st.is_provincial and not st.premier_used and not st.federal_pm_named and st.federal == 0 and (
        not st.abroad or name is None
    ):
        return 0.75
    return None


_PREMIER_TITLE = lazy(r"(?<![\p{L}-])([Pp]remier)(?![\p{L}-])")
_FIRST_MINISTER = lazy(r"(?<![\p{L}-])((?:[Ff]irst|[Pp]remier) [Mm]inister)(?![\p{L}-])(?!s|[’']s)")
# after "premier" the noun ends: punctuation, a name, or a verb ("Canada's premier said")
_HEAD_NOUN_END = lazy(
    r"(?:\s*[,.;:)”\"]|\s+\p{Lu}|\s+(?:said|says|has|had|is|was|will|would|met|announced|spoke|told|called|"
    r"wants|visited|arrived|insisted|added|urged|promised|declined|refused)\b)"
)
_UK_NATIONS = ("Scotland", "Scottish", "Wales", "Welsh", "Northern Ireland", "Holyrood", "Senedd", "Stormont")
_UK_FIRST_MINISTERS = lazy(r"\b(?:" + "|".join(_UK_NATIONS) + r")\b")


@rule(
    "titles/prime-minister-as-premier",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.85,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def prime_minister_as_premier(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Canada's prime minister called "Premier", or either called "first minister".

    ## Why it matters
    *Premier ministre* is both titles in French, and "first minister" is the word for word
    rendering of it. "Premier Mark Carney" or "Canada's premier" demotes the prime minister
    to a province; "the first minister" is not a Canadian title (the first ministers, in the
    plural, are the prime minister and the premiers together).

    ## Examples
    bad:  [[Premier->Prime Minister]] Justin Trudeau met the premiers in Halifax.
    bad:  Canada's [[premier->prime minister]] spoke at the G7 summit.
    bad:  The National Assembly sat late and the CAQ's MNAs waited for [[the first minister->the premier]].
    bad:  The House of Commons rose after [[the Premier Minister->the prime minister]] left for Ottawa.
    good: Premier Doug Ford met Prime Minister Justin Trudeau in Ottawa.
    good: The first ministers' meeting opened in Ottawa on Monday.
    good: China's Premier Li Qiang met Canada's trade minister.
    good: Canada's premier hockey league opened its season in Quebec.
    good: Scotland's First Minister met Canadian officials in Ottawa.

    ## Fix safety
    Display only: the editor confirms which office the person holds.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    uk = any(_UK_FIRST_MINISTERS.search(p.text) for p in doc.paragraphs if any(map(p.text.__contains__, _UK_NATIONS)))
    for par in doc.paragraphs:
        if "remier" in par.text:
            yield from _federal_premiers(par, data, ctx)
        if "inister" in par.text and not uk:  # a story about the UK has first ministers of its own
            yield from _first_ministers(par, st, ctx)


def _federal_premiers(par, data: jurisdiction.Legislatures, ctx: RuleContext) -> Iterator[RawFinding]:
    """"Premier" before Canada's prime minister's name, or qualified as Canada's ("Canada's
    premier", "the premier of Canada") where it is the noun, not the adjective."""
    text = par.text
    for m in list(_PREMIER_TITLE.finditer(text, timeout=1.0)):
        q = jurisdiction.qualifier_before(text, m.start(), data)
        after = jurisdiction.of_after(text, m.end(), data)
        federal = data.is_federal_pm(jurisdiction.name_after(text, m.end()))
        canada = (q is not None and q[1] in ("Canada's", "Canada’s", "Canadian", "federal")) or (
            after is not None and after[1].startswith("Canada"))
        if not (federal or canada):
            continue
        if canada and not federal and not _HEAD_NOUN_END.match(text, m.end()):
            continue  # "Canada's premier destination": the adjective
        cap = m.group(1)[0] == "P" and federal
        fix = "Prime Minister" if cap else "prime minister"
        yield ctx.finding(
            par, m.start(), m.end(), "Canada's head of government is the prime minister, not a premier",
            fix=Fix.display_only("Call the federal head of government prime minister", fix),
        )


def _first_ministers(par, st: jurisdiction.Story, ctx: RuleContext) -> Iterator[RawFinding]:
    """"(the) first minister" or "(the) premier minister", with "the" in the span: the premier
    in a provincial story, else the prime minister."""
    text = par.text
    for m in list(_FIRST_MINISTER.finditer(text, timeout=1.0)):
        start = m.start()
        if text[max(0, start - 4) : start] in ("the ", "The "):
            start -= 4
        word = "premier" if st.is_provincial else "prime minister"
        fix = (text[start:start + 4] + word) if start < m.start() else word
        yield ctx.finding(
            par, start, m.end(), f"“{m.group(1)}” is French (premier ministre) word for word",
            fix=Fix.display_only("Use the English title", fix), confidence=0.75,
        )


_MP = lazy(r"(?<![\p{L}-])(?:(MPs?)|([Mm]embers?) of [Pp]arliament)(?![\p{L}-])")


@rule(
    "titles/provincial-member-as-mp",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.75,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def provincial_member_as_mp(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A member of a provincial legislature called an MP (French *député* covers both).

    ## Why it matters
    MPs sit in the House of Commons. Quebec's legislators are MNAs, Ontario's MPPs, the
    others' MLAs (MHAs in Newfoundland and Labrador); "PQ MP" puts a provincial party in
    Parliament.

    ## Examples
    bad:  The Parti Québécois [[MP->MNA]] for Matane asked a question in the National Assembly.
    bad:  PQ [[MPs->MNAs]] voted against the bill.
    bad:  The CAQ holds 88 seats in the National Assembly. Liberal [[MP->MNA]] Anne Roy voted against it.
    good: The PQ MNA for Matane asked a question in the National Assembly.
    good: Liberal MP Anne Roy said the bill would pass the House of Commons.
    bad:  Quebec's hospitals are full, Quebec nurses say, and Liberal [[MP->MNA]] Jo Roy blamed the Quebec health minister.
    good: Incumbent MPP Jane Roe held the seat; Liberal MP John Doe campaigned in Ottawa.
    good: Quebec's hospitals are full, Quebec nurses say, and Liberal MP Jo Roy asked the federal health minister for help.
    good: Bloc Québécois MP Luc Roy spoke at the National Assembly on Friday.
    good: The CAQ has 88 seats in the National Assembly, and Conservative MP Jo Roy backed its bill.
    good: Quebec Liberals chose former MP Jo Roy as leader; the CAQ holds 88 seats in the National Assembly.
    bad:  Quebec Liberals chose former PQ [[MP->MNA]] Jo Roy as critic; the CAQ holds 88 seats in the National Assembly.
    bad:  MPPs returned to Queen's Park as the Ontario legislature resumed. PC [[MP->MPP]] Jane Roe voted no.
    good: MPPs returned to Queen's Park as the Ontario legislature resumed. Former PC MP Joe Roy, once in Ottawa, watched.
    good: The House of Commons sat in Ottawa, and PC MP Jane Roe voted in 1988.
    good: Quebec Premier Jean Roy spoke at the National Assembly. Independent MP Jane Roe, who left the Conservative caucus, criticized him.
    bad:  Quebec Premier Jean Roy spoke on Tuesday. Independent [[MP->MNA]] Jane Roe, who left the CAQ caucus, voted against the bill in the National Assembly.
    bad:  Jane Roe left the CAQ and sits as an independent MNA. On Tuesday, independent [[MP->MNA]] Roe voted against the Quebec bill, and Premier Jean Roy answered.
    good: Quebec Liberals will pick a leader in the spring. Chomedey MNA Jane Roe and Laval MNA Luc Roy, as well as independent MP Jo Doe, are said to be interested.

    ## Fix safety
    Display only: the story may name a federal MP too; the editor confirms who sits where.

    ## Known issues
    An "independent MP" belongs to no party that places them, and a story about a province
    often quotes a federal member from it: it is flagged only where its sentence names a
    provincial legislature or party (and nothing federal), or where the story calls its
    independents MNAs, MPPs or MLAs. Other members called MNAs in the same sentence tell the
    "MP" apart rather than place it.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, m in paragraph_matches(doc.paragraphs, _MP, "MP", "arliament"):
        placed = _provincial_member(doc, par, m, data, st)
        if placed is None:
            continue
        confidence, prov = placed
        plural = (m.group(1) or "").endswith("s") or (m.group(2) or "").endswith("s")
        title = (prov.member if prov else st.member_title()) + ("s" if plural else "")
        yield ctx.finding(
            par, m.start(), m.end(),
            f"A member of a provincial legislature is not an MP; this one is an {title}",
            fix=Fix.display_only("Use the provincial member's title", title),
            confidence=confidence,
        )


def _provincial_member(doc, par, m: regex.Match, data: jurisdiction.Legislatures, st: jurisdiction.Story):
    """(confidence, province or None) when the "MP" at `m` sits in a provincial legislature, by
    the words before it (a provincial party, "PC", "independent") or by the story; None when
    it is, or may be, a federal member (a federal party, "former")."""
    text = par.text
    before = text[max(0, m.start() - 30) : m.start()]
    q = jurisdiction.qualifier_before(text, m.start(), data)
    if q is not None and q[0] == "province" and _party_before(text, m.start(), data):
        return 0.9, data.provinces.get(q[1])
    if (pc := _PC_BEFORE.search(before)) and _province_with_pcs(st, data):
        # the Progressive Conservatives sit only in provincial legislatures since 2003: a
        # "PC MP" in a story about a province that has them is one of its members
        if _FORMER_BEFORE.search(before[: pc.start()]):
            return None  # "former PC MP": a past seat, maybe in the Commons
        return 0.75, st.province
    if _FEDERAL_PARTY_BEFORE.search(before):
        return None  # "Conservative MP", "Bloc MP": a federal member, whatever the story
    if _UNAFFILIATED_BEFORE.search(before):
        # "independent MP": no party places the member, and a story about a province often
        # quotes an MP from it; only this sentence or the story's own title for independents can
        return (0.75, st.province) if _sits_provincially(doc.paragraphs, par, m.start(), data) else None
    if _FORMER_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return None  # "former MP Jo Roy": a past seat, often in the Commons, says nothing of this story's
    if st.purely_provincial and st.province is not None and st.province.french:
        return 0.75, st.province
    if _only_french_province(st) and st.federal == 0 and st.federal_weak == 0 and not st.federal_pm_named:
        return 0.6, st.province  # a story about Quebec alone that never mentions federal politics
    return None


_FEDERAL_PARTY_BEFORE = lazy(
    r"(?:Conservative|Tory|Bloc|Bloc Québécois|Bloc Quebecois|NDP|New Democrat|New Democratic|Green|federal)\s+$"
)


_FORMER_BEFORE = lazy(r"(?<![\p{L}-])(?:[Ff]ormer|[Ee]x-|[Oo]ne-?time|[Rr]etired|[Ll]ongtime former)\s*$")


# a member sitting for no party ("independent MP", "non-affiliated MP")
_UNAFFILIATED_BEFORE = lazy(r"(?<![\p{L}-])(?:[Ii]ndependent|[Uu]naffiliated|[Nn]on-?affiliated|[Nn]on-attached)\s+$")
# the story's own title for a provincial independent ("independent MNA"): the "MP" beside it is a slip
_PROVINCIAL_INDEPENDENT = lazy(r"(?<![\p{L}-])[Ii]ndependent\s+(?:MNA|MPP|MLA|MHA)s?(?![\p{L}-])")
# A provincial legislature named in the member's sentence places them there. Another member's
# title does not: a sentence that calls two people MNAs and the third an MP tells them apart.
_SEAT_LEGISLATURES = frozenset({"legislature", "legislatures", "provincial legislature"})


def _sits_provincially(pars, par, pos: int, data: jurisdiction.Legislatures) -> bool:
    """Whether an unaffiliated "MP" at `pos` sits in a provincial legislature, by its own words:
    its sentence names a provincial legislature or a provincial party and nothing federal, or
    the story calls its independents MNAs, MPPs or MLAs.
    """
    lo, hi = jurisdiction.sentence_span(par, pos)
    seat = False
    for start, end, (kind, _code) in jurisdiction.scan(data.signals, data.signal_firsts, par):
        if not lo <= start < hi:
            continue
        if kind == "federal":
            return False  # "independent MP ... in the House of Commons"
        seat = seat or kind in ("legislature", "party") or par.text[start:end] in _SEAT_LEGISLATURES
    return seat or any(_PROVINCIAL_INDEPENDENT.search(p.text) for p in pars if "ndependent" in p.text)


_PC_BEFORE = lazy(r"(?<![\p{L}-])(?:PC|Progressive Conservative)\s+$")


def _province_with_pcs(st: jurisdiction.Story, data: jurisdiction.Legislatures) -> bool:
    """The story is about one province's politics, and that province has a Progressive Conservative party."""
    prov = st.province
    return st.is_provincial and prov is not None and any(
        code == prov.code and ("Progressive Conservative" in party or party.endswith(("PC", "PCs")))
        for party, code in data.party_of.items()
    )


def _only_french_province(st: jurisdiction.Story) -> bool:
    """The story names one province, often (three times or more), and it is a French-speaking one."""
    prov = st.province
    return prov is not None and prov.french and len(st.by_province) == 1 and st.by_province[prov.code] >= 0.75


def _party_before(text: str, pos: int, data: jurisdiction.Legislatures) -> bool:
    head = text[max(0, pos - 50) : pos].rstrip()
    return any(head.endswith(p) for p in data.party_of)


_DEPUTY = lazy(r"(?<![\p{L}-])([Dd]eput(?:y|ies))(?![\p{L}-])")
# Words that qualify a title between "deputy" and its head ("deputy grand council chief", "deputy
# regional chief"): the head makes the whole a second-in-command's title.
_TITLE_MODIFIERS = r"(?:grand|council|regional|national|district|tribal|interim|acting|associate|assistant|executive|senior)"
_MODIFIED_HEAD = lazy(rf"(?:[ \t]+{_TITLE_MODIFIERS}){{1,3}}[ \t]+(?:chiefs?|chairs?|leaders?|heads?|directors?|ministers?)\b", regex.IGNORECASE)
# A deputy's rank already named earlier in the paragraph ("deputy chiefs … the single deputy").
_RANK_BEFORE = lazy(rf"(?<![\p{{L}}-])[Dd]eput(?:y|ies)(?:[ \t]+{_TITLE_MODIFIERS}){{0,3}}[ \t]+(?:chiefs?|chairs?|leaders?|heads?|directors?|ministers?|mayors?|speakers?)\b")
# "deputy of Matane", "deputy for Laval": a riding after the word makes it a legislator.
_OF_PLACE = lazy(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}")
_NEXT_WORD = lazy(r"[ \t]+([\p{L}’']+)")
# words "deputy" modifies as an adjective ("deputy minister", "deputy chief"): the title is right
_HEADS = frozenset("""
minister ministers premier premiers prime chief chiefs director directors leader leaders mayor mayors speaker
commissioner commissioners head heads governor governors sheriff sheriffs editor editors manager managers
attorney attorneys secretary secretaries registrar returning general chair chairs chairman chairwoman
chairperson principal superintendent warden coroner ombudsman auditor clerk clerks commander commanders
officer officers critic critics whip whips house government minister's chief's leader's inspector inspectors
marshal marshals administrator administrators executive executives lieutenant president presidents
vice mp mps mla mlas mna mnas mpp mpps fire police judge judges justice justices ceo cfo coo cio cto
assistant coach coaches treasurer curator ombudsperson headmaster governor-general auditor-general
""".split())


@rule(
    "titles/legislator-as-deputy",
    category="Terminology/Wrong term",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.8,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def legislator_as_deputy(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Canadian legislators called "deputies" (French *député*: an MP, MNA, MPP or MLA).

    ## Why it matters
    In Canadian English a deputy is a second-in-command (deputy minister, deputy chief);
    "the 90 deputies elected" or "the deputy of Matane" is French seen through English.

    ## Examples
    bad:  The CAQ elected 88 [[deputies->MNAs]] to the National Assembly.
    bad:  The [[deputy->MNA]] of Matane spoke at the National Assembly on Friday.
    bad:  Three Liberal [[deputies->MPs]] crossed the floor of the House of Commons.
    good: Deputy Premier Lise Caron spoke at the National Assembly.
    good: The deputy minister of health told the National Assembly committee.
    good: The deputy NDP leader and the deputy CEO of Hydro-Québec spoke to the National Assembly.
    good: Sheriff's deputies in Ohio arrested two men.
    good: French deputies in Paris voted on the pension bill.
    good: Canada's envoy watched as the Chamber of Deputies voted; deputies who abstained were named.
    good: Ottawa condemned the vote. Iraqi lawmakers met, and 170 deputies in the chamber voted for it.
    good: The assembly of First Nations chiefs met in Ottawa. Two regional deputy grand chiefs co-chaired it.
    good: The chiefs met in Ottawa; three deputy grand council chiefs now sit where one deputy sat before.
    bad:  The deputy minister met the [[deputy->MNA]] of Matane after the National Assembly vote.
    bad:  The deputy chiefs met; 40 [[deputies->MNAs]] of the National Assembly voted on Friday.

    ## Fix safety
    Display only: which title fits depends on the legislature, which the editor confirms.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, m in paragraph_matches(doc.paragraphs, _DEPUTY, "eput"):
        text = par.text
        if _rank_or_officer(text, m):
            continue
        pw = _previous_word(text, m.start())
        q = jurisdiction.qualifier_before(text, m.start(), data)
        if q and q[0] == "foreign" and pw not in ("federal", "Canadian", "Canada's"):
            continue  # "French deputies", "Russia's deputies"
        if data.foreign_near(par, m.start()):
            continue  # "Iraqi lawmakers met. Ninety deputies voted": another country's legislature
        title = _legislator_title(st, q, data)
        if title is None:
            continue
        title += "s" if m.group(1).endswith("ies") else ""
        yield ctx.finding(
            par, m.start(), m.end(),
            f"“{m.group(1)}” is a French title (député); Canadian legislators are {title if title.endswith('s') else title + 's'}",
            fix=Fix.display_only("Use the legislator's title", title),
        )


def _rank_or_officer(text: str, m) -> bool:
    """Whether the words around "deputy" make it a second-in-command, a rank or another country's officer."""
    nxt = _NEXT_WORD.match(text, m.end())
    nword = nxt.group(1) if nxt else ""
    if nword.lower() in _HEADS:
        return True
    if _MODIFIED_HEAD.match(text, m.end()):
        return True  # "deputy grand council chiefs", "deputy regional chief": a title's modifiers, then its head
    if m.group(1).lower() == "deputy" and _RANK_BEFORE.search(text, 0, m.start()) and not _OF_PLACE.match(text, m.end()):
        return True  # "three deputy chiefs where one deputy sat": the bare word names the rank already named
    nxt2 = _NEXT_WORD.match(text, nxt.end()) if nxt and nword[:1].isupper() else None
    if nxt2 and nxt2.group(1).lower() in _HEADS:
        return True  # "deputy NDP leader", "deputy RCMP commissioner"
    if nword and nword[0].isupper() and m.group(1)[0] == "D" and m.start() > 0 and not _sentence_start(text, m.start()):
        return True  # "Deputy Smith" as a capitalised title mid-sentence: a rank, not a calque
    pw = _previous_word(text, m.start())
    if pw.lower().startswith("sheriff") or pw.lower() in ("county", "u.s.", "us", "american"):
        return True
    # another country's lower house
    return text[max(0, m.start() - 12) : m.start()].lower().endswith(("chamber of ", "congress of "))


def _previous_word(text: str, pos: int) -> str:
    """The word just before `pos` (within 30 characters), without quotes, brackets or a comma."""
    prev = text[max(0, pos - 30) : pos].split()
    return prev[-1].strip("“”\"(,") if prev else ""


def _legislator_title(st, q, data) -> str | None:
    """What the story's legislators are called: the province's member title, "MP", or None when unsure."""
    if st.is_provincial or (st.provincial and not st.federal):
        prov = data.provinces.get(q[1]) if q and q[0] == "province" and q[1] else st.province
        return prov.member if prov else "member"
    if st.federal or st.federal_weak:
        return "MP"
    return None


def _sentence_start(text: str, pos: int) -> bool:
    head = text[:pos].rstrip()
    return not head or head[-1] in ".!?:“\"\n"


_HONORIFIC_NAME = lazy(
    r"(?<![\p{L}.])((?:Mr|Mrs|Ms)\.?)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+\p{Lu}[\p{L}’'\-]*\p{L}"
)
# words after a courtesy title that make it a form of address, not a first name ("Mr. Justice Roy")
_NOT_FIRST_NAMES = frozenset({"Justice", "Speaker", "President", "Chairman", "Chair", "Premier", "Minister",
                              "Prime", "Mayor", "Deputy", "Chief", "Commissioner", "Big", "Right"})


@rule(
    "titles/honorific-before-full-name",
    triggers=(Phrases("courtesy title", ("Mr", "Ms"), ignorecase=False, boundary="none"),),
    category="Style/Company style",
    severity=Severity.MINOR,
    scope=Scope.PARAGRAPH,
    fix=FixAvailability.ALWAYS,
    confidence=0.7,
)
def honorific_before_full_name(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """A courtesy title before a full name ("Mr. Jean Roy"), as French copy writes "M. Jean Roy".

    ## Why it matters
    English news copy names a person in full without a courtesy title and, in the styles
    that use one at all, puts it before the surname alone on later references ("Mr. Roy").
    "the Minister of Education, Mr. Jean Roy," is French protocol carried over.

    ## Examples
    bad:  The Minister of Education, [[Mr. ->]]Jean-Marc Roy, announced the plan.
    bad:  The premier, [[Ms. ->]]Lucie Caron, spoke first.
    good: J. M. Coetzee met M. Night Shyamalan.
    good: Education Minister Jean-Marc Roy announced the plan. Mr. Roy said it was ready.
    good: Mr. Justice Paul Roy wrote for the court.
    good: Ms. St-Pierre declined to comment.
    good: Mr. St-Onge Lavoie criticized the plan.

    ## Fix safety
    Unsafe: removing the title is right for English news copy, but a quotation or a formal
    document may keep it; the editor confirms.
    """
    text = par.text
    if "M" not in text:
        return
    for m in list(_HONORIFIC_NAME.finditer(text, timeout=1.0)):
        if m.group(2) in _NOT_FIRST_NAMES or m.group(2).startswith(("St-", "Ste-", "Saint-", "Sainte-")):
            continue  # a form of address, or a compound surname ("Mr. St-Onge Roy")
        start, end = m.start(1), m.start(2)
        yield ctx.finding(
            par, start, end, "Courtesy title before a full name (a French convention)",
            fix=Fix.unsafe("Drop the courtesy title", ""),
        )


_CHIEF = lazy(r"(?<![\p{L}-])([Cc]hief)(?![\p{L}-])")
_CHIEF_OF_PARTY = lazy(r"[ \t]+of[ \t]+the[ \t]+(\p{Lu}[\p{L}’'\-]*(?:[ \t]+\p{Lu}[\p{L}’'\-]*){0,3})")


@rule(
    "titles/party-chief",
    category="Terminology/Wrong term",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.75,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def party_chief(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A party leader called its "chief" (French *chef du parti*).

    ## Why it matters
    Canadian copy calls the head of a party its leader; "the PQ chief" or "the chief of the
    Liberal Party" is the French word carried over (and a chief of staff is someone else).

    ## Examples
    bad:  The CAQ won in Quebec, and the PQ [[chief->leader]] conceded on Monday.
    bad:  In Quebec, the [[chief->leader]] of the Parti Québécois spoke first.
    good: The PQ leader conceded on Monday in Quebec.
    good: The Liberal chief of staff resigned in Ottawa.
    good: The Liberal chief whip said the Commons would sit late.
    good: Quebec's police chief spoke to the National Assembly.

    ## Fix safety
    Display only: "leader" is the usual word; the editor confirms it is the party's leader.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, m in paragraph_matches(doc.paragraphs, _CHIEF, "hief"):
        text = par.text
        of = _CHIEF_OF_PARTY.match(text, m.end())
        if of:
            party = of.group(1)
            if not (_is_party(party, data) or party.split()[0] in _PARTY_WORDS):
                continue
        else:
            before = text[max(0, m.start() - 40) : m.start()].rstrip()
            last = before.split()[-1] if before.split() else ""
            if not (last in _PARTY_WORDS or _is_party(last, data) or any(before.endswith(p) for p in data.party_of)):
                continue
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1).lower() in _POSTS:
                continue  # "Liberal chief whip", "chief of staff": another post
        yield ctx.finding(
            par, m.start(), m.end(), "A party's head is its leader (French “chef”)",
            fix=Fix.display_only("Call the party's head its leader", "Leader" if m.group(1)[0] == "C" else "leader"),
        )


# words after "chief" that make it another post ("chief whip", "chief of staff")
_POSTS = frozenset("""
of whip whips executive organizer organiser strategist spokesperson spokesman spokeswoman economist negotiator
electoral financial operating medical justice public fundraiser returning agent scientist technology information
digital operations administrative administrator commercial investment adviser advisor counsel clerk inspector
superintendent constable officer officers editor correspondent executive's whip's
""".split())

# party names and adjectives that make "chief" a party's head
_PARTY_WORDS = frozenset({"Liberal", "Liberals", "Conservative", "Conservatives", "Tory", "NDP", "Bloc", "Green",
                          "PQ", "CAQ", "QS", "PLQ", "UCP", "Party", "Parti"})


def _is_party(name: str, data: jurisdiction.Legislatures) -> bool:
    return name in data.party_of or name in ("Liberal Party", "Conservative Party", "New Democratic Party", "Bloc Québécois")


_PRESIDENT_NAME = lazy(r"(?<![\p{L}-])President(?= (?:\p{Lu}\.? )?\p{Lu}[\p{L}\p{M}’'\-]+)")


@rule(
    "titles/speaker-as-president",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.6,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def speaker_as_president(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A legislature's Speaker called its "President" (French *président de l'Assemblée*).

    ## Why it matters
    The presiding officer of a Canadian legislature is its Speaker. "President Luc Roy ruled
    that the PQ keeps its status in the National Assembly" tells the reader nothing a
    Canadian would recognise.

    ## Examples
    bad:  [[President->Speaker]] Luc Roy ruled on Wednesday that the PQ keeps its seats in the National Assembly, where MNAs sat late.
    good: Speaker Luc Roy ruled on Wednesday that the PQ keeps its seats in the National Assembly, where MNAs sat late.
    good: CSN President Luce Roy told the National Assembly committee that MNAs must act.
    good: The MNAs of the National Assembly met French President Emmanuel Macron.

    ## Fix safety
    Display only: the editor confirms the person presides over the legislature.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.is_provincial or st.abroad or st.federal:
        return
    for par, m in paragraph_matches(doc.paragraphs, _PRESIDENT_NAME, "President"):
        text = par.text
        before = text[max(0, m.start() - 30) : m.start()].rstrip()
        last = before.split()[-1] if before.split() else ""
        if last[:1].isupper() and not _sentence_start(text, m.start()):
            continue  # "CSN President", "French President": someone else's president
        lo, hi = jurisdiction.sentence_span(par, m.start())
        scope = text[lo:hi]
        if not any(kind == "legislature" for _s, _e, (kind, _c) in data.signals.finditer(scope)):
            continue
        yield ctx.finding(
            par, m.start(), m.end(), "The presiding officer of a Canadian legislature is its Speaker",
            fix=Fix.display_only("Call the presiding officer the Speaker", "Speaker"),
        )


_PORTFOLIOS = (
    r"Health|Health and Social Services|Justice|Education|Higher Education|Culture|Immigration|Finances?|"
    r"Transports?|Agriculture|Energy|Tourism|Labour|Labor|Employment|Public Security|Public Safety|Defence|"
    r"National Defence|Housing|Municipal Affairs|International Relations|Foreign Affairs|Indigenous Affairs|"
    r"Natural Resources|Forests|Fisheries|Seniors|Families|Sports?"
)
_ARTICLE_PORTFOLIO = lazy(
    r"(?<![\p{L}-])([Mm]inist(?:er|ry|ers)|[Dd]epartment) of (the) (?:" + _PORTFOLIOS + r")(?![\p{L}-])"
)
_HALF_CAPITAL = lazy(r"(?<=[\p{Ll}\p{N},;:] )((?:Deputy p|P)rime minister|Deputy premier)(?![\p{L}-])")


@rule(
    "titles/french-order-title",
    triggers=(Phrases("title stem", ("inist", "epartment", "rime minister", "eputy premier"), ignorecase=False, boundary="none"),),
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    scope=Scope.PARAGRAPH,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def french_order_title(par, ctx: RuleContext) -> Iterator[RawFinding]:
    """A title shaped by French: an article before the portfolio, or French capitals.

    ## Why it matters
    *Ministre de la Santé* becomes "Minister of the Health" word for word, and *Premier
    ministre* keeps its French capitals as "Prime minister". English copy writes Minister of
    Health (or Health Minister) and prime minister (Prime Minister before a name).

    ## Examples
    bad:  The Minister [[of the Health->of Health]] announced the plan.
    bad:  She spoke to the minister [[of the Public Security->of Public Security]] on Monday.
    bad:  The agreement was signed by the [[Prime minister->prime minister]] on Friday.
    good: The Minister of Health announced the plan.
    good: The Minister of the Environment and the minister of the French language spoke.
    good: Prime minister for nine years, he retired in 1984.

    ## Fix safety
    Safe: only an article or a letter's case changes.
    """
    text = par.text
    if "inist" in text or "epartment" in text:
        for m in list(_ARTICLE_PORTFOLIO.finditer(text, timeout=1.0)):
            start = m.start(2) - 3  # " of the" → keep "of", drop "the "
            rest = text[m.end(2) + 1 : m.end()]
            yield ctx.finding(
                par, start, m.end(), "An article before the portfolio (French “ministre de la …”)",
                fix=Fix.safe("Drop the article", "of " + rest),
            )
    if "rime minister" in text or "eputy premier" in text:
        for m in list(_HALF_CAPITAL.finditer(text, timeout=1.0)):
            title = m.group(1)
            name_next = jurisdiction.name_after(text, m.end()) is not None
            fixed = title.title() if name_next else title.lower()
            yield ctx.finding(
                par, m.start(1), m.end(1), "Title capitalised the French way (Premier ministre)",
                fix=Fix.safe("Capitalise the title the English way", fixed),
            )
