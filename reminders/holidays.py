"""Chinese public holidays and rest days: when reminders pause and where due dates move.

``chinese_calendar`` knows the State Council's yearly schedule (holidays, bridge days and the
make-up working days) for the years its release covers (1.11: through 2026). For a later year
we ask the ``holidays`` package (0.108 knows China in 2027): its public holidays, the days off
it lists as substituted, and the make-up working days those name. A year neither publishes
yet (the State Council announces each November) is only weekends plus the statutory holidays
``holidays`` computes from its rules.

The lunar calendar below (lunar-python: lunar months and days, festivals, solar terms) is the
parser's too (``bot.parsing.holiday_dates`` imports it), so the parser depends on the domain
and not the reverse.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import chinese_calendar

# Lunar-calendar days come from lunar-python (MIT, computed from the astronomy, no year
# limit): a lunar month and day, a festival kept on one (春节 正月初一, 重阳 九月初九, 腊八 …)
# and the 24 solar terms (清明, 冬至, 立冬 …). Imported on first use only: a note with no lunar
# word never loads it (~8 ms and ~2 MB), and each lunar year is worked out once.
LUNAR_FESTIVALS: Final = {
    "春节": (1, 1),
    "元宵": (1, 15),
    "端午": (5, 5),
    "七夕": (7, 7),
    "中秋": (8, 15),
    "重阳": (9, 9),
    "腊八": (12, 8),
    # 小年 is the 23rd of the twelfth month in the north (the 24th in the south).
    "小年": (12, 23),
}

SOLAR_TERMS: Final = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)  # fmt: skip


@lru_cache(maxsize=512)
def lunar_date(lunar_year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian day of a lunar year's month and day (闰 for a leap month); None when that
    month has fewer days or the year has no such leap month."""
    from lunar_python import LunarMonth, Solar

    number = -month if leap else month
    try:
        lunar_month = LunarMonth.fromYm(lunar_year, number)
    except Exception:  # lunar-python raises a bare Exception for a month it has not
        return None
    if lunar_month is None or not 1 <= day <= lunar_month.getDayCount():
        return None
    first = Solar.fromJulianDay(lunar_month.getFirstJulianDay())
    return date(first.getYear(), first.getMonth(), first.getDay()) + timedelta(days=day - 1)


@lru_cache(maxsize=512)
def lunar_day_of(day: date) -> int:
    """The day of its lunar month (1 … 30) that Gregorian `day` is."""
    from lunar_python import Solar

    return int(Solar.fromYmd(day.year, day.month, day.day).getLunar().getDay())


@lru_cache(maxsize=64)
def _solar_terms(year: int) -> dict[str, date]:
    """The 24 solar terms of Gregorian `year`, by name."""
    from lunar_python import Lunar

    terms: dict[str, date] = {}
    # A lunar year's table names its own terms in Chinese (its 冬至 is the December before);
    # the next lunar year's table has this December's 冬至.
    for lunar_year in (year, year + 1):
        table = Lunar.fromYmd(lunar_year, 1, 1).getJieQiTable()
        for name, solar in table.items():
            if name in SOLAR_TERMS and solar.getYear() == year:
                terms[name] = date(solar.getYear(), solar.getMonth(), solar.getDay())
    return terms


def lunar_holiday(name: str, year: int) -> date | None:
    """The day in Gregorian `year` of a lunar festival (春节, 除夕, 元宵, 端午, 中秋, 重阳, 腊八,
    小年 …, with or without 节) or a solar term (清明, 冬至, 立冬 …); None for another name."""
    if name not in LUNAR_FESTIVALS and name not in SOLAR_TERMS:
        name = name.removesuffix("节")  # 中秋节, 重阳节, 元宵节 (春节 keeps its 节)
    if name in SOLAR_TERMS:
        return _solar_terms(year).get(name)
    if name in ("除夕", "年三十"):  # the last day of the lunar year, the eve of 春节
        spring = lunar_date(year, 1, 1)
        return None if spring is None else spring - timedelta(days=1)
    if name not in LUNAR_FESTIVALS:
        return None
    month, day = LUNAR_FESTIVALS[name]
    # The twelfth month's days (腊八, 小年) fall in January of the lunar year before, or
    # late in December of this one.
    for lunar_year in (year - 1, year):
        found = lunar_date(lunar_year, month, day)
        if found is not None and found.year == year:
            return found
    return None


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
