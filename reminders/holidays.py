"""Chinese rest days: when reminders are not sent (public holidays, and weekends not worked).

``chinese_calendar`` knows the State Council's yearly schedule (holidays and the make-up
working Saturdays), but only for the years its release covers; for a later year it raises
NotImplementedError. For such a year we fall back to weekends plus the statutory public
holidays themselves: the fixed-date ones of the solar calendar (New Year's Day, Labour Day,
National Day) and the lunar ones from the parser's table (Spring Festival's eve to its
third day, Qingming, Dragon Boat, Mid-Autumn). The bridge days and make-up working
Saturdays the State Council adds each year are only known once the package is upgraded.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import chinese_calendar

from bot.parsing.dates import lunar_holiday

# (month, day) of the public holidays fixed in the solar calendar (国务院《全国年节及纪念日放假办法》).
_FIXED_HOLIDAYS: Final = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})
# The lunar ones: (name in the parser's table, first day's offset from it, number of days).
_LUNAR_HOLIDAYS: Final = (("春节", -1, 4), ("清明", 0, 1), ("端午", 0, 1), ("中秋", 0, 1))


@lru_cache(maxsize=32)
def _lunar_rest_days(year: int) -> frozenset[date]:
    days: set[date] = set()
    for name, offset, length in _LUNAR_HOLIDAYS:
        day = lunar_holiday(name, year)
        if day is not None:
            days.update(day + timedelta(days=offset + i) for i in range(length))
    return frozenset(days)


@lru_cache(maxsize=2048)
def is_rest_day(day: date) -> bool:
    """True on a Chinese public holiday or a weekend that is not a make-up working day."""
    try:
        return bool(chinese_calendar.is_holiday(day))
    except NotImplementedError:
        # A year the installed chinese_calendar does not cover: see the module docstring.
        return (
            day.weekday() >= 5
            or (day.month, day.day) in _FIXED_HOLIDAYS
            or day in _lunar_rest_days(day.year)
        )
