"""The `mtqa` command: check files, list rules, explain a rule, serve over HTTP (`mtqa serve`).

Exit codes: 0 every file passed, 1 some file failed the check, 2 usage or input error
(a per-file input error among several files is reported in place and also gives 2).
Errors are one line on stderr, never a traceback (set MTQA_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from mtqa.errors import ConfigError, MtqaError

from mtqa.commands import EXIT_ERROR, EXIT_FAIL, EXIT_PASS, collect_less, split_list

__all__ = ["EXIT_ERROR", "EXIT_FAIL", "EXIT_PASS", "build_parser", "main", "run"]
FORMAT_NAMES = ("text", "json", "sarif", "junit", "github", "html")


class _Parser(argparse.ArgumentParser):
    """mtqa's parser: one-line errors, exit 2. A subcommand's parser gets its arguments from
    `fill` the first time it parses: a run parses one subcommand, and adding the others'
    arguments (~1 ms: `serve` alone has 17) is work no run of `check` needs."""

    def __init__(self, *args, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._fill = fill

    def error(self, message: str):  # one line, exit 2 (argparse's own convention)
        self.exit(EXIT_ERROR, f"mtqa: error: {message}\n")

    def parse_known_args(self, args=None, namespace=None):
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)
        return super().parse_known_args(args, namespace)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mtqa", description="Check machine-translated English news copy and score it (MQM).")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("check", help="check files, directories or stdin (-)", fill=_check_arguments)
    sub.add_parser("rules", help="list the rules", fill=_rules_arguments)
    sub.add_parser("styles", help="list the house style profiles", fill=_styles_arguments)
    sub.add_parser("explain", help="print a rule's documentation and examples", fill=_explain_arguments)
    sub.add_parser("serve", help="serve LanguageTool's protocol, mtqa's JSON API and a page (needs mtqa[serve])",
                   fill=_serve_arguments)
    return parser


def _check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", default=[], metavar="PATH", help="files, directories (recursive) or - for stdin")
    c.add_argument("--format", "-f", default="text", choices=FORMAT_NAMES, help="report format (default: text)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    c.add_argument("--fail-under", type=_score, metavar="SCORE", help="pass threshold, 0 to 100 (default: config or 95)")
    c.add_argument("--fail-on", choices=("minor", "major", "critical"), help="also fail on any finding this severe")
    c.add_argument("--select", action="append", metavar="RULES", help="rules, families or globs to run (comma-separated)")
    c.add_argument("--ignore", action="append", metavar="RULES", help="rules, families or globs to skip")
    c.add_argument("--preview", action="store_true", default=None, help="also run preview rules")
    c.add_argument("--locale", help="the copy's locale (default en-CA)")
    c.add_argument("--style", metavar="NAME", help="house style profile: default, cp, hill-times (mtqa styles)")
    c.add_argument("--config", metavar="FILE", help="configuration file (default: discovered upward)")
    c.add_argument("--isolated", action="store_true", help="ignore configuration files")
    c.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs")
    c.add_argument("--encoding", help="input encoding (default utf-8; a BOM is accepted)")
    c.add_argument("--input-format", choices=("plain", "markdown", "html", "xliff", "tmx", "po"),
                   help="input format (default: by extension; .xlf/.xliff, .tmx and .po are bilingual)")
    c.add_argument("--include", action="append", metavar="GLOB", help="file globs to take from directories")
    c.add_argument("--exclude", action="append", metavar="GLOB", help="file globs to skip in directories")
    c.add_argument("--stdin-filename", metavar="NAME", help="the name to report for stdin input")
    c.add_argument("--reference", metavar="FILE", help="a reference translation (enables BLEU, chrF, TER)")
    c.add_argument("--source", metavar="FILE", help="the source text (enables source checks)")
    c.add_argument("--languagetool", type=_languagetool, metavar="auto|off|local|URL",
                   help="LanguageTool server (default: auto)")
    c.add_argument("--baseline", metavar="FILE", help="leave out findings recorded in this baseline (JSON)")
    c.add_argument("--write-baseline", metavar="FILE",
                   help="record every current finding in FILE (kept for files not checked); report none")
    c.add_argument("--changed-only", metavar="REV", help="report only findings on lines changed since git revision REV")
    c.add_argument("--fix", action="store_true", help="apply safe fixes in place (stdin: print the fixed text)")
    c.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, also apply unsafe fixes")
    c.add_argument("--diff", action="store_true", help="show the fixes as a unified diff; write nothing")
    c.add_argument("--jobs", "-j", type=int, metavar="N", help="check files in N processes (default: cores)")
    c.add_argument("--quiet", "-q", action="store_true", help="print only the per-file summary lines")
    colour = c.add_mutually_exclusive_group()
    colour.add_argument("--color", dest="color", action="store_true", default=None, help="force colour")
    colour.add_argument("--no-color", dest="color", action="store_false", help="no colour")


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--select", action="append", metavar="RULES")
    r.add_argument("--all", "--preview", dest="all", action="store_true", help="include preview rules")
    r.add_argument("--options", action="store_true",
                   help="list the rules that take options, with each option's type, default and meaning")
    r.add_argument("--styles", action="store_true", help="list the house style profiles instead")
    r.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs and styles")


def _styles_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs and styles")


def _explain_arguments(e: argparse.ArgumentParser) -> None:
    e.add_argument("rule", metavar="ID")


def _serve_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8090, help="TCP port (default 8090; 0: any free port, printed)")
    s.add_argument("--workers", type=int, default=1, help="worker processes, each with its own Checkers (default 1)")
    s.add_argument("--threads", type=int, default=0,
                   help="checks running at once per worker (default: 1, or 4 with --languagetool)")
    s.add_argument("--queue", type=int, default=16, help="checks waiting per worker before 503 (default 16)")
    s.add_argument("--timeout", type=float, default=10.0, help="seconds per request before 503/504 (default 10)")
    s.add_argument("--max-request-bytes", type=int, default=1_000_000, metavar="N",
                   help="request body limit before 413 (default 1000000)")
    s.add_argument("--config", metavar="FILE", help="configuration file (rules, severities, house style)")
    s.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs")
    s.add_argument("--locale", help="locale for language=en and auto (default: config or en-CA)")
    s.add_argument("--preview", action="store_true", help="also run preview rules by default")
    s.add_argument("--style", help="house style profile (mtqa styles lists them; default: config or default)")
    s.add_argument("--languagetool", metavar="URL|off",
                   help="a LanguageTool server: /v2/check merges its matches, /api adds its findings")
    s.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                   help="allow browser pages of this origin to call the API (default: none)")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))


def _score(value: str) -> float:
    """--fail-under: a finite score from 0 to 100 (argparse reports anything else, exit 2)."""
    from mtqa.config import check_threshold

    try:
        return check_threshold(float(value), "--fail-under")
    except (ValueError, ConfigError):
        raise argparse.ArgumentTypeError(f"expected a score from 0 to 100, got {value!r}") from None


def _languagetool(value: str) -> str:
    from mtqa.config import check_languagetool

    try:
        return check_languagetool(value, "--languagetool")
    except ConfigError:
        raise argparse.ArgumentTypeError(f"{value!r} is not auto, off, local or an http(s) URL") from None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.version:
            from mtqa.scan_backend import backend_name  # not mtqa.scan: no msgspec for a version
            from mtqa.version import version

            print(f"mtqa {version()} (scanner: {backend_name()})")
            return EXIT_PASS
        if args.command == "check":
            collect_less()  # from before the check's imports: they allocate what lives until exit
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
        parser.print_help()
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
        print(f"mtqa: internal error: {type(exc).__name__}: {exc} (set MTQA_DEBUG=1 for a traceback)", file=sys.stderr)
        return EXIT_ERROR


def _rules(args) -> int:
    from mtqa import registry

    chosen = registry.select(split_list(args.select), None, preview=args.all)
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
    if not args.select:
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
        timeout=args.timeout, max_bytes=args.max_request_bytes, config=args.config,
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


LANGUAGETOOL_DOC = """Findings from LanguageTool's rule {lt_id} (a LanguageTool server given with
--languagetool URL, the configuration or MTQA_LANGUAGETOOL_URL).

Each LanguageTool match is mapped onto mtqa's MQM model by the pack rules/languagetool.toml:
its [rules] table (LanguageTool rule id, shell globs allowed), then [categories], [issue_types]
and [defaults] give the MQM category, severity and confidence; `drop = true` ignores a rule.
Override it with a pack of the same id in --rules-dir. A match on the span of one of mtqa's own
findings is dropped (mtqa's wins).{mapping}"""


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
    print(LANGUAGETOOL_DOC.format(lt_id=lt_id, mapping=extra))
    return EXIT_PASS


def _explain(args) -> int:
    from mtqa import registry

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
    print(r.doc)
    if r.meta.options:  # from the rule's declaration, as `mtqa rules --options` lists them
        print(f"\n## Options ([rules.\"{r.id}\"] in the configuration)")
        for name, kind, default, doc in _option_rows(r):
            print(f"{name} ({kind}, default {default}): {doc}")
    return EXIT_PASS


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
