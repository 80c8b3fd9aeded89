"""Exports people open in Excel: BOM, local names and times, hours that add up, no formulas."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from bot.documents.xlsx_stream import StreamingWorkbook
from storage.activities import Source, record
from storage.db import make_engine
from storage.directory import find_class, person_by_name
from tests.cli.test_cli import ROSTER, cli
from tests.storage.test_storage import NOW, Parsed

FORMULA = '=HYPERLINK("http://example.invalid","x")'
AT = "2026-11-23T20:00:00+08:00"


@pytest.fixture
def recorded(db_url: str, tmp_path: Path) -> str:
    """Two classes' roster, a semester, and activities with stated and default hours."""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert cli(db_url, "roster", "import", str(roster)).returncode == 0
    assert cli(db_url, "semester", "add", "2026-2027-1", "2026-09-07", "2027-01-17").returncode == 0
    engine = make_engine(db_url)
    with Session(engine) as session:
        advisor = person_by_name(session, "张老师")
        klass = find_class(session, "数学2023-1")
        day = NOW.date()
        notes = [
            [Parsed("dorm_visit", day, location="9号楼")],  # default 1.0 h
            [Parsed("parent_contact", day.replace(day=2), count=3)],  # default 3 x 0.25 h
            [Parsed("class_meeting", day.replace(day=5), hours=1.5, topic=FORMULA)],
            [Parsed("student_talk", day.replace(day=6), count=2, hours=0.75, location="+86")],
            [Parsed("seminar", day.replace(day=9), students=["-张三", "@李四"])],
        ]
        for message_id, parsed in enumerate(notes, start=1):
            record(session.connection(), advisor, klass, Source(1, message_id, "x"), parsed, NOW)
        session.commit()
    engine.dispose()
    return db_url


def _csv_rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_has_bom_local_names_and_hours_that_add_up_to_status(
    recorded: str, tmp_path: Path
) -> None:
    out = tmp_path / "a.csv"
    result = cli(recorded, "export", "activities", "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    header, *rows = _csv_rows(out.read_bytes())
    assert header[:6] == ["id", "class", "advisor", "kind", "kind code", "date"]
    col = {name: header.index(name) for name in header}
    dorm = next(r for r in rows if r[col["kind code"]] == "dorm_visit")
    assert dorm[col["kind"]] == "dorm visit"
    # recorded_at is shown in the college's zone: 12:00 UTC is 20:00 in Shanghai.
    assert dorm[col["recorded at"]] == "2026-11-23 20:00:00"
    by_kind = {r[col["kind code"]]: r for r in rows}
    assert by_kind["dorm_visit"][col["hours counted"]] == "1.0"
    assert by_kind["parent_contact"][col["hours counted"]] == "0.75"
    assert by_kind["dorm_visit"][col["default duration"]].startswith("yes")
    assert by_kind["class_meeting"][col["default duration"]] == "no"

    status = json.loads(cli(recorded, "status", "数学2023-1", "--at", AT, "--json").stdout)
    hours_rule = next(r for r in status["rules"] if r["rule"] == "hours_semester")
    total = sum(float(r[col["hours counted"]]) for r in rows)
    assert round(total, 2) == hours_rule["done"] == 1.0 + 0.75 + 1.5 + 0.75 + 2.0


def test_csv_in_chinese_names_the_kind_beside_its_code(recorded: str) -> None:
    result = cli(
        recorded, "export", "activities", "--format", "csv", env={"ADVISORBOT_LANGUAGE": "zh"}
    )
    header, *rows = _csv_rows(result.stdout.encode("utf-8"))
    assert header[3:5] == ["类型", "类型代码"]
    assert ["深入宿舍", "dorm_visit"] in [r[3:5] for r in rows]


def test_no_export_cell_is_a_live_formula(recorded: str, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    cli(recorded, "export", "activities", "--format", "csv", "--out", str(out))
    cells = {c for row in _csv_rows(out.read_bytes()) for c in row}
    assert "'" + FORMULA in cells and "'+86" in cells and "'-张三、@李四" in cells
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)

    book_path = tmp_path / "a.xlsx"
    assert (
        cli(
            recorded, "export", "activities", "--format", "xlsx", "--out", str(book_path)
        ).returncode
        == 0
    )
    sheet = load_workbook(book_path).active
    assert sheet is not None
    values = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert values[FORMULA].data_type == "s" and values[FORMULA].quotePrefix
    assert values["+86"].data_type == "s"

    lines = cli(recorded, "export", "activities").stdout.splitlines()
    topics = [json.loads(line)["topic"] for line in lines]
    assert FORMULA in topics  # jsonl is data for programs: the text as it was written

    semester_book = tmp_path / "s.xlsx"
    result = cli(
        recorded, "export", "semester", "2026-2027-1", "--out", str(semester_book), "--at", AT
    )
    assert result.returncode == 0, result.stderr
    semester = load_workbook(semester_book)
    found = [
        c
        for ws in semester.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))
    ]
    assert found and all(c.data_type == "s" and c.quotePrefix for c in found)


def test_streaming_writer_marks_formula_text_quoted(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    with StreamingWorkbook(path) as book, book.sheet("s") as sheet:
        sheet.append(["topic"], header=True)
        sheet.append([FORMULA, "@x", "\tx", "plain", -3])
    cells = list(load_workbook(path).active.iter_rows(min_row=2, values_only=False))[0]  # type: ignore[union-attr]
    assert [c.value for c in cells[:4]] == [FORMULA, "@x", "\tx", "plain"]
    assert [c.quotePrefix for c in cells[:4]] == [True, True, True, False]
    assert cells[4].value == -3 and cells[4].data_type == "n"


def test_roster_names_that_are_formulas_are_refused(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(ROSTER.replace("王老师", '=cmd|"/c calc"!A1'), encoding="utf-8")
    result = cli(sqlite_url, "roster", "import", str(bad))
    assert result.returncode == 2 and "formula" in result.stderr
    assert json.loads(cli(sqlite_url, "status", "--json").stdout) == []
