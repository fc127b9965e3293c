"""What a rule is: metadata beside its logic, with examples that the test suite runs.

A rule is a plain function decorated with ``@rule(...)``. Its docstring is the user's
documentation (``mtqa explain ID`` prints it) and holds its examples under fixed headings:

    ## Why it matters
    ## Examples            lines "bad: …" and "good: …"; [[x->y]] marks a span that must be
                           flagged with suggestion y, [[x]] a span with no suggestion check,
                           and "\\n" inside an example stands for a line break;
                           "bad: … || source: …" (or "|| reference: …") gives the example
                           the document's source text (or reference translation)
    ## Fix safety          required when the rule offers a fix
    ## Known issues        optional

The rule yields RawFindings through ``ctx.finding(...)``; the engine stamps id, severity and
category, so a rule never knows how it is configured.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Iterable, Iterator

import msgspec

from mtqa.analysis import PARAGRAPH, AnalysisMeta, TriggerHits
from mtqa.analysis import meta_of as analysis_meta
from mtqa import pattern_cache
from mtqa.finding import Fix, FixAvailability, Severity
from mtqa.patterns import lazy_re
from mtqa.schema import Option
from mtqa.segment import Paragraph

# `regex` through the pattern cache, not `re`: every rule module checks its ids at import, and
# `re` parses a pattern in Python at each start-up (~75 µs); the classes are ASCII and `$` is
# read alike by both (the end, or before a final line break), so the ids accepted are the same.
ID_PATTERN = pattern_cache.compile(r"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$")
_MARK = lazy_re(r"\[\[(.+?)(?:->(.*?))?\]\]")


class Scope(enum.Enum):
    """What a rule function receives: one paragraph at a time, the whole document, or a bilingual file's segments."""

    PARAGRAPH = "paragraph"
    DOCUMENT = "document"
    # The segments of a bilingual file, together, once each was checked alone: what only the
    # file as a whole shows (one source translated two ways). mtqa.bilingual.filecheck runs these
    # rules; a plain document has no segments, so the engine leaves them out of its checks.
    FILE = "file"


class Status(enum.Enum):
    STABLE = "stable"
    PREVIEW = "preview"
    DEPRECATED = "deprecated"


class Example(msgspec.Struct, frozen=True):
    """A documented example: `kind` is "bad" or "good"; spans index `text`."""

    kind: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()
    replacements: tuple[str | None, ...] = ()
    raw: str = ""
    source: str | None = None
    reference: str | None = None

    @property
    def label(self) -> str:
        short = self.raw if len(self.raw) <= 50 else self.raw[:47] + "..."
        return f"{self.kind}:{short}"


def parse_example(kind: str, raw: str) -> Example:
    """Parse an example line; markers [[x->y]] / [[x]] become spans and replacements."""
    raw = raw.strip()
    aux: dict[str, str] = {}
    body, *extras = raw.split(" || ")
    for extra in extras:
        key, sep, value = extra.partition(":")
        if not sep or key.strip() not in ("source", "reference"):
            raise ValueError(f"example {raw!r}: after ' || ' expected 'source: …' or 'reference: …'")
        aux[key.strip()] = value.strip().replace("\\n", "\n")
    expanded = body.strip().replace("\\n", "\n")
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    repls: list[str | None] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(expanded):
        text_parts.append(expanded[pos : m.start()])
        length += m.start() - pos
        inner = m.group(1)
        spans.append((length, length + len(inner)))
        repls.append(m.group(2))
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(expanded[pos:])
    return Example(kind, "".join(text_parts), tuple(spans), tuple(repls), raw, aux.get("source"), aux.get("reference"))


def parse_examples(doc: str) -> list[Example]:
    """Collect the bad:/good: lines of the '## Examples' section of a docstring."""
    examples: list[Example] = []
    in_section = False
    for line in (doc or "").splitlines():
        stripped = line.strip()
        if stripped.startswith("## "):
            in_section = stripped[3:].strip().lower() == "examples"
            continue
        if not in_section:
            continue
        for kind in ("bad", "good"):
            if stripped.startswith(kind + ":"):
                examples.append(parse_example(kind, stripped[len(kind) + 1 :]))
    return examples


