"""Not new, not done (bot/parsing/notdone.py): every table entry's note, and the false friends.

Each `Marker` of `ALREADY`, `FORWARDED` and `FELL_THROUGH` names a note that records nothing;
each of `MADE_UP` one that records one deed, today. The false friends keep their record.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import notdone, parse_note

NOW = datetime.fromisoformat("2026-11-09T21:00:00+08:00")  # a Monday
TODAY = NOW.date()


def _got(text: str) -> list[tuple[str, date]]:
    return sorted((a.kind, a.date) for a in parse_note(text, NOW).activities)


NOTHING = [*notdone.ALREADY, *notdone.FORWARDED, *notdone.FELL_THROUGH, *notdone.NOT_DONE_AFTER]


@pytest.mark.parametrize("marker", NOTHING, ids=[f"{m.variety}:{m.example}" for m in NOTHING])
def test_each_marker_records_nothing(marker: notdone.Marker) -> None:
    assert _got(marker.example) == []


@pytest.mark.parametrize(
    "marker", notdone.MADE_UP, ids=[f"{m.variety}:{m.example}" for m in notdone.MADE_UP]
)
def test_each_made_up_deed_is_todays(marker: notdone.Marker) -> None:
    got = _got(marker.example)
    assert len(got) == 1 and got[0][1] == TODAY


# Notes of the class beyond the table's own examples: (note, what it records).
MORE = [
    # A weekly summary: only the item not marked.
    (
        "上礼拜：\n一、11月2日晚查寝（已报）。\n二、11月3日上午听课",
        [("classroom_visit", date(2026, 11, 3))],
    ),
    (
        "1）2号查寝、2号合唱比赛，都报过了；2）4号上午听课",
        [("classroom_visit", date(2026, 11, 4))],
    ),
    ("周二班委会、周三陪张同学去校医院，均已上报过", []),
    (
        "Tue: called Chen's dad (already sent)\nWed: sat in on 高数",
        [("classroom_visit", date(2026, 11, 4))],
    ),
    # A notice pasted or passed on.
    ("学院通知：下周三下午召开班主任培训会，请各位班主任准时参加", []),
    ("学院发了个问卷，已转发给班长", []),
    # Not done, told after the reason.
    ("本来今晚要去查寝，系里临时开会开到九点，最后没去", []),
    ("今天的家长会我有课，去不了", []),
    # Lists and varieties beyond the examples.
    ("周二班委会和周三听课都已报", []),
    ("Tue dorm check and Wed class visit, both already logged", []),
    ("今晚本來要查寢，但係臨時要開會，去唔成", []),
    ("今朝原本要去听课，老师调课了，呒没听成", []),
    ("Was meant to sit in on 高数 this morning. Lecturer swapped the slot. Didn't happen.", []),
    ("Passed on the dean's office notice about the survey to my class reps", []),
    # Put off and made up on a named day to come: a plan for it.
    ("周日原定查寝，临时出差没去成，这礼拜三补上", [("dorm_visit", date(2026, 11, 11))]),
    (
        "Wanted to visit dorms tonight but had a department meeting until 9. So no. I will go Thursday.",
        [("dorm_visit", date(2026, 11, 12))],
    ),
    # The earlier one named between a meeting and what it covered: the topics are still its.
    ("今天下午开了班会，补上礼拜那个，讲了讲评优和暑期社会实践", [("class_meeting", TODAY)]),
    # Put off and done today.
    ("6号因下雨查寝推迟，今晚查完了", [("dorm_visit", TODAY)]),
]


@pytest.mark.parametrize("text, expected", MORE, ids=[t for t, _ in MORE])
def test_notes_of_the_class(text: str, expected: list[tuple[str, date]]) -> None:
    assert _got(text) == sorted(expected)


# Words that look like the markers and are not: each keeps its record.
FALSE_FRIENDS = [
    ("带学生参加数学竞赛动员会，都已报名", [("student_activity", TODAY)]),  # signed up
    ("今晚查寝，新生都已报到", [("dorm_visit", TODAY)]),  # arrived
    ("找小王谈心，情况已报辅导员", [("student_talk", TODAY)]),  # reported onwards: a deed
    (
        "Talked with Wang Hao about his grades, reported it to the counselor",
        [("student_talk", TODAY)],
    ),
    ("查寝，情况已上报学院", [("dorm_visit", TODAY)]),
    ("查寝，晚归学生已登记", [("dorm_visit", TODAY)]),  # the students registered
    ("转发通知后开了班会", [("class_meeting", TODAY)]),  # a deed after the forwarding
    ("开了班会，会议纪要转发到班级群了", [("class_meeting", TODAY)]),
    ("Forwarded the college notice, then held the class meeting", [("class_meeting", TODAY)]),
    ("带学生去参观博物馆，班长生病了，他没去成", [("student_activity", TODAY)]),  # someone else's
    ("给家长打了电话，他们说孩子没去成比赛", [("parent_contact", TODAY)]),
    ("查了寝，还想去听课，没去成", [("dorm_visit", TODAY)]),  # the marker is another deed's
    ("今天去宿舍看了，昨天没去成", [("dorm_visit", TODAY)]),
    ("上周三那次班会开得不错", [("class_meeting", date(2026, 11, 4))]),  # the deed's own day
    ("学院通知：下周二下午班主任经验交流会，我去参加", [("seminar", date(2026, 11, 17))]),
    ("今天找小王谈了谈，上次说过了", [("student_talk", TODAY)]),  # told him before
    ("我把学院的查寝通知转发到群里了，晚上自己也去查了寝", [("dorm_visit", TODAY)]),
    ("Checked the dorms and found the heater could not be repaired", [("dorm_visit", TODAY)]),
]


@pytest.mark.parametrize("text, expected", FALSE_FRIENDS, ids=[t for t, _ in FALSE_FRIENDS])
def test_false_friends_keep_their_record(text: str, expected: list[tuple[str, date]]) -> None:
    assert _got(text) == sorted(expected)
