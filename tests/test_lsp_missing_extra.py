"""`mtqa lsp` without the `lsp` extra says what to install and exits 2, without a traceback; its
options are checked before anything starts."""

from __future__ import annotations

import sys

import pytest

from mtqa.cli import main


@pytest.mark.parametrize("missing", ["pygls", "lsprotocol"])
def test_without_the_extra_lsp_says_how_to_install_it(missing: str, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # `import missing` raises ImportError
    assert main(["lsp"]) == 2
    err = capsys.readouterr().err
    assert err == f"mtqa: error: mtqa lsp needs the lsp extra ({missing} is missing): pip install 'mtqa[lsp]'\n"


@pytest.mark.parametrize("argv, said", [
    (["lsp", "--debounce", "-1"], "--debounce must be 0 or more seconds"),
    (["lsp", "--isolated", "--config", "mtqa.toml"], "--isolated ignores every configuration file"),
])
def test_bad_options_are_one_line_and_exit_2(argv: list[str], said: str, capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("mtqa: error: ") and said in err and "Traceback" not in err


@pytest.mark.parametrize("debounce", ["inf", "nan"])
def test_a_debounce_that_is_no_finite_number_is_refused(debounce: str, capsys, monkeypatch) -> None:
    """inf waited for ever after each change (no diagnostics until a save); nan is no number."""
    pytest.importorskip("pygls")
    monkeypatch.setattr("mtqa.lsp.server.serve", lambda *_: 0)  # never reads this test's stdin
    assert main(["lsp", "--debounce", debounce]) == 2
    assert "--debounce must be 0 or more seconds" in capsys.readouterr().err
