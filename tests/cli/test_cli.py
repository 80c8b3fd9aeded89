"""The command line end to end, as a subprocess on a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,1001,李辅导员,@li_fdy
信息与计算科学2024-1班,2024,信息与计算科学,王老师,,李辅导员,@li_fdy
"""
STATES = {"met", "on_track", "behind", "missed"}


def cli(
    db_url: str,
    *args: str,
    stdin: str | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    extra = env or {}
    env = {**os.environ, "DATABASE_URL": db_url, "ADVISORBOT_LANGUAGE": "en"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text("\ufeff" + ROSTER, encoding="utf-8")  # with a BOM, as Excel writes it
    return path


def test_roster_semester_status_end_to_end(db_url: str, roster: Path, tmp_path: Path) -> None:
    first = cli(db_url, "roster", "import", str(roster))
    assert first.returncode == 0, first.stderr
    assert "classes added 2" in first.stdout and "people added 3" in first.stdout
    again = cli(db_url, "roster", "import", str(roster))
    assert "classes added 0, changed 0" in again.stdout and "2 classes unchanged" in again.stdout
    changed = tmp_path / "changed.csv"
    changed.write_text(ROSTER.replace("王老师,,", "赵老师,,"), encoding="utf-8")
    third = cli(db_url, "roster", "import", str(changed))
    assert "changed 1" in third.stdout and "信息与计算科学2024-1班" in third.stdout

    assert cli(db_url, "semester", "add", "2026-2027-1", "2026-09-07", "2027-01-17").returncode == 0
    result = cli(db_url, "status", "数学2023-1", "--at", "2026-11-23T20:00:00+08:00", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["class"] == "数学与应用数学2023-1班" and status["advisor"] == "张老师"
    assert status["at"] == "2026-11-23T20:00:00+08:00" and status["semester"] == "2026-2027-1"
    by_rule = {r["rule"]: r for r in status["rules"]}
    assert set(by_rule) == {
        "classroom_visit_fortnightly",
        "dorm_visit_monthly",
        "class_meeting_monthly",
        "theme_meeting_semester",
        "parent_contact_semester",
        "hours_semester",
        "semester_plan",
        "monthly_form",
    }
    for rule in status["rules"]:
        # Documents add their review state (an addition to the contract's keys).
        extra = {"review"} if rule["rule"] in ("semester_plan", "monthly_form") else set()
        assert set(rule) == {"rule", "period", "done", "required", "due", "state"} | extra
        assert rule["state"] in STATES
    assert by_rule["dorm_visit_monthly"] == {
        "rule": "dorm_visit_monthly",
        "period": "2026-11",
        "done": 0,
        "required": 1,
        "due": "2026-11-30",
        "state": "on_track",
    }
    every = json.loads(cli(db_url, "status", "--json", "--at", "2026-11-23").stdout)
    assert [s["class"] for s in every] == ["信息与计算科学2024-1班", "数学与应用数学2023-1班"]
    assert every[0]["advisor"] == "赵老师"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("semester", "add", "s", "2026-13-01", "2027-01-17"), "is not a date"),
        (("semester", "add", "s", "2027-01-17", "2026-09-07"), "before the start"),
        (("status", "no-such-class"), "No class called"),
        (("status", "--at", "yesterday"), "not an ISO date"),
        (("invite", "Nobody"), "nobody called"),
        (("export", "activities", "--format", "pdf"), "not one of"),
        (
            ("export", "activities", "--since", "2026-12-01", "--until", "2026-11-01"),
            "before --since",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    sqlite_url: str, args: tuple[str, ...], message: str
) -> None:
    result = cli(sqlite_url, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_roster_changes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    duplicate = tmp_path / "dup.csv"
    duplicate.write_text(ROSTER + "数学与应用数学2023-1班,2023,x,y,,z,\n", encoding="utf-8")
    result = cli(sqlite_url, "roster", "import", str(duplicate))
    assert result.returncode == 2 and "listed twice" in result.stderr
    missing = tmp_path / "missing.csv"
    missing.write_text("class,cohort\nA,2023\n", encoding="utf-8")
    result = cli(sqlite_url, "roster", "import", str(missing))
    assert result.returncode == 2 and "missing column" in result.stderr
    listing = json.loads(cli(sqlite_url, "status", "--json").stdout)
    assert listing == []


def test_export_activities_formats(sqlite_url: str, roster: Path, tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from storage.activities import Source, record
    from storage.db import make_engine
    from storage.directory import find_class, person_by_name
    from tests.storage.test_storage import NOW, Parsed

    cli(sqlite_url, "roster", "import", str(roster))
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        advisor = person_by_name(session, "张老师")
        klass = find_class(session, "数学2023-1")
        record(
            session.connection(),
            advisor,
            klass,
            Source(1, 1, "x"),
            [Parsed("dorm_visit", NOW.date(), location="9号楼")],
            NOW,
        )
        record(
            session.connection(),
            advisor,
            klass,
            Source(1, 2, "y"),
            [Parsed("parent_contact", NOW.date().replace(day=1), count=3)],
            NOW,
        )
        session.commit()
    engine.dispose()
    lines = cli(sqlite_url, "export", "activities").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["kind"] for r in rows] == ["parent_contact", "dorm_visit"]
    assert set(rows[0]) == {
        "id",
        "class",
        "advisor",
        "kind",
        "date",
        "count",
        "hours",
        "location",
        "topic",
        "students",
        "recorded_at",
        "source",
        "duties",
    }
    assert rows[0]["count"] == 3 and rows[1]["location"] == "9号楼"
    assert rows[0]["duties"] == []  # recorded without duty codes
    since = cli(sqlite_url, "export", "activities", "--since", "2026-11-10").stdout.splitlines()
    assert len(since) == 1
    csv_text = cli(sqlite_url, "export", "activities", "--format", "csv").stdout
    assert csv_text.splitlines()[0].startswith("\ufeffid,class,advisor,kind,kind code,date")
    out = tmp_path / "a.xlsx"
    assert (
        cli(sqlite_url, "export", "activities", "--format", "xlsx", "--out", str(out)).returncode
        == 0
    )
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == 3


def test_run_without_token_says_how_to_get_one(sqlite_url: str) -> None:
    result = cli(sqlite_url, "run")
    assert result.returncode == 2 and "@BotFather" in result.stderr


def test_console_records_and_undoes(sqlite_url: str, tmp_path: Path) -> None:
    result = cli(
        sqlite_url,
        "console",
        "--as",
        "Chen Wei",
        stdin="/lang en\nwent to the dorms in building 3 today\n!1\n!quit\n",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Recorded (统计学2022-1班)" in result.stdout
    assert "Undone:" in result.stdout
