"""Canadian provinces, legislatures and departments named as another country's would be.

Engines that learned politics from US and European text call a province a "state" (French
*l'État*, or a round trip through a language whose word for a federated unit is "state")
and a provincial legislature "Parliament" (French *le Parlement* for the National Assembly).
They also give Ottawa ministries and secretaries. All of it depends on the story:
`mtqa.jurisdiction` says which legislature it is about and whether it names another country.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import jurisdiction, pattern_cache
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, Scope, rule
from mtqa.segment import paragraph_matches
from mtqa.rules.institutions.analysis import TRIGGERS
from mtqa.rules.institutions.judgements import judged
from mtqa.rules.institutions.pack import PACK as INSTITUTIONS

# Patterns used inside rules, compiled once here (never at check time).
_NOT_PROVINCIAL_BEFORE = lazy(r"(?:[Mm]embers? of|federal|European|British|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|[’']s)\s+(?:the\s+)?$")
_CANADIAN_BEFORE = lazy(r"(?:Canada[’']s|Canadian)\s+(?:the\s+)?$")
_QUANTITY_AFTER = lazy(r"\s*(?:years?|days?|months?|weeks?|hours?|times|per\b|percent|%|ago|people|dollars|cents|km|kilomet)")

PACKS = (jurisdiction.PACK,)

_STATE = lazy(
    r"(?<![\p{L}-])(?:(?P<of>[Tt]he [Ss]tate of (?P<prov>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}))"
    r"|(?P<gov>[Ss]tate (?:government|governments|legislature|premier|election|capital|budget|police)s?)"
    r"|(?P<subj>[Tt]he state(?:[’']s)?)(?= (?:does|do|is|has|will|would|can|cannot|must|should|needs|requires|"
    r"did|was|had|could|may|might|also|already|still|now|alone)\b|[’']s))(?![\p{L}-])"
)
# a story that mentions another country with states: its "state" may be theirs
_STATES_ABROAD = lazy(
    r"\b(?:U\.S\.|US|United States|America|American|Americans|Washington|Australia|Australian|Germany|German|"
    r"India|Indian|Mexico|Mexican|Brazil|Brazilian|Nigeria|Nigerian|Malaysia|Malaysian|Texas|California|"
    r"New York|Florida|Ohio|Michigan|Minnesota|Maine|Vermont|Alaska|Montana|Idaho|Oregon)\b"
)


@rule(
    "institutions/province-as-state",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.75,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def province_as_state(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Canadian province called a "state" ("the state of Nova Scotia", "state government").

    ## Why it matters
    Canada has provinces and territories, not states; "the state government" in a story
    about Nova Scotia reads as a US story, or as MT.

    ## Examples
    bad:  Premier Jo Roy said [[the state of Nova Scotia->Nova Scotia]] would not need new powers.
    bad:  Two [[state government->provincial government]] orders were issued in New Brunswick.
    bad:  Manitoba's premier said [[the state->the province]] does not require the powers.
    good: Premier Jo Roy said Nova Scotia would not need new powers.
    good: The state of emergency in Alberta ended on Friday.
    good: Ohio's state government and Ontario signed a deal.
    good: Quebec's law on the secularism of the state is before the courts.

    ## Fix safety
    Display only: "the province" or the province's name, as the sentence reads.

    ## Known issues
    In Quebec coverage "the state" (l'État) is also the government in the abstract ("the
    religious neutrality of the state"), so a bare "the state" is not flagged there.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    if not st.by_province:
        return
    abroad = any(_STATES_ABROAD.search(p.text) for p in doc.paragraphs)
    main = st.province
    for par, m in paragraph_matches(doc.paragraphs, _STATE, "tate"):
        text = par.text
        if m.group("of"):
            words = m.group("prov").split()
            head = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                         if " ".join(words[:n]) in data.qualifiers), None)
            if head is None:
                continue
            start, end = m.start("of"), m.start("prov") + len(head)
            fix, confidence = head, 0.9
        else:
            if abroad:
                continue
            lo, hi = jurisdiction.sentence_span(par, m.start())
            scope = text[lo:hi]
            if not _names_a_province(scope, data):
                continue
            if m.group("gov"):
                start, end = m.span("gov")
                fix, confidence = "provincial " + m.group("gov").split(" ", 1)[1], 0.75
            else:
                if main is not None and main.code == "QC":
                    continue
                start, end = m.span("subj")
                fix, confidence = m.group("subj").replace("state", "province"), 0.65
        yield ctx.finding(
            par, start, end, "A Canadian province is not a state",
            fix=Fix.display_only("Call it a province", fix), confidence=confidence,
        )


def _names_a_province(text: str, data: jurisdiction.Legislatures) -> bool:
    """Whether a sentence names a province, its legislature or a provincial party."""
    # Through the pattern cache: a pack's qualifier's pattern is parsed once, not in every process
    if any(pattern_cache.compile(r"(?<![\p{L}.])" + regex.escape(q) + r"(?![\p{L}])").search(text)
           for q in data.qualifiers if len(q) > 2 and q[0].isupper() and q in text):
        return True
    return any(kind in ("name", "legislature", "party", "provincial") for _s, _e, (kind, _c) in data.signals.finditer(text))


_PARLIAMENT = lazy(r"(?<![\p{L}-])Parliament(?![\p{L}-])(?! Hill| [Bb]uildings?| of (?:Canada|the United))")


@rule(
    "institutions/parliament-for-legislature",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.7,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def parliament_for_legislature(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A provincial legislature called "Parliament" (French *le Parlement* for the National Assembly).

    ## Why it matters
    In Canadian English, Parliament sits in Ottawa. A story about the National Assembly or
    Queen's Park that says "Parliament" sends the reader to the wrong legislature.

    ## Examples
    bad:  The PQ and QS need 12 MNAs to be recognized in the National Assembly, and the work of [[Parliament->the National Assembly]] could stall.
    good: The PQ MNA spoke at the National Assembly; the Parliament Building was closed on Monday.
    good: Liberal MPs returned to Parliament as the National Assembly adjourned, CAQ MNAs said in Ottawa.
    good: The European Parliament met as the National Assembly sat, MNAs said.
    good: The Quebec Parliament, where the National Assembly sits, was lit up for MNAs.

    ## Fix safety
    Display only: the legislature's name depends on the province.
    """
    data = jurisdiction.data_of(ctx)
    st = ctx.analysis(jurisdiction.story_of)
    prov = st.province
    if not st.purely_provincial or prov is None:
        return
    fix = "the " + prov.legislature if prov.legislature.split()[0] in ("National", "Legislative", "House") else prov.legislature
    for par, m in paragraph_matches(doc.paragraphs, _PARLIAMENT, "Parliament"):
        text = par.text
        before = text[max(0, m.start() - 25) : m.start()]
        if _NOT_PROVINCIAL_BEFORE.search(before):
            continue
        if jurisdiction.qualifier_before(text, m.start(), data) or jurisdiction.of_after(text, m.end(), data):
            continue  # "the Quebec Parliament", "Parliament of Québec": the legislature's formal name
        yield ctx.finding(
            par, m.start(), m.end(),
            f"“Parliament” is the federal legislature; this story is about the {prov.legislature}",
            fix=Fix.display_only("Name the provincial legislature", fix),
        )


