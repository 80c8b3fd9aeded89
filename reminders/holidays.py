"""Chinese public holidays and rest days: when reminders pause and where due dates move.

``chinese_calendar`` knows the State Council's yearly schedule (holidays, bridge days and the
make-up working days) for the years its release covers (1.11: through 2026). For a later year
we ask the ``holidays`` package (0.108 knows China in 2027): its public holidays, the days off
it lists as substituted, and the make-up working days those name. A year neither publishes
yet (the State Council announces each November) is only weekends plus the statutory holidays
``holidays`` computes from its rules.

The lunar-holiday table below is the parser's too (``bot.parsing.dates`` imports it), so the
parser depends on the domain and not the reverse.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import chinese_calendar

# Lunar-calendar holidays move every year: 春节 (the first day of the lunar year), 端午 and
# 中秋 from a table of their Gregorian dates; 除夕 is the day before 春节, 元宵 fourteen days
# after it; 清明 (solar, April 4 or 5) follows the leap-year cycle. Outside the table's years
# the holiday gives no date (the note is then dated today).
_SPRING_FESTIVAL = {
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8),
}  # fmt: skip
_DRAGON_BOAT = {
    2020: (6, 25), 2021: (6, 14), 2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31),
    2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16), 2030: (6, 5), 2031: (6, 24),
    2032: (6, 12), 2033: (6, 1), 2034: (6, 20), 2035: (6, 10),
}  # fmt: skip
_MID_AUTUMN = {
    2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6),
    2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12), 2031: (10, 1),
    2032: (9, 19), 2033: (9, 8), 2034: (9, 27), 2035: (9, 16),
}  # fmt: skip


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def lunar_holiday(name: str, year: int) -> date | None:
    """The day of a lunar holiday (春节, 除夕, 元宵, 端午, 中秋), 清明 or 冬至 in `year`, from the
    table (2020-2035); None outside it."""
    if name.startswith("清明"):
        return _safe_date(year, 4, 4 if year % 4 in (0, 1) else 5)
    if name == "冬至":  # December 21 or 22, on the same leap-year cycle (2020-2040)
        return _safe_date(year, 12, 21 if year % 4 in (0, 1) else 22)
    if name.startswith("端午"):
        table, offset = _DRAGON_BOAT, 0
    elif name.startswith("中秋"):
        table, offset = _MID_AUTUMN, 0
    else:
        table = _SPRING_FESTIVAL
        offset = -1 if name in ("除夕", "年三十") else 14 if name.startswith("元宵") else 0
    if year not in table:
        return None
    month, day = table[year]
    return date(year, month, day) + timedelta(days=offset)


# "Day off (substituted from 09/20/2026)": the day named is a make-up working day.
_SUBSTITUTED_RE: Final = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


@lru_cache(maxsize=32)
def _holidays_package_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(days off, make-up working days) of ``year`` from the ``holidays`` package."""
    # Imported here: the parser imports this module for its lunar table, and `holidays`
    # takes ~100 ms to import; only a year chinese_calendar lacks needs it.
    import holidays as holidays_lib

    table = holidays_lib.country_holidays("CN", years=year, language="en_US")
    days_off: set[date] = set()
    working: set[date] = set()
    for day, name in table.items():
        days_off.add(day)
        for match in _SUBSTITUTED_RE.finditer(name):
            month, dom, yr = (int(g) for g in match.groups())
            working.add(date(yr, month, dom))
    return frozenset(days_off), frozenset(working)


@lru_cache(maxsize=4096)
def is_rest_day(day: date) -> bool:
    """True on a Chinese public holiday or a weekend that is not a make-up working day."""
    try:
        return bool(chinese_calendar.is_holiday(day))
    except NotImplementedError:
        # A year the installed chinese_calendar does not cover: see the module docstring.
        days_off, working = _holidays_package_year(day.year)
        if day in working:
            return False
        return day in days_off or day.weekday() >= 5


@lru_cache(maxsize=4096)
def is_public_holiday(day: date) -> bool:
    """True on a public holiday or a day off of its holiday week (not an ordinary weekend)."""
    try:
        holiday, _name = chinese_calendar.get_holiday_detail(day)
        # chinese_calendar names weekends None; holiday weeks carry the festival's name.
        return bool(holiday) and _name is not None
    except NotImplementedError:
        days_off, _working = _holidays_package_year(day.year)
        return day in days_off


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while is_rest_day(day):
        day += timedelta(days=1)
    return day
