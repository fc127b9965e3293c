"""Configuration: `[tool.mtqa]` in pyproject.toml or an `mtqa.toml`, found upward from the file.

Keys are kebab-case, as in ruff. The table is checked against a declared schema (`SCHEMA`,
in mtqa.schema's language, as packs and style profiles are): an unknown key, a wrong type or
an unknown rule is a ConfigError that names the file, the line and the key. Command-line
options override the file.

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
    languagetool = "auto"                # auto | off | local | URL
    languagetool-timeout = 30            # seconds to wait for the LanguageTool server
    user-pattern-budget = 5              # seconds a document's --rules-dir pack patterns may take in all (mtqa.given_up)
    encoding = "utf-8"
    input-format = "markdown"            # plain | markdown | html | xliff | tmx | po (default: by extension)
    source-profile = "precise"           # with a source: standard (default) | full (every rule) | precise (mtqa.source_profile)
    segment-states = ["translated"]      # bilingual files: check only these states (mtqa.bilingual.states)
    locked = "skip"                      # bilingual files: skip | check locked segments

    [tool.mtqa.weights]                  # MQM weights
    minor = 1
    major = 5
    critical = 25

    [tool.mtqa.category-weights]         # MQM category weights (mtqa.category_weights)
    "Fluency/Punctuation" = { minor = 0.1 }   # a severity's weight in this category
    "Style" = 0.5                        # a factor on every severity's weight, in Style/*

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
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa import category_weights
from mtqa.errors import ConfigError, MtqaError
from mtqa.finding import Severity
from mtqa.records import FACTORY, record
from mtqa.schema import Option, Strings, key_label, line_of, problem, validate
from mtqa.tomlreader import error_position as toml_error_position
from mtqa.tomlreader import tomllib as toml_parser

if TYPE_CHECKING:
    from mtqa.rule import Rule


DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xlf", "*.xliff", "*.mqxliff",
                   "*.mxliff", "*.sdlxliff", "*.tmx", "*.po")


@record(frozen=True)
@dataclass(init=False, repr=False, eq=False)
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
    category_weights: dict = field(default_factory=dict)  # after the others: fields added later
    source_profile: str = "standard"  # mtqa.source_profile: the rules run when a source is given
    segment_states: tuple[str, ...] = ()  # bilingual files: check only segments in these states (none: all)
    locked: str = "skip"  # bilingual files: "skip" or "check" locked segments
    # where each setting came from when files extend one another (`extend`): its keys as the file
    # names them, ("locale",) or ("per-file-ignores", "archive/**"), to the file that set it
    sources: dict = field(default_factory=dict)
    user_pattern_budget: float = 5.0  # seconds a document's user-pack patterns may take in all (mtqa.given_up)

    def __init__(
        self, locale: str = "en-CA", style: str | None = None, select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (), preview: bool = False, fail_under: float | None = None, fail_on: str | None = None,
        critical_fails: bool = True, weights: dict = FACTORY, severity: dict = FACTORY, rules_dir: tuple[str, ...] = (),
        include: tuple[str, ...] = DEFAULT_INCLUDE, exclude: tuple[str, ...] = (), languagetool: str = "auto",
        languagetool_timeout: float = 30.0, encoding: str = "utf-8", input_format: str | None = None,
        per_file_ignores: dict = FACTORY, per_file: dict = FACTORY, rule_options: dict = FACTORY,
        path: str | None = None, category_weights: dict = FACTORY, source_profile: str = "standard",
        segment_states: tuple[str, ...] = (), locked: str = "skip", sources: dict = FACTORY,
        user_pattern_budget: float = 5.0,
    ) -> None:
        _set = object.__setattr__  # frozen: as dataclasses' __init__ sets a frozen record's fields
        _set(self, "locale", locale)
        _set(self, "style", style)
        _set(self, "select", select)
        _set(self, "ignore", ignore)
        _set(self, "preview", preview)
        _set(self, "fail_under", fail_under)
        _set(self, "fail_on", fail_on)
        _set(self, "critical_fails", critical_fails)
        _set(self, "weights", {} if weights is FACTORY else weights)
        _set(self, "category_weights", {} if category_weights is FACTORY else category_weights)
        _set(self, "severity", {} if severity is FACTORY else severity)
        _set(self, "rules_dir", rules_dir)
        _set(self, "include", include)
        _set(self, "exclude", exclude)
        _set(self, "languagetool", languagetool)
        _set(self, "languagetool_timeout", languagetool_timeout)
        _set(self, "encoding", encoding)
        _set(self, "input_format", input_format)
        _set(self, "per_file_ignores", {} if per_file_ignores is FACTORY else per_file_ignores)
        _set(self, "per_file", {} if per_file is FACTORY else per_file)
        _set(self, "rule_options", {} if rule_options is FACTORY else rule_options)
        _set(self, "path", path)
        _set(self, "source_profile", source_profile)
        _set(self, "segment_states", segment_states)
        _set(self, "locked", locked)
        _set(self, "user_pattern_budget", user_pattern_budget)
        _set(self, "sources", {} if sources is FACTORY else sources)

    def with_selection(self, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] | None = None) -> Config:
        """The one resolver of a caller's `select` and `ignore` over this configuration's, shared by
        `mtqa check`, `mtqa rules`, `Checker`/`Session`, Spark and `mtqa serve`, layered as ruff
        layers them: a `select` starts over (this configuration's select and ignore are left
        behind, and only the caller's `ignore` applies); an `ignore` alone adds to this
        configuration's. None: the caller said nothing."""
        if select is not None:
            return replace(self, select=tuple(select), ignore=tuple(ignore or ()))
        if ignore is not None:
            return replace(self, ignore=(*self.ignore, *ignore))
        return self

    def for_file(self, file_path: str | None, select: tuple[str, ...] | None = None,
                 ignore: tuple[str, ...] | None = None) -> Config:
        """The settings that apply to one file (per-file sections and ignores merged in).

        `select` and `ignore` are the caller's (the command line's, the library's, a request's),
        layered by `with_selection`. Per-file-ignores apply whatever the caller says.
        """
        cfg = self
        matches = self._matcher(file_path) if file_path and (self.per_file or self.per_file_ignores) else None
        if matches is not None:
            for pattern, overrides in self.per_file.items():
                if matches("per-file", pattern):
                    cfg = replace(cfg, **overrides)
        cfg = cfg.with_selection(select, ignore)
        extra_ignores = [r for pattern, rules in self.per_file_ignores.items() if matches("per-file-ignores", pattern)
                         for r in rules] if matches is not None else []
        if extra_ignores:
            cfg = replace(cfg, ignore=(*cfg.ignore, *extra_ignores))
        return cfg

    def patterns_for(self, file_path: str | None) -> tuple[str, ...]:
        """The `per-file` and `per-file-ignores` patterns that match `file_path`: two names with
        the same patterns get the same settings from `for_file` (a key for caching by them)."""
        if not file_path or not (self.per_file or self.per_file_ignores):
            return ()
        matches = self._matcher(file_path)
        return (*(p for p in self.per_file if matches("per-file", p)),
                "", *(p for p in self.per_file_ignores if matches("per-file-ignores", p)))

    def source_of(self, *keys: str) -> str | None:
        """The file that set a key (`source_of("per-file-ignores", "archive/**")`): the one that
        names it in a chain of `extend`s, else this configuration's own file."""
        return self.sources.get(keys, self.path)

    def _matcher(self, file_path: str):
        """`matches(table, pattern)` for one file: a pattern is relative to the folder of the
        file that set it (an extended file's patterns to its own folder, as ruff's are)."""
        rel_to: dict[str | None, str] = {}

        def matches(table: str, pattern: str) -> bool:
            base = self.sources.get((table, pattern), self.path)
            if base not in rel_to:
                rel_to[base] = _relative(file_path, base)
            return _glob_match(rel_to[base], pattern)

        return matches


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


# The numbers a configuration sets, declared with their bounds as rule options are (one
# description of what each takes, checked by the same msgspec machinery, and said the same way in
# errors: "expected a number from 0 to 100, got 150").
FAIL_UNDER = Option(float, None, "the score under which a document fails", ge=0, le=100)
# at most a day: a socket refuses a timeout past its clock's range (1e20 s was an OverflowError)
LANGUAGETOOL_TIMEOUT = Option(float, 30.0, "seconds to wait for the LanguageTool server", gt=0, le=86400)
USER_PATTERN_BUDGET = Option(float, 5.0, "seconds a document's user-pack patterns may take in all", gt=0, le=86400)
WEIGHT = Option(float, None, "penalty points per finding of a severity", ge=0)

# The schema of a configuration table (mtqa.schema's language, checked by msgspec): the keys,
# their types and bounds, and the field of Config each one sets. What a type cannot say (a
# known severity, rule or locale) is checked after it, by `_check_values`.
_FIELDS: dict[str, str] = {
    "locale": "locale", "style": "style", "select": "select", "ignore": "ignore", "preview": "preview",
    "fail-under": "fail_under", "fail-on": "fail_on", "critical-fails": "critical_fails", "weights": "weights",
    "category-weights": "category_weights",
    "severity": "severity", "rules-dir": "rules_dir", "include": "include", "exclude": "exclude",
    "languagetool": "languagetool", "languagetool-timeout": "languagetool_timeout", "encoding": "encoding",
    "input-format": "input_format", "per-file-ignores": "per_file_ignores", "per-file": "per_file",
    "rules": "rule_options", "source-profile": "source_profile", "segment-states": "segment_states",
    "locked": "locked", "user-pattern-budget": "user_pattern_budget",
}
_KEYS = {field_name: key for key, field_name in _FIELDS.items()}
_PER_FILE_KEYS = {"locale", "style", "select", "ignore", "fail-under", "fail-on", "critical-fails", "severity",
                  "languagetool", "encoding", "input-format", "preview", "source-profile", "segment-states", "locked"}
_SETTINGS: dict[str, Any] = {
    "locale": str, "style": str, "select": Strings, "ignore": Strings, "preview": bool,
    "fail-under": FAIL_UNDER, "fail-on": str, "critical-fails": bool, "severity": {"*": str},
    "languagetool": str, "encoding": str, "input-format": str,
    "source-profile": str, "segment-states": Strings, "locked": str,
}
PER_FILE_SCHEMA: dict[str, Any] = {k: v for k, v in _SETTINGS.items() if k in _PER_FILE_KEYS}
SCHEMA: dict[str, Any] = {
    **_SETTINGS,
    "weights": {"*": WEIGHT},
    "category-weights": {"*": Any},  # a number or a table of severities: mtqa.category_weights.check
    "rules-dir": Strings, "include": Strings, "exclude": Strings,
    "languagetool-timeout": LANGUAGETOOL_TIMEOUT,
    "user-pattern-budget": USER_PATTERN_BUDGET,
    "per-file-ignores": {"*": Strings},
    "per-file": {"*": PER_FILE_SCHEMA},
    "rules": {"*": {"*": Any}},  # rule options: checked against each rule's own when a Checker is made
}


class _Where:
    """Names a key of the file being read for error messages (`file: key.path`), and remembers
    the last one named, so that an error about it can add its line (`with_line`)."""

    def __init__(self, path: str, text: str, prefix: list) -> None:
        self.path, self.text, self.prefix = path, text, prefix
        self.last: list = []

    def __call__(self, *keys: Any, line_at: tuple = ()) -> str:
        """`file: key.path` of `keys` (its line, for `with_line`, is that of `keys` + `line_at`)."""
        full = [*self.prefix, *keys]
        self.last = [*full, *line_at]
        return f"{self.path}: {key_label(full)}"

    def with_line(self, message: str) -> str:
        """`message` (about the key last named) with the line of that key, where known."""
        return _with_line(message, line_of(self.text, self.last), self.path)


def _with_line(message: str, line: int | None, path: str) -> str:
    """`message` (`file: key: what`) at its line, `file:3: key: what`: the shape of a rule
    pack's errors (PackError) and of a finding's place, which editors and CI read as a link."""
    prefix = f"{path}: "
    if not line or not message.startswith(prefix):
        return message
    return f"{path}:{line}: {message[len(prefix):]}"


def _config_error(path: str, keys: list, message: str, line: int | None) -> ConfigError:
    """The schema's complaint as a ConfigError: `file:3: table: unknown key 'x'`, or
    `file:3: key: what`."""
    if message.startswith("unknown key") and keys:
        table, message = keys[:-1], f"unknown key {keys[-1]!r}{message[len('unknown key'):]}"
    else:
        table = keys
    return ConfigError(_with_line(f"{path}: {key_label(table)}: {message}" if table else f"{path}: {message}", line, path))


def parse_table(table: dict, path: str, text: str = "", where: tuple[str, ...] = ()) -> dict[str, Any]:
    """Validate a configuration table (`where`: its keys in the file, ("tool", "mtqa") in a
    pyproject.toml); return Config field overrides. Errors name the file, line and key."""
    at = _Where(path, text, list(where))
    for pattern, sub in table.get("per-file", {}).items() if isinstance(table.get("per-file"), dict) else ():
        bad = sorted(set(sub) & set(SCHEMA) - _PER_FILE_KEYS) if isinstance(sub, dict) else []
        if bad:
            line = line_of(text, [*where, "per-file", pattern, bad[0]])
            label = key_label([*where, "per-file", pattern])
            raise ConfigError(_with_line(f"{path}: {label}: key {bad[0]!r} cannot be set per file", line, path))
    validate(table, SCHEMA, path, text, list(where), error=_config_error)
    return _fields(table, at, ())


def _fields(table: dict, at: _Where, keys: tuple) -> dict[str, Any]:
    """Config field overrides from a table the schema accepted, its values checked."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        kind = SCHEMA[key]
        if kind is Strings:
            value = (value,) if isinstance(value, str) else tuple(value)
        elif isinstance(kind, Option):
            value = kind.read(value)  # a number option's int as a float
        out[_FIELDS[key]] = value
    try:
        _check_values(out, at, keys)
    except ConfigError as exc:  # its kind kept (a LocaleError is one)
        raise type(exc)(at.with_line(str(exc))) from None
    if "per_file_ignores" in out:
        out["per_file_ignores"] = {k: (v,) if isinstance(v, str) else tuple(v)
                                   for k, v in out["per_file_ignores"].items()}
    if "per_file" in out:
        out["per_file"] = {pattern: _fields(sub, at, (*keys, "per-file", pattern))
                           for pattern, sub in out["per_file"].items()}
    return out


def _check_values(out: dict[str, Any], at: _Where, keys: tuple) -> None:
    """What the schema's types cannot say: known severities, rules and locales.

    In this order, so that of two wrong values the same one is reported as before.
    """
    _check_settings(out, at, keys)
    for key in ("select", "ignore"):
        if key in out:
            check_rule_patterns(out[key], at(*keys, key))
    _check_weights(out, at, keys)
    _check_rule_tables(out, at, keys)


def _check_settings(out: dict[str, Any], at: _Where, keys: tuple) -> None:
    """The single settings: a severity, LanguageTool, a locale, a format, an encoding, a profile,
    segment states and locked text (the last two normalised in place)."""
    if "fail_on" in out:
        _severity(out["fail_on"], at(*keys, "fail-on"))
    if "languagetool" in out:
        check_languagetool(out["languagetool"], at(*keys, "languagetool"))
    if "locale" in out:
        check_locale_name(out["locale"], at(*keys, "locale"))
    if "input_format" in out:
        check_input_format(out["input_format"], at(*keys, "input-format"))
    if "encoding" in out:
        check_encoding(out["encoding"], at(*keys, "encoding"))
    if "source_profile" in out:
        from mtqa.source_profile import check_profile

        check_profile(out["source_profile"], at(*keys, "source-profile"))
    if "segment_states" in out or "locked" in out:
        from mtqa.bilingual.states import check_locked, check_states

        if "segment_states" in out:
            out["segment_states"] = check_states(out["segment_states"], at(*keys, "segment-states"))
        if "locked" in out:
            check_locked(out["locked"], at(*keys, "locked"))


def _check_weights(out: dict[str, Any], at: _Where, keys: tuple) -> None:
    """Weights by severity and by category, each refused key on its own line."""
    # A key that names a severity is wrong on its own line, not on the table's (as in _check_rule_tables).
    for k in out.get("weights", {}):
        _severity(k, at(*keys, "weights", line_at=(k,)))
    if "category_weights" in out:
        # Key by key, so that a refused key is said on its own line; the known categories read once.
        known = known_categories()
        out["category_weights"] = {
            k: v for category, value in out["category_weights"].items()
            for k, v in category_weights.check({category: value}, at(*keys, "category-weights", line_at=(category,)),
                                               known).items()
        }


def _check_rule_tables(out: dict[str, Any], at: _Where, keys: tuple) -> None:
    """Tables keyed by rule: severities, per-file ignores and rule options."""
    for k, v in out.get("severity", {}).items():
        check_rule_patterns([k], at(*keys, "severity", line_at=(k,)))
        _severity(v, at(*keys, "severity", k))
    for pattern, rules in out.get("per_file_ignores", {}).items():
        check_rule_patterns([rules] if isinstance(rules, str) else rules, at(*keys, "per-file-ignores", pattern))
    for rule_id, options in out.get("rule_options", {}).items():
        check_rule_options(rule_id, options, at, (*keys, "rules", rule_id))


def known_categories() -> list[str]:
    """The categories a category-weights key may name: MQM's top-level ones and every built-in
    rule's, LanguageTool's mapped ones included (read from its pack as text: the mapping itself is
    loaded on a check), sorted."""
    import re

    from mtqa import registry
    from mtqa.finding import CATEGORIES
    from mtqa.packs import builtin_dir

    found = {r.meta.category for r in registry.all_rules()}
    try:
        text = (builtin_dir() / "languagetool.toml").read_text(encoding="utf-8")
        found |= set(re.findall(r'^\s*category\s*=\s*"([^"/]+/[^"]+)"', text, re.M))
    except OSError:
        pass
    return sorted({*CATEGORIES, *found})


def check_category_weights(table: Any, where: str) -> dict:
    """A category-weights table checked against the known categories (mtqa.category_weights.check)."""
    return category_weights.check(table, where, known_categories())


def _bounded_number(value: Any, option: Option, where: str) -> float:
    """`value` as a float when it is within `option`'s bounds, as a configuration file's key
    would be checked; the ConfigError names `where` otherwise."""
    found = problem(value, option)
    if found is not None:
        raise ConfigError(f"{where}: {found[1]}")
    return float(value)


def check_threshold(value: Any, where: str) -> float:
    """A pass threshold (FAIL_UNDER): a finite score from 0 to 100, since nan, inf and -5 pass
    nothing or everything. For a threshold given outside a configuration file (the API, --fail-under)."""
    return _bounded_number(value, FAIL_UNDER, where)


def check_languagetool_timeout(value: Any, where: str) -> float:
    """LanguageTool's timeout given outside a configuration file (the API): a finite number of
    seconds over 0 and at most a day, as the file's key (LANGUAGETOOL_TIMEOUT). -1 or nan gave a
    check that never asked the server; 1e20 an OverflowError reported as an internal error."""
    return _bounded_number(value, LANGUAGETOOL_TIMEOUT, where)


def check_user_pattern_budget(value: Any, where: str) -> float:
    """The user-pack patterns' budget given outside a configuration file (the API, the command
    line): a finite number of seconds over 0 and at most a day, as the file's key."""
    return _bounded_number(value, USER_PATTERN_BUDGET, where)


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
    from mtqa.errors import LocaleError

    try:
        return check_locale(value)
    except LocaleError as exc:
        raise LocaleError(f"{where}: {exc}") from None


