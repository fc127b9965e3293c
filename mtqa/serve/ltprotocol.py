"""LanguageTool's HTTP protocol (`/v2/check`, `/v2/languages`, and the endpoints editor plugins
ask before they check: `/v2/info`, `/v2/maxtextlength`, `/v2/configinfo`, `/v2/healthcheck`)
in front of mtqa.

A request is LanguageTool's: form fields `text` or `data` (annotated markup:
``{"annotation": [{"text": "A "}, {"markup": "<b>", "interpretAs": ""}, ...]}``), `language`
(``en-CA``, ``en-US``, ``en``, ``auto``…), `enabledRules`, `disabledRules`, `enabledOnly`,
`enabledCategories`, `disabledCategories`, `level` and `preferredVariants`, and mtqa's own
`filename` (the copy's file name: its per-file settings apply; `filename_of`). The answer is
LanguageTool's JSON, so a client that nobody here wrote reads it unchanged:

* offsets and lengths count UTF-16 code units (Java's), into the text as sent (markup included
  for `data`, as LanguageTool does), and `context` is 40 characters either side with "..."
  where cut and line breaks shown as spaces;
* `rule.id` is mtqa's rule id (``quotes/wrong-direction``: ``mtqa explain`` documents it, and a
  client may send it back in `disabledRules`); `rule.category` is the rule's family
  (``MTQA_QUOTES``), which `enabledCategories`/`disabledCategories` take;
* `rule.issueType` is the ITS issue type of the finding's MQM category (`ISSUE_TYPES`), or
  ``style`` for a finding below confidence 0.5 (LanguageTool's clients show those as hints);
* `type.typeName` is ``UnknownWord`` for spelling, ``Hint`` for minor or low-confidence findings,
  ``Other`` for major and critical ones; `shortMessage` is "MQM category (severity)";
* `sentenceRanges` and LanguageTool 6's `extendedSentenceRanges` (each sentence's language: the
  request's, rate 1.0) are mtqa's sentences, in the same units;
* a finding on an empty span (an insertion point) is widened to the character before it, and its
  replacements include that character, since LanguageTool's clients expect a length above zero.

`mode` splits the rules as LanguageTool does for clients that check paragraphs and the whole
text separately: ``allButTextLevelOnly`` runs mtqa's paragraph rules, ``textLevelOnly`` its
document rules (those that read across paragraphs), ``all`` (the default) both, so a client
sending both modes gets every finding once.

`level=picky` adds preview rules and findings below confidence 0.5 (shown but not scored in
mtqa's own reports); the default level leaves both out. Rule ids and categories that are not
mtqa's are LanguageTool's: with a LanguageTool server to forward to, they go there, and its
matches are merged in; one that overlaps an mtqa match is dropped (mtqa's wins), and so is one
that reports the slip an mtqa match just beside it reports (the mapping table's ``[same_slip]``).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from mtqa.finding import Finding, Severity
from mtqa.schema import did_you_mean
from mtqa.slips import same_slip
from mtqa.serve.limits import ApiError

CONTEXT_CHARS = 40
LANGUAGE_NAMES = {
    "en": "English", "en-US": "English (US)", "en-GB": "English (GB)", "en-CA": "English (Canadian)",
    "en-AU": "English (Australian)", "en-NZ": "English (New Zealand)", "en-IE": "English (Irish)",
    "en-ZA": "English (South African)", "en-IN": "English (Indian)",
}
FAMILY_NAMES = {
    "titles": "Titles and ranks", "quotes": "Quotation marks", "institutions": "Institutions and locale",
    "spelling": "National spelling", "ridings": "Ridings", "abbreviations": "Abbreviations",
    "repetition": "Repetition", "publications": "Publication names", "calques": "Calques and false friends",
    "names": "Names", "consistency": "Consistency", "attribution": "Attribution",
    "boilerplate": "Page furniture", "typography": "Typography", "source": "Source checks",
    "encoding": "Encoding damage", "numbers": "Number conventions", "untranslated": "Untranslated words",
    "nonwords": "Non-words", "grammar": "Grammar", "house": "House style",
}
# MQM category (full, then top level) → ITS issue type, the vocabulary of LanguageTool's `issueType`.
ISSUE_TYPES = {
    "Accuracy/Addition": "addition",
    "Accuracy/Mistranslation": "mistranslation",
    "Accuracy/Omission": "omission",
    "Accuracy/Untranslated": "untranslated",
    "Fluency/Grammar": "grammar",
    "Fluency/Inconsistency": "inconsistency",
    "Fluency/Punctuation": "typographical",
    "Fluency/Spelling": "misspelling",
    "Accuracy": "mistranslation",
    "Fluency": "grammar",
    "Terminology": "terminology",
    "Locale convention": "locale-violation",
    "Style": "style",
}
FAMILY_ISSUE_TYPES = {"repetition": "duplication"}  # words the translation doubled
SOFTWARE = {"name": "mtqa", "apiVersion": 1, "premium": False, "premiumHint": "", "status": ""}
_TRUE = {"true", "1", "yes", "on"}
MODES = ("all", "textLevelOnly", "allButTextLevelOnly")


# ---- offsets ---------------------------------------------------------------------------


class Utf16:
    """Code-point offsets of one text → UTF-16 code units (Java's, LanguageTool's)."""

    def __init__(self, text: str) -> None:
        self._prefix = None
        if any(ord(c) > 0xFFFF for c in text):
            prefix = [0]
            for c in text:
                prefix.append(prefix[-1] + (2 if ord(c) > 0xFFFF else 1))
            self._prefix = prefix

    def __call__(self, offset: int) -> int:
        return offset if self._prefix is None else self._prefix[offset]


def in_utf16_units(text: str) -> str:
    """`text` indexed as UTF-16 code units (LanguageTool's offsets): a character outside the BMP
    becomes two U+FFFD, so that spaces between two matches are still found by index."""
    return text if all(ord(c) <= 0xFFFF for c in text) else "".join(
        c if ord(c) <= 0xFFFF else "\ufffd\ufffd" for c in text)


@dataclass
class Annotated:
    """The text mtqa checks (plain) and the text the client sent (original, markup included),
    with the map from plain offsets to original ones."""

    plain: str
    original: str
    _plain_starts: list[int] = field(default_factory=list)
    _pieces: list[tuple[int, int, int, int, bool]] = field(default_factory=list)  # plain start/len, orig start/len, text?

    @classmethod
    def from_text(cls, text: str) -> Annotated:
        return cls(text, text)

    @classmethod
    def from_data(cls, data: str) -> Annotated:
        """Parse LanguageTool's `data` parameter; ApiError 400 naming what is wrong."""
        try:
            parsed = json.loads(data)
        except ValueError as exc:
            raise ApiError(400, f"data: not valid JSON ({exc})") from None
        items = parsed.get("annotation") if isinstance(parsed, dict) else None
        if not isinstance(items, list):
            raise ApiError(400, 'data: expected {"annotation": [{"text": ...}, {"markup": ...}, ...]}')
        plain: list[str] = []
        original: list[str] = []
        pieces = []
        p = o = 0
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise ApiError(400, f"data: annotation[{i}] is not an object")
            text, markup = item.get("text"), item.get("markup")
            if (text is None) == (markup is None):
                raise ApiError(400, f"data: annotation[{i}] needs exactly one of 'text' or 'markup'")
            if text is not None:
                if not isinstance(text, str):
                    raise ApiError(400, f"data: annotation[{i}].text is not a string")
                pieces.append((p, len(text), o, len(text), True))
                plain.append(text)
                original.append(text)
                p += len(text)
                o += len(text)
                continue
            # markup that is only white space (a line break between blocks) is text as it stands
            default = markup if isinstance(markup, str) and markup.strip() == "" else ""
            shown = item.get("interpretAs", default)
            if not isinstance(markup, str) or not isinstance(shown, str):
                raise ApiError(400, f"data: annotation[{i}].markup and interpretAs must be strings")
            pieces.append((p, len(shown), o, len(markup), False))
            plain.append(shown)
            original.append(markup)
            p += len(shown)
            o += len(markup)
        out = cls("".join(plain), "".join(original))
        out._pieces = [piece for piece in pieces if piece[1] > 0]  # pieces that show text
        out._plain_starts = [piece[0] for piece in out._pieces]
        return out

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a plain span to the original text (inside markup's stand-in text: the whole markup)."""
        if not self._pieces:
            return start, end
        a = self._map(start, as_end=False)
        return a, (max(a, self._map(end, as_end=True)) if end > start else a)

    def _map(self, pos: int, as_end: bool) -> int:
        # pieces that show text (text, or markup with interpretAs) do not overlap in the plain
        # text: the one a start position falls in begins at or before it, an end's ends at or after it
        k = (bisect.bisect_left if as_end else bisect.bisect_right)(self._plain_starts, pos) - 1
        if k >= 0:
            ps, pl, os_, ol, is_text = self._pieces[k]
            if (ps < pos <= ps + pl) if as_end else (ps <= pos < ps + pl):
                if is_text:
                    return os_ + (pos - ps)
                return os_ + ol if as_end else os_
        return len(self.original) if pos >= len(self.plain) else 0


# ---- the request -------------------------------------------------------------------------


def _list(value: str | None) -> list[str]:
    return [p.strip() for p in (value or "").split(",") if p.strip()]


@dataclass
class LtRequest:
    """A parsed /v2/check request."""

    annotated: Annotated
    sent: tuple[str, str]    # ("text", text) or ("data", data) as the client sent it
    language: str            # as sent
    locale: str | None       # the English variant mtqa checks in; None: not English (forward only)
    detected_from: str       # "request", "preferredVariants" or "server default"
    enabled_rules: list[str]
    disabled_rules: list[str]
    enabled_categories: list[str]
    disabled_categories: list[str]
    enabled_only: bool
    picky: bool
    mode: str                # all, textLevelOnly or allButTextLevelOnly
    passthrough: dict        # parameters forwarded to LanguageTool unchanged
    filename: str | None = None  # mtqa's own field: the copy's file name (per-file settings); never opened


# The fields a /v2/check request may carry: those LanguageTool's server reads (its TextChecker
# takes each by name and ignores any other, silently), clients' bookkeeping it accepts, and
# mtqa's own `filename`. A field outside these is most often a misspelt one (`enabledRule`), which
# would pass silently and check with other rules than meant: mtqa answers as LanguageTool does,
# and names it in a log line, in the answer's `warnings` and in IGNORED_FIELDS_HEADER.
KNOWN_FIELDS = frozenset((
    "text", "data", "language", "motherTongue", "preferredVariants", "enabledRules", "disabledRules",
    "enabledCategories", "disabledCategories", "enabledOnly", "level", "mode", "allowIncompleteResults",
    "useragent", "token", "username", "password", "apiKey", "tokenV2", "noopLanguages",
    "preferredLanguages", "ruleValues", "textSessionId", "enableHiddenRules", "enableTempOffRules",
    "multilingual", "callback", "instanceId", "sourceLanguage", "sourceText", "premium", "dicts",
    "filename",
))
IGNORED_FIELDS_HEADER = "X-Mtqa-Ignored-Fields"
_SHOWN_FIELDS = 20  # a header and a log line name at most this many


def unknown_fields(params: dict[str, str]) -> list[str]:
    """The request's fields that neither LanguageTool nor mtqa reads, in the order sent."""
    return [name for name in params if name not in KNOWN_FIELDS]


def unknown_fields_warning(names: list[str]) -> str:
    """What the answer's `warnings` and the log say of `names`: each with the field meant, when
    one is close (`enabledRule` → enabledRules)."""
    said = []
    for name in names[:_SHOWN_FIELDS]:
        shown = ascii(name[:64])[1:-1]
        said.append(shown + did_you_mean(name, KNOWN_FIELDS, cutoff=0.75, quoted=False))
    more = f" and {len(names) - _SHOWN_FIELDS} more" if len(names) > _SHOWN_FIELDS else ""
    return f"ignored unknown field{'s' if len(names) != 1 else ''}: {', '.join(said)}{more}"


def ignored_fields_header(names: list[str]) -> str:
    """IGNORED_FIELDS_HEADER's value: the names, percent-encoded (a header is Latin-1), comma-separated."""
    from urllib.parse import quote

    return ", ".join(quote(name[:64], safe="") for name in names[:_SHOWN_FIELDS])


def filename_of(params: dict[str, str]) -> str | None:
    """The request's `filename` (mtqa's own field, never forwarded to LanguageTool): the name of
    the file the copy comes from, whose per-file settings apply; None when not given. ApiError
    400 for an empty one, which would silently check with the top-level settings."""
    name = params.get("filename")
    if name is None:
        return None
    if not name.strip():
        raise ApiError(400, "filename: expected a file's name (its per-file settings apply), not an empty string")
    return name


def parse_request(params: dict[str, str], default_locale: str) -> LtRequest:
    """Validate LanguageTool's parameters; ApiError 400 naming the first problem. `default_locale`
    is what `en` and `auto` check in: the server's, or the locale of the request's `filename`."""
    annotated, sent = _payload(params)
    language = (params.get("language") or "").strip()
    if not language:
        raise ApiError(400, "missing 'language' parameter (e.g. en-CA, en-US, en or auto)")
    locale, detected_from = _locale_of(language, params, default_locale)
    level = (params.get("level") or "default").strip().lower()
    if level not in ("default", "picky"):
        raise ApiError(400, f"level {params.get('level')!r}: expected default or picky")
    enabled_only = (params.get("enabledOnly") or "false").strip().lower() in _TRUE
    mode = (params.get("mode") or "all").strip()
    if mode not in MODES:
        raise ApiError(400, f"mode {mode!r}: expected one of {', '.join(MODES)}")
    req = LtRequest(
        annotated=annotated, sent=sent,
        language=language, locale=locale, detected_from=detected_from,
        enabled_rules=_list(params.get("enabledRules")), disabled_rules=_list(params.get("disabledRules")),
        enabled_categories=_list(params.get("enabledCategories")),
        disabled_categories=_list(params.get("disabledCategories")),
        enabled_only=enabled_only, picky=level == "picky", mode=mode,
        passthrough={k: params[k] for k in ("motherTongue", "preferredVariants", "level", "mode") if params.get(k)},
        filename=filename_of(params),
    )
    if enabled_only and not (req.enabled_rules or req.enabled_categories):
        raise ApiError(400, "enabledOnly=true needs enabledRules or enabledCategories")
    return req


def requested_locale(params: dict[str, str], default_locale: str) -> str | None:
    """The English variant a request without text names (/v2/configinfo), None for another
    language; ApiError 400 when `language` is missing, as LanguageTool answers."""
    language = (params.get("language") or "").strip()
    if not language:
        raise ApiError(400, "missing 'language' parameter (e.g. en-CA, en-US, en or auto)")
    return _locale_of(language, params, default_locale)[0]


def _payload(params: dict[str, str]) -> tuple[Annotated, tuple[str, str]]:
    """The text to check, from exactly one of `text` and `data` (annotated JSON), and what was sent."""
    text, data = params.get("text"), params.get("data")
    if text is None and data is None:
        raise ApiError(400, "missing 'text' or 'data' parameter")
    if text is not None and data is not None:
        raise ApiError(400, "give 'text' or 'data', not both")
    if text is not None:
        return Annotated.from_text(text), ("text", text)
    return Annotated.from_data(data or ""), ("data", data or "")


def _locale_of(language: str, params: dict[str, str], default_locale: str) -> tuple[str | None, str]:
    """The English variant to check in (None: another language) and where it came from."""
    from mtqa.document import LOCALES

    known = {loc.lower(): loc for loc in LOCALES}
    lang = language.replace("_", "-").lower()
    if lang == "auto":
        preferred = [known[v.lower()] for v in _list(params.get("preferredVariants")) if v.lower() in known]
        return (preferred[0], "preferredVariants") if preferred else (default_locale, "server default")
    if lang == "en":
        return default_locale, "request"
    if lang in known:
        return known[lang], "request"
    if lang.startswith("en-"):
        raise ApiError(400, f"language {language!r}: mtqa knows {', '.join(LOCALES)}, en and auto")
    return None, "request"  # another language: only a LanguageTool server can check it


# ---- which rules run where ---------------------------------------------------------------


def category_id(family: str) -> str:
    return "MTQA_" + family.upper().replace("-", "_")


@dataclass
class Choice:
    """What mtqa runs (`rules_for`) and what LanguageTool is asked (`forward`: None: nothing)."""

    req: LtRequest
    all_rules: list
    mine: _Named
    forward: dict | None

    def rules_for(self, configured: Collection[str] | None = None) -> tuple[str, ...]:
        """The ids mtqa runs (empty: nothing). `configured`: the rules the configuration runs
        for this copy (its file's per-file settings included), which a request naming no rule
        gets; None: every stable rule."""
        if self.req.locale is None:
            return ()
        default = frozenset(configured) if configured is not None else None
        return tuple(r.id for r in self.all_rules if _runs(r, self.req, self.mine, default))

    def inputs_for(self, rule_ids: tuple[str, ...], configured: Collection[str] | None = None) -> tuple[str, ...]:
        """The rules to run so that `rule_ids` answer as in a whole check: under textLevelOnly,
        when one of them reads the other rules' findings (`reads_findings`: the document signal),
        the other mode's rules run too, unanswered, for a judgement of the whole text must see
        what they found (a split check would otherwise judge the text by fewer findings)."""
        asked = set(rule_ids)
        if self.req.mode != "textLevelOnly" or not any(r.meta.reads_findings for r in self.all_rules if r.id in asked):
            return rule_ids
        whole = Choice(replace(self.req, mode="all"), self.all_rules, self.mine, self.forward)
        return whole.rules_for(configured)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return self.rules_for(None)


def choose(req: LtRequest, all_rules, mapping_disabled: list[str]) -> Choice:
    """Split the request's rule and category choices between mtqa and LanguageTool."""
    from mtqa import registry

    ids = [r.id for r in all_rules]

    def ours(pattern: str) -> bool:
        return any(registry.matches_id(pattern, i) for i in ids)

    families = {category_id(r.meta.family) for r in all_rules}
    mine = _Named(
        rules=[p for p in req.enabled_rules if ours(p)],
        off_rules=[p for p in req.disabled_rules if ours(p)],
        categories={c.upper() for c in req.enabled_categories if c.upper() in families},
        off_categories={c.upper() for c in req.disabled_categories if c.upper() in families},
    )
    return Choice(req, list(all_rules), mine, _forward(req, mine, mapping_disabled))


@dataclass
class _Named:
    """The rules and categories (families) of a request that are mtqa's, turned on and off."""

    rules: list[str]
    off_rules: list[str]
    categories: set[str]
    off_categories: set[str]


def _runs(rule, req: LtRequest, mine: _Named, configured: frozenset[str] | None) -> bool:
    """Whether mtqa runs `rule` for this request, as LanguageTool decides for its own rules: a
    rule the request names, else one the configuration runs (`configured`; None: a stable rule),
    else any with level=picky."""
    from mtqa import registry
    from mtqa.rule import Scope, Status

    category = category_id(rule.meta.family)
    named = any(registry.matches_id(p, rule.id) for p in mine.rules) or category in mine.categories
    if any(registry.matches_id(p, rule.id) for p in mine.off_rules) or category in mine.off_categories:
        return False
    if req.mode != "all" and (rule.meta.scope is Scope.DOCUMENT) != (req.mode == "textLevelOnly"):
        return False  # the other mode's rule
    runs_by_default = rule.meta.status is Status.STABLE if configured is None else rule.id in configured
    return named if req.enabled_only else (named or runs_by_default or req.picky)


def _forward(req: LtRequest, mine: _Named, mapping_disabled: list[str]) -> dict | None:
    """What LanguageTool is asked: the request less what mtqa answers (None: nothing)."""
    lt_en = [p for p in req.enabled_rules if p not in mine.rules]
    lt_en_cats = [c for c in req.enabled_categories if c.upper() not in mine.categories]
    if req.enabled_only and not (lt_en or lt_en_cats):
        return None  # only mtqa's rules were asked for
    lt_dis = [p for p in req.disabled_rules if p not in mine.off_rules]
    lt_dis_cats = [c for c in req.disabled_categories if c.upper() not in mine.off_categories]
    forward: dict = {"language": req.language, **req.passthrough}
    # LanguageTool's quote, whitespace and word-repeat rules duplicate mtqa's (rules/languagetool.toml)
    dropped = [r for r in mapping_disabled if r not in lt_en]
    for key, values in (("enabledRules", lt_en), ("disabledRules", [*lt_dis, *dropped]),
                        ("enabledCategories", lt_en_cats), ("disabledCategories", lt_dis_cats)):
        if values:
            forward[key] = ",".join(dict.fromkeys(values))
    if req.enabled_only:
        forward["enabledOnly"] = "true"
    return forward


# ---- the answer --------------------------------------------------------------------------


@dataclass
class Checked:
    """What a worker thread hands back: the findings and the sentences of the plain text."""

    findings: list[Finding]
    sentences: list[tuple[int, int]]  # code-point spans of the plain text


def check_plain(checker, text: str, locale: str, picky: bool, answered: Collection[str] | None = None) -> Checked:
    """Check `text` as plain text (runs in a worker thread); `answered`: the rules whose findings
    are answered, when the checker runs more (`Choice.inputs_for`), else all."""
    from mtqa.document import Document
    from mtqa.session import Session

    doc = Document(text, locale=locale, format="plain")
    report = Session(checker).check(doc)
    findings = [f for f in report.findings if (picky or f.scored) and (answered is None or f.rule_id in answered)]
    sentences = []
    for par in doc.paragraphs:
        for s in par.sentences:
            a, b = par.span_to_doc(s.start, s.end)
            sentences.append((a, b))
    return Checked(findings, sentences)


def issue_type(rule_id: str, category: str) -> str:
    """The ITS issue type of a rule's finding: by family where it says more, else by MQM category."""
    family = rule_id.split("/", 1)[0]
    if family in FAMILY_ISSUE_TYPES:
        return FAMILY_ISSUE_TYPES[family]
    return ISSUE_TYPES.get(category) or ISSUE_TYPES.get(category.split("/", 1)[0], "uncategorized")


def match_issue_type(f: Finding) -> str:
    """The issueType of one finding: a finding that costs nothing in the score (confidence below
    0.5) is a style hint, whatever its category; the others go by rule and category."""
    return "style" if not f.scored else issue_type(f.rule_id, f.category)


def type_name(f: Finding, issue: str) -> str:
    if issue == "misspelling":
        return "UnknownWord"
    if f.severity is Severity.MINOR or not f.scored:
        return "Hint"
    return "Other"


def _context(original: str, start: int, end: int) -> dict:
    a = max(0, start - CONTEXT_CHARS)
    b = min(len(original), end + CONTEXT_CHARS)
    before = ("..." if a > 0 else "") + original[a:start]
    text = before + original[start:b] + ("..." if b < len(original) else "")
    text = text.replace("\r\n", "  ").replace("\r", " ").replace("\n", " ")
    # LanguageTool counts the context in UTF-16 units too
    u16 = Utf16(before + original[start:end])
    return {"text": text, "offset": u16(len(before)), "length": u16(len(before) + end - start) - u16(len(before))}


def _widen(f: Finding, plain: str) -> tuple[int, int, list[str]]:
    s, e = f.span.start, f.span.end
    replacements = list(f.suggestions)
    if s < e or not plain:
        return s, e, replacements
    if s > 0:
        return s - 1, e, [plain[s - 1] + r for r in replacements]
    return s, e + 1, [r + plain[e] for r in replacements]


def to_matches(checked: Checked, ann: Annotated, descriptions: dict[str, str]) -> list[dict]:
    """mtqa's findings as LanguageTool matches (offsets in UTF-16 units of the original text)."""
    u16 = Utf16(ann.original)
    sentences = checked.sentences
    sentence_starts = [a for a, _ in sentences]
    out = []
    for f in checked.findings:
        s, e, replacements = _widen(f, ann.plain)
        os_, oe = ann.to_original(s, e)
        k = bisect.bisect_right(sentence_starts, s) - 1
        sentence = ann.plain[sentences[k][0]:sentences[k][1]] if 0 <= k < len(sentences) and s < sentences[k][1] else ""
        issue = match_issue_type(f)
        family = f.rule_id.split("/", 1)[0]
        out.append({
            "message": f.message if f.message.endswith((".", "?", "!")) else f.message + ".",
            "shortMessage": f"{f.category} ({f.severity.value})",
            "replacements": [{"value": r} for r in replacements],
            "offset": u16(os_),
            "length": u16(oe) - u16(os_),
            "context": _context(ann.original, os_, oe),
            "sentence": sentence.strip(),
            "type": {"typeName": type_name(f, issue)},
            "rule": {
                "id": f.rule_id,
                "description": descriptions.get(f.rule_id, f.rule_id),
                "issueType": issue,
                "category": {"id": category_id(family), "name": f"{FAMILY_NAMES.get(family, family)} (mtqa)"},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return out


def merge(ours: list[dict], theirs: list[dict], original: str = "",
          yields_to: Callable[[str], tuple[str, ...]] = lambda rule_id: ()) -> list[dict]:
    """Our matches plus LanguageTool's that overlap none of ours and report no slip one of ours
    reports (`yields_to`: the mapping table's ``[same_slip]``, decided by `mtqa.slips.same_slip`,
    as the checker does), in order of offset. Offsets are UTF-16 units of `original`."""

    def span(m: dict) -> tuple[int, int]:
        a = int(m["offset"])
        return a, max(a + int(m["length"]), a + 1)  # an empty span still takes its place

    spans = [span(m) for m in ours]
    named = [(s, e, str(m.get("rule", {}).get("id", ""))) for (s, e), m in zip(spans, ours)]
    units = in_utf16_units(original)
    kept = []
    for m in theirs:
        try:
            a, b = span(m)
            rule_id = str((m.get("rule") or {}).get("id", ""))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if not any(a < e and s < b for s, e in spans) and not same_slip(units, a, b, named, yields_to(rule_id)):
            kept.append(m)
    both = [(m["offset"], 0, i, m) for i, m in enumerate(ours)] + [(m["offset"], 1, i, m) for i, m in enumerate(kept)]
    return [m for *_, m in sorted(both, key=lambda t: t[:3])]


def sentence_ranges(checked: Checked, ann: Annotated) -> list[list[int]]:
    u16 = Utf16(ann.original)
    out = []
    for a, b in checked.sentences:
        oa, ob = ann.to_original(a, b)
        out.append([u16(oa), u16(ob)])
    return out


def answer(req: LtRequest, matches: list[dict], ranges: list[list[int]], version: str,
           incomplete: bool = False, note: str | None = None, ignored: list[str] | None = None) -> dict:
    """LanguageTool's response document; `ignored`: fields of the request nobody reads
    (`unknown_fields`), said in `warnings.ignoredFields` (LanguageTool's clients skip keys they
    do not know there)."""
    code = req.locale or req.language
    name = LANGUAGE_NAMES.get(code, code)
    warnings: dict = {"incompleteResults": incomplete}
    if note:
        warnings["languagetool"] = note
    if ignored:
        warnings["ignoredFields"] = unknown_fields_warning(ignored)
    return {
        "software": software(version),
        "warnings": warnings,
        "language": {"name": name, "code": code,
                     "detectedLanguage": {"name": name, "code": code, "confidence": 1.0, "source": req.detected_from}},
        "matches": matches,
        "sentenceRanges": ranges,
        # LanguageTool 6 also gives each sentence's language; mtqa checks each in the request's
        "extendedSentenceRanges": [
            {"from": a, "to": b, "detectedLanguages": [{"language": code.split("-")[0], "rate": 1.0}]}
            for a, b in ranges],
    }


def languages() -> list[dict]:
    """mtqa's English variants in /v2/languages' shape."""
    from mtqa.document import LOCALES

    return [{"name": LANGUAGE_NAMES["en"], "code": "en", "longCode": "en"}] + [
        {"name": LANGUAGE_NAMES.get(loc, loc), "code": "en", "longCode": loc} for loc in LOCALES]


def software(version: str) -> dict:
    """The `software` block every answer starts with (/v2/check, /v2/info, /v2/configinfo)."""
    return {**SOFTWARE, "version": version, "buildDate": ""}


# Form-encoding one UTF-16 unit of text takes at most 9 bytes (a three-byte UTF-8 character
# is %XX three times; a four-byte one is two units in 12 bytes); the other fields of a request
# (language, rule lists) are allowed the rest.
FORM_BYTES_PER_UNIT = 9
OTHER_FIELDS_BYTES = 4096


def max_text_length(max_bytes: int) -> int:
    """The longest text (UTF-16 units, as LanguageTool counts) any /v2/check request can carry
    under the body limit, whatever its characters: a client that cuts its text at this length,
    as LanguageTool's clients cut at /v2/maxtextlength, never meets the 413."""
    reserve = min(OTHER_FIELDS_BYTES, max_bytes // 2)
    return max(1, (max_bytes - reserve) // FORM_BYTES_PER_UNIT)


def config_info(rules, version: str, max_length: int, theirs: list | None = None) -> dict:
    """/v2/configinfo's answer: mtqa's rules as LanguageTool lists its own (preview rules
    `isDefaultOff`, as they run only with level=picky or when named), then LanguageTool's
    (`theirs`, when forwarding) that mtqa does not switch off."""
    from mtqa.rule import Status

    listed = []
    for r in rules:
        family = r.meta.family
        entry = {"ruleId": r.id, "description": r.description, "categoryId": category_id(family),
                 "categoryName": f"{FAMILY_NAMES.get(family, family)} (mtqa)",
                 "locQualityIssueType": issue_type(r.id, r.meta.category)}
        if r.meta.status is not Status.STABLE:
            entry["isDefaultOff"] = "yes"
        listed.append(entry)
    return {"software": software(version), "parameter": {"maxTextLength": max_length},
            "rules": listed + [r for r in theirs or () if isinstance(r, dict)]}
