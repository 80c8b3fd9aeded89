"""Round 13, lane r13cd: a Tianjin professor's handwriting pad (r13c) and a Xi'an advisor's
voice input (r13d), class by class, with sentences of our own beside the blind notes' and the
counter-examples that must stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.normalise import normalise

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 12, 21, 0, tzinfo=TZ)  # a Saturday
TODAY = NOW.date()


def _kinds(text: str, now: dt.datetime = NOW) -> list[tuple[str, dt.date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


# Class: traditional characters an older hand writes from habit (宿捨, 査寝, 晚歸, 補課).
TRADITIONAL = {
    "9.14 宿捨 三楼 四间": [("dorm_visit", dt.date(2026, 9, 14))],
    "院里通知转群里了 晚上又去宿捨转了一圈": [("dorm_visit", TODAY)],
    "12.9 査寝": [("dorm_visit", dt.date(2026, 12, 9))],
    "今天給小王補課 兩個鐘頭": [("other", TODAY)],
    "昨天査了一下晚歸": [("dorm_visit", _day(-1))],
}


@pytest.mark.parametrize(("text", "found"), list(TRADITIONAL.items()))
def test_traditional_characters_from_habit(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a terse log's line that is a day and the dorm, with the floors and rooms gone round,
# the check as a word after it, or a remark; and rooms counted after a check.
TERSE_DORM = {
    "10.27 宿舍 査 有人用电锅 没收了": [("dorm_visit", dt.date(2026, 10, 27))],
    "12.3 宿舍 5栋 三间": [("dorm_visit", dt.date(2026, 12, 3))],
    "宿舍 三楼": [("dorm_visit", TODAY)],
    "11.24 宿捨\n11.25 宿捨 介回人齐了": [
        ("dorm_visit", dt.date(2026, 11, 24)),
        ("dorm_visit", dt.date(2026, 11, 25)),
    ],
    "10.8 寝室 卫生差": [("dorm_visit", dt.date(2026, 10, 8))],
    "查了 六间 都还行": [("dorm_visit", TODAY)],
    "晚上看了五间 两间没人": [("dorm_visit", TODAY)],
    # Counter-examples: the dorm as a subject, a classroom's rooms, a dorm building.
    "宿舍三楼停水了": [],
    "查了六间教室": [],
    "1.5 宿舍楼": [],
}


@pytest.mark.parametrize(("text", "found"), list(TERSE_DORM.items()))
def test_terse_dorm_lines(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a course tutored (补实变, 辅导…实变函数, dictated as 十遍函数), with 一对一 telling how.
TUTORING = {
    "12.11 给小孙补实变 一对一 两小时": [("other", dt.date(2026, 12, 11))],
    "今儿个后晌给李晨单独辅导了一个钟头的十遍函数": [("other", TODAY)],
    "给小王补了两个钟头复变": [("other", TODAY)],
    "下午给两个挂科的辅导了一下泛函分析": [("other", TODAY)],
    # 一对一 alone is still a talk.
    "12.11 一对一 两小时": [("student_talk", dt.date(2026, 12, 11))],
    "今天跟小王一对一聊了一个小时": [("student_talk", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), list(TUTORING.items()))
def test_a_course_tutored(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: a lesson heard with the verb and its object split by a while (听了一下课).
SPLIT_LESSON = {
    "早上一二节数学分析额去听了一下课，来了二十八个差三个": [("classroom_visit", TODAY)],
    "上午去听了一会儿课": [("classroom_visit", TODAY)],
    # 一下课 is "as soon as the class was over".
    "听了一会，一下课就走了": [],
}


@pytest.mark.parametrize(("text", "found"), list(SPLIT_LESSON.items()))
def test_a_lesson_heard_for_a_while(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


# Class: Guanzhong 谝 dictated as 片, and a talk held in a room named by its number.
VOICE_CHAT = {
    "夜儿个黑咧额在212跟张浩他们宿舍四个人片了好一阵，主要是说作息的事": [
        ("dorm_visit", _day(-1)),
        ("student_talk", _day(-1)),
    ],
    "后晌跟小王片了会闲传": [("student_talk", TODAY)],
    "跟小王聊了好一阵": [("student_talk", TODAY)],
    # Counter-examples: a photo, a slice, a room for a meeting.
    "看了一下照片了一会儿": [],
    "切片了一会儿": [],
}


@pytest.mark.parametrize(("text", "found"), list(VOICE_CHAT.items()))
def test_a_dictated_chat(text: str, found: list[tuple[str, dt.date]]) -> None:
    assert _kinds(text) == found


def test_a_room_booked_for_a_meeting_is_not_a_dorm() -> None:
    assert _kinds("在302开班会，跟班委谈了分工") == [
        ("class_meeting", TODAY),
        ("student_talk", TODAY),
    ]


def test_where_a_student_lives_is_not_a_visit() -> None:
    assert _kinds("他住在305，昨天跟他聊了聊") == [("student_talk", _day(-1))]


@pytest.mark.parametrize(
    ("text", "norm"),
    [("片闲传", "聊天"), ("宿捨", "宿舍"), ("査寝", "查寝"), ("照片", "照片"), ("一片", "一片")],
)
def test_normalised(text: str, norm: str) -> None:
    assert normalise(text)[0] == norm
