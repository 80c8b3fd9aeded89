"""A German-born professor's English (session 17, lane r17c): the classes of round 17c.

Each class holds the blind note's form (shortened), notes of my own in the same class, and
false friends that look alike and keep their reading. A line is what the note records
("kind@YYYY-MM-DD", with "xN" for a count and "!future" for a plan; nothing when it records
nothing), then the moment it is sent, then the note.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note

_TZ = dt.timezone(dt.timedelta(hours=8))

CASES: dict[str, str] = {
    # A holiday the students came back from, or the time since it, names no day of a deed.
    "holiday_as_a_cause": """
dorm_visit@2027-02-22|2027-02-22 20:45|Heute in the evening I have visited the dorms, all students are back from the Spring Festival except Wang.
dorm_visit@2026-10-08|2026-10-08 21:00|Checked the dorms tonight, everyone has returned from the National Day holiday.
parent_contact@2027-01-05x2|2027-01-05 21:00|Since Christmas I have called two parents about the exams.
parent_contact@2027-02-06x3|2027-02-22 20:45|On Spring Festival I called 3 parents.
""",
    # An English deadline names no day a deed was done on.
    "deadline": """
class_meeting@2027-04-12|2027-04-12 22:10|Class meeting done. Main points: the exams, the 大创 applications (deadline 30.04.) and the noise in dorm 7-315.
student_talk@2027-04-14|2027-04-14 20:00|Talked with Li about his scholarship application (deadline: 30 April).
cadre_meeting@2027-04-14|2027-04-14 20:00|Cadre meeting today about the scholarship forms (due 20.04.).
dorm_visit@2027-04-12|2027-04-14 20:00|Due to the rain, the dorm visit was on Monday.
""",
    # A meeting's agenda told in English after it: its items are subjects, not deeds.
    "meeting_agenda": """
class_meeting@2027-02-25|2027-02-25 22:05|Class meeting at 19.30, room 3-204. We have discussed the new timetable, the election of the Class Committee and the rules for the evening self-study.
cadre_meeting@2027-04-14|2027-04-14 20:00|Cadre meeting at noon. Agenda: the sports day, the dorm hygiene check and the evening self-study.
class_meeting@2027-04-14|2027-04-14 20:00|Class meeting today. We went over the exam rules and the dorm curfew.
class_meeting@2027-04-14 dorm_visit@2027-04-14|2027-04-14 20:00|Class meeting today, we discussed the exams. Then I went to the dorms.
""",
    # A meeting or a talk "on" a subject: the subject is no visit.
    "meeting_on_a_subject": """
theme_meeting@2027-03-11!future|2027-03-10 16:00|Tomorrow at 19.00 I will hold a Theme Class Meeting on dormitory safety (electric devices, fire).
cadre_meeting@2027-04-14|2027-04-14 20:00|Cadre meeting on the evening self-study attendance today.
class_meeting@2027-04-14|2027-04-14 20:00|Class meeting today with a talk on dorm safety by the fire brigade.
class_meeting@2027-04-12 dorm_visit@2027-04-12|2027-04-14 20:00|Class meeting on Monday, then went to the dorms.
""",
    # A question to the bot under its heading, opened by a condition or a question word.
    "question_heading": """
|2027-03-05 10:15|A question: when I look into the evening self-study only for 10 minutes, does this count already as a classroom visit?
|2027-03-05 10:15|Quick question: if I call a parent on WeChat, is that a parent contact?
|2027-03-05 10:15|One question: does a talk in the dorm count as a dorm visit?
parent_contact@2027-03-04x2|2027-03-05 10:15|Question: I called 2 parents on WeChat yesterday, does that count?
dorm_visit@2027-03-05|2027-03-05 10:15|Checked the dorms today. Quick question: does a WeChat call count as a parent contact?
""",
    # A dotted date whose day and month may be either: the weekday or the day word beside it
    # says which.
    "dotted_date_set_right": """
cadre_meeting@2027-05-04 dorm_visit@2027-05-06|2027-05-06 21:00|The day before yesterday (04.05.) I have had a Class Committee meeting. Today I have visited the dorms.
dorm_visit@2027-06-07!future|2027-06-04 22:00|On Monday 7.6. I will visit the dorms.
parent_contact@2027-04-03|2027-04-04 20:00|Yesterday (3.4.) I have called the mother of Li.
dorm_visit@2027-04-02|2027-04-05 20:00|Dorm check on Friday 2.4., all rooms fine.
dorm_visit@2026-11-16|2026-11-18 20:00|周一 (11.16) 查寝
""",
    # A German's dot after a day and month does not end the list of days.
    "dotted_dates_listed": """
