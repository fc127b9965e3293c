"""A Checker's compiled packs, each read from the cache when a rule first asks for it.

A one-sentence check runs few of the rules whose packs a Checker declares: reading every pack
when the Checker was built unpickled packs (and imported the modules of their classes) that no
rule then read. A pack is deferred only when its compiled entry is kept already, that is when
this very code compiled it from these very files without error: a broken pack is still
reported as the Checker is built, the first broken one of the rules' order, as before. Packs
with no entry yet (a cold cache, an edited pack, caching off) are read at once.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable

from mtqa.packs import PackSet


class PackData(dict):
    """pack id -> compiled pack, as `RuleContext.data` reads it; a deferred pack is read on its
    first lookup (once, under a lock: a Checker serves many threads)."""

    __slots__ = ("_packs", "_deferred", "_lock")

    def __init__(self, packs: PackSet, order: Iterable[str]) -> None:
        super().__init__()
        self._packs = packs
        self._deferred: set[str] = set()
        self._lock = threading.Lock()
        for pack_id in order:
            if packs.kept(pack_id):
                self._deferred.add(pack_id)
            else:
                self[pack_id] = packs.compiled(pack_id)

    def __missing__(self, pack_id: str) -> Any:
        if pack_id not in self._deferred:
            raise KeyError(pack_id)
        with self._lock:
            if not dict.__contains__(self, pack_id):
                self[pack_id] = self._packs.compiled(pack_id)
        return dict.__getitem__(self, pack_id)

    def __contains__(self, pack_id: object) -> bool:
        return dict.__contains__(self, pack_id) or pack_id in self._deferred

    def deferred(self) -> list[str]:
        """The packs not read yet."""
        return sorted(p for p in self._deferred if not dict.__contains__(self, p))

    def read_all(self) -> None:
        """Read every deferred pack now: a parent about to fork workers calls this, so that they
        share the packs instead of each unpickling those its files need."""
        for pack_id in self.deferred():
            self[pack_id]  # noqa: B018 - read for its effect (`__missing__`)
