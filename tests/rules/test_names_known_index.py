"""`names.known_index`: the known people a word may be a near-miss of, found by keys.

The index must list every person `names/near-known-name` would accept for a lone word (one
letter off a surname of six letters or more; before "government", two off with the first three
letters shared), in the pack's order: checked against every known surname compared, on made-up
surnames and made-up look-alikes of them.
"""

from __future__ import annotations

import random

from mtqa.matching import levenshtein
from mtqa.rules.names import known_index
from mtqa.rules.names.known_index import KnownSurnames
from mtqa.rules.names.pack import NamesData, Person, compile_names, fold

_LETTERS = "aeioulnrstdkmvy"


def _made_up_pack(rng: random.Random, count: int) -> NamesData:
    by_initial: dict[str, list[Person]] = {}
    for _ in range(count):
        last = rng.choice("BDKT") + "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 9)))
        person = Person("Ana", last, f"Ana {last}", "minister", frozenset(), frozenset({"minister"}))
        by_initial.setdefault(fold(last)[:1], []).append(person)
    return NamesData({}, by_initial, frozenset(), frozenset(), frozenset(), frozenset(), KnownSurnames(by_initial, fold))


def _edited(rng: random.Random, word: str) -> str:
    """`word` with one or two letters after the first inserted, deleted or replaced."""
    letters = list(word)
    for _ in range(rng.randint(1, 2)):
        at = rng.randrange(1, len(letters) + 1)
        op = rng.choice("ids")
        if op == "i":
            letters.insert(at, rng.choice(_LETTERS))
        elif at < len(letters):
            if op == "d":
                del letters[at]
            else:
                letters[at] = rng.choice(_LETTERS)
    return "".join(letters)


def _accepted(data: NamesData, f: str, leader: bool) -> list[Person]:
    """What the rule accepts, every known surname of the letter compared (its former loop)."""
    out = []
    for p in data.by_initial.get(f[:1], ()):
        last = fold(p.last)
        if len(last) < 6:
            continue
        if leader:
            if last[:3] != f[:3] or abs(len(last) - len(f)) > 2 or levenshtein(f, last) > 2:
                continue
        elif abs(len(last) - len(f)) > 1 or levenshtein(f, last) != 1:
            continue
        out.append(p)
    return out


def test_candidates_list_every_person_the_rule_accepts_in_the_pack_order():
    rng = random.Random(38)
    for _ in range(40):
        data = _made_up_pack(rng, 60)
        index = KnownSurnames(data.by_initial, fold)
        people = [p for group in data.by_initial.values() for p in group]
        words = [fold(_edited(rng, rng.choice(people).last)) for _ in range(80)]
        words += [fold(p.last) for p in people[:10]]
        for f in words:
            for leader in (False, True):
                found = index.candidates(f, leader)
                accepted = _accepted(data, f, leader)
                assert [p for p in found if p in accepted] == accepted, (f, leader)
                order = [data.by_initial[f[:1]].index(p) for p in found]
                assert order == sorted(order)


def test_candidates_leave_out_far_and_short_surnames():
    data = _made_up_pack(random.Random(1), 0)
    data.by_initial["d"] = [
        Person("Ana", "Dorvalen", "Ana Dorvalen", "", frozenset(), frozenset()),
        Person("Ana", "Dorva", "Ana Dorva", "", frozenset(), frozenset()),  # five letters: never
    ]
    index = KnownSurnames(data.by_initial, fold)
    assert [p.last for p in index.candidates("dorvalin", False)] == ["Dorvalen"]
    assert index.candidates("dorva", False) == []
    assert index.candidates("kestrane", False) == []


def test_the_pack_compiler_builds_the_index_beside_the_pack():
    """The index is part of the compiled pack (no module keeps one per pack object)."""
    data = compile_names({"person": [{"name": "Ana Dorvalen", "role": "minister"},
                                     {"name": "Ben Kestrane", "role": "mayor"}]})
    assert isinstance(data.surnames, KnownSurnames)
    assert [p.full for p in data.surnames.candidates("dorvalin", False)] == ["Ana Dorvalen"]
    assert [p.full for p in data.surnames.candidates("kesbrane", False)] == ["Ben Kestrane"]
    assert not [name for name, value in vars(known_index).items() if isinstance(value, dict) and not name.startswith("__")]
