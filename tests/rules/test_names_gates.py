"""The names and consistency families' short cuts held to the searches they stand in for, on
look-alikes: a gate may set text aside only where the full search finds nothing there."""

from __future__ import annotations

import random

import pytest

from mtqa.accents import OfficialNames

_NAMES = [("Hydro-Québec", "company"), ("Parti Québécois", "party"), ("Coalition Avenir Québec", "party"),
          ("Trois-Rivières", "place"), ("Lévis", "place"), ("Université Laval", "institution"),
          ("Saint-Jean-sur-Richelieu", "place"), ("Québec solidaire", "party")]
_PIECES = ["hydro", "Hydro", "hydra", "Hydra", "Québec", "Quebec", "quebec", "QUÉBEC", "Parti", "parti", "part",
           "party", "Party", "Quebecois", "québécois", "Coalition", "coalition", "Avenir", "avenir", "d'Avenir",
           "Levis", "lévis", "Lévis", "Levi's", "Trois", "trois", "Rivieres", "rivières", "Université", "Universite",
           "universe", "University", "Laval", "laval", "Saint", "saint", "Jean", "sur", "Richelieu", "Solidaire",
           "solidaire", "the", "said", "(", ")", ",", ".", "1", "Roy"]
_GLUE = [" ", " ", "  ", "-", "‑", "–", "\n", "\u00a0", "'", "’", ""]


class _Ungated(OfficialNames):
    """Every whitespace chunk may start a name: the search over every paragraph."""

    def _chunk_may_start(self, chunk: str) -> bool:
        return True


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def test_official_names_found_in_a_story_are_those_found_paragraph_by_paragraph() -> None:
    rng = random.Random(6)
    shared, ungated = OfficialNames(_NAMES, ["Quebec City"]), _Ungated(_NAMES, ["Quebec City"])
    found = 0
    for _ in range(800):
        texts = _texts(rng, rng.randint(1, 5))
        want = [(k, h) for k, text in enumerate(texts) for h in ungated.finditer(text)]
        assert list(shared.find_in(texts)) == want, texts
        assert list(OfficialNames(_NAMES, ["Quebec City"]).find_in(texts)) == want, texts
        assert [(k, h) for k, text in enumerate(texts) for h in shared.finditer(text)] == want, texts
        found += len(want)
    assert found > 100, "the look-alikes hold no official name: the test would prove nothing"


# ---------------------------------------------------------------------------------------
# Consistency rules that search only where their trigger (a run of capitalised words, or a
# possessive name) fired: the same findings as the search over every paragraph.

_NAMES_WRITTEN = ["Federal Office", "Flood Falls Trail", "Big Bang", "Hudson’s Hope", "Queen's Park", "Élise Roy Centre",
                  "Canada’s Wonderland", "Trudeau’s Liberals", "Ǆǆa Lake", "\u212aelvin Park", "Prime Minister"]
_CONTEXT = ["the", "The", "a", "of", "and", "ICBC", "said", "McDonald", "Mr.", "2", "A1", "Later", "for", "in", "only"]
_SEPARATORS = [" ", " ", " ", " ", ", ", "; ", ": ", ". ", "  ", "\u00a0", "-", "’", "\n\n", " “", "” "]


def _written(rng: random.Random, name: str) -> str:
    """A name as a story may write it: as it is, lowercase, a capital lost, its possessive dropped."""
    words = name.split(" ")
    how = rng.randrange(6)
    if how == 1:
        return name.lower()
    if how == 2:
        return " ".join(w if k == 0 or rng.random() < 0.5 else w.lower() for k, w in enumerate(words))
    if how == 3:
        return name.replace("’s", "").replace("'s", "")
    if how == 4:
        return name.upper()
    return name


def _stories(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join((_written(rng, rng.choice(_NAMES_WRITTEN)) if rng.random() < 0.4 else rng.choice(_CONTEXT))
                    + rng.choice(_SEPARATORS) for _ in range(rng.randint(3, 30))) for _ in range(n)]


def _spans(rule_id: str, text: str) -> list[tuple[int, int, str]]:
    from mtqa import Checker
    from mtqa.document import Document

    found, _ran, _skipped, _ = Checker(select=[rule_id], languagetool="off").findings(Document(text))
    return [(f.span.start, f.span.end, f.message) for f in found]


