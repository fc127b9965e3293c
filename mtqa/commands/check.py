"""`mtqa check`: gather inputs, check them (in parallel with --jobs), report, fix.

Inputs stream through the checker one at a time and reports are rendered as they come
for the text format, so memory stays flat over large corpora; order is always the order
of the inputs (sorted within a directory), whatever --jobs is.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import gc
import itertools
import os
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from mtqa.commands import EXIT_ERROR, EXIT_FAIL, EXIT_PASS, collect_again, collect_less, split_list
from mtqa.commands.config_notes import ConfigNotes
from mtqa.commands.project import gather_project
from mtqa.commands.run import iter_reports
from mtqa.commands.tasks import (MAX_BYTES, CheckerPool, Task, check_task, internal_error_note, is_internal,
                                 known_rules, one_configuration, read_aux, without_name)
from mtqa.document import decode_input, file_kind, read_at_most, read_bytes, read_head
from mtqa.errors import InputError, MtqaError
from mtqa.fixes import MAX_PASSES, digest
from mtqa.report.common import files_line, is_html_report, printable
from mtqa.result import Report
from mtqa.session import Session


def _overrides(args) -> dict:
    o = {
        "select": split_list(args.select, "--select"),
        "ignore": split_list(args.ignore, "--ignore"),
        "locale": args.locale,
        "style": args.style,
        "fail_under": args.fail_under,
        "fail_on": args.fail_on,
        "preview": args.preview,
        "encoding": args.encoding,
        "input_format": args.input_format,
        "languagetool": args.languagetool,
        "source_profile": args.source_profile,
        "locked": args.locked,
        "user_pattern_budget": args.user_pattern_budget,
        "segment_states": tuple(s for group in args.segment_state for s in group) if args.segment_state else None,
    }
    if args.rules_dir:
        o["rules_dir"] = tuple(str(Path(d).resolve()) for d in args.rules_dir)
    return {k: v for k, v in o.items() if v is not None}


# Exclude patterns with the folder each is matched from: (folder, globs)
Exclusions = list[tuple[Path, tuple[str, ...]]]


def _walk(root: Path, include: tuple[str, ...], exclude: Exclusions) -> Iterator[tuple[Path, str | None]]:
    """(path, why skipped or None) for the files under `root` that `include` takes, in sorted
    order, depth first, on an explicit stack (any depth). Hidden and excluded directories
    are pruned (`exclude` matched from the folder each pattern belongs to, `_exclusions`); links
    to directories are not followed (no cycles). Only regular files (or links to them) are taken;
    anything else that matches is yielded with the reason."""
    base = root.resolve()  # the folders exclude patterns are relative to are resolved too
    stack: list[Path] = [root]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield here, f"{UNLISTED} ({exc.strerror or exc})"
            continue
        subdirs = []
        for e in entries:
            p = Path(e.path)
            try:
                is_dir = e.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if not e.name.startswith(".") and not _matches_exclusion(base / p.relative_to(root), exclude):
                    subdirs.append(p)
                continue
            rel = p.relative_to(root).as_posix()
            if not any(fnmatch.fnmatchcase(e.name, g) or fnmatch.fnmatchcase(rel, g) for g in include):
                continue
            if _matches_exclusion(base / rel, exclude):
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
        if exc.errno == errno.ELOOP:
            return f"{LINK_LOOP} ({exc.strerror or exc})"
        return f"{UNSTATABLE} ({exc.strerror or exc})"
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "a link to a directory (not followed)"
    return f"not a regular file ({file_kind(st.st_mode)})"


def _pass_through(data: bytes, args) -> None:
    """An excluded stdin (--force-exclude with --stdin-filename): not checked, and with --fix its
    bytes go back unchanged, as ruff's do: an editor that pipes its buffer through `--fix -`
    gets it back whole rather than emptied."""
    _write_back([data], args)


def _pass_through_rest(head: bytes, args) -> None:
    """stdin over the size limit: not checked, and with --fix what was read and the rest of it,
    never held whole, go back unchanged (stop 48: the bytes past the limit were never read, so
    an editor piping a large buffer through `--fix -` got nothing back)."""
    _write_back(itertools.chain([head], iter(lambda: sys.stdin.buffer.read(1 << 20), b"")), args)


def _write_back(chunks: Iterable[bytes], args) -> None:
    """With --fix, stdin's bytes to stdout unchanged, chunk by chunk (a text-only stream put in
    stdout's place by a host gets them decoded across chunks)."""
    if not args.fix:
        return
    raw = getattr(sys.stdout, "buffer", None)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    sys.stdout.flush()
    for chunk in chunks:
        if raw is None:
            sys.stdout.write(decoder.decode(chunk))
        else:
            raw.write(chunk)
    if raw is None:
        sys.stdout.write(decoder.decode(b"", final=True))
    else:
        raw.flush()


