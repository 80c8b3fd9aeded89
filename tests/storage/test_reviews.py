"""Reviews of submitted forms and plans, the desk's nudge ledger rows and the month's zip, on
a real database (SQLite, and PostgreSQL where reachable)."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from docx import Document
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from bot import desk
from reminders.policy import load_policy, policy_from_overrides
from storage import forms
from storage.db import alembic_config, upgrade
from storage.directory import add_semester, find_class
from storage.models import Person, ReminderLedger
from storage.roster import import_roster, parse_roster

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,1001,李辅导员,2001
数学与应用数学2023-2班,2023,数学与应用数学,王老师,1002,李辅导员,2001
统计学2022-1班,2022,统计学,陈老师,1003,赵辅导员,2002
"""
POLICY = load_policy(None)


def never_rest(_day: object) -> bool:
    return False


def person(session: Session, name: str) -> Person:
    found = session.scalar(select(Person).where(Person.name == name))
    assert found is not None
    return found


@pytest.fixture
def world(session: Session) -> Session:
    import_roster(session, parse_roster(ROSTER), NOW)
    add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
    session.commit()
    return session


def submit(session: Session, class_name: str, advisor: str, at: datetime) -> int:
    school_class = find_class(session, class_name)
    row = forms.submit_month_form(
        session, school_class, person(session, advisor), "2026-11", None, at, TZ, policy=POLICY
    )
    session.commit()
    return row.id


def test_migration_0004_creates_and_drops_the_review_tables(engine: Engine) -> None:
    upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"document_reviews", "pending_review_comments"} <= tables
    command.downgrade(alembic_config(engine), "0001")
    tables = set(inspect(engine).get_table_names())
    assert "document_reviews" not in tables and "pending_review_comments" not in tables
    upgrade(engine)
    assert "document_reviews" in set(inspect(engine).get_table_names())


def test_review_states_per_version(world: Session) -> None:
    session = world
    li, zhao = person(session, "李辅导员"), person(session, "赵辅导员")
    v1 = submit(session, "数学与应用数学2023-1班", "张老师", NOW)
    assert forms.review_state(session, forms.MONTHLY_FORM, v1) == forms.SUBMITTED
    # another counselor, and the advisor themselves, may not review
    for someone in (zhao, person(session, "张老师")):
        with pytest.raises(forms.NotAllowed):
            forms.review_document(session, someone, forms.MONTHLY_FORM, v1, forms.APPROVED, NOW)
    forms.review_document(
        session, li, forms.MONTHLY_FORM, v1, forms.RETURNED, NOW, " 补充班会记录 "
    )
    session.commit()
    [review] = forms.reviews(session, forms.MONTHLY_FORM, [v1]).values()
    assert (review.state, review.reviewer, review.comment) == (
        "returned",
        "李辅导员",
        "补充班会记录",
    )
    # the resubmission is a new version, submitted; the returned one can no longer be reviewed
    v2 = submit(session, "数学与应用数学2023-1班", "张老师", NOW + timedelta(hours=1))
    assert forms.review_state(session, forms.MONTHLY_FORM, v2) == forms.SUBMITTED
    with pytest.raises(forms.NotLatest):
        forms.review_document(session, li, forms.MONTHLY_FORM, v1, forms.APPROVED, NOW)
    forms.review_document(session, li, forms.MONTHLY_FORM, v2, forms.APPROVED, NOW)
    # reviewing again replaces the decision on that version (one row per version)
    forms.review_document(session, li, forms.MONTHLY_FORM, v2, forms.APPROVED, NOW)
    session.commit()
    klass = find_class(session, "数学与应用数学2023-1班")
    assert forms.latest_document_reviews(session, [klass.id]) == {
        klass.id: {("monthly_form", "2026-11"): (2, "approved")}
    }
    assert forms.review_state(session, forms.MONTHLY_FORM, v1) == forms.RETURNED


