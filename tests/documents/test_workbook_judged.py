"""The workbook after the semester: every period final, January's form judged, late marks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from sqlalchemy.orm import Session

from bot.documents.workbook import write_semester_workbook
from reminders.policy import load_policy
from storage.forms import submit_month_form
from tests.documents.helpers import seed

TZ = ZoneInfo("Asia/Shanghai")


def test_after_the_end_january_is_judged_and_late_forms_marked(
    session: Session, tmp_path: Path
) -> None:
    world = seed(session)
    policy = load_policy(None)
    # October's form handed in on 20 November (due 5 November): there, but late.
    late = datetime(2026, 11, 20, 10, tzinfo=TZ)
    submit_month_form(session, world.math1, world.zhang, "2026-10", None, late, TZ, policy=policy)
    session.commit()
    out = tmp_path / "final.xlsx"
    write_semester_workbook(
        session, policy, "2026-2027-1", out, TZ, now=datetime(2027, 3, 1, 9, tzinfo=TZ)
    )
    book = load_workbook(out, read_only=True)
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    body = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    math1 = body["数学与应用数学2023-1班"]
    # Five months in session, September to January, all judged; only October's form is in.
    assert math1["月度工作记录表"] == "1/5"
    evidence = math1["月度工作记录表·依据"]
    assert "2027-01" in evidence and "迟交：2026-10" in evidence
    assert math1["每月深入宿舍"] == "0/5"


def test_status_picture_has_a_column_per_period(session: Session) -> None:
    from bot.documents.status_grid import _columns, render_status_grid
    from reminders.jobs.status import class_compliance

    seed(session)
    results = class_compliance(session, load_policy(None), datetime(2026, 12, 10, 10, tzinfo=TZ))
    columns = _columns(results)
    months = [period for rule, period in columns if rule == "dorm_visit_monthly"]
    assert months == ["2026-09", "2026-10", "2026-11", "2026-12"]
    assert len(columns) > len(results[0].report.rules)
    assert render_status_grid(results, "zh").startswith(b"\x89PNG")
