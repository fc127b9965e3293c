"""Rule packs: TOML data files that an editor can change without touching Python.

A pack is `rules/<id>.toml` with a `[pack]` table (id, schema, description, sources,
licence) and the data its rule family reads. The family's rule module declares the pack's
schema and a compile function with ``@pack_compiler``; a `Checker` loads, validates and
compiles each pack once. Validation errors name the file, the line where it can be found,
the key, and what is wrong.

Users add directories of packs (``--rules-dir``, config ``rules-dir``). A user pack whose id
matches a built-in one is merged into it: its lists are put *before* the built-in lists
(so its entries win where a rule takes the first match) and its tables update the
built-in tables key by key. A user pack with a new id is available to rules that name it.

Schemas are written in the small language of mtqa.schema (checked by msgspec).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable, Iterable

import msgspec

from mtqa import pack_cache
from mtqa import rx as regex
from mtqa.patterns import longest_first
from mtqa.errors import PackError
from mtqa.schema import Regex, SeverityName, locate, validate
from mtqa.tomlreader import error_position as toml_error_position
from mtqa.tomlreader import tomllib as toml_parser

__all__ = ["PackSet", "Regex", "SeverityName", "builtin_dir", "compile_alternation", "locate", "pack_compiler",
           "is_user_file", "read_pack_file", "validate"]


SCHEMA_VERSION = 1


PACK_HEADER = {
    "id!": str,
    "schema!": int,
    "description": str,
    "sources": [str],
    "licence": str,
    "license": str,
    "known_words": [str],  # names and terms the spelling check (LanguageTool) must accept
}


class PackSpec(msgspec.Struct):
    id: str
    schema: dict
    compile: Callable[[dict], Any]


_SPECS: dict[str, PackSpec] = {}
# pack id -> the module whose `@pack_compiler` declares it, where that module may not be imported
# yet: mtqa.registry sets it from its rule table (a rule module, which may hold its pack's
# compiler, is imported only when one of its rules first runs), and `spec` imports it.
COMPILER_MODULES: dict[str, str] = {}


def spec(pack_id: str) -> PackSpec | None:
    """The schema and compiler declared for pack `pack_id` (its module imported if it was not), or None."""
    found = _SPECS.get(pack_id)
    if found is None and pack_id in COMPILER_MODULES:
        import importlib

        importlib.import_module(COMPILER_MODULES.pop(pack_id))
        found = _SPECS.get(pack_id)
    return found


def compiler_modules() -> dict[str, str]:
    """Each declared pack's id -> the module of its compiler (kept in the rule table)."""
    return {pack_id: s.compile.__module__ for pack_id, s in _SPECS.items() if s.compile.__module__.startswith("mtqa.")}


def pack_compiler(pack_id: str, schema: dict) -> Callable:
    """Declare the schema of pack `pack_id` and the function that compiles its data once."""

    def decorate(func):
        _SPECS[pack_id] = PackSpec(pack_id, schema, func)
        return func

    return decorate


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed wheel (the package's folder, as the
    packs are read as files), or `rules/` of a checkout. By the package's own path, not
    `importlib.resources`, whose import (with `zipfile`) cost a start-up ~2.5 ms."""
    package = Path(__file__).resolve().parent
    shipped = package / "_packs"
    return shipped if shipped.is_dir() else package.parent / "rules"


@functools.lru_cache(maxsize=256)
def is_user_file(path: str) -> bool:
    """Whether a pack item written in `path` is a user's (a `--rules-dir` pack's), not a built-in
    one: those are named by their path in `builtin_dir`, or by their bare file name where a pack
    kept no origins. A user pattern's time is charged to the document's budget (`mtqa.given_up`)."""
    folder = Path(path).parent
    return str(folder) != "." and folder.resolve() != builtin_dir()


def read_pack_file(path: Path, schema: Any = None) -> dict:
    """A pack file's data, its [pack] header checked and, given `schema`, its body too.

    Parsed and validated once per content and schema (mtqa.pack_cache), then read back.
    """
    content = _read_bytes(path)
    return pack_cache.load(content, schema, lambda: _parse(path, content, schema))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PackError(str(path), f"cannot read pack: {exc}") from None


def read_toml(path: Path, content: bytes, kind: str) -> tuple[dict, str]:
    """Decode and parse one TOML file of mtqa's own (a pack, a style), or raise a PackError that
    names the file and, where TOML says it, the line."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(str(path), f"cannot read {kind}: {exc}") from None
    tomllib = toml_parser()
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        what, line, column = toml_error_position(exc, text)
        raise PackError(str(path), f"invalid TOML: {what}" + (f" (column {column})" if column else ""), line) from None


def _parse(path: Path, content: bytes, schema: Any) -> dict:
    data, text = read_toml(path, content, "pack")
    header = data.get("pack")
    if header is None:
        raise PackError(str(path), "missing [pack] table (id, schema)", 1)
    validate(header, PACK_HEADER, str(path), text, ["pack"])
    if header["schema"] != SCHEMA_VERSION:
        raise PackError(
            str(path), f"pack.schema: unsupported schema {header['schema']} (this mtqa reads {SCHEMA_VERSION})",
            locate(text, "schema", "pack"),
        )
    if schema is not None:
        validate({k: v for k, v in data.items() if k != "pack"}, schema, str(path), text, [])
    return data


