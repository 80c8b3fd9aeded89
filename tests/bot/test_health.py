"""`/healthz`, `/readyz` and `/metrics`: on a tiny Starlette app, and while the bot runs."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from starlette.applications import Starlette

from bot.app import build_application
from bot.liveness import Liveness
from bot.settings import Settings
from bot.web.health import health_routes
from storage.db import make_engine
from tests.bot.harness import ZHANG, seed
from tests.botapi.server import FakeBotApi


def client_for(liveness: Liveness, engine: Engine) -> httpx.AsyncClient:
    app = Starlette(routes=health_routes(liveness, engine, ready_timeout=5))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://health")


class TcpProxy:
    """127.0.0.1:port → the database; `stop` drops the port and every open connection."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self._writers |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self._writers -= {writer, up_writer}


async def test_healthz_follows_heartbeats_and_conditions(sqlite_url: str) -> None:
    now = [1000.0]
    liveness = Liveness(clock=lambda: now[0], max_silence=60)
    running = [True]
    liveness.watch("application", lambda: running[0])
    engine = make_engine(sqlite_url)
    async with client_for(liveness, engine) as client:
        assert (await client.get("/healthz")).status_code == 200
        liveness.beat("poll")
        now[0] += 59
        answer = await client.get("/healthz")
        assert answer.status_code == 200 and answer.json()["poll"] == "ok"
        now[0] += 2  # a minute without a poll: polling has died
        answer = await client.get("/healthz")
        assert answer.status_code == 503 and answer.json()["poll"] == "silent for 61 s"
        liveness.beat("poll")
        assert (await client.get("/healthz")).status_code == 200
        running[0] = False
        answer = await client.get("/healthz")
        assert answer.status_code == 503 and answer.json()["application"] == "stopped"
    engine.dispose()


async def test_metrics_are_prometheus_text(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    async with client_for(Liveness(), engine) as client:
        answer = await client.get("/metrics")
    engine.dispose()
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    for name in (
        "advisorbot_updates_handled_total",
        "advisorbot_update_seconds_bucket",
        "advisorbot_activities_recorded_total",
        "advisorbot_inbox_backlog",
        "process_cpu_seconds_total",
    ):
        assert name in answer.text


@pytest.mark.postgres
async def test_readyz_fails_while_postgresql_is_down(pg_url: str) -> None:
    target = make_url(pg_url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    through_proxy = target.set(host="127.0.0.1", port=proxy.port)
    engine = make_engine(
        through_proxy.render_as_string(hide_password=False), connect_args={"connect_timeout": 2}
    )
    try:
        async with client_for(Liveness(), engine) as client:
            assert (await client.get("/readyz")).json() == {"status": "ok", "database": "ok"}
            await proxy.stop()
            answer = await client.get("/readyz")
            assert answer.status_code == 503 and answer.json()["status"] == "unavailable"
            await proxy.start()  # the same port again: the database is back
            assert (await client.get("/readyz")).status_code == 200
    finally:
        await proxy.stop()
        await asyncio.to_thread(engine.dispose)


@pytest.fixture
async def running_bot(sqlite_url: str) -> AsyncIterator[tuple[FakeBotApi, object, Engine]]:
    """The real application polling the local Bot API server over HTTP."""
    engine = make_engine(sqlite_url)
    seed(engine)
    api = FakeBotApi().start_in_thread()
    settings = Settings(
        telegram_bot_token=SecretStr(api.token),
        telegram_api_base_url=api.base_url,
        database_url=sqlite_url,
    )
    application = build_application(settings, engine=engine, rate_limit=False)
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield api, application, engine
    finally:
        if application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()
        api.stop()
        engine.dispose()


def _value(metrics_text: str, name: str) -> float:
    for line in metrics_text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in the metrics")


async def test_health_and_metrics_while_the_bot_runs(
    running_bot: tuple[FakeBotApi, object, Engine],
) -> None:
    api, application, engine = running_bot
    services = application.bot_data  # type: ignore[attr-defined]
    async with client_for(services.liveness, engine) as client:
        before = (await client.get("/metrics")).text
        mark = api.mark()
        api.push_message(ZHANG, "今天去了3号楼宿舍")
        await api.wait_for_async(method="sendMessage", chat_id=ZHANG, since=mark, timeout=20)
        await api.wait_for_async(method="getUpdates", since=api.mark(), timeout=10)
        health = await client.get("/healthz")
        assert health.status_code == 200, health.text
        assert health.json()["poll"] == "ok" and health.json()["updater"] == "ok"
        assert (await client.get("/readyz")).status_code == 200
        after = (await client.get("/metrics")).text
        handled = "advisorbot_updates_handled_total"
        assert _value(after, handled) >= _value(before, handled) + 1
        recorded = "advisorbot_activities_recorded_total"
        assert _value(after, recorded) == _value(before, recorded) + 1
        assert _value(after, "advisorbot_inbox_backlog") == 0

        await application.updater.stop()  # type: ignore[attr-defined]
        health = await client.get("/healthz")
        assert health.status_code == 503 and health.json()["updater"] == "stopped"
