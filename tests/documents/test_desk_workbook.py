"""The semester workbook shows each document's review (审核) state beside its version."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from bot.documents.workbook import write_semester_workbook
from reminders.policy import load_policy
from storage.forms import APPROVED, MONTHLY_FORM, review_document, save_plan, submit_month_form
from tests.documents.helpers import seed
from tests.documents.test_forms import SUBMIT_1
from tests.documents.test_workbook_and_grid import AT, TZ, _rows


def test_workbook_evidence_names_the_review_state(session: Session, tmp_path: Path) -> None:
    world = seed(session)
    form = submit_month_form(session, world.math1, world.zhang, "2026-10", None, SUBMIT_1, TZ)
    save_plan(session, world.math1, world.zhang, world.autumn, "计划", SUBMIT_1)
    review_document(session, world.counselor, MONTHLY_FORM, form.id, APPROVED, SUBMIT_1)
    session.commit()
    out = tmp_path / "semester.xlsx"
    write_semester_workbook(session, load_policy(None), "2026-2027-1", out, TZ, now=AT)
    sheet = _rows(out, 0)
    body = {row[0]: dict(zip(sheet[0], row, strict=True)) for row in sheet[1:]}
    math1 = body["数学与应用数学2023-1班"]
    assert "2026-10 第1版 · 已审核通过" in math1["月度工作记录表·依据"]
    assert math1["学期工作计划·依据"] == "2026-2027-1 第1版 · 待审核"
