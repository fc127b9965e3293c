"""Configuration: `[tool.mtqa]` in pyproject.toml or an `mtqa.toml`, found upward from the file.

Keys are kebab-case, as in ruff. An unknown key, a wrong type or an unknown rule is a
ConfigError that names the file and the key. Command-line options override the file.

    [tool.mtqa]
    locale = "en-CA"
    style = "cp"                         # house style profile: default, cp, hill-times (mtqa styles)
    select = ["quotes", "titles"]        # rules or families; default: all stable rules
    ignore = ["typography/doubled-space"]
    preview = false                      # also run preview rules
    fail-under = 95                      # pass threshold (score)
    fail-on = "major"                    # also fail on any finding this severe
    critical-fails = true                # a critical finding fails the file whatever the score
    rules-dir = ["house-rules"]          # extra pack directories, relative to this file
    include = ["**/*.txt", "**/*.md"]    # globs for directories given on the command line
    exclude = ["drafts/**"]
    languagetool = "auto"                # auto | off | URL
    encoding = "utf-8"

    [tool.mtqa.weights]                  # MQM weights
    minor = 1
    major = 5
    critical = 25

    [tool.mtqa.severity]                 # per rule or family
    "consistency" = "minor"

    [tool.mtqa.per-file-ignores]         # glob → rules ignored in matching files
    "archive/**" = ["spelling"]

    [tool.mtqa.per-file]                 # glob → any of the keys above, for matching files
    "fr-ca/**" = { locale = "en-CA", fail-under = 90 }
    "hill-times/**" = { style = "hill-times" }

    [tool.mtqa.rules."repetition/doubled-word"]   # rule options
    allow = ["Walla Walla"]
"""

from __future__ import annotations

import fnmatch
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mtqa.errors import ConfigError
from mtqa.tomlreader import tomllib as toml_parser
from mtqa.finding import Severity


DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xlf", "*.xliff", "*.tmx", "*.po")


@dataclass(frozen=True)
class Config:
    """Resolved settings. `path` is the file they came from (None: defaults only)."""

    locale: str = "en-CA"
    style: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preview: bool = False
    fail_under: float | None = None
    fail_on: str | None = None
    critical_fails: bool = True
    weights: dict = field(default_factory=dict)
    severity: dict = field(default_factory=dict)
    rules_dir: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    languagetool: str = "auto"
    languagetool_timeout: float = 30.0
    encoding: str = "utf-8"
    input_format: str | None = None
    per_file_ignores: dict = field(default_factory=dict)
    per_file: dict = field(default_factory=dict)
    rule_options: dict = field(default_factory=dict)
    path: str | None = None

    def for_file(self, file_path: str | None) -> Config:
        """The settings that apply to one file (per-file sections and ignores merged in)."""
        if not file_path or (not self.per_file and not self.per_file_ignores):
            return self
        rel = _relative(file_path, self.path)
        cfg = self
        for pattern, overrides in self.per_file.items():
            if _glob_match(rel, pattern):
                cfg = replace(cfg, **overrides)
        extra_ignores = [r for pattern, rules in self.per_file_ignores.items() if _glob_match(rel, pattern) for r in rules]
        if extra_ignores:
            cfg = replace(cfg, ignore=(*cfg.ignore, *extra_ignores))
        return cfg


def _relative(file_path: str, config_path: str | None) -> str:
    p = Path(file_path).resolve()
    base = Path(config_path).resolve().parent if config_path else Path.cwd()
    try:
        return p.relative_to(base).as_posix()
    except ValueError:
        return p.as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:]):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], pattern)


_STR_LIST = "list of strings"
_KEYS: dict[str, tuple[str, Any]] = {
    "locale": ("locale", str),
    "style": ("style", str),
    "select": ("select", _STR_LIST),
    "ignore": ("ignore", _STR_LIST),
    "preview": ("preview", bool),
    "fail-under": ("fail_under", float),
    "fail-on": ("fail_on", str),
    "critical-fails": ("critical_fails", bool),
    "weights": ("weights", dict),
    "severity": ("severity", dict),
    "rules-dir": ("rules_dir", _STR_LIST),
    "include": ("include", _STR_LIST),
    "exclude": ("exclude", _STR_LIST),
    "languagetool": ("languagetool", str),
    "languagetool-timeout": ("languagetool_timeout", float),
    "encoding": ("encoding", str),
    "input-format": ("input_format", str),
    "per-file-ignores": ("per_file_ignores", dict),
    "per-file": ("per_file", dict),
    "rules": ("rule_options", dict),
}
_PER_FILE_KEYS = {"locale", "style", "select", "ignore", "fail-under", "fail-on", "critical-fails", "severity",
                  "languagetool", "encoding", "input-format", "preview"}


def _convert(value: Any, kind: Any, where: str) -> Any:
    if kind == _STR_LIST:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings")
        return tuple(value)
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if not isinstance(value, kind):
        raise ConfigError(f"{where}: expected {kind.__name__}, got {type(value).__name__} {value!r}")
    return value


