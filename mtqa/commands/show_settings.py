"""`mtqa check --show-settings [PATH]`: the settings a check of PATH would use, one per line as a
configuration file writes them, each with where it came from (ruff's `--show-settings`, with
the origin ruff leaves out): a command-line option, a configuration file (in a chain of
`extend`s, the one that set it: mtqa.config_extend), a `per-file` section that matches PATH,
or mtqa's default. What a team asks when a desk's file extends the newsroom's: which file won."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mtqa import config as config_mod
from mtqa.commands import EXIT_PASS

# Command-line options by the Config field each sets (mtqa.commands.check._overrides)
OPTIONS = {
    "select": "--select", "ignore": "--ignore", "locale": "--locale", "style": "--style",
    "fail_under": "--fail-under", "fail_on": "--fail-on", "preview": "--preview", "encoding": "--encoding",
    "input_format": "--input-format", "languagetool": "--languagetool", "source_profile": "--source-profile",
    "locked": "--locked", "segment_states": "--segment-state", "rules_dir": "--rules-dir",
    "user_pattern_budget": "--user-pattern-budget",
}
_HIDDEN = ("path", "sources")


def show_settings(args, pool, overrides: dict) -> int:
    """Print the settings for the first PATH (a folder: a file in it; none: the working folder)."""
    target = _target(args.paths)
    base = _loaded(args)
    cfg = pool.config_for(target)
    # stdin takes --stdin-filename's per-file settings, as its check does (CheckerPool.config_for)
    named = args.stdin_filename if target == "-" and args.stdin_filename else target
    patterns = base.patterns_for(named)  # the per-file sections, "", then the per-file-ignores
    cut = patterns.index("") if "" in patterns else len(patterns)
    per_file, ignores = list(patterns[:cut]), list(patterns[cut + 1:])
    shown = "stdin" if target == "-" else (f"files in {Path(target).parent}" if target != (args.paths or [""])[0]
                                           else target)
    print(f"# settings for {shown}")
    print(f"# configuration: {_chain(base)}")
    for field_name in config_mod.Config.__dataclass_fields__:
        if field_name in _HIDDEN:
            continue
        value = getattr(cfg, field_name)
        key = config_mod.key_of(field_name)
        if field_name in config_mod.TABLES:
            for entry, sub in value.items():
                origin = base.sources.get((key, entry), "the command line")
                print(f"{key}.{_toml_key(entry)} = {_toml(sub)}  # {origin}")
            continue
        origin = _origin(field_name, key, base, overrides, per_file)
        if field_name == "ignore" and ignores:  # added by Config.for_file whatever set the rest
            added = " + ".join(f"{base.source_of('per-file-ignores', p)}: per-file-ignores.{_toml_key(p)}"
                               for p in ignores)
            origin = added if origin == "default" else f"{origin} + {added}"
        print(f"{key} = {_toml(value)}  # {origin}")
    if ignores:
        print("# per-file-ignores matching this file add to ignore: " + ", ".join(_toml(p) for p in ignores))
    return EXIT_PASS


def _target(paths: list[str]) -> str:
    if not paths:
        return str(Path.cwd() / "x")
    first = paths[0]
    return str(Path(first) / "x") if first != "-" and Path(first).is_dir() else first


def _loaded(args) -> config_mod.Config:
    """The configuration as read (before options and per-file sections), as `mtqa check` finds it."""
    if args.isolated:
        return config_mod.Config()
    if args.config:
        return config_mod.load(args.config)
    target = _target(args.paths)
    if target == "-" and args.stdin_filename:
        target = args.stdin_filename
    start = Path(target).parent if target != "-" else Path.cwd()
    return config_mod.load(None, start=start)


def _chain(cfg: config_mod.Config) -> str:
    """The files read, nearest first: `desk/mtqa.toml, extending mtqa.toml`."""
    if not cfg.path:
        return "none (defaults)"
    files = list(dict.fromkeys(f for v in cfg.sources.values() for f in v.split(" + ")))
    others = [f for f in files if f != cfg.path]
    return cfg.path + (f", extending {', '.join(others)}" if others else "")


def _origin(field_name: str, key: str, base: config_mod.Config, overrides: dict, per_file: list[str]) -> str:
    given = OPTIONS.get(field_name)
    if field_name in overrides and given:
        if field_name == "ignore" and "select" not in overrides and base.ignore:
            return f"{base.sources.get(('ignore',), base.path)} + {given}"
        return given
    if field_name == "ignore" and "select" in overrides:
        return "--select leaves the configuration's ignore behind"
    for pattern in reversed(per_file):  # the last matching section wins (Config.for_file)
        if field_name in base.per_file[pattern]:
            return f"{base.source_of('per-file', pattern)}: per-file.{_toml_key(pattern)}"
    return base.sources.get((key,), "default")


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(not set)"
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{config_mod.key_of(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


def _toml_key(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)
