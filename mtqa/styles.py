"""House styles: named profiles that tune the rules to a newsroom's style.

Professionally edited Canadian copy follows a house style, and what one house requires
another allows: Canadian Press abbreviates ranks before names (Maj.-Gen.) and months before
days (Jan. 7) and sets curly quotes everywhere; The Hill Times spells ranks out
(Vice-Admiral), writes riding names with hyphens and credits "The Hill Times photograph by …".
A style profile is a TOML file, ``rules/styles/<name>.toml`` (or ``styles/<name>.toml`` in a
``--rules-dir``, which may add profiles or replace a built-in one of the same name):

    [style]
    name = "cp"
    description = "Canadian Press, strict"
    sources = ["The Canadian Press Stylebook"]

    select = ["titles/spelled-out-rank"]      # rules turned on beyond the default selection
    ignore = ["boilerplate/photo-credit"]      # rules turned off

    [severity]
    "quotes/mixed-style" = "major"

    [rules."ridings/wrong-dashes"]            # rule options
    accept_hyphens = false

The user's own configuration wins over the profile: a rule the user selects by id runs even
when the profile ignores it, and the user's severities and rule options replace the
profile's. With no style given, ``default`` applies: quiet on what is legitimate in
professionally edited Canadian copy.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import msgspec

from mtqa import pack_cache
from mtqa.errors import ConfigError, PackError
from mtqa.packs import SeverityName, builtin_dir, locate, read_toml, validate
from mtqa.schema import did_you_mean, option_problem


DEFAULT_STYLE = "default"
STYLES_DIR = "styles"

SCHEMA = {
    "style!": {"name!": str, "description!": str, "sources": [str], "observed": [str]},
    "select": [str],
    "ignore": [str],
    "severity": {"*": SeverityName},
    "rules": {"*": {"*": Any}},
}


class Style(msgspec.Struct, frozen=True):
    """A loaded, validated style profile."""

    name: str
    description: str
    path: str
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict = msgspec.field(default_factory=dict)
    rule_options: dict = msgspec.field(default_factory=dict)
    sources: tuple[str, ...] = ()


def _dirs(rules_dirs) -> list[Path]:
    """Where profiles are looked for, later directories winning: built-in first, then the user's."""
    return [builtin_dir() / STYLES_DIR, *(Path(d) / STYLES_DIR for d in rules_dirs or ())]


def available(rules_dirs=()) -> dict[str, Path]:
    """Every style profile by name (a user's profile replaces a built-in one of the same name)."""
    found: dict[str, Path] = {}
    for d in _dirs(rules_dirs):
        if d.is_dir():
            for f in _toml_files(d):
                found[f.stem] = f
    return found


def _toml_files(folder: Path) -> list[Path]:
    """`sorted(folder.glob("*.toml"))`, listed with `os.scandir`: a glob compiles its pattern
    with `re`'s parser, in Python, in every check's start-up (the default style is looked up)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if e.name.endswith(".toml")]
    except (PermissionError, FileNotFoundError, NotADirectoryError):  # what a glob yields nothing for
        return []
    return [folder / name for name in sorted(names)]


def load(name: str | None, rules_dirs=()) -> Style:
    """Load and validate the profile `name` (``default`` when None).

    An empty name is refused rather than read as the default: `--style ""` or `style = ""` is
    more likely a variable that did not expand than a wish for the default, which has a name.

    Raises:
        ConfigError: no profile has that name (or the name is empty).
        PackError: the profile file is broken (names the file and line).
    """
    name = DEFAULT_STYLE if name is None else name
    profiles = available(rules_dirs)
    if not name.strip():
        known = ", ".join(sorted(profiles)) or "none"
        raise ConfigError(f"the style name is empty (styles: {known}; `{DEFAULT_STYLE}` is the default)")
    if name not in profiles:
        hint = did_you_mean(name, sorted(profiles), listing="styles", list_always=True)
        raise ConfigError(f"no such style: {name!r}{hint}")
    return read(profiles[name])


def read(path: Path) -> Style:
    """Parse and validate one profile file (parsed once per content: mtqa.pack_cache)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise PackError(str(path), f"cannot read style: {exc}") from None
    data = pack_cache.load(content, SCHEMA, lambda: _parse(path, content))
    text = content.decode("utf-8")
    header = data["style"]
    if header["name"] != path.stem:
        raise PackError(str(path), f"style.name is {header['name']!r} but the file name says {path.stem!r}",
                        locate(text, "name", "style"))
    _check_rules(data, path, text)
    return Style(
        name=header["name"], description=header["description"], path=str(path),
        select=tuple(data.get("select", ())), ignore=tuple(data.get("ignore", ())),
        severity=dict(data.get("severity", {})), rule_options={k: dict(v) for k, v in data.get("rules", {}).items()},
        sources=tuple(header.get("sources", ())),
    )


def _parse(path: Path, content: bytes) -> dict:
    data, text = read_toml(path, content, "style")
    if "style" not in data:
        raise PackError(str(path), "missing [style] table (name, description)", 1)
    validate(data, SCHEMA, str(path), text, [])
    return data


def _check_rules(data: dict, path: Path, text: str) -> None:
    """Every rule a profile names exists, and every option it sets is one the rule has, of its type."""
    from mtqa import registry

    for key in ("select", "ignore"):
        for pattern in data.get(key, ()):
            try:
                registry.check_patterns([pattern], key)
            except ConfigError as exc:
                raise PackError(str(path), str(exc), _line_of(text, pattern)) from None
    for pattern in data.get("severity", {}):
        try:
            registry.check_patterns([pattern], "severity")
        except ConfigError as exc:
            raise PackError(str(path), str(exc), locate(text, pattern, "severity")) from None
    for rule_id, options in data.get("rules", {}).items():
        try:
            rule = registry.get(rule_id)
        except ConfigError as exc:
            raise PackError(str(path), f"rules: {exc}", _line_of(text, rule_id)) from None
        wrong = option_problem(rule.meta.options, options)
        if wrong:
            raise PackError(str(path), f"rules.{rule_id}{'' if wrong.unknown else '.' + wrong.option}: {wrong.message}",
                            locate(text, wrong.option, f"rules.{_quoted(rule_id)}"))


def _quoted(rule_id: str) -> str:
    return f'"{rule_id}"'


def _line_of(text: str, needle: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        if f'"{needle}"' in line or f"'{needle}'" in line:
            return i
    return None
