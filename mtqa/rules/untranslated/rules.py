"""Untranslated: source-language words left inside English sentences, found without the source.

Engines pass through what they do not know or take for a name: a French adjective
(``the péquiste caucus``), a French credit (``Photo d’archives``), a bracketed editorial
insertion (``[de première instance]``), a French title before a name (``said chef Paul
Roy``), and sometimes a word in another script altogether. The rules read the form of the
words, not a list of sentences: lowercase words with French accents or elisions, French
function words next to them, French titles before a capitalised name, and words in a
non-Latin script. French that English copy keeps is quiet: loanwords and set phrases (the
pack's list: *joie de vivre*, *raison d’être*, *cégep*), proper names (*Sûreté du Québec*,
*Coalition avenir Québec*, *Rue Saint-Denis*, *Le Devoir*), and French marked as French
(a sentence that says "in French").

``source/untranslated-text`` still reports long French clauses and CJK script; this family
reports the short leftovers it cannot, and leaves a sentence with three or more French
function words to it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import partial
from typing import Iterator


from mtqa import pattern_cache
from mtqa import rx as regex
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy
from mtqa.roles import line_roles
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.rules.untranslated.pack import PACK, FrenchLexicon
from mtqa.scan import Chars, FromPack, Pattern, Phrases
from mtqa.segment import Paragraph
from mtqa.text.french_names import french_name_spans, inside, names_used_in_prose
from mtqa.text.marked_french import MARKED_AS_FRENCH
from mtqa.text.scripts import any_of, beyond_ascii, member_test
from mtqa.text.tokens import chunk_before, folded_tokens

_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
# Letters French (and Spanish) mark that English words do not carry.
_ACCENTED = pattern_cache.compile(r"[àâçéèêëîïôûùüÿœæñ]")
# Letters French never writes (Spanish, Portuguese, Italian, Nordic): a word with one is no French
# word ("açaí", "São"), whatever other accent it has; the source-leftover rule judges such words.
_NOT_FRENCH = pattern_cache.compile(r"[áíóúãõìòåø]")
# An elided French article or pronoun before a lowercase word: d’archives, l’équipe, qu’il.
_ELISION = pattern_cache.compile(r"^(?:d|l|qu|n|c|j|s|m|t|jusqu|lorsqu|puisqu)['’]\p{Ll}")
_BREAK = frozenset(".!?;:()[]{}\"“”«»—–")
_SENTENCE_START = lazy(r"(?:^|[.!?:;«“\"(\[]\s*|\n)$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# What french-words looks for (see _maybe_french): a word with a French accent (found from its
# first letter), an apostrophe before a lowercase letter (an elision such as d’archives), and
# French function words as written.
FRENCH_WORDS = (
    Pattern("accented word", r"\p{L}*[àâçéèêëîïôûùüÿœæñ]"),
    Pattern("apostrophe", r"['’]\p{Ll}"),
    Phrases("function word", FromPack("function_words"), pack=PACK, ignorecase=False),
)


@rule(
    "untranslated/french-words",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    packs=(PACK,),
    confidence=0.8,
    triggers=FRENCH_WORDS,
)
def french_words(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """French words left inside an English sentence: ``the péquiste caucus``, ``Photo d’archives``, ``[de première instance]``.

    ## Why it matters
    An engine leaves a word untranslated when it does not know it or takes it for a name;
    in English copy the reader meets a French adjective, credit or phrase with no gloss.
    A run of lowercase words is reported when one of them carries a French accent or an
    elision (``d’``, ``l’``, ``qu’``) and is not a loanword English uses, or when it holds
    two French function words (``de la``, ``et des``) between lowercase words.

    ## Examples
    bad:  He spoke at a [[péquiste]] rally in Montreal on Friday.
    bad:  Photo [[d’archives]], Jane Roy
    bad:  The judge [[de première]] instance made mistakes, she said.
    bad:  The ministers met with the [[secrétaire générale]] on Friday.
    bad:  The Ministry of Health ([[ministère de la]] Santé) said so.
    good: She has a certain joie de vivre and a raison d’être, and a café near the cégep.
    good: The Sûreté du Québec and the Coalition avenir Québec met on Rue Saint-Denis.
    good: The Parti Québécois, Le Devoir and the Musée d’art contemporain were named.
    good: The group, the Regroupement des éleveuses et des éleveurs franco-manitobains, said no.
    good: Teachers of the Fédération des travailleurs et travailleuses du Québec voted on Friday.
    bad:  Association members said [[et des]] parents agreed.
    bad:  She thanked the NHL [[entraîneur]] after the game.
    good: The NHL draft, the CAQ caucus and the Parti Québécois met at the Café Dépôt.
    good: The motto, in French, is “je me souviens,” he said.
    good: “On est là pour rester,” he told the crowd (“We are here to stay”).
    good: The résumé of the protégé was an exposé, and the décor was a façade.
    good: Smith et al. studied the vis-à-vis de facto rule.
    good: They ate açaí bowls at the São Paulo café.
    good: He said nous sommes très fiers de nos soldats (source/untranslated-text reports it).
    bad:  The premier thanked the crews.\\n\\nMes [[pensées]] accompagnent les familles [[touchées]] par les inondations.
    good: The premier thanked the crews.\\n\\nMes pensées accompagnent les familles touchées par les inondations. — Jane Roy (@janeroy) March 3, 2024
    good: The premier thanked the crews.\\n\\nMes pensées accompagnent les familles touchées par les inondations.\\n— Jane Roy (@janeroy) 3 March 2024
    bad:  My thoughts are with the families [[touchées]] by the floods. — Jane Roy (@janeroy) March 3, 2024
    bad:  Jane Roy (@janeroy) wrote on March 3, 2024 that the families [[touchées]] would get help.

    An embedded social post (told by its signature, ``— Name (@handle) Month D, YYYY``, or a
    ``pic.twitter.com`` link; ``mtqa.roles``) or a block quotation written in French is quoted
    as published: a premier's tweet in French inside an English story is not a leftover. A
    French word inside a post the engine translated to English still is.
    """
    text = par.text
    lex: FrenchLexicon = ctx.data(PACK)
    if not _maybe_french(text, ctx.hits(par)):
        return
    excuses = _Excuses(par, ctx, lex)
    for run in _french_runs(text, _loan_spans(par, ctx, lex), lex.function_words):
        if not _enough_french(text, run):
            continue
        s, e = run[0][0], run[-1][1]
        if excuses.excuse(s, e):
            continue
        yield ctx.finding(par, s, e, f"French left untranslated: “{text[s:e]}”")


# One word of a run: start, end, the word casefolded, and whether it is strong evidence (an
# accent or an elision) rather than weak (a French function word, a one-word loan).
_RunWord = tuple[int, int, str, bool]


def _loan_spans(par: Paragraph, ctx: RuleContext, lex: FrenchLexicon) -> list[tuple[int, int, bool]]:
    """The paragraph's loanwords (start, end, whether several words), looked for only where a
    token can start one (the same runs `finditer` finds): most paragraphs hold none."""
    if not lex.loans.may_start(ctx.analysis(folded_tokens, par)):
        return []
    return [(s, e, " " in v) for s, e, v in lex.loans.finditer(par.text, par.token_spans)]


def _word_evidence(word: str, loan: tuple[int, int, bool] | None, function_words: frozenset) -> tuple[bool, bool]:
    """(strong, weak): whether a word is French by its form (a French accent, an elision) or only
    by being a French function word. `loan` is the loanword the word sits in, if any: a loan is
    English, but a one-word loan ("première") still counts as weak beside a function word. A
    capitalised word is neither (names are judged elsewhere)."""
    if not word[:1].islower():
        return False, False
    low = word.casefold()
    if loan is not None:
        return False, not loan[2]
    return _french_form(word, low), low in function_words


def _french_form(word: str, low: str) -> bool:
    """Whether a lowercase word looks French by itself: an accent French writes (an accent is
    beyond ASCII) and none French never writes, or an elided article or pronoun before it (an
    elision holds an apostrophe)."""
    if not low.isascii() and _ACCENTED.search(low) and not _NOT_FRENCH.search(low):
        return True
    return ("'" in word or "’" in word) and bool(_ELISION.match(word))


def _loan_at(loans: list[tuple[int, int, bool]], li: int, start: int) -> tuple[int, int, bool] | None:
    """The loan at index `li` if the word starting at `start` lies inside it."""
    if li < len(loans) and loans[li][0] <= start < loans[li][1]:
        return loans[li]
    return None


def _breaks_run(gap: str) -> bool:
    """Whether the text between two French-looking words ends a run: punctuation or a line break."""
    return any(c in _BREAK for c in gap) or "\n" in gap


def _french_runs(text: str, loans: list[tuple[int, int, bool]], function_words: frozenset) -> Iterator[list[_RunWord]]:
    """The runs of French-looking words in `text`, in order: words that are strong or weak
    evidence, with no other word, punctuation or line break between them. A strong word right
    after a capitalised name word is taken for part of the name (Parti québécois)."""
    li = 0
    run: list[_RunWord] = []
    prev_end, prev_word, prev_start = 0, "", 0
    for m in _WORD.finditer(text):
        w, start = m.group(), m.start()
        while li < len(loans) and loans[li][1] <= start:
            li += 1
        strong, weak = _word_evidence(w, _loan_at(loans, li, start), function_words)
        if strong and text[prev_end:start].strip() in ("", "-") and _name_context(text, prev_word, prev_start, w):
            strong = False
        # a word that is neither ends the run, whatever the gap before it
        if run and (not (strong or weak) or _breaks_run(text[prev_end:start])):
            yield run
            run = []
        if strong or weak:
            run.append((start, m.end(), w.casefold(), strong))
        prev_end, prev_word, prev_start = m.end(), w, start
    if run:
        yield run


def _enough_french(text: str, run: list[_RunWord]) -> bool:
    """Whether a run is worth reporting: one strong word, or two weak ones that are not a
    name's particles between capitalised words ("Chemin de la Côte")."""
    if any(r[3] for r in run):
        return True
    if len(run) < 2:
        return False
    nxt = _WORD.match(text, run[-1][1] + 1) if run[-1][1] + 1 < len(text) else None
    return not (chunk_before(text, run[0][0])[:1].isupper() or (nxt is not None and _capitalised(nxt.group())))


