"""Time `status --json` for every class: 1,000 classes, ~150,000 activities, SQLite and PostgreSQL.

Prints the wall time of the whole computation (queries, rules, JSON) and the number of SQL
statements, at two class counts to show the count does not grow with the classes.
Usage: python bench/compliance.py [--classes 1000] [--pg-url postgresql://…]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import fill, pg_db, sqlite_db
from reminders.jobs.status import class_compliance
from reminders.policy import load_policy

# Late in the semester, so every generated activity (up to 2027-01-10) counts.
AT = datetime(2027, 1, 12, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def count_statements(engine: Engine) -> list[int]:
    counter = [0]

    def before(*_args: object) -> None:
        counter[0] += 1

    event.listen(engine, "before_cursor_execute", before)
    return counter


def status_all(engine: Engine) -> tuple[float, int, int]:
    """Seconds for one `status --json` of all classes, statements issued, bytes of JSON."""
    policy = load_policy(None)
    counter = count_statements(engine)
    start = time.perf_counter()
    with Session(engine) as session:
        results = class_compliance(session, policy, AT)
        payload = json.dumps([r.to_json() for r in results], ensure_ascii=False)
    elapsed = time.perf_counter() - start
    return elapsed, counter[0], len(payload)


def measure(label: str, engine: Engine, classes: int, runs: int) -> None:
    started = time.perf_counter()
    made = fill(engine, classes)
    fill_s = time.perf_counter() - started
    status_all(engine)  # warm caches (policy, periods, connection pool)
    times, statements = [], 0
    for _ in range(runs):
        elapsed, statements, size = status_all(engine)
        times.append(elapsed)
    print(
        f"{label:<10} {classes:>6} classes {made:>8} activities  status --json all: "
        f"median {statistics.median(times) * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms  "
        f"SQL statements {statements}  JSON {size / 1024:.0f} KiB  (fill {fill_s:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for classes in (args.classes // 10, args.classes):
            with sqlite_db(Path(tmp), f"bench{classes}.sqlite3") as engine:
                measure("sqlite", engine, classes, args.runs)
    try:
        for classes in (args.classes // 10, args.classes):
            with pg_db(args.pg_url) as engine:
                measure("postgresql", engine, classes, args.runs)
    except Exception as exc:  # no server: say so, the SQLite figures still stand
        print(f"postgresql: skipped ({type(exc).__name__}: {exc})")


if __name__ == "__main__":
    main()
