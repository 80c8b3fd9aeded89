"""Semesters and the periods the rules are counted in: fortnights, months in session, semesters.

Pure date arithmetic. Periods are computed once per (semester, period type, settings) and cached,
because compliance asks for the same periods for every class.
"""

from __future__ import annotations

import bisect
import calendar as _stdlib_calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal, get_args

from reminders.holidays import is_public_holiday

if TYPE_CHECKING:
    from reminders.policy import Policy

PeriodType = Literal["week", "fortnight", "month", "semester", "before_semester"]
PERIOD_TYPES: Final[tuple[str, ...]] = get_args(PeriodType)

_ONE_DAY: Final = timedelta(days=1)


class CalendarError(ValueError):
    """The semesters given cannot form a calendar (end before start, overlap, duplicate name)."""


@dataclass(frozen=True, slots=True)
class Semester:
    """One semester (学期), e.g. ``Semester("2026-2027-1", date(2026, 9, 7), date(2027, 1, 17))``."""

    name: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if not self.name:
            raise CalendarError("a semester needs a name, e.g. 2026-2027-1")
        if self.end < self.start:
            raise CalendarError(
                f"semester {self.name}: end {self.end.isoformat()} is before start "
                f"{self.start.isoformat()}"
            )

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Period:
    """One window a rule is counted in.

    ``rule_period`` is the period type; ``key`` names the window in reports ("2026-11",
    "2026-2027-1:W03-04", "2026-2027-1"); ``due`` is the last day to meet it.
    """

    rule_period: str
    key: str
    start: date
    end: date
    due: date

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


def first_monday(semester: Semester) -> date:
    """The Monday on or after the semester's first day: where teaching week 1 begins."""
    return semester.start + timedelta(days=(7 - semester.start.weekday()) % 7)