class _Excuses:
    """Why a run of French words in a paragraph is not a leftover. Each is judged once a
    paragraph, not once a run: each quoted stretch's language, each sentence's French (a long
    paragraph with no sentence end is one sentence for all its runs), the French names."""

    def __init__(self, par: Paragraph, ctx: RuleContext, lex: FrenchLexicon) -> None:
        self.par, self.ctx, self.lex = par, ctx, lex
        self.text = par.text
        self.french_quotes: dict[tuple[int, int], bool] = {}
        self.french_sentences: dict[tuple[int, int], bool] = {}
        self.names: list[tuple[int, int]] | None = None
        self.bounds: SentenceBounds | None = None

    def excuse(self, s: int, e: int) -> bool:
        """Whether the run at [s, e) is French the copy means to keep."""
        return (self._french_sentence(s)
                or _quoted_french(self.text, s, e, self.lex)  # a French quotation given as such
                or self._quoted_post(s)
                or self._in_name(s, e))

    def _french_sentence(self, s: int) -> bool:
        """Marked as French ("in French"), or a French clause that source/untranslated-text reports whole."""
        if self.bounds is None:
            self.bounds = SentenceBounds(self.text)
        bounds = self.bounds.around(s)
        if bounds not in self.french_sentences:
            sentence = self.text[bounds[0]:bounds[1]]
            self.french_sentences[bounds] = (
                MARKED_AS_FRENCH.search(sentence) is not None
                or len(self.lex.function_words.intersection(sentence.casefold().split())) >= 3)
        return self.french_sentences[bounds]

    def _quoted_post(self, s: int) -> bool:
        """An embedded post or block quotation in French, quoted as published."""
        quoted = self.ctx.analysis(line_roles).quoted_span(self.par, s)
        return quoted is not None and _quoted_in_french(self.text, quoted, self.lex, self.french_quotes)

    def _in_name(self, s: int, e: int) -> bool:
        """A body's French name: "the Regroupement des éleveuses et des éleveurs"."""
        if self.names is None:
            self.names = french_name_spans(self.text, partial(self.ctx.analysis, names_used_in_prose))
        return inside(self.names, s, e)


