"""The advisor's work told in English (session 15, lane enwork), variety by variety.

The work's English the rules did not read, or misread: office hours and their varieties'
names (drop-in, surgery, consultation hours, a German's Sprechstunde, a French speaker's
permanence), recommendation letters (rec letters, LORs, references), a student named who came
to the office, checked in on "my kids", a student's own room gone to, a student taken to the
counseling center, tagging along on the students' outing, "sat in" on a class (and not on a
meeting), a student walked back to the dorm (no visit), an event that turned into a meeting,
a league day spent on an outing, and European writers' dates and clock ("I have visited the
dorms on Monday", "since two weeks", "in the evening of Tuesday", 14.10., 14.10.2026, 19.30,
7-9pm). Each line is a note of my own with what it records; `FALSE_FRIENDS` are the words
written alike that keep their ordinary sense. `NOW` is Wednesday 18 November 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing.dates import find_dates
from tests.parsing.english_blocks import NOW
from tests.parsing.english_blocks import cases as _cases
from tests.parsing.english_blocks import read as _read

# Each line: the kinds recorded with their days ("kind@MM-DD", space-separated; nothing when
# the note records nothing), a bar, the note.
READ: dict[str, str] = {
    "office hours": """
other@11-18|Held office hours for my kids tonight 7-9pm, a few came with calculus questions.
other@11-17|Had office hours yesterday afternoon in the math building.
other@11-18|Kept my usual office hours this morning, quiet.
other@11-18|Did my drop-in hours today from 2 to 4.
other@11-18|Ran a drop-in session for my tutees this afternoon.
other@11-17|Held my surgery hours yesterday, nobody turned up.
other@11-18|Held consultation hours for the freshmen today.
other@11-18|Had consultation slots for my class after lunch.
other@11-18|Held my Sprechstunde today from 14.00 to 16.00.
other@11-16|Held my permanence on Monday for the first-years.
other@11-18|Offered extra student hours before the midterm today.
other@11-18|Held counselling hours for the batch today.
other@11-18|Had open office hours tonight in the lounge.
student_talk@11-18|Held office hours today, 3 students stopped by for a chat.
student_talk@11-18|Office hours tonight, two students dropped in to talk about the exam.
""",
    "recommendation letters": """
other@11-17|Wrote rec letters for 2 kids applying to the honors program yesterday.
other@11-18|Wrote two LORs for seniors applying abroad today.
other@11-18|Drafted a reco letter for Priya's internship today.
other@11-18|Wrote a letter of recommendation for Wang Lei today.
other@11-18|Wrote a reference letter for one of my tutees today.
other@11-18|Signed 3 recommendation letters for the exchange program today.
""",
    "came to the office": """
student_talk@11-18|Li Na came to my office crying about her analysis grade. Talked for an hour.
student_talk@11-18|Wang Lei dropped by my office, we talked about his grades.
student_talk@11-17|Zhou Min came to see me yesterday about the scholarship.
student_talk@11-18|She stopped by my office after class, we went over her study plan.
student_talk@11-18|Then Chen Xi popped into my office to ask about the minor.
student_talk@11-18|Two students came to my office today about their internships.
student_talk@11-18|Ravi came to my cabin today regarding his backlog papers.
student_talk@11-18|Mei Ling came to the staff room after class, we discussed her results.
""",
    "checked in on": """
student_talk@11-18|Checked in on 2 kids who are already asking about grad school, talked it through.
student_talk@11-18|Checked in on the guys in 512 tonight.
student_talk@11-18|Checked in on my advisees today, all fine.
student_talk@11-18|Checked in on the lads after the match today.
student_talk@11-18|Touched base with two freshmen about their grades today.
student_talk@11-18|Caught up with 2 of my kids over lunch today.
dorm_visit@11-18|Checked in on the kids staying on campus, went to their rooms this afternoon.
dorm_visit@11-18 student_talk@11-18|Checked in on the two sick students by phone, then went to the dorms.
""",
    "a student's room": """
dorm_visit@11-18 student_talk@11-18|Went up to his room and talked to him myself tonight.
dorm_visit@11-18|Popped round to her room tonight to see how she was doing.
dorm_visit@11-18|Knocked on his door tonight, he was asleep.
dorm_visit@11-18|Visited them in their room tonight before lights out.
dorm_visit@11-18|Went to the girls' room in Block 3 tonight.
""",
    "taken to care": """
other@11-18|Walked him over to the counseling center right after.
other@11-18|Took her to the student wellbeing centre today.
other@11-18|Accompanied a sick student to the sick bay today.
other@11-18|Took him to the dispensary this afternoon.
other@11-18|Brought her to the polyclinic this morning.
other@11-18|Walked Li Hao to the mental health center today.
other@11-18|Took her to the campus clinic today.
""",
    "tagging along": """
