"""Mandarin as Malaysian and Singaporean Chinese teachers write it (and Indonesia's and
Thailand's Chinese schools): the entries of `dialects.py` (region "Southeast Asian Mandarin")
and `english.py` (variety "Malaysian / Singapore Mandarin") each read in a note beside the
plain note it stands for, the words the rules already read (冲凉, 拿电话, lah, 有 + a verb,
PTM, 23/11) in notes of their own, and every word's ordinary sense kept (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import MARKERS, PEOPLE, VERBS
from bot.parsing.english import ENTRIES

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
TODAY = NOW.date()

Parse = list[tuple[str, str, int | None]]


def parse(text: str) -> Parse:
    return [(a.kind, a.date.isoformat(), a.count) for a in parse_note(text, NOW).activities]


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


# --- the tables' entries: (note, the plain note, its kinds and days) ------------------------

READ: list[tuple[str, str, list[tuple[str, int]]]] = [
    # 讲 for 谈, after whom one talked with and before a while.
    ("今天有跟阿明讲一下", "今天有跟阿明谈一下", [("student_talk", 0)]),
    ("今天跟家长讲了很久", "今天跟家长谈了很久", [("parent_contact", 0)]),
    ("昨天跟她讲了半个钟", "昨天跟她谈了半个钟", [("student_talk", -1)]),
    # 几时 and 乜: when, what: a question, not a deed.
    ("几时开家长会还不知道", "什么时候开家长会还不知道", []),
    ("乜时候开班会", "什么时候开班会", []),
    # 酱子 / 酱: so, 这样.
    ("酱子的话明天再去宿舍", "这样子的话明天再去宿舍", [("dorm_visit", 1)]),
    ("酱就明天去家访咯", "这样就明天去家访咯", [("parent_contact", 1)]),
    # The thing first, then 还没有 and its verb: not done.
    ("宿舍还没有去，明天才去", "宿舍还没去，明天才去", []),
    ("班会还没有开", "班会还没开", []),
    # 阿公: the grandfather who brings a student up.
    ("阿明的阿公打电话来", "阿明的爷爷打电话来", [("parent_contact", 0)]),
    # English and Malay inside Chinese.
    ("班会cancel了", "班会取消了", []),
    ("家长会postpone到下个星期", "家长会推迟到下个星期", []),
    ("班会的事情settle了", "班会的事情搞定了", [("class_meeting", 0)]),
    ("今天update家长关于孩子的情况", "今天联系家长关于孩子的情况", [("parent_contact", 0)]),
    ("也跟他妈妈update了", "也跟他妈妈联系了", [("parent_contact", 0)]),
    ("其中两个的parents我也拿电话讲了", "其中两个的家长我也拿电话讲了", [("parent_contact", 0)]),
    ("中午跟学生去makan", "中午跟学生去吃饭", [("student_talk", 0)]),
    ("阿明kena老师骂，放学后找他谈话", "阿明被老师骂，放学后找他谈话", [("student_talk", 0)]),
    ("下午带学生去巴刹jalan jalan", "下午带学生去巴刹逛逛", []),
    ("今天tapau给住宿生", "今天打包给住宿生", []),
]


@pytest.mark.parametrize(("note", "plain", "expected"), READ)
def test_read_as_the_plain_note(note: str, plain: str, expected: list[tuple[str, int]]) -> None:
    got = parse(note)
    assert got == parse(plain)
    assert [(kind, date) for kind, date, _ in got] == [(k, day(o)) for k, o in expected]


def notes() -> list[str]:
    """Every note of this file (`test_dialect_tables`, `test_dialects2` and
    `test_english_varieties` check each table entry stands in one)."""
    return [n for n, _, _ in READ] + [n for n, _ in ALREADY + FALSE_FRIENDS]


def test_every_entry_is_checked() -> None:
    notes = " ".join(n for n, _, _ in READ)
    words = [e.word for e in VERBS + MARKERS + PEOPLE if "Southeast Asian Mandarin" in e.region]
    assert len(words) >= 6
    for word in words:
        assert word in notes, word
    english = [e for e in ENTRIES if e.variety == "Malaysian / Singapore Mandarin"]
    assert len(english) >= 8
    low = notes.lower()
    for entry in english:
        assert any(k in low for k in (entry.word[:4],)), entry.word


# --- what the rules already read: (note, kinds and days, count or None) ---------------------

ALREADY: list[tuple[str, list[tuple[str, int]]]] = [
    ("今天去宿舍巡了一下lah，大家都在冲凉", [("dorm_visit", 0)]),
    ("昨晚去hostel巡房，几个学生还没冲凉", [("dorm_visit", -1)]),
    ("下午跟parents拿电话，讲他孩子功课的事", [("parent_contact", 0)]),
    ("昨天跟阿明的妈妈拿电话了", [("parent_contact", -1)]),
    ("今天有去宿舍看学生", [("dorm_visit", 0)]),
    ("昨天有开班会", [("class_meeting", -1)]),
    ("今天没有去查房，太忙了", []),
    ("今天没有打给家长", []),
    ("家长会开了已经", [("parent_contact", 0)]),
    ("今天PTM，见了十几个家长", [("parent_contact", 0)]),
    ("今天家长日，见了二十个家长", [("parent_contact", 0)]),
    ("23/11开家长会", [("parent_contact", 5)]),
    ("和monitor开会", [("cadre_meeting", 0)]),
    ("今天和阿明的阿嬷通电话", [("parent_contact", 0)]),
    ("今天做工很忙，没空去宿舍", []),
    ("今天很忙，没去宿舍lor", []),
    ("班会开了leh", [("class_meeting", 0)]),
    ("明天家访hor", [("parent_contact", 1)]),
    ("班会开了meh？", []),
    ("早上去班上听课one", [("classroom_visit", 0)]),
    ("然后咧，明天去家访", [("parent_contact", 1)]),
    ("晚上打电话给家长 on", [("parent_contact", 0)]),
    ("今天book了礼堂，准备下礼拜开班会", [("class_meeting", 7)]),
    ("明天班会confirm了", [("class_meeting", 1)]),
    ("昨天去宿舍查房，哪里有人吵", [("dorm_visit", -1)]),
    ("礼拜五开班会", [("class_meeting", 2)]),
]


@pytest.mark.parametrize(("note", "expected"), ALREADY)
def test_already_read(note: str, expected: list[tuple[str, int]]) -> None:
    assert [(kind, date) for kind, date, _ in parse(note)] == [(k, day(o)) for k, o in expected]


# --- the ordinary sense kept: (note, kinds and days) ---------------------------------------

FALSE_FRIENDS: list[tuple[str, list[tuple[str, int]]]] = [
    # 班长讲了一下情况: the monitor reported, no talk of the advisor's.
    ("班长讲了一下情况", []),
    # 讲座 is a lecture.
    ("今天跟学生讲座取消了", []),
    # 几时几分: the hour.
    ("宿舍几时几分熄灯要问清楚", []),
    # 酱 the sauce.
    ("中午吃炸酱面就去宿舍", [("dorm_visit", 0)]),
    ("果酱就放在宿舍", []),
    # 还没有人 (nobody yet): no verb after it.
    ("今天去宿舍，还没有人回来", [("dorm_visit", 0)]),
    # English "makan with them" is the English rule's, "cancel the meeting" English.
    ("lunch makan with 3 of my girls", [("student_talk", 0)]),
    ("the class meeting was cancelled", []),
    # An update of a system, not a parent.
    ("今天update系统，没空去宿舍", []),
    # The parent's own update of a detail, not the advisor's call.
    ("家长update了地址，明天去宿舍", [("dorm_visit", 1)]),
]


@pytest.mark.parametrize(("note", "expected"), FALSE_FRIENDS)
def test_false_friends(note: str, expected: list[tuple[str, int]]) -> None:
    assert [(kind, date) for kind, date, _ in parse(note)] == [(k, day(o)) for k, o in expected]