def _exclusions(cfg, given: list[str] | None) -> Exclusions:
    """Where exclude patterns are matched from, as ruff resolves them: the configuration's
    `exclude` from the folder of the file that set it (an extended file's from its own), and
    --exclude from the working folder. A walk and --force-exclude both use them, so one pattern
    leaves out the same files whichever folder is named on the command line."""
    source = cfg.source_of("exclude")
    roots = [(Path(source).resolve().parent if source else Path.cwd().resolve(), cfg.exclude)] if cfg.exclude else []
    if given:
        roots.append((Path.cwd().resolve(), tuple(given)))
    return roots


def _matches_exclusion(path: Path, exclusions: Exclusions) -> bool:
    """Whether an absolute `path` matches a pattern: its path from the pattern's folder, or its
    name (a pattern such as `drafts` or `*.bak` names a file or folder anywhere)."""
    for root, globs in exclusions:
        try:
            rel = path.relative_to(root).as_posix()
        except ValueError:  # outside that folder: only a pattern naming the file matches it
            if any(fnmatch.fnmatchcase(path.name, g) for g in globs):
                return True
            continue
        if any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(path.name, g) or fnmatch.fnmatchcase(rel, g.rstrip("/*"))
               for g in globs):
            return True
    return False


def _force_excluded(p: Path, cfg, given: list[str] | None) -> bool:
    """--force-exclude: whether a file or folder named on the command line is excluded, as a walk would
    leave it out (`_exclusions`), testing the file and each folder above it up to the pattern's folder."""
    path = p.resolve() if p.exists() else Path(os.path.abspath(p))
    for root, globs in _exclusions(cfg, given):
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            if _matches_exclusion(path, [(root, globs)]):
                return True
            continue
        if any(_matches_exclusion(root.joinpath(*parts[:i]), [(root, globs)]) for i in range(1, len(parts) + 1)):
            return True
    return False


def gather(args, pool: CheckerPool) -> Iterator[Task]:
    """Expand the command line into tasks, lazily (a directory of 100,000 files is walked as it
    is checked, never held in memory). Every path is validated before the first task is
    yielded: a second stdin, or a lone directory without text files, is an InputError before
    any output. A directory without text files beside other inputs is that path's error
    (exit 2) and the others are checked, as a missing file among them is."""
    paths = args.paths
    if not paths:
        raise InputError("no input: give files, directories or - for stdin")
    if paths.count("-") > 1:
        raise InputError("stdin (-) given twice")
    plan: list[tuple[str, object]] = []
    for raw in paths:
        if raw == "-":
            step = _stdin_step(args, pool, lone=len(paths) == 1)
        elif Path(raw).is_dir():
            step = _folder_step(raw, args, pool, lone=len(paths) == 1)
        elif args.force_exclude and _force_excluded(Path(raw), pool.config_for(str(Path(raw))), args.exclude):
            step = None  # as ruff's --force-exclude: left out without a word (a hook's staged draft)
        else:
            step = ("task", Task(str(Path(raw)), raw))  # a missing file is reported as a per-file error
        if step is not None:
            plan.append(step)
    tasks = _expand(plan, _destinations(args))
    return _once(tasks) if len(paths) > 1 else tasks


def _destinations(args) -> dict[str, str]:
    """Why a file found in a folder is not copy: this run writes its report or baseline there, or
    reads its baseline, source or reference there (`-o report.html .` run twice checked the first
    run's report, and failed where it had passed; with --fix it fixed the report before writing
    over it; `--source fr.txt .` failed the French source as untranslated copy, and `--reference
    ref.txt --fix .` scored the reference against itself and fixed it). By real path. A file named
    on the command line as both is refused before (`_not_an_input`), or, for a source or
    reference, checked as asked."""
    files = (("writes its report", "--output", args.output),
             ("writes its baseline", "--write-baseline", args.write_baseline),
             ("reads its baseline", "--baseline", args.baseline),
             ("reads its source", "--source", args.source),
             ("reads its reference", "--reference", args.reference))
    return {os.path.realpath(path): f"this run {what} here ({flag})" for what, flag, path in files if path}


