"""SARIF 2.1.0 report, as GitHub code scanning accepts it.

One run; `tool.driver.rules` describes every rule that reported (every rule that ran with
`rules="ran"`, as before; help text from the
rule's documentation, the MQM category and tags as properties, the default level from
the rule's severity). Each result has its rule, level, message, one physical location
(artifact URI relative to the working directory, with `uriBaseId` %SRCROOT%), a
`partialFingerprints` entry that survives edits elsewhere in the file, and a `fixes`
entry when the fix is safe.

Columns: the run says `columnKind: utf16CodeUnits` and columns count UTF-16 code units
(1-based), as GitHub and CodeQL do; a character outside the BMP counts two. Lines end at
CRLF, LF or a lone CR (`newlineSequences` says so), as everywhere in mtqa. A file that
could not be read becomes a tool execution notification and sets
`executionSuccessful` to false.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mtqa.finding import Applicability, Finding
from mtqa.report.common import Utf16Columns, fingerprints, level, message_with_suggestion, rules_by_id, segment_of
from mtqa.result import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "mtqa/v1"
SRCROOT = "%SRCROOT%"


def artifact_uri(path: str | None, cwd: Path | None = None) -> tuple[str, bool]:
    """(uri, relative?) for a reported path: relative to `cwd` when inside it, else file://."""
    if not path or path == "-":
        return "stdin", True
    p = Path(path)
    base = (cwd or Path.cwd()).resolve()
    if p.is_absolute():
        try:
            p = _resolved(p).relative_to(base)
        except ValueError:
            return _resolved(p).as_uri(), False
    posix = p.as_posix()
    while posix.startswith("./"):
        posix = posix[2:]
    if posix.startswith("../"):
        return _resolved(base / p).as_uri(), False
    return quote(posix, safe="/"), True


def _resolved(p: Path) -> Path:
    """`p` with its links followed; a path whose links loop (a per-file error already reported:
    Python before 3.13 raises RuntimeError for it) as written, made absolute."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(p))


def _location(uri: str, relative: bool) -> dict:
    loc = {"uri": uri}
    if relative:
        loc["uriBaseId"] = SRCROOT
    return loc


_HEADING = re.compile(r"^## +(.+)$", re.M)


def _why(doc: str) -> str:
    """The first paragraph of the doc's "Why it matters" ("" without one)."""
    doc = (doc or "").strip()
    why = ""
    parts = _HEADING.split(doc)
    for title, body in zip(parts[1::2], parts[2::2]):
        if title.strip().lower() == "why it matters":
            why = " ".join(body.strip().split("\n\n")[0].split())
            break
    return why


def _markdown(doc: str) -> str:
    """The rule doc as Markdown: runs of `bad:`/`good:` example lines become a code block."""
    out: list[str] = []
    in_block = False
    for line in doc.splitlines():
        example = line.startswith(("bad:", "good:"))
        if example and not in_block:
            out.append("```text")
            in_block = True
        elif not example and in_block:
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


