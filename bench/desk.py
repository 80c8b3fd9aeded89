"""Time the counselor's desk: `/forms` for an admin over every class and for one counselor,
and the month's zip of one counselor's classes (one .docx per submitted form).

Prints wall times (median of the runs after a warm-up) and the SQL statements per call, at
two class counts to show the count does not grow with the classes.
Usage: python bench/desk.py [--classes 1000] [--runs 5] [--pg-url postgresql://…]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import fill, pg_db, sqlite_db
from bot import desk
from reminders.policy import load_policy
from storage.forms import submit_month_form
from storage.models import Person, SchoolClass

TZ = ZoneInfo("Asia/Shanghai")
SUBMITTED = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
POLICY = load_policy(None)


def timed(engine: Engine, call: Callable[[], object], runs: int) -> tuple[float, int]:
    """(median seconds, statements of one call)."""
    counter = [0]

    def before(*_args: object) -> None:
        counter[0] += 1

    call()  # warm-up
    event.listen(engine, "before_cursor_execute", before)
    call()
    statements = counter[0]
    event.remove(engine, "before_cursor_execute", before)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), statements


def prepare(engine: Engine, classes: int) -> tuple[int, int]:
    """Fill the college, add an admin, submit November's forms for one counselor's classes
    but two; returns (admin id, counselor id)."""
    fill(engine, classes)
    with Session(engine) as session:
        admin = Person(name="管理员", is_admin=True, created_at=SUBMITTED)
        session.add(admin)
        counselor = session.scalar(select(Person).where(Person.name == "辅导员000"))
        assert counselor is not None
        own = session.scalars(
            select(SchoolClass).where(SchoolClass.counselor_id == counselor.id)
        ).all()
        for school_class in own[2:]:
            advisor = session.get(Person, school_class.advisor_id)
            assert advisor is not None
            submit_month_form(
                session, school_class, advisor, "2026-11", None, SUBMITTED, TZ, policy=POLICY
            )
        session.commit()
        return admin.id, counselor.id


def run(engine: Engine, label: str, classes: int, runs: int) -> None:
    admin_id, counselor_id = prepare(engine, classes)
    with Session(engine) as session:
        admin = session.get(Person, admin_id)
        counselor = session.get(Person, counselor_id)
        assert admin is not None and counselor is not None

        def overview(person: Person) -> Callable[[], object]:
            return lambda: desk.forms_overview(session, person, "2026-11", POLICY, TZ)

        def archive() -> object:
            return desk.month_zip(session, counselor, "2026-11", "zh", POLICY, TZ)

        all_time, all_sql = timed(engine, overview(admin), runs)
        own_time, own_sql = timed(engine, overview(counselor), runs)
        zip_time, zip_sql = timed(engine, archive, max(1, runs // 2))
        own_classes = len(desk.desk_classes(session, counselor))
        size = len(desk.month_zip(session, counselor, "2026-11", "zh", POLICY, TZ).data)
    print(
        f"{label} {classes} classes: /forms admin (all) {all_time * 1000:.1f} ms, "
        f"{all_sql} statements; /forms counselor ({own_classes} classes) "
        f"{own_time * 1000:.1f} ms, {own_sql} statements; zip of {own_classes - 2} forms "
        f"{zip_time * 1000:.0f} ms, {size / 1024:.0f} KiB, {zip_sql} statements"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg-url", default=None)
    args = parser.parse_args()
    for classes in (args.classes // 10, args.classes):
        with tempfile.TemporaryDirectory() as folder:
            with sqlite_db(Path(folder), "desk.sqlite3") as engine:
                run(engine, "SQLite", classes, args.runs)
        if args.pg_url:
            with pg_db(args.pg_url) as engine:
                run(engine, "PostgreSQL", classes, args.runs)


if __name__ == "__main__":
    main()