def _stdin_step(args, pool: CheckerPool, lone: bool) -> tuple[str, object] | None:
    """stdin read now (it can be read once): its task, or None when --force-exclude leaves out the
    name --stdin-filename gives it (its bytes passed through under --fix).

    stdin that is no text (binary, or not in its encoding) is an InputError when it is the only
    input, else its own error beside the other files' reports (exit 2), as a binary file is; under
    --fix its bytes go back unchanged either way, so an editor that pipes its buffer through
    `--fix -` gets it back whole rather than emptied (stop 47)."""
    try:
        data = read_at_most(sys.stdin.buffer.read, "<stdin>", MAX_BYTES,
                            overflow=lambda head: _pass_through_rest(head, args))
    except InputError as exc:
        if lone:
            raise
        return ("task", Task("-", args.stdin_filename or "-", skip=str(exc).removeprefix("<stdin>: ")))
    cfg = pool.config_for("-")
    display = args.stdin_filename or "-"
    if args.force_exclude and args.stdin_filename and _force_excluded(Path(args.stdin_filename), cfg, args.exclude):
        _pass_through(data, args)
        return None
    try:
        read = decode_input(data, "<stdin>", cfg.encoding or "utf-8")
    except InputError as exc:
        _pass_through(data, args)
        if lone:
            raise
        return ("task", Task("-", display, skip=str(exc).removeprefix("<stdin>: ")))
    return ("task", Task("-", display, read.text, bool(read.bom), read.encoding))


def _folder_step(raw: str, args, pool: CheckerPool, lone: bool) -> tuple[str, object] | None:
    """A folder to walk, with its include and exclude; None when --force-exclude leaves it out. A
    folder without text files is an InputError when it is the only path, else that path's error."""
    p = Path(raw)
    cfg = pool.config_for(str(p / "x"))
    if args.force_exclude and _force_excluded(p, cfg, args.exclude):
        return None  # an excluded folder named on the command line, as ruff leaves it out
    include = tuple(args.include) if args.include else cfg.include
    exclude = _exclusions(cfg, args.exclude)
    if next((f for f, why in _walk(p, include, exclude) if why is None), None) is None:
        why = f"{NO_TEXT_FILES} (include: {', '.join(include)})"
        if lone:
            raise InputError(f"{raw}: {why}")
        return ("task", Task(str(p), raw, skip=why))
    return ("dir", (p, include, exclude))


def files_checked(args) -> list[str]:
    """The files the command line would check now (a folder walked with its include and
    exclude; --force-exclude applied), for --watch to tell copy from an editor's other files."""
    pool = CheckerPool({}, args.config, args.isolated, args.stdin_filename)
    return [t.path for t in gather(args, pool) if t.skip is None]


def _expand(plan: list, destinations: dict[str, str]) -> Iterator[Task]:
    for kind, item in plan:
        if kind == "task":
            yield item
        else:
            p, include, exclude = item
            for f, why in _walk(p, include, exclude):
                if why is None and destinations:
                    why = destinations.get(os.path.realpath(f))
                if why is None and f.suffix.lower() in (".html", ".htm") and is_html_report(f):
                    why = "an mtqa report (its generator tag), not copy"  # an earlier run's -o, now copy by name
                yield Task(str(f), str(f), walked=True, skip=why)


def _once(tasks: Iterator[Task]) -> Iterator[Task]:
    """Each file once, however often the command line names it (`a.txt ./a.txt`, a file and its
    folder, overlapping globs): reported twice, it counted twice, and with --fix the second
    check found the file changed by the first and failed."""
    seen: set[str] = set()
    for t in tasks:
        if t.stdin_text is None:
            key = os.path.realpath(t.path)
            if key in seen:
                continue
            seen.add(key)
        yield t


def _colour(args, stream) -> bool:
    """Colour when asked (--color), else only on the terminal the report is written to (`stream`:
    stderr with --diff, say, so `2> report.txt` gets none), not a dumb one, and not with NO_COLOR.
    FORCE_COLOR (set, not empty) asks for it where the report is piped, as CI logs that show
    colour do (GitHub Actions): pytest's and Python 3.13's order, NO_COLOR first. Never into a
    file named by --output."""
    if args.color is not None:
        return args.color
    if os.environ.get("NO_COLOR") or args.output:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def _columns(args, stream) -> int | None:
    """The columns the text report fits its excerpts to (`mtqa.terminal.columns`); none for a
    report written to a file with --output, which keeps whole lines."""
    from mtqa.terminal import columns

    return None if args.output else columns(stream)


def _check_output(path: str | None, what: str = "the report") -> None:
    """Refuse a report (or baseline) destination that cannot be written before checking anything.
    Missing folders are made (`-o reports/ci/mtqa.xml` in a fresh CI checkout), as pytest's
    --junitxml and ESLint's --output-file make them; only where the nearest existing one is not a
    folder is it refused. They are made now, so that a run that cannot make them checks nothing."""
    if not path:
        return
    parent = Path(path).parent
    if not parent.is_dir():
        existing = next((p for p in parent.parents if p.exists()), Path("."))
        if not existing.is_dir():
            raise InputError(f"{path}: cannot write {what}: {str(existing)!r} is not a directory")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{path}: cannot write {what}: cannot make directory {str(parent)!r} "
                             f"({exc.strerror or exc})") from None
    if Path(path).is_dir():
        raise InputError(f"{path}: cannot write {what}: is a directory")
    _writable(path, what)


