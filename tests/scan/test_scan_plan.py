"""A Checker's scan plan kept in the cache (mtqa.scan.plan): read back, it is the plan made from
the rules and packs; its key follows every trigger, the packs the triggers read and the rules
selected; what cannot be told by values makes no key; a damaged entry is made afresh."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from mtqa import registry
from mtqa.engine import Checker
from mtqa.packs import PackSet
from mtqa.scan import Always, FromPack, Phrases, available_backends
from mtqa.scan import plan as scan_plan
from mtqa.scan.plan import ScanPlan

from conftest import copy_warm_cache

BACKENDS = available_backends()
FIELDS = ("names", "items", "rule_triggers", "named_triggers", "everywhere", "views", "expanding")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch, warm_cache_template: Path) -> Path:
    """This test's own cache folder, filled but for the scan plans (this file's subject, made
    cold by the test): the rest, which a cold folder's child would fill first, is copied."""
    folder = copy_warm_cache(warm_cache_template, tmp_path / "cache", leave_out=(scan_plan.FOLDER,))
    monkeypatch.setenv("MTQA_CACHE_DIR", str(folder))
    monkeypatch.delenv("MTQA_NO_CACHE", raising=False)
    return folder


def _triggered(rules) -> list:
    return [(r.id, r.meta.triggers) for r in rules if r.meta.triggers]


def _made(checker: Checker) -> ScanPlan:
    """The plan of the checker's rules made afresh from its packs."""
    packs = {t.pack for r in checker.rules for t in r.meta.triggers if getattr(t, "pack", None)}
    return ScanPlan.build(_triggered(checker.rules), {pid: checker.packs.compiled(pid) for pid in packs})


def _keys(checker: Checker) -> dict:
    packs = {t.pack for r in checker.rules for t in r.meta.triggers if getattr(t, "pack", None)}
    return {pid: checker.packs.compiled_key(pid) for pid in packs}


@pytest.mark.picks_backend  # each backend by name
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_plan_read_back_is_the_plan_made(cache: Path, monkeypatch, backend: str) -> None:
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    first = Checker(languagetool="off")
    assert list((cache / scan_plan.FOLDER).glob("*.bin")), "the plan was not kept"

    def no_build(*_args, **_kwargs):
        raise AssertionError("the plan was made again")

    with monkeypatch.context() as patch:  # the second Checker reads the plan, does not make it
        patch.setattr(ScanPlan, "build", no_build)
        second = Checker(languagetool="off")
    fresh = _made(second)
    kept = scan_plan.load(scan_plan.entry(_triggered(second.rules), _keys(second)))
    assert kept is not None
    scanner = second.scanner
    for name in FIELDS:
        assert getattr(kept, name) == getattr(fresh, name), name
    assert (scanner._names, scanner._items, scanner._views, scanner._expanding) == \
        (fresh.names, fresh.items, fresh.views, fresh.expanding)
    assert (scanner.rule_triggers, scanner.named_triggers, scanner.everywhere) == \
        (fresh.rule_triggers, fresh.named_triggers, fresh.everywhere)
    assert kept.tables == fresh.tables
    assert kept.tables_bytes == fresh.tables_bytes
    assert second.scanner.backend_name == first.scanner.backend_name == backend


@pytest.mark.picks_backend  # each backend by name
@pytest.mark.parametrize("backend", BACKENDS)
def test_findings_are_the_same_with_the_kept_plan(cache: Path, monkeypatch, seed_text: str, backend: str) -> None:
    monkeypatch.setenv("MTQA_SCAN_BACKEND", backend)
    Checker(languagetool="off")  # keeps the plan
    kept = Checker(languagetool="off").check(seed_text).to_dict()
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    afresh = Checker(languagetool="off").check(seed_text).to_dict()
    for report in (kept, afresh):
        report.pop("timings_ms", None)
    assert kept == afresh
    assert kept["findings"]


