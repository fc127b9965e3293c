"""Rule packs: TOML data files that an editor can change without touching Python.

A pack is `rules/<id>.toml` with a `[pack]` table (id, schema, description, locales,
sources) and the data its rule family reads. The family's rule module declares the pack's
schema and a compile function with ``@pack_compiler``; a `Checker` loads, validates and
compiles each pack once. Validation errors name the file, the line where it can be found,
the key, and what is wrong.

Users add directories of packs (``--rules-dir``, config ``rules-dir``). A user pack whose id
matches a built-in one is merged into it: its lists are put *before* the built-in lists
(so its entries win where a rule takes the first match) and its tables update the
built-in tables key by key. A user pack with a new id is available to rules that name it.

Schema language: a type (str, int, float, bool), ``Regex`` (a str that must compile),
``SeverityName``, a one-element list ``[spec]`` for a list of spec, or a dict for a table,
where a key ending in "!" is required and the key "*" stands for any other key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import regex

from mtqa.errors import PackError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCHEMA_VERSION = 1


class Regex:
    """Schema marker: a string that must compile as a `regex` pattern."""


class SeverityName:
    """Schema marker: one of minor, major, critical."""


PACK_HEADER = {
    "id!": str,
    "schema!": int,
    "description": str,
    "locales": [str],
    "sources": [str],
    "licence": str,
    "license": str,
    "known_words": [str],  # names and terms the spelling check (LanguageTool) must accept
}


@dataclass
class PackSpec:
    id: str
    schema: dict
    compile: Callable[[dict], Any]


_SPECS: dict[str, PackSpec] = {}


def pack_compiler(pack_id: str, schema: dict) -> Callable:
    """Declare the schema of pack `pack_id` and the function that compiles its data once."""

    def decorate(func):
        _SPECS[pack_id] = PackSpec(pack_id, schema, func)
        return func

    return decorate


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed wheel, or `rules/` of a checkout."""
    shipped = resources.files("mtqa") / "_packs"
    try:
        if shipped.is_dir():
            return Path(str(shipped))
    except (OSError, TypeError):  # pragma: no cover - exotic loaders
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def _locate(text: str, key: str, table: str | None = None, index: int | None = None) -> int | None:
    """Best-effort 1-based line of `key` (inside the index-th [[table]] when given)."""
    lines = text.splitlines()
    start = 0
    if table is not None:
        count = -1
        for i, line in enumerate(lines):
            s = line.strip()
            if s in (f"[[{table}]]", f"[{table}]") or s.startswith(f"[{table}.") or s.startswith(f"[[{table}."):
                count += 1
                if index is None or count == index:
                    start = i
                    break
        else:
            return None
    key_re = regex.compile(r"^\s*[\"']?" + regex.escape(key) + r"[\"']?\s*=")
    for i in range(start, len(lines)):
        if key_re.match(lines[i]):
            return i + 1
    return start + 1 if table is not None else None


def locate(text: str, key: str, table: str | None = None, index: int | None = None) -> int | None:
    """The 1-based line of `key` in a TOML text (inside [table] when given), for error messages."""
    return _locate(text, key, table, index)


def validate(data: Any, spec: Any, path: str, text: str, where: list) -> None:
    """Check `data` against `spec`; raise PackError naming the file, line and key."""

    def fail(msg: str, key: str | None = None) -> None:
        path_parts = [*where, key] if key is not None else list(where)
        # Table = the dotted string parts before the last list index; key = the last string part.
        last_index = max((i for i, p in enumerate(path_parts) if isinstance(p, int)), default=None)
        if last_index is not None:
            table = ".".join(p for p in path_parts[:last_index] if isinstance(p, str)) or None
            index = path_parts[last_index]
            tail = [p for p in path_parts[last_index + 1 :] if isinstance(p, str)]
        else:
            strs = [p for p in path_parts if isinstance(p, str)]
            table = ".".join(strs[:-1]) or None
            index = None
            tail = strs[-1:]
        name = tail[0] if tail else None
        line = _locate(text, name, table, index) if name else (_locate(text, "", table, index) if table else None)
        label = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path_parts))
        raise PackError(path, f"{label or 'pack'}: {msg}", line)

    if isinstance(spec, dict):
        if not isinstance(data, dict):
            fail(f"expected a table, got {type(data).__name__}")
        required = {k[:-1] for k in spec if k.endswith("!")}
        known = {k.rstrip("!"): v for k, v in spec.items()}
        for key in required:
            if key not in data:
                fail("missing required key", key)
        for key, value in data.items():
            sub = known.get(key, known.get("*"))
            if sub is None:
                fail("unknown key" + _did_you_mean(key, known), key)
            validate(value, sub, path, text, [*where, key])
    elif isinstance(spec, list):
        if not isinstance(data, list):
            fail(f"expected a list, got {type(data).__name__}")
        for i, item in enumerate(data):
            validate(item, spec[0], path, text, [*where, i])
    elif spec is Regex:
        if not isinstance(data, str):
            fail("expected a regular expression string")
        try:
            regex.compile(data)
        except regex.error as exc:
            fail(f"bad regular expression: {exc}")
    elif spec is SeverityName:
        if data not in ("minor", "major", "critical"):
            fail(f"severity must be minor, major or critical, not {data!r}")
    elif spec is Any:
        return
    elif spec is float:
        if not isinstance(data, (int, float)) or isinstance(data, bool):
            fail(f"expected a number, got {type(data).__name__}")
    elif not isinstance(data, spec) or (spec is int and isinstance(data, bool)):
        fail(f"expected {spec.__name__}, got {type(data).__name__}")


