"""Benchmark of the documents: one advisor's monthly form, and the semester workbook at scale.

    .venv/bin/python bench/reports.py [--classes 1000] [--per-class 150] [--no-postgres]

Seeds a database per backend (a temporary SQLite file; a scratch PostgreSQL database when
the server at ADVISORBOT_BENCH_PG_URL, default postgresql://postgres@127.0.0.1:5432/test, is
reachable, dropped afterwards), then runs each case in a fresh subprocess so its time and
peak resident memory (ru_maxrss) are its own. Targets: form < 0.5 s; workbook < 10 s and
< 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TZ = ZoneInfo("Asia/Shanghai")
SEMESTER = ("2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
FORM_CLASS = "数学与应用数学2023-1班"
FORM_MONTH = "2026-11"
FORM_RECORDS = 60
PG_URL = os.environ.get("ADVISORBOT_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
TARGETS = {"form": (0.5, None), "workbook": (10.0, 300.0)}

KINDS = (
    ("classroom_visit", 22),
    ("dorm_visit", 18),
    ("class_meeting", 12),
    ("theme_meeting", 3),
    ("cadre_meeting", 8),
    ("parent_contact", 10),
    ("student_talk", 15),
    ("student_activity", 6),
    ("seminar", 2),
    ("other", 4),
)
PLACES = ("9号楼", "3号楼", "西区二教301", "翡翠湖校区科教楼A座", None, None)
TOPICS = ("考研动员", "期中考试安排", "安全教育", "学风建设", "高等数学听课", None, None, None)
NAMES = ("张三", "李四", "王五", "赵六", "孙七", "周八")


def seed(url: str, classes: int, per_class: int) -> None:
    """Roster, semester and activities, written with bulk inserts."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from storage.db import make_engine, upgrade
    from storage.models import Activity, FormSubmission, Person, SchoolClass, Semester

    rng = random.Random(20261123)
    now = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    engine = make_engine(url)
    upgrade(engine)
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    name, first, last = SEMESTER
    span = (last - first).days
    with Session(engine) as session:
        counselors = max(1, classes // 20)
        advisors = max(1, classes * 7 // 10)  # some advisors have two classes
        people = [
            {"name": f"辅导员{i:03d}", "is_counselor": True, "created_at": now}
            for i in range(counselors)
        ] + [
            {"name": f"教师{i:04d}", "is_advisor": True, "created_at": now, "language": "zh"}
            for i in range(advisors)
        ]
        session.execute(insert(Person), people)
        ids = {p.name: p.id for p in session.query(Person)}
        class_dicts = []
        for i in range(classes):
            class_name = FORM_CLASS if i == 0 else f"专业{i // 4:03d}2024-{i % 4 + 1}班"
            class_dicts.append(
                {
                    "name": class_name,
                    "cohort": 2023 + i % 4,
                    "major": "数学与应用数学",
                    "advisor_id": ids[f"教师{i % advisors:04d}"],
                    "counselor_id": ids[f"辅导员{i % counselors:03d}"],
                }
            )
        session.execute(insert(SchoolClass), class_dicts)
        class_ids = [(c.id, c.advisor_id) for c in session.query(SchoolClass)]
        session.execute(insert(Semester), [{"name": name, "first_day": first, "last_day": last}])
        batch: list[dict[str, object]] = []
        for class_id, advisor_id in class_ids:
            month_days = 30 if class_id == class_ids[0][0] else 0
            for n in range(per_class if not month_days else FORM_RECORDS):
                kind = rng.choices(kinds, weights)[0]
                if month_days:  # the form's advisor: 60 records in November
                    day = date(2026, 11, 1) + timedelta(days=n % month_days)
                else:
                    day = first + timedelta(days=rng.randrange(span + 1))
                batch.append(
                    {
                        "advisor_id": advisor_id,
                        "class_id": class_id,
                        "kind": kind,
                        "local_date": day,
                        "local_time": clock(19, 0) if rng.random() < 0.3 else None,
                        "count": rng.randint(1, 4) if kind == "parent_contact" else 1,
                        "hours": rng.choice((None, None, 1.0, 1.5, 2.0)),
                        "location": rng.choice(PLACES),
                        "topic": rng.choice(TOPICS),
                        "students": rng.sample(NAMES, rng.randint(0, 2)),
                        "source_text": f"{day.month}月{day.day}日{kind}记录，{rng.choice(NAMES)}",
                        "source": "cli",
                        "seq": 0,
                        "recorded_at": now,
                    }
                )
                if len(batch) >= 10_000:
                    session.execute(insert(Activity), batch)
                    batch.clear()
        if batch:
            session.execute(insert(Activity), batch)
        session.execute(
            insert(FormSubmission),
            [
                {
                    "class_id": class_id,
                    "advisor_id": advisor_id,
                    "month": month,
                    "version": 1,
                    "note": None,
                    "snapshot": {},
                    "submitted_at": now,
                }
                for class_id, advisor_id in class_ids
                for month in ("2026-09", "2026-10")
                if rng.random() < 0.8
            ],
        )
        session.commit()
    if engine.dialect.name == "postgresql":
        # A live database has statistics (autovacuum); a freshly bulk-loaded one does not.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def run_case(case: str, url: str, out_dir: Path) -> dict[str, object]:
    """One case, in this process; prints a JSON line with seconds and peak RSS."""
    from sqlalchemy.orm import Session

    from bot.documents.form_docx import render_month_form
    from bot.documents.workbook import write_semester_workbook
    from reminders.policy import load_policy
    from storage.db import make_engine
    from storage.directory import find_class
    from storage.forms import draft_month_form

    engine = make_engine(url)
    policy = load_policy(None)
    # Warm the connection pool and imports, as a running bot or CLI would have them.
    with Session(engine) as session:
        find_class(session, FORM_CLASS)
    started = time.perf_counter()
    cpu_started = time.process_time()
    with Session(engine) as session:
        if case == "form":
            school_class = find_class(session, FORM_CLASS)
            form = draft_month_form(session, school_class, FORM_MONTH, TZ, policy=policy)
            data = render_month_form(form, "zh")
            (out_dir / "form.docx").write_bytes(data)
            detail = {"records": sum(1 for _ in form.entries()), "bytes": len(data)}
        else:
            out = out_dir / "semester.xlsx"
            summary = write_semester_workbook(
                session,
                policy,
                SEMESTER[0],
                out,
                TZ,
                now=datetime(2027, 1, 20, 12, tzinfo=TZ),
            )
            detail = {
                "classes": summary.classes,
                "activities": summary.activities,
                "bytes": out.stat().st_size,
            }
    seconds = time.perf_counter() - started
    # CPU time of this process: steadier than wall time on a shared machine (the database
    # server's own work, PostgreSQL's, is not in it).
    cpu = time.process_time() - cpu_started
    engine.dispose()
    # ru_maxrss is in kilobytes on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "case": case,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "peak_rss_mb": round(peak_mb, 1),
        **detail,
    }


def _subprocess(case: str, url: str, out_dir: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--case", case, "--url", url, "--out-dir", str(out_dir)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _pg_scratch() -> tuple[str, object] | None:
    from sqlalchemy import text

    from storage.db import make_engine

    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server: the PostgreSQL figures are skipped, not failed
        print(f"PostgreSQL not reachable at {PG_URL} ({type(exc).__name__}); skipped")
        admin.dispose()
        return None
    name = f"advisorbot_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin.url.set(database=name).render_as_string(hide_password=False), (admin, name)


def _drop(handle: object) -> None:
    from sqlalchemy import text

    admin, name = handle  # type: ignore[misc]
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--per-class", type=int, default=150)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per case (median judged; a shared machine)"
    )
    parser.add_argument("--case", choices=("form", "workbook"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.url, args.out_dir)))
        return

    backends: list[tuple[str, str, object | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        backends.append(("sqlite", f"sqlite:///{tmp_dir / 'bench.sqlite3'}", None))
        if not args.no_postgres:
            scratch = _pg_scratch()
            if scratch is not None:
                backends.append(("postgresql", scratch[0], scratch[1]))
        failed = False
        try:
            for backend, url, _handle in backends:
                started = time.perf_counter()
                seed(url, args.classes, args.per_class)
                print(
                    f"{backend}: seeded {args.classes} classes × {args.per_class} activities "
                    f"in {time.perf_counter() - started:.1f} s"
                )
                for case in ("form", "workbook"):
                    runs = sorted(
                        (_subprocess(case, url, tmp_dir) for _ in range(max(1, args.repeat))),
                        key=lambda f: f["seconds"],  # type: ignore[arg-type,return-value]
                    )
                    figures = runs[len(runs) // 2]
                    fastest = runs[0]["seconds"]
                    peak = max(f["peak_rss_mb"] for f in runs)  # type: ignore[type-var]
                    limit_s, limit_mb = TARGETS[case]
                    ok = figures["seconds"] < limit_s and (  # type: ignore[operator]
                        limit_mb is None or peak < limit_mb  # type: ignore[operator]
                    )
                    failed |= not ok
                    extra = ", ".join(
                        f"{k}={v}"
                        for k, v in figures.items()
                        if k not in ("case", "seconds", "peak_rss_mb")
                    )
                    print(
                        f"  {case:<9} median {figures['seconds']:>7.3f} s (fastest {fastest:.3f} s"
                        f" of {len(runs)})  {peak:>7.1f} MB peak RSS  ({extra})  "
                        f"{'ok' if ok else 'OVER TARGET'}"
                    )
        finally:
            for _backend, _url, handle in backends:
                if handle is not None:
                    _drop(handle)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
