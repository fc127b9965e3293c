"""LanguageTool's protocol, spoken by the real `mtqa serve` process to clients nobody here wrote.

language-tool-python (GPL-3.0: a test dependency only, never imported by mtqa) is pointed at
the server with remote_server= and must get mtqa's findings for the seed, each at the right
place; a plain form post (urllib, as curl would send it) must get offsets and lengths in UTF-16
code units, into the text as sent. Forwarding is tested against a real LanguageTool server when
one is running (MTQA_TEST_LANGUAGETOOL_URL, which .ci/run exports).
"""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
import urllib.request

import pytest

from mtqa.engine import Checker
from mtqa.serve import ltprotocol
from mtqa.slips import same_slip

from .conftest import lt_server_url, start_server, utf16_slice

EMOJI_TEXT = ("Fans 😀 said “it was over“ .\r\n\r\n"
              "The minister 🇨🇦 spoke in Canada in Canada on Monday, and and left.\r\n")


def expected(text: str, locale: str = "en-CA", picky: bool = False, **options) -> list[tuple[str, str]]:
    """(rule id, flagged text) of mtqa's own findings, as the protocol reports them."""
    report = Checker(languagetool="off", preview=picky, **options).check(text, locale=locale)
    out = []
    for f in report.findings:
        if not (picky or f.scored):
            continue
        s, e = f.span.start, f.span.end
        if s == e:  # an insertion point is widened to the character before it
            s -= 1
        out.append((f.rule_id, text[s:e]))
    return sorted(out)


def form_post(url: str, fields: dict) -> tuple[int, dict]:
    """A plain form post, as `curl -d` sends it."""
    data = urllib.parse.urlencode(fields).encode("utf-8")
    req = urllib.request.Request(url + "/v2/check", data=data)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def seen(text: str, matches: list[dict]) -> list[tuple[str, str]]:
    return sorted((m["rule"]["id"], utf16_slice(text, m["offset"], m["length"])) for m in matches)


# ---- a client nobody here wrote ----------------------------------------------------------


def test_language_tool_python_gets_mtqas_findings_for_the_seed(server, seed_text, monkeypatch) -> None:
    ltp = pytest.importorskip("language_tool_python", reason="language-tool-python (dev extra) not installed")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    tool = ltp.LanguageTool("en-CA", remote_server=server.url)
    try:
        matches = tool.check(seed_text)
    finally:
        tool.close()
    want = expected(seed_text)
    assert len(want) > 40  # the seed is full of translation errors
    got = sorted((m.rule_id, seed_text[m.offset:m.offset + m.error_length]) for m in matches)
    assert got == want
    findings = {(f.rule_id, f.span.start): f for f in Checker(languagetool="off").check(seed_text).findings}
    for m in matches:
        f = findings[(m.rule_id, m.offset)]
        assert m.replacements == list(f.suggestions)
        assert m.message.rstrip(".") == unicodedata.normalize("NFKC", f.message).rstrip(".")  # the client NFKCs
        assert m.category == "MTQA_" + f.family.upper()
    wrong_quote = next(m for m in matches if m.rule_id == "quotes/wrong-direction")
    assert wrong_quote.rule_issue_type == "typographical"
    # the context the client shows points at the same text
    assert all(m.context[m.offset_in_context:m.offset_in_context + m.error_length]
               == seed_text[m.offset:m.offset + m.error_length].replace("\n", " ") for m in matches)


def test_language_tool_python_outside_the_bmp(server, monkeypatch) -> None:
    ltp = pytest.importorskip("language_tool_python", reason="language-tool-python (dev extra) not installed")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    tool = ltp.LanguageTool("en-CA", remote_server=server.url)
    try:
        matches = tool.check(EMOJI_TEXT)
    finally:
        tool.close()
    # language-tool-python turns UTF-16 offsets back into code points
    got = sorted((m.rule_id, EMOJI_TEXT[m.offset:m.offset + m.error_length]) for m in matches)
    assert got == expected(EMOJI_TEXT) and len(got) >= 3


