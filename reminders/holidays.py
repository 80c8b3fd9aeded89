"""Chinese rest days: when reminders are not sent (public holidays, and weekends not worked).

``chinese_calendar`` knows the State Council's yearly schedule (holidays and the make-up
working Saturdays), but only for the years its release covers; for a later year it raises
NotImplementedError. For such a year we fall back to weekends plus the fixed-date public
holidays of the solar calendar (New Year's Day, Labour Day, National Day); lunar holidays
(Spring Festival, Qingming, Dragon Boat, Mid-Autumn) cannot be known there until the
package is upgraded, so reminders may go out on them.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Final

import chinese_calendar

# (month, day) of the public holidays fixed in the solar calendar (国务院《全国年节及纪念日放假办法》).
_FIXED_HOLIDAYS: Final = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


@lru_cache(maxsize=2048)
def is_rest_day(day: date) -> bool:
    """True on a Chinese public holiday or a weekend that is not a make-up working day."""
    try:
        return bool(chinese_calendar.is_holiday(day))
    except NotImplementedError:
        # A year the installed chinese_calendar does not cover: see the module docstring.
        return day.weekday() >= 5 or (day.month, day.day) in _FIXED_HOLIDAYS
