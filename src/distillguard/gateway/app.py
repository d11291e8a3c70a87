"""The gateway's FastAPI app: /v1 (OpenAI-compatible), /admin, /metrics, and — when those
packages are installed — the review console at /console and the TAXII 2.1 server at /taxii2,
each mounted as its own sub-application.

Every error leaves as OpenAI's {"error": {...}} JSON; validation errors are 400, not 422.
Outermost is `edge.EdgeMiddleware` (NULs refused everywhere, the per-IP refusal throttle),
then the per-mount body limit; the OpenAPI schema and its viewers are served only when
`gateway.expose_openapi` is set (they map the attack surface for anyone who asks).
"""

from __future__ import annotations

import asyncio
import functools
import gc
import importlib
import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from distillguard.config import Settings, load_settings
from distillguard.gateway import admin, health, v1
from distillguard.gateway.bodylimit import BodyLimitMiddleware
from distillguard.gateway.edge import EdgeMiddleware, refusal
from distillguard.gateway.errors import GatewayError, error_response, validation_message
from distillguard.gateway.events import purge_expired
from distillguard.gateway.fastpath import CompletionsFastPath, log_refused_body
from distillguard.gateway.state import GatewayState
from distillguard.store.db import Database, get_database

log = logging.getLogger("distillguard.gateway")
MOUNTS = (
    ("distillguard.intel.taxii", "/taxii2"),
    ("distillguard.review.console", "/console"),
)
PURGE_EVERY_S = 3600


def create_app(settings: Settings | None = None, db: Database | None = None) -> FastAPI:
    """Build the gateway (state is created here so configuration errors surface at start-up)."""
    settings = settings or load_settings()
    db = db or get_database(settings.resolved_database_url)
    state = GatewayState(settings, db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        for backend in state.backends():
            await backend.start()
        state.started = True  # /readyz: the model is loaded, upstream pools are open
        purger = asyncio.create_task(_purge_loop(state))
        # Start-up objects (modules, settings, the model) go to the permanent generation, so
        # the collections that run under load do not rescan them (shorter pauses, lower p99).
        gc.freeze()
        try:
            yield
        finally:
            # uvicorn runs this after the in-flight requests finished (SIGTERM drains them
            # first); aclose then commits every event still queued and closes the log.
            state.started = False
            purger.cancel()
            await state.aclose()

    docs = bool(state.options.expose_openapi)
    app = FastAPI(title="distillguard gateway", version="0.1.0", lifespan=lifespan,
                  openapi_url="/openapi.json" if docs else None,
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None)
    app.state.gateway = state
    app.include_router(v1.router)
    app.include_router(admin.router)
    app.include_router(health.router)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST

        return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    _install_error_handlers(app)
    _mount_optional(app, settings, db)
    app.add_middleware(CompletionsFastPath, state=state)  # inside the body limit
    app.add_middleware(BodyLimitMiddleware, max_bytes=int(state.options.max_body_bytes),
                       on_refused=functools.partial(log_refused_body, state),
                       limits=mount_body_limits(settings),
                       receive_timeout_s=float(state.options.body_timeout_s) or None)
    app.add_middleware(EdgeMiddleware, gate=functools.partial(v1.ip_gate, state))  # outermost
    return app


def mount_body_limits(settings: Settings) -> dict[str, int]:
    """Body caps of the mounted parts that differ from /v1's: the TAXII API root advertises
    `max_content_length` (`[intel]`, 10 MiB by default) and must accept what it advertises."""
    intel = settings.intel or {}
    try:
        taxii = int(intel.get("max_content_length", 10 * 1024 * 1024))
    except (TypeError, ValueError):
        taxii = 10 * 1024 * 1024  # the TAXII app reports its own setting's error
    return {"/taxii2": taxii}


def _mount_optional(app: FastAPI, settings: Settings, db: Database) -> None:
    """Mount other packages' applications when their modules exist: each is a whole ASGI app
    (`build_app(settings, db)`) with its own routes and error format (HTML/JSON for the
    console, TAXII error messages for TAXII) — one shape for every web part."""
    for module_name, prefix in MOUNTS:
        try:
            if importlib.util.find_spec(module_name) is None:
                continue
        except ModuleNotFoundError:
            continue
        build = getattr(importlib.import_module(module_name), "build_app", None)
        if build is not None:
            app.mount(prefix, build(settings, db))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GatewayError)
    async def gateway_error(_request: Request, exc: GatewayError) -> Response:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> Response:
        # The completion endpoints never get here: `fastpath` validates (and logs) their bodies.
        return error_response(400, validation_message(exc.errors()), "invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        path = request.scope.get("path", "")
        if path.startswith(("/taxii2", "/console")):
            # a path under a mounted part that its mount did not take (a decoded newline in a path
            # segment: the mount's pattern stops at it) is still refused in that part's format
            head, body = refusal(path, exc.status_code, str(exc.detail), code)
            media = dict(head)[b"content-type"].decode("latin-1")
            return Response(body, status_code=exc.status_code, media_type=media,
                            headers=getattr(exc, "headers", None))
        return error_response(exc.status_code, str(exc.detail), code,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> Response:
        log.exception("unhandled error: %s", type(exc).__name__)
        return error_response(500, "internal error", "internal_error")


async def _purge_loop(state: GatewayState) -> None:
    """Apply drop-after-N-days prompt retention at start-up and hourly."""
    while True:
        try:
            await asyncio.to_thread(purge_expired, state.db, state.retention)
        except Exception:  # noqa: BLE001 - retention must not take the gateway down
            log.warning("prompt retention purge failed", exc_info=True)
        await asyncio.sleep(PURGE_EVERY_S)