def _every_paragraph_hit(self, par, trigger=None) -> list:
    """A hit over the whole paragraph, wherever the text is: the rule searches everywhere."""
    from mtqa.scan.triggers import Hit

    return [Hit("everywhere", 0, len(par.text), "")]


@pytest.mark.parametrize("rule_id", ["consistency/name-case", "consistency/possessive-dropped"])
def test_a_rule_searching_its_runs_finds_what_it_finds_everywhere(rule_id: str, monkeypatch) -> None:
    from mtqa.rule import RuleContext
    from mtqa.scan import available_backends

    stories = _stories(len(rule_id), 1000)
    expected = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(RuleContext, "hits", _every_paragraph_hit)
        mp.setattr(RuleContext, "fired_in", lambda self, pars: pars)
        expected = [_spans(rule_id, text) for text in stories]
    assert sum(map(bool, expected)) > 15, "the look-alikes give no findings: the test would prove nothing"
    for backend in available_backends():
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        assert [_spans(rule_id, text) for text in stories] == expected, backend


def _look_alikes_around_runs(seed: int, n: int) -> list[str]:
    """Texts with runs of capitals after what name-case's patterns look for before and after
    them: acronyms, digits, "&", linking words, capitals beyond ASCII, titles."""
    rng = random.Random(seed)
    pieces = ["ICBC", "A1", "B&Q", "ÉÉ", "Ǆ", "the", "The", "of", "for", "on", "and", "with", "in", "to", "at", "a",
              "an", "Minister", "Foreign", "Affairs", "Wealth", "Management", "Élise", "Roy", "\u212aelvin", "ǅa",
              "2", "3M", "x", "oF", "aT", "Of", "’s", "'"]
    seps = [" ", " ", " ", "  ", "\u00a0", "-", ", ", "\n"]
    return ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_name_case_s_tests_around_a_run_are_its_patterns() -> None:
    from mtqa.rules.consistency import rules as consistency

    texts = _look_alikes_around_runs(8, 1500)
    seen = [0, 0, 0]
    for text in texts:
        for i in range(len(text) + 1):
            want = (consistency._SPACE_CAPITAL.match(text[i:i + 2]) is not None,
                    consistency._ACRONYM_BEFORE.search(text, max(0, i - 12), i) is not None,
                    consistency._NAME_LINK_BEFORE.search(text, max(0, i - 40), i) is not None)
            got = (consistency._capital_after(text, i), consistency._after_acronym(text, i),
                   consistency._ends_longer_name(text, i))
            assert got == want, (text, i)
            seen = [n + w for n, w in zip(seen, want)]
    assert min(seen) > 50, "the look-alikes seldom hold what the patterns find: the test would prove little"


def test_name_case_s_title_test_is_each_word_s() -> None:
    from mtqa.rules.consistency import rules as consistency

    assert not any(" " in chr(c).casefold() for c in range(0x110000) if c != 0x20), "a character folds to a space"
    for name in ["Prime Minister", "PRIME MINISTER", "The General Store", "Generals Motors", "Chief", "ﬁrst Mayor",
                 "Big Bang", "Attorney-General Roy", "Ǆǆa Lake", "MİNİSTER Roy"]:
        want = any(w.casefold() in consistency._TITLE_WORDS for w in name.split(" "))
        assert consistency._holds_title(name) == want, name


def test_a_capital_first_is_never_a_lowercase_mention() -> None:
    """name-case passes over a place whose first character is a capital (for names under three
    words): no string starting with one is lowercase."""
    for c in map(chr, range(0x110000)):
        if c.isupper():
            assert not (c + "ab cd").islower(), hex(ord(c))


def _generic_heads_everywhere(text: str) -> list[tuple[int, int]]:
    """generic-head-case's spans, its two patterns searched over every paragraph (as it was)."""
    from mtqa.document import Document
    from mtqa.rules.consistency import rules as consistency

    doc = Document(text)
    names_before: dict[str, set[str]] = {}
    for par in doc.paragraphs:
        for m in consistency._LOWER_HEAD.finditer(par.text):
            names_before.setdefault(m.group(1).removesuffix("s"), set()).add(
                m.group(0)[: m.start(1) - m.start()].strip())
    parallel = {head for head, names in names_before.items() if len(names) >= 2}
    return [par.span_to_doc(m.start(1), m.end(1)) for par in doc.paragraphs if parallel
            for m in consistency._CAPITAL_HEAD.finditer(par.text) if m.group(1).lower().removesuffix("s") in parallel]


