"""Issue 17, round 4: a formal report in English, mostly in the passive voice and with many
forms of dates. Each class of miss on new sentences, with the active voice and the
near-misses that must stay as they were."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message, parse_note

# A Thursday evening: yesterday is Wednesday 14 April, Monday was the 12th.
NOW = dt.datetime(2027, 4, 15, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


def counts(text: str) -> list[tuple[str, str, int | None]]:
    return sorted((a.kind, a.date.isoformat(), a.count) for a in parse_message(text, NOW))


# --- the deed told in the passive voice, its object the subject -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A student talked to.
        # (after the lecture: a time, no visit)
        (
            "Wang Fang was spoken to after the lecture about her absences.",
            [("student_talk", "2027-04-15")],
        ),
        (
            "The three students who missed the exam were talked with individually yesterday.",
            [("student_talk", "2027-04-14")],
        ),
        # A negation in a clause about the people is theirs.
        (
            "Two students who didn't come were talked with on Monday.",
            [("student_talk", "2027-04-12")],
        ),
        (
            "Li Wei was chatted with briefly in the corridor this morning.",
            [("student_talk", "2027-04-15")],
        ),
        # The talk as a noun, held with them.
        (
            "Conversations were held with 3 students on Monday about their course choices.",
            [("student_talk", "2027-04-12")],
        ),
        (
            "A talk was had with Zhou Jie regarding his thesis topic.",
            [("student_talk", "2027-04-15")],
        ),
        # Rooms of a building, or the building, visited.
        (
            "Rooms 305 and 307 of Building 4 were inspected last night.",
            [("dorm_visit", "2027-04-14")],
        ),
        ("Building 9 was visited on Tuesday evening.", [("dorm_visit", "2027-04-13")]),
        ("The girls' rooms were checked after the power cut.", [("dorm_visit", "2027-04-15")]),
        # A student taken to a doctor.
        (
            "Zhang Min was accompanied to the university clinic this morning with a sprained ankle.",
            [("other", "2027-04-15")],
        ),
        (
            "Three students were interviewed individually regarding their internship choices.",
            [("student_talk", "2027-04-15")],
        ),
        ("Li Ming was visited in hospital on Sunday.", [("other", "2027-04-11")]),
        # Exam or study guidance given to one student.
        (
            "Guidance on graduate school applications was offered to Chen Hao by email.",
            [("other", "2027-04-15")],
        ),
        # A course's class observed; the committee convened.
        ("Prof. Li's Topology class was observed on Tuesday.", [("classroom_visit", "2027-04-13")]),
        (
            "The class committee was convened on Wed. 14th to prepare the May Fourth activities.",
            [("cadre_meeting", "2027-04-14")],
        ),
        # The active voice stays as it was.
        ("I spoke to Wang Fang after class about her absences.", [("student_talk", "2027-04-15")]),
        ("Took Zhang Min to the clinic this morning.", [("other", "2027-04-15")]),
        ("Visited rooms 305 and 307 last night.", [("dorm_visit", "2027-04-14")]),
        # Guidance given in a talk is part of the talk.
        (
            "Talked with Chen Hao and gave advice on 考研 programs.",
            [("student_talk", "2027-04-15")],
        ),
    ],
)
def test_the_passive_voice_tells_the_deed(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone else did it.
        ("The class was visited by the dean on Tuesday.", []),
        # Someone else spoken to: a parent is a parent contact, the dean is no talk.
        ("The parents of Wang Fang were spoken to by phone.", [("parent_contact", "2027-04-15")]),
        ("I was spoken to by the dean about the forms.", []),
        ("The candidates were interviewed by the committee.", []),
        ("Talks were held with the parents of two students.", [("parent_contact", "2027-04-15")]),
        ("A meeting was held with the class committee.", [("cadre_meeting", "2027-04-15")]),
        ("A meeting was held with the whole class at noon.", [("class_meeting", "2027-04-15")]),
        # A room named for something else, a care errand done by others.
        ("Room 305 was booked for the class meeting.", [("class_meeting", "2027-04-15")]),
        ("She was taken to hospital by her roommates before I arrived.", []),
        # Advice on something else than studies is no guidance of this kind.
        ("Advice on spring travel was posted in the class group.", []),
    ],
)
def test_the_passive_voice_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_both_as_the_passives_subject_counts_two() -> None:
    assert counts("Two freshmen skipped the drill; both were spoken to this evening.") == [
        ("student_talk", "2027-04-15", 2)
    ]


# --- an activity named as done after being put off, or as a time ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The postponed class meeting was held at noon today.", [("class_meeting", "2027-04-15")]),
        ("Our postponed dorm visit was finally made on Tuesday.", [("dorm_visit", "2027-04-13")]),
        ("The class meeting was postponed again.", []),
        ("We postponed the dorm visit because of the rain.", []),
        ("The postponed dorm visit has been cancelled.", []),
        # A call told before is a time for the talk after it ...
        (
            "After the meeting with her mother, Liu Fang was spoken to in my office.",
            [("student_talk", "2027-04-15")],
        ),
        # ... but a call made then is one.
        (
            "After calling her mother, I talked with Liu Fang.",
            [("parent_contact", "2027-04-15"), ("student_talk", "2027-04-15")],
        ),
    ],
)
def test_put_off_then_done_and_a_call_as_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lecture organised for the class is the students' activity.
        (
            "On Tuesday a lecture on CV writing by a former student was organized for the class.",
            [("student_activity", "2027-04-13")],
        ),
        (
            "A lecture by an engineer from Tencent was attended together with the juniors yesterday.",
            [("student_activity", "2027-04-14")],
        ),
        # A course's lecture, and the students talked with after it, stay apart.
        (
            "Sat in on the Topology lecture on Tuesday, then talked with the students about the homework.",
            [("classroom_visit", "2027-04-13"), ("student_talk", "2027-04-13")],
        ),
        (
            "Attended the Real Analysis lecture with the class monitor.",
            [("classroom_visit", "2027-04-15")],
        ),
    ],
)
def test_a_lecture_for_the_class(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


# --- date forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An abbreviation's dot is no sentence end: the meeting's topic stays its topic.
        (
            "The class committee will meet on Thu. April 22nd to discuss the sports meet.",
            [("cadre_meeting", "2027-04-22")],
        ),
        ("Apr. 9th: the Topology lecture was observed.", [("classroom_visit", "2027-04-09")]),
        ("Met the class officers on Mon. the 12th.", [("cadre_meeting", "2027-04-12")]),
        # A numbered range of periods is no month-day; a date written so still is.
        (
            "Periods 5-6 of the Topology lecture were observed today.",
            [("classroom_visit", "2027-04-15")],
        ),
        ("Class meeting held on 4-9.", [("class_meeting", "2027-04-09")]),
        # A weekday with its day of the month.
        (
            "Tues 13th: dorm visits in Building 2. Thurs 15th: evening self-study was checked.",
            [("classroom_visit", "2027-04-15"), ("dorm_visit", "2027-04-13")],
        ),
        ("Sat. 10th, two parents were phoned.", [("parent_contact", "2027-04-10")]),
        # A week's summary: a range headed, then items each opened by its day.
        (
            "Summary, 5-11 April: Mon 5th, class meeting; Wed 7th, two parents were phoned; Fri 9th, dorm visit.",
            [
                ("class_meeting", "2027-04-05"),
                ("dorm_visit", "2027-04-09"),
                ("parent_contact", "2027-04-07"),
            ],
        ),
        # Each date after its item keeps it.
        (
            "Class meeting, Monday; dorm visit, Wednesday.",
            [("class_meeting", "2027-04-12"), ("dorm_visit", "2027-04-14")],
        ),
        # A day in brackets spells out the weekday before it.
        (
            "Summary: a dorm visit on Monday the 5th; talks with 2 students on Thursday (8th).",
            [("dorm_visit", "2027-04-05"), ("student_talk", "2027-04-08")],
        ),
        ("Dorm visits (2nd floor) were made tonight.", [("dorm_visit", "2027-04-15")]),
        # The next morning is counted from the date before it.
        (
            "Li Na was taken to the clinic on Monday night; her mother was called the following morning.",
            [("other", "2027-04-12"), ("parent_contact", "2027-04-13")],
        ),
        # Days in brackets spell out the weekend.
        (
            "Dorm visits were made over the weekend (Sat 10th and Sun 11th).",
            [("dorm_visit", "2027-04-10"), ("dorm_visit", "2027-04-11")],
        ),
        # A holiday naming what was said is no date of the meeting.
        (
            "A short class meeting was held yesterday, where the Qingming holiday travel reminders were given.",
            [("class_meeting", "2027-04-14")],
        ),
        (
            "At noon a brief class meeting was held; the May Day holiday homework was announced.",
            [("class_meeting", "2027-04-15")],
        ),
    ],
)
def test_date_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_people_listed_respectively_are_one_each_day() -> None:
    assert counts(
        "Talks were held on Mon 12th and Tue 13th with Li Na and Wu Bo respectively."
    ) == [
        ("student_talk", "2027-04-12", 1),
        ("student_talk", "2027-04-13", 1),
    ]


@pytest.mark.parametrize(
    ("text", "handed_in"),
    [
        # The plan named with whom it is for, then handed in.
        ("The semester work plan for Class 2024-2 (Mathematics) was submitted this morning.", True),
        ("The work plan for the spring term was handed in on Monday.", True),
        # Still to do, or not done: no document.
        ("The semester work plan for Class 2024-2 still needs to be submitted.", False),
        ("The semester work plan for Class 2024-2 was not submitted yet.", False),
    ],
)
def test_a_plan_named_for_its_class_then_handed_in(text: str, handed_in: bool) -> None:
    documents = [d.doc for d in parse_note(text, NOW).documents]
    assert documents == (["semester_plan"] if handed_in else [])
