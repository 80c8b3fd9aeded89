"""Benchmark of the students' lane: the form as filed, a survey's answers, results and summary.

    .venv/bin/python bench/students.py [--students 200] [--repeat 5] [--no-postgres]

On a temporary SQLite file and, when the server at ADVISORBOT_BENCH_PG_URL (default
postgresql://postgres@127.0.0.1:5432/test) is reachable, a scratch PostgreSQL database
(dropped afterwards). Cases, each the median of --repeat runs, with the statements sent:
- form: draft and render the .docx of a month with 60 records (A4, fixed grid, duty column);
- answer: one student's answer stored (the keyed hash, insert or replace), per answer;
- results: /survey's results for --students answers (averages, shuffled comments);
- summary: survey_summary over the academic year (what the assessment reads).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.documents.form_docx import render_month_form  # noqa: E402
from reminders.policy import load_policy  # noqa: E402
from storage.activities import Source, record  # noqa: E402
from storage.db import make_engine, upgrade  # noqa: E402
from storage.directory import add_semester, find_class  # noqa: E402
from storage.forms import draft_month_form  # noqa: E402
from storage.models import Person, SchoolClass  # noqa: E402
from storage.roster import import_roster, parse_roster  # noqa: E402
from storage.surveys import (  # noqa: E402
    open_survey,
    respondent_key,
    save_answer,
    survey_results,
    survey_summary,
)

TZ = ZoneInfo("Asia/Shanghai")
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,1001,李辅导员,2001
"""
KINDS = ("classroom_visit", "dorm_visit", "class_meeting", "parent_contact", "student_talk")
NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
KEY = b"bench-secret"


@dataclass
class Parsed:
    kind: str
    date: date
    time: None = None
    location: str | None = "9号楼"
    topic: str | None = "学风建设"
    count: int = 1
    hours: float | None = None
    students: list[str] = field(default_factory=lambda: ["张三", "李四"])
    duties: tuple[str, ...] = ("career_guidance",)


class Statements:
    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._one)

    def _one(self, *_args: object) -> None:
        self.count += 1


def seed(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        import_roster(session, parse_roster(ROSTER), NOW)
        add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
        school_class = find_class(session, "数学与应用数学2023-1班")
        advisor = session.scalar(select(Person).where(Person.name == "张老师"))
        assert advisor is not None
        for n in range(60):
            day = date(2026, 11, 1) + timedelta(days=n % 30)
            record(
                session.connection(),
                advisor,
                school_class,
                Source(1001, 10_000 + n, f"第{n}条记录"),
                [Parsed(KINDS[n % len(KINDS)], day)],
                NOW,
            )
        session.commit()
        counselor = session.scalar(select(Person).where(Person.name == "李辅导员"))
        assert counselor is not None
        return school_class.id, counselor.id


def timed(fn: Callable[[], object], repeat: int, statements: Statements) -> tuple[float, int]:
    times, counts = [], []
    for _ in range(repeat):
        before = statements.count
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        counts.append(statements.count - before)
    return statistics.median(times), int(statistics.median(counts))


def run(url: str, label: str, students: int, repeat: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    class_id, counselor_id = seed(engine)
    policy = load_policy(None)
    statements = Statements(engine)
    assert policy.survey is not None

    def form() -> None:
        with Session(engine) as session:
            school_class = session.get(SchoolClass, class_id)
            assert school_class is not None
            render_month_form(
                draft_month_form(session, school_class, "2026-11", TZ, policy=policy), "zh"
            )

    with Session(engine) as session:
        school_class = session.get(SchoolClass, class_id)
        counselor = session.get(Person, counselor_id)
        assert school_class is not None and counselor is not None
        survey = open_survey(
            session, school_class, counselor, policy.survey.questions, NOW + timedelta(days=14), NOW
        )
        survey_id = survey.id
        session.commit()

    answered = [0]

    def answer() -> None:
        with Session(engine) as session:
            from storage.models import Survey

            current = session.get(Survey, survey_id)
            assert current is not None
            rounds = answered[0] // students  # a new score each round: a real replace
            for n in range(students):
                scores = [1 + (n + q + rounds) % 5 for q in range(5)]
                save_answer(session, current, respondent_key(KEY, survey_id, n), scores, NOW)
                answered[0] += 1
            session.commit()

    def results() -> None:
        with Session(engine) as session:
            from storage.models import Survey

            current = session.get(Survey, survey_id)
            assert current is not None
            survey_results(session, current, policy.survey.min_answers)  # type: ignore[union-attr]

    def summary() -> None:
        with Session(engine) as session:
            survey_summary(session, class_id, "2026-2027", at=NOW + timedelta(days=30), tz=TZ)

    form_time, form_statements = timed(form, repeat, statements)
    # First round inserts, later rounds replace: the median is a replacing round.
    answer_time, answer_statements = timed(answer, repeat, statements)
    results_time, results_statements = timed(results, repeat, statements)
    with engine.begin() as conn:  # close the survey so the summary counts it
        conn.execute(text("update surveys set closes_at = :at"), {"at": NOW + timedelta(days=1)})
    summary_time, summary_statements = timed(summary, repeat, statements)
    engine.dispose()
    print(f"{label}: form, 60 records: {form_time * 1000:.1f} ms, {form_statements} statements")
    print(
        f"{label}: answer (replace), per answer: {answer_time / students * 1000:.2f} ms, "
        f"{answer_statements / students:.1f} statements"
    )
    print(
        f"{label}: results, {students} answers: {results_time * 1000:.1f} ms, "
        f"{results_statements} statements"
    )
    print(
        f"{label}: summary, {students} answers: {summary_time * 1000:.1f} ms, "
        f"{summary_statements} statements"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", "SQLite", args.students, args.repeat)
    if args.no_postgres:
        return
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server: the PostgreSQL figures are skipped, not failed
        print(f"PostgreSQL not reachable at {PG_URL} ({type(exc).__name__}); skipped")
        admin.dispose()
        return
    name = f"advisorbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        run(url, "PostgreSQL", args.students, args.repeat)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