def test_generic_head_case_searched_in_runs_finds_what_it_finds_everywhere(monkeypatch) -> None:
    from mtqa.scan import available_backends

    rng = random.Random(14)
    lead = ["the", "the", "the", "fought", "and", ",", ";", ":", "The", "Crews", "BC", "Mr.", "of"]
    capitals = ["Fry", "Creek", "Heather", "Lake", "Flood", "Falls", "Red", "Deer", "Bow", "Valley", "Éé", "Ǆǆ",
                "McRae", "Trail's", "\u212aelvin", "Service", "Wildfire"]
    heads = ["wildfire", "Wildfire", "wildfire", "Wildfire", "flood", "Flood", "wildfires", "Wildfires", "flood", "Flood", "floods", "trail", "Trail",
             "trail's", "Trail-", "of", "Service"]
    seps = [" ", " ", " ", " ", " ", " ", "  ", "\u00a0", "-", "’", ". ", ", ", "\n\n"]

    def chunk() -> str:
        name = " ".join(rng.choice(capitals) for _ in range(rng.choice((1, 2, 2, 3, 4))))
        return rng.choice(lead) + rng.choice(seps[:8]) + name + rng.choice(seps[:9]) + rng.choice(heads)

    stories = ["".join(chunk() + rng.choice(seps) for _ in range(rng.randint(2, 16))) for _ in range(600)]
    expected = [_generic_heads_everywhere(text) for text in stories]
    assert sum(map(bool, expected)) > 15, "the look-alikes give no findings: the test would prove nothing"
    for backend in available_backends():
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        got = [[(s, e) for s, e, _ in _spans("consistency/generic-head-case", text)] for text in stories]
        assert got == expected, backend


def test_the_words_of_a_run_of_names_are_those_the_word_pattern_finds() -> None:
    import regex

    from mtqa.rules.names import analysis

    word = regex.compile(r"\p{Lu}[\p{Ll}'’][\p{L}'’\-]*+")  # what the inventory read runs with before
    rng = random.Random(3)
    pieces = ["Mark", "A.", "Milley", "O’Neil", "D'Arcy", "Jean-Guy", "Éé", "Ǆǆa", "Roy's", "X.", "Mc", "the", "B",
              ".", "-", "’", "\u212aelvin"]
    runs = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", ", "]) for _ in range(rng.randint(1, 8)))
        for m in analysis._RUN.finditer(text):
            runs += " " in m.group()
            assert analysis._words_of(m.group()) == [(w.group(), w.start()) for w in word.finditer(m.group())], text
    assert runs > 500


def _given_names_everywhere(text: str, data) -> list[tuple[int, int]]:
    """given-name-accent's spans with its pattern searched over every paragraph (as it was)."""
    from mtqa.document import Document
    from mtqa.rules.names import accented as names

    doc = Document(text)
    skip = {(par.index, s) for par, s, _, _, _ in names.accent_variants_of(doc, data)}
    keeps_accents = any(a in p.text for p in doc.paragraphs for a in data.accented)
    out = []
    for par in doc.paragraphs:
        text = par.text
        for m in names._GIVEN.finditer(text):
            s = m.start()
            entry = data.given.get(m.group())
            if entry is None or (par.index, s) in skip or m.group(1) in names._PLACE_NOUNS:
                continue
            if text[m.end():m.end() + 1] == "-" and names._PLACE_AFTER.match(text, m.end(1)):
                continue
            if s and (text[s - 1].isalnum() or (text[s - 1] == "-" and s > 1 and not text[s - 2].isalpha())):
                continue
            if names._english_phrase(m.group(), m.group(1)) or (entry[1] and not keeps_accents):
                continue
            out.append(par.span_to_doc(s, m.end()))
    return out


