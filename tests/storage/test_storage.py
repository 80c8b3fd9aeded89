"""Storage on a real database (SQLite, and PostgreSQL where reachable)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from storage.activities import (
    Source,
    activities_of_message,
    iter_export_rows,
    message_was_seen,
    record,
    replace_from_edit,
    undo_last,
)
from storage.db import alembic_config, current_revision, is_outage, make_engine, upgrade
from storage.directory import (
    add_semester,
    create_invite,
    find_class,
    redeem_invite,
)
from storage.errors import Ambiguous, InputError, NotFound
from storage.facts import activity_rows, class_rows, driver_rows
from storage.models import Activity, Person, SchoolClass
from storage.roster import import_roster, parse_roster

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,1001,李辅导员,@li_fdy
数学与应用数学2023-2班,2023,数学与应用数学,王老师,,李辅导员,@li_fdy
信息与计算科学2024-1班,2024,信息与计算科学,张老师,1001,李辅导员,
"""


@dataclass
class Parsed:
    kind: str
    date: date
    time: time | None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: list[str] = field(default_factory=list)


def seed(session: Session) -> tuple[Person, SchoolClass]:
    import_roster(session, parse_roster(ROSTER), NOW)
    session.commit()
    advisor = session.scalar(select(Person).where(Person.name == "张老师"))
    assert advisor is not None
    return advisor, find_class(session, "数学与应用数学2023-1班")


def test_migrations_run_from_empty_to_head_and_back(engine: Engine) -> None:
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None
    assert "activities" not in inspect(engine).get_table_names()
    upgrade(engine)

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert current_revision(engine) == head
    tables = set(inspect(engine).get_table_names())
    assert {
        "people",
        "classes",
        "semesters",
        "activities",
        "form_submissions",
        "semester_plans",
        "reminder_ledger",
        "invite_codes",
        "group_bindings",
        "update_inbox",
        "open_questions",
        "activity_evidence",
    } <= tables


