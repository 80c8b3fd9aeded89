"""The monthly form: drafting from records, versions, permissions and the .docx (both databases)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.documents.form_docx import render_month_form
from bot.i18n import t
from storage.errors import InputError
from storage.forms import (
    MonthlyForm,
    NotAllowed,
    can_draft_form,
    current_plan,
    draft_month_form,
    latest_submission,
    save_plan,
    submissions,
    submit_month_form,
    submitted_form,
)
from storage.models import FormSubmission, Person
from tests.documents.helpers import Parsed, World, log, seed

TZ = ZoneInfo("Asia/Shanghai")
SUBMIT_1 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
SUBMIT_2 = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def november(session: Session, world: World) -> None:
    """A month of Zhang's work for 数学2023-1, plus records that must stay off the form."""
    log(
        session,
        world.zhang,
        world.math1,
        "11月5日晚7点在西区二教301开主题班会，主题考研动员，1.5小时",
        Parsed(
            "theme_meeting",
            date(2026, 11, 5),
            time(19, 0),
            "西区二教301",
            "考研动员",
            hours=1.5,
        ),
    )
    log(
        session,
        world.zhang,
        world.math1,
        "11月12日班会，布置期中考试",
        Parsed("class_meeting", date(2026, 11, 12), topic="期中考试安排"),
    )
    log(
        session,
        world.zhang,
        world.math1,
        "11月9日听了高数课",
        Parsed("classroom_visit", date(2026, 11, 9), topic="高等数学听课"),
    )
    log(
        session,
        world.zhang,
        world.math1,
        "11月3日去9号楼宿舍看了张三李四",
        Parsed("dorm_visit", date(2026, 11, 3), location="9号楼", students=["张三", "李四"]),
    )
    log(
        session,
        world.zhang,
        world.math1,
        "给3位家长打了电话",
        Parsed("parent_contact", date(2026, 11, 10), count=3),
    )
    log(
        session,
        world.zhang,
        world.math1,
        "和王五谈心",
        Parsed("student_talk", date(2026, 11, 18), students=["王五"]),
    )
    # September counts toward the semester's hours, not the month's.
    log(
        session,
        world.zhang,
        world.math1,
        "9月10日班会",
        Parsed("class_meeting", date(2026, 9, 10), hours=2.0),
    )
    # Another class's record is not on this form.
    log(
        session,
        world.wang,
        world.math2,
        "11月6日查寝",
        Parsed("dorm_visit", date(2026, 11, 6), location="3号楼"),
    )


def section(doc: object, label: str) -> Table:
    for table in doc.tables:  # type: ignore[attr-defined]
        if table.cell(0, 0).text.strip() == label:
            return table
    raise AssertionError(f"no section {label!r} in the form")


def section_text(doc: object, label: str) -> str:
    """The body column of a section, without the record sections' heading row."""
    table = section(doc, label)
    headings = {t(lang, "forms.column.record") for lang in ("zh", "en")}
    first = 1 if table.cell(0, 1).text in headings else 0
    return "\n".join(table.cell(i, 1).text for i in range(first, len(table.rows)))


def open_docx(data: bytes) -> object:
    assert data[:2] == b"PK"  # a .docx is a zip archive
    return Document(io.BytesIO(data))


def test_draft_puts_each_record_in_its_section(session: Session) -> None:
    world = seed(session)
    november(session, world)
    form = draft_month_form(session, world.math1, "2026-11", TZ, at=SUBMIT_1)

    assert form.class_name == "数学与应用数学2023-1班"
    assert form.advisor == "张老师"
    assert form.semester == "2026-2027-1"
    assert [(e.kind, e.date) for e in form.meetings] == [
        ("theme_meeting", "2026-11-05"),
        ("class_meeting", "2026-11-12"),
    ]
    assert [e.date for e in form.classroom_visits] == ["2026-11-09"]
    assert [(e.place, e.students) for e in form.dorm_visits] == [("9号楼", ("张三", "李四"))]
    assert [e.kind for e in form.other_work] == ["parent_contact", "student_talk"]
    assert form.parent_contacts == 3
    # 1.5 stated + 1 class meeting + 1 classroom + 1 dorm + 3 × 0.25 + 1 × 0.5
    assert form.hours_month == pytest.approx(5.75)
    assert form.hours_semester == pytest.approx(7.75)  # plus September's stated 2 h
    assert MonthlyForm.from_json(form.to_json()) == form


