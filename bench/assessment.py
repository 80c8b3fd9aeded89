"""Time `export assessment 2026-2027` for 1,000 advisors (one class each, 150 activities).

Prints the wall time of the whole export (judging the semester in chunks, the summary and
one evidence sheet per advisor) and the file size, on a temporary SQLite file and, when
reachable, a scratch PostgreSQL database. Target: under 10 s for 1,000 advisors.
Usage: python bench/assessment.py [--classes 1000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.dataset import fill, pg_db, sqlite_db  # noqa: E402
from bot.documents.assessment import write_assessment_workbook  # noqa: E402
from reminders.policy import load_policy  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2027, 2, 10, 10, tzinfo=TZ)
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def measure(label: str, engine: Engine, classes: int, folder: Path) -> None:
    fill(engine, classes)
    out = folder / f"assessment-{label}.xlsx"
    start = time.perf_counter()
    with Session(engine) as session:
        summary = write_assessment_workbook(
            session, load_policy(None), "2026-2027", out, TZ, now=NOW
        )
    elapsed = time.perf_counter() - start
    print(
        f"{label:<10} {summary.advisors:>5} advisors  export assessment: {elapsed:5.2f} s  "
        f"{out.stat().st_size / 2**20:.1f} MiB, {summary.advisors + 1} sheets",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with sqlite_db(Path(tmp), "assessment.sqlite3") as engine:
            measure("sqlite", engine, args.classes, Path(tmp))
        if args.no_postgres:
            return
        try:
            with pg_db(PG_URL) as engine:
                measure("postgresql", engine, args.classes, Path(tmp))
        except Exception as exc:  # no server: say so, the SQLite figure still stands
            print(f"postgresql: skipped ({type(exc).__name__}: {exc})")


if __name__ == "__main__":
    main()
