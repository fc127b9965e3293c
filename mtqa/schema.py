"""Schemas of packs, style profiles and configuration files, checked by msgspec; errors name the
file, line and key.

A schema is written as plain data beside the code that reads it: a type (str, int, float,
bool, Any), ``Regex`` (a str that must compile), ``SeverityName``, ``Strings`` (a string or
a list of strings), a one-element list
``[spec]`` for a list of spec, or a dict for a table, where a key ending in "!" is required
and a table whose only key is "*" maps any key to that spec. `validate` turns the schema
into msgspec types once and lets msgspec check the data; only when it fails does Python walk
the data to say where, because msgspec does not name the key inside a "*" table.

A rule's options are declared in the same language: a table of ``Option``s (type, default,
one-line doc, bounds or allowed values) beside the rule, checked by the same msgspec types,
wherever a value comes from (a configuration file, a style profile, ``Checker(rule_options=)``).
Numbers are read as TOML writers expect: an int is accepted where a float is declared
(``threshold = 1``) and read as a float; a float is never accepted where an int is declared
(an int option counts something), and a bool is never a number.

msgspec, not a hand-written walk, does the checking: it is the fast path of a cache miss
(mtqa.pack_cache keeps validated packs), and it is a maintained library (BSD-3-Clause).
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable, Iterable

import msgspec

from mtqa.errors import PackError
from mtqa.patterns import lazy_re

SEVERITY_NAMES = ("minor", "major", "critical")


class Regex:
    """Schema marker: a string that must compile as a `regex` pattern."""


class SeverityName:
    """Schema marker: one of minor, major, critical."""


class Strings:
    """Schema marker: a string or a list of strings (a setting that takes one name or several)."""


class Option(msgspec.Struct, frozen=True):
    """A rule option as the rule declares it: its type (str, int, float, bool or [str]), its
    default, a one-line doc, and bounds (ge, gt, le) or the values it allows (choices)."""

    type: Any
    default: Any
    doc: str
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        """What the option takes, as an error message or a listing says it ("a number from 0 to 1")."""
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.type is float or self.type is int:
            noun = "a number" if self.type is float else "an int"
            if self.ge is not None and self.le is not None:
                return f"{noun} from {_number(self.ge)} to {_number(self.le)}"
            bounds = [f"{op} {_number(v)}" for op, v in ((">=", self.ge), (">", self.gt), ("<=", self.le))
                      if v is not None]
            return " ".join([noun, *bounds[:1]]) + "".join(f" and {b}" for b in bounds[1:])
        if isinstance(self.type, list):
            return f"a list of {_NAMES_IN_LIST.get(self.type[0], getattr(self.type[0], '__name__', '?'))}"
        return _NAMES.get(self.type, getattr(self.type, "__name__", str(self.type)))

    def mismatch(self, value: Any) -> str:
        """Why `value` does not fit (the option's own checks have already rejected it)."""
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if self.type is float and number and not _LOWEST <= value <= _LARGEST:  # nan, inf, -inf
            return f"expected a finite number, got {value!r}"
        odd = [v for v in value if type(v) is not self.type[0]] \
            if isinstance(self.type, list) and isinstance(value, list) else []
        if (self.type is float and number) or (self.type is int and type(value) is int) \
                or (self.choices and isinstance(value, str)):
            shown = repr(value)  # the right kind of value, out of bounds or not among the choices
        elif odd:
            shown = f"a list holding {_type_name(odd[0])}"
        else:
            shown = _type_name(value)
        return f"expected {self.describe()}, got {shown}"

    def read(self, value: Any) -> Any:
        """A checked value as the rule reads it: a float option's int as a float."""
        return float(value) if self.type is float else value


_NAMES = {bool: "bool", str: "str", int: "an int", float: "a number"}
_NAMES_IN_LIST = {str: "strings"}


def _number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _type_name(value: Any) -> str:
    names: dict[type, str] = {dict: "a table", list: "list", tuple: "list"}
    return names.get(type(value), type(value).__name__)


def nearest(name: str, names: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The one of `names` a misspelt `name` most likely meant, or None when none is close: one
    that differs only in case first ('QUOTES' for 'quotes'), else the most similar ignoring case
    by rapidfuzz's ratio (twice the characters the two share in order, over both lengths), when
    that is at least `cutoff`. Ties go to the first in sorted order, so a hint never depends on
    the order of a table. Every "did you mean" of mtqa (configuration, styles, rule names,
    category weights, the LanguageTool-compatible server's fields) comes from here."""
    from rapidfuzz import fuzz, process  # only for a mistake: a plain check never loads it

    others = sorted({n for n in names if n != name})
    folded = name.casefold()
    same_letters = [n for n in others if n.casefold() == folded]
    if same_letters:
        return same_letters[0]
    best = process.extractOne(name, others, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=cutoff * 100)
    return best[0] if best else None


def did_you_mean(name: str, names: Iterable[str], cutoff: float = 0.6, *, listing: str | None = None,
                 list_always: bool = False, quoted: bool = True) -> str:
    """`nearest` as a hint to append to a message, ` (did you mean 'x'?)`, else "". Every message
    about a misspelt name ends with this, so they all read alike.

    listing: a word ("known", "options", "styles") that lists `names`, in the order given, when
    none is close, ` (known: a, b)` (`none` when there are none), so the reader still learns what
    may be typed; with `list_always` they are listed after the guess too, ` (did you mean 'x'?
    styles: a, b)`. quoted: False writes the name meant bare, as a protocol's field names are
    written (` (did you mean enabledRules?)`)."""
    names = list(names)
    close = nearest(name, names, cutoff)
    guess = "" if close is None else f"did you mean {repr(close) if quoted else close}?"
    if listing is None or (guess and not list_always):
        return f" ({guess})" if guess else ""
    listed = f"{listing}: {', '.join(names) or 'none'}"
    return f" ({guess} {listed})" if guess else f" ({listed})"


class OptionProblem(msgspec.Struct, frozen=True):
    """The first option of a table that a rule does not take: its name and why (`unknown`: the
    rule has no such option, and the message says which it has or the one meant). A Struct, not
    a NamedTuple: read by name only, and made ~10 times faster at import."""

    option: str
    message: str
    unknown: bool


def option_problem(declared: dict[str, Option], given: dict[str, Any]) -> OptionProblem | None:
    """The first problem with a table of options `given` for a rule declaring `declared`; None
    when every option is one the rule takes, of its type and within its bounds. Configuration
    files, style profiles and the engine all check a rule's options with this."""
    found = problem(given, declared)
    if found is None:
        return None
    keys, message = found
    option = str(keys[0]) if keys else ""
    if option and option not in declared:
        hint = did_you_mean(option, sorted(declared), listing="options")
        return OptionProblem(option, f"unknown option {option!r}{hint}", True)
    return OptionProblem(option, message, False)


def option_values(declared: dict[str, Option], given: dict[str, Any]) -> dict[str, Any]:
    """Checked options `given` as the rule reads them (`Option.read`), unknown ones left out."""
    return {k: declared[k].read(v) for k, v in given.items() if k in declared}


def problem(data: Any, spec: Any) -> tuple[list, str] | None:
    """The key path (str keys, int indexes) in `data` of its first departure from `spec`, and
    what is wrong there; None when `data` fits."""
    import msgspec

    try:
        msgspec.convert(data, _type_of(spec), dec_hook=_check_marker)
    except msgspec.ValidationError as exc:
        return _locate_error(data, spec, str(exc))
    except UnicodeEncodeError:  # msgspec cannot take a lone surrogate ("\ud800" in JSON an editor sent)
        return _surrogate_at(data), "not Unicode text (holds a lone surrogate)"
    return None


def _surrogate_at(data: Any) -> list:
    """The key path of the first string (value or key) in `data` holding a lone surrogate."""
    def bad(text: Any) -> bool:
        return isinstance(text, str) and any("\ud800" <= ch <= "\udfff" for ch in text)

    if isinstance(data, dict):
        for key, value in data.items():
            if bad(key):
                return [key]
            inner = _surrogate_at(value)
            if inner or bad(value):
                return [key, *inner]
    elif isinstance(data, (list, tuple)):
        for i, value in enumerate(data):
            inner = _surrogate_at(value)
            if inner or bad(value):
                return [i, *inner]
    return []


def validate(data: Any, spec: Any, path: str, text: str, where: list,
             error: Callable[[str, list, str, int | None], Exception] | None = None) -> None:
    """Check `data` against `spec`; raise `error(path, keys, message, line)` naming the file,
    the line and the key path (a PackError, "file:line: entry[3].god: unknown key", unless told).

    `where` is the key path of `data` inside the file (["pack"] for the header), `text` the
    file's text, used to find the line of the key that is wrong.
    """
    found = problem(data, spec)
    if found is not None:
        keys, message = found
        keys = [*where, *keys]
        raise (error or _pack_error)(path, keys, message, line_of(text, keys))


def _pack_error(path: str, keys: list, message: str, line: int | None) -> PackError:
    return PackError(path, f"{key_label(keys) or 'pack'}: {message}", line)


# ---- the schema as msgspec types ------------------------------------------------------

_TYPES: dict[int, Any] = {}  # id(spec) → msgspec type; specs are module-level constants
_KEEP: list[Any] = []  # the specs themselves, so their ids stay theirs


def _type_of(spec: Any) -> Any:
    key = id(spec)
    if key not in _TYPES:
        _TYPES[key] = _build(spec)
        _KEEP.append(spec)
    return _TYPES[key]


def _build(spec: Any) -> Any:
    import msgspec

    if isinstance(spec, Option):
        return _option_type(spec)
    if isinstance(spec, list):
        return list[_build(spec[0])]  # type: ignore[misc]
    if isinstance(spec, dict):
        if set(spec) == {"*"}:
            return dict[str, _build(spec["*"])]  # type: ignore[misc]
        fields: list[tuple[Any, ...]] = []
        rename = {}
        for i, (key, sub) in enumerate(spec.items()):
            name = f"f{i}"  # TOML keys need not be identifiers ("article-case")
            rename[name] = key.rstrip("!")
            if key.endswith("!"):
                fields.append((name, _build(sub)))
            else:
                fields.append((name, _build(sub), msgspec.UNSET))
        return msgspec.defstruct("Table", fields, rename=rename, forbid_unknown_fields=True, kw_only=True)
    if spec is float:
        return float  # msgspec takes an int for a float and never a bool, as TOML writers expect
    return spec  # str, int, bool, Any and the markers (checked by _check_marker)


def _option_type(option: Option) -> Any:
    """An Option as a msgspec type: its type, narrowed to its choices or bounds; a float option
    takes only finite numbers (TOML has nan and inf)."""
    from typing import Annotated, Literal

    import msgspec

    if option.choices:
        return Literal[option.choices]
    bounds: dict[str, Any] = {k: v for k, v in (("ge", option.ge), ("gt", option.gt), ("le", option.le))
                              if v is not None}
    if option.type is float:  # finite: comparisons with nan fail, and inf is beyond the largest float
        if "gt" not in bounds:
            bounds.setdefault("ge", _LOWEST)
        bounds.setdefault("le", _LARGEST)
    base = _build(option.type)
    return Annotated[base, msgspec.Meta(**bounds)] if bounds else base


_LARGEST = sys.float_info.max  # the largest finite float: nan and inf are not options
_LOWEST = -_LARGEST


def _check_marker(kind: type, value: Any) -> Any:
    if kind is Regex:
        if not isinstance(value, str):
            raise TypeError("expected a regular expression string")
        import regex

        try:
            regex.compile(value)
        except regex.error as exc:
            raise ValueError(f"bad regular expression: {exc}") from None
        return Regex()  # msgspec wants an instance of the type; the checked data is not kept
    if kind is SeverityName:
        if value not in SEVERITY_NAMES:
            raise ValueError(f"severity must be minor, major or critical, not {value!r}")
        return SeverityName()
    if kind is Strings:
        if not (isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))):
            raise TypeError("expected a list of strings")
        return Strings()
    raise NotImplementedError(kind)


# ---- turning msgspec's message into a key path and a sentence ---------------------------

_AT = lazy_re(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_STEP = lazy_re(r"\.([^.\[]+)|\[(\d+|\.\.\.)\]")
_KIND = {"object": "a table", "array": "a list", "str": "str", "int": "int", "float": "a number", "bool": "bool"}
_GOT = {"object": "dict", "array": "list", "null": "None"}


def _locate_error(data: Any, spec: Any, error: str) -> tuple[list, str]:
    """The key path (str keys, int indexes) and our message for msgspec's `error` on `data`."""
    if isinstance(spec, Option):  # an option is wrong as a whole: say what it takes
        return [], spec.mismatch(data)
    m = _AT.match(error)
    if m is None:  # a message shape msgspec did not use before: report it as it is
        return [], error
    msg, steps = m.group("msg"), _STEP.findall(m.group("path") or "")
    keys: list = []
    node, sub = data, spec
    for name, index in steps:
        if index == "...":  # a value of a "*" table: find the key whose value is wrong
            import msgspec

            for key, value in node.items():
                try:
                    msgspec.convert(value, _type_of(sub["*"]), dec_hook=_check_marker)
                except msgspec.ValidationError as exc:
                    inner_keys, inner_msg = _locate_error(value, sub["*"], str(exc))
                    return [*keys, key, *inner_keys], inner_msg
            break
        if index:
            keys.append(int(index))
            node, sub = node[int(index)], sub[0]
        else:
            keys.append(name)
            node, sub = node[name], _field(sub, name)
        if isinstance(sub, Option):  # an option is wrong as a whole: say what it takes
            return keys, sub.mismatch(node)
    return _message(msg, sub, keys, node)


def _field(spec: dict, name: str) -> Any:
    return spec.get(name, spec.get(name + "!"))


def _message(msg: str, spec: Any, keys: list, node: Any) -> tuple[list, str]:
    unknown = re.match(r"Object contains unknown field `(.*)`$", msg)
    missing_keys = [k[:-1] for k in spec if k.endswith("!") and k[:-1] not in node] if unknown else []
    if missing_keys:  # a missing key is the likelier cause of an unknown one (a typo): say that first
        return [*keys, missing_keys[0]], "missing required key"
    if unknown:
        key = unknown.group(1)
        return [*keys, key], "unknown key" + did_you_mean(key, [k.rstrip("!") for k in spec])
    missing = re.match(r"Object missing required field `(.*)`$", msg)
    if missing:
        return [*keys, missing.group(1)], "missing required key"
    wrong = re.match(r"Expected `(\w+)`, got `(\w+)`", msg)
    if wrong:
        want, got = wrong.groups()
        if spec is Regex:
            return keys, "expected a regular expression string"
        if spec is SeverityName:
            return keys, f"severity must be minor, major or critical, not a {_GOT.get(got, got)}"
        return keys, f"expected {_KIND.get(want, want)}, got {_GOT.get(got, got)}"
    return keys, msg[:1].lower() + msg[1:]


def line_of(text: str, keys: list) -> int | None:
    """The line of the key at `keys` (str keys, int list indexes) in a TOML text, where known."""
    # The table is the dotted string keys before the last list index, the key the first after it.
    last_index = max((i for i, k in enumerate(keys) if isinstance(k, int)), default=None)
    if last_index is not None:
        table = ".".join(k for k in keys[:last_index] if isinstance(k, str)) or None
        index = keys[last_index]
        tail = [k for k in keys[last_index + 1 :] if isinstance(k, str)]
    else:
        names = [k for k in keys if isinstance(k, str)]
        table = ".".join(names[:-1]) or None
        index = None
        tail = names[-1:]
    name = tail[0] if tail else None
    found = locate(text, name, table, index) if name else (locate(text, "", table, index) if table else None)
    if found is None and last_index is None and len(keys) >= 2:
        # No [table] header holds the key: it sits in an inline table or a dotted key
        # (`"*.txt" = { style = "x" }`), on the line of its parent key.
        return line_of(text, keys[:-1])
    return found


_BARE_KEY = lazy_re(r"[A-Za-z0-9_-]+")


def key_label(keys: list) -> str:
    """`keys` as the user reads them: `entry[3].bad`, `per-file.'drafts/*'.locale` (a key that
    is not a bare TOML key is quoted)."""
    return "".join(
        f"[{k}]" if isinstance(k, int) else ("." if i else "") + (k if _BARE_KEY.fullmatch(k) else repr(k))
        for i, k in enumerate(keys)
    )


_HEADER_PART = lazy_re(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*""")


def _unquoted_header(line: str) -> str:
    """A table header with its keys unquoted (`[per-file."x/*"]` → `[per-file.x/*]`); other
    lines as they are."""
    m = re.fullmatch(r"(\[\[?)(.*?)(\]\]?)", line)
    if m is None or ('"' not in line and "'" not in line):
        return line
    parts, pos, body = [], 0, m.group(2)
    while pos <= len(body):
        part = _HEADER_PART.match(body, pos)
        if part is None or part.end() == pos:
            return line
        parts.append(next(g for g in part.groups() if g is not None))
        pos = part.end()
        if pos == len(body):
            break
        if body[pos] != ".":
            return line
        pos += 1
    return m.group(1) + ".".join(parts) + m.group(3)


def locate(text: str, key: str, table: str | None = None, index: int | None = None) -> int | None:
    """The 1-based line of `key` in a TOML text (inside the index-th [[table]] when given)."""
    lines = text.splitlines()
    start = 0
    if table is not None:
        count = -1
        heads = (f"[[{table}]]", f"[{table}]")
        prefixes = (f"[{table}.", f"[[{table}.")
        for i, line in enumerate(lines):
            raw = line.strip()  # a table named as written (rules."quotes/x"), or by its keys (per-file.x/*)
            if any(s in heads or s.startswith(prefixes) for s in (raw, _unquoted_header(raw))):
                count += 1
                if index is None or count == index:
                    start = i
                    break
        else:
            return None
    key_re = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*[=.]")  # `key =`, or a dotted `key.sub =`
    for i in range(start, len(lines)):
        if key_re.match(lines[i]):
            return i + 1
    return start + 1 if table is not None else None
