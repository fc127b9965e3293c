"""`mtqa serve` scores by the category weights of its configuration, and its reports say them
(a real server process, a real client)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import start_server

# Made up: a space before a full stop and a doubled space, two Minor Fluency/Punctuation findings.
TEXT = "The ferry left the harbour at noon .  It came back late in the evening."


def test_the_configurations_category_weights_score_every_request(tmp_path: Path) -> None:
    config = tmp_path / "half.toml"
    config.write_text('languagetool = "off"\n\n[category-weights]\n"Fluency/Punctuation" = { minor = 0.5 }\n', encoding="utf-8")
    s = start_server("--config", str(config), name="category-weights", cwd=tmp_path)
    try:
        with s.client() as c:
            body = c.post("/api/check", json={"text": TEXT}).json()
    finally:
        s.stop()
    file = body["files"][0]
    assert file["penalty"] == pytest.approx(1.0)  # not the default's 0.2 (MQM's 0.1 each)
    assert file["categories"]["Fluency/Punctuation"]["weights"]["minor"] == 0.5
    assert file["weights"]["categories"]["Fluency/Punctuation"]["minor"] == 0.5