def check_encoding(value: str, where: str) -> str:
    """A codec Python knows (a typo would otherwise surface per file, naming neither this file nor the key)."""
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        from mtqa.document import unknown_encoding

        raise ConfigError(f"{where}: {unknown_encoding(value)}") from None
    return value


def check_input_format(value: str, where: str) -> str:
    """A format `--input-format` takes: one of the prose formats or the bilingual ones (a typo
    would otherwise surface per file, naming neither this file nor the key)."""
    from mtqa.bilingual import READERS
    from mtqa.formats import FORMATS

    known = sorted({*FORMATS, *READERS})
    if value not in known:
        raise ConfigError(f"{where}: unknown input format {value!r} (known: {', '.join(known)})")
    return value


def check_rule_patterns(patterns, where: str) -> None:
    """Every rule id, family or glob must name a known rule (the message names the file)."""
    from mtqa import registry

    registry.check_patterns(list(patterns), where)


def check_rule_options(rule_id: str, options: dict, at: _Where, keys: tuple) -> None:
    """A [rules."id"] table names a rule, and sets only options it declares, of their types
    and within their bounds (mtqa.schema.option_problem)."""
    from mtqa.schema import option_problem

    declared = options_rule(rule_id, at(*keys)).meta.options
    wrong = option_problem(declared, options)
    if wrong:
        where = at(*keys, line_at=(wrong.option,)) if wrong.unknown else at(*keys, wrong.option)
        raise ConfigError(f"{where}: {wrong.message}")


