"""`status --json`: document entries carry the review state of what was handed in."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from reminders.policy import load_policy
from storage import forms
from storage.db import make_engine, upgrade
from storage.directory import add_semester, find_class
from storage.models import Person
from storage.roster import import_roster, parse_roster
from tests.cli.test_cli import ROSTER, cli

TZ = ZoneInfo("Asia/Shanghai")


def test_status_json_document_entries_carry_the_review(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    now = datetime(2026, 12, 2, 10, tzinfo=TZ)
    with Session(engine) as session:
        import_roster(session, parse_roster(ROSTER), now)
        semester = add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
        school_class = find_class(session, "数学与应用数学2023-1班")
        advisor = session.scalar(select(Person).where(Person.name == "张老师"))
        counselor = session.scalar(select(Person).where(Person.name == "李辅导员"))
        assert advisor is not None and counselor is not None
        policy = load_policy(None)
        form = forms.submit_month_form(
            session, school_class, advisor, "2026-11", None, now, TZ, policy=policy
        )
        plan = forms.save_plan(session, school_class, advisor, semester, "计划", now)
        forms.review_document(session, counselor, forms.MONTHLY_FORM, form.id, "returned", now)
        session.commit()
        del plan
    engine.dispose()
    result = cli(sqlite_url, "status", "数学2023-1", "--at", "2026-12-03T10:00:00+08:00", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    entries = status["rules"] + status.get("history", [])
    by_key = {(e["rule"], e["period"]): e for e in entries}
    assert by_key[("semester_plan", "2026-2027-1")]["review"] == "submitted"
    # within its grace days November's form is the current period of the rule
    assert by_key[("monthly_form", "2026-11")]["review"] == "returned"
    # a closed month in `history` never handed in: null
    assert by_key[("monthly_form", "2026-10")]["review"] is None
    assert all("review" not in e for e in entries if e["rule"] == "dorm_visit_monthly")


def test_status_text_names_the_review(sqlite_url: str) -> None:
    test_status_json_document_entries_carry_the_review(sqlite_url)
    result = cli(sqlite_url, "status", "数学2023-1", "--at", "2026-12-03T10:00:00+08:00")
    assert result.returncode == 0, result.stderr
    assert " · returned, awaiting resubmission" in result.stdout
    assert " · awaiting review" in result.stdout