def _camel(rule_id: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[/\-_]", rule_id) if w)


def rule_descriptor(rule_id: str, rule=None, category: str | None = None, severity=None) -> dict:
    """A SARIF reportingDescriptor for a rule (a registered Rule, or an id only)."""
    if rule is not None:
        summary, why = rule.description, _why(rule.doc)
        category = rule.meta.category
        severity = rule.meta.severity
        full = f"{summary} {why}".strip() if why else summary
        help_text = rule.doc.strip()
        extra = {"family": rule.meta.family, "fix": rule.meta.fix.value, "status": rule.meta.status.value}
    else:
        summary = full = help_text = f"{rule_id} (reported by an integration)"
        extra = {"family": rule_id.split("/", 1)[0]}
    top = (category or "Other").split("/", 1)[0]
    tags = ["mtqa", "translation-quality", "mqm", top.lower().replace(" ", "-"), extra["family"]]
    d: dict[str, Any] = {
        "id": rule_id,
        "name": _camel(rule_id),
        "shortDescription": {"text": summary or rule_id},
        "fullDescription": {"text": full or summary or rule_id},
        "help": {"text": help_text or summary or rule_id, "markdown": _markdown(help_text or summary or rule_id)},
        "properties": {"tags": tags, "mqmCategory": category or "Other", **extra},
    }
    if severity is not None:
        d["defaultConfiguration"] = {"level": level(severity)}
        d["properties"]["mqmSeverity"] = severity.value
    return d


def _region(cols: Utf16Columns, start: int, end: int, snippet: str | None = None) -> dict:
    line, col = cols.position(start)
    end_line, end_col = cols.position(end)
    r: dict[str, Any] = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
    if snippet is not None:
        r["snippet"] = {"text": snippet}
    return r


def _result(f: Finding, report: Report, cols: Utf16Columns, uri: str, relative: bool, index: int | None,
            fingerprint: str) -> dict:
    res: dict = {"ruleId": f.rule_id}
    if index is not None:
        res["ruleIndex"] = index
    res["level"] = level(f.severity)
    res["message"] = {"text": message_with_suggestion(f)}
    res["locations"] = [{
        "physicalLocation": {
            "artifactLocation": _location(uri, relative),
            "region": _region(cols, f.span.start, f.span.end, f.text),
        }
    }]
    twins = f.extra.get("same_slip") if f.extra else None
    if twins:  # rules that report the same slip, dropped for this one (mtqa.slips): related, not results
        res["relatedLocations"] = [{
            "id": k,
            "physicalLocation": {"artifactLocation": _location(uri, relative),
                                 "region": _region(cols, t["start"], t["end"])},
            "message": {"text": f"{t['rule_id']} reports the same slip"},
        } for k, t in enumerate(twins, 1)]
    res["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    if f.fix is not None and f.fix.applicability is Applicability.SAFE and f.fix.edits:
        res["fixes"] = [{
            "description": {"text": f.fix.title},
            "artifactChanges": [{
                "artifactLocation": _location(uri, relative),
                "replacements": [
                    {"deletedRegion": _region(cols, e.start, e.end), "insertedContent": {"text": e.replacement}}
                    for e in f.fix.edits
                ],
            }],
        }]
    props: dict[str, Any] = {"mqmCategory": f.category, "severity": f.severity.value, "confidence": round(f.confidence, 3),
             "scored": f.scored}
    seg = segment_of(f)
    if seg is not None:  # a bilingual file: the segment as a logical location, as for a function in code
        res["locations"][0]["logicalLocations"] = [{"name": seg, "kind": "segment"}]
        props["segment"] = seg
        if f.extra.get("segment_state") is not None:
            props["segmentState"] = f.extra["segment_state"]
        if f.extra.get("segment_locked"):
            props["segmentLocked"] = True
    if f.suggestions:
        props["suggestions"] = list(f.suggestions)
    if f.source != "mtqa":
        props["source"] = f.source
    res["properties"] = props
    return res


# Which rules `tool.driver.rules` describes: those with a result ("reported", the default), or
# every rule that ran ("ran": ~6 KB of help text each, ~1 MB for a default run). SARIF 2.1.0
# asks for the descriptors "relevant to the analysis" (§3.19.23); each result points at its own
# through ruleIndex, and the JSON report lists every rule that ran.
RULES_LISTED = ("reported", "ran")


def document(reports: list[Report], cwd: Path | None = None, rules: str = "reported") -> dict:
    from mtqa.version import version

    if rules not in RULES_LISTED:
        raise ValueError(f"rules: expected one of {', '.join(RULES_LISTED)}, not {rules!r}")
    known = rules_by_id()
    order: list[str] = []
    first_seen: dict[str, Finding] = {}
    for r in reports:
        if rules == "ran":
            for rid in r.checks_ran:
                if rid in known and rid not in order:
                    order.append(rid)
        for f in r.findings:
            if f.rule_id not in order:
                order.append(f.rule_id)
            first_seen.setdefault(f.rule_id, f)
    descriptors = []
    for rid in order:
        if rid in known:
            descriptors.append(rule_descriptor(rid, known[rid]))
        else:
            f = first_seen[rid]
            descriptors.append(rule_descriptor(rid, None, f.category, f.severity))
    index = {rid: i for i, rid in enumerate(order)}

    results = []
    notifications = []
    artifacts: list[dict] = []
    for r in reports:
        uri, relative = artifact_uri(r.path, cwd)
        if r.error is not None:
            notifications.append({
                "level": "error",
                "message": {"text": f"{r.path}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": _location(uri, relative)}}],
            })
            continue
        art = {"location": _location(uri, relative), "length": len(r.text.encode("utf-8")),
               "properties": {"words": r.words, "score": round(r.score, 2), "passed": r.passed,
                              "threshold": r.threshold, "locale": r.locale, "format": r.format,
                              "style": r.style}}
        artifacts.append(art)
        if not r.findings:
            continue
        cols = Utf16Columns(r.text)
        for f, fp in zip(r.findings, fingerprints(r)):
            results.append(_result(f, r, cols, uri, relative, index.get(f.rule_id), fp))

    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": {
            "name": "mtqa",
            "version": version(),
            "semanticVersion": version(),
            "rules": descriptors,
        }},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": (cwd or Path.cwd()).resolve().as_uri() + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "utf16CodeUnits",
        "newlineSequences": ["\r\n", "\n", "\r"],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(reports: list[Report], sarif_rules: str = "reported", **_: object) -> str:
    return json.dumps(document(reports, rules=sarif_rules), ensure_ascii=False, indent=2) + "\n"
