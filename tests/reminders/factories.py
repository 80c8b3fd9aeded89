"""Small builders shared by the reminders tests: real semesters and aware moments."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from reminders.compliance import ActivityFact, SubmissionFact
from reminders.semester_calendar import Semester

COLLEGE_ZONE = ZoneInfo("Asia/Shanghai")

# Autumn starts on a Monday and ends mid-January (17 January days: January is in session);
# spring starts late February (7 February days: not a month in session) and ends on 4 July
# (4 July days: not in session either).
AUTUMN = Semester("2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))
SPRING = Semester("2026-2027-2", date(2027, 2, 22), date(2027, 7, 4))


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    """A moment in the college's zone, as callers pass it."""
    return datetime(year, month, day, hour, tzinfo=COLLEGE_ZONE)


def act(
    kind: str, y: int, m: int, d: int, count: int = 1, hours: float | None = None
) -> ActivityFact:
    return ActivityFact(kind, date(y, m, d), count, hours)


def submitted(what: str, period: str, moment: datetime | None = None) -> SubmissionFact:
    return SubmissionFact(what, period, moment or at(2026, 12, 1))