def test_docx_holds_every_record_totals_and_note(session: Session) -> None:
    world = seed(session)
    november(session, world)
    row = submit_month_form(
        session, world.math1, world.zhang, "2026-11", "期中考试后加强学风建设", SUBMIT_1, TZ
    )
    session.commit()
    form = submitted_form(row)
    doc = open_docx(render_month_form(form, "zh"))
    body = "\n".join(p.text for p in doc.paragraphs)  # type: ignore[attr-defined]

    assert "数学学院本科生班主任（班导师）工作任务书暨工作记录表" in body
    header = doc.tables[0]  # type: ignore[attr-defined]
    assert [c.text for c in header.rows[0].cells] == [
        "班级",
        "数学与应用数学2023-1班",
        "月份",
        "2026-11",
        "班导师",  # cohort 2023 is in its fourth year in November 2026
        "张老师",
    ]
    meetings = section_text(doc, "参加、指导班团会记录")
    assert "时间：2026-11-05 19:00" in meetings
    assert "地点：西区二教301" in meetings
    assert "主题：考研动员" in meetings
    assert "内容：11月5日晚7点在西区二教301开主题班会" in meetings
    assert "主题：期中考试安排" in meetings
    assert "高等数学听课" in section_text(doc, "深入教室")
    assert "11月3日" not in section_text(doc, "深入教室")
    dorm = section_text(doc, "深入宿舍")
    assert "2026-11-03" in dorm and "9号楼" in dorm and "张三、李四" in dorm
    assert "3号楼" not in dorm  # another class's visit
    other = section_text(doc, "其他工作")
    assert "联系家长" in other and "3 人次" in other
    assert "谈心谈话" in other and "王五" in other
    totals = section_text(doc, "合计")
    assert "联系家长（本月）：3 人次" in totals
    assert "本月工作学时：5.75 学时" in totals
    assert (
        "本学期累计学时（2026-2027-1，截至 2026-12-01 10:00，"
        "该班主任（班导师）所带全部班级合计）：7.75 学时"
    ) in totals
    assert "每月深入宿舍：1/1（2026-11）已完成" in totals  # the judge's rule lines
    assert "每学期联系家长：3/5（2026-2027-1）落后" in totals
    assert "月度工作记录表" not in totals  # the form does not judge itself
    notes = section_text(doc, "备注")
    assert "班导师说明：期中考试后加强学风建设" in notes
    for i in (1, 2, 3):
        assert t("zh", f"forms.note.standing_{i}") in notes
    assert "第1版" in body and t("zh", "forms.draft") not in body


def test_empty_month_is_a_valid_form_that_says_so(session: Session) -> None:
    world = seed(session)
    form = draft_month_form(session, world.math2, "2026-10", TZ)
    assert form.is_empty and form.hours_month == 0 and form.parent_contacts == 0
    doc = open_docx(render_month_form(form, "zh"))
    for label in ("参加、指导班团会记录", "深入教室", "深入宿舍", "其他工作"):
        assert section_text(doc, label) == "本月暂无记录"
    assert "本月工作学时：0 学时" in section_text(doc, "合计")
    assert "3、本表每月填写一份。" in section_text(doc, "备注")


