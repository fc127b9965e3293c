"""`extend`: a configuration file that inherits another's settings, as ruff's `extend` does.

A newsroom keeps one shared `mtqa.toml`; each desk's file names it (`extend = "../mtqa.toml"`,
relative to the file that names it; `~` and `$VARS` expanded, as ruff does) and sets only what
differs. The chain is read from the farthest file to the nearest, each layered over the one it
extends:

* a setting the nearer file sets replaces the extended file's (lists too: `include`, `exclude`,
  `rules-dir`, as ruff's `exclude` replaces);
* `select` and `ignore` are layered as the command line layers them over a file
  (`Config.with_selection`), which is how ruff chains its rule selections: a `select` starts
  over, an `ignore` alone adds to the extended file's;
* tables (`per-file-ignores`, `per-file`, `severity`, `weights`, `category-weights`, `rules`) are
  merged entry by entry: an entry of the nearer file replaces the entry of the same name (a desk
  adding one per-file ignore keeps the newsroom's others);
* paths and patterns stay relative to the file that sets them (`rules-dir`, and `per-file`
  patterns: those of an extended file match from its own folder, as ruff's do).

`Config.sources` records which file set each key (`mtqa check --show-settings` prints it).
A loop or a missing file is a ConfigError naming the files (exit 2 from the command line).

This module walks the chain; `mtqa.config.load_file` layers what it reads (this module imports
nothing of `mtqa.config`, so the two make no import loop).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mtqa.errors import ConfigError

# One file's own settings, the `extend` it names (None: none) and that key's line
Settings = tuple[dict[str, Any], str | None, int | None]


def chain(path: Path, read: Callable[[Path], Settings]) -> list[tuple[str, dict[str, Any]]]:
    """Each file of `path`'s chain with its own settings (`read` reads one file), farthest first."""
    layers: list[tuple[str, dict[str, Any]]] = []
    seen: list[Path] = []
    current = path
    while True:
        fields, extend, line = read(current)
        seen.append(current.resolve())
        layers.append((str(current), fields))
        if extend is None:
            break
        current = _target(current, extend, line, seen, [name for name, _ in layers])
    return layers[::-1]


def _target(current: Path, extend: str, line: int | None, seen: list[Path], names: list[str]) -> Path:
    """The file `current`'s `extend` names, checked: it exists, is a file, and is not in the chain."""
    where = f"{current}:{line}: extend" if line else f"{current}: extend"
    target = Path(os.path.expandvars(os.path.expanduser(extend.strip())))
    if not target.is_absolute():
        target = current.parent / target
    target = Path(os.path.normpath(target))
    if target.is_dir():
        raise ConfigError(f"{where}: {extend!r} is a directory, not a configuration file "
                          "(name its mtqa.toml or pyproject.toml)")
    if not target.is_file():
        raise ConfigError(f"{where}: {extend!r}: no such file (looked for {target.absolute()})")
    if target.resolve() in seen:
        loop = " -> ".join([*names, str(target)])
        raise ConfigError(f"{where}: the files extend one another in a loop: {loop}")
    return target
