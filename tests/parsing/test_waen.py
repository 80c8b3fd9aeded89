"""West African English (Nigerian, Ghanaian) and other African Englishes (session 17, lane waen).

A Nigerian- or Ghanaian-born lecturer writes the advisor's notes in an English of its own
(`english.py`, the entries of variety "West African", "Nigerian", "Ghanaian"): the students
live in the hostel or off campus in lodges, Ghana's in their hall; the class has a course rep,
a class governor, class executives (excos); a talk is "a discussion with" a student, "checked
on", "gisted with", "invited to my office"; the class is "sensitised on" or "enlightened on" a
theme (its themed meeting, as 主题教育); a meeting "holds", "could not hold", "did not come up",
"has been shifted"; the day after tomorrow is "next tomorrow"; a report opens "Please I want to
report that". The dates are written day first ("12/11/26", "06/11/2026", "Thursday 12/11"): a
note marked as a day-first writer's (`english.DAY_FIRST_MARKS`) reads an ambiguous slashed date
day first, a weekday told with a date picks the order it falls on, and a date with its year
reads day first where month first is months away and day first a few days back, while an
American "11/12" with no such mark stays month first.

Each line is a note of my own with what it records; `READ_ALREADY` are the variety's forms the
rules read before (kept read); `FALSE_FRIENDS` are the words written alike that keep their
ordinary sense. `NOW` is Wednesday 18 November 2026.
"""

from __future__ import annotations

import re

import pytest

from bot.parsing.english import DAY_FIRST_MARKS, ENTRIES, day_first_dates, fold_english
from tests.parsing.english_blocks import cases as _cases
from tests.parsing.english_blocks import read as _read

_AFRICAN = ("West African", "Nigerian", "Ghanaian", "South African")
AFRICAN_ENTRIES = tuple(e for e in ENTRIES if any(v in e.variety for v in _AFRICAN))

# Each line: the kinds recorded with their days ("kind@MM-DD", space-separated; nothing when
# the note records nothing), a bar, the note.
READ: dict[str, str] = {
    "places": """
dorm_visit@11-17|Visited the lodge yesterday evening to check on the students.
dorm_visit@11-17|I went round the off-campus lodges yesterday.
dorm_visit@11-17|I visited some of my students in their lodges yesterday.
dorm_visit@11-17|Lodge visit yesterday, the students were in good condition.
dorm_visit@11-17|I visited my students in their hall yesterday.
dorm_visit@11-17|I did a visit to the female hostel yesterday.
""",
    "people": """
cadre_meeting@11-17|I had a meeting with the course rep and class governor yesterday.
cadre_meeting@11-17|Met with the class governors yesterday on the timetable.
cadre_meeting@11-17|Had a meeting with the class executives yesterday.
cadre_meeting@11-17|Meeting with the class excos yesterday by 4pm.
cadre_meeting@11-17|Executives meeting held yesterday.
parent_contact@11-17|I called his people yesterday to inform them.
parent_contact@11-17|I reached out to her people yesterday about the fees.
student_talk@11-17|I had a chat with the learner yesterday.
student_talk@11-17|Talked with two learners yesterday about their marks.
dorm_visit@11-17|Went to res yesterday evening to check on the first years.
""",
    "talks": """
student_talk@11-17|I had a discussion with Wang Hao yesterday on his poor attendance.
student_talk@11-18|I had a brief discussion with Chen Jie today.
parent_contact@11-17|I had a discussion with the mummy of Chen Jie yesterday.
student_talk@11-17|I checked on Zhang Min yesterday, she is recovering.
student_talk@11-17|I checked on the sick student yesterday.
student_talk@11-17|I invited Chen Jie to my office yesterday.
student_talk@11-17|I summoned the student to my office yesterday over his absence.
student_talk@11-17|I did a follow-up on Chen Jie yesterday.
student_talk@11-17|I gisted with Chen Jie yesterday about his studies.
student_talk@11-17|I had a gist with Liu Yang yesterday.
""",
    "sensitisation": """
theme_meeting@11-17|The students were sensitised on exam malpractice yesterday.
theme_meeting@11-17|I sensitised the students on exam malpractice yesterday.
theme_meeting@11-17|I enlightened the class on the dangers of cultism yesterday.
theme_meeting@11-17|Held a sensitisation programme for my students on drug abuse yesterday.
theme_meeting@11-17|Sensitization of students on exam ethics, yesterday.
class_meeting@11-17|The students were addressed yesterday on the forthcoming exams.
class_meeting@11-17|I addressed the students on the new timetable yesterday.
""",
    "days": """
class_meeting@11-20|I will be going for the class meeting next tomorrow.
class_meeting@11-20|Class meeting is fixed for next tomorrow by 4pm.
class_meeting@11-20|The class meeting is slated for Friday.
dorm_visit@11-17|Hostel visit yester-night, all the students were indoors.
""",
    "markers": """
|The class meeting could not hold yesterday due to rain.
|The hostel visit did not come up yesterday.
|Class meeting could not come up because of the strike.
|The class meeting has been shifted.
|The hostel visit has been shifted indefinitely.
|The hostel visit was not possible due to the rain.
dorm_visit@11-17|Please I want to report that I visited the hostel yesterday.
dorm_visit@11-17|I wish to bring to your notice that I visited the lodge yesterday.
""",
    "dates": """
dorm_visit@11-12|Hostel visit on 12/11/26.
dorm_visit@11-12|I visited the hostel on 12/11.
dorm_visit@11-10|Visited the hostel on 10/11/2026, all students were around.
dorm_visit@11-03|Visited the hostel on 3/11/2026.
parent_contact@11-05|Called the daddy of Chen Jie on 5/11/26.
class_meeting@11-06|Class meeting held on 06/11/2026.
dorm_visit@11-09|Visited the lodges on 9/11/26 (Monday).
class_meeting@11-12|Thursday 12/11: class meeting.
class_meeting@11-12|Class meeting held on Thursday 12/11.
class_meeting@11-10|Tue 10/11 - class meeting with my students.
class_meeting@11-11|Class meeting on 11/11 with the course reps present, then 16/11 for the rest.
student_talk@11-06 dorm_visit@11-12|Counselled Chen Jie on 6/11; went round the hostel on 12/11.
theme_meeting@11-09|Sensitisation on exam malpractice, 9/11/2026.
""",
}

