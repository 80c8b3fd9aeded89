"""A burst through the real bot process under faults: sent / recorded / doubled / unanswered /
wrongly answered, and whether the bot still polls afterwards.

Scenarios (each on SQLite and on PostgreSQL, the bot as `python -m bot run` against the local
Bot API server of tests/botapi, loopback only):

- outage:   N messages from 3 advisors (plus a stranger now and then) at a steady pace, with a
            10-second database outage in the middle: PostgreSQL through a TCP proxy that is cut
            and restored, SQLite through another connection holding BEGIN EXCLUSIVE;
- telegram: the same burst while the Bot API answers some sends with 502, 429 (retry_after 1)
            or stalls 6 s (longer than the bot's read timeout);
- sigkill:  the same burst, the bot killed with SIGKILL twice and started again at once;
- throughput (PostgreSQL only): messages a second until every one is answered, no faults;
            with --code DIR the bot runs from another copy of the code (for before/after).

Usage: .venv/bin/python bench/faults.py [--messages 300] [--db sqlite,postgres]
       [--scenario outage,telegram,sigkill] [--pg-url URL] [--code DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from storage.db import make_engine, upgrade
from tests.botapi.server import FakeBotApi
from tests.e2e.burst import Score, message, numbers_recorded, score
from tests.e2e.conftest import ADMIN, FIRST_ADVISOR, TOKEN, BotProcess, seed
from tests.e2e.tcpproxy import TcpProxy

ADVISORS = 3
STRANGER = 99
OUTAGE_SECONDS = 10.0
THROUGHPUT_ADVISORS = 30  # every advisor of the seeded roster: chats run side by side


@contextmanager
def database(kind: str, tmp: Path, pg_url: str) -> Iterator[tuple[str, Engine]]:
    if kind == "sqlite":
        url = f"sqlite:///{tmp / f'bench-{uuid.uuid4().hex[:6]}.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        seed(engine)
        yield url, engine
        engine.dispose()
        return
    admin = make_engine(pg_url, isolation_level="AUTOCOMMIT")
    name = f"advisorbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    seed(engine)
    try:
        yield url, engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bot_env(api: FakeBotApi, db_url: str, code: Path | None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "ADVISORBOT_", "DATABASE_URL"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=db_url,
        ADVISORBOT_ADMINS=str(ADMIN),
        ADVISORBOT_RATE_LIMIT="300",
        PYTHONUNBUFFERED="1",
    )
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return env


def wait(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def burst(
    api: FakeBotApi, total: int, pace: float, during: Callable[[int], None] | None = None
) -> dict[int, int]:
    """`total` numbered messages, `pace` a second, a stranger every 30th; `during(n)` between."""
    sent: dict[int, int] = {}
    start = time.monotonic()
    for n in range(total):
        chat = FIRST_ADVISOR + n % ADVISORS
        api.push_message(chat, message(n))
        sent[chat] = sent.get(chat, 0) + 1
        if n % 30 == 15:
            api.push_message(STRANGER, "今天查寝")
        if during is not None:
            during(n)
        delay = start + (n + 1) / pace - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    return sent


def still_polling(api: FakeBotApi, total: int) -> bool:
    mark = api.mark()
    api.push_message(FIRST_ADVISOR, message(total + 1000))
    try:
        reply = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=30)
    except TimeoutError:
        return False
    return str(reply.params.get("text", "")).startswith("已记录")


def settle(api: FakeBotApi, engine: Engine, sent: dict[int, int], total: int) -> Score:
    wait(lambda: sum(1 for n in range(total) if numbers_recorded(engine)[n]) >= total, 120)
    wait(lambda: score(api, engine, sent, STRANGER).unanswered == 0, 60)
    time.sleep(1.0)  # anything doubled or answered twice shows now
    return score(api, engine, sent, STRANGER)


def run(kind: str, scenario: str, total: int, pg_url: str, code: Path | None) -> str:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with database(kind, tmp, pg_url) as (db_url, engine):
            proxy: TcpProxy | None = None
            bot_url = db_url
            if kind == "postgres" and scenario == "outage":
                parsed = make_url(db_url)
                proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432).restore()
                bot_url = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(
                    hide_password=False
                )
            api = FakeBotApi(token=TOKEN).start_in_thread()
            bot = BotProcess(bot_env(api, bot_url, code), code or tmp, tmp / "bot")
            try:
                bot.start()
                api.wait_for(method="getUpdates", timeout=60)
                pace = 15.0  # 300 messages take 20 s, so a 10 s outage sits in the middle
                began = time.monotonic()
                during = _scenario(scenario, kind, api, bot, engine, db_url, proxy, total)
                sent = burst(api, total, pace, during)
                result = settle(api, engine, sent, total)
                took = time.monotonic() - began
                polling = still_polling(api, total)
                alive = bot.process is not None and bot.process.poll() is None
                notes = max(result.saved_later_notes.values(), default=0)
                return (
                    f"{kind:8} {scenario:9} {result.line()} / repeated replies "
                    f"{result.repeated}; 'saved later' notes per chat at most {notes}; "
                    f"stranger answered {result.stranger_answered}; polling afterwards "
                    f"{polling and alive}; {took:.0f} s"
                )
            finally:
                bot.stop()
                api.stop()
                if proxy is not None:
                    proxy.cut()


def _scenario(
    scenario: str,
    kind: str,
    api: FakeBotApi,
    bot: BotProcess,
    engine: Engine,
    db_url: str,
    proxy: TcpProxy | None,
    total: int,
) -> Callable[[int], None] | None:
    third = total // 3
    if scenario == "outage":
        holder: list[sqlite3.Connection] = []

        def outage(n: int) -> None:
            if n == total // 4:  # 5 s in at 15 a second
                if proxy is not None:
                    proxy.cut()
                else:
                    path = make_url(db_url).database
                    assert path is not None
                    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
                    conn.execute("BEGIN EXCLUSIVE")
                    holder.append(conn)
                threading.Timer(OUTAGE_SECONDS, restore).start()

        def restore() -> None:
            if proxy is not None:
                proxy.restore()
            for conn in holder:
                conn.execute("ROLLBACK")
                conn.close()

        return outage
    if scenario == "telegram":
        rng = random.Random(16)

        def faults(n: int) -> None:
            if n % 10 == 0:
                choice = rng.choice(("502", "429", "stall", "502"))
                if choice == "502":
                    api.fail_next("sendMessage", 502, times=2)
                elif choice == "429":
                    api.fail_next("sendMessage", 429, retry_after=1)
                else:
                    api.fail_next("sendMessage", 0, stall=6)

        return faults
    if scenario == "sigkill":

        def kill(n: int) -> None:
            if n in (third, 2 * third):
                bot.kill()
                bot.start()

        return kill
    return None


def throughput(total: int, pg_url: str, code: Path | None) -> str:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with database("postgres", tmp, pg_url) as (db_url, engine):
            api = FakeBotApi(token=TOKEN).start_in_thread()
            bot = BotProcess(bot_env(api, db_url, code), code or tmp, tmp / "bot")
            try:
                bot.start()
                api.wait_for(method="getUpdates", timeout=60)
                sent: dict[int, int] = {}
                assert bot.process is not None
                cpu_before = cpu_seconds(bot.process.pid)
                began = time.monotonic()
                for n in range(total):
                    chat = FIRST_ADVISOR + n % THROUGHPUT_ADVISORS
                    api.push_message(chat, message(n))
                    sent[chat] = sent.get(chat, 0) + 1

                def replies() -> int:
                    return sum(1 for c in api.calls("sendMessage") if c.ok)

                wait(lambda: replies() >= total, 300)
                took = time.monotonic() - began
                cpu = cpu_seconds(bot.process.pid) - cpu_before
                result = score(api, engine, sent, None)
                return (
                    f"postgres throughput {total / took:.0f} messages/s, bot CPU "
                    f"{cpu / total * 1000:.2f} ms a message ({result.line()})"
                )
            finally:
                bot.stop()
                api.stop()


def recording(total: int, pg_url: str, rounds: int = 7) -> list[str]:
    """Milliseconds per recorded message in process (the real Application, no HTTP), on
    PostgreSQL, with and without pool_pre_ping, alternately; and pings per message."""
    import asyncio
    import statistics

    from tests.bot.harness import ZHANG, make_bot
    from tests.bot.harness import seed as seed_bot

    async def one(engine: Engine) -> float:
        bot = make_bot(engine)
        async with bot.app:
            await bot.say(ZHANG, message(0))  # warm: parser, pool, compiled statements
            began = time.perf_counter()
            for n in range(1, total + 1):
                await bot.say(ZHANG, message(n))
            return (time.perf_counter() - began) / total * 1000

    results: dict[str, list[float]] = {"pool_pre_ping": [], "retry on drop": []}
    pings = {"pool_pre_ping": 0, "retry on drop": 0}
    with tempfile.TemporaryDirectory() as tmp_name:
        for _ in range(rounds):
            for label, extra in (("pool_pre_ping", {"pool_pre_ping": True}), ("retry on drop", {})):
                with database("postgres", Path(tmp_name), pg_url) as (db_url, _seeded):
                    engine = make_engine(db_url, **extra)
                    with engine.begin() as conn:  # the bot harness's roster, not the e2e one
                        conn.execute(text("TRUNCATE people, classes, semesters CASCADE"))
                    seed_bot(engine)
                    ping = engine.dialect.do_ping
                    counted = [0]

                    def counting(
                        dbapi_connection: object, ping: Any = ping, counted: list[int] = counted
                    ) -> bool:
                        counted[0] += 1
                        return bool(ping(dbapi_connection))

                    engine.dialect.do_ping = counting  # type: ignore[method-assign]
                    results[label].append(asyncio.run(one(engine)))
                    pings[label] = counted[0]
                    engine.dispose()
    return [
        f"postgres in process, {label}: {statistics.median(values):.2f} ms a recorded message "
        f"(rounds {', '.join(f'{v:.2f}' for v in values)}); pings {pings[label] / (total + 1):.1f} "
        "a message"
        for label, values in results.items()
    ]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--scenario", default="outage,telegram,sigkill")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "ADVISORBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--code", type=Path, default=None, help="run the bot from this copy")
    args = parser.parse_args()
    for scenario in args.scenario.split(","):
        if scenario == "recording":
            for line in recording(args.messages, args.pg_url):
                print(line, flush=True)
            continue
        if scenario == "throughput":
            print(throughput(args.messages, args.pg_url, args.code), flush=True)
            continue
        for kind in args.db.split(","):
            print(run(kind, scenario, args.messages, args.pg_url, args.code), flush=True)


if __name__ == "__main__":
    main()
