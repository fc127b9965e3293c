"""`mtqa serve`: mtqa over HTTP, for editors' tools and for newsroom systems not written in Python.

One server speaks three languages:

* LanguageTool's protocol (``POST /v2/check``, ``GET /v2/languages``), so LanguageTool's browser
  extension, office add-ins and editor plugins pointed at ``http://HOST:PORT/v2`` show mtqa's
  findings (and, with ``--languagetool URL``, LanguageTool's own, merged);
* mtqa's own JSON API (``/api/check``, ``/api/fix``, ``/api/report``, ``/api/rules``,
  ``/healthz``, described at ``/openapi.json``);
* a page for people at ``/``.

Modules, one job each: `settings` (options, resolved once), `checkers` (the Checkers of a worker,
built once), `limits` (body size, bounded concurrency, time limit, JSON errors), `ltprotocol`
(LanguageTool's request and answer shapes), `api` (mtqa's JSON API), `openapi` (its
description), `page` (the page), `app` (the Starlette application factory) and `server` (binding
the socket and running uvicorn). Starlette and uvicorn are the optional extra ``mtqa[serve]``;
nothing here is imported by ``import mtqa``.
"""

from __future__ import annotations

__all__ = ["run"]


def run(settings) -> int:
    """Serve until interrupted (see mtqa.serve.server.run)."""
    from mtqa.serve.server import run as _run

    return _run(settings)
