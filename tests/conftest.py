"""Shared fixtures: paths of the repository, the seed article and the external eval data, and a
cache folder filled once per session for tests whose subject is not the filling of a cold cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"

# A shell that exports COLUMNS would cut every excerpt of the text report the tests' `mtqa check`
# processes print to its width; the tests that mean a width set it themselves.
os.environ.pop("COLUMNS", None)
# Likewise FORCE_COLOR (some CI images and tox set it): it colours a piped report.
os.environ.pop("FORCE_COLOR", None)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def clean_references() -> list[str]:
    """Error-free TED ref-B segments (professional human translations): clean copy."""
    path = EVAL / "references_zhen.jsonl"
    if not path.exists():
        pytest.skip("shared/eval data not present beside the checkout")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [r["reference"] for r in rows if r["ref_system"] == "ref-B" and r["error_free"]]


@pytest.fixture(scope="session")
def warm_cache_template(tmp_path_factory) -> Path:
    """A cache folder filled once by `python -m mtqa.build_cache`, what a cold cache's child runs
    (`mtqa.cache_child`), under this session's environment (its scanner backend). Never used in
    place: tests take a copy (`copy_warm_cache`). A cold fill costs ~9 s of CPU (the tagger's
    tables and the word list most of it); tests that fill a fresh folder only to test what a
    warm one does paid it once each."""
    from mtqa.cache_child import CHILD_MARK

    folder = tmp_path_factory.mktemp("warm-cache-template") / "cache"
    env = dict(os.environ, MTQA_CACHE_DIR=str(folder), **{CHILD_MARK: "1"})  # as the child: it starts none
    env.pop("MTQA_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-m", "mtqa.build_cache"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    return folder


def copy_warm_cache(template: Path, dest: Path, leave_out: tuple[str, ...] = ()) -> Path:
    """`dest`, a private copy of the session's filled cache without the entries named in
    `leave_out` (the subject of the test, built cold by it). Returns `dest`."""
    top = os.fspath(template)

    def left_out(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if n in leave_out] if folder == top else []

    shutil.copytree(template, dest, ignore=left_out)
    return dest
