"""`mtqa lsp` spoken to as an editor speaks to it: the server runs as a subprocess and the test
frames JSON-RPC over its stdio (`benchmarks/lsp_client.py`, which does not use pygls). The documents are
made up. No timing is asserted: the waits are hang guards."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from benchmarks.lsp_client import Client  # noqa: E402

LSP = [sys.executable, "-m", "mtqa", "lsp", "--debounce", "0.05"]
# A line break inside a line for LSP: U+2028 (a line separator) is not one of LSP's line ends.
STORY = "Le 😀 council met on Tuesday and and voted.\r\nThe mayor\u2028said the the budget was fine .\n"


def _uri(path: Path) -> str:
    return path.resolve().as_uri()


def _ranges(diagnostics: list[dict]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for d in diagnostics:
        r = d["range"]
        out.setdefault(d["code"], []).append((r["start"]["line"], r["start"]["character"],
                                              r["end"]["line"], r["end"]["character"]))
    return out


def _apply(text: str, edits: list[dict]) -> str:
    """Apply TextEdits as a UTF-16 client does (lines cut at \\r\\n, \\r, \\n only), last first."""
    import re

    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]

    def offset(pos: dict) -> int:
        start = starts[pos["line"]] if pos["line"] < len(starts) else len(text)
        rest, units, i = text[start:], 0, 0
        while units < pos["character"] and i < len(rest):
            units += 2 if ord(rest[i]) > 0xFFFF else 1
            i += 1
        return start + i

    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                    reverse=True):
        text = text[:offset(e["range"]["start"])] + e["newText"] + text[offset(e["range"]["end"]):]
    return text


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "mtqa.toml").write_text("", encoding="utf-8")  # this folder's settings, not the test runner's
    return folder


@pytest.fixture
def client(project: Path):
    c = Client(LSP, cwd=str(project))
    try:
        yield c
    finally:
        c.kill()


def test_initialize_says_what_the_server_does(client: Client, project: Path) -> None:
    caps = client.initialize(_uri(project))["capabilities"]
    assert caps["positionEncoding"] == "utf-16"
    assert caps["textDocumentSync"]["change"] == 2 and caps["textDocumentSync"]["openClose"]
    assert set(caps["codeActionProvider"]["codeActionKinds"]) == {"quickfix", "source.fixAll.mtqa"}
    assert client.close() == 0


def test_diagnostics_have_utf16_ranges_past_an_emoji_crlf_and_a_u2028(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    found = client.diagnostics(uri, 1)
    ranges = _ranges(found)
    # " and" after the emoji (2 UTF-16 units): code points 31-35, units 32-36
    assert (0, 32, 0, 36) in ranges["repetition/doubled-word"]
    # line 1 holds "The mayor\u2028said...": " the" at code points 18-22 of that line
    assert (1, 18, 1, 22) in ranges["repetition/doubled-word"]
    assert (1, 38, 1, 39) in ranges["typography/space-before-punctuation"]
    doubled = next(d for d in found if d["code"] == "repetition/doubled-word")
    assert doubled["source"] == "mtqa" and doubled["severity"] == 2  # major: a warning
    spaced = next(d for d in found if d["code"] == "typography/space-before-punctuation")
    assert spaced["severity"] == 3  # minor: information
    assert client.close() == 0


@pytest.mark.parametrize("encoding, start", [("utf-8", 34), ("utf-32", 31)])  # the emoji: 4 bytes, 1 code point
def test_the_position_encoding_the_client_prefers(client: Client, project: Path, encoding: str, start: int) -> None:
    caps = client.initialize(_uri(project), encodings=[encoding, "utf-16"])["capabilities"]
    assert caps["positionEncoding"] == encoding
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert (0, start, 0, start + 4) in _ranges(client.diagnostics(uri, 1))["repetition/doubled-word"]


def test_a_change_that_fixes_a_finding_clears_it(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert len(_ranges(client.diagnostics(uri, 1))["repetition/doubled-word"]) == 2
    # delete the second " and" (UTF-16 units 32-36 of line 0), as an editor sends it
    client.change(uri, 2, "", {"start": {"line": 0, "character": 32}, "end": {"line": 0, "character": 36}})
    after = _ranges(client.diagnostics(uri, 2))
    assert after["repetition/doubled-word"] == [(1, 18, 1, 22)]
    # and the one past the U+2028, which a splitlines-based store would put on a line of its own
    client.change(uri, 3, "", {"start": {"line": 1, "character": 18}, "end": {"line": 1, "character": 22}})
    assert "repetition/doubled-word" not in _ranges(client.diagnostics(uri, 3))


def test_only_the_last_of_quick_changes_is_checked(project: Path) -> None:
    client = Client([*LSP[:-1], "2"], cwd=str(project))  # a debounce far longer than two sends take
    try:
        client.initialize(_uri(project))
        uri = _uri(project / "story.txt")
        client.open(uri, STORY)
        client.diagnostics(uri, 1)
        client.change(uri, 2, "The the ferry.\n")
        client.change(uri, 3, "The ferry left .\n")
        published = client.diagnostics(uri)  # the next publication for the story, of any version
        assert client.seen[-1]["params"]["version"] == 3
        assert set(_ranges(published)) == {"typography/space-before-punctuation"}
        # a quick fix asked right after a change, before its debounced check, fixes the new text
        client.change(uri, 4, "The ferry sailed .\n")
        where = {"start": {"line": 0, "character": 16}, "end": {"line": 0, "character": 16}}
        actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": where,
                                                              "context": {"diagnostics": [], "only": ["quickfix"]}})
        assert _apply("The ferry sailed .\n", actions[0]["edit"]["changes"][uri]) == "The ferry sailed.\n"
    finally:
        client.kill()


def test_a_quick_fix_and_fix_all_give_the_fixed_text(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    client.diagnostics(uri, 1)
    where = {"start": {"line": 1, "character": 19}, "end": {"line": 1, "character": 19}}
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": where,
                                                          "context": {"diagnostics": [], "only": ["quickfix"]}})
    assert [a["kind"] for a in actions] == ["quickfix"]
    assert actions[0]["diagnostics"][0]["code"] == "repetition/doubled-word"
    fixed = _apply(STORY, actions[0]["edit"]["changes"][uri])
    assert fixed == STORY.replace("said the the", "said the")

    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    actions = client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": whole,
                                                          "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in actions] == ["source.fixAll.mtqa"]
    assert _apply(STORY, actions[0]["edit"]["changes"][uri]) == (
        "Le 😀 council met on Tuesday and voted.\r\nThe mayor\u2028said the budget was fine.\n")


def test_markdown_and_html_are_read_as_such(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    md = _uri(project / "notes.md")
    client.open(md, "# The the harbour\n\nBoats `and and` sailed on Monday.\n", language_id="markdown")
    assert _ranges(client.diagnostics(md, 1)).get("repetition/doubled-word") == [(0, 5, 0, 9)]  # not in code
    page = _uri(project / "page.html")  # by extension: the language id is one mtqa does not know
    client.open(page, "<p>The ferry <b>left</b> on on Monday.</p>\n", language_id="web")
    assert _ranges(client.diagnostics(page, 1))["repetition/doubled-word"] == [(0, 27, 0, 30)]


def test_the_documents_configuration_applies_and_a_broken_one_is_shown_not_fatal(client: Client,
                                                                                    project: Path) -> None:
    config = project / "mtqa.toml"
    config.write_text('ignore = ["repetition"]\n', encoding="utf-8")
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert "repetition/doubled-word" not in _ranges(client.diagnostics(uri, 1))

    config.write_text('fail-under = "high"\n', encoding="utf-8")
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert shown["type"] == 1 and "mtqa.toml" in shown["message"] and "fail-under" in shown["message"]
    # asked again (fix all checks the buffer at once): no fix, and the same error is not shown again
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    assert client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": whole,
                                                       "context": {"diagnostics": [], "only": ["source"]}}) == []

    config.write_text("", encoding="utf-8")  # mended: the next check uses it
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert "repetition/doubled-word" in _ranges(client.diagnostics(uri, 1))
    assert sum(m.get("method") == "window/showMessage" for m in client.seen) == 1
    assert client.close() == 0


def test_closing_a_document_clears_its_diagnostics(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert client.diagnostics(uri, 1)
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []


def test_an_unknown_style_on_the_command_line_is_shown_not_fatal(project: Path) -> None:
    client = Client([*LSP, "--style", "nosuch"], cwd=str(project))
    try:
        client.initialize(_uri(project))
        client.open(_uri(project / "story.txt"), STORY)
        shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
        assert shown["type"] == 1 and "no such style: 'nosuch'" in shown["message"]
        assert client.close() == 0
    finally:
        client.kill()


def test_hover_on_a_finding_shows_its_rules_explanation(client: Client, project: Path) -> None:
    client.initialize(_uri(project))
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    client.diagnostics(uri, 1)
    shown = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": 1, "character": 20}})
    text = shown["contents"]["value"]
    assert shown["contents"]["kind"] == "markdown"
    assert text.startswith("**repetition/doubled-word**") and "mtqa explain repetition/doubled-word" in text
    assert "```text\nbad:" in text and "good:" in text  # the examples, in a block that keeps the carets aligned
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                 "position": {"line": 1, "character": 2}}) is None


def test_the_editors_settings_apply_and_a_bad_one_is_shown_and_the_last_good_kept(client: Client,
                                                                                 project: Path) -> None:
    client.initialize(_uri(project), options={"mtqa": {"ignore": ["repetition"]}})
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert "repetition/doubled-word" not in _ranges(client.diagnostics(uri, 1))

    client.notify("workspace/didChangeConfiguration", {"settings": {"mtqa": {"locale": "en-XX"}}})
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert shown["type"] == 1 and "editor settings: locale" in shown["message"]
    client.change(uri, 2, STORY + "More.\n")
    assert "repetition/doubled-word" not in _ranges(client.diagnostics(uri, 2))  # still ignored

    client.notify("workspace/didChangeConfiguration", {"settings": {"mtqa": {"select": ["repetition"]}}})
    assert set(_ranges(client.diagnostics(uri, 2))) == {"repetition/doubled-word"}  # checked again at once

    client.notify("workspace/didChangeConfiguration", {"settings": {"mtqa": {"fail-under": 80}}})
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert "'fail-under' is not an editor setting" in shown["message"]
    assert client.close() == 0


def test_a_client_that_pulls_diagnostics_gets_them_and_is_not_sent_them(client: Client, project: Path) -> None:
    caps = client.initialize(_uri(project), pull=True)["capabilities"]
    assert caps["diagnosticProvider"]["identifier"] == "mtqa"
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    report = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    assert report["kind"] == "full"
    assert (1, 18, 1, 22) in _ranges(report["items"])["repetition/doubled-word"]
    client.change(uri, 2, "", {"start": {"line": 1, "character": 18}, "end": {"line": 1, "character": 22}})
    report = client.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    assert _ranges(report["items"])["repetition/doubled-word"] == [(0, 32, 0, 36)]
    assert not any(m.get("method") == "textDocument/publishDiagnostics" for m in client.seen)
    assert client.close() == 0


def test_a_style_that_does_not_exist_in_initialization_options_is_shown_and_checks_go_on(client: Client,
                                                                                          project: Path) -> None:
    client.initialize(_uri(project), options={"mtqa": {"style": "nosuch", "ignore": ["repetition"]}})
    shown = client.wait(lambda m: m.get("method") == "window/showMessage")["params"]
    assert shown["type"] == 1 and "editor settings: no such style: 'nosuch'" in shown["message"]
    uri = _uri(project / "story.txt")
    client.open(uri, STORY)
    assert "repetition/doubled-word" in _ranges(client.diagnostics(uri, 1))  # none of the refused settings
    assert client.close() == 0


def test_an_extend_that_inherits_nothing_is_shown_as_a_warning_once_a_reading(tmp_path: Path) -> None:
    """`extend` naming a pyproject.toml without `[tool.mtqa]`: `mtqa check` warns after its run; the
    editor is shown (and logged) the same warning when the configuration is read, not at every check."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom"\n\n[tools.mtqa]\nlocale = "en-GB"\n',
                                             encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "mtqa.toml").write_text('# the desk\nextend = "../pyproject.toml"\n', encoding="utf-8")
    client = Client(LSP, cwd=str(desk))
    try:
        client.initialize(_uri(desk))
        uri = _uri(desk / "story.txt")
        client.open(uri, STORY)
        assert "repetition/doubled-word" in _ranges(client.diagnostics(uri, 1))  # still checked
        # sent before the diagnostics, so already among the messages seen
        shown = [m["params"] for m in client.seen if m.get("method") == "window/showMessage"]
        logged = [m["params"] for m in client.seen if m.get("method") == "window/logMessage"]
        assert shown == logged == [{"type": 2,  # a warning, not an error
                                    "message": f"mtqa: warning: {desk / 'mtqa.toml'}:2: extend: "
                                               f"{tmp_path / 'pyproject.toml'} has no [tool.mtqa] table: "
                                               "nothing is inherited from it"}]
        client.change(uri, 2, STORY + "More.\n")
        client.diagnostics(uri, 2)
        assert sum(m.get("method") == "window/showMessage" for m in client.seen) == 1
        assert client.close() == 0
    finally:
        client.kill()