class PackSet:
    """Finds, loads, validates, merges and compiles packs, each once per PackSet."""

    def __init__(self, user_dirs: Iterable[str | Path] = ()) -> None:
        self.builtin = builtin_dir()
        self.user_dirs = [Path(d) for d in user_dirs]
        self._user_files: dict[str, list[Path]] = {}
        self._compiled: dict[str, Any] = {}
        self._keys: dict[str, str | None] = {}  # compiled packs' cache keys, computed once
        for d in self.user_dirs:
            if not d.is_dir():
                raise PackError(str(d), "rules directory does not exist")
            for f in sorted(d.glob("*.toml")):
                data = read_pack_file(f)
                self._user_files.setdefault(data["pack"]["id"], []).append(f)

    def ids(self) -> list[str]:
        found = {p.stem for p in self.builtin.glob("*.toml")} | set(self._user_files)
        return sorted(found)

    def _files(self, pack_id: str) -> list[Path]:
        """The files of a pack: the built-in one first, then the user's."""
        files: list[Path] = []
        builtin = self.builtin / f"{pack_id}.toml"
        if builtin.is_file():
            files.append(builtin)
        files.extend(self._user_files.get(pack_id, []))
        if not files:
            raise PackError(str(self.builtin / f"{pack_id}.toml"), f"no pack with id {pack_id!r}")
        return files

    def raw(self, pack_id: str) -> dict:
        """The merged, validated data of a pack (built-in first, then user packs merged in)."""
        files = self._files(pack_id)
        builtin = self.builtin / f"{pack_id}.toml"
        merged: dict = {}
        declared = spec(pack_id)
        for f in files:
            data = read_pack_file(f, declared.schema if declared is not None else None)
            if f == builtin and data["pack"]["id"] != pack_id:
                raise PackError(str(f), f"pack.id is {data['pack']['id']!r} but the file name says {pack_id!r}",
                                locate(f.read_text(encoding="utf-8"), "id", "pack"))
            body = {k: v for k, v in data.items() if k != "pack"}
            merged = _merge(merged, body, user=f != builtin)
            merged["_origins"] = _origins(merged.get("_origins", {}), body, str(f), user=f != builtin)
            merged.setdefault("_files", []).append(str(f))
            merged["_header"] = data["pack"]
        return merged

    def compiled(self, pack_id: str) -> Any:
        """A pack as its compiler builds it, once per PackSet; from the cache when the files,
        their schema, the compiler and mtqa's code are those it was built with."""
        if pack_id not in self._compiled:
            declared = spec(pack_id)
            if declared is None:
                self._compiled[pack_id] = self.raw(pack_id)
            else:
                key = self._keys.get(pack_id)
                parts = [] if key else self._key_parts(pack_id)  # a key computed already says them
                compile_pack = declared.compile
                self._compiled[pack_id] = pack_cache.load_compiled(
                    parts, compile_pack, lambda: compile_pack(self.raw(pack_id)), key)
        return self._compiled[pack_id]

    def compiled_key(self, pack_id: str) -> str | None:
        """The cache's key of the compiled pack (`pack_cache.compiled_key`: its files' names and
        contents, its schema and compiler, mtqa's sources), without parsing the pack; None when
        caching is off or the pack has no compiler. What is computed from the compiled pack
        alone may be kept under it."""
        declared = spec(pack_id)
        if declared is None:
            return None
        if pack_id not in self._keys:
            self._keys[pack_id] = pack_cache.compiled_key(self._key_parts(pack_id), declared.compile)
        return self._keys[pack_id]

    def kept(self, pack_id: str) -> bool:
        """Whether the compiled pack is kept in the cache already: compiled without error by this
        code from these files, so reading it later cannot fail as a broken file would. False for a
        pack with no compiler, with caching off, or whose files cannot be read (`compiled` says why)."""
        try:
            key = self.compiled_key(pack_id)
        except Exception:  # noqa: BLE001 - a file that cannot be read: reported by `compiled`
            return False
        return pack_cache.compiled_kept(key)

    def _key_parts(self, pack_id: str) -> list[bytes]:
        """What a compiled pack is keyed by: its schema, its files' names and the digests of
        their bytes (remembered while the files are unchanged: `pack_cache.file_digest`)."""
        parts = [repr(_SPECS[pack_id].schema).encode()]  # declared: `compiled_key` asked `spec`
        for f in self._files(pack_id):
            parts += [str(f).encode(), pack_cache.file_digest(f, functools.partial(_read_bytes, f))]
        return parts


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


def _origins(known: dict, body: dict, path: str, user: bool) -> dict:
    """Where each item of the merged pack was written, merged as `_merge` merges the items: for a
    top-level list, each item's (file, index in that file's list); for a top-level table, the file
    that last set each of its keys. A compiler names the file of the item it finds wrong, and a
    rule the file of a user's pattern that timed out (not "calques.toml + house.toml")."""
    out = dict(known)
    for key, value in body.items():
        known_value = out.get(key)
        if isinstance(value, list):
            before = known_value if isinstance(known_value, list) else []
            mine = [(path, i) for i in range(len(value))]
            out[key] = [*mine, *before] if user else [*before, *mine]
        elif isinstance(value, dict):
            table = known_value if isinstance(known_value, dict) else {}
            out[key] = {**table, **dict.fromkeys(value, path)}
        else:
            out[key] = path
    return out


def compile_alternation(terms: list[str], *, ignorecase: bool = False, word: bool = True, literal: bool = True):
    """One linear-time alternation for a table of terms, longest first (Vale's substitution)."""
    alts = sorted({regex.escape(t) if literal else t for t in terms}, key=longest_first)
    if not alts:
        return None
    body = "|".join(alts)
    pattern = rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])" if word else f"(?:{body})"
    from mtqa import pattern_cache

    return pattern_cache.compile(pattern, regex.IGNORECASE if ignorecase else 0)
