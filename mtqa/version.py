"""mtqa's version, for reports, the server and `mtqa --version`; the one place it is written
(pyproject.toml reads it from here: `[tool.hatch.version]`).

Its own module so that report renderers can name the version without importing the `mtqa`
package (which imports the engine they sit above). A constant rather than the installed
package's metadata: `importlib.metadata` took ~10 ms of `mtqa --version` (~45 % of what mtqa
adds to the interpreter's start-up), and a source tree that was never installed still knows
its version.
"""

from __future__ import annotations

__version__ = "0.1.0"


def version() -> str:
    return __version__