def _writable(path: str, what: str) -> None:
    """Refuse a destination the system will not let this run write, found by trying (a read-only
    folder or file, a file system that takes no new file): said at the end, the fixes of --fix
    were written by then and the run still ended in this error. A regular file is opened to
    append (nothing written); a missing one is made and removed; anything else (a FIFO,
    /dev/stdout) is left alone: opening it can block or be the report's one reader."""
    try:
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            if os.path.islink(path):
                return  # a dangling link: the report's own write makes its target
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            os.unlink(path)
            return
        if stat.S_ISREG(mode):
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
    except OSError as exc:
        raise InputError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None


def _not_an_input(path: str | None, inputs: list[str], what: str) -> None:
    """Refuse to write a report or baseline over a file given to check (`-o story.html` with
    `story.html`): the copy would be lost, replaced by its own report."""
    if not path or not Path(path).exists():
        return
    for given in inputs or ():
        if given != "-" and Path(given).is_file() and os.path.samefile(given, path):
            raise InputError(f"{path}: cannot write {what} over a file being checked")


def _baseline_not_an_input(path: str | None, inputs: list[str]) -> None:
    """`--baseline story.txt story.txt` is a slip (for --write-baseline, or swapped arguments):
    said as such, not as the JSON error reading the story as a baseline would give."""
    try:
        _not_an_input(path, inputs, "")
    except InputError:
        raise InputError(f"{path}: --baseline names a file being checked, not a baseline "
                         "(write one with --write-baseline)") from None


# A folder that cannot be listed (no permission) is an error, not a skip: its files go unchecked;
# so is a folder named on the command line that holds no text file (a wrong path, most often), and
# an entry that cannot be stat'd: a symbolic link loop (a link leading back to itself: a mistake in
# the tree, no editor leaves one; ruff's E902 for it) or a name the system refuses. A broken link
# stays a note: editors leave them (Emacs's `.#story.txt` lock while a buffer is modified), and
# an error there would fail every run made while a story is open (stop 47).
UNLISTED = "cannot list directory"
NO_TEXT_FILES = "no text files found"
LINK_LOOP = "cannot read: a symbolic link loop"
UNSTATABLE = "cannot stat"
ERRORS = (UNLISTED, NO_TEXT_FILES, LINK_LOOP, UNSTATABLE)


def _skipping(tasks: Iterator[Task]) -> Iterator[Task]:
    """Drop the directory entries that are not text files, with a note on stderr for each; a
    folder that cannot be listed, or a link loop (`ERRORS`), goes on, to be reported as a per-file
    error (exit 2)."""
    for t in tasks:
        if t.skip is not None and t.path != "-" and not t.skip.startswith(ERRORS):
            print(f"{printable(t.display)}: note: skipped: {printable(t.skip)}", file=sys.stderr)
            continue
        yield t


def run_check(args) -> int:
    """The pipeline over the command line's inputs: read and check (in --jobs processes),
    fix, filter, then render; the exit code is the worst verdict."""
    collect_less()  # (mtqa.cli does it before importing this module, for its imports too)
    try:
        return _run_check(args)
    finally:
        gc.enable()  # also after an error before the Checker was built


def _run_check(args) -> int:
    """The check's steps in order: the arguments, the configuration and the rules checked
    before any file is read; the inputs gathered; each report fixed and filtered as asked and
    handed to the output; then the baseline, the output's end and the configuration notes."""
    _check_arguments(args)
    overrides = _overrides(args)
    known_rules(overrides)
    if args.watch:  # the command line is sound: check, then check again on every save
        from mtqa.commands.watch import run_watch

        return run_watch(args, run_check, files_checked)
    pool = CheckerPool(overrides, args.config, args.isolated, args.stdin_filename)
    if args.show_settings:
        from mtqa.commands.show_settings import show_settings

        return show_settings(args, pool, overrides)
    aux = _aux_texts(args, pool)
    collect_again()  # what start-up made (modules, compiled packs, the Checker) lives until exit
    tasks: Iterable[Task] = _skipping(gather(args, pool))
    tasks = gather_project(tasks, pool)  # the run's bilingual files, compared by the consistency rules
    if args.changed_only is not None:
        tasks = list(tasks)  # --changed-only asks git about every path first
    filters = _baseline_options(args, tasks)
    filtering = any(filters)
    out = _Output(args)
    # Workers may render the streamed text report themselves when nothing else needs the findings.
    render = out.worker_render() if not (args.fix or args.diff) and not filtering else None
    notes = ConfigNotes(pool, args.paths)
    would_change = False  # --diff printed a patch: exit 1 at least, as ruff check --diff does
    in_project = bool(args.fix or args.diff) and pool.project is not None
    results = _reports(args, tasks, pool, aux, render, in_project)
    for task, result in results:
        chunk, report = (result.lines, result.report) if render is not None else (None, result)
        if isinstance(report, Patched):  # a worker's --diff: its patch printed here, in input order
            _print_patch(report.patch, report.encoding)
            would_change, report = True, report.report
        if task.stdin_text is None:
            notes.saw(task.path)
        report, patched = _fixed_and_filtered(task, report, args, pool, aux, filters if filtering else None,
                                              fixed=in_project)
        would_change = would_change or patched
        out.add(report, chunk)
    return _finish(args, out, filters[1], notes, would_change)