def test_given_name_accent_searched_in_runs_finds_what_it_finds_everywhere(monkeypatch) -> None:
    from mtqa.packs import PackSet
    from mtqa.rules.names.pack import ACCENTS_PACK
    from mtqa.scan import available_backends

    data = PackSet().compiled(ACCENTS_PACK)
    rng = random.Random(8)
    pieces = ["Francois", "Stephane", "Helene", "Eric", "Andre", "Real", "Benoit", "Jean", "Tremblay", "Roy", "Lisée",
              "Estate", "River", "Park", "Gamelin", "Emilie", "Geneviève", "Côté", "McFrancois", "deFrancois", "the",
              "said", "2", "FRANCOIS", "Francoise", "\u212aelvin", "Ǆǆa"]
    seps = [" ", " ", " ", "-", "-", "  ", "\u00a0", ", ", ". ", "’", "\n\n", "2-", "–"]
    stories = ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(2, 24))) for _ in range(600)]
    expected = [_given_names_everywhere(text, data) for text in stories]
    assert sum(map(bool, expected)) > 50, "the look-alikes give no findings: the test would prove nothing"
    for backend in available_backends():
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        got = [[(s, e) for s, e, _ in _spans("names/given-name-accent", text)] for text in stories]
        assert got == expected, backend


def _honorific_given_names_everywhere(text: str) -> list[tuple[int, int]]:
    """honorific-given-name's spans with every name pair looked up in the word list (as it was)."""
    from collections import Counter, defaultdict

    from mtqa import lexicon
    from mtqa.document import Document
    from mtqa.rules.names import order

    doc = Document(text)
    lex = lexicon.english()
    given_of: dict[str, Counter] = defaultdict(Counter)
    surnames: set[str] = set()
    for _, m in order.name_pairs(doc):
        a, b = m.group(1), m.group(2)
        if order._name_like(lex, a) and order._name_like(lex, b):
            given_of[a][b] += 1
            surnames.add(b)
    out = []
    for par in doc.paragraphs:
        for m in order._HONORIFIC.finditer(par.text):
            family = given_of.get(m.group(1))
            if family and m.group(1) not in surnames and len(family) == 1:
                out.append(par.span_to_doc(m.start(), m.end()))
    return out


def test_honorific_given_name_asks_only_about_the_names_after_honorifics() -> None:
    rng = random.Random(21)
    pieces = ["Justin Trudeau", "Mr. Justin said", "Adam James", "Mr. James", "Jesse James", "Ms. Elise",
              "Elise Roy", "Dr. Adam", "Mme Adam", "Mister Roy", "The Minister", "Monday Young", "Mr. Young",
              "Price", "said", "Justin Young", "his father", "Mr Monday", "Roy Justin"]
    seps = [" ", " ", " ", ", ", ". ", "\n\n", "-"]
    stories = ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(3, 30))) for _ in range(600)]
    expected = [_honorific_given_names_everywhere(text) for text in stories]
    assert sum(map(bool, expected)) > 30, "the look-alikes give no findings: the test would prove nothing"
    assert [[(s, e) for s, e, _ in _spans("names/honorific-given-name", text)] for text in stories] == expected


def test_ize_ise_variants_are_the_pattern_s_matches() -> None:
    from mtqa.rules.consistency import spellings

    rng = random.Random(9)
    pieces = ["organise", "organize", "re", "organisation", "analyses", "analyzing", "ise", "is", "this", "rise",
              "Recognised", "realisers", "xise", "ab", "yzed", "Z", "2", "_", "é", "aysyses", "isise", "organis"]
    seps = [" ", "", "-", "’", "'", ".", ", ", "\n", "é", "_", "2"]
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        want = [(m.span(), m.groups()) for m in spellings._VARIANT.finditer(text)]
        assert [(m.span(), m.groups()) for m in spellings.variants(text)] == want, text
        matched += bool(want)
    assert matched > 500


