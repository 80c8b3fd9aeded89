"""Issue 17, round 6: the classes of misses of a Xiamen advisor's Southern Min habits, a
tracker style of notes (hashtags, pipes, several lines), and a former counselor's
student-affairs words, each with cases beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, NOW))


# --- a former counselor's student-affairs words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Checking the morning exercise is duty work of its own.
        ("今早查了早操，缺勤两人", ["other"]),
        ("早操点名，全班到齐；中午找缺勤的同学谈了谈", ["other", "student_talk"]),
        # The class's attendance at a lesson, and a lesson sat through, are classroom visits.
        ("下午课堂点名，线代课到课率90%", ["classroom_visit"]),
        ("周二跟了两节高代，课堂纪律还行", ["classroom_visit"]),
        # A league day spent on an outing or a service is the students' activity.
        ("团日活动：团支部组织去纪念馆参观，我全程带队", ["student_activity"]),
        ("周六团日活动，去敬老院做志愿服务", ["student_activity"]),
        # A survey done and reported up is a record of its own beside the talk.
        ("心理排查做完了，和重点关注的小吴谈了一次", ["other", "student_talk"]),
        ("贫困生名单汇总完并上报学院", ["other"]),
        # The girls' and boys' dorm rooms.
        ("晚上查了5号楼男寝", ["dorm_visit"]),
    ],
)
def test_student_affairs_words(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A league day held as a meeting stays a class meeting.
        ("今天下午开了团日活动，学习团章", ["class_meeting"]),
        # A survey only named is where the talk came from.
        ("心理普查筛出的两位同学，今天分别约谈了", ["student_talk"]),
        # 女寝 told about is no visit.
        ("宿管说女寝熄灯后还很吵", []),
        # A drill called off is not checked.
        ("今天早操取消了", []),
    ],
)
def test_student_affairs_near_misses(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
