"""Bind the socket, say where, and run uvicorn (one process, or `--workers` processes).

The socket is bound here rather than by uvicorn so that ``--port 0`` works: the kernel picks a
free port and the first line on standard output says which
(``mtqa serve: listening on http://127.0.0.1:PORT ...``), which is what tests and scripts read.
With one worker the application (and its Checkers) is built in this process before the first
request; with several, each worker process builds its own from the settings in the environment.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

from mtqa.errors import MtqaError
from mtqa.serve.settings import ENV, Settings

FACTORY = "mtqa.serve.app:app_from_environment"


def _require_extra() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise MtqaError(f"mtqa serve needs the serve extra ({exc.name} is missing): "
                        "pip install 'mtqa[serve]'") from None


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only then, and
    # without it a keep-alive response waits ~40 ms for the client's delayed ACK (Nagle)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise MtqaError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def header_deadline_protocol() -> Any:
    """uvicorn's h11 protocol with a deadline for request headers, or None (with a warning).

    `HeaderDeadline` subclasses a uvicorn module that is not public API; if a uvicorn release
    moves it, the server still starts, on uvicorn's own protocol, and says what it lost.
    """
    try:
        from mtqa.serve.header_deadline import HeaderDeadline
    except ImportError as exc:
        print(f"mtqa serve: warning: no deadline for request headers with this uvicorn ({exc}); "
              "a client that trickles its headers holds a connection until it closes it",
              file=sys.stderr, flush=True)
        return None
    return HeaderDeadline


def run(settings: Settings) -> int:
    """Serve until interrupted; return the exit status."""
    _require_extra()
    import uvicorn

    header_protocol = header_deadline_protocol()

    settings = settings.validate().with_config_found()
    from mtqa.serve.app import create_app
    from mtqa.serve.checkers import Checkers

    checkers = Checkers(settings)  # a bad configuration or rule pack fails here, with exit 2
    lt_url = checkers.languagetool_url
    config_warnings = checkers.config_warnings
    threads = settings.check_threads(lt_url)
    if header_protocol is not None:
        header_protocol.seconds = settings.timeout if settings.workers == 1 else None  # workers: from ENV
    # one worker: this process serves, with these Checkers; several: each worker builds its own
    app = create_app(settings, checkers) if settings.workers == 1 else FACTORY
    del checkers
    sock = bind(settings.host, settings.port)
    url = url_of(sock, settings.host)
    lt = f"; forwarding to LanguageTool at {lt_url}" if lt_url else ""
    print(f"mtqa serve: listening on {url} (page {url}/, LanguageTool clients {url}/v2, API {url}/api; "
          f"{settings.workers} worker(s) x {threads} thread(s){lt})", flush=True)
    print(f"mtqa serve: {settings.describe_config()}", flush=True)
    if settings.workers == 1:  # as `mtqa check` warns after its run (several workers: each says it)
        for note in config_warnings:
            print(f"mtqa serve: warning: {note}", file=sys.stderr, flush=True)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"mtqa serve: warning: {settings.host} is reachable from other machines and the server has no "
              "authentication; put it behind a proxy that has", file=sys.stderr, flush=True)
    config = uvicorn.Config(
        app, factory=settings.workers > 1, workers=settings.workers, log_level=settings.log_level,
        access_log=settings.access_log, server_header=False, lifespan="on", timeout_graceful_shutdown=5,
        # a last guard against floods of connections (answered with uvicorn's plain 503);
        # the JSON 503 of mtqa's own queue comes long before it
        limit_concurrency=max(128, 8 * (threads + settings.queue)),
        # a request's headers due within --timeout of the connection (or of the last response)
        http=header_protocol or "h11",
    )
    try:
        if settings.workers > 1:
            from uvicorn.supervisors import Multiprocess

            os.environ[ENV] = settings.with_port(sock.getsockname()[1]).to_env()
            Multiprocess(config, sockets=[sock]).run()
        else:
            uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    print("mtqa serve: stopped", file=sys.stderr, flush=True)
    return 0
