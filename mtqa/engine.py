"""The Checker: compile rules and packs once, then check many documents.

A Checker is immutable after construction, so one instance can serve many threads;
everything per-document lives in local variables and RuleContexts. Rules run in registry
order; their raw findings are mapped from paragraph text to document offsets, stamped with
the rule's id, severity (config overrides the default) and category, filtered by inline
suppressions, de-duplicated, one finding kept per slip (`mtqa.slips`: two rules that report
the same slip on one span) and sorted. Integrations (LanguageTool, reference metrics) run
after the built-in rules and are recorded as run or skipped with a reason.
"""

from __future__ import annotations

import copy
import time
from functools import cached_property
from typing import Any, Iterable, Iterator

import msgspec

from mtqa import cache_child, category_weights, given_up, registry, scoring, source_forms, source_profile, styles
from mtqa.config import Config, check_category_weights, check_languagetool, check_languagetool_timeout, check_threshold, check_user_pattern_budget, options_rule, where_set, with_overrides
from mtqa.document import Document, check_locale, require_str
from mtqa.errors import ConfigError
from mtqa.finding import FINDING_ORDER, NO_EXTRA, Applicability, Edit, Finding, Fix, Severity, Span
from mtqa.formats import edit_fits_source
from mtqa.pack_data import PackData
from mtqa.packs import PackSet
from mtqa.result import Report
from mtqa.schema import option_problem, option_values
from mtqa.rule import (AnalysisReaders, CheckSkipped, RawFinding, Rule, RuleContext, RuleMeta, Scope,
                       forget_state)
from mtqa.scan import Scanner, ScanResult
from mtqa.scan import plan as scan_plan
from mtqa.segment import word_counter
from mtqa.slips import one_per_slip
from mtqa.suppress import filter_findings, unknown_names


