"""Source-language leftovers that the French-words rule does not see: other languages' accents,
function words without accents, and titles used as common nouns.

`untranslated/french-words` reads French accents and elisions. Engines translating from
Spanish, Portuguese and Italian leave words marked with letters French never uses (á, í, ó,
ú, ã, õ, ì, ò: "según", "la política", "informação"), and every engine leaves a connective or
preposition it took for a name ("selon the minister", "laut the report") or a title with no
name after it ("the ministre said", "the alcalde"). Those are closed classes: the lists below
are the source languages' own function words and civic titles that are not English words,
loanwords or common names.

Quiet: names (capitalised words, except a connective opening a sentence before a lowercase
word), loanwords English spells with these letters, words in quotation marks or marked as
foreign ("in Spanish", "Portuguese for"), embedded posts and block quotations (`mtqa.roles`),
and whole foreign clauses (`source/untranslated-text`'s).
"""

from __future__ import annotations

import re
from typing import Iterator

from mtqa.finding import Severity
from mtqa.patterns import lazy_re
from mtqa.quoted_language import in_foreign_quotation
from mtqa.rule import RawFinding, RuleContext, rule
from mtqa.scan import Chars, Phrases
from mtqa.segment import Paragraph, sentence_stops

# Letters of Spanish, Portuguese and Italian words that French and English words do not carry.
_OTHER_ACCENT = lazy_re(r"[áíóúãõìò]")
_LOWER_WORD = lazy_re(r"(?<![\w’'\-])[a-zß-ÿ]+(?:-[a-zß-ÿ]+)*(?![\w’'\-])")
# English loanwords and dish names written with those letters.
_LOANS = frozenset({"açaí", "jícama", "ñandú", "maracujá", "pão", "cachaça", "capoeira", "guaraná", "jalapeño",
                    "piñata", "mañana", "señor", "señora", "señorita", "habanero", "olé", "más", "sí", "vis-à-vis",
                    "façade", "déjà", "à", "où", "cortège", "lò"})

# Connectives, prepositions and adverbs of French, Spanish, Italian, Portuguese and German that
# are not English words, loanwords or common names ("plus", "entre", "contra", "encore" are).
_FUNCTION_WORDS = frozenset({
    # French ("sous", "ensuite" are English loans: sous-chef, an ensuite; accented words are french-words')
    "selon", "lors", "aussi", "ainsi", "depuis", "donc", "alors", "notamment", "cependant", "toutefois",
    "pourtant", "puisque", "lorsque", "parce", "avec", "dans", "mais", "moins", "toujours", "jamais",
    "hier", "demain", "beaucoup", "enfin",
    # Spanish ("hasta" is in English idiom: hasta la vista)
    "según", "pero", "mientras", "desde", "aunque", "porque", "cuando", "donde", "entonces", "todavía",
    "siempre", "nunca", "antes", "hacia", "muy",
    # Italian
    "secondo", "anche", "però", "quindi", "mentre", "dopo", "senza", "sempre", "ancora", "oggi", "ieri", "molto",
    # Portuguese
    "quando", "onde", "muito", "ainda", "hoje", "depois", "ontem", "então",
    # German
    "laut", "jedoch", "sowie", "zudem", "außerdem", "allerdings", "bereits", "nämlich", "sondern", "wegen",
    "trotz", "seit", "gegen", "ohne", "durch", "sehr", "jetzt", "heute", "gestern", "noch", "schon", "auch",
})
# Joining words of those languages that also sit inside names ("Puerto del Rosario", "Ciencia y
# Tecnología", "Piero della Francesca"): a leftover only between two lowercase words, where no
# name holds them ("the policy del government", "workers y farmers"). Not English words or loans:
# "para" (para hockey), "con", "da", "do", "van" and "von" are left out.
_JOINING_WORDS = frozenset({
    "y", "del", "los", "las",  # Spanish
    "della", "delle", "degli", "dello", "nella", "sulla",  # Italian
    "pelo", "pela", "pelos", "nas", "nos",  # Portuguese
    "und", "mit", "oder", "nach", "auf", "zum", "zur",  # German
})
# "x and y", "y = 2": a letter in an English list or formula, not the Spanish "and".
_LETTER_LIST = frozenset({"and", "or", "x", "of", "the"})
# Civic titles of those languages, unaccented, that are not English words: left as common
# nouns ("the ministre said", "the alcalde of Lima"). Before a name, french-title reports them.
_TITLES = frozenset({
    "ministre", "maire", "mairesse", "commissaire", "cheffe", "ministro", "ministra", "alcalde", "alcaldesa",
    "diputado", "diputada", "senador", "senadora", "concejal", "gobernador", "gobernadora", "sindaco",
    "deputato", "deputata", "senatore", "prefeito", "prefeita", "deputado", "deputada", "governador",
    "vereador", "vereadora", "bürgermeister", "abgeordnete", "abgeordneter",
})
_MARKED = lazy_re(r"\b(?:in|from the|the)\s+(?:French|Spanish|Portuguese|Italian|German)\b|"
                     r"\b(?:French|Spanish|Portuguese|Italian|German)(?:-language)?\s+(?:for|word|term|phrase|name|motto|slogan)\b")
