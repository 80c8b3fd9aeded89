"""A realistic college for benchmarks (N classes with a semester of activity each), and the
scratch SQLite and PostgreSQL databases the benchmarks fill."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade
from storage.models import Activity, FormSubmission, Person, SchoolClass, Semester

SEMESTER = ("2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
KIND_WEIGHTS = {
    "classroom_visit": 20,
    "dorm_visit": 14,
    "class_meeting": 10,
    "theme_meeting": 3,
    "cadre_meeting": 6,
    "parent_contact": 12,
    "student_talk": 20,
    "student_activity": 8,
    "seminar": 3,
    "other": 4,
}


def fill(
    engine: Engine,
    classes: int,
    per_class: int = 150,
    until: date = date(2027, 1, 10),
    seed: int = 7,
) -> int:
    """Insert people, classes, a semester, activities and some forms; returns activities made."""
    rng = random.Random(seed)
    now = datetime(2026, 9, 1, tzinfo=UTC)
    kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
    first, last = SEMESTER[1], min(SEMESTER[2], until)
    span = (last - first).days
    made = 0
    with Session(engine) as session:
        session.add(Semester(name=SEMESTER[0], first_day=SEMESTER[1], last_day=SEMESTER[2]))
        counselors = [
            Person(
                name=f"辅导员{i:03d}", is_counselor=True, created_at=now, telegram_id=2_000_000 + i
            )
            for i in range(max(1, classes // 30))
        ]
        advisors = [
            Person(
                name=f"班主任{i:05d}", is_advisor=True, created_at=now, telegram_id=1_000_000 + i
            )
            for i in range(classes)
        ]
        session.add_all(counselors + advisors)
        session.flush()
        school_classes = [
            SchoolClass(
                name=f"数学{2022 + i % 4}-{i:05d}班",
                cohort=2022 + i % 4,
                major="数学",
                advisor_id=advisors[i].id,
                counselor_id=counselors[i % len(counselors)].id,
            )
            for i in range(classes)
        ]
        session.add_all(school_classes)
        session.flush()
        rows = []
        for klass in school_classes:
            for n in range(per_class):
                kind = rng.choices(kinds, weights)[0]
                day = first + timedelta(days=rng.randrange(span + 1))
                rows.append(
                    {
                        "advisor_id": klass.advisor_id,
                        "class_id": klass.id,
                        "kind": kind,
                        "local_date": day,
                        "count": rng.choice((1, 1, 2, 3))
                        if kind in ("parent_contact", "student_talk")
                        else 1,
                        "hours": rng.choice((None, None, 1.0, 1.5, 2.0)),
                        "location": None,
                        "topic": None,
                        "students": [],
                        "source_chat_id": klass.advisor_id,
                        "source_message_id": n,
                        "seq": 0,
                        "source": "bench",
                        "recorded_at": now,
                    }
                )
            if len(rows) >= 20_000:
                session.execute(insert(Activity), rows)
                made += len(rows)
                rows = []
            session.add_all(
                FormSubmission(
                    class_id=klass.id,
                    advisor_id=klass.advisor_id or 0,
                    month=month,
                    version=1,
                    snapshot={},
                    submitted_at=now,
                )
                for month in ("2026-09", "2026-10")
                if rng.random() < 0.8
            )
        if rows:
            session.execute(insert(Activity), rows)
            made += len(rows)
        session.commit()
    return made


@contextmanager
def sqlite_db(folder: Path, name: str) -> Iterator[Engine]:
    """A new, migrated SQLite file in `folder`."""
    engine = make_engine(f"sqlite:///{folder / name}")
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def pg_db(url: str) -> Iterator[Engine]:
    """A scratch PostgreSQL database on the server at `url`, migrated, dropped afterwards."""
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    name = f"advisorbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(admin.url.set(database=name).render_as_string(hide_password=False))
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