def _did_you_mean(key: str, known: dict) -> str:
    import difflib

    close = difflib.get_close_matches(key, [k for k in known if k != "*"], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def read_pack_file(path: Path) -> tuple[dict, str]:
    """Parse a pack file and check its [pack] header. Returns (data, raw text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), f"cannot read pack: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        if line is None:
            m = regex.search(r"line (\d+)", str(exc))
            line = int(m.group(1)) if m else None
        raise PackError(str(path), f"invalid TOML: {exc}", line) from None
    header = data.get("pack")
    if header is None:
        raise PackError(str(path), "missing [pack] table (id, schema)", 1)
    validate(header, PACK_HEADER, str(path), text, ["pack"])
    if header["schema"] != SCHEMA_VERSION:
        raise PackError(
            str(path), f"pack.schema: unsupported schema {header['schema']} (this mtqa reads {SCHEMA_VERSION})",
            _locate(text, "schema", "pack"),
        )
    return data, text


class PackSet:
    """Finds, loads, validates, merges and compiles packs, each once per PackSet."""

    def __init__(self, user_dirs: Iterable[str | Path] = ()) -> None:
        self.builtin = builtin_dir()
        self.user_dirs = [Path(d) for d in user_dirs]
        self._user_files: dict[str, list[Path]] = {}
        self._compiled: dict[str, Any] = {}
        for d in self.user_dirs:
            if not d.is_dir():
                raise PackError(str(d), "rules directory does not exist")
            for f in sorted(d.glob("*.toml")):
                data, _ = read_pack_file(f)
                self._user_files.setdefault(data["pack"]["id"], []).append(f)

    def ids(self) -> list[str]:
        found = {p.stem for p in self.builtin.glob("*.toml")} | set(self._user_files)
        return sorted(found)

    def raw(self, pack_id: str) -> dict:
        """The merged, validated data of a pack (built-in first, then user packs merged in)."""
        files: list[Path] = []
        builtin = self.builtin / f"{pack_id}.toml"
        if builtin.is_file():
            files.append(builtin)
        files.extend(self._user_files.get(pack_id, []))
        if not files:
            raise PackError(str(self.builtin / f"{pack_id}.toml"), f"no pack with id {pack_id!r}")
        merged: dict = {}
        spec = _SPECS.get(pack_id)
        for f in files:
            data, text = read_pack_file(f)
            if f == builtin and data["pack"]["id"] != pack_id:
                raise PackError(str(f), f"pack.id is {data['pack']['id']!r} but the file name says {pack_id!r}",
                                _locate(text, "id", "pack"))
            body = {k: v for k, v in data.items() if k != "pack"}
            if spec is not None:
                validate(body, spec.schema, str(f), text, [])
            merged = _merge(merged, body, user=f != builtin)
            merged.setdefault("_files", []).append(str(f))
            merged["_header"] = data["pack"]
        return merged

    def compiled(self, pack_id: str) -> Any:
        if pack_id not in self._compiled:
            raw = self.raw(pack_id)
            spec = _SPECS.get(pack_id)
            self._compiled[pack_id] = spec.compile(raw) if spec else raw
        return self._compiled[pack_id]


def _merge(base: dict, extra: dict, user: bool) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = [*value, *out[key]] if user else [*out[key], *value]
        elif key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value, user)
        else:
            out[key] = value
    return out


def compile_alternation(terms: list[str], *, ignorecase: bool = False, word: bool = True, literal: bool = True):
    """One linear-time alternation for a table of terms, longest first (Vale's substitution)."""
    alts = sorted({regex.escape(t) if literal else t for t in terms}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(alts)
    pattern = rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" if word else f"(?:{body})"
    return regex.compile(pattern, regex.IGNORECASE if ignorecase else 0)