READ_ALREADY = """
dorm_visit@11-17|I did a visit to the hostel yesterday, the students were fine.
classroom_visit@11-17|I was around the lecture hall yesterday to check attendance.
class_meeting@11-17|Yesterday being Tuesday, I held a class meeting with my students.
dorm_visit@11-16|I visited the hostel the day before yesterday.
parent_contact@11-17|I called the mummy of Li Wei yesterday.
parent_contact@11-17|I spoke with his daddy on phone yesterday.
parent_contact@11-17|I called the parents of two students yesterday.
student_talk@11-17|I counselled two students yesterday on their results.
class_meeting@11-20|This is to inform that the class meeting will hold on Friday.
class_meeting@11-20|Please note that there will be a class meeting on Friday by 4pm.
dorm_visit@11-12|Hostel visit on 12-11-2026.
dorm_visit@11-12|Hostel visit on 12th Nov.
dorm_visit@11-12|Hostel visit on Thursday, 12th.
dorm_visit@11-12|Visited the hostel on the 12th instant.
dorm_visit@11-16|Hostel visit on Monday, 16th November, 2026.
dorm_visit@11-11|Visited the hostel last week Wednesday.
class_meeting@11-25|Class meeting next week Wednesday.
dorm_visit@11-17|I went to the hostel yesternight.
parent_contact@11-17|I put a call across to his mother yesterday.
class_meeting@11-20|The class meeting has been shifted to Friday.
dorm_visit@11-18|Today being Wednesday, I visited the hostel.
dorm_visit@11-04|I visited the hostel a fortnight ago.
dorm_visit@11-17|I branched the hostel yesterday on my way home.
parent_contact@11-18|I will phone the parents just now.
dorm_visit@11-18|Went to res now now to check on the first years.
"""