def readable_doc(doc: str, width: int | None = None) -> str:
    """`doc` as `mtqa explain` shows it: each example of '## Examples' written as the text a
    reader would see, its flagged words underlined with carets and the fix after them, as the
    text report does (the docstring's `[[x->y]]` marks and `\\n` escapes are for the tests).
    With `width` (a terminal's columns) an example wider than it is folded at spaces, each
    piece with its own carets: a terminal's own wrapping would leave them under other words."""
    out: list[str] = []
    in_section = False
    for line in (doc or "").splitlines():
        stripped = line.strip()
        if stripped.startswith("## "):
            in_section = stripped[3:].strip().lower() == "examples"
        kind = next((k for k in ("bad", "good") if stripped.startswith(k + ":")), None) if in_section else None
        if kind is None:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        room = None if width is None else max(_MIN_ROOM, width - len(indent) - len(_HANG))
        out.extend((indent + row).rstrip()
                   for row in _example_rows(parse_example(kind, stripped[len(kind) + 1 :]), room))
    return "\n".join(out)


_HANG = "      "  # the width of "bad:  " and "good: ", before every line of an example after its first
_MIN_ROOM = 20  # columns an example's text gets however narrow the terminal says it is


def _example_rows(ex: Example, room: int | None = None) -> list[str]:
    """One example's lines: `bad:  text`, a caret line under each line holding a flagged span,
    each line folded to `room` columns of text if given."""
    rows: list[str] = []
    start = 0
    for i, text_line in enumerate(ex.text.split("\n")):
        end = start + len(text_line)
        rows.extend(_text_line_rows(ex.kind, i == 0, text_line.rstrip(), _marks_on_line(ex, start, end), room))
        start = end + 1
    for key, value in (("source", ex.source), ("reference", ex.reference)):
        for k, line in enumerate((value or "").split("\n") if value else ()):  # a file rule's: a line a segment
            said = f"{key}: {line}" if k == 0 else " " * (len(key) + 2) + line
            rows.extend(_HANG + said[a:b] for a, b in _pieces(said, room))
    return rows


