"""Schemas of packs, style profiles and configuration files, checked by msgspec; errors name the
file, line and key.

A schema is written as plain data beside the code that reads it: a type (str, int, float,
bool, Any), ``Regex`` (a str that must compile), ``SeverityName``, ``Strings`` (a string or
a list of strings), a one-element list
``[spec]`` for a list of spec, or a dict for a table, where a key ending in "!" is required
and a table whose only key is "*" maps any key to that spec. `validate` turns the schema
into msgspec types once and lets msgspec check the data; only when it fails does Python walk
the data to say where, because msgspec does not name the key inside a "*" table.

msgspec, not a hand-written walk, does the checking: it is the fast path of a cache miss
(mtqa.pack_cache keeps validated packs), and it is a maintained library (BSD-3-Clause).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from mtqa.errors import PackError

SEVERITY_NAMES = ("minor", "major", "critical")


class Regex:
    """Schema marker: a string that must compile as a `regex` pattern."""


class SeverityName:
    """Schema marker: one of minor, major, critical."""


class Strings:
    """Schema marker: a string or a list of strings (a setting that takes one name or several)."""


def validate(data: Any, spec: Any, path: str, text: str, where: list,
             error: Callable[[str, list, str, int | None], Exception] | None = None) -> None:
    """Check `data` against `spec`; raise `error(path, keys, message, line)` naming the file,
    the line and the key path (a PackError, "file:line: entry[3].god: unknown key", unless told).

    `where` is the key path of `data` inside the file (["pack"] for the header), `text` the
    file's text, used to find the line of the key that is wrong.
    """
    import msgspec

    try:
        msgspec.convert(data, _type_of(spec), dec_hook=_check_marker)
    except msgspec.ValidationError as exc:
        keys, message = _locate_error(data, spec, str(exc))
        keys = [*where, *keys]
        raise (error or _pack_error)(path, keys, message, line_of(text, keys)) from None


def _pack_error(path: str, keys: list, message: str, line: int | None) -> PackError:
    return PackError(path, f"{key_label(keys) or 'pack'}: {message}", line)


def option_type_error(default: Any, value: Any) -> str | None:
    """Why `value` cannot replace a rule option whose default is `default` (None: it can).

    A rule's options are declared by their defaults; a value must have the default's type
    (a list where the default is a list or tuple). A default of None accepts anything.
    """
    if default is None or type(value) is type(default):
        return None
    if isinstance(default, (list, tuple)) and isinstance(value, list):
        return None
    return f"expected {type(default).__name__}, got {type(value).__name__}"


def option_error(declared: dict[str, Any], given: dict[str, Any]) -> tuple[str | None, str] | None:
    """The first option of `given` that a rule declaring `declared` (its options, by their
    defaults) does not take: (None, why) for an unknown option, (option, why) for a wrong
    type; None when all are fine. The engine, style profiles and configuration files all
    check a rule's options with this."""
    for key, value in given.items():
        if key not in declared:
            known = ", ".join(sorted(declared)) or "none"
            return None, f"unknown option {key!r} (options: {known})"
        wrong = option_type_error(declared[key], value)
        if wrong:
            return key, wrong
    return None


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

_AT = re.compile(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+|\.\.\.)\]")
_KIND = {"object": "a table", "array": "a list", "str": "str", "int": "int", "float": "a number", "bool": "bool"}
_GOT = {"object": "dict", "array": "list", "null": "None"}


def _locate_error(data: Any, spec: Any, error: str) -> tuple[list, str]:
    """The key path (str keys, int indexes) and our message for msgspec's `error` on `data`."""
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
        known = [k.rstrip("!") for k in spec]
        import difflib

        close = difflib.get_close_matches(key, known, n=1)
        return [*keys, key], "unknown key" + (f" (did you mean {close[0]!r}?)" if close else "")
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
    return locate(text, name, table, index) if name else (locate(text, "", table, index) if table else None)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key_label(keys: list) -> str:
    """`keys` as the user reads them: `entry[3].bad`, `per-file.'drafts/*'.locale` (a key that
    is not a bare TOML key is quoted)."""
    return "".join(
        f"[{k}]" if isinstance(k, int) else ("." if i else "") + (k if _BARE_KEY.fullmatch(k) else repr(k))
        for i, k in enumerate(keys)
    )


_HEADER_PART = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*""")


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
    key_re = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
    for i in range(start, len(lines)):
        if key_re.match(lines[i]):
            return i + 1
    return start + 1 if table is not None else None
