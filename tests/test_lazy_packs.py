"""Compiled packs kept in the cache are keyed from the rule table's declaration of their
compiler and left unread by `Checker()` until a rule reads them (mtqa.packs.PackSet.compiled_lazily):
the key is the one the imported compiler gives, the findings are the eager ones, and a damaged
entry or table is built again, never a crash.

Each case runs in a fresh interpreter on a copy of the session's filled cache, against the
same run with the cache off (every module imported, every pack compiled at once).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cache_env, copy_warm_cache

QUOTED = "“We will go ahead,” the minister said. She named no date.\n"

_PROBE = """
import json, sys
from mtqa import Checker, packs
checker = Checker(languagetool="off")
waiting = sorted(checker._data.waiting)
before = sorted(m for m in sys.modules if m.startswith("mtqa.rules."))
report = checker.check(sys.stdin.read())
after = sorted(checker._data.waiting)
keys = {}
for pid in waiting:
    kept = packs.DECLARED[pid]
    declared_key = packs.PackSet().compiled_key(pid)
    imported = packs.spec(pid)
    fresh = packs.PackSet()
    keys[pid] = [declared_key, fresh.compiled_key(pid), kept.module, imported.compile.__module__]
print(json.dumps({"waiting": waiting, "before": before, "after": after, "keys": keys,
                  "findings": [[f.rule_id, f.message, f.span.start, f.span.end] for f in report.findings]}))
"""


def _probe(cache: Path | None, cwd: Path, text: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _PROBE], input=text, capture_output=True, text=True, env=cache_env(cache),
                          cwd=cwd, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.fixture
def cache(tmp_path: Path, warm_cache_template: Path) -> Path:
    return copy_warm_cache(warm_cache_template, tmp_path / "cache")


def test_a_kept_pack_waits_for_its_rule_with_the_imported_compilers_key(tmp_path: Path, cache: Path) -> None:
    _probe(cache, tmp_path, QUOTED)  # whatever this text needs more is kept
    lazy = _probe(cache, tmp_path, QUOTED)
    eager = _probe(None, tmp_path, QUOTED)
    assert "quotes" in lazy["waiting"], lazy["waiting"]
    assert eager["waiting"] == []  # nothing is kept with the cache off
    for pid, (declared_key, imported_key, module, imported_module) in lazy["keys"].items():
        assert declared_key == imported_key, pid
        assert module == imported_module
        assert module not in lazy["before"]  # Checker() did not import the compiler
    assert "quotes" not in lazy["after"]  # a rule read it during the check
    assert lazy["findings"] == eager["findings"]


@pytest.mark.parametrize("damage", ["compiled-flipped", "compiled-torn", "table-torn"])
def test_a_damaged_kept_pack_or_table_is_rebuilt_and_the_check_is_the_same(tmp_path: Path, cache: Path,
                                                                           damage: str) -> None:
    _probe(cache, tmp_path, QUOTED)
    eager = _probe(None, tmp_path, QUOTED)
    folder = cache / ("rule-table" if damage.startswith("table") else "compiled")
    entries = sorted(folder.glob("*.bin"))
    assert entries
    for entry in entries:
        blob = bytearray(entry.read_bytes())
        if damage.endswith("flipped"):
            blob[len(blob) // 2] ^= 0xFF
            entry.write_bytes(bytes(blob))
        else:
            entry.write_bytes(bytes(blob[: len(blob) // 3]))
    damaged = _probe(cache, tmp_path, QUOTED)
    assert damaged["findings"] == eager["findings"]
    again = _probe(cache, tmp_path, QUOTED)  # and what was rebuilt is read back
    assert again["findings"] == eager["findings"]
    assert "quotes" in again["waiting"]
