"""LanguageTool integration: mapping, de-duplication, known words, skip paths, live server.

Tests marked `languagetool` run against a real LanguageTool server: MTQA_TEST_LANGUAGETOOL_URL
or MTQA_LANGUAGETOOL_URL when set (.ci/run starts one and exports the first), otherwise the session fixture starts one with
scripts/languagetool-server (Java and Maven needed; skipped with the reason when that fails)
and stops it afterwards if it started it. The skip paths use real local sockets: a closed port,
a server that accepts and never answers, and an http.server that answers 500.
"""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mtqa.engine import Checker
from mtqa.integrations import languagetool as lt
from mtqa.integrations import languagetool_choice

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "languagetool-server"
SEED = ROOT / "seeds" / "000_a80f4c312e8b183b.txt"
# LanguageTool's spelling rule is off by default (rules/languagetool.toml); the tests of how its
# matches are mapped (known words, names, variants, caching) turn it back on with this user pack.
SPELLING_ON = ('[pack]\nid = "languagetool"\nschema = 1\n\n[rules]\n'
               'MORFOLOGIK_RULE_EN_CA = { drop = false }\nMORFOLOGIK_RULE_EN_US = { drop = false }\n')


def spelling_on(folder: Path) -> str:
    """A rules folder holding the user pack that turns LanguageTool's spelling rule back on."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "spelling_on.toml").write_text(SPELLING_ON, encoding="utf-8")
    return str(folder)


# ---- local sockets for the skip paths ---------------------------------------------------


@pytest.fixture()
def closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now: connection refused
    return f"http://127.0.0.1:{port}"


@pytest.fixture()
def silent_server_url():
    """Accepts connections and never answers (a hung server)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    conns = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conns.append(srv.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}"
    stop.set()
    t.join(2)
    for c in conns:
        c.close()
    srv.close()


