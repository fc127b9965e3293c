"""A deadline for a request's headers, which uvicorn does not have.

uvicorn's h11 protocol waits for a request's headers as long as a client keeps the connection
open: a client that sends them a byte at a time holds a connection for ever, and a few hundred
such clients fill `limit_concurrency`, after which every other client gets 503 (stop 48's
review). `HeaderDeadline` is uvicorn's protocol with one timer: armed when a connection opens
and again when a response is done (the next request on a keep-alive connection), cancelled once
the request's headers have all come. When it fires first, a client that sent part of a request
gets a JSON 408, one that sent nothing is closed without a word, as an idle connection is. The
body has its own deadline (`mtqa.serve.limits.BodyLimit`).

The class is named at module level so that uvicorn can hand it to the worker processes it
spawns (`--workers`); each worker reads the seconds from the settings in its environment.
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from mtqa.serve.limits import error_body


class HeaderDeadline(H11Protocol):
    """uvicorn's h11 protocol, with `seconds` for a request's headers to come whole."""

    seconds: float | None = None  # None: the settings in the environment's (a worker process)
    _header_timer: asyncio.TimerHandle | None = None
    _started = False  # some of the request came since the timer was armed

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._started = True
        if self.conn.their_state is not h11.IDLE:  # the request line and headers are in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm()  # the next request on this connection has the same deadline

    def _arm(self) -> None:
        self._disarm()
        self._started = False
        self._header_timer = self.loop.call_later(_seconds(), self._late)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _late(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self._started:
            body = error_body(408, f"request headers not received within {_seconds():g} s")
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                                 b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
        self.transport.close()


def _seconds() -> float:
    """The deadline: set by the serving process, else its worker's settings (read once)."""
    if HeaderDeadline.seconds is None:
        from mtqa.serve.settings import Settings

        HeaderDeadline.seconds = Settings.from_env().timeout
    return HeaderDeadline.seconds
