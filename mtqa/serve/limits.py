"""What keeps the server up under load and abuse: body size, bounded concurrency, time limits.

* `BodyLimit` (ASGI middleware, outermost): a body over the limit is refused with 413, from its
  Content-Length before a byte is read, or as soon as a chunked body passes the limit; a client
  whose body has not all come `read_timeout` seconds after its request did gets 408 (a slow
  client, even one sending a byte at a time, holds a connection no longer than that).
* `CheckRunner`: checks run in a fixed pool of threads (`threads`), at most `queue` more wait;
  past that a request is refused at once with 503 and Retry-After. A request not answered within
  `timeout` seconds of its arrival gets 503 if its check never started, 504 if it was running.
  A check that overruns keeps its thread and its place until it ends (a thread cannot be
  killed), so the bound on concurrent work holds even then.
* `ApiError`: every refusal is a JSON body ``{"error": message, "status": code}``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import math
import time
from typing import Any, Callable


class ApiError(Exception):
    """A request mtqa refuses: answered with `status` and a JSON body naming the problem."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_body(status: int, message: str) -> bytes:
    return json.dumps({"error": message, "status": status}, ensure_ascii=False).encode("utf-8")


class BodyLimit:
    """ASGI middleware refusing request bodies over `max_bytes` with a JSON 413, and bodies
    not all received `read_timeout` seconds after the request with a JSON 408."""

    def __init__(self, app, max_bytes: int, read_timeout: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_timeout = read_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "Content-Length is not a number")
                    return
        if declared is not None and declared > self.max_bytes:
            await _send_error(send, 413, self._message())
            return
        seen = 0
        body_done = False
        until = None if self.read_timeout is None else time.monotonic() + self.read_timeout

        async def limited_receive():
            nonlocal seen, body_done
            if body_done:  # after the body, receive() waits for the client to leave: no limit
                return await receive()
            try:
                # the whole body within read_timeout of the request's arrival, not each piece within
                # it: a client sending a byte every second held a connection as long as it liked
                # (stop 48), and then got a 504 blaming the check
                wait = None if until is None else max(0.001, until - time.monotonic())
                message = await asyncio.wait_for(receive(), wait)
            except asyncio.TimeoutError:
                raise ApiError(408, f"request body not received within {self.read_timeout:g} s of the request "
                               "(send it whole, and faster)", {"Connection": "close"}) from None
            body_done = message["type"] != "http.request" or not message.get("more_body", False)
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise ApiError(413, self._message())
            return message

        await self.app(scope, limited_receive, send)

    def _message(self) -> str:
        return f"request body is larger than the server's limit of {self.max_bytes:,} bytes"


async def _send_error(send, status: int, message: str) -> None:
    body = error_body(status, message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class CheckRunner:
    """Runs blocking checks in a bounded thread pool with a queue limit and a deadline.

    Args:
        threads: checks running at once.
        queue: checks allowed to wait for a thread; one more is refused with 503.
        timeout: seconds from a request's arrival to its answer.
    """

    def __init__(self, threads: int, queue: int, timeout: float) -> None:
        self.threads = threads
        self.capacity = threads + queue
        self.timeout = timeout
        self.admitted = 0  # running, waiting, or overrunning a deadline: all hold a place
        self.started = 0   # of those, running now
        self._executor = concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="mtqa-check")
        self._recent: list[float] = []  # seconds of recent checks, for Retry-After

    def stats(self) -> dict[str, Any]:
        return {"threads": self.threads, "capacity": self.capacity, "admitted": self.admitted,
                "running": self.started}

    def retry_after(self) -> int:
        """Seconds a refused client should wait: the time the pool needs to clear its places."""
        mean = sum(self._recent) / len(self._recent) if self._recent else 0.05
        return max(1, math.ceil(mean * self.capacity / self.threads))

    async def run(self, fn: Callable, *args, deadline: float | None = None):
        """Run fn(*args) in the pool and return its result.

        Raises:
            ApiError: 503 (full, or the deadline passed before the check started) or 504 (the
                deadline passed while it ran).
        """
        if self.admitted >= self.capacity:
            raise ApiError(503, f"server busy: {self.capacity} checks running or waiting; retry later",
                           {"Retry-After": str(self.retry_after())})
        loop = asyncio.get_running_loop()
        deadline = deadline if deadline is not None else time.monotonic() + self.timeout
        state: dict[str, float | None] = {"start": None}

        def work():
            state["start"] = time.monotonic()
            loop.call_soon_threadsafe(self._begin)
            return fn(*args)

        self.admitted += 1
        try:
            future = self._executor.submit(work)
        except RuntimeError:  # shutting down
            self.admitted -= 1
            raise ApiError(503, "server is shutting down", {"Retry-After": "5"}) from None
        future.add_done_callback(lambda f: loop.call_soon_threadsafe(self._end, f, state))
        waiter = asyncio.wrap_future(future)
        done, _ = await asyncio.wait({waiter}, timeout=max(0.0, deadline - time.monotonic()))
        if waiter in done:
            return waiter.result()
        waiter.cancel()  # cancels `future` too when it has not started; a running one goes on
        if state["start"] is None:
            raise ApiError(503, f"server busy: the check did not start within {self.timeout:g} s; retry later",
                           {"Retry-After": str(self.retry_after())})
        raise ApiError(504, f"the check took longer than the server's limit of {self.timeout:g} s")

    def _begin(self) -> None:
        self.started += 1

    def _end(self, future, state) -> None:
        self.admitted -= 1
        if state["start"] is not None:
            self.started -= 1
            self._recent.append(time.monotonic() - state["start"])
            del self._recent[:-50]

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