# ---- a plain form post ---------------------------------------------------------------------


def test_form_post_offsets_are_utf16_units(server) -> None:
    status, body = form_post(server.url, {"text": EMOJI_TEXT, "language": "en-CA"})
    assert status == 200
    assert seen(EMOJI_TEXT, body["matches"]) == expected(EMOJI_TEXT)
    # the emoji before the findings count two units each: code-point offsets would be off by 1 and 3
    doubled = next(m for m in body["matches"] if m["rule"]["id"] == "repetition/doubled-phrase")
    (f,) = [f for f in Checker(languagetool="off").check(EMOJI_TEXT).findings if f.rule_id == "repetition/doubled-phrase"]
    assert f.span.start > EMOJI_TEXT.index("🇨🇦") and doubled["offset"] == f.span.start + 3
    for m in body["matches"]:
        ctx = m["context"]
        flagged = utf16_slice(EMOJI_TEXT, m["offset"], m["length"]).replace("\r", " ").replace("\n", " ")
        assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == flagged
        assert m["type"]["typeName"] in ("UnknownWord", "Hint", "Other")
        assert set(m["rule"]) >= {"id", "description", "issueType", "category"}
        assert m["sentence"] and "\n" not in m["sentence"]


def test_answer_has_languagetools_shape(server) -> None:
    status, body = form_post(server.url, {"text": "He said “it is over“.", "language": "en-CA"})
    assert status == 200
    assert set(body) >= {"software", "warnings", "language", "matches"}
    assert body["software"]["apiVersion"] == 1 and body["warnings"]["incompleteResults"] is False
    assert body["language"]["code"] == "en-CA" and body["language"]["detectedLanguage"]["code"] == "en-CA"
    m = next(m for m in body["matches"] if m["rule"]["id"] == "quotes/wrong-direction")
    assert set(m) >= {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence",
                      "type", "rule"}
    assert m["replacements"] == [{"value": "”"}]
    assert m["rule"]["category"] == {"id": "MTQA_QUOTES", "name": "Quotation marks (mtqa)"}
    rule = Checker(languagetool="off").check("He said “it is over“.").findings
    f = next(f for f in rule if f.rule_id == "quotes/wrong-direction")
    assert m["shortMessage"] == f"{f.category} ({f.severity.value})"
    assert body["sentenceRanges"] == [[0, len("He said “it is over“.")]]
    # LanguageTool 6's per-sentence language, which its newer clients read beside sentenceRanges
    assert body["extendedSentenceRanges"] == [
        {"from": 0, "to": len("He said “it is over“."), "detectedLanguages": [{"language": "en", "rate": 1.0}]}]


def test_annotated_data_offsets_count_the_markup(server) -> None:
    annotation = [{"markup": "<p>"}, {"text": "Officials met in "}, {"markup": "<b>"}, {"text": "Ottawa in Ottawa"},
                  {"markup": "</b>"}, {"text": " on Monday."}, {"markup": "</p>", "interpretAs": "\n\n"},
                  {"markup": "<p>"}, {"text": "He said “it is over“."}, {"markup": "</p>"}]
    original = "".join(a.get("text", a.get("markup")) for a in annotation)
    status, body = form_post(server.url, {"data": json.dumps({"annotation": annotation}), "language": "en-CA"})
    assert status == 200
    got = seen(original, body["matches"])
    assert ("quotes/wrong-direction", "“") in got
    assert any(rule.startswith("repetition/") and "Ottawa" in text for rule, text in got)
    assert not any("<" in text or ">" in text for _, text in got)