_CLAUSE_RUNS = 4
_CLAUSE_WORDS = 4


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The sentence holding `start`, within its line, as the segmenter ends sentences
    (`sentence_stops`: "Sr. García" is one sentence)."""
    s = text.rfind("\n", 0, start) + 1
    for stop in sentence_stops(text, s, start):
        s = stop
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end + 1
    return s, next(sentence_stops(text, start, line_end), line_end)


def _quoted(text: str, start: int, s: int) -> bool:
    """Whether `start` is inside a quotation that opened in its sentence (an odd count of marks before it)."""
    before = text[s:start]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _foreign(word: str) -> bool:
    return word in _FUNCTION_WORDS or word in _TITLES or (bool(_OTHER_ACCENT.search(word)) and word not in _LOANS)


_WORD_BEFORE = lazy_re(r"([\w’'\-]+)[ \u00a0]+$")
_WORD_AFTER = lazy_re(r"[ \u00a0]+([\w’'\-]+)")


def _joining_leftover(text: str, start: int, end: int) -> bool:
    """Whether the joining word at text[start:end] sits between two lowercase words (a leftover
    of the source's syntax), not inside a name or an English letter list ("x and y")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    if before is None or after is None:
        return False
    prev, nxt = before.group(1), after.group(1)
    if not (prev[:1].islower() and nxt[:1].islower()):
        return False
    return not (text[start:end] == "y" and prev in _LETTER_LIST)


@rule(
    "untranslated/source-leftover",
    # a foreign word is a listed function word or title, or holds one of those letters
    triggers=(Phrases("function word or title", tuple(sorted(_FUNCTION_WORDS | _TITLES | _JOINING_WORDS)),
                      ignorecase=False),
              Chars("other accent", "áíóúãõìò")),
    category="Accuracy/Untranslated",
    severity=Severity.MAJOR,
    confidence=0.8,
)
def source_leftover(par: Paragraph, ctx: RuleContext) -> Iterator[RawFinding]:
    """A Spanish, Portuguese or Italian word, or a source-language connective, joining word or title, left in an English sentence.

    ## Why it matters
    An engine passes through what it takes for a name: "según the minister", "the política
    of the government", "the ministre said". The reader meets a foreign word with no gloss,
    and the meaning it carried (an attribution, a title) is lost.

    ## Examples
    bad:  The reform passed, [[según]] the minister, on Monday.
    bad:  The president spoke about [[la política económica]] of the country.
    bad:  The [[ministre]] said the budget would be tabled next week.
    bad:  The deputies voted [[selon]] the rules of the Assembly.
    bad:  The decision was taken by the [[alcalde]] of Lima on Friday.
    bad:  The farmers [[y]] fishers marched against the reform [[del]] government on Monday.
    bad:  The budget was approved [[mit]] the votes of the coalition.
    good: The reform passed, according to the minister, on Monday.
    good: José Martínez met the mayor of São Paulo and the Ministro Hales Tunnel crew.
    good: They ate açaí bowls and a jalapeño, mañana, señor.
    good: The sous chef booked a room with an ensuite; hasta la vista, he wrote, plus the entre nous.
    good: The motto, in Spanish, is según la ley; he shouted “¡sí, se puede!” at the rally.
    good: He said “la política es así” and left; the plus side and the contra rebels were named.
    good: He toured Puerto del Rosario, the Ministerio de Ciencia y Tecnología and Piero della Francesca's town.
    good: Plot x and y on the chart; the para hockey team and the MIT lab met.
    good: The mayor thanked the crews.\\n\\nGracias a todos, seguimos según lo previsto. — Ana Ruiz (@anaruiz) March 3, 2024
    bad:  The mayor thanked the crews.\\n\\nThe works go on [[según]] the plan, the mayor wrote. — Ana Ruiz (@anaruiz) March 3, 2024
    """
    text = par.text
    runs: list[list[int]] = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        if not _foreign(word) and not (word in _JOINING_WORDS and _joining_leftover(text, m.start(), m.end())):
            continue
        if runs and text[runs[-1][1]:m.start()].strip() == "":
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    if len(runs) >= _CLAUSE_RUNS or any(len(text[s:e].split()) >= _CLAUSE_WORDS for s, e in runs):
        return  # foreign clauses: source/untranslated-text's
    for start, end in runs:
        # Take in a lowercase article or preposition just before the run ("la política").
        prev = re.search(r"(?<![\w’'\-])(?:la|las|el|los|le|les|de|del|da|do|di|a|o)\s+$", text[max(0, start - 5):start])
        if prev is not None and _OTHER_ACCENT.search(text[start:end]):
            start -= len(prev.group())
        s, e = _sentence(text, start)
        sentence = text[s:e]
        if _MARKED.search(sentence) or _quoted(text, start, s):
            continue
        if in_foreign_quotation(ctx, par, start):
            continue  # an embedded post or block quotation, printed as published (mtqa.roles)
        yield ctx.finding(par, start, end, f"Source-language words left untranslated: “{text[start:end]}”")
