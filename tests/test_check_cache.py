"""`mtqa.check()` keeps the Checkers it builds (mtqa.checker_cache): repeated calls reuse one,
options never leak from one call into another, files changed in a rules folder are read again,
and LanguageTool's "skipped for the rest of the run" belongs to one call only."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from pathlib import Path

import pytest

import mtqa
from mtqa import checker_cache, engine
from mtqa.config import Config
from mtqa.errors import PackError

TEXT = "The minister said the the plan was ready.\n\nShe did not precise when."


@pytest.fixture(autouse=True)
def empty_cache():
    checker_cache.clear()
    yield
    checker_cache.clear()


def test_repeated_calls_build_one_checker(monkeypatch) -> None:
    built = []
    real = engine.Checker.__init__

    def counting(self, *args, **kwargs):
        built.append(kwargs)
        real(self, *args, **kwargs)

    monkeypatch.setattr(engine.Checker, "__init__", counting)
    first = mtqa.check(TEXT, languagetool="off", path="a.txt")
    second = mtqa.check(TEXT, languagetool="off", path="b.txt")
    assert len(built) == 1 and checker_cache.kept() == 1
    assert [f.rule_id for f in first.findings] == [f.rule_id for f in second.findings]
    assert (first.path, second.path) == ("a.txt", "b.txt")  # per-document options are not part of it


def test_options_do_not_leak_between_calls() -> None:
    plain = mtqa.check(TEXT, languagetool="off")
    narrowed = mtqa.check(TEXT, languagetool="off", select=["repetition"])
    again = mtqa.check(TEXT, languagetool="off")
    assert len(narrowed.checks_ran) < len(plain.checks_ran)
    assert again.checks_ran == plain.checks_ran
    assert [f.rule_id for f in again.findings] == [f.rule_id for f in plain.findings]
    mtqa.check(TEXT, languagetool="off", preview=True)
    with pytest.raises(TypeError, match="preview"):  # not the Checker kept for preview=True
        mtqa.check(TEXT, languagetool="off", preview=1)
    assert not plain.passed and mtqa.check(TEXT, languagetool="off", fail_under=0.0).passed
    assert not mtqa.check(TEXT, languagetool="off").passed


def test_a_config_changed_after_a_call_is_read_again() -> None:
    config = Config(languagetool="off")
    before = mtqa.check(TEXT, config=config)
    rule = before.findings[0].rule_id
    config.severity[rule] = "critical"  # a Config's dicts can be changed in place
    after = mtqa.check(TEXT, config=config)
    assert [f.severity.name.lower() for f in after.findings if f.rule_id == rule][0] == "critical"
    assert checker_cache.kept() == 2


def test_a_rules_folder_changed_between_calls_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "local.toml").write_text('[pack]\nid = "names-local"\nschema = 1\nknown_words = ["Varnell"]\n',
                                       encoding="utf-8")
    mtqa.check(TEXT, languagetool="off", rules_dir=[str(folder)])
    (folder / "local.toml").write_text('[pack]\nid = "names-local"\nschema = 1\nknown_words = [\n',
                                       encoding="utf-8")  # no longer TOML
    with pytest.raises(PackError):
        mtqa.check(TEXT, languagetool="off", rules_dir=[str(folder)])


def test_a_checker_is_kept_for_each_thread_safely() -> None:
    reports: list = []

    def run() -> None:
        reports.append(mtqa.check(TEXT, languagetool="off"))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({tuple(f.rule_id for f in r.findings) for r in reports}) == 1
    assert checker_cache.kept() == 1


def test_the_cache_is_bounded() -> None:
    for threshold in range(checker_cache.MAX_CHECKERS + 3):
        mtqa.check(TEXT, languagetool="off", fail_under=float(threshold))
    assert checker_cache.kept() == checker_cache.MAX_CHECKERS


class _AnswersNothing(http.server.BaseHTTPRequestHandler):
    """A LanguageTool server that finds nothing."""

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"matches": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_languagetool_failure_does_not_disable_it_for_the_next_call() -> None:
    """Connection refused in one call ("skipped for the rest of the run" in that run); the server
    is up for the next call with the same options, which uses it."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens: refused
    url = f"http://127.0.0.1:{port}"
    down = mtqa.check(TEXT, languagetool=url, languagetool_timeout=5)
    assert any(s["check"] == "languagetool" and "refused" in s["reason"] for s in down.checks_skipped)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), _AnswersNothing)
    worker = threading.Thread(target=srv.serve_forever, daemon=True)
    worker.start()
    try:
        up = mtqa.check(TEXT, languagetool=url, languagetool_timeout=5)
    finally:
        srv.shutdown()
        srv.server_close()
    assert "languagetool" in up.checks_ran
    assert checker_cache.kept() == 1


def test_a_rule_defined_after_a_call_runs_in_the_next() -> None:
    from mtqa.rule import DEFINED, Scope, rule

    before = mtqa.check(TEXT, languagetool="off", select=["repetition"])

    @rule("repetition/always-note", category="Other/Test", severity="minor", scope=Scope.DOCUMENT)
    def always_note(doc, ctx):
        """Notes nothing, runs always (test only)."""
        return iter(())

    try:
        after = mtqa.check(TEXT, languagetool="off", select=["repetition"])
    finally:
        DEFINED.remove(always_note.rule)
    assert "repetition/always-note" not in before.checks_ran and "repetition/always-note" in after.checks_ran
    assert "repetition/always-note" not in mtqa.check(TEXT, languagetool="off", select=["repetition"]).checks_ran


@pytest.mark.parametrize("options, message", [
    ({"select": object()}, "select: expected a list"),
    ({"config": "mtqa.toml"}, r"config: expected a Config \(mtqa.config.load\(path\) reads a file\), got str"),
    ({"bogus": 1}, "unknown Checker option"),
])
def test_options_that_cannot_be_kept_still_fail_as_the_checker_says(options, message) -> None:
    with pytest.raises(TypeError, match=message):
        mtqa.check(TEXT, languagetool="off", **options)
    assert checker_cache.kept() == 0