@pytest.fixture()
def error_server_url():
    """An HTTP server that answers every request with 500."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"Error: internal failure\n")

        do_GET = do_POST

        def log_message(self, *args) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


FAILING = "The minister said the the mission would continue and and the troops would stay on on base."
CLEAN = "The minister said the mission would continue."


def _count_posts(monkeypatch) -> list[float]:
    """Wraps lt.post_check so a test sees each request made to a server: the list of their timeouts."""
    calls: list[float] = []
    real = lt.post_check

    def counting(url, params, timeout):
        calls.append(timeout)
        return real(url, params, timeout)

    monkeypatch.setattr(lt, "post_check", counting)
    return calls


def _skip_reason(report) -> str:
    reasons = [s["reason"] for s in report.checks_skipped if s["check"] == "languagetool"]
    assert len(reasons) == 1, report.checks_skipped
    return reasons[0]


def test_refused_connection_is_skipped_once_and_other_findings_remain(closed_port_url, monkeypatch) -> None:
    posts = _count_posts(monkeypatch)
    chk = Checker(languagetool=closed_port_url)
    report = chk.check(FAILING)
    assert len(posts) == 1
    assert "connection refused" in _skip_reason(report)
    assert [f.rule_id for f in report.findings].count("repetition/doubled-word") == 3
    assert "languagetool" not in report.checks_ran
    # the rest of the run skips at once instead of trying again: no second request
    again = chk.check(CLEAN)
    assert "earlier in this run" in _skip_reason(again)
    assert len(posts) == 1


def test_timeout_is_skipped(silent_server_url, monkeypatch) -> None:
    posts = _count_posts(monkeypatch)
    chk = Checker(languagetool=silent_server_url, languagetool_timeout=0.5)
    report = chk.check(FAILING)
    assert posts == [0.5]  # one request, given the configured timeout; no retry after it expired
    assert "no answer" in _skip_reason(report) and "0.5 s" in _skip_reason(report)
    assert any(f.rule_id == "repetition/doubled-word" for f in report.findings)


def test_http_error_is_skipped(error_server_url) -> None:
    report = Checker(languagetool=error_server_url).check(FAILING)
    reason = _skip_reason(report)
    assert reason.startswith("HTTP 500 from ") and "internal failure" in reason
    assert any(f.rule_id == "repetition/doubled-word" for f in report.findings)


@pytest.mark.parametrize(("text", "code"), [(CLEAN, 0), (FAILING * 2, 1)])
def test_cli_with_server_down_reports_skip_and_exits_by_verdict(tmp_path, closed_port_url, text, code) -> None:
    f = tmp_path / "copy.txt"
    f.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mtqa", "check", str(f), "--languagetool", closed_port_url],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"})
    assert out.returncode == code, out.stdout + out.stderr
    assert out.stdout.count("languagetool skipped: connection refused") == 1
    assert "Traceback" not in out.stderr


def test_auto_without_server_skips_with_reason(monkeypatch) -> None:
    monkeypatch.delenv(lt.ENV_URL, raising=False)
    monkeypatch.setattr(languagetool_choice, "extra_installed", lambda: True)
    report = Checker().check(CLEAN)
    assert "no server configured" in _skip_reason(report)
    from mtqa.report import renderer

    assert "languagetool" not in renderer("text").render([report])  # recorded, not printed


def test_auto_without_server_or_extra_says_nothing(monkeypatch) -> None:
    monkeypatch.delenv(lt.ENV_URL, raising=False)
    monkeypatch.setattr(languagetool_choice, "extra_installed", lambda: False)
    report = Checker().check(CLEAN)
    assert all(s["check"] != "languagetool" for s in report.checks_skipped)


def test_auto_uses_the_environment_url(monkeypatch, closed_port_url) -> None:
    monkeypatch.setenv(lt.ENV_URL, closed_port_url + "/v2/")
    report = Checker().check(CLEAN)
    assert _skip_reason(report) == f"connection refused by {closed_port_url}"


def test_off_and_deselection_do_not_run_it(closed_port_url) -> None:
    for chk in (Checker(languagetool="off"), Checker(languagetool=closed_port_url, select=["repetition"]),
                Checker(languagetool=closed_port_url, ignore=["languagetool"])):
        report = chk.check(CLEAN)
        assert all(s["check"] != "languagetool" for s in report.checks_skipped)
        assert "languagetool" not in report.checks_ran


def test_bad_setting_is_a_configuration_error() -> None:
    """Not a URL is a mistake to report at once (exit 2 in the CLI), not a skip (issue 12)."""
    from mtqa.errors import ConfigError

    with pytest.raises(ConfigError, match="not auto, off, local or an http\\(s\\) URL"):
        Checker(languagetool="ftp://nowhere")


def test_a_bad_environment_url_is_a_usage_error_naming_the_variable(monkeypatch, tmp_path: Path) -> None:
    """MTQA_LANGUAGETOOL_URL is one of the three ways to name the server (README): not a URL is
    the same mistake as `--languagetool notaurl`, exit 2 naming it, not an "internal error" skip."""
    from mtqa.errors import ConfigError

    monkeypatch.setenv(lt.ENV_URL, "notaurl")
    with pytest.raises(ConfigError, match="^MTQA_LANGUAGETOOL_URL: 'notaurl' is not an http\\(s\\) URL"):
        Checker()
    Checker(languagetool="off")  # the variable is read only at `auto`,
    Checker(select=["quotes"])  # and only when LanguageTool's findings are selected
    f = tmp_path / "story.txt"
    f.write_text(CLEAN, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", str(f)],
                         capture_output=True, text=True, timeout=120, env={**os.environ, lt.ENV_URL: "notaurl"})
    assert out.returncode == 2, out.stderr
    assert out.stderr == "mtqa: error: MTQA_LANGUAGETOOL_URL: 'notaurl' is not an http(s) URL\n"
    out = subprocess.run([sys.executable, "-m", "mtqa", "check", "--isolated", "--languagetool", "off", str(f)],
                         capture_output=True, text=True, timeout=120, env={**os.environ, lt.ENV_URL: "notaurl"})
    assert out.returncode == 0, out.stderr


class _CannedLT(http.server.BaseHTTPRequestHandler):
    """Answers /v2/check like LanguageTool, with matches computed from the posted text."""

    requests: list = []

    def do_POST(self) -> None:  # noqa: N802
        import json
        import urllib.parse

        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        params = dict(urllib.parse.parse_qsl(body))
        type(self).requests.append(params)
        text = params.get("text", "")

        def at(word: str) -> int:  # UTF-16 offset, as Java counts
            return len(text[: text.index(word)].encode("utf-16-le")) // 2

        def match(word, rule, cat, issue, repl=(), length=None, message="Possible spelling mistake found."):
            return {"offset": at(word), "length": length or len(word), "message": message,
                    "replacements": [{"value": r} for r in repl],
                    "rule": {"id": rule, "issueType": issue, "category": {"id": cat}}}

        matches = []
        if "goverment" in text:
            matches.append(match("goverment", "MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling", ["government"]))
        if "Zarkovian" in text:
            matches.append(match("Zarkovian", "MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling"))
        if "“" in text:
            matches.append(match("“", "EN_QUOTES", "PUNCTUATION", "typographical", ["\""]))
        if "the the" in text:
            matches.append(match("the the", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", ["the"]))
            matches.append(match("the the", "SOME_GRAMMAR_RULE", "GRAMMAR", "grammar", ["the"]))
        if "end.\n\nNext" in text:
            matches.append(match("end.\n\nNext", "PARAGRAPH_RULE", "GRAMMAR", "grammar"))
        if "they was" in text:
            matches.append(match("they was", "AGREEMENT", "GRAMMAR", "grammar", ["they were"]))
        data = json.dumps({"matches": matches}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def canned_url():
    _CannedLT.requests = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CannedLT)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_canned_server_mapping_dedupe_offsets_and_cache(canned_url, tmp_path) -> None:
    (tmp_path / "names.toml").write_text('[pack]\nid = "names-local"\nschema = 1\nknown_words = ["Zarkovian"]\n',
                                         encoding="utf-8")
    # mtqa's own nonwords/misspelt-word knows "goverment" too, and a LanguageTool match on a span
    # mtqa flags is dropped (checked at the end): it is set aside here so the mapping is seen
    chk = Checker(languagetool=canned_url, rules_dir=[str(tmp_path), spelling_on(tmp_path / "on")],
                  ignore=["nonwords/misspelt-word"])
    text = "😀 The goverment said “yes”.\n\nZarkovian said the the plan was at its end.\n\nNext they was ready."
    report = chk.check(text)
    lt_found = _lt(report)
    assert [(f.text, f.rule_id, f.category) for f in lt_found] == [
        ("goverment", "languagetool/morfologik-rule-en-ca", "Fluency/Spelling"),
        ("they was", "languagetool/agreement", "Fluency/Grammar"),
    ]  # quotes dropped, known word dropped, repeat dropped, overlap with mtqa dropped, cross-paragraph dropped
    assert lt_found[0].suggestions == ("government",) and lt_found[0].span.start == text.index("goverment")
    assert any(f.rule_id == "repetition/doubled-word" for f in report.findings)
    assert len(_CannedLT.requests) == 1  # one request for the document
    req = _CannedLT.requests[0]
    assert req["language"] == "en-CA" and "EN_QUOTES" in req["disabledRules"]
    chk.check(text)
    assert len(_CannedLT.requests) == 1  # every paragraph came from the cache
    chk.check(text + "\n\nA new goverment paragraph.")
    assert _CannedLT.requests[-1]["text"] == "A new goverment paragraph."  # only the new paragraph is sent
    both = Checker(languagetool=canned_url, rules_dir=[str(tmp_path), spelling_on(tmp_path / "on")]).check(text)
    at = text.index("goverment")
    assert [f.rule_id for f in both.findings if f.span.start == at] == ["nonwords/misspelt-word"]  # LT's twin dropped


def test_non_json_answer_is_a_skip() -> None:
    class Plain(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>not LanguageTool</html>")

        def log_message(self, *args) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Plain)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        report = Checker(languagetool=f"http://127.0.0.1:{srv.server_address[1]}").check(FAILING)
        assert "did not answer with JSON" in _skip_reason(report)
    finally:
        srv.shutdown()
        srv.server_close()


# ---- pure helpers -------------------------------------------------------------------------


def test_mapping_precedence_rule_over_category_over_issue_type() -> None:
    from mtqa.packs import PackSet

    m = PackSet().compiled("languagetool")
    assert m.entry("MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling")["category"] == "Fluency/Spelling"
    assert m.entry("SOME_RULE", "PUNCTUATION", "grammar")["category"] == "Fluency/Punctuation"
    assert m.entry("SOME_RULE", "NEW_CATEGORY", "register")["category"] == "Style/Register"
    assert m.entry("SOME_RULE", "NEW_CATEGORY", "new-type")["category"] == "Fluency/Grammar"  # defaults
    assert m.entry("EN_QUOTES", "PUNCTUATION", "typographical")["drop"] is True
    assert {"EN_QUOTES", "COMMA_COMPOUND_SENTENCE", "ENGLISH_WORD_REPEAT_RULE"} <= set(m.disabled)
    assert "WHITESPACE_RULE" not in m.disabled and m.proper_noun_drop  # measured on the tuning half


def test_mapping_follows_the_fold_a_retake() -> None:
    """The pack's 2026-12-05 decisions (decided on fold A of the tuning half; benchmarks/README.md):
    two of MT's typographic leftovers scored, style rules that flagged only sound copy off."""
    from mtqa.packs import PackSet

    m = PackSet().compiled("languagetool")
    for rule in ("GERMAN_QUOTES", "APOS_SPACE_CONTRACTION"):
        entry = m.entry(rule, "TYPOGRAPHY", "typographical")
        assert not entry.get("drop") and float(entry["confidence"]) >= 0.5, rule  # costs points
    # scored since 2026-12-07 (re-taken on fold A: 38 artifacts, 2 false flags): [same_slip] drops it
    # beside mtqa's missing-space finding, the double penalty it was kept unscored for
    assert float(m.entry("SENTENCE_WHITESPACE", "TYPOGRAPHY", "whitespace")["confidence"]) >= 0.5
    assert {"BUNCH_OF", "WHEN_WHERE", "MONTH_OF_XXXX", "OF_ANY_OF", "OUTSIDE_OF", "BUILD_OFF_OF",
            "NNS_IN_NNP_VBZ", "EN_COMPOUNDS_FORTUNE_TELLERS"} <= set(m.disabled)
    # the spelling rule on words, unscored then, is off since 2026-12-06 (test_spelling_rule_is_off_by_default)


