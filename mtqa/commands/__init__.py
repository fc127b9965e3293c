"""Subcommand implementations, imported only when their command runs.

The exit codes and the comma-list helper live here, below both `mtqa.cli` and the
commands, so that a command never imports the CLI that dispatches to it.
"""

import gc
import sys
from types import ModuleType

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def split_list(values: list[str] | None, option: str) -> list[str] | None:
    """Repeated, comma-separated option values as one list (None when none was given).

    A value that names nothing (`--select ''`, `--ignore ,`) is refused (an InputError, exit 2),
    as ruff refuses it: most often a shell variable left empty, and read as no value at all it
    silently ran every rule (`--select`) or had no effect (`--ignore`). A stray comma beside
    names (`--select repetition,`) is only punctuation and is let pass."""
    if values is None:
        return None
    for v in values:
        if not v.replace(",", "").strip():
            from mtqa.errors import InputError

            raise InputError(f"{option}: empty value {v!r}: name rules, families or globs (comma-separated), "
                             "or leave the option out")
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


# The cyclic garbage collector during `mtqa check` (CPython's thresholds: 700, 10, 10).
# Start-up allocates mostly objects that live until the process ends (modules, rule tables,
# compiled packs, the Checker), and collecting while they pile up only walks them again and
# again: ~30 young and 2 full collections while the check command's modules are imported with
# CPython's thresholds, or larger young ones with raised thresholds (~8 ms and ~16 ms CPU over
# a one-file check). So the collector is off from before those imports until the Checker is
# built (`collect_less`), then the start-up heap is frozen (never walked again) and the
# collector runs again with fewer, larger young generations (as mypy does): a check's own
# garbage is short-lived, a few MB more at most.
COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def collect_less() -> None:
    """Turn the collector off until `collect_again` (start-up: what it allocates stays)."""
    gc.disable()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def collect_again() -> None:
    """Freeze what start-up made and turn the collector back on, with `COLLECTOR_THRESHOLDS`."""
    gc.freeze()
    gc.enable()


def import_check_modules_lean() -> None:
    """Import what `mtqa check` and its option readers need as the check does: `urllib.parse`
    (for `pathlib`), msgspec and dataclasses, each without a module the check never reads from
    (the three functions below)."""
    import_urllib_parse_lean()
    import_msgspec_lean()
    import_dataclasses_lean()


def import_urllib_parse_lean() -> None:
    """Import `urllib.parse` for `mtqa check` with `ipaddress` imported on its first use.

    `pathlib`, which every check imports, imports `urllib.parse` (for `Path.as_uri`), and
    `urllib.parse` imports `ipaddress` (Python 3.11.4 on) for one check: that a URL's host in
    brackets is an IPv6 address. A check parses no such URL, and `ipaddress` is ~7.5 M
    instructions (~0.9 % of a one-file check): a stand-in (`_import_with_stand_ins`) takes its
    place, and the first use of it imports the real module. Nothing is done where either is
    imported already (this machine's site hook imports both; a process that goes on).
    """
    if "urllib.parse" not in sys.modules:
        _import_with_stand_ins("urllib.parse", "ipaddress")


def import_msgspec_lean() -> None:
    """Import msgspec for `mtqa check` without `typing_extensions`, which a check never uses,
    and with its submodules a check never reads from imported on their first use.

    msgspec imports `typing_extensions` where it is installed (a dependency of neither msgspec
    nor mtqa, but of many packages beside them) for its `get_type_hints` and its
    `Required`/`NotRequired` markers, and takes `typing`'s where it is missing: from Python
    3.11 on `typing` has them all, and mtqa hands msgspec only Structs, builtin containers,
    `typing.Annotated` and `typing.Literal`. Its import (with its `inspect`, which `dataclasses`
    imports anyway) is ~13 M instructions, ~1.6 % of a one-file check. So the command marks it
    missing (None in `sys.modules`: an import of it raises ImportError) for msgspec's import
    alone, then takes the mark away: a module imported later gets `typing_extensions` as ever.
    msgspec's `__init__` imports all its submodules; mtqa reads only `msgspec.structs` (and the
    names msgspec's own namespace holds). `msgspec.inspect` builds ~40 Struct types of its
    type model, `msgspec.json` imports the JSON Schema writer (which imports `textwrap`, its
    patterns, and `msgspec.inspect`), `msgpack`, `toml` and `yaml` are a module each: stand-ins
    (`_import_with_stand_ins`) take their places (`LAZY_MSGSPEC_MODULES`), and the first read of
    one (`msgspec.json.encode`, `dir(msgspec.inspect)`) imports the real module into its place.
    Nothing is done where msgspec or `typing_extensions` is imported already (a process that
    goes on: tests, hooks).
    """
    if sys.version_info < (3, 11) or "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    import typing

    sys.modules["typing_extensions"] = None
    forward_ref, typing.ForwardRef = typing.ForwardRef, _forward_ref_probe  # type: ignore[misc]
    lean = True
    try:
        _import_with_stand_ins("msgspec", *LAZY_MSGSPEC_MODULES, known=platform_known_to_uuid())
    except Exception:
        # A msgspec that asks more of the probe or the stand-ins at import than these expect (a
        # release after this was written): forget the half-made import and import it as ever.
        lean = False
        for name in [name for name in sys.modules if name == "msgspec" or name.startswith("msgspec.")]:
            del sys.modules[name]
    finally:
        typing.ForwardRef = forward_ref  # type: ignore[misc]
        if sys.modules.get("typing_extensions", 0) is None:
            del sys.modules["typing_extensions"]
    if not lean:
        import msgspec  # noqa: F401


