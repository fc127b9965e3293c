"""A script of the repository loaded by its path, for the tests that call its functions.

The benchmark and build scripts are not modules of a package: a test loads one from its file
under a name of its own, kept in `sys.modules` so that what the script defines (Structs,
dataclasses, pickled values) can find its module again.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(name: str, path: Path) -> ModuleType:
    """The script at `path`, run once as the module `name` (and kept as `sys.modules[name]`)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