def test_mapping_follows_the_grown_fold_a_retake() -> None:
    """The pack's 2026-12-07 decisions (the same rule on fold A of the tuning half grown to 839
    excerpts; benchmarks/README.md, branch grammar50): rules that flagged sound clean copy at least
    as often as they found an artifact off, two-word names respelt shown but free."""
    from mtqa.packs import PackSet

    m = PackSet().compiled("languagetool")
    assert {"NON_STANDARD_WORD", "BU", "EN_SPECIFIC_CASE", "THE_SUPERLATIVE", "BAY_AREA", "MISSING_COMMA_AFTER_WEEKDAY",
            "ON_THE_NOVEL", "EN_COMPOUNDS_MULTI_FAMILY", "EN_COMPOUNDS_TRAFFIC_CALMING",
            "EN_DIACRITICS_REPLACE_ORTHOGRAPHY_COMMUNIQUES", "PRINT_COMPOUNDS", "SMALL_NUMBER_OF"} <= set(m.disabled)
    entry = m.entry("EN_MULTITOKEN_SPELLING_TWO", "MULTITOKEN_SPELLING", "misspelling")
    assert not entry.get("drop") and float(entry["confidence"]) < 0.5  # shown, costs nothing
    assert "EN_MULTITOKEN_SPELLING_TWO" not in m.disabled


