"""The benchmark scripts run this checkout's mtqa (by path, or as `python -m mtqa` with the same
interpreter), so its dependencies must be installed in the Python that runs them
(``pip install -e '.[dev]'``). Each script calls `require_dependencies()` once, right after it
puts the checkout on `sys.path` and before it imports mtqa or reads its arguments.

The scripts are not modules of a package and some run others' functions: `load_script` loads a
sibling script (or the corpus's loader) by its path, the one way they all do it; `report_json`
prints a research round's figures and writes them where `--json` asks, as they all do;
`round_arguments` and `kept_rows` are the arguments and the reading of kept rows that the rounds
judging profiles (twentieth on) share."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType


def require_dependencies(script: str | None = None) -> None:
    """Exit 2 naming what to install when this Python lacks one of mtqa's own dependencies, rather
    than end in a traceback from deep inside mtqa's imports. `script` names the script in the
    message (default: the one being run, `sys.argv[0]`)."""
    try:
        import mtqa.engine  # noqa: F401  (the engine reads mtqa's core dependencies)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] == "mtqa":
            raise
        name = script or f"benchmarks/{Path(sys.argv[0]).name}"
        print(f"{name}: this Python has no {exc.name}, which mtqa needs; install this checkout first: "
              "pip install -e '.[dev]'", file=sys.stderr)
        raise SystemExit(2) from None


def load_script(name: str, path: Path) -> ModuleType:
    """The script at `path`, run once as the module `name` and kept as `sys.modules[name]` (what
    it defines, dataclasses and Structs, looks its module up there while it is built)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"benchmarks: no script at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def report_json(figures: object, path: Path | None) -> None:
    """The figures as indented JSON on stdout and, when `path` is given (a script's `--json`), in
    that file too, so that the printed and the recorded figures are one text."""
    text = json.dumps(figures, indent=2)
    print(text)
    if path:
        path.write_text(text + "\n", encoding="utf-8")


def read_family_rows(path: Path, keys: frozenset[str]) -> list[dict]:
    """The rows `translationese_families.py --rows` wrote, each holding `keys`, for a research
    round that reads them instead of checking the corpus again; OSError or ValueError otherwise."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list) or not all(isinstance(r, dict) and keys <= r.keys() for r in rows):
        raise ValueError("not the rows translationese_families.py --rows writes")
    return rows


# what a profile round (the twentieth on) reads of each kept row
PROFILE_ROW_KEYS = frozenset({"f", "counts", "batch", "file", "site", "mt"})


def round_arguments(doc: str) -> argparse.ArgumentParser:
    """A research round's parser with the two arguments every round reading kept rows takes:
    `--from` (the rows `translationese_families.py --rows` kept) and `--json`."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True,
                    help="the rows `translationese_families.py --rows` kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    return ap


def kept_rows(script: str, source: Path, keys: frozenset[str] = PROFILE_ROW_KEYS) -> list[dict] | None:
    """The kept rows at `source` (`read_family_rows`), or None after a message naming `script` on
    stderr when they cannot be read (the caller exits 2)."""
    try:
        return read_family_rows(source, keys)
    except (OSError, ValueError) as exc:
        print(f"{script}: cannot read {source}: {exc}", file=sys.stderr)
        return None