def test_rule_and_category_choices(server, seed_text) -> None:
    def rules(**fields) -> set[str]:
        status, body = form_post(server.url, {"text": seed_text, "language": "en-CA", **fields})
        assert status == 200, body
        return {m["rule"]["id"] for m in body["matches"]}

    everything = rules()
    assert "quotes/wrong-direction" in everything and any(r.startswith("ridings/") for r in everything)
    assert "quotes/wrong-direction" not in rules(disabledRules="quotes/wrong-direction")
    assert not any(r.startswith("quotes/") for r in rules(disabledCategories="MTQA_QUOTES"))
    only = rules(enabledOnly="true", enabledCategories="MTQA_RIDINGS")
    assert only and all(r.startswith("ridings/") for r in only)
    assert rules(enabledOnly="true", enabledRules="quotes/wrong-direction") == {"quotes/wrong-direction"}
    # a family name works as a rule pattern too, as with --select
    assert all(r.startswith("titles/") for r in rules(enabledOnly="true", enabledRules="titles"))


def test_levels_and_languages(server, seed_text) -> None:
    _, default = form_post(server.url, {"text": seed_text, "language": "en-CA"})
    _, picky = form_post(server.url, {"text": seed_text, "language": "en-CA", "level": "picky"})
    assert seen(seed_text, picky["matches"]) == expected(seed_text, picky=True)
    assert len(picky["matches"]) > len(default["matches"])  # low-confidence findings are picky
    text = "The committee will favor the plan, the center said."
    _, ca = form_post(server.url, {"text": text, "language": "en-CA"})
    _, us = form_post(server.url, {"text": text, "language": "en-US"})
    assert seen(text, ca["matches"]) == expected(text, "en-CA") and ca["matches"]
    assert seen(text, us["matches"]) == expected(text, "en-US")
    assert len(us["matches"]) < len(ca["matches"])
    _, auto = form_post(server.url, {"text": text, "language": "auto", "preferredVariants": "en-US,de-DE"})
    assert auto["language"]["code"] == "en-US" and seen(text, auto["matches"]) == seen(text, us["matches"])
    _, en = form_post(server.url, {"text": text, "language": "en"})
    assert en["language"]["code"] == "en-CA"


def test_languages(server) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(server.url + "/v2/languages", timeout=30) as resp:
        langs = json.loads(resp.read())
    codes = {entry["longCode"] for entry in langs}
    assert {"en", "en-CA", "en-US", "en-GB"} <= codes
    assert all(set(entry) == {"name", "code", "longCode"} and entry["code"] == "en" for entry in langs)


@pytest.mark.parametrize(("fields", "says"), [
    ({"language": "en-CA"}, "missing 'text' or 'data'"),
    ({"text": "Hello."}, "missing 'language'"),
    ({"text": "Hello.", "language": "de-DE"}, "English copy only"),
    ({"text": "Hello.", "language": "en-XX"}, "en-XX"),
    ({"text": "Hello.", "data": "{}", "language": "en"}, "not both"),
    ({"data": "{not json", "language": "en"}, "data: not valid JSON"),
    ({"data": '{"annotation": [{"text": 1}]}', "language": "en"}, "annotation[0].text"),
    ({"data": '{"annotation": [{"text": "a", "markup": "b"}]}', "language": "en"}, "exactly one"),
    ({"text": "Hello.", "language": "en", "enabledOnly": "true"}, "enabledOnly"),
    ({"text": "Hello.", "language": "en", "level": "pedantic"}, "level"),
])
def test_bad_requests_are_400_with_a_reason(server, fields, says) -> None:
    status, body = form_post(server.url, fields)
    assert status == 400 and says in body["error"] and body["status"] == 400


# ---- forwarding to a real LanguageTool server ----------------------------------------------


@pytest.fixture(scope="module")
def forwarding():
    url = lt_server_url()
    if not url:
        pytest.skip("no LanguageTool server running (set MTQA_TEST_LANGUAGETOOL_URL)")
    s = start_server("--languagetool", url, "--timeout", "120", name="forwarding")  # German loads slowly
    yield s, url
    s.stop()


