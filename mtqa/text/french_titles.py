"""French titles quoted as published inside English copy: where no English rule should read.

Newsrooms writing English Quebec copy quote the French titles of articles, reports, shows and
books as they were published ("a report titled Les mines : le gouvernement a caché ..."). Such
a title is not an engine's leftover: its words are French on purpose, its spacing is French
typography. A title is a run of French words with at least two French function words, either
inside quotation marks right after a title cue ("the article “...”", "headlined «...»"), or
unmarked right after "titled", "entitled" or "headlined", up to where English resumes (the
first English function word, or the sentence's end). French words an engine left in body copy,
with no cue and no marks, are not titles and stay for the untranslated rules.
"""

from __future__ import annotations

from mtqa.patterns import lazy
from mtqa.text.function_words import EN_FUNCTION, FR_FUNCTION
from mtqa.text.quotation import quotation_spans

__all__ = ["french_title_spans"]

# The words a title is introduced by: a verb of naming, or a noun for a published work.
_CUE_VERB = r"(?:en)?titled|headlined"
_CUE_NOUN = (r"(?:the|a|an|its|his|her|their)\s+(?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+)?"
             r"(?:article|report|story|headline|column|editorial|documentary|show|series|program|programme|"
             r"book|film|podcast|investigation|study|op-ed|piece)")
_CUE_BEFORE_MARK = lazy(rf"\b(?:{_CUE_VERB}|{_CUE_NOUN})\s*[,:]?\s*$")
_CUE_UNMARKED = lazy(rf"\b(?:{_CUE_VERB})\s+")
_TOKEN = lazy(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[.!?;]|\n")
# French function words a title is written with: the shared set, and the possessives and the
# article titles open on ("son", "sa", "ses", "un").
_TITLE_FRENCH = FR_FUNCTION | {"son", "sa", "ses", "un"}
# English function words that are not French: where English resumes after an unmarked title.
_ENGLISH_ONLY = EN_FUNCTION - _TITLE_FRENCH
_MIN_WORDS = 3
_MIN_FRENCH_FUNCTION = 2


def _function_words(words: list[str]) -> tuple[int, int]:
    """(French function words, English-only function words) among `words`, elided articles
    ("l’", "d’") counted as French."""
    fr = en = 0
    for w in words:
        low = w.casefold()
        head = low.replace("’", "'").split("'")[0]
        if low in _TITLE_FRENCH or ("'" in low.replace("’", "'") and head in _TITLE_FRENCH):
            fr += 1
        elif low in _ENGLISH_ONLY:
            en += 1
    return fr, en


def _is_french(words: list[str]) -> bool:
    fr, en = _function_words(words)
    return len(words) >= _MIN_WORDS and fr >= _MIN_FRENCH_FUNCTION and fr > en


def _unmarked_title(text: str, start: int) -> tuple[int, int] | None:
    """The French run from `start` up to where English resumes, if it reads as French."""
    words: list[str] = []
    end = start
    for m in _TOKEN.finditer(text, start):
        tok = m.group()
        if tok in ".!?;\n" or tok.casefold() in _ENGLISH_ONLY:
            break
        words.append(tok)
        end = m.end()
    return (start, end) if _is_french(words) else None


def french_title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the French titles quoted in `text` (see the module's docstring), in order."""
    if not any(cue in text for cue in ("itled", "eadline", "article", "report", "story", "show", "series",
                                       "book", "film", "column", "editorial", "documentary", "program",
                                       "podcast", "investigation", "study", "op-ed", "piece")):
        return []
    spans: list[tuple[int, int]] = []
    for s, e in quotation_spans(text, straight_within_line=True):
        if _CUE_BEFORE_MARK.search(text, max(0, s - 80), s) and _is_french(_TOKEN.findall(text, s + 1, e - 1)):
            spans.append((s, e))
    for m in _CUE_UNMARKED.finditer(text):
        if text[m.end(): m.end() + 1] in "“\"«":
            continue  # a quoted title: read above
        found = _unmarked_title(text, m.end())
        if found is not None:
            spans.append(found)
    return sorted(spans)