class Checker:
    """Compiles the selected rules and their packs once; `check` is then cheap and thread-safe.

    Args:
        config: resolved settings (defaults when None).
        locale, rules_dir, preview, fail_under, fail_on, severity, languagetool: override the
            matching config values.
        select, ignore: layered over the config's as `mtqa check`'s --select and --ignore are
            (`Config.with_selection`): `select` starts over, `ignore` alone adds to the config's.
        strict: re-raise a rule's internal error instead of recording it (tests use this).
        timings_by_rule: a report's timings keyed by rule id instead of by family. A report
            keeps a family's total; the benchmarks that hunt for a slow rule (the fuzz's slow
            inputs, `benchmarks/rule_growth.py`) need to name the rule itself.
    """

    def __init__(self, config: Config | None = None, *, strict: bool = False, timings_by_rule: bool = False,
                 **overrides) -> None:
        if config is not None and not isinstance(config, Config):  # a path, most often
            raise TypeError(f"config: expected a Config (mtqa.config.load(path) reads a file), "
                            f"got {type(config).__name__}")
        cfg = with_overrides(config or Config(), overrides)
        cache_child.prepare(cfg.rules_dir)  # a cold cache is filled by a child, not in this process
        self.config = cfg
        self.strict = strict
        self.locale = check_locale(cfg.locale)  # LocaleError, as check(text, locale=...) raises
        if cfg.fail_under is not None:
            check_threshold(cfg.fail_under, "fail-under")
        check_languagetool(cfg.languagetool or "auto", "languagetool")
        check_languagetool_timeout(cfg.languagetool_timeout, "languagetool_timeout")
        check_user_pattern_budget(cfg.user_pattern_budget, "user_pattern_budget")
        source_profile.check_profile(cfg.source_profile, "source_profile")  # refused here; read per document
        if cfg.segment_states or cfg.locked != "skip":  # read by mtqa.bilingual.check; refused here, where it is given
            from mtqa.bilingual.states import check_locked, check_states

            check_states(cfg.segment_states, "segment_states")
            check_locked(cfg.locked, "locked")
        from mtqa.integrations import languagetool_choice  # read by _integrations too

        if languagetool_choice.selected(cfg):
            languagetool_choice.check_environment_url(cfg.languagetool)
        self.style = _style(cfg)
        self.rules: list[Rule] = _select(cfg, self.style)
        registry.check_patterns(list(cfg.severity), "severity")
        # None: the rule's own severity (no severity is configured for most rules, or any)
        configured = self.config.severity or self.style.severity
        self._severity = {r.id: self._configured_severity(r) if configured else None for r in self.rules}
        for rule_id in cfg.rule_options:
            options_rule(rule_id, f"rules.{rule_id!r}")
        self._options = {r.id: self._rule_options(r) for r in self.rules}
        self._families = _timing_keys(self.rules, timings_by_rule)
        # rules whose findings stand only beside others that cost something (scoring.corroborated)
        self._needs_corroboration = frozenset(r.id for r in self.rules if r.meta.needs_corroboration)
        self.packs = PackSet(cfg.rules_dir)
        order = list(dict.fromkeys(pid for r in self.rules for pid in r.meta.packs))
        # One scanner for every selected rule's declared triggers (mtqa.scan): each document
        # (or section) is scanned once and a triggered rule runs only where its triggers fire.
        # Its plan (the triggers' tables, mtqa.scan.plan) is read from the cache when kept for
        # these triggers and the packs they read, else made from those packs. Then the rules'
        # packs are read, while the native scanner compiles its patterns on a thread of its
        # own (the first scan waits for that thread: ~4 ms of wall time in a fresh process).
        self.scanner = _scanner(self.rules, self.packs, order)
        # each pack kept compiled in the cache is read when a rule first asks (mtqa.pack_data)
        self._data = PackData(self.packs, order)
        self.policy = _scoring_policy(cfg)
        self.integrations = _integrations(cfg)

    def read_packs(self) -> None:
        """Read now the packs this Checker deferred to their first use (`mtqa.pack_data`): a
        parent about to fork workers calls this, so that they share them."""
        self._data.read_all()

    def for_new_run(self) -> Checker:
        """This Checker for another run: the same compiled rules and packs, its integrations'
        per-run state (LanguageTool's answers, and its skipping for the rest of a run after a
        refused connection) started afresh. `mtqa.check` reuses its Checkers through this."""
        if not any(hasattr(i, "for_new_run") for i in self.integrations):
            return self
        fresh = copy.copy(self)
        fresh.integrations = [i.for_new_run() if hasattr(i, "for_new_run") else i for i in self.integrations]
        return fresh

    def _configured_severity(self, r: Rule) -> Severity | None:
        """The user's severity for the rule, else the style's, else None (the rule's own)."""
        for sev in (self.config.severity, self.style.severity):
            if r.id in sev:
                return Severity.parse(sev[r.id])
            if r.meta.family in sev:
                return Severity.parse(sev[r.meta.family])
        return None

    def _rule_options(self, r: Rule) -> dict:
        """The rule's options as it reads them: its defaults, then the style's, then the
        configuration's, each checked against the options the rule declares (a file's were
        checked, with their line, when it was read)."""
        given = self.config.rule_options.get(r.id, {})
        if not isinstance(given, dict):
            raise ConfigError(f"rules.{r.id!r}: expected a table of options")
        wrong = option_problem(r.meta.options, given) if given else None
        if wrong:
            raise ConfigError(f"rules.{r.id!r}{'' if wrong.unknown else '.' + wrong.option}: {wrong.message}")
        opts = r.meta.option_defaults
        for layer in (self.style.rule_options.get(r.id), given):
            if layer:
                opts.update(option_values(r.meta.options, layer))
        return opts

    # ---- checking -------------------------------------------------------------------

    def check(
        self,
        text: str | Document,
        *,
        path: str | None = None,
        locale: str | None = None,
        format: str | None = None,
        source: str | None = None,
        reference: str | None = None,
    ) -> Report:
        """Check one text (or Document) and return its Report.

        Raises TypeError for anything but a str or Document (bytes must be decoded first).
        """
        if isinstance(text, Document):
            doc = text
        else:
            require_str(text, "text", allow_none=False, document_ok=True)
            for name, value in (("path", path), ("locale", locale), ("format", format), ("source", source),
                                ("reference", reference)):
                require_str(value, name)
            doc = Document(
                text, locale=check_locale(locale) if locale else self.locale,
                format=format or self.config.input_format or "plain",
                path=path, source=source, reference=reference,
            )
        return self.check_document(doc)

    def fix(self, text: str, *, unsafe: bool = False, **check_options) -> tuple[str, Report]:
        """Apply safe fixes (and unsafe ones with `unsafe`) until none is left.

        Returns the fixed text and the report of what remains in it.
        """
        from mtqa.fixes import allowed_fixes, fix_until_stable

        outcome = fix_until_stable(lambda t: self.check(t, **check_options), self.check(text, **check_options),
                                   allowed_fixes(unsafe))
        return outcome.text, outcome.report

    def check_many(self, items: Iterable[str | Document]) -> Iterator[Report]:
        """Check documents one after another, yielding reports as they are ready (flat memory).
        One str (not a list of them) is a TypeError here, not a report per letter."""
        if isinstance(items, (str, bytes)) or not hasattr(items, "__iter__"):
            what = f"one {type(items).__name__}" if isinstance(items, (str, bytes)) else type(items).__name__
            raise TypeError(f"check_many takes an iterable of texts, not {what} (check() takes one text)")
        return (self.check(item) for item in items)

    def findings(self, doc: Document, notes: list[str] | None = None) -> tuple[list[Finding], list[str], list[dict], dict]:
        """Run the built-in rules: (findings, ran, skipped, timings in ms); rules' notes (a
        paragraph only partly checked) are appended to `notes`."""
        notes = [] if notes is None else notes
        found: list = []  # _Stamped while the sections are checked, Findings once they all are
        timings: dict[str, float] = {}
        runnable, skipped = self._runnable(doc)
        failed: dict[str, str] = {}
        shared: dict = {}  # one object for equal messages, fix titles, texts and suggestions
        # the document's user-pack patterns' budget (a bilingual file's segments bring their file's)
        mine = None if given_up.KEY in doc.meta else given_up.GivenUp(self.config.user_pattern_budget)
        if mine is not None:
            doc.meta[given_up.KEY] = mine
        try:
            self._run_sections(doc, runnable, notes, found, failed, timings, shared)
        finally:
            if mine is not None and doc.meta.get(given_up.KEY) is mine:  # a caller's Document is left as it came
                del doc.meta[given_up.KEY]
        if found:
            span_position = doc.lines.span_position
            for i, stamped in enumerate(found):  # in place: each record goes as its Finding is made
                found[i] = self._finding(stamped, doc.text, span_position, shared)
        ran: list[str] = []
        for r in runnable:
            rule_id = r.meta.id
            if rule_id in failed:
                skipped.append({"check": rule_id, "reason": failed[rule_id]})
            else:
                ran.append(rule_id)
        return found, ran, skipped, timings

    def _runnable(self, doc: Document) -> tuple[list[Rule], list[dict]]:
        """The selected rules that can run on `doc`, and why each of the others cannot (locale, no --source)."""
        runnable: list[Rule] = []
        skipped: list[dict] = []
        profile = self.config.source_profile
        source_lang: str | None = None
        left_out: frozenset[str] = frozenset()
        if doc.source is not None:
            if source_profile.depends_on_language(profile):
                from mtqa.rules.source.language import known_language

                source_lang = known_language(doc)  # calques/french-calque: quiet by default unless the source is French
            left_out = source_profile.left_out(profile, source_lang)
        for r in self.rules:
            meta = r.meta
            if meta.scope is Scope.FILE:  # a bilingual file's segments together (file_rules), not a document
                continue
            if r.id in left_out:
                skipped.append({"check": r.id, "reason": source_profile.reason(profile, r.id, source_lang)})
                continue
            if meta.locales and doc.locale not in meta.locales:
                skipped.append({"check": r.id, "reason": f"not for locale {doc.locale}"})
                continue
            if meta.requires:
                missing = [a for a in meta.requires if not getattr(doc, a, None)]
                if missing:
                    skipped.append({"check": r.id, "reason": f"needs --{missing[0]}"})
                    continue
            runnable.append(r)
        return runnable, skipped

    def _run_sections(self, doc: Document, runnable: list[Rule], notes: list[str], found: list, failed: dict,
                      timings: dict, shared: dict) -> None:
        """Run `runnable` section by section (a long document), each section scanned once, its
        paragraphs' caches and analyses dropped before the next is made."""
        sections, whole = _sections(doc)
        # a rule that reads the other rules' findings runs after them (a stable sort: the rest keep their order)
        runnable = sorted(runnable, key=lambda r: r.meta.reads_findings)
        run = _CheckRun(doc, whole, runnable, found, failed, timings, shared, notes,
                        None if whole else AnalysisReaders(r.id for r in runnable))
        triggered = any(r.meta.triggers for r in runnable)
        for number, section in enumerate(sections):
            view = doc if whole else DocumentSection(doc, section)
            state: dict = run.doc_state if whole else {"notes": notes}
            t0 = time.perf_counter()
            scan = self.scanner.scan(section) if triggered else None
            if triggered:
                timings["scan"] = timings.get("scan", 0.0) + (time.perf_counter() - t0) * 1000
            self._run_section(run, number, view, scan, state)
            if not whole:
                if run.readers is not None:
                    run.readers.learned()  # the first section taught who reads what
                _drop_section(section, state)
                del section, view, scan, state  # its paragraphs go before the next section is made

    def _run_section(self, run: _CheckRun, number: int, view, scan, state: dict) -> None:
        """Run every rule that reads section `number` (`view`); checks against the source run
        on the whole document, with the first section. The usual rule (the section's
        paragraphs, where its triggers fired) is run here, written out: a check runs every
        selected rule, most of which find nothing, so what each costs the engine counts."""
        whole, failed = run.whole, run.failed
        view_paragraphs = view.paragraphs  # read once, not once a rule
        paragraph_scope = Scope.PARAGRAPH
        for r in run.runnable:
            meta = r.meta
            rule_id = meta.id
            if failed and rule_id in failed:
                continue
            # Checks against the source compare the whole translation with it: never a section.
            if meta.requires:
                if not whole and number:
                    continue
                self._run_on_document(run, r, scan)
                continue
            if meta.scope is paragraph_scope:
                if meta.triggers:  # only where its triggers fired
                    pars = scan.fired_in(view_paragraphs, rule_id)
                    if not pars:
                        self._nothing_fired(run, rule_id, state)
                        continue
                else:
                    pars = view_paragraphs
            else:
                gate = meta.only_where_fired
                if gate and not scan.fired_in(view_paragraphs, rule_id, gate if gate is not True else None):
                    self._nothing_fired(run, rule_id, state)  # nothing it could find here
                    continue
                pars = None
            self._run_in_section(run, r, view, pars, scan, state)

    def _nothing_fired(self, run: _CheckRun, rule_id: str, state: dict) -> None:
        """A rule whose triggers fired nowhere in the section: no context, no call, no time
        (its family is still listed), and the analyses only it would have read go."""
        fam = self._families[rule_id]
        timings = run.timings
        timings[fam] = timings.get(fam, 0.0)
        if run.readers is not None:
            run.readers.forget_after(rule_id, state)

    def _run_in_section(self, run: _CheckRun, r: Rule, view, pars: list | None, scan, state: dict) -> None:
        """Run rule `r` on a section (`view`): on `pars`, its paragraphs, or on the section
        itself when None; its raw findings stamped into the run's, a failure recorded for it
        (raised under `strict`), its time added to its family's."""
        meta = r.meta
        rule_id = meta.id
        doc, found, readers, shared, stamp = run.doc, run.found, run.readers, run.shared, self._stamp
        triggers = meta.triggers
        t0 = time.perf_counter()
        try:
            ctx = RuleContext(view, meta, self._options[rule_id], self._data, state, state["notes"],
                              scan if triggers else None, readers,
                              [(s.meta.id, s.confidence) for s in found] if meta.reads_findings else None,
                              [(s.start, s.end) for s in found] if meta.reads_findings else None)
            func = r.func
            if pars is None:
                for raw in func(view, ctx):
                    found.append(stamp(r, raw, doc, shared))
            else:
                for par in pars:
                    for raw in func(par, ctx):
                        found.append(stamp(r, raw, doc, shared))
        except CheckSkipped as exc:  # an optional dependency is missing
            run.failed[rule_id] = str(exc)
        except Exception as exc:  # a broken rule must not take the report down
            if self.strict:
                raise
            run.failed[rule_id] = f"internal error: {type(exc).__name__}: {exc}"
        finally:
            fam = self._families[rule_id]
            timings = run.timings
            timings[fam] = timings.get(fam, 0.0) + (time.perf_counter() - t0) * 1000
        if readers is not None:
            readers.forget_after(rule_id, state)

    def _run_on_document(self, run: _CheckRun, r: Rule, scan) -> None:
        """Run a check against the source: on the whole document, with its analyses (a long
        document's triggered ones on a scan of all its paragraphs, made once)."""
        doc = run.doc
        rule_scan = scan
        if r.meta.triggers and not run.whole:
            # every paragraph of a long document: its token spans are not handed to them all
            run.doc_scan = run.doc_scan or self.scanner.scan(doc.paragraphs, tokens=False)
            rule_scan = run.doc_scan
        self._run_rule(r, doc, run.doc_state, doc, run.found, run.failed, run.timings, rule_scan, None, run.shared,
                       doc.paragraphs)

    def _run_rule(self, r: Rule, doc, state: dict, real: Document, found: list, failed: dict, timings: dict,
                  scan, readers: AnalysisReaders | None, shared: dict, pars: list) -> None:
        """Run one rule on `doc` (its `pars`: the paragraphs a paragraph rule reads), its raw
        findings stamped into `found`, its time added to its family's."""
        meta = r.meta
        paragraph_rule = meta.scope is Scope.PARAGRAPH
        if paragraph_rule and meta.triggers:  # only where its triggers fired
            pars = scan.fired_in(pars, meta.id)
            if not pars:  # nothing to look at: no context, no call, no time (its family is still listed)
                fam = self._families[meta.id]
                timings[fam] = timings.get(fam, 0.0)
                return
        t0 = time.perf_counter()
        try:
            if paragraph_rule:
                ctx = self._context(meta, doc, state, scan, readers)
                func = r.func
                for par in pars:
                    for raw in func(par, ctx):
                        found.append(self._stamp(r, raw, real, shared))
            else:
                for raw in r.func(doc, self._context(meta, doc, state, scan, readers)):
                    found.append(self._stamp(r, raw, real, shared))
        except CheckSkipped as exc:  # an optional dependency is missing
            failed[r.id] = str(exc)
        except Exception as exc:  # a broken rule must not take the report down
            if self.strict:
                raise
            failed[r.id] = f"internal error: {type(exc).__name__}: {exc}"
        finally:
            fam = self._families[meta.id]
            timings[fam] = timings.get(fam, 0.0) + (time.perf_counter() - t0) * 1000

    def file_rules(self) -> list[tuple[Rule, dict, Severity | None]]:
        """The selected rules of a bilingual file's segments together (Scope.FILE), each with
        its options and its configured severity (None: its own); mtqa.bilingual.filecheck runs them."""
        return [(r, self._options[r.id], self._severity[r.id]) for r in self.rules if r.meta.scope is Scope.FILE]

    def _context(self, meta, doc, state: dict, scan, readers: AnalysisReaders | None = None) -> RuleContext:
        return RuleContext(doc, meta, self._options[meta.id], self._data, state, state["notes"],
                           scan if meta.triggers else None, readers)

    @staticmethod
    def names_rules(pattern: str) -> bool:
        """Whether a selection pattern (an id, a family, a glob) names some rule: asked of a
        suppression read outside a format's parser (a bilingual segment's ``mtqa: ignore``)."""
        try:
            registry.check_patterns([pattern], "")
        except ConfigError:
            return False
        return True

    @staticmethod
    def pattern_covers(pattern: str, rule_id: str) -> bool:
        """Whether a selection pattern names the rule `rule_id` (the selection's own matching)."""
        return registry.matches_id(pattern, rule_id)

    def check_document(self, doc: Document) -> Report:
        t0 = time.perf_counter()
        notes: list[str] = []
        found, ran, skipped, timings = self.findings(doc, notes)
        metrics = None
        for integration in self.integrations:
            applies = getattr(integration, "applies", None)
            if applies is not None and not applies(doc):
                continue  # nothing to do for this document (e.g. metrics without a reference)
            result = integration.run(doc, found)
            if result.skipped:
                skipped.append({"check": integration.name, "reason": result.skipped})
            else:
                ran.append(integration.name)
            found.extend(result.findings)
            notes.extend(result.notes)
            if result.metrics is not None:
                metrics = {**(metrics or {}), **result.metrics}
            timings[integration.name] = result.ms
        findings = one_per_slip(doc.text, _dedupe(filter_findings(found, doc)))
        if doc.source is not None:  # the source's own typography carried over is not the translation's
            findings, quieted = source_forms.carried_over(findings, doc.paragraphs, doc.source)
            if quieted:
                notes.append(source_forms.note(quieted))
        if doc.directives:
            notes.extend(unknown_names(doc))
        findings, withheld = scoring.corroborated(findings, self._needs_corroboration, self.policy.weights,
                                                         self.policy.category_weights)
        if withheld:
            notes.append(_withheld_note(withheld, self._needs_corroboration))
        words = doc.words
        timings = {k: round(v, 3) for k, v in timings.items()}
        timings["total"] = round((time.perf_counter() - t0) * 1000, 3)
        return Report.scored(
            doc.path, doc.text, words, findings, self.policy, checks_ran=ran,
            checks_skipped=skipped, notes=notes, timings=timings, metrics=metrics, locale=doc.locale,
            format=doc.format, empty=words == 0, bom=doc.bom, style=self.style.name,
        )

    def _stamp(self, r: Rule, raw: RawFinding, doc: Document, shared: dict) -> _Stamped:
        """What a raw finding says, on document offsets, without its paragraph: a long
        document keeps every one while its sections are checked, so `_finding` makes the
        Finding (its text, line and column) once they all are. Equal messages and fix titles
        share one string, equal suggestions one tuple (`shared`): a long document repeats its
        findings."""
        par = raw.par
        start, end = par.span_to_doc(raw.start, raw.end)
        fix = raw.fix
        if fix is not None:
            given = fix.edits
            if len(given) == 1:  # the usual fix: one edit, most often of the finding's own span
                e = given[0]
                edits: tuple[Edit, ...] = ((Edit(start, end, e.replacement),) if e.start < 0
                                           else (Edit(*par.span_to_doc(e.start, e.end), e.replacement),))
            else:
                edits = tuple(Edit(start, end, e.replacement) if e.start < 0
                              else Edit(*par.span_to_doc(e.start, e.end), e.replacement) for e in given)
            applicability = fix.applicability
            if par.offsets is not None and applicability is not Applicability.DISPLAY_ONLY and not all(
                edit_fits_source(par, *((raw.start, raw.end) if e.start < 0 else (e.start, e.end)), e.replacement,
                                 doc.text, doc.format)
                for e in fix.edits
            ):
                applicability = Applicability.DISPLAY_ONLY  # the edit would cut through markup
            fix = Fix(shared.setdefault(fix.title, fix.title), edits, applicability)
        meta = r.meta
        suggestions = raw.suggestions
        if suggestions:  # a tuple a finding of a fix makes afresh: equal ones share one
            suggestions = shared.setdefault(suggestions, suggestions)
        return _Stamped(
            meta, start, end, shared.setdefault(raw.message, raw.message), self._severity[meta.id] or raw.severity or meta.severity,
            raw.category or meta.category, suggestions, fix,
            raw.confidence if raw.confidence is not None else meta.default_confidence, raw.extra,
        )

    @staticmethod
    def _finding(s: _Stamped, doc_text: str, span_position, shared: dict) -> Finding:
        """The Finding of a stamped one (its message already shared by `_stamp`), its lines and
        columns from `span_position` (the document's `LineIndex.span_position`). Equal texts
        share one string (`shared`): a long document repeats its findings."""
        start, end = s.start, s.end
        text = doc_text[start:end]
        # positional: a check makes one a finding, and keywords cost a third of the call
        return Finding(s.meta.id, s.message, Span(start, end, *span_position(start, end)),
                       shared.setdefault(text, text), s.severity, s.category, s.suggestions, s.fix, s.confidence,
                       "mtqa", s.extra or NO_EXTRA)


