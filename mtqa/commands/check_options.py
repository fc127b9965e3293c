"""`mtqa check`'s arguments, declared once, and the plain `mtqa check PATH...` read without argparse.

argparse cost a fresh `mtqa check` ~2 ms before anything is checked (16 M of its ~910 M
instructions): its import (with gettext's), then for each of the check's ~30 options a help
formatter made and the terminal's size asked (and shutil imported for that, where no site hook
did). The commonest call names only files. `plain_check` reads such a command line into what
argparse would make of it: each option at the value argparse gives it when left out, read from
the same declarations (`check_arguments` run against `_Defaults`), the files as `paths`. Any other
command line (an option, `-` for stdin, `--`, no file) goes to argparse (`mtqa.commands.parser`).
"""

from __future__ import annotations

from types import SimpleNamespace

from mtqa.errors import ConfigError

# typing.TYPE_CHECKING without importing typing: every command reads its command line here
# first, and `mtqa --version` without a site hook does not import typing (~1.5 ms)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT_NAMES = ("text", "json", "sarif", "junit", "github", "html")


def plain_check(argv: list[str]) -> SimpleNamespace | None:
    """The namespace argparse makes of `check PATH...` (files only, none starting with "-"), or
    None for any other command line (argparse reads it)."""
    if len(argv) < 2 or argv[0] != "check" or not all(a and not a.startswith("-") for a in argv[1:]):
        return None
    declared = _Defaults()
    check_arguments(declared)
    if not declared.plain or declared.positional is None:
        return None
    values = dict(declared.values)
    values[declared.positional] = list(argv[1:])
    return SimpleNamespace(version=False, command="check", **values)


class _Defaults:
    """Stands in for argparse's parser while the check's arguments are declared: records the
    value argparse gives each option the command line leaves out (an option sharing another's
    `dest` keeps the first one's, as argparse does). `plain` turns False for a declaration it
    does not know how argparse would read (the command line then goes to argparse)."""

    _ACTIONS = {"store": None, "append": None, "store_true": False, "store_false": True}

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.positional: str | None = None
        self.plain = True

    def add_mutually_exclusive_group(self, **kwargs: Any) -> _Defaults:
        return self

    def add_argument(self, *flags: str, **kwargs: Any) -> None:
        action = kwargs.get("action", "store")
        if action not in self._ACTIONS or not flags:
            self.plain = False
            return
        default = kwargs.get("default", self._ACTIONS[action])
        if isinstance(default, str) and "type" in kwargs:  # argparse would convert it
            self.plain = False
            return
        if not flags[0].startswith("-"):  # the positional: the files
            if self.positional is not None or kwargs.get("nargs") not in ("*", "+"):
                self.plain = False
            self.positional = kwargs.get("dest", flags[0])
            return
        dest = kwargs.get("dest") or _dest(flags)
        self.values.setdefault(dest, default)


def _dest(flags: tuple[str, ...]) -> str:
    """An option's attribute as argparse names it: its first long flag, else its first flag."""
    chosen = next((f for f in flags if f.startswith("--")), flags[0])
    return chosen.lstrip("-").replace("-", "_")


