"""Every built-in rule gives the same findings with the pure-Python and the native scanner,
on the seeds, the shared eval sets and both halves of the real-copy corpus.

Compared through benchmarks/equivalence.py's finding rows: a failure names only tuning-half
and public texts, never a held-back excerpt or its findings.
"""

from __future__ import annotations

import pytest

from benchmarks.equivalence import HELD_BACK, finding_row, texts
from mtqa import Checker
from mtqa.scan import available_backends

pytestmark = [pytest.mark.slow, pytest.mark.picks_backend,  # each backend by name: the same under either
              pytest.mark.skipif("native" not in available_backends(), reason="native scanner not built (needs cargo)")]


def test_both_backends_find_the_same(monkeypatch) -> None:
    checkers = {}
    for backend in ("python", "native"):
        monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
        checkers[backend] = Checker(preview=True, languagetool="off")
        assert checkers[backend].scanner.backend_name == backend
    differ: dict[str, list[str]] = {}
    checked = 0
    for set_name, name, text in texts():
        a, b = ([finding_row(f) for f in checkers[k].check(text).findings] for k in ("python", "native"))
        checked += 1
        if a != b:
            differ.setdefault(set_name, []).append("(held back)" if set_name.endswith(HELD_BACK) else name)
    assert checked > 100
    assert not differ, {k: (len(v), v[:5]) for k, v in differ.items()}
