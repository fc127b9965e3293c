"""The benchmark scripts run this checkout's mtqa (by path, or as `python -m mtqa` with the same
interpreter), so its dependencies must be installed in the Python that runs them
(``pip install -e '.[dev]'``). Each script calls `require_dependencies()` once, right after it
puts the checkout on `sys.path` and before it imports mtqa or reads its arguments."""

from __future__ import annotations

import sys
from pathlib import Path


def require_dependencies(script: str | None = None) -> None:
    """Exit 2 naming what to install when this Python lacks one of mtqa's own dependencies, rather
    than end in a traceback from deep inside mtqa's imports. `script` names the script in the
    message (default: the one being run, `sys.argv[0]`)."""
    try:
        import mtqa.engine  # noqa: F401  (the engine reads mtqa's core dependencies)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] == "mtqa":
            raise
        name = script or f"benchmarks/{Path(sys.argv[0]).name}"
        print(f"{name}: this Python has no {exc.name}, which mtqa needs; install this checkout first: "
              "pip install -e '.[dev]'", file=sys.stderr)
        raise SystemExit(2) from None