class _Stamped(msgspec.Struct, gc=False):
    """A finding between its rule and its Finding: document offsets and what the rule said
    (no paragraph, no line and column, no copy of the text; not tracked by the collector)."""

    meta: RuleMeta
    start: int
    end: int
    message: str
    severity: Severity
    category: str
    suggestions: tuple[str, ...]
    fix: Fix | None
    confidence: float
    extra: dict | None


def selected_rules(cfg: Config) -> list[Rule]:
    """The rules a Checker built on `cfg` runs, without compiling them (`mtqa rules` lists these)."""
    return _select(cfg, _style(cfg))


def _style(cfg: Config) -> styles.Style:
    try:
        return styles.load(cfg.style, cfg.rules_dir)
    except ConfigError as exc:  # a style a configuration file names: that file, key and line
        raise ConfigError(where_set(cfg, "style", cfg.style, str(exc))) from None



def _timing_keys(rules: list[Rule], by_rule: bool) -> dict[str, str]:
    """What each rule's time is added to in a report's timings: its family, or itself."""
    return {r.id: r.id if by_rule else r.meta.family for r in rules}

def _select(cfg: Config, style: styles.Style) -> list[Rule]:
    """The rules to run: the user's selection, adjusted by the style where the user did not decide.

    Without a user selection, the style's `select` adds rules (preview ones included) to the
    default set. The style's `ignore` removes rules, except a rule the user selected by its id.
    The user's `ignore` always applies.
    """
    chosen = registry.select(cfg.select, cfg.ignore, cfg.preview)
    if not cfg.select and style.select:
        extra = {r.id for r in registry.select(style.select, cfg.ignore, preview=True)}
        chosen_ids = {r.id for r in chosen} | extra
        chosen = [r for r in registry.all_rules() if r.id in chosen_ids]
    named = set(cfg.select)
    return [r for r in chosen
            if r.id in named or not any(registry.matches(p, r) for p in style.ignore)]


