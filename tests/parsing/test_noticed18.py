"""Lane noticed (session 18): wrong answers the session 17 lanes noticed, each fixed as a class.

Each case is (note, what it records as sorted (kind, date, count, flag)); the noticed note's
form first (shortened), then sentences of the class, then the false friends that must keep
their reading. `NOW` is a Friday evening.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import parse_note

NOW = datetime.fromisoformat("2026-11-20T20:00:00+08:00")  # a Friday
SATURDAY = datetime.fromisoformat("2026-11-21T20:00:00+08:00")
SUNDAY = datetime.fromisoformat("2026-11-22T20:00:00+08:00")
TUESDAY = datetime.fromisoformat("2026-11-17T20:00:00+08:00")

Got = list[tuple[str, date, int, str | None]]


def _got(text: str, now: datetime = NOW) -> Got:
    return sorted((a.kind, a.date, a.count, a.flag) for a in parse_note(text, now).activities)


def _d(day: int) -> date:
    return date(2026, 11, day)


T = _d(20)
Y = _d(19)


# 1. The class's students as a body, with a topic, after "discussion with": a class meeting.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held a discussion with my students on internships", [("class_meeting", T, 1, None)]),
        (
            "Held a discussion with my students about the CET-4 yesterday.",
            [("class_meeting", Y, 1, None)],
        ),
        (
            "Had a long discussion with our students about exam honesty",
            [("class_meeting", T, 1, None)],
        ),
        (
            "Had a discussion with the students about the exam schedule",
            [("class_meeting", T, 1, None)],
        ),
        # False friends: a number of them, some told apart, one by name: talks.
        ("held a discussion with two students", [("student_talk", T, 2, None)]),
        ("held a discussion with three students on internships", [("student_talk", T, 3, None)]),
        ("had a discussion with the students who failed", [("student_talk", T, 1, None)]),
        ("had a discussion with Wang Hao", [("student_talk", T, 1, None)]),
    ],
)
def test_discussion_with_the_students(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 2. A student met by name ("met" with no "with", 见了 / 和…见了面) is a talk, beside the call.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "met Liu Yang and called his father",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        ("Met Zhou Min today.", [("student_talk", T, 1, None)]),
        ("met Chen Jie after class", [("student_talk", T, 1, None)]),
        (
            "和刘洋见了面，给他爸打了电话",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        (
            "见了刘洋，又给他爸打了电话",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        ("跟小李见了个面", [("student_talk", T, 1, None)]),
        # Two met by name are two talked to.
        ("Met Zhang Wei and Li Na this afternoon", [("student_talk", T, 2, None)]),
        # False friends: a time, staff, a parent, a thing met, a 见面会.
        ("met at 8 in the office", []),
        ("met the dean", []),
        ("met Prof Wang", []),
        ("met my colleague Li", []),
        ("met the deadline for the scholarship forms", []),
        ("met Liu Yang's mother", [("parent_contact", T, 1, None)]),
        ("和王老师见了面", []),
        ("见了王主任", []),
        ("和他爸见了面", [("parent_contact", T, 1, None)]),
        ("今晚开新生见面会", [("class_meeting", T, 1, None)]),
    ],
)
def test_met_by_name(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 3. A talk with someone else after a parent's call: a deed of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Called the parents of Wang and talked to Li",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        (
            "Called Wang's mother and then spoke with Zhou Min about her absences",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        (
            "called Zhang's dad and also spoke to the student",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        (
            "给王浩家长打了电话，和刘洋聊了聊",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        (
            "给王浩家长打了电话，跟小李谈了谈",
            [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
        ),
        # False friends: the parent talked to after the call is the call.
        ("called his mother and talked to her about his grades", [("parent_contact", T, 1, None)]),
        ("rang his father and talked to him", [("parent_contact", T, 1, None)]),
        (
            "called the parents of Wang and talked to them for an hour",
            [("parent_contact", T, 1, None)],
        ),
        (
            "Called the parents of Wang and talked to his mother too",
            [("parent_contact", T, 1, None)],
        ),
        ("王浩家长来了，和王浩爸爸聊了聊", [("parent_contact", T, 1, None)]),
        ("王浩妈妈来学校，和刘老师一起聊了聊", [("parent_contact", T, 1, None)]),
        ("给王浩妈妈打了电话，和她聊了很久", [("parent_contact", T, 1, None)]),
    ],
)
def test_own_talk_after_the_call(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 4. A room by block and number with its roommates in a later clause: a dorm room.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Went again to 7-315, talked to the roommates",
            [("dorm_visit", T, 1, None), ("student_talk", T, 1, None)],
        ),
        ("Went to 5-402 again, the roommates have made up.", [("dorm_visit", T, 1, None)]),
        (
            "去了7-315，和室友聊了聊",
            [("dorm_visit", T, 1, None), ("student_talk", T, 1, None)],
        ),
        # False friends: a classroom by its number.
        ("went to 3-204, the projector was broken", []),
        ("去了3-204，投影仪坏了", []),
    ],
)
def test_block_room_with_roommates(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 5. A list of weekdays opening with today, no deed told done: today's and the days to come.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "dorm visits on Friday, Saturday",
            NOW,
            [("dorm_visit", T, 1, None), ("dorm_visit", _d(21), 1, "future")],
        ),
        (
            "dorm visits on Friday, Saturday, Sunday",
            NOW,
            [
                ("dorm_visit", T, 1, None),
                ("dorm_visit", _d(21), 1, "future"),
                ("dorm_visit", _d(22), 1, "future"),
            ],
        ),
        (
            "周五、周六查寝",
            NOW,
            [("dorm_visit", T, 1, None), ("dorm_visit", _d(21), 1, "future")],
        ),
        (
            "dorm visits on Friday, Saturday",
            SUNDAY,
            [("dorm_visit", T, 1, None), ("dorm_visit", _d(21), 1, None)],
        ),
        (
            "dorm visits on Friday, Saturday",
            SATURDAY,
            [("dorm_visit", T, 1, None), ("dorm_visit", _d(21), 1, None)],
        ),
        # False friends: told done, the list is last week's.
        (
            "did dorm visits on Friday and Saturday",
            NOW,
            [("dorm_visit", _d(13), 1, None), ("dorm_visit", _d(14), 1, None)],
        ),
        (
            "周五、周六查了寝",
            NOW,
            [("dorm_visit", _d(13), 1, None), ("dorm_visit", _d(14), 1, None)],
        ),
        (
            "周二周四各听了一次课",
            TUESDAY,
            [("classroom_visit", _d(10), 1, None), ("classroom_visit", _d(12), 1, None)],
        ),
        (
            "查寝：周六、周日",
            SATURDAY,
            [("dorm_visit", _d(21), 1, None), ("dorm_visit", _d(22), 1, "future")],
        ),
        # A list reaching further than two days on is a week's log sent late: last week's.
        (
            "dorm checks on Tuesday and Saturday",
            TUESDAY,
            [("dorm_visit", _d(10), 1, None), ("dorm_visit", _d(14), 1, None)],
        ),
        # A list ending today stays as it was.
        (
            "dorm visits on Thursday, Friday",
            NOW,
            [("dorm_visit", Y, 1, None), ("dorm_visit", T, 1, None)],
        ),
    ],
)
def test_list_opening_today(text: str, now: datetime, expected: Got) -> None:
    assert _got(text, now) == expected


# 6. The students at their study looked in on where they study: a look at self-study.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下午去图书馆看了看考研的同学", [("classroom_visit", T, 1, None)]),
        ("晚上去图书馆转了转，考研的同学都在", [("classroom_visit", T, 1, None)]),
        ("去考研教室看了看同学们", [("classroom_visit", T, 1, None)]),
        (
            "Went to the library to check on the students preparing for the postgraduate exam",
            [("classroom_visit", T, 1, None)],
        ),
        (
            "Dropped by the library this afternoon to see the students studying for the kaoyan",
            [("classroom_visit", T, 1, None)],
        ),
        (
            "went to the library to check on the kaoyan students",
            [("classroom_visit", T, 1, None)],
        ),
        # False friends: a book, the advisor's own errand.
        ("went to the library with the kaoyan students' forms", []),
        ("去图书馆借书", []),
        ("去图书馆看了看书，同学们都在学习", []),
        ("在图书馆看了看考研资料", []),
        ("went to the library to return books", []),
    ],
)
def test_library_self_study(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 7. A tally of a period's times on days not told: asked about (unknown_anchor), not taken as
# today's deed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本月已查寝3次", [("dorm_visit", T, 1, "unknown_anchor")]),
        ("这个月查寝3次了", [("dorm_visit", T, 1, "unknown_anchor")]),
        ("本周听课两回了", [("classroom_visit", T, 1, "unknown_anchor")]),
        ("3 dorm checks so far this month", [("dorm_visit", T, 1, "unknown_anchor")]),
        (
            "I've visited the dorms three times this month",
            [("dorm_visit", T, 1, "unknown_anchor")],
        ),
        ("本月共谈心6人次", [("student_talk", T, 6, "unknown_anchor")]),
        ("本学期已家访2户", [("parent_contact", T, 2, "unknown_anchor")]),
        # False friends: an ordinal, today named, the days listed, a count done today.
        ("今天家访2户", [("parent_contact", T, 2, None)]),
        ("今天谈心6人次", [("student_talk", T, 6, None)]),
        ("这个月第一次查寝，今晚7号楼", [("dorm_visit", T, 1, None)]),
        ("本月已查寝3次，今晚又去了一次", [("dorm_visit", T, 1, None)]),
        (
            "本月共查寝3次（2日、9日、16日）",
            [
                ("dorm_visit", _d(2), 1, None),
                ("dorm_visit", _d(9), 1, None),
                ("dorm_visit", _d(16), 1, None),
            ],
        ),
        ("今天查寝两次", [("dorm_visit", T, 1, None)]),
        ("Dorm check tonight, the third one this month", [("dorm_visit", T, 1, None)]),
    ],
)
def test_tally_of_times(text: str, expected: Got) -> None:
    assert _got(text) == expected
