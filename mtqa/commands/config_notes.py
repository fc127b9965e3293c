"""What `mtqa check` says about its configuration after a run, on stderr: slips that are not
errors, since the run is still right by what the file says.

* A `per-file` or `per-file-ignores` pattern that matched none of the files checked, when the
  run walked the configuration's whole folder (`mtqa check .`): a misspelt folder (`archve/**`)
  would otherwise leave its settings unapplied in silence. A run that names some files (a
  pre-commit hook's staged files, `mtqa check news/`) says nothing: a pattern may rightly match
  none of those. Ruff is adding the same warning for its per-file-ignores.
* An `mtqa.toml` found beside a `pyproject.toml` that has a `[tool.mtqa]` table: the first wins
  and the second is not read (they are not merged), which a user who edits the pyproject would
  otherwise never learn.
* An `extend` (or --config) naming a `pyproject.toml` without a `[tool.mtqa]` table: accepted, as
  ruff accepts it, but it inherits nothing (`mtqa.config.hollow_links`).
"""

from __future__ import annotations

import os
from pathlib import Path

from mtqa import config as config_mod
from mtqa.errors import MtqaError


class ConfigNotes:
    """Follows the files of one run (`saw`) and lists what to say about their configurations."""

    def __init__(self, pool, paths: list[str]) -> None:
        self.pool = pool
        self.walked = [Path(p).resolve() for p in paths if p != "-" and Path(p).is_dir()]
        self.configs: dict[str, config_mod.Config] = {}
        self.matched: dict[str, set[tuple[str, str]]] = {}
        self._by_folder: dict[str, config_mod.Config | None] = {}

    def saw(self, path: str) -> None:
        """One checked file (not stdin): its configuration and the per-file patterns it matched.
        The file found for each folder is read once here (a few µs a file, not the whole
        per-file resolution the check itself makes)."""
        if path == "-" or self.pool.isolated:
            return
        cfg = self._config_of(os.path.dirname(path))
        if cfg is None:
            return
        used = self.matched.setdefault(cfg.path, set())  # type: ignore[arg-type]
        if len(used) == len(cfg.per_file) + len(cfg.per_file_ignores):
            return  # every pattern has matched a file already (or there is none)
        patterns = cfg.patterns_for(path)
        cut = patterns.index("") if "" in patterns else len(patterns)
        used.update(("per-file", p) for p in patterns[:cut])
        used.update(("per-file-ignores", p) for p in patterns[cut + 1:])

    def _config_of(self, folder: str) -> config_mod.Config | None:
        if folder not in self._by_folder:
            found = self.pool.config_path or config_mod.discover(folder or ".")
            cfg = None
            if found:
                key = str(Path(found).resolve()) if self.pool.config_path else str(found)
                try:
                    cfg = self.configs.get(key) or config_mod.load_file(key)
                except MtqaError:  # the file's own error says it
                    cfg = None
                if cfg is not None:
                    self.configs.setdefault(key, cfg)
            self._by_folder[folder] = cfg
        return self._by_folder[folder]

    def lines(self) -> list[str]:
        out = []
        for path, cfg in self.configs.items():
            py = config_mod.passed_over(path) if not self.pool.config_path else None
            if py is not None:
                out.append(f"mtqa: note: {path} is used; {py}'s [tool.mtqa] beside it is not read "
                           "(the nearest mtqa.toml wins over pyproject.toml, and the two are not merged)")
            out.extend(f"mtqa: warning: {said}" for said in config_mod.hollow_links(path))
            for table, patterns in (("per-file", cfg.per_file), ("per-file-ignores", cfg.per_file_ignores)):
                for pattern in patterns:
                    # a pattern is relative to the file that set it (an extended one's, mtqa.config_extend)
                    if not self._walked_whole(cfg.source_of(table, pattern) or path):
                        continue
                    if (table, pattern) not in self.matched.get(path, set()):
                        message = ("pattern matched none of the files checked (patterns are relative to "
                                   "the configuration's folder)")
                        out.append("mtqa: warning: " + config_mod.where_key(cfg, [table, pattern], message))
        return out

    def _walked_whole(self, config_path: str) -> bool:
        folder = Path(config_path).resolve().parent
        return any(root == folder or root in folder.parents for root in self.walked)