def test_name_pairs_are_those_of_the_pattern_with_its_boundary_first() -> None:
    import re

    from mtqa.rules.names import order

    word = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
    before = re.compile(rf"(?<![\w’'\-.])({word}) ({word})(?![\w’'\-])")  # the pattern as it was

    def pairs(pattern, text: str) -> list:
        out, pos = [], 0
        while (m := pattern.search(text, pos)) is not None:
            out.append((m.span(), m.groups()))
            pos = m.start(2)
        return out

    rng = random.Random(12)
    pieces = ["Justin", "Trudeau", "Jean-Guy", "Roy", "Xi", "Élise", "McRae", "A", "the", "2", "_", "U.S.", "Ab×cd"]
    seps = [" ", " ", "  ", ".", "’", "'", "-", "", ",", "\n", "é"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        want = pairs(before, text)
        assert pairs(order._PAIR, text) == want, text
        found += bool(want)
    assert found > 150


def test_lost_periods_searches_the_forms_its_trigger_met_as_it_searched_them_all(monkeypatch) -> None:
    from mtqa.rule import RuleContext
    from mtqa.scan import available_backends
    from mtqa.scan.triggers import Hit

    def every_form(self, par, trigger=None) -> list:
        return [Hit("lost form", 0, 0, form) for form in self.data("abbreviations").lost_forms]

    rng = random.Random(4)
    pieces = ["US", "U.S", "U.S.", "USA", "UK", "U.K", "EU", "E.U", "PEI", "P.E.I", "B.C", "BC", "UAE", "U.A.E",
              "DC", "D.C.", "the", "trade", "But", "So", "The", "with", "in", "Canada", "2", "é"]
    seps = [" ", " ", " ", ". ", ", ", ".", "", "\n\n", "-", "’"]
    stories = ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(2, 20))) for _ in range(500)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(RuleContext, "hits", every_form)
        expected = [_spans("abbreviations/lost-periods", text) for text in stories]
    assert sum(map(bool, expected)) > 50, "the look-alikes give no findings: the test would prove nothing"
    for backend in available_backends():
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        assert [_spans("abbreviations/lost-periods", text) for text in stories] == expected, backend


def _accent_variants_as_they_were(doc, data) -> list:
    """accent-variants with every paragraph beyond ASCII read for accented words (as it was)."""
    from mtqa.accents import strip_accents
    from mtqa.rules.names import accented as names

    bare_forms = {strip_accents(w) for par in doc.paragraphs for w in names._CAP_WORD.findall(par.text)
                  if strip_accents(w) != w}
    occurrences: dict[str, list] = {}
    for par in doc.paragraphs:
        text = par.text
        for m in names._CAP_WORD.finditer(text):
            s, e = m.span()
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()) or len(m.group()) < 3:
                continue
            bare = strip_accents(m.group())
            if bare in bare_forms:
                occurrences.setdefault(bare, []).append((par.index, s, e, m.group()))
    out = []
    for bare, occ in occurrences.items():
        accented = {o[3] for o in occ if o[3] != bare}
        if bare in data.english_forms or len(accented) != 1 or all(o[3] != bare for o in occ):
            continue
        n = sum(o[3] != bare for o in occ)
        out.extend((k, s, e, next(iter(accented)), n) for k, s, e, w in occ if w == bare)
    return out


def test_accent_variants_read_only_paragraphs_that_may_hold_them() -> None:
    from mtqa.document import Document
    from mtqa.packs import PackSet
    from mtqa.rules.names import accented as names
    from mtqa.rules.names.pack import ACCENTS_PACK

    data = PackSet().compiled(ACCENTS_PACK)
    rng = random.Random(10)
    pieces = ["Bérubé", "Berube", "Rémi", "Remi", "Côté", "Cote", "Québec", "Quebec", "Montréal", "Montreal", "the",
              "said", "“", "”", "—", "’", "ÉLISE", "Élise", "Elise", "Ŕoy", "Roy", "xBerube", "Berube2", "İnan", "Inan"]
    seps = [" ", " ", ", ", ". ", "\n\n", "-", "’", "", "\u00a0"]
    found = 0
    for _ in range(1500):
        doc = Document("".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(2, 25))))
        want = _accent_variants_as_they_were(doc, data)
        got = [(par.index, s, e, form, n) for par, s, e, form, n in names.accent_variants_of(doc, data)]
        assert got == want, doc.text
        found += bool(want)
    assert found > 100


