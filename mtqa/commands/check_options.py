"""`mtqa check`'s arguments, declared once, and a plain `mtqa check` command line read without argparse.

argparse cost a fresh `mtqa check` ~2 ms before anything is checked (16 M of its ~910 M
instructions): its import (with gettext's), then for each of the check's ~30 options a help
formatter made and the terminal's size asked (and shutil imported for that, with bz2 and lzma,
where no site hook did). The commonest calls name files and a few options spelled out:
pre-commit's hook runs `mtqa check --force-exclude -- FILE...` on every commit. `plain_check`
reads such a command line into what argparse would make of it: each option at the value
argparse gives it when left out, read from the same declarations (`check_arguments` run
against `_Defaults`), the options given read through the same types and choices, the files as
`paths`. Any other command line (an abbreviated option, `-j2`, `-` for stdin, a value argparse
would refuse, no file) goes to argparse (`mtqa.commands.parser`), which reads it or says what
is wrong with it (exit 2).
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
    """The namespace argparse makes of a plain `check` command line, or None for any other
    (argparse reads it, and reports what is wrong with it).

    Plain: the files in one run (none empty, none "-"), before or after the options, or after
    `--` (pre-commit's hook runs `mtqa check --force-exclude -- FILE...`); each option spelled
    as declared (no abbreviation, no `-j2`), a flag alone, a value after it or after `=`, never
    starting with "-", of its choices and taken by its type (a value argparse would refuse goes
    to argparse, which says so); at most one option of a mutually exclusive group."""
    if len(argv) < 2 or argv[0] != "check":
        return None
    declared = _Defaults()
    check_arguments(declared)
    if not declared.plain or declared.positional is None:
        return None
    read = _read_options(argv[1:], declared)
    if read is None:
        return None
    values, paths = read
    if not paths or not all(p and p != "-" for p in paths):
        return None
    values[declared.positional] = paths
    return SimpleNamespace(version=False, command="check", **values)


def _read_options(args: list[str], declared: _Defaults) -> tuple[dict[str, Any], list[str]] | None:
    """(the options' values, the files) of `check`'s arguments as argparse reads them, or None
    where the command line is not plain (`plain_check`)."""
    values = dict(declared.values)
    paths: list[str] = []
    closed = False  # files, then an option: argparse takes one run of files, a second is an error
    chosen: dict[int, _Option] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "--":
            if paths or "--" in args[i:]:
                return None
            return values, args[i:]
        if not arg.startswith("-") or arg == "-":
            if closed:
                return None
            paths.append(arg)
            continue
        closed = bool(paths)
        flag, eq, inline = arg.partition("=")
        option = declared.options.get(flag)
        if option is None or option.group is not None and chosen.setdefault(option.group, option) is not option:
            return None
        if not option.takes_value:
            if eq:
                return None
            values[option.dest] = option.action == "store_true"
            continue
        if not eq:
            if i == len(args):
                return None
            inline, i = args[i], i + 1
        converted = option.convert(inline)
        if converted is None:
            return None
        values[option.dest] = [*(values[option.dest] or []), *converted] if option.action == "append" else converted[0]
    return values, paths


class _Option:
    """One declared option of `check` as `plain_check` reads it."""

    def __init__(self, dest: str, action: str, kwargs: dict[str, Any], group: int | None) -> None:
        self.dest, self.action, self.group = dest, action, group
        self.takes_value = action in ("store", "append")
        self.choices = kwargs.get("choices")
        self.type = kwargs.get("type")

    def convert(self, value: str) -> tuple[Any] | None:
        """(the value as argparse stores it,), or None where argparse would refuse it or it
        starts with "-" (argparse reads that as an option): argparse then reads the command line."""
        if not value or value.startswith("-"):
            return None
        converted: Any = value
        if self.type is not None:
            try:
                converted = self.type(value)
            except Exception:  # argparse says what is wrong with it, as it would have
                return None
        if self.choices is not None and converted not in self.choices:
            return None
        return (converted,)


class _Defaults:
    """Stands in for argparse's parser while the check's arguments are declared: records the
    value argparse gives each option the command line leaves out (an option sharing another's
    `dest` keeps the first one's, as argparse does), and each option by its flags (`options`).
    `plain` turns False for a declaration it does not know how argparse would read (the
    command line then goes to argparse)."""

    _ACTIONS = {"store": None, "append": None, "store_true": False, "store_false": True}

    def __init__(self, group: int | None = None, shared: _Defaults | None = None) -> None:
        self.values: dict[str, Any] = {}
        self.options: dict[str, _Option] = {}
        self.positional: str | None = None
        self.plain = True
        self._group = group
        self._shared = shared
        self._groups = 0

    def add_mutually_exclusive_group(self, **kwargs: Any) -> _Defaults:
        """A recorder of the group's options into this one's tables, each marked with the group
        (`plain_check` refuses two of a group on one command line: argparse's error)."""
        self._groups += 1
        return _Defaults(group=self._groups, shared=self)

    def add_argument(self, *flags: str, **kwargs: Any) -> None:
        if self._shared is not None:  # an option of a mutually exclusive group
            self._shared.declare(flags, kwargs, self._group)
        else:
            self.declare(flags, kwargs, None)

    def declare(self, flags: tuple[str, ...], kwargs: dict[str, Any], group: int | None) -> None:
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
        if "nargs" in kwargs or "const" in kwargs:  # an option taking other than one value
            self.plain = False
            return
        dest = kwargs.get("dest") or _dest(flags)
        self.values.setdefault(dest, default)
        option = _Option(dest, action, kwargs, group)
        for flag in flags:
            self.options[flag] = option


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
    c.add_argument("--fail-under", type=score, metavar="SCORE", help="pass threshold, 0 to 100 (default: the configuration's, else 96.0)")
    c.add_argument("--user-pattern-budget", type=seconds_budget, metavar="SECONDS",
                   help="seconds a document's --rules-dir pack patterns may take in all, past which the rest are not searched in it (default: the configuration's, else 5)")
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

    from mtqa.commands import import_check_modules_lean

    import_check_modules_lean()  # mtqa.config imports msgspec and dataclasses: as `mtqa check` does (mtqa.cli)
    from mtqa.config import check_threshold

    try:
        return check_threshold(float(value), "--fail-under")
    except (ValueError, ConfigError):
        raise _refused(f"expected a score from 0 to 100, got {value!r}") from None


def seconds_budget(value: str) -> float:
    """--user-pattern-budget: a finite number of seconds over 0, at most a day (argparse reports
    anything else, exit 2)."""

    from mtqa.commands import import_check_modules_lean

    import_check_modules_lean()
    from mtqa.config import check_user_pattern_budget

    try:
        return check_user_pattern_budget(float(value), "--user-pattern-budget")
    except (ValueError, ConfigError):
        raise _refused(f"expected a number of seconds over 0 and at most 86400, got {value!r}") from None


def languagetool(value: str) -> str:
    """--languagetool: auto, off, local or an http(s) URL (argparse reports anything else, exit 2)."""

    from mtqa.commands import import_check_modules_lean

    import_check_modules_lean()  # mtqa.config imports msgspec and dataclasses: as `mtqa check` does (mtqa.cli)
    from mtqa.config import check_languagetool

    try:
        return check_languagetool(value, "--languagetool")
    except ConfigError:
        raise _refused(f"{value!r} is not auto, off, local or an http(s) URL") from None


def segment_states(value: str) -> tuple[str, ...]:
    """--segment-state: states some bilingual format defines (argparse reports others, exit 2)."""

    from mtqa.bilingual.states import check_states

    try:
        return check_states([v.strip() for v in value.split(",") if v.strip()], "--segment-state")
    except ConfigError as exc:
        raise _refused(str(exc).removeprefix("--segment-state: ")) from None


def encoding(value: str) -> str:
    """--encoding: a codec Python knows (argparse reports anything else once, exit 2, rather than
    every file failing with it)."""
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        from mtqa.document import unknown_encoding

        raise _refused(unknown_encoding(value)) from None
    return value


def _refused(message: str) -> Exception:
    """argparse's error for a value an option's type refuses. Imported here, not where the type
    is read: `plain_check` reads values through these types too, without argparse, and leaves
    to argparse (which reads them again and says this) a value one of them refuses."""
    import argparse

    return argparse.ArgumentTypeError(message)
