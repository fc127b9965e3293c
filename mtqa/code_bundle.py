"""mtqa's own modules for `mtqa check`, read from one cached file instead of ~170 `.pyc` files.

A fresh `mtqa check` imports ~170 of mtqa's modules. For each, Python's path finder looks the
name up in its folder's listing, stats the source, opens, reads and checks the `.pyc` beside it:
~3-4 ms of every check's start-up before any module runs (unmarshalling the code and running
the modules cost the same either way). `install` puts a finder just before Python's path finder
on `sys.meta_path` that answers for the modules kept in one cache entry (their code objects,
marshalled together) with a `SourceFileLoader` whose `get_code` hands out the kept code: the
module's spec, `__file__`, `__path__`, and its source for tracebacks and
`inspect` are what the path finder gives.

The entry is named by what the code was compiled from: mtqa's source files as names, sizes and
modification times (`pack_cache.code_fingerprint`, which a Checker reads anyway), the package's
folder, Python's version and optimisation level and `FORMAT`, so an edited, added or removed
source file makes another entry and the modules are imported from their files as before. The
entry is sealed as every cache entry is (`pack_cache.seal`): a torn or damaged one is not used.
When this process imports a module of mtqa's that the entry lacks (a miss, another command's
modules), the entry is written again at exit with it (atexit, as the pattern cache's save), from
the code Python's own loader gives for it, unless a source file changed meanwhile; the last
`KEEP` entries written are kept, older ones (sources edited since) removed.
``MTQA_NO_CACHE=1`` turns it off.

The modules' code is one `marshal` value, read whole when the bundle is installed: the names,
constants and other strings the ~180 modules share are then made once (marshal's references
reach across modules) instead of once per module and interned again each time, ~20 % of the
unmarshalling (46 -> 36 M instructions). A module the bundle holds that this process never
imports (another command's, kept by an earlier run) is unmarshalled for nothing: a plain check
imports nearly all of them.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from types import CodeType
from typing import Any

from mtqa import digests, pack_cache

FORMAT = 3
_MAGIC = b"mtqa-code-bundle\n"
_FOLDER = "code"
KEEP = 8  # bundles kept (each ~2.5 MB): every edit of a source file makes another
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


class BundledLoader(SourceFileLoader):
    """A source file's loader whose code comes from the bundle once (the module's import), from
    the file as Python's loader reads it after that."""

    def __init__(self, fullname: str, path: str, code: Any) -> None:
        super().__init__(fullname, path)
        self._code = code

    def get_code(self, fullname: str) -> Any:
        code, self._code = self._code, None
        return code if code is not None else super().get_code(fullname)


class BundleFinder:
    """Finds the modules kept in a bundle: {module name: (path in the package, is a package, code)}.
    Each once: a module looked for again (`importlib.reload`, a name removed from `sys.modules`)
    is left to Python's path finder, which reads the source file as it is then."""

    def __init__(self, modules: dict[str, tuple[str, bool, Any]]) -> None:
        self.modules = modules
        self.served: set[str] = set()

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        kept = self.modules.get(fullname)
        if kept is None or fullname in self.served:
            return None
        self.served.add(fullname)
        rel, is_package, code = kept
        file = os.path.join(_PACKAGE, rel)
        # what `importlib.util.spec_from_file_location` makes (that module is not imported for it)
        spec = ModuleSpec(fullname, BundledLoader(fullname, file, code), origin=file, is_package=is_package)
        spec.has_location = True
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(file)]
        return spec

    def invalidate_caches(self) -> None:
        """Nothing to forget: the bundle matched every source file when it was read."""


def install() -> BundleFinder | None:
    """Serve mtqa's modules from the bundle from now on (when the cache is on), and keep the
    modules this process imports that it lacks for the next one. Returns the finder installed."""
    entry = _entry()
    if entry is None or any(isinstance(f, BundleFinder) for f in sys.meta_path):
        return None
    finder = BundleFinder(_read(entry) or {})
    # just before Python's path finder: the finders that precede it (import hooks of tools,
    # editable installs) still come first
    at = next((i for i, f in enumerate(sys.meta_path) if f is PathFinder), len(sys.meta_path))
    sys.meta_path.insert(at, finder)
    atexit.register(_save, entry, finder)
    return finder


def _entry(fresh: bool = False) -> Any:
    """The bundle's file for mtqa's source files as they are (`fresh`: as they are now, not as
    this process first found them), or None when the cache is off."""
    root = pack_cache.cache_root()
    if root is None:
        return None
    fingerprint = pack_cache.code_fingerprint.__wrapped__() if fresh else pack_cache.code_fingerprint()
    key = f"{FORMAT}|{sys.version}|{sys.flags.optimize}|{_PACKAGE}|{fingerprint}"
    return root / _FOLDER / f"{digests.sha256(key.encode()).hexdigest()[:32]}.bin"


def _read(entry: Any) -> dict[str, tuple[str, bool, Any]] | None:
    """The kept modules from a whole, undamaged entry (name: path in the package, is a package,
    code object), or None for a miss or a damaged or foreign one."""
    payload = pack_cache.read_checked(entry, _MAGIC)
    if payload is None:
        return None
    try:
        kept = marshal.loads(payload)
        return {name: (rel, bool(is_package), code) for name, rel, is_package, code in kept
                if isinstance(name, str) and isinstance(rel, str) and isinstance(code, CodeType)}
    except (EOFError, ValueError, TypeError):
        return None


def _layout(modules: dict[str, tuple[str, bool, Any]]) -> bytes:
    """The payload `_read` reads: one `marshal` list of (name, path in the package, is a
    package, code object)."""
    return marshal.dumps([(name, rel, is_package, code) for name, (rel, is_package, code) in modules.items()])


def _save(entry: Any, finder: BundleFinder) -> None:
    """Keep the bundle's modules and those of mtqa this process imported from their files,
    unless a source file changed while it ran (their code would not be what the entry's name says)."""
    new = dict(finder.modules)
    for name, module in list(sys.modules.items()):
        if name in new or not (name == "mtqa" or name.startswith("mtqa.")):
            continue
        kept = _kept(name, module)
        if kept is not None:
            new[name] = kept
    if len(new) == len(finder.modules) or _entry(fresh=True) != entry:
        return
    pack_cache.store(entry, pack_cache.seal(_MAGIC, _layout(new)))
    pack_cache.prune(entry.parent, KEEP, entry)


def _kept(name: str, module: Any) -> tuple[str, bool, CodeType] | None:
    """(path in the package, is a package, code) of a module imported from one of mtqa's source
    files, as Python's loader gives its code; None for any other module."""
    spec = getattr(module, "__spec__", None)
    if spec is None or type(spec.loader) is not SourceFileLoader or not spec.origin:
        return None
    loader, file = spec.loader, spec.origin
    rel = os.path.relpath(file, _PACKAGE)
    if rel.startswith(os.pardir) or os.path.isabs(rel):
        return None
    try:
        code = loader.get_code(name)
    except (ImportError, OSError, SyntaxError):
        return None
    return None if code is None else (rel, spec.submodule_search_locations is not None, code)