classroom_visit@2027-06-10 classroom_visit@2027-06-11|2027-06-14 21:10|Last Thursday and Friday (10.06., 11.06.) in the evening I have visited the self-study.
dorm_visit@2027-04-12 dorm_visit@2027-04-13|2027-04-14 20:00|On 12.04. and 13.04. I have visited the dorms.
classroom_visit@2027-04-08 classroom_visit@2027-04-09|2027-04-14 20:00|Evening self-study visited on 8.4., 9.4.
dorm_visit@2027-04-12 parent_contact@2027-04-13|2027-04-14 20:00|Visited the dorms on 12.04. Then on 13.04. I called a parent.
""",
    # A range of clock times with dots is no date when its end can be none.
    "dotted_clock_range": """
class_meeting@2027-06-07 student_talk@2027-06-07|2027-06-08 09:40|Yesterday the short class meeting has taken place, 12.30-13.00. Afterwards I have talked with Sun Yue alone.
class_meeting@2027-04-14|2027-04-14 20:00|Class meeting from 14.30 to 17.00 today.
dorm_visit@2027-04-14|2027-04-14 20:00|Dorm visit 21.00-22.00 tonight.
""",
    # A day after "since" is when a state began: no deed of a later sentence is on it.
    "since_a_day": """
other@2027-03-17 parent_contact@2027-03-17|2027-03-17 20:10|Today I have brought Liu Yang to the 校医院, he has had high fever since the day before yesterday. I have informed his father by telephone.
other@2027-03-17 parent_contact@2027-03-17|2027-03-17 20:10|Today I took Wang to the clinic, he has been coughing since Monday. I called his mother.
parent_contact@2027-03-15x3|2027-03-17 20:10|Since Monday I have called 3 parents.
""",
    # Office hours and the students who came in them: their talks.
    "office_hours_with_students": """
student_talk@2027-03-22x5|2027-03-22 21:55|Sprechstunde this afternoon 14.00-16.00. 5 students have come one by one, mostly about 转专业.
student_talk@2027-06-30x2|2027-06-30 17:20|In the morning I have had my Sprechstunde, 2 students came (about the retake exams).
student_talk@2027-04-14x3|2027-04-14 20:00|Held my consultation hours today, three students came with questions.
other@2027-04-14|2027-04-14 20:00|Held office hours tonight, nobody came.
""",
    # The students' training for a contest, and the advisor with their teams or a group.
    "students_training": """
student_activity@2027-03-23 student_activity@2027-03-25|2027-03-25 22:15|The training for the 数学建模校赛 has started. On 23.03. and today I have accompanied my two teams in the training session.
student_activity@2027-04-17|2027-04-19 21:30|On Saturday I have accompanied a group of my students to the open day of the Academy of Mathematics.
student_activity@2027-04-14|2027-04-14 20:00|Today the training for the provincial maths competition started, I was there with my students.
seminar@2027-04-14|2027-04-14 20:00|Attended the advisors' training on mental health today.
seminar@2027-04-14|2027-04-14 20:00|Training for class advisors this afternoon, 2 hours.
seminar@2027-04-13|2027-04-14 20:00|Yesterday I accompanied the group of advisors to the training.
""",
    # An ordinary meeting said to have no theme.
    "no_theme": """
classroom_visit@2027-06-03!future class_meeting@2027-06-04!future|2027-06-02 20:15|On Thursday I will look into the evening self-study, and on Friday 04.06. there is a normal Class Meeting (no special theme).
class_meeting@2027-04-14|2027-04-14 20:00|Class meeting today, no theme, just announcements.
class_meeting@2027-04-14|2027-04-14 20:00|开了个普通班会（无主题）
theme_meeting@2027-04-14|2027-04-14 20:00|Class meeting today on the theme of exam honesty.
""",
    # The class's exam or lecture gone to for its attendance.
    "exam_attendance": """
parent_contact@2027-06-21x2 classroom_visit@2027-06-24!future|2027-06-21 22:15|I have called 2 parents today, and on Thursday morning I will go to the Analysis exam to see that all are there.
classroom_visit@2027-04-14|2027-04-14 20:00|Went to their Probability lecture to check everyone was there.
|2027-04-14 20:00|The students will go to the exam to see their results.
""",
    # A parent who has come, and a talk of three with the student there too.
    "parent_came_talk_of_three": """
parent_contact@2027-07-03 student_talk@2027-07-03|2027-07-05 19:40|On Saturday the father of 王浩 has come with him from 洛阳 to my office, and we have spoken 2 hours, all three together.
parent_contact@2027-04-14 student_talk@2027-04-14|2027-04-14 20:00|His mother came with him to my office and the three of us talked for an hour.
parent_contact@2027-04-14|2027-04-14 20:00|Wang's mother came to my office, we talked about his grades.
|2027-04-14 20:00|The three of us advisors talked with the dean today.
|2027-04-14 20:00|The three of us talked about the schedule.
""",
    # A defence the class's group went through, told with them.
    "students_defence": """
