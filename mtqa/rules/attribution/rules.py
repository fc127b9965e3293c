"""Attribution: quotes whose speech verb the translation lost.

French and Chinese can attribute a quote with a name and punctuation alone, and engines
sometimes drop the verb of an English attribution when they reorder a clause. What is left
is a name or pronoun glued to a quote by a comma: ``“The offer is fair,” Ms.
Tremblay, “so we will sign it.”`` The rule reads the speaker's words, the
honorifics and the speech verbs from the ``quotes`` pack.
"""

from __future__ import annotations

from typing import Iterator


from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Phrases
from mtqa.rules.quotes.pack import QuotesPack  # noqa: F401  (registers the "quotes" pack compiler)
from mtqa.segment import SENTENCE_OPENERS, Paragraph, is_abbreviation_period
from mtqa.text.calendar import MONTH_WORDS, WEEKDAY_WORDS
from mtqa.text.tokens import LETTER_RUN

# Patterns used inside rules, compiled once here (never at check time).
_WORD_OR_COMMA_END = lazy(r"[\p{L},][ \u00a0]+$")

# A comma, then an opening mark and a word: the quote resumes (or starts) right after the
# speaker, so the words before the comma must attribute it. The speaker is then read backwards from
# the comma, at most five tokens.
_ANCHOR = lazy(r",[ \u00a0]+[“\"](?=\p{L})")
_TOKEN = lazy(r"\p{Lu}[\p{L}’'\-]{0,40}\.?|\p{Ll}{1,20}\.?")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Capitalised words that open a sentence or clause and are no speaker ("However, “…").
_NOT_NAMES = frozenset(w.casefold() for w in SENTENCE_OPENERS) | frozenset(
    """however meanwhile still yesterday today tomorrow later instead otherwise indeed again finally
    also now then yes no well oh sadly unfortunately earlier first second third moreover furthermore
    besides nevertheless nonetheless thus hence therefore likewise similarly ultimately initially
    recently currently previously afterward afterwards overall clearly obviously perhaps maybe
""".split()
) | WEEKDAY_WORDS | MONTH_WORDS