def _finish(args, out: _Output, writer, notes: ConfigNotes, would_change: bool) -> int:
    """Once every file is out: the baseline written, the output ended, the configuration's notes
    and any internal error's note said; the exit code (--diff's patch fails the run, as ruff's)."""
    if writer is not None:
        _write_baseline(writer, args.write_baseline, out)
    out.finish()
    for line in notes.lines():
        out.say(line + "\n", sys.stderr)
    if out.internal:
        out.say(internal_error_note(out.internal) + "\n", sys.stderr)
    worst = max(out.worst, EXIT_FAIL) if would_change else out.worst
    return EXIT_PASS if args.exit_zero and worst == EXIT_FAIL else worst  # errors still exit 2


def _reports(args, tasks: Iterable[Task], pool: CheckerPool, aux: tuple[str | None, str | None],
             render: dict | None, in_project: bool) -> Iterator:
    """(task, report) in input order. --fix over a project of bilingual files: each file fixed in
    its worker, then compared with the others as fixed; --diff there: each file's patch made in
    its worker (nothing is written, so nothing is compared again); otherwise each file checked."""
    if not in_project:
        return iter_reports(tasks, pool, *aux, args.jobs, sys.stderr.isatty(), render)
    from functools import partial

    if args.diff:
        return iter_reports(tasks, pool, *aux, args.jobs, sys.stderr.isatty(),
                            work=partial(diff_task, unsafe=args.unsafe_fixes))
    from mtqa.commands.project_fix import fixed_reports

    return fixed_reports(tasks, pool, aux, args.jobs, sys.stderr.isatty(), partial(fix_task, unsafe=args.unsafe_fixes))


def _write_baseline(writer, path: str, out: _Output) -> None:
    """--write-baseline: the findings recorded are written once every file is checked, and said."""
    writer.write()
    out.say(f"mtqa: wrote {writer.count} finding{'s' if writer.count != 1 else ''} from "
            f"{len(writer.files)} file{'s' if len(writer.files) != 1 else ''} to {path}\n",
            sys.stderr)


def _check_arguments(args) -> None:
    """What the command line alone can tell is wrong, said before any work: a bad --jobs, an
    output or baseline that cannot be written or is one of the inputs, --unsafe-fixes without
    a fix, --config with --isolated."""
    if args.jobs is not None and args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    _stdin_named(args)
    _check_output(args.output)
    _check_output(args.write_baseline, "the baseline")
    _not_an_input(args.output, args.paths, "the report")
    _not_an_input(args.write_baseline, args.paths, "the baseline")
    _baseline_not_an_input(args.baseline, args.paths)
    _unsafe_needs_fixing(args)
    if args.statistics and args.format not in ("text", "json"):
        raise InputError(f"--statistics is printed as text or json, not {args.format} (as ruff's)")
    one_configuration(args.config, args.isolated)


def _stdin_named(args) -> None:
    """--stdin-filename names the text read from stdin. Alone, it reads stdin, as ruff's does (an
    editor's command line names no -). Beside paths without -, it named nothing and was silently
    dropped (the user's name for the piped text never used, stdin never read): it is refused."""
    if args.stdin_filename is None or "-" in args.paths:
        return
    if args.paths:
        raise InputError(f"--stdin-filename names the text read from stdin, but no - is among the paths "
                         f"({printable(args.paths[0])}{', ...' if len(args.paths) > 1 else ''}): "
                         "add -, or leave out --stdin-filename")
    args.paths = ["-"]


def _fixed_and_filtered(task: Task, report: Report, args, pool: CheckerPool, aux: tuple[str | None, str | None],
                        filters: tuple | None, fixed: bool = False) -> tuple[Report, bool]:
    """A file's report after --fix or --diff (and whether --diff printed a patch for it), then
    after the baseline and --changed-only (`filters`, None when neither is asked for); a
    report that is an error passes as it is; `fixed`: the report is already the fixed file's
    (`fix_task`, done in a worker)."""
    patched = False
    if (args.fix or args.diff) and report.ok and not fixed:
        report, edits = _apply_fixes(task, report, args.unsafe_fixes, args.diff, pool, *aux)
        patched = bool(args.diff and edits)
    if filters is not None and report.ok:
        report = _filter(task, report, pool, *filters)
    return report, patched


