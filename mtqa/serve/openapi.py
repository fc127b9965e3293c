"""The OpenAPI 3.1 description of the server, served at /openapi.json.

Declared by hand, next to nothing else, so it says what the API promises rather than what a
framework guessed; tests/serve validates it with openapi-spec-validator and check that every
route of the application is described and every described route exists.
"""

from __future__ import annotations

_ERROR = {"$ref": "#/components/schemas/Error"}


def _errors(*codes: int) -> dict:
    reasons = {400: "Bad request (the message names the problem)", 408: "The client sent nothing of its body for the time limit",
               413: "Request body over the server's limit",
               415: "Wrong content type (/v2/check takes a form, /api a JSON object)",
               503: "Server busy (see Retry-After) or the check did not start in time",
               504: "The check ran past the server's time limit"}
    return {str(c): {"description": reasons[c], "content": {"application/json": {"schema": _ERROR}}} for c in codes}


def _get_and_post(summary: str, operation: str, responses: dict, parameters: list | None = None) -> dict:
    """An endpoint of LanguageTool's protocol that, like LanguageTool's server, answers GET and POST."""
    def one(method: str) -> dict:
        op = {"summary": summary, "operationId": operation + ("Post" if method == "post" else ""),
              "responses": responses}
        return {**op, "parameters": parameters} if parameters else op
    return {"get": one("get"), "post": one("post")}


_CHECK_REQUEST = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "description": "The copy to check"},
        "format": {"type": "string", "enum": ["plain", "markdown", "html", "xliff", "tmx", "po"],
                   "description": "Default: the configuration's input-format, else by filename's extension, else "
                                  "plain. xliff, tmx and po: a bilingual file, each segment checked with its own "
                                  "source (no separate source; /api/fix refuses them)"},
        "filename": {"type": "string",
                     "description": "The copy's file name, relative to the server's working folder: the "
                                    "configuration's per-file settings and per-file-ignores for it apply, as "
                                    "mtqa check FILE applies them (never opened)"},
        "locale": {"type": "string", "description": "en-CA (server default unless configured), en-US, en-GB, …; a "
                                                    "bilingual file is checked under the configuration's locale "
                                                    "(another is a 400)"},
        "source": {"type": "string", "description": "The source text (enables the source checks)"},
        "reference": {"type": "string", "description": "A reference translation (BLEU, chrF, TER; needs sacrebleu); "
                                                        "not for a bilingual file (a 400)"},
        "options": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "select": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
                           "description": "Rules, families or globs to run, as mtqa check --select: the server "
                                          "configuration's select and ignore no longer apply"},
                "ignore": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
                           "description": "Rules, families or globs to leave out, as mtqa check --ignore: "
                                          "added to the configuration's ignore"},
                "preview": {"type": "boolean"},
                "fail_under": {"type": "number", "description": "Pass threshold (score)"},
                "fail_on": {"type": "string", "enum": ["minor", "major", "critical"]},
                "source_profile": {"type": "string", "enum": ["standard", "full", "precise"],
                                   "description": "The rules run when a source is given, as mtqa check "
                                                  "--source-profile"},
                "segment_states": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
                                   "description": "Bilingual files: check only segments in these states, as mtqa "
                                                  "check --segment-state (segments with no state are checked)"},
                "locked": {"type": "string", "enum": ["skip", "check"],
                           "description": "Bilingual files: skip (default) or check locked segments"},
            },
        },
    },
}

_LT_FORM = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "data": {"type": "string", "description": 'JSON: {"annotation": [{"text": "…"}, {"markup": "<b>", '
                                                  '"interpretAs": ""}]}'},
        "language": {"type": "string", "description": "en-CA, en-US, en-GB, …, en or auto"},
        "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"},
        "enabledCategories": {"type": "string"}, "disabledCategories": {"type": "string"},
        "enabledOnly": {"type": "string", "enum": ["true", "false"]},
        "level": {"type": "string", "enum": ["default", "picky"]},
        "preferredVariants": {"type": "string"}, "motherTongue": {"type": "string"},
        "filename": {"type": "string",
                     "description": "mtqa's own field: the copy's file name, relative to the server's working "
                                    "folder; the configuration's per-file settings for it apply (never opened, "
                                    "never forwarded to LanguageTool)"},
    },
    "required": ["language"],
}


