"""`mtqa check` reads mtqa's modules from one cached file (mtqa.code_bundle): the same modules,
the same report, and never a bundle that does not match the source files or is damaged.

Each case runs fresh interpreters (the finder is installed for a whole process); they share one
cache folder, filled once, and each starts from an empty bundle folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"

# What a check's process does (mtqa.cli): install the finder, then import and check; it prints
# where its modules came from.
_PROBE = """
import inspect, json, sys
from mtqa import code_bundle
finder = code_bundle.install()
import mtqa.engine, mtqa.rules.grammar.rules
from mtqa.engine import Checker
report = Checker(languagetool="off").check(open(sys.argv[1], encoding="utf-8").read())
loaders = {n: type(m.__spec__.loader).__name__ for n, m in sys.modules.items() if n.startswith("mtqa.")}
engine = sys.modules["mtqa.engine"]
print(json.dumps({
    "installed": finder is not None,
    "kept": sorted(finder.modules) if finder else [],
    "bundled": sorted(n for n, kind in loaders.items() if kind == "BundledLoader"),
    "engine_file": engine.__file__,
    "engine_source": "class Checker" in inspect.getsource(engine.Checker),
    "rules_path": list(sys.modules["mtqa.rules"].__path__),
    "findings": [[f.rule_id, f.span.start, f.span.end, f.message] for f in report.findings],
}))
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bundle-cache")
    _probe(folder)  # fills the pack, pattern, word list and tagger entries once
    return folder


def _env(cache: Path, package_parent: Path = ROOT, **extra: str) -> dict:
    env = dict(os.environ, MTQA_CACHE_DIR=str(cache), PYTHONPATH=str(package_parent), **extra)
    for name in ("MTQA_NO_CACHE", "MTQA_SCAN_BACKEND", "MTQA_LANGUAGETOOL_URL"):
        if name not in extra:
            env.pop(name, None)
    return env


def _probe(cache: Path, package_parent: Path = ROOT, **extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-P", "-c", _PROBE, str(SEED)], capture_output=True, text=True,
                          env=_env(cache, package_parent, **extra), cwd=package_parent, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.splitlines()[-1])


def _fresh(cache: Path) -> Path:
    shutil.rmtree(cache / "code", ignore_errors=True)
    return cache


def _copy(tmp_path: Path) -> Path:
    """A copy of the package (its packs where a checkout has them) to edit."""
    shutil.copytree(ROOT / "mtqa", tmp_path / "mtqa", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "rules").symlink_to(ROOT / "rules")
    return tmp_path


def _bundles(cache: Path) -> list[Path]:
    return sorted((cache / "code").glob("*.bin"))


def test_second_process_reads_its_modules_from_the_bundle(cache: Path) -> None:
    first = _probe(_fresh(cache))
    assert first["installed"] and first["kept"] == [] and first["bundled"] == []
    assert len(_bundles(cache)) == 1  # written at exit
    second = _probe(cache)
    assert "mtqa.engine" in second["kept"] and "mtqa.rules.grammar.rules" in second["kept"]
    assert "mtqa.engine" in second["bundled"] and len(second["bundled"]) > 100
    assert second["findings"] == first["findings"] and second["findings"]
    # a bundled module is the source file's module: its file, its package's path, its source
    assert second["engine_file"] == str(ROOT / "mtqa" / "engine.py") and second["engine_source"]
    assert second["rules_path"] == [str(ROOT / "mtqa" / "rules")]


def test_the_command_gives_the_same_report_with_and_without_the_bundle(cache: Path) -> None:
    def command(**extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-P", "-m", "mtqa", "check", "--format", "json", str(SEED)],
                              capture_output=True, text=True, env=_env(cache, **extra), cwd=ROOT, timeout=300)

    _fresh(cache)
    runs = [command(), command(), command(MTQA_NO_CACHE="1")]
    reports = []
    for run in runs:
        assert run.returncode == 1, run.stderr[-2000:]
        report = json.loads(run.stdout)
        for file in report["files"]:
            file.pop("timings_ms", None)
        reports.append(report)
    assert reports[0] == reports[1] == reports[2]


def test_no_cache_no_bundle(cache: Path) -> None:
    out = _probe(_fresh(cache), MTQA_NO_CACHE="1")
    assert not out["installed"] and out["bundled"] == []
    assert not _bundles(cache)