def test_fresh_sqlite_file_uses_wal(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_same_message_is_recorded_once(session: Session) -> None:
    advisor, klass = seed(session)
    source = Source(chat_id=1001, message_id=77, text="今天查寝")
    items = [Parsed("dorm_visit", date(2026, 11, 23), location="9号楼")]
    first = record(session.connection(), advisor, klass, source, items, NOW)
    session.commit()
    again = record(session.connection(), advisor, klass, source, items, NOW + timedelta(minutes=5))
    session.commit()
    assert not first.duplicate and again.duplicate
    assert [a.id for a in again.activities] == [a.id for a in first.activities]
    assert len(session.scalars(select(Activity)).all()) == 1


def test_database_refuses_a_second_row_for_the_same_message(session: Session) -> None:
    advisor, klass = seed(session)
    common = dict(
        advisor_id=advisor.id,
        class_id=klass.id,
        kind="dorm_visit",
        local_date=date(2026, 11, 23),
        source_chat_id=5,
        source_message_id=6,
        seq=0,
        recorded_at=NOW,
        students=[],
    )
    session.add(Activity(**common))
    session.commit()
    session.add(Activity(**common))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()


def test_two_activities_from_one_message_and_undo_removes_both(session: Session) -> None:
    advisor, klass = seed(session)
    items = [
        Parsed("classroom_visit", date(2026, 11, 23)),
        Parsed("dorm_visit", date(2026, 11, 23)),
    ]
    record(session.connection(), advisor, klass, Source(1001, 1, "a"), [items[0]], NOW)
    record(
        session.connection(),
        advisor,
        klass,
        Source(1001, 2, "上午听课，下午查寝"),
        items,
        NOW + timedelta(seconds=1),
    )
    session.commit()
    undone = undo_last(session, advisor, NOW + timedelta(minutes=1))
    session.commit()
    assert sorted(a.kind for a in undone) == ["classroom_visit", "dorm_visit"]
    assert all(a.deleted_at is not None for a in undone)
    # soft deletion: rows stay, but no longer count and are not exported
    assert len(session.scalars(select(Activity)).all()) == 3
    facts = activity_rows(session, date(2026, 9, 1), date(2027, 1, 31))
    assert [(f[0], f[1], date.fromordinal(f[2])) for f in facts] == [
        (klass.id, "classroom_visit", date(2026, 11, 23))
    ]
    assert [r.kind for r in iter_export_rows(session)] == ["classroom_visit"]
    # an undone message is still known, so a re-delivery does not record it again
    assert message_was_seen(session, 1001, 2)
    assert activities_of_message(session, 1001, 2) == []


def test_activities_read_in_bulk_carry_their_day_as_an_ordinal(session: Session) -> None:
    """The database computes date.toordinal() (SQLite from its ISO text, PostgreSQL by date
    arithmetic), across month, year and leap-day boundaries, with the other fields as
    stored and only the dates asked for."""
    advisor, klass = seed(session)
    days = [date(2026, 9, 7), date(2026, 12, 31), date(2027, 1, 1), date(2028, 2, 29)]
    items = [Parsed("seminar", day, count=2, hours=1.5) for day in days]
    record(session.connection(), advisor, klass, Source(7, 1, "研讨"), items, NOW)
    session.commit()
    rows = activity_rows(session, date(2026, 9, 7), date(2027, 12, 31), [klass.id])
    assert sorted(rows) == [(klass.id, "seminar", day.toordinal(), 2, 1.5) for day in days[:3]]
    assert all(type(value) is tuple for value in rows)  # the driver's own rows


def test_a_driver_error_while_reading_rows_is_wrapped_as_sqlalchemy_does(
    sqlite_url: str,
) -> None:
    """SQLite steps through a table while the rows are fetched: an error there reaches the
    caller as SQLAlchemy's own exception (what is_outage and the pool understand)."""
    overflow = text("SELECT abs(x) FROM (SELECT 1 AS x UNION ALL SELECT -9223372036854775808)")
    engine = make_engine(sqlite_url)
    with Session(engine) as session, pytest.raises(OperationalError) as raised:
        driver_rows(session, overflow)
    assert isinstance(raised.value.orig, sqlite3.OperationalError)
    assert "overflow" in str(raised.value.orig) and not is_outage(raised.value)
    engine.dispose()


def test_edit_updates_records_in_place(session: Session) -> None:
    advisor, klass = seed(session)
    record(
        session.connection(),
        advisor,
        klass,
        Source(9, 3, "昨天查寝"),
        [Parsed("dorm_visit", date(2026, 11, 22))],
        NOW,
    )
    session.commit()
    rows = replace_from_edit(
        session,
        9,
        3,
        [
            Parsed("dorm_visit", date(2026, 11, 21)),
            Parsed("student_talk", date(2026, 11, 21), count=2),
        ],
        "前天查寝，和两位同学谈心",
        NOW,
    )
    session.commit()
    assert [(r.kind, r.local_date, r.count) for r in rows] == [
        ("dorm_visit", date(2026, 11, 21), 1),
        ("student_talk", date(2026, 11, 21), 2),
    ]
    shrunk = replace_from_edit(
        session, 9, 3, [Parsed("dorm_visit", date(2026, 11, 21))], "前天查寝", NOW
    )
    session.commit()
    assert len(shrunk) == 1
    assert [a.kind for a in activities_of_message(session, 9, 3)] == ["dorm_visit"]


def test_timestamps_come_back_aware_utc(session: Session) -> None:
    advisor, _ = seed(session)
    session.expire_all()
    again = session.get(Person, advisor.id)
    assert again is not None and again.created_at == NOW and again.created_at.tzinfo is not None
    with pytest.raises(Exception, match="naive"):
        session.add(Person(name="naive", created_at=datetime(2026, 1, 1)))  # noqa: DTZ001
        session.flush()
    session.rollback()


def test_roster_import_is_idempotent_and_reports_changes(session: Session) -> None:
    first = import_roster(session, parse_roster(ROSTER), NOW)
    session.commit()
    assert len(first.classes_added) == 3 and sorted(first.people_added) == [
        "张老师",
        "李辅导员",
        "王老师",
    ]
    again = import_roster(session, parse_roster(ROSTER), NOW)
    session.commit()
    assert (again.classes_added, again.classes_changed, again.people_added, again.unchanged) == (
        [],
        [],
        [],
        3,
    )
    changed = ROSTER.replace(
        "2023-2班,2023,数学与应用数学,王老师,", "2023-2班,2023,数学与应用数学,赵老师,"
    )
    third = import_roster(session, parse_roster(changed), NOW)
    session.commit()
    assert third.classes_changed == ["数学与应用数学2023-2班"] and third.people_added == ["赵老师"]
    rows = {r.name: r for r in class_rows(session)}
    assert rows["数学与应用数学2023-2班"].advisor.name == "赵老师"  # type: ignore[union-attr]
    zhang = session.scalar(select(Person).where(Person.name == "张老师"))
    assert zhang is not None and zhang.telegram_id == 1001 and zhang.is_advisor
    li = session.scalar(select(Person).where(Person.name == "李辅导员"))
    assert li is not None and li.telegram_username == "li_fdy" and li.is_counselor


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("class,cohort,major,advisor\nA,2023,m,x\n", "missing column"),
        (ROSTER + "数学与应用数学2023-1班,2023,m,x,,y,\n", "listed twice"),
        (ROSTER.replace("2024,信息", "二零二四,信息"), "cohort"),
        (ROSTER.replace("@li_fdy", "li fdy!", 1), "numeric Telegram id"),
        (ROSTER.replace("王老师,,", "王老师,1001,"), "given to both"),
    ],
)
def test_bad_roster_is_refused_with_a_clear_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_roster(text)


