"""The monthly form as the college files it: A4, a fixed grid, the signature block, the
regulation's title, 班主任 or 班导师 by the class's year, duties, and the filed version."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Length
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from bot.documents.form_docx import HEADER_GRID, SECTION_GRID, SIGNATURE_GRID, render_month_form
from bot.i18n import t
from storage.db import make_engine
from storage.forms import draft_month_form, submit_month_form, submitted_form
from tests.documents.helpers import World, log, seed

TZ = ZoneInfo("Asia/Shanghai")
SUBMIT_1 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
SUBMIT_2 = datetime(2026, 12, 3, 2, 30, tzinfo=UTC)
REGULATION_TITLE = "数学学院本科生班主任（班导师）工作任务书暨工作记录表"


@dataclass
class Tagged:
    """A parsed activity as the parser engineer's ParsedActivity will carry it: with duties."""

    kind: str
    date: date
    time: None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: list[str] = field(default_factory=list)
    duties: tuple[str, ...] = ()


def _november(session: Session, world: World) -> None:
    log(
        session,
        world.zhang,
        world.math1,
        "带大三同学做考研经验分享",
        Tagged("student_activity", date(2026, 11, 10), duties=("kaoyan_guidance",)),
    )
    log(session, world.zhang, world.math1, "今天查寝", Tagged("dorm_visit", date(2026, 11, 11)))


def _open(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


def _grid(table) -> list[int]:  # type: ignore[no-untyped-def]
    return [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def _all_text(doc) -> str:  # type: ignore[no-untyped-def]
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_submitted_form_is_a4_with_fixed_grid_signatures_title_and_version(
    session: Session,
) -> None:
    world = seed(session)
    _november(session, world)
    submit_month_form(session, world.math1, world.zhang, "2026-11", None, SUBMIT_1, TZ)
    row = submit_month_form(session, world.math1, world.zhang, "2026-11", "补充", SUBMIT_2, TZ)
    session.commit()
    doc = _open(render_month_form(submitted_form(row), "zh"))

    page = doc.sections[0]
    # A4 in Word's own unit (twentieths of a point): 11906 x 16838.
    assert (page.page_width.twips, page.page_height.twips) == (11906, 16838)
    text_width = Length(page.page_width - page.left_margin - page.right_margin).twips
    for table in doc.tables:
        grid = _grid(table)
        # The grid fills the text block exactly and the layout is fixed, so neither Word
        # nor LibreOffice re-flows the columns to their content.
        assert sum(grid) == pytest.approx(text_width, abs=len(grid))
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None and layout.get(qn("w:type")) == "fixed"
        for row_ in table.rows:  # each cell as wide as the grid columns it spans
            column = 0
            for tc in row_._tr.tc_lst:
                assert Length(tc.width).twips == sum(grid[column : column + tc.grid_span])
                column += tc.grid_span
            assert column == len(grid)
    assert _grid(doc.tables[0]) == [w.twips for w in HEADER_GRID]
    assert _grid(doc.tables[1]) == [w.twips for w in SECTION_GRID]
    assert _grid(doc.tables[-1]) == [w.twips for w in SIGNATURE_GRID]

    body = "\n".join(p.text for p in doc.paragraphs)
    assert REGULATION_TITLE in body
    assert "第2版，提交于 2026-12-03T10:30:00+08:00" in body
    assert t("zh", "forms.draft") not in _all_text(doc)

    signature = doc.tables[-1]
    assert signature.cell(0, 0).text == "班导师签字："  # cohort 2023: year 4 in November 2026
    assert signature.cell(1, 0).text == "辅导员审核（签字）："
    assert signature.cell(0, 2).text == signature.cell(1, 2).text == "日期："
    assert signature.cell(0, 1).text == signature.cell(0, 3).text == ""  # room to sign


def test_the_title_follows_the_class_year_and_duties_have_a_column(session: Session) -> None:
    world = seed(session)
    _november(session, world)
    session.commit()
    # 信息与计算科学2024-1班 is in year 2 until 31 August 2026, year 3 from 1 September.
    august = draft_month_form(session, world.info, "2026-08", TZ)
    september = draft_month_form(session, world.info, "2026-09", TZ)
    assert (august.year_of_study, september.year_of_study) == (2, 3)
    assert _open(render_month_form(august, "zh")).tables[0].cell(0, 4).text == "班主任"
    assert _open(render_month_form(september, "zh")).tables[0].cell(0, 4).text == "班导师"
    assert _open(render_month_form(september, "en")).tables[0].cell(0, 4).text == "Mentor"

    form = draft_month_form(session, world.math1, "2026-11", TZ)
    doc = _open(render_month_form(form, "zh"))
    other = next(tb for tb in doc.tables if tb.cell(0, 0).text == "其他工作")
    assert [other.cell(0, 1).text, other.cell(0, 2).text] == ["记录", "对应工作职责"]
    assert other.cell(1, 2).text == "考研指导"
    assert t("zh", "forms.draft") in _all_text(doc)


def test_cli_form_prints_the_filed_version_and_draft_on_request(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        world = seed(session)
        _november(session, world)
        submit_month_form(session, world.math1, world.zhang, "2026-11", "已提交", SUBMIT_1, TZ)
        session.commit()
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("ADVISORBOT_LANGUAGE", "zh")
    monkeypatch.delenv("ADVISORBOT_CONFIG", raising=False)
    from bot.cli import _register_all, app

    if not any(c.name == "form" for c in app.registered_commands):
        _register_all()
    runner = CliRunner()
    filed, fresh = tmp_path / "filed.docx", tmp_path / "draft.docx"

    result = runner.invoke(app, ["form", "数学2023-1", "2026-11", "--out", str(filed)])
    assert result.exit_code == 0, result.output
    assert "第1版" in result.stderr
    text = _all_text(Document(str(filed)))
    assert "第1版，提交于 2026-12-01T10:00:00+08:00" in text and "已提交" in text
    assert t("zh", "forms.draft") not in text

    result = runner.invoke(app, ["form", "数学2023-1", "2026-11", "--draft", "--out", str(fresh)])
    assert result.exit_code == 0, result.output
    text = _all_text(Document(str(fresh)))
    assert t("zh", "forms.draft") in text and "第1版" not in text


def test_the_title_by_cohort_turns_on_1_september() -> None:
    from bot.titles import advisor_title

    assert advisor_title("zh", 2024, date(2026, 8, 31)) == "班主任"  # year 2
    assert advisor_title("zh", 2024, date(2026, 9, 1)) == "班导师"  # year 3
    assert advisor_title("en", 2026, date(2026, 9, 1)) == "class advisor"  # year 1
    assert advisor_title("en", 2023, date(2026, 9, 1)) == "mentor"  # year 4
    assert advisor_title("zh", None, date(2026, 9, 1)) == "班主任（班导师）"
