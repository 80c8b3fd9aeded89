"""Session 13, lane r12a: a Lanzhou lecturer's notes written as a work report (一是…二是…,
本周工作安排, 召开 / 组织 / 开展), dated by the lunar calendar and its festivals."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message
from reminders.holidays import lunar_date, lunar_holiday

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _got(text: str, now: dt.date) -> list[tuple[str, str]]:
    at = dt.datetime(now.year, now.month, now.day, 21, tzinfo=SHANGHAI)
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, at))


# --- Class 1: lunar calendar dates -------------------------------------------------------


@pytest.mark.parametrize(
    ("lunar", "day"),
    [
        ((2026, 9, 9), dt.date(2026, 10, 18)),  # 重阳 2026
        ((2026, 10, 1), dt.date(2026, 11, 9)),
        ((2026, 11, 1), dt.date(2026, 12, 9)),  # 冬月初一
        ((2026, 12, 8), dt.date(2027, 1, 15)),  # 腊八
        ((2027, 1, 15), dt.date(2027, 2, 20)),  # 元宵 2027
        ((2027, 8, 15), dt.date(2027, 9, 15)),  # 中秋 2027
        ((2028, 1, 1), dt.date(2028, 1, 26)),  # 春节 2028
        ((2028, 5, 5), dt.date(2028, 5, 28)),  # 端午 2028
    ],
)
def test_lunar_date_of_the_calendar(lunar: tuple[int, int, int], day: dt.date) -> None:
    assert lunar_date(*lunar) == day


def test_a_day_a_lunar_month_lacks_or_a_leap_month_a_year_lacks_is_none() -> None:
    assert lunar_date(2026, 12, 30) is None  # 腊月 2026 has 29 days
    assert lunar_date(2025, 6, 1, leap=True) == dt.date(2025, 7, 25)  # 闰六月 2025
    assert lunar_date(2026, 6, 1, leap=True) is None


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("中秋", 2026, dt.date(2026, 9, 25)),
        ("中秋节", 2027, dt.date(2027, 9, 15)),
        ("春节", 2027, dt.date(2027, 2, 6)),
        ("除夕", 2028, dt.date(2028, 1, 25)),
        ("重阳节", 2027, dt.date(2027, 10, 8)),
        ("腊八", 2027, dt.date(2027, 1, 15)),
        ("腊八", 2028, dt.date(2028, 1, 4)),
        ("小年", 2027, dt.date(2027, 1, 30)),
        ("立冬", 2026, dt.date(2026, 11, 7)),
        ("立春", 2027, dt.date(2027, 2, 4)),
        ("冬至", 2028, dt.date(2028, 12, 21)),
        ("清明", 2026, dt.date(2026, 4, 5)),
        ("国庆", 2026, None),
    ],
)
def test_lunar_holiday_and_solar_terms(name: str, year: int, day: dt.date | None) -> None:
    assert lunar_holiday(name, year) == day


def test_festivals_agree_with_the_old_hand_table() -> None:
    # The table reminders.holidays kept by hand before lunar-python (春节 and 中秋, 2026-2028).
    spring = {2026: dt.date(2026, 2, 17), 2027: dt.date(2027, 2, 6), 2028: dt.date(2028, 1, 26)}
    autumn = {2026: dt.date(2026, 9, 25), 2027: dt.date(2027, 9, 15), 2028: dt.date(2028, 10, 3)}
    for year in spring:
        assert lunar_holiday("春节", year) == spring[year]
        assert lunar_holiday("中秋", year) == autumn[year]


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The blind notes' forms.
        (
            "农历九月初九重阳节，组织班级学生志愿者到七里河区敬老院开展敬老志愿服务，本人全程带队。",
            dt.date(2026, 10, 19),
            [("student_activity", "2026-10-18")],
        ),
        (
            "农历十月初一那天，给家在农村的3位学生家长打了电话，了解冬季取暖情况。",
            dt.date(2026, 11, 18),
            [("parent_contact", "2026-11-09")],
        ),
        (
            "冬月初一那天组织参加一二·九长跑，结束后到宿舍看望了两名生病的同学。",
            dt.date(2026, 12, 10),
            [("dorm_visit", "2026-12-09"), ("student_activity", "2026-12-09")],
        ),
        # Other years and forms.
        ("农历八月十五晚上去宿舍看了看", dt.date(2027, 9, 20), [("dorm_visit", "2027-09-15")]),
        ("农历8月15晚上去宿舍看了看", dt.date(2027, 9, 20), [("dorm_visit", "2027-09-15")]),
        ("腊月二十三那天去宿舍走访了", dt.date(2027, 2, 2), [("dorm_visit", "2027-01-30")]),
        ("腊月廿三去宿舍走访了", dt.date(2028, 1, 20), [("dorm_visit", "2028-01-19")]),
        (
            "九月初九那天带学生去了敬老院",
            dt.date(2027, 10, 10),
            [("student_activity", "2027-10-08")],
        ),
        (
            "重阳节带学生去敬老院做了志愿服务",
            dt.date(2028, 10, 30),
            [("student_activity", "2028-10-26")],
        ),
        ("腊八节那天晚上查寝", dt.date(2028, 1, 6), [("dorm_visit", "2028-01-04")]),
        ("立冬那天到宿舍检查了取暖", dt.date(2027, 11, 10), [("dorm_visit", "2027-11-07")]),
        ("立春当天开了班委会", dt.date(2027, 2, 10), [("cadre_meeting", "2027-02-04")]),
        ("大雪那天晚上查寝", dt.date(2026, 12, 10), [("dorm_visit", "2026-12-07")]),
        # Counter-examples: Gregorian forms that stay.
        ("九月初去宿舍看了看", dt.date(2026, 9, 20), [("dorm_visit", "2026-09-01")]),
        ("月初去查寝了", dt.date(2026, 10, 20), [("dorm_visit", "2026-10-01")]),
        ("11月初3号查寝了", dt.date(2026, 11, 20), [("dorm_visit", "2026-11-03")]),
        ("十月十五去查寝了", dt.date(2026, 11, 20), [("dorm_visit", "2026-10-15")]),
        ("下大雪，去查寝了", dt.date(2026, 12, 10), [("dorm_visit", "2026-12-10")]),
        ("正月十五开了班会", dt.date(2027, 3, 1), [("class_meeting", "2027-02-20")]),
    ],
)
def test_lunar_dates_in_notes(text: str, now: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _got(text, now) == expected


def test_the_parser_loads_the_lunar_library_only_for_a_lunar_word() -> None:
    code = (
        "import sys, datetime as dt;"
        "from zoneinfo import ZoneInfo;"
        "from bot.parsing import parse_message;"
        "now = dt.datetime(2026, 11, 18, 21, tzinfo=ZoneInfo('Asia/Shanghai'));"
        "parse_message('昨天晚上去宿舍查寝了', now);"
        "print('lunar_python' in sys.modules);"
        "parse_message('农历十月初一去宿舍查寝了', now);"
        "print('lunar_python' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


# --- Class 2: a week's plan or record list under a heading ---------------------------------


def _flagged(text: str, now: dt.datetime) -> list[tuple[str, str, str | None]]:
    return sorted((a.kind, a.date.isoformat(), a.flag) for a in parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "本周工作安排：\n1.周四晚深入教室查晚自习；\n2.周五下午召开班委会，研究国家助学金评定事宜。",
            dt.datetime(2026, 9, 16, 12, 40, tzinfo=SHANGHAI),
            [
                ("cadre_meeting", "2026-09-18", "future"),
                ("classroom_visit", "2026-09-17", "future"),
            ],
        ),
        (
            "本周补记：\n1.周二上午听《时间序列分析》课；\n2.周五晚按计划召开班委会，确定元旦晚会节目单。",
            dt.datetime(2026, 12, 12, 11, tzinfo=SHANGHAI),
            [("cadre_meeting", "2026-12-11", None), ("classroom_visit", "2026-12-08", None)],
        ),
        (
            "这周安排: 周三查寝, 周五开班会",
            dt.datetime(2026, 12, 7, 9, tzinfo=SHANGHAI),
            [("class_meeting", "2026-12-11", "future"), ("dorm_visit", "2026-12-09", "future")],
        ),
        (
            "下周工作安排：1.周一召开班会 2.周三查寝",
            dt.datetime(2026, 12, 12, 9, tzinfo=SHANGHAI),
            [("class_meeting", "2026-12-14", "future"), ("dorm_visit", "2026-12-16", "future")],
        ),
        (
            "上周工作小结：一是周一听课；二是周四查寝。",
            dt.datetime(2026, 12, 7, 9, tzinfo=SHANGHAI),
            [("classroom_visit", "2026-11-30", None), ("dorm_visit", "2026-12-03", None)],
        ),
        # Counter-example: no heading, a bare weekday said alone is the most recent one.
        (
            "周二上午听了一节课",
            dt.datetime(2026, 12, 12, 11, tzinfo=SHANGHAI),
            [("classroom_visit", "2026-12-08", None)],
        ),
    ],
)
def test_week_list_heading(
    text: str, now: dt.datetime, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _flagged(text, now) == expected


# --- Class 3: a report's not-done (a notice, the committee on its own, called off, a plan
# document handed in) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A forwarded notice of the college's own event, with its request to the advisors.
        (
            "【转发】学院定于下周三下午召开全院班主任工作经验交流会，请各位班主任准时参加。",
            dt.date(2026, 10, 14),
            [],
        ),
        ("通知：学校定于本周五下午召开班主任培训会，请各位老师按时参加", dt.date(2026, 10, 14), []),
        # The committee on its own, the advisor not there.
        (
            "班长反映，上周末班委会自行组织了一次读书分享会，本人未参加，据说效果不错，予以肯定。",
            dt.date(2026, 10, 26),
            [],
        ),
        ("班委自行组织了一次观影活动，本人未参与。", dt.date(2026, 10, 26), []),
        ("团支部自发组织了一次志愿服务", dt.date(2026, 10, 26), []),
        # Called off or put off with no new day.
        ("昨天参观统计局的活动因对方临时有接待任务取消，改期待定。", dt.date(2026, 11, 27), []),
        ("原定本周四召开的元旦晚会筹备班委会，因学院统一安排取消。", dt.date(2026, 12, 29), []),
        ("上周五的班会因故取消，改期待定。", dt.date(2026, 10, 14), []),
        ("周二的参观活动因对方有接待任务延期，时间另定", dt.date(2026, 10, 14), []),
        ("今天的查寝因停电取消了", dt.date(2026, 10, 14), []),
        # Counter-examples: the advisor there, a reason that calls nothing off, an event told.
        (
            "学院定于今天下午召开班主任培训会，我参加了",
            dt.date(2026, 10, 14),
            [("seminar", "2026-10-14")],
        ),
        (
            "团支部自发组织了一次志愿服务，我也去了",
            dt.date(2026, 10, 14),
            [("student_activity", "2026-10-14")],
        ),
        ("昨天因为下雨，在宿舍看望了生病的同学", dt.date(2026, 10, 14), [("other", "2026-10-13")]),
        ("今晚召开统计2401班主题班会", dt.date(2026, 10, 14), [("theme_meeting", "2026-10-14")]),
    ],
)
def test_report_not_done(text: str, now: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _got(text, now) == expected


@pytest.mark.parametrize(
    "text",
    [
        "统计2402班2026—2027学年第一学期班主任工作计划已按学院要求制定完毕，现予提交，请审阅。",
        "本学期班主任工作计划已制定完毕，现予提交",
        "2402班第一学期工作计划已按学院通知编制完成",
    ],
)
def test_plan_document_in_report_words(text: str) -> None:
    from bot.parsing import parse_note

    result = parse_note(text, dt.datetime(2026, 9, 3, 10, tzinfo=SHANGHAI))
    assert result.activities == ()
    assert [d.doc for d in result.documents] == ["semester_plan"]


# --- Class 4: a meeting's numbered agenda, 协助 with a student's papers, one by one ----------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "本周二下午召开班委会，一是明确新学期各班委分工，二是安排迎新志愿服务工作。",
            dt.date(2026, 9, 9),
            [("cadre_meeting", "2026-09-08")],
        ),
        (
            "周二召开班委会，1.明确分工，2.部署运动会报名工作",
            dt.date(2026, 9, 9),
            [("cadre_meeting", "2026-09-08")],
        ),
        # Counter-examples: the meeting is an item itself, or an item tells a deed done.
        (
            "一是周一召开主题班会；二是周三组织学生参观博物馆",
            dt.date(2026, 9, 9),
            [("student_activity", "2026-09-09"), ("theme_meeting", "2026-09-07")],
        ),
        (
            "周二召开班委会，一是明确分工；二是会后带班委去敬老院做了志愿服务",
            dt.date(2026, 9, 9),
            [("cadre_meeting", "2026-09-08"), ("student_activity", "2026-09-08")],
        ),
        # 协助 a student with a graduate's or a leaver's papers is other work.
        (
            "一是1月16日协助三名新疆籍同学办理离校手续及学生票优惠核验；二是当日与这三位同学的家长电话确认出行安排。",
            dt.date(2027, 1, 17),
            [("other", "2027-01-16"), ("parent_contact", "2027-01-16")],
        ),
        ("昨天协助小王办理了离校手续", dt.date(2027, 1, 17), [("other", "2027-01-16")]),
    ],
)
def test_report_items(text: str, now: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _got(text, now) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("节后复课，于10月8日上午到教室查课，迟到3人，课后逐一个别谈话，提醒其调整作息。", 3),
        ("这次有5名同学挂科，逐个谈了话", 5),
        ("查课迟到3人，课后逐一谈话", 3),
        # Counter-example: one named student after the count.
        ("查课迟到3人，课后找班长谈了话", 1),
    ],
)
def test_talked_with_one_by_one_counts_the_clause_before(text: str, count: int) -> None:
    at = dt.datetime(2026, 10, 9, 21, tzinfo=SHANGHAI)
    (talk,) = [a for a in parse_message(text, at) if a.kind == "student_talk"]
    assert talk.count == count
