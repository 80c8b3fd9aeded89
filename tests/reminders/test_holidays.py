"""Rest days when reminders are not sent, from chinese_calendar, and from `holidays` for years it lacks."""

from __future__ import annotations

from datetime import date

import pytest

from reminders.holidays import is_rest_day


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 10, 1),  # National Day, from the package's schedule
        date(2027, 2, 5),  # Spring Festival's eve (a Friday): from the lunar table
        date(2027, 2, 8),  # the third day of the Spring Festival (a Monday)
        date(2027, 2, 10),  # its observed day off (holidays 0.108's 2027 schedule)
        date(2027, 4, 5),  # Qingming (a Monday)
        date(2027, 6, 9),  # Dragon Boat Festival (a Wednesday)
        date(2027, 9, 15),  # Mid-Autumn Festival (a Wednesday)
        date(2027, 10, 1),  # National Day, fixed in the solar calendar
        date(2027, 3, 6),  # a Saturday
    ],
)
def test_holidays_and_weekends_are_rest_days(day: date) -> None:
    assert is_rest_day(day)


@pytest.mark.parametrize(
    "day",
    [date(2026, 11, 24), date(2027, 2, 11), date(2027, 3, 3), date(2027, 9, 16)],
)
def test_ordinary_weekdays_are_working_days(day: date) -> None:
    assert not is_rest_day(day)
