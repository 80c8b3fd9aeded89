"""A database with classes, advisors and a counselor for the sweep tests (no activities:
every advisor is behind on something)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from storage.directory import add_semester
from storage.roster import import_roster, parse_roster
from tests.conftest import local

HEADER = "class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram\n"
COUNSELOR_TG = 9000


def advisor_tg(i: int) -> int:
    return 3000 + i


def roster(classes: int, *, without_telegram: tuple[int, ...] = ()) -> str:
    """``classes`` classes, advisor i with Telegram id 3000+i (none for ``without_telegram``),
    split between two counselors."""
    lines = [HEADER]
    for i in range(classes):
        tg = "" if i in without_telegram else str(advisor_tg(i))
        counselor, counselor_tg = ("李辅导员", COUNSELOR_TG) if i % 2 == 0 else ("赵辅导员", 9001)
        lines.append(f"班级{i:04d},2024,数学,老师{i:04d},{tg},{counselor},{counselor_tg}\n")
    return "".join(lines)


def seed(engine: Engine, classes: int = 6, *, without_telegram: tuple[int, ...] = ()) -> None:
    with Session(engine) as session:
        import_roster(
            session,
            parse_roster(roster(classes, without_telegram=without_telegram)),
            local(2026, 8, 1),
        )
        add_semester(session, "2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
        session.commit()
