"""Ops routes on the web port: `/healthz` (the process answers) and `/readyz` (the database
answers). A minimal version by the web lane; the ops lane's richer module (with `/metrics`)
replaces it with the same `health_routes` signature."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import BaseRoute, Route

log = logging.getLogger(__name__)


def health_routes(engine: Engine) -> list[BaseRoute]:
    """`/healthz` and `/readyz` for load balancers and `advisorbot doctor`."""

    async def healthz(_request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok\n")

    def _ping() -> None:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    async def readyz(_request: Request) -> PlainTextResponse:
        try:
            await run_in_threadpool(_ping)
        except SQLAlchemyError as exc:
            log.warning("readyz: the database does not answer: %s", type(exc).__name__)
            return PlainTextResponse("database unavailable\n", status_code=503)
        return PlainTextResponse("ok\n")

    return [Route("/healthz", healthz), Route("/readyz", readyz)]
