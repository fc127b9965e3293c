"""Publications: names of newspapers, agencies, broadcasters and programmes as translation leaves them.

French and many other source languages put an article or a possessive where English puts
none, and drop one where English needs it. Translation then gives ``told her Hill Times``
(French *a déclaré au Hill Times*, with *au* read as a pronoun), ``according to New York
Times`` (the article lost), or ``New York Times She reported`` (a subject pronoun carried
over from *le New York Times, elle a rapporté*). The pack ``rules/publications.toml``
(compiled by ``publications.pack``) lists each name with its house form: whether "The" is
part of the name (The Hill Times, The Globe and Mail, The Canadian Press), a lowercase
article the sentence needs (the New York Times, the Toronto Star), or no article at all
(Reuters, Le Devoir, La Presse).
"""

from __future__ import annotations

import bisect
from typing import Iterator

from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.analysis import PARAGRAPH, TriggerHits, analysis
from mtqa.finding import Edit, Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import LayoutRole, line_roles
from mtqa.rule import RawFinding, RuleContext, Status, rule
from mtqa.rules.publications.pack import PACK, Compiled, Hit, Publication
from mtqa.scan import Chars, FromPack, Phrases, phrase_matches
from mtqa.segment import Paragraph

POSSESSIVES = frozenset({"her", "his", "their", "its", "our", "my", "your"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "no",
                         "another", "whose", "which", "what", "said"}) | POSSESSIVES
SUBJECT_PRONOUNS = frozenset({"She", "He", "It", "They", "We", "I"})
GENERIC_CONFIDENCE = 0.6  # a name found by its nameplate word, not listed in the pack
_NEXT = pattern_cache.compile(r"([’']s\b)?(\s*)([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|-)?")


# What the four rules reading `names_in` look for: the names' first words anywhere (a paragraph
# without one has no name), where each name can start, and the generic nameplate words.
TRIGGERS = (
    Phrases("first word", FromPack("first_words"), pack=PACK, ignorecase=False, boundary="none"),
    Phrases("name start", FromPack("name_starts"), pack=PACK, ignorecase=False),
    Phrases("nameplate", FromPack("nameplates"), pack=PACK, ignorecase=False, boundary="none"),
)


@analysis("publication-names", scope=PARAGRAPH, packs=(PACK,), triggers=TRIGGERS)
def names_in(par: Paragraph, data: Compiled, hits: TriggerHits) -> list:
    """(start, end, Hit) for every publication name in the paragraph."""
    text = par.text
    found = phrase_matches(data.matcher, par, hits(par, "name start")) if hits.fired(par, "first word") else []
    if data.generic_re is not None and hits.fired(par, "nameplate"):
        found.extend(_generic_hits(text, data, found))
        found.sort(key=lambda h: h[0])
    return found


_SENTENCE_WORDS = frozenset({"The", "A", "An", "In", "At", "On", "By", "To", "For", "From", "With", "As", "But",
                             "And", "Or", "If", "When", "While", "After", "Before", "According", "Told", "He",
                             "She", "They", "We", "It", "His", "Her", "Their", "Its", "Our", "My", "Your", "This",
                             "That", "Last", "Next", "Every", "Each", "Some", "Many", "Mr.", "Mrs.", "Ms.", "Dr."})


# Words after which a bare nameplate ("told Ottawa Sun") is a lost article, not a title or a place.
_GENERIC_SLOTS = frozenset({"to", "told", "tells", "by", "with", "at", "for", "from", "according", "reported",
                            "said", "says", "wrote", "quoted", "cited", "citing", "quoting"})


def _generic_hits(text: str, data: Compiled, known: list) -> Iterator[tuple[int, int, Hit]]:
    """Capitalised names ending in a nameplate word (Sun, Tribune …) that the pack does not list."""
    starts = [k[0] for k in known]  # `known` is in text order
    for m in data.generic_re.finditer(text):  # type: ignore[union-attr]  # callers check it is set
        s, e = m.span()
        # drop leading function words the pattern swallowed ("The Ottawa Sun", "Her Ottawa Sun")
        words = text[s:e].split(" ")
        while len(words) > 2 and words[0] in _SENTENCE_WORDS:
            s += len(words[0]) + 1
            words = words[1:]
        if words[0] in _SENTENCE_WORDS:
            continue
        i = bisect.bisect_left(starts, e)  # known names starting before this one ends
        if any(known[j][1] > s for j in range(max(0, i - 3), i)):
            continue  # overlaps a name the pack lists (names do not nest, so the nearest few suffice)
        core = text[s:e]
        pub = Publication("the " + core, core, "the", "generic", article_case=False)
        yield s, e, Hit(pub, False, True)


