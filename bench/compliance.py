"""Time `status --json` for every class (the one judge, streamed in chunks), SQLite and PostgreSQL.

For each class count (default 1,000 and 10,000; 150 activities each) the database is filled
once, then a fresh child process runs `status --json` for all classes — read, judge (current
periods and the semester's history), JSON written out as it goes — and reports its wall
time, peak RSS (the child's own: the fill does not count) and SQL statements.

Usage: python bench/compliance.py [--classes 1000 10000 50000] [--runs 3] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.dataset import fill, pg_db, sqlite_db  # noqa: E402

# Late in the semester, so every generated activity (up to 2027-01-10) counts.
AT = datetime(2027, 1, 12, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def child(url: str) -> None:
    """One `status --json` of every class on the database at `url`; prints a JSON line."""
    from reminders.jobs.status import iter_class_compliance
    from reminders.policy import load_policy
    from storage.db import make_engine

    engine = make_engine(url)
    policy = load_policy(None)
    statements = [0]

    def before(*_args: object) -> None:
        statements[0] += 1

    event.listen(engine, "before_cursor_execute", before)
    size = classes = 0
    start = time.perf_counter()
    with Session(engine) as session, open(os.devnull, "w", encoding="utf-8") as out:
        out.write("[")
        for result in iter_class_compliance(session, policy, AT):
            chunk = json.dumps(result.to_json(), ensure_ascii=False)
            out.write(chunk)
            size += len(chunk)
            classes += 1
        out.write("]")
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "statements": statements[0],
                "peak_rss_mib": peak_kib / 1024,
                "classes": classes,
                "json_mib": size / 2**20,
            }
        )
    )


def run_child(url: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", url],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(label: str, url: str, engine: object, classes: int, runs: int) -> None:
    started = time.perf_counter()
    made = fill(engine, classes)  # type: ignore[arg-type]
    fill_s = time.perf_counter() - started
    figures = [run_child(url) for _ in range(runs)]
    seconds = [f["seconds"] for f in figures]
    last = figures[-1]
    print(
        f"{label:<10} {classes:>6} classes {made:>9} activities  status --json all: "
        f"median {statistics.median(seconds):7.2f} s  max {max(seconds):7.2f} s  "
        f"peak RSS {max(f['peak_rss_mib'] for f in figures):6.0f} MiB  "
        f"SQL statements {int(last['statements'])}  JSON {last['json_mib']:.1f} MiB  "
        f"(fill {fill_s:.0f} s)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for classes in args.classes:
            with sqlite_db(Path(tmp), f"bench{classes}.sqlite3") as engine:
                measure("sqlite", engine.url.render_as_string(), engine, classes, args.runs)
    if args.no_postgres:
        return
    try:
        for classes in args.classes:
            with pg_db(PG_URL) as engine:
                url = engine.url.render_as_string(hide_password=False)
                measure("postgresql", url, engine, classes, args.runs)
    except Exception as exc:  # no server: say so, the SQLite figures still stand
        print(f"postgresql: skipped ({type(exc).__name__}: {exc})")


if __name__ == "__main__":
    main()
