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


def _check(cases: dict[str, list[tuple[str, dt.date]]]) -> list[tuple[str, list[tuple[str, dt.date]]]]:
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
