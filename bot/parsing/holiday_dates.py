"""Holidays as dates: the holiday tables and the handlers that turn a holiday into a day.

Stage 3 of the date modules (day_math → date_forms → holiday_dates → dates). The rules that
match a holiday (`holiday`, `holiday_back`, `break_day`, `en_holiday`) are in
`date_forms._RULES`; their handlers are here: `_h_holiday`, `_h_holiday_back` (the n-th day
back after the break, 清明假期后返校第一天) and `_h_break_day` (放假最后一天 / 假期第二天: a day of the break
of the holiday the note named before it; none named, no date, and plausibility asks).

Tables:
- `_HOLIDAYS`: fixed-date holidays (元旦 1/1, 愚人节 4/1, 国庆 10/1, 圣诞 12/25 …) as
  (month, day);
- `_lunar_holiday`: lunar festivals (春节, 除夕, 元宵, 端午, 中秋, 重阳, 腊八, 小年) and the solar
  terms (清明, 冬至, 立冬 …) come from the domain's calendar, `reminders.holidays.lunar_holiday`
  (lunar-python); a lunar month and day (农历十月初一, 冬月初一) is `_h_lunar_md`'s;
- `_FLOATING_HOLIDAYS`: 母亲节, 父亲节, 感恩节 as (month, weekday, n-th);
- `_EN_HOLIDAY_ALIASES`: English names (Christmas, Chinese New Year, Mid-Autumn Festival,
  Youth Day …) to the Chinese key;
- `BREAK_DAYS`: how many days off a holiday is, for "国庆后第一天" (the first day back);
  the calendar's own breaks (`reminders.holidays.is_rest_day`, `_break_edge`) give a
  holiday's last day ("国庆最后一天").

Around a holiday: the day before (前一天, 前夕: `_EVE_AFTER_RE`; "the day before":
`_EN_DAY_AROUND_RE`, `_EN_BEFORE_AFTER_RE`), its N-th day (国庆第三天: `_NTH_DAY_AFTER_RE`),
its last day (`_LAST_DAY_AFTER_RE`), N days after or before it (`_DAYS_AROUND_RE`), and the
run-up or aftermath with no day ("五一前", "before the holiday": `_RUN_UP_AFTER_RE`,
`_RUN_UP_BEFORE_RE`) which gives no date.

How to add a holiday: a fixed date is an entry of `_HOLIDAYS` (its English names in
`_EN_HOLIDAY_ALIASES`); a lunar one belongs in `reminders/holidays.py`; a floating one in
`_FLOATING_HOLIDAYS`. The holiday words must also be in the `holiday` / `en_holiday`
patterns of `date_forms._RULES`. An event the parser cannot date (运动会, 开学) goes in
`plausibility.UNDATED_ANCHORS`, not here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.parsing.date_forms import _RULE_RES
from bot.parsing.day_math import _safe_date, _shift
from bot.parsing.numbers import CN_NUM, cn_to_int
from reminders.holidays import is_rest_day, lunar_date, lunar_day_of, lunar_holiday

_HOLIDAYS = {
    "愚人节": (4, 1),
    "情人节": (2, 14),
    "万圣节": (10, 31),
    "光棍节": (11, 11),
    "双十一": (11, 11),
    "建党节": (7, 1),
    "建军节": (8, 1),
    "元旦": (1, 1),
    "跨年夜": (12, 31),
    "跨年": (12, 31),
    "平安夜": (12, 24),
    "圣诞": (12, 25),
    "圣诞节": (12, 25),
    "国庆": (10, 1),
    "国庆节": (10, 1),
    "劳动节": (5, 1),
    "五一": (5, 1),
    "教师节": (9, 10),
    "五四青年节": (5, 4),
    "青年节": (5, 4),
    "儿童节": (6, 1),
    "六一儿童节": (6, 1),
    "妇女节": (3, 8),
    "植树节": (3, 12),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year eve": (12, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "xmas day": (12, 25),
    "boxing day": (12, 26),
    "national day": (10, 1),
    "teachers day": (9, 10),
    "teachers' day": (9, 10),
    "labor day": (5, 1),
    "labour day": (5, 1),
}


# Lunar-calendar holidays (春节, 端午, 中秋 …) come from the domain's table in reminders.holidays.
_lunar_holiday = lunar_holiday


_RUN_UP_AFTER_RE = re.compile(
    r"(?:节|假期|放假|假)?\s*(?:之前|以前|前)(?![一两二三四五六七八九十\d]+天|一晚|夕|的?最后一天)"
    # "五一假期后第一次查寝": some day after it.
    r"|(?:节|假期|放假|假|长假|小长假)?\s*(?:之后|以后|后|结束后)(?!第?[一两二三四五六七八九十\d]+天)"
)

_RUN_UP_BEFORE_RE = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?$")
# A holiday the students came back from, or the time since it (class: a holiday as the cause
# of a state, no day of a deed): "all students are back from the Spring Festival", "returned
# from National Day", "since Christmas".
_SINCE_IT_BEFORE_RE = re.compile(
    r"\b(?:back|returned|returning|return)\s+from\s+(?:the\s+)?$|\bsince\s+(?:the\s+)?$"
)
# A holiday wished (class: a greeting names no day of a deed): "merry Christmas from Brisbane",
# "happy Mid-Autumn to all", "wishing you a happy New Year's Day".
_WISHED_BEFORE_RE = re.compile(r"\b(?:merry|happy)\s+$")


def _h_holiday(m: re.Match[str], today: date, plan: bool) -> date | None:
    """元旦 / Christmas: fixed-date holidays, the most recent one (the next for a plan);
    春节 / 中秋 / 端午 ...: lunar ones from their table, likewise."""
    if (
        _RUN_UP_BEFORE_RE.search(m.string, max(0, m.start() - 16), m.start())
        and _EN_DAY_AROUND_RE.search(m.string, max(0, m.start() - 24), m.start()) is None
        and not _EN_ONE_DAY_AFTER_RE.match(m.string, m.end())
    ):
        return None  # "Before the National Day holiday: called …": its run-up, not a day
    if _SINCE_IT_BEFORE_RE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "all students are back from the Spring Festival": no day of a deed
    if _WISHED_BEFORE_RE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "merry Christmas": a greeting
    name = " ".join(m.group(1).split())
    name = _EN_HOLIDAY_ALIASES.get(name.replace("-", " "), name)
    # "五一放假前一天", "国庆前夕": the day before the holiday; "国庆第三天": its third day.
    offset = -1 if _EVE_AFTER_RE.match(m.string, m.end()) else 0
    if not offset and _RUN_UP_AFTER_RE.match(m.string, m.end()):
        return None  # "国庆放假前最后一次查寝": some day before it, not the holiday

    before = _EN_DAY_AROUND_RE.search(m.string, max(0, m.start() - 24), m.start())
    if before is None and _EN_ONE_DAY_AFTER_RE.match(m.string, m.end()):
        # Chinglish "before Dragon Boat Festival one day" (端午节前一天).
        before = _EN_BEFORE_AFTER_RE.search(m.string, max(0, m.start() - 12), m.start())
    if before is not None:
        offset = -1 if before.group(1) == "before" else 1
    nth = _NTH_DAY_AFTER_RE.match(m.string, m.end())
    if nth is not None:
        offset = (cn_to_int(nth.group(1)) or 1) - 1
    last_day = _LAST_DAY_AFTER_RE.match(m.string, m.end()) is not None
    # "五一后第一天", "国庆节之后两天", "中秋前两天": counted from the holiday's day.
    around = _DAYS_AROUND_RE.match(m.string, m.end())
    if around is not None:
        days = cn_to_int(around.group("after") or around.group("before") or "1") or 1
        # After a holiday of several days off, the days count from the end of the break.
        offset = days + BREAK_DAYS.get(name, 1) - 1 if around.group("after") else -days
    if name.startswith("大年初"):
        name, offset = "春节", offset + (cn_to_int(name[3:]) or 1) - 1
    elif name.startswith("正月"):
        # 正月初五, 正月十五, 正月廿三: days of the first lunar month, counted from 春节.
        lunar_day = name[2:].removeprefix("初").replace("廿", "二十")
        name, offset = "春节", offset + (cn_to_int(lunar_day) or 1) - 1
    # A day counted back from next year's holiday may be today ("元旦前一天" said on 31 December).
    years = (today.year, today.year + 1) if plan else (today.year + 1, today.year, today.year - 1)
    for year in years:
        if name in _HOLIDAYS:
            month, day = _HOLIDAYS[name]
            holiday = _safe_date(year, month, day)
        elif name in _FLOATING_HOLIDAYS:
            month, weekday, nth_week = _FLOATING_HOLIDAYS[name]
            first = date(year, month, 1)
            holiday = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth_week - 1))
        else:
            holiday = _lunar_holiday(name, year)
        found = None if holiday is None else _shift(holiday, offset)
        if found is not None and last_day:
            found = _break_edge(found, 1)  # "国庆假期最后一天", "五一最后一天"
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


# Lunar months by name: 正月 is the first, 冬月 the eleventh, 腊月 the twelfth.
_LUNAR_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12}


def _lunar_number(word: str) -> int | None:
    """初九 → 9, 廿三 → 23, 十五 → 15, 8 → 8: a lunar month's or day's number."""
    word = word.removeprefix("初").replace("廿", "二十")
    return _LUNAR_MONTH_NAMES.get(word) or (int(word) if word.isdigit() else cn_to_int(word))


def _h_lunar_md(m: re.Match[str], today: date, plan: bool) -> date | None:
    """农历十月初一, 冬月初一, 九月初九: that lunar day of the lunar year around today, the most
    recent one (the next for a plan)."""
    month = _lunar_number(m.group(2) or m.group(4) or m.group(5))
    day = _lunar_number(m.group(6))
    if month is None or day is None:
        return None
    leap = bool(m.group(1) or m.group(3))
    days = [lunar_date(year, month, day, leap) for year in range(today.year - 1, today.year + 2)]
    if plan:
        return min((d for d in days if d is not None and d >= today), default=None)
    return max((d for d in days if d is not None and d <= today), default=None)


def _h_lunar_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    """初六 (望日, the 15th) alone, as the literary register dates a diary's day: the most recent
    day of a lunar month that is its 6th (the next for a plan), within a month of today."""
    number = 15 if m.group(2) else cn_to_int(m.group(1))
    step = 1 if plan else -1
    for days in range(31):
        day = today + timedelta(days=step * days)
        if lunar_day_of(day) == number:
            return day
    return None


def _h_holiday_back(m: re.Match[str], today: date, plan: bool) -> date | None:
    """清明假期后返校第一天: the n-th day after the run of days off around the holiday."""
    name = m.group(1)  # 清明节, 端午节: the lunar table reads the name's start
    n = cn_to_int(m.group(2)) or 1
    years = (today.year, today.year + 1) if plan else (today.year, today.year - 1)
    for year in years:
        holiday = _safe_date(year, *_HOLIDAYS[name]) if name in _HOLIDAYS else None
        holiday = holiday or _lunar_holiday(name, year)
        if holiday is None:
            continue
        last = holiday
        for _ in range(10):  # no break is longer
            after = _shift(last, 1)
            if after is None or not is_rest_day(after):
                break
            last = after
        found = _shift(last, n)
        if found is not None and (found >= today if plan else found <= today):
            return found
    return None


# Holidays on the n-th weekday of a month: (month, weekday, n).
_FLOATING_HOLIDAYS = {"母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4)}

# English names of the holidays the Chinese table knows.
_EN_HOLIDAY_ALIASES = {
    "april fool's day": "愚人节",
    "april fools day": "愚人节",
    "april fools' day": "愚人节",
    "april fool's": "愚人节",
    "april fools": "愚人节",
    "valentine's day": "情人节",
    "valentines day": "情人节",
    "valentine's": "情人节",
    "halloween": "万圣节",
    "singles' day": "光棍节",
    "singles day": "光棍节",
    "double eleven": "光棍节",
    "mother's day": "母亲节",
    "mothers day": "母亲节",
    "father's day": "父亲节",
    "fathers day": "父亲节",
    "thanksgiving": "感恩节",
    "thanksgiving day": "感恩节",
    "winter solstice": "冬至",
    "summer solstice": "夏至",
    "may day": "劳动节",
    "youth day": "青年节",
    "children's day": "儿童节",
    "childrens day": "儿童节",
    "children's' day": "儿童节",
    "women's day": "妇女节",
    "womens day": "妇女节",
    "women's' day": "妇女节",
    "chinese new year": "春节",
    "lunar new year": "春节",
    "spring festival": "春节",
    "chinese new year's eve": "除夕",
    "chinese new years eve": "除夕",
    "chinese new year eve": "除夕",
    "lunar new year's eve": "除夕",
    "lunar new years eve": "除夕",
    "lunar new year eve": "除夕",
    "lantern festival": "元宵",
    "dragon boat festival": "端午",
    "mid autumn": "中秋",
    "mid autumn festival": "中秋",
    "midautumn": "中秋",
    "midautumn festival": "中秋",
    "qingming": "清明",
    "qingming festival": "清明",
    "tomb sweeping day": "清明",
}

_EVE_AFTER_RE = re.compile(r"(?:节|假期|放假)?\s*(?:前一天|前一晚|前夕)")

_LAST_DAY_AFTER_RE = re.compile(r"(?:节|假期|长假|小长假|放假|假)?\s*的?\s*最后一[天晚]")

# A holiday named right before a break's day ("国庆假期最后一天"): the holiday rule dates it.
_HOLIDAY_RIGHT_BEFORE_RE = re.compile(r"(?:节|小)?\s*$")


def _break_edge(day: date, step: int) -> date:
    """The last (`step` 1) or first (-1) day of the run of days off around `day`: a
    holiday's break as the calendar has it (清明 2026 is 4-6 April)."""
    for _ in range(10):  # no break is longer
        after = _shift(day, step)
        if after is None or not is_rest_day(after):
            break
        day = after
    return day