def _forward_ref_probe(arg: str, is_argument: bool = True, module: object = None, *, is_class: bool = False) -> None:
    """`typing.ForwardRef` while `import_msgspec_lean` imports msgspec: it answers the one call
    msgspec makes then, `ForwardRef("Foo", is_class=True)` (`msgspec._utils` asks whether this
    Python's ForwardRef takes `is_class`, as every Python from 3.11 on does), and the reference
    it makes is never read. The real one compiles its text: Python's first `compile` in a
    process builds the classes of the `ast` module, ~9.4 M instructions (~2.4 % of a
    one-sentence check) that nothing else a check does needs. msgspec reads
    `typing.ForwardRef` anew each time it resolves an annotation, after its import: the real one."""
    return None


# msgspec's submodules that msgspec's `__init__` imports and a check never reads from.
LAZY_MSGSPEC_MODULES = ("msgspec.inspect", "msgspec.json", "msgspec.msgpack", "msgspec.toml", "msgspec.yaml")


def platform_known_to_uuid() -> dict[str, dict[str, object]]:
    """What `uuid` asks of `platform` while msgspec imports it, where the answer is known without it.

    msgspec's C core imports `uuid` (for its UUID type), and `uuid` of Python 3.10 and 3.11 on
    Linux imports `platform` for one call, `platform.system()`, to tell Linux and AIX apart
    (3.12 on takes Linux from `sys.platform` and imports nothing). `platform`'s import compiles
    ten patterns: ~10 M instructions, ~1.4 % of a one-file check. On Linux the answer is "Linux"
    (`platform.system()` is `os.uname().sysname` there), so a stand-in for `platform` answers
    that call itself and imports the real module on any other read. Elsewhere: nothing (an
    empty dict), `platform` is imported as ever.
    """
    if sys.platform != "linux" or sys.version_info >= (3, 12) or "platform" in sys.modules:
        return {}
    return {"platform": {"system": _linux}}


def _linux() -> str:
    """`platform.system()` on Linux (`platform_known_to_uuid`)."""
    return "Linux"


def import_dataclasses_lean() -> None:
    """Import dataclasses for `mtqa check` with `inspect` imported on its first use.

    `dataclasses` imports `inspect` (with `ast`, `dis`, `tokenize`, `linecache`: ~35 M
    instructions, ~4 % of a one-file check) for one call, a signature written into the
    docstring of a dataclass that has none, which mtqa's records all have: a stand-in
    (`_import_with_stand_ins`) takes its place. (The standard library's `LazyLoader` would
    not do: the next `import inspect` reads the lazy module's `__spec__`, which loads it.)
    Nothing is done where either module is imported already.
    """
    if "dataclasses" not in sys.modules:
        _import_with_stand_ins("dataclasses", "inspect")


def _import_with_stand_ins(module: str, *deferred: str, known: dict[str, dict[str, object]] | None = None) -> None:
    """Import `module` with a stand-in in `sys.modules` for each of `deferred` and of `known`'s
    modules (modules it imports that a check never reads from, or reads only what `known` gives
    for them; a submodule's stand-in is bound in its package by
    its last name, as `from . import name` binds it), taken away at once: anything imported
    later gets the real one. The first read from a stand-in imports the real module and puts
    it in the stand-in's place in the modules this import brought in that hold it (only those:
    a walk of every module would touch other libraries' lazy modules and whatever else stands
    in `sys.modules`). Nothing is put in for a module imported already."""
    import importlib

    before = set(sys.modules)
    stand_ins: dict[str, tuple[ModuleType, list[ModuleType]]] = {}
    known = known or {}
    for name in (*deferred, *known):
        if name not in sys.modules:
            holders: list[ModuleType] = []
            stand_in = sys.modules[name] = _stand_in(name, holders, known.get(name, {}))
            stand_ins[name] = stand_in, holders
    try:
        importlib.import_module(module)
    finally:
        for name, (stand_in, holders) in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
            # by the name `import` gives it (one look-up a module; one that holds it under another
            # name reads the real module's attributes through the stand-in all the same)
            bound = name.rpartition(".")[2]
            holders.extend(m for key, m in list(sys.modules.items())
                           if key not in before and isinstance(m, ModuleType) and vars(m).get(bound) is stand_in)


def _stand_in(name: str, holders: list[ModuleType], known: dict[str, object]) -> ModuleType:
    """A module that imports the real module `name` when one of its attributes is first read
    (or its names listed), and puts it in its own place in `holders`' namespaces; the
    attributes in `known` it holds itself (read without an import)."""
    import importlib

    stand_in = ModuleType(name, f"Imports the real `{name}` on its first use (mtqa.commands).")
    vars(stand_in).update(known)

    def real_module() -> ModuleType:
        if sys.modules.get(name) is stand_in:  # read while `module` is imported: the real one now
            del sys.modules[name]
        real = importlib.import_module(name)
        for holder in holders:
            held = vars(holder)
            for key in [key for key, value in list(held.items()) if value is stand_in]:
                held[key] = real
        return real

    # a module's __getattr__ and __dir__ (PEP 562): `dir()` lists the real module's names
    vars(stand_in)["__getattr__"] = lambda attribute: getattr(real_module(), attribute)
    vars(stand_in)["__dir__"] = lambda: dir(real_module())
    return stand_in