def test_fix_all_past_its_time_limit_is_a_clear_error_and_the_server_answers_on(project: Path) -> None:
    """Stop 49: fix-all ran in the server's own thread with no time limit (a document of 50,000
    findings held every other request for minutes). It now runs in the worker thread and starts
    no pass after `--timeout`; a first check that overran it is LSP's RequestFailed saying so.
    A limit of a microsecond is always overrun by the first check; the next request is answered."""
    c = Client([*LSP, "--timeout", "0.000001"], cwd=str(project))
    try:
        c.initialize(_uri(project))
        uri = _uri(project / "story.txt")
        c.open(uri, STORY)
        c.diagnostics(uri, 1)
        whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        with pytest.raises(RuntimeError, match=r"-32803.*time limit .*--timeout.*no fix applied"):
            c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": whole,
                                                   "context": {"diagnostics": [], "only": ["source.fixAll"]}})
        where = {"start": {"line": 1, "character": 19}, "end": {"line": 1, "character": 19}}
        actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": where,
                                                         "context": {"diagnostics": [], "only": ["quickfix"]}})
        assert [a["diagnostics"][0]["code"] for a in actions] == ["repetition/doubled-word"]
    finally:
        c.kill()


def test_a_time_limit_that_is_no_positive_number_is_refused() -> None:
    import subprocess

    for bad in ("0", "-1", "nan", "inf"):
        run = subprocess.run([*LSP, "--timeout", bad], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                             timeout=120)
        assert run.returncode == 2 and "--timeout must be more than 0 seconds" in run.stderr, (bad, run.stderr)
        assert "Traceback" not in run.stderr
