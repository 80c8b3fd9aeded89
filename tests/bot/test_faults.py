"""Faults inside the process: outages seen by the inbox and the handlers, the watchdog, the
Bot API retries, and the locks between processes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.app import AdvisorApplication
from bot.context import Services
from bot.inbox import PersistentUpdateQueue
from bot.local_api import UpdateFactory
from bot.retrying import RetryingRequest
from bot.settings import Settings
from storage.db import is_dropped_connection, is_outage, make_engine, make_session_factory
from storage.locks import AlreadyRunning, instance_lock, sweep_lock
from tests.bot.harness import WANG, ZHANG, make_bot, seed
from tests.conftest import local


def test_only_unreachable_or_locked_databases_count_as_outages(tmp_path: Path) -> None:
    missing = make_engine(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.sqlite3'}")
    with pytest.raises(OperationalError) as unreachable:
        missing.connect()
    assert is_outage(unreachable.value)
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with pytest.raises(OperationalError) as no_table, engine.connect() as conn:
        conn.execute(text("select * from nowhere"))
    assert not is_outage(no_table.value)  # a bug, not an outage: never held for ever
    with engine.begin() as conn:
        conn.execute(text("create table t (id integer primary key)"))
        conn.execute(text("insert into t values (1)"))
    with pytest.raises(IntegrityError) as duplicate, engine.begin() as conn:
        conn.execute(text("insert into t values (1)"))
    assert not is_outage(duplicate.value) and not is_dropped_connection(duplicate.value)


async def test_the_queue_holds_updates_while_the_database_is_unreachable(
    tmp_path: Path,
) -> None:
    down = create_engine(f"sqlite:///{tmp_path / 'missing' / 'db.sqlite3'}")
    services = Services(
        settings=Settings(telegram_bot_token=SecretStr("1:x"), database_url=str(down.url)),
        sessions=make_session_factory(down),
        clock=lambda: local(2026, 11, 23, 20),
    )
    queue = PersistentUpdateQueue()  # webhook mode: stores on put
    queue.attach(services)
    bot = make_bot(make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")).app.bot
    update = UpdateFactory(bot).message(
        UpdateFactory(bot).user(ZHANG, "u", None, "zh-hans"), "今天查寝"
    )
    await queue.put(update)  # neither raises (which would end polling) nor drops it
    assert queue.get_nowait() is update
    assert queue.holding
    assert queue.flush() is False and queue.holding  # still down: kept for the next flush


async def test_a_database_outage_holds_the_update_and_answers_once(
    sqlite_url: str,
) -> None:
    engine = make_engine(sqlite_url, busy_timeout=0.2)
    seed(engine)
    bot = make_bot(engine)
    services: Services = bot.app.bot_data
    assert services.health is not None
    services.health._probe_interval = 0.1
    path = sqlite_url.removeprefix("sqlite:///")
    import sqlite3

    async with bot.app:
        await bot.say(ZHANG, "/start")  # known from now on
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        before = len(bot.request.calls)
        first = asyncio.create_task(bot.say(ZHANG, "今天查寝 #1"))
        await asyncio.sleep(1.0)
        second = asyncio.create_task(bot.say(ZHANG, "今天听课 #2"))
        await asyncio.sleep(0.5)
        held_texts = [str(c.params.get("text")) for c in bot.request.calls[before:]]
        assert len(held_texts) == 1 and "数据库恢复后" in held_texts[0]
        assert not first.done() and bot.activities() == []
        holder.execute("ROLLBACK")
        holder.close()
        await asyncio.wait_for(asyncio.gather(first, second), 10)
    texts = [str(c.params.get("text")) for c in bot.request.calls[before:]]
    assert [t.split("（")[0] for t in texts[1:]] == ["已记录", "已记录"]
    assert [a.source_text for a in bot.activities()] == ["今天查寝 #1", "今天听课 #2"]
    assert not [t for t in texts if "出错" in t or "没有记录" in t]


def test_a_dead_background_task_stops_the_bot_with_a_failure(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    seed(engine)
    bot = make_bot(engine)
    app = bot.app
    assert isinstance(app, AdvisorApplication)

    async def kill_polling(_context: object) -> None:
        polling = app.updater._Updater__polling_task  # type: ignore[union-attr]
        polling.cancel()

    assert app.job_queue is not None
    app.job_queue.run_once(kill_polling, 0.5)
    app.run_polling(stop_signals=None, poll_interval=0.05, close_loop=False)
    assert app.failure is not None and "polling loop" in app.failure


class ScriptedRequest(BaseRequest):
    """Answers each call with the next scripted (status, body) or raises it."""

    def __init__(self, script: list[Any]) -> None:
        self.script = script
        self.calls = 0

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        self.calls += 1
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step  # type: ignore[no-any-return]


OK = (200, b'{"ok": true, "result": true}')
TOO_MANY = (429, json.dumps({"ok": False, "parameters": {"retry_after": 0}}).encode())


async def test_sends_are_retried_on_5xx_timeouts_and_429() -> None:
    inner = ScriptedRequest([(502, b"{}"), TimedOut(), TOO_MANY, OK])
    request = RetryingRequest(inner, backoff=(0.0, 0.0, 0.0))
    assert await request.do_request("https://x/bot1:x/sendMessage", "POST") == OK
    assert inner.calls == 4
    # attempts are bounded: the last failure is handed on
    inner = ScriptedRequest([(500, b"{}"), (500, b"{}")])
    request = RetryingRequest(inner, backoff=(0.0,))
    assert (await request.do_request("https://x/bot1:x/sendMessage", "POST"))[0] == 500
    # getUpdates is PTB's polling loop's to retry
    inner = ScriptedRequest([(502, b"{}")])
    request = RetryingRequest(inner, backoff=(0.0,))
    assert (await request.do_request("https://x/bot1:x/getUpdates", "POST"))[0] == 502
    # a 400 is an answer, not a fault
    inner = ScriptedRequest([(400, b"{}")])
    assert (await RetryingRequest(inner).do_request("https://x/bot1:x/sendMessage", "POST"))[
        0
    ] == 400


def test_one_instance_per_database(engine: Engine) -> None:
    with instance_lock(engine):
        with pytest.raises(AlreadyRunning), instance_lock(engine):
            pass
    with instance_lock(engine):  # released with the first
        pass


def test_two_sweeps_at_once_one_runs(engine: Engine) -> None:
    with sweep_lock(engine) as first:
        with sweep_lock(engine) as second:
            assert (first, second) == (True, False)
    with sweep_lock(engine) as again:
        assert again


async def test_two_sweep_jobs_at_once_send_each_reminder_once(sqlite_url: str) -> None:
    from bot.handlers.reminder_buttons import sweep_job

    engine = make_engine(sqlite_url)
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        context = type("C", (), {"bot_data": bot.app.bot_data, "bot": bot.app.bot})()
        with sweep_lock(engine):  # another instance is sweeping
            await sweep_job(context)  # type: ignore[arg-type]
        assert bot.request.sent("sendMessage") == []
        await sweep_job(context)  # type: ignore[arg-type]
    assert {c.params["chat_id"] for c in bot.request.sent("sendMessage")} >= {ZHANG, WANG}