# A document longer than this is checked in sections of about this many characters, cut
# between paragraphs (a paragraph longer than this between sentences): time stays linear
# and memory bounded on any input, and no story is that long, so document-wide checks
# (consistency, names) lose nothing on real copy.
SECTION_CHARS = 250_000


class DocumentSection:
    """A document as the rules see it when it is checked a section at a time."""

    def __init__(self, doc: Document, paragraphs: list) -> None:
        self._doc = doc
        self.paragraphs = paragraphs
        last = paragraphs[-1]
        # The section's span of the input: a story-wide search looks here, not at the whole text.
        self.extent = (paragraphs[0].to_doc(0), last.to_doc(len(last.text)))

    @cached_property
    def words(self) -> int:
        """The section's own words, counted as a Document counts its words: a rule that weighs
        what it found against the text's length (calques/reads-as-translation's rate of the
        other rules' findings) reads the section's findings over the section's words, the same
        figure a document of that one section gives, not over the whole document's."""
        count = word_counter()
        return sum(count(p.text) for p in self.paragraphs)

    def __getattr__(self, name: str):
        return getattr(self._doc, name)


def sections_of(paragraphs: list, limit: int = SECTION_CHARS) -> list[list]:
    """Paragraphs grouped into runs of about `limit` characters (long paragraphs cut)."""
    total = sum(len(p.text) for p in paragraphs)
    if total <= limit:
        return [paragraphs]
    return list(iter_sections(paragraphs, limit))


