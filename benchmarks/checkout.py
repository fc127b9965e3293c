"""The benchmark scripts run this checkout's mtqa by path, so its dependencies must be installed in
the Python that runs them (``pip install -e '.[dev]'``)."""

from __future__ import annotations

import sys


def require_dependencies(script: str) -> None:
    """Exit 2 naming what to install when this Python lacks one of mtqa's own dependencies, rather
    than end in a traceback from deep inside mtqa's imports."""
    try:
        import mtqa.engine  # noqa: F401  (the engine reads mtqa's core dependencies)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] == "mtqa":
            raise
        print(f"{script}: this Python has no {exc.name}, which mtqa needs; install this checkout first: "
              "pip install -e '.[dev]'", file=sys.stderr)
        raise SystemExit(2) from None
