"""Which well-known people a story's capitalised word may be a near-miss of, found by keys
instead of comparing the word with every known surname of its first letter.

`names/near-known-name` reports a lone word one letter off a known surname (six letters or
more), or, before "government", two letters off one sharing its first three letters. Comparing
each of a story's words with every known person of its letter costs the size of the pack for
every word. Here the known surnames are indexed by each spelling with one letter deleted (two strings
one edit apart share one of those: Mor-Wei deletion neighbourhoods) and by their first three
letters. The pack's compiler (`names.pack.compile_names`) builds the index once, with the
compiled pack and kept beside its data (`NamesData.surnames`), so it lives as long as the pack
and no module holds state of its own. `candidates` lists a superset, in the pack's order, and
the rule decides each as before, so its findings are the same.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

if TYPE_CHECKING:  # the pack's module builds the index: it imports this one
    from mtqa.rules.names.pack import Person

_MIN_LAST = 6  # the rule looks only at known surnames of six letters or more (folded)


def _deletions(word: str) -> set[str]:
    """`word` and each spelling of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class KnownSurnames:
    """The pack's people of surnames long enough for the rule, keyed per first letter."""

    def __init__(self, by_initial: Mapping[str, Sequence[Person]], fold: Callable[[str], str]) -> None:
        """Index the people of `by_initial` (the pack's people by the first letter of their folded
        surname), their surnames folded by `fold`, the pack's folding, as the rule folds a word."""
        self._people: dict[str, Sequence[Person]] = {}
        self._by_deletion: dict[str, dict[str, list[int]]] = {}
        self._by_prefix: dict[str, dict[str, list[int]]] = {}
        for initial, people in by_initial.items():
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
            if len(folded) > self._longest(initial) + 1:
                return []  # one letter off no known surname: and its deletions cost its length squared
            found = {i for key in _deletions(folded) for i in by_key.get(key, ())}
        people = self._people.get(initial, [])
        return [people[i] for i in sorted(found)]

    @cached_property
    def _longest_by_initial(self) -> dict[str, int]:
        """The longest indexed surname by initial, filled as asked for (`_longest`): made on
        first use, so an index kept in a pack cache from before it existed has it too."""
        return {}

    def _longest(self, initial: str) -> int:
        """The longest indexed surname of `initial` (each is its own deletion key): a word longer
        by two or more is no surname's near miss. A pasted run of letters with no space (64k
        characters, one word) spent 5.5 s on its deletions (stop 46)."""
        longest = self._longest_by_initial
        if initial not in longest:
            longest[initial] = max(map(len, self._by_deletion.get(initial, {})), default=0)
        return longest[initial]
