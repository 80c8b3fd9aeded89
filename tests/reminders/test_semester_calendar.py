"""The semester calendar on real dates: months in session, fortnights, relevance."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reminders.semester_calendar import CalendarError, Semester, SemesterCalendar, first_monday
from tests.reminders.factories import AUTUMN, SPRING


def keys(calendar: SemesterCalendar, semester: Semester, period_type: str) -> list[str]:
    return [p.key for p in calendar.periods(semester, period_type)]


class TestMonthsInSession:
    def test_autumn_months_include_january_clipped_at_the_last_day(
        self, calendar: SemesterCalendar
    ) -> None:
        months = calendar.periods(AUTUMN, "month")
        assert [m.key for m in months] == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
        # 24 of September's 30 days are in session; the month starts on the first day.
        assert (months[0].start, months[0].end) == (date(2026, 9, 7), date(2026, 9, 30))
        # 17 of January's 31 days ≥ half: in session, but it ends with the semester.
        assert (months[-1].start, months[-1].end, months[-1].due) == (
            date(2027, 1, 1),
            date(2027, 1, 17),
            date(2027, 1, 17),
        )

    def test_spring_february_and_july_are_breaks(self, calendar: SemesterCalendar) -> None:
        # 7 February days and 4 July days are under half of their months.
        assert keys(calendar, SPRING, "month") == ["2027-03", "2027-04", "2027-05", "2027-06"]
        june = calendar.periods(SPRING, "month")[-1]
        assert june.end == date(2027, 6, 30)

    def test_a_month_of_exactly_half_is_in_session(self) -> None:
        # April 2027 has 30 days; a semester ending on 15 April has exactly half of them.
        semester = Semester("short", date(2027, 3, 1), date(2027, 4, 15))
        assert keys(SemesterCalendar([semester]), semester, "month") == ["2027-03", "2027-04"]
        ending_14th = Semester("shorter", date(2027, 3, 1), date(2027, 4, 14))
        assert keys(SemesterCalendar([ending_14th]), ending_14th, "month") == ["2027-03"]

    def test_the_threshold_is_configurable(self) -> None:
        lenient = SemesterCalendar([SPRING], in_session_min_fraction=0.2)
        months = lenient.periods(SPRING, "month")
        # 7/28 = 0.25 ≥ 0.2: February now counts, from the semester's first day.
        assert months[0].key == "2027-02"
        assert months[0].start == date(2027, 2, 22)
        assert months[-1].key == "2027-06"  # 4/31 is still under 0.2

    def test_period_containing_on_a_month_boundary(self, calendar: SemesterCalendar) -> None:
        october = calendar.period_containing(AUTUMN, "month", date(2026, 10, 31))
        november = calendar.period_containing(AUTUMN, "month", date(2026, 11, 1))
        assert october is not None and october.key == "2026-10"
        assert november is not None and november.key == "2026-11"
        # Days of a break month and days outside the semester belong to no month.
        assert calendar.period_containing(SPRING, "month", date(2027, 2, 25)) is None
        assert calendar.period_containing(AUTUMN, "month", date(2027, 1, 20)) is None


class TestFortnights:
    def test_keys_count_from_the_first_monday_when_the_semester_starts_on_a_wednesday(
        self,
    ) -> None:
        wednesday_start = Semester("2026-2027-1", date(2026, 9, 9), date(2027, 1, 17))
        assert wednesday_start.start.weekday() == 2
        assert first_monday(wednesday_start) == date(2026, 9, 14)
        periods = SemesterCalendar([wednesday_start]).periods(wednesday_start, "fortnight")
        first, second = periods[0], periods[1]
        assert first.key == "2026-2027-1:W01-02"
        # Weeks 1–2 are 14–27 September; the opening Wednesday–Sunday is folded into them.
        assert (first.start, first.end) == (date(2026, 9, 9), date(2026, 9, 27))
        assert second.key == "2026-2027-1:W03-04"
        assert (second.start, second.end) == (date(2026, 9, 28), date(2026, 10, 11))

    def test_the_last_fortnight_is_clipped_at_the_semester_end(
        self, calendar: SemesterCalendar
    ) -> None:
        periods = calendar.periods(AUTUMN, "fortnight")
        # 7 Sep 2026 is a Monday; 19 weeks to 17 Jan 2027, so weeks 19–20 hold one week.
        last = periods[-1]
        assert last.key == "2026-2027-1:W19-20"
        assert (last.start, last.end, last.due) == (
            date(2027, 1, 11),
            date(2027, 1, 17),
            date(2027, 1, 17),
        )
        assert periods[-2].key == "2026-2027-1:W17-18"
        assert periods[-2].end == date(2027, 1, 10)
        assert len(periods) == 10

    def test_window_length_is_configurable(self) -> None:
        weekly = SemesterCalendar([AUTUMN], fortnight_weeks=1)
        assert keys(weekly, AUTUMN, "fortnight")[:2] == ["2026-2027-1:W01", "2026-2027-1:W02"]
        # Week 5 (5–11 October) is three weekdays of National Day: it merges into week 6.
        assert len(weekly.periods(AUTUMN, "fortnight")) == 18
        assert "2026-2027-1:W05-06" in keys(weekly, AUTUMN, "fortnight")


class TestSemesterAndPlanPeriods:
    def test_semester_period(self, calendar: SemesterCalendar) -> None:
        (period,) = calendar.periods(AUTUMN, "semester")
        assert (period.key, period.start, period.end, period.due) == (
            "2026-2027-1",
            AUTUMN.start,
            AUTUMN.end,
            AUTUMN.end,
        )

    def test_plan_is_due_the_day_before_the_first_day(self, calendar: SemesterCalendar) -> None:
        (plan,) = calendar.periods(AUTUMN, "before_semester")
        assert plan.key == "2026-2027-1"
        assert plan.due == date(2026, 9, 6)
        assert plan.start == date(2026, 8, 31)  # the 7-day plan window

    def test_unknown_period_type(self, calendar: SemesterCalendar) -> None:
        with pytest.raises(ValueError, match="weekly"):
            calendar.periods(AUTUMN, "weekly")


class TestRelevance:
    def test_semester_at(self, calendar: SemesterCalendar) -> None:
        assert calendar.semester_at(date(2026, 9, 7)) == AUTUMN
        assert calendar.semester_at(date(2027, 1, 17)) == AUTUMN
        assert calendar.semester_at(date(2027, 1, 18)) is None
        assert calendar.semester_at(date(2027, 2, 22)) == SPRING

    def test_current_or_relevant(self, calendar: SemesterCalendar) -> None:
        # Inside a semester: that one.
        assert calendar.current_or_relevant(date(2026, 11, 23)) == AUTUMN
        # Winter break, spring more than a week away: the autumn that just ended.
        assert calendar.current_or_relevant(date(2027, 2, 14)) == AUTUMN
        # Within the 7-day plan lead: the coming spring.
        assert calendar.current_or_relevant(date(2027, 2, 15)) == SPRING
        # Before the first plan window there is nothing to judge.
        assert calendar.current_or_relevant(date(2026, 8, 30)) is None
        assert calendar.current_or_relevant(date(2026, 8, 31)) == AUTUMN
        # Long after the last one: the last one.
        assert calendar.current_or_relevant(date(2027, 9, 1)) == SPRING

    def test_empty_calendar(self) -> None:
        empty = SemesterCalendar([])
        assert empty.semester_at(date(2026, 11, 1)) is None
        assert empty.current_or_relevant(date(2026, 11, 1)) is None


class TestValidation:
    def test_end_before_start(self) -> None:
        with pytest.raises(CalendarError, match="before start"):
            Semester("bad", date(2027, 1, 1), date(2026, 12, 31))

    def test_overlapping_semesters(self) -> None:
        overlapping = Semester("x", date(2027, 1, 10), date(2027, 3, 1))
        with pytest.raises(CalendarError, match="overlap"):
            SemesterCalendar([AUTUMN, overlapping])

    def test_duplicate_names(self) -> None:
        with pytest.raises(CalendarError, match="twice"):
            SemesterCalendar([AUTUMN, Semester(AUTUMN.name, date(2027, 3, 1), date(2027, 6, 1))])


def test_calendars_of_the_same_semesters_and_settings_are_equal() -> None:
    """A calendar read again (as every request does) equals the last one, so the judge's
    cached tables for a moment are shared; other semesters or settings make another."""
    again = SemesterCalendar([SPRING, AUTUMN])
    assert again == SemesterCalendar([AUTUMN, SPRING])
    assert hash(again) == hash(SemesterCalendar([AUTUMN, SPRING]))
    assert again != SemesterCalendar([AUTUMN])
    assert again != SemesterCalendar([AUTUMN, SPRING], fortnight_weeks=3)


@st.composite
def semesters(draw: st.DrawFn) -> Semester:
    start = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
    length = draw(st.integers(min_value=0, max_value=220))
    return Semester("s", start, start + timedelta(days=length))


@given(semesters(), st.integers(min_value=1, max_value=4))
def test_fortnights_tile_the_semester(semester: Semester, weeks: int) -> None:
    """Every semester day is in exactly one window, so no classroom visit is ever lost."""
    periods = SemesterCalendar([semester], fortnight_weeks=weeks).periods(semester, "fortnight")
    assert periods[0].start == semester.start
    assert periods[-1].end == semester.end
    for earlier, later in zip(periods, periods[1:], strict=False):
        assert later.start == earlier.end + timedelta(days=1)
        assert later.start.weekday() == 0


@given(semesters(), st.floats(min_value=0.05, max_value=1.0))
def test_months_stay_inside_the_semester(semester: Semester, fraction: float) -> None:
    months = SemesterCalendar([semester], in_session_min_fraction=fraction).periods(
        semester, "month"
    )
    for month in months:
        assert semester.start <= month.start <= month.end <= semester.end
        assert month.key == f"{month.start.year:04d}-{month.start.month:02d}"
        assert month.end.month == month.start.month
        # Only months with enough of their days in session appear.
        days_in = (month.end - month.start).days + 1
        assert days_in >= fraction * monthrange(month.start.year, month.start.month)[1]
    assert [m.start for m in months] == sorted(m.start for m in months)