_NUMBERED_LEGISLATURE = lazy(r"(?<![\p{L}\d-])(\d{1,2}(?:st|nd|rd|th)) ([Ll]egislature)(?![\p{L}-])")
_LEGISLATURE_WORD = lazy(r"(?<![\p{L}-])legislatures?(?![\p{L}-])")


@rule(
    "institutions/legislature-for-parliament",
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.ALWAYS,
    packs=PACKS,
    confidence=0.7,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def legislature_for_parliament(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """Parliament called by a number and "legislature" (French *la 44e législature*).

    ## Why it matters
    Canada numbers its Parliaments: MPs sit in the 44th Parliament. A numbered legislature is
    a province's (Quebec's 43rd legislature) or a US state's; in a story about Ottawa, the
    French *législature* has been carried over word for word.

    ## Examples
    bad:  MPs return to Ottawa on Monday for the first sitting of the [[45th legislature->45th Parliament]].
    good: MPs return to Ottawa on Monday for the first sitting of the 45th Parliament.
    good: MNAs opened the 43rd legislature of the National Assembly in Quebec City; Ottawa sent greetings.
    good: The 88th Legislature met in Austin as Canadian officials watched.
    good: MPs in Ottawa watched Ontario's 44th legislature open at Queen's Park.

    ## Fix safety
    Safe in a federal story: only the word changes, the number stays.
    """
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian or st.abroad or not (st.federal or st.federal_weak):
        return  # a federal story about Canada alone
    data = jurisdiction.data_of(ctx)
    found = list(paragraph_matches(doc.paragraphs, _NUMBERED_LEGISLATURE, "egislature"))
    if not found:
        return
    words = sum(len(_LEGISLATURE_WORD.findall(p.text)) for p in doc.paragraphs if "legislature" in p.text)
    if st.provincial > words:
        return  # provincial politics beyond the word itself: the legislature may be a province's
    for par, m in found:
        lo, hi = jurisdiction.sentence_span(par, m.start())
        if _names_a_province(par.text[lo : m.start()] + " " + par.text[m.end() : hi], data):
            continue  # "Ontario's 44th legislature" (the word itself is a provincial signal)
        yield ctx.finding(
            par, m.start(), m.end(), "Canada's Parliaments are numbered: a numbered “legislature” is a province's",
            fix=Fix.safe("Call it Parliament", f"{m.group(1)} Parliament"),
        )


_PORTFOLIO = (
    r"(?:Health|Justice|Finance|Public Safety|Foreign Affairs|Immigration|Transport|Environment|Agriculture|"
    r"Industry|Labour|Employment|National Defence|Defence|Veterans Affairs|Fisheries|Natural Resources|"
    r"Indigenous Services|Canadian Heritage|Heritage|National Revenue|Housing|Infrastructure|Public Works|"
    r"Citizenship|International Trade|International Development|Innovation|Energy|Official Languages|"
    r"Emergency Preparedness|Northern Affairs|Crown-Indigenous Relations|Interior|Home Affairs)"
)
_MINISTRY = lazy(
    r"(?<![\p{L}-])(?:(?P<m1>Ministry of (?:the )?" + _PORTFOLIO + r")|(?P<m2>" + _PORTFOLIO + r" Ministry)"
    r"|(?P<s1>Secretary of (?:the )?" + _PORTFOLIO + r")|(?P<s2>" + _PORTFOLIO + r" Secretary)"
    r"|(?P<ag>Attorney[ -]General[’']s Department)|(?P<ho>Home Office))(?![\p{L}-])"
)
# words before "Secretary" that make it a Canadian post ("Parliamentary Secretary", "press secretary")
_SECRETARY_POSTS = lazy(
    r"(?:[Pp]arliamentary|[Pp]ress|[Pp]rincipal|[Dd]eputy|[Aa]ssistant|[Ee]xecutive|[Uu]nder|[Pp]ermanent|"
    r"[Aa]ssociate|[Cc]abinet)\s+$"
)


@rule(
    "institutions/foreign-style-ministry",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=(*PACKS, INSTITUTIONS),
    confidence=0.7,
    triggers=(*TRIGGERS, *jurisdiction.TRIGGERS),  # those of the family's judged analysis (the spans its
    # context rules flag) and of the story analysis
)
def foreign_style_ministry(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A federal department or minister named the way another country names its own.

    ## Why it matters
    Ottawa has departments and ministers: the Department of Justice and the Public Safety
    Minister, not a "Ministry of Justice" or a "Secretary of Public Safety" (nor an
    "Attorney General's Department" or a "Home Office"). In a story about federal politics
    that names no other country, the foreign form is the engine's.

    ## Examples
    bad:  The House of Commons passed the bill, and the [[Ministry of Justice->Department of Justice]] will draft the rules.
    bad:  Liberal MPs questioned the [[Secretary of Public Safety->Minister of Public Safety]] in the House of Commons.
    good: The House of Commons passed the bill, and the Department of Justice will draft the rules.
    good: The parliamentary secretary to the Minister of Health answered in the House of Commons.
    good: The House of Commons heard that Britain's Home Office had refused the request.
    good: Ontario's Ministry of Health told MPPs at Queen's Park that the plan was ready.

    ## Fix safety
    Display only: the department's exact name is the editor's to confirm.
    """
    st = ctx.analysis(jurisdiction.story_of)
    if st.abroad or st.provincial or not st.federal or st.by_province:
        return  # only a federal story that names no province's politics and no other country
    for par, m in paragraph_matches(doc.paragraphs, _MINISTRY, "inistry", "ecretary", "Department", "Office"):
        text = par.text
        if _CANADIAN_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # the institutions family's own rule judges a body qualified as Canada's
        if any(a < m.end() and m.start() < b for a, b in ctx.analysis(judged).flagged_in(par)):
            continue  # already judged by the institutions module's context rules
        kind = m.lastgroup
        body = m.group()
        if kind == "m1":
            fix = body.replace("Ministry of the ", "Department of ").replace("Ministry of ", "Department of ")
        elif kind == "m2":
            fix = body.replace("Ministry", "Department")
        elif kind in ("s1", "s2"):
            if _SECRETARY_POSTS.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            fix = body.replace("Secretary of the ", "Minister of ").replace("Secretary", "Minister")
        elif kind == "ag":
            fix = "Department of Justice"
        else:
            fix = "Public Safety Canada"
        yield ctx.finding(
            par, m.start(), m.end(), f"“{body}” is another country's style; Ottawa has departments and ministers",
            fix=Fix.display_only("Use the Canadian name", fix),
        )


_LAW_NUMBER = lazy(
    r"(?<![\p{L}-])(?:(?P<law>law) (?P<n>\d{1,3})(?![\d\p{L}])|(?P<project>[Ll]aw project|[Pp]roject of law|[Bb]ill of law)s?(?![\p{L}-]))"
)


@rule(
    "institutions/law-for-bill",
    category="Terminology/Wrong term",
    severity=Severity.MINOR,
    scope=Scope.DOCUMENT,
    fix=FixAvailability.SOMETIMES,
    packs=PACKS,
    confidence=0.75,
    triggers=jurisdiction.TRIGGERS,  # those of the story analysis it reads
)
def law_for_bill(doc, ctx: RuleContext) -> Iterator[RawFinding]:
    """A bill called a "law project" or "law 96" (French *projet de loi*, *loi 96*).

    ## Why it matters
    Canadian copy names legislation by its bill number (Bill 96, Bill C-11) and calls a
    draft law a bill; "law 96" and "the law project" are French word order and words.

    ## Examples
    bad:  The National Assembly will vote on [[law 96->Bill 96]] this week in Quebec City.
    bad:  The minister tabled a [[law project->bill]] in Quebec on Tuesday.
    good: The National Assembly will vote on Bill 96 this week in Quebec City.
    good: Quebec's Law 25 on privacy took effect in September.
    good: The law 20 years ago was different, a Quebec lawyer said.

    ## Fix safety
    Display only: the bill number may have changed once the bill became law.
    """
    st = ctx.analysis(jurisdiction.story_of)
    if not st.canadian:
        return
    for par, m in paragraph_matches(doc.paragraphs, _LAW_NUMBER, "law", "Law"):
        text = par.text
        if m.group("law"):
            after = text[m.end() : m.end() + 12]
            if _QUANTITY_AFTER.match(after):
                continue  # "the law 20 years ago": a number that is not the law's
            fix = f"Bill {m.group('n')}"
        else:
            fix = "bill" + ("s" if m.group().endswith("s") else "")
        yield ctx.finding(
            par, m.start(), m.end(), "Canadian copy names a bill by its number (French “loi”, “projet de loi”)",
            fix=Fix.display_only("Call it a bill", fix),
        )