student_activity@11-19|团日 activity tomorrow, the kids are visiting the history museum and I'm tagging along.
student_activity@11-14|The class went hiking on Saturday and I tagged along.
student_activity@11-18|The kids went to the art district today, I went along with them.
student_activity@11-19|团日 activity tomorrow: volunteering at the old people's home.
""",
    "sat in": """
classroom_visit@11-17|Sat in on a calculus class yesterday.
classroom_visit@11-18|Sat in on the 数分 习题课 this morning.
classroom_visit@11-13|Fri sat in their algebra class, attendance ok.
classroom_visit@11-18|Went to the 高代 class and sat in for the whole lecture.
theme_meeting@11-18|主题团会 this afternoon, the kids did readings. I sat in and said a few words at the end.
class_meeting@11-18|Sat in on the class meeting today.
cadre_meeting@11-18|Sat in on the 班委会 tonight, they ran it themselves.
""",
    "seen back": """
student_talk@11-18|Talked with Li Hao about his depression, about 1 hour, then walked him back to dorm.
student_talk@11-18|Long chat with Zhou Min tonight, saw her back to her hall after.
dorm_visit@11-18|Went back to the dorms at 11 to check again.
dorm_visit@11-18|Walked round the dorms tonight, all quiet.
""",
    "turned into": """
cadre_meeting@11-18|Did a little potluck w/ the 班委 tonight, basically turned it into a 班委会.
cadre_meeting@11-18|Dinner with the class officers tonight ended up as a cadre meeting.
cadre_meeting@11-18|班委会: planned the Dec 团日 and the New Year's party.
""",
    "European English": """
dorm_visit@11-16|I have visited the dorms on Monday.
parent_contact@11-17|I have called his mother on Tuesday.
dorm_visit@11-17|Visited the dorms in the evening of Tuesday.
dorm_visit@11-16|In the evening of Monday I have visited the dorms.
dorm_visit@10-14|Visited the dorms on 14.10. at 19.30.
dorm_visit@10-14|Visited the dorms on 14.10.2026.
class_meeting@11-17|Class meeting on 17.11., 30 minutes.
student_talk@11-18|Li Hao is missing classes since two weeks, I talked with him today.
dorm_visit@11-18|Visited the dorms at 9.10 tonight.
class_meeting@11-18|Class meeting from 8.15 to 9.00 today.
class_meeting@11-18|Held a class meeting tonight 7-9pm.
student_talk@11-18|Talked to him 10-11am today.
""",
}

FALSE_FRIENDS = """
|The dean came to my office to talk about the budget.
parent_contact@11-18|His mom came to my office today.
|Prof Zhang came to see me about the timetable.
|My colleague dropped by my office with the exam papers.
|Walked back to my dorm after the faculty meeting.
|Students asked about my office hours.
|The library's consultation hours are changing next term.
|The recreation center's consultation hours are changing next term.
|今天没有去查房，太忙了lor
|Went along with the plan the dean suggested.
|Checked in at the hotel for the conference.
|Checked in on my own kids at home.
student_talk@11-18|Had a mentoring session with a student today.
other@11-18|Drove my colleague to the hospital today.
|Went to his office to hand in the forms.
"""


def notes() -> list[str]:
    """Every note of this file (the English tables' every-entry check reads them)."""
    return [text for block in (*READ.values(), FALSE_FRIENDS) for text, _ in _cases(block)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        pytest.param(t, e, id=f"{name}: {t[:40]}")
        for name, block in READ.items()
        for t, e in _cases(block)
    ],
)
def test_the_work_is_read(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize(("text", "expect"), _cases(FALSE_FRIENDS))
def test_false_friends_keep_their_sense(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize(
    "text",
    ["met him 7-9pm", "talked 10-11 a.m.", "meeting 19-21 Uhr", "at 9.10 tonight", "from 8.15 on"],
)
def test_a_clock_is_no_date(text: str) -> None:
    """An English clock range or a dotted time after a word of time is no month and day."""
    days = [d.day for d in find_dates(text.lower(), NOW.date(), False, False, True)]
    assert all(d == NOW.date() for d in days)


@pytest.mark.parametrize(
    ("text", "day"),
    [("on 14.10. we met", dt.date(2026, 10, 14)), ("visited on 11-12", dt.date(2026, 11, 12))],
)
def test_a_date_stays_a_date(text: str, day: dt.date) -> None:
    assert [d.day for d in find_dates(text, NOW.date(), False, False, True)] == [day]
