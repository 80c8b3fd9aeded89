"""The semester workbook (both databases), the status picture, and the CLI end to end."""

from __future__ import annotations

import io
import struct
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from bot.cli import app
from bot.documents.status_grid import render_status_grid
from bot.documents.workbook import write_semester_workbook
from reminders.jobs.status import class_compliance
from reminders.policy import load_policy
from storage.db import make_engine
from storage.errors import NotFound
from storage.forms import save_plan, submit_month_form
from tests.documents.helpers import Parsed, log, seed
from tests.documents.test_forms import november

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 30, 20, 0, tzinfo=TZ)


def _rows(path: Path, sheet: int) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.worksheets[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


def test_workbook_figures_match_the_records(session: Session, tmp_path: Path) -> None:
    world = seed(session)
    november(session, world)
    log(
        session,
        world.zhang,
        world.math1,
        "11月20日深入宿舍3号楼",
        Parsed("dorm_visit", date(2026, 11, 20), location="3号楼"),
    )
    # Outside the semester: on neither sheet.
    log(session, world.zhang, world.math1, "暑假家访", Parsed("parent_contact", date(2026, 8, 1)))
    # Handed in before the moment judged (AT): documents count from when they were submitted.
    handed_in = datetime(2026, 11, 2, 2, 0, tzinfo=TZ)
    submit_month_form(session, world.math1, world.zhang, "2026-10", None, handed_in, TZ)
    save_plan(session, world.math1, world.zhang, world.autumn, "计划", handed_in)
    session.commit()
    out = tmp_path / "semester.xlsx"

    summary = write_semester_workbook(session, load_policy(None), "2026-2027-1", out, TZ, now=AT)

    assert (summary.classes, summary.activities) == (3, 9)
    sheet = _rows(out, 0)
    header, body = sheet[0], {row[0]: dict(zip(sheet[0], row, strict=True)) for row in sheet[1:]}
    assert set(body) == {
        "数学与应用数学2023-1班",
        "数学与应用数学2023-2班",
        "信息与计算科学2024-1班",
    }
    assert "优秀" not in header and "称职" not in "".join(map(str, header))
    math1 = body["数学与应用数学2023-1班"]
    # cohort 2023 is in its fourth year in this semester: 班导师
    assert (math1["班主任（班导师）"], math1["辅导员"]) == ("张老师（班导师）", "李辅导员")
    assert math1["每月深入宿舍"] == "1/3"  # November only, of September to November
    assert (
        math1["每月深入宿舍·依据"]
        == "11-03 深入宿舍 9号楼；11-20 深入宿舍 3号楼；未完成：2026-09, 2026-10"
    )
    assert math1["每月班会"] == "2/3"
    assert math1["每学期主题班会"] == "1/2"
    assert math1["每学期联系家长"] == "3/5"
    assert math1["每学期联系家长·依据"] == "11-10 联系家长 3 人次"
    assert math1["每学期工作学时"] == "8.75/30"
    assert "深入宿舍 2次 2学时" in math1["每学期工作学时·依据"]
    assert math1["学期工作计划"] == "是"
    assert math1["月度工作记录表"] == "1/3"
    assert "2026-10 第1版" in math1["月度工作记录表·依据"]
    # The plan was due on 6 September: there, but marked late.
    assert "迟交" in math1["学期工作计划·依据"]
    math2 = body["数学与应用数学2023-2班"]
    assert math2["每月深入宿舍·依据"].startswith("11-06 深入宿舍 3号楼")
    assert math2["学期工作计划"] == "否"
    assert math2["每学期工作学时"] == "1/30"

    activities = _rows(out, 1)
    assert len(activities) == 1 + 9
    by_class: dict[object, float] = {}
    for row in activities[1:]:
        by_class[row[1]] = by_class.get(row[1], 0) + float(row[6])  # type: ignore[arg-type]
    assert by_class["数学与应用数学2023-1班"] == pytest.approx(8.75)
    dorm = [r for r in activities if r[7] == "9号楼"][0]
    assert (dorm[2], dorm[3], dorm[9]) == ("张老师", "深入宿舍", "张三、李四")


def test_workbook_unknown_semester(session: Session, tmp_path: Path) -> None:
    seed(session)
    with pytest.raises(NotFound):
        write_semester_workbook(session, load_policy(None), "1999-1", tmp_path / "x.xlsx", TZ)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_status_grid_is_a_png_that_grows_with_the_classes(session: Session) -> None:
    world = seed(session)
    november(session, world)
    policy = load_policy(None)
    results = class_compliance(session, policy, AT)
    assert len(results) == 3
    width, small = _png_size(render_status_grid(results[:1], "zh"))
    _, large = _png_size(render_status_grid(results, "zh"))
    assert width > 0 and large > small
    _, english = _png_size(render_status_grid(results, "en"))
    assert english == large

    from matplotlib import image

    decoded = image.imread(io.BytesIO(render_status_grid(results, "en")), format="png")
    assert decoded.shape[0] == large


def test_status_grid_without_classes(session: Session) -> None:
    assert _png_size(render_status_grid([], "zh"))[1] > 0


def test_cli_form_and_semester_export(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        world = seed(session)
        november(session, world)
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.delenv("ADVISORBOT_CONFIG", raising=False)
    monkeypatch.delenv("ADVISORBOT_LANGUAGE", raising=False)
    monkeypatch.chdir(tmp_path)
    from bot.cli import _register_all

    if not any(c.name == "form" for c in app.registered_commands):
        _register_all()
    runner = CliRunner()

    result = runner.invoke(app, ["form", "数学2023-1", "2026-11"])
    assert result.exit_code == 0, result.output
    made = tmp_path / "数学与应用数学2023-1班-2026-11.docx"
    doc = Document(str(made))
    text = "\n".join(c.text for table in doc.tables for row in table.rows for c in row.cells)
    assert "9号楼" in text and "考研动员" in text and "3 人次" in text

    out = tmp_path / "en.docx"
    result = runner.invoke(app, ["form", "信息与计算科学2024-1班", "2026-11", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "No records this month" in "\n".join(
        c.text for table in Document(str(out)).tables for row in table.rows for c in row.cells
    )

    for args in (["form", "没有这个班", "2026-11"], ["form", "数学2023-1", "2026-13"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert len(result.stderr.strip().splitlines()) == 1

    book = tmp_path / "s.xlsx"
    result = runner.invoke(
        app, ["export", "semester", "2026-2027-1", "--out", str(book), "--at", "2026-11-30"]
    )
    assert result.exit_code == 0, result.output
    assert len(_rows(book, 1)) == 1 + 8
    result = runner.invoke(app, ["export", "semester", "2030-2031-9", "--out", str(book)])
    assert result.exit_code == 2 and "2030-2031-9" in result.stderr
