"""One input of `mtqa check` and how it is read and checked: the read and check steps of the
pipeline for files, used both in this process and in `--jobs` worker processes.

A CheckerPool resolves each file's configuration (discovered upward, per-file overrides)
and keeps one Session per distinct configuration; `check_task` reads a file (size-capped,
fingerprinted for --fix), picks its format and checks it through that Session. Any failure
of one file becomes its Report's `error`, so one bad file never stops the others.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgspec

from mtqa import config as config_mod
from mtqa.document import decode_input, read_bytes
from mtqa.errors import InputError, MtqaError
from mtqa.fixes import digest
from mtqa.formats import detect
from mtqa.result import Report
from mtqa.session import Session

MAX_BYTES = 50 * 1024 * 1024  # larger inputs are refused with a clear message


class Task(msgspec.Struct, frozen=True):
    """One input to check: a path (or "-" with the stdin text) and the options for it.

    `walked` marks a file found in a directory (only a regular file is read); `skip` says
    why a directory entry is left out (a FIFO, a socket, a broken link).
    """

    path: str
    display: str
    stdin_text: str | None = None
    stdin_bom: bool = False
    stdin_encoding: str | None = None  # a bilingual file's codec, when its text is re-checked after a fix
    walked: bool = False
    skip: str | None = None


def one_configuration(config_path: str | None, isolated: bool) -> None:
    """--isolated with --config would ignore the file the user named: said, not done in silence."""
    if isolated and config_path:
        raise InputError("--isolated ignores every configuration file; leave out --config or --isolated")


def known_rules(overrides: dict) -> None:
    """A rule the command line names must exist; said as the user wrote it (--select), not as
    the library's setting (select)."""
    if overrides.get("select") or overrides.get("ignore"):
        from mtqa import registry

        registry.check_patterns(overrides.get("select"), "--select")
        registry.check_patterns(overrides.get("ignore"), "--ignore")


class CheckerPool:
    """Builds one Session (one Checker) per effective configuration and reuses it for every file.

    `config_for` is the command line's resolver (`mtqa check` and `mtqa rules`): the configuration
    found for a file (or `--config`, or none with `--isolated`), its per-file settings, the
    options' --select and --ignore layered over it (`Config.with_selection`), the rest replacing it."""

    def __init__(self, overrides: dict, config_path: str | None, isolated: bool, stdin_name: str | None = None,
                 project=None) -> None:
        self.overrides = overrides
        self.project = project  # the run's bilingual files, for the consistency rules (mtqa.commands.project)
        self.config_path = config_path
        self.isolated = isolated
        # --stdin-filename: stdin takes that file's configuration and per-file settings, as an
        # editor piping a buffer expects
        self.stdin_name = stdin_name
        self._configs: dict[str, config_mod.Config] = {}
        self._sessions: dict[str, Session] = {}

    def config_for(self, path: str) -> config_mod.Config:
        if path == "-" and self.stdin_name:
            path = self.stdin_name
        if self.isolated:
            base = config_mod.Config()
        elif self.config_path:
            base = self._configs.get("explicit") or self._configs.setdefault("explicit", config_mod.load(self.config_path))
        else:
            start = Path(path).parent if path != "-" else Path.cwd()
            key = str(start.resolve())
            if key not in self._configs:
                found = config_mod.discover(start)
                fkey = str(found) if found else ""
                if fkey not in self._configs:
                    self._configs[fkey] = config_mod.load_file(found) if found else config_mod.Config()
                self._configs[key] = self._configs[fkey]
            base = self._configs[key]
        clean: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in self.overrides.items()}
        # --select and --ignore are layered over the file's lists (Config.for_file), the rest replaces
        cfg = base.for_file(path if path != "-" else None, select=clean.pop("select", None), ignore=clean.pop("ignore", None))
        return replace(cfg, **clean)

    def session_for(self, cfg: config_mod.Config) -> Session:
        key = repr(cfg)
        if key not in self._sessions:
            self._sessions[key] = Session.of(cfg)
        return self._sessions[key]

    def checker_for(self, cfg: config_mod.Config):
        return self.session_for(cfg).checker

    def ready_for_fork(self) -> None:
        """Have every Checker built so far finish what it does on a thread of its own (the
        native scanner's patterns) and read the packs it deferred (`mtqa.pack_data`), so that
        processes forked now share them instead of each doing it again (`mtqa.commands.run`)."""
        for session in self._sessions.values():
            session.checker.scanner.ready()
            session.checker.read_packs()


def read_aux(path: str | None, encoding: str) -> str | None:
    if not path:
        return None
    return decode_input(read_bytes(path, MAX_BYTES), path, encoding).text


