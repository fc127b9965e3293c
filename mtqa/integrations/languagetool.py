"""LanguageTool grammar and spelling findings, mapped into mtqa's MQM model.

Where the server comes from (`languagetool` in config, `--languagetool` on the command line):

* ``auto`` (default): the URL in ``MTQA_LANGUAGETOOL_URL`` if set, otherwise skipped with a reason
  (not run and not mentioned when the ``mtqa[languagetool]`` extra is not installed either);
* ``off``: not run, not mentioned;
* ``http://host:port``: that server (``scripts/languagetool-server start`` prints one);
* ``local``: let language-tool-python (the optional ``mtqa[languagetool]`` extra, GPL-3.0)
  download and start LanguageTool itself (needs access to languagetool.org).

The client is plain ``urllib`` against ``/v2/check`` rather than language-tool-python's
``check()``: the request timeout is mtqa's ``languagetool-timeout`` (language-tool-python
hard-codes 300 s and retries twice, so a hung server would stall a run for ten minutes), one
attempt per request lets the report say exactly why the check was skipped (refused, timed out,
HTTP status), the full JSON keeps the category and issue type the mapping needs, and nothing
GPL-licensed or heavy is imported by the core. language-tool-python is used only for ``local``.

Per document: paragraphs not already in the run's cache (keyed by a hash of the paragraph
text and the request parameters) are joined with blank lines into requests of at most
``MAX_CHARS`` characters; match offsets (UTF-16 code units, as Java counts) are mapped back
to code points, to their paragraph and to the original input. A match is then

1. dropped when the mapping table (rules/languagetool.toml) says so (quotes, whitespace and
   repeated words belong to mtqa's own rules), or when it runs across paragraphs;
2. dropped when it is a spelling match on a known word: the table's ``known_words``, any
   pack's ``known_words`` list, and the names and terms in every other pack (ridings, ranks,
   institutions, publications…); a national-variant match ("Defense") only inside a known
   multi-word term ("U.S. Department of Defense");
3. dropped when its span overlaps a finding of mtqa's own rules (mtqa's wins), or a span an
   earlier LanguageTool match already took;
4. dropped when the table's ``[same_slip]`` says an mtqa rule reports the same slip and a finding
   of that rule sits just beside the match (nothing but a few spaces between; `mtqa.slips.same_slip`,
   which `mtqa serve`'s proxy calls too; the engine drops it with mtqa's own twins and keeps its
   span beside mtqa's finding, `mtqa.slips.one_per_slip`): mtqa flags a stray
   period, LanguageTool the lowercase word after it; one slip is penalised and listed once, and the
   finding kept is mtqa's, the more specific, with its fix (as LanguageTool's own rule priorities
   and ruff's rule redirects keep one report per problem);
5. otherwise reported as ``languagetool/<rule-id>`` with the table's MQM category, severity
   and confidence; its suggestions are display-only.

A server that is down, slow or answers with an error leaves one "languagetool skipped: why"
in the report; every other finding is still reported. After a refused connection or a
timeout the rest of the run skips at once with the same reason (no timeout per file).
"""

from __future__ import annotations

import bisect
import fnmatch
import os
import threading
import time
from dataclasses import replace
from typing import Any

import msgspec

from mtqa.finding import Applicability, Edit, Finding, Fix, Severity, Span
from mtqa.integrations import Result
from mtqa.integrations.languagetool_choice import ENV_URL, NAME, extra_installed, selected, wanted  # noqa: F401 (theirs, kept importable here)
from mtqa.packs import SeverityName, pack_compiler
from mtqa.slips import SAME_SLIP_OF, same_slip

MAX_CHARS = 20_000  # per request; LanguageTool's public servers refuse more, local ones are slow on more
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}

# Keys whose strings are not known-good terms (they hold errors, patterns or prose).
_NOT_TERMS = frozenset(
    """bad wrong wrongs incorrect misspelling misspellings misspelt variants variant typos typo errors error
    calque calques message messages note notes description regex pattern patterns id sources source licence
    license fix category severity examples kind title confidence locales schema drop replacement""".split()
)
_REGEX_CHARS = set("\\()[]{}|*+?^$")

