"""Issue 17, fourth round of blind authors (terse one-finger notes, a Hubei speaker's
numbered lists): the classes of date misses they showed and of deeds not done or not the
advisor's, each with cases beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import Alternative, parse_note

_ZONE = ZoneInfo("Asia/Shanghai")
# A Wednesday and a Monday evening.
WEDNESDAY = dt.datetime(2026, 12, 9, 20, 0, tzinfo=_ZONE)
MONDAY = dt.datetime(2026, 12, 7, 20, 0, tzinfo=_ZONE)


def kinds_and_days(text: str, now: dt.datetime = WEDNESDAY) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


# --- a bare weekday still ahead in this week, its deed not done, is the coming one --------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("周五 查寝 6号楼", WEDNESDAY, [("dorm_visit", "2026-12-11")]),
        ("班委会 星期四 讨论评优", WEDNESDAY, [("cadre_meeting", "2026-12-10")]),
        ("礼拜六带学生去做志愿者", WEDNESDAY, [("student_activity", "2026-12-12")]),
        ("周三 主题班会 防诈骗", MONDAY, [("theme_meeting", "2026-12-09")]),
        # The date alone before a break: its deed is the clause after it.
        ("周五，去宿舍看看", WEDNESDAY, [("dorm_visit", "2026-12-11")]),
        # Four days ahead and three back: the coming one only beside another coming day.
        (
            "这礼拜天就四级考试了，礼拜五晚上我去宿舍提醒一下",
            MONDAY,
            [("dorm_visit", "2026-12-11")],
        ),
    ],
)
def test_a_weekday_ahead_with_its_deed_undone_is_this_weeks(
    text: str, now: dt.datetime, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text, now) == expected
    # The other reading, the one just past, is offered: the bot asks.
    day = dt.date.fromisoformat(expected[0][1])
    activity = parse_note(text, now).activities[0]
    assert Alternative("date", day - dt.timedelta(days=7)) in activity.alternatives


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A sign of the deed done.
        ("周五开了班会", WEDNESDAY, [("class_meeting", "2026-12-04")]),
        ("周五查过寝", WEDNESDAY, [("dorm_visit", "2026-12-04")]),
        ("周五开的班会", WEDNESDAY, [("class_meeting", "2026-12-04")]),
        ("周四 班会 ✔", WEDNESDAY, [("class_meeting", "2026-12-03")]),
        ("周五 called 2 parents", WEDNESDAY, [("parent_contact", "2026-12-04")]),
        ("周五，去宿舍看了看", WEDNESDAY, [("dorm_visit", "2026-12-04")]),
        # Done, said later in its sentence.
        ("周五查寝，发现两个寝室用了违章电器", WEDNESDAY, [("dorm_visit", "2026-12-04")]),
        ("他周五来办公室，跟他谈了谈", WEDNESDAY, [("student_talk", "2026-12-04")]),
        # The day just past is the nearer reading.
        ("周六带学生参观博物馆", MONDAY, [("student_activity", "2026-12-05")]),
        ("礼拜五晚上我去宿舍提醒一下", MONDAY, [("dorm_visit", "2026-12-04")]),
        # Several weekdays: a log of the week.
        (
            "周四班会，周五查寝",
            WEDNESDAY,
            [("class_meeting", "2026-12-03"), ("dorm_visit", "2026-12-04")],
        ),
        (
            "周四、五各查了一次寝",
            WEDNESDAY,
            [("dorm_visit", "2026-12-03"), ("dorm_visit", "2026-12-04")],
        ),
        # A past week named carries to the weekday after it.
        (
            "上周三查寝，周五听课",
            WEDNESDAY,
            [("classroom_visit", "2026-12-04"), ("dorm_visit", "2026-12-02")],
        ),
        # Today is today.
        ("周三 查寝", WEDNESDAY, [("dorm_visit", "2026-12-09")]),
    ],
)
def test_a_weekday_done_past_or_in_a_log_keeps_the_most_recent_one(
    text: str, now: dt.datetime, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text, now) == expected
    assert all(not a.alternatives for a in parse_note(text, now).activities)


# --- parts of a week or a month ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The start of a week is its Monday.
        ("这周初 查寝 7号楼", [("dorm_visit", "2026-12-07")]),
        ("本周初听了一节课", [("classroom_visit", "2026-12-07")]),
        ("周初开了班委会", [("cadre_meeting", "2026-12-07")]),
        ("上周初去宿舍看了看", [("dorm_visit", "2026-11-30")]),
        # Midweek is its Wednesday (not 中午, noon).
        ("这周中去宿舍看了看", [("dorm_visit", "2026-12-09")]),
        ("上周中开了班会", [("class_meeting", "2026-12-02")]),
        ("这周中午去宿舍看了看", [("dorm_visit", "2026-12-09")]),
        # A part of a month said alone is this month's.
        ("上旬查了一次寝", [("dorm_visit", "2026-12-05")]),
        ("11月中旬开了班会", [("class_meeting", "2026-11-15")]),
        # 初步 (preliminary) is no part of the week.
        ("这周初步安排了一次查寝", [("dorm_visit", "2026-12-09")]),
        # A part of a month with its day: that one day of the part's month.
        ("月初2号 查寝 4号楼", [("dorm_visit", "2026-12-02")]),
        ("11月初3号开了班会", [("class_meeting", "2026-11-03")]),
        ("上个月初5号听课", [("classroom_visit", "2026-11-05")]),
        # 2号楼 is a building, not a day.
        ("月初查寝2号楼", [("dorm_visit", "2026-12-01")]),
    ],
)
def test_a_part_of_a_week_or_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


# --- put off, called off, fell through -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "主题班会 推了",
        "班会往后推了两天",
        "查寝又推了，烦",
        "家访推掉了😂",
        "原定今晚的班委会，几个班委都去双选会了，推到下周，具体哪天再定",
        # What was to be done (本来…要) and then was not.
        "本来今天下午要开班会的，结果一半人要去参加英语竞赛初赛，只好往后推了",
        "本来周四要去小李家家访的，结果他妈妈临时加班，只好下个月再约了",
    ],
)
def test_put_off_or_fallen_through_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 推了 with what was put forward after it is a nomination, not a delay.
        ("班会上推了两名入党积极分子", [("class_meeting", "2026-12-09")]),
        ("开了班委会，推了两个候选人", [("cadre_meeting", "2026-12-09")]),
        # Done after all.
        ("本来今天要去小陈家家访，后来还是去了", [("parent_contact", "2026-12-09")]),
        ("结果我一个人去查的寝", [("dorm_visit", "2026-12-09")]),
        # A job fair (招聘会) the cadres went to is no meeting of theirs.
        ("班委会开完，几个班委都去招聘会了", [("cadre_meeting", "2026-12-09")]),
    ],
)
def test_near_misses_of_put_off_stay_records(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


# --- someone else's deed, words or day ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another teacher leading their own class.
        ("隔壁班陈老师带他们班搞了个变装派对，我们班同学也吵着要搞", []),
        ("隔壁班王老师带他班学生去参观了博物馆", []),
        # Another teacher's words about their class keep their date to themselves.
        (
            "中午跟小赵、小钱一起吃饭，聊了聊期末复习的压力。王老师说他们班上周已经开过期末动员会了",
            [("student_talk", "2026-12-09")],
        ),
        # A day in a later clause about the student's own plans is theirs, not the work's.
        ("帮马天宇改了简历，又给他模拟面试了一遍，他礼拜五去面中国移动", [("other", "2026-12-09")]),
        ("给小李改了申请书，她下周一交", [("other", "2026-12-09")]),
    ],
)
def test_someone_elses_deed_or_day_is_not_the_advisors(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


def test_a_date_before_the_deed_about_the_student_still_dates_it() -> None:
    # "他周五来办公室" sets the scene of the talk after it.
    assert kinds_and_days("上周五他来办公室，跟他谈了谈") == [("student_talk", "2026-12-04")]


# --- a word inside another deed's item is no activity of its own --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A course's title after the lesson heard.
        ("周一去教室听了一节《数学建模》，应到30人实到28", [("classroom_visit", "2026-12-07")]),
        ("听了《大学生创新创业基础》这门课", [("classroom_visit", "2026-12-09")]),
        # Alone in its clause the title's activity stays.
        ("组织学生参加《挑战杯》", [("student_activity", "2026-12-09")]),
        # What the meeting did, opening the clause after it.
        ("开班委会，统计签约和考研人数", [("cadre_meeting", "2026-12-09")]),
        ("开了团会，摸底寒假留校人数", [("class_meeting", "2026-12-09")]),
        # Said done, the count is work of its own.
        (
            "开了班会，统计了奖学金申请材料",
            [("class_meeting", "2026-12-09"), ("other", "2026-12-09")],
        ),
    ],
)
def test_a_word_inside_another_deeds_item(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_the_day_word_of_the_note_beats_the_holiday_season() -> None:
    now = dt.datetime(2026, 10, 4, 16, 0, tzinfo=_ZONE)
    text = "国庆在家也不太平，今天下午还是回学校看了一趟留校的同学，9号楼跑了两间寝室"
    assert kinds_and_days(text, now) == [("dorm_visit", "2026-10-04")]


def test_a_weekday_said_as_a_plan_offers_no_past_reading() -> None:
    activity = parse_note("周五要开班会", WEDNESDAY).activities[0]
    assert activity.date == dt.date(2026, 12, 11)
    assert activity.alternatives == ()
