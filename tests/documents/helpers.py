"""Seeding for the documents tests: a roster, a semester and records, through the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.activities import Source, record
from storage.directory import add_semester, find_class
from storage.models import Person, SchoolClass, Semester
from storage.roster import import_roster, parse_roster

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,1001,李辅导员,@li_fdy
数学与应用数学2023-2班,2023,数学与应用数学,王老师,,李辅导员,@li_fdy
信息与计算科学2024-1班,2024,信息与计算科学,Smith,1003,李辅导员,
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
    duties: tuple[str, ...] = ()


@dataclass
class World:
    zhang: Person
    wang: Person
    smith: Person
    counselor: Person
    math1: SchoolClass
    math2: SchoolClass
    info: SchoolClass
    autumn: Semester


def seed(session: Session) -> World:
    import_roster(session, parse_roster(ROSTER), NOW)
    autumn = add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
    people = {p.name: p for p in session.scalars(select(Person))}
    people["Smith"].language = "en"
    session.commit()
    return World(
        zhang=people["张老师"],
        wang=people["王老师"],
        smith=people["Smith"],
        counselor=people["李辅导员"],
        math1=find_class(session, "数学与应用数学2023-1班"),
        math2=find_class(session, "数学与应用数学2023-2班"),
        info=find_class(session, "信息与计算科学2024-1班"),
        autumn=autumn,
    )


def log(
    session: Session,
    advisor: Person,
    school_class: SchoolClass,
    text: str,
    *items: Parsed,
    message_id: int | None = None,
) -> None:
    """Record one message's activities as the CLI would (no Telegram ids)."""
    record(
        session.connection(),
        advisor,
        school_class,
        Source(None, message_id, text, "cli"),
        items,
        NOW,
    )
    session.commit()
