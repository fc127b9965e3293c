"""`mtqa check --watch PATH...`: check the paths, then check again each file as it is saved, as
ruff's `check --watch` does, until Ctrl-C (exit 0).

File events come from watchfiles (MIT; the `watch` extra), imported here only: a plain check
never loads it. Its own debounce groups an editor's burst of events for one save (a temporary
file written, then renamed over the story) into one re-check. Only files the command line would
check are re-checked (a folder's include and exclude apply; an editor's swap file is not
copy); a changed configuration file re-checks every path, with the settings as they now are.
A run's error (a file that turned unreadable or undecodable, a configuration with a slip) is
said and the watch goes on: the user is mid-edit and will fix it.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path
from typing import Callable

from mtqa.errors import InputError, MtqaError

CONFIG_NAMES = ("mtqa.toml", ".mtqa.toml", "pyproject.toml")
CLEAR = "\x1b[2J\x1b[3J\x1b[H"  # erase the screen and its scroll-back, cursor home (what `clear` prints)
WAKE_MS = 500  # the watcher's wait for events, at most, before the loop looks again (empty batch)
STEP_MS = 100  # quiet time after the last event before a batch is checked (watchfiles' `step`)


def run_watch(args: Namespace, run_check: Callable[[Namespace], int],
              files_checked: Callable[[Namespace], list[str]]) -> int:
    """Check every path once, then each changed file again, until interrupted (exit 0).
    `run_check` checks a command line; `files_checked` lists the files it would check (both
    mtqa.commands.check's, handed in: this module imports nothing of it, so no loop)."""
    _refuse_what_cannot_be_watched(args)
    watch = _watchfiles()

    configs = _config_files(args)
    roots = sorted({str(_watched_folder(Path(p))) for p in [*args.paths, *configs]})
    first = True
    try:
        # The first (empty) batch comes once the watcher is running: files saved during the first
        # check are then in the next batch, not missed.
        for changes in watch(*roots, step=STEP_MS, rust_timeout=WAKE_MS, yield_on_timeout=True,
                             raise_interrupt=True):
            if first:
                first = False
                _run(run_check, args, args.paths, "mtqa: checking every path")
                print("mtqa: watching for changes (Ctrl-C to stop)", file=sys.stderr, flush=True)
                continue
            if not changes:
                continue
            changed = {Path(path).resolve() for _, path in changes}
            if any(p.name in CONFIG_NAMES or p in configs for p in changed):
                _run(run_check, args, args.paths, "mtqa: configuration changed; checking every path again")
                continue
            paths = _changed_files(args, changed, files_checked)
            if paths:
                _run(run_check, args, paths, "mtqa: file change detected; checking again")
    except KeyboardInterrupt:
        pass
    except FileNotFoundError as exc:  # a watched folder removed
        raise InputError(f"--watch: {exc.filename or exc}: no longer exists") from None
    print("mtqa: stopped watching", file=sys.stderr)
    return 0


def _refuse_what_cannot_be_watched(args: Namespace) -> None:
    """stdin cannot change; --fix would save the files it watches and check them again for ever;
    --diff, --output, --write-baseline and --show-settings are one-off answers."""
    if not args.paths:
        raise InputError("--watch needs files or folders to watch")
    if "-" in args.paths:
        raise InputError("--watch cannot watch stdin (-): name files or folders")
    for flag, given in (("--fix", args.fix), ("--diff", args.diff), ("--output", args.output),
                        ("--write-baseline", args.write_baseline), ("--show-settings", args.show_settings)):
        if given:
            raise InputError(f"--watch cannot be used with {flag}")
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise InputError(f"--watch: {missing[0]}: no such file or folder")


def _config_files(args: Namespace) -> set[Path]:
    """The configuration file named by --config (any name: `desk.toml` too), resolved, so that
    saving it re-checks every path even when it lies outside the watched folders."""
    return {Path(args.config).resolve()} if getattr(args, "config", None) else set()


def _watchfiles():
    """watchfiles.watch, or a clear message naming the extra that installs it."""
    try:
        from watchfiles import watch
    except ImportError:
        raise InputError("--watch needs the watchfiles package: pip install 'mtqa[watch]'") from None
    return watch


def _watched_folder(path: Path) -> Path:
    """A folder as given; a file's own folder (an editor saves by writing a new file and renaming
    it over the old one: a watch on the old file itself would see that once, then nothing)."""
    return path.resolve() if path.is_dir() else path.resolve().parent


def _changed_files(args: Namespace, changed: set[Path], files_checked: Callable[[Namespace], list[str]]) -> list[str]:
    """The changed files the command line checks, as it names them (a named file that was
    removed stays in: its check says so)."""
    try:
        return [path for path in files_checked(args) if Path(path).resolve() in changed]
    except MtqaError as exc:  # a folder emptied of text files: said, and the watch goes on
        print(f"mtqa: error: {exc}", file=sys.stderr)
        return []


def _run(run_check: Callable[[Namespace], int], args: Namespace, paths: list[str], heading: str) -> None:
    """One check of `paths` with the command line's other options; the screen cleared first
    on a terminal only (a pipe or a log keeps every run); an error said, not raised."""
    if sys.stdout.isatty():
        sys.stdout.write(CLEAR)
    print(heading, file=sys.stderr, flush=True)
    try:
        run_check(Namespace(**{**vars(args), "paths": paths, "watch": False}))
    except MtqaError as exc:
        print(f"mtqa: error: {exc}", file=sys.stderr)
    sys.stdout.flush()