def test_class_lookup_by_short_name(session: Session) -> None:
    seed(session)
    assert find_class(session, "数学与应用数学2023-1班").name == "数学与应用数学2023-1班"
    assert find_class(session, "数学与应用数学2023-1").name == "数学与应用数学2023-1班"
    assert find_class(session, "数学2023-1").name == "数学与应用数学2023-1班"
    assert find_class(session, "信计2024-1").name == "信息与计算科学2024-1班"
    with pytest.raises(Ambiguous):
        find_class(session, "2023")
    with pytest.raises(NotFound):
        find_class(session, "物理2023-1")


def test_semester_add_refuses_bad_input(session: Session) -> None:
    add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
    session.commit()
    with pytest.raises(InputError, match="before the start"):
        add_semester(session, "x", date(2027, 3, 1), date(2027, 2, 1))
    with pytest.raises(InputError, match="overlaps"):
        add_semester(session, "2026-2027-2", date(2027, 1, 10), date(2027, 7, 1))
    with pytest.raises(InputError, match="already exists"):
        add_semester(session, "2026-2027-1", date(2026, 9, 8), date(2027, 1, 17))
    # the same semester again is accepted and changes nothing
    assert (
        add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17)).name
        == "2026-2027-1"
    )


def test_invite_codes_are_one_time_and_expire(session: Session) -> None:
    advisor, _ = seed(session)
    wang = session.scalar(select(Person).where(Person.name == "王老师"))
    assert wang is not None
    code = create_invite(session, wang, NOW).code
    session.commit()
    linked = redeem_invite(session, code, 424242, NOW + timedelta(hours=1))
    session.commit()
    assert linked.telegram_id == 424242
    with pytest.raises(InputError, match="invite_used"):
        redeem_invite(session, code, 424242, NOW + timedelta(hours=2))
    old = create_invite(session, wang, NOW).code
    with pytest.raises(InputError, match="invite_expired"):
        redeem_invite(session, old, 424242, NOW + timedelta(days=30))
    with pytest.raises(InputError, match="invite_unknown"):
        redeem_invite(session, "nope", 1, NOW)
    other = create_invite(session, wang, NOW).code
    with pytest.raises(InputError, match="invite_taken"):
        redeem_invite(session, other, advisor.telegram_id or 0, NOW)