def _h_break_day(m: re.Match[str], today: date, plan: bool) -> date | None:
    """放假最后一天 / 假期第二天: a day of the break of the holiday the note named before it
    ("清明节当天 called …，放假最后一天 …"); none named, no date (plausibility asks)."""
    text, start = m.string, m.start()
    holiday = None
    for h in _RULE_RES["holiday"].finditer(text, 0, start):
        holiday = h
    if holiday is None or _HOLIDAY_RIGHT_BEFORE_RE.fullmatch(text, holiday.end(), start):
        return None
    anchor = _h_holiday(holiday, today, plan)
    if anchor is None or not is_rest_day(anchor):
        return None
    if m.group(1):  # 最后一天
        return _break_edge(anchor, 1)
    first = _break_edge(anchor, -1)
    return _shift(first, (cn_to_int(m.group(2)) or 1) - 1)


# "the day before Dragon Boat Festival", "the day after Christmas".
_EN_DAY_AROUND_RE = re.compile(r"\b(?:the\s+|one\s+|a\s+)?day\s+(before|after)\s+(?:the\s+)?$")

_EN_ONE_DAY_AFTER_RE = re.compile(r"\s+(?:one|a|1)\s+day\b(?!\s+(?:before|after))")

_EN_BEFORE_AFTER_RE = re.compile(r"\b(before|after)\s+(?:the\s+)?$")

_NTH_DAY_AFTER_RE = re.compile(rf"(?:节|假期|长假|小长假|放假)?\s*的?\s*第\s*({CN_NUM})\s*天")

# Holidays that are a break of several days: "国庆后第一天" is 8 October, the first day back.
BREAK_DAYS = {"国庆": 7, "国庆节": 7, "五一": 5, "劳动节": 5, "春节": 7}

_DAYS_AROUND_RE = re.compile(
    rf"(?:节|假期|长假|小长假|放假|假)?\s*(?:(?:之后|以后|过后|结束后|后)的?\s*第?\s*(?P<after>{CN_NUM})\s*天"
    rf"|(?:之前|以前|前)\s*(?P<before>{CN_NUM})\s*天)"
)