def iter_sections(paragraphs: Iterable, limit: int = SECTION_CHARS) -> Iterator[list]:
    """The sections of `sections_of`, one at a time, reading the paragraphs as they come."""
    current: list = []
    size = 0
    for par in paragraphs:
        for piece in _pieces(par, limit):
            if current and size + len(piece.text) > limit:
                yield current
                current, size = [], 0
            current.append(piece)
            size += len(piece.text)
    if current:
        yield current




def _trigger_packs(rules: list[Rule]) -> set[str]:
    """The packs the rules' triggers name (phrases computed from a pack, `Always`'s test)."""
    return {t.pack for r in rules for t in r.meta.triggers if getattr(t, "pack", None) is not None}


def _scanner(rules: list[Rule], packs: PackSet, order: list[str]) -> Scanner:
    """The scanner of the rules' triggers: its plan from the cache (no pack read for it), else
    made from the packs the triggers read, then kept. A broken pack is reported as when every
    pack of `order` is read in turn (the first broken one), also when the scanner fails."""
    triggered = [(r.id, r.meta.triggers) for r in rules if r.meta.triggers]
    wanted = _trigger_packs(rules)
    try:
        where = scan_plan.entry(triggered, {pid: packs.compiled_key(pid) for pid in sorted(wanted)})
    except Exception:  # a pack that cannot be read: reported below, in the rules' order
        where = None
    plan = scan_plan.load(where) if where is not None else None
    try:
        if plan is None:
            plan = scan_plan.ScanPlan.build(triggered, _read_packs(packs, order, wanted))
            if where is not None:
                scan_plan.store(where, plan)
        # the scanner's cache entry is named by the plan's (not by hashing its ~280 KB of tables)
        return Scanner(triggered, plan=plan, plan_key=None if where is None else where.stem)
    except Exception:  # a broken pack of the rest is reported first, as when all were read before
        _read_packs(packs, order, set(order))
        raise


