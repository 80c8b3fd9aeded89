"""Faults around the real `advisorbot run` process: database outages, Telegram faults, two
instances, forged webhooks. Loopback only; every wait is bounded."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from storage.db import make_engine
from tests.botapi.server import FakeBotApi
from tests.e2e.burst import message, score, wait_until
from tests.e2e.conftest import ADMIN, FIRST_ADVISOR, TOKEN, BotProcess, World, seed
from tests.e2e.tcpproxy import TcpProxy

pytestmark = pytest.mark.e2e

ADVISORS = 3
STRANGER = 99


def _env(api: FakeBotApi, db_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ADVISORBOT_", "DATABASE_URL"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=db_url,
        ADVISORBOT_ADMINS=str(ADMIN),
        ADVISORBOT_RATE_LIMIT="300",
        # No dashboard: a fixed port would collide with anything else on the machine.
        ADVISORBOT_WEB_PORT="0",
        PYTHONUNBUFFERED="1",
    )
    return env


@pytest.fixture
def pg_world(pg_url: str, tmp_path: Path) -> Iterator[tuple[World, TcpProxy]]:
    """The bot on PostgreSQL through a proxy the test can cut."""
    engine = make_engine(pg_url)
    seed(engine)
    parsed = make_url(pg_url)
    proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432).restore()
    proxied = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    api = FakeBotApi(token=TOKEN).start_in_thread()
    bot = BotProcess(_env(api, proxied), tmp_path, tmp_path / "bot")
    try:
        yield World(api, bot, engine, pg_url), proxy
    finally:
        bot.stop()
        api.stop()
        proxy.cut()
        engine.dispose()


def _burst(api: FakeBotApi, numbers: range, sent: dict[int, int]) -> None:
    for n in numbers:
        chat = FIRST_ADVISOR + n % ADVISORS
        api.push_message(chat, message(n))
        sent[chat] = sent.get(chat, 0) + 1


def _assert_outage_survived(world: World, sent: dict[int, int], total: int) -> None:
    api = world.api
    wait_until(lambda: score(api, world.engine, sent, STRANGER).recorded == total, 60, "records")
    wait_until(lambda: score(api, world.engine, sent, STRANGER).unanswered == 0, 30, "every reply")
    result = score(api, world.engine, sent, STRANGER)
    assert (result.recorded, result.doubled, result.unanswered, result.wrong) == (total, 0, 0, 0)
    assert result.repeated == 0
    assert result.stranger_answered
    # at most one "I'll save this once the database is back" per chat, and it was said
    assert max(result.saved_later_notes.values()) <= 1
    assert sum(result.saved_later_notes.values()) >= 1
    # still polling afterwards: a new message is recorded and answered
    mark = api.mark()
    api.push_message(FIRST_ADVISOR, message(total))
    reply = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    assert str(reply.params["text"]).startswith("已记录")
    assert world.bot.process is not None and world.bot.process.poll() is None


@pytest.mark.postgres
def test_postgres_outage_in_a_burst_loses_nothing(
    pg_world: tuple[World, TcpProxy],
) -> None:
    world, proxy = pg_world
    api = world.api
    world.bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    sent: dict[int, int] = {}
    _burst(api, range(0, 30), sent)
    wait_until(lambda: world.activity_count() >= 30, 30, "the first part of the burst")
    proxy.cut()  # every connection dropped, new ones refused
    mark = api.mark()
    _burst(api, range(30, 60), sent)
    api.push_message(STRANGER, "今天查寝")
    # the outage does not stop polling: the bot keeps reading updates and says "later"
    api.wait_for(method="sendMessage", since=mark, timeout=20)
    wait_until(lambda: api.pending_update_count == 0, 20, "the burst to be read")
    time.sleep(2)
    _burst(api, range(60, 63), sent)
    wait_until(lambda: api.pending_update_count == 0, 20, "reading during the outage")
    assert world.bot.process is not None and world.bot.process.poll() is None
    assert world.activity_count() == 30
    proxy.restore()
    _assert_outage_survived(world, sent, 63)


def test_sqlite_locked_by_another_process_loses_nothing(world: World) -> None:
    api = world.api
    world.bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    sent: dict[int, int] = {}
    _burst(api, range(0, 20), sent)
    wait_until(lambda: world.activity_count() >= 20, 30, "the first part of the burst")
    path = make_url(world.db_url).database
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Event()
    try:
        mark = api.mark()
        _burst(api, range(20, 50), sent)
        api.push_message(STRANGER, "今天查寝")
        api.wait_for(
            predicate=lambda c: "数据库恢复后" in str(c.params.get("text", "")),
            method="sendMessage",
            since=mark,
            timeout=30,
        )
        assert world.bot.process is not None and world.bot.process.poll() is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        released.set()
    _assert_outage_survived(world, sent, 50)


def test_telegram_502_429_and_stalls_get_honest_replies(world: World) -> None:
    api = world.api
    world.bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    api.fail_next("sendMessage", 502, times=3)
    api.fail_next("sendMessage", 429, retry_after=1, times=2)
    # longer than the bot's read timeout (5 s): the first try times out, the send is retried
    api.fail_next("sendMessage", 0, stall=6, times=1)
    sent: dict[int, int] = {}
    _burst(api, range(0, 30), sent)
    wait_until(lambda: world.activity_count() >= 30, 60, "every record")
    wait_until(lambda: score(api, world.engine, sent, None).unanswered == 0, 60, "every reply")
    result = score(api, world.engine, sent, None)
    assert (result.recorded, result.doubled, result.unanswered) == (30, 0, 0)
    # the stalled send went through twice at most (its answer was lost); nothing said "failed"
    texts = [str(c.params.get("text", "")) for c in api.sent(method="sendMessage") if c.ok]
    assert not [t for t in texts if "出错" in t or "没有记录" in t]
    failed = [c for c in api.sent(method="sendMessage") if not c.ok]
    assert {c.error_code for c in failed} == {502, 429}


def test_a_second_instance_exits_2_with_one_line(world: World) -> None:
    world.bot.start()
    world.api.wait_for(method="getUpdates", timeout=30)
    second = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=world.bot.env,
        cwd=world.bot.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "已有另一个 advisorbot 在运行" in lines[0]  # the run's language: zh
    assert world.bot.process is not None and world.bot.process.poll() is None


@pytest.mark.postgres
def test_a_second_poller_on_postgres_exits_2(pg_world: tuple[World, TcpProxy]) -> None:
    world, _proxy = pg_world
    world.bot.start()
    world.api.wait_for(method="getUpdates", timeout=30)
    second = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=world.bot.env,
        cwd=world.bot.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 2
    assert "已有另一个 advisorbot 在运行" in second.stderr


def test_webhook_without_a_secret_refuses_to_start(world: World) -> None:
    env = dict(world.bot.env, ADVISORBOT_WEBHOOK_URL="https://advisorbot.example.edu/telegram")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=world.bot.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ADVISORBOT_WEBHOOK_SECRET" in lines[0]
    assert world.api.calls("setWebhook") == []
