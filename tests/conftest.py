"""Shared fixtures: paths of the repository, the seed article and the external eval data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
EVAL = ROOT.parent / "shared" / "eval" / "wmt-mqm"


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