def _read_packs(packs: PackSet, order: list[str], wanted: set[str]) -> dict[str, Any]:
    """The compiled packs of `order` that are `wanted`, read in that order. A pack that fails
    fails as it would have with every pack of `order` read in turn: the packs before it are
    read first, so the first broken one in `order` is the one reported."""
    data: dict[str, Any] = {}
    for i, pid in enumerate(order):
        if pid not in wanted:
            continue
        try:
            data[pid] = packs.compiled(pid)
        except Exception:
            for earlier in order[:i]:
                packs.compiled(earlier)
            raise
    return data


def _scoring_policy(cfg: Config) -> scoring.ScoringPolicy:
    """The verdict's weights and thresholds: the defaults, then the configuration's. Category weights
    are checked here too, for a library caller's (`Checker(category_weights=…)`); a file's were
    checked where it was read."""
    weights = dict(scoring.DEFAULT_WEIGHTS)
    for k, v in cfg.weights.items():
        weights[Severity.parse(k)] = float(v)
    given = check_category_weights(cfg.category_weights, "category_weights") if cfg.category_weights else {}
    by_category = category_weights.over_defaults(scoring.DEFAULT_CATEGORY_WEIGHTS, given, weights,
                                                 scoring.DEFAULT_WEIGHTS)
    return scoring.ScoringPolicy(
        weights,
        cfg.fail_under if cfg.fail_under is not None else scoring.DEFAULT_THRESHOLD,
        cfg.critical_fails,
        Severity.parse(cfg.fail_on) if cfg.fail_on else None,
        category_weights.resolve(by_category, weights),
    )


