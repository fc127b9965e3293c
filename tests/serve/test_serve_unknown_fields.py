"""A /v2/check field that neither LanguageTool nor mtqa reads (most often a misspelt one) is
answered as LanguageTool answers it, ignored, but said: a log line, the answer's
`warnings.ignoredFields` (naming the field meant when one is close) and a response header."""

from __future__ import annotations

import time

from mtqa.serve import ltprotocol

TEXT = "He said “it is over“.\n\nThe minister spoke yesterday."


def _log_mentions(server, needle: str) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if needle in server.log.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.1)
    return False


def test_a_misspelt_field_is_answered_and_said(server) -> None:
    with server.client() as c:
        plain = c.post("/v2/check", data={"text": TEXT, "language": "en-CA"})
        got = c.post("/v2/check", data={"text": TEXT, "language": "en-CA", "enabledRule": "quotes",
                                        "textSessionId": "42", "zz_custom": "1"})
    assert got.status_code == 200 and plain.status_code == 200
    assert [m["rule"]["id"] for m in got.json()["matches"]] == [m["rule"]["id"] for m in plain.json()["matches"]]
    assert got.headers[ltprotocol.IGNORED_FIELDS_HEADER] == "enabledRule, zz_custom"  # textSessionId is LanguageTool's
    said = got.json()["warnings"]["ignoredFields"]
    assert said == "ignored unknown fields: enabledRule (did you mean enabledRules?), zz_custom"
    assert ltprotocol.IGNORED_FIELDS_HEADER not in plain.headers and "ignoredFields" not in plain.json()["warnings"]
    assert _log_mentions(server, "/v2/check: ignored unknown fields: enabledRule (did you mean enabledRules?)")


def test_the_header_is_latin_1_and_bounded() -> None:
    names = ["prénom\r\nX-Evil: 1", *(f"f{i}" for i in range(30))]
    header = ltprotocol.ignored_fields_header(names)
    header.encode("latin-1")
    assert "\r" not in header and "\n" not in header and header.count(",") == 19
    assert ltprotocol.unknown_fields_warning(names).endswith("and 11 more")
    assert ltprotocol.unknown_fields({"text": "a", "language": "en", "filename": "a.txt", "dicts": "x"}) == []