def test_spelling_rule_is_off_by_default(tmp_path) -> None:
    """2026-12-06: LanguageTool's dictionary, counted beside mtqa's own rules on fold A, flagged clean
    copy more often than it found an artifact mtqa had not (benchmarks/README.md): off, and not even
    asked of the server; a user pack turns it back on, shown and costing nothing."""
    from mtqa.packs import PackSet

    m = PackSet().compiled("languagetool")
    assert m.entry("MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling").get("drop") is True
    assert {"MORFOLOGIK_RULE_EN_CA", "MORFOLOGIK_RULE_EN_US"} <= set(m.disabled)
    on = PackSet([spelling_on(tmp_path)]).compiled("languagetool")
    entry = on.entry("MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling")
    assert not entry.get("drop") and float(entry["confidence"]) < 0.5
    assert "MORFOLOGIK_RULE_EN_CA" not in on.disabled


def _at(text: str, piece: str, rule: str = "x", occurrence: int = 1) -> tuple[int, int, str]:
    """(start, end, rule id) of the `occurrence`-th `piece` of `text`: what same_slip reads of a finding."""
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return start, start + len(piece), rule


def test_same_slip_is_a_finding_just_beside_of_a_declared_rule() -> None:
    from mtqa.packs import PackSet
    from mtqa.slips import same_slip

    m = PackSet().compiled("languagetool")
    stray = m.yields_to("UPPERCASE_SENTENCE_START")
    assert "typography/stray-period" in stray and m.yields_to("SOME_OTHER_RULE") == ()
    assert m.yields_to("SENTENCE_WHITESPACE") == ("typography/missing-space",)
    text = "The mayor spoke to the council. about the budget, then left.\nthe end came."
    period = _at(text, ".", "typography/stray-period")

    def beside(piece: str, others: list, rules: tuple, where: str = text, occurrence: int = 1) -> bool:
        start, end, _ = _at(where, piece, occurrence=occurrence)
        return same_slip(where, start, end, others, rules)

    # the lowercase word after a stray period is the period's slip, reported once
    assert beside("about", [period], stray)
    glued = "The ferry left at noon.The passengers waved."
    assert beside("The", [_at(glued, ".", "typography/missing-space")], m.yields_to("SENTENCE_WHITESPACE"),
                  glued, occurrence=2)
    # look-alikes: a word further on, a finding of an undeclared rule, a line break between, no table entry
    assert not beside("budget", [period], stray)
    assert not beside("about", [_at(text, ".", "typography/other-rule")], stray)
    last = _at(text, "then left.", "typography/stray-period")
    assert not beside("the end", [last], stray)
    assert not beside("about", [period], ())