def _unsafe_needs_fixing(args) -> None:
    """--unsafe-fixes alone would change nothing (a report shows every fix, safe or not): a user
    who meant to fix is told, not left thinking the copy was mended."""
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise InputError("--unsafe-fixes applies fixes only with --fix or --diff (add one of them)")


def _aux_texts(args, pool: CheckerPool) -> tuple[str | None, str | None]:
    """--reference and --source, read once (and the configuration checked before any file)."""
    base_cfg = pool.config_for(str(Path.cwd() / "x"))
    pool.checker_for(base_cfg)  # fail early on a bad selection, locale or pack
    encoding = base_cfg.encoding or "utf-8"
    reference = read_aux(args.reference, encoding)
    source = read_aux(args.source, encoding)
    if args.reference is not None and not (reference or "").strip():
        raise InputError(f"{args.reference}: reference is empty")
    return reference, source


class _Output:
    """The render step of `mtqa check`: the text report streams file by file (memory stays
    flat over any corpus); other formats collect the reports and render them at the end."""

    def __init__(self, args) -> None:
        from mtqa.report import renderer

        self.args = args
        self.statistics = bool(args.statistics)
        self.stream = args.format == "text" and not args.output and not self.statistics
        self.text = renderer("text")
        # stdout carries the copy (--fix on stdin prints the fixed text) or the patch (--diff):
        # the report goes to stderr then, unless --output names a file, so each stays whole
        self.out = sys.stderr if ((args.fix and "-" in args.paths) or args.diff) else sys.stdout
        self.colour = _colour(args, self.out)
        self.width = _columns(args, self.out)
        self.reports: list[Report] = []
        self.counts = {"files": 0, "passed": 0, "failed": 0, "errors": 0}
        self.internal = 0  # files mtqa failed on through a bug of its own (`tasks.is_internal`)
        self.worst = EXIT_PASS
        self.extras_skipped: set[tuple[str, str]] = set()  # (rule, reason): skipped for a missing extra
        self.repeated_skips: dict[tuple[str, str], int] = {}  # (check, reason): files skipped for an earlier failure
        self.writes_files = bool(args.fix or args.output or args.write_baseline)

    def say(self, text: str, stream) -> None:
        """Write to a stream of the report. A reader that has gone (`mtqa check … | head -1`)
        ends a run that only reports (BrokenPipeError, as before); a run that also writes files
        (--fix, --output, --write-baseline) goes on to its end, showing nothing more, so no
        file is left unfixed and the report file is written (its exit status is the check's)."""
        try:
            stream.write(text)
            stream.flush()
        except BrokenPipeError:
            if not self.writes_files:
                raise
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())  # what is left in the stream's buffer goes nowhere
            os.close(devnull)

    def worker_render(self) -> dict | None:
        return {"colour": self.colour, "quiet": self.args.quiet, "width": self.width} if self.stream else None

    def add(self, report: Report, chunk: list[str] | None = None) -> None:
        self.counts["files"] += 1
        if report.error is not None:
            self.worst = EXIT_ERROR
            self.counts["errors"] += 1
            self.internal += is_internal(report.error)
        elif not report.passed:
            self.worst = EXIT_FAIL if self.worst == EXIT_PASS else self.worst
            self.counts["failed"] += 1
        else:
            self.counts["passed"] += 1
        if self.stream:
            self.extras_skipped.update((s["check"], s["reason"]) for s in self.text.extras_skipped(report))
            for s in self.text.repeated_skips(report):
                key = (s["check"], s["reason"])
                self.repeated_skips[key] = self.repeated_skips.get(key, 0) + 1
            if chunk is None:
                chunk = self.text.render_file(report, colour=self.colour, quiet=self.args.quiet, width=self.width)
            # A file that could not be checked is an error: it goes to stderr with the others.
            self.say("\n".join(chunk) + ("" if self.args.quiet else "\n") + "\n",
                     sys.stderr if report.error else self.out)
            return
        if report.error is not None:
            self.say(f"mtqa: error: {printable(report.path or '-')}: {printable(report.error)}\n", sys.stderr)
        self.reports.append(report)

    def finish(self) -> None:
        c = self.counts
        if self.stream:
            for line in self.text.extras_notes({"check": rule, "reason": why} for rule, why in self.extras_skipped):
                self.say(line + "\n", self.out)
            for line in self.text.repeated_notes(self.repeated_skips):
                self.say(line + "\n", self.out)
            if c["files"] > 1:
                self.say(files_line(c["files"], c["passed"], c["failed"], c["errors"]) + "\n", self.out)
            return
        if self.statistics:
            rendered: Iterable[str] = (_statistics(self.reports, self.args),)
        elif self.args.format == "json":  # written as it is encoded: a long document's report is never one string
            from mtqa.report.json import pieces

            rendered = pieces(self.reports, self.args.json_checks)
        else:
            rendered = (Session.render(self.reports, self.args.format, colour=self.colour, quiet=self.args.quiet,
                                       json_checks=self.args.json_checks, sarif_rules=self.args.sarif_rules),)
        if not self.args.output:
            for piece in rendered:
                self.say(piece, self.out)
            return
        try:
            with open(self.args.output, "w", encoding="utf-8") as fh:
                fh.writelines(rendered)
        except OSError as exc:
            raise InputError(f"{self.args.output}: cannot write the report ({exc.strerror or exc})") from None


