"""`/healthz`, `/readyz` and `/metrics` for the web port (mounted in the web server's app).

`/healthz` answers from the event loop (so an answer at all means the loop runs) and 503
when the update loop is not alive (see bot/liveness.py). `/readyz` asks the database for
`select 1` in a worker thread, bounded in time, and answers 503 while it cannot. `/metrics`
is the Prometheus text of bot/metrics.py.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from sqlalchemy import Engine, text
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import metrics
from bot.liveness import Liveness

log = logging.getLogger(__name__)

READY_TIMEOUT_SECONDS: Final = 3.0


def health_routes(
    liveness: Liveness, engine: Engine, *, ready_timeout: float = READY_TIMEOUT_SECONDS
) -> list[Route]:
    """The three routes, bound to the bot's liveness and database engine."""

    async def healthz(_request: Request) -> Response:
        healthy, report = liveness.check()
        body = {"status": "ok" if healthy else "unhealthy", **report}
        return JSONResponse(body, status_code=200 if healthy else 503)

    async def readyz(_request: Request) -> Response:
        try:
            await asyncio.wait_for(asyncio.to_thread(_ping, engine), ready_timeout)
        except Exception as exc:  # any driver error or the timeout: not ready, and why
            log.warning("readiness: the database does not answer: %s", exc)
            reason = type(exc).__name__
            return JSONResponse({"status": "unavailable", "database": reason}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    async def prometheus(_request: Request) -> Response:
        return Response(metrics.exposition(), media_type=metrics.CONTENT_TYPE)

    return [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", prometheus, methods=["GET"]),
    ]


def _ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("select 1"))
