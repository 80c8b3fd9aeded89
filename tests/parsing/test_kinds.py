"""Kinds at their boundaries: what a word names next to other activities."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

MONDAY = dt.datetime(2026, 11, 23, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, MONDAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Other" work opening its own clause with its verb is recorded beside the rest...
        ("上午开培训会，下午审核助学金材料，晚上去了趟宿舍", ["dorm_visit", "other", "seminar"]),
        # ...but as a noun after a meeting it is what the meeting was about.
        ("今天开了个班会，主要讲了奖学金评定", ["class_meeting"]),
        ("班团会，主题是安全教育", ["theme_meeting"]),
        # A course named by its subject is a lecture sat in on; a talk or report is not.
        ("上周二去听了大学物理", ["classroom_visit"]),
        ("第1、2节听了线性代数", ["classroom_visit"]),
        ("听了学生的汇报", []),
        # 团日活动 is the league branch's class meeting, even when organised as an outing.
        ("周末组织团日活动，去了烈士陵园", ["class_meeting"]),
        ("开展主题团日活动", ["theme_meeting"]),
        # 访谈 is a talk; 就是 (a filler) does not make the dorm a topic.
        ("今天去宿舍访谈了三位同学", ["dorm_visit", "student_talk"]),
        ("今天呢就是去了一下宿舍", ["dorm_visit"]),
    ],
)
def test_kind_boundaries(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
