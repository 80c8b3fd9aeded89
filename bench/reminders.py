"""Benchmark of the reminder sweep's decision: N classes with a semester of activity.

    .venv/bin/python bench/reminders.py [--classes 1000 2000] [--runs 3] [--no-postgres]

For each backend (a temporary SQLite file; a scratch PostgreSQL database at
ADVISORBOT_BENCH_PG_URL, default postgresql://postgres@127.0.0.1:5432/test, when reachable,
dropped afterwards) and class count: fills the college (bench/dataset.py, activities up to
the day before), records the reminders of the semester's earlier Monday sweeps in the
ledger as sent, then times one full dry-run sweep on Monday 2026-11-23 09:30 — load,
decide and render, nothing written or sent — and counts its SQL statements with a
``before_cursor_execute`` listener. Target: < 2 s at 2,000 classes, statements constant.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event, insert, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.dataset import fill, pg_db, sqlite_db  # noqa: E402
from reminders.jobs.sweep import decide, run_sweep  # noqa: E402
from reminders.policy import load_policy  # noqa: E402
from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.models import ReminderLedger  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 23, 9, 30, tzinfo=TZ)
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
TARGET_S = 2.0


def earlier_sweeps(engine: Engine) -> int:
    """The ledger as the semester's Monday-morning sweeps before AT would have left it."""
    policy = load_policy(None)
    recorded = 0
    monday = date(2026, 9, 7)
    while monday < AT.date():
        now = datetime.combine(monday, AT.timetz())
        with Session(engine) as session:
            due = decide(session, policy, now)
            rows = [
                {
                    "person_id": r.person_id,
                    "subject": r.subject,
                    "rule": r.rule,
                    "period": r.period,
                    "stage": r.stage,
                    "status": "sent",
                    "text": "",
                    "attempts": 1,
                    "created_at": now,
                    "sent_at": now,
                }
                for r in due
            ]
            if rows:
                session.execute(insert(ReminderLedger), rows)
            session.commit()
        recorded += len(rows)
        monday += timedelta(days=7)
    return recorded


def one_sweep(engine: Engine) -> tuple[float, float, int, int]:
    """(decide seconds, dry-run sweep seconds, SQL statements of the sweep, reminders)."""
    policy = load_policy(None)
    statements = [0]

    def count(*_args: object) -> None:
        statements[0] += 1

    started = time.perf_counter()
    with Session(engine) as session:
        decide(session, policy, AT)
    decided = time.perf_counter() - started
    event.listen(engine, "before_cursor_execute", count)
    started = time.perf_counter()
    report = asyncio.run(run_sweep(make_session_factory(engine), policy, AT, None, dry_run=True))
    swept = time.perf_counter() - started
    event.remove(engine, "before_cursor_execute", count)
    return decided, swept, statements[0], len(report.outcomes)


def measure(label: str, engine: Engine, classes: int, runs: int) -> None:
    started = time.perf_counter()
    made = fill(engine, classes, until=AT.date() - timedelta(days=1))
    ledger = earlier_sweeps(engine)
    setup = time.perf_counter() - started
    one_sweep(engine)  # warm caches (policy, periods, connection pool)
    results = [one_sweep(engine) for _ in range(runs)]
    decide_s = statistics.median(r[0] for r in results)
    sweep_s = statistics.median(r[1] for r in results)
    statements, reminders = results[-1][2], results[-1][3]
    verdict = "ok" if sweep_s < TARGET_S else "OVER TARGET"
    print(
        f"{label:<10} {classes:>5} classes {made:>7} activities {ledger:>6} ledger rows  "
        f"decide {decide_s * 1000:6.0f} ms  dry-run sweep {sweep_s * 1000:6.0f} ms  "
        f"SQL statements {statements}  reminders {reminders}  [{verdict}]  "
        f"(setup {setup:.0f} s)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--classes", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for classes in args.classes:
            with sqlite_db(Path(tmp), f"bench{classes}.sqlite3") as engine:
                measure("sqlite", engine, classes, args.runs)
    if args.no_postgres:
        return
    probe = make_engine(PG_URL, connect_args={"connect_timeout": 3})
    try:
        with probe.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server: say so and stop
        print(f"postgresql skipped: {PG_URL} not reachable ({type(exc).__name__})")
        return
    finally:
        probe.dispose()
    for classes in args.classes:
        with pg_db(PG_URL) as engine:
            measure("postgresql", engine, classes, args.runs)


if __name__ == "__main__":
    main()
