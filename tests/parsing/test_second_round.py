"""Issue 17, second round of blind authors: the classes of misses they showed (a young
teacher's chat, a Cantonese speaker, a British English speaker, a formal report writer),
each with cases beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- questions to the bot are no records ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question after a phone-typed space asks about the record before it.
        ("今天跟小王聊了几句考研择校 这个算不算谈心？", [("student_talk", "2026-12-04")]),
        ("下午去宿舍转了一圈 这种要记成查寝吗", [("dorm_visit", "2026-12-04")]),
        # 来着 and a choice of days ask, without a question mark.
        ("研讨会是明天还是后天来着", []),
        ("班会是周三还是周四 忘了", []),
        ("上次查寝是哪天来着", []),
        # A record already sent, named to be corrected.
        ("我上礼拜那条查寝应该是周三不是周四", []),
        ("上一条班会记错了日期", []),
    ],
)
def test_a_question_or_a_correction_to_the_bot_records_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


# --- what someone else did, said or wants stays theirs -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "导员今晚自己去查的寝 说我们班3个寝室有违规电器",
        "辅导员昨天查寝 发现两个寝室有人晚归",
        "中午碰到小刘,他说想退出创新创业社团",
    ],
)
def test_what_someone_else_did_or_said_is_not_recorded(text: str) -> None:
    kinds = [kind for kind, _ in kinds_and_days(text)]
    assert "dorm_visit" not in kinds
    assert "student_activity" not in kinds


# --- a young teacher's chat ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 点名 room by room is a dorm visit.
        ("晚上挨个寝室点了名 都在", [("dorm_visit", "2026-12-04")]),
        # the calls went through
        ("两个家长都打通了 一个态度还行", [("parent_contact", "2026-12-04")]),
        # one by one, taken out to talk
        ("今天一个个叫到办公室谈了", [("student_talk", "2026-12-04")]),
        # "the ones not back yet", a noun, is no negation of the call
        ("还有没回来的 挨个打电话问了", [("student_talk", "2026-12-04")]),
        # 通知 after a meeting with a space: what the meeting told
        ("今天开了个短班会 通知期末考试安排", [("class_meeting", "2026-12-04")]),
        # a meeting's roles settled are the cadres' subject, not a meeting held
        ("班委会 今天中午开的 定了下周主题班会的分工", [("cadre_meeting", "2026-12-04")]),
    ],
)
def test_a_young_teachers_chat(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_a_meetings_notice_is_still_a_document_of_it() -> None:
    assert kinds_and_days("班会通知发了吗") == []


# --- the work done for and with students ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the students visited where they work
        ("周一下午去了趟实习基地看了看我们班的几个同学", [("other", "2026-11-30")]),
        ("去勤工俭学中心看了下同学做兼职的环境", [("other", "2026-12-04")]),
        # a student's 考研 questions answered alone
        ("今天小陈来办公室问考研数一复习规划 给他捋了一个小时", [("other", "2026-12-04")]),
        # called in for paperwork is no talk
        ("下午叫他们来办公室一起报了名", [("other", "2026-12-04")]),
        ("叫小赵到办公室坐了坐", [("student_talk", "2026-12-04")]),
        # what is eaten with the students on a dorm visit is part of the visit
        (
            "中秋去了宿舍派月饼,同留校的同学一起吃了",
            [("dorm_visit", "2026-09-25")],
        ),
    ],
)
def test_work_for_and_with_students(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected
