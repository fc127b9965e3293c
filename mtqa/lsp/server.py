"""`mtqa lsp`'s server: the Language Server Protocol over stdio, with pygls (`mtqa[lsp]`).

Text sync is incremental; the server keeps each open document's text itself (`OpenDocument`), its
lines cut only where LSP cuts them (`mtqa.lsp.positions`). Diagnostics are pushed: on open and
save at once, on change after `debounce` seconds without another change, and cleared on close.
A check runs in one worker thread so the server keeps reading messages (a later change cancels
a waiting check; a finished check of an outdated version is not published). Code actions: a
quick fix per finding with a fix (of the current text, checked at once if its debounced check
has not run yet), and "fix all" (`source.fixAll.mtqa`), the CLI's fix loop
(`Session.fix`) applied to the buffer, run in the worker thread with a deadline (`timeout`
seconds from the request: no new pass after it, the passes done given as the edit, or an error
when none was). A broken configuration is shown to the user
(`window/showMessage`), never a crash. Hover on a finding shows its rule's `mtqa explain` text.
Settings sent by the editor (`initializationOptions`, `workspace/didChangeConfiguration`) are
checked before they are used (`Checks.use_settings`); refused ones are shown and the previous
kept. A client that pulls diagnostics (`textDocument/diagnostic`) is answered, and is not also
sent them: pushed and pulled diagnostics would show twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from mtqa.errors import MtqaError
from mtqa.lsp import DEFAULT_TIMEOUT
from mtqa.finding import Applicability, Finding, Severity
from mtqa.fixes import FixOutcome
from mtqa.lsp.checking import Checks
from mtqa.lsp.hover import rule_markdown, rule_plain
from mtqa.lsp.positions import UTF16, LineIndex, apply_change
from mtqa.version import version

FIX_ALL = "source.fixAll.mtqa"
SOURCE = "mtqa"
_SEVERITY = {Severity.CRITICAL: lsp.DiagnosticSeverity.Error, Severity.MAJOR: lsp.DiagnosticSeverity.Warning,
             Severity.MINOR: lsp.DiagnosticSeverity.Information}
log = logging.getLogger("mtqa.lsp")


@dataclass
class OpenDocument:
    """An open document as the client last sent it, and the findings of its last check."""

    uri: str
    text: str
    version: int | None
    language_id: str | None
    findings: list[Finding] = field(default_factory=list)
    checked_text: str | None = None  # the text `findings` are of
    pending: asyncio.Task | None = None

    @property
    def path(self) -> str | None:
        return to_fs_path(self.uri) if self.uri.startswith("file:") else None


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, except that a didChange goes to mtqa's handler without updating pygls's
    copy of the document: that copy cuts lines with `str.splitlines` (at U+2028, NEL, a form feed
    too) and, applying a change, rewrites the change's range in place to fit those lines, so the
    handler would be given a wrong range. The server keeps each document's text itself."""

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: lsp.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(lsp.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


class MtqaLanguageServer(LanguageServer):
    """pygls's server with mtqa's documents, checks and debounce."""

    def __init__(self, checks: Checks, debounce: float, timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__("mtqa", version(), text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
                         protocol_cls=_Protocol)
        self.checks = checks
        self.debounce = max(0.0, debounce)
        self.timeout = timeout  # seconds a fix-all may take from its request to its last pass's start
        self.documents: dict[str, OpenDocument] = {}
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtqa-check")
        self.initialization_options: Any = None  # the editor's settings sent with `initialize`
        self.last_error: str | None = None  # shown once, not again at every pause in typing

    @property
    def encoding(self) -> str:
        """The position encoding pygls agreed with the client at `initialize` (UTF-16 by default)."""
        try:
            kind = self.workspace.position_encoding or UTF16
            return str(getattr(kind, "value", kind))  # lsprotocol's enum: str() gives its name
        except RuntimeError:  # no workspace before `initialize`
            return UTF16

    def folder(self) -> str | None:
        try:
            root = self.workspace.root_path
        except RuntimeError:
            return None
        return root or None

    def _capability(self, *names: str) -> Any:
        """The client's capability at `names` (None when it did not say, or before `initialize`)."""
        found: Any = getattr(self.protocol, "client_capabilities", None)
        for name in names:
            found = getattr(found, name, None)
        return found

    @property
    def pulls(self) -> bool:
        """Whether the client asks for diagnostics (`textDocument/diagnostic`) rather than waits for them."""
        return self._capability("text_document", "diagnostic") is not None

    # ---- settings -----------------------------------------------------------------------

    async def use_settings(self, sent: Any) -> None:
        """Take the editor's settings (refused ones are shown, the previous kept), then check the
        open documents again with them."""
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self.pool, self.checks.use_settings, sent, self.folder())
        except MtqaError as exc:
            self.show_error(f"mtqa: {exc}")
            return
        finally:
            self.show_notes()
        self.last_error = None
        for doc in self.documents.values():
            doc.checked_text = None  # its findings are of the old settings
            self.schedule(doc, 0.0)
        if self.pulls and self._capability("workspace", "diagnostics", "refresh_support"):
            self.workspace_diagnostic_refresh(None)

    # ---- checking -----------------------------------------------------------------------

    def schedule(self, doc: OpenDocument, delay: float) -> None:
        """Check `doc` after `delay` seconds, replacing a check still waiting for it (a client
        that pulls diagnostics asks for them itself)."""
        if doc.pending is not None and not doc.pending.done():
            doc.pending.cancel()
        if self.pulls:
            return
        doc.pending = asyncio.ensure_future(self._check_later(doc, delay))

    async def _check_later(self, doc: OpenDocument, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        text, ver = doc.text, doc.version
        report = await self._checked_in_worker(doc, text)
        if report is None:
            return
        if self.documents.get(doc.uri) is not doc or doc.version != ver or doc.text != text:
            return  # closed or changed meanwhile: the newer version's check publishes
        if report.error is not None:
            self.show_error(f"mtqa: {report.error}")
            return
        self.last_error = None
        doc.findings, doc.checked_text = list(report.findings), text
        index = LineIndex(text)  # once for the document: built per finding, it was quadratic
        self.publish(doc, [self.diagnostic(f, index) for f in doc.findings])

    async def _checked_in_worker(self, doc: OpenDocument, text: str):
        """`text` checked in the worker thread, for a pushed or a pulled check alike; None (the error
        shown to the user) when it could not be: a bug in a rule must not end the editor's session,
        nor become an error response at every pull."""
        loop = asyncio.get_running_loop()
        try:
            _, report = await loop.run_in_executor(
                self.pool, self.checks.check, text, doc.path, doc.language_id, self.folder())
        except MtqaError as exc:
            self.show_error(f"mtqa: {exc}")
            return None
        except Exception as exc:
            log.exception("check failed")
            self.show_error(f"mtqa: internal error: {type(exc).__name__}: {exc}")
            return None
        finally:
            self.show_notes()
        return report

    async def pulled(self, doc: OpenDocument) -> list[lsp.Diagnostic]:
        """The diagnostics of `doc`'s current text, for `textDocument/diagnostic`, checked in the
        worker thread (the last check's when the text has not changed since)."""
        text = doc.text
        if doc.checked_text != text:
            report = await self._checked_in_worker(doc, text)
            if report is None:
                return []
            if report.error is not None:
                self.show_error(f"mtqa: {report.error}")
                return []
            self.last_error = None
            doc.findings, doc.checked_text = list(report.findings), text
        index = LineIndex(text)
        return [self.diagnostic(f, index) for f in doc.findings]

    def check_now(self, doc: OpenDocument) -> bool:
        """Check `doc`'s current text at once, for a code action asked before its debounced check
        (publishing stays with that check); False when it cannot be checked."""
        try:
            _, report = self.checks.check(doc.text, doc.path, doc.language_id, self.folder())
        except MtqaError as exc:
            self.show_error(f"mtqa: {exc}")
            return False
        finally:
            self.show_notes()
        if report.error is not None:
            return False
        doc.findings, doc.checked_text = list(report.findings), doc.text
        return True

    def publish(self, doc: OpenDocument, diagnostics: list[lsp.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=doc.version))

    def show_notes(self) -> None:
        """The warnings of the configurations just read (an `extend` naming a pyproject.toml without
        `[tool.mtqa]`), as `mtqa check` prints them: shown as a warning and logged (`window/logMessage`), once a reading."""
        for note in self.checks.take_notes():
            message = f"mtqa: warning: {note}"
            self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Warning, message=message))
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Warning, message=message))

    def show_error(self, message: str) -> None:
        """An error message for the user, unless it is the one shown last and nothing worked since."""
        if message != self.last_error:
            self.last_error = message
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=message))

    # ---- findings as LSP sees them --------------------------------------------------------

    def range_of(self, index: LineIndex, start: int, end: int) -> lsp.Range:
        (l1, c1), (l2, c2) = index.position(start, self.encoding), index.position(end, self.encoding)
        return lsp.Range(start=lsp.Position(line=l1, character=c1), end=lsp.Position(line=l2, character=c2))

    def diagnostic(self, f: Finding, index: LineIndex) -> lsp.Diagnostic:
        message = f.message
        if f.suggestions and f.suggestions[0].strip():
            message += f" (suggestion: {f.suggestions[0]})"
        severity = _SEVERITY[f.severity] if f.scored else lsp.DiagnosticSeverity.Hint
        return lsp.Diagnostic(range=self.range_of(index, f.span.start, f.span.end), message=message,
                              severity=severity, code=f.rule_id, source=SOURCE if f.source == "mtqa" else f.source)

    def quick_fixes(self, doc: OpenDocument, wanted: lsp.Range) -> list[lsp.CodeAction]:
        """A quick fix for each finding with an applicable fix whose range meets `wanted`."""
        if doc.checked_text != doc.text and not self.check_now(doc):
            return []  # no findings of this text: an older text's offsets would edit the wrong place
        index, actions = LineIndex(doc.text), []
        for f in doc.findings:
            if f.fix is None or f.fix.applicability is Applicability.DISPLAY_ONLY or not f.fix.edits:
                continue
            where = self.range_of(index, f.span.start, f.span.end)
            if not _meets(where, wanted):
                continue
            edits = [lsp.TextEdit(range=self.range_of(index, e.start, e.end), new_text=e.replacement)
                     for e in f.fix.edits]
            unsafe = f.fix.applicability is Applicability.UNSAFE
            actions.append(lsp.CodeAction(
                title=f"{f.fix.title} ({f.rule_id}{', may change the meaning' if unsafe else ''})",
                kind=lsp.CodeActionKind.QuickFix, is_preferred=not unsafe,
                diagnostics=[self.diagnostic(f, index)],
                edit=lsp.WorkspaceEdit(changes={doc.uri: edits})))
        return actions

    def hover(self, doc: OpenDocument, where: lsp.Position) -> lsp.Hover | None:
        """The documentation of each rule with a finding at `where` (the last check's findings,
        when they are of the current text)."""
        if doc.checked_text != doc.text:
            return None  # the findings are of an older text: their ranges would be elsewhere
        formats = self._capability("text_document", "hover", "content_format")
        markdown = not formats or lsp.MarkupKind.Markdown in formats
        index, seen, parts = LineIndex(doc.text), set(), []
        at = lsp.Range(start=where, end=where)
        for f in doc.findings:
            if f.rule_id in seen or not _meets(self.range_of(index, f.span.start, f.span.end), at):
                continue
            seen.add(f.rule_id)
            text = rule_markdown(f.rule_id) if markdown else rule_plain(f.rule_id)
            if text is not None:
                parts.append(text)
        if not parts:
            return None
        kind = lsp.MarkupKind.Markdown if markdown else lsp.MarkupKind.PlainText
        return lsp.Hover(contents=lsp.MarkupContent(kind=kind, value=("\n\n---\n\n" if markdown else "\n\n").join(parts)))

    async def fix_all(self, doc: OpenDocument) -> list[lsp.CodeAction]:
        """Every safe fix, applied until none is left (the CLI's `--fix`), as one edit of the buffer.

        It runs in the worker thread, holding `Checks.lock` as the checks there do, so that the
        server keeps answering (a document of 50,000 findings took minutes, in the server's own
        thread: every other request waited). Past `timeout` seconds from the request no new pass
        starts; the passes done are the edit (its title says the rest is left), and a first
        check that overran it is an error (LSP's RequestFailed) that says so."""
        text, deadline = doc.text, time.monotonic() + self.timeout
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(self.pool, self._fix_all, doc, text, deadline)
        except MtqaError as exc:
            self.show_error(f"mtqa: {exc}")
            return []
        finally:
            self.show_notes()
        if outcome is None or outcome.error is not None or doc.text != text:
            return []  # it cannot be checked, a fix broke it, or the buffer changed meanwhile
        stopped = not outcome.settled and time.monotonic() > deadline
        if not outcome.edits:
            if stopped:
                raise JsonRpcException(code=lsp.LSPErrorCodes.RequestFailed,
                                       message=f"mtqa: fix all stopped at its time limit ({self.timeout:g} s, "
                                               "mtqa lsp --timeout) before its first pass; no fix applied")
            return []
        if outcome.text == text:
            return []
        left = "; stopped at the time limit, run it again for the rest" if stopped else ""
        whole = self.range_of(LineIndex(text), 0, len(text))
        return [lsp.CodeAction(title=f"mtqa: fix all ({outcome.edits} safe fixes{left})", kind=FIX_ALL,
                               edit=lsp.WorkspaceEdit(changes={doc.uri: [lsp.TextEdit(range=whole,
                                                                                      new_text=outcome.text)]}))]

    def _fix_all(self, doc: OpenDocument, text: str, deadline: float) -> FixOutcome | None:
        """The fix loop on `text`, in the worker thread (None when the text cannot be checked)."""
        with self.checks.lock:
            session, report = self.checks.check(text, doc.path, doc.language_id, self.folder())
            if report.error is not None:
                return None
            fmt = report.format

            def recheck(fixed: str):
                return session.check(session.document(fixed, path=doc.path, format=fmt))

            return session.fix(report, check=recheck, stop=lambda: time.monotonic() > deadline)


def _meets(a: lsp.Range, b: lsp.Range) -> bool:
    """Whether two ranges overlap or touch (a cursor at a finding's edge asks for its fix)."""
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def build(checks: Checks, debounce: float, timeout: float = DEFAULT_TIMEOUT) -> MtqaLanguageServer:
    """The server with its handlers registered."""
    server = MtqaLanguageServer(checks, debounce, timeout)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: MtqaLanguageServer, params: lsp.InitializeParams) -> None:
        ls.initialization_options = params.initialization_options  # used once the client is ready

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: MtqaLanguageServer, params: lsp.InitializedParams) -> None:
        if ls.initialization_options is not None:
            await ls.use_settings(ls.initialization_options)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: MtqaLanguageServer, params: lsp.DidChangeConfigurationParams) -> None:
        if params.settings is not None:  # null: nothing said (a client that expects to be asked)
            await ls.use_settings(params.settings)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: MtqaLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        doc = ls.documents.get(params.text_document.uri)
        return None if doc is None else ls.hover(doc, params.position)

    @server.feature(lsp.TEXT_DOCUMENT_DIAGNOSTIC,
                    lsp.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False,
                                          workspace_diagnostics=False))
    async def diagnostic(ls: MtqaLanguageServer,
                         params: lsp.DocumentDiagnosticParams) -> lsp.RelatedFullDocumentDiagnosticReport:
        doc = ls.documents.get(params.text_document.uri)
        items = [] if doc is None else await ls.pulled(doc)
        return lsp.RelatedFullDocumentDiagnosticReport(items=items)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MtqaLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        doc = OpenDocument(item.uri, item.text, item.version, item.language_id)
        ls.documents[item.uri] = doc
        ls.schedule(doc, 0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MtqaLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        for change in params.content_changes:
            rng = getattr(change, "range", None)
            if rng is None:
                doc.text = change.text
            else:
                doc.text = apply_change(doc.text, (rng.start.line, rng.start.character),
                                        (rng.end.line, rng.end.character), change.text, ls.encoding)
        doc.version = params.text_document.version
        ls.schedule(doc, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: MtqaLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is not None:
            ls.schedule(doc, 0.0)  # a saved configuration is read again: its stamp changed

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MtqaLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        doc = ls.documents.pop(params.text_document.uri, None)
        if doc is not None:
            if doc.pending is not None:
                doc.pending.cancel()
            ls.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL]))
    async def code_action(ls: MtqaLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return None
        only = params.context.only
        actions: list[Any] = []
        if not only or any(lsp.CodeActionKind.QuickFix.startswith(k) for k in only):
            actions += ls.quick_fixes(doc, params.range)
        if not only or any(FIX_ALL.startswith(k) for k in only):
            actions += await ls.fix_all(doc)
        return actions

    return server


def serve(checks: Checks, debounce: float, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Speak LSP over stdin and stdout until the client says `exit`."""
    build(checks, debounce, timeout).start_io()
    return 0
