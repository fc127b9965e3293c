"""benchmarks/corpus/folds.py and real_copy.py --fold: the tuning half split in two by site."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_site_and_its_subdomains_share_a_fold() -> None:
    folds = _script("mtqa_corpus_folds", ROOT / "benchmarks" / "corpus" / "folds.py")
    assert folds.fold_of("montreal.example.ca") == folds.fold_of("www.example.ca") == folds.fold_of("example.ca")
    assert {folds.fold_of(f"site{i}.com") for i in range(20)} == {"A", "B"}


def test_a_fold_of_the_held_back_half_is_refused() -> None:
    real_copy = _script("mtqa_real_copy_script", ROOT / "benchmarks" / "real_copy.py")
    with pytest.raises(SystemExit) as exit_info:
        real_copy.main(["--half", "both", "--fold", "A"])
    assert exit_info.value.code == 2
