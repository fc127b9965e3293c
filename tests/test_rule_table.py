"""The rule table (mtqa.rule_table): a check imports a rule module only when one of its rules
runs, listing and selection still know every rule, and a damaged table is rebuilt.

Each case runs `mtqa` in a fresh interpreter on a copy of the session's filled cache (which
holds the table), against the same run with the cache off (every module imported, as before).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_warm_cache
from mtqa import rule_table
from mtqa.finding import Severity
from mtqa.rule import DEFINED, Deferred, RuleMeta, waiting_rule

# One sentence: no riding, no number, no broken encoding, no quotation, no source.
PLAIN = "The minister said the plan would go ahead.\n"
# Families whose every rule is triggered (or needs --source) and none of whose triggers fire on PLAIN
SILENT = ("mtqa.rules.encoding.rules", "mtqa.rules.ridings.rules", "mtqa.rules.numbers.rules",
          "mtqa.rules.source.rules", "mtqa.rules.attribution.rules", "mtqa.rules.titles.rules",
          "mtqa.rules.institutions.rules")

_PROBE = """
import json, sys
from mtqa.cli import main
sys.argv = ["mtqa", *{argv!r}]
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
print("\\nMODULES " + json.dumps(sorted(m for m in sys.modules if m.startswith("mtqa.rules."))))
"""


def _env(cache: Path | None) -> dict:
    env = dict(os.environ)
    env.pop("MTQA_NO_CACHE", None)
    if cache is None:
        env["MTQA_NO_CACHE"] = "1"
    else:
        env["MTQA_CACHE_DIR"] = str(cache)
    return env


def _run(argv: list[str], cache: Path | None, cwd: Path) -> tuple[str, set[str]]:
    """`mtqa argv` in a fresh interpreter: (its output, the rule modules it imported)."""
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(argv=argv)], capture_output=True, text=True,
                          env=_env(cache), cwd=cwd, timeout=300)
    out, _, modules = proc.stdout.rpartition("\nMODULES ")
    assert modules, proc.stderr[-2000:]
    return out, set(json.loads(modules))


def _findings(report: str) -> list:
    return [(f["rule"], f["message"], f.get("span")) for file in json.loads(report)["files"] for f in file["findings"]]


@pytest.fixture
def cache(tmp_path: Path, warm_cache_template: Path) -> Path:
    return copy_warm_cache(warm_cache_template, tmp_path / "cache")


def test_a_check_imports_no_module_of_rules_that_fire_nowhere(tmp_path: Path, cache: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text(PLAIN, encoding="utf-8")
    argv = ["check", "--languagetool", "off", "--format", "json", str(text)]
    _run(argv, cache, tmp_path)  # whatever this text needs more is kept
    lazy, modules = _run(argv, cache, tmp_path)
    eager, all_modules = _run(argv, None, tmp_path)
    assert "mtqa.rules.quotes.rules" in modules, "the probe did not check"  # its rules run on every document
    assert not [m for m in SILENT if m in modules]
    assert all(m in all_modules for m in SILENT)  # imported when the table is not read
    assert _findings(lazy) == _findings(eager)


def test_a_rule_whose_trigger_fires_has_its_module_imported_and_finds_the_same(tmp_path: Path, cache: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("The cafÃ© on Main Street closed after 1,200 people  signed a petition.\n", encoding="utf-8")
    argv = ["check", "--languagetool", "off", "--format", "json", str(text)]
    _run(argv, cache, tmp_path)
    lazy, modules = _run(argv, cache, tmp_path)
    eager, _ = _run(argv, None, tmp_path)
    assert "mtqa.rules.encoding.rules" in modules
    assert any(rule.startswith("encoding/") for rule, _, _ in _findings(lazy))
    assert _findings(lazy) == _findings(eager)


_LIST = """
import json
from mtqa import registry
from mtqa.errors import ConfigError
rules = registry.all_rules()
told = [(r.id, r.docstring, r.meta.severity.value, r.meta.status.value, r.meta.scope.value, list(r.meta.packs),
         sorted(r.meta.options), [t.name for t in r.meta.triggers], r.meta.only_where_fired) for r in rules]
