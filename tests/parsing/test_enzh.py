"""English written by Chinese university teachers about advisor work (lane `enzh`).

Mainland teachers who learned English at school or did a degree in the US or UK write the
work's Chinese words word for word (查寝 "check bed", 查课 "check class", 约谈 "interviewed",
沟通 "communicated with", 家访 "home visiting", 团建 "group building", 辅导员沙龙 "counselor
salon"), with Chinese grammar (the tense left off: "yesterday not go to dorm", "class
meeting cancel"; time words in Chinese order: "on 13th", "before yesterday", "next week
Monday") and, from their years abroad, American academic English ("followed up with",
"town hall with the class", "brown bag", "took a rain check", "TBD"). Each note here is read
as the same note written in Chinese is; `bot/parsing/english.py` holds the words as table
entries ("Chinese speakers", "American"), and `test_english_varieties.py` checks that each
entry stands in a note (these notes count).

`now` is Wednesday 18 November 2026, 20:00. Each line: the kinds recorded with their days
("kind@MM-DD", space-separated; nothing when the note records nothing), a bar, the note.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.english import fold_english

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday

# The work's Chinese words, word for word.
CALQUES = """
dorm_visit@11-17|Yesterday deep into the dormitory.
dorm_visit@11-17|Went deep into the students' dormitory yesterday.
dorm_visit@11-17|Check bed yesterday evening, all students in.
dorm_visit@11-17|Checked beds last night, 2 not back.
dorm_visit@11-17|Checked the bed last night.
dorm_visit@11-17|Checking students' beds at 10pm yesterday.
dorm_visit@11-17|Check bedroom yesterday night.
dorm_visit@11-17|Went to the apartments yesterday evening.
dorm_visit@11-17|Walked around the apartment area yesterday.
classroom_visit@11-17|Check class yesterday morning, 2 absent.
classroom_visit@11-17|Checked class yesterday, 3 students late.
classroom_visit@11-17|Checked classes in the morning yesterday.
classroom_visit@11-17|Patrol class yesterday.
classroom_visit@11-17|Patrolled the classrooms yesterday afternoon.
classroom_visit@11-17|Classroom patrol yesterday, all in.
classroom_visit@11-17|Listen class yesterday.
classroom_visit@11-17|Check self-study at night yesterday.
class_meeting@11-17|Open a class meeting yesterday.
class_meeting@11-17|Held class-meeting yesterday.
class_meeting@11-17|Classmeeting yesterday evening about exams.
theme_meeting@11-17|Subject class meeting yesterday on safety.
theme_meeting@11-17|Topic class meeting about integrity yesterday.
class_meeting@11-14|League day activity on Saturday.
class_meeting@11-17|CYL day yesterday.
student_activity@11-14|League day on Saturday: took them to the museum.
student_talk@11-17|Have a talk heart to heart with Wang yesterday.
student_talk@11-17|Had an interview with Li Ming yesterday about his absence.
student_talk@11-17|Interviewed Wang Fang yesterday.
student_talk@11-17|Communicated with Li yesterday.
student_talk@11-18|Communicate with Zhang today about his grades.
student_activity@11-17|Winter solstice dumplings with the class last night in the canteen.
student_activity@11-18|Mooncakes with the kids who stayed, in the canteen.
other@11-18|Helped him fill in the visa extension forms.
other@11-18|Helped two students apply for the loan.
other@11-18|Sorted out Li's visa paperwork at the international office.
student_talk@11-17|Had communication with Zhao Lei yesterday.
student_talk@11-17|Communication with Li Na yesterday, she is fine now.
student_talk@11-17|Did psychological counseling for Li yesterday.
student_talk@11-17|Psychological guidance to Wang Hao yesterday.
parent_contact@11-17|Communicate with Li's father yesterday.
parent_contact@11-17|Communicated with parents yesterday by phone.
parent_contact@11-17|Contact with parents of Zhang yesterday.
parent_contact@11-17|Did home visiting yesterday.
parent_contact@11-17|Family visiting yesterday to Wang's home.
parent_contact@11-17|Household visit yesterday.
cadre_meeting@11-17|Class committee meeting yesterday.
cadre_meeting@11-17|Meeting of class cadres yesterday.
cadre_meeting@11-17|Held a meeting of the class committee members yesterday.
cadre_meeting@11-17|Meeting of all the student cadres yesterday.
cadre_meeting@11-17|Met with the squad leader and the league secretary yesterday.
cadre_meeting@11-17|Met with the monitor and the study commissary yesterday.
cadre_meeting@11-17|Met with the monitor and the Youth League secretary yesterday.
cadre_meeting@11-17|Met with the monitor and the CYL branch secretary yesterday.
cadre_meeting@11-17|Met with the monitor and the life committee member yesterday.
cadre_meeting@11-17|Met with the monitor and the commissary in charge of studies yesterday.
student_talk@11-17|Talked with the squad leader yesterday.
class_meeting@11-17|Grade meeting yesterday, all the sophomores.
student_talk@11-17|Had a talking with Li yesterday.
class_meeting@11-17|League branch meeting yesterday.
seminar@11-17|Counselor salon yesterday.
seminar@11-17|Attended the counselors' salon yesterday.
seminar@11-17|Head teacher work salon yesterday.
seminar@11-17|Head teacher training yesterday.
student_activity@11-14|Class group building on Saturday.
student_activity@11-14|Group building with the class on Saturday, went hiking.
student_activity@11-14|Team building with the class on Saturday.
student_activity@11-14|Class tour on Saturday.
student_activity@11-14|Class excursion to the lake on Saturday.
"""

# Chinese grammar: the tense left off, time words where Chinese puts them.
GRAMMAR = """
dorm_visit@11-17|Yesterday go to dorm.
dorm_visit@11-18|Today check dorm already.
dorm_visit@11-18|Have went to dorm today.
dorm_visit@11-17|Did dorm check already yesterday.
dorm_visit@11-17|Visited dorm yesterday night.
dorm_visit@11-17|Last night's evening visited dorm.
student_talk@11-18|Today talk with 3 students.
|Yesterday not go to dorm, too busy.
|Yesterday no go to dorm because of meeting.
|Not check dorm yesterday.
|Class meeting not held yesterday because of exam.
|Class meeting didn't hold.
|Class meeting not hold yesterday.
|Dorm check not done yesterday.
|Class meeting cancel because of rain.
|Class meeting yesterday cancel.
|Dorm check delay.
|Class meeting postpone.
class_meeting@11-20|Class meeting changed to Friday.
class_meeting@11-20|Class meeting delayed to Friday.
class_meeting@11-23|Class meeting delay to next week Monday.
class_meeting@11-23|Class meeting postponed to 23rd.
class_meeting@11-23|Class meeting adjust to 11.23.
"""

# Dates as Chinese speakers write them.
DATES = """
dorm_visit@11-13|Check dorm on 13th.
dorm_visit@11-13|Checked dorm on 13th evening.
dorm_visit@11-03|Checked dorm on 3th.
dorm_visit@11-13|Checked dorm on 13rd.
dorm_visit@11-13|13th evening checked dorm.
dorm_visit@11-13|13th: check dorm.
dorm_visit@11-13|11.13 check dorm.
dorm_visit@11-13|In the evening of 13th checked dorm.
dorm_visit@11-16 class_meeting@11-17|16th check dorm, 17th open class meeting.
dorm_visit@11-16 class_meeting@11-17|On 16th check dorm, on 17th open class meeting.
dorm_visit@11-17|Checked dorm yesterday, 2nd time this week.
student_talk@11-18|Talked with 3 students, 2nd group next week.
dorm_visit@11-13|Nov.13rd check dorm.
dorm_visit@11-13|On 13 Nov check dorm.
dorm_visit@11-13|Checked dorm on Nov. 13th.
dorm_visit@11-16|Before yesterday check dorm.
dorm_visit@11-16|The day before yesterday check dorm.
dorm_visit@11-16|This Monday check dorm.
dorm_visit@11-23|Next week Monday check dorm.
dorm_visit@11-09|Last week Monday checked dorm.
dorm_visit@11-17|Yesterday 7 o'clock at night check dorm.
dorm_visit@11-17|Yesterday at 9 p.m. check dorm.
"""

# American academic English.
AMERICAN = """
student_talk@11-17|Followed up with Li yesterday.
parent_contact@11-17|Followed up with Li's mom yesterday.
student_talk@11-18|Following up with Zhang today after his midterm.
student_talk@11-17|Met with Li Ming yesterday.
student_talk@11-17|Checked in with Wang yesterday.
student_talk@11-17|Touched base with Li yesterday.
student_talk@11-17|Met with my advisee Li yesterday.
student_talk@11-17|Advisee meeting with Li yesterday.
student_talk@11-17|One-on-one meeting with Wang yesterday.
student_talk@11-17|1:1 session with Zhang yesterday.
student_talk@11-17|1:1 with Wang yesterday.
student_talk@11-17|Had a conference with Li yesterday.
parent_contact@11-17|Held a conference with Li's parents yesterday.
student_talk@11-17|Student conference with Li yesterday.
class_meeting@11-17|Town hall with my class yesterday.
class_meeting@11-17|Held a town hall meeting for the freshmen yesterday.
class_meeting@11-17|Class town hall yesterday about the exam schedule.
class_meeting@11-17|Class huddle yesterday.
class_meeting@11-17|Homeroom yesterday, talked about exams.
dorm_visit@11-17|Walked the residence hall with the RA yesterday.
seminar@11-17|Brown bag on student mental health yesterday.
seminar@11-17|Attended a brown-bag seminar on advising yesterday.
seminar@11-17|Faculty development yesterday on mental health.
seminar@11-17|Attended a workshop on advising yesterday.
student_activity@11-14|Service learning with the class on Saturday.
student_activity@11-17|Info session on internships yesterday.
student_activity@11-17|Information session on graduate school for the juniors yesterday.
student_talk@11-17|Wellness check on Li yesterday.
student_activity@11-17|Pizza party for the class yesterday.
student_activity@11-17|Ice cream social with the class yesterday.
student_activity@11-17|Class mixer yesterday evening.
student_activity@11-17|Mixer with the freshmen yesterday.
student_activity@11-14|Field trip to the museum on Saturday.
parent_contact@11-17|Parent-teacher conference yesterday.
parent_contact@11-17|PTC yesterday, met 5 families.
|Didn't get to the dorm yesterday.
|Ended up not going to the dorm yesterday.
|Ended up skipping the class meeting.
|Class meeting fell through yesterday.
|Took a rain check on the class meeting.
|Rain-checked the class meeting.
|Class meeting pushed back, TBD.
|Class meeting TBD.
|Class meeting got tabled.
|Punted the class meeting to next week.
|Class meeting, date to be determined.
class_meeting@11-20|Class meeting pushed back to Friday.
dorm_visit@11-19|Gonna check dorm tomorrow.
"""

# Words written like a calque or an American word that keep their ordinary sense.
FALSE_FRIENDS = """
dorm_visit@11-18|Visited dorm 3 and shared mooncakes with the students.
|Checked the beds in the hospital yesterday, Li is fine.
|Checked bed availability at the clinic.
|Need to check class schedule for next week.
|Checked class list yesterday.
|I was interviewed by the school newspaper yesterday.
|Interviewed candidates for the TA job yesterday.
|Had an interview with the company yesterday for the project.
|Communicated with the dean yesterday about the budget.
seminar@11-17|Attended a training on psychological counseling for students yesterday.
|Followed up with an email to the dean.
|Went to a hair salon yesterday.
|Team building with colleagues on Saturday.
|Went to the town hall yesterday to renew my permit.
|Town hall meeting with the mayor yesterday.
|Packed a brown bag lunch for the trip.
|Pizza party with colleagues yesterday.
|Bought a new mixer for the kitchen.
|The faculty development office sent a notice.
|Info session for the staff on the new finance system yesterday.
|Did not go to dorm yesterday.
|Why not check dorm tomorrow?
|Can cancel if needed.
|The train delay made me late.
|Topic TBD.
class_meeting@11-13|Class meeting on Friday, topic TBD.
|Went to my apartment building yesterday.
|Moved to 3rd floor office.
class_meeting@11-17|Li tabled a proposal at the class meeting yesterday.
|Grade-level meeting with the teachers yesterday.
|Grade meeting with the teachers yesterday.
dorm_visit@11-17|Trip was delayed, but checked the dorm at 10pm yesterday.
student_talk@11-17|Talked to Li yesterday; her homework is not done.
dorm_visit@11-17|Checked dorm yesterday, it is not before yesterday.
"""

# Counts of people as these notes give them: "kind@MM-DD#count|note".
COUNTS = """
student_talk@11-17#5|Talked with 5 students one by one yesterday.
student_talk@11-18#3|Today talk with 3 students.
parent_contact@11-17#2|Parents' contact yesterday, 2 families.
student_talk@11-17#3|Interviewed 3 students yesterday about their absences.
"""

BLOCKS = {
    "calques": CALQUES,
    "grammar": GRAMMAR,
    "dates": DATES,
    "american": AMERICAN,
    "false friends": FALSE_FRIENDS,
}


def _cases(block: str) -> list[tuple[str, list[tuple[str, str]]]]:
    cases = []
    for line in block.strip().splitlines():
        expect, text = line.split("|", 1)
        cases.append((text, sorted(tuple(item.split("@")) for item in expect.split())))  # type: ignore[misc]
    return cases


def notes() -> list[str]:
    """Every note of this file (`test_english_varieties.py` checks each table entry stands in
    one)."""
    return [text for block in BLOCKS.values() for text, _ in _cases(block)] + [
        line.split("|", 1)[1] for line in COUNTS.strip().splitlines()
    ]


def _read(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.strftime("%m-%d")) for a in parse_note(text, NOW).activities)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        pytest.param(text, expect, id=f"{name}: {text[:40]}")
        for name, block in BLOCKS.items()
        for text, expect in _cases(block)
    ],
)
def test_note_is_read_as_its_chinese(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize("line", COUNTS.strip().splitlines())
def test_counts_of_people(line: str) -> None:
    expect, text = line.split("|", 1)
    got = [
        f"{a.kind}@{a.date.strftime('%m-%d')}#{a.count}" for a in parse_note(text, NOW).activities
    ]
    assert got == [expect]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Check bed yesterday", "check the dorms yesterday"),
        ("checked class yesterday", "checked attendance in class yesterday"),
        ("class meeting cancel.", "class meeting cancelled."),
        ("yesterday not go to dorm", "yesterday didn't go to dorm"),
        ("did not go to dorm", "did not go to dorm"),
        ("before yesterday", "the day before yesterday"),
        ("the day before yesterday", "the day before yesterday"),
        ("checked class schedule", "checked class schedule"),
    ],
)
def test_fold_spells_the_standard_word(text: str, folded: str) -> None:
    assert fold_english(text) == folded