def _prev(text: str, start: int) -> tuple[str, str, int]:
    """The word before `start`, the characters between it and `start`, and the word's start."""
    lo = max(0, start - 40)
    i = start
    while i > lo and not (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "'’"):
        j -= 1
    if j == i:
        return "", text[lo:start], -1
    return text[j:i], text[i:start], j


def _next(text: str, end: int) -> tuple[bool, str, str]:
    """After a name: (possessive 's follows, whitespace, next word or '-')."""
    m = _NEXT.match(text, end)
    return bool(m.group(1)), m.group(2) or "", m.group(3) or ""


def _attributive(nxt_word: str, gap: str, attributive: frozenset[str]) -> bool:
    if nxt_word == "-" and gap == "":
        return True  # "Hill Times-Forum poll"
    return bool(nxt_word) and nxt_word.casefold() in attributive and nxt_word[:1].islower()


@rule(
    "publications/pronoun-before-name",
    category="Accuracy/Mistranslation",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    triggers=TRIGGERS,
)
def pronoun_before_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A possessive pronoun in front of a publication's name where an article (or nothing) belongs.

    ## Why it matters
    ``told her Hill Times`` comes from a French contraction (*au*, *à la*) read as a
    pronoun; it makes the paper sound like someone's property and confuses who spoke to whom.

    ## Examples
    bad:  The general told [[her->The]] Globe and Mail on Friday that troops would stay.
    bad:  The minister spoke to [[their->the]] Toronto Star about the budget.
    bad:  He gave an interview to [[his->]] Reuters last week.
    good: The general told The Globe and Mail on Friday that troops would stay.
    good: In her Globe and Mail column, she argued for a pause.
    good: He shared the draft with his Toronto Star colleagues.
    good: Her National Post op-ed drew replies from three ministers.

    ## Fix safety
    Unsafe: the pronoun is replaced by the name's article (or removed). The pronoun may be
    a true possessive the rule did not recognise; an editor confirms.
    """
    data: Compiled = ctx.data(PACK)
    text = par.text
    for s, e, hit in ctx.analysis(names_in, par):
        pub = hit.pub
        if not pub.distinctive:
            continue
        word, gap, wstart = _prev(text, s)
        if word.casefold() not in POSSESSIVES or not gap.isspace():
            continue
        _, ngap, nword = _next(text, e)
        if _attributive(nword, ngap, data.attributive):
            continue
        if pub.article:
            art = pub.article
            fix = Fix.unsafe(f"Replace “{word}” with “{art}”", edits=(Edit(wstart, wstart + len(word), art),))
            sugg = (art,)
        else:
            fix = Fix.unsafe(f"Remove “{word}”", edits=(Edit(wstart, s, ""),))
            sugg = ("",)
        yield ctx.finding(
            par, wstart, wstart + len(word),
            f"“{word}” before {pub.name}: a pronoun carried over from the source; "
            + (f"write “{pub.name}”" if pub.article else f"write “{pub.core}” with no article"),
            fix=fix, suggestions=sugg, confidence=GENERIC_CONFIDENCE if hit.generic else None,
        )


@rule(
    "publications/missing-article",
    category="Fluency/Grammar",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    triggers=TRIGGERS,
)
def missing_article(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A publication whose name takes "the" written without it (``according to Washington Post``).

    ## Why it matters
    Source languages without articles, or with contracted ones, lose "the" in translation;
    ``according to Washington Post`` reads as non-native copy.

    ## Examples
    bad:  The deal was first reported by [[Washington Post->the Washington Post]] on Monday.
    bad:  Officials told [[Toronto Star->the Toronto Star]] that the plan had changed.
    bad:  She is a reporter at [[Hill Times->The Hill Times]] covering defence.
    good: The deal was first reported by the Washington Post on Monday.
    good: A Toronto Star reporter asked about the plan.
    good: New York Times columnist David Brooks wrote about it.
    good: Officials told Reuters that the plan had changed.
    good: The story ran in a Globe and Mail special section.
    good: The bridge in 1990. Photo by Jane Doe /Toronto Star files
    good: The bridge in 1990. Photo: Toronto Star archives
    good: The old bridge, before the fire. (Washington Post file photo)
    bad:  The photo of the bridge was first published by [[Toronto Star->the Toronto Star]] in 1990.
    bad:  The files were first obtained by [[Washington Post->the Washington Post]] in May.

    good: By Jane Doe, Toronto Star
    good: HARBOUR – Ferry fares to rise in the spring [Toronto Star]
    bad:  HARBOUR – Ferry fares will rise, officials told [[Toronto Star->the Toronto Star]] [Monday]
    bad:  By then, the plan had been reported by [[Toronto Star->the Toronto Star]] twice.
    good: The paper apologizes for the mistake. —Toronto Star
    good: Incorrect information appeared on this page Saturday. — Ottawa Citizen\\nA later item.
    bad:  The error was first seen — [[Toronto Star->the Toronto Star]] said so — on Monday.
    bad:  It regrets the error, said a spokesperson for [[Toronto Star->the Toronto Star]].

    A photo credit naming the paper's files or archives, a byline naming the writer's paper
    (``mtqa.roles``), or a source credit set after a dash at the end of a paragraph or line (a
    reprinted correction signed "—Toronto Star"), is a credit, not a sentence that needs an article.

    ## Fix safety
    Unsafe: an article is inserted, which is a change of wording.
    """
    if par.kind not in ("paragraph", "quote", "list-item"):
        return
    data: Compiled = ctx.data(PACK)
    text = par.text
    for s, e, hit in ctx.analysis(names_in, par):
        pub = hit.pub
        if not pub.article or not pub.distinctive or hit.variant:
            continue
        if _furniture_or_credit(par, ctx, s, e):
            continue
        word, gap, _ = _prev(text, s)
        if not _bare_before(word, gap, hit.generic) or _name_goes_on(text, e, data):
            continue
        sentence_start = not word or gap.strip()[-1:] in (".", "!", "?", "“", "\"")
        art = "The" if (pub.article == "The" or sentence_start) else "the"
        repl = f"{art} {text[s:e]}"
        yield ctx.finding(
            par, s, e, f"Missing article: the house form is “{pub.name}”",
            fix=Fix.unsafe(f"Write “{repl}”", replacement=repl),
            confidence=GENERIC_CONFIDENCE if hit.generic else None,
        )