def test_a_damaged_bundle_is_not_used_and_is_written_again(cache: Path) -> None:
    _probe(_fresh(cache))
    (entry,) = _bundles(cache)
    data = bytearray(entry.read_bytes())
    data[len(data) // 2] ^= 0x40  # a flipped bit in some module's code
    entry.write_bytes(bytes(data))
    damaged = _probe(cache)
    assert damaged["installed"] and damaged["kept"] == [] and damaged["bundled"] == []
    assert entry.read_bytes() != bytes(data)  # rewritten whole at exit
    assert "mtqa.engine" in _probe(cache)["bundled"]


def test_a_truncated_bundle_is_not_used(cache: Path) -> None:
    _probe(_fresh(cache))
    (entry,) = _bundles(cache)
    entry.write_bytes(entry.read_bytes()[:-100])
    assert _probe(cache)["bundled"] == []


def test_an_edited_source_file_is_imported_from_the_file(cache: Path, tmp_path: Path) -> None:
    """A copy of the package, bundled, then one module edited: another bundle is read (none
    yet), so the edit is what runs."""
    _copy(tmp_path)
    _fresh(cache)
    _probe(cache, tmp_path)
    assert "mtqa.engine" in _probe(cache, tmp_path)["bundled"]
    engine = tmp_path / "mtqa" / "engine.py"
    engine.write_text(engine.read_text(encoding="utf-8").replace(
        "class Checker:", "EDITED = True\n\n\nclass Checker:"), encoding="utf-8")
    edited = _probe(cache, tmp_path)
    assert edited["kept"] == [] and "mtqa.engine" not in edited["bundled"]
    check = subprocess.run([sys.executable, "-P", "-c", "from mtqa import code_bundle; code_bundle.install(); "
                            "import mtqa.engine; print(mtqa.engine.EDITED)"], capture_output=True, text=True,
                           env=_env(cache, tmp_path), cwd=tmp_path, timeout=300)
    assert check.stdout.strip() == "True", check.stderr[-2000:]
    assert len(_bundles(cache)) == 2  # the edited sources' bundle beside the first


def test_a_bundle_is_not_written_when_a_source_changed_while_the_process_ran(cache: Path, tmp_path: Path) -> None:
    _copy(tmp_path)
    _fresh(cache)
    body = ("from mtqa import code_bundle; code_bundle.install(); import mtqa.engine; "
            "from pathlib import Path; p = Path('mtqa/segment.py'); p.write_text(p.read_text() + '\\n# edited\\n')")
    run = subprocess.run([sys.executable, "-P", "-c", body], capture_output=True, text=True,
                         env=_env(cache, tmp_path), cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert not _bundles(cache)


def test_a_module_the_bundle_lacks_is_added_at_exit(cache: Path) -> None:
    _probe(_fresh(cache))
    extra = subprocess.run([sys.executable, "-P", "-c", "from mtqa import code_bundle; f = code_bundle.install(); "
                            "assert 'mtqa.report.sarif' not in f.modules; import mtqa.report.sarif"],
                           capture_output=True, text=True, env=_env(cache), cwd=ROOT, timeout=300)
    assert extra.returncode == 0, extra.stderr[-2000:]
    assert "mtqa.report.sarif" in _probe(cache)["kept"]


def test_only_the_last_bundles_written_are_kept(cache: Path) -> None:
    from mtqa import code_bundle

    folder = _fresh(cache) / "code"
    folder.mkdir()
    for i in range(code_bundle.KEEP + 3):
        old = folder / f"{i:032x}.bin"
        old.write_bytes(b"old")
        os.utime(old, ns=(10**18 + i, 10**18 + i))
    _probe(cache)
    left = _bundles(cache)
    assert len(left) == code_bundle.KEEP
    assert folder / f"{code_bundle.KEEP + 2:032x}.bin" in left and folder / f"{0:032x}.bin" not in left
    assert _probe(cache)["bundled"]  # the one just written is among them


def test_a_reloaded_module_is_read_from_its_file(cache: Path, tmp_path: Path) -> None:
    _copy(tmp_path)
    _fresh(cache)
    _probe(cache, tmp_path)
    body = ("import importlib, sys; from pathlib import Path; from mtqa import code_bundle; code_bundle.install(); "
            "import mtqa.spread as m; assert type(m.__spec__.loader).__name__ == 'BundledLoader'; "
            "p = Path('mtqa/spread.py'); p.write_text(p.read_text() + '\\nRELOADED = True\\n'); "
            "importlib.reload(m); print(m.RELOADED)")
    run = subprocess.run([sys.executable, "-P", "-c", body], capture_output=True, text=True,
                         env=_env(cache, tmp_path), cwd=tmp_path, timeout=300)
    assert run.stdout.strip() == "True", run.stderr[-2000:]


def test_an_entry_whole_but_of_another_layout_is_not_used(tmp_path: Path) -> None:
    """A sealed entry whose payload is not the bundle's list of (name, path, is a package, code
    object) gives no module: not `marshal` data, another value, or a module kept as bytes."""
    import marshal

    from mtqa import code_bundle, pack_cache

    entry = tmp_path / "bundle.bin"

    def kept(payload: bytes):
        pack_cache.store(entry, pack_cache.seal(code_bundle._MAGIC, payload))
        return code_bundle._read(entry)

    assert kept(b"\xffnot marshal data") is None
    assert kept(marshal.dumps(5)) is None
    assert kept(marshal.dumps([("mtqa.x", "x.py")])) is None
    assert kept(marshal.dumps([("mtqa.x", "x.py", False, b"marshalled bytes, not code")])) == {}
    code = compile("X = 1", "x.py", "exec")
    assert kept(code_bundle._layout({"mtqa.x": ("x.py", False, code)})) == {"mtqa.x": ("x.py", False, code)}