def options_rule(rule_id: str, where: str) -> Rule:
    """The one rule whose options a [rules."id"] table sets. A family or a glob is refused, not
    ignored: options are declared per rule, so it would set nothing."""
    from mtqa import registry

    check_rule_patterns([rule_id], where)
    try:
        return registry.get(rule_id)
    except ConfigError:
        pass
    takes = [r.id for r in registry.all_rules() if registry.matches(rule_id, r) and r.meta.options]
    hint = (f"; of its rules, {', '.join(takes)} {'takes' if len(takes) == 1 else 'take'} options" if takes
            else "; none of its rules takes options")
    raise ConfigError(f"{where}: options are set for one rule, not a family or pattern{hint}")


def _severity(value: str, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def load_file(path: str | Path) -> Config:
    """Load settings from a pyproject.toml ([tool.mtqa]) or an mtqa.toml (top level), layered
    over those of the files it extends (`extend`, mtqa.config_extend), farthest first."""
    from mtqa.config_extend import chain

    cfg, sources = Config(), dict[tuple, str]()
    for name, fields in chain(Path(path), read_settings):
        cfg = _layer(cfg, sources, fields, name)
    return replace(cfg, path=str(path), sources=sources)


# Config fields that are tables, merged entry by entry down an `extend` chain (and shown entry by
# entry by `mtqa check --show-settings`)
TABLES = ("per_file_ignores", "per_file", "severity", "weights", "category_weights", "rule_options")


def _layer(base: Config, sources: dict, fields: dict[str, Any], name: str) -> Config:
    """`base` with one file's own settings (`fields`) layered over it; `sources` (key → file)
    updated in place."""
    out: dict[str, Any] = {}
    for field_name, value in fields.items():
        key = key_of(field_name)
        if field_name in ("select", "ignore"):
            continue
        if field_name in TABLES:
            out[field_name] = {**getattr(base, field_name), **value}
            sources.update({(key, entry): name for entry in value})
        else:
            out[field_name] = value
            sources[(key,)] = name
    cfg = replace(base, **out)
    if "select" in fields:
        sources[("select",)] = name
        sources.pop(("ignore",), None)
        if "ignore" in fields:
            sources[("ignore",)] = name
    elif "ignore" in fields:
        sources[("ignore",)] = f"{sources[('ignore',)]} + {name}" if base.ignore and ("ignore",) in sources else name
    return cfg.with_selection(fields.get("select"), fields.get("ignore"))


def _table_line(text: str, name: str) -> int | None:
    """The line of the first table header `[name]` or `[name.…]` (`line_of` finds keys, not a
    table made only of sub-tables)."""
    header = re.compile(rf"\s*\[\s*{re.escape(name)}\s*[\].]")
    return next((n for n, line in enumerate(text.splitlines(), 1) if header.match(line)), None)


def read_settings(p: Path) -> tuple[dict[str, Any], str | None, int | None]:
    """One file's own settings (Config fields), with the `extend` it names (None: none) and the
    line of that key. The files it extends are not read (`load_file` reads them)."""
    path = str(p)
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
        what, line, column = toml_error_position(exc, text)
        raise ConfigError(f"{path}:{line}: invalid TOML: {what} (column {column})" if line
                          else f"{path}: invalid TOML: {what}") from None
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    where: tuple[str, ...] = ("tool", "mtqa")  # [tool.mtqa]
    table = tool.get("mtqa", {})
    if p.name != "pyproject.toml" and "mtqa" not in tool:
        table, where = data, ()  # an mtqa.toml's top level
        if isinstance(data.get("mtqa"), dict):  # `[mtqa]`, as pyproject's [tool.mtqa] without `tool.`
            raise ConfigError(_with_line(
                f"{path}: [mtqa]: an mtqa.toml holds its settings at its top level, with no table around "
                f"them (`select = [...]` on a line of its own; [tool.mtqa] is pyproject.toml's table)",
                _table_line(text, "mtqa"), path))
    if not isinstance(table, dict):
        raise ConfigError(_with_line(f"{path}: {key_label(list(where))}: expected a table", line_of(text, list(where)),
                                     path))
    extend, extend_line = None, None
    if "extend" in table:
        table = dict(table)
        extend, extend_line = table.pop("extend"), line_of(text, [*where, "extend"])
        if not isinstance(extend, str) or not extend.strip():
            raise ConfigError(_with_line(f"{path}: {key_label([*where, 'extend'])}: expected the path of a "
                                         f"configuration file, got {extend!r}", extend_line, path))
    fields = parse_table(table, path, text, where)
    if "rules_dir" in fields:
        base = p.resolve().parent
        for d in fields["rules_dir"]:
            if not (base / d).is_dir():  # said here, where the file, key and line are known
                raise ConfigError(_with_line(f"{path}: {key_label([*where, 'rules-dir'])}: folder {d!r} does not exist "
                                             f"(looked for {base / d})", line_of(text, [*where, "rules-dir"]), path))
        fields["rules_dir"] = tuple(str(base / d) for d in fields["rules_dir"])
    return fields, extend, extend_line


def hollow_links(path: str | Path) -> list[str]:
    """Warnings for the files of `path`'s `extend` chain that give no settings at all: a
    `pyproject.toml` without a `[tool.mtqa]` table, named by `extend` (or by --config).

    Not an error, as ruff takes such a file (`extend = "pyproject.toml"` is how a ruff.toml reads
    the project's `requires-python`), so a desk may name a project file before its table is
    written. But mtqa reads nothing else from a pyproject.toml, so the link inherits nothing: a
    misspelt table (`[tools.mtqa]`) or the wrong file would otherwise go unseen while the desk's
    copy is checked without the newsroom's settings. `mtqa check` prints these after a run."""
    from mtqa.config_extend import chain

    try:
        layers = [Path(name) for name, _ in chain(Path(path), read_settings)]  # farthest first
    except (MtqaError, OSError):  # the file's own error says it
        return []
    out = []
    for i, file in enumerate(layers):
        if file.name != "pyproject.toml" or _has_mtqa_table(file):
            continue
        if i + 1 == len(layers):  # the file named by --config itself
            out.append(f"{file}: has no [tool.mtqa] table: no settings are read from it")
            continue
        near = layers[i + 1]
        keys = ["tool", "mtqa", "extend"] if near.name == "pyproject.toml" else ["extend"]
        try:
            line = line_of(near.read_text(encoding="utf-8"), keys)
        except (OSError, UnicodeError):
            line = None
        out.append(_with_line(f"{near}: extend: {file} has no [tool.mtqa] table: nothing is inherited from it",
                              line, str(near)))
    return out


def key_of(field_name: str) -> str:
    """The key a configuration file names a Config field by (`fail_under` → `fail-under`)."""
    return _KEYS.get(field_name, field_name)


def where_set(cfg: Config, key: str, value: Any, message: str) -> str:
    """`message` about a setting's value, naming the file, key and line that set it when
    `cfg.path` (or a file it extends) sets `key` to `value` (top level or per file): `mtqa.toml:2:
    style: no such style: 'ap'`. A value checked only once every setting is known (a style may
    live in a --rules-dir given on the command line) is refused after the file was read; the
    message still points into it. Unchanged when the value came from elsewhere (a command-line option)."""
    if not cfg.path:
        return message
    files = dict.fromkeys([cfg.source_of(key), cfg.path,
                           *(v for v in cfg.sources.values() if " + " not in v)])
    for path in files:
        said = _where_set_in(path, key, value, message) if path else None
        if said is not None:
            return said
    return message


def _where_set_in(path: str, key: str, value: Any, message: str) -> str | None:
    """`where_set` in one file; None when that file does not set `key` to `value`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = toml_parser().loads(text)
    except (OSError, UnicodeError, ValueError):
        return None
    where: list[str] = []
    table = data
    if Path(path).name == "pyproject.toml" or "mtqa" in (data.get("tool") or {}):
        where, table = ["tool", "mtqa"], (data.get("tool") or {}).get("mtqa") or {}
    places = [[*where, key]] if table.get(key) == value else []
    for pattern, sub in (table.get("per-file") or {}).items():
        if isinstance(sub, dict) and sub.get(key) == value:
            places.append([*where, "per-file", pattern, key])
    if not places:
        return None
    return _with_line(f"{path}: {key_label(places[0])}: {message}", line_of(text, places[0]), path)


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
        if py.is_file() and _has_mtqa_table(py):
            return py
    return None


def passed_over(found: str | Path) -> Path | None:
    """The `pyproject.toml` with a `[tool.mtqa]` table beside the `mtqa.toml` that `discover`
    found, which is therefore not read (the two are not merged); None when there is none."""
    found = Path(found)
    if found.name != "mtqa.toml":
        return None
    py = found.with_name("pyproject.toml")
    return py if py.is_file() and _has_mtqa_table(py) else None


def where_key(cfg: Config, keys: list[str], message: str) -> str:
    """`message` about a key of the file `cfg` came from, named as its errors name one, with its
    line: `mtqa.toml:4: per-file-ignores.'archve/**': matched no file`."""
    path = cfg.source_of(*keys) if cfg.path else None
    if not path:
        return message
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return f"{path}: {key_label(keys)}: {message}"
    if Path(path).name == "pyproject.toml":
        keys = ["tool", "mtqa", *keys]
    return _with_line(f"{path}: {key_label(keys)}: {message}", line_of(text, keys), path)


# What `_has_mtqa_table` asks of a pyproject.toml, as the pack cache's "schema" of the answer.
_PYPROJECT_QUESTION = "pyproject.toml: has a [tool.mtqa] table (a bool)"


def _has_mtqa_table(py: Path) -> bool:
    """Whether a pyproject.toml holds mtqa's table. The answer is kept in the pack cache by the
    file's bytes: run in a Python project without one (mtqa's own checkout, say), every check
    asked it of the same file and paid for the TOML parser's import and a parse (~3 ms)."""
    try:
        data = py.read_bytes()
    except OSError:
        return False
    from mtqa import pack_cache

    return bool(pack_cache.load(data, _PYPROJECT_QUESTION, lambda: _parse_has_mtqa_table(data)))