# A source credit signing off an item: a dash after a sentence's end (or at a line's start), then
# the name, then nothing but a period before the line ends ("The paper apologizes for the mistake. —Toronto Star").
_DASH_CREDIT_BEFORE = lazy(r"(?:^|[.!?”\")] ?)[—–] ?$", regex.MULTILINE)
_LINE_END_AFTER = lazy(r"\.?[ \t]*(?:\n|$)")


def _furniture_or_credit(par: Paragraph, ctx: RuleContext, s: int, e: int) -> bool:
    """Whether the name at s..e stands on a line of the page's own, which needs no article: the
    name alone on its line, a photo credit or a byline naming the paper."""
    text = par.text
    if len(text) - (e - s) < 8 and text.strip(" .") == text[s:e]:
        return True  # the name alone on a line: page furniture, boilerplate's business
    if _DASH_CREDIT_BEFORE.search(text, max(0, s - 5), s) and _LINE_END_AFTER.match(text, e):
        return True  # "… apologizes for the mistake. —Toronto Star": a source credit signing off the item
    # a credit or a byline naming the paper: "Photo: Jane Doe/Daily Planet files", "By Jane Doe, Daily Planet"
    return ctx.analysis(line_roles).role(par, s) in (LayoutRole.CREDIT, LayoutRole.BYLINE)


def _bare_before(word: str, gap: str, generic: bool) -> bool:
    """Whether nothing before the name (`word`, then `gap`) stands in for its article: no
    determiner or possessive, no quotation mark or bracket (a title in a list), and, for a name
    found only by its nameplate word, a verb or preposition of attribution right before it."""
    low = word.casefold()
    if low in DETERMINERS or (word and gap.isspace() and (low.endswith("'s") or low.endswith("’s"))):
        return False
    if word and not gap.strip() == "" and gap.strip()[-1:] in "“\"‘'([":
        return False  # a quoted or bracketed name: a title in a list, or a round-up's source tag ("[Daily Planet]")
    # a name found only by its nameplate word: only after a verb or preposition of attribution
    return not generic or (low in _GENERIC_SLOTS and gap == " ")


def _name_goes_on(text: str, e: int, data: Compiled) -> bool:
    """Whether the name ending at e is used as a modifier ("a Daily Planet reporter") or goes on
    into a longer name or a heading ("Daily Planet Co."): no article is missing then."""
    poss, ngap, nword = _next(text, e)
    if poss:
        return False
    if _attributive(nword, ngap, data.attributive):
        return True
    return nword[:1].isupper() and nword not in SUBJECT_PRONOUNS  # part of a longer name ("New York Times Co.") or a heading


