"""`mtqa.lsp.checking`: a document's configuration and format, found as `mtqa check` finds a
file's (without pygls: this is the part of the server that is mtqa's own)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtqa.errors import MtqaError
from mtqa.lsp.checking import Checks, document_format


@pytest.mark.parametrize("language_id, path, expected", [
    ("markdown", "/desk/a.txt", "markdown"),  # the editor's language id first
    ("plaintext", "/desk/a.html", "plain"),
    ("text", None, "plain"),
    ("web", "/desk/a.HTM", "html"),  # an id mtqa does not know: the extension
    (None, "/desk/a.md", "markdown"),
    ("web", "/desk/a.rst", "plain"),
    (None, None, "plain"),
])
def test_the_format_comes_from_the_language_id_then_the_extension(language_id, path, expected) -> None:
    assert document_format(language_id, path) == expected


def test_the_nearest_configuration_upward_its_per_file_settings_and_languagetool_off(tmp_path: Path) -> None:
    (tmp_path / "mtqa.toml").write_text('ignore = ["repetition"]\nlanguagetool = "http://127.0.0.1:9/v2"\n'
                                        '[per-file-ignores]\n"wire/*" = ["typography"]\n', encoding="utf-8")
    (tmp_path / "wire").mkdir()
    story = tmp_path / "wire" / "ferry.txt"
    checks = Checks()
    cfg = checks.config_for(str(story))
    assert "repetition" in cfg.ignore and cfg.languagetool == "off"
    _, report = checks.check("The the ferry left .\n", str(story))
    assert {f.family for f in report.findings} & {"repetition", "typography"} == set()
    _, report = checks.check("The the ferry left .\n", str(tmp_path / "desk.txt"))
    assert "typography" in {f.family for f in report.findings}


def test_a_changed_configuration_is_read_again_and_a_broken_one_raises(tmp_path: Path) -> None:
    config = tmp_path / "mtqa.toml"
    config.write_text('ignore = ["repetition"]\n', encoding="utf-8")
    checks, story = Checks(), str(tmp_path / "a.txt")
    assert "repetition" in checks.config_for(story).ignore
    config.write_text('fail-under = "high"\n', encoding="utf-8")
    os.utime(config, ns=(1, 1))  # a stamp of its own even on a file system with coarse times
    with pytest.raises(MtqaError, match="fail-under"):
        checks.config_for(story)


def test_a_buffer_that_is_no_file_takes_the_workspace_folders_configuration(tmp_path: Path) -> None:
    (tmp_path / "mtqa.toml").write_text('ignore = ["quotes"]\n', encoding="utf-8")
    assert "quotes" in Checks().config_for(None, str(tmp_path)).ignore
    assert "quotes" not in Checks(isolated=True).config_for(None, str(tmp_path)).ignore


def test_a_bilingual_input_format_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "mtqa.toml").write_text('input-format = "xliff"\n', encoding="utf-8")
    with pytest.raises(MtqaError, match="plain text, Markdown and HTML"):
        Checks().check("Text.\n", str(tmp_path / "a.xlf"))


def test_editor_settings_are_checked_as_a_configuration_files_keys() -> None:
    from mtqa.errors import ConfigError
    from mtqa.lsp.checking import editor_settings

    assert editor_settings({"mtqa": {"style": "cp", "select": "quotes"}}) == {"style": "cp", "select": ("quotes",)}
    assert editor_settings({"languagetool": "local"}) == {"languagetool": "local"}  # the table itself
    assert editor_settings(None) == {}
    for bad, said in [({"mtqa": {"select": ["nosuch/rule"]}}, "unknown rule"),
                      ({"mtqa": {"languagetool": "sometimes"}}, "languagetool"),
                      ({"mtqa": {"fail-under": 80}}, "not an editor setting"),
                      ({"mtqa": ["style"]}, "expected an object")]:
        with pytest.raises(ConfigError, match=said):
            editor_settings(bad)


def test_refused_settings_leave_the_previous_ones(tmp_path: Path) -> None:
    checks = Checks(isolated=True)
    checks.use_settings({"ignore": ["repetition"], "languagetool": "local"})
    cfg = checks.config_for(None, str(tmp_path))
    assert "repetition" in cfg.ignore and cfg.languagetool == "local"
    with pytest.raises(MtqaError, match="editor settings: no such style"):
        checks.use_settings({"style": "nosuch"})
    assert "repetition" in checks.config_for(None, str(tmp_path)).ignore


def test_a_check_from_another_thread_waits_while_settings_are_being_taken() -> None:
    """The server checks in a worker thread and, for a code action, in its own: a check made
    while the editor's settings are being tried must not run with none of them (use_settings
    clears them a moment to test the configuration alone)."""
    import threading

    checks = Checks(isolated=True)
    checks.use_settings({"ignore": ["repetition"]})
    seen: list[tuple[str, ...]] = []
    plain_config_for = checks.config_for
    racer: list[threading.Thread] = []

    def config_for(path, folder=None):
        cfg = plain_config_for(path, folder)
        if threading.current_thread() is not threading.main_thread():
            seen.append(cfg.ignore)
        elif not racer:  # inside use_settings: another thread checks now
            racer.append(threading.Thread(target=checks.check, args=("The the ferry left.\n", None)))
            racer[0].start()
            racer[0].join(timeout=1.0)  # finished here only when nothing holds it back
        return cfg

    checks.config_for = config_for  # type: ignore[method-assign]
    checks.use_settings({"ignore": ["repetition", "typography"]})
    racer[0].join()
    assert seen and all("repetition" in ignore for ignore in seen), seen


def test_a_pulled_check_that_fails_inside_is_shown_as_a_pushed_one_is() -> None:
    """A bug in a rule while a client pulls diagnostics is shown to the user and answered with
    none, as the pushed check does, not an error response at every pull."""
    import asyncio

    pytest.importorskip("pygls")
    from mtqa.lsp.server import MtqaLanguageServer, OpenDocument

    class Broken(Checks):
        def check(self, *_args, **_kwargs):
            raise RuntimeError("a rule fell over")

    server = MtqaLanguageServer(Broken(isolated=True), 0.0)
    shown: list[str] = []
    server.show_error = shown.append  # type: ignore[method-assign]
    doc = OpenDocument("untitled:1", "The the ferry left.\n", 1, "plaintext")
    try:
        assert asyncio.run(server.pulled(doc)) == []
    finally:
        server.pool.shutdown()
    assert shown == ["mtqa: internal error: RuntimeError: a rule fell over"]


def test_a_change_to_a_file_the_configuration_extends_is_read_again(tmp_path: Path) -> None:
    """A desk's mtqa.toml extends the newsroom's: saving the newsroom's file changes the desk's
    settings, though the desk's own file did not change (only its stamp was looked at)."""
    shared = tmp_path / "mtqa.toml"
    shared.write_text('ignore = ["repetition"]\n', encoding="utf-8")
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "mtqa.toml").write_text('extend = "../mtqa.toml"\nlocale = "en-GB"\n', encoding="utf-8")
    checks, story = Checks(), str(tmp_path / "desk" / "a.txt")
    assert "repetition" in checks.config_for(story).ignore
    shared.write_text('ignore = ["typography", "titles"]\n', encoding="utf-8")
    os.utime(shared, ns=(1, 1))  # a stamp of its own even on a file system with coarse times
    assert checks.config_for(story).ignore == ("typography", "titles")
