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


# ---- the sdist, and the wheel pip builds from it on a machine without cargo --------------------


@pytest.fixture(scope="module")
def sdist_and_wheel(tmp_path_factory) -> tuple[Path, Path]:
    """`python -m build` as a user without Rust runs it: the sdist, then a wheel built from it."""
    out = tmp_path_factory.mktemp("dist-sdist")
    proc = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True,
                          text=True, timeout=600, env={**os.environ, "MTQA_NO_NATIVE": "1"})
    if proc.returncode != 0:
        pytest.fail(f"build failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return next(out.glob("mtqa-*.tar.gz")), next(out.glob("mtqa-*.whl"))


def _needed_at_run_time() -> set[str]:
    """What a wheel built from the sdist needs: the package, the packs (rules/, shipped as
    mtqa/_packs), the native scanner's sources, the build hook and the licences."""
    def files(folder: str) -> set[str]:
        return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".so", ".pyd", ".tmp")}
    return (files("mtqa") | files("rules") | files("native/src")
            | {"native/Cargo.toml", "native/Cargo.lock", "native/build.rs", "pyproject.toml", "hatch_build.py", "README.md", "LICENSE"})


def test_the_sdist_holds_everything_a_build_from_it_needs(sdist_and_wheel) -> None:
    import tarfile

    sdist, _ = sdist_and_wheel
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert not sorted(_needed_at_run_time() - names)
    assert "mtqa/py.typed" in names and not [n for n in names if n.startswith("mtqa/_native")]


def test_the_licences_travel_in_the_sdist_and_the_wheel(sdist_and_wheel) -> None:
    """mtqa's own licence (Apache-2.0 asks that a copy go with every redistribution) and the
    licences of the packs built from third-party data, named in the metadata as PEP 639 says."""
    import tarfile

    sdist, wheel = sdist_and_wheel
    pack_licences = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").glob("*.LICENSE.txt"))
    assert pack_licences
    with tarfile.open(sdist) as tar:
        root = tar.getnames()[0].split("/")[0]
        pkg_info = tar.extractfile(f"{root}/PKG-INFO").read().decode()  # type: ignore[union-attr]
        apache = tar.extractfile(f"{root}/LICENSE").read().decode()  # type: ignore[union-attr]
    assert "Apache License" in apache and "Version 2.0" in apache
    whl = zipfile.ZipFile(wheel)
    dist_info = next(n.split("/")[0] for n in whl.namelist() if n.split("/")[0].endswith(".dist-info"))
    metadata = whl.read(f"{dist_info}/METADATA").decode()
    for meta in (pkg_info, metadata):
        files = [line.split(":", 1)[1].strip() for line in meta.splitlines() if line.startswith("License-File:")]
        assert sorted(files) == sorted(["LICENSE", *pack_licences])
    assert whl.read(f"{dist_info}/licenses/LICENSE").decode() == apache
    for name in pack_licences:
        assert f"{dist_info}/licenses/{name}" in whl.namelist()
        assert f"mtqa/_packs/{Path(name).name}" in whl.namelist()
    assert wheel.name.endswith("-py3-none-any.whl")  # no cargo: the pure-Python wheel


def test_a_native_wheel_is_tagged_for_the_stable_abi(wheel: Path) -> None:
    """The extension is built for CPython's stable ABI (abi3-py310): its wheel must say so, or
    pip refuses a wheel built on one Python on every other (`not a supported wheel`)."""
    names = zipfile.ZipFile(wheel).namelist()
    if not any(n.startswith("mtqa/_native") for n in names):
        pytest.skip("no cargo here: the wheel is pure Python")
    assert "-cp310-abi3-" in wheel.name, wheel.name
    wheel_file = next(n for n in names if n.endswith(".dist-info/WHEEL"))
    assert "Tag: cp310-abi3-" in zipfile.ZipFile(wheel).read(wheel_file).decode()


def test_a_build_finds_the_library_where_cargo_target_dir_puts_it(tmp_path: Path) -> None:
    """A Rust developer's shared target folder (CARGO_TARGET_DIR): the hook read native/target,
    where cargo had put nothing, and the install died on a FileNotFoundError. Built from the sdist
    (no native/target at all), with a copy of this checkout's target folder so cargo rebuilds little."""
    import shutil

    if not (shutil.which("cargo") or (Path.home() / ".cargo" / "bin" / "cargo").exists()):
        pytest.skip("no cargo here")
    target = tmp_path / "shared-target"
    if (ROOT / "native" / "target").is_dir():
        shutil.copytree(ROOT / "native" / "target", target, symlinks=True)
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True,
                          text=True, timeout=1200, env={**os.environ, "CARGO_TARGET_DIR": str(target)})
    assert proc.returncode == 0, (proc.stdout[-2000:], proc.stderr[-2000:])
    wheel = next(out.glob("mtqa-*.whl"))
    built = next(p for p in target.glob("release/*_native.*") if p.suffix in (".so", ".dylib", ".dll"))
    assert zipfile.ZipFile(wheel).read("mtqa/_native.abi3.so") == built.read_bytes()
