"""A check on a cold cache finds what a warm one finds, without keeping the heavy imports.

A child process (`mtqa.cache_child`, `python -m mtqa.build_cache`) fills the cache: the packs,
their patterns, and the entries built from lemminflect, TextBlob's tagger module and wordfreq's
file; the checking process then reads them as a warm one does. When no child can help (caching off, a folder that
cannot be written, a child that cannot start, ``MTQA_BUILD_IN_PROCESS=1``) the checking process
builds them itself, with the same findings. Each case runs in a fresh interpreter and reports
its findings and the modules it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

# What only building the entries imports: lemminflect (with numpy), TextBlob's tagger module
# (loaded from its file as mtqa._brill_text; its reader imports xml), TextBlob itself, and the
# TOML parser that reads the packs.
BUILD_ONLY = ("lemminflect", "numpy", "mtqa._brill_text", "textblob", "xml", "tomllib")

_PROBE = """
import json, sys
sys.path.insert(0, {root!r})
{before}
from mtqa import Checker
report = Checker(languagetool="off").check(open({seed!r}, encoding="utf-8").read())
findings = sorted([f.rule_id, f.span.start, f.span.end, f.message, f.severity.value] for f in report.findings)
print(json.dumps({{"findings": findings, "modules": sorted(sys.modules)}}))
"""


def _check(cache: Path | None, before: str = "", cwd: Path | None = None, **env_extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("MTQA_NO_CACHE", "MTQA_BUILD_IN_PROCESS")}
    if cache is not None:
        env["MTQA_CACHE_DIR"] = str(cache)
    env.update(env_extra)
    proc = subprocess.run([sys.executable, "-c", _PROBE.format(before=before, seed=str(SEED), root=str(ROOT))],
                          capture_output=True, text=True, env=env, timeout=600, cwd=cwd)
    assert proc.returncode == 0 and not proc.stderr, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def _build_only(run: dict) -> list[str]:
    return sorted(m for m in run["modules"] for n in BUILD_ONLY if m == n or m.startswith(n + "."))


def _heavy_entries() -> list[str]:
    """The entries that need a heavy import, as (folder, name) prefixes, for what is installed."""
    from mtqa import lexicon, native_tagger, tagging

    names = []
    if tagging.available():
        names += ["tagger/en-classes-", "tagger/en-lexicon-"]
        if native_tagger.available():
            names.append("tagger/native-tagger-")
    if lexicon._data_file("en") is not None:
        names.append("lexicon/en-")
    return names


def _written(cache: Path) -> list[str]:
    kept = [p.relative_to(cache).as_posix() for p in cache.rglob("*.bin") if not p.name.startswith(".tmp-")]
    return [name for name in _heavy_entries() if any(k.startswith(name) for k in kept)]


@pytest.fixture(scope="module")
def cold_then_warm(tmp_path_factory) -> tuple[dict, dict, Path]:
    cache = tmp_path_factory.mktemp("cold") / "cache"
    cold = _check(cache)
    warm = _check(cache)
    return cold, warm, cache


def test_a_cold_check_finds_what_a_warm_one_finds(cold_then_warm) -> None:
    cold, warm, _ = cold_then_warm
    assert warm["findings"], "the seed has findings"
    assert cold["findings"] == warm["findings"]


def test_a_cold_check_leaves_the_heavy_imports_to_a_child(cold_then_warm) -> None:
    cold, warm, cache = cold_then_warm
    if not _heavy_entries():
        pytest.skip("neither the grammar nor the words extra is installed")
    assert _written(cache) == _heavy_entries()
    assert list((cache / "filled").iterdir())  # the stamp: the next Checker starts no child
    assert "mtqa.tagging" in cold["modules"] or "mtqa.lexicon" in cold["modules"], "the check read no entry"
    assert _build_only(cold) == [] and _build_only(warm) == []


@pytest.mark.parametrize("case", ["in-process", "no-cache", "unwritable", "child-cannot-start"])
def test_without_a_child_the_check_builds_itself_with_the_same_findings(cold_then_warm, tmp_path, case) -> None:
    _, warm, _ = cold_then_warm
    cache: Path | None = tmp_path / "cache"
    before, env = "", {}
    if case == "in-process":
        env["MTQA_BUILD_IN_PROCESS"] = "1"
    elif case == "no-cache":
        env["MTQA_NO_CACHE"] = "1"
    elif case == "unwritable":
        assert cache is not None
        cache.write_text("a file where the cache folder should be")  # as root too, nothing goes in it
    else:
        before = "sys.executable = " + repr(str(tmp_path / "no-such-python"))
    run = _check(cache, before, **env)
    assert run["findings"] == warm["findings"]
    if _heavy_entries() and case != "no-cache":
        assert _build_only(run), "the entries should have been built in the checking process"
    if case in ("in-process", "child-cannot-start"):
        assert cache is not None and _written(cache) == _heavy_entries()
    if case == "child-cannot-start":  # stamped all the same: the next process starts no child
        assert cache is not None and list((cache / "filled").iterdir())


def test_the_child_imports_this_mtqa_whatever_the_working_folder(cold_then_warm, tmp_path) -> None:
    """A check run from a folder holding another `mtqa` (a checkout of another version) has
    the child import the same mtqa as the checking process, not the one in that folder."""
    _, warm, _ = cold_then_warm
    (tmp_path / "mtqa").mkdir()
    (tmp_path / "mtqa" / "__init__.py").write_text("raise ImportError('not the mtqa being run')\n")
    run = _check(tmp_path / "cache", cwd=tmp_path)
    assert run["findings"] == warm["findings"]
    assert _build_only(run) == [] and _written(tmp_path / "cache") == _heavy_entries()


def test_first_runs_side_by_side_share_one_cache(cold_then_warm, tmp_path) -> None:
    """Two processes starting on the same empty cache (``--jobs``, two hooks at once) both find
    what a warm check finds, and leave whole entries that a third reads."""
    _, warm, _ = cold_then_warm
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if k not in ("MTQA_NO_CACHE", "MTQA_BUILD_IN_PROCESS")}
    env["MTQA_CACHE_DIR"] = str(cache)
    code = _PROBE.format(before="", seed=str(SEED), root=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and not err, err[-2000:]
        assert json.loads(out)["findings"] == warm["findings"]
    after = _check(cache)
    assert after["findings"] == warm["findings"]
    assert _written(cache) == _heavy_entries() and _build_only(after) == []
