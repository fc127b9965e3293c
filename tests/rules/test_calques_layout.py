"""The calques pack's compiled layout: each entry kept as blobs and built on first use must
read back as the pack says it (its Entry, gate and further lists), and a check must build
only the entries its fired words name."""

from __future__ import annotations

import pickle
from pathlib import Path

from mtqa.engine import Checker
from mtqa.packs import PackSet
from mtqa.rules.calques.literals import further_stretches, grouped, required_stretches
from mtqa.rules.calques.pack import PACK, Entry

ROOT = Path(__file__).resolve().parents[2]


def test_every_entry_reads_back_as_the_pack_says() -> None:
    packs = PackSet()
    raw = packs.raw(PACK)["calque"]
    data = pickle.loads(pickle.dumps(packs.compiled(PACK)))  # as the cache hands it back
    assert not data.gates_read and not data.details_read  # nothing built before it is read
    assert len(data.gates) == len(data.details) == len(data.patterns) == len(raw)
    assert data.further_in == {i for i, e in enumerate(raw) if further_stretches(e["pattern"])}
    assert data.gated([3, 1, 3]) == [(3, data.gate(3)), (1, data.gate(1)), (3, data.gate(3))]
    for i, e in enumerate(raw):
        assert data.gate(i) == grouped(required_stretches(e["pattern"]))
        assert data.further_lists(i) == further_stretches(e["pattern"])
        entry = data.entry(i)
        assert isinstance(entry, Entry)
        assert (entry.french, entry.sense, entry.suggestion) == (e["french"], e["sense"], e.get("suggestion"))
        assert entry.confidence == float(e.get("confidence", 0.6))
        assert entry.false_friend is bool(e.get("false_friend", False))
        assert (entry.context, entry.origin) == (e.get("context"), e.get("origin", "French"))
        assert data.entry(i) is entry  # built once


def test_a_check_builds_only_the_entries_its_words_name() -> None:
    checker = Checker(select=["calques/french-calque", "calques/false-friend"], preview=True, languagetool="off")
    data = checker.packs.compiled(PACK)
    text = (ROOT / "seeds" / "000_a80f4c312e8b183b.txt").read_text(encoding="utf-8")
    found = checker.check(text).findings
    assert found  # the seed has calques
    assert 0 < len(data.details_read) <= len(data.gates_read) < len(data.gates) // 2
    named = {i for word, entries in data.triggers.items() if word in text.casefold() for i in entries}
    assert set(data.gates_read) <= named | set(data.always)


def test_every_shipped_entry_names_its_trigger_words() -> None:
    """An entry without `words` runs on every paragraph (the rules' `Always` trigger), so the
    calques rules, and their module, would run on any text: every shipped entry names the
    words one of which each of its matches holds; a user's pack may still leave them out."""
    packs = PackSet()
    raw = packs.raw(PACK)["calque"]
    assert not [e["french"] for e in raw if not e.get("words")]
    assert packs.compiled(PACK).always == ()