def test_a_word_starts_a_sentence_as_the_stripped_text_before_it_says() -> None:
    from mtqa.rules.consistency import rules as consistency

    rng = random.Random(2)
    pieces = ["a", "B", " ", ".", "“", "‘", "'", '"', "(", "[", "!", "?", ":", ";", "\n", "—", "–", "-", "|", ">", ","]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for s in range(len(text) + 1):
            before = text[:s].rstrip(" \"“‘'([")
            assert consistency._starts_sentence(text, s) == (not before or before[-1] in ".!?:;\n—–-|>"), (text, s)


def _inventory_as_it_was(doc, data):
    """names-inventory as it was (a second pattern for a run's words, counts added one by one)."""
    import regex

    from mtqa.rules.names import analysis as a

    word = regex.compile(r"\p{Lu}[\p{Ll}'’][\p{L}'’\-]*+")
    mentions, counts = [], {}
    for par in doc.paragraphs:
        text = par.text
        for m in a._RUN.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "-’'"):
                continue
            g = m.group()
            if " " not in g:
                key = a._strip_possessive(g)
                counts[key] = counts.get(key, 0) + 1
                if key in data.not_names or key in data.person_titles:
                    continue
                title = a._title_before(text, s, data.person_titles)
                if title is not None:
                    mentions.append((par.index, s, s + len(key), key, None, title, s))
                continue
            words = [(w.group(), w.start()) for w in word.finditer(g)]
            title = None
            for k in range(len(words) - 1, -1, -1):
                if words[k][0] in data.person_titles:
                    title, words = words[k][0], words[k + 1:]
                    break
            while words and words[0][0] in data.not_names:
                words.pop(0)
            if not words:
                continue
            for w, _ in words:
                counts[a._strip_possessive(w)] = counts.get(a._strip_possessive(w), 0) + 1
            if len(words) > 3:
                continue
            last, ls = words[-1]
            surname = a._strip_possessive(last)
            if surname in data.not_names or (len(surname) > 5 and surname.endswith(a._NOUN_ENDINGS)):
                continue
            if title is None and words[0][1] == 0:
                title = a._title_before(text, s, data.person_titles)
            first = words[-2][0] if len(words) >= 2 else None
            if first is not None and first.endswith(a._ADJECTIVE_ENDINGS) and first not in data.by_first:
                first = None
            if first is None and title is None:
                continue
            mentions.append((par.index, s + ls, s + ls + len(surname), surname, first, title, s + words[0][1]))
    return mentions, counts


def test_the_inventory_finds_the_mentions_and_counts_it_found_before() -> None:
    from mtqa.document import Document
    from mtqa.packs import PackSet
    from mtqa.rules.names.analysis import inventory

    data = PackSet().compiled("names")
    rng = random.Random(17)
    pieces = ["Gen.", "Gen", "General", "Mark", "A.", "Milley", "Milley's", "Mr.", "Prime", "Minister", "Justin",
              "Trudeau’s", "The", "Northern", "Iraq", "Financial", "Contributions", "Chrystia", "Freeland", "Dany",
              "Fortin", "O’Neil", "Jean-Guy", "said", "the", "x", "2", "Monday", "Élise", "Roy's", "Dr."]
    seps = [" ", " ", " ", ", ", ". ", "-", "’", "'", "", "\n\n"]
    mentioned = 0
    for _ in range(1500):
        doc = Document("".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 20))))
        inv = inventory(doc, data)
        got = [(m.par.index, m.start, m.end, m.surname, m.first, m.title, m.full_start) for m in inv.mentions]
        want_mentions, want_counts = _inventory_as_it_was(doc, data)
        assert (got, inv.counts) == (want_mentions, want_counts), doc.text
        assert list(inv.counts) == list(want_counts), doc.text  # the same order too
        mentioned += bool(got)
    assert mentioned > 300


def _both_cases_paragraph_by_paragraph(texts: list[str]) -> frozenset[str]:
    """acronym-case's words written in both cases, as it found them: a search a paragraph and a
    loop over every distinct word."""
    from mtqa.rules.consistency import rules as consistency

    words: set[str] = set()
    for text in texts:
        words.update(consistency._TERM.findall(text))
    shapes: dict[str, list[str]] = {}
    for w in words:
        letters = w.split("-")[0]
        if letters.isupper() or letters[1:].islower():
            shapes.setdefault(w.casefold(), []).append(w)
    return frozenset(w for forms in shapes.values() if len(forms) > 1 for w in forms)