def test_user_pack_overrides_mapping(tmp_path) -> None:
    from mtqa.packs import PackSet

    (tmp_path / "lt.toml").write_text(
        '[pack]\nid = "languagetool"\nschema = 1\n\n[categories]\nTYPOS = { category = "Terminology/Wrong term", '
        'severity = "major" }\n\n[rules]\nUPPERCASE_SENTENCE_START = { drop = true }\n', encoding="utf-8")
    m = PackSet([tmp_path]).compiled("languagetool")
    e = {k: v for k, v in m.entry("MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling").items() if k != "drop"}
    assert e["category"] == "Fluency/Spelling"  # the rule glob still wins over the category
    assert m.entry("X", "TYPOS", "misspelling") == {**e, "category": "Terminology/Wrong term", "severity": "major",
                                                    "confidence": 0.8}
    assert "UPPERCASE_SENTENCE_START" in m.disabled and "EN_QUOTES" in m.disabled


def test_known_words_come_from_any_pack(tmp_path) -> None:
    from mtqa.packs import PackSet

    (tmp_path / "house.toml").write_text(
        'known_words = ["Zarkovian"]\n\n[pack]\nid = "house"\nschema = 1\n\n[[entry]]\nname = "Mount Qwertaspire"\n'
        'bad = "Mistakenly Spelt"\nregex = "Foo(bar)?"\nfr = "Montagne Qwertienne"\n\n[not_names]\nwords = ["Blorple"]\n', encoding="utf-8")
    packs = PackSet([tmp_path])
    known = lt.known_words(packs, packs.compiled("languagetool"))
    assert {"zarkovian", "qwertaspire", "mount"} <= known.words
    assert "mistakenly" not in known.words and "spelt" not in known.words  # errors are not known words
    assert "qwertienne" not in known.words and "blorple" not in known.words  # nor French forms, nor negative lists
    text = "He climbed Mount Qwertaspire."
    assert known.covers(text, 17, 28, word_ok=False)  # inside the multi-word term
    assert not known.covers("Qwertaspire alone", 0, 11, word_ok=False)


def test_offsets_utf16_batches_and_urls() -> None:
    to_cp = lt._utf16_to_cp("a😀b")
    assert [to_cp(i) for i in (0, 1, 3, 4)] == [0, 1, 2, 3]
    assert lt._batches(["x" * 10, "y" * 10, "z" * 30], 25) == [[0, 1], [2]]
    assert lt._batches(["x" * 20, "y" * 20], 25) == [[0], [1]]
    assert lt._batches(["x" * 5, "y" * 5, "z" * 5], 25) == [[0, 1, 2]]
    assert lt.base_url("http://h:1/v2/") == "http://h:1" and lt.base_url("http://h:1/v2/check") == "http://h:1"


def test_overlap_test() -> None:
    taken = sorted([(10, 20), (30, 30)])
    assert lt._overlaps(taken, 15, 25) and lt._overlaps(taken, 5, 11) and lt._overlaps(taken, 29, 31)
    assert not lt._overlaps(taken, 20, 29) and not lt._overlaps(taken, 0, 10) and not lt._overlaps(taken, 31, 40)