student_activity@2027-05-26|2027-05-26 22:50|The 答辩 was today from 14.00 to 17.30, and our group has passed!!
student_activity@2027-05-26|2027-05-26 22:50|答辩今天结束了，我们班两个组都过了
|2027-05-26 22:50|今天下午毕业答辩，没空去宿舍了
student_activity@2027-05-26|2027-05-26 20:00|Our students' project defence was this afternoon, my team did well.
|2027-05-26 20:00|He is studying self-defence, my students told me.
""",
    # A dorm room by block and number, with the rooms around it.
    "dorm_room_by_number": """
dorm_visit@2027-04-15|2027-04-16 10:00|Gestern Abend I have gone once more to 7-315 and also to the neighbour rooms 7-313 and 7-317.
dorm_visit@2027-04-14|2027-04-14 20:00|Tonight I went to 5-402 and the other rooms on that floor.
class_meeting@2027-04-14|2027-04-14 20:00|Went to 3-204 for the class meeting.
""",
    # The parents of two students, "of" said again before the second, in either script.
    "parents_of_each": """
parent_contact@2027-03-06x2|2027-03-08 22:30|On Saturday (06.03.) I have called the parents of 王浩 and of 李娜, both about the bad results.
parent_contact@2027-03-06x3|2027-03-08 22:30|On Saturday I called the parents of Wang, of Li and of Zhao.
parent_contact@2027-03-08x2|2027-03-08 22:30|Called the parents of 王浩 and 李娜 today.
parent_contact@2027-03-08x2|2027-03-08 22:30|Called the parents of 王浩 today, both were worried.
""",
    # Students away at their own event, and a bracketed gloss before "postponed".
    "students_away_and_postponed": """
class_meeting@2027-06-07!future|2027-06-04 22:00|The class meeting today had to be cancelled, half of the class was at the mock exam for 英语四级. We will do it on Monday 7.6. instead.
|2027-05-11 22:20|The advisors' training on mental health (心理健康培训) for tomorrow is postponed by the faculty.
|2027-05-11 22:20|The class meeting (班会) on Friday is postponed.
student_activity@2027-06-04|2027-06-04 22:00|I went with the class to the museum.
student_activity@2027-06-04|2027-06-04 22:00|The students were at the museum with me today.
student_activity@2027-06-04|2027-06-04 22:00|My students were at the competition and I went along.
""",
}


def _cases() -> list[tuple[str, str, str, list[tuple[str, str, int | None, str | None]]]]:
    cases = []
    for name, block in CASES.items():
        for line in block.strip().splitlines():
            kinds, now, text = line.split("|", 2)
            expect = []
            for item in kinds.split():
                flag = None
                if "!" in item:
                    item, flag = item.split("!")
                count = None
                kind, day = item.split("@")
                if "x" in day:
                    day, n = day.split("x")
                    count = int(n)
                expect.append((kind, day, count, flag))
            cases.append((name, now, text, sorted(expect, key=str)))
    return cases


@pytest.mark.parametrize(
    ("now", "text", "expect"),
    [
        pytest.param(now, text, expect, id=f"{name}: {text[:40]}")
        for name, now, text, expect in _cases()
    ],
)
def test_the_class_is_read(
    now: str, text: str, expect: list[tuple[str, str, int | None, str | None]]
) -> None:
    at = dt.datetime.fromisoformat(now).replace(tzinfo=_TZ)
    got = [(a.kind, a.date.isoformat(), a.count, a.flag) for a in parse_note(text, at).activities]
    # A count is checked where the line gives one.
    counted = {(k, d) for k, d, c, _ in expect if c is not None}
    got = [(k, d, c if (k, d) in counted else None, f) for k, d, c, f in got]
    assert sorted(got, key=str) == expect


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Sprechstunde this afternoon 14.00-16.00. 5 students have come one by one.", 2.0),
        ("Yesterday the short class meeting has taken place, 12.30-13.00.", 0.5),
        ("Class meeting from 14.30 to 17.00 today.", 2.5),
        ("Dorm visit 9.30-10.00 tonight.", 0.5),
    ],
)
def test_a_dotted_clock_range_gives_its_hours(text: str, hours: float) -> None:
    at = dt.datetime(2027, 6, 8, 21, 0, tzinfo=_TZ)
    assert parse_note(text, at).activities[0].hours == hours