_PRONOUN_AFTER = pattern_cache.compile(r"([ \t]+)(She|He|It|They|We|I)(?=[ \t]+\p{Ll})")


@rule(
    "publications/pronoun-after-name",
    category="Accuracy/Addition",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    triggers=TRIGGERS,
)
def pronoun_after_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A capitalised subject pronoun straight after a publication's name, in mid-sentence.

    ## Why it matters
    ``…, the New York Times She reported`` carries over a resumptive pronoun from the
    source (*le New York Times, elle a rapporté*); the capital shows a segment boundary
    the engine did not clean up.

    ## Examples
    bad:  Talks had stalled, the Washington Post[[ He->]] reported on Sunday.
    bad:  The plan was dropped, according to Reuters[[ It->]] said later.
    good: Talks had stalled, the Washington Post reported on Sunday.
    good: He wrote for the Washington Post. He reported from Kabul.
    good: She read the Toronto Star; She said nothing.

    ## Fix safety
    Unsafe: the pronoun is removed; the verb that follows then takes the publication as
    its subject. An editor checks the sentence still says what the source said.
    """
    text = par.text
    for _s, e, hit in ctx.analysis(names_in, par):
        if hit.pub.kind == "programme":
            continue
        m = _PRONOUN_AFTER.match(text, e)
        if not m:
            continue
        yield ctx.finding(
            par, m.start(), m.end(),
            f"Stray pronoun “{m.group(2)}” after {hit.pub.name}: the publication is already the subject",
            fix=Fix.unsafe("Remove the pronoun", replacement=""), suggestions=("",),
            confidence=GENERIC_CONFIDENCE if hit.generic else None,
        )


@rule(
    "publications/house-form",
    status=Status.PREVIEW,  # stop 42, stop 39's rule: 1 clean flag (an outlet's own article case), 0 MT labels alone; cp selects it
    category="Style/Company style",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    triggers=TRIGGERS,
)
def house_form(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A publication or programme name not in its house form: the article's case, "&" for "and", a spelling.

    ## Why it matters
    Names of publications and shows are proper names; the house form (The Globe and Mail,
    the New York Times, Power & Politics) is what readers and the publications themselves
    use, and an engine that does not know the name normalises it.

    ## Examples
    bad:  The minister told [[the->The]] Globe and Mail on Monday.
    bad:  A report in [[The->the]] Washington Post said so.
    bad:  She appeared on CBC's [[Power and Politics->Power & Politics]] on Monday.
    bad:  The story ran in [[Globe & Mail->Globe and Mail]] and elsewhere.
    bad:  He told [[the ->]]La Presse that he would run.
    good: The minister told The Globe and Mail on Monday.
    good: A report in the Washington Post said so.
    good: The Washington Post reported it first.
    good: “The Toronto Star got it wrong,” he said.
    good: He told La Presse that he would run.
    good: She appeared on CBC's Power & Politics on Monday.
    good: They debated power and politics in the North.
    good: Her textbook Power and Politics in Canada is in its tenth edition.

    ## Fix safety
    Safe: only the case of the article, "&"/"and", or the spelling of the name itself
    changes; the words stay the same. Unsafe: an English "the" before a French name that
    has its own article (``the La Presse``) is removed.
    """
    for s, e, hit in ctx.analysis(names_in, par):
        pub = hit.pub
        if hit.variant:
            finding = _variant_of_house_form(par, ctx, s, e, pub)
        elif not pub.article and pub.core.startswith(("Le ", "La ", "Les ", "L'", "L’")):
            finding = _article_before_french_article(par, ctx, s, pub)
        else:
            finding = _article_in_wrong_case(par, ctx, s, pub)
        if finding is not None:
            yield finding


def _variant_of_house_form(par: Paragraph, ctx: RuleContext, s: int, e: int, pub) -> RawFinding | None:
    """The finding for a name written otherwise than its house form (`par.text[s:e]`); None for
    a programme's words that do not name the show there (a book, a phrase)."""
    if pub.kind == "programme" and not _names_the_show(par.text, s, pub):
        return None  # a book or a phrase with the same words, not the show
    return ctx.finding(
        par, s, e, f"House form is “{pub.core}”",
        fix=Fix.safe(f"Write “{pub.core}”", replacement=pub.core),
    )


