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
        ("今晚计划 cq+tx", [("dorm_visit", T, 1, "future"), ("student_talk", T, 1, "future")]),
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


# 6. A day with 再 and another deed's verb right after it ("周四再去看一下晚自习") is that deed's
#    day, not a new day for the wish or miss before it; the miss's own 再 keeps its new day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "明天下午想开个班委会，然后周四再去看一下晚自习。",
            [("classroom_visit", _d(26), 1, "future")],
        ),
        ("明天想找小王聊聊，周日再去查一下寝", [("dorm_visit", _d(22), 1, "future")]),
        ("班会没开成，下周一再去听一节课", [("classroom_visit", _d(23), 1, "future")]),
        # False friends: the miss gone to again on the day, or another deed beside it.
        ("班会今天没开成，周四再开", [("class_meeting", _d(26), 1, "future")]),
        ("查寝没去成，周四再去", [("dorm_visit", _d(26), 1, "future")]),
        ("班会没开成，周四再开班会", [("class_meeting", _d(26), 1, "future")]),
        (
            "今天没查寝，明天晚上去 顺便去看下晚自习",
            [("classroom_visit", TOMORROW, 1, "future"), ("dorm_visit", TOMORROW, 1, "future")],
        ),
        (
            "今晚的班会改到下周一了 夜里就去查了下寝",
            [("class_meeting", _d(23), 1, "future"), ("dorm_visit", T, 1, None)],
        ),
    ],
)
def test_again_with_its_own_deed(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 7. A later clause whose students arrive on its day (明天到, 周日才返校, 明天回来) dates their
#    arrival, not the visit told before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("晚上去寝室看看，男生都回来了。女生还有两个明天到。", [("dorm_visit", T, 1, None)]),
        ("晚上去宿舍看看，还有三个同学周日才返校", [("dorm_visit", T, 1, None)]),
        ("下午去宿舍转了转，有个室友明天回来", [("dorm_visit", T, 1, None)]),
        # False friends: the advisor's own arrival.
        ("晚上去宿舍看看，明天到", [("dorm_visit", TOMORROW, 1, "future")]),
        ("查寝的事，明天到宿舍去", [("dorm_visit", TOMORROW, 1, "future")]),
    ],
)
def test_the_students_arrival_day(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 8. The earlier deed named as a time (那次 / 上次 / 上回 … 之后): the deed is the one done again
#    after it, or none; a deed told and then what came after it stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周四那次cq之后 今天又去了一趟", [("dorm_visit", T, 1, None)]),
        ("上次查寝之后，今天又去了一趟", [("dorm_visit", T, 1, None)]),
        ("那次班会以后，今天又开了一次", [("class_meeting", T, 1, None)]),
        ("上回班会以后，小王来找我谈了谈", [("student_talk", T, 1, None)]),
        ("那次班会之后，班风好多了", []),
        # False friend: told, then what came after it.
        (
            "上周四查寝之后又找了两个同学谈话",
            [("dorm_visit", _d(12), 1, None), ("student_talk", _d(12), 2, None)],
        ),
    ],
)
def test_the_earlier_one_as_a_time(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 9. 明朝 opening its clause before who or where does the deed is tomorrow in any note (a Wu
#    writer the Wu gate does not find); the Ming dynasty inside a clause stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "明朝学院有个数学史的讲座，我带几个同学一道去听。",
            [("student_activity", TOMORROW, 1, "future")],
        ),
        ("明朝我去查寝", [("dorm_visit", TOMORROW, 1, "future")]),
        ("明朝去寝室转一圈", [("dorm_visit", TOMORROW, 1, "future")]),
        # False friends: the Ming dynasty.
        ("班会上讲了明朝的历史", [("class_meeting", T, 1, None)]),
        ("带学生去看了明朝的瓷器展", [("student_activity", T, 1, None)]),
    ],
)
def test_mingzhao_opening_a_clause(text: str, expected: Got) -> None:
    assert _got(text) == expected


WEDNESDAY = datetime.fromisoformat("2026-11-18T20:00:00+08:00")
W = _d(18)


# 10. A later clause's day for something handed back (周五再还, 下周一再还) or for the parents
#     arriving (家长明天一早到) is not the day of the talk or call told done before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "下午把那三个孩子叫办公室挨个聊了聊 手机先放我这儿 周五再还",
            [("student_talk", W, 3, None)],
        ),
        ("找小王聊了聊，没收的手机周五还给他", [("student_talk", W, 1, None)]),
        ("给王浩家长打了电话，借的书下周一再还", [("parent_contact", W, 1, None)]),
        ("给他爸打了电话，家长明天一早到", [("parent_contact", W, 1, None)]),
        # False friends: the deed itself again on the day.
        (
            "给他爸打了电话，明天再打",
            [("parent_contact", W, 1, None), ("parent_contact", _d(19), 1, "future")],
        ),
        (
            "聊了聊，周五还要再聊",
            [("student_talk", W, 1, None), ("student_talk", _d(20), 1, "future")],
        ),
    ],
)
def test_a_later_clauses_own_day(text: str, expected: Got) -> None:
    assert _got(text, WEDNESDAY) == expected


# 11. 前晌 / 前半晌 (the northern morning) after a space is no "days ago" (一天 前晌).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今儿个节后头一天 前晌查课", [("classroom_visit", _d(8, 10), 1, None)]),
        # False friends: days ago.
        ("三天前查了寝", [("dorm_visit", _d(5, 10), 1, None)]),
        ("一天前 查寝", [("dorm_visit", _d(7, 10), 1, None)]),
    ],
)
def test_qianshang_is_no_days_ago(text: str, expected: Got) -> None:
    assert _got(text, datetime.fromisoformat("2026-10-08T10:30:00+08:00")) == expected