def test_english_advisor_gets_english_labels(session: Session) -> None:
    world = seed(session)
    log(
        session,
        world.smith,
        world.info,
        "dorm visit building 7",
        Parsed("dorm_visit", date(2026, 11, 4), location="Building 7"),
    )
    form = draft_month_form(session, world.info, "2026-11", TZ)
    assert form.advisor == "Smith" and form.advisor_language == "en"
    doc = open_docx(render_month_form(form, "en"))
    text = "\n".join(p.text for p in doc.paragraphs)  # type: ignore[attr-defined]
    assert "Class Advisor (Mentor) Task Book and Work Record Form" in text
    assert [c.text for c in doc.tables[0].rows[0].cells][::2] == [
        "Class",
        "Month",
        "Mentor",
    ]  # year 3  # type: ignore[attr-defined]
    assert "Building 7" in section_text(doc, "Dorm visits")
    assert section_text(doc, "Classroom visits") == "No records this month"
    assert "Work hours this month: 1 h" in section_text(doc, "Totals")
    assert "3. One form is filled in each month." in section_text(doc, "Notes")
    assert "参加" not in text + section_text(doc, "Notes")


def test_resubmission_keeps_both_versions(session: Session) -> None:
    world = seed(session)
    november(session, world)
    first = submit_month_form(session, world.math1, world.zhang, "2026-11", "初稿", SUBMIT_1, TZ)
    session.commit()
    log(
        session,
        world.zhang,
        world.math1,
        "补记：11月20日深入宿舍3号楼",
        Parsed("dorm_visit", date(2026, 11, 20), location="3号楼"),
    )
    second = submit_month_form(
        session, world.math1, world.zhang, "2026-11", "补充宿舍记录", SUBMIT_2, TZ
    )
    session.commit()

    rows = session.scalars(
        select(FormSubmission)
        .where(FormSubmission.class_id == world.math1.id)
        .order_by(FormSubmission.version)
    ).all()
    assert [(r.version, r.note) for r in rows] == [(1, "初稿"), (2, "补充宿舍记录")]
    assert [r.id for r in submissions(session, world.math1.id, "2026-11")] == [first.id, second.id]
    latest = latest_submission(session, world.math1.id, "2026-11")
    assert latest is not None and latest.id == second.id
    # Each snapshot is the form as it stood when submitted.
    assert len(submitted_form(first).dorm_visits) == 1
    assert len(submitted_form(second).dorm_visits) == 2
    assert submitted_form(second).submitted_at == "2026-12-03T10:00:00+08:00"
    assert latest_submission(session, world.math1.id, "2026-10") is None


def test_permissions(session: Session) -> None:
    world = seed(session)
    admin = Person(name="学工办", is_admin=True, created_at=SUBMIT_1)
    session.add(admin)
    session.flush()
    assert can_draft_form(world.zhang, world.math1)
    assert not can_draft_form(world.wang, world.math1)
    assert not can_draft_form(world.counselor, world.math1)
    assert can_draft_form(admin, world.math1)
    with pytest.raises(NotAllowed):
        submit_month_form(session, world.math1, world.wang, "2026-11", None, SUBMIT_1, TZ)
    row = submit_month_form(session, world.math1, admin, "2026-11", None, SUBMIT_1, TZ)
    assert row.version == 1 and row.advisor_id == admin.id


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "11/2026", "", "2026-00", "abcd-ef"])
def test_bad_month_is_an_input_error(session: Session, month: str) -> None:
    world = seed(session)
    with pytest.raises(InputError):
        draft_month_form(session, world.math1, month, TZ)


def test_semester_plan_versions(session: Session) -> None:
    world = seed(session)
    assert current_plan(session, world.math1.id, world.autumn.id) is None
    save_plan(session, world.math1, world.zhang, world.autumn, "第一版计划", SUBMIT_1)
    save_plan(
        session,
        world.math1,
        world.zhang,
        world.autumn,
        "",
        SUBMIT_2,
        file_id="BQACAgUAAx",
        file_name="计划.docx",
    )
    session.commit()
    plan = current_plan(session, world.math1.id, world.autumn.id)
    assert plan is not None
    assert (plan.version, plan.file_name, plan.text) == (2, "计划.docx", "")
    with pytest.raises(InputError):
        save_plan(session, world.math1, world.zhang, world.autumn, "  ", SUBMIT_2)
    with pytest.raises(NotAllowed):
        save_plan(session, world.math1, world.wang, world.autumn, "x", SUBMIT_2)
