"""The Starlette application: routes, error handling, and the worker's shared state.

`create_app(settings)` builds the Checkers (once, for this worker), the check pool and the
application. `app_from_environment()` is the factory uvicorn's worker processes call (settings
arrive in the environment, see mtqa.serve.settings.ENV).

Every refusal is JSON ``{"error": message, "status": code}``: 400 for a bad request, 404/405
for a wrong route or method, 413 for a body over the limit, 503 (with Retry-After) when the
pool is full, 504 past the time limit. An unexpected error is a 500 with the same JSON shape and
no traceback (the traceback goes to the server's log).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import sys
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from mtqa.errors import MtqaError
from mtqa.serve import api, ltprotocol
from mtqa.serve.checkers import Checkers
from mtqa.serve.limits import ApiError, BodyLimit, CheckRunner
from mtqa.serve.settings import Settings

log = logging.getLogger("mtqa.serve")
MAX_FORM_FIELDS = 64


class Service:
    """What one worker shares between requests: settings, Checkers, the pools."""

    def __init__(self, settings: Settings, checkers: Checkers | None = None) -> None:
        from mtqa import registry
        from mtqa.rule import Status
        from mtqa.version import version

        self.settings = settings
        self.checkers = checkers or Checkers(settings)
        self.version = version()
        self.lt_url: Any = self.checkers.languagetool_url  # a URL, or None (then no route forwards)
        self.threads = settings.check_threads(self.lt_url)
        self.runner = CheckRunner(self.threads, settings.queue, settings.timeout)
        self.rules = registry.all_rules()
        self.descriptions = {r.id: r.description for r in self.rules}
        self.default_ids = tuple(r.id for r in self.rules if r.meta.status is Status.STABLE)
        self.default_locale = self.checkers.base.locale
        self.lt_disabled: list[str] = []
        self.lt_yields_to: Callable[[str], tuple[str, ...]] = lambda rule_id: ()  # the pack's [same_slip]
        self.forwarder = None
        if self.lt_url:
            import mtqa.integrations.languagetool  # noqa: F401  (registers the mapping pack's schema)
            from mtqa.packs import PackSet

            mapping = PackSet(self.checkers.config.rules_dir).compiled("languagetool")
            self.lt_disabled = mapping.disabled
            self.lt_yields_to = mapping.yields_to
            self.forwarder = concurrent.futures.ThreadPoolExecutor(
                self.threads + settings.queue, thread_name_prefix="mtqa-forward")

    def checker_for_rules(self, rule_ids: tuple[str, ...], filename: str | None = None):
        """The Checker for a /v2/check request's rules, with the per-file settings of the file it
        names (None: the top level)."""
        own = self.checkers.get(filename=filename)
        if rule_ids == tuple(r.id for r in own.rules):
            return own
        # the request's rules are a full list worked out from every rule (LanguageTool's enabled
        # and disabled rules), not a user's select: the configuration's ignore (the file's
        # per-file ignores too) still applies
        return self.checkers.get(filename=filename, select=rule_ids,
                                 ignore=self.checkers.config_for(filename).ignore)

    def configured_rules(self, filename: str | None) -> tuple[str, ...]:
        """The rules the configuration runs for a copy named `filename` (None: the top level),
        which a /v2/check request naming no rule gets (call it in the pool: it may build a Checker)."""
        return tuple(r.id for r in self.checkers.get(filename=filename).rules)

    def shutdown(self) -> None:
        self.runner.shutdown()
        if self.forwarder is not None:
            self.forwarder.shutdown(wait=False, cancel_futures=True)


def create_app(settings: Settings, checkers: Checkers | None = None):
    """The ASGI application for these settings (Checkers built now, for this worker)."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.requests import ClientDisconnect, Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    from mtqa.serve import openapi, page

    service = Service(settings, checkers)

    def deadline() -> float:
        return time.monotonic() + settings.timeout

    async def json_body(request: Request) -> dict:
        """The body as a JSON object; a body sent as another content type is a 415 (no body at
        all is the 400 that says a JSON object is expected, whatever the type)."""
        body = await request.body()
        if body.strip():
            api.require_json_type(request.headers.get("content-type"))
        return api.parse_json(body)

    # ---- LanguageTool's protocol ------------------------------------------------------

    async def lt_params(request: Request) -> dict[str, str]:
        """Query and form fields. Like LanguageTool's server, a body without a form content type
        (some clients send none) is read as form-encoded; JSON is refused with a pointer."""
        params = dict(request.query_params)
        if request.method != "POST":
            return params
        ctype = request.headers.get("content-type", "").lower()
        if ctype.startswith("multipart/form-data"):
            form = await request.form(max_files=1, max_fields=MAX_FORM_FIELDS)  # a file is refused below
            for key, value in form.multi_items():
                if not isinstance(value, str):
                    raise ApiError(400, f"field {key!r}: file uploads are not accepted; send the text")
                params[key] = value
            return params
        if "json" in ctype:
            raise ApiError(415, "send the fields form-encoded (application/x-www-form-urlencoded), as "
                                "LanguageTool's API expects; mtqa's JSON API is /api/check")
        body = (await request.body()).decode("utf-8", "replace")
        try:
            fields = urllib.parse.parse_qsl(body, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS,
                                            errors="replace")
        except ValueError:
            raise ApiError(400, f"more than {MAX_FORM_FIELDS} form fields") from None
        params.update(fields)
        return params

    async def v2_check(request: Request) -> Response:
        until = deadline()
        params = await lt_params(request)
        filename = ltprotocol.filename_of(params)
        # `en` and `auto` check in the locale the named file's settings give (else the server's)
        locale = service.checkers.config_for(filename).locale if filename else service.default_locale
        req = ltprotocol.parse_request(params, locale)
        if req.locale is None and not service.lt_url:
            raise ApiError(400, f"language {req.language!r}: mtqa checks English copy only "
                                "(en, en-CA, en-US, en-GB, … or auto)")
        choice = ltprotocol.choose(req, service.rules, service.lt_disabled)
        def work() -> tuple[list[dict], list[list[int]]]:  # in the pool, as is building a Checker
            configured = service.configured_rules(filename)
            rule_ids = choice.rules_for(configured)
            if not rule_ids:
                return [], []
            run_ids = choice.inputs_for(rule_ids, configured)
            checked = ltprotocol.check_plain(service.checker_for_rules(run_ids, filename), req.annotated.plain,
                                             req.locale, req.picky,  # type: ignore[arg-type]  # run only with a locale
                                             answered=None if run_ids == rule_ids else frozenset(rule_ids))
            return (ltprotocol.to_matches(checked, req.annotated, service.descriptions),
                    ltprotocol.sentence_ranges(checked, req.annotated))

        forward = (asyncio.ensure_future(forward_check(req, choice, until))  # runs while mtqa checks
                   if service.lt_url and choice.forward is not None else None)
        try:
            ours, ranges = await service.runner.run(work, deadline=until) if req.locale is not None else ([], [])
        except BaseException:
            if forward is not None:
                forward.cancel()
            raise
        theirs, note, their_language = (await forward) if forward is not None else ([], None, None)
        matches = ltprotocol.merge(ours, theirs, req.annotated.original, service.lt_yields_to)
        ignored = ltprotocol.unknown_fields(params)
        body = ltprotocol.answer(req, matches, ranges, service.version, incomplete=note is not None, note=note,
                                 ignored=ignored)
        if req.locale is None and isinstance(their_language, dict):
            body["language"] = their_language  # another language: LanguageTool's word on it
        if not ignored:
            return JSONResponse(body)
        # answered as LanguageTool answers (it ignores fields it does not read), but said
        log.warning("/v2/check: %s", ltprotocol.unknown_fields_warning(ignored))
        return JSONResponse(body, headers={ltprotocol.IGNORED_FIELDS_HEADER: ltprotocol.ignored_fields_header(ignored)})

    async def forward_check(req, choice, until: float) -> tuple[list[dict], str | None, dict | None]:
        """LanguageTool's matches for the same text, or ([], why not); and its `language` block."""
        from mtqa.integrations.languagetool import Unavailable, post_check

        params = {**choice.forward, req.sent[0]: req.sent[1]}
        timeout = max(0.1, min(service.checkers.config.languagetool_timeout, until - time.monotonic()))
        loop = asyncio.get_running_loop()
        try:
            fut = loop.run_in_executor(service.forwarder, post_check, service.lt_url, params, timeout)
            answer = await asyncio.wait_for(fut, timeout + 0.5)
        except Unavailable as exc:
            return [], f"LanguageTool skipped: {exc}", None
        except asyncio.TimeoutError:
            return [], f"LanguageTool skipped: no answer within {timeout:.3g} s", None
        except RuntimeError:  # pool shut down
            return [], "LanguageTool skipped: server shutting down", None
        return [m for m in answer["matches"] if isinstance(m, dict)], None, answer.get("language")

    async def v2_languages(request: Request) -> Response:
        ours = ltprotocol.languages()
        if service.lt_url:
            theirs = await fetch_languages()
            seen = {m["longCode"] for m in ours}
            ours += [m for m in theirs if isinstance(m, dict) and m.get("longCode") not in seen]
        return JSONResponse(ours)

    async def fetch_languages() -> list:
        got = await fetch_from_languagetool("/v2/languages")
        return got if isinstance(got, list) else []

    async def fetch_from_languagetool(path: str, query: dict[str, str] | None = None, timeout: float = 5.0):
        """LanguageTool's answer to GET `path` (parsed JSON, or the text of a text/plain
        answer), or None when it cannot be had: mtqa's own part of the answer is still right."""
        import json
        import urllib.request

        from mtqa.integrations.languagetool import base_url

        url = base_url(service.lt_url) + path + ("?" + urllib.parse.urlencode(query) if query else "")

        def get():
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(url, timeout=timeout) as resp:
                body = resp.read()
                return json.loads(body) if "json" in resp.headers.get("Content-Type", "") else body.decode()

        try:
            return await asyncio.get_running_loop().run_in_executor(service.forwarder, get)
        except Exception as exc:  # noqa: BLE001
            log.warning("LanguageTool %s unavailable: %s", path, exc)
            return None

    # LanguageTool's endpoints editor plugins call before checking: what the server is, the
    # longest text to send, and the rules (as LanguageTool's server, GET or POST)

    async def v2_info(request: Request) -> Response:
        return JSONResponse({"software": ltprotocol.software(service.version)})

    async def max_text_length() -> int:
        ours = ltprotocol.max_text_length(settings.max_bytes)
        if service.lt_url:
            theirs = await fetch_from_languagetool("/v2/maxtextlength")
            if isinstance(theirs, (str, int)) and str(theirs).strip().isdigit():
                return min(ours, int(str(theirs).strip()))
        return ours

    async def v2_maxtextlength(request: Request) -> Response:
        return PlainTextResponse(str(await max_text_length()))

    async def v2_configinfo(request: Request) -> Response:
        params = await lt_params(request)
        locale = ltprotocol.requested_locale(params, service.default_locale)
        lt_timeout = service.checkers.config.languagetool_timeout  # a language's first use loads it: seconds
        if locale is None:
            if not service.lt_url:
                raise ApiError(400, f"language {params['language'].strip()!r}: mtqa checks English copy only "
                                    "(en, en-CA, en-US, en-GB, … or auto)")
            theirs = await fetch_from_languagetool("/v2/configinfo", {"language": params["language"].strip()},
                                                   lt_timeout)
            if not isinstance(theirs, dict):
                raise ApiError(502, "LanguageTool did not answer /v2/configinfo")
            return JSONResponse(theirs)
        theirs_rules: list = []
        if service.lt_url:
            theirs = await fetch_from_languagetool("/v2/configinfo", {"language": locale}, lt_timeout)
            off = set(service.lt_disabled)
            theirs_rules = [r for r in (theirs or {}).get("rules", []) if isinstance(r, dict)
                            and r.get("ruleId") not in off] if isinstance(theirs, dict) else []
        return JSONResponse(ltprotocol.config_info(service.rules, service.version, await max_text_length(),
                                                   theirs_rules))

    async def v2_healthcheck(request: Request) -> Response:
        return PlainTextResponse("OK")

    # ---- mtqa's API ---------------------------------------------------------------------

    def with_checker(fn, inp: api.CheckInput):
        """Run fn(checker, inp) with the Checker the request's options call for (in the pool)."""
        def work():
            checker = service.checkers.get(languagetool=True, filename=inp.filename, **inp.checker_overrides())
            return fn(checker, inp)
        return work

    def json_response(content: bytes) -> Response:
        return Response(content, media_type="application/json")

    async def api_check(request: Request) -> Response:
        until = deadline()
        inp = api.parse_check_input(await json_body(request))
        body = await service.runner.run(with_checker(api.check_json, inp), deadline=until)
        return json_response(body)

    async def api_report(request: Request) -> Response:
        until = deadline()
        inp = api.parse_check_input(await json_body(request))
        html = await service.runner.run(with_checker(api.html_report, inp), deadline=until)
        return HTMLResponse(html, headers={"Content-Security-Policy": page.REPORT_CSP})

    async def api_fix(request: Request) -> Response:
        until = deadline()
        inp = api.parse_check_input(await json_body(request), fixing=True)
        body = await service.runner.run(with_checker(lambda checker, i: api.fix_json(checker, i, until), inp),
                                        deadline=until)
        return json_response(body)

    rules_cache: list = []

    async def api_rules(request: Request) -> Response:
        if not rules_cache:
            rules_cache.extend(api.rules())
        return JSONResponse(rules_cache)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": service.version, "pid": os.getpid(),
                             "rules": len(service.checkers.base.rules), "locale": service.default_locale,
                             "config": service.checkers.config.path,
                             "languagetool": service.lt_url, "pool": service.runner.stats(),
                             "limits": {"max_request_bytes": settings.max_bytes, "timeout_s": settings.timeout}})

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(openapi.spec(service.version))

    async def index(request: Request) -> Response:
        return HTMLResponse(page.render(service.default_locale), headers={"Content-Security-Policy": page.CSP})

    # ---- errors -------------------------------------------------------------------------

    def error(status: int, message: str, headers: dict | None = None) -> Response:
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)

    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return error(exc.status, exc.message, exc.headers)

    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        messages = {404: f"no such endpoint: {request.url.path}",
                    405: f"method {request.method} not allowed on {request.url.path}"}
        return error(exc.status_code, messages.get(exc.status_code, str(exc.detail)), dict(exc.headers or {}))

    async def on_mtqa_error(request: Request, exc: MtqaError) -> Response:
        return error(400, str(exc))

    async def on_client_gone(request: Request, exc: Exception) -> Response:
        # The client hung up before its body was read: nobody to answer, and no fault of ours.
        log.info("client left before its request body was read: %s %s", request.method, request.url.path)
        return Response(status_code=400)

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.error("internal error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        return error(500, f"internal error ({type(exc).__name__}); the server log has the details")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            service.shutdown()

    middleware = []
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        # allow_private_network: a page of a public site calling this server on loopback gets
        # the browser's private-network preflight, which is otherwise refused with a 400
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
                                     allow_private_network=True, max_age=600))
    routes = [
        Route("/", index, methods=["GET"]),
        Route("/v2/check", v2_check, methods=["GET", "POST"]),
        Route("/v2/languages", v2_languages, methods=["GET", "POST"]),
        Route("/v2/info", v2_info, methods=["GET", "POST"]),
        Route("/v2/maxtextlength", v2_maxtextlength, methods=["GET", "POST"]),
        Route("/v2/configinfo", v2_configinfo, methods=["GET", "POST"]),
        Route("/v2/healthcheck", v2_healthcheck, methods=["GET", "POST"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/fix", api_fix, methods=["POST"]),
        Route("/api/report", api_report, methods=["POST"]),
        Route("/api/rules", api_rules, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers={
        ApiError: on_api_error, HTTPException: on_http_error, MtqaError: on_mtqa_error,  # type: ignore[dict-item]
        ClientDisconnect: on_client_gone, Exception: on_crash,
    })
    app.state.service = service
    outer = BodyLimit(_SecurityHeaders(app), settings.max_bytes, settings.timeout)
    outer.starlette = app  # type: ignore[attr-defined]  # the routes, for tests and tools that list them
    return outer


class _SecurityHeaders:
    """Adds nosniff and no-referrer to every response (the page and the API alike)."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        async def add_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, add_headers if scope["type"] == "http" else send)


def app_from_environment():
    """uvicorn's factory in each worker process: settings from the environment, Checkers built here.

    uvicorn calls it in each worker it starts, and again in those it starts on SIGHUP (a reload:
    every worker replaced) or in place of one that died: each reads the configuration file anew,
    so each says its warnings, as `mtqa check` says them on each run; the server's first process
    leaves them to the workers."""
    checkers = Checkers(Settings.from_env())
    for note in checkers.config_warnings:
        print(f"mtqa serve (worker {os.getpid()}): warning: {note}", file=sys.stderr, flush=True)
    return create_app(checkers.settings, checkers)