class _CheckRun:
    """What one check carries from section to section: its rules, findings, failures, timings,
    the whole document's analyses and the whole document's scan (made once, when first needed)."""

    __slots__ = ("doc", "whole", "runnable", "found", "failed", "timings", "shared", "doc_state", "readers", "doc_scan")

    def __init__(self, doc: Document, whole: bool, runnable: list[Rule], found: list, failed: dict, timings: dict,
                 shared: dict, notes: list[str], readers: AnalysisReaders | None) -> None:
        self.doc = doc
        self.whole = whole
        self.runnable = runnable
        self.found = found
        self.failed = failed
        self.timings = timings
        self.shared = shared
        self.doc_state: dict = {"notes": notes}  # analyses of the whole document (checks against the source)
        self.readers = readers
        self.doc_scan: ScanResult | None = None


def _drop_section(section, state: dict) -> None:
    """Free a checked section: memory stays bounded by one section."""
    for par in section:
        par.drop_caches()
    forget_state(state)  # analyses may refer back to their context (a cycle the collector frees late)

def _sections(doc: Document, limit: int = SECTION_CHARS) -> tuple[Iterator[list], bool]:
    """The sections a document is checked in, and whether it is one (the document itself).

    A text of at most `limit` characters is one section (its prose is no longer than it). A
    longer one is cut as its paragraphs are read, so that with a format that streams them only
    one section's paragraphs are alive at a time; should it still make a single section, the
    document's own paragraph list is used, as for a short one.
    """
    if len(doc.text) <= limit:
        return iter(sections_of(doc.paragraphs, limit)), True
    sections = iter_sections(doc.iter_paragraphs(), limit)
    first = next(sections, None)
    second = next(sections, None)
    if first is None or second is None:
        return iter([doc.paragraphs]), True
    return _handing_over([first, second], sections), False