def check_task(task: Task, pool: CheckerPool, reference: str | None, source: str | None) -> Report:
    """Check one input; input problems (and any failure of one file) become a Report with
    `error` set, so one bad file never stops the others."""
    if task.skip is not None:  # an entry the walk could not read (a folder it cannot list)
        return Report(path=task.display, error=task.skip)
    try:
        cfg = pool.config_for(task.path)
        bilingual = bilingual_format(task, cfg)
        if bilingual is not None:
            return _check_bilingual(task, pool, cfg, bilingual, reference, source)
        encoding = cfg.encoding or "utf-8"
        fingerprint = None
        if task.stdin_text is not None:
            text, bom = task.stdin_text, task.stdin_bom
        else:
            data = read_bytes(task.path, MAX_BYTES, regular_only=task.walked)
            decoded = decode_input(data, task.display, encoding)
            text, bom, fingerprint = decoded.text, bool(decoded.bom), digest(data)
            del data
        session = pool.session_for(cfg)
        fmt = cfg.input_format or detect(task.path if task.path != "-" else task.display)
        report = session.check(session.document(text, path=task.display, format=fmt, source=source,
                                                reference=reference, bom=bom))
    except MtqaError as exc:
        return Report(path=task.display, error=without_name(str(exc), task))
    except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        _traceback_if_asked(task)
        return Report(path=task.display, error=f"cannot check: {type(exc).__name__}: {exc}")
    except Exception as exc:  # a fault of mtqa's own on this file: said for it, and the others still checked
        _traceback_if_asked(task)
        return Report(path=task.display, error=f"{INTERNAL_ERROR} (a bug in mtqa, not in the file): "
                                               f"{type(exc).__name__}: {exc}")
    report.digest = fingerprint
    return report


# How a file's error begins when mtqa itself failed on it (`is_internal`, `internal_error_note`).
INTERNAL_ERROR = "internal error"


def is_internal(error: str | None) -> bool:
    """Whether a Report's error is a failure of mtqa's own, not of the input."""
    return error is not None and error.startswith(INTERNAL_ERROR)


def internal_error_note(files: int) -> str:
    """What a run says once at its end when mtqa failed on some files: that it is mtqa's bug, that
    the others were checked, how to see the traceback and what to send. The exit status is 2, as
    for a file that cannot be read: ruff (and ESLint, Prettier, RuboCop) exit 2 for an internal
    error as for a bad configuration or input, and a pipeline reads 2 as "not checked"."""
    which = "a file" if files == 1 else f"{files} files"
    return (f"mtqa: note: mtqa failed on {which} through a bug of its own (\"internal error\" above); the "
            "other files were checked. Run it again with MTQA_DEBUG=1 to print the traceback, and "
            "report the bug with that traceback, `mtqa --version` and, if you can, the file.")


def _traceback_if_asked(task: Task) -> None:
    """With MTQA_DEBUG set, the traceback of the exception being handled, on stderr; the run goes
    on to the other files, as it does without."""
    if os.environ.get("MTQA_DEBUG"):
        import sys
        import traceback

        print(f"mtqa: traceback for {task.display}:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)


def bilingual_format(task: Task, cfg) -> str | None:
    from mtqa.bilingual import detect as detect_bilingual

    if cfg.input_format:
        return cfg.input_format if cfg.input_format in ("xliff", "tmx", "po") else None
    return detect_bilingual(task.path if task.path != "-" else task.display)


def _check_bilingual(task: Task, pool: CheckerPool, cfg, fmt: str, reference, source) -> Report:
    """A bilingual file (XLIFF, TMX, PO) carries its own source: checked segment by segment.

    Read like any other input (only a regular file when walked, size-capped) and fingerprinted,
    so a --fix refuses to write it if it changed since it was read; errors are raised for
    check_task to turn into the file's error."""
    from mtqa.bilingual import decode
    from mtqa.bilingual.check import MAX_BYTES as BILINGUAL_MAX_BYTES

    if reference is not None or source is not None:
        raise InputError(f"{task.display}: --source and --reference do not apply to bilingual files "
                         f"(each segment is checked with its own source)")
    session = pool.session_for(cfg)
    if task.stdin_text is not None:
        return session.check_bilingual(task.stdin_text, fmt, task.display, task.stdin_encoding or "utf-8",
                                       task.stdin_bom, pool.project)
    data = read_bytes(task.path, BILINGUAL_MAX_BYTES, regular_only=task.walked)
    text, codec, bom = decode(data, fmt, task.display)
    fingerprint = digest(data)
    del data
    report = session.check_bilingual(text, fmt, task.display, codec, bom, pool.project)
    report.digest = fingerprint
    return report


def without_name(message: str, task: Task) -> str:
    """An error message without the file name in front (reports name the file themselves)."""
    for name in (task.display, task.path):
        message = message.removeprefix(f"{name}: ")
    return message
