"""Round 16, lane r16cd: a statistician's pasted logs (r16d: markdown rows, CSV lines, tab
columns) and a Kerala mathematician's Indian English (r16c), class by class, with sentences of
our own beside the blind notes' and the counter-examples that must stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 9, 21, 0, tzinfo=TZ)  # a Wednesday
TODAY = NOW.date()

Found = list[tuple[str, dt.date]]


def _kinds(text: str, now: dt.datetime = NOW) -> Found:
    return sorted((a.kind, a.date) for a in parse_note(text, now).activities)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(offset)


def _d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def _check(cases: dict[str, Found]) -> list[object]:
    return [pytest.param(text, found, id=text[:40]) for text, found in cases.items()]


# Class: a status cell with more than its word: a reason in brackets, or the new day of a row
# put off (a plan on that day).
STATUS_CELL: dict[str, Found] = {
    "| 日期 | 事项 | 时长 | 人数 | 状态 |\n|---|---|---|---|---|\n| 12-08 | 查寝 | 1h | | 取消（学院开会） |\n"
    "| 12-08 | 学院班主任培训 | 2h | | 已完成 |": [("seminar", _d(12, 8))],
    "| 日期 | 事项 | 状态 |\n|---|---|---|\n| 12-07 | 班会 | 推迟（期中考试） |": [],
    "| 12-04 | 班会 | | | 改期 → 12-11（周五）晚 |": [("class_meeting", _d(12, 11))],
    "Date,Activity,Status\n12-08,dorm check,postponed to 12-10": [("dorm_visit", _d(12, 10))],
    # Counter-examples: done with a remark, done with its word alone.
    "| 日期 | 事项 | 状态 |\n|---|---|---|\n| 12-08 | 查寝 | 完成（三间） |": [
        ("dorm_visit", _d(12, 8))
    ],
    "12-07,查寝,1h,已完成\n12-08,谈心,1h,完成": [
        ("dorm_visit", _d(12, 7)),
        ("student_talk", _d(12, 8)),
    ],
}


@pytest.mark.parametrize(("text", "found"), _check(STATUS_CELL))
def test_a_status_cell_with_a_reason_or_a_new_day(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a row of a table pasted alone (a markdown row with its bars, a CSV row with an empty
# cell or a status), a comma inside brackets kept in its cell.
ONE_ROW: dict[str, Found] = {
    "11-13,查寝,,,取消（大雨，下周再说）": [],
    "12-08,查寝,,,取消(停电)": [],
    "| 12-07 | 个别谈话 | 1h | 2 |": [("student_talk", _d(12, 7))],
    "12-07,查寝,,": [("dorm_visit", _d(12, 7))],
    # Counter-example: prose with commas.
    "12-07,查寝了,宿舍很干净": [("dorm_visit", _d(12, 7))],
}


@pytest.mark.parametrize(("text", "found"), _check(ONE_ROW))
def test_a_row_pasted_alone(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a row over a range of days whose length the row tells is one item a day.
RANGE_ROW: dict[str, Found] = {
    "| 12-05~12-06 | 带队参加统计建模大赛决赛（深圳） | 2天 | 6 |": [
        ("student_activity", _d(12, 5)),
        ("student_activity", _d(12, 6)),
    ],
    "| 12-03~12-04 | 参加班主任培训 | 2天 | |": [("seminar", _d(12, 3)), ("seminar", _d(12, 4))],
    "12-01至12-03,带学生参加数学竞赛,3天,": [
        ("student_activity", _d(12, 1)),
        ("student_activity", _d(12, 2)),
        ("student_activity", _d(12, 3)),
    ],
    # Counter-example: a range with no length told is dated by its first day.
    "| 12-01~12-04 | 查寝 | 3次 | |": [("dorm_visit", _d(12, 1))],
}


@pytest.mark.parametrize(("text", "found"), _check(RANGE_ROW))
def test_a_row_over_a_range_of_days(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a talk on its own dated line after a parent contact is no part of that contact; 前 +
# 个别 is no 前个 (the day before yesterday).
OWN_DAY_TALK: dict[str, Found] = {
    "09-24\t家长电话\t\t2\n09-25\t个别谈话\t\t3": [
        ("parent_contact", _d(9, 24)),
        ("student_talk", _d(9, 25)),
    ],
    "12月7日:联系家长\n12月8日:个别谈话": [
        ("parent_contact", _d(12, 7)),
        ("student_talk", _d(12, 8)),
    ],
    "周一给王浩妈妈打了电话。周二面谈了一个小时": [
        ("parent_contact", _d(12, 7)),
        ("student_talk", _d(12, 8)),
    ],
    "| 12-08 | 考前个别谈话 | 1.5h | 5 |": [("student_talk", _d(12, 8))],
    "12月8日期末考前个别谈话三人": [("student_talk", _d(12, 8))],
    # Counter-examples: the talk is the parent's; 前个 alone is still a day.
    "王同学家长来学校，面谈了一个小时": [("parent_contact", TODAY)],
    "给王浩妈妈打了电话，面谈了一个小时": [("parent_contact", TODAY)],
    "前个晚上去查寝了": [("dorm_visit", _day(-2))],
}


@pytest.mark.parametrize(("text", "found"), _check(OWN_DAY_TALK))
def test_a_talk_on_its_own_day_and_kao_qian_ge_bie(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a forwarded notice's head (转：学院通知 …) without its colon records nothing, unless
# the advisor goes.
FORWARDED: dict[str, Found] = {
    "转：学院通知 12-11（周五）14:30 班主任经验交流会，行政楼302，请各位班主任准时参加。": [],
    "转：学校通知 下周一下午班主任培训，请准时参加": [],
    "转发：学院通知 12-11（周五）14:30 班主任工作交流会，请各位班主任准时参加。": [],
    # Counter-examples: the advisor goes; a notice told as prose.
    "转：学院通知 周五班主任培训，我会去参加": [("seminar", _d(12, 11))],
    "转发学院通知后开了班会": [("class_meeting", TODAY)],
    "学院通知下周一开班会，今晚已经开了": [("class_meeting", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(FORWARDED))
def test_a_forwarded_notice_head(text: str, found: Found) -> None:
    assert _kinds(text) == found


def _count(text: str, kind: str, now: dt.datetime = NOW) -> int | None:
    return next(a.count for a in parse_note(text, now).activities if a.kind == kind)


# Class: a log line's bare number after the kind (its count column without a header), and an
# English count as "N of them" / "both of them".
COUNTS = [
    ("01-08 寒假安全主题班会 1h 完成\n01-08 联系家长 3（离校时间未确认）", "parent_contact", 3),
    ("12-08 联系家长 3（未返校）", "parent_contact", 3),
    ("12-08 谈心 2\n12-08 查寝 1h", "student_talk", 2),
    (
        "Monday attendance check done, 2 absent. Today I have spoken to both of them.",
        "student_talk",
        2,
    ),
    (
        "Called guardians of the 4 students, and had one to one talk with two of them.",
        "student_talk",
        2,
    ),
    ("Met 3 of them after class.", "student_talk", 3),
    # Counter-examples: a list's next item number; hours after the kind.
    ("today: 1) 查早读 2) 和刘同学谈话 3) 填了助学金材料", "student_talk", 1),
    ("联系家长 3h", "parent_contact", 1),
]


@pytest.mark.parametrize(("text", "kind", "count"), COUNTS)
def test_bare_and_of_them_counts(text: str, kind: str, count: int) -> None:
    assert _count(text, kind) == count


# Class: Indian English's counselling as the advisor's deed (did counselling for an hour,
# counselling for a student heading its clause), and the participle with no "have" ("called
# Li Hao and spoken to him").
COUNSELLING: dict[str, Found] = {
    "One Kazakh student Aidana was crying in the corridor after class. I took her to my office "
    "and did counselling for nearly 1 hour. Homesick only, nothing serious.": [
        ("student_talk", TODAY)
    ],
    "Today counselling for Zhou Yu (roommate reported depression symptoms) for 1 hour, and "
    "referred the same to university counselling centre.": [("student_talk", TODAY)],
    "Yesterday counselling of two hostellers regarding ragging complaint.": [
        ("student_talk", _day(-1))
    ],
    "Counselled Li Hao today about his attendance.": [("student_talk", TODAY)],
    "Called Ravi today and spoken to him about his attendance.": [("student_talk", TODAY)],
    # Counter-examples: a centre, a workshop for advisors, someone else counselling.
    "Referred her to the counselling centre today.": [],
    "Attended a workshop on counselling for advisors today.": [("seminar", TODAY)],
    "He was counselled by the university counsellor yesterday.": [],
    "He was spoken to by the warden yesterday.": [],
    "Counselling for freshers is arranged by the college on Friday.": [],
}


@pytest.mark.parametrize(("text", "found"), _check(COUNSELLING))
def test_indian_counselling_and_the_bare_participle(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a talk after the parent left is the student's, and the parent leaving is no contact.
PARENT_GONE: dict[str, Found] = {
    "Guardian of Li Hao came to campus today, PTM type meeting in my office almost 1.5 hours "
    "regarding his failing marks in Analysis. After the father left I called Li Hao and spoken "
    "to him also.": [("parent_contact", TODAY), ("student_talk", TODAY)],
    "Met Wang's mother in my office today. After the mother left I talked to Wang.": [
        ("parent_contact", TODAY),
        ("student_talk", TODAY),
    ],
    "王浩爸爸来学校面谈了一小时，家长走后又找王浩同学谈了谈": [
        ("parent_contact", TODAY),
        ("student_talk", TODAY),
    ],
    # Counter-example: a parent who left a message was reached.
    "The father left a voice message, I called back.": [("parent_contact", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(PARENT_GONE))
def test_a_talk_after_the_parent_left(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: a move's old day is no day of the deed, and "from X to Y" with a move is no range.
MOVED_FROM: dict[str, Found] = {
    "Cadre meeting preponed from Friday to tomorrow 4 pm since I will be out of station on "
    "Friday. CR informed everybody.": [("cadre_meeting", _day(1))],
    "Class meeting moved from Friday to Monday.": [("class_meeting", _d(12, 14))],
    "Dorm visit postponed from Thursday to Saturday.": [("dorm_visit", _d(12, 12))],
    "班委会从周五提前到明天": [("cadre_meeting", _day(1))],
    # Counter-examples: a range of days, each with the deed.
    "Visited dorms from Monday to Wednesday every evening.": [
        ("dorm_visit", _d(12, 7)),
        ("dorm_visit", _d(12, 8)),
        ("dorm_visit", _d(12, 9)),
    ],
    "从周一到周三每天查寝": [
        ("dorm_visit", _d(12, 7)),
        ("dorm_visit", _d(12, 8)),
        ("dorm_visit", _d(12, 9)),
    ],
}


@pytest.mark.parametrize(("text", "found"), _check(MOVED_FROM))
def test_a_moves_old_day(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: "planned on" a day is a plan; a day of the month in a plan is to come.
PLANNED_ON: dict[str, Found] = {
    "New Year class meeting cum party planned on 31st evening, CR is arranging.": [
        ("class_meeting", _d(12, 31))
    ],
    "Dorm visit planned on Friday with the warden.": [("dorm_visit", _d(12, 11))],
    # Counter-example: a day past, told done.
    "Held class meeting on 3rd.": [("class_meeting", _d(12, 3))],
}


@pytest.mark.parametrize(("text", "found"), _check(PLANNED_ON))
def test_planned_on_a_day(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: an event named as the reason another deed moved is not recorded.
EVENT_AS_REASON: dict[str, Found] = {
    "Class meeting scheduled for Thursday is postponed because of the sports day rehearsal. "
    "New date not fixed, will revert.": [],
    "Dorm visit cancelled due to the sports meet.": [],
    # Counter-example: the class taken to the event.
    "Took the class to the sports day rehearsal today.": [("student_activity", TODAY)],
}


@pytest.mark.parametrize(("text", "found"), _check(EVENT_AS_REASON))
def test_an_event_as_a_reason(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: Indian English's wording of the work: the students of my class taken for an outing,
# a form filled bare, the committee as "X, Y and other members", "sat in <course> class", a
# timetable's "3-4 period".
WORDING: dict[str, Found] = {
    "Yesterday was Mid-Autumn. Took the foreign students of my class for mooncake making at "
    "the international centre, around 2 hours.": [("student_activity", _day(-1))],
    "Took some students of my class for a picnic yesterday.": [("student_activity", _day(-1))],
    "Phone call with Fatima's father yesterday night regarding her visa extension. Also helped "
    "her fill the residence permit forms today morning.": [
        ("other", TODAY),
        ("parent_contact", _day(-1)),
    ],
    "Helped two students fill up the scholarship forms.": [("other", TODAY)],
    "Had a meeting with CR, LC and other class committee members today after lunch.": [
        ("cadre_meeting", TODAY)
    ],
    "Met the monitor, the league secretary and other cadres after class.": [
        ("cadre_meeting", TODAY)
    ],
    "Sat in the 3-4 period Probability class today.": [("classroom_visit", TODAY)],
    "Sat in Real Analysis lecture yesterday.": [("classroom_visit", _day(-1))],
    # Counter-examples: a form that is no paper, advisors met, a dashed date.
    "Helped her fill the gaps in her notes.": [],
    "Had a meeting with the dean and other advisors today.": [],
    "Held class meeting on 12-3 with 30 students.": [("class_meeting", _d(12, 3))],
}


@pytest.mark.parametrize(("text", "found"), _check(WORDING))
def test_indian_wording_of_the_work(text: str, found: Found) -> None:
    assert _kinds(text) == found


# Class: students staying in the hostel are no visit; a day of the students' lapse closing a
# sentence is not carried into the next.
WHERE_AND_WHEN_THEY_WERE: dict[str, Found] = {
    "Today morning called 3 guardians about the students staying back in hostel during winter "
    "vacation, and spoke to those 3 students also in person.": [
        ("parent_contact", TODAY),
        ("student_talk", TODAY),
    ],
    "Today morning called the guardians of 3 students who were absent for the Linear Algebra "
    "quiz on Monday. For the Russian boy I have spoken to the mother in English.": [
        ("parent_contact", TODAY)
    ],
    # Counter-examples: students visited where they stay; the lapse's day in the deed's own
    # sentence dates it.
    "Visited the students staying back in hostel this evening.": [("dorm_visit", TODAY)],
    "Checked on the students who stayed in the dorms yesterday.": [("dorm_visit", _day(-1))],
    "Called a student who skipped class on Monday.": [("student_talk", _d(12, 7))],
}


@pytest.mark.parametrize(("text", "found"), _check(WHERE_AND_WHEN_THEY_WERE))
def test_where_and_when_the_students_were(text: str, found: Found) -> None:
    assert _kinds(text) == found
