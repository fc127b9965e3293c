"""`mtqa lsp`: mtqa as a Language Server Protocol server over stdio, for any editor with an LSP
client (VS Code, Neovim, Helix, Zed, Emacs eglot), as ruff ships `ruff server`.

Modules: `positions` (code-point offsets and LSP's line/code-unit positions), `checking` (a
document's configuration, format and Session, as `mtqa check` resolves a file's, and the editor's
settings), `hover` (a rule's `mtqa explain` text for a hover) and `server` (pygls's server:
documents, debounce, pushed and pulled diagnostics, hover, settings, code actions). pygls and lsprotocol are the
optional extra ``mtqa[lsp]``; nothing here is imported by ``import mtqa`` or a check.
"""

from __future__ import annotations

from mtqa.errors import MtqaError

__all__ = ["run"]

DEFAULT_DEBOUNCE = 0.25  # seconds without a change before a changed document is checked
DEFAULT_TIMEOUT = 10.0  # seconds a fix-all may take before it starts no new pass (as `mtqa serve --timeout`)


def run(config: str | None = None, isolated: bool = False, debounce: float = DEFAULT_DEBOUNCE,
        preview: bool | None = None, style: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Serve until the client says `exit` (exit code 0 after `shutdown`)."""
    if isolated and config:
        raise MtqaError("--isolated ignores every configuration file; leave out --config or --isolated")
    if not 0 <= debounce < float("inf"):  # nan compares false; inf would never check a change
        raise MtqaError(f"--debounce must be 0 or more seconds, not {debounce}")
    if not 0 < timeout < float("inf"):
        raise MtqaError(f"--timeout must be more than 0 seconds (and finite), not {timeout}")
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError as exc:
        raise MtqaError(f"mtqa lsp needs the lsp extra ({exc.name} is missing): pip install 'mtqa[lsp]'") from None
    from mtqa.lsp.checking import Checks
    from mtqa.lsp.server import serve

    return serve(Checks(config, isolated, {"preview": preview or None, "style": style}), debounce, timeout)
