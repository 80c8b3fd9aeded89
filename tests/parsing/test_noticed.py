"""Lane noticed (session 16): wrong answers other lanes noticed, each fixed as a class.

Each case is (note, what it records as (kind, date, count, future)); the blind note's form
first, then sentences of the class, then the false friends that must not change. `now` is a
Wednesday evening.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import parse_note

NOW = datetime.fromisoformat("2026-12-09T21:00:00+08:00")  # a Wednesday
TODAY = NOW.date()

Got = list[tuple[str, date, int]]


def _got(text: str) -> Got:
    return sorted((a.kind, a.date, a.count) for a in parse_note(text, NOW).activities)


def _d(day: int) -> date:
    return date(2026, 12, day)


CASES: list[tuple[str, Got]] = [
    # The advisor's own lecture to the class is teaching, not advisor work: it records
    # nothing, as "swamped with teaching" does (class: teaching is no class meeting).
    ("给全班讲了一节高数课", []),
    ("今天给全班讲了两堂线代", []),
    ("给全班同学讲了一节课", []),
    # False friends: speaking to the whole class about the class's business is a meeting.
    ("给全班讲了讲考试纪律", [("class_meeting", TODAY, 1)]),
    ("给全班讲了一下时间节点", [("class_meeting", TODAY, 1)]),
    # A topic's day is not the meeting's (class: a coming day qualifying what was talked of).
    ("班委会上谈了下周的安排", [("cadre_meeting", TODAY, 1)]),
    ("班会上讲了下周的安排", [("class_meeting", TODAY, 1)]),
    ("开了班会，说了说明天的考试", [("class_meeting", TODAY, 1)]),
    ("昨天开了班会 讲了明天的事", [("class_meeting", _d(8), 1)]),
    # False friend: a meeting planned for that day is a deed of its own.
    (
        "班委会上谈了下周开班会",
        [("cadre_meeting", TODAY, 1), ("class_meeting", _d(16), 1)],
    ),
    # The others on a day of their own (class: today's deed kept, the rest a plan with their
    # count), with a space, a full stop or a comma, with or without 再.
    (
        "给三个家长打了电话 剩下两个明天打",
        [("parent_contact", TODAY, 3), ("parent_contact", _d(10), 2)],
    ),
    (
        "今天跟三个同学谈了 剩下两个同学明天再谈",
        [("student_talk", TODAY, 3), ("student_talk", _d(10), 2)],
    ),
    (
        "给三个家长打了电话，另外两个后天再打",
        [("parent_contact", TODAY, 3), ("parent_contact", _d(11), 2)],
    ),
    (
        "给三个家长打了电话。剩下两个明天打",
        [("parent_contact", TODAY, 3), ("parent_contact", _d(10), 2)],
    ),
    (
        "谈了三个学生，另外两个周五谈",
        [("student_talk", TODAY, 3), ("student_talk", _d(11), 2)],
    ),
    # False friends: the others not reached add nothing.
    ("给小陈妈妈打了电话，另外两个没打通", [("parent_contact", TODAY, 1)]),
    ("联系了三个家长，另外两个不接", [("parent_contact", TODAY, 3)]),
    # A parent's call to come is no deed of the advisor's (class: someone else's call).
    ("有个家长明天再打过来", []),
    ("有个家长明天会打电话过来", []),
    ("王浩妈妈晚点会回电话过来", []),
    # False friends: a call that came, or what the parent said on one.
    ("有个家长打过来了", [("parent_contact", TODAY, 1)]),
    ("王浩妈妈说明天再打过来", [("parent_contact", TODAY, 1)]),
    ("给王浩妈妈打了电话，她说明天再打过来", [("parent_contact", TODAY, 1)]),
    # A form handed in takes no day of a deed told after it (class: the form went in today).
    ("10月的表交了 昨天去查了寝", [("dorm_visit", _d(8), 1)]),
    # A colleague named by a title is someone else (class: a titled name opening the clause).
    ("Dr Li counselled the two students", []),
    ("Dr. Li counselled the two students", []),
    ("Prof Wang talked to Rahul yesterday", []),
    # False friends: the advisor with the colleague.
    ("Counselled the two students with Dr Li", [("student_talk", TODAY, 2)]),
    ("Dr Li and I counselled the two students", [("student_talk", TODAY, 2)]),
    # A parent who came to see the advisor is a parent contact (class: came to the
    # department, the office, the faculty).
    ("Mother of Rahul came to the department", [("parent_contact", TODAY, 1)]),
    ("Rahul's mother came to the department yesterday", [("parent_contact", _d(8), 1)]),
    ("Priya's father came to the office to meet me", [("parent_contact", TODAY, 1)]),
    # False friend: a student who came is no parent.
    ("Rahul came to the department", []),
    # After the parent had gone, a talk with the student is one of its own (class: two
    # records, not the talk folded into the visit).
    (
        "王浩爸爸来学校了，家长走后又找王浩谈了谈",
        [("parent_contact", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    (
        "王浩爸爸来学校了 家长走了以后我又找王浩谈了谈",
        [("parent_contact", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    (
        "李娜妈妈来办公室了，送走她妈妈以后跟李娜聊了聊",
        [("parent_contact", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    # False friends: the talk with the parent is the visit.
    ("王同学家长来学校，面谈了一个小时", [("parent_contact", TODAY, 1)]),
    ("王浩爸爸来学校了，走之前又一起谈了谈", [("parent_contact", TODAY, 1)]),
    # A numbered list's next number is no count (class: the item's number at the stretch's
    # end).
    (
        "1) 查寝 2) 谈心 3) 开班会",
        [("class_meeting", TODAY, 1), ("dorm_visit", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    (
        "1. 查寝 2. 谈心 3. 班会",
        [("class_meeting", TODAY, 1), ("dorm_visit", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    (
        "1、查寝 2、谈心 3、家访",
        [("dorm_visit", TODAY, 1), ("parent_contact", TODAY, 1), ("student_talk", TODAY, 1)],
    ),
    # False friends: a tally's own count.
    (
        "1) 查寝 2) 谈心3 3) 开班会",
        [("class_meeting", TODAY, 1), ("dorm_visit", TODAY, 1), ("student_talk", TODAY, 3)],
    ),
    (
        "大前天 家长x2 前天 谈心1",
        [("parent_contact", _d(6), 2), ("student_talk", _d(7), 1)],
    ),
    # A holiday naming the event is not its day when the clause names one (class: a label).
    ("Christmas class meeting planned on 24th", [("class_meeting", _d(24), 1)]),
    ("Christmas class meeting planned for the 24th", [("class_meeting", _d(24), 1)]),
    ("元旦晚会定在30号", [("student_activity", _d(30), 1)]),
    # A month-day before a word that starts with 班 is a date, not a class's number.
    ("学院通知 12-11 班主任培训 我会去参加", [("seminar", _d(11), 1)]),
    ("12-11 班委会", [("cadre_meeting", _d(11), 1)]),
    ("12-11 班会", [("class_meeting", _d(11), 1)]),
    # False friend: a class's number.
    ("去听了2-3班的课", [("classroom_visit", TODAY, 1)]),
    # What one sits in that is no class (class: "sat in traffic").
    ("sat in traffic", []),
    ("Sat in traffic for an hour, missed the hostel round", []),
    ("sat in a jam on the ring road", []),
    # False friends: a class sat in.
    ("sat in class", [("classroom_visit", TODAY, 1)]),
    ("sat in on the lecture", [("classroom_visit", TODAY, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_noticed(text: str, expected: Got) -> None:
    assert _got(text) == sorted(expected)


def test_form_handed_in_today_beside_a_dated_deed() -> None:
    result = parse_note("10月的表交了，昨天查了寝", NOW)
    assert [(a.kind, a.date) for a in result.activities] == [("dorm_visit", _d(8))]
    assert [(d.doc, d.period, d.date) for d in result.documents] == [
        ("monthly_form", "2026-10", TODAY)
    ]


def test_plans_of_the_others_are_flagged_future() -> None:
    flags = {
        (a.date, a.flag) for a in parse_note("给三个家长打了电话 剩下两个明天打", NOW).activities
    }
    assert flags == {(TODAY, None), (_d(10), "future")}


# 冇 is 没 (Cantonese and the south): a visit that fell through reads alike in both.
@pytest.mark.parametrize(
    "text",
    [
        "礼拜一的课没听成",
        "礼拜一的课没听成，礼拜三去听了",
        "礼拜一的课没听成 礼拜五再去听",
        "查寝没去成，明天再去",
        "今天没去查寝",
    ],
)
def test_mou_reads_as_mei(text: str) -> None:
    assert _got(text.replace("没", "冇")) == _got(text)