@pytest.mark.languagetool
def test_forwarding_merges_languagetools_matches(forwarding) -> None:
    from mtqa.integrations.languagetool import post_check
    from mtqa.packs import PackSet

    server, lt_url = forwarding
    text = ("The minister said “it was over“. Teh talks in Ottawa in Ottawa will resume.\n\n"
            "She have a plan 😀 for the the recieved documents.")
    status, body = form_post(server.url, {"text": text, "language": "en-CA"})
    assert status == 200 and body["warnings"]["incompleteResults"] is False
    ours = [m for m in body["matches"] if "/" in m["rule"]["id"]]
    theirs = [m for m in body["matches"] if "/" not in m["rule"]["id"]]
    assert seen(text, ours) == expected(text)
    assert theirs, "LanguageTool's own matches are merged in"
    # exactly LanguageTool's answer, less its rules that duplicate mtqa's and its matches on mtqa's spans
    mapping = PackSet([]).compiled("languagetool")
    direct = post_check(lt_url, {"text": text, "language": "en-CA", "disabledRules": ",".join(mapping.disabled)},
                        60)["matches"]
    spans = [(m["offset"], m["offset"] + max(1, m["length"])) for m in ours]
    named = [(s, e, m["rule"]["id"]) for (s, e), m in zip(spans, ours)]
    units = ltprotocol.in_utf16_units(text)
    keep = [m for m in direct if not any(m["offset"] < e and s < m["offset"] + max(1, m["length"]) for s, e in spans)
            and not same_slip(units, m["offset"], m["offset"] + m["length"], named, mapping.yields_to(m["rule"]["id"]))]
    assert sorted((m["rule"]["id"], m["offset"], m["length"]) for m in theirs) == \
        sorted((m["rule"]["id"], m["offset"], m["length"]) for m in keep)
    assert len(keep) < len(direct)  # something overlapped and mtqa's won
    assert any(utf16_slice(text, m["offset"], m["length"]) == "have" for m in theirs)  # LanguageTool's alone
    # "recieved" is mtqa's own (nonwords/misspelt-word); LanguageTool's spelling rule is off by default
    assert [m["rule"]["id"] for m in body["matches"] if utf16_slice(text, m["offset"], m["length"]) == "recieved"] \
        == ["nonwords/misspelt-word"]
    offsets = [m["offset"] for m in body["matches"]]
    assert offsets == sorted(offsets)


@pytest.mark.languagetool
def test_forwarding_drops_languagetools_twins_as_the_checker_does(forwarding) -> None:
    """One slip, one match: LanguageTool flags the lowercase word after a stray period and the word
    after a missing space; mtqa flags the period. The proxy keeps mtqa's, as the checker does."""
    from mtqa.integrations.languagetool import post_check

    server, lt_url = forwarding
    text = "The ferry crews worked on the old harbour bridge. until the storm passed, and the port closed.The boats stayed in."
    direct = post_check(lt_url, {"text": text, "language": "en-CA"}, 60)["matches"]
    assert {(m["rule"]["id"], utf16_slice(text, m["offset"], m["length"])) for m in direct} >= {
        ("UPPERCASE_SENTENCE_START", "until"), ("SENTENCE_WHITESPACE", "The")}  # LanguageTool sees both
    _, body = form_post(server.url, {"text": text, "language": "en-CA"})
    assert seen(text, body["matches"]) == expected(text) == [("typography/missing-space", "."),
                                                             ("typography/stray-period", ".")]
    checked = Checker(languagetool=lt_url).check(text, locale="en-CA")
    assert checked.checks_ran.count("languagetool") == 1
    assert [f.rule_id for f in checked.findings if f.source == "languagetool"] == []


