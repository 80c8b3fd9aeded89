"""Benchmark of a reminder wave through Telegram's flood limits (issue 15, "Speed").

    .venv/bin/python bench/wave.py [--advisors 2000] [--pg] [--rate 30]

Fills a college (bench/dataset.py: a temporary SQLite file, or with ``--pg`` a scratch
PostgreSQL database at ADVISORBOT_BENCH_PG_URL, default
postgresql://postgres@127.0.0.1:5432/test, dropped afterwards) with N advisors, each linked
to a Telegram id and with one class that has done almost nothing this semester, so the
Monday 2026-11-23 09:30 sweep owes every one of them a message. Starts the Bot API emulator
(tests/botapi/server.py) on 127.0.0.1 in limits mode — at most 30 messages a second overall,
one a second per private chat, a 429 with retry_after beyond — and runs ONE real sweep as
production does, ``advisorbot remind --now …`` in a subprocess against it. Prints the
messages delivered, the sending time (first message received to last one answered), the
limit's minimum time (messages / 30), their ratio (target ≤ 1.1), the 429 answers (target 0)
and the ledger rows by status. The subprocess is killed after 5 minutes.

``--ptb-limiter`` runs the same sweep in this process (`run_sweep`, `telegram_sender`)
through PTB's plain ``AIORateLimiter(overall_max_rate=30, max_retries=3)``, what `remind`
used before `bot/rate_limit.py`: the comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.dataset import fill, pg_db, sqlite_db  # noqa: E402
from storage.models import ReminderLedger  # noqa: E402
from tests.botapi.server import FakeBotApi  # noqa: E402

AT = "2026-11-23T09:30:00+08:00"  # a Monday, inside the sending hours
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
TELEGRAM_LIMIT = 30  # messages a second overall, Telegram's figure (the emulator enforces it)
TARGET_RATIO = 1.1
GIVE_UP_S = 300


@contextmanager
def database(pg: bool, folder: Path) -> Iterator[tuple[Engine, str]]:
    """A migrated scratch database and the URL the subprocess should use for it."""
    if pg:
        with pg_db(PG_URL) as engine:
            yield engine, engine.url.render_as_string(hide_password=False)
    else:
        with sqlite_db(folder, "wave.sqlite") as engine:
            yield engine, str(engine.url)


def ledger_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        rows = session.execute(
            select(ReminderLedger.status, func.count()).group_by(ReminderLedger.status)
        )
        return {status: count for status, count in rows}


def remind_subprocess(api: FakeBotApi, url: str, rate: float | None) -> tuple[str, int]:
    """``advisorbot remind --now AT`` against the emulator: (its last line, exit status)."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "DATABASE_URL": url,
        "ADVISORBOT_LOG_LEVEL": "WARNING",
    }
    if rate is not None:
        env["ADVISORBOT_RATE_LIMIT"] = str(rate)
    done = subprocess.run(
        [str(Path(sys.executable).with_name("advisorbot")), "remind", "--now", AT],
        env=env,
        capture_output=True,
        text=True,
        timeout=GIVE_UP_S,
        check=False,
    )
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
    lines = done.stdout.strip().splitlines()
    return (lines[-1] if lines else ""), done.returncode


async def remind_with_ptb_limiter(api: FakeBotApi, engine: Engine) -> str:
    """The same sweep in this process, through PTB's plain AIORateLimiter."""
    from telegram.ext import AIORateLimiter, ExtBot

    from bot.cli.common import parse_moment
    from reminders.jobs.sweep import run_sweep, telegram_sender
    from reminders.policy import load_policy
    from storage.db import make_session_factory

    moment = parse_moment(AT, ZoneInfo("Asia/Shanghai"))
    limiter = AIORateLimiter(overall_max_rate=TELEGRAM_LIMIT, max_retries=3)
    bot: ExtBot[int] = ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter)
    async with bot:
        report = await asyncio.wait_for(
            run_sweep(
                make_session_factory(engine), load_policy(None), moment, telegram_sender(bot)
            ),
            GIVE_UP_S,
        )
    return f"sent {report.count('sent')}, failed {report.count('failed')}"


def run(advisors: int, pg: bool, rate: float | None, ptb_limiter: bool) -> bool:
    """One wave; True when it met the target."""
    with tempfile.TemporaryDirectory() as tmp, database(pg, Path(tmp)) as (engine, url):
        started = time.perf_counter()
        # Three activities a class over the semester: every class is behind on several rules.
        fill(engine, advisors, per_class=3)
        print(
            f"backend {engine.dialect.name}: {advisors} advisors filled in "
            f"{time.perf_counter() - started:.1f} s"
        )
        with FakeBotApi(limits=True, messages_per_second=TELEGRAM_LIMIT) as api:
            started = time.perf_counter()
            if ptb_limiter:
                said, status = asyncio.run(remind_with_ptb_limiter(api, engine)), 0
            else:
                said, status = remind_subprocess(api, url, rate)
            wall = time.perf_counter() - started
            calls = api.calls("sendMessage")
        if status != 0:
            raise SystemExit(f"remind exited with {status}")
        delivered = [c for c in calls if c.ok]
        refused = sum(1 for c in calls if c.error_code == 429)
        # A 429 whose chat had a message accepted within the second before is the per-chat
        # limit's; the others are the overall limit's.
        accepted: dict[int | str | None, list[float]] = {}
        for c in delivered:
            accepted.setdefault(c.chat_id, []).append(c.received_at)
        per_chat = sum(
            1
            for c in calls
            if c.error_code == 429
            and any(0 <= c.received_at - t < 1.0 for t in accepted.get(c.chat_id, ()))
        )
        chats = {c.chat_id for c in delivered}
        span = (
            max(c.responded_at or c.received_at for c in delivered)
            - min(c.received_at for c in delivered)
            if delivered
            else 0.0
        )
        minimum = len(delivered) / TELEGRAM_LIMIT
        ratio = span / minimum if minimum else 0.0
        counts = ledger_counts(engine)
        print(f"  messages delivered   {len(delivered)} to {len(chats)} chats")
        print(f"  sending time         {span:.2f} s (first received to last answered)")
        print(f"  limit's minimum      {minimum:.2f} s ({len(delivered)} / {TELEGRAM_LIMIT})")
        print(f"  ratio                {ratio:.3f} (target <= {TARGET_RATIO})")
        print(f"  429 answers          {refused} (target 0; {per_chat} of them per chat)")
        print(f"  sweep wall time      {wall:.2f} s (start-up, decide, send)")
        print(f"  ledger rows          {sum(counts.values())} {dict(sorted(counts.items()))}")
        print(f"  remind says          {said}")
        return ratio <= TARGET_RATIO and refused == 0 and len(chats) == len(delivered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--advisors", type=int, default=2000)
    parser.add_argument("--pg", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument(
        "--rate", type=float, default=None, help="ADVISORBOT_RATE_LIMIT for the sweep"
    )
    parser.add_argument(
        "--ptb-limiter",
        action="store_true",
        help="for comparison: the sweep in-process through PTB's plain AIORateLimiter",
    )
    args = parser.parse_args()
    ok = run(args.advisors, args.pg, args.rate, args.ptb_limiter)
    print("target met" if ok else "TARGET MISSED")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
