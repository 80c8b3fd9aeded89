"""Lane noticed (session 17): wrong answers other lanes noticed, each fixed as a class.

Each case is (note, what it records as sorted (kind, date, count, flag)); the noticed note's
form first, then sentences of the class, then the false friends that must keep their reading.
`NOW` is a Wednesday evening; `FRIDAY` a Friday evening.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.parsing import parse_note

NOW = datetime.fromisoformat("2026-12-09T21:00:00+08:00")  # a Wednesday
FRIDAY = datetime.fromisoformat("2026-12-11T21:00:00+08:00")
AFTERNOON = datetime.fromisoformat("2026-12-09T15:00:00+08:00")

Got = list[tuple[str, date, int, str | None]]


def _got(text: str, now: datetime = NOW) -> Got:
    return sorted((a.kind, a.date, a.count, a.flag) for a in parse_note(text, now).activities)


def _d(day: int) -> date:
    return date(2026, 12, day)


T = _d(9)
Y = _d(8)

CASES: list[tuple[str, Got]] = [
    # 1. A count of times with its days listed in brackets is one on each day.
    (
        "这周家访两次（周一 小陈家，周二 小周家）",
        [("parent_contact", _d(7), 1, None), ("parent_contact", _d(8), 1, None)],
    ),
    (
        "给家长打电话 3次（周一、周二、周三）",
        [
            ("parent_contact", _d(7), 1, None),
            ("parent_contact", _d(8), 1, None),
            ("parent_contact", _d(9), 1, None),
        ],
    ),
    (
        "家访2户（周一、周二）",
        [("parent_contact", _d(7), 1, None), ("parent_contact", _d(8), 1, None)],
    ),
    # False friend: more people than days keep their count.
    (
        "谈心4人（周一、周二）",
        [("student_talk", _d(7), 4, None), ("student_talk", _d(8), 4, None)],
    ),
    # 2. The verb with its result: 听完课.
    (
        "昨天开了班委会。刚听完课回来",
        [("cadre_meeting", Y, 1, None), ("classroom_visit", T, 1, None)],
    ),
    ("刚听完两节课", [("classroom_visit", T, 1, None)]),
    ("听完课去食堂吃了饭", [("classroom_visit", T, 1, None)]),
    # False friend: the students' own class ended.
    ("学生们听完课去吃饭了", []),
    # 3. The student sent to a doctor goes alone.
    ("302有个同学发烧，叫他明天上午去校医院看看", []),
    ("让她到医务室查一下", []),
    ("提醒他们去医院复查", []),
    # False friends: the advisor there.
    ("今天去校医院看了看小王", [("other", T, 1, None)]),
    ("陪他去校医院看看", [("other", T, 1, None)]),
    # 4. The advisor going too on a named day after a notice forwarded.
    (
        "学院发了通知：下周所有班要查寝，我转发给班长了，下周一我自己也去看",
        [("dorm_visit", _d(14), 1, "future")],
    ),
    ("学院通知：下周要查寝，转发给班长了，周三我也去", [("dorm_visit", _d(16), 1, "future")]),
    ("辅导员今天去查寝了，明天我也去", [("dorm_visit", _d(10), 1, "future")]),
    # False friend: only forwarded.
    ("学院通知下周查寝，我转发给班长了", []),
    # 5. Students listed by surname before 都聊了; the talk noun split by 了.
    ("王、李、赵 都聊了", [("student_talk", T, 3, None)]),
    ("王、李、赵都聊了", [("student_talk", T, 3, None)]),
    ("小王和小李也谈过", [("student_talk", T, 2, None)]),
    ("小刘、小孙也聊过", [("student_talk", T, 2, None)]),
    ("周三、周四 谈了话", [("student_talk", _d(2), 1, None), ("student_talk", _d(3), 1, None)]),
    ("今天谈了话", [("student_talk", T, 1, None)]),
    ("跟小王谈过话", [("student_talk", T, 1, None)]),
    # The others with 还有 on a day of their own, as with 剩下 (the rest to be talked with).
    (
        "王、李都聊了，还有两个明天聊",
        [("student_talk", T, 2, None), ("student_talk", _d(10), 2, "future")],
    ),
    (
        "给三个家长打了电话，还有两个后天打",
        [("parent_contact", T, 3, None), ("parent_contact", _d(11), 2, "future")],
    ),
    ("谈了三个，还有两个没来", [("student_talk", T, 3, None)]),
    ("开了班会，还有两个同学请假了", [("class_meeting", T, 1, None)]),
    # False friends: topics listed, or staff.
    ("学习、生活都聊了", []),
    ("王老师、李老师都聊了", []),
    # 6. Students who stayed over a break looked in on: at the dorms.
    ("寒假看望留校学生", [("dorm_visit", T, 1, None)]),
    ("看了下留校的两个", [("dorm_visit", T, 1, None)]),
    ("看望留校同学", [("dorm_visit", T, 1, None)]),
    # False friends: care in hospital, a report's 慰问.
    ("去医院看望了留校的小王", [("other", T, 1, None)]),
    ("慰问留校学生", [("other", T, 1, None)]),
    # 7. A home told of across a space is no home visited.
    ("帮小杨把助学金申请表弄好交到学院了 这学生家里确实困难", [("other", T, 1, None)]),
    ("今天去了趟学生家里", [("parent_contact", T, 1, None)]),
    ("去学生家里看了看", [("parent_contact", T, 1, None)]),
    # 8. A while is no one counted.
    (
        "给小杨家长打了个电话 这学生开学两个礼拜没咋个来上课 他妈妈都不晓得",
        [("parent_contact", T, 1, None)],
    ),
    ("给小杨家长打了个电话 这学生两个星期没来上课", [("parent_contact", T, 1, None)]),
    ("给小杨家长打了个电话 这学生两个月没来上课", [("parent_contact", T, 1, None)]),
    # False friend: parents counted after the noun.
    ("联系家长两个", [("parent_contact", T, 2, None)]),
    # 9. The students as a body met are the class.
    ("昨天跟学生们开了个会", [("class_meeting", Y, 1, None)]),
    ("和同学们开了个短会", [("class_meeting", T, 1, None)]),
    ("跟学生们开了个玩笑", []),
    # 10. A home phoned, 家 with no 里.
    ("给学生家打了电话", [("parent_contact", T, 1, None)]),
    ("给他家也打了电话", [("parent_contact", T, 1, None)]),
    ("往同学家打了个电话", [("parent_contact", T, 1, None)]),
    ("给小马家打了个电话", [("parent_contact", T, 1, None)]),
    ("给小马家送了点东西", []),
    # 11. A student fetched back from a doctor.
    ("昨天接小王从医院回来", [("other", Y, 1, None)]),
    ("去医院接他出院了", [("other", T, 1, None)]),
    # 12. The students' own errand at the dorm.
    ("学生可以去宿舍楼下领快递", []),
    ("同学们要到宿舍门口集合", []),
    ("大家自己去宿舍拿一下身份证", []),
    ("带学生去宿舍看了看", [("dorm_visit", T, 1, None)]),
    ("和学生们去宿舍转了一圈", [("dorm_visit", T, 1, None)]),
    # 13. 没多会儿 is a while, no negation.
    ("没多会儿班会就开完了", [("class_meeting", T, 1, None)]),
    ("没过多久班会就开完了", [("class_meeting", T, 1, None)]),
    ("没多久就查完寝了", [("dorm_visit", T, 1, None)]),
    ("没开班会", []),
    # 14. The students' own call home.
    ("学生们都给家里大人打了电话", []),
    ("同学们也给家长打了电话报平安", []),
    ("大家各自给父母打了电话", []),
    ("我给学生们的家长都打了电话", [("parent_contact", T, 1, None)]),
    # 16. A glance in is a look.
    ("昨天瞄了一眼自习室", [("classroom_visit", Y, 1, None)]),
    ("瞅了瞅自习室", [("classroom_visit", T, 1, None)]),
    # 17. The course the student is stuck on named before the help.
    ("他不会高数，找他讲了讲", [("other", T, 1, None)]),
    ("他挂了线代，给他讲了一下", [("other", T, 1, None)]),
    ("找他讲了讲高数", [("other", T, 1, None)]),
    ("他线代没学懂，找他讲了讲", [("other", T, 1, None)]),
    ("他不会高数，找他谈了谈", [("student_talk", T, 1, None)]),
    ("找他讲了讲考试纪律", []),
    # 18. A standing order is no deed; the meeting attended stays.
    ("班主任例会上要求每周查寝两次", [("seminar", T, 1, None)]),
    ("学院要求每周查寝两次", []),
    ("学校规定每月至少家访一次", []),
    ("按要求每周查寝两次，今天查了", [("dorm_visit", T, 1, None)]),
    ("按照学院要求今天去查寝了", [("dorm_visit", T, 1, None)]),
    # 19. A talk and a call joined by "and".
    (
        "talked with Chen Jie yesterday and called his dad",
        [("parent_contact", Y, 1, None), ("student_talk", Y, 1, None)],
    ),
    (
        "talked with Chen Jie yesterday, then called his dad",
        [("parent_contact", Y, 1, None), ("student_talk", Y, 1, None)],
    ),
    (
        "spoke to Li Hao and rang his mum",
        [("parent_contact", T, 1, None), ("student_talk", T, 1, None)],
    ),
    ("talked with his dad and mum", [("parent_contact", T, 2, None)]),
    # 20. Moved to the day after tomorrow.
    (
        "The class meeting has been moved to the day after tomorrow",
        [("class_meeting", _d(11), 1, "future")],
    ),
    ("dorm visit postponed to the day after tomorrow", [("dorm_visit", _d(11), 1, "future")]),
    ("The class meeting has been moved to Friday", [("class_meeting", _d(11), 1, "future")]),
    # 22. What a student missed is no class visited.
    ("invited Sun Mei to my office over her absence from lectures", [("student_talk", T, 1, None)]),
    ("talked with Li Hao about skipping tutorials", [("student_talk", T, 1, None)]),
    ("attended the algebra lecture", [("classroom_visit", T, 1, None)]),
    # 23. Meetings with the class, its students, its reps.
    ("Had a discussion with the class on the exam timetable", [("class_meeting", T, 1, None)]),
    ("I had a meeting with my students", [("class_meeting", T, 1, None)]),
    ("had a session with my students on CV writing", [("class_meeting", T, 1, None)]),
    ("I called the class reps to my office", [("cadre_meeting", T, 1, None)]),
    ("meeting with the class reps", [("cadre_meeting", T, 1, None)]),
    ("had a meeting with the class committee", [("cadre_meeting", T, 1, None)]),
    ("meeting with the whole class", [("class_meeting", T, 1, None)]),
    # 24. A student seen where the sick are cared for.
    ("I went to see Chen Jie at the clinic", [("other", T, 1, None)]),
    ("visited the sick student at the health centre", [("other", T, 1, None)]),
    ("visited him in hospital", [("other", T, 1, None)]),
    ("went to see the dean at the hospital", []),
    ("went to see the doctor at the clinic", []),
    # 25. The class meeting where a theme was given is that one meeting.
    ("I enlightened them on cultism during the class meeting", [("theme_meeting", T, 1, None)]),
    (
        "sensitised the students on exam malpractice at the class meeting",
        [("theme_meeting", T, 1, None)],
    ),
    ("在班会上开展了防诈骗主题教育", [("theme_meeting", T, 1, None)]),
    (
        "held a theme meeting on safety, then a class meeting on the timetable",
        [("class_meeting", T, 1, None), ("theme_meeting", T, 1, None)],
    ),
    ("主题班会后又开了个班会", [("class_meeting", T, 1, None), ("theme_meeting", T, 1, None)]),
    # 26. One officer met is a talk.
    ("Meeting with course rep", [("student_talk", T, 1, None)]),
    ("met the class monitor", [("student_talk", T, 1, None)]),
    ("talked to the monitor and the league secretary", [("cadre_meeting", T, 1, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_noticed17(text: str, expected: Got) -> None:
    assert _got(text) == expected


# 15. A maybe is a plan at most (sent in the afternoon and in the evening).
@pytest.mark.parametrize("now", [AFTERNOON, NOW])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天晚上可能去查寝", [("dorm_visit", T, 1, "future")]),
        ("今天下午也许去听课", [("classroom_visit", T, 1, "future")]),
        ("今晚说不定给他家长打个电话", [("parent_contact", T, 1, "future")]),
        # False friends: done, or a maybe about something else.
        ("今天可能去查了寝", [("dorm_visit", T, 1, None)]),
        ("今天去查寝了 可能有人晚归", [("dorm_visit", T, 1, None)]),
    ],
)
def test_maybe_is_a_plan(text: str, expected: Got, now: datetime) -> None:
    assert _got(text, now) == expected


# 21. A day and its weekday in apposition are one day (sent on a Friday).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Class meeting is fixed for next tomorrow, Sunday",
            [("class_meeting", _d(13), 1, "future")],
        ),
        ("Class meeting is fixed for tomorrow, Saturday", [("class_meeting", _d(12), 1, "future")]),
        ("dorm visit yesterday, Thursday", [("dorm_visit", _d(10), 1, None)]),
        ("班会定在后天，周日", [("class_meeting", _d(13), 1, "future")]),
        # False friend: two days named.
        (
            "visited the dorms yesterday, Sunday too",
            [("dorm_visit", _d(6), 1, None), ("dorm_visit", _d(10), 1, None)],
        ),
    ],
)
def test_day_and_its_weekday(text: str, expected: Got) -> None:
    assert _got(text, FRIDAY) == expected