def _marks_on_line(ex: Example, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The flagged spans that open on the line at [start, end] of the example's text, as offsets
    within the line, each with its replacement (None: no fix)."""
    return [(a - start, b - start, r) for (a, b), r in zip(ex.spans, ex.replacements) if start <= a <= end]


def _pieces(text: str, room: int | None) -> list[tuple[int, int]]:
    """`text` folded to `room` columns, or whole when no room is given."""
    return _fold(text, room) if room is not None else [(0, len(text))]


def _text_line_rows(kind: str, first: bool, text_line: str, marks: list[tuple[int, int, str | None]],
                    room: int | None) -> list[str]:
    """One line of an example's text, folded, each piece followed by the carets under it; the
    fixes follow the carets of the last marked piece."""
    fixes = ", ".join(r if r else "(delete)" for _, _, r in marks if r is not None)
    pieces = _pieces(text_line, room)
    under = _carets_under(_carets(marks), pieces)
    last_marked = max((k for k, u in enumerate(under) if "^" in u), default=None)
    rows = []
    for k, (a, b) in enumerate(pieces):
        lead = ("bad:  " if kind == "bad" else "good: ") if first and k == 0 else _HANG
        rows.append(lead + text_line[a:b])
        if "^" in under[k]:
            rows.append((_HANG + under[k] + (" " + fixes if fixes and k == last_marked else "")).rstrip())
    return rows


def _carets_under(carets: list[str], pieces: list[tuple[int, int]]) -> list[str]:
    """The caret line under each piece of a folded line; the last piece's carets run on past the
    text (a mark at its end: an insertion after it)."""
    return ["".join(carets[a:(b if k < len(pieces) - 1 else max(b, len(carets)))]).rstrip()
            for k, (a, b) in enumerate(pieces)]


def _carets(marks: list[tuple[int, int, str | None]]) -> list[str]:
    """A caret under every character of each mark (one under an empty mark: an insertion point)."""
    carets = [" "] * (max((b for _, b, _ in marks), default=0) + 1)
    for a, b, _ in marks:
        carets[a:max(b, a + 1)] = "^" * max(b - a, 1)
    return carets


def _fold(text: str, room: int) -> list[tuple[int, int]]:
    """`text` cut into pieces of at most `room` characters, at a space where there is one (the
    space is dropped), as (start, end) offsets."""
    pieces: list[tuple[int, int]] = []
    a = 0
    while len(text) - a > room:
        cut = text.rfind(" ", a + 1, a + room + 1)
        if cut <= a:
            pieces.append((a, a + room))
            a += room
        else:
            pieces.append((a, cut))
            a = cut + 1
    pieces.append((a, len(text)))
    return pieces


def headings(doc: str) -> list[str]:
    return [ln.strip()[3:].strip() for ln in (doc or "").splitlines() if ln.strip().startswith("## ")]


class RuleMeta(msgspec.Struct, frozen=True):
    """Everything about a rule except its logic.

    Args:
        id: "family/kebab-name", stable forever.
        category: MQM "Top/Subcategory", e.g. "Fluency/Punctuation".
        severity: default severity.
        scope: what the function receives.
        fix: whether the rule offers a fix.
        packs: pack ids the rule reads through ctx.data().
        options: option name → its declaration (mtqa.schema.Option: type, default, doc,
            bounds); configuration and style profiles may set it, checked against it.
        status: stable or preview.
        default_confidence: confidence when the rule does not give one.
        needs_corroboration: its findings stand only where findings of rules that stand on
            their own already cost something (`mtqa.scoring.corroborated`): a judgement on
            the whole text that is evidence only beside concrete errors.
        reads_findings: it runs after every other rule of its section and reads what they
            found (`RuleContext.earlier_findings`): a judgement of the whole text that weighs
            the other rules' findings, made from this check's, never a second one.
        only_where_fired: a document rule that can find nothing unless one of its triggers
            fired somewhere in the document (or the section a long one is checked in): the
            engine skips it where none did, as it skips a paragraph rule in a paragraph
            without hits. Without it a document rule runs on every document, its triggers
            only read (`RuleContext.hits`). The name of one of its triggers instead of True:
            only where that trigger fired (a rule whose analysis reads other triggers too, but
            finds nothing unless this one fired).
    """

    id: str
    category: str
    severity: Severity
    scope: Scope = Scope.PARAGRAPH
    fix: FixAvailability = FixAvailability.NONE
    packs: tuple[str, ...] = ()
    options: dict[str, Option] = msgspec.field(default_factory=dict)
    status: Status = Status.STABLE
    default_confidence: float = 1.0
    locales: tuple[str, ...] = ()  # empty: every locale
    requires: tuple[str, ...] = ()  # Document attributes that must be set ("source", "reference")
    triggers: tuple = ()  # mtqa.scan triggers: the rule runs only where one fires (see mtqa.scan.triggers)
    needs_corroboration: bool = False
    reads_findings: bool = False
    only_where_fired: bool | str = False

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def option_defaults(self) -> dict[str, Any]:
        """Each option's default, as the rule reads its options when nothing sets them."""
        return {name: option.default for name, option in self.options.items()}


class Rule(msgspec.Struct):
    """A registered rule: metadata, the function, and its parsed documentation."""

    meta: RuleMeta
    func: Callable[..., Iterable[RawFinding]]
    docstring: str  # as written; `doc` is it dedented (done when asked: a check never reads it)

    @property
    def doc(self) -> str:
        return _dedent(self.docstring)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def description(self) -> str:
        """The docstring's first paragraph on one line (its first line alone may stop mid-sentence)."""
        first = self.doc.strip().split("\n\n", 1)[0]
        return " ".join(line.strip() for line in first.splitlines())

    @property
    def examples(self) -> list[Example]:
        return parse_examples(self.doc)


class RawFinding(msgspec.Struct):
    """What a rule yields: a span of one paragraph's text and what to say about it."""

    par: Paragraph
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    confidence: float | None = None
    severity: Severity | None = None  # a per-finding default (e.g. from a pack entry)
    category: str | None = None
    extra: dict | None = None


_ANALYSES = object()  # the key of ctx.state under which analyses are cached
# ... and per-paragraph ones, by analysis then paragraph: no (function, paragraph) key kept per
# paragraph (a long document's section holds ~10,000 of them).
_PARAGRAPH_ANALYSES = object()


def forget_state(state: dict) -> None:
    """Empty a document's (or section's) shared state and its analyses: an analysis may refer
    back to the context that asked for it, a cycle the collector would free only late."""
    analyses = state.get(_ANALYSES)
    if analyses is not None:
        analyses.clear()
    for by_paragraph in state.get(_PARAGRAPH_ANALYSES, {}).values():
        by_paragraph.clear()
    state.clear()


class AnalysisReaders:
    """Which rules read which analyses, learned as a long document is checked a section at a
    time, so that a section's analysis is forgotten once the last rule that reads it has run
    (`forget_after`) instead of living beside every later rule's until the section ends (a
    section's tagged tokens, quote marks, word sets: megabytes each).

    The first section teaches them: there nothing is forgotten (it holds what a document of one
    section's length holds anyway), and every rule that reads an analysis, computing it or
    finding it computed, is learned as a reader. Once it is checked (`learned`), an analysis is
    forgotten after its last known reader. Learning only from the rule that computed it, with
    forgetting from the start, made every reader of a document analysis compute it again in
    the first section (each was the last known reader when it ran): the layout roles sixteen
    times there on a long story. A rule that reads one, in a later section, that it did not
    read in the first, once its last known reader has run, computes it again (the same result:
    analyses depend on their paragraph or document only) and is its last reader from then on,
    so what is recomputed is bounded by the rules, not by the document.
    """

    __slots__ = ("_position", "_last", "learning")

    def __init__(self, rule_ids: Iterable[str]) -> None:
        self._position = {rid: i for i, rid in enumerate(rule_ids)}  # the order the rules run in
        self._last: dict[Callable, int] = {}  # analysis -> position of its last known reader
        self.learning = True  # the first section: readers learned, nothing forgotten

    def read(self, func: Callable, rule_id: str) -> None:
        """`rule_id` read analysis `func` (computed it, or, while learning, found it computed)."""
        position = self._position.get(rule_id, -1)
        if position > self._last.get(func, -1):
            self._last[func] = position

    def learned(self) -> None:
        """The first section is checked: from now on analyses are forgotten after their last reader."""
        self.learning = False

    def forget_after(self, rule_id: str, state: dict) -> None:
        """Forget the analyses in `state` whose last known reader is `rule_id` (none while learning)."""
        if self.learning:
            return
        position = self._position.get(rule_id)
        analyses = state.get(_ANALYSES)
        by_paragraph = state.get(_PARAGRAPH_ANALYSES)
        for func, last in self._last.items():
            if last == position:
                if analyses:
                    analyses.pop(func, None)
                if by_paragraph:
                    by_paragraph.pop(func, None)


def raw_finding(
    par: Paragraph,
    start: int,
    end: int,
    message: str,
    *,
    suggestions: Iterable[str] = (),
    fix: Fix | None = None,
    confidence: float | None = None,
    severity: Severity | str | None = None,
    category: str | None = None,
    extra: dict | None = None,
) -> RawFinding:
    """What `RuleContext.finding` makes, for an analysis that judges on behalf of its rules
    (a finding needs nothing of the rule that yields it: the engine stamps that on)."""
    sugg = tuple(suggestions)
    if fix is not None and not sugg:
        sugg = tuple(e.replacement for e in fix.edits if e.start < 0)
    return RawFinding(
        par, start, end, message, sugg, fix, confidence,
        Severity.parse(severity) if severity is not None else None, category, extra,
    )


class RuleContext:
    """Per-document, per-rule state handed to a rule: data, options, and the finding factory."""

    __slots__ = ("doc", "meta", "options", "_data", "state", "notes", "_scan", "_analyses", "_paragraph_analyses",
                 "_readers", "_earlier", "_earlier_spans")

    def __init__(self, doc, meta: RuleMeta, options: dict[str, Any], data: dict[str, Any], state: dict,
                 notes: list[str] | None = None, scan: Any = None, readers: AnalysisReaders | None = None,
                 earlier: list[tuple[str, float]] | None = None,
                 earlier_spans: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.meta = meta
        self.options = options
        self._data = data
        self.state = state  # shared by all rules for one document (caches of derived facts)
        self.notes = notes if notes is not None else []  # the report's notes
        self._scan = scan  # the mtqa.scan.ScanResult of the paragraphs being checked
        analyses = state.get(_ANALYSES)
        if analyses is None:
            analyses = state[_ANALYSES] = {}
        self._analyses: dict = analyses  # the state's analyses, looked up once per rule, not per call
        by_paragraph = state.get(_PARAGRAPH_ANALYSES)
        if by_paragraph is None:
            by_paragraph = state[_PARAGRAPH_ANALYSES] = {}
        self._paragraph_analyses: dict = by_paragraph  # analysis -> {paragraph: result}
        self._readers = readers  # a long document's sections: who reads what (see AnalysisReaders)
        self._earlier = earlier  # (rule id, confidence) of the findings made before it, for a rule that reads them
        self._earlier_spans = earlier_spans  # their spans in the document, in the same order

    def earlier_findings(self) -> list[tuple[str, float]]:
        """(rule id, confidence) of every finding the other rules made before this one in this
        check (this section of a long document; LanguageTool's come later and are not there).
        Only for a rule declared with `reads_findings`, which the engine runs last."""
        if self._earlier is None:
            raise RuntimeError(f"rule {self.meta.id} reads the other rules' findings but does not declare reads_findings")
        return self._earlier

    def earlier_spans(self) -> list[tuple[int, int]]:
        """The document spans (start, end) of the findings `earlier_findings` lists, in its order:
        where the other rules have spoken already, for a rule placing its own findings elsewhere."""
        if self._earlier is None:
            raise RuntimeError(f"rule {self.meta.id} reads the other rules' findings but does not declare reads_findings")
        return self._earlier_spans or []  # a context made with the findings alone knows no places

    def hits(self, par: Paragraph, trigger: str | None = None) -> list:
        """Where this rule's declared triggers (or the one named `trigger`) fired in `par`
        (mtqa.scan.Hit, in text order)."""
        if self._scan is None:
            raise RuntimeError(f"rule {self.meta.id} asks for hits but declares no triggers")
        return self._scan.hits(par, self.meta.id, trigger)

    def fired_in(self, pars: list) -> list:
        """The paragraphs of `pars` where this rule's declared triggers fired, in order: a
        document-scope rule walks those, not every paragraph (`hits` of the others are empty)."""
        if self._scan is None:
            raise RuntimeError(f"rule {self.meta.id} asks where its triggers fired but declares none")
        return self._scan.fired_in(pars, self.meta.id)

    def partial(self, par: Paragraph, why: str) -> None:
        """Record that this rule could not check all of `par` (a pattern timed out): the
        report says so, naming the rule and the paragraph, instead of passing in silence."""
        segment = self._segment()  # a bilingual file's: the line is the segment's, not the file's
        where = f"paragraph {par.index + 1}" if segment is None else f"segment {segment!r}, paragraph {par.index + 1}"
        line = getattr(self.doc, "position", None)
        if line is not None:
            try:
                where += f" (line {line(par.to_doc(0))[0]}{'' if segment is None else ' of the segment'})"
            except (IndexError, TypeError):
                pass
        note = f"{self.meta.id}: partial: {where} not fully checked: {why}"
        if note not in self.notes:
            self.notes.append(note)

    def _segment(self):
        """The id of the bilingual file's segment this document is, or None."""
        return (getattr(self.doc, "meta", None) or {}).get("segment")

    def partial_document(self, why: str) -> None:
        """Record that this rule could not check all of the document, where no one paragraph
        is to blame (a pattern that timed out on the story's whole text)."""
        segment = self._segment()
        note = f"{self.meta.id}: partial: {'the document' if segment is None else f'segment {segment!r}'} not fully checked: {why}"
        if note not in self.notes:
            self.notes.append(note)

    @property
    def locale(self) -> str:
        return self.doc.locale

    def analysis(self, func: Callable[..., Any], par: Paragraph | None = None) -> Any:
        """The result of a declared analysis (``mtqa.analysis``), computed once.

        ``ctx.analysis(func)`` is ``func(doc, *packs)``, once per document;
        ``ctx.analysis(func, par)`` is ``func(par, *packs)``, once per paragraph (packs: the
        compiled packs the analysis declares, which the rule must declare too). Every rule that asks for the same analysis gets
        the same result, whichever asked first: the function is the key, never a string.
        """
        cache: dict
        key: Any
        if par is None:
            cache, key = self._analyses, func
        else:
            by_paragraph = self._paragraph_analyses.get(func)
            if by_paragraph is None:
                by_paragraph = self._paragraph_analyses[func] = {}
            cache, key = by_paragraph, par
        try:
            value = cache[key]
        except KeyError:
            pass
        else:
            readers = self._readers
            if readers is not None and readers.learning:
                readers.read(func, self.meta.id)
            return value
        meta = analysis_meta(func)
        if (meta.scope == PARAGRAPH) != (par is not None):
            raise TypeError(f"analysis {meta.name!r} is per {meta.scope}: "
                            + ("pass the paragraph" if par is None else "do not pass a paragraph"))
        args = [self.doc if par is None else par, *(self.data(p) for p in meta.packs)]
        if meta.triggers:
            args.append(self._analysis_hits(meta))
        value = cache[key] = func(*args)
        if self._readers is not None:
            self._readers.read(func, self.meta.id)
        return value

    def _analysis_hits(self, meta: AnalysisMeta) -> TriggerHits:
        """`hits(par, trigger_name)` (and `hits.fired_in(pars, trigger_name)`) for an analysis
        that declares triggers: the same hits whichever rule asks (rules declaring one trigger
        share its hits), as long as the rule declares them too."""
        missing = [t.name for t in meta.triggers if t not in self.meta.triggers]
        if missing:
            raise KeyError(f"rule {self.meta.id} reads analysis {meta.name!r}, whose triggers "
                           f"{', '.join(map(repr, missing))} it does not declare")
        return TriggerHits(self._scan, self.meta.id)

    def data(self, pack_id: str) -> Any:
        """The compiled pack `pack_id` (declared in the rule's `packs`)."""
        try:
            return self._data[pack_id]
        except KeyError:
            raise KeyError(f"rule {self.meta.id} reads pack {pack_id!r} but does not declare it") from None

    # A finding needs nothing of the rule that yields it (the engine stamps that on).
    finding = staticmethod(raw_finding)


class CheckSkipped(Exception):
    """Raised by a rule that cannot run here (an optional dependency is missing).

    The engine records the rule as skipped, with this exception's message as the reason.
    """


# The registry of every rule defined by an imported rule module, in definition order (and of the
# rules mtqa.registry read from its table before their module was imported: `waiting_rule`).
DEFINED: list[Rule] = []
# Those of them whose module is not imported yet, by id, each with its Deferred: the module's
# `@rule` gives them their function.
_WAITING: dict[str, tuple[Rule, Deferred]] = {}


class Deferred:
    """A rule's function while its module is not imported (mtqa.rule_table): a check calls a
    rule only where its triggers fire, so most modules of rules that find nothing in a short
    text are never imported. The first call imports the module, whose `@rule` hands the waiting
    rule (and this object, for whoever kept it) its function, and calls that."""

    def __init__(self, module: str, rule_id: str) -> None:
        self.__module__ = module  # what the function's own would say (tests read it)
        self.rule_id = rule_id
        self.resolved: Callable[..., Any] | None = None  # the function, once the module defined it

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        func = self.resolved
        if func is None:
            import importlib

            importlib.import_module(self.__module__)
            func = self.resolved
            if func is None:
                raise RuntimeError(f"rule {self.rule_id}: module {self.__module__} did not define it")
        return func(*args, **kwargs)


def waiting_rule(module: str, meta: RuleMeta, docstring: str) -> Rule:
    """Register a rule of `module` from its kept metadata, its function imported when first called."""
    deferred = Deferred(module, meta.id)
    r = Rule(meta, deferred, docstring)
    DEFINED.append(r)
    _WAITING[meta.id] = (r, deferred)
    return r


def rule(
    id: str,
    *,
    category: str,
    severity: Severity | str,
    scope: Scope = Scope.PARAGRAPH,
    fix: FixAvailability = FixAvailability.NONE,
    packs: tuple[str, ...] | list[str] = (),
    options: dict[str, Option] | None = None,
    status: Status = Status.STABLE,
    confidence: float = 1.0,
    locales: tuple[str, ...] = (),
    requires: tuple[str, ...] = (),
    triggers: tuple | list = (),
    needs_corroboration: bool = False,
    reads_findings: bool = False,
    only_where_fired: bool | str = False,
) -> Callable[[Callable[..., Iterator[Any]]], Callable[..., Iterator[Any]]]:
    """Declare a rule: the metadata lives beside the function it describes. It yields
    RawFindings, or mtqa.bilingual.filescope.SegmentHits for a rule of Scope.FILE."""
    if not ID_PATTERN.match(id):
        raise ValueError(f"rule id {id!r} must look like 'family/kebab-name'")

    for name, option in (options or {}).items():
        if not isinstance(option, Option):
            raise ValueError(f"rule {id}: option {name!r} must be declared as an Option (type, default, doc)")
    if only_where_fired and (scope is not Scope.DOCUMENT or not triggers or requires):
        raise ValueError(f"rule {id}: only_where_fired is for a document rule with triggers, not checked against a source")
    if isinstance(only_where_fired, str) and only_where_fired not in {t.name for t in triggers}:
        raise ValueError(f"rule {id}: only_where_fired names {only_where_fired!r}, none of its triggers")
    for trig in triggers:
        pack = getattr(trig, "pack", None)
        if pack is not None and pack not in packs:
            raise ValueError(f"rule {id}: trigger {trig.name!r} reads pack {pack!r}, which the rule does not declare")

    def decorate(func):
        meta = RuleMeta(
            id=id, category=category, severity=Severity.parse(severity), scope=scope, fix=fix,
            packs=tuple(packs), options=dict(options or {}), status=status,
            default_confidence=confidence, locales=tuple(locales), requires=tuple(requires),
            triggers=tuple(triggers), needs_corroboration=needs_corroboration,
            reads_findings=reads_findings, only_where_fired=only_where_fired,
        )
        waiting = _WAITING.pop(id, None)
        if waiting is not None:  # registered from the rule table: the same place, now with its function
            r, deferred = waiting
            deferred.resolved = func
            if r.func is deferred:  # (not a wrapper someone put there meanwhile)
                r.func = func
            r.meta, r.docstring = meta, func.__doc__ or ""
            func.rule = r
            return func
        r = Rule(meta, func, func.__doc__ or "")
        DEFINED.append(r)
        func.rule = r
        return func

    return decorate


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)
