"""Issue 17: the classes of misses a new author showed, each as a rule with its cases."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TODAY = NOW.date()


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.date.isoformat()) for a in parse_message(text, NOW)]


# --- a name is not a number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("给张三家长发了微信", 1),
        ("和李四同学谈心", 1),
        ("两个小时和学生谈心", 1),
        ("谈心两个半小时，和学生", 1),
        ("和张三/李四/王五谈心", 3),
        ("给三位家长打了电话", 3),
        ("联系三家长", 3),
        ("今天和小王、小李分别谈了话，他们两人这学期挂科比较多", 2),
    ],
)
def test_a_name_or_a_duration_is_not_a_count(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


def test_names_split_by_slashes_are_the_students() -> None:
    (talk,) = parse_message("和张三/李四/王五谈心", NOW)
    assert talk.students == ("张三", "李四", "王五")


def test_a_negative_number_of_people_is_refused() -> None:
    (call,) = parse_message("给-3位家长打电话", NOW)
    assert call.count == 1


# --- run-together clauses lose no record ----------------------------------------------


def test_a_talk_after_a_call_in_its_own_dated_clause_is_its_own_record() -> None:
    assert kinds_and_days("周四给2位家长打电话，周五和张伟谈心") == [
        ("parent_contact", "2026-12-03"),
        ("student_talk", "2026-12-04"),
    ]
    call, talk = parse_message("周四给2位家长打电话，周五和张伟谈心", NOW)
    assert (call.count, call.students) == (2, ())
    assert talk.students == ("张伟",)


def test_a_talk_with_the_parents_just_called_stays_that_contact() -> None:
    assert kinds_and_days("jiafang 今天去了小刘家 跟他爸妈聊了挺久") == [
        ("parent_contact", "2026-12-04")
    ]


# --- a named past week carries --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("上周三去宿舍了，周四晚上开了班委会", ["2026-11-25", "2026-11-26"]),
        ("上周一开班委会，周三又去宿舍转了一圈", ["2026-11-23", "2026-11-25"]),
        # Going back in the week crosses into this one.
        ("上周五查寝，周一开班会", ["2026-11-27", "2026-11-30"]),
        # Another date ends the carry.
        ("上周二听课，昨天查寝，周四开班会", ["2026-11-24", "2026-12-03", "2026-12-03"]),
    ],
)
def test_last_week_carries_to_later_weekdays(text: str, days: list[str]) -> None:
    assert [a.date.isoformat() for a in parse_message(text, NOW)] == days
