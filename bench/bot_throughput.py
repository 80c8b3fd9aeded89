"""Updates per second through the real bot process, beside a minimal python-telegram-bot echo bot.

Both run as child processes against the same local Bot API server (tests/botapi). For each:
a burst of N messages from 50 advisors (throughput: messages / seconds until every message has
its reply), then messages one at a time (server-side handling time per update: handed out by
getUpdates -> first reply in that chat, p50/p99), and the process's peak resident memory.
advisorbot also reports that every message was recorded exactly once.

advisorbot keeps Telegram's limit of ~30 messages a second overall through PTB's rate
limiter; it is measured with that limit (as deployed) and with the limit raised out of the
way (ADVISORBOT_RATE_LIMIT), which is the like-for-like comparison with the echo bot.
The comparison runs in several rounds, echo bot and advisorbot alternately, and reports the
median of each (one run's figure moves with whatever else the machine is doing), beside
each bot's CPU time per update during the burst (user + system, from /proc).
Usage: python bench/bot_throughput.py [--messages 2000] [--sequential 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade
from storage.directory import add_semester
from storage.models import Activity
from storage.roster import import_roster, parse_roster
from tests.botapi.server import FakeBotApi

ADVISORS = 50
FIRST_ID = 10_001
TEXTS = [
    "今天查寝，{n}号楼",
    "今天听了概率论",
    "昨天开了班会",
    "给{n}位家长打了电话",
    "和两位同学谈心",
]


def seed(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    rows = ["class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram"]
    rows += [f"数学-{i}班,2025,数学,班主任{i},{FIRST_ID + i},辅导员,20001" for i in range(ADVISORS)]
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    with Session(engine) as session:
        import_roster(session, parse_roster("\n".join(rows) + "\n"), datetime.now(UTC))
        add_semester(session, "bench", today - timedelta(days=60), today + timedelta(days=60))
        session.commit()
    engine.dispose()


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User and system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_one(
    label: str,
    command: list[str],
    env: dict[str, str],
    messages: int,
    sequential: int,
    db_url: str | None,
) -> dict[str, float]:
    with FakeBotApi() as api:
        env = {**env, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url}
        with tempfile.TemporaryFile() as log:
            process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                api.wait_for(method="getUpdates", timeout=60)
                time.sleep(0.5)
                # Warm-up: one message per advisor (imports, caches, connections).
                mark = api.mark()
                for i in range(ADVISORS):
                    api.push_message(FIRST_ID + i, f"今天查寝 warm {i}")
                api.wait_until(lambda: len(api.sent(method="sendMessage")) >= ADVISORS or None, 120)
                # Burst.
                before = len(api.sent(method="sendMessage"))
                cpu_before = cpu_seconds(process.pid)
                started = time.perf_counter()
                for n in range(messages):
                    text = TEXTS[n % len(TEXTS)].format(n=n % 9 + 1) + f" #{n}"
                    api.push_message(FIRST_ID + n % ADVISORS, text)
                api.wait_until(
                    lambda: len(api.sent(method="sendMessage")) >= before + messages or None, 900
                )
                burst = time.perf_counter() - started
                user, system = (
                    b - a for a, b in zip(cpu_before, cpu_seconds(process.pid), strict=True)
                )
                # One at a time: handling time without queueing.
                first_update = None
                for n in range(sequential):
                    mark = api.mark()
                    update_id = api.push_message(FIRST_ID + n % ADVISORS, f"今天听课 seq {n}")
                    first_update = first_update or update_id
                    api.wait_for(
                        method="sendMessage",
                        chat_id=FIRST_ID + n % ADVISORS,
                        since=mark,
                        timeout=30,
                    )
                timings = [
                    t for t in api.update_timings() if first_update and t.update_id >= first_update
                ]
                handling = sorted(t.handling for t in timings if t.handling is not None)
                rss = peak_rss_mb(process.pid)
            finally:
                process.terminate()
                process.wait(timeout=30)
    result = {
        "rate": messages / burst,
        "cpu": (user + system) / messages * 1000,
        "sys": system / messages * 1000,
        "p50": statistics.median(handling) * 1000,
        "p99": handling[min(len(handling) - 1, int(len(handling) * 0.99))] * 1000,
        "rss": rss,
    }
    recorded = ""
    if db_url is not None:
        engine = make_engine(db_url)
        with Session(engine) as session:
            rows = session.execute(
                select(Activity.source_message_id, func.count()).group_by(
                    Activity.source_chat_id, Activity.source_message_id
                )
            ).all()
        engine.dispose()
        expected = ADVISORS + messages + sequential
        doubled = sum(1 for _, c in rows if c != 1)
        recorded = f"  recorded {len(rows)}/{expected} messages, {doubled} doubled"
        result["lost"] = expected - len(rows)
    print(
        f"{label:<34} {result['rate']:8.1f} updates/s  CPU {result['cpu']:4.2f} ms/update "
        f"({result['sys']:4.2f} system)  "
        f"handling p50 {result['p50']:6.1f} ms  "
        f"p99 {result['p99']:6.1f} ms   peak RSS {result['rss']:6.1f} MB{recorded}",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sequential", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADVISORBOT_"))
    }
    base_env.pop("DATABASE_URL", None)
    root = str(Path(__file__).resolve().parent.parent)
    echo_command = [sys.executable, "-m", "tests.botapi.echo_bot"]
    bot_command = [sys.executable, "-m", "bot", "run"]
    with tempfile.TemporaryDirectory() as tmp:
        runs = iter(range(1_000))

        def advisorbot(label: str, limit: str, messages: int) -> dict[str, float]:
            db_url = f"sqlite:///{Path(tmp) / f'bot{next(runs)}.sqlite3'}"
            seed(db_url)
            env = {**base_env, "DATABASE_URL": db_url, "ADVISORBOT_RATE_LIMIT": limit}
            env["ADVISORBOT_WEB_PORT"] = "0"  # the dashboard is not measured here
            return run_one(label, bot_command, env, messages, args.sequential, db_url)

        advisorbot("advisorbot, rate limit 30/s", "30", min(args.messages, 600))
        echo_runs, bot_runs = [], []
        for round_ in range(1, args.rounds + 1):
            echo_runs.append(
                run_one(
                    f"echo bot, round {round_}",
                    echo_command,
                    {**base_env, "PYTHONPATH": root},
                    args.messages,
                    args.sequential,
                    None,
                )
            )
            bot_runs.append(
                advisorbot(f"advisorbot, limit raised, round {round_}", "100000", args.messages)
            )
    ratios = [b["rate"] / e["rate"] for e, b in zip(echo_runs, bot_runs, strict=True)]
    echo_rate = statistics.median(r["rate"] for r in echo_runs)
    bot_rate = statistics.median(r["rate"] for r in bot_runs)
    print(
        f"median over {args.rounds} rounds: echo bot {echo_rate:.1f} updates/s "
        f"(CPU {statistics.median(r['cpu'] for r in echo_runs):.2f} ms/update), advisorbot "
        f"{bot_rate:.1f} updates/s (CPU {statistics.median(r['cpu'] for r in bot_runs):.2f} "
        f"ms/update, p99 {statistics.median(r['p99'] for r in bot_runs):.1f} ms)"
    )
    print(
        f"ratio advisorbot (limit raised) / echo bot: median {statistics.median(ratios):.2f} "
        f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})"
    )


if __name__ == "__main__":
    main()