def _month_periods(semester: Semester, in_session_min_fraction: float) -> tuple[Period, ...]:
    periods: list[Period] = []
    year, month = semester.start.year, semester.start.month
    while date(year, month, 1) <= semester.end:
        days_in_month = _stdlib_calendar.monthrange(year, month)[1]
        month_start = date(year, month, 1)
        month_end = date(year, month, days_in_month)
        start = max(month_start, semester.start)
        end = min(month_end, semester.end)
        inside = (end - start).days + 1
        # The regulation's months of the breaks require nothing; a month counts only when
        # enough of it is teaching time (default: at least half its days).
        if inside >= in_session_min_fraction * days_in_month:
            periods.append(Period("month", f"{year:04d}-{month:02d}", start, end, end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(periods)


def _week_key(semester: Semester, first: int, last: int) -> str:
    if first == last:
        return f"{semester.name}:W{first:02d}"
    return f"{semester.name}:W{first:02d}-{last:02d}"


def _mostly_holidays(start: date, end: date, fraction: float) -> bool:
    """More than ``fraction`` of the window's weekdays are public holidays."""
    weekdays = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    weekdays = [d for d in weekdays if d.weekday() < 5]
    if not weekdays:
        return False
    off = sum(1 for d in weekdays if is_public_holiday(d))
    return off > fraction * len(weekdays)


def _week_periods(
    semester: Semester, weeks: int, rule_period: str, merge_fraction: float
) -> tuple[Period, ...]:
    """Windows of ``weeks`` teaching weeks from the first Monday; a window mostly made of
    public holidays merges into the next one (the last one into the one before)."""
    monday = first_monday(semester)
    length = timedelta(weeks=weeks)
    # (first week number, last week number, start, end)
    windows: list[tuple[int, int, date, date]] = []
    window_start = monday
    index = 0
    while window_start <= semester.end:
        window_end = min(window_start + length - _ONE_DAY, semester.end)
        # Days between a mid-week first day and the first Monday belong to weeks 1–2: a visit
        # made then is real work, and the regulation's weeks are counted from that Monday.
        start = semester.start if index == 0 else window_start
        first = index * weeks + 1
        windows.append((first, first + weeks - 1, start, window_end))
        window_start += length
        index += 1
    if not windows:
        # A semester shorter than its first partial week still has one window.
        windows.append((1, weeks, semester.start, semester.end))
    merged: list[tuple[int, int, date, date]] = []
    carry: tuple[int, date] | None = None
    for first, last, start, end in windows:
        if carry is not None:
            first, start = carry
            carry = None
        if merge_fraction < 1 and _mostly_holidays(start, end, merge_fraction):
            carry = (first, start)
            continue
        merged.append((first, last, start, end))
    if carry is not None:
        if merged:
            first, _last, start, _end = merged.pop()
            carry = (first, start)
        merged.append((carry[0], windows[-1][1], carry[1], windows[-1][3]))
    return tuple(
        Period(rule_period, _week_key(semester, first, last), start, end, end)
        for first, last, start, end in merged
    )


@lru_cache(maxsize=512)
def build_periods(
    semester: Semester,
    period_type: str,
    *,
    in_session_min_fraction: float = 0.5,
    fortnight_weeks: int = 2,
    plan_lead_days: int = 7,
    holiday_merge_fraction: float = 0.5,
) -> tuple[Period, ...]:
    """All periods of one type in a semester, in order (cached: inputs are frozen values)."""
    if period_type == "month":
        return _month_periods(semester, in_session_min_fraction)
    if period_type == "fortnight":
        return _week_periods(semester, fortnight_weeks, "fortnight", holiday_merge_fraction)
    if period_type == "week":
        return _week_periods(semester, 1, "week", holiday_merge_fraction)
    if period_type == "semester":
        return (Period("semester", semester.name, semester.start, semester.end, semester.end),)
    if period_type == "before_semester":
        due = semester.start - _ONE_DAY
        start = semester.start - timedelta(days=plan_lead_days)
        return (Period("before_semester", semester.name, min(start, due), due, due),)
    raise ValueError(f"unknown period type {period_type!r}; expected one of {PERIOD_TYPES}")


class SemesterCalendar:
    """The college's semesters, with the periods each rule is counted in."""

    # Read-only after construction: compliance caches results per calendar object.
    __slots__ = (
        "_fortnight_weeks",
        "_holiday_merge_fraction",
        "_in_session_min_fraction",
        "_plan_lead_days",
        "_semesters",
        "_starts",
    )

    def __init__(
        self,
        semesters: Iterable[Semester],
        *,
        in_session_min_fraction: float = 0.5,
        fortnight_weeks: int = 2,
        plan_lead_days: int = 7,
        holiday_merge_fraction: float = 0.5,
    ) -> None:
        ordered = tuple(sorted(semesters, key=lambda s: s.start))
        names = [s.name for s in ordered]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise CalendarError(f"semester name given twice: {', '.join(duplicates)}")
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            if later.start <= earlier.end:
                raise CalendarError(
                    f"semesters {earlier.name} and {later.name} overlap "
                    f"({later.start.isoformat()} is not after {earlier.end.isoformat()})"
                )
        if not 0 < in_session_min_fraction <= 1:
            raise CalendarError("in_session_min_fraction must be in (0, 1]")
        if fortnight_weeks < 1:
            raise CalendarError("fortnight_weeks must be at least 1")
        if plan_lead_days < 0:
            raise CalendarError("plan_lead_days must not be negative")
        self._semesters: tuple[Semester, ...] = ordered
        self._in_session_min_fraction = in_session_min_fraction
        self._fortnight_weeks = fortnight_weeks
        self._plan_lead_days = plan_lead_days
        self._holiday_merge_fraction = holiday_merge_fraction
        self._starts = [s.start for s in ordered]

    @property
    def semesters(self) -> tuple[Semester, ...]:
        """All semesters, by start date."""
        return self._semesters

    @property
    def in_session_min_fraction(self) -> float:
        return self._in_session_min_fraction

    @property
    def fortnight_weeks(self) -> int:
        return self._fortnight_weeks

    @property
    def plan_lead_days(self) -> int:
        return self._plan_lead_days

    @property
    def holiday_merge_fraction(self) -> float:
        return self._holiday_merge_fraction

    @classmethod
    def from_policy(cls, policy: Policy, semesters: Iterable[Semester] = ()) -> SemesterCalendar:
        """A calendar with the policy's settings: its TOML semesters plus ``semesters``.

        ``semesters`` (e.g. from the database) win over TOML ones of the same name.
        """
        given = {s.name: s for s in policy.semesters}
        given.update((s.name, s) for s in semesters)
        return cls(
            given.values(),
            in_session_min_fraction=policy.calendar.in_session_min_fraction,
            fortnight_weeks=policy.calendar.fortnight_weeks,
            plan_lead_days=policy.calendar.plan_lead_days,
            holiday_merge_fraction=policy.calendar.holiday_merge_fraction,
        )

    def __repr__(self) -> str:
        names = ", ".join(s.name for s in self.semesters)
        return f"SemesterCalendar([{names}])"

    # Equal by value: the calendar is read again from the database for every status, page
    # and sweep, and the judge caches its tables for a moment by calendar
    # (reminders.judge._context); equal calendars share them.
    def _key(self) -> tuple[object, ...]:
        return (
            self._semesters,
            self._in_session_min_fraction,
            self._fortnight_weeks,
            self._plan_lead_days,
            self._holiday_merge_fraction,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SemesterCalendar):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def semester_at(self, d: date) -> Semester | None:
        """The semester whose days include ``d``, if any."""
        i = bisect.bisect_right(self._starts, d) - 1
        if i >= 0 and d <= self.semesters[i].end:
            return self.semesters[i]
        return None

    def current_or_relevant(self, d: date) -> Semester | None:
        """The semester that matters on ``d``.

        The one containing ``d``; else the next one if its plan window is open (it starts within
        ``plan_lead_days``); else the most recent one that has ended; else None.
        """
        i = bisect.bisect_right(self._starts, d) - 1
        if i >= 0 and d <= self.semesters[i].end:
            return self.semesters[i]
        if i + 1 < len(self.semesters):
            upcoming = self.semesters[i + 1]
            if (upcoming.start - d).days <= self.plan_lead_days:
                return upcoming
        return self.semesters[i] if i >= 0 else None

    def period_tuple(self, semester: Semester, period_type: str) -> tuple[Period, ...]:
        """Like :meth:`periods` but the shared cached tuple (do not rely on identity)."""
        return build_periods(
            semester,
            period_type,
            in_session_min_fraction=self.in_session_min_fraction,
            fortnight_weeks=self.fortnight_weeks,
            plan_lead_days=self.plan_lead_days,
            holiday_merge_fraction=self.holiday_merge_fraction,
        )

    def periods(self, semester: Semester, period_type: str) -> list[Period]:
        """All periods of ``period_type`` in ``semester``, in order."""
        return list(self.period_tuple(semester, period_type))

    def period_containing(self, semester: Semester, period_type: str, d: date) -> Period | None:
        """The period of ``period_type`` in ``semester`` whose days include ``d``, if any."""
        periods = self.period_tuple(semester, period_type)
        return _containing(periods, d)


def _containing(periods: Sequence[Period], d: date) -> Period | None:
    # Periods of one type never overlap and are sorted, so bisect on their starts.
    i = bisect.bisect_right([p.start for p in periods], d) - 1
    if i >= 0 and d <= periods[i].end:
        return periods[i]
    return None
