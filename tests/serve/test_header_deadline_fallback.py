"""`mtqa serve` still starts when uvicorn's internal h11 module has moved (a future uvicorn).

`mtqa.serve.header_deadline` subclasses `uvicorn.protocols.http.h11_impl.H11Protocol`, which is not
uvicorn's public API. Blocking that import stands in for a uvicorn release that moved it: no real
uvicorn gives that failure on demand.
"""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("uvicorn")

from mtqa.serve import server  # noqa: E402


def test_the_header_deadline_is_used_when_uvicorn_has_its_module(capsys):
    protocol = server.header_deadline_protocol()
    assert protocol is not None and protocol.__name__ == "HeaderDeadline"
    assert capsys.readouterr().err == ""


def test_without_uvicorns_module_the_server_falls_back_and_says_so(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "mtqa.serve.header_deadline", raising=False)
    monkeypatch.setitem(sys.modules, "uvicorn.protocols.http.h11_impl", None)  # import fails
    assert server.header_deadline_protocol() is None
    err = capsys.readouterr().err
    assert "no deadline for request headers with this uvicorn" in err
