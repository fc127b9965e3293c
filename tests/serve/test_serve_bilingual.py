"""`mtqa serve` takes a translation team's bilingual file (XLIFF, TMX, PO) as a pipeline posts it,
with the bilingual options per request (source profile, segment states, locks), each validated
with a 400 naming it (a real server process, a real client, files made up here)."""

from __future__ import annotations

import pytest

from .conftest import start_server

DOUBLED = "repetition/doubled-word"
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file source-language="de" target-language="en" datatype="plaintext" original="memo.txt">
    <body>
      <trans-unit id="draft">
        <source>Der Zug fährt morgen.</source>
        <target state="translated">The train leaves leaves tomorrow.</target>
      </trans-unit>
      <trans-unit id="review">
        <source>Die Brücke bleibt zu.</source>
        <target state="needs-review-translation">The bridge stays stays shut.</target>
      </trans-unit>
      <trans-unit id="frozen">
        <source>Das Amt ist zu.</source>
        <target>The office shuts shuts early.</target>
        <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" locked="true"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
PO = '''msgid ""
msgstr ""
"Language: en\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#, fuzzy
msgid "Die Post kommt spät."
msgstr "The mail comes comes late."
'''


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("bilingual-serve")
    (cwd / "off.toml").write_text('languagetool = "off"\n', encoding="utf-8")
    s = start_server("--config", str(cwd / "off.toml"), name="bilingual", cwd=cwd)
    yield s
    s.stop()


def _segments(answer: dict) -> set[str]:
    (file,) = answer["files"]
    return {f["segment"] for f in file["findings"] if f["rule"] == DOUBLED}


def test_a_bilingual_file_is_checked_per_segment_with_its_states_and_locks(server) -> None:
    with server.client() as c:
        plain = c.post("/api/check", json={"text": XLIFF, "format": "xliff"})
        by_name = c.post("/api/check", json={"text": XLIFF, "filename": "jobs/memo.xlf"}).json()
        review = c.post("/api/check", json={"text": XLIFF, "format": "xliff",
                                            "options": {"segment_states": "needs-review-translation"}}).json()
        locked = c.post("/api/check", json={"text": XLIFF, "format": "xliff", "options": {"locked": "check"}}).json()
        po = c.post("/api/check", json={"text": PO, "format": "po", "options": {"segment_states": ["translated"]}})
        report = c.post("/api/report", json={"text": XLIFF, "format": "xliff"})
    assert plain.status_code == 200
    (file,) = plain.json()["files"]
    assert file["format"] == "xliff" and file["segments"] == 3
    assert _segments(plain.json()) == _segments(by_name) == {"draft", "review"}
    assert {f["segment_state"] for f in file["findings"]} == {"translated", "needs-review-translation"}
    assert _segments(review) == {"review"}
    assert _segments(locked) == {"draft", "review", "frozen"}
    assert po.status_code == 200 and _segments(po.json()) == set()  # the fuzzy entry left out
    assert report.status_code == 200 and "segment <code>review</code>" in report.text


def test_the_source_profile_is_taken_per_request(server) -> None:
    # Made up: a comma outside the closing quotation mark, US house style the precise profile leaves out.
    text = 'The mayor called the plan "a good start", and the council agreed on Tuesday.'
    source = "Le maire a qualifié le plan de « bon début », et le conseil a accepté mardi."
    with server.client() as c:
        full = c.post("/api/check", json={"text": text, "source": source, "locale": "en-US"}).json()
        precise = c.post("/api/check", json={"text": text, "source": source, "locale": "en-US",
                                             "options": {"source_profile": "precise"}}).json()
    rules = [{f["rule"] for f in answer["files"][0]["findings"]} for answer in (full, precise)]
    assert "quotes/punctuation-outside" in rules[0] - rules[1]


@pytest.mark.parametrize(("path", "body", "said"), [
    ("/api/check", {"text": XLIFF, "options": {"source_profile": "strict"}}, "unknown source profile 'strict'"),
    ("/api/check", {"text": XLIFF, "format": "xliff", "options": {"segment_states": ["translatd"]}},
     "unknown segment state 'translatd'"),
    ("/api/check", {"text": XLIFF, "format": "xliff", "options": {"locked": "yes"}}, "options.locked"),
    ("/api/check", {"text": XLIFF, "format": "xliff", "source": "Der Zug."}, "holds each segment's source"),
    ("/api/fix", {"text": XLIFF, "filename": "memo.xlf"}, "mtqa check --fix"),
    ("/api/check", {"text": XLIFF, "format": "xliff", "reference": "The train."}, "reference: a xliff file"),
    ("/api/check", {"text": XLIFF, "format": "xliff", "locale": "en-GB"}, "checked under the configuration's locale"),
    ("/api/check", {"text": "<xliff version='1.2'><file", "format": "xliff"}, "XML"),
])
def test_a_bad_bilingual_request_is_a_clear_400(server, path: str, body: dict, said: str) -> None:
    with server.client() as c:
        answer = c.post(path, json=body)
    assert answer.status_code == 400, answer.text
    assert said in answer.json()["error"]


def test_the_openapi_document_lists_the_bilingual_formats_and_options(server) -> None:
    with server.client() as c:
        spec = c.get("/openapi.json").json()
    text = str(spec)
    assert "'xliff'" in text and "segment_states" in text and "source_profile" in text



def test_a_format_set_by_the_configuration_is_taken_and_refused_alike(tmp_path) -> None:
    (tmp_path / "xliff.toml").write_text('languagetool = "off"\ninput-format = "xliff"\n', encoding="utf-8")
    s = start_server("--config", str(tmp_path / "xliff.toml"), name="bilingual-config", cwd=tmp_path)
    try:
        with s.client() as c:
            checked = c.post("/api/check", json={"text": XLIFF})
            fixed = c.post("/api/fix", json={"text": XLIFF})
            sourced = c.post("/api/check", json={"text": XLIFF, "source": "Der Zug."})
    finally:
        s.stop()
    assert checked.status_code == 200 and _segments(checked.json()) == {"draft", "review"}
    assert fixed.status_code == 400 and "mtqa check --fix" in fixed.json()["error"]
    assert sourced.status_code == 400 and "holds each segment's source" in sourced.json()["error"]


def test_the_checks_of_the_whole_file_run_on_a_posted_file(server) -> None:
    """One source translated two ways, and an empty target marked final, as `mtqa check` finds them."""
    units = ('<trans-unit id="a"><source>Der Zug fährt morgen ab.</source><target state="translated">The train leaves '
             'tomorrow.</target></trans-unit>\n<trans-unit id="b"><source>Der Zug fährt morgen ab.</source><target '
             'state="translated">The train departs tomorrow.</target></trans-unit>\n<trans-unit id="c"><source>Die Post '
             'kommt spät.</source><target state="final"></target></trans-unit>')
    text = XLIFF.split("<body>")[0] + "<body>\n" + units + "\n    </body>\n  </file>\n</xliff>\n"
    with server.client() as c:
        answer = c.post("/api/check", json={"text": text, "filename": "memo.xlf"})
    assert answer.status_code == 200, answer.text
    (file,) = answer.json()["files"]
    found = {(f["rule"], f["segment"]) for f in file["findings"]}
    assert {("source/inconsistent-translation", "b"), ("source/empty-target", "c")} <= found
