"""Which well-known people a story's capitalised word may be a near-miss of, found by keys
instead of comparing the word with every known surname of its first letter.

`names/near-known-name` reports a lone word one letter off a known surname (six letters or
more), or, before "government", two letters off one sharing its first three letters. Comparing
each of a story's words with every known person of its letter costs the size of the pack for
every word. Here the known surnames are indexed once per pack: by each spelling with one letter
deleted (two strings one edit apart share one of those: Mor-Wei deletion neighbourhoods) and by
their first three letters. `candidates` lists a superset, in the pack's order, and the rule
decides each as before, so its findings are the same.
"""

from __future__ import annotations

from mtqa.rules.names.pack import NamesData, Person, fold

_MIN_LAST = 6  # the rule looks only at known surnames of six letters or more (folded)


def _deletions(word: str) -> set[str]:
    """`word` and each spelling of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class KnownSurnames:
    """The pack's people of surnames long enough for the rule, keyed per first letter."""

    def __init__(self, data: NamesData) -> None:
        self._people: dict[str, list[Person]] = {}
        self._by_deletion: dict[str, dict[str, list[int]]] = {}
        self._by_prefix: dict[str, dict[str, list[int]]] = {}
        for initial, people in data.by_initial.items():
            self._people[initial] = people
            deletions = self._by_deletion[initial] = {}
            prefixes = self._by_prefix[initial] = {}
            for i, p in enumerate(people):
                last = fold(p.last)
                if len(last) < _MIN_LAST:
                    continue
                for key in _deletions(last):
                    deletions.setdefault(key, []).append(i)
                prefixes.setdefault(last[:3], []).append(i)

    def candidates(self, folded: str, leader: bool) -> list[Person]:
        """The people, in the pack's order, whose surname may be one letter off `folded` (two,
        with the first three shared, when `leader`): every one the rule would accept is listed."""
        initial = folded[:1]
        if leader:
            found = set(self._by_prefix.get(initial, {}).get(folded[:3], ()))
        else:
            by_key = self._by_deletion.get(initial, {})
            found = {i for key in _deletions(folded) for i in by_key.get(key, ())}
        people = self._people.get(initial, [])
        return [people[i] for i in sorted(found)]


# One index per compiled pack (a Checker compiles its packs once): kept with the pack it was
# built from, so a new pack object is never answered from an old one's index.
_BUILT: dict[int, tuple[NamesData, KnownSurnames]] = {}


def known_surnames(data: NamesData) -> KnownSurnames:
    """The index of `data`'s surnames, built on first use."""
    held = _BUILT.get(id(data))
    if held is not None and held[0] is data:
        return held[1]
    if len(_BUILT) > 8:
        _BUILT.clear()
    index = KnownSurnames(data)
    _BUILT[id(data)] = (data, index)
    return index