_ENTRY = {"category": str, "severity": SeverityName, "confidence": float, "drop": bool}
SCHEMA = {
    "defaults": _ENTRY,
    "issue_types": {"*": _ENTRY},
    "categories": {"*": _ENTRY},
    "rules": {"*": _ENTRY},
    "spelling": {"known_words": [str], "proper_noun_confidence": float, "proper_noun_drop": bool,
                 "variant_markers": [str]},
    "same_slip": {"*": [str]},
    "known_words": [str],
}


class Mapping(msgspec.Struct):
    """The compiled mapping table. (A Struct, not a dataclass: a default check imports this
    module, and making a dataclass class costs every process ~0.4 ms.)"""

    defaults: dict
    issue_types: dict
    categories: dict
    rules: dict
    rule_globs: list
    known_words: list[str]
    proper_noun_confidence: float
    variant_markers: tuple[str, ...]
    proper_noun_drop: bool = False  # drop dictionary misses on capitalised mid-sentence words (names)
    same_slip: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (LanguageTool rule glob, mtqa rule globs)
    _cache: dict = msgspec.field(default_factory=dict)

    @property
    def disabled(self) -> list[str]:
        return sorted(k for k, v in self.rules.items() if v.get("drop"))

    def entry(self, rule_id: str, category: str, issue_type: str) -> dict:
        """Merged settings for one LanguageTool match (rule > category > issue type > defaults)."""
        key = (rule_id, category, issue_type)
        hit = self._cache.get(key)
        if hit is None:
            hit = dict(self.defaults)
            hit.update(self.issue_types.get(issue_type, {}))
            hit.update(self.categories.get(category, {}))
            for pattern, value in self.rule_globs:
                if fnmatch.fnmatchcase(rule_id, pattern):
                    hit.update(value)
                    break
            hit.update(self.rules.get(rule_id, {}))
            self._cache[key] = hit
        return hit

    def yields_to(self, rule_id: str) -> tuple[str, ...]:
        """The mtqa rules (globs) whose finding just beside a match of `rule_id` reports the same slip."""
        return tuple(p for glob, mtqa_rules in self.same_slip if fnmatch.fnmatchcase(rule_id, glob)
                     for p in mtqa_rules)


@pack_compiler("languagetool", SCHEMA)
def compile_mapping(raw: dict) -> Mapping:
    rules = dict(raw.get("rules", {}))
    globs = [(k, rules.pop(k)) for k in list(rules) if any(c in k for c in "*?[")]
    for table in ("defaults", "issue_types", "categories", "rules"):
        for key, value in (raw.get(table, {}).items() if table != "defaults" else [("defaults", raw.get("defaults", {}))]):
            c = value.get("category")
            if c is not None and "/" not in c:
                from mtqa.errors import PackError

                raise PackError(raw.get("_files", ["languagetool.toml"])[-1], f"{table}.{key}.category: expected 'Top/Sub', got {c!r}")
    spelling = raw.get("spelling", {})
    return Mapping(
        defaults={"category": "Fluency/Grammar", "severity": "minor", "confidence": 0.7, **raw.get("defaults", {})},
        issue_types=raw.get("issue_types", {}), categories=raw.get("categories", {}), rules=rules, rule_globs=globs,
        known_words=[*spelling.get("known_words", []), *raw.get("known_words", [])],
        proper_noun_confidence=float(spelling.get("proper_noun_confidence", 0.3)),
        proper_noun_drop=bool(spelling.get("proper_noun_drop", False)),
        variant_markers=tuple(spelling.get("variant_markers", ())),
        same_slip=tuple((k, tuple(v)) for k, v in raw.get("same_slip", {}).items()),
    )


# ---- known words ---------------------------------------------------------------------


class KnownWords(msgspec.Struct):
    """Words (case-folded) and multi-word terms the spelling check must accept."""

    words: set[str]
    phrases: Any  # PhraseMatcher over multi-word terms, or None
    _last: tuple = (None, None)  # (paragraph text, its phrase spans): matches come paragraph by paragraph

    def covers(self, text: str, start: int, end: int, word_ok: bool) -> bool:
        """Is text[start:end] a known word (when `word_ok`) or inside a known multi-word term?"""
        from mtqa.matching import tokens

        flagged = text[start:end]
        if word_ok:
            toks = [flagged[a:b] for a, b in tokens(flagged)]
            if toks and all(t.casefold() in self.words for t in toks):
                return True
        if self.phrases is not None:
            last = self._last  # one read: another thread may replace it
            spans = last[1] if last[0] is text else None
            if spans is None:
                spans = [(s, e) for s, e, _ in self.phrases.finditer(text)]
                self._last = (text, spans)
            return any(s <= start and end <= e for s, e in spans)
        return False


