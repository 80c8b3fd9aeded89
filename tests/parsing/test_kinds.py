"""Kinds at their boundaries: what a word names next to other activities."""

from __future__ import annotations

import datetime as dt
import re._constants as c
import re._parser as sre
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import normalise, parse_message

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met the class reps Monday lunchtime", ["cadre_meeting"]),
        ("on 11/20 the class committee met", ["cadre_meeting"]),
        ("晚上跟宿舍长们开了个会", ["cadre_meeting"]),
        ("上周查了两次寝", ["dorm_visit"]),
        ("在走廊碰到小刘，聊了十分钟", ["student_talk"]),
        ("参加学校组织的新学期工作部署会", ["seminar"]),
        ("与教务处沟通学生补考事宜", ["other"]),
        ("撰写班级工作总结", ["other"]),
        ("帮学生改简历，半小时", ["other"]),
        # Rescheduled to a day (a plan for it), or a notice to all advisors: nothing done.
        ("班主任例会改到周四了", ["seminar"]),
        ("辛苦各位老师本周内完成家访统计", []),
    ],
)
def test_more_boundaries(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_total_said_on_its_own_is_the_count() -> None:
    (activity,) = parse_message("给挂科学生的家长发了短信，共6位", MONDAY)
    assert activity.count == 6


def test_yao_makes_a_bare_weekday_a_plan() -> None:
    saturday = dt.datetime(2026, 11, 28, 16, tzinfo=ZoneInfo("Asia/Shanghai"))
    (activity,) = parse_message("星期天要开班委会", saturday)
    assert activity.date == dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宿舍卫生检查 ✅ 听课 ✅ 班会 ❌", ["classroom_visit", "dorm_visit"]),
        ("家长来电，咨询孩子转专业的事", ["parent_contact"]),
        ("学生家长到办公室来了一趟", ["parent_contact"]),
        ("今天组织全班去看了红色电影", ["student_activity"]),
        ("12月29号开了期末动员会", ["class_meeting"]),
    ],
)
def test_checklists_callers_and_outings(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rang Mrs Liu about her daughter's absences this morning", ["parent_contact"]),
        ("给全班家长发了一封信", ["parent_contact"]),
        ("带着班委去敬老院慰问", ["student_activity"]),
        ("有空吗老师，想问下查寝要求", []),
        ("周日下午在3号楼宿舍召开了宿舍长会议", ["cadre_meeting"]),
        ("课间找学习委员了解了一下作业情况", ["student_talk"]),
    ],
)
def test_round_five_boundaries(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def _spelled(items: Any) -> list[str]:
    """Every string a parsed pattern of literals and character sets matches, lookarounds left
    out."""
    words = [""]
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            chars = [chr(av)]
        elif op is c.IN:
            chars = [chr(value) for inner, value in av if inner is c.LITERAL]
        elif op is c.SUBPATTERN:
            chars = _spelled(av[3])
        elif op is c.BRANCH:
            chars = [word for branch in av[1] for word in _spelled(branch)]
        else:
            raise AssertionError(f"unexpected {op} in a slip pattern")
        words = [w + ch for w in words for ch in chars]
    return words


def test_every_input_method_slip_has_its_correction() -> None:
    # A slip the pattern finds without a correction would make _fold_slip raise, and the
    # note would parse as nothing.
    slips = _spelled(sre.parse(normalise._HOMOPHONE_SLIP_RE.pattern))
    assert slips
    assert [w for w in slips if w not in normalise._IME_SLIPS] == []
