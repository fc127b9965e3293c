"""mtqa's own JSON API: what a newsroom system calls (`/api/check`, `/api/fix`, `/api/report`, `/api/rules`).

Requests are JSON objects; a key mtqa does not know, or a value of the wrong type, is a 400
naming it, so a typo never passes silently. Copy arrives as text only: no path, file name or URL
is ever read from a request. Answers reuse the versioned report of `mtqa check --format json`
(`mtqa/1`, documented in README.md) and the HTML report of `--format html`.

The functions that check (`check_json`, `fix_json`, `html_report`) block; the application runs them in the
worker pool (mtqa.serve.limits.CheckRunner).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from mtqa import fixes
from mtqa.serve.limits import ApiError

BILINGUAL = ("xliff", "tmx", "po")  # a translation team's file: each segment checked with its own source
FORMATS = ("plain", "markdown", "html", *BILINGUAL)
_OPTIONS = {"select": list, "ignore": list, "preview": bool, "fail_under": float, "fail_on": str,
            "source_profile": str, "segment_states": list, "locked": str}
_KEYS = {"text": str, "format": str, "locale": str, "source": str, "reference": str, "filename": str, "options": dict}
_FIX_KEYS = {**_KEYS, "unsafe": bool}


@dataclass(frozen=True)
class CheckInput:
    """A validated /api/check, /api/fix or /api/report request."""

    text: str
    format: str | None = None  # None: the configuration's input-format, else by filename, else plain
    locale: str | None = None
    source: str | None = None
    reference: str | None = None
    options: dict = field(default_factory=dict)
    unsafe: bool = False
    filename: str | None = None  # a name for the copy: its per-file settings apply; never opened

    def checker_overrides(self) -> dict:
        """Checker options this request asks for (the key of the worker's Checker cache)."""
        return {k: (tuple(v) if isinstance(v, list) else v) for k, v in self.options.items()}

    def check_options(self, input_format: str | None = None) -> dict:
        """Session.check's options; `input_format` is the configuration's for this file."""
        return {"locale": self.locale, "format": self.input_format(input_format), "source": self.source,
                "reference": self.reference, "path": self.filename}

    def input_format(self, configured: str | None) -> str:
        """The request's format, else the configuration's, else the filename's (as mtqa check
        picks a file's format), else plain."""
        if self.format or configured:
            return self.format or configured  # type: ignore[return-value]
        if self.filename:
            from pathlib import PurePath

            from mtqa.bilingual import detect
            from mtqa.formats import EXTENSIONS

            return detect(self.filename) or EXTENSIONS.get(PurePath(self.filename).suffix.lower(), "plain")
        return "plain"


def require_json_type(content_type: str | None) -> None:
    """ApiError 415 unless the request says its body is JSON (`application/json`, or a `+json`
    type). A form's type (curl -d's default), text/plain or none is refused, not guessed at: those
    are the types a web page may post to another origin without the browser's preflight, and a
    guess would answer a form with a 400 about JSON it was never meant to be."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == "application/json" or (ctype.startswith("application/") and ctype.endswith("+json")):
        return
    said = f"Content-Type {ctype} is not accepted" if ctype else "no Content-Type"
    raise ApiError(415, f"{said}: send a JSON object with Content-Type: application/json "
                        "(curl: --json '{\"text\": ...}', or -H 'Content-Type: application/json' -d '{...}')")


def parse_json(body: bytes) -> dict:
    """The request body as a JSON object; ApiError 400 otherwise."""
    if not body.strip():
        raise ApiError(400, "empty request body: expected a JSON object such as {\"text\": \"...\"}")
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"request body is not UTF-8 (byte {exc.start})") from None
    except ValueError as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None
    except RecursionError:  # [[[[… a few thousand deep: the parser's stack, not the server's fault
        raise ApiError(400, "request body is JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise ApiError(400, f"expected a JSON object, got {type(value).__name__}")
    try:  # "\ud800" is valid JSON but no Unicode text: no report or diff could be written for it
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ApiError(400, f"request body holds a lone surrogate ({exc.object[exc.start]!r}): "
                            "strings must be Unicode text") from None
    return value


def _typed(value, kind, where: str):
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ApiError(400, f"{where}: expected a number")
        return float(value)
    if kind is list:
        if isinstance(value, str):
            value = [p for p in (s.strip() for s in value.split(",")) if p]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ApiError(400, f"{where}: expected a list of strings (or one comma-separated string)")
        return value
    if not isinstance(value, kind):
        raise ApiError(400, f"{where}: expected {'true or false' if kind is bool else 'a ' + kind.__name__}")
    return value


def parse_check_input(obj: dict, fixing: bool = False) -> CheckInput:
    """Validate a request object; ApiError 400 naming the first bad key."""
    from mtqa.document import check_locale
    from mtqa.errors import MtqaError

    keys = _FIX_KEYS if fixing else _KEYS
    for key in obj:
        if key not in keys:
            raise ApiError(400, f"unknown key {key!r} (expected: {', '.join(keys)})")
    if obj.get("text") is None:
        raise ApiError(400, "missing key 'text' (the copy to check)")
    values = {k: _typed(v, keys[k], k) for k, v in obj.items() if v is not None}
    fmt = values.get("format", "plain")
    if "filename" in values and not values["filename"].strip():
        raise ApiError(400, "filename: expected a file's name (its per-file settings apply), not an empty string")
    if fmt not in FORMATS:
        raise ApiError(400, f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if "locale" in values:
        try:
            values["locale"] = check_locale(values["locale"])
        except MtqaError as exc:
            raise ApiError(400, str(exc)) from None
    options = {}
    for key, value in values.pop("options", {}).items():
        name = key.replace("-", "_")
        if name not in _OPTIONS:
            raise ApiError(400, f"unknown option {key!r} (options: {', '.join(_OPTIONS)})")
        options[name] = _typed(value, _OPTIONS[name], f"options.{key}")
        if name in ("select", "ignore"):
            _rule_patterns(options[name], f"options.{key}")
    if "fail_on" in options and options["fail_on"] not in ("minor", "major", "critical"):
        raise ApiError(400, f"options.fail_on {options['fail_on']!r}: expected minor, major or critical")
    _bilingual_options(options)
    inp = CheckInput(options=options, **values)
    _refuse_for_bilingual(inp, inp.format or (inp.input_format(None) if inp.filename else None), fixing)
    return inp


def _bilingual_options(options: dict) -> None:
    """The source profile, segment states and lock choice a request names, each as mtqa check's
    --source-profile, --segment-state and --locked take it: else ApiError 400 naming the option."""
    from mtqa.bilingual.states import check_locked, check_states
    from mtqa.errors import ConfigError
    from mtqa.source_profile import check_profile

    try:
        if "source_profile" in options:
            check_profile(options["source_profile"], "options.source_profile")
        if "segment_states" in options:
            options["segment_states"] = list(check_states(options["segment_states"], "options.segment_states"))
        if "locked" in options:
            check_locked(options["locked"], "options.locked")
    except ConfigError as exc:
        raise ApiError(400, str(exc)) from None


def _refuse_for_bilingual(inp: CheckInput, fmt: str | None, fixing: bool) -> None:
    """A bilingual file carries its sources and is fixed by `mtqa check --fix`: a request that
    gives it a separate source, or asks /api/fix to rewrite it, is a 400 rather than a guess.
    Called on parsing with the format the request names, and again once the configuration's
    input-format is known (a file typed only by the configuration)."""
    if fmt not in BILINGUAL:
        return
    if inp.source is not None:
        raise ApiError(400, f"source: a {fmt} file holds each segment's source; send the file alone")
    if inp.reference is not None:  # as mtqa check refuses --reference for a bilingual file
        raise ApiError(400, f"reference: a {fmt} file is checked segment by segment; a reference applies "
                            f"to plain, markdown or html copy")
    if fixing:
        raise ApiError(400, f"format {fmt!r}: /api/fix rewrites plain, markdown or html copy; fix a bilingual "
                            f"file with mtqa check --fix, which keeps its bytes outside the fixed spans")


def _rule_patterns(patterns: list, where: str) -> None:
    """Rule ids, families or globs that each name some rule: else ApiError 400 naming the
    request's key (the Checker's own complaint names the command line's --select)."""
    from mtqa import registry
    from mtqa.errors import ConfigError

    try:
        registry.check_patterns(patterns, where)
    except ConfigError as exc:
        raise ApiError(400, str(exc)) from None


def check(checker, inp: CheckInput):
    """Check one request's copy (blocking); returns the Report."""
    from mtqa.session import Session

    fmt = inp.input_format(checker.config.input_format)
    _refuse_for_bilingual(inp, fmt, fixing=False)
    session = Session(checker)
    if fmt in BILINGUAL:
        # its segments are checked under the configuration's locale: another one asked for would
        # be answered as if it had been honoured
        if inp.locale is not None and inp.locale != checker.locale:
            raise ApiError(400, f"locale {inp.locale!r}: a {fmt} file is checked under the configuration's "
                                f"locale {checker.locale!r} (set locale in the server's configuration, or in a "
                                f"per-file section matching the filename)")
        return session.check_bilingual(inp.text, fmt, inp.filename)
    return session.check(inp.text, **inp.check_options(checker.config.input_format))


def to_json(value) -> bytes:
    """Compact UTF-8 JSON, encoded in the worker thread rather than the event loop."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def check_json(checker, inp: CheckInput) -> bytes:
    """The JSON report of one request's copy (blocking)."""
    return to_json(report_document(check(checker, inp)))


def fix_json(checker, inp: CheckInput, deadline: float | None = None) -> bytes:
    return to_json(fix(checker, inp, deadline))


def report_document(report) -> dict:
    """The versioned JSON report (`mtqa/1`) of one checked text."""
    from mtqa.report.json import document

    return document([report])


def html_report(checker, inp: CheckInput) -> str:
    """The self-contained HTML report of one request's copy (blocking)."""
    from mtqa.report import html

    return html.render([check(checker, inp)])


def fix(checker, inp: CheckInput, deadline: float | None = None) -> dict:
    """Apply safe fixes (and unsafe ones when asked) until none is left; the text, its diff and what remains.

    `deadline` (time.monotonic()) is the server's: past it, the fix loop (`stop`) starts no
    next pass, and the 504 the client has been given is raised. A check that overran its deadline holds its
    thread until it ends, and a hostile document's loop (100,000 mixed quote marks: five passes
    of several seconds each) held the server's only thread some 25 s past the 504, every
    request behind it refused; now at most the pass under way."""
    from mtqa.session import Session

    _refuse_for_bilingual(inp, inp.input_format(checker.config.input_format), fixing=True)
    stop = None if deadline is None else (lambda: time.monotonic() > deadline)
    outcome = Session(checker).fix_text(inp.text, unsafe=inp.unsafe, stop=stop,
                                        **inp.check_options(checker.config.input_format))
    if stop is not None and not outcome.settled and stop():
        raise ApiError(504, "the fixes took longer than the server's time limit")
    fixed = outcome.text
    diff = unified_diff(inp.text, fixed)
    return {"version": "mtqa/1", "text": fixed, "changed": fixed != inp.text, "edits": outcome.edits, "diff": diff,
            "report": report_document(outcome.report)}


def unified_diff(before: str, after: str) -> str:
    """A unified diff (a/text → b/text), marking a last line without a line break as git does."""
    return fixes.unified_diff(before, after, "a/text", "b/text")


def rules() -> list[dict]:
    """Every rule, as `mtqa rules --format json` lists them, with its LanguageTool-protocol names."""
    from mtqa import registry
    from mtqa.serve import ltprotocol

    out = []
    for r in registry.all_rules():
        family = r.meta.family
        out.append({
            "id": r.id, "family": family, "category": r.meta.category, "severity": r.meta.severity.value,
            "fix": r.meta.fix.value, "status": r.meta.status.value, "description": r.description,
            "languagetool": {"category": ltprotocol.category_id(family),
                             "issueType": ltprotocol.issue_type(r.id, r.meta.category)},
        })
    return out
