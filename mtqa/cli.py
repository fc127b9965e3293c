"""The `mtqa` command: check files, list rules, explain a rule, serve over HTTP (`mtqa serve`) or LSP (`mtqa lsp`).

Exit codes: 0 every file passed, 1 some file failed the check, 2 usage or input error
(a per-file input error among several files is reported in place and also gives 2), or an
internal error: a bug of mtqa's on a file is that file's error, said as one, and the other files
are still checked (2, as ruff, ESLint and RuboCop exit for their internal errors too).
Errors are one line on stderr, never a traceback (set MTQA_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys

from mtqa.errors import MtqaError

from mtqa.commands import EXIT_ERROR, EXIT_FAIL, EXIT_PASS, collect_less, import_check_modules_lean, split_list

__all__ = ["EXIT_ERROR", "EXIT_FAIL", "EXIT_PASS", "build_parser", "main", "run"]


def build_parser():
    """argparse's parser of every subcommand (`mtqa.commands.parser`)."""
    from mtqa.commands.parser import build_parser as build

    return build()


def _arguments(argv: list[str]):
    """The command line read: a plain `mtqa check PATH...` without argparse (~2 ms of a check's
    start-up: `mtqa.commands.check_options`), anything else by argparse."""
    from mtqa.commands.check_options import plain_check

    return plain_check(argv) or build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from mtqa.console import tolerate_narrow_encodings

    tolerate_narrow_encodings()  # a cp1252 or ASCII console: escapes, not a traceback
    try:
        # read inside the try: Ctrl-C while the command line is read (argparse's import and
        # the subcommands' parsers, ~20 ms) is an interruption like any other, not a traceback
        args = _arguments(sys.argv[1:] if argv is None else argv)
        if args.version:
            from mtqa.scan_backend import backend_name  # not mtqa.scan: no msgspec for a version
            from mtqa.version import version

            print(f"mtqa {version()} (scanner: {backend_name()})")
            return EXIT_PASS
        if args.command == "check":
            collect_less()  # from before the check's imports: they allocate what lives until exit
            import_check_modules_lean()  # msgspec and dataclasses without what a check never reads
            from mtqa import code_bundle

            code_bundle.install()  # the check's modules from one cached file (mtqa.code_bundle)
            from mtqa.commands.check import run_check

            return run_check(args)
        if args.command == "rules":
            return _styles(args) if args.styles else _rules(args)
        if args.command == "styles":
            return _styles(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "lsp":
            from mtqa.lsp import run as run_lsp

            return run_lsp(args.config, args.isolated, args.debounce, args.preview, args.style, args.timeout)
        build_parser().print_help()
        return EXIT_ERROR
    except MtqaError as exc:
        print(f"mtqa: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("mtqa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_ERROR
    except Exception as exc:  # never a traceback for users
        if os.environ.get("MTQA_DEBUG"):
            raise
        print(f"mtqa: internal error: {type(exc).__name__}: {exc} (a bug in mtqa: run it again with MTQA_DEBUG=1 "
              "for the traceback, and report it with that and `mtqa --version`)", file=sys.stderr)
        return EXIT_ERROR


def _rules(args) -> int:
    """The rules `mtqa check` with the same options runs from this folder: its configuration is
    read as check reads it (found upward, --config, --isolated) and the options are layered over
    it by check's own resolver (`CheckerPool.config_for`)."""
    from pathlib import Path

    from mtqa.commands.tasks import CheckerPool, known_rules, one_configuration
    from mtqa.engine import selected_rules
    from mtqa.integrations import languagetool_choice

    one_configuration(args.config, args.isolated)
    overrides = {"select": split_list(args.select, "--select"), "ignore": split_list(args.ignore, "--ignore"), "preview": args.all or None,
                 "style": args.style,
                 "rules_dir": tuple(str(Path(d).resolve()) for d in args.rules_dir) if args.rules_dir else None}
    overrides = {k: v for k, v in overrides.items() if v is not None}
    known_rules(overrides)
    cfg = CheckerPool(overrides, args.config, args.isolated).config_for("-")
    chosen = selected_rules(cfg)
    if args.format == "json":
        import json

        listed = [r for r in chosen if r.meta.options] if args.options else chosen
        print(json.dumps([_rule_info(r) for r in listed], indent=2, ensure_ascii=False))
        return EXIT_PASS
    if args.options:
        return _rule_options(chosen)
    width = max((len(r.id) for r in chosen), default=10)
    for r in chosen:
        status = " (preview)" if r.meta.status.value == "preview" else ""
        print(f"{r.id:<{width}}  {r.meta.severity.value:<8} {r.meta.category:<32} {r.description}{status}")
    # listed whenever `mtqa check` with the same options and configuration would ask LanguageTool
    if languagetool_choice.selected(cfg):
        print(f"{'languagetool/*':<{width}}  {'mapped':<8} {'rules/languagetool.toml':<32} "
              "LanguageTool's own rules, when a server is configured (mtqa explain languagetool)")
    return EXIT_PASS


def _rule_options(chosen) -> int:
    """Each chosen rule that takes options, then one line per option: name, what it takes, its
    default (as TOML writes it) and what it does, from the rule's declaration."""
    rows = [(r, _option_rows(r)) for r in chosen if r.meta.options]
    if not rows:
        print("none of these rules takes options")
        return EXIT_PASS
    widths = [max(len(row[i]) for _, opts in rows for row in opts) for i in range(3)]
    for r, opts in rows:
        print(f"[rules.\"{r.id}\"]")
        for row in opts:
            print("  " + "  ".join(f"{cell:<{w}}" for cell, w in zip(row, widths)) + "  " + row[3])
    return EXIT_PASS


def _option_rows(r) -> list[tuple[str, str, str, str]]:
    """A rule's options as (name, what it takes, default as TOML writes it, what it does)."""
    import json

    infos = (_option_info(name, option) for name, option in r.meta.options.items())
    return [(i["name"], i["type"], json.dumps(i["default"], ensure_ascii=False), i["doc"]) for i in infos]


def _plain(value):
    """A default as JSON and TOML write it (a tuple default is a list)."""
    return list(value) if isinstance(value, tuple) else value


def _styles(args) -> int:
    """List the style profiles: name, description, and what each changes."""
    import json

    from pathlib import Path

    from mtqa import styles

    def json_value(v) -> str:
        return json.dumps(v, ensure_ascii=False)

    dirs = [str(Path(d).resolve()) for d in (args.rules_dir or ())]
    loaded = [styles.read(path) for path in styles.available(dirs).values()]
    if args.format == "json":
        print(json.dumps([{"name": s.name, "description": s.description, "path": s.path, "select": list(s.select),
                           "ignore": list(s.ignore), "severity": s.severity, "rules": s.rule_options,
                           "default": s.name == styles.DEFAULT_STYLE} for s in loaded], indent=2, ensure_ascii=False))
        return EXIT_PASS
    width = max((len(s.name) for s in loaded), default=8)
    for s in loaded:
        mark = " (used when no style is given)" if s.name == styles.DEFAULT_STYLE else ""
        print(f"{s.name:<{width}}  {s.description}{mark}")
        changes = [*(f"+{p}" for p in s.select), *(f"-{p}" for p in s.ignore),
                   *(f"{r}: {k} = {json_value(v)}" for r, opts in s.rule_options.items() for k, v in opts.items()),
                   *(f"{r}: severity {v}" for r, v in s.severity.items())]
        for c in changes:
            print(f"{'':<{width}}    {c}")
    return EXIT_PASS


def _serve(args) -> int:
    from mtqa.serve import run
    from mtqa.serve.settings import Settings

    return run(Settings(
        host=args.host, port=args.port, workers=args.workers, threads=args.threads, queue=args.queue,
        timeout=args.timeout, max_bytes=args.max_request_bytes, config=args.config, isolated=args.isolated,
        rules_dir=tuple(args.rules_dir or ()), locale=args.locale, preview=args.preview, style=args.style,
        languagetool=args.languagetool, cors_origins=tuple(args.cors_origin or ()),
        access_log=args.access_log, log_level=args.log_level,
    ))


def _rule_info(r) -> dict:
    return {
        "id": r.id, "family": r.meta.family, "category": r.meta.category, "severity": r.meta.severity.value,
        "fix": r.meta.fix.value, "status": r.meta.status.value, "description": r.description,
        "packs": list(r.meta.packs),
        "options": [_option_info(name, option) for name, option in r.meta.options.items()],
    }


def _option_info(name: str, option) -> dict:
    """A rule option as `mtqa rules --format json` lists it (bounds and choices only when declared)."""
    info = {"name": name, "type": option.describe().removeprefix("a ").removeprefix("an "),
            "default": _plain(option.default), "doc": option.doc}
    for key in ("ge", "gt", "le"):
        if getattr(option, key) is not None:
            info[key] = getattr(option, key)
    if option.choices:
        info["choices"] = list(option.choices)
    return info


LANGUAGETOOL_DOC = """Findings from LanguageTool's {which} (a LanguageTool server given with
--languagetool URL, the configuration or MTQA_LANGUAGETOOL_URL).

Each LanguageTool match is mapped onto mtqa's MQM model by the pack rules/languagetool.toml:
its [rules] table (LanguageTool rule id, shell globs allowed), then [categories], [issue_types]
and [defaults] give the MQM category, severity and confidence; `drop = true` ignores a rule.
Override it with a pack of the same id in --rules-dir. A match on the span of one of mtqa's own
findings is dropped (mtqa's wins), and so is one just beside an mtqa finding that reports the same
slip (the pack's [same_slip] table: a stray period and the lowercase word after it).{mapping}"""


def _explain_languagetool(rule_id: str) -> int:
    """Document a languagetool/<rule> id: where it comes from and how it is mapped."""
    import fnmatch

    import mtqa.integrations.languagetool  # noqa: F401  (registers the mapping pack's schema)
    from mtqa.packs import PackSet

    lt_id = rule_id.split("/", 1)[1].upper().replace("-", "_") if "/" in rule_id else "*"
    mapping = PackSet([]).compiled("languagetool")
    settings = None
    for pattern, value in [*mapping.rules.items(), *mapping.rule_globs]:
        if lt_id == pattern or fnmatch.fnmatchcase(lt_id, pattern):
            settings = value
            break
    extra = ("\n\nMapping for this rule in rules/languagetool.toml: "
             + ", ".join(f"{k} = {str(v).lower() if isinstance(v, bool) else v}"
                         for k, v in sorted(settings.items()))) if settings else ""
    print(f"{rule_id} (LanguageTool)\n")
    print(LANGUAGETOOL_DOC.format(which="rules" if lt_id == "*" else f"rule {lt_id}", mapping=extra))
    return EXIT_PASS


def _explain(args) -> int:
    from mtqa import registry
    from mtqa.rule import readable_doc
    from mtqa.terminal import columns

    if args.rule == "languagetool" or args.rule.startswith("languagetool/"):
        return _explain_languagetool(args.rule)
    if args.rule in registry.families():
        # A family, not a rule: list its rules rather than "no such rule".
        rules = [r for r in registry.all_rules() if r.meta.family == args.rule]
        print(f"{args.rule}: a family of {len(rules)} rule{'s' if len(rules) != 1 else ''} "
              f"(mtqa explain ID for one of them)\n")
        width = max(len(r.id) for r in rules)
        for r in rules:
            print(f"  {r.id:<{width}}  {r.description}")
        return EXIT_PASS
    r = registry.get(args.rule)
    print(f"{r.id} ({r.meta.category}, {r.meta.severity.value}, fix: {r.meta.fix.value}, {r.meta.status.value})")
    print()
    print(readable_doc(r.doc, columns(sys.stdout)))
    if r.meta.options:  # from the rule's declaration, as `mtqa rules --options` lists them
        print(f"\n## Options ([rules.\"{r.id}\"] in the configuration)")
        for name, kind, default, doc in _option_rows(r):
            print(f"{name} ({kind}, default {default}): {doc}")
    if r.meta.packs:
        print("\n## Packs (the data it reads, which an editor may change)")
        for line in _pack_rows(r.meta.packs):
            print(line)
    return EXIT_PASS


def _pack_rows(pack_ids) -> list[str]:
    """Each pack a rule reads: its built-in file, its own description, and how a user's pack
    joins it (`mtqa.packs`: merged, its entries first)."""
    from mtqa.errors import MtqaError
    from mtqa.packs import builtin_dir, read_pack_file

    rows = []
    for pack_id in pack_ids:
        path = builtin_dir() / f"{pack_id}.toml"
        try:
            about = read_pack_file(path)["pack"].get("description", "")
        except (MtqaError, OSError):
            about = ""
        rows.append(f"{pack_id}: {path}" + (f" ({about})" if about else ""))
    rows.append('A pack file with the same id (id = "' + '" or "'.join(pack_ids) + '" in its [pack] table) in a folder '
                "given to --rules-dir (or the configuration's rules-dir) is merged into it, its entries first; "
                "it needs the same schema, the required tables included.")
    return rows


def run() -> None:
    """The `mtqa` command as a process (the console script, `python -m mtqa`): `main`, then the
    process ends with its exit code without the interpreter tearing its heap down.

    A check leaves everything its start-up made (modules, compiled packs, the Checker, the
    tagger's tables) until exit, and the interpreter's own exit frees it object by object and
    module by module: ~14 ms of a one-file check's ~180 ms here, for nothing. So once the
    output is flushed and the atexit handlers have run (the pattern cache's save, LanguageTool's
    server), `os._exit` ends the process. Where output cannot be flushed (a closed pipe) or
    another thread still runs, Python's own exit runs as before (its messages, its exit code).
    `main` stays an ordinary function for callers whose process goes on (tests, hooks); files
    mtqa writes are closed where they are written (reports, fixes, baselines, cache entries).
    """
    code = main()
    _exit_at_once(code)
    sys.exit(code)


def _exit_at_once(code: int) -> None:
    """End the process now with `code` if nothing but its heap would be lost; else return."""
    import atexit

    threading = sys.modules.get("threading")  # no thread was started through it if not imported
    if threading is not None and threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe or stream: Python's exit reports it as ever
        return
    atexit._run_exitfuncs()  # what the interpreter's exit runs first (once: it empties the list)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()  # what the handlers printed
    except (OSError, ValueError):
        return
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
