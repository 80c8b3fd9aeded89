"""Lane leftover (session 18): classes of the read rounds' (7-17) wrong notes still left.

Each case is (note, what it records as sorted (kind, date, count, flag)); the blind note's
form first (shortened), then sentences of the class of my own, then the false friends that
must keep their reading. `NOW` is a Friday evening.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import parse_note

NOW = datetime.fromisoformat("2026-11-20T20:00:00+08:00")  # a Friday

Got = list[tuple[str, date, int, str | None]]


def _got(text: str, now: datetime = NOW) -> Got:
    return sorted((a.kind, a.date, a.count, a.flag) for a in parse_note(text, now).activities)


def _d(day: int, month: int = 11, year: int = 2026) -> date:
    return date(year, month, day)


T = _d(20)
Y = _d(19)
TOMORROW = _d(21)


# 1. The pinyin initial tx as 谈心 joined to another initial (cq+tx) or before a student named
#    by 小 / 老 ending the item (✅ tx小王); tx小王 with more after it is 提醒 and stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今晚计划 cq+tx", [("dorm_visit", T, 1, "future"), ("student_talk", T, 1, None)]),
        (
            "✅ 晚自习查课\n✅ tx小王\n✅ 给小王妈妈打了电话",
            [("classroom_visit", T, 1, None), ("parent_contact", T, 1, None),
             ("student_talk", T, 1, None)],
        ),
        ("今天cq&tx", [("dorm_visit", T, 1, None), ("student_talk", T, 1, None)]),
        ("✅ cq\n✅ tx老李", [("dorm_visit", T, 1, None), ("student_talk", T, 1, None)]),
        ("下午tx小刘。", [("student_talk", T, 1, None)]),
        # False friends: 提醒 a student to do something, 同学们.
        ("tx小王交表", []),
        ("明天tx小李 记得带材料", [("other", TOMORROW, 1, "future")]),
        ("tx们都到了", []),
    ],
)  # fmt: skip
def test_tx_as_a_talk(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 2. Put off to a named day with the written register's 至 (改至, 推迟至, 延期至, 顺延至) as
#    with 到; not 至今 (so far), nor a place or a part of today after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("诚信考试主题班会延期，改至下周一。", [("theme_meeting", _d(23), 1, "future")]),
        ("班会推迟至下周三", [("class_meeting", _d(25), 1, "future")]),
        ("查寝延期至周日晚上", [("dorm_visit", _d(22), 1, "future")]),
        ("班委会改至12月1日", [("cadre_meeting", _d(1, 12), 1, "future")]),
        ("家访顺延至明天", [("parent_contact", TOMORROW, 1, "future")]),
        # False friends.
        ("把桌子推至门口", []),
        ("班会改至下午", [("class_meeting", T, 1, None)]),
    ],
)
def test_put_off_with_zhi(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 3. A maths degree's later courses tutored (初等数论, 抽象代数, 解析几何, 数值分析): other.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周六为一生补讲初等数论，凡两小时。", [("other", _d(14), 1, None)]),
        ("今天给小王补了抽象代数，一个小时", [("other", T, 1, None)]),
        ("昨天给两个同学讲了一晚上解析几何", [("other", Y, 1, None)]),
        ("周三给挂科的学生补课：数值分析", [("other", _d(18), 1, None)]),
        # False friends: the course named, nothing done for a student.
        ("他的数论挂了", []),
        ("数论课换了老师", []),
    ],
)
def test_maths_courses_tutored(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 4. Buildings listed by number before the building word or their count (5号、7号楼, 五号和七号
#    宿舍楼, 五号、七号两栋 / 两舍) are no days of the month; days listed before a deed stay days.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨夜赴五号、七号两舍，询诸生假期去留。", [("dorm_visit", Y, 1, None)]),
        ("昨晚去了5号、7号楼查寝", [("dorm_visit", Y, 1, None)]),
        ("昨晚去五号和七号宿舍楼查寝", [("dorm_visit", Y, 1, None)]),
        ("昨晚查寝：5号、7号两栋", [("dorm_visit", Y, 1, None)]),
        ("昨天去了3号、5号、6号宿舍", [("dorm_visit", Y, 1, None)]),
        # False friends: days listed.
        ("5号、7号查寝", [("dorm_visit", _d(5), 1, None), ("dorm_visit", _d(7), 1, None)]),
        (
            "五号、七号两天都查寝了",
            [("dorm_visit", _d(5), 1, None), ("dorm_visit", _d(7), 1, None)],
        ),
        ("5号和7号都查寝了", [("dorm_visit", _d(5), 1, None), ("dorm_visit", _d(7), 1, None)]),
        ("11月5号、7号查寝", [("dorm_visit", _d(5), 1, None), ("dorm_visit", _d(7), 1, None)]),
    ],
)
def test_buildings_listed_by_number(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 5. The literary 翌日 before a plan (拟, 将) is tomorrow; after a feast it stays counted from it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一生之母屡次来电，翌日拟往其家一访。", [("parent_contact", TOMORROW, 1, "future")]),
        ("王生近日缺课，翌日拟召其谈话。", [("student_talk", TOMORROW, 1, "future")]),
        ("翌日将赴三号舍。", [("dorm_visit", TOMORROW, 1, "future")]),
        # False friend: the day after a solar term.
        ("立冬翌日巡舍", [("dorm_visit", _d(8), 1, None)]),
    ],
)
def test_next_day_in_a_plan(text: str, expected: Got) -> None:
    assert _got(text) == expected
