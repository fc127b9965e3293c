"""Titles before a name in the forms translated copy gives them.

French writes *le premier ministre Justin Trudeau* and *le ministre de la Santé Christian
Dubé*; an engine keeps the article and the long form: ``The Prime Minister Justin Trudeau``,
``the Minister of Health Christian Dubé``. Canadian news style puts a short title, with no
article, straight before a name (*Prime Minister Justin Trudeau*, *Health Minister Christian
Dubé*) and sets a long formal title after the name, between commas. Both patterns need a full
name (first and last) right after the title, so "the prime minister said" and "the Minister
of Health, Christian Dubé," stay quiet.
"""

from __future__ import annotations

from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import Option, RawFinding, RuleContext, Status, rule
from mtqa.scan import LOWER, UPPER, Pattern, Phrases
from mtqa.segment import Paragraph

TIMEOUT = 0.5  # seconds per paragraph scan

# Capitalised words that make a pair a thing's name, not a person's: "Premier League".
_THING = r"(?:League|Cup|Hotel|Building|Centre|Center|Street|Avenue|Award|Prize|Trophy|Park|Office|Council)"
# A first and a last name: "Justin Trudeau", "Jean-François Roberge", "Alexandre de Moraes".
_FULL_NAME = (
    rf"(?P<name>(?!{_THING}\b)\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)? (?:(?:de|du|des|van|von|di|da|le|la) )?"
    r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\b"
)
_NOT_A_PERSON = rf"(?! {_THING}\b)"

_ARTICLE_TITLE = pattern_cache.compile(
    r"\b(?P<art>[Tt]he) (?P<title>Prime Minister|Deputy Prime Minister|Premier|President|Mayor|Chancellor|"
    r"Governor General|Governor|Senator|Chief Justice|Opposition Leader|(?:Deputy |Finance |Health |Foreign |"
    r"Defence |Justice |Immigration |Transport |Education |Environment |Public Safety |Labour |Industry )?Minister) "
    + _FULL_NAME + _NOT_A_PERSON
)

# The same slip with the title qualified by a place, a party or a body ("The Quebec Green Party
# Leader Ann Roy", "the Ontario Finance Minister Ann Roy"): one to four capitalised words, not
# a thing's name, then a title and a full name.
_QUALIFIED_ARTICLE_TITLE = pattern_cache.compile(
    r"\b(?P<art>[Tt]he) (?P<title>(?:(?!" + _THING + r"\b)\p{Lu}[\p{L}.\-]*(?<![’']s) ){1,4}"
    r"(?:Leader|Minister|Premier|President|Mayor|Chancellor|Chair|Senator|MP|MNA|MPP|MLA)) "
    + _FULL_NAME + _NOT_A_PERSON
)

# Not when the "name" is followed by a comma and then an honorific or a name closed by a comma:
# those words end a long portfolio set off before the name ("the Minister of Rural Water
# Supply, Kofi Mensah, said").
_APPOSITIVE_NAME_NEXT = r"(?!,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s|\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’]+,))"
_LONG_TITLE = lazy(
    r"(?P<title>\b[Mm]inister (?:of|for) (?:the )?(?P<portfolio>\p{Lu}\p{Ll}+(?:(?: and| of| for)? (?:the )?\p{Lu}\p{Ll}+){0,3})) "
    + _FULL_NAME + _NOT_A_PERSON + _APPOSITIVE_NAME_NEXT
)


def _matches(pattern: regex.Pattern, text: str) -> list[regex.Match]:
    try:
        return list(pattern.finditer(text, timeout=TIMEOUT))
    except TimeoutError:
        return []