FALSE_FRIENDS = """
|I will lodge a complaint with the hostel porter tomorrow.
|The parents lodged a complaint about the hostel fees yesterday.
|Picked up the parcel at the porters' lodge yesterday.
seminar@11-17|I had a discussion with the HOD yesterday at the level advisers' training.
dorm_visit@11-17|I checked on the students in the hostel yesterday.
|The lecture hall was locked yesterday.
|His skin sensitisation to the drug was treated at the clinic yesterday.
|I could not hold back my anger at the news yesterday.
|The topic of fees did not come up at the staff meeting.
class_meeting@12-11|Class meeting on 12/11 as planned.
dorm_visit@11-12|Dorm check 11/12, all fine.
dorm_visit@11-09|Checked the dorms 11/9/2026.
dorm_visit@11-17|Visited the hostel yesterday, 3/4 of the rooms were clean.
student_activity@11-14|Gave the class a talk on Saturday on academic writing.
|Got the gist of the new rules from the dean yesterday.
|My sister is a learner driver.
|He has good people skills, the class likes him.
|I checked on attendance today.
|Checked on exam results yesterday.
|I called him to my office yesterday but he did not come.
"""


def notes() -> list[str]:
    """Every note of this file (the English tables' every-entry check reads them)."""
    blocks = (*READ.values(), READ_ALREADY, FALSE_FRIENDS)
    return [text for block in blocks for text, _ in _cases(block)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        pytest.param(t, e, id=f"{name}: {t[:40]}")
        for name, block in READ.items()
        for t, e in _cases(block)
    ],
)
def test_the_variety_is_read(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize(("text", "expect"), _cases(READ_ALREADY))
def test_read_already_stays_read(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize(("text", "expect"), _cases(FALSE_FRIENDS))
def test_false_friends_keep_their_sense(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize("entry", AFRICAN_ENTRIES, ids=lambda e: e.word[:30])
def test_every_entry_is_read(entry: object) -> None:
    """Each African entry of the tables folds in some note of the READ lists."""
    word, _standard, _variety, before, after = entry  # type: ignore[misc]
    pattern = re.compile(f"(?<![a-z0-9']){before}(?:{word}){after}")
    texts = [t for block in READ.values() for t, _ in _cases(block)]
    assert any(pattern.search(t.lower()) for t in texts), word


@pytest.mark.parametrize("mark", DAY_FIRST_MARKS, ids=lambda m: m.word[:30])
def test_every_day_first_mark_turns_a_date(mark: object) -> None:
    """Each mark, alone in a note, makes its ambiguous slashed date day first."""
    word = mark.word  # type: ignore[attr-defined]
    texts = [t for block in (*READ.values(), READ_ALREADY) for t, _ in _cases(block)]
    texts += [
        "The class governor came on 16/11.",
        "The excos met on 13/10.",
        "Programme on 14/11.",
        "Whilst there on 20/10.",
        "On 12th Nov and 3/11.",
        "Reunion with the delegates on 5/11.",
        "Dorm visit at 14h30 on 5/11.",
    ]
    found = [t for t in texts if re.search(word, t.lower())]
    assert found, word


def test_there_is_an_african_variety() -> None:
    varieties = {v.strip() for e in ENTRIES for v in e.variety.split(",")}
    assert {"West African", "Nigerian", "Ghanaian"} <= varieties


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Visited the lodge on 12/11", "Visited the dorm on 11/12"),
        ("the students' lodges", "the students' dorm"),
        ("the course rep", "the class rep"),
        ("I will be going next tomorrow", "I will be going the day after tomorrow"),
        ("I checked on the students in the hostel", "I checked on the students in the dorm"),
        ("lodge a complaint", "lodge a complaint"),
        ("the gist of it", "the gist of it"),
    ],
)
def test_fold_spells_the_standard_word(text: str, folded: str) -> None:
    assert fold_english(day_first_dates(text)) == folded


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # A day-first writer's note: ambiguous dates written month first for the date rules.
        ("Hostel visit on 12/11/26.", "Hostel visit on 11/12/26."),
        ("Hostel visit on 06/11/2026 and 16/11.", "Hostel visit on 11/06/2026 and 16/11."),
        ("Visited the hostel 3/4 of the rooms", "Visited the hostel 4/3 of the rooms"),
        # No mark: as written (American month first, the date rules' own guess).
        ("Dorm check on 11/12.", "Dorm check on 11/12."),
        ("Class meeting 12/11, all came.", "Class meeting 12/11, all came."),
        # Not a date: a clock, a longer number, a run of fractions.
        ("Hostel at 10:12/11", "Hostel at 10:12/11"),
        ("Hostel 1/2/3/4", "Hostel 1/2/3/4"),
    ],
)
def test_day_first_dates(text: str, written: str) -> None:
    assert day_first_dates(text) == written
