"""The academic year's assessment: one row per advisor, judged by the one judge, on SQLite and
PostgreSQL; the CLI refuses a year with no semester."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from bot.documents.assessment import academic_year_semesters, write_assessment_workbook
from reminders.jobs.status import load_calendar
from reminders.policy import load_policy
from storage.errors import NotFound
from tests.cli.test_cli import cli
from tests.documents.helpers import Parsed
from tests.reminders_sweep.test_judged_semester import TZ, Semester, local


def test_one_row_per_advisor_with_title_grade_and_opinions(
    session: Session, tmp_path: Path
) -> None:
    policy = load_policy(None)
    sim = Semester(session, policy)
    sim.diligent_work("勤老师", "勤奋2023-1班")
    sim.documents("勤老师", "勤奋2023-1班", late=False)
    for day in (5, 12, 19, 26):
        sim.log("勤老师", "勤奋2023-2班", Parsed("seminar", date(2026, 10, day), hours=2))
    # Year 4 (cohort 2023): two of its four duties served this year; year 2 (2025): one.
    sim.log(
        "勤老师", "勤奋2023-1班", Parsed("other", date(2026, 11, 2), duties=("career_guidance",))
    )
    sim.log(
        "勤老师", "勤奋2023-2班", Parsed("other", date(2026, 11, 3), duties=("counselor_assist",))
    )
    sim.log("勤老师", "勤奋2023-1班", Parsed("other", date(2026, 11, 4), duties=("graduation",)))
    sim.log(
        "迟老师", "迟交2025-1班", Parsed("other", date(2026, 11, 5), duties=("kaoyan_guidance",))
    )
    sim.diligent_work("迟老师", "迟交2025-1班")
    sim.documents("迟老师", "迟交2025-1班", late=True)
    # The counselor approves one form and returns another: the evidence sheet says so.
    from sqlalchemy import select

    from storage.forms import review_document
    from storage.models import FormSubmission, Person

    counselor = session.scalar(
        select(Person).where(Person.name == sim.cls("勤奋2023-1班").counselor.name)
    )
    assert counselor is not None
    forms = {
        f.month: f.id
        for f in session.scalars(
            select(FormSubmission).where(FormSubmission.class_id == sim.cls("勤奋2023-1班").id)
        )
    }
    review_document(
        session, counselor, "monthly_form", forms["2026-10"], "approved", local(2026, 11, 3)
    )
    review_document(
        session,
        counselor,
        "monthly_form",
        forms["2026-11"],
        "returned",
        local(2026, 12, 3),
        "补充家长联系",
    )
    session.commit()
    out = tmp_path / "year.xlsx"
    lazy_id = sim.people["懒老师"].id
    summary = write_assessment_workbook(
        session,
        policy,
        "2026-2027",
        out,
        TZ,
        now=local(2027, 2, 10),
        opinions={lazy_id: "学生反映很少见到班主任"},
    )
    assert (summary.semesters, summary.advisors) == (("2026-2027-1",), 3)

    book = load_workbook(out, read_only=True)
    sheets = [ws.title for ws in book.worksheets]
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    evidence = [tuple(r) for r in book.worksheets[1].iter_rows(values_only=True)]
    book.close()
    assert len(sheets) == 1 + 3  # the summary, then one evidence sheet per advisor
    header = rows[0]
    body = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(body) == {"勤老师", "懒老师", "迟老师"}
    diligent, lazy, late = body["勤老师"], body["懒老师"], body["迟老师"]
    # By cohort: 2023 and 2024 are years 4 and 3 (班导师), 2025 is year 2 (班主任).
    assert (diligent["称谓"], lazy["称谓"], late["称谓"]) == ("班导师", "班导师", "班主任")
    assert diligent["所带班级"] == "勤奋2023-1班、勤奋2023-2班"
    # Hours are the advisor's, counted once across both classes.
    hours = diligent["2026-2027-1 工作学时"]
    assert isinstance(hours, float | int) and 30 <= hours < 80
    assert diligent["2026-2027-1 每学期工作学时"] == "1/1"
    assert late["2026-2027-1 月度记录表（按时/迟交/缺交）"] == "0/5/0"
    assert diligent["2026-2027-1 月度记录表（按时/迟交/缺交）"] == "5/0/5"  # 2nd class: none
    assert lazy["2026-2027-1 学期计划（按时/迟交/缺交）"] == "0/0/1"
    assert "每月深入宿舍：懒散2024-1班 9月" in lazy["2026-2027-1 未完成"]
    assert lazy["建议等次（学院决定）"] == "建议：不称职"
    assert late["建议等次（学院决定）"].startswith("建议：")
    assert lazy["学生意见"] == "学生反映很少见到班主任"
    duties = "本学年工作职责（已做/应做）"
    assert diligent[duties] == "勤奋2023-1班 2/4；勤奋2023-2班 1/4"
    # A year-3 duty done in a year-2 class covers nothing of year 2.
    assert late[duties] == "迟交2025-1班 0/4" and lazy[duties] == "懒散2024-1班 0/4"
    assert diligent["学生意见"] in ("", None)
    assert evidence[0][0] == "班级" and len(evidence) > 20
    assert evidence[0][-1] == "审核"
    form_rows = {
        row[3]: row[-1]
        for row in evidence
        if row[0] == "勤奋2023-1班" and row[2] == "月度工作记录表"
    }
    assert (form_rows["2026-10"], form_rows["2026-11"]) == ("已审核通过", "已退回，待重交")
    assert form_rows["2026-09"] == "待审核"


def test_a_year_with_no_semester(session: Session, sqlite_url: str, tmp_path: Path) -> None:
    policy = load_policy(None)
    Semester(session, policy)
    calendar = load_calendar(session, policy)
    with pytest.raises(NotFound):
        academic_year_semesters(calendar, "2030-2031")
    with pytest.raises(NotFound):
        academic_year_semesters(calendar, "2026")


def test_cli_refuses_a_year_with_no_semester_in_one_line(sqlite_url: str, tmp_path: Path) -> None:
    result = cli(sqlite_url, "export", "assessment", "2030-2031", "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "2030-2031" in result.stderr
