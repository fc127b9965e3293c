"""The wheel ships the rule packs, and an installed (non-editable) mtqa loads them.

Builds the wheel for real and installs it into a fresh virtual environment outside the
source tree, then runs the `mtqa` command there. Slow (a build and an install), so it is
marked `slow`; CI runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.fail(f"wheel build failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return next(out.glob("mtqa-*.whl"))


def test_wheel_contains_every_pack(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = sorted(p.name for p in (ROOT / "rules").glob("*.toml"))
    for name in packs:
        assert f"mtqa/_packs/{name}" in names
    styles = sorted(p.name for p in (ROOT / "rules" / "styles").glob("*.toml"))
    assert "default.toml" in styles
    for name in styles:
        assert f"mtqa/_packs/styles/{name}" in names
    assert "mtqa/py.typed" in names


def test_installed_wheel_loads_packs_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True,
                             text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-2000:]
    probe = subprocess.run(
        [str(py), "-c", "import mtqa.packs as p, mtqa.registry as r; r.all_rules(); ps = p.PackSet([]); "
         "[ps.compiled(i) for i in ps.ids()]; print(p.builtin_dir()); print(','.join(ps.ids()))"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    where, ids = probe.stdout.splitlines()
    assert "site-packages" in where and str(ROOT) not in where
    assert sorted(i for i in ids.split(",") if i) == sorted(p.stem for p in (ROOT / "rules").glob("*.toml"))
    seed_copy = tmp_path / "story.txt"
    seed_copy.write_bytes(SEED.read_bytes())
    run = subprocess.run([str(env_dir / "bin" / "mtqa"), "check", "--isolated", str(seed_copy)],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert run.returncode in (0, 1), run.stderr
    assert "score" in run.stdout


CONSUMER = '''\
import mtqa
from mtqa import Checker, Report


def scores(texts: list[str]) -> list[float]:
    checker = Checker(languagetool="off")
    reports: list[Report] = list(checker.check_many(texts))
    return [r.score for r in reports]


reveal_type(mtqa.check)
'''


def test_an_editable_install_leaves_the_package_typed_for_mypy(tmp_path: Path) -> None:
    """`pip install -e` of a checkout: a newsroom's mypy run over code that uses mtqa must find
    the package's py.typed. The packs force-included into the wheel made site-packages/mtqa/ a
    folder holding `_packs` alone, which mypy took for the package ("missing library stubs or
    py.typed marker"), every mtqa name then Any."""
    pytest.importorskip("mypy")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(ROOT)],
                             capture_output=True, text=True, timeout=600, env={**os.environ, "MTQA_NO_NATIVE": "1"})
    assert install.returncode == 0, install.stderr[-2000:]
    assert not list(env_dir.glob("lib/python*/site-packages/mtqa"))
    (tmp_path / "consumer.py").write_text(CONSUMER, encoding="utf-8")
    got = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--python-executable", str(py),
                          "consumer.py"], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert "missing library stubs or py.typed" not in got.stdout, got.stdout
    assert '-> mtqa.result.Report"' in got.stdout and got.returncode == 0, got.stdout
