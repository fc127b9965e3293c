"""Words or chunks judged once by a test and remembered, for paragraph pre-filters.

A pre-filter that rules a paragraph out by its words asks the same question of the same words
paragraph after paragraph; a `Sieve` asks it once per distinct word and answers the rest with
set operations at C speed. Memory stays bounded: past `limit` words it starts afresh.
"""

from __future__ import annotations

from typing import Callable


class Sieve:
    """The items seen so far, split by whether they passed the test they were judged by.

    One sieve serves one test (callers keep it beside the data the test reads). The pair of
    sets is replaced, never cleared, when it grows too large: a thread reading the old pair
    is unaffected. Picklable, so it can live on a compiled pack.
    """

    __slots__ = ("_judged", "limit")

    def __init__(self, limit: int = 50_000) -> None:
        self._judged: tuple[set[str], set[str]] = (set(), set())  # (passed, failed)
        self.limit = limit

    def passing(self, items: set[str], test: Callable[[str], bool]) -> set[str]:
        """Those of `items` that pass `test`, each new item judged once."""
        passed, failed = self._judged
        for item in items.difference(failed, passed):  # the large set first: fewer items copied
            (passed if test(item) else failed).add(item)
        if len(passed) + len(failed) > self.limit:
            self._judged = (set(), set())
        return items & passed

    def passing_in(self, items: list[str], test: Callable[[str], bool]) -> set[str]:
        """`passing(set(items), test)` for a list: when every item is known to fail (most
        paragraphs, once their words are judged), answered by one lookup an item, with no
        set made of them."""
        if self._judged[1].issuperset(items):
            return set()
        return self.passing(set(items), test)