def test_the_key_follows_the_triggers_the_packs_and_the_rules(cache: Path) -> None:
    checker = Checker(languagetool="off")
    rules, keys = _triggered(checker.rules), _keys(checker)
    where = scan_plan.entry(rules, keys)
    assert where is not None and where == scan_plan.entry(list(rules), dict(keys))
    # a phrase more in one trigger written out
    rule_id, triggers = next((rid, ts) for rid, ts in rules if any(isinstance(t, Phrases) and type(t.phrases) is tuple
                                                                  for t in ts))
    i = next(i for i, t in enumerate(triggers) if isinstance(t, Phrases) and type(t.phrases) is tuple)
    changed = msgspec.structs.replace(triggers[i], phrases=(*triggers[i].phrases, "zzyzx"))
    other = [(rid, ts[:i] + (changed,) + ts[i + 1:] if rid == rule_id else ts) for rid, ts in rules]
    assert scan_plan.entry(other, keys) not in (None, where)
    # a trigger's option
    flipped = msgspec.structs.replace(triggers[i], ignorecase=not triggers[i].ignorecase)
    assert scan_plan.entry([(rid, ts[:i] + (flipped,) + ts[i + 1:] if rid == rule_id else ts) for rid, ts in rules],
                           keys) not in (None, where)
    # another pack's content, one rule fewer
    pack = sorted(keys)[0]
    assert scan_plan.entry(rules, {**keys, pack: "0" * 64}) not in (None, where)
    assert scan_plan.entry(rules[1:], keys) not in (None, where)


def test_what_cannot_be_told_by_values_makes_no_key(cache: Path, monkeypatch) -> None:
    checker = Checker(languagetool="off")
    rules, keys = _triggered(checker.rules), _keys(checker)
    pack = sorted(keys)[0]
    foreign = Always("test's own", pack, lambda data: True)  # a function of this test module
    assert scan_plan.entry([*rules, ("t/foreign", (foreign,))], keys) is None
    assert scan_plan.entry(rules, {**keys, pack: None}) is None
    monkeypatch.setenv("MTQA_NO_CACHE", "1")
    assert scan_plan.entry(rules, keys) is None


def test_functions_of_mtqa_are_told_by_their_code_and_what_they_close_over() -> None:
    """Two closures from one factory differ by what they close over; two lambdas by their code."""
    from mtqa.scan import plan

    def factory(words):
        return lambda data: words

    one, two = factory(("a",)), factory(("b",))
    for f in (one, two):
        f.__module__ = "mtqa.test_probe"  # as if defined in mtqa's code
    assert plan._value(one) != plan._value(two)
    assert plan._value(one) == plan._value(one)
    same_line = (lambda d: d.x, lambda d: d.y)  # noqa: E731
    for f in same_line:
        f.__module__ = "mtqa.test_probe"
    assert plan._value(same_line[0]) != plan._value(same_line[1])


def test_a_user_pack_changes_the_key_of_the_pack_it_extends(tmp_path: Path, cache: Path) -> None:
    rules = Checker(languagetool="off").rules
    pack = sorted({t.pack for r in rules for t in r.meta.triggers if getattr(t, "pack", None)})[0]
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / f"{pack}.toml").write_text(f'[pack]\nid = "{pack}"\nschema = 1\n', encoding="utf-8")
    assert PackSet([]).compiled_key(pack) not in (None, PackSet([folder]).compiled_key(pack))
    assert PackSet([]).compiled_key(pack) == PackSet([]).compiled_key(pack)


def test_a_damaged_plan_is_made_afresh(cache: Path, seed_text: str) -> None:
    checker = Checker(languagetool="off")
    want = checker.check(seed_text).findings
    entry = scan_plan.entry(_triggered(checker.rules), _keys(checker))
    blob = bytearray(entry.read_bytes())
    blob[-10] ^= 0xFF
    entry.write_bytes(bytes(blob))
    assert scan_plan.load(entry) is None
    assert Checker(languagetool="off").check(seed_text).findings == want
    assert scan_plan.load(entry) is not None  # kept again


def test_a_plan_round_trips_through_its_bytes() -> None:
    rules = [r for r in registry.select() if r.meta.triggers][:20]
    packs = PackSet([])
    data = {t.pack: packs.compiled(t.pack) for r in rules for t in r.meta.triggers if getattr(t, "pack", None)}
    made = ScanPlan.build(_triggered(rules), data)
    back = ScanPlan.from_bytes(made.to_bytes())
    assert back is not None
    for name in FIELDS:
        assert getattr(back, name) == getattr(made, name)
    assert back.tables == made.tables
    assert ScanPlan.from_bytes(b"not a plan") is None