# ---- against a live server ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def lt_url():
    url = (os.environ.get("MTQA_TEST_LANGUAGETOOL_URL") or os.environ.get(lt.ENV_URL, "")).strip()
    if url:
        yield url
        return
    if not SCRIPT.exists():
        pytest.skip("scripts/languagetool-server missing")
    running = subprocess.run([str(SCRIPT), "url"], capture_output=True, text=True)
    if running.returncode == 0:
        yield running.stdout.strip()  # someone else's server: use it, leave it running
        return
    started = subprocess.run([str(SCRIPT), "start"], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        pytest.skip(f"no LanguageTool server: scripts/languagetool-server start failed: {started.stderr.strip()[-300:]}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(SCRIPT), "stop"], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def live(lt_url, tmp_path_factory) -> Checker:
    """Every rule on, LanguageTool's spelling rule too (to see how its matches are mapped)."""
    chk = Checker(languagetool=lt_url, languagetool_timeout=60,
                  rules_dir=[spelling_on(tmp_path_factory.mktemp("spelling-on"))])
    chk.check("Warm up the server with a sentence.")  # the first check loads LanguageTool's models
    return chk


def _lt(report):
    return [f for f in report.findings if f.rule_id.startswith("languagetool/")]


@pytest.mark.languagetool
def test_live_spelling_and_grammar_are_mapped(lt_url, live, tmp_path) -> None:
    text = "The goverment have announced that they was ready.\n\nThe minister spoke yesterday."
    # mtqa's own nonwords/misspelt-word knows "goverment", and LanguageTool's match on a span mtqa
    # flags is dropped: set aside here so LanguageTool's mapping is seen
    report = Checker(languagetool=lt_url, languagetool_timeout=60, ignore=["nonwords/misspelt-word"],
                     rules_dir=[spelling_on(tmp_path)]).check(text)
    assert [f.rule_id for f in live.check(text).findings if f.text == "goverment"] == ["nonwords/misspelt-word"]
    assert "languagetool" in report.checks_ran
    found = {f.text: f for f in _lt(report)}
    assert "goverment" in found
    f = found["goverment"]
    assert f.rule_id == "languagetool/morfologik-rule-en-ca" and f.category == "Fluency/Spelling"
    assert f.source == "languagetool" and "government" in f.suggestions and not f.fix_safe
    assert f.extra["languagetool_rule"] == "MORFOLOGIK_RULE_EN_CA"
    assert any(g.category == "Fluency/Grammar" for g in _lt(report) if g.text != "goverment")


@pytest.mark.languagetool
def test_live_en_ca_locale_and_second_paragraph_offsets(lt_url, live, tmp_path) -> None:
    text = "First paragraph is fine.\n\nThe color of the new flag is red."
    only_lt = Checker(languagetool=lt_url, languagetool_timeout=60, select=["languagetool"],
                      rules_dir=[spelling_on(tmp_path)])
    report = only_lt.check(text)
    hit = [f for f in _lt(report) if f.text == "color"]
    assert hit and hit[0].span.line == 3 and text[hit[0].span.start:hit[0].span.end] == "color"
    assert "colour" in hit[0].suggestions
    us = only_lt.check(text, locale="en-US")
    assert not [f for f in _lt(us) if f.text == "color"]
    # with every rule on, the word is flagged once: by mtqa's own rule if it has one, else by LanguageTool
    assert len([f for f in live.check(text).findings if f.text == "color"]) == 1


@pytest.mark.languagetool
def test_live_mtqa_wins_on_overlapping_spans_and_quotes_are_mtqa_s(live) -> None:
    report = live.check("She said that the the plan was “ready“ and and complete.")
    spans = [(f.span.start, f.span.end) for f in report.findings]
    assert sum(f.rule_id == "repetition/doubled-word" for f in report.findings) == 2
    mtqa_spans = [(f.span.start, f.span.end) for f in report.findings if f.source == "mtqa"]
    for f in _lt(report):
        assert not any(s < f.span.end and f.span.start < e for s, e in mtqa_spans), f
        assert f.extra["languagetool_rule"] not in ("EN_QUOTES", "EN_UNPAIRED_QUOTES", "ENGLISH_WORD_REPEAT_RULE")
    assert len(spans) == len(set(spans))


@pytest.mark.languagetool
def test_live_known_words_from_packs(lt_url, tmp_path) -> None:
    text = "Mayor Zarkovian Plotnikoff visited the Grunthaven Bridge and met Zarkovian later."
    default = Checker(languagetool=lt_url, languagetool_timeout=60).check(text)
    assert not {f.text for f in _lt(default)} & {"Zarkovian", "Grunthaven", "Plotnikoff"}  # names: dropped by default
    shown = tmp_path / "shown"
    shown.mkdir()
    (shown / "lt.toml").write_text('[pack]\nid = "languagetool"\nschema = 1\n\n[spelling]\nproper_noun_drop = false\n'
                                   '\n[rules]\nMORFOLOGIK_RULE_EN_CA = { drop = false }\n', encoding="utf-8")
    plain = Checker(languagetool=lt_url, languagetool_timeout=60, rules_dir=[str(shown)]).check(text)
    flagged = {f.text for f in _lt(plain)}
    assert {"Zarkovian", "Grunthaven"} <= flagged
    (tmp_path / "names.toml").write_text(
        '[pack]\nid = "names-local"\nschema = 1\nknown_words = ["Zarkovian"]\n\n[[place]]\nname = "Grunthaven Bridge"\n',
        encoding="utf-8")
    known = Checker(languagetool=lt_url, languagetool_timeout=60, rules_dir=[str(tmp_path), str(shown)]).check(text)
    flagged = {f.text for f in _lt(known)}
    assert "Zarkovian" not in flagged and "Grunthaven" not in flagged
    assert "Plotnikoff" in flagged  # unknown names still shown …
    assert all(f.confidence < 0.5 for f in _lt(known) if f.text == "Plotnikoff")  # … but cost nothing
    opening = Checker(languagetool=lt_url, languagetool_timeout=60, rules_dir=[str(shown)]).check(
        "Plotnikoff spoke first. Later, Mayor Plotnikoff left.\n\nGoverment officials stayed.")
    conf = {(f.text, f.span.start): f.confidence for f in _lt(opening)}
    assert conf[("Plotnikoff", 0)] < 0.5  # opens a sentence, but is a name elsewhere in the story
    from mtqa.packs import PackSet

    mapping = PackSet([shown]).compiled("languagetool")
    spelling = float(mapping.entry("MORFOLOGIK_RULE_EN_CA", "TYPOS", "misspelling")["confidence"])
    assert spelling > mapping.proper_noun_confidence
    # a misspelling at a sentence start keeps the spelling rule's confidence, not a name's
    assert [c for (t, _), c in conf.items() if t == "Goverment"] == [spelling]


@pytest.mark.languagetool
def test_live_variant_spelling_passes_only_inside_a_known_term(lt_url, tmp_path) -> None:
    (tmp_path / "inst.toml").write_text(
        '[pack]\nid = "inst-local"\nschema = 1\n\n[[institution]]\nname = "U.S. Department of Defense"\n',
        encoding="utf-8")
    chk = Checker(languagetool=lt_url, languagetool_timeout=60, rules_dir=[str(tmp_path), spelling_on(tmp_path / "on")])
    text = "The U.S. Department of Defense spoke. The Defense minister did not."
    hits = [f for f in _lt(chk.check(text)) if f.text == "Defense"]
    assert [text[f.span.start - 4:f.span.start] for f in hits] == ["The "] and hits[0].span.start > 40


@pytest.mark.languagetool
def test_live_select_only_languagetool_and_ignore_one_of_its_rules(lt_url, tmp_path) -> None:
    text = "The goverment have said that the the color is red."
    on = [spelling_on(tmp_path)]
    only = Checker(languagetool=lt_url, select=["languagetool"], rules_dir=on).check(text)
    assert only.findings and all(f.source == "languagetool" for f in only.findings)
    assert not [f for f in only.findings if f.extra["languagetool_rule"] == "ENGLISH_WORD_REPEAT_RULE"]
    ignored = Checker(languagetool=lt_url, ignore=["languagetool/morfologik-*"], rules_dir=on).check(text)
    assert not [f for f in ignored.findings if f.rule_id.startswith("languagetool/morfologik")]
    assert any(f.rule_id == "repetition/doubled-word" for f in ignored.findings)


@pytest.mark.languagetool
def test_live_cache_and_batching(live, monkeypatch) -> None:
    integ = next(i for i in live.integrations if i.name == "languagetool")
    pars = [f"Paragraph {i} has a mispelled word." for i in range(40)]
    text = "\n\n".join(pars)
    before = len(integ._cache)
    posts = _count_posts(monkeypatch)
    first = live.check(text)
    assert len(integ._cache) == before + 40
    assert sum(f.text == "mispelled" for f in _lt(first)) == 40
    assert 1 <= len(posts) < 40  # the 40 paragraphs went in batches, not one request each
    sent = len(posts)
    second = live.check(text)
    assert len(posts) == sent  # served from the cache: the server was not asked again
    assert [(f.span.start, f.rule_id) for f in _lt(second)] == [(f.span.start, f.rule_id) for f in _lt(first)]


@pytest.mark.languagetool
def test_live_seed_has_no_two_findings_on_one_span(live) -> None:
    text = SEED.read_text(encoding="utf-8")
    report = live.check(text)
    lt_found = _lt(report)
    assert all("/" in f.category for f in lt_found)
    # the seed's two sentences that go on in lowercase after a stray period ("mission. to"): mtqa's
    # stray period alone, not LanguageTool's lowercase sentence start beside it too (one slip)
    assert not [f for f in lt_found if f.extra["languagetool_rule"] == "UPPERCASE_SENTENCE_START"]
    periods = {f.span.start for f in report.findings if f.rule_id == "typography/stray-period"}
    assert {text.index("mission. to") + 7, text.index("done. from") + 4} <= periods
    own = [(f.span.start, f.span.end) for f in report.findings if f.source == "mtqa"]
    for f in lt_found:
        assert not any(s < f.span.end and f.span.start < e for s, e in own)
    spans = [(f.span.start, f.span.end) for f in report.findings]
    assert len(spans) == len(set(spans))


@pytest.mark.languagetool
def test_live_one_slip_one_finding(lt_url, tmp_path) -> None:
    """A stray period and a missing space: mtqa flags the period, LanguageTool the word after it.
    The [same_slip] table keeps mtqa's finding alone; with mtqa's rules deselected, LanguageTool's is shown."""
    text = "The mayor spoke to the council. about the new budget on Tuesday.\n\nThe ferry left at noon.The crew waved."
    shipped = Checker(languagetool=lt_url, languagetool_timeout=60).check(text)
    assert {f.rule_id for f in shipped.findings} >= {"typography/stray-period", "typography/missing-space"}
    assert not [f for f in _lt(shipped) if f.text in ("about", "The")]
    own_off = ["typography/stray-period", "abbreviations/stray-period", "typography/missing-space"]
    alone = Checker(languagetool=lt_url, languagetool_timeout=60, ignore=own_off).check(text)
    twins = {(f.extra["languagetool_rule"], f.text) for f in _lt(alone)}
    assert {("UPPERCASE_SENTENCE_START", "about"), ("SENTENCE_WHITESPACE", "The")} <= twins


@pytest.mark.languagetool
def test_live_twin_span_is_kept_beside_mtqas_finding(lt_url) -> None:
    """LanguageTool's twin is dropped by the engine with mtqa's own (mtqa.slips.one_per_slip) and its
    span stays beside mtqa's finding, where a label on the lowercase word still sees it."""
    text = "Crews cleared the road near the old mill. after the storm had passed through the valley."
    report = Checker(languagetool=lt_url, languagetool_timeout=60).check(text)
    period = next(f for f in report.findings if f.rule_id == "typography/stray-period")
    related = {(r["rule_id"], r["start"], r["end"]) for r in period.extra["same_slip"]}
    word = text.index("after")
    assert ("languagetool/uppercase-sentence-start", word, word + len("after")) in related
    assert not _lt(report)


@pytest.mark.languagetool
def test_live_spelling_rule_off_by_default(lt_url, live) -> None:
    text = "The report had a mispelled word in its second line."
    assert [f.text for f in _lt(live.check(text))] == ["mispelled"]  # turned on by a user pack
    assert not _lt(Checker(languagetool=lt_url, languagetool_timeout=60).check(text))


def test_a_silent_server_is_reported_with_a_readable_wait() -> None:
    """`mtqa serve` forwards with what is left of the request's time (9.98393 s, say): the note a
    client shows says 'within 0.123 s' or '9.98 s', not six significant digits."""
    from mtqa.integrations.languagetool import Unavailable, post_check

    with socket.socket() as silent:  # accepts the connection (the backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(Unavailable) as err:
            post_check(f"http://127.0.0.1:{port}", {"text": "x", "language": "en-CA"}, 0.1234567)
    assert str(err.value).endswith("within 0.123 s"), str(err.value)


@pytest.mark.languagetool
def test_live_one_call_api_reuses_its_checker_and_asks_the_server_each_call(lt_url, monkeypatch) -> None:
    """mtqa.check keeps its Checker (mtqa.checker_cache) but not LanguageTool's answers: each
    call asks the server, and finds what a fresh Checker finds."""
    import mtqa
    from mtqa import checker_cache

    text = "They was ready.\n\nThe minister spoke yesterday."
    fresh = Checker(languagetool=lt_url, languagetool_timeout=60, select=["languagetool"]).check(text)
    checker_cache.clear()
    posts = _count_posts(monkeypatch)
    first = mtqa.check(text, languagetool=lt_url, languagetool_timeout=60, select=["languagetool"])
    second = mtqa.check(text, languagetool=lt_url, languagetool_timeout=60, select=["languagetool"])
    assert checker_cache.kept() == 1 and len(posts) == 2
    assert [f.rule_id for f in first.findings] == [f.rule_id for f in second.findings] == \
        [f.rule_id for f in fresh.findings]
    checker_cache.clear()


@pytest.mark.languagetool
def test_live_fix_never_applies_languagetool_suggestions(lt_url, live, tmp_path) -> None:
    """README: LanguageTool's replacements are suggestions, shown and never written, not even
    with --unsafe-fixes; mtqa's own safe fix in the same file is (the twelfth audit)."""
    from mtqa.cli import main

    story = tmp_path / "story.txt"
    story.write_text("The mayor said she don't know when the vote is.\nHe has went to meet an union leader.\n",
                     encoding="utf-8")
    report = tmp_path / "report.json"
    code = main(["check", "--isolated", "--languagetool", lt_url, "--fix", "--unsafe-fixes", "--format", "json",
                 "--output", str(report), str(story)])
    assert code in (0, 1)
    import json

    findings = json.loads(report.read_text(encoding="utf-8"))["files"][0]["findings"]
    shown = [f for f in findings if f["rule"].startswith("languagetool/")]
    assert shown and all(f["suggestions"] and (f["fix"] is None or f["fix"]["applicability"] == "display-only")
                         for f in shown)
    assert story.read_text(encoding="utf-8") == (
        "The mayor said she don't know when the vote is.\nHe has went to meet a union leader.\n")
