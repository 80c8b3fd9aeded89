"""The date rules, expression by expression, including month and year boundaries."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from bot.parsing.dates import find_dates

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = dt.datetime(2026, 11, 23, 20, 0, tzinfo=SHANGHAI)  # a Monday
JAN_5 = dt.datetime(2027, 1, 5, 9, 0, tzinfo=SHANGHAI)  # a Tuesday
MARCH_1 = dt.datetime(2027, 3, 1, 9, 0, tzinfo=SHANGHAI)  # a Monday


def only_date(text: str, today: dt.date, plan: bool = False) -> dt.date | None:
    found = find_dates(text.lower(), today, plan)
    return found[0].day if found else None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("今天", "2026-11-23"),
        ("今早", "2026-11-23"),
        ("今晚", "2026-11-23"),
        ("昨天", "2026-11-22"),
        ("昨晚", "2026-11-22"),
        ("前天", "2026-11-21"),
        ("大前天", "2026-11-20"),
        ("明天", "2026-11-24"),
        ("后天", "2026-11-25"),
        ("上周三", "2026-11-18"),
        ("上星期五", "2026-11-20"),
        ("上个礼拜天", "2026-11-22"),
        ("上周日", "2026-11-22"),
        ("本周一", "2026-11-23"),
        ("这周一", "2026-11-23"),
        ("这周三", "2026-11-25"),
        ("下周二", "2026-12-01"),
        ("周一", "2026-11-23"),
        ("周二", "2026-11-17"),
        ("星期日", "2026-11-22"),
        ("礼拜六", "2026-11-21"),
        ("11月20日", "2026-11-20"),
        ("11月20号", "2026-11-20"),
        ("十一月十八日", "2026-11-18"),
        ("11.19", "2026-11-19"),
        ("11/16", "2026-11-16"),
        ("20号", "2026-11-20"),
        ("二十号", "2026-11-20"),
        ("25号", "2026-10-25"),
        ("上个月15号", "2026-10-15"),
        ("上月3日", "2026-10-03"),
        ("三天前", "2026-11-20"),
        ("3天前", "2026-11-20"),
        ("两天前", "2026-11-21"),
        ("十天前", "2026-11-13"),
        ("一周前", "2026-11-16"),
        ("两周前", "2026-11-09"),
        ("2026年11月2日", "2026-11-02"),
        ("2026-11-10", "2026-11-10"),
        ("１１月２０日", "2026-11-20"),
        ("３天前", "2026-11-20"),
        ("today", "2026-11-23"),
        ("this evening", "2026-11-23"),
        ("yesterday", "2026-11-22"),
        ("last night", "2026-11-22"),
        ("the day before yesterday", "2026-11-21"),
        ("2 days ago", "2026-11-21"),
        ("three days ago", "2026-11-20"),
        ("a week ago", "2026-11-16"),
        ("last tuesday", "2026-11-17"),
        ("on monday", "2026-11-23"),
        ("on friday", "2026-11-20"),
        ("this monday", "2026-11-23"),
        ("next wednesday", "2026-11-25"),
        ("nov 16", "2026-11-16"),
        ("november 16th", "2026-11-16"),
        ("16 nov", "2026-11-16"),
        ("16th of november", "2026-11-16"),
        ("11/16", "2026-11-16"),
        ("last week on thursday", "2026-11-19"),
    ],
)
def test_expression_on_a_monday(expression: str, expected: str) -> None:
    text = expression.translate(str.maketrans("１２３０", "1230"))  # find_dates wants NFKC text
    assert only_date(text, MONDAY.date()) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12月28日查寝", "2026-12-28"),  # in January a December date is last year's
        ("12.30 班会", "2026-12-30"),
        ("上周三开班会", "2026-12-30"),  # the week straddles the new year
        ("上周五查寝", "2027-01-01"),
        ("上个月20号家访", "2026-12-20"),
        ("31号查寝", "2026-12-31"),
        ("Dec 30 class meeting", "2026-12-30"),
        ("dorm check on 28 December", "2026-12-28"),
    ],
)
def test_year_boundary(text: str, expected: str) -> None:
    (activity,) = parse_message(text, JAN_5)
    assert activity.date == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天查寝", "2027-02-28"),
        ("上周五开班会", "2027-02-26"),
        ("29号查寝", "2027-01-29"),  # February 2027 has no 29th
        ("31号查寝", "2027-01-31"),
        ("2月25日家访", "2027-02-25"),
        ("dorm visit last Saturday", "2027-02-27"),
    ],
)
def test_month_boundary(text: str, expected: str) -> None:
    (activity,) = parse_message(text, MARCH_1)
    assert activity.date == dt.date.fromisoformat(expected)


def test_leap_day() -> None:
    now = dt.datetime(2028, 3, 1, 9, 0, tzinfo=SHANGHAI)
    assert parse_message("昨天查寝", now)[0].date == dt.date(2028, 2, 29)
    assert parse_message("2月29日开班会", now)[0].date == dt.date(2028, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "3号楼查寝",
        "去5号宿舍楼",
        "12号楼",
        "2号线",
        "5号床的同学",
        "十一号楼",
        "1.5小时",
        "3/4的同学",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, MONDAY.date(), False) == []


def test_building_number_does_not_move_the_date() -> None:
    (activity,) = parse_message("3号楼查寝", MONDAY)
    assert activity.date == MONDAY.date()
    assert activity.location == "3号楼"


def test_full_width_digits() -> None:
    (activity,) = parse_message("１１月２１日查寝，６号楼，１．５小时", MONDAY)
    assert activity.date == dt.date(2026, 11, 21)
    assert activity.location == "6号楼"
    assert activity.hours == 1.5


def test_no_date_means_today() -> None:
    assert parse_message("查寝", MONDAY)[0].date == MONDAY.date()


def test_today_is_in_nows_own_zone() -> None:
    # 00:30 in Shanghai is still the previous day in UTC; "today" follows now's zone.
    now = dt.datetime(2026, 11, 24, 0, 30, tzinfo=SHANGHAI)
    assert parse_message("今天查寝", now)[0].date == dt.date(2026, 11, 24)
    assert parse_message("昨晚查寝", now)[0].date == dt.date(2026, 11, 23)


def test_plan_turns_month_day_forward() -> None:
    (activity,) = parse_message("计划12月5日开班会", MONDAY)
    assert activity.date == dt.date(2026, 12, 5)
    assert activity.flag == "future"
    # Without a plan word a day a little ahead is still the near future (round 7), not the
    # same day almost a year back; one told as done, or two months ahead, is the past one.
    (activity,) = parse_message("12月5日开班会", MONDAY)
    assert activity.date == dt.date(2026, 12, 5)
    assert activity.flag == "future"
    (activity,) = parse_message("12月5日开了班会", MONDAY)
    assert activity.date == dt.date(2025, 12, 5)
    assert activity.flag == "too_old"
    (activity,) = parse_message("1月25日开班会", MONDAY)
    assert activity.date == dt.date(2026, 1, 25)
    assert activity.flag == "too_old"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("明天查寝", "future"),
        ("下周三开班会", "future"),
        ("will hold a class meeting tomorrow", "future"),
        ("9月1日查寝", "too_old"),
        ("昨天查寝", None),
        ("9月22日查寝", None),  # 62 days back: still plausible
        ("9月21日查寝", "too_old"),
    ],
)
def test_plausibility_flags(text: str, flag: str | None) -> None:
    (activity,) = parse_message(text, MONDAY)
    assert activity.flag == flag


def test_several_dates_in_one_message() -> None:
    got = parse_message("上周一听课 上周三查寝 上周五班会", MONDAY)
    assert [(a.kind, a.date.day) for a in got] == [
        ("classroom_visit", 16),
        ("dorm_visit", 18),
        ("class_meeting", 20),
    ]


def test_date_after_the_activity_applies_to_it() -> None:
    (activity,) = parse_message("查寝，上周六", MONDAY)
    assert activity.date == dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # Parts of a month: 月初 the 1st, 上旬 the 5th, 中旬 the 15th, 下旬 the 25th, 月底 the last.
        ("上月底", "2026-10-31"),
        ("上个月底", "2026-10-31"),
        ("这个月初", "2026-11-01"),
        ("本月中旬", "2026-11-15"),
        ("11月中旬", "2026-11-15"),
        ("10月下旬", "2026-10-25"),
        ("12月初", "2025-12-01"),  # a past month unless the message is a plan
        ("上个月", "2026-10-23"),
        ("mid-November", "2026-11-15"),
        ("early Nov", "2026-11-05"),
        ("end of last month", "2026-10-31"),
        ("last month", "2026-10-23"),
        # "A few days" is three; "a couple of days" and "the other day" two.
        ("前几天", "2026-11-20"),
        ("几天前", "2026-11-20"),
        ("前些日子", "2026-11-20"),
        ("前两天", "2026-11-21"),
        ("the other day", "2026-11-21"),
        ("a few days ago", "2026-11-20"),
    ],
)
def test_vague_expressions_on_a_monday(expression: str, expected: str) -> None:
    assert only_date(expression, MONDAY.date()) == dt.date.fromisoformat(expected)


def test_end_of_february_in_a_leap_year() -> None:
    assert only_date("上月底", dt.date(2028, 3, 2)) == dt.date(2028, 2, 29)
    assert only_date("上个月底", MARCH_1.date()) == dt.date(2027, 2, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周三周四连着两天去听课", ["2026-11-18", "2026-11-19"]),
        ("前天晚上和昨天晚上都去查寝了", ["2026-11-21", "2026-11-22"]),
        # Weekdays listed in the week's order are days of one week, even when the first is
        # today's name ("周二周四各听了一次课" said on a Tuesday: last week's two days).
        ("dorm checks on Monday and Saturday", ["2026-11-16", "2026-11-21"]),
        ("dorm checks on Saturday and Monday", ["2026-11-21", "2026-11-23"]),
        ("周一、周三、周五各查了一次寝", ["2026-11-16", "2026-11-18", "2026-11-20"]),
        ("11月21号（周六）查寝", ["2026-11-21"]),  # one day named twice is one visit
    ],
)
def test_dates_listed_together_give_one_activity_each(text: str, expected: list[str]) -> None:
    got = sorted(a.date.isoformat() for a in parse_message(text, MONDAY))
    assert got == expected


def test_a_range_is_not_a_list_of_days() -> None:
    assert len(parse_message("11月20日到22日查寝", MONDAY)) == 1


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("元旦当天去宿舍慰问", dt.datetime(2027, 1, 2, 10, tzinfo=SHANGHAI), "2027-01-01"),
        ("跨年夜去宿舍看了留校学生", dt.datetime(2027, 1, 2, 10, tzinfo=SHANGHAI), "2026-12-31"),
        ("10月1日国庆节当天去宿舍慰问", dt.datetime(2026, 10, 8, tzinfo=SHANGHAI), "2026-10-01"),
        ("国庆去宿舍看了看", dt.datetime(2026, 10, 8, tzinfo=SHANGHAI), "2026-10-01"),
        (
            "visited the dorms on Christmas Eve",
            dt.datetime(2027, 1, 2, tzinfo=SHANGHAI),
            "2026-12-24",
        ),
        ("2号带学生参加跨年晚会", dt.datetime(2027, 1, 5, tzinfo=SHANGHAI), "2027-01-02"),
    ],
)
def test_fixed_holidays(text: str, now: dt.datetime, expected: str) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took the team to a contest over the weekend", "2026-11-21"),
        ("dorm inspection, bldg 9, Sat night", "2026-11-21"),
        ("class meeting at the weekend", "2026-11-21"),
    ],
)
def test_english_weekends_and_short_weekdays(text: str, expected: str) -> None:
    (activity,) = parse_message(text, MONDAY)
    assert activity.date.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11-20 主题班会", "2026-11-20"),
        ("下午3-5点组织学生参加消防演练", "2026-11-23"),  # hours, not a date
        ("第1-2节听课", "2026-11-23"),
        ("和2-3个学生谈心", "2026-11-23"),
    ],
)
def test_month_day_with_a_dash(text: str, expected: str) -> None:
    (activity,) = parse_message(text, MONDAY)
    assert activity.date.isoformat() == expected


def test_a_plan_in_one_clause_leaves_the_past_of_the_others() -> None:
    thursday = dt.datetime(2026, 11, 19, 10, tzinfo=SHANGHAI)
    got = parse_message(
        "周一晚上去了趟女生宿舍，周二上午听了一节大英，今天下午准备开班委会", thursday
    )
    assert sorted((a.kind, a.date.isoformat()) for a in got) == [
        ("cadre_meeting", "2026-11-19"),
        ("classroom_visit", "2026-11-17"),
        ("dorm_visit", "2026-11-16"),
    ]
    # A plan named once for the whole list still moves every clause of it.
    got = parse_message(
        "本周计划：周三听课，周五查寝", dt.datetime(2026, 12, 7, 9, tzinfo=SHANGHAI)
    )
    assert sorted(a.date.isoformat() for a in got) == ["2026-12-09", "2026-12-11"]


def test_an_ordinal_year_is_not_a_day() -> None:
    thursday = dt.datetime(2026, 11, 19, 10, tzinfo=SHANGHAI)
    (activity,) = parse_message("on Tues I popped into the 2nd-year dorms", thursday)
    assert activity.date == dt.date(2026, 11, 17)


def test_winter_solstice_matches_the_calendar_every_year_of_its_cycle() -> None:
    chinese_calendar = pytest.importorskip("chinese_calendar")
    from bot.parsing.holiday_dates import lunar_holiday

    terms = chinese_calendar.get_solar_terms(dt.date(2020, 1, 1), dt.date(2040, 12, 31))
    solstices = {day.year: day for day, name in terms if name == "冬至"}
    assert len(solstices) == 21
    for year, day in solstices.items():
        assert lunar_holiday("冬至", year) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("冬至那天开了班委会", dt.date(2026, 12, 22)),
        ("class meeting on Boxing Day", dt.date(2026, 12, 26)),
        ("今天冬至，去宿舍给学生送了饺子", dt.date(2027, 1, 4)),
        ("went round the dorms last weekend, on Sunday evening", dt.date(2027, 1, 3)),
    ],
)
def test_holidays_and_the_day_that_names_them(text: str, expected: dt.date) -> None:
    now = dt.datetime(2027, 1, 4, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert [a.date for a in parse_message(text, now)] == [expected]


_SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("now", "text", "expected"),
    [
        # A plan word in another clause does not send a day of the last weeks a year ahead.
        (
            (2027, 1, 15),
            "1月7号陪一个学生去医院看病；1月的记录表下周交",
            [("other", "2027-01-07", None)],
        ),
        (
            (2026, 12, 25),
            "12月20号给两位家长打了电话，下周准备开班会",
            [("parent_contact", "2026-12-20", None), ("class_meeting", "2027-01-01", "future")],
        ),
        (
            (2026, 11, 23),
            "Nov 20 sat in the lecture; will do the dorms next week",
            [("classroom_visit", "2026-11-20", None), ("dorm_visit", "2026-11-30", "future")],
        ),
        # Its own clause's plan word keeps the day ahead (and the bot asks about it).
        ((2026, 11, 23), "计划11月20日听课", [("classroom_visit", "2027-11-20", "future")]),
        ((2026, 12, 31), "准备1月2日开班会", [("class_meeting", "2027-01-02", "future")]),
    ],
)
def test_a_plan_elsewhere_keeps_a_recent_day_in_the_past(
    now: tuple[int, int, int], text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    when = dt.datetime(*now, 20, 0, tzinfo=_SHANGHAI)
    got = [(a.kind, a.date.isoformat(), a.flag) for a in parse_message(text, when)]
    assert got == expected
