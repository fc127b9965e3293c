"""The command line as argparse reads it: every subcommand and its arguments (`mtqa check`'s
declared in `mtqa.commands.check_options`). A plain `mtqa check PATH...` does not come here
(`check_options.plain_check`)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from mtqa.commands import EXIT_ERROR, check_options


class _Parser(argparse.ArgumentParser):
    """mtqa's parser: one-line errors, exit 2. A subcommand's parser gets its arguments from
    `fill` the first time it parses: a run parses one subcommand, and adding the others'
    arguments (~1 ms: `serve` alone has 17) is work no run of `check` needs."""

    def __init__(self, *args, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._fill = fill

    def error(self, message: str):  # one line, exit 2 (argparse's own convention)
        self.exit(EXIT_ERROR, f"mtqa: error: {message}{_nearest_choice(message)}\n")

    def parse_known_args(self, args=None, namespace=None):
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)
        return super().parse_known_args(args, namespace)


def _nearest_choice(message: str) -> str:
    """` (did you mean 'check'?)` after argparse's "invalid choice: 'chek' (choose from ...)", as
    every other misspelt name in mtqa is answered (a misspelt subcommand or --format value was
    the one left without a guess; ruff answers `ruff chek` so too)."""
    m = re.search(r"invalid choice: '(.*?)' \(choose from (.*)\)$", message)
    if not m:
        return ""
    from mtqa.schema import did_you_mean

    return did_you_mean(m.group(1), re.findall(r"'([^']*)'", m.group(2)))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mtqa", description="Check machine-translated English news copy and score it (MQM).")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("check", help="check files, directories or stdin (-)", fill=check_options.check_arguments)
    sub.add_parser("rules", help="list the rules", fill=_rules_arguments)
    sub.add_parser("styles", help="list the house style profiles", fill=_styles_arguments)
    sub.add_parser("explain", help="print a rule's documentation and examples", fill=_explain_arguments)
    sub.add_parser("serve", help="serve LanguageTool's protocol, mtqa's JSON API and a page (needs mtqa[serve])",
                   fill=_serve_arguments)
    sub.add_parser("lsp", help="a Language Server Protocol server over stdio, for editors (needs mtqa[lsp])",
                   fill=_lsp_arguments)
    return parser


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--select", action="append", metavar="RULES", help="only these rules, families or globs (comma-separated)")
    r.add_argument("--ignore", action="append", metavar="RULES", help="leave out these rules, families or globs")
    r.add_argument("--all", "--preview", dest="all", action="store_true", help="include preview rules")
    r.add_argument("--options", action="store_true",
                   help="list the rules that take options, with each option's type, default and meaning")
    r.add_argument("--styles", action="store_true", help="list the house style profiles instead")
    r.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs and styles")
    # the configuration is read as `mtqa check` reads it, so the list is the rules check runs
    r.add_argument("--style", metavar="NAME", help="a house style profile (its select and ignore apply)")
    r.add_argument("--config", metavar="FILE", help="read this configuration file (none is looked for then)")
    r.add_argument("--isolated", action="store_true", help="ignore configuration files")


def _styles_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--format", choices=("text", "json"), default="text")
    s.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs and styles")


def _explain_arguments(e: argparse.ArgumentParser) -> None:
    e.add_argument("rule", metavar="ID", help="a rule (quotes/wrong-direction), a family (quotes) or languagetool")


def _serve_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8090, help="TCP port (default 8090; 0: any free port, printed)")
    s.add_argument("--workers", type=int, default=1, help="worker processes, each with its own Checkers (default 1)")
    s.add_argument("--threads", type=int, default=0,
                   help="checks running at once per worker (default: 1, or 4 with --languagetool)")
    s.add_argument("--queue", type=int, default=16, help="checks waiting per worker before 503 (default 16)")
    s.add_argument("--timeout", type=float, default=10.0, help="seconds per request before 503/504, and per stalled read of a body before 408 (default 10)")
    s.add_argument("--max-request-bytes", type=int, default=1_000_000, metavar="N",
                   help="request body limit before 413 (default 1000000)")
    s.add_argument("--config", metavar="FILE",
                   help="configuration file (default: the nearest mtqa.toml or pyproject.toml [tool.mtqa] upward, "
                        "as mtqa check finds it)")
    s.add_argument("--isolated", action="store_true", help="ignore configuration files")
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


def _lsp_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--config", metavar="FILE",
                   help="configuration file for every document (default: the nearest mtqa.toml or pyproject.toml "
                        "[tool.mtqa] from each document's folder up, as mtqa check finds it)")
    s.add_argument("--isolated", action="store_true", help="ignore configuration files")
    s.add_argument("--debounce", type=float, default=0.25, metavar="SECONDS",
                   help="wait this long after a change before checking (default 0.25; open and save check at once)")
    s.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="a fix-all starts no new fix pass after this long (default 10, as mtqa serve; "
                        "the passes done are applied)")
    s.add_argument("--preview", action="store_true", help="also run preview rules")
    s.add_argument("--style", help="house style profile (mtqa styles lists them; default: config or default)")