def parse_table(table: dict, source: str) -> dict[str, Any]:
    """Validate a [tool.mtqa] table; return Config field overrides."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            import difflib

            close = difflib.get_close_matches(key, list(_KEYS), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{source}: unknown key {key!r}{hint}")
        name, kind = _KEYS[key]
        out[name] = _convert(value, kind, f"{source}: {key}")
    if "fail_on" in out:
        _severity(out["fail_on"], f"{source}: fail-on")
    if "fail_under" in out:
        check_threshold(out["fail_under"], f"{source}: fail-under")
    if "languagetool_timeout" in out and not (math.isfinite(out["languagetool_timeout"])
                                               and out["languagetool_timeout"] > 0):
        raise ConfigError(f"{source}: languagetool-timeout: expected a positive number of seconds")
    if "languagetool" in out:
        check_languagetool(out["languagetool"], f"{source}: languagetool")
    if "locale" in out:
        check_locale_name(out["locale"], f"{source}: locale")
    for key in ("select", "ignore"):
        if key in out:
            check_rule_patterns(out[key], f"{source}: {key}")
    for k, v in out.get("weights", {}).items():
        _severity(k, f"{source}: weights")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
            raise ConfigError(f"{source}: weights.{k}: expected a non-negative number")
    for k, v in out.get("severity", {}).items():
        _severity(v, f"{source}: severity.{k}")
    if out.get("severity"):
        check_rule_patterns(out["severity"], f"{source}: severity")
    for pattern, rules in out.get("per_file_ignores", {}).items():
        _convert(rules, _STR_LIST, f"{source}: per-file-ignores.{pattern!r}")
        check_rule_patterns([rules] if isinstance(rules, str) else rules, f"{source}: per-file-ignores.{pattern!r}")
    out["per_file_ignores"] = {k: tuple(v) if isinstance(v, list) else (v,) for k, v in out.get("per_file_ignores", {}).items()}
    per_file = {}
    for pattern, sub in out.get("per_file", {}).items():
        if not isinstance(sub, dict):
            raise ConfigError(f"{source}: per-file.{pattern!r}: expected a table")
        bad = set(sub) - _PER_FILE_KEYS
        if bad:
            raise ConfigError(f"{source}: per-file.{pattern!r}: key {sorted(bad)[0]!r} cannot be set per file")
        per_file[pattern] = parse_table(sub, f"{source}: per-file.{pattern!r}")
    if per_file:
        out["per_file"] = per_file
    return out


def check_threshold(value: Any, where: str) -> float:
    """A pass threshold: a finite score from 0 to 100 (nan, inf and -5 pass nothing or everything)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= 100:
        raise ConfigError(f"{where}: expected a score from 0 to 100, got {value!r}")
    return float(value)


def check_languagetool(value: Any, where: str) -> str:
    """A LanguageTool setting: auto, off, local or an http(s) URL."""
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected auto, off, local or an http(s) URL, got {value!r}")
    v = value.strip()
    if v.lower() in ("auto", "off", "local"):
        return value
    from urllib.parse import urlsplit

    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {value!r} is not auto, off, local or an http(s) URL")
    return value


def check_locale_name(value: str, where: str) -> str:
    from mtqa.document import check_locale
    from mtqa.errors import MtqaError

    try:
        return check_locale(value)
    except MtqaError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def check_rule_patterns(patterns, where: str) -> None:
    """Every rule id, family or glob must name a known rule (the message names the file)."""
    from mtqa import registry

    registry.check_patterns(list(patterns), where)


def _severity(value: str, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def load_file(path: str | Path) -> Config:
    """Load settings from a pyproject.toml ([tool.mtqa]) or an mtqa.toml (top level)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not valid UTF-8") from None
    tomllib = toml_parser()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if p.name == "pyproject.toml":
        table = data.get("tool", {}).get("mtqa", {})
        source = f"{path}: [tool.mtqa]"
    else:
        table = data.get("tool", {}).get("mtqa", data) if "tool" in data else data
        source = str(path)
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: expected a table")
    fields = parse_table(table, source)
    if "rules_dir" in fields:
        base = p.resolve().parent
        fields["rules_dir"] = tuple(str(base / d) for d in fields["rules_dir"])
    return Config(path=str(p), **fields)


def discover(start: str | Path | None = None) -> Path | None:
    """The nearest mtqa.toml, or pyproject.toml with a [tool.mtqa] table, upward from `start`."""
    here = Path(start or ".").resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for d in (here, *here.parents):
        candidate = d / "mtqa.toml"
        if candidate.is_file():
            return candidate
        py = d / "pyproject.toml"
        if py.is_file():
            tomllib = toml_parser()
            try:
                if "mtqa" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                # A broken pyproject that does not mention mtqa is not ours to report.
                if "[tool.mtqa" in py.read_text(encoding="utf-8", errors="replace"):
                    return py
    return None


def load(explicit: str | Path | None = None, start: str | Path | None = None) -> Config:
    """Load the explicit config file, or discover one, or return defaults."""
    if explicit:
        if not Path(explicit).is_file():
            raise ConfigError(f"{explicit}: configuration file not found")
        return load_file(explicit)
    found = discover(start)
    return load_file(found) if found else Config()
