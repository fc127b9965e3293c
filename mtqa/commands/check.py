"""`mtqa check`: gather inputs, check them (in parallel with --jobs), report, fix.

Inputs stream through the checker one at a time and reports are rendered as they come
for the text format, so memory stays flat over large corpora; order is always the order
of the inputs (sorted within a directory), whatever --jobs is.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

from mtqa import config as config_mod
from mtqa.cli import EXIT_ERROR, EXIT_FAIL, EXIT_PASS, _split
from mtqa.document import Document, decode, decode_input, file_kind, read_bytes
from mtqa.errors import InputError, MtqaError
from mtqa.fixes import digest
from mtqa.finding import Applicability
from mtqa.formats import detect
from mtqa.report.common import printable
from mtqa.result import Report

MAX_BYTES = 50 * 1024 * 1024  # larger inputs are refused with a clear message


@dataclass(frozen=True)
class Task:
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


def _overrides(args) -> dict:
    o = {
        "select": _split(args.select),
        "ignore": _split(args.ignore),
        "locale": args.locale,
        "style": args.style,
        "fail_under": args.fail_under,
        "fail_on": args.fail_on,
        "preview": args.preview,
        "encoding": args.encoding,
        "input_format": args.input_format,
        "languagetool": args.languagetool,
    }
    if args.rules_dir:
        o["rules_dir"] = tuple(str(Path(d).resolve()) for d in args.rules_dir)
    return {k: v for k, v in o.items() if v is not None}


class CheckerPool:
    """Builds one Checker per effective configuration and reuses it for every file."""

    def __init__(self, overrides: dict, config_path: str | None, isolated: bool) -> None:
        self.overrides = overrides
        self.config_path = config_path
        self.isolated = isolated
        self._configs: dict[str, config_mod.Config] = {}
        self._checkers: dict[str, object] = {}

    def config_for(self, path: str) -> config_mod.Config:
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
        cfg = base.for_file(path if path != "-" else None)
        clean: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in self.overrides.items()}
        return replace(cfg, **clean)

    def checker_for(self, cfg: config_mod.Config):
        key = repr(cfg)
        if key not in self._checkers:
            from mtqa.engine import Checker

            self._checkers[key] = Checker(cfg)
        return self._checkers[key]


def _read_aux(path: str | None, encoding: str) -> str | None:
    if not path:
        return None
    return decode_input(read_bytes(path, MAX_BYTES), path, encoding).text


def check_task(task: Task, pool: CheckerPool, reference: str | None, source: str | None) -> Report:
    """Check one input; input problems (and any failure of one file) become a Report with
    `error` set, so one bad file never stops the others."""
    try:
        cfg = pool.config_for(task.path)
        bilingual = _bilingual_format(task, cfg)
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
        checker = pool.checker_for(cfg)
        fmt = cfg.input_format or detect(task.path if task.path != "-" else task.display)
        doc = Document(text, locale=checker.locale, format=fmt, path=task.display, source=source,
                       reference=reference, bom=bom)
        report = checker.check_document(doc)
    except MtqaError as exc:
        return Report(path=task.display, error=_without_name(str(exc), task))
    except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        if os.environ.get("MTQA_DEBUG"):
            raise
        return Report(path=task.display, error=f"cannot check: {type(exc).__name__}: {exc}")
    report.digest = fingerprint
    return report


def _bilingual_format(task: Task, cfg) -> str | None:
    from mtqa.bilingual import detect as detect_bilingual

    if cfg.input_format:
        return cfg.input_format if cfg.input_format in ("xliff", "tmx", "po") else None
    return detect_bilingual(task.path if task.path != "-" else task.display)


def _check_bilingual(task: Task, pool: CheckerPool, cfg, fmt: str, reference, source) -> Report:
    """A bilingual file (XLIFF, TMX, PO) carries its own source: checked segment by segment.

    Read like any other input (only a regular file when walked, size-capped) and fingerprinted,
    so a --fix refuses to write it if it changed since it was read; errors are raised for
    check_task to turn into the file's error."""
    from mtqa.bilingual import check_text, decode
    from mtqa.bilingual.check import MAX_BYTES as BILINGUAL_MAX_BYTES

    if reference is not None or source is not None:
        raise InputError(f"{task.display}: --source and --reference do not apply to bilingual files "
                         f"(each segment is checked with its own source)")
    checker = pool.checker_for(cfg)
    if task.stdin_text is not None:
        return check_text(checker, task.stdin_text, fmt, task.display, task.stdin_encoding or "utf-8",
                          task.stdin_bom)
    data = read_bytes(task.path, BILINGUAL_MAX_BYTES, regular_only=task.walked)
    text, codec, bom = decode(data, fmt, task.display)
    fingerprint = digest(data)
    del data
    report = check_text(checker, text, fmt, task.display, codec, bom)
    report.digest = fingerprint
    return report