@rule(
    "attribution/missing-speech-verb",
    category="Accuracy/Omission",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=("quotes",),
    confidence=0.8,
    # a quotation mark after a space (`_ANCHOR`) or after a comma (`_AFTER_COMMA_QUOTE`)
    triggers=(Phrases("quote after a comma or space", (" “", ' "', "\u00a0“", '\u00a0"', ",”", ',"'), ignorecase=False,
                      boundary="none"),),
)
def missing_speech_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A speaker named beside a quote with no verb of saying.

    Flags a name or pronoun followed directly by a comma and a quote, where it follows
    the end of an earlier quote (``,” Ms. Tremblay, “so``) or
    opens a sentence (``He, “so``) and no speech verb stands between; and a speaker left
    alone after a quote that ends with a comma (``“We are ready,” Ms. Tremblay.``).

    ## Why it matters
    Without the verb the sentence is ungrammatical and the quote is not clearly
    attributed; in news copy an unattributed quote is an accuracy problem, not a slip.

    ## Examples
    bad:  “We were not consulted,” [[Ms. Tremblay->Ms. Tremblay said]], “and we will not accept it.”
    bad:  “The budget is balanced,” [[the minister->the minister said]], “but only on paper.”
    bad:  “It is a fair offer.” [[She->She said]], “so we will take it to the members.”
    bad:  “Prices will fall,” [[Jean-Luc Martin->Jean-Luc Martin said]], “though not this year.”
    bad:  “Prices will fall,” [[Dr. Chen->Dr. Chen said]], “Not this year, but next.”
    good: Toronto, “The Lion King” and the Raptors all drew crowds.
    bad:  “The bridge will reopen in May,” [[Mayor Jim Watson->Mayor Jim Watson said]].
    bad:  “The roads are a disgrace,” [[Ana Kowal, a spokesperson for the drivers' union->Ana Kowal, a spokesperson for the drivers' union, said]].
    good: “The roads are a disgrace,” Ana Kowal, a spokesperson for the drivers' union, told reporters.
    good: “The roads are a disgrace,” Ana Kowal, a spokesperson for the union, said on Monday.
    good: “We were not consulted,” Ms. Tremblay said, “and we will not accept it.”
    good: “The bridge will reopen in May,” said Mayor Jim Watson.
    good: “The bridge will reopen in May,” Mayor Jim Watson said. “Probably.”
    good: “We were not consulted,” said Ms. Tremblay, “and we will not accept it.”
    good: “The bridge will reopen in May,” Westdale Coun. Ann Lee said.
    good: However, “temporary” measures tend to last.
    good: Critics, “worried” about the cost, voted against the bill.
    good: Ms. Tremblay, “the happy warrior,” said she would run again.
    good: In Ottawa, “business as usual” was the phrase of the week.

    ## Fix safety
    Unsafe: “said” is inserted after the speaker; the engine may have dropped another verb
    (added, told reporters), so an editor should confirm it.

    ## Known issues
    A quote introduced by a speaker's name and a comma at the start of a paragraph
    (``Ms. Tremblay, “so…``) is flagged only when the quote also ends the sentence.
    """
    pack: QuotesPack = ctx.data("quotes")
    text = par.text
    yield from _trailing_speaker(par, ctx, pack)
    for m in _ANCHOR.finditer(text):
        who_end = m.start()
        words = _words_before(text, who_end)
        if not words:
            continue
        found = None
        for k in range(len(words)):
            start = words[k][0]
            lead = _lead_kind(text, start)
            if lead is None:
                continue
            phrase = words[k:]
            kind = _speaker_kind(text, phrase, pack)
            if kind is None or (kind == "role" and lead != "after-quote"):
                continue
            found = (start, lead, kind)
            break
        if found is None:
            continue
        start, lead, kind = found
        if lead == "sentence" and kind != "pronoun" and not _quote_ends_sentence(text, m.end()):
            continue  # "Ms. Tremblay, “the happy warrior,” said…": an appositive
        who = text[start:who_end]
        conf = 0.8 if kind in ("pronoun", "title") or lead == "after-quote" else 0.6
        yield ctx.finding(
            par, start, who_end, f"Quote attributed to “{who}” with no speech verb",
            fix=Fix.unsafe("Add the speech verb", f"{who} said"),
            confidence=conf,
        )


def _words_before(text: str, end: int) -> list[tuple[int, int]]:
    """Up to five name-like tokens (separated by single spaces) that end exactly at `end`."""
    out: list[tuple[int, int]] = []
    j = end
    while len(out) < 5:
        k = j
        while k > 0 and j - k <= 42 and not text[k - 1].isspace():
            k -= 1
        if k == j:
            break
        m = _TOKEN.fullmatch(text, k, j)
        if m is None:
            break
        out.append((k, j))
        if k == 0 or text[k - 1] not in " \u00a0" or (k >= 2 and text[k - 2].isspace()):
            break
        j = k - 1
    out.reverse()
    return out


def _lead_kind(text: str, start: int) -> str | None:
    """What precedes the speaker: the end of a quote, a sentence start, or neither."""
    j = start
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == 0:
        return "sentence"
    if j == start:
        return None
    prev = text[j - 1]
    if prev in "”\"" and j >= 2 and text[j - 2] in ",.!?…":
        return "after-quote" if text[j - 2] == "," else "sentence"
    if prev in "!?":
        return "sentence"
    if prev == ".":
        if is_abbreviation_period(text, j - 1):
            return None  # "Ms. Tremblay", "J. Smith": not a sentence end
        return "sentence"
    return None


def _speaker_kind(text: str, words: list[tuple[int, int]], pack: QuotesPack) -> str | None:
    toks = [text[a:b] for a, b in words]
    low = [t.casefold() for t in toks]
    if any(t in pack.speech_verbs for t in low):
        return None
    if len(toks) == 1 and low[0] in _PRONOUNS:
        return "pronoun"
    if len(toks) == 2 and low[0] == "the" and toks[1].islower() and toks[1].isalpha():
        return "role"  # "the minister": only after a quote (checked by the caller)
    first = toks[0].rstrip(".")
    title = first in pack.titles
    names = 0
    for t in toks[1:] if title else toks:
        bare = t.rstrip(".")
        if bare in pack.particles:
            continue
        if not bare or not bare[0].isupper() or bare.casefold() in _NOT_NAMES:
            return None
        names += 1
    if names == 0:
        return None
    if title:
        return "title"
    return "name"


def _quote_ends_sentence(text: str, i: int) -> bool:
    """Whether the quote opened just before `i` closes at a sentence end (.” ?” !”)."""
    for j in range(i, min(len(text), i + 600)):
        if text[j] in "”\"":
            return j > 0 and text[j - 1] in ".!?…"
    return True  # never closed in this paragraph: the quotes rules report that


_AFTER_COMMA_QUOTE = lazy(r",[”\"][ \u00a0]+")


def _trailing_speaker(par: Paragraph, ctx: RuleContext, pack: QuotesPack) -> Iterator[RawFinding]:
    """``“We are ready,” Ms. Tremblay.``: a speaker after a quote, then the sentence ends."""
    text = par.text
    for m in _AFTER_COMMA_QUOTE.finditer(text):
        start = m.end()
        words, end, appositive = _speaker_words(text, start, pack)
        if end < 0 or not (appositive or _sentence_ends_at(text, end)):
            continue
        if _speaker_kind(text, words, pack) is None:
            continue
        who = text[start:end]
        if appositive:
            name = text[start:words[-1][1]]
            yield ctx.finding(par, start, end, f"Quote attributed to “{name}” with no speech verb",
                              fix=Fix.unsafe("Add the speech verb", f"{who}, said"), confidence=0.7)
            continue
        yield ctx.finding(
            par, start, end, f"Quote attributed to “{who}” with no speech verb",
            fix=Fix.unsafe("Add the speech verb", f"{who} said"),
            confidence=0.7,
        )


def _speaker_words(text: str, j: int, pack: QuotesPack) -> tuple[list[tuple[int, int]], int, bool]:
    """The words (spans) of up to five that follow a quote's comma at j, where the attribution
    ends (before its period; -1 where it does not end in one), and whether an appositive
    without a verb ends it ("Jane Roe, a spokesperson for the union.")."""
    words: list[tuple[int, int]] = []
    while len(words) < 5 and j < len(text):
        k = _token_end(text, j)
        tok = text[j:k]
        if tok.endswith(",") and _TOKEN.fullmatch(tok[:-1]) and not tok[:-1].endswith("."):
            # “…,” Jane Roe, a spokesperson for the union.  : a speaker and an appositive, no verb
            words.append((j, k - 1))
            app_end = _appositive_without_verb(text, k, pack)
            # the whole attribution: the verb goes after the appositive
            return (words, app_end, True) if app_end else (words, -1, False)
        if not _TOKEN.fullmatch(tok):
            break
        if tok.endswith(".") and not is_abbreviation_period(text, k - 1):
            words.append((j, k - 1))
            return words, k - 1, False
        words.append((j, k))
        if k >= len(text) or text[k] != " ":
            break
        j = k + 1
    return words, -1, False


def _token_end(text: str, j: int) -> int:
    """Where the token at j ends: at a space, or 43 characters on at the most."""
    k = j
    while k < len(text) and k - j <= 42 and not text[k].isspace():
        k += 1
    return k


def _sentence_ends_at(text: str, end: int) -> bool:
    """Whether the period at `end` ends the paragraph or a sentence: a space, then a capital or
    an opening quotation mark."""
    nxt = text[end + 1 : end + 3]
    return not nxt or (nxt[0].isspace() and bool(nxt[1:2]) and (nxt[1].isupper() or nxt[1] in "“\""))


_APPOSITIVE = lazy(r"[ \u00a0]+(?:a|an|the)[ \u00a0]+[^“”\"\n]{3,150}?\.(?=\s|$)")


def _appositive_without_verb(text: str, i: int, pack: QuotesPack) -> int:
    """End of ", a spokesperson for …" (before its period) when it ends the sentence with no speech verb, else 0."""
    m = _APPOSITIVE.match(text, i)
    if m is None or (m.end() < len(text) and text[m.end():].strip()[:1].islower()):
        return 0
    if any(w.casefold() in pack.speech_verbs for w in LETTER_RUN.findall(m.group())):
        return 0
    return m.end() - 1


# "stated" and "mentioned" standing where news copy attributes with "said": right after a
# quote, before a colon or a quote, before "that", or before a clause with its own verb.
# "states" (for "says") only after a person: "states" is far more often the noun.
_STILTED = lazy(r"\b(?:stated|states|mentioned)\b")
_STILTED_AFTER = lazy(r"[ \u00a0]*(?::|,?[ \u00a0]*[“\"])")
_CLAUSE_VERB = lazy(
    r"(?:[ \u00a0]+[\p{L}’'\-]+){1,6}?[ \u00a0]+(?:is|was|are|were|has|had|have|will|would|could|should|can|may"
    r"|might|must|did|does|do)\b"
    r"|[ \u00a0]+(?:he|she|it|they|we|I)[’'](?:s|re|ll|d|ve)\b"
)
# A person right before the verb: a pronoun, or a capitalised name that no article introduces
# ("Hodgson stated", not "The City states" or "the Act stated").
_PERSON_BEFORE = lazy(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|(?<!\b(?:[Tt]he|[Aa]n?)[ \u00a0]+)\b\p{Lu}[\p{Ll}’'\-]+)[ \u00a0]+$"
)
# A capitalised run that an article introduces names an institution, however long: "the Beijing
# Stock Exchange stated that", "The US Department of Commerce stated that" (the audit, not a person).
_INSTITUTION_BEFORE = lazy(
    r"\b(?:[Tt]he|[Aa]n?)(?:[ \u00a0]+(?:(?:of|for|and|on)[ \u00a0]+)?\p{Lu}[\p{L}.’'\-]*)+[ \u00a0]+$"
)
# A text as the subject: a document states what it sets down ("the report stated.", "the audit
# stated the roads were unsafe"); only a speaker "said". Whatever the determiner and modifiers; in
# lower case, as prose writes these nouns ("Bill stated" is a person).
_DOCUMENT_BEFORE = lazy(
    r"\b(?:report|audit|study|survey|review|analysis|assessment|statement|release|document|letter|memo"
    r"|notice|bulletin|update|ruling|decision|judgment|judgement|order|warrant|filing|complaint|lawsuit|petition"
    r"|motion|resolution|law|act|bill|bylaw|regulation|policy|plan|agreement|contract|treaty|charter|guide"
    r"|guidelines|website|post|email|e-mail|minutes|summary|forecast|budget|brief|indictment|affidavit|summons"
    r"|application|article|column|editorial|paper)s?[ \u00a0]+$"
)
# "states that have signed": a relative clause, so "states" is the noun
_RELATIVE_CLAUSE = lazy(r"[ \u00a0]+(?:that|which|who)[ \u00a0]+(?:is|was|are|were|has|had|have|will|would|could|can|may"
                        r"|do|does|did)\b")
_NOT_ATTRIBUTION_BEFORE = lazy(
    r"(?i)(?:\b(?:as|previously|already|above|earlier|below|not|never|be|been|being|is|was|were|are|its|their|his|her"
    r"|our|the|a|an)|[’']s)[ \u00a0]+$"
)
# The mark closes a quotation of this text: something stands before it (a paragraph that opens on a
# closing mark carries the tail of a quotation begun before it, and no speaker of it).
_AFTER_QUOTE = lazy(r"(?<=\S)[,?!.]?[”\"][ \u00a0]+(?:he|she|they|it|(?:the|a|an|one)[ \u00a0]+\p{L}+(?:[ \u00a0]+\p{L}+)?|\p{Lu}[\p{L}.’'\-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'\-]*){0,2})[ \u00a0]+$")


@rule(
    "attribution/stilted-verb",
    triggers=(Phrases("stilted verb", ("stated", "states", "mentioned"), ignorecase=False, boundary="none"),),
    category="Fluency/Unidiomatic",
    severity=Severity.MINOR,
    fix=FixAvailability.ALWAYS,
    confidence=0.6,
)
def stilted_verb(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """"Stated", "states" or "mentioned" used to attribute speech, where news copy says "said".

    Paraphrasing tools swap "said" for a synonym, and engines render French "a déclaré"
    or "a mentionné" word for word. Flagged only as an attribution: right after a quote
    (``,” he stated.``), before a colon or a quote, before a clause with
    a verb of its own (``the minister stated the plan was dead``), or after a person and
    before "that" (``Hodgson stated that``). "States" (for "says") is flagged only after a
    person. "As mentioned", "the report mentioned the cost", "stated goals", "the audit
    stated that", "the Beijing Stock Exchange stated that" (a name an article introduces is an
    institution's), "states that have signed" stay quiet.

    ## Why it matters
    Canadian Press and AP style attribute with "said": it is neutral, and "stated" or
    "mentioned" suggests a formality or an aside the speaker did not intend.

    ## Examples
    bad:  “We will appeal,” the lawyer [[stated->said]].
    bad:  The minister [[stated->said]] the plan would go ahead in June.
    bad:  The bank [[mentioned->said]]: “Rates will stay where they are.”
    bad:  The chief, in a note to staff on Friday, [[stated->said]] the station would close.
    good: “We will appeal,” the lawyer said.
    good: As mentioned earlier, the plan was dropped.
    good: She mentioned the budget twice in her speech.
    good: The party's stated goal is a balanced budget.
    bad:  Hodgson [[stated->said]] that the talks would resume on Friday.
    bad:  Mayor Jane Roy [[states->says]] she’s willing to begin.
    good: The audit stated that the roads were unsafe, as the mayor had mentioned.
    good: The Beijing Stock Exchange stated that the US Department of Commerce stated that it would act.
    good: ” Bard mentioned in its answer that the telescope took the photo.
    good: The City states that half the roads are in poor condition.
    good: Gulf Arab states that have signed the pact met on Monday, as the United States had asked.
    good: “Yields were below average,” the crop survey stated.
    good: The court's written ruling stated the deadline had passed.
    bad:  “Yields were below average,” the farm owner [[stated->said]].

    A text as subject ("the report stated", "the ruling stated") is not attribution of speech: a
    document states what it sets down.

    ## Fix safety
    Unsafe: "said" replaces the verb; read the sentence again where the tense differs.
    """
    text = par.text
    if "stated" not in text and "states" not in text and "mentioned" not in text:
        return
    for m in _STILTED.finditer(text):
        verb = m.group()
        before = text[max(0, m.start() - 60) : m.start()]
        subject = _speaker_before(before)
        if subject is None:
            continue
        after_quote, person = subject
        if verb == "states" and not (after_quote or person) or _RELATIVE_CLAUSE.match(text, m.end()):
            continue
        if not (after_quote or _attribution_follows(text, m.end(), verb, person)):
            continue
        if not after_quote and not _WORD_OR_COMMA_END.search(before):
            continue  # no subject right before it ("…, stated in a note")
        plain = "says" if verb == "states" else "said"
        yield ctx.finding(par, m.start(), m.end(), f"“{verb}” where news copy attributes with “{plain}”",
                          fix=Fix.unsafe(f"Use {plain}", plain))


def _speaker_before(before: str) -> tuple[bool, bool] | None:
    """What stands before the verb (`before`, the text up to it): (right after a quote, after a
    person); None when the verb is no attribution there ("as mentioned", "the report stated")."""
    if _NOT_ATTRIBUTION_BEFORE.search(before) or _DOCUMENT_BEFORE.search(before):
        return None
    after_quote = _AFTER_QUOTE.search(before) is not None
    person = _PERSON_BEFORE.search(before) is not None and not _INSTITUTION_BEFORE.search(before)
    return after_quote, person


def _attribution_follows(text: str, end: int, verb: str, person: bool) -> bool:
    """Whether what follows the verb (ending at `end`) makes it an attribution: a colon or a
    quote, a clause with a verb of its own, or, after a person, "that"."""
    follows = _STILTED_AFTER.match(text, end)
    that_clause = verb != "mentioned" and person and text.startswith(" that ", end)
    clause = (verb != "mentioned" and not text.startswith(" that", end)
              and _CLAUSE_VERB.match(text, end) is not None)
    return bool(follows or clause or that_clause)
