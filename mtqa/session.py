"""One pipeline for every front end: read → check → fix → filter → score → render.

A Session holds the Checker of one configuration (rules and packs compiled once, thread-safe)
and runs the pipeline's steps on a document. The CLI (`mtqa check`), Spark (`mtqa.spark`), the
HTTP API and the LanguageTool protocol of `mtqa serve` all go through it, bilingual files
segment by segment included, so each step is written once:

- read: `document` builds the Document the rules see (files are read by `mtqa.document`);
- check: `check` runs the rules and integrations (`mtqa.engine`), and scores the findings;
  `check_bilingual` runs `check` on each segment of an XLIFF, TMX or PO file (`mtqa.bilingual`);
- fix: `fix` is the one fix loop (`mtqa.fixes.fix_until_stable`), re-checking after each pass;
- filter: `keep` leaves out findings (baseline, changed lines) and scores the rest again;
- score: every Report's figures and verdict, with its reason, come from `mtqa.scoring.assess`;
- render: `render` hands the reports to a format of `mtqa.report`.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from mtqa.config import Config
from mtqa.document import Document
from mtqa.engine import Checker
from mtqa.finding import Finding
from mtqa.fixes import FixOutcome, allowed_fixes, fix_until_stable
from mtqa.result import Report


class Session:
    """The pipeline for one configuration. Build it once and use it for many documents.

    Args:
        checker: the Checker to use; `Session.of(config, **overrides)` builds one.
    """

    def __init__(self, checker: Checker) -> None:
        if not isinstance(checker, Checker):  # else an AttributeError at the first check
            raise TypeError(f"Session needs a Checker, not {type(checker).__name__} (Session.of(config) builds one)")
        self.checker = checker

    @classmethod
    def of(cls, config: Config | None = None, **overrides: Any) -> Session:
        """A session with a new Checker (overrides as for `Checker`)."""
        return cls(Checker(config, **overrides))

    @property
    def policy(self):
        return self.checker.policy

    @property
    def locale(self) -> str:
        return self.checker.locale

    # ---- read ---------------------------------------------------------------------------

    def document(self, text: str, *, path: str | None = None, format: str | None = None,
                 source: str | None = None, reference: str | None = None, bom: bool = False) -> Document:
        """The Document for decoded `text`, in this session's locale unless told otherwise."""
        cfg = self.checker.config
        return Document(text, locale=self.checker.locale, format=format or cfg.input_format or "plain",
                        path=path, source=source, reference=reference, bom=bom)

    # ---- check and score ----------------------------------------------------------------

    def check(self, text: str | Document, **options: Any) -> Report:
        """Check one text or Document; the Report carries the score and the verdict's reason."""
        if isinstance(text, Document):
            return self.checker.check_document(text)
        return self.checker.check(text, **options)

    def check_bilingual(self, text: str, format: str, path: str | None = None, encoding: str = "utf-8",
                        bom: bool = False, project=None) -> Report:
        """Check the decoded text of a bilingual file (`format`: xliff, tmx or po), each segment's
        target through `check` with its own source; one Report for the file (`mtqa.bilingual.check`).
        `project` holds the run's other bilingual files, for the consistency rules."""
        from mtqa.bilingual import check_text

        return check_text(self.checker, text, format, path, encoding, bom, check=self.check, project=project)

    # ---- fix ----------------------------------------------------------------------------

    def fix(self, report: Report, *, unsafe: bool = False, encoding: str | None = None,
            check: Callable[[str], Report] | None = None, stop: Callable[[], bool] | None = None,
            **options: Any) -> FixOutcome:
        """Apply fixes to a checked text until none is left (see `mtqa.fixes.fix_until_stable`).

        `check` re-checks a fixed text (default: this session's check with `options`); the CLI
        passes its own so that a bilingual file is re-read as one. `stop`, asked before each
        pass, ends the loop early (a server's deadline).
        """
        recheck = check or (lambda text: self.check(text, **options))
        return fix_until_stable(recheck, report, allowed_fixes(unsafe), encoding, stop)

    def fix_text(self, text: str, *, unsafe: bool = False, stop: Callable[[], bool] | None = None,
                 **options: Any) -> FixOutcome:
        """Check `text`, then fix it (the API's and `Checker.fix`'s entry); `stop` as `fix`'s."""
        return self.fix(self.check(text, **options), unsafe=unsafe, stop=stop, **options)

    # ---- filter -------------------------------------------------------------------------

    def keep(self, report: Report, findings: Iterable[Finding], note: str | None = None) -> Report:
        """The report with only `findings` (any iterable of them), scored again under this session's policy.

        A wrong argument is a TypeError here rather than Python's "not iterable" from inside, or a
        string read as the letters it holds."""
        if not isinstance(report, Report):
            raise TypeError(f"keep takes a Report, not {type(report).__name__}")
        if findings is None or isinstance(findings, (str, bytes, Finding)) or not hasattr(findings, "__iter__"):
            raise TypeError(f"keep takes the findings to keep (a list of Findings), not {type(findings).__name__}")
        kept = list(findings)
        strays = sorted({type(f).__name__ for f in kept if not isinstance(f, Finding)})
        if strays:
            raise TypeError(f"keep takes the findings to keep (a list of Findings), not a list holding {', '.join(strays)}")
        return report.rescored(kept, self.checker.policy, note)

    # ---- render -------------------------------------------------------------------------

    @staticmethod
    def render(reports: Iterable[Report], format: str = "text", **options: Any) -> str:
        """The reports in one of `mtqa.report.FORMATS` (text, json, sarif, junit, github, html)."""
        from mtqa.report import renderer

        if isinstance(reports, Report):
            raise TypeError("render takes a list of Reports, not one Report ([report])")
        return renderer(format).render(list(reports), **options)