def test_acronym_case_words_in_both_cases_are_those_found_paragraph_by_paragraph() -> None:
    from mtqa.document import Document
    from mtqa.rules.consistency import rules as consistency

    rng = random.Random(19)
    # Capitals, capitalised forms, mixed case, case folds that differ from lowercase (ß, the
    # Kelvin sign), digits after a hyphen, letters without case, and what ends or joins a word.
    pieces = ["NATO", "Nato", "nato", "NaTO", "COVID-19", "Covid-19", "covid-19", "COVID-", "Covid", "STRASSE",
              "Straße", "Strasse", "\u212aELVIN", "Kelvin", "ÉTÉ", "Été", "中文A", "A中B", "Ab中", "CAQ", "Caq", "Who",
              "WHO", "the", "1", "-", "x", "’"]
    seps = [" ", " ", "", "-", "\n\n", ". ", "\u00a0", "2"]
    both = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        texts = [par.text for par in Document(text).paragraphs]
        want = _both_cases_paragraph_by_paragraph(texts)
        assert consistency._both_cases(Document(text).paragraphs) == want, text
        both += bool(want)
    assert both > 300, "the look-alikes hold no word in both cases: the test would prove nothing"


def test_lowercase_names_paragraphs_are_those_holding_a_name() -> None:
    """`names/lowercase-name` visits only the paragraphs `holding_any` finds a name's lowercase
    letters in (one `str.find` pass over the joined story a name): the same paragraphs, in order,
    as testing each paragraph; fails when a name at a paragraph's edge, a second name in a
    paragraph already found or a name repeated later is lost."""
    from mtqa.rules.names.evidence import holding_any
    from mtqa.segment import Paragraph

    rng = random.Random(14)
    pieces = ["lopez", "Lopez", "kazan", "kazanova", "roy", "troy", "the", "said", ",", "x", "é"]
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"])
                         for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 8))]
        pars = [Paragraph(text, 0, index=i) for i, text in enumerate(texts)]
        keys = rng.sample(["lopez", "kazan", "roy", "ova"], rng.randint(0, 3))
        expected = [par for par in pars if any(key in par.text for key in keys)]
        assert holding_any(pars, "\n".join(texts), keys) == expected, (texts, keys)


def test_mid_capital_words_are_found_in_the_joined_story() -> None:
    """`_names_only` searches the story as `story_text` joins it: the same words, in order, as
    each paragraph searched alone (a paragraph's edge reads like a line break to the pattern);
    fails when the paragraphs are joined by a space."""
    from mtqa.rules.names.rules import _MID_CAPITAL_WORD
    from mtqa.segment import Paragraph, story_text

    rng = random.Random(41)
    pieces = ["Kazan", "kazan", "Chengdu", "Ab", "the", "said", ",", ";", "-", "’s", "'", "É", "Éva", "2", "x"]
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n", ", "])
                         for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 6))]
        expected = [word for text in texts for word in _MID_CAPITAL_WORD.findall(text)]
        pars = [Paragraph(text, 0, index=i) for i, text in enumerate(texts)]
        assert _MID_CAPITAL_WORD.findall(story_text(pars)) == expected, texts


def test_long_words_are_the_long_letter_runs_of_every_paragraph() -> None:
    """`long_words`, which both steps of `names/near-known-name` now read once a check: the
    case-folded runs of five letters or more of every paragraph, with digits, letters beyond
    ASCII, a combining accent and a dotted capital I inside or beside the runs."""
    from mtqa.rules.names.pack import LONG_WORD
    from mtqa.rules.names.misspelt_names import long_words
    from mtqa.segment import Paragraph

    rng = random.Random(42)
    pieces = ["Premier", "premier", "mayor", "Mayor", "abc", "abcd", "Straße", "İstanbul", "Ménard",
              "Me\u0301nard", "2024", "x9", "covid19", "ABCDE", "é", "’", "-", ",", "µ"]
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) + rng.choice(["", "", " ", "\n"])
                         for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(1, 5))]
        pars = [Paragraph(text, 0, index=i) for i, text in enumerate(texts)]
        expected = {w.casefold() for text in texts for w in LONG_WORD.findall(text)}
        assert long_words(pars) == expected, texts