@rule(
    "titles/article-before-title",
    triggers=(Pattern("the Title Name", rf"[Tt]he (?:[{UPPER}][{LOWER}]+ )+[{UPPER}]"),),
    category="Style/House style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def article_before_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"The" before a title that stands before a full name (``The Prime Minister Justin Trudeau``).

    ## Why it matters
    A title before a name works as part of the name in English and takes no article; the
    article is the French *le premier ministre* carried over.

    ## Examples
    bad:  [[The Prime Minister->Prime Minister]] Justin Trudeau said the session went well.
    bad:  Yesterday [[the Mayor->Mayor]] Valérie Plante announced a plan.
    good: Prime Minister Justin Trudeau said the session went well.
    good: The prime minister said the session went well; the late Prime Minister Brian Mulroney was honoured.
    good: The Premier League club signed a player; the Prime Minister's Office said no.
    bad:  [[The Yukon Green Party Leader->Yukon Green Party Leader]] Ann Roy spoke first.
    bad:  He thanked [[the Manitoba Health Minister->Manitoba Health Minister]] Tom Reid for it.
    good: Yukon Green Party Leader Ann Roy spoke first; the Manitoba health minister, Tom Reid, agreed.
    good: The Yukon Party Leader's office called; The Stanley Cup Final Game Seven sold out.

    ## Fix safety
    Safe: only the article goes.
    """
    plain = _matches(_ARTICLE_TITLE, par.text)
    starts = {m.start("art") for m in plain}
    qualified = [m for m in _matches(_QUALIFIED_ARTICLE_TITLE, par.text) if m.start("art") not in starts]
    for m in sorted(plain + qualified, key=lambda m: m.start()):
        title = m.group("title")
        yield ctx.finding(par, m.start("art"), m.end("title"), f"No article before a title that precedes a name: “{title} {m.group('name')}”",
                          fix=Fix.safe(f"Write “{title}”", replacement=title))


@rule(
    "titles/long-title-before-name",
    triggers=(Phrases("minister of", ("inister of ", "inister for "), ignorecase=False, boundary="none"),),
    category="Style/House style",
    severity=Severity.MINOR,
    fix=FixAvailability.SOMETIMES,
    confidence=0.7,
    status=Status.PREVIEW,  # a house's choice: selected by the cp style (rules/styles/cp.toml)
)
def long_title_before_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A formal "Minister of …" title straight before a full name (``the Minister of Health Christian Dubé``).

    ## Why it matters
    Canadian news style puts the short title before a name (*Health Minister Christian
    Dubé*) and a long one after it between commas; the long form run into the name is the
    French *le ministre de la Santé Christian Dubé* word for word, and the reader cannot see
    where the title ends and the name begins. Other Canadian houses do run a long title into
    the name, so the rule is off by default and selected by the ``cp`` style.

    ## Examples
    bad:  The bill of [[Minister of Health Nadia->Health Minister Nadia]] Roussel has stalled in committee.
    bad:  According to the [[Minister of Finance Eric->Finance Minister Eric]] Girard, the deficit will grow.
    good: The bill of Health Minister Nadia Roussel has stalled in committee.
    good: The Minister of Families and Social Services, Nadia Roussel, answered.
    good: The Minister of Health said on Tuesday that Christian Dubé would answer.
    good: The Minister of Rural Water Supply, Kofi Mensah, toured the dam.
    good: The Minister of Marine Resources Development, Dr Ada Obi, opened the port.
    bad:  The [[Minister of Health Christian->Health Minister Christian]] Dubé, who spoke first, answered.

    ## Fix safety
    Display only: a one-word portfolio becomes a short title ("Health Minister"); a longer one
    is better set after the name, which the editor does.
    """
    for m in _matches(_LONG_TITLE, par.text):
        portfolio = m.group("portfolio")
        first = m.group("name").split(" ", 1)[0]
        end = m.start("name") + len(first)
        if " " not in portfolio and portfolio not in ("State", "Crown"):
            repl = f"{portfolio} Minister {first}"
            fix = Fix.display_only(f"Write “{portfolio} Minister {m.group('name')}”", replacement=repl)
        else:
            fix = Fix.display_only(f"Write “{m.group('name')}, {m.group('title')},”")
        yield ctx.finding(par, m.start("title"), end, "A long formal title run into the name it precedes", fix=fix)


# The first words of Canadian federal and provincial cabinet portfolios (Government of Canada
# and provincial cabinet lists), as a title names them after "minister of". Words that stay
# capitalised in lower-case styles (Indigenous, Canadian, Crown) are left out.
_PORTFOLIO_WORDS = (
    "Health|Finance|Finances|Justice|Education|Transport|Transports|Environment|Labour|Immigration|Agriculture|"
    "Energy|Culture|Economy|Economic|Families|Family|Tourism|Defence|National|Public|Foreign|International|"
    "Natural|Municipal|Higher|Social|Employment|Innovation|Fisheries|Veterans|Housing|Seniors|Women|Youth|Sport|"
    "Heritage|Intergovernmental|Northern|Treasury|Revenue|Infrastructure|Trade|Industry|Security|Safety|"
    "Children|Digital|Emergency|Citizenship|Forests|Wildlife|Mines|Interior|Cybersecurity|Communications"
)
# "minister of Health": the title's head in lower case, its portfolio capitalised, as French
# writes "le ministre de la Santé". Not after "prime" or "first" (the prime minister of Canada).
_HEADS = ("minister", "ministry", "department", "secretary", "ministers")
_HALF_CAPITALISED = lazy(
    r"(?<!\b(?:[Pp]rime|[Ff]irst|[Pp]rincipal) )\b(?P<head>" + "|".join(_HEADS) + ")"
    r" (?:of|for|responsible for) (?:the )?(?P<portfolio>(?:" + _PORTFOLIO_WORDS + r")\b(?: (?:and )?\p{Lu}\p{Ll}+){0,3})"
)


# A party's capitals, a leader's title in lower case, then a full name: "UCP leader Jane Roe".
# Canadian style capitalises a formal title straight before a name (UCP Leader Jane Roe).
_PARTY_LEADER = lazy(r"(?<![\p{L}\p{N}\-.])\p{Lu}{2,5} (?P<title>leader) " + _FULL_NAME + _NOT_A_PERSON)


@rule(
    "titles/half-capitalised-title",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.75,
    options={"party_leader": Option(bool, False, "also report a party leader's title in lower case before a "
                                                 "name (UCP leader Jane Roe): strict CP capitalises it")},
    # the head in lower case and the word after it, as `_HALF_CAPITALISED` needs them; a
    # party's capitals before "leader" and a capital, as `_PARTY_LEADER` needs them
    triggers=(Phrases("head", tuple(f"{head} {link}" for head in _HEADS for link in ("of", "for", "responsible for")),
                      ignorecase=False, boundary="letters"),
              Pattern("party leader", rf"[{UPPER}]{{2}} leader [{UPPER}]")),
)
def half_capitalised_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A title or department with its head in lower case and its portfolio capitalised (``the minister of Health``), or (strict CP) a party leader's title (``UCP leader Jane Roe``).

    Option ``party_leader`` (default false): a party's capitals, "leader" in lower case and a
    full name are reported too. CP and most Canadian houses capitalise the title there (UCP
    Leader Jane Roe), but some professionally edited papers write it in lower case, so the
    default style accepts it and the ``cp`` style turns the option on.

    ## Why it matters
    French capitalises the portfolio and not the title (*le ministre de la Santé*); an
    engine keeps both cases. English copy writes the title in one case or the other: the
    short form (*Health Minister Christian Dubé*, *the health minister*) or the formal one
    (*the Minister of Health*); the half-capitalised form is neither. A party's capitals, a
    lowercase "leader" and a capitalised name mix the cases the same way: CP capitalises a
    formal title straight before a name (*UCP Leader Jane Roe*).

    ## Examples
    bad:  The [[minister of Health->minister of health]] defended the plan in Quebec City.
    bad:  He met the deputy [[minister of Finance->minister of finance]] on Monday.
    bad:  The [[ministry of Public Security->ministry of public security]] opened an inquiry.
    good: The health minister defended the plan; the Minister of Health answered questions.
    good: The prime minister of Canada met the first minister of Quebec.
    good: The minister of health and the minister of Indigenous services spoke.
    good: UCP Leader Jane Roe spoke; the UCP leader, Jane Roe, and the party's leader Paul Roe met at the UCP leader Conference.
    good: The vote was called by UCP leader Jane Roe (reported only with ``party_leader``, as in the ``cp`` style).

    ## Fix safety
    Safe only as a case change: the whole title is lower-cased (CP's form after a name or
    alone); an editor may prefer the short form before a name.
    """
    text = par.text
    if ctx.options["party_leader"] and " leader " in text:
        for m in _matches(_PARTY_LEADER, text):
            yield ctx.finding(par, m.start("title"), m.end("title"),
                              "A party leader's title before the name in lower case: capitalise it (Leader)",
                              suggestions=("Leader",), fix=Fix.safe("Capitalise the title", "Leader"))
    if "inist" not in text and "epartment" not in text and "ecretary" not in text:
        return
    for m in _matches(_HALF_CAPITALISED, text):
        start, end = m.start("head"), m.end("portfolio")
        lower = text[start:end].lower()
        yield ctx.finding(par, start, end, "Title half capitalised (French style): lower-case it or capitalise it whole",
                          suggestions=(lower,), fix=Fix.safe("Lower-case the title", lower))


# An honorific with a title, French style: "Madame la ministre Roy" → "Madam Minister Roy";
# "la ministre Mme Roy" → "the Minister Mrs. Roy". English uses one or the other before a name.
_OFFICE = r"(?:Prime Minister|Deputy Premier|Minister|Premier|Mayor|President|Speaker|Senator|Judge|Commissioner|Director|Chair|Deputy)"
_HONORIFIC = r"(?:Madam|Madame|Mister|Monsieur|Mr\.?|Mrs\.?|Ms\.?)"
_SURNAME = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?\b"
_HONORIFIC_AND_TITLE = pattern_cache.compile(
    rf"\b{_HONORIFIC} (?:the )?{_OFFICE}(?= {_SURNAME})(?! (?:General|Pro|Elect)\b)"
    rf"|\b{_OFFICE} {_HONORIFIC}(?= {_SURNAME})"
)


@rule(
    "titles/honorific-with-title",
    triggers=(Pattern("honorific", r"\b(?:Madam|Madame|Mister|Monsieur|Mr|Mrs|Ms)\b"),),
    category="Fluency/Style",
    severity=Severity.MINOR,
    fix=FixAvailability.NONE,
    confidence=0.75,
)
def honorific_with_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """An honorific and a title together before a name (“Madam Minister Roy”, “the Minister Mrs. Roy”), as French writes them.

    ## Why it matters
    French names an office holder *Madame la ministre Roy* or *la ministre Mme Roy*; English
    news uses the title alone before the name (*Minister Marie Roy*, *Roy*). Kept by an
    engine, the pair reads as a form of address from a letter, not a news reference.

    ## Examples
    bad:  [[Madam Minister]] Roy answered the opposition.
    bad:  The [[Minister Mrs.]] Guilbault answered the opposition.
    bad:  [[Mr. Mayor]] Marchand opened the session.
    good: Minister Marie Roy answered the opposition; Mrs. Roy left at noon.
    good: “Thank you, Madam Speaker,” she said. “Mr. Speaker, the minister is wrong.”
    good: Mr. President Elect and Madam Chair, the committee said, met on Monday.
    """
    text = par.text
    for m in _HONORIFIC_AND_TITLE.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), f"“{m.group()}”: an honorific and a title together, French style; "
                          "write the title alone before the name")


# "président-directeur général" (PDG) word for word: "president-director general", "President and
# Director General", "president-general director". English: president and chief executive officer.
_PDG = lazy(
    r"\b[Pp]resident(?:[- ]|,? and )(?:[Dd]irector[- ][Gg]eneral|[Gg]eneral[- ][Dd]irector|[Dd]irector[- ][Gg]eneral)s?\b"
    r"|\b[Dd]irector[- ][Gg]eneral[- ][Pp]resident\b"
)


@rule(
    "titles/french-chief-executive",
    triggers=(Phrases("director general", ("director general", "director-general", "general director", "general-director"),
                      ignorecase=True, boundary="word"),),
    category="Accuracy/Mistranslation",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.8,
)
def french_chief_executive(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A company head's title translated word for word from *président-directeur général* (“president-director general”).

    ## Why it matters
    Quebec companies and agencies are led by a *président-directeur général* (PDG). Its
    English is *president and chief executive officer* (president and CEO); "president-
    director general" is a word-for-word rendering no English-language company uses.

    ## Examples
    bad:  The [[president-director general->president and CEO]] of the utility, Marie Roy, resigned.
    bad:  Its [[President and Director General->president and CEO]] spoke on Monday.
    good: The president and CEO of the utility, Marie Roy, resigned.
    good: The WHO Director-General and the UN Secretary-General spoke; the general director of the opera left.
    good: The president, the director general and the board met.

    ## Fix safety
    Display only: the organisation's own English title may differ (president and chief executive officer).
    """
    text = par.text
    for m in _PDG.finditer(text):
        yield ctx.finding(par, m.start(), m.end(), "Word-for-word président-directeur général: write president and CEO",
                          fix=Fix.display_only("Write president and CEO", "president and CEO"))


# Heads of government whose title is "president" of a council or government in their own
# language: Spain's presidente del Gobierno, Italy's presidente del Consiglio (dei ministri).
# English news calls each of them prime minister. The EU's and the UN's councils have real
# presidents and stay quiet.
_HEAD_OF_GOVERNMENT = lazy(
    r"\b[Pp]resident of the (?:(Spanish|Italian|Portuguese|Polish|Greek|Romanian|Bulgarian|Croatian) )?"
    r"(?:Government|Council of Ministers|Council)\b(?! of (?!Ministers\b)\p{Lu})(?<!European Council)"
)
_COUNCIL_CONTEXT = lazy(
    r"\b(?:European|Security|Legislative|Executive|Privy|Treasury|Regional|Municipal|City|Town|Students?|Arts|Research|"
    r"Atlantic|Arctic|World|Human Rights|Economic|National|Board|Band|Tribal|Métis|Senate)\b[^.]{0,40}$"
)


@rule(
    "titles/president-of-the-government",
    triggers=(Phrases("president of the", ("president of the",), ignorecase=True),),
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.75,
)
def president_of_the_government(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A prime minister called “President of the Government” or “President of the Council”, word for word from Spanish or Italian.

    ## Why it matters
    Spain's head of government is the *presidente del Gobierno*, Italy's the *presidente
    del Consiglio*; English news calls both the prime minister. "President of the
    Government" tells an English reader the country has a president it does not have.

    ## Examples
    bad:  The [[President of the Government->prime minister]], Pedro Roy, met the king.
    bad:  Giorgia Roy, [[President of the Italian Council->Italian prime minister]], spoke in Rome.
    bad:  The [[President of the Council of Ministers->prime minister]] resigned on Monday.
    good: The Prime Minister of Spain met the President of the European Council.
    good: The President of the Treasury Board and the president of the Security Council spoke.
    good: The President of the Council of Europe and the president of the council of the Mohawks met.

    ## Fix safety
    Display only: which country's prime minister is meant is for the editor to write.
    """
    text = par.text
    for m in _HEAD_OF_GOVERNMENT.finditer(text):
        if _COUNCIL_CONTEXT.search(text, max(0, m.start() - 50), m.start()):
            continue
        fixed = f"{m.group(1)} prime minister" if m.group(1) else "prime minister"
        yield ctx.finding(par, m.start(), m.end(), "A head of government called president of the government or council, "
                          "word for word: English news writes prime minister",
                          fix=Fix.display_only(f"Write {fixed}", fixed))
