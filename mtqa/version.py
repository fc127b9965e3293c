"""mtqa's version, for reports and the server (read from the installed package's metadata).

Its own module so that report renderers can name the version without importing the `mtqa`
package (which imports the engine they sit above).
"""

from __future__ import annotations


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("mtqa")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"
