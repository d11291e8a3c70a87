"""`/healthz` (the process answers) and `/readyz` (it can serve: database and Redis reachable,
model/backends started) for load balancers and orchestrators.

Both are unauthenticated, so both must stay cheap whoever calls them how often: `/healthz`
touches nothing, and `/readyz` answers from a result at most `CACHE_S` old, runs one probe at a
time per worker (concurrent callers share it), bounds each probe by `PROBE_TIMEOUT_S`, and never
starts a second database probe while an earlier one is still stuck in its thread. Failures say
which dependency is down, never why (the reason — hosts, driver messages — goes to the log).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse

if TYPE_CHECKING:
    from distillguard.gateway.state import GatewayState

CACHE_S = 1.0
PROBE_TIMEOUT_S = 2.0
log = logging.getLogger("distillguard.gateway")
router = APIRouter(include_in_schema=False)


class Readiness:
    """The readiness probe of one worker (see the module docstring for its bounds)."""

    def __init__(self, state: GatewayState, redis_url: str | None) -> None:
        self.state = state
        self._redis: Any = None
        if redis_url:
            import redis.asyncio as aioredis

            self._redis = aioredis.from_url(redis_url, socket_timeout=PROBE_TIMEOUT_S,
                                            socket_connect_timeout=PROBE_TIMEOUT_S)
        self._result: tuple[bool, dict[str, str]] | None = None
        self._at = 0.0
        self._probe: asyncio.Task[tuple[bool, dict[str, str]]] | None = None
        self._db_thread: asyncio.Future[None] | None = None

    async def check(self) -> tuple[bool, dict[str, str]]:
        """(ready, {check: "ok" | what is wrong}), at most CACHE_S old."""
        if self._result is not None and time.monotonic() - self._at < CACHE_S:
            return self._result
        if self._probe is None or self._probe.done():
            self._probe = asyncio.create_task(self._run())
        return await asyncio.shield(self._probe)

    async def _run(self) -> tuple[bool, dict[str, str]]:
        checks = {"backends": "ok" if self.state.started else "starting"}
        db, cache = await asyncio.gather(self._database(), self._redis_ping())
        checks["database"] = db
        if cache is not None:
            checks["redis"] = cache
        result = (all(v == "ok" for v in checks.values()), checks)
        self._result, self._at = result, time.monotonic()
        return result

    async def _database(self) -> str:
        if self._db_thread is not None and not self._db_thread.done():
            return "no answer"  # the previous probe's thread is still waiting on it
        self._db_thread = asyncio.ensure_future(asyncio.to_thread(self._select_one))
        try:
            await asyncio.wait_for(asyncio.shield(self._db_thread), PROBE_TIMEOUT_S)
        except TimeoutError:
            log.warning("readiness: the database did not answer within %.1f s", PROBE_TIMEOUT_S)
            return "no answer"
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready"
            log.warning("readiness: database unreachable: %s",
                        str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__)
            return "unreachable"
        return "ok"

    def _select_one(self) -> None:
        from sqlalchemy import text

        with self.state.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    async def _redis_ping(self) -> str | None:
        if self._redis is None:
            return None
        try:
            await asyncio.wait_for(self._redis.ping(), PROBE_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready"
            log.warning("readiness: redis unreachable: %s", type(exc).__name__)
            return "unreachable"
        return "ok"

    async def aclose(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()


@router.get("/healthz")
async def healthz() -> dict[str, bool]:
    """The process is alive and its event loop answers (nothing else is touched)."""
    return {"ok": True}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    """200 when this worker can serve, else 503 naming what is not ready."""
    state: GatewayState = request.app.state.gateway
    ready, checks = await state.readiness.check()
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503,
                        headers={"cache-control": "no-store"})
