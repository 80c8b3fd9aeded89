"""The people a note counts for a kind the advisor picked or added (note_date.note_count)."""

from __future__ import annotations

import pytest

from bot.parsing.note_date import note_count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("提醒的家长联系：已打两个", "parent_contact", 2),
        ("晚上和三个同学在食堂碰了个头", "student_talk", 3),
        ("给两个娃的爸妈都回了电话", "parent_contact", 2),
        ("met 4 students over lunch", "student_talk", 4),
        ("晚上和三个同学在食堂碰了个头", "other", 1),  # not counted in people
        ("晚上在食堂碰了个头", "student_talk", 1),  # says no number
        ("给100位家长群发了通知", "parent_contact", 1),  # past MAX_COUNT: not believed
        # a bare number after a contact verb (a reply to the reminder of that kind)
        ("已打两个，都是挂科同学的", "parent_contact", 2),
        ("打了3个电话", "parent_contact", 3),
        ("打了两个小时电话", "parent_contact", 1),  # hours, not people
    ],
)
def test_the_count_of_people(text: str, kind: str, count: int) -> None:
    assert note_count(text, kind) == count


def test_a_name_is_not_a_count() -> None:
    assert note_count("给张三家长发了微信", "parent_contact") == 1
