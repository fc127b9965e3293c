"""mtqa's own JSON API on the real server: /api/check, /api/fix, /api/report, /api/rules,
/healthz and /openapi.json."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtqa import registry
from mtqa.engine import Checker
from mtqa.report.json import document

from .conftest import ROOT


def strip_timings(doc: dict) -> dict:
    for f in doc["files"]:
        f.pop("timings_ms", None)
    return doc


def test_check_gives_the_versioned_json_report(server, seed_text) -> None:
    with server.client() as c:
        got = c.post("/api/check", json={"text": seed_text})
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    want = document([Checker(languagetool="off").check(seed_text)])
    assert strip_timings(got.json()) == strip_timings(want)
    assert got.json()["version"] == "mtqa/1" and got.json()["files"][0]["passed"] is False


def test_check_options_format_locale_and_source(server) -> None:
    text = "The committee will favor the plan, he said “it was over“. In Canada in Canada."
    with server.client() as c:
        only = c.post("/api/check", json={"text": text, "options": {"select": ["quotes"]}}).json()
        ignored = c.post("/api/check", json={"text": text, "options": {"ignore": "quotes,repetition"}}).json()
        lenient = c.post("/api/check", json={"text": text, "options": {"fail_under": 0}}).json()
        us = c.post("/api/check", json={"text": text, "locale": "en-US"}).json()
        md = c.post("/api/check", json={"text": "# Title\n\nHe said “it was over“.\n\n```\n“code“\n```\n",
                                        "format": "markdown"}).json()
        src = c.post("/api/check", json={"text": "The budget rose 4.5% to $12 million.",
                                         "source": "Le budget a augmenté de 5,4 % à 12 millions de dollars."}).json()
    rules_of = lambda d: {f["rule"] for f in d["files"][0]["findings"]}  # noqa: E731
    assert rules_of(only) and all(r.startswith("quotes/") for r in rules_of(only))
    assert not any(r.startswith(("quotes/", "repetition/")) for r in rules_of(ignored)) and rules_of(ignored)
    assert lenient["files"][0]["threshold"] == 0
    assert "spelling/foreign-spelling" not in rules_of(us) and us["files"][0]["locale"] == "en-US"
    assert md["files"][0]["format"] == "markdown"
    assert [f["text"] for f in md["files"][0]["findings"] if f["rule"] == "quotes/wrong-direction"] == ["“"]
    assert any(r.startswith("source/") for r in rules_of(src))


def test_fix_applies_safe_fixes_and_shows_the_diff(server, seed_text) -> None:
    with server.client() as c:
        got = c.post("/api/fix", json={"text": seed_text}).json()
    fixed, report = Checker(languagetool="off").fix(seed_text)
    assert got["changed"] is True and got["text"] == fixed and got["edits"] > 5
    assert got["diff"].startswith("--- a/text\n+++ b/text\n")
    assert any(line.startswith("-") and not line.startswith("---") for line in got["diff"].splitlines())
    assert strip_timings(got["report"]) == strip_timings(document([report]))
    assert not any(f["fix_safe"] for f in got["report"]["files"][0]["findings"])
    with server.client() as c:
        again = c.post("/api/fix", json={"text": got["text"]}).json()
    assert again["changed"] is False and again["diff"] == "" and again["text"] == got["text"]  # idempotent


def test_report_is_the_html_report(server) -> None:
    with server.client() as c:
        got = c.post("/api/report", json={"text": "He said “it was over“ <script>alert(1)</script>."})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/html")
    # the copy's tags are shown as text (encoding/stray-markup may highlight each tag), never run
    assert '<mark class="f sev-' in got.text and "&lt;script&gt;" in got.text and "&lt;/script&gt;" in got.text
    assert "<script>alert(1)" not in got.text
    assert "script-src 'unsafe-inline'" in got.headers["content-security-policy"]
    assert "connect-src" not in got.headers["content-security-policy"]  # the report calls nobody


def test_rules_and_health(server) -> None:
    with server.client() as c:
        rules = c.get("/api/rules").json()
        health = c.get("/healthz").json()
    assert [r["id"] for r in rules] == [r.id for r in registry.all_rules()]
    assert all(r["languagetool"]["category"] == "MTQA_" + r["family"].upper() for r in rules)
    assert all(r["languagetool"]["issueType"] != "uncategorized" for r in rules)
    assert health["status"] == "ok" and health["rules"] == len(Checker(languagetool="off").rules)
    assert health["pool"]["threads"] == 1 and health["limits"]["max_request_bytes"] == 1_000_000


def test_openapi_describes_every_route(server) -> None:
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator (dev extra) not installed")
    with server.client() as c:
        spec = c.get("/openapi.json").json()
    validator.validate(spec)
    from mtqa.serve.app import create_app
    from mtqa.serve.settings import Settings

    routes = create_app(Settings()).starlette.routes
    assert set(spec["paths"]) == {r.path for r in routes}
    for route in routes:
        described = {m.lower() for m in spec["paths"][route.path]}
        assert described == {m.lower() for m in route.methods if m != "HEAD"}


def test_import_mtqa_stays_light() -> None:
    code = ("import sys, mtqa, mtqa.cli; mtqa.check('He said “it is over“.'); mtqa.cli.build_parser(); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'starlette', 'uvicorn', 'httpx', 'multipart', "
            "'python_multipart', 'anyio'}), 'mtqa.serve' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["[]", "False"]


@pytest.mark.parametrize(("options", "said"), [
    ({"select": ["quotez"]}, "options.select: unknown rule or family 'quotez' (did you mean 'quotes'?)"),
    ({"ignore": "typography,nosuch/rule"}, "options.ignore: unknown rule or family 'nosuch/rule'"),
])
def test_a_bad_rule_name_in_options_is_a_400_naming_the_request_key(options: dict, said: str) -> None:
    from mtqa.serve.api import parse_check_input
    from mtqa.serve.limits import ApiError

    with pytest.raises(ApiError) as bad:
        parse_check_input({"text": "It was late.", "options": options})
    assert bad.value.status == 400 and str(bad.value) == said