chosen = [r.id for r in registry.select(select=["source/*", "ridings"], ignore=["ridings/unknown-name"])]
try:
    registry.select(select=["ridings/unknwon-name"])
    refused = ""
except ConfigError as exc:
    refused = str(exc)
print(json.dumps({"rules": told, "chosen": chosen, "refused": refused}))
"""


def test_listing_and_selection_know_every_rule_without_their_modules(tmp_path: Path, cache: Path) -> None:
    def listing(where: Path | None) -> dict:
        proc = subprocess.run([sys.executable, "-c", _LIST], capture_output=True, text=True, env=_env(where),
                              cwd=tmp_path, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout)

    lazy, eager = listing(cache), listing(None)
    assert lazy == eager
    assert len(lazy["rules"]) > 250 and lazy["chosen"] and "did you mean" in lazy["refused"]
    out, modules = _run(["rules"], cache, tmp_path)
    eager_out, all_modules = _run(["rules"], None, tmp_path)
    assert out == eager_out and "source/" in out
    assert not [m for m in SILENT if m in modules] and len(modules) < len(all_modules)


@pytest.mark.parametrize("damage", ["flipped", "torn", "another-shape"])
def test_a_damaged_table_is_rebuilt_and_the_check_is_the_same(tmp_path: Path, cache: Path, damage: str) -> None:
    text = tmp_path / "story.txt"
    text.write_text(PLAIN + "The cafÃ© closed.\n", encoding="utf-8")
    entries = list((cache / "rule-table").glob("*.bin"))
    assert len(entries) == 1
    entry = entries[0]
    if damage == "flipped":
        blob = bytearray(entry.read_bytes())
        blob[len(blob) // 2] ^= 0xFF
        entry.write_bytes(bytes(blob))
    elif damage == "torn":
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 3])
    else:  # sealed whole, but not a table
        from mtqa import pack_cache

        pack_cache.store_pickled(entry, rule_table._MAGIC, (["mtqa.rules.nothing"], {}))
    argv = ["check", "--languagetool", "off", "--format", "json", str(text)]
    rebuilt, _ = _run(argv, cache, tmp_path)
    again, modules = _run(argv, cache, tmp_path)  # from the rebuilt table
    eager, _ = _run(argv, None, tmp_path)
    assert _findings(rebuilt) == _findings(again) == _findings(eager)
    assert "mtqa.rules.ridings.rules" not in modules  # the table is read again


_PROBE_MODULE = '''
from mtqa.rule import rule

@rule("lazyprobe/{name}", category="Fluency/Typography", severity="minor")
def {name}(par, ctx):
    """Doc of the probe."""
    yield "{name} " + par
'''


def _probe_module(tmp_path: Path, monkeypatch, name: str) -> RuleMeta:
    """A module `lazy_probe_<name>` on the path defining rule `lazyprobe/<name>` (it yields
    "<name> " + its paragraph), not imported; returns the rule's metadata as the table keeps it."""
    (tmp_path / f"lazy_probe_{name}.py").write_text(_PROBE_MODULE.format(name=name), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return RuleMeta(id=f"lazyprobe/{name}", category="Fluency/Typography", severity=Severity.MINOR)


def test_a_waiting_rule_imports_its_module_on_its_first_call(tmp_path: Path, monkeypatch) -> None:
    meta = _probe_module(tmp_path, monkeypatch, "shout")
    before = list(DEFINED)
    try:
        r = waiting_rule("lazy_probe_shout", meta, "Doc of the probe.")
        assert isinstance(r.func, Deferred) and "lazy_probe_shout" not in sys.modules
        assert list(r.func("x", None)) == ["shout x"]
        assert "lazy_probe_shout" in sys.modules and not isinstance(r.func, Deferred)
        assert [d for d in DEFINED if d.meta.id == "lazyprobe/shout"] == [r]  # filled in place, not defined twice
        assert list(r.func("y", None)) == ["shout y"]
    finally:
        DEFINED[:] = before
        sys.modules.pop("lazy_probe_shout", None)


def test_a_deferred_function_kept_aside_still_calls_the_rule(tmp_path: Path, monkeypatch) -> None:
    """A wrapper put in a waiting rule's place (a test's spy) keeps its place when the module is
    imported, and the Deferred it wrapped, restored afterwards, calls the module's function."""
    meta = _probe_module(tmp_path, monkeypatch, "kept")
    before = list(DEFINED)
    try:
        r = waiting_rule("lazy_probe_kept", meta, "Doc of the probe.")
        deferred = r.func
        calls = []

        def spy(par, ctx):
            calls.append(par)
            return deferred(par, ctx)

        r.func = spy
        assert list(r.func("x", None)) == ["kept x"] and calls == ["x"]
        assert r.func is spy  # the module's import left the spy in place
        r.func = deferred  # restored, as monkeypatch does
        assert list(r.func("y", None)) == ["kept y"]
    finally:
        DEFINED[:] = before
        sys.modules.pop("lazy_probe_kept", None)


def test_a_module_that_does_not_define_its_waiting_rule_is_an_error(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lazy_probe_empty.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    meta = RuleMeta(id="lazyprobe/gone", category="Fluency/Typography", severity=Severity.MINOR)
    before = list(DEFINED)
    try:
        r = waiting_rule("lazy_probe_empty", meta, "")
        with pytest.raises(RuntimeError, match="lazyprobe/gone"):
            r.func("x", None)
    finally:
        DEFINED[:] = before
        sys.modules.pop("lazy_probe_empty", None)
        from mtqa import rule as rule_module

        rule_module._WAITING.pop("lazyprobe/gone", None)  # noqa: SLF001 - its leftover entry


_FIRST = """
import json, sys
for name in {first!r}:
    __import__(name)
from mtqa import registry
from mtqa.cli import main
print(json.dumps([r.id for r in registry.all_rules()]))
sys.argv = ["mtqa", *{argv!r}]
try:
    main()
except SystemExit:
    pass
"""


def _run_after(first: list[str], argv: list[str], cache: Path | None, cwd: Path) -> tuple[list[str], list]:
    """In a fresh interpreter, import the modules `first`, then list every rule and run `mtqa argv`:
    (the rules' ids in order, the check's findings)."""
    proc = subprocess.run([sys.executable, "-c", _FIRST.format(first=first, argv=argv)], capture_output=True,
                          text=True, env=_env(cache), cwd=cwd, timeout=300)
    ids, _, report = proc.stdout.partition("\n")
    assert report, proc.stderr[-2000:]
    return json.loads(ids), _findings(report)


@pytest.mark.parametrize("first", [
    ["mtqa.rules.grammar.as_complement"],  # the last module of its family
    # a module whose rules are another family's, and one that another module of its family imports
    ["mtqa.rules.numbers.french_conventions", "mtqa.rules.grammar.word_classes"],
])
def test_a_rule_module_imported_before_the_registry_leaves_the_table_whole(
        tmp_path: Path, warm_cache_template: Path, first: list[str]) -> None:
    """The process that builds the table had imported a rule module first: its rules are in the
    table, every later process lists and runs them, in the order a full import gives."""
    cache = copy_warm_cache(warm_cache_template, tmp_path / "cache", leave_out=("rule-table",))
    text = tmp_path / "story.txt"
    text.write_text("The board considers the talks as crucial, the minister said.\n", encoding="utf-8")
    argv = ["check", "--languagetool", "off", "--format", "json", str(text)]
    eager = _run_after([], argv, None, tmp_path)
    assert "grammar/as-before-complement" in eager[0] and "typography/lowercase-proper-name" in eager[0]
    assert "grammar/as-before-complement" in [rule for rule, _, _ in eager[1]], "the text did not test the rule"
    building = _run_after(first, argv, cache, tmp_path)
    assert len(list((cache / "rule-table").glob("*.bin"))) == 1
    after = _run_after([], argv, cache, tmp_path)  # reads the table the first one stored
    reading_after_import = _run_after(first, argv, cache, tmp_path)
    assert building == after == reading_after_import == eager


_STORE = """
import json
for name in {first!r}:
    __import__(name)
from mtqa import registry, rule_table
registry.all_rules()
table, compilers = rule_table.load(rule_table.entry())
print(json.dumps([[[module, None if kept is None else [meta.id for meta, _ in kept]] for module, kept in table],
                  list(compilers.items())]))
"""


def test_the_table_stored_is_the_same_whatever_was_imported_first(tmp_path: Path, warm_cache_template: Path) -> None:
    """Its modules, their rules in order and the packs' compilers: a process that had imported a
    rule module, or a compiler no rule reads (LanguageTool's mapping), stores what a plain one does."""
    def stored(first: list[str], name: str) -> list:
        cache = copy_warm_cache(warm_cache_template, tmp_path / name, leave_out=("rule-table",))
        proc = subprocess.run([sys.executable, "-c", _STORE.format(first=first)], capture_output=True, text=True,
                              env=_env(cache), cwd=tmp_path, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout)

    plain = stored([], "plain")
    assert len(plain[0]) > 80 and ("legislatures", "mtqa.jurisdiction") in map(tuple, plain[1])
    assert plain == stored(["mtqa.integrations.languagetool", "mtqa.rules.grammar.as_complement",
                            "mtqa.rules.names.pack"], "after-imports")


_KEPT = """
import json, pickle, sys
from mtqa import registry, rule_table
before = {m for m in sys.modules if m.startswith("mtqa.rules.")}
rules = registry.all_rules()
imported = sorted(m for m in sys.modules if m.startswith("mtqa.rules.") and m not in before)
table, compilers = rule_table.load(rule_table.entry())
with open(sys.argv[1], "wb") as out:
    pickle.dump((table, compilers), out)
print(json.dumps({"imported": imported, "ids": [r.id for r in rules]}))
"""

_FRESH = """
import json, pickle, sys
from mtqa import registry, rule_table
from mtqa.rule import DEFINED
ids = [r.id for r in registry.all_rules()]
fresh = rule_table.table_of(registry._in_module_order(DEFINED, registry._import_all()))
with open(sys.argv[1], "rb") as kept_file:
    kept, _ = pickle.load(kept_file)
print(json.dumps({"ids": ids, "same": kept == fresh, "modules": [m for m, _ in fresh],
                  "whole": [m for m, rules in fresh if rules is None]}))
"""


def test_the_kept_table_holds_every_module_s_rules_and_equals_a_fresh_build(tmp_path: Path, cache: Path) -> None:
    """Every built-in trigger is data (`mtqa.scan.FromPack` where it reads a pack), so the table
    keeps every module's rules, none is imported whole in its place, reading it imports no rule
    module, and what it holds equals a table built afresh by importing every module; the rules'
    order is the one a full import gives."""
    kept_file = tmp_path / "kept.pickle"
    proc = subprocess.run([sys.executable, "-c", _KEPT, str(kept_file)], capture_output=True, text=True,
                          env=_env(cache), cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    kept = json.loads(proc.stdout)
    proc = subprocess.run([sys.executable, "-c", _FRESH, str(kept_file)], capture_output=True, text=True,
                          env=_env(None), cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fresh = json.loads(proc.stdout)
    assert fresh["whole"] == [] and len(fresh["modules"]) > 80
    assert fresh["same"]
    assert kept["ids"] == fresh["ids"] and len(kept["ids"]) > 250
    assert not [m for m in kept["imported"] if m.rsplit(".", 1)[-1] not in ("pack", "analysis")
                and m.count(".") > 2], kept["imported"]


def test_a_table_of_an_older_shape_is_read_as_it_says_never_a_crash(tmp_path: Path, cache: Path) -> None:
    """A table kept by an older mtqa under today's name (every module kept by name alone, as the
    table held modules whose triggers were functions): read as it is, never a crash, and the
    check's findings are the eager ones."""
    from mtqa import pack_cache

    entry = next((cache / "rule-table").glob("*.bin"))
    table, compilers = pack_cache.load_pickled(entry, rule_table._MAGIC)
    pack_cache.store_pickled(entry, rule_table._MAGIC, ([(module, None) for module, _ in table], compilers))
    text = tmp_path / "story.txt"
    text.write_text(PLAIN + "The cafÃ© closed.\n", encoding="utf-8")
    argv = ["check", "--languagetool", "off", "--format", "json", str(text)]
    stale, modules = _run(argv, cache, tmp_path)
    eager, _ = _run(argv, None, tmp_path)
    assert _findings(stale) == _findings(eager)
    assert all(m in modules for m in SILENT)  # each module imported in its place, as such a table says
