"""An Australian mathematician's English (session 18, lane r18c: blind round r18c).

The advisor writes as an Australian lecturer does: the afternoon is the arvo ("last arvo" is
yesterday's), a talk is a yarn or a catch-up ("catching up with Zhou Xin", "committee catch
up"), the league branch's secretary the "league sec", a competition a "comp", the class "20 of
mine"; meetings are "pushed to Thurs", a weekday of next week is "Sat week"; days are told in
passing ("Dorm rounds Mon and tonight", "checked evening self-study Sun."), a clock range
without its hours ("this arvo 2-5", "9 til 4"), a holiday as the calendar ("Mid-Autumn tomorrow
so …", "merry Christmas"). Each class: the blind note's form shortened, notes of my own of the
class, and false friends that keep their old reading. `notes()` gives the English tables'
every-entry check (`test_english_varieties`) these notes too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

from bot.parsing import parse_note


class Case(NamedTuple):
    now: str  # "2026-11-18T20:00" (+08:00)
    text: str
    # (kind, "MM-DD" of 2026 or "YYYY-MM-DD", {"count": …, "hours": …, "flag": …}) each
    expect: list[tuple[str, str, dict[str, Any]]]


def _day(d: str) -> str:
    return d if len(d) == 10 else f"2026-{d}"


CASES: dict[str, list[Case]] = {
    # "last arvo" is yesterday afternoon, as "last night" is yesterday evening.
    "last arvo": [
        Case(
            "2026-12-08T09:30",
            "Last arvo: theme class meeting on exam stress",
            [("theme_meeting", "12-07", {})],
        ),
        Case(
            "2026-09-15T12:20",
            "Class meeting last arvo to sort out elections",
            [("class_meeting", "09-14", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Did the dorm rounds last arvo, all quiet",
            [("dorm_visit", "11-17", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Rang Li Hao's dad last avo about his marks",
            [("parent_contact", "11-17", {})],
        ),
        # False friends: this arvo, the last of the arvo's deeds.
        Case("2026-11-18T20:00", "Dorm rounds this arvo", [("dorm_visit", "11-18", {})]),
        Case(
            "2026-11-18T20:00",
            "Last thing this arvo: rang Wang's mum",
            [("parent_contact", "11-18", {})],
        ),
    ],
    # A catch-up written apart or as a verb: "catching up with" a student is a talk, a
    # "committee catch up" the committee's meeting, a catch-up with the monitor and the league
    # sec two officers met.
    "catch up": [
        Case(
            "2026-12-10T22:20",
            "Tomorrow arvo catching up with Zhou Xin re her scholarship app",
            [("student_talk", "12-11", {"flag": "future"})],
        ),
        Case(
            "2026-10-09T13:05",
            "Fortnightly committee catch up Tues 13/10 lunchtime",
            [("cadre_meeting", "10-13", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T20:00",
            "Quick catch up with the new monitor and league sec",
            [("cadre_meeting", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Catching up with Chen Jie after the tute",
            [("student_talk", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Weekly committee catch up this arvo re the party",
            [("cadre_meeting", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Had a catch up with the monitor and the league sec about the roster",
            [("cadre_meeting", "11-18", {})],
        ),
        # False friends: catching up on one's own work, the monitor alone.
        Case("2026-11-18T20:00", "Need to catch up on marking tonight", []),
        Case("2026-11-18T20:00", "Catching up on emails all arvo", []),
        Case(
            "2026-11-18T20:00", "Quick catch-up with the monitor", [("student_talk", "11-18", {})]
        ),
    ],
    # A weekday abbreviated before "week" is that weekday a week on.
    "Sat week": [
        Case(
            "2026-11-23T11:15",
            "Class committee catch up Sat week to plan the party",
            [("cadre_meeting", "12-05", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T20:00",
            "Class meeting Mon week",
            [("class_meeting", "11-30", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T20:00",
            "Dorm checks Thu week with the new monitor",
            [("dorm_visit", "11-26", {"flag": "future"})],
        ),
        # False friend: a teaching week's number after it.
        Case("2026-11-18T20:00", "Class meeting Friday week 9", [("class_meeting", "11-13", {})]),
    ],
    # "pushed to Thurs", "pushed back to Friday": moved to that day, a plan on it.
    "pushed to": [
        Case(
            "2026-11-10T20:05",
            "Theme meeting on exam integrity pushed to Thurs",
            [("theme_meeting", "11-12", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T20:00",
            "Class meeting pushed back to Friday",
            [("class_meeting", "11-20", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T20:00",
            "Dorm check pushed to next Monday",
            [("dorm_visit", "11-23", {"flag": "future"})],
        ),
        # False friend: pushed with no day after it.
        Case(
            "2026-11-18T20:00",
            "Pushed hard on the marking today, then talked with Li Hao",
            [("student_talk", "11-18", {})],
        ),
    ],
    # The advisors' exchange (经验交流会) by its last word.
    "advisors' exchange": [
        Case(
            "2026-11-05T18:00",
            "Did my bit at the advisors' exchange this arvo. 2.5 hrs all up",
            [("seminar", "11-05", {"hours": 2.5})],
        ),
        Case(
            "2026-11-18T20:00",
            "Counsellors' exchange this morning, 2 hrs",
            [("seminar", "11-18", {"hours": 2})],
        ),
        # False friend: the students' exchange programme.
        Case("2026-11-18T20:00", "Told Li Hao about the exchange programme by email", []),
    ],
    # A clock range after a part of the day is a time, no date; its hours are the length.
    "clock range": [
        Case(
            "2026-09-21T09:10",
            "Advisor training at the admin building this arvo 2-5",
            [("seminar", "09-21", {"hours": 3, "flag": "future"})],
        ),
        Case(
            "2026-11-14T16:45",
            "Spent the day with our modelling comp team in the lab, 9 til 4",
            [("student_activity", "11-14", {"hours": 7})],
        ),
        Case("2026-11-18T20:00", "Walked the dorms 7-8pm", [("dorm_visit", "11-18", {"hours": 1})]),
        Case(
            "2026-11-18T20:00",
            "Quick class meeting 9-9:30 to sort the roster",
            [("class_meeting", "11-18", {"hours": 0.5})],
        ),
        Case("2026-11-18T20:00", "Dorm check tonight 7-9", [("dorm_visit", "11-18", {"hours": 2})]),
        # False friends: a date with a dash, people counted with one.
        Case("2026-11-18T20:00", "Advisor training on 10-5", [("seminar", "10-05", {})]),
        Case(
            "2026-11-18T20:00",
            "Talked with 3-5 students this arvo",
            [("student_talk", "11-18", {"hours": None})],
        ),
    ],
    # A holiday told as tomorrow at a sentence's start dates nothing: today is its eve.
    "holiday tomorrow": [
        Case(
            "2026-09-24T20:30",
            "Mid-Autumn tomorrow so I bought mooncakes and did the rounds of the dorms after dinner",
            [("dorm_visit", "09-24", {})],
        ),
        Case(
            "2026-09-30T20:00",
            "National Day tomorrow, checked the dorms before they all go home",
            [("dorm_visit", "09-30", {})],
        ),
        Case(
            "2026-12-24T20:00",
            "Christmas is tomorrow so I had a yarn with Li Hao, he's homesick",
            [("student_talk", "12-24", {})],
        ),
        # False friends: the holiday's own event, or a colon opening tomorrow's plan.
        Case(
            "2026-09-24T20:30",
            "Class party for Mid-Autumn tomorrow",
            [("student_activity", "09-25", {"flag": "future"})],
        ),
        Case(
            "2026-09-24T20:30",
            "Mid-Autumn tomorrow: class party with the kids",
            [("student_activity", "09-25", {"flag": "future"})],
        ),
    ],
    # A holiday wished is a greeting, no day.
    "merry Christmas": [
        Case(
            "2026-12-24T23:10",
            "Christmas Eve and I'm doing dorm checks, merry Christmas from Brisbane",
            [("dorm_visit", "12-24", {})],
        ),
        Case(
            "2026-12-28T20:00",
            "Merry Christmas all (late)! Did dorm checks tonight",
            [("dorm_visit", "12-28", {})],
        ),
        Case(
            "2026-10-03T20:00",
            "Happy National Day! Rang Zhao Min's mum",
            [("parent_contact", "10-03", {})],
        ),
        # False friend: the holiday as the deed's day.
        Case("2026-12-28T20:00", "Dorm checks on Christmas Day", [("dorm_visit", "12-25", {})]),
    ],
    # An abbreviated weekday before another day word, or ending its sentence with a period.
    "Mon and tonight": [
        Case(
            "2026-11-25T22:00",
            "Dorm rounds Mon and tonight. Mon was quiet",
            [("dorm_visit", "11-23", {}), ("dorm_visit", "11-25", {})],
        ),
        Case(
            "2027-01-06T19:20",
            "Had a yarn with Zhao Min Mon and with Sun Yue today, both exam nerves",
            [("student_talk", "2027-01-04", {}), ("student_talk", "2027-01-06", {})],
        ),
        Case(
            "2026-12-14T20:00",
            "Did a dorm walk-through Fri night and checked evening self-study Sun. Exam mode now",
            [("dorm_visit", "12-11", {}), ("classroom_visit", "12-13", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Sat in on Analysis Mon and yesterday",
            [("classroom_visit", "11-16", {}), ("classroom_visit", "11-17", {})],
        ),
        # Sun listed after a weekday is a day only where a day may end: "Sun Yue" is a student.
        Case(
            "2027-01-06T19:20",
            "Talked with Zhao Min on Monday and Sun Yue today",
            [("student_talk", "2027-01-04", {}), ("student_talk", "2027-01-06", {})],
        ),
        Case(
            "2027-01-06T19:20",
            "Dorm checks Fri and Sun, all quiet",
            [("dorm_visit", "2027-01-01", {}), ("dorm_visit", "2027-01-03", {})],
        ),
        # False friends: the sun, "I sat".
        Case(
            "2026-11-18T20:00",
            "Went for a walk in the sun. Talked with Li Hao",
            [("student_talk", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Talked with Li Hao while we sat. Then dorm rounds",
            [("student_talk", "11-18", {}), ("dorm_visit", "11-18", {})],
        ),
    ],
    # A later sentence of theirs in the present or future: its day is theirs.
    "their day": [
        Case(
            "2026-11-14T16:45",
            "Spent the day with our modelling comp team in the lab. They submit Mon",
            [("student_activity", "11-14", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Checked the dorms. They have an exam Fri",
            [("dorm_visit", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Talked with Li Hao. He goes home Sat",
            [("student_talk", "11-18", {})],
        ),
        # False friend: a past deed of theirs told after.
        Case(
            "2026-11-18T20:00",
            "Talked with Li Hao. He came to my office Mon",
            [("student_talk", "11-16", {})],
        ),
    ],
    # A talk the students go to (the college's, a public lecture) with students is theirs, and
    # "N of mine" are the advisor's students.
    "college lecture": [
        Case(
            "2026-11-30T21:45",
            "Went along to the college lecture tonight on grad pathways with about 20 of mine",
            [("student_activity", "11-30", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Took three of mine to the public lecture on topology",
            [("student_activity", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Had a chat with a few of mine after the tute",
            [("student_talk", "11-18", {})],
        ),
        # False friends: the course's lecture, a friend of mine.
        Case(
            "2026-11-18T20:00",
            "Sat in on the calculus lecture tonight",
            [("classroom_visit", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "A friend of mine rang, then I checked the dorms",
            [("dorm_visit", "11-18", {})],
        ),
    ],
    # Past papers or problems gone through with a student: tutoring.
    "ran through papers": [
        Case(
            "2026-12-17T17:30",
            "Ran through past calc papers with Ma Lin for 2 hrs this arvo",
            [("other", "12-17", {"hours": 2})],
        ),
        Case(
            "2026-11-18T20:00",
            "Went over the practice problems with two of mine tonight",
            [("other", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Worked through the exercises with Wang Hao after class",
            [("other", "11-18", {})],
        ),
        # False friend: papers gone through with colleagues (marking).
        Case("2026-11-18T20:00", "Went through the exam papers with my colleagues", []),
    ],
    # A part of today still to come when the note is sent, told with no deed done: a plan.
    "later today": [
        Case(
            "2026-12-31T14:30",
            "NYE party with the class tonight 7pm",
            [("student_activity", "12-31", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T10:00",
            "Dorm rounds this evening with the new monitor",
            [("dorm_visit", "11-18", {"flag": "future"})],
        ),
        Case(
            "2026-11-18T09:00",
            "Sitting in on their Analysis tute this arvo",
            [("classroom_visit", "11-18", {"flag": "future"})],
        ),
        # False friends: the part of the day begun or over, a deed told done.
        Case(
            "2026-11-18T20:00",
            "Dorm rounds tonight, all quiet",
            [("dorm_visit", "11-18", {"flag": None})],
        ),
        Case(
            "2026-11-18T16:00",
            "Checked the dorms this afternoon",
            [("dorm_visit", "11-18", {"flag": None})],
        ),
        Case(
            "2026-11-18T11:00",
            "Rang Li Hao's mum this morning, tonight nothing on",
            [("parent_contact", "11-18", {"flag": None})],
        ),
    ],
    # The students' own sign-up for a competition is no outing of the advisor's.
    "signed up": [
        Case(
            "2026-10-13T20:00",
            "Committee meeting done. 12 signed up for the uni maths modelling comp, stoked",
            [("cadre_meeting", "10-13", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Checked the dorms. 5 registered for the modelling competition",
            [("dorm_visit", "11-18", {})],
        ),
        # False friend: the team taken there.
        Case(
            "2026-11-18T20:00",
            "Took the team to the maths comp today",
            [("student_activity", "11-18", {})],
        ),
    ],
    # The advisor's own mother rung is no parent contact.
    "own mum": [
        Case(
            "2026-12-31T14:30",
            "NYE party with the class tonight 7pm, then home to ring mum in Brissie",
            [("student_activity", "12-31", {})],
        ),
        Case("2026-11-18T20:00", "Dorm rounds, then rang my mum", [("dorm_visit", "11-18", {})]),
        # False friends: the student's mum, and a bare "mum and dad" (the corpus's reading).
        Case(
            "2026-11-18T20:00",
            "Went home to ring his mum about the fees",
            [("parent_contact", "11-18", {})],
        ),
        Case(
            "2026-11-18T20:00",
            "Phoned mum and dad yesterday.",
            [("parent_contact", "11-17", {"count": 2})],
        ),
    ],
    # Students counted by what they did, chats counted one each.
    "counted": [
        Case(
            "2026-11-18T13:40",
            "5 late, 2 absent. Had words with the two absentees at the break",
            [("student_talk", "11-18", {"count": 2})],
        ),
        Case(
            "2026-10-12T18:20",
            "Did a couple of one-on-ones in the break too - Lily and Zhao Min.",
            [("student_talk", "10-12", {"count": 2})],
        ),
        Case(
            "2026-11-18T20:00",
            "Had words with the three latecomers after the lecture",
            [("student_talk", "11-18", {"count": 3})],
        ),
        # False friend: one-on-ones with a number of students after.
        Case(
            "2026-11-18T20:00",
            "Did one-on-ones with 5 freshers",
            [("student_talk", "11-18", {"count": 5})],
        ),
    ],
}


def _now(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text + ":00+08:00")


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=f"{name}: {c.text[:40]}") for name, cases in CASES.items() for c in cases],
)
def test_r18c_classes(case: Case) -> None:
    got = parse_note(case.text, _now(case.now)).activities
    assert sorted((a.kind, a.date.isoformat()) for a in got) == sorted(
        (k, _day(d)) for k, d, _ in case.expect
    ), f"{case.text!r}: {got}"
    for kind, day, extra in case.expect:
        activity = next(a for a in got if a.kind == kind and a.date.isoformat() == _day(day))
        for field, value in extra.items():
            assert getattr(activity, field) == value, f"{case.text!r}: {field} of {activity}"


def notes() -> list[str]:
    """Every note of this file (the English tables' every-entry check reads them)."""
    return [c.text for cases in CASES.values() for c in cases]