def test_return_comment_question_is_taken_once(world: Session) -> None:
    session = world
    li = person(session, "李辅导员")
    v1 = submit(session, "数学与应用数学2023-1班", "张老师", NOW)
    forms.ask_return_comment(session, li.id, forms.MONTHLY_FORM, v1, NOW)
    session.commit()
    assert forms.take_return_comment(session, li.id, NOW) == (forms.MONTHLY_FORM, v1)
    session.commit()
    assert forms.take_return_comment(session, li.id, NOW) is None
    # a question a day old is forgotten rather than taking an unrelated text as the comment
    forms.ask_return_comment(session, li.id, forms.MONTHLY_FORM, v1, NOW)
    assert forms.take_return_comment(session, li.id, NOW + timedelta(hours=25)) is None
    assert forms.take_return_comment(session, li.id, NOW) is None


def test_overview_default_month_and_late(world: Session) -> None:
    session = world
    li = person(session, "李辅导员")
    assert desk.default_month(date(2026, 12, 5), POLICY) == "2026-11"
    assert desk.default_month(date(2026, 12, 6), POLICY) == "2026-12"
    # the grace days come from the policy, not a constant
    strict = policy_from_overrides({"rules": {"monthly_form": {"grace_days": 1}}})
    assert desk.default_month(date(2026, 12, 2), strict) == "2026-12"
    submit(session, "数学与应用数学2023-1班", "张老师", datetime(2026, 12, 7, 2, tzinfo=UTC))
    view = desk.forms_overview(session, li, "2026-11", POLICY, TZ)
    assert [r.class_name for r in view.rows] == ["数学与应用数学2023-1班", "数学与应用数学2023-2班"]
    first, second = view.rows
    assert (first.form.state, first.form.version, first.form.late) == ("submitted", 1, True)
    assert second.form.missing and second.plan is not None and second.plan.missing
    assert view.missing_count == 3
    with pytest.raises(forms.NotAllowed):
        desk.forms_overview(session, person(session, "张老师"), "2026-11", POLICY, TZ)


def test_nudge_ledger_once_a_day_queued_at_night(world: Session) -> None:
    session = world
    li = person(session, "李辅导员")
    klass = find_class(session, "数学与应用数学2023-2班")
    night = datetime(2026, 11, 23, 22, 30, tzinfo=TZ)
    first = desk.nudge(
        session, li, klass.id, forms.MONTHLY_FORM, "2026-11", POLICY, night, never_rest
    )
    assert first.outcome == desk.QUEUED_NOW and first.telegram_id == 1002
    again = desk.nudge(
        session, li, klass.id, forms.MONTHLY_FORM, "2026-11", POLICY, night, never_rest
    )
    assert again.outcome == desk.ALREADY
    session.commit()
    assert desk.deliverable_nudges(session, POLICY, night, never_rest) == []
    morning = datetime(2026, 11, 24, 9, 45, tzinfo=TZ)
    [claimed] = desk.deliverable_nudges(session, POLICY, morning, never_rest)
    assert claimed.telegram_id == 1002 and "2026-11" in claimed.text
    # claimed once: a second delivery run at the same moment gets nothing
    assert desk.deliverable_nudges(session, POLICY, morning, never_rest) == []
    session.commit()
    [row] = session.scalars(select(ReminderLedger)).all()
    assert (row.stage, row.period, row.status) == ("nudge", "2026-11~2026-11-23", "pending")
    # a class on someone else's desk cannot be nudged
    other = find_class(session, "统计学2022-1班")
    with pytest.raises(forms.NotAllowed):
        desk.nudge(
            session, li, other.id, forms.MONTHLY_FORM, "2026-11", POLICY, morning, never_rest
        )


def test_month_zip_holds_the_submitted_forms_and_a_missing_list(world: Session) -> None:
    session = world
    li = person(session, "李辅导员")
    submit(session, "数学与应用数学2023-1班", "张老师", NOW)
    archive = desk.month_zip(session, li, "2026-11", "zh", POLICY, TZ)
    assert archive.filename == "工作记录表-2026-11.zip"
    assert (archive.forms, archive.missing) == (1, ("数学与应用数学2023-2班",))
    with zipfile.ZipFile(io.BytesIO(archive.data)) as opened:
        assert sorted(opened.namelist()) == ["missing.txt", "数学与应用数学2023-1班-2026-11.docx"]
        missing = opened.read("missing.txt").decode()
        assert "数学与应用数学2023-2班\t王老师" in missing
        document = Document(io.BytesIO(opened.read("数学与应用数学2023-1班-2026-11.docx")))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        texts = [p.text for p in document.paragraphs] + cells
        assert any("数学与应用数学2023-1班" in text for text in texts)