def _parse_has_mtqa_table(data: bytes) -> bool:
    tomllib = toml_parser()
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads it
        return "mtqa" in tomllib.loads(text).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        # A broken pyproject that does not mention mtqa is not ours to report.
        return "[tool.mtqa" in data.decode("utf-8", errors="replace")


def load(explicit: str | Path | None = None, start: str | Path | None = None) -> Config:
    """Load the explicit config file, or discover one, or return defaults."""
    if explicit:
        if Path(explicit).is_dir():  # found, not a file: "not found" sent users looking for a typo
            raise ConfigError(f"{explicit}: is a directory, not a configuration file "
                              "(name its mtqa.toml or pyproject.toml)")
        if not Path(explicit).is_file():
            raise ConfigError(f"{explicit}: configuration file not found")
        return load_file(explicit)
    found = discover(start)
    return load_file(found) if found else Config()


# The library's Checker options by the kind of value each takes: a Python caller gets a TypeError
# naming the option where the call is made, not an AttributeError from deep inside the check, and
# one string is not taken apart letter by letter.
_STR_OPTIONS = frozenset(("locale", "style", "fail_on", "languagetool", "encoding", "input_format", "path",
                          "source_profile", "locked"))
_BOOL_OPTIONS = frozenset(("preview", "critical_fails"))
_NUMBER_OPTIONS = frozenset(("fail_under", "languagetool_timeout", "user_pattern_budget"))
_DICT_OPTIONS = frozenset(("weights", "category_weights", "severity", "per_file_ignores", "per_file", "rule_options"))
_LIST_OPTIONS = {"select": "rule ids, families or globs", "ignore": "rule ids, families or globs",
                 "rules_dir": "folders", "include": "globs", "exclude": "globs", "segment_states": "segment states"}
