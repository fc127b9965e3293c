"""The short cuts a new document's words take on their first sighting, held to the work they
stand in for: the whitespace chunks that may start an official name, and the ASCII fast paths
of the folds (`text.fold.without_marks`, the names pack's `fold`)."""

from __future__ import annotations

import random
import unicodedata

from mtqa.accents import NAME_TOKEN, OfficialNames
from mtqa.rules.names.pack import fold
from mtqa.text.fold import without_marks

_NAMES = [("Hydro-Québec", "company"), ("Parti Québécois", "party"), ("Coalition Avenir Québec", "party"),
          ("Trois-Rivières", "place"), ("Lévis", "place"), ("Université Laval", "institution"),
          ("Saint-Jean-sur-Richelieu", "place"), ("Québec solidaire", "party"), ("Ōtautahi Area", "place")]
# Pieces of chunks: the names' words in every case, look-alikes, and characters whose case the
# `islower` gate must read as the words' first letters do (titlecase ǅ, a mathematical capital
# that has no lowercase, ß and ﬁ that casefold to two letters, capitals beyond Latin, digits).
_PIECES = ["hydro", "Hydro", "HYDRO", "québec", "Québec", "quebec", "parti", "Parti", "party", "Partie",
           "coalition", "Coalition", "avenir", "d'Avenir", "d’avenir", "trois", "Trois", "Troi", "lévis",
           "Lévis", "Levis", "levi's", "université", "Universite", "saint", "Saint", "jean", "Jean", "sur",
           "richelieu", "ōtautahi", "Ōtautahi", "ǅemal", "ǆemal", "𝐀rea", "Ärea", "straße", "ﬁle", "Ωmega",
           "ωmega", "İstanbul", "1990s", "42", "the", "a", "", "'", "’", ".", ",", "(", "\u0301"]
_JOINS = ["", "", "-", "‑", "–", "'", "’", ".", "/"]


def _chunk_may_start_as_written(names: OfficialNames, chunk: str) -> bool:
    """The test as it read before the `islower` gate: every word looked up."""
    started = names._names_started(NAME_TOKEN.findall(chunk))
    if not started:
        return False
    if "-" not in chunk:
        return any(w[:1].isupper() for w in started)
    return any(
        m.group() in started and (m.group()[:1].isupper() or chunk[m.end() : m.end() + 1] == "-")
        for m in NAME_TOKEN.finditer(chunk)
    )


def test_a_chunk_may_start_a_name_as_every_word_looked_up_says() -> None:
    rng = random.Random(9)
    gated, longhand = OfficialNames(_NAMES, ["Quebec City"]), OfficialNames(_NAMES, ["Quebec City"])
    passed = 0
    for _ in range(20_000):
        chunk = "".join(rng.choice(_PIECES) + rng.choice(_JOINS) for _ in range(rng.randint(1, 4))).strip()
        if not chunk:
            continue
        want = _chunk_may_start_as_written(longhand, chunk)
        assert gated._chunk_may_start(chunk) == want, chunk
        passed += want
    assert passed > 500  # the look-alikes reach both answers, with and without hyphens


def test_the_folds_fast_paths_give_what_the_longhand_gives() -> None:
    rng = random.Random(10)
    letters = [chr(c) for c in range(128)] + list("éÉ’'ßﬁİıſKǅ\u0301\u0327Ωω𝐀Ō")
    for _ in range(20_000):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        for form in ("NFD", "NFKD"):
            assert without_marks(s, form) == "".join(
                c for c in unicodedata.normalize(form, s) if not unicodedata.combining(c)), (s, form)
        d = unicodedata.normalize("NFD", s.casefold())
        assert fold(s) == "".join(c for c in d if not unicodedata.combining(c)).replace("’", "'"), s


def test_every_letter_is_a_name_token_s_letter() -> None:
    """`isalpha` chunks are taken as one word: every letter Python knows is one for `regex`."""
    letters = "".join(c for c in map(chr, range(0x110000)) if c.isalpha())
    assert NAME_TOKEN.fullmatch(letters)


def test_a_word_starts_a_name_alone_as_among_others() -> None:
    names = OfficialNames(_NAMES, ["Quebec City"])
    for word in {w for p in _PIECES for w in NAME_TOKEN.findall(p)} | {"Hydra", "Parta", "Universe"}:
        among = word in OfficialNames(_NAMES, ["Quebec City"])._names_started([word, "the"])
        alone = names._starts_some(word)  # first: what it remembers must serve `_names_started`
        assert alone == among == (word in names._names_started([word, "the"])), word


# Texts that take the rules below through every branch that once called `regex`'s module
# functions with a fixed pattern (parsed anew by `regex` in every process that reached one).
_THROUGH_THE_BRANCHES = {
    "grammar/perfect-with-past-time": ["The minister has announced the plan last week.",
                                       "She has met him every Tuesday since the spring.",
                                       "He has tabled a bill that will be debated Tuesday."],
    "grammar/day-between-commas": ["They continued to attack the CAQ, Thursday, associating it with cuts.",
                                   "Come on Monday, Tuesday, and Wednesday.",
                                   "We met them, Monday, during the day and Friday too."],
    "grammar/gendered-reflexive-for-institution": ["The CAQ defends herself against critics.",
                                                   "The party leader himself spoke."],
    "institutions/province-as-state": ["Two state government orders were issued in New Brunswick.",
                                       "Manitoba's premier said the state does not require the powers."],
}


def test_these_rules_search_with_module_patterns_not_regex_s_functions(monkeypatch) -> None:
    """Their patterns go through the pattern cache, so a process reaching them parses none:
    with `regex`'s module functions broken, they find what they find with them."""
    import regex

    from mtqa.engine import Checker

    checker = Checker(select=list(_THROUGH_THE_BRANCHES), languagetool="off")
    text = "\n\n".join(t for texts in _THROUGH_THE_BRANCHES.values() for t in texts)
    want = [(f.rule_id, f.span, f.text) for f in checker.check(text).findings]
    assert {r for r, _s, _e in want} == set(_THROUGH_THE_BRANCHES)

    def broken(*args, **kwargs):
        raise AssertionError("a pattern parsed at check time")

    for name in ("search", "match", "fullmatch"):
        monkeypatch.setattr(regex, name, broken)
    fresh = Checker(select=list(_THROUGH_THE_BRANCHES), languagetool="off")
    assert [(f.rule_id, f.span, f.text) for f in fresh.check(text + "\n\nAgain.").findings] == want
