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
"""

from __future__ import annotations

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

    def saw(self, path: str) -> None:
        """One checked file (not stdin): its configuration and the per-file patterns it matched."""
        if path == "-" or self.pool.isolated:
            return
        try:
            cfg = self.pool.config_for(path)
        except MtqaError:  # the file's own error says it
            return
        if not cfg.path:
            return
        self.configs.setdefault(cfg.path, cfg)
        used = self.matched.setdefault(cfg.path, set())
        patterns = cfg.patterns_for(path)
        cut = patterns.index("") if "" in patterns else len(patterns)
        used.update(("per-file", p) for p in patterns[:cut])
        used.update(("per-file-ignores", p) for p in patterns[cut + 1:])

    def lines(self) -> list[str]:
        out = []
        for path, cfg in self.configs.items():
            py = config_mod.passed_over(path) if not self.pool.config_path else None
            if py is not None:
                out.append(f"mtqa: note: {path} is used; {py}'s [tool.mtqa] beside it is not read "
                           "(the nearest mtqa.toml wins over pyproject.toml, and the two are not merged)")
            if not self._walked_whole(path):
                continue
            for table, patterns in (("per-file", cfg.per_file), ("per-file-ignores", cfg.per_file_ignores)):
                for pattern in patterns:
                    if (table, pattern) not in self.matched.get(path, set()):
                        message = ("pattern matched none of the files checked (patterns are relative to "
                                   "the configuration's folder)")
                        out.append("mtqa: warning: " + config_mod.where_key(cfg, [table, pattern], message))
        return out

    def _walked_whole(self, config_path: str) -> bool:
        folder = Path(config_path).resolve().parent
        return any(root == folder or root in folder.parents for root in self.walked)