_TYPED_OPTIONS = _STR_OPTIONS | _BOOL_OPTIONS | _NUMBER_OPTIONS | _DICT_OPTIONS | frozenset(_LIST_OPTIONS)


def with_overrides(cfg: Config, overrides: dict) -> Config:
    """`cfg` with a Checker's keyword options (None: keep the configured value), its values and
    theirs checked by kind. `select` and
    `ignore` also take one comma-separated string, as --select does; `rules_dir`, `include` and
    `exclude` one folder or glob. A wrong type is a TypeError naming the option."""
    unknown = set(overrides) - set(Config.__dataclass_fields__)
    if unknown:
        raise TypeError(f"unknown Checker option(s): {', '.join(sorted(unknown))}")
    # the Config's own values too: one built by hand (Config(locale=5)) is held to the same types
    # select and ignore are layered over the configuration's (Config.with_selection), as the
    # command line's are; every other option replaces the configured value
    chosen = {key: _listed(key, overrides[key]) if overrides.get(key) is not None else None for key in ("select", "ignore")}
    merged = {key: getattr(cfg, key) for key in _TYPED_OPTIONS} | {k: v for k, v in overrides.items() if k not in chosen}
    clean = {key: _override(key, value) for key, value in merged.items() if value is not None}
    return replace(cfg, **clean).with_selection(chosen["select"], chosen["ignore"])