def _statistics(reports: list[Report], args) -> str:
    """--statistics: each rule's count over every file, in text or JSON (mtqa.report.statistics)."""
    from mtqa.report.statistics import render_json, render_text, rule_counts

    rows = rule_counts(reports, unsafe=args.unsafe_fixes)
    return render_json(rows) if args.format == "json" else render_text(rows)


def _file_encoding(task: Task, pool: CheckerPool) -> str:
    """The codec a file's fixes are written in (its BOM's, else the configured one)."""
    encoding = pool.config_for(task.path).encoding or "utf-8"
    if task.stdin_text is not None:
        return task.stdin_encoding or "utf-8"
    try:
        return decode_input(read_head(task.path, 4), task.display, encoding).encoding
    except MtqaError:
        return encoding


def _baseline_options(args, tasks):
    """Load --baseline, prepare --write-baseline and --changed-only (errors before any check)."""
    baseline = writer = changed = None
    if args.baseline or args.write_baseline:  # imported only when asked for: start-up stays light
        from mtqa.baseline import Baseline, BaselineWriter

        baseline = Baseline.load(args.baseline) if args.baseline else None
        writer = BaselineWriter(args.write_baseline) if args.write_baseline else None
    if args.changed_only is not None:
        from mtqa.changed import ChangedLines

        changed = ChangedLines(args.changed_only)
        changed.prepare([t.path for t in tasks])
    return baseline, writer, changed


def _filter(task: Task, report: Report, pool: CheckerPool, baseline, writer, changed) -> Report:
    """Apply --changed-only, then --baseline (or record for --write-baseline); scores recomputed."""
    from mtqa.baseline import restrict

    policy = pool.session_for(pool.config_for(task.path)).policy
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


def fix_task(task: Task, pool: CheckerPool, reference: str | None, source: str | None, *, unsafe: bool) -> Report:
    """Check a file and --fix it (written in place; stdin's printed): the report of what is left.
    A `--jobs` worker does it whole (mtqa.commands.project_fix), so a run's files are fixed in
    parallel, not one by one in the parent."""
    report = check_task(task, pool, reference, source)
    return _apply_fixes(task, report, unsafe, False, pool, reference, source)[0] if report.ok else report


@dataclass
class Patched:
    """A --diff worker's result (`diff_task`): the file's report, noted, and the patch it would
    apply, which the parent prints in input order (workers printing would interleave them)."""

    report: Report
    patch: str
    encoding: str


def diff_task(task: Task, pool: CheckerPool, reference: str | None, source: str | None, *,
              unsafe: bool) -> Report | Patched:
    """Check a file and make its --diff patch (nothing written), as `fix_task` fixes it: a
    `--jobs` worker does it whole, so a run's bilingual files are not fixed one by one in the parent."""
    report = check_task(task, pool, reference, source)
    if not report.ok:
        return report
    made: list[tuple[str, str]] = []
    report = _apply_fixes(task, report, unsafe, True, pool, reference, source,
                          patch_to=lambda patch, encoding: made.append((patch, encoding)))[0]
    return Patched(report, *made[0]) if made else report


