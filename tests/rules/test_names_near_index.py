"""`names.near_index`: the surnames `near` may pair, found by keys instead of every two compared.

The index must list every pair `near` holds for: checked against comparing every two on
made-up look-alike names (accents, doubled letters, -y/-ie endings, plurals, hyphens, short
names), and by checking made-up stories with the index forced on every group.
"""

from __future__ import annotations

import random

import pytest

from mtqa import Checker
from mtqa.rules.names import near_index
from mtqa.rules.names.near_index import NearIndex, SurnameLookup, near_pairs
from mtqa.rules.names.pack import fold, near

_PIECES = ["a", "e", "i", "o", "ou", "ph", "f", "ck", "k", "l", "ll", "n", "r", "s", "t", "y", "ie", "ey", "é", "è", "-", "'s", "’"]


def _made_up_names(rng: random.Random, count: int) -> list[str]:
    """Names of one or a few first letters, many one or two edits from another."""
    names: set[str] = set()
    while len(names) < count:
        if names and rng.random() < 0.5:  # a look-alike of a name already made
            base = list(rng.choice(sorted(names)))
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(1, len(base) + 1)
                op = rng.choice("ids")
                if op == "i":
                    base.insert(at, rng.choice(_PIECES))
                elif at < len(base):
                    if op == "d":
                        del base[at]
                    else:
                        base[at] = rng.choice(_PIECES)
            name = "".join(base)
        else:
            name = rng.choice("BbDÉE") + "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
        if name:
            names.add(name)
    return sorted(names)


def _every_two(names: list[str]) -> list[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(fold(name)[:1], []).append(name)
    return [(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :] if near(a, b)]


def test_the_index_pairs_what_comparing_every_two_pairs(monkeypatch):
    monkeypatch.setattr(near_index, "INDEX_ABOVE", 0)
    rng = random.Random(38)
    paired = 0
    for _ in range(150):
        names = _made_up_names(rng, rng.randint(2, 60))
        expected = _every_two(names)
        assert near_pairs(names) == expected, names
        paired += len(expected)
    assert paired > 500  # the look-alikes are near enough to pair


def test_every_near_name_is_a_candidate():
    rng = random.Random(14)
    for _ in range(100):
        names = _made_up_names(rng, 40)
        index = NearIndex(names)
        for word in _made_up_names(rng, 10):
            near_ones = {i for i, name in enumerate(names) if near(word, name)}
            assert near_ones <= index.candidates(word), word


def test_the_lookup_answers_as_a_scan_of_its_surnames(monkeypatch):
    rng = random.Random(7)
    for _ in range(80):
        surnames = _made_up_names(rng, rng.randint(1, 30))
        words = _made_up_names(rng, 15) + [s + "er" for s in surnames[:3]]
        monkeypatch.setattr(near_index, "INDEX_ABOVE", 1000)
        scanned = SurnameLookup(surnames)  # scanned one by one
        monkeypatch.setattr(near_index, "INDEX_ABOVE", 0)
        indexed = SurnameLookup(surnames)
        for word in words:
            assert list(indexed.near_in_order(word)) == list(scanned.near_in_order(word))
            assert indexed.prefix_of(word) == scanned.prefix_of(word) == any(map(word.startswith, surnames))


_STORY = """Economist Marie Gagnon spoke first.

Marie Gagnion said rates would rise, and Prof. Anand Sharma said no.

Prof. Sharmah added more. Prof. Sharma agreed. Dr. Lucie Tremblay left; Lucie Tremblay returned.

Dr. Lucie Tremblai said so. Leader Paul Dervieux spoke on Monday. Dervieux left, and Dervieu said so.

Dervieux won. Mayor Anne Ottaway spoke. Speaker Yevgeny Dorin spoke. “No,” said Yevgeni Dorin.

Coach Tomas Dervieuxs left. Judge Ana Gagnonn ruled. Gagnons won; Gagnon's plan stood.
"""


def _findings(text: str) -> list:
    report = Checker(languagetool="off", select=("names",)).check(text)
    return [(f.rule_id, f.span.start, f.span.end, f.message, f.suggestions, f.confidence) for f in report.findings]


@pytest.mark.parametrize("story", [_STORY, _STORY * 2])
def test_the_rule_finds_the_same_with_the_index_on_every_group(monkeypatch, story):
    direct = _findings(story)
    monkeypatch.setattr(near_index, "INDEX_ABOVE", 0)
    indexed = _findings(story)
    assert indexed == direct
    assert sum(f[0] == "names/inconsistent-spelling" for f in direct) >= 4