def test_only_the_plans_written_last_are_kept(cache: Path) -> None:
    import os

    folder = cache / scan_plan.FOLDER
    folder.mkdir(parents=True)
    for i in range(scan_plan.KEEP + 3):  # plans of other rule selections, written earlier
        (folder / f"{i:064x}.bin").write_bytes(b"old")
        os.utime(folder / f"{i:064x}.bin", ns=(10**18 + i, 10**18 + i))
    checker = Checker(languagetool="off")
    entry = scan_plan.entry(_triggered(checker.rules), _keys(checker))
    left = set(folder.glob("*.bin"))
    assert len(left) == scan_plan.KEEP and entry in left
    assert folder / f"{0:064x}.bin" not in left and folder / f"{scan_plan.KEEP + 2:064x}.bin" in left


def _told_as_before(value):
    """The description `plan._value` gave before its plain values were taken without a call
    (branch lazy16): one call a value, `all()` over a sequence of phrases."""
    from types import CodeType, FunctionType

    if type(value) in (str, int, float, bool, type(None)):
        return value
    if type(value) is FromPack:  # declared at stop 47, told by its two fields from the start
        return ("FromPack", value.attribute, value.each)
    if type(value) in (tuple, list) and all(type(v) is str for v in value):
        return (type(value).__name__, tuple(value))
    if type(value) in (tuple, list, frozenset):
        try:
            values = sorted(value) if type(value) is frozenset else value
        except TypeError:
            raise scan_plan._Untold(value) from None
        return (type(value).__name__, tuple(_told_as_before(v) for v in values))
    if isinstance(value, FunctionType) and (value.__module__ == "mtqa" or value.__module__.startswith("mtqa.")):
        def code(c: CodeType) -> tuple:
            consts = tuple(code(k) if isinstance(k, CodeType) else _told_as_before(k) for k in c.co_consts)
            return (c.co_firstlineno, c.co_code, c.co_names, consts)

        cells = tuple(_told_as_before(cell.cell_contents) for cell in value.__closure__ or ())
        return ("function", value.__module__, value.__qualname__, code(value.__code__), cells,
                _told_as_before(value.__defaults__),
                _told_as_before(tuple(sorted((value.__kwdefaults__ or {}).items()))))
    raise scan_plan._Untold(value)


def _described_as_before(trigger):
    if not isinstance(trigger, msgspec.Struct):
        return None
    try:
        return (type(trigger).__module__, type(trigger).__qualname__,
                tuple(_told_as_before(v) for v in msgspec.structs.astuple(trigger)))
    except scan_plan._Untold:
        return None


class _Str(str):
    """A str of another type: not a phrase written out, and not a plain value."""


def test_a_trigger_is_described_as_before_the_fast_path() -> None:
    """Every registered rule's triggers (preview rules too), and made-up values at the edges of
    each fast path, are told by the very values they were told by before (so the keys of plans
    kept already, and what tells two triggers apart, are unchanged)."""
    triggers = {id(t): t for r in registry.all_rules() for t in r.meta.triggers}.values()
    assert len(triggers) > 200
    for t in triggers:
        assert scan_plan._describe(t) == _described_as_before(t), t

    def closes_over(x):
        return lambda data: (x, data)

    probes = [closes_over(("a", 1)), closes_over(frozenset({"b", "a"})), closes_over(None),
              lambda data, *, k=("z",): data, lambda data, n=2.5: data]
    for f in probes:
        f.__module__ = "mtqa.test_probe"  # as if defined in mtqa's code
    values = [(), [], ("a", "b"), ["a", "b"], ("a", 1), ("a", ("b",)), ("a", None), (True, 1, 1.0, None),
              frozenset(), frozenset({"b", "a"}), frozenset({1, 2}), [("a", "b"), ["c"]], (_Str("a"),),
              ("a", b"x"), frozenset({1, "a"}), *probes, print]
    for value in values:
        try:
            expected = ("told", _told_as_before(value))
        except scan_plan._Untold:
            expected = ("untold",)
        try:
            got = ("told", scan_plan._value(value))
        except scan_plan._Untold:
            got = ("untold",)
        assert got == expected, value
        assert [type(x) for x in _flat(got)] == [type(x) for x in _flat(expected)], value
    # a Phrases trigger whose phrases hold a str subclass is told apart from plain strs
    plain, other = Phrases("p", ("a",)), Phrases("p", (_Str("a"),))
    assert scan_plan._describe(plain) == _described_as_before(plain)
    assert scan_plan._describe(other) is None is _described_as_before(other)


def _flat(value) -> list:
    """The leaves of nested tuples (to compare their types: 1 == 1.0 == True)."""
    if type(value) is tuple:
        return [leaf for v in value for leaf in _flat(v)]
    return [value]
