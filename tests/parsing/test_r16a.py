"""Round 16, lane r16a: a Changsha lecturer's run-on Xiang-flavoured notes (r16a: several deeds
in one breath, 明咯日 / 今咯日, 伢子 / 妹陀, plans and deeds mixed), class by class, with
sentences of our own beside the blind notes' and the counter-examples that must stay as they
are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=TZ)  # a Wednesday
TODAY = NOW.date()


def _kinds(text: str, now: dt.datetime = NOW) -> list[tuple[str, dt.date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


def _check(
    cases: dict[str, list[tuple[str, dt.date]]],
) -> list[tuple[str, list[tuple[str, dt.date]]]]:
    return list(cases.items())


# Class: Changsha's day words with 咯 inside (今咯日, 明咯日, 昨咯日, 后咯日).
XIANG_DAYS = {
    # The blind note's form (r16a-001).
    "今咯日新生报到 寝室都去看了下 明咯日夜里搞第一次班会": [
        ("class_meeting", _day(1)),
        ("dorm_visit", TODAY),
    ],
    "明咯日带班上十几个伢子去参观大数据公司": [("student_activity", _day(1))],
    "昨咯日夜里去7栋查了寝": [("dorm_visit", _day(-1))],
    "后咯日下午开班委会": [("cadre_meeting", _day(2))],
    # Counter-examples: 咯 after a verb or alone stays a particle.
    "查寝搞完了咯": [("dorm_visit", TODAY)],
    "今日天气蛮好咯": [],
}


@pytest.mark.parametrize(("text", "found"), _check(XIANG_DAYS))
def test_xiang_day_words(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a few students tutored in problems or a course by the advisor (给那几个伢子讲了两个
# 钟头极限, 给他们讲一次题), work of its own (`other`).
TUTORED = {
    # The blind notes' forms (r16a-017, 018, 042).
    "夜里给那几个伢子讲了两个钟头极限 都来了": [("other", TODAY)],
    "周一夜里给几个伢子讲了两个钟头微积分": [("other", _day(-2))],
    "礼拜五夜里我先给他们讲一次题": [("other", _day(2))],
    "下午给小王讲了讲错题": [("other", TODAY)],
    "昨天给三个挂科的学生讲了一个半小时高数": [("other", _day(-1))],
    # Counter-examples: what is said to them is a rule or an arrangement, not a lesson.
    "给他讲了题目要求": [],
    "给他们讲了讲作业要求": [],
    "给他们讲了考试纪律": [],
    "给班长讲了一下活动安排": [],
}


@pytest.mark.parametrize(("text", "found"), _check(TUTORED))
def test_students_tutored(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: the south's 夜里 (the evening) after a space opens a step as 晚上 does, so a coming day
# told in the clause before it is not carried to a deed done tonight.
EVENING_STEP = {
    # The blind notes' forms (r16a-034, 029).
    "主题班会改到下礼拜一了 夜里就去查了下寝": [("dorm_visit", TODAY), ("theme_meeting", _day(5))],
    "另外两个的家长明天再打 夜里顺便去寝室看了下他们几个": [("dorm_visit", TODAY)],
    "班委会下礼拜一开 夜里去教室看了晚自习": [
        ("cadre_meeting", _day(5)),
        ("classroom_visit", TODAY),
    ],
    # Counter-examples: 夜里 after its own day keeps that day; a plan stays a plan.
    "明天 夜里去查寝": [("dorm_visit", _day(1))],
    "明天开班会 夜里查寝": [("class_meeting", _day(1)), ("dorm_visit", _day(1))],
    "昨天夜里查了寝": [("dorm_visit", _day(-1))],
}


@pytest.mark.parametrize(("text", "found"), _check(EVENING_STEP))
def test_the_evening_opens_a_step(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: spoken 谈了下 / 聊了下 (一 dropped) is a talk, after students called over too.
SPOKEN_TALK = {
    # The blind notes' forms (r16a-007, 035).
    "今天中午又把其中两个喊过来谈了下": [("student_talk", TODAY)],
    "散会留了两个妹陀 一个要转专业一个想退学 都谈了下": [("student_talk", TODAY)],
    "跟几个伢子聊了下 都还好": [("student_talk", TODAY)],
    "把小王叫过来说了下": [("student_talk", TODAY)],
    # Counter-examples: 谈了下午 / 下周 is what was talked of at a meeting.
    "会上谈了下午的安排": [],
    "会上谈了下周的安排": [],
}


@pytest.mark.parametrize(("text", "found"), _check(SPOKEN_TALK))
def test_a_spoken_talk(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a call not answered at first (开始冇接, 起初没接) was still made; one not answered at
# all records nothing.
ANSWERED_LATER = {
    # The blind note's form (r16a-030).
    "昨天另外两个家长电话都打了 有一个开始冇接 夜里回过来的": [("parent_contact", _day(-1))],
    "给他妈妈打了电话 开始没接 后来回过来了": [("parent_contact", TODAY)],
    "给他妈妈打电话 起初没接 过了半小时才通": [("parent_contact", TODAY)],
    # Counter-example: not answered.
    "给他妈妈打了电话 没接": [],
}


@pytest.mark.parametrize(("text", "found"), _check(ANSWERED_LATER))
def test_a_call_answered_later(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: 查寝 naming a tool (an app, a system, a sign-in code), not a check done.
CHECK_TOOLS = {
    # The blind note's form (r16a-022).
    "交流会搞完了 其他老师讲的那个查寝打卡小程序蛮好用": [("seminar", TODAY)],
    "查寝系统又崩了": [],
    "学院推了个查寝签到二维码": [],
    # Counter-examples: the check done, the system used after it.
    "查寝后在系统里登记了": [("dorm_visit", TODAY)],
    "用小程序查了寝": [("dorm_visit", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(CHECK_TOOLS))
def test_a_check_as_a_tool(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found
