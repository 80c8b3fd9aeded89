"""A small college for the dashboard tests: two counselors, four classes, an admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from reminders.policy import load_policy
from storage.directory import add_semester
from storage.forms import submit_month_form
from storage.models import Activity, Person, SchoolClass
from storage.roster import import_roster, parse_roster
from storage.web_auth import create_sign_in_link
from tests.conftest import local

NOW = local(2026, 11, 23, 20)
# In ADVISORBOT_ADMINS but not in the roster: registered on first contact, as in chat.
ADMIN_TG = 1
BOT_TOKEN = "123456:TEST-token-for-the-dashboard"

ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,101,李辅导员,201
数学与应用数学2023-2班,2023,数学与应用数学,王老师,102,李辅导员,201
统计学2024-1班,2024,统计学,陈老师,103,赵辅导员,202
统计学2024-2班,2024,统计学,张老师,101,赵辅导员,202
"""


@dataclass(frozen=True)
class College:
    classes: dict[str, int]
    people: dict[str, int]
    submission_id: int


def seed(engine: Engine) -> College:
    """The roster, the semester, a few records and one submitted November form."""
    with Session(engine, expire_on_commit=False) as session:
        import_roster(session, parse_roster(ROSTER), local(2026, 8, 1))
        add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
        session.add(Person(name="院办管理员", is_admin=True, created_at=NOW))
        session.flush()
        classes = {c.name: c.id for c in session.scalars(select(SchoolClass))}
        people = {p.name: p.id for p in session.scalars(select(Person))}
        first = classes["数学与应用数学2023-1班"]
        for i, (kind, day, count) in enumerate(
            [
                ("dorm_visit", date(2026, 11, 3), 1),
                ("class_meeting", date(2026, 11, 10), 1),
                ("parent_contact", date(2026, 10, 20), 3),
                ("classroom_visit", date(2026, 11, 18), 1),
                ("theme_meeting", date(2026, 10, 12), 1),
            ]
        ):
            session.add(
                Activity(
                    advisor_id=people["张老师"],
                    class_id=first,
                    kind=kind,
                    local_date=day,
                    count=count,
                    location="3号楼" if kind == "dorm_visit" else None,
                    source_chat_id=101,
                    source_message_id=i + 1,
                    source="telegram",
                    recorded_at=NOW,
                )
            )
        session.flush()
        school_class = session.get(SchoolClass, first)
        advisor = session.get(Person, people["张老师"])
        assert school_class is not None and advisor is not None
        submission = submit_month_form(
            session,
            school_class,
            advisor,
            "2026-10",
            "十月的记录",
            local(2026, 11, 2, 9),
            NOW.tzinfo,  # type: ignore[arg-type]
            policy=load_policy(None),
        )
        session.commit()
        return College(classes, people, submission.id)


def add_classes(engine: Engine, n: int, counselor: int) -> list[str]:
    """``n`` more classes (物理学2025-001班 …) under one counselor, with no advisor and
    nothing on record: enough to fill more than one page of the overview."""
    names = [f"物理学2025-{i:03d}班" for i in range(1, n + 1)]
    with Session(engine) as session:
        session.add_all(
            SchoolClass(name=name, cohort=2025, major="物理学", counselor_id=counselor)
            for name in names
        )
        session.commit()
    return names


def sign_in_link(engine: Engine, person_id: int, now: datetime = NOW) -> str:
    """A fresh one-time token for the person (what `/web` and `web-link` hand out)."""
    with Session(engine) as session:
        person = session.get(Person, person_id)
        assert person is not None
        token = create_sign_in_link(session, person, now)
        session.commit()
        return token
