"""LanguageTool's endpoints that editor plugins call besides /v2/check: /v2/info (what the
server is), /v2/maxtextlength (where to cut a long text), /v2/configinfo (the rules of a
language), /v2/healthcheck, and /v2/languages by POST. Each is compared with what a real
LanguageTool server answers when one runs (scripts/languagetool-server), GET and POST alike.
"""

from __future__ import annotations

import pytest

from mtqa import registry
from mtqa.serve import ltprotocol

from .conftest import lt_server_url, start_server

ENDPOINTS = ("/v2/info", "/v2/maxtextlength", "/v2/configinfo?language=en-US", "/v2/healthcheck", "/v2/languages")


@pytest.fixture(scope="module")
def languagetool():
    url = lt_server_url()
    if not url:
        pytest.skip("no LanguageTool server running (set MTQA_TEST_LANGUAGETOOL_URL)")
    import httpx

    with httpx.Client(base_url=url, trust_env=False, timeout=60) as c:
        yield c


@pytest.mark.parametrize("path", ENDPOINTS)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_each_endpoint_answers_get_and_post(server, path, method) -> None:
    with server.client() as c:
        got = c.request(method, path)
    assert got.status_code == 200, got.text


def test_info_names_the_software(server) -> None:
    with server.client() as c:
        info = c.get("/v2/info").json()
    assert set(info) == {"software"}
    assert info["software"]["name"] == "mtqa" and info["software"]["version"]
    assert info["software"]["premium"] is False


def test_max_text_length_always_fits_the_body_limit() -> None:
    """The worst text of that length (every character three UTF-8 bytes, each byte %XX in the
    form), with a language field, still fits --max-request-bytes: cut there, a client never
    meets the 413."""
    import urllib.parse

    for limit in (1024, 50_000, 1_000_000):
        n = ltprotocol.max_text_length(limit)
        body = urllib.parse.urlencode({"language": "en-CA", "text": "€" * n})
        assert n > 0 and len(body.encode()) <= limit
    assert ltprotocol.max_text_length(1_000_000) > 100_000


def test_max_text_length_is_plain_text_and_follows_the_limit(server) -> None:
    small = start_server("--max-request-bytes", "20000", name="maxtext")
    try:
        with small.client() as c:
            got = c.get("/v2/maxtextlength")
            fits = c.post("/v2/check", data={"language": "en-CA", "text": "“" * int(got.text)})
    finally:
        small.stop()
    assert got.headers["content-type"].startswith("text/plain")
    assert int(got.text) == ltprotocol.max_text_length(20000)
    assert fits.status_code == 200


def test_configinfo_lists_mtqas_rules_as_languagetool_lists_its_own(server) -> None:
    with server.client() as c:
        info = c.get("/v2/configinfo", params={"language": "en-CA"}).json()
        missing = c.get("/v2/configinfo")
        french = c.post("/v2/configinfo", data={"language": "fr"})
    assert set(info) == {"software", "parameter", "rules"}
    assert info["parameter"]["maxTextLength"] > 0
    ids = {r["ruleId"] for r in info["rules"]}
    assert ids == {r.id for r in registry.all_rules()}
    preview = next(r for r in registry.all_rules() if r.meta.status.value == "preview")
    entry = next(r for r in info["rules"] if r["ruleId"] == preview.id)
    assert entry["isDefaultOff"] == "yes"
    assert all({"ruleId", "description", "categoryId", "categoryName", "locQualityIssueType"} <= set(r)
               for r in info["rules"])
    assert missing.status_code == 400 and "language" in missing.json()["error"]
    assert french.status_code == 400 and "English" in french.json()["error"]


def test_healthcheck_is_ok_in_plain_text(server) -> None:
    with server.client() as c:
        got = c.get("/v2/healthcheck")
    assert got.text == "OK" and got.headers["content-type"].startswith("text/plain")


@pytest.mark.languagetool
def test_shapes_match_a_real_languagetool_server(server, languagetool) -> None:
    with server.client() as c:
        ours = {p: c.get(p) for p in ENDPOINTS}
        ours_missing = c.get("/v2/configinfo")
    theirs = {p: languagetool.get(p) for p in ENDPOINTS}
    theirs_missing = languagetool.get("/v2/configinfo")
    for path in ENDPOINTS:
        assert ours[path].status_code == theirs[path].status_code == 200, path
        ctype = theirs[path].headers["content-type"].split(";")[0]
        assert ours[path].headers["content-type"].split(";")[0] == ctype, path
    assert theirs_missing.status_code == ours_missing.status_code == 400
    assert ours["/v2/healthcheck"].text == theirs["/v2/healthcheck"].text == "OK"
    assert int(ours["/v2/maxtextlength"].text) > 0 and int(theirs["/v2/maxtextlength"].text) > 0
    their_software = set(theirs["/v2/info"].json()["software"])
    assert {"name", "version", "buildDate", "premium"} <= their_software
    assert {"name", "version", "buildDate", "premium"} <= set(ours["/v2/info"].json()["software"])
    their_info, our_info = theirs["/v2/configinfo?language=en-US"].json(), ours["/v2/configinfo?language=en-US"].json()
    assert set(their_info) == set(our_info)
    assert set(their_info["parameter"]) == set(our_info["parameter"])
    their_keys = set().union(*(set(r) for r in their_info["rules"]))
    our_keys = set().union(*(set(r) for r in our_info["rules"]))
    assert our_keys <= their_keys
    assert all(isinstance(r.get("isDefaultOff", "yes"), str) for r in their_info["rules"] + our_info["rules"])


@pytest.mark.languagetool
def test_forwarding_adds_languagetools_rules_and_its_limit(languagetool) -> None:
    url = str(languagetool.base_url).rstrip("/")
    s = start_server("--languagetool", url, "--timeout", "120", name="forwarding-endpoints")
    try:
        with s.client() as c:
            info = c.get("/v2/configinfo", params={"language": "en-US"}).json()
            french = c.get("/v2/configinfo", params={"language": "fr"})
            length = int(c.get("/v2/maxtextlength").text)
    finally:
        s.stop()
    ids = {r["ruleId"] for r in info["rules"]}
    assert {r.id for r in registry.all_rules()} <= ids
    assert "MORFOLOGIK_RULE_EN_US" in ids or len(ids) > len(registry.all_rules()) + 100
    assert french.status_code == 200 and french.json()["rules"]
    assert length == min(ltprotocol.max_text_length(1_000_000), int(languagetool.get("/v2/maxtextlength").text))