def _without_name(message: str, task: Task) -> str:
    for name in (task.display, task.path):
        message = message.removeprefix(f"{name}: ")
    return message


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[tuple[Path, str | None]]:
    """(path, why skipped or None) for the files under `root` that `include` takes, in sorted
    order, depth first, on an explicit stack (any depth). Hidden and excluded directories
    are pruned; links to directories are not followed (no cycles). Only regular files (or
    links to them) are taken; anything else that matches is yielded with the reason."""
    stack: list[Path] = [root]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield here, f"cannot list directory ({exc.strerror or exc})"
            continue
        subdirs = []
        for e in entries:
            p = Path(e.path)
            try:
                is_dir = e.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if not e.name.startswith(".") and not _excluded(p, root, exclude):
                    subdirs.append(p)
                continue
            rel = p.relative_to(root).as_posix()
            if not any(fnmatch.fnmatchcase(e.name, g) or fnmatch.fnmatchcase(rel, g) for g in include):
                continue
            if _excluded(p, root, exclude):
                continue
            yield p, _not_regular(p)
        stack.extend(reversed(subdirs))


def _not_regular(p: Path) -> str | None:
    """Why a directory entry cannot be read as a text file, or None for a regular file."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(p) else "vanished while listed"
    except OSError as exc:
        return f"cannot stat ({exc.strerror or exc})"
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "a link to a directory (not followed)"
    return f"not a regular file ({file_kind(st.st_mode)})"


def _excluded(p: Path, root: Path, exclude: tuple[str, ...]) -> bool:
    rel = p.relative_to(root).as_posix()
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(p.name, g) or fnmatch.fnmatchcase(rel, g.rstrip("/*"))
               for g in exclude)


def gather(args, pool: CheckerPool) -> Iterator[Task]:
    """Expand the command line into tasks, lazily (a directory of 100,000 files is walked as it
    is checked, never held in memory). Every path is validated before the first task is
    yielded: an empty directory or a second stdin is an InputError before any output."""
    paths = args.paths
    if not paths:
        raise InputError("no input: give files, directories or - for stdin")
    if paths.count("-") > 1:
        raise InputError("stdin (-) given twice")
    plan: list[tuple[str, object]] = []
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            cfg = pool.config_for("-")
            text, bom = decode(data, "<stdin>", cfg.encoding or "utf-8")
            plan.append(("task", Task("-", args.stdin_filename or "-", text, bom)))
            continue
        p = Path(raw)
        if p.is_dir():
            cfg = pool.config_for(str(p / "x"))
            include = tuple(args.include) if args.include else cfg.include
            exclude = tuple(args.exclude or ()) + cfg.exclude
            if next((f for f, why in _walk(p, include, exclude) if why is None), None) is None:
                raise InputError(f"{raw}: no text files found (include: {', '.join(include)})")
            plan.append(("dir", (p, include, exclude)))
        else:
            plan.append(("task", Task(str(p), raw)))  # a missing file is reported as a per-file error
    return _expand(plan)


def _expand(plan: list) -> Iterator[Task]:
    for kind, item in plan:
        if kind == "task":
            yield item
        else:
            p, include, exclude = item
            for f, why in _walk(p, include, exclude):
                yield Task(str(f), str(f), walked=True, skip=why)


def _colour(args) -> bool:
    if args.color is not None:
        return args.color
    if os.environ.get("NO_COLOR"):
        return False
    if args.output:
        return False
    return sys.stdout.isatty()


def _check_output(path: str | None) -> None:
    """Refuse a report destination that cannot be written before checking anything."""
    if not path:
        return
    parent = Path(path).parent
    if not parent.is_dir():
        raise InputError(f"{path}: cannot write the report: directory {str(parent)!r} does not exist")
    if Path(path).is_dir():
        raise InputError(f"{path}: cannot write the report: is a directory")


def _skipping(tasks: Iterator[Task]) -> Iterator[Task]:
    """Drop the directory entries that are not text files, with a note on stderr for each."""
    for t in tasks:
        if t.skip is not None:
            print(f"{printable(t.display)}: note: skipped: {printable(t.skip)}", file=sys.stderr)
            continue
        yield t


def run_check(args) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    _check_output(args.output)
    pool = CheckerPool(_overrides(args), args.config, args.isolated)
    base_cfg = pool.config_for(str(Path.cwd() / "x"))
    pool.checker_for(base_cfg)  # fail early on a bad selection, locale or pack
    encoding = base_cfg.encoding or "utf-8"
    reference = _read_aux(args.reference, encoding)
    source = _read_aux(args.source, encoding)
    if args.reference is not None and not (reference or "").strip():
        raise InputError(f"{args.reference}: reference is empty")
    tasks = _skipping(gather(args, pool))
    if args.changed_only is not None:
        tasks = list(tasks)  # --changed-only asks git about every path first
    baseline, writer, changed = _baseline_options(args, tasks)

    from mtqa.commands.run import iter_reports
    from mtqa.report import renderer

    fixing = args.fix or args.diff
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if args.unsafe_fixes else set())
    stream_text = args.format == "text" and not args.output
    colour = _colour(args)
    text_mod = renderer("text")
    out_fh = sys.stderr if (args.fix and "-" in args.paths) else sys.stdout
    reports: list[Report] = []
    counts = {"files": 0, "passed": 0, "failed": 0, "errors": 0}
    worst = EXIT_PASS
    # Workers may render the streamed text report themselves when nothing else needs the findings.
    render = ({"colour": colour, "quiet": args.quiet}
              if stream_text and not fixing and not (baseline or writer or changed) else None)
    for task, report in iter_reports(tasks, pool, reference, source, args.jobs, sys.stderr.isatty(), render):
        chunk = None
        if render is not None:
            chunk, report = report.lines, report.report
        if fixing and report.ok:
            report = _apply_fixes(task, report, args, allowed, pool, reference, source)
        if report.ok and (baseline or writer or changed):
            report = _filter(task, report, pool, baseline, writer, changed)
        counts["files"] += 1
        if report.error is not None:
            worst = EXIT_ERROR
            counts["errors"] += 1
        elif not report.passed:
            worst = EXIT_FAIL if worst == EXIT_PASS else worst
            counts["failed"] += 1
        else:
            counts["passed"] += 1
        if stream_text:  # rendered and dropped at once: memory stays flat over any corpus
            if chunk is None:
                chunk = text_mod.render_file(report, colour=colour, quiet=args.quiet)
            # A file that could not be checked is an error: it goes to stderr with the others.
            print("\n".join(chunk) + ("" if args.quiet else "\n"), file=sys.stderr if report.error else out_fh,
                  flush=True)
        else:
            if report.error is not None:
                print(f"mtqa: error: {printable(report.path or '-')}: {printable(report.error)}", file=sys.stderr)
            reports.append(report)
    if writer is not None:
        writer.write()
        print(f"mtqa: wrote {writer.count} finding{'s' if writer.count != 1 else ''} from "
              f"{len(writer.files)} file{'s' if len(writer.files) != 1 else ''} to {args.write_baseline}",
              file=sys.stderr)
    if stream_text:
        if counts["files"] > 1:
            print(f"{counts['files']} files: {counts['passed']} passed, {counts['failed']} failed, "
                  f"{counts['errors']} errors", file=out_fh)
    else:
        rendered = renderer(args.format).render(reports, colour=colour, quiet=args.quiet)
        if args.output:
            try:
                Path(args.output).write_text(rendered, encoding="utf-8")
            except OSError as exc:
                raise InputError(f"{args.output}: cannot write the report ({exc.strerror or exc})") from None
        else:
            sys.stdout.write(rendered)
    return worst


def _file_encoding(task: Task, pool: CheckerPool) -> str:
    """The codec a file's fixes are written in (its BOM's, else the configured one)."""
    encoding = pool.config_for(task.path).encoding or "utf-8"
    if task.stdin_text is not None:
        return "utf-8"
    try:
        with open(task.path, "rb") as fh:
            head = fh.read(4)
        return decode_input(head, task.display, encoding).encoding
    except (OSError, MtqaError):
        return encoding


def _baseline_options(args, tasks):
    """Load --baseline, prepare --write-baseline and --changed-only (errors before any check)."""
    from mtqa.baseline import Baseline, BaselineWriter

    baseline = Baseline.load(args.baseline) if args.baseline else None
    writer = BaselineWriter(args.write_baseline) if args.write_baseline else None
    changed = None
    if args.changed_only is not None:
        from mtqa.changed import ChangedLines

        changed = ChangedLines(args.changed_only)
        changed.prepare([t.path for t in tasks])
    return baseline, writer, changed


def _filter(task: Task, report: Report, pool: CheckerPool, baseline, writer, changed) -> Report:
    """Apply --changed-only, then --baseline (or record for --write-baseline); scores recomputed."""
    from mtqa.baseline import restrict

    policy = pool.checker_for(pool.config_for(task.path)).policy
    if changed is not None:
        report = changed.apply(report, task.path, policy)
    if writer is not None:
        writer.add(report)
        n = len(report.findings)
        if n:
            report = restrict(report, [], policy, f"{n} finding{'s' if n != 1 else ''} written to the baseline")
    elif baseline is not None:
        report = baseline.apply(report, policy)
    return report


def _apply_fixes(task: Task, report: Report, args, allowed, pool: CheckerPool, reference, source) -> Report:
    """Apply fixes until none is left (overlapping fixes settle over passes), then write once.

    Like ruff, fixes are applied in passes: a fix deferred because it overlapped another is
    applied in the next pass, so one `--fix` leaves nothing for a second one to change.
    """
    from mtqa.fixes import MAX_PASSES, ChangedOnDisk, apply_fixes, encodable, write_atomic

    encoding = report.encoding or _file_encoding(task, pool)  # a bilingual file's own codec
    current, total, passes = report, 0, 0
    unwritable: dict[str, int] = {}
    new_text = report.text
    while passes < MAX_PASSES:
        # A fix the file's encoding cannot hold (a curly quote in latin-1) is reported, not applied.
        fixable, bad = encodable(current.findings, encoding)
        unwritable = {}
        for f in bad:
            if f.fix.applicability in allowed:
                unwritable[f.rule_id] = unwritable.get(f.rule_id, 0) + 1
        new_text, count = apply_fixes(current.text, fixable, allowed)
        if not count:
            break
        total += count
        passes += 1
        current = check_task(Task(task.path, task.display, new_text, report.bom, report.encoding), pool, reference,
                             source)
        if current.error is not None:  # a fix that broke the file is never written
            return replace(report, error=f"fixes not written: {current.error}")
    new_text = current.text
    if unwritable:
        n = sum(unwritable.values())
        current.notes.insert(0, f"{n} fix{'es' if n != 1 else ''} not applied: {encoding} cannot encode the "
                                f"replacement ({', '.join(sorted(unwritable))})")
    if args.diff:
        if total:
            diff = difflib.unified_diff(report.text.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                        fromfile=f"a/{task.display}", tofile=f"b/{task.display}")
            sys.stdout.write("".join(diff))
            if not new_text.endswith(("\n", "\r")):
                sys.stdout.write("\n\\ No newline at end of file\n")
        return report
    if task.stdin_text is not None:
        sys.stdout.write(new_text)
        sys.stdout.flush()
    elif total:
        try:
            data = read_bytes(task.path, MAX_BYTES if report.encoding is None else None)
            if report.digest is not None and digest(data) != report.digest:
                raise ChangedOnDisk(task.display)
            if report.encoding is not None:  # a bilingual file: its own codec, as it was read
                codec, bom = report.encoding, report.bom
            else:
                decoded = decode_input(data, task.display, pool.config_for(task.path).encoding or "utf-8")
                codec, bom = decoded.encoding, decoded.bom
            del data
            write_atomic(task.path, new_text, codec, bom, expected=report.digest)
        except ChangedOnDisk:
            return replace(report, error="changed since it was checked; fixes not written (check it again)")
        except (MtqaError, OSError, UnicodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return replace(report, error=f"fixes not written: {_without_name(why, task)}")
    if total:
        # Report what is left after fixing, as ruff does.
        current.notes.insert(0, f"applied {total} fix{'es' if total != 1 else ''}")
    return current