def _override(key: str, value: Any) -> Any:
    kind = type(value).__name__
    if key in _STR_OPTIONS and not isinstance(value, str):
        raise TypeError(f"{key}: expected a str, got {kind}")
    if key in _BOOL_OPTIONS and not isinstance(value, bool):
        raise TypeError(f"{key}: expected True or False, got {kind}")
    if key in _NUMBER_OPTIONS and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise TypeError(f"{key}: expected a number, got {kind}")
    if key in _DICT_OPTIONS and not isinstance(value, dict):
        raise TypeError(f"{key}: expected a dict, got {kind}")
    if key in _LIST_OPTIONS:
        return _listed(key, value)
    return value


def _listed(key: str, value: Any) -> tuple[str, ...]:
    import os

    what = _LIST_OPTIONS[key]
    if isinstance(value, str) and key in ("select", "ignore"):
        return tuple(p for p in (s.strip() for s in value.split(",")) if p)
    if isinstance(value, (str, os.PathLike)):
        return (os.fspath(value),)
    items = tuple(value) if isinstance(value, (list, tuple, set, frozenset)) else None
    if items is None or not all(isinstance(v, (str, os.PathLike)) if key == "rules_dir" else isinstance(v, str)
                                for v in items):
        raise TypeError(f"{key}: expected a list of {what}, got {type(value).__name__}"
                        + (f" holding {', '.join(sorted({type(v).__name__ for v in items}))}" if items else ""))
    return tuple(os.fspath(v) for v in items)