def _handing_over(ready: list[list], rest: Iterator[list]) -> Iterator[list]:
    """`ready` then `rest`, keeping no reference to a section once it is handed out."""
    while ready:
        yield ready.pop(0)
    yield from rest


def _pieces(par, limit: int) -> Iterator:
    """A paragraph, or for one longer than `limit`, pieces of it cut at sentence starts."""
    text = par.text
    if len(text) <= limit:
        yield par
        return
    from mtqa.segment import split_sentences

    pos = 0
    while len(text) - pos > limit:
        target = pos + limit
        lo = max(pos + 1, target - 20_000)
        starts = [s.start for s in split_sentences(text[lo:target]) if s.start > 0]
        if starts:
            cut = lo + starts[-1]
        else:
            space = text.rfind(" ", lo, target)
            cut = space + 1 if space >= 0 else target
        yield par.piece(pos, cut)
        pos = cut
    yield par.piece(pos, len(text))


def _withheld_note(count: int, rule_ids: frozenset[str]) -> str:
    """Why findings a rule made are not in the report: nothing that stands alone costs anything."""
    return (f"{count} finding{'s' if count != 1 else ''} of {', '.join(sorted(rule_ids))} withheld: "
            "they stand only beside other findings that cost something, and there were none")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in sorted(findings, key=FINDING_ORDER):
        key = (f.rule_id, f.span.start, f.span.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _integrations(cfg: Config) -> list:
    """Optional checks after the rules; each is imported only when it can run."""
    from mtqa.integrations import enabled

    return enabled(cfg)