def spec(version: str) -> dict:
    """The OpenAPI document (version: mtqa's)."""
    json_in = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "mtqa serve",
            "version": version,
            "description": "mtqa's checks of machine-translated English news copy over HTTP: LanguageTool's "
                           "/v2 protocol for editors' tools, and mtqa's own JSON API.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "paths": {
            "/v2/check": {
                "post": {
                    "summary": "Check text, LanguageTool's protocol (offsets in UTF-16 code units)",
                    "operationId": "ltCheck",
                    "requestBody": {"required": True, "content": {
                        "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/LtCheckForm"}}}},
                    "responses": {"200": {"description": "LanguageTool's answer", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/LtCheckResponse"}}}}, **_errors(400, 408, 413, 415, 503, 504)},
                },
                "get": {
                    "summary": "Check text given as query parameters (same parameters as POST)",
                    "operationId": "ltCheckGet",
                    "parameters": [{"name": k, "in": "query", "required": k == "language", "schema": {"type": "string"}}
                                   for k in _LT_FORM["properties"]],
                    "responses": {"200": {"description": "LanguageTool's answer", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/LtCheckResponse"}}}}, **_errors(400, 503, 504)},
                },
            },
            "/v2/languages": _get_and_post("Languages, LanguageTool's protocol", "ltLanguages", {
                "200": {"description": "Languages", "content": {"application/json": {"schema": {
                    "type": "array", "items": {"type": "object", "required": ["name", "code", "longCode"],
                                               "properties": {"name": {"type": "string"}, "code": {"type": "string"},
                                                              "longCode": {"type": "string"}}}}}}}}),
            "/v2/info": _get_and_post("What the server is, LanguageTool's protocol", "ltInfo", {
                "200": {"description": "The software", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["software"], "properties": {"software": {"type": "object"}}}}}}}),
            "/v2/maxtextlength": _get_and_post(
                "The longest text (UTF-16 units) a /v2/check request can carry under the body limit", "ltMaxTextLength",
                {"200": {"description": "A number", "content": {"text/plain": {"schema": {"type": "string"}}}}}),
            "/v2/configinfo": _get_and_post("The rules for a language, LanguageTool's protocol", "ltConfigInfo", {
                "200": {"description": "Software, parameters and rules", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["software", "parameter", "rules"],
                    "properties": {"software": {"type": "object"}, "parameter": {"type": "object"},
                                   "rules": {"type": "array", "items": {"type": "object"}}}}}}},
                **_errors(400)}, [{"name": "language", "in": "query", "required": True, "schema": {"type": "string"}}]),
            "/v2/healthcheck": _get_and_post("OK while the server runs", "ltHealthcheck", {
                "200": {"description": "OK", "content": {"text/plain": {"schema": {"type": "string"}}}}}),
            "/api/check": {"post": {
                "summary": "Check copy; the versioned JSON report (schema mtqa/1)",
                "operationId": "check",
                "requestBody": json_in,
                "responses": {"200": {"description": "The report", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Report"}}}}, **_errors(400, 408, 413, 415, 503, 504)},
            }},
            "/api/fix": {"post": {
                "summary": "Apply safe fixes (unsafe ones with unsafe: true); the fixed text, a unified diff and "
                           "the report of what remains",
                "operationId": "fix",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"allOf": [
                    {"$ref": "#/components/schemas/CheckRequest"}], "properties": {"unsafe": {"type": "boolean"}}}}}},
                "responses": {"200": {"description": "The fixed text", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/FixResult"}}}}, **_errors(400, 408, 413, 415, 503, 504)},
            }},
            "/api/report": {"post": {
                "summary": "Check copy; the self-contained HTML report (as mtqa check --format html)",
                "operationId": "report",
                "requestBody": json_in,
                "responses": {"200": {"description": "An HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
                              **_errors(400, 408, 413, 415, 503, 504)},
            }},
            "/api/rules": {"get": {
                "summary": "Every rule, with its LanguageTool category and issue type",
                "operationId": "rules",
                "responses": {"200": {"description": "Rules", "content": {"application/json": {"schema": {
                    "type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}}}},
            }},
            "/healthz": {"get": {
                "summary": "Liveness, version, pool use and limits",
                "operationId": "health",
                "responses": {"200": {"description": "Up", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["status", "version"],
                    "properties": {"status": {"const": "ok"}, "version": {"type": "string"}}}}}}},
            }},
            "/openapi.json": {"get": {
                "summary": "This description",
                "operationId": "openapi",
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
            }},
            "/": {"get": {
                "summary": "The page for editors: paste or drop copy, see it highlighted, apply safe fixes",
                "operationId": "page",
                "responses": {"200": {"description": "An HTML page", "content": {"text/html": {"schema": {"type": "string"}}}}},
            }},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error", "status"],
                      "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}},
            "CheckRequest": _CHECK_REQUEST,
            "LtCheckForm": _LT_FORM,
            "Report": {"type": "object", "required": ["version", "tool", "files", "summary"], "properties": {
                "version": {"const": "mtqa/1"}, "tool": {"type": "object"},
                "files": {"type": "array", "items": {"type": "object"}}, "summary": {"type": "object"}},
                "description": "mtqa's JSON report; fields documented in README.md (JSON report, schema mtqa/1)"},
            "FixResult": {"type": "object", "required": ["text", "changed", "diff", "report"], "properties": {
                "version": {"const": "mtqa/1"}, "text": {"type": "string"}, "changed": {"type": "boolean"},
                "edits": {"type": "integer"}, "diff": {"type": "string"},
                "report": {"$ref": "#/components/schemas/Report"}}},
            "Rule": {"type": "object", "required": ["id", "family", "category", "severity"], "properties": {
                "id": {"type": "string"}, "family": {"type": "string"}, "category": {"type": "string"},
                "severity": {"type": "string", "enum": ["minor", "major", "critical"]}, "fix": {"type": "string"},
                "status": {"type": "string"}, "description": {"type": "string"},
                "languagetool": {"type": "object", "properties": {"category": {"type": "string"},
                                                                  "issueType": {"type": "string"}}}}},
            "LtMatch": {"type": "object",
                        "required": ["message", "replacements", "offset", "length", "context", "rule", "type"],
                        "properties": {
                            "message": {"type": "string"}, "shortMessage": {"type": "string"},
                            "replacements": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                                        "properties": {"value": {"type": "string"}}}},
                            "offset": {"type": "integer", "description": "UTF-16 code units"},
                            "length": {"type": "integer", "description": "UTF-16 code units"},
                            "context": {"type": "object", "required": ["text", "offset", "length"], "properties": {
                                "text": {"type": "string"}, "offset": {"type": "integer"}, "length": {"type": "integer"}}},
                            "sentence": {"type": "string"},
                            "type": {"type": "object", "properties": {"typeName": {"type": "string"}}},
                            "rule": {"type": "object", "required": ["id", "description", "issueType", "category"],
                                     "properties": {"id": {"type": "string"}, "subId": {"type": "string"},
                                                    "description": {"type": "string"}, "issueType": {"type": "string"},
                                                    "category": {"type": "object", "required": ["id", "name"],
                                                                 "properties": {"id": {"type": "string"},
                                                                                "name": {"type": "string"}}}}}}},
            "LtCheckResponse": {"type": "object", "required": ["software", "language", "matches"], "properties": {
                "software": {"type": "object"}, "warnings": {"type": "object"}, "language": {"type": "object"},
                "matches": {"type": "array", "items": {"$ref": "#/components/schemas/LtMatch"}},
                "sentenceRanges": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
                "extendedSentenceRanges": {"type": "array", "items": {"type": "object", "properties": {
                    "from": {"type": "integer"}, "to": {"type": "integer"},
                    "detectedLanguages": {"type": "array", "items": {"type": "object", "properties": {
                        "language": {"type": "string"}, "rate": {"type": "number"}}}}}}}}},
        }},
    }
