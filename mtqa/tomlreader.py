"""The TOML parser, imported on first use: a check whose packs come from the cache and whose
directory has no configuration file never parses TOML (mtqa.pack_cache)."""

from __future__ import annotations

import sys
from types import ModuleType


def tomllib() -> ModuleType:
    """The stdlib `tomllib` (`tomli` before Python 3.11): `loads` and `TOMLDecodeError`."""
    if sys.version_info >= (3, 11):
        import tomllib as parser
    else:  # pragma: no cover
        import tomli as parser
    return parser
