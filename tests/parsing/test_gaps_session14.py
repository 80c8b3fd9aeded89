"""Issue 17: gaps the session-13 lanes reported and left, each as a class with sentences of
its own (none taken from a blind batch)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import Alternative, parse_message

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
WEDNESDAY = dt.datetime(2026, 11, 25, 21, 0, tzinfo=TZ)
FRIDAY = dt.datetime(2026, 11, 27, 10, 0, tzinfo=TZ)


# --- 1. "next Thursday" said early in the week is asked about ------------------------------
# Speakers differ: the coming Thursday or the one of the week after. The parser takes the
# coming one and offers the other as a button.


@pytest.mark.parametrize("now", [MONDAY, WEDNESDAY])
@pytest.mark.parametrize(
    "text",
    [
        "will hold the class meeting next Thursday",
        "Class meeting next Thu.",
        "next thursday: class meeting",
    ],
)
def test_next_weekday_in_this_week_offers_the_week_after(now: dt.datetime, text: str) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date == dt.date(2026, 11, 26)
    assert activity.alternatives == (Alternative("date", dt.date(2026, 12, 3)),)


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        # Said on Friday, next Thursday can only be the week after's: nothing to ask.
        ("will hold the class meeting next Thursday", FRIDAY, dt.date(2026, 12, 3)),
        # Next Monday is always the week after's.
        ("dorm visit next Monday", WEDNESDAY, dt.date(2026, 11, 30)),
        # "next week Thursday" says which.
        ("class meeting next week Thursday", MONDAY, dt.date(2026, 12, 3)),
    ],
)
def test_next_weekday_with_one_reading_is_not_asked(
    text: str, now: dt.datetime, day: dt.date
) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date == day
    assert not any(alt.field == "date" for alt in activity.alternatives)


# --- 2. a number of others is added to the ones named before them --------------------------


def _counts(text: str) -> list[tuple[str, int]]:
    return [(a.kind, a.count) for a in parse_message(text, WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给小陈妈妈打了电话，另外两个家长发了微信", [("parent_contact", 3)]),
        ("给小陈妈妈打了电话，还有两个家长发了微信", [("parent_contact", 3)]),
        ("和张伟他爸通了电话，其他三个家长发了短信", [("parent_contact", 4)]),
        ("给张浩他妈、李佳欣她爸打了电话，另外还有一个家长发了微信", [("parent_contact", 3)]),
        ("Called Li Ming's mum and two more parents", [("parent_contact", 3)]),
        ("Called Li Ming's mum and two other parents", [("parent_contact", 3)]),
        ("找小王谈了谈，另外还有两个学生也聊了", [("student_talk", 3)]),
    ],
)
def test_others_are_added_to_the_named(text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The others not reached are not counted.
        ("给小陈妈妈打了电话，另外两个没打通", [("parent_contact", 1)]),
        ("昨儿给那俩家长打电话 就打通一个 另一个死活不接", [("parent_contact", 1)]),
        # A number of parents is not a parent named.
        ("联系了3个家长，另外两个没联系上", [("parent_contact", 3)]),
        # Once more is not one more.
        ("家长x1 没工作那个 又打了一次", [("parent_contact", 1)]),
    ],
)
def test_others_not_reached_or_not_others_add_nothing(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(text) == expected


# --- 3. students called in before the talk are named ---------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("找王晓和陈浩来办公室谈了谈", ("王晓", "陈浩")),
        ("叫李明和张伟来我办公室谈话", ("李明", "张伟")),
        ("叫李明过来聊了聊", ("李明",)),
        # A name with 来 in it stays whole.
        ("叫王来福来办公室谈话", ("王来福",)),
    ],
)
def test_students_called_in_before_the_talk(text: str, names: tuple[str, ...]) -> None:
    (activity,) = parse_message(text, WEDNESDAY)
    assert (activity.kind, activity.students, activity.count) == ("student_talk", names, len(names))
