"""Day arithmetic for the date stages: the names of days and months and the calendar sums.

The base of the date modules (day_math → date_forms → holiday_dates → dates); it imports
nothing of the parser. Everything here is a pure function of its arguments and returns
None for a day the calendar does not have (30 February, year 0) instead of raising.

Tables: `_CN_WEEKDAYS` (一…日/天 → 0-6), `_EN_WEEKDAYS` and `_EN_MONTHS` (full names and
the abbreviations advisors use: "tues", "thur", "sept"), `_WEEK_SHIFT` (大上/上上 -2, 上 -1,
本/这/今 0, 下 1, 下下 2) and `_EN_WEEK_SHIFT` (last/past, this, next/coming), and the regex
alternations `_MONTH_NAMES` and `_WEEKDAY_NAMES` the English rules are built from.

Functions: `_safe_date`, `_shift` (days) and `_shift_months` (the same day N months on or
back, the month's last day if it has no such day); `month_day` (a month/day without a year: the most
recent such date not after today, the next one for a plan), `day_of_month` (20号 likewise,
in a given month shift), `weekday_in_week` (a weekday of a week shifted from today's;
weeks start on Monday), `recent_weekday` (a bare weekday: the most recent, today included,
the coming one for a plan), `_en_month` / `_en_weekday` (a word to its number) and
`_year_from_word` (今年, 去年, 前年, 明年 or digits).

How to add to it: a new spelling of a weekday or month goes into its table (and, for
English, into `_MONTH_NAMES` / `_WEEKDAY_NAMES` so the rules see it). The conventions (what
"last Tuesday" means on a Tuesday) are the `dates` module docstring's; change them there
and in the tests of `tests/parsing/test_dates.py` first.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_CN_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_EN_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

_EN_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_WEEK_SHIFT = {"大上": -2, "上上": -2, "上": -1, "本": 0, "这": 0, "今": 0, "下": 1, "下下": 2}

# A calendar date without a year is read as the near future rather than the past when the
# day ahead is at most NEAR_AHEAD_DAYS off and the past one at least FAR_BACK_DAYS back.
NEAR_AHEAD_DAYS = 31
FAR_BACK_DAYS = 300

_EN_WEEK_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}

_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)

_WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    # British "Weds".
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)"
)


# A weekday by its name, Chinese or English: what `weekdays_named` reads.
_WEEKDAY_WORD_RE = re.compile(
    r"(?:周|星期|礼拜)([一二三四五六日天])|\b(" + _WEEKDAY_NAMES + r")\b", re.IGNORECASE
)


def weekdays_named(text: str) -> set[int]:
    """The weekdays (Monday 0) that `text` names: 周五 and "Friday" are 4."""
    return {
        _CN_WEEKDAYS[m.group(1)] if m.group(1) else _en_weekday(m.group(2).lower())
        for m in _WEEKDAY_WORD_RE.finditer(text)
    }


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _shift(today: date, days: int) -> date | None:
    try:
        return today + timedelta(days)  # positional: a keyword costs a third more
    except OverflowError:
        return None


def _shift_months(today: date, months: int) -> date | None:
    index = today.year * 12 + today.month - 1 + months
    year, month = divmod(index, 12)
    for day in range(today.day, 27, -1):
        found = _safe_date(year, month + 1, day)
        if found is not None:
            return found
    return _safe_date(year, month + 1, min(today.day, 28))


def month_day(
    today: date, month: int, day: int, plan: bool, year: int | None = None, near: bool = True
) -> date | None:
    """M月D日 / Nov 16: the most recent such date not after today (the next one for a plan);
    with `near`, a day a little ahead rather than almost a year back."""
    if year is not None:
        return _safe_date(year, month, day)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if plan:
        for y in (today.year, today.year + 1):
            found = _safe_date(y, month, day)
            if found is not None and found >= today:
                return found
    past = None
    for y in range(today.year, today.year - 5, -1):
        found = _safe_date(y, month, day)
        if found is not None and found <= today:
            past = found
            break
    # A day a little ahead written as a calendar date ("11.5号开班会" said on 4 November) is
    # the near future, not the same day almost a year back: the nearer reading wins.
    ahead_year = today.year + 1 if (month, day) < (today.month, today.day) else today.year
    ahead = _safe_date(ahead_year, month, day)
    if (
        near
        and ahead is not None
        and ahead > today
        and (ahead - today).days <= NEAR_AHEAD_DAYS
        and (past is None or (today - past).days >= FAR_BACK_DAYS)
    ):
        return ahead
    return past


def day_of_month(today: date, day: int, plan: bool, month_shift: int | None = None) -> date | None:
    """20号: this month's 20th if not after today, else the last month that has one."""
    if not 1 <= day <= 31:
        return None
    base_index = today.year * 12 + today.month - 1
    if month_shift is not None:
        year, month = divmod(base_index + month_shift, 12)
        return _safe_date(year, month + 1, day)
    steps = range(0, 13) if plan else range(0, -13, -1)
    for step in steps:
        year, month = divmod(base_index + step, 12)
        found = _safe_date(year, month + 1, day)
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


def weekday_in_week(today: date, weekday: int, week_shift: int) -> date | None:
    """上周三 / this Monday: the weekday of the week `week_shift` weeks from this one."""
    return _shift(today, 7 * week_shift + weekday - today.weekday())


def recent_weekday(
    today: date, weekday: int, plan: bool, strictly_before: bool = False
) -> date | None:
    """周三 / on Monday: the most recent such day, today included (the next one for a plan)."""
    if plan:
        return _shift(today, (weekday - today.weekday()) % 7)
    back = (today.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return _shift(today, -back)


def _en_month(word: str) -> int:
    return _EN_MONTHS[word[:3]]


def _en_weekday(word: str) -> int:
    return _EN_WEEKDAYS[word[:3]]


def _year_from_word(word: str | None, today: date) -> int | None:
    if not word:
        return None
    if word.isdigit():
        year = int(word)
        year = year + 2000 if year < 100 else year
        # "1FEB 0100": digits after a date that cannot be its year are not one.
        return year if 1900 <= year <= today.year + 10 else None
    return {"今": today.year, "去": today.year - 1, "前": today.year - 2, "明": today.year + 1}.get(
        word
    )
