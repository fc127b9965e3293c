"""`mtqa serve` checks a request that carries a source with the bilingual profile of its
configuration, and a request without one with every rule (a real server process, a real client)."""

from __future__ import annotations

from pathlib import Path

from .conftest import start_server

RULE = "quotes/punctuation-outside"
# Made up: a comma outside the closing quotation mark, US house style that `precise` leaves out.
TEXT = 'The mayor called the plan "a good start", and the council agreed on Tuesday.'
SOURCE = "Le maire a qualifié le plan de « bon début », et le conseil a accepté mardi."


def test_the_configurations_source_profile_applies_only_with_a_source(tmp_path: Path) -> None:
    config = tmp_path / "precise.toml"
    config.write_text('languagetool = "off"\nlocale = "en-US"\nsource-profile = "precise"\n', encoding="utf-8")
    s = start_server("--config", str(config), name="source-profile", cwd=tmp_path)
    try:
        with s.client() as c:
            with_source = c.post("/api/check", json={"text": TEXT, "source": SOURCE}).json()["files"][0]
            without = c.post("/api/check", json={"text": TEXT}).json()["files"][0]
    finally:
        s.stop()
    assert RULE not in {f["rule"] for f in with_source["findings"]}
    assert RULE in {f["rule"] for f in without["findings"]}