def _names_the_show(text: str, s: int, pub) -> bool:
    """Whether the words before a programme's name at `s` show the show is meant: one of its
    broadcasters, or "on", "told", "watched", "host of", "hosted"."""
    before = text[max(0, s - 30):s]
    return any(b in before for b in pub.broadcasters) \
        or before.endswith(("on ", "On ", "told ", "watched ", "host of ", "hosted "))


def _article_before_french_article(par: Paragraph, ctx: RuleContext, s: int, pub) -> RawFinding | None:
    """The finding for an English "the" before a French name with its own article ("the La
    Presse"); None without one."""
    word, gap, wstart = _prev(par.text, s)
    if word in ("the", "The") and gap == " ":
        return ctx.finding(
            par, wstart, s, f"Two articles: the house form is “{pub.name}”",
            fix=Fix.unsafe("Remove “the”", replacement=""), suggestions=("",),
        )
    return None


def _article_in_wrong_case(par: Paragraph, ctx: RuleContext, s: int, pub) -> RawFinding | None:
    """The finding for "the" or "The" before a name whose house form sets its article's case
    otherwise; None when it matches, or "The" opens a sentence or a quotation."""
    if not pub.article or pub.kind == "programme" or not pub.article_case:
        return None
    text = par.text
    word, gap, wstart = _prev(text, s)
    if word not in ("the", "The") or gap != " " or word == pub.article:
        return None
    if word == "The":
        before, bgap, _ = _prev(text, wstart)
        if not before or bgap.strip()[-1:] in (".", "!", "?", "“", "\"", "‘", "(", ":", "—", "–"):
            return None  # sentence or quotation start: "The" is right there
        if "\n" in bgap:
            return None
    return ctx.finding(
        par, wstart, wstart + 3, f"House form is “{pub.name}”",
        fix=Fix.safe(f"Write “{pub.article}”", replacement=pub.article),
    )


# A name in quotation marks, all lowercase: "global news", “the globe and mail”.
_QUOTED_LOWER = pattern_cache.compile(r"[“\"](\p{Ll}[\p{Ll}&'’\- ]{2,40}\p{Ll})[”\"]")
# What shows the quoted words are an outlet: a possessive or "according to" before, a medium after.
_OUTLET_BEFORE = lazy(r"(?:[’']s|\baccording\s+to(?:\s+the)?|\btold(?:\s+the)?)\s+$", regex.IGNORECASE)
_OUTLET_AFTER = lazy(
    r"\s+(?:website|site|newspaper|paper|daily|network|channel|broadcaster|station|agency|magazine|reported"
    r"|reports|said|says|wrote|learned|journalist|reporter)\b", regex.IGNORECASE)


@rule(
    "publications/lowercase-name",
    category="Fluency/Spelling",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.75,
    triggers=(Chars("quotation mark", '"“'),),
)
def lowercase_name(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A known outlet's name written in lowercase inside quotation marks ("global news" website).

    ## Why it matters
    Engines translating from languages without capitals (Chinese, Japanese, Korean, Arabic)
    render an outlet's name as ordinary words and put it in quotes, as the source put it in
    title marks. The reader sees a phrase, not the broadcaster. Only names of two words or
    more are checked, and only where the sentence shows an outlet is meant (a possessive or
    "according to" before it, a word such as website, network or reported after it).

    ## Examples
    bad:  The story was first carried on Canada's "[[ctv news->CTV News]]" website on Monday.
    bad:  According to the “[[toronto star->Toronto Star]]”, the deal is done.
    good: The story was first carried on Canada's CTV News website on Monday.
    good: Critics of the "global news" cycle said the coverage was shallow.
    good: She called it "national post" material, then laughed.

    ## Fix safety
    Safe: only the letters' case changes, to the name's house form.
    """
    text = par.text
    data: Compiled = ctx.data(PACK)
    if not data.by_fold:
        return
    for m in _QUOTED_LOWER.finditer(text):
        words = m.group(1)
        core = words[4:] if words.startswith("the ") else words
        pub = data.by_fold.get(core)
        if pub is None:
            continue
        s, e = m.start(1) + len(words) - len(core), m.end(1)
        if not (_OUTLET_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) or _OUTLET_AFTER.match(text, m.end())):
            continue
        yield ctx.finding(
            par, s, e, f"An outlet's name in lowercase; it is {pub.core}",
            fix=Fix.safe(f"Write {pub.core}", replacement=pub.core),
        )