def _maybe_french(text: str, hits: list) -> bool:
    """A cheap test, on the rule's trigger hits, that a paragraph may hold what french-words
    reports (most English paragraphs do not)."""
    function_words: list[str] = []
    for hit in hits:
        if hit.trigger == "accented word":
            if text[hit.start].islower():
                return True  # a lowercase word with a French accent
        elif hit.trigger == "apostrophe":
            if _ELISION_BEFORE.search(text, max(0, hit.start - 8), hit.start):
                return True
        elif _alone(text, hit.start, hit.end):
            function_words.append(hit.phrase)
    return len(function_words) >= 2  # two, or one twice


def _alone(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a whole whitespace-separated word."""
    return (s == 0 or text[s - 1].isspace()) and (e == len(text) or text[e].isspace())


_ELISION_BEFORE = pattern_cache.compile(r"(?<![\p{L}])(?:d|l|qu|n|c|j|s|m|t|jusqu|lorsqu|puisqu)$")


def _name_context(text: str, prev_word: str, prev_start: int, word: str) -> bool:
    """Whether a lowercase French word continues a capitalised name (Parti québécois, Musée d’art)."""
    if not prev_word or not _capitalised(prev_word):
        return False
    if len(prev_word) >= 2 and prev_word.isupper():
        return False  # an acronym: English copy puts one before its own nouns (the NHL coach)
    # A capitalised word that starts a sentence or a line is not evidence of a name.
    return not _SENTENCE_START.search(text[max(0, prev_start - 3):prev_start])


_OPEN_QUOTES = "“«\"„"
_CLOSE_QUOTES = "”»\""


def _quoted_french(text: str, s: int, e: int, lex: FrenchLexicon) -> bool:
    """Whether [s, e) sits inside a quotation of three or more words that is itself French."""
    o = max(text.rfind(q, max(0, s - 200), s) for q in _OPEN_QUOTES)
    if o < 0:
        return False
    c = [i for i in (text.find(q, e, e + 200) for q in _CLOSE_QUOTES) if i >= 0]
    if not c:
        return False
    inner = text[o + 1:min(c)]
    if any(q in inner for q in _OPEN_QUOTES + _CLOSE_QUOTES):
        return False
    words = [w.casefold() for w in _WORD.findall(inner, concurrent=False)]
    if len(words) < 3:
        return False
    french = sum(1 for w in words if w in lex.function_words or _ACCENTED.search(w) or _ELISION.match(w))
    return 2 * french >= len(words) or len(lex.function_words.intersection(words)) >= 2


# A lowercase word, not a handle or a hashtag: what a quoted post's language is judged on (its
# signature's name, handle and date are not the post's words).
_LOWER_WORD = lazy(r"(?<![@#/\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")


def _quoted_in_french(text: str, span: tuple[int, int], lex: FrenchLexicon, verdicts: dict[tuple[int, int], bool]) -> bool:
    """Whether quoted matter set apart from the story (an embedded post, a block quotation), at
    `span` of `text`, is written in French: a third of its lowercase words French. An engine's
    leftover inside a translated post ("My thoughts are with the families touchées by the
    floods") is one word among English ones. `verdicts` keeps each stretch's answer for the
    paragraph's other runs: a long quotation is read once, not once a run."""
    if span not in verdicts:
        words = [w.casefold() for w in _LOWER_WORD.findall(text, *span, concurrent=False)]
        french = sum(1 for w in words if w in lex.function_words or _ACCENTED.search(w) or _ELISION.match(w))
        verdicts[span] = len(words) >= 3 and 3 * french >= len(words)
    return verdicts[span]


_STOP_SPACE = pattern_cache.compile(r"\. ")
_LINE_BREAK = pattern_cache.compile(r"\n")


class SentenceBounds:
    """Where the sentence around a position starts and ends, by the paragraph's ". " and line
    breaks, found once a paragraph and bisected for each run: searching the text for them from
    each run read a long paragraph with neither to its ends once a run (quadratic: 240k
    characters of French words took 1.7 s, stop 46)."""

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.stops = [m.start() for m in _STOP_SPACE.finditer(text)]
        self.breaks = [m.start() for m in _LINE_BREAK.finditer(text)]

    def around(self, i: int) -> tuple[int, int]:
        """(start, end): the last ". " that ends before i, or the last line break before it, or
        0; the first ". " from i on, or the paragraph's end."""
        k = bisect_right(self.stops, i - 2) - 1
        b = bisect_left(self.breaks, i) - 1
        start = max(self.stops[k] if k >= 0 else -1, self.breaks[b] if b >= 0 else -1, 0)
        e = bisect_left(self.stops, i)
        return start, self.stops[e] if e < len(self.stops) else self.size


_NAME_AFTER = lazy(r"[ \u00a0]+\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]+)+")


@rule(
    "untranslated/french-title",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    fix=FixAvailability.ALWAYS,
    packs=(PACK,),
    confidence=0.8,
    triggers=(Phrases("title word", FromPack("title_words"), pack=PACK, ignorecase=False),),
)
def french_title(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A French title left in lowercase before a person's name: ``said chef Jane Roy``, ``ministre Paul Roy``.

    ## Why it matters
    Engines treat a lowercase title before a name as part of the name and leave it:
    ``chef`` (party leader), ``ministre``, ``député``, ``porte-parole``. In English copy
    ``chef`` reads as a cook and the others as foreign words.

    ## Examples
    bad:  “We never expected this,” said [[chef]] Jane Roy of the Parti Québécois.
    bad:  The bill was tabled by [[ministre]] Paul Roy on Tuesday.
    good: “We never expected this,” said Parti Québécois Leader Jane Roy.
    good: The dinner was cooked by celebrity chef Jane Roy and pastry chef Paul Roy.
    good: The chef said the menu would change; Chef Jane Roy agreed.

    ## Fix safety
    Display only: the English title depends on the office (leader, minister, MNA, spokesperson).
    """
    text = par.text
    lex: FrenchLexicon = ctx.data(PACK)
    if not any(_alone(text, h.start, h.end) for h in ctx.hits(par)):
        return
    for s, e, _title in lex.titles.finditer(text):
        if not text[s:s + 1].islower():
            continue
        if not _NAME_AFTER.match(text, e):
            continue
        before = text[:s].split()
        if before and before[-1].casefold().strip(",") in lex.english_before:
            continue
        yield ctx.finding(
            par, s, e, f"French title “{text[s:e]}” left untranslated before a name",
            fix=Fix.display_only("Write the English title (leader, minister, MNA, spokesperson …)"),
        )


# Letters of a script other than Latin, Han, kana and Hangul (those are source/untranslated-text's).
_FOREIGN_CHARACTER = r"[[\p{L}--[\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]]\p{M}]"
_FOREIGN_RUN = pattern_cache.compile(
    rf"(?V1)(?<![\p{{L}}\p{{M}}]){_FOREIGN_CHARACTER}{{2,}}"
    rf"(?:[ \u00a0]+{_FOREIGN_CHARACTER}{{2,}})*(?![\p{{L}}\p{{M}}])"
)
# One such character (each beyond ASCII): a paragraph without one has no run to look for.
_foreign_character = member_test(lazy("(?V1)" + _FOREIGN_CHARACTER))


@rule(
    "untranslated/foreign-script",
    triggers=(Pattern("non-ASCII", r"[^\x00-\x7F]+"),),
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
)
def foreign_script(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai …) left in English copy.

    ## Why it matters
    An engine that pivots through another language, or a page that was translated for
    another audience first, can leave words in that language's script. English readers
    cannot read them. (Chinese, Japanese and Korean script is reported by
    ``source/untranslated-text``.)

    ## Examples
    bad:  We will give it to the mayor [[బుధవారం]] on Wednesday.
    bad:  The minister said [[спасибо]] and left.
    good: The dose was 5 μg and the angle π/2, he said.
    good: The city of Moscow (Москва) and Athens (Αθήνα) sent delegates.

    ## Known issues
    A name given in its own script in brackets after its English form is left alone;
    elsewhere a quotation in its original script is reported.
    """
    text = par.text
    if text.isascii() or not any_of(ctx.analysis(beyond_ascii, par).characters, _foreign_character):
        return
    for m in _FOREIGN_RUN.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if before.endswith("(") and regex.search(r"\p{Lu}\p{L}+[ \u00a0]\($", before) and text[m.end():m.end() + 1] == ")":
            continue  # "Moscow (Москва)": a name glossed in its own script
        yield ctx.finding(par, m.start(), m.end(), f"Text in a non-Latin script left in English copy: “{m.group()}”")


# French-spaced guillemets around a short lowercase phrase: « chicane ».
_GUILLEMET_QUOTE = lazy(r"«[ \u00a0\u202f]+(\p{Ll}[\p{L}'’\- ]{0,40}?)[ \u00a0\u202f]+»")


@rule(
    "untranslated/guillemet-quote",
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    confidence=0.6,
    triggers=(Chars("opening guillemet", "«"),),
)
def guillemet_quote(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A word or short phrase inside French-spaced guillemets (``« chicane »``): a fragment the engine passed through.

    ## Why it matters
    An engine that translates a quoted word turns the guillemets into English quotation
    marks along with it; French guillemets still spaced the French way (``« … »``) show a
    fragment copied from the source untouched, so its words are most likely still French.

    ## Examples
    bad:  He urged his members to avoid « [[chicane]] » and stay united.
    good: He urged his members to avoid “bickering” and stay united.
    good: The sign read «Stop» in both languages; she said « Bonjour Montréal » on air.

    ## Known issues
    The words inside are not checked against a dictionary: an English word inside French
    guillemets is reported too (it is a quotes problem then, reported by the quotes family).
    """
    text = par.text
    for m in _GUILLEMET_QUOTE.finditer(text):
        yield ctx.finding(par, m.start(1), m.end(1), f"Passed through untranslated in French guillemets: “{m.group(1)}”")