def _strings(value: Any, key: str | None, out: list[str], explicit: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k.startswith(("_", "not_")) or k in _NOT_TERMS or k == "fr" or k.startswith("fr_") or k.endswith("_fr"):
                continue  # errors, patterns, negative lists, and source-language (French) forms
            if k == "known_words" and isinstance(v, list):
                explicit.extend(x for x in v if isinstance(x, str))
                continue
            _strings(v, k, out, explicit)
    elif isinstance(value, list):
        for v in value:
            _strings(v, key, out, explicit)
    elif isinstance(value, str):
        if len(value) <= 80 and not (_REGEX_CHARS & set(value)) and len(value.split()) <= 8:
            out.append(value)


def known_words(packs, mapping: Mapping) -> KnownWords:
    """Collect known words: the mapping's list plus every pack's `known_words` and terms.

    Any pack may declare ``known_words = [...]`` in its ``[pack]`` header or at its top level;
    besides that, every short string
    value of a pack (not under keys that hold errors, patterns or French forms: bad, variants,
    regex, message, not_*, fr, fr_*, *_fr…)
    is a term. Capitalised words of those terms (names: ridings, ranks, institutions,
    publications) become known single words; terms of several words are also matched as
    phrases, which is what lets a national-variant spelling inside a proper name pass.
    """
    from mtqa.matching import PhraseMatcher, tokens

    terms: list[str] = []
    explicit: list[str] = list(mapping.known_words)
    for pid in packs.ids():
        if pid == NAME:
            continue
        try:
            raw = packs.raw(pid)
        except Exception:  # a broken pack is reported by the rules that read it
            continue
        explicit.extend((raw.get("_header") or {}).get("known_words", []))
        _strings({k: v for k, v in raw.items() if k != "pack"}, None, terms, explicit)
    words: set[str] = set()
    phrases: dict[str, bool] = {}
    for term in explicit:
        for a, b in tokens(term):
            words.add(term[a:b].casefold())
        if len(tokens(term)) > 1:
            phrases[term] = True
    for term in terms:
        toks = tokens(term)
        for a, b in toks:
            w = term[a:b]
            if w[:1].isupper() and len(w) > 1:
                words.add(w.casefold())
        if len(toks) > 1:
            phrases[term] = True
    return KnownWords(words, PhraseMatcher(phrases) if phrases else None)


# ---- the HTTP client -------------------------------------------------------------------


class Unavailable(Exception):
    """The server cannot be used; the message says why, for the report. `down` → skip the rest of the run."""

    def __init__(self, message: str, down: bool = False) -> None:
        super().__init__(message)
        self.down = down


def base_url(url: str) -> str:
    """Normalise a server URL: no trailing slash, no /v2 suffix."""
    url = url.strip().rstrip("/")
    if url.endswith("/v2/check"):
        url = url[: -len("/v2/check")]
    if url.endswith("/v2"):
        url = url[:-3]
    return url


def _opener(url: str):
    import urllib.parse
    import urllib.request

    host = urllib.parse.urlsplit(url).hostname or ""
    if host in _LOOPBACK:  # never send loopback traffic through an http_proxy
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def post_check(url: str, params: dict, timeout: float) -> dict:
    """POST /v2/check once; return the JSON answer or raise Unavailable with the reason."""
    import json
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request

    endpoint = base_url(url) + "/v2/check"
    data = urllib.parse.urlencode(params).encode("utf-8")
    req = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/json"})
    try:
        with _opener(url).open(req, timeout=timeout) as resp:
            body = resp.read()
    except urllib.error.HTTPError as exc:
        detail = ""
        try:
            detail = exc.read(200).decode("utf-8", "replace").strip().splitlines()[0]
        except Exception:  # noqa: BLE001 - the status is what matters
            pass
        raise Unavailable(f"HTTP {exc.code} from {endpoint}" + (f": {detail}" if detail else "")) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            raise Unavailable(f"connection refused by {base_url(url)}", down=True) from None
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise Unavailable(f"no answer from {base_url(url)} within {timeout:.3g} s", down=True) from None
        raise Unavailable(f"cannot reach {base_url(url)}: {reason}", down=True) from None
    except TimeoutError:
        raise Unavailable(f"no answer from {base_url(url)} within {timeout:.3g} s", down=True) from None
    except (OSError, ValueError) as exc:  # reset connections, malformed URLs
        raise Unavailable(f"cannot use {url}: {exc}", down=True) from None
    try:
        answer = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Unavailable(f"{endpoint} did not answer with JSON") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        raise Unavailable(f"{endpoint} answered without a list of matches")
    return answer


def _utf16_to_cp(text: str):
    """A function mapping UTF-16 offsets (Java's) to code-point offsets of `text`."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    units = []  # units[k] = UTF-16 offset of code point k
    pos = 0
    for c in text:
        units.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    units.append(pos)
    return lambda i: bisect.bisect_left(units, i)


# ---- the integration -----------------------------------------------------------------


class LanguageTool:
    """The LanguageTool integration of one Checker (thread-safe; caches per run)."""

    name = NAME

    def __init__(self, config) -> None:
        self.config = config
        self.setting = (config.languagetool or "auto").strip()
        self.timeout = float(config.languagetool_timeout)
        self._lock = threading.Lock()
        self._cache: dict[str, list[dict]] = {}
        self._down: str | None = None
        self._mapping: Mapping | None = None
        self._known: KnownWords | None = None
        self._local: Any = None  # language-tool-python's LanguageTool when setting == "local"
        self._local_url: str | None = None

    def for_new_run(self) -> LanguageTool:
        """This integration for another run: the same tables and local server, no answers
        kept and no "skipped for the rest of the run" (`mtqa.check` reuses its Checkers)."""
        fresh = LanguageTool(self.config)
        with self._lock:
            fresh._mapping, fresh._known = self._mapping, self._known
            fresh._local, fresh._local_url = self._local, self._local_url
        return fresh

    # -- configuration --

    def url(self) -> tuple[str | None, str | None]:
        """(server URL, None) or (None, reason to skip)."""
        s = self.setting
        if s.lower() == "auto":
            env = os.environ.get(ENV_URL, "").strip()
            if env:
                return env, None
            return None, f"no server configured (give --languagetool URL, languagetool = URL in config, or {ENV_URL})"
        if s.lower() == "local":
            return self._start_local()
        if not s.lower().startswith(("http://", "https://")):
            return None, f"languagetool = {s!r} is not auto, off, local or an http(s) URL"
        return s, None

    def _start_local(self) -> tuple[str | None, str | None]:
        with self._lock:
            if self._local_url:
                return self._local_url, None
            try:
                import language_tool_python  # GPL-3.0 extra: imported only here
            except ImportError:
                return None, "languagetool = local needs the extra: pip install 'mtqa[languagetool]'"
            try:
                tool = language_tool_python.LanguageTool("en-US")
            except Exception as exc:  # noqa: BLE001 - download or start failures, reported
                self._down = f"language-tool-python could not start LanguageTool: {exc}"
                return None, self._down
            self._local = tool
            self._local_url = base_url(str(getattr(tool, "_url", "")))
            import atexit

            atexit.register(tool.close)
            return self._local_url, None

    def _tables(self) -> tuple[Mapping, KnownWords]:
        if self._mapping is None:
            with self._lock:
                if self._mapping is None:
                    from mtqa.packs import PackSet

                    packs = PackSet(self.config.rules_dir)
                    mapping = packs.compiled(NAME)
                    self._known = known_words(packs, mapping)
                    self._mapping = mapping
        return self._mapping, self._known  # type: ignore[return-value]

    def params(self, locale: str, mapping: Mapping) -> dict:
        p = {"language": locale if locale.startswith("en-") else "en-CA"}
        if mapping.disabled:
            p["disabledRules"] = ",".join(mapping.disabled)
        return p

    # -- running --

    def run(self, doc, findings: list[Finding]) -> Result:
        t0 = time.perf_counter()
        try:
            result = self._run(doc, findings)
        except Unavailable as exc:
            result = Result(skipped=str(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback from an optional check
            result = Result(skipped=f"internal error: {type(exc).__name__}: {exc}")
        result.ms = (time.perf_counter() - t0) * 1000
        return result

    def _run(self, doc, findings: list[Finding]) -> Result:
        """Ask the server (or the cache) about the document's paragraphs and judge its matches."""
        if self._down:
            return Result(skipped=self._down)
        url, why = self.url()
        if url is None:
            return Result(skipped=why)
        mapping, known = self._tables()
        params = self.params(doc.locale, mapping)
        pars = [p for p in doc.paragraphs if p.text.strip()]
        matches = self._matches(pars, url, params)
        return Result(findings=self._filter(self._judge(doc, pars, matches, findings, mapping, known)))

    def _matches(self, pars: list, url: str, params: dict) -> dict[int, list[dict]]:
        """LanguageTool's matches per paragraph index: cached ones reused, the rest asked in batches.

        The cache key is the request's parameters and the paragraph's text, so a changed
        locale or mapping asks again. A server found down is remembered for the rest of the run.
        """
        import hashlib  # only with a server to ask: a check without one (`auto`, none found)
        import json  # loads neither OpenSSL's libcrypto nor the JSON codec

        sig = json.dumps(params, sort_keys=True)
        keys = [hashlib.sha1((sig + "\x00" + p.text).encode("utf-8")).hexdigest() for p in pars]
        matches: dict[int, list[dict]] = {}
        todo = []
        for i, key in enumerate(keys):
            hit = self._cache.get(key)
            if hit is None:
                todo.append(i)
            else:
                matches[i] = hit
        try:
            for batch in _batches([pars[i].text for i in todo], MAX_CHARS):
                chunk_ids = [todo[j] for j in batch]
                got = self._check_chunk([pars[i].text for i in chunk_ids], url, params)
                for i, ms in zip(chunk_ids, got):
                    matches[i] = ms
                    with self._lock:
                        self._cache[keys[i]] = ms
        except Unavailable as exc:
            if exc.down:
                self._down = f"{exc} (earlier in this run)"
            raise
        return matches

    def _judge(self, doc, pars: list, matches: dict[int, list[dict]], findings: list[Finding],
               mapping: Mapping, known: KnownWords) -> list[Finding]:
        """Matches turned into findings, in paragraph order; none over a span already taken.

        A match on the same slip as one of mtqa's findings is kept, marked, for the engine to
        drop (mtqa.slips.one_per_slip) while keeping its span beside mtqa's.
        """
        taken = sorted((f.span.start, f.span.end) for f in findings)
        mtqa_spans = [(f.span.start, f.span.end, f.rule_id) for f in findings]
        names = _names(pars, matches)
        out: list[Finding] = []
        for i, par in enumerate(pars):
            for m in matches.get(i, ()):
                f = self._finding(doc, par, m, mapping, known, taken, names)
                if f is None:
                    continue
                twin_of = mapping.yields_to(m["rule"])
                if same_slip(doc.text, f.span.start, f.span.end, mtqa_spans, twin_of):
                    out.append(replace(f, extra={**f.extra, SAME_SLIP_OF: twin_of}))
                    continue
                out.append(f)
                bisect.insort(taken, (f.span.start, f.span.end))
        return out

    def _check_chunk(self, texts: list[str], url: str, params: dict) -> list[list[dict]]:
        """One request for several paragraphs; matches per paragraph, offsets in its text."""
        sep = "\n\n"
        joined = sep.join(texts)
        starts = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + len(sep)
        answer = post_check(url, {**params, "text": joined}, self.timeout)
        to_cp = _utf16_to_cp(joined)
        per: list[list[dict]] = [[] for _ in texts]
        for m in answer["matches"]:
            try:
                s = to_cp(int(m["offset"]))
                e = to_cp(int(m["offset"]) + int(m["length"]))
            except (KeyError, TypeError, ValueError):
                continue
            k = bisect.bisect_right(starts, s) - 1
            if k < 0 or e > starts[k] + len(texts[k]) or e <= s:
                continue  # across paragraphs (or empty): not a finding in one place
            rule = m.get("rule") or {}
            per[k].append({
                "start": s - starts[k], "end": e - starts[k], "message": str(m.get("message", "")),
                "rule": str(rule.get("id", "UNKNOWN")), "category": str((rule.get("category") or {}).get("id", "")),
                "issue_type": str(rule.get("issueType", "")),
                "replacements": [r.get("value", "") for r in (m.get("replacements") or [])[:3] if isinstance(r, dict)],
            })
        return per

    def _finding(self, doc, par, m: dict, mapping: Mapping, known: KnownWords, taken: list,
                 names: frozenset = frozenset()) -> Finding | None:
        entry = mapping.entry(m["rule"], m["category"], m["issue_type"])
        if entry.get("drop"):
            return None
        s, e = m["start"], m["end"]
        confidence = float(entry.get("confidence", 0.7))
        spelling = m["issue_type"] == "misspelling" or m["category"] in ("TYPOS", "MULTITOKEN_SPELLING")
        if spelling:
            variant = any(marker in m["message"] for marker in mapping.variant_markers)
            if known.covers(par.text, s, e, word_ok=not variant):
                return None
            if not variant and par.text[s:s + 1].isupper() and (
                    not _sentence_start(par, s) or par.text[s:e] in names):
                if mapping.proper_noun_drop:
                    return None
                confidence = min(confidence, mapping.proper_noun_confidence)
        start, end = par.span_to_doc(s, e)
        if _overlaps(taken, start, end):
            return None
        line, col, end_line, end_col = doc.lines.span_position(start, end)
        suggestions = tuple(r for r in m["replacements"] if r != par.text[s:e])
        fix = Fix(f"Replace with “{suggestions[0]}”", (Edit(start, end, suggestions[0]),),
                  Applicability.DISPLAY_ONLY) if suggestions else None
        return Finding(
            rule_id=f"{NAME}/{_kebab(m['rule'])}", message=m["message"].strip().rstrip("."),
            span=Span(start, end, line, col, end_line, end_col), text=doc.text[start:end],
            severity=Severity.parse(entry.get("severity", "minor")), category=entry.get("category", "Fluency/Grammar"),
            suggestions=suggestions, fix=fix, confidence=confidence, source=NAME,
            extra={"languagetool_rule": m["rule"], "languagetool_category": m["category"],
                   "issue_type": m["issue_type"]},
        )

    def _filter(self, found: list[Finding]) -> list[Finding]:
        """Apply per-rule --ignore patterns (languagetool/<rule-id>) to LanguageTool's findings."""
        ignore = [p for p in self.config.ignore if p.startswith(NAME + "/")]
        if not ignore:
            return found
        return [f for f in found if not any(fnmatch.fnmatchcase(f.rule_id, p) for p in ignore)]


def _names(pars, matches: dict[int, list[dict]]) -> frozenset:
    """Capitalised words LanguageTool calls misspelt somewhere mid-sentence in this document: names,
    so the same word opening a sentence ("Tremblay said") is treated as a name too."""
    out = set()
    for i, par in enumerate(pars):
        for m in matches.get(i, ()):
            w = par.text[m["start"]:m["end"]]
            if m["issue_type"] == "misspelling" and w[:1].isupper() and not _sentence_start(par, m["start"]):
                out.add(w)
    return frozenset(out)


def _kebab(rule_id: str) -> str:
    return rule_id.strip().lower().replace("_", "-") or "unknown"


def _sentence_start(par, i: int) -> bool:
    s = par.sentence_at(i)
    if s is None:
        return True
    lead = par.text[s.start:i]
    return not any(c.isalnum() for c in lead)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a span of the sorted list (a zero-length span: a point inside)?"""
    k = bisect.bisect_left(taken, (end, end))
    for j in range(k):
        s, e = taken[j]
        if start < e or (s == e and start <= s):
            return True
    return False


def _batches(texts: list[str], limit: int) -> list[list[int]]:
    """Group consecutive texts into batches of at most `limit` characters (a longer text goes alone)."""
    out: list[list[int]] = []
    cur: list[int] = []
    size = 0
    for i, t in enumerate(texts):
        if cur and size + len(t) + 2 > limit:
            out.append(cur)
            cur, size = [], 0
        cur.append(i)
        size += len(t) + 2
    if cur:
        out.append(cur)
    return out
