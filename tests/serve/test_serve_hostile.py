"""A demanding user's clients against a real server (stop 48): a body that trickles in a byte at a
time, fifty requests at once, a rule that does not exist, a document of 200,000 characters. Each
gets a clear status and a JSON error (or its answer), and the server answers the next request.
Peak memory under these clients is measured in benchmarks/serve.py's notes, not here."""

from __future__ import annotations

import concurrent.futures
import json
import socket
import time

import httpx
import pytest

from benchmarks.serve_hostile import send_slowly

from .conftest import SEED, start_server
from .test_serve_limits import assert_json_error

ARTICLE = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile():
    """One server for this module: a 2-second limit, so a trickling client is cut off soon."""
    s = start_server("--timeout", "2", name="hostile")
    yield s
    s.stop()


def _port(server) -> int:
    return int(server.url.rpartition(":")[2])


def _answers_again(server) -> None:
    """The server answers a small check (waiting out a check that overran, as a client would on 503)."""
    with server.client() as c:
        for _ in range(120):
            resp = c.post("/api/check", json={"text": "The council met on Monday."})
            if resp.status_code != 503:
                break
            time.sleep(0.5)
        assert resp.status_code == 200, resp.text


def test_a_body_sent_a_byte_at_a_time_is_cut_off_with_408(hostile) -> None:
    """A byte every 0.3 s, each well within the limit: the server waited for the whole body (30 s
    for 100 bytes, longer for more) and then answered 504, blaming the check. Now the whole body
    is due within --timeout of the request: 408, long before the client is done."""
    body = b'{"text": "' + b"The council met on Monday. " * 4 + b'"}'
    head = (f"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    answer, sent = send_slowly(_port(hostile), head, body, 0.3)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert sent < len(body) and b'"status":408' in answer and b"within 2 s" in answer
    _answers_again(hostile)


def test_headers_sent_a_byte_at_a_time_are_cut_off_with_408(hostile) -> None:
    """uvicorn waits for a request's headers as long as bytes keep coming: a client trickling them
    held a connection for ever (a few hundred such fill the server's connection limit). Now the
    headers are due within --timeout of the connection: a JSON 408, then the connection closes.
    A connection that sends nothing is closed without a word."""
    head = ("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "X-Padding: " + "x" * 200 + "\r\nContent-Length: 2\r\n\r\n{}").encode()
    answer, sent = send_slowly(_port(hostile), b"", head, 0.3)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert sent < len(head) - 4
    assert json.loads(answer.partition(b"\r\n\r\n")[2]) == {"error": "request headers not received within 2 s",
                                                                "status": 408}
    silent = socket.create_connection(("127.0.0.1", _port(hostile)), timeout=30)
    try:
        assert silent.recv(4096) == b""  # closed by the server, nothing said
    finally:
        silent.close()
    _answers_again(hostile)


def test_fifty_requests_at_once_each_get_an_answer_or_a_json_503(hostile) -> None:
    def one(i: int) -> httpx.Response:
        with hostile.client() as c:
            return c.post("/api/check", json={"text": f"Story {i}: the the council met on Monday."})

    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(one, range(50)))
    statuses = {r.status_code for r in answers}
    assert statuses <= {200, 503, 504} and 200 in statuses, statuses
    for r in answers:
        if r.status_code == 200:
            assert any(f["rule"] == "repetition/doubled-word" for f in r.json()["files"][0]["findings"]), r.text
        else:
            assert_json_error(r, r.status_code, "")
            assert r.status_code == 504 or int(r.headers["retry-after"]) >= 1
    _answers_again(hostile)


@pytest.mark.parametrize(("request_kwargs", "says"), [
    ({"json": {"text": "a", "options": {"select": ["quotes/no-such-rule"]}}}, "quotes/no-such-rule"),
    ({"json": {"text": "a", "options": {"ignore": ["NO_SUCH_RULE"]}}}, "NO_SUCH_RULE"),
])
def test_a_rule_that_does_not_exist_is_a_400_naming_it(hostile, request_kwargs, says) -> None:
    with hostile.client() as c:
        assert_json_error(c.post("/api/check", **request_kwargs), 400, says)
    _answers_again(hostile)


def test_a_document_of_200k_characters_is_answered_or_a_json_504(hostile) -> None:
    text = (ARTICLE * (200_000 // len(ARTICLE) + 1))[:200_000]
    with hostile.client() as c:
        resp = c.post("/api/check", json={"text": text})
    if resp.status_code == 200:
        assert resp.json()["files"][0]["findings"]
    else:
        assert_json_error(resp, 504, "longer than the server's limit of 2 s")
    _answers_again(hostile)


def _without_timings(value):
    """An answer with the times it took left out (they differ from run to run)."""
    if isinstance(value, dict):
        return {k: _without_timings(v) for k, v in value.items() if k != "timings_ms"}
    if isinstance(value, list):
        return [_without_timings(v) for v in value]
    return value


def test_checks_and_fixes_with_different_options_at_once_answer_as_one_at_a_time() -> None:
    """Four check threads share a worker's Checkers: /api/check and /api/fix with different
    selections, previews, thresholds and formats, twelve clients at once, answer exactly as the
    same requests sent one after another (stop 50; fifty identical requests at once were tested)."""
    import random

    texts = [("It was was late, said the the minister. “He said “no” , ” said she.", None),
             ("It rose 10  % on Monday , said the Prime minister of canada.", None),
             ("# The the title\n\n* It was was **late** .\n", "markdown"),
             ("<p>It rose 10          % on Monday.</p><p>The the end .</p>", "html")]
    options = [{}, {"select": ["repetition"]}, {"ignore": ["quotes", "numbers"]}, {"preview": True},
               {"fail_under": 50}, {"select": ["typography", "numbers"]}]
    draw = random.Random(50)
    requests = []
    for _ in range(36):
        text, fmt = draw.choice(texts)
        body = {"text": text, "options": draw.choice(options)} | ({"format": fmt} if fmt else {})
        requests.append((draw.choice(["/api/check", "/api/fix"]), body))
    server = start_server("--threads", "4", "--queue", "64", "--timeout", "60", name="mixed")
    try:
        def answer(request) -> tuple[int, object]:
            with server.client() as c:
                resp = c.post(request[0], json=request[1])
                return resp.status_code, _without_timings(resp.json())

        one_at_a_time = [answer(r) for r in requests]
        assert {status for status, _ in one_at_a_time} == {200}, one_at_a_time
        assert len({json.dumps(body, sort_keys=True) for _, body in one_at_a_time}) >= 12  # the options tell
        with concurrent.futures.ThreadPoolExecutor(12) as pool:
            at_once = list(pool.map(answer, requests))
        for request, alone, together in zip(requests, one_at_a_time, at_once):
            assert together == alone, request
    finally:
        server.stop()