@pytest.mark.languagetool
def test_forwarding_passes_languagetool_rule_choices_on(forwarding) -> None:
    from mtqa.integrations.languagetool import post_check

    server, lt_url = forwarding
    # A LanguageTool server loads a language's model on its first request in that language,
    # which can outlast the forwarding timeout on a loaded machine: warm German up directly,
    # since this test is about passing choices and languages on, not about a cold start.
    post_check(lt_url, {"text": "Das ist ein Tset.", "language": "de-DE"}, 180)
    text = "Teh talks will resume, he said “it was over“."
    _, body = form_post(server.url, {"text": text, "language": "en-CA", "disabledCategories": "TYPOS"})
    assert not any(m["rule"]["category"]["id"] == "TYPOS" for m in body["matches"])
    assert any(m["rule"]["id"] == "quotes/wrong-direction" for m in body["matches"])
    _, only = form_post(server.url, {"text": text, "language": "en-CA", "enabledOnly": "true",
                                     "enabledRules": "quotes/wrong-direction"})
    assert [m["rule"]["id"] for m in only["matches"]] == ["quotes/wrong-direction"]
    _, german = form_post(server.url, {"text": "Das ist ein Tset.", "language": "de-DE"})
    assert german["warnings"]["incompleteResults"] is False, german["warnings"]
    assert german["matches"] and all("/" not in m["rule"]["id"] for m in german["matches"])
    assert german["language"]["code"] == "de-DE" and german["language"]["name"] == "German (Germany)"
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(server.url + "/v2/languages") as resp:
        codes = {e["longCode"] for e in json.loads(resp.read())}
    assert "de-DE" in codes and "en-CA" in codes


def test_languagetool_down_still_answers_with_mtqas_matches() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = start_server("--languagetool", f"http://127.0.0.1:{port}", name="forwarding-down")
    try:
        text = "He said “it is over“."
        status, body = form_post(server.url, {"text": text, "language": "en-CA"})
    finally:
        server.stop()
    assert status == 200
    assert seen(text, body["matches"]) == expected(text)
    assert body["warnings"]["incompleteResults"] is True and "refused" in body["warnings"]["languagetool"]


@pytest.mark.languagetool
def test_api_check_adds_languagetools_findings_when_forwarding(forwarding) -> None:
    server, _ = forwarding
    text = "Teh talks in Ottawa in Ottawa will resume, and she recieved the documents. She have a plan."
    with server.client() as c:
        report = c.post("/api/check", json={"text": text}).json()
    findings = report["files"][0]["findings"]
    assert "languagetool" in report["files"][0]["checks"]["ran"]
    assert any(f["source"] == "languagetool" and f["text"] == "have" for f in findings)
    assert [f["rule"] for f in findings if f["text"] == "recieved"] == ["nonwords/misspelt-word"]  # not twice
    assert any(f["rule"] == "repetition/doubled-phrase" for f in findings)


def test_modes_split_the_rules_without_duplicates(server, seed_text) -> None:
    _, whole = form_post(server.url, {"text": seed_text, "language": "en-CA"})
    _, text_level = form_post(server.url, {"text": seed_text, "language": "en-CA", "mode": "textLevelOnly"})
    _, the_rest = form_post(server.url, {"text": seed_text, "language": "en-CA", "mode": "allButTextLevelOnly"})
    assert text_level["matches"] and the_rest["matches"]
    split_a, split_b = seen(seed_text, text_level["matches"]), seen(seed_text, the_rest["matches"])
    assert not set(split_a) & set(split_b)  # no rule's finding comes back in both modes
    # every finding of the whole check is in one of the two; a mode may add a finding that the
    # whole check folded into an overlapping one of the other mode's rules (de-duplication)
    assert set(seen(seed_text, whole["matches"])) <= set(split_a) | set(split_b)
    status, body = form_post(server.url, {"text": "Hello.", "language": "en", "mode": "some"})
    assert status == 400 and "mode 'some'" in body["error"]


def test_a_bad_environment_url_is_refused_at_start_naming_the_variable() -> None:
    """`MTQA_LANGUAGETOOL_URL=notaurl mtqa serve` is the user's variable, not a `languagetool`
    setting they never wrote: the message names the variable (as `mtqa check` does), exit 2."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "MTQA_LANGUAGETOOL_URL": "notaurl"}
    got = subprocess.run([sys.executable, "-m", "mtqa", "serve", "--port", "0"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert got.returncode == 2, got.stderr
    assert "MTQA_LANGUAGETOOL_URL: 'notaurl'" in got.stderr and "Traceback" not in got.stderr