def _apply_fixes(task: Task, report: Report, unsafe: bool, diff: bool, pool: CheckerPool, reference,
                 source, patch_to: Callable[[str, str], None] | None = None) -> tuple[Report, int]:
    """Apply fixes until none is left (the session's fix loop), then write the file once; the
    report and how many edits were applied (with --diff: would be, the patch handed to
    `patch_to`, printed on stdout by default).

    The fixed text is re-checked as a task of its own, so a bilingual file is read again as
    one, in its own codec; a fix its encoding cannot hold is reported, not applied.
    """
    encoding = report.encoding or _file_encoding(task, pool)  # a bilingual file's own codec
    session = pool.session_for(pool.config_for(task.path))

    def recheck(text: str) -> Report:
        return check_task(Task(task.path, task.display, text, report.bom, report.encoding), pool, reference, source)

    outcome = session.fix(report, unsafe=unsafe, encoding=encoding, check=recheck)
    if outcome.error is not None:  # a fix that broke the file is never written
        return replace(report, error=f"fixes not written: {outcome.error}"), 0
    current, total, unwritable = outcome.report, outcome.edits, outcome.unwritable
    new_text = current.text
    if not outcome.settled:  # fails the file (exit 1), with the findings left listed and what to do
        current.notes.insert(0, f"fixes did not settle in {MAX_PASSES} passes (each pass left more to fix): "
                                f"{'the patch' if diff else 'the text'} still has fixes to apply; "
                                f"run --fix again, and report it if it never settles")
        current.passed = False
        current.reason = f"fixes did not settle in {MAX_PASSES} passes; {current.reason}".rstrip("; ")
    if unwritable:
        n = sum(unwritable.values())
        current.notes.insert(0, f"{n} fix{'es' if n != 1 else ''} not applied: {encoding} cannot encode the "
                                f"replacement ({', '.join(sorted(unwritable))})")
    if diff:
        if total:
            from mtqa.fixes import unified_diff

            (patch_to or _print_patch)(unified_diff(report.text, new_text, f"a/{task.display}", f"b/{task.display}",
                                                    bom=bool(report.bom) and encoding.replace("_", "-").lower() in _UTF8),
                                       encoding)
            # said, as ruff's "Would fix": with --fix too the user may think the file was mended
            report.notes.insert(0, f"would apply {total} fix{'es' if total != 1 else ''} (--diff: nothing written)")
        return report, total
    if task.stdin_text is not None:
        _print_fixed(task, new_text)
    elif total:
        error = _write_fixed(task, report, new_text, pool)
        if error is not None:
            return replace(report, error=error), 0
    if total:
        # Report what is left after fixing, as ruff does.
        current.notes.insert(0, f"applied {total} fix{'es' if total != 1 else ''}")
    return current, total


def _print_patch(patch: str, encoding: str) -> None:
    """A --diff patch on stdout in the checked file's bytes (`mtqa.console.patch_bytes`), not
    in the console's encoding: a cp1252 console cannot hold a Chinese name the patch quotes."""
    from mtqa.console import patch_bytes

    raw = getattr(sys.stdout, "buffer", None)
    if raw is None:  # a text-only stream put in its place by a host
        sys.stdout.write(patch)
        return
    sys.stdout.flush()
    raw.write(patch_bytes(patch, encoding))
    raw.flush()


def _print_fixed(task: Task, text: str) -> None:
    """stdin's fixed text on stdout in stdin's own encoding, with its byte-order mark if it had
    one: an editor that pipes its buffer through `--fix -` gets back the bytes it sent but for
    the fixes (a BOM dropped would show as a change to the first line)."""
    marked = ("\ufeff" if task.stdin_bom else "") + text
    raw = getattr(sys.stdout, "buffer", None)
    if raw is None:  # a text-only stream put in its place by a host
        sys.stdout.write(marked)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    raw.write(marked.encode(task.stdin_encoding or "utf-8"))
    raw.flush()


_UTF8 = ("utf-8", "utf8", "utf-8-sig")  # a patch is UTF-8 text: only these files' BOM can be in it


def _write_fixed(task: Task, report: Report, new_text: str, pool: CheckerPool) -> str | None:
    """Write the fixed text over the file in its own encoding and byte-order mark, unless it
    changed since it was checked; the error to report, or None when written."""
    from mtqa.fixes import ChangedOnDisk, write_atomic

    try:
        if not os.path.lexists(task.path):  # deleted after its check: never written back into being
            return "deleted since it was checked; fixes not written (nothing was made in its place)"
        refusal = _not_regular(Path(task.path))  # a pipe's bytes are gone, and a FIFO is never replaced by a file
        if refusal is not None:
            return f"fixes not written: {refusal}; use --diff, or --fix - with the text on standard input"
        data = read_bytes(task.path, MAX_BYTES if report.encoding is None else None)
        if report.digest is not None and digest(data) != report.digest:
            raise ChangedOnDisk(task.display)
        bom: bool | bytes
        if report.encoding is not None:  # a bilingual file: its own codec, as it was read
            codec, bom = report.encoding, report.bom
        else:
            decoded = decode_input(data, task.display, pool.config_for(task.path).encoding or "utf-8")
            codec, bom = decoded.encoding, decoded.bom
        del data
        write_atomic(task.path, new_text, codec, bom, expected=report.digest)
    except ChangedOnDisk:
        return "changed since it was checked; fixes not written (check it again)"
    except (MtqaError, OSError, UnicodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, PermissionError):
            why += " (make it writable to fix it, or see the fixes with --diff)"
        return f"fixes not written: {without_name(why, task)}"
    return None
