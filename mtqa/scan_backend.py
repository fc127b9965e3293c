"""Which scanner backend runs (`mtqa.scan`): the native one (`mtqa._native`, Rust) when it is
built, else pure Python; ``MTQA_SCAN_BACKEND=python`` or ``=native`` forces one.

Apart from `mtqa.scan`, whose triggers are msgspec Structs, so that `mtqa --version` names the
backend without importing msgspec (~10 ms of its start-up).
"""

from __future__ import annotations

import os

from mtqa.errors import ConfigError

ENV = "MTQA_SCAN_BACKEND"


def native_class():
    """The native extension's Scanner class, or None when the extension is not built."""
    try:
        from mtqa._native import Scanner  # built by hatch_build.py when cargo is available
    except ImportError:
        return None
    return Scanner


def available_backends() -> list[str]:
    return ["python"] + (["native"] if native_class() is not None else [])


def backend_name(requested: str | None = None) -> str:
    """The backend a Scanner uses: `requested`, else $MTQA_SCAN_BACKEND, else native when built."""
    choice = (requested or os.environ.get(ENV) or "").strip().lower()
    if choice == "python":
        return "python"
    if choice == "native":
        if native_class() is None:
            # a user's setting, not a bug: the CLI's "mtqa: error:" and exit 2, not an "internal error"
            raise ConfigError(f"{ENV}=native but the native scanner is not built in this install (it needs "
                              f"cargo when mtqa is installed); unset {ENV} or set it to 'python'")
        return "native"
    if choice:
        raise ConfigError(f"{ENV} must be 'python' or 'native', not {choice!r}")
    return "native" if native_class() is not None else "python"