def check_arguments(c: Any) -> None:
    """Declare `mtqa check`'s arguments on `c`: argparse's parser, or `_Defaults` reading what
    each is when the command line leaves it out."""
    c.add_argument("paths", nargs="*", default=[], metavar="PATH", help="files, directories (recursive) or - for stdin")
    c.add_argument("--format", "-f", default="text", choices=FORMAT_NAMES, help="report format (default: text)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    c.add_argument("--json-checks", choices=("per-file", "top"), default="per-file",
                   help="json: each file's checks in every file (schema mtqa/1, default) or those shared once at the top (mtqa/2)")
    c.add_argument("--sarif-rules", choices=("reported", "ran"), default="reported",
                   help="sarif: describe the rules that reported (default) or every rule that ran")
    c.add_argument("--fail-under", type=score, metavar="SCORE", help="pass threshold, 0 to 100 (default: the configuration's, else 95.5)")
    c.add_argument("--fail-on", choices=("minor", "major", "critical"), help="also fail on any finding this severe")
    c.add_argument("--select", action="append", metavar="RULES", help="rules, families or globs to run (comma-separated); the configuration's select and ignore no longer apply")
    c.add_argument("--ignore", action="append", metavar="RULES", help="rules, families or globs to skip, besides the configuration's ignore")
    c.add_argument("--preview", action="store_true", default=None, help="also run preview rules")
    c.add_argument("--locale", help="the copy's locale (default en-CA)")
    c.add_argument("--style", metavar="NAME", help="house style profile: default, cp, hill-times (mtqa styles)")
    c.add_argument("--config", metavar="FILE", help="configuration file (default: discovered upward)")
    c.add_argument("--isolated", action="store_true", help="ignore configuration files")
    c.add_argument("--rules-dir", action="append", metavar="DIR", help="an extra directory of rule packs")
    c.add_argument("--encoding", type=encoding, help="input encoding (default utf-8; a BOM is accepted)")
    c.add_argument("--input-format", choices=("plain", "markdown", "html", "xliff", "tmx", "po"),
                   help="input format (default: by extension; .xlf/.xliff/.mqxliff/.mxliff/.sdlxliff, .tmx "
                        "and .po are bilingual)")
    c.add_argument("--include", action="append", metavar="GLOB", help="file globs to take from directories")
    c.add_argument("--exclude", action="append", metavar="GLOB", help="file globs to skip in directories")
    c.add_argument("--stdin-filename", metavar="NAME", help="the name to report for stdin input")
    c.add_argument("--reference", metavar="FILE", help="a reference translation (enables BLEU, chrF, TER)")
    c.add_argument("--source", metavar="FILE", help="the source text (enables source checks)")
    c.add_argument("--source-profile", choices=("standard", "full", "precise"),
                   help="rules run with a source: standard (default; leaves out rules under 0.5 span "
                        "precision on WMT23, French calques only where the source's language is known and "
                        "is not French), full (every rule) or precise (leaves out rules under 0.75; "
                        "mtqa.source_profile)")
    c.add_argument("--segment-state", action="append", type=segment_states, metavar="STATES",
                   help="bilingual files: check only segments in these states (comma-separated; e.g. "
                        "translated,needs-review-translation); segments with no state are checked")
    c.add_argument("--locked", choices=("skip", "check"),
                   help="bilingual files: skip (default) or check locked segments")
    c.add_argument("--languagetool", type=languagetool, metavar="auto|off|local|URL",
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
    c.add_argument("--exit-zero", action="store_true",
                   help="exit 0 when files fail the check (as ruff's): report only; errors still exit 2")
    c.add_argument("--watch", action="store_true",
                   help="check the paths, then each file again as it is saved, until Ctrl-C (as ruff's; needs "
                        "the watch extra: pip install 'mtqa[watch]')")
    c.add_argument("--statistics", action="store_true",
                   help="print how many findings each rule made over every file (count, rule, [*] when --fix "
                        "would apply them, title), as ruff's, instead of the reports; text or json")
    c.add_argument("--force-exclude", action="store_true",
                   help="apply the configuration's exclude and --exclude to files and folders named on the command line too "
                        "(a pre-commit hook's or an editor's), as ruff's option of the same name does")
    c.add_argument("--show-settings", action="store_true",
                   help="print the settings a check of the first PATH would use, each with the file or option "
                        "that set it, and exit")
    colour = c.add_mutually_exclusive_group()
    colour.add_argument("--color", dest="color", action="store_true", default=None, help="force colour")
    colour.add_argument("--no-color", dest="color", action="store_false", help="no colour")



def score(value: str) -> float:
    """--fail-under: a finite score from 0 to 100 (argparse reports anything else, exit 2)."""
    import argparse  # (imported already: argparse is parsing)

    from mtqa.commands import import_check_modules_lean

    import_check_modules_lean()  # mtqa.config imports msgspec and dataclasses: as `mtqa check` does (mtqa.cli)
    from mtqa.config import check_threshold

    try:
        return check_threshold(float(value), "--fail-under")
    except (ValueError, ConfigError):
        raise argparse.ArgumentTypeError(f"expected a score from 0 to 100, got {value!r}") from None


def languagetool(value: str) -> str:
    """--languagetool: auto, off, local or an http(s) URL (argparse reports anything else, exit 2)."""
    import argparse  # (imported already: argparse is parsing)

    from mtqa.commands import import_check_modules_lean

    import_check_modules_lean()  # mtqa.config imports msgspec and dataclasses: as `mtqa check` does (mtqa.cli)
    from mtqa.config import check_languagetool

    try:
        return check_languagetool(value, "--languagetool")
    except ConfigError:
        raise argparse.ArgumentTypeError(f"{value!r} is not auto, off, local or an http(s) URL") from None


def segment_states(value: str) -> tuple[str, ...]:
    """--segment-state: states some bilingual format defines (argparse reports others, exit 2)."""
    import argparse  # (imported already: argparse is parsing)

    from mtqa.bilingual.states import check_states

    try:
        return check_states([v.strip() for v in value.split(",") if v.strip()], "--segment-state")
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--segment-state: ")) from None


def encoding(value: str) -> str:
    """--encoding: a codec Python knows (argparse reports anything else once, exit 2, rather than
    every file failing with it)."""
    import argparse  # (imported already: argparse is parsing)
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        from mtqa.document import unknown_encoding

        raise argparse.ArgumentTypeError(unknown_encoding(value)) from None
    return value
