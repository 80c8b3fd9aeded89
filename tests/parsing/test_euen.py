"""English as continental European lecturers write it (session 15, lane euen).

German, Austrian, Swiss, Dutch, French, Italian, Spanish, Russian and Polish speakers teaching
at a Chinese university write their notes in an English of their own (`english.EUROPEAN`): the
day words of their languages slip in (gestern, vorgestern, hier, demain, ieri, wczoraj,
vchera; Montag, mardi, donderdag, venerdì), time ago in their order ("before three days": vor
drei Tagen), "the 14th of October", a present perfect for a past deed ("yesterday I have
spoken with Li Wei"), the present for the future ("on Friday we make the class meeting"), and
their words for the work (class speaker, student home, Wohnheim, Klassenrat, Gespräch, a
consultation or discussion with a student, further education, advanced training, hospitation).
Each line is a note of my own with what it records; `READ_ALREADY` are their forms the rules
read before the table (kept read); `FALSE_FRIENDS` are the words written alike that keep their
ordinary sense. `NOW` is Wednesday 18 November 2026.
"""

from __future__ import annotations

import re

import pytest

from bot.parsing import parse_note
from bot.parsing.english import EUROPEAN, fold_english
from tests.parsing.english_blocks import NOW
from tests.parsing.english_blocks import cases as _cases
from tests.parsing.english_blocks import read as _read

# Each line: the kinds recorded with their days ("kind@MM-DD", space-separated; nothing when
# the note records nothing), a bar, the note.
READ: dict[str, str] = {
    "days": """
dorm_visit@11-17|Gestern dorm visit in building 5, all fine.
dorm_visit@11-17|Gestern Abend I checked the dorms, two came back late.
dorm_visit@11-17|Hier soir: dorm visit with the class rep.
dorm_visit@11-17|Ieri sera went round the dorms.
dorm_visit@11-17|Gisteren dorm check, building 3.
dorm_visit@11-17|Wczoraj visited the dorms of my class.
dorm_visit@11-17|Vchera I visited the dormitory.
dorm_visit@11-16|Vorgestern I visited the dorms.
dorm_visit@11-16|Eergisteren dorm visit.
dorm_visit@11-16|Avant-hier I visited the dorms.
dorm_visit@11-16|Anteayer dorm visit in building 2.
dorm_visit@11-16|L'altro ieri I went to the dorms.
dorm_visit@11-16|Przedwczoraj dorm check.
dorm_visit@11-16|Pozavchera I inspected the dorms.
class_meeting@11-18|Heute Abend class meeting about the exams.
class_meeting@11-18|Ce soir class meeting on exam rules.
class_meeting@11-18|Stasera class meeting.
class_meeting@11-18|Heute class meeting about the exam week.
class_meeting@11-18|Vandaag class meeting, 40 minutes.
class_meeting@11-18|Aujourd'hui class meeting with all students.
class_meeting@11-18|Oggi class meeting, everybody there.
class_meeting@11-18|Dzisiaj class meeting about safety.
class_meeting@11-18|Segodnya class meeting in room 204.
class_meeting@11-20|Übermorgen class meeting about the winter break.
class_meeting@11-20|Uebermorgen class meeting planned.
class_meeting@11-20|Après-demain class meeting planned.
class_meeting@11-20|Dopodomani class meeting.
class_meeting@11-20|Pojutrze class meeting planned.
dorm_visit@11-19|Morgen dorm visit with the class rep.
dorm_visit@11-17|Gestern früh dorm visit.
dorm_visit@11-17|Gestern Morgen I visited the dorms.
dorm_visit@11-17|Gestern Nachmittag dorm visit.
class_meeting@11-18|Heute Morgen class meeting.
class_meeting@11-18|Heute Nachmittag class meeting.
class_meeting@11-19|Morgen früh class meeting.
class_meeting@11-19|Morgen Nachmittag class meeting.
class_meeting@11-19|Morgen Abend class meeting.
dorm_visit@11-17|Hier matin dorm visit.
dorm_visit@11-17|Hier après-midi dorm visit.
class_meeting@11-18|Ce matin class meeting.
class_meeting@11-18|Cet après-midi class meeting.
class_meeting@11-19|Demain matin class meeting.
class_meeting@11-19|Demain après-midi class meeting.
class_meeting@11-19|Demain soir class meeting.
dorm_visit@11-17|Ieri mattina dorm visit.
dorm_visit@11-17|Ieri pomeriggio dorm visit.
class_meeting@11-18|Stamattina class meeting.
class_meeting@11-18|Oggi pomeriggio class meeting.
class_meeting@11-19|Domani mattina class meeting.
class_meeting@11-19|Domani sera class meeting.
dorm_visit@11-17|Gisteravond dorm visit.
class_meeting@11-18|Vanavond class meeting.
class_meeting@11-18|Vanochtend class meeting.
class_meeting@11-18|Vanmorgen class meeting.
class_meeting@11-18|Vanmiddag class meeting.
dorm_visit@11-19|Demain dorm visit in building 4.
dorm_visit@11-19|Domani dorm visit planned.
dorm_visit@11-19|Jutro dorm visit planned.
dorm_visit@11-19|Zavtra dorm visit planned.
student_talk@11-17|Hier I talked with Zhang about his grades.
student_talk@11-17|Ieri talked with Liu Yang about his absences.
student_talk@11-17|Ayer I talked with Chen Jie.
dorm_visit@11-16|Mo: dorm visit in building 5.
dorm_visit@11-17|Di.: dorm visit in building 5.
class_meeting@11-18|Mi: class meeting about the exams.
dorm_visit@11-13|Fr.: dorm visit.
dorm_visit@11-14|Sa: dorm visit with the class speaker.
dorm_visit@11-16|Montag: dorm visit.
dorm_visit@11-16|Montags dorm visit, building 5.
dorm_visit@11-17|Dienstag: dorm visit.
class_meeting@11-18|Mittwoch: class meeting.
dorm_visit@11-12|Donnerstag: dorm visit.
dorm_visit@11-13|Freitag: dorm visit.
dorm_visit@11-14|Samstag: dorm visit.
dorm_visit@11-14|Sonnabend: dorm visit.
dorm_visit@11-15|Sonntag: dorm visit.
dorm_visit@11-16|Lundi: dorm visit.
dorm_visit@11-17|Mardi: dorm visit.
class_meeting@11-18|Mercredi: class meeting.
dorm_visit@11-12|Jeudi: dorm visit.
dorm_visit@11-13|Vendredi: dorm visit.
dorm_visit@11-14|Samedi: dorm visit.
dorm_visit@11-15|Dimanche: dorm visit.
dorm_visit@11-16|Maandag: dorm visit.
dorm_visit@11-17|Dinsdag: dorm visit.
class_meeting@11-18|Woensdag: class meeting.
dorm_visit@11-12|Donderdag: dorm visit.
dorm_visit@11-13|Vrijdag: dorm visit.
dorm_visit@11-14|Zaterdag: dorm visit.
dorm_visit@11-15|Zondag: dorm visit.
dorm_visit@11-16|Lunedì: dorm visit.
dorm_visit@11-17|Martedi: dorm visit.
class_meeting@11-18|Mercoledì: class meeting.
dorm_visit@11-12|Giovedì: dorm visit.
dorm_visit@11-13|Venerdì: dorm visit.
dorm_visit@11-15|Before three days I visited the dorms.
dorm_visit@11-16|Before 2 days I have visited the dorms.
class_meeting@11-11|Before a week we had the class meeting.
student_talk@11-13|Before five days I talked with Wang about his exams.
dorm_visit@10-14|On the 14th of October I visited the dorms.
dorm_visit@11-16|On the 16. I visited the dorms.
dorm_visit@11-16|Am 16. dorm visit in building 3.
dorm_visit@11-02|On the 2. we checked the dorms.
dorm_visit@10-14|Am 14. Oktober dorm visit in building 2.
dorm_visit@10-14|Le 14 octobre I visited the dorms.
dorm_visit@10-14|On 14 de octubre I visited the dorms.
dorm_visit@10-14|On 14 ottobre dorm visit.
dorm_visit@10-14|14 października dorm visit.
class_meeting@11-03|On 3. November we had the class meeting.
class_meeting@11-03|3 novembre class meeting.
class_meeting@11-03|3 listopada class meeting.
class_meeting@11-03|3 noviembre class meeting.
dorm_visit@09-21|21. September dorm visit with the new students.
dorm_visit@09-21|21 septembre dorm visit.
dorm_visit@09-21|21 settembre dorm visit.
dorm_visit@09-21|21 września dorm visit.
student_talk@08-28|28. August talk with Wang about his transfer.
student_talk@08-28|28 août talk with Wang about his transfer.
student_talk@08-28|28 augustus talk with Wang about his transfer.
student_talk@07-06|6. Juli talk with Wang about the summer.
student_talk@07-06|6 juillet talk with Wang about the summer.
student_talk@06-10|10. Juni talk with Wang about the exams.
student_talk@06-10|10 juin talk with Wang about the exams.
class_meeting@05-12|12. Mai class meeting about the sports day.
class_meeting@05-12|12 maggio class meeting about the sports day.
class_meeting@04-08|8 avril class meeting about the excursion.
class_meeting@04-08|8 aprile class meeting about the excursion.
class_meeting@03-18|18. März class meeting about the new term.
class_meeting@03-18|18 maart class meeting about the new term.
class_meeting@02-27|27. Februar class meeting about the new term.
class_meeting@02-27|27 février class meeting about the new term.
class_meeting@01-09|9. Januar class meeting about the exams.
class_meeting@01-09|9 janvier class meeting about the exams.
dorm_visit@12-03|On 3 Dezember I visit the dorms.
dorm_visit@12-03|Le 3 décembre I visit the dorms.
dorm_visit@11-20|In two days I visit the dorms of building 3.
class_meeting@11-21|In 3 days we make the class meeting.
class_meeting@11-17 dorm_visit@11-20|Yesterday class meeting, in two days I visit the dorms.
parent_contact@12-02|In two weeks there is the parents meeting.
dorm_visit@11-20|I will visit the dorms 2 days from now.
class_meeting@11-03|The 3rd of November we had a class meeting.
dorm_visit@11-02|On the 2nd of Nov I checked the dorms.
""",
    "tense": """
student_talk@11-17|Yesterday I have spoken with Li Wei about his grades.
student_talk@11-16|On Monday I've spoken with Zhao Lei about the exam.
parent_contact@11-17|Yesterday I have phoned with the mother of Wang.
parent_contact@11-17|Yesterday I have telephoned with Li's father.
class_meeting@11-20|On Friday we make the class meeting.
dorm_visit@11-20|On Friday, I make a dorm visit.
class_meeting@11-20|We make the class meeting on Friday.
|The class meeting could not take place yesterday.
|The dorm visit couldn't take place on Monday because of the rain.
|The class meeting yesterday fell out.
|Yesterday the class meeting fell out because of the exam.
|The dorm visit on Monday has fallen out.
""",
    "the work": """
cadre_meeting@11-17|Yesterday meeting with the class speakers about the party.
cadre_meeting@11-17|Yesterday I met the Klassensprecher about the party.
student_talk@11-17|Yesterday I talked with the class speaker about the timetable.
student_talk@11-17|Yesterday I talked with the Klassensprecherin about the trip.
student_talk@11-17|Yesterday I talked with the class representative about the timetable.
dorm_visit@11-17|Yesterday I visited the student home.
dorm_visit@11-17|Yesterday I was in the student home, building 7.
dorm_visit@11-17|Yesterday I visited our student homes.
dorm_visit@11-17|Yesterday Wohnheim visit, building 7.
dorm_visit@11-17|Yesterday I visited the Studentenwohnheim.
dorm_visit@11-17|Yesterday I visited the Studentenheim.
dorm_visit@11-17|Yesterday I visited the obshchezhitie.
dorm_visit@11-17|Yesterday I went to the obshaga.
dorm_visit@11-17|Yesterday I visited the akademik.
class_meeting@11-17|Yesterday Klassenrat about the exam week.
class_meeting@11-17|Yesterday Klassenversammlung.
class_meeting@11-17|Yesterday Klassenstunde about safety.
parent_contact@11-17|Yesterday Elterngespräch with the mother of Wang.
parent_contact@11-17|Yesterday Elternabend, 20 parents came.
student_talk@11-17|Yesterday Gespräch with Wang about his grades.
student_talk@11-17|Yesterday Gespräche with two students.
student_talk@11-17|Yesterday entretien with Zhang Wei about his absences.
student_talk@11-17|Yesterday I had a consultation with Wang about his thesis.
student_talk@11-17|Yesterday consultations with three students.
student_talk@11-17|Yesterday a discussion with the student Zhang about his absences.
parent_contact@11-17|Yesterday discussion with the parents of Li.
seminar@11-17|Yesterday further education for advisors.
seminar@11-17|Yesterday advanced training for advisors.
seminar@11-17|Yesterday further training on mental health.
seminar@11-17|Yesterday Fortbildung on student counselling.
seminar@11-17|Yesterday Weiterbildung for advisors.
seminar@11-17|Yesterday formation continue for advisors.
classroom_visit@11-17|Yesterday I hospitated in the calculus lecture.
classroom_visit@11-17|Yesterday I hospitated at Prof. Chen's lecture.
classroom_visit@11-16|On Monday I was hospitating in the physics lab.
classroom_visit@11-17|Yesterday hospitiert in the English class.
classroom_visit@11-17|Yesterday hospitation in the calculus lecture.
student_talk@11-17|Yesterday I had a talk under four eyes with Wang.
student_talk@11-17|Yesterday I spoke with Wang under four eyes.
class_meeting@11-17|Yesterday class hour about safety.
class_meeting@11-17|Yesterday class hour on exam rules.
student_talk@11-17|Yesterday counselling interview with Wang.
student_talk@11-17|Yesterday advisory conversation with Liu about his thesis.
student_talk@11-17|Yesterday I held my speech hour, four students came.
other@11-17|Yesterday I held my speaking hours for the freshmen.
student_activity@11-14|On Saturday Exkursion with the class to the museum.
""",
    # French speakers' faux amis: réunion, délégués, formation, assister à, permanence,
    # recevoir, faire le point avec, la cité U, avant-hier / après-demain word for word.
    "french": """
cadre_meeting@11-18|Reunion with the delegates this afternoon.
class_meeting@11-18|The class reunion has been done.
theme_meeting@11-18|Reunion of class on the theme of exams.
seminar@11-18|Formation for the class advisors this afternoon.
seminar@11-18|I have assisted to the reunion of the class advisors.
classroom_visit@11-18|I have assisted to the lecture of analysis this morning.
classroom_visit@11-16|Assisted to the course of linear algebra on 16/11.
classroom_visit@11-19|I assist to the TD of Prof Wang tomorrow.
classroom_visit@11-17|Attended the course of numerical analysis yesterday.
cadre_meeting@11-18|The delegates came to my office.
cadre_meeting@11-18|The class delegates came to see me.
cadre_meeting@11-18|Made a point with the delegates.
cadre_meeting@11-19|Les délégués: reunion tomorrow 14h.
student_talk@11-18|Made a point with Li Ming about his grades.
student_talk@11-18|I have received Li Ming in my office for his absences.
student_talk@11-18|Permanence today, 3 students came.
student_talk@11-18|The class delegate came to my office.
student_talk@11-18|The delegate of the class came to see me.
student_talk@11-18|The responsible of the class came to see me.
dorm_visit@11-16|I have done the visit of the dorms before-yesterday.
dorm_visit@11-18|Visited the cité U tonight.
class_meeting@11-20|After-tomorrow: class meeting.
class_meeting@11-18|I realized a meeting with my students.
dorm_visit@11-18|I have passed in the rooms of the boys this evening.
student_talk@11-18|Exchange with Li Ming about his orientation.
student_talk@11-18|I had an exchange with the student Chen.
student_talk@11-18|Individual interview with Zhang Hao.
cadre_meeting@11-18|Meeting of the delegates with me at 12h.
dorm_visit@11-18|Realised a visit of the dormitories.
""",
    # Russian and Ukrainian speakers' academic group: the starosta, the group's activists,
    # the curator's hour and the educational hour.
    "russian": """
cadre_meeting@11-18|Meeting with the starosta and the group activists.
cadre_meeting@11-18|Meeting with the activists of my group about the exam session.
cadre_meeting@11-17|Yesterday I met the group asset.
student_talk@11-18|Talked with the starosta about absences.
class_meeting@11-18|The educational hour with the group was held.
class_meeting@11-18|Curator's hour today about the exam session.
class_meeting@11-17|Yesterday the group had a curatorial hour.
class_meeting@11-17|Yesterday upbringing hour with my group.
""",
}

# What the rules read before the table, kept read: the present perfect with a day ("on Monday I
# have visited"), the present with tomorrow, European dates and clocks, the week and part of
# the day in their order, "since two weeks", "make a meeting", "phoned with".
READ_ALREADY = """
dorm_visit@11-16|On Monday I have visited the dorms.
dorm_visit@11-19|Tomorrow I visit the dorms.
dorm_visit@11-18|Today I have been in the dormitory.
dorm_visit@10-14|14.10. dorm visit
dorm_visit@10-14|14.10.26 dorm visit
dorm_visit@10-14|14/10 dorm visit
dorm_visit@11-03|On 3rd November I visited the dorms.
dorm_visit@11-17|Tue, 17.11.: dorm visit
dorm_visit@11-19|this week on Thursday I visit the dorms
dorm_visit@11-12|last week Thursday I visited the dorms
dorm_visit@11-17|Tuesday in the evening I visited the dorms
dorm_visit@11-17|Yesterday 19:30 h dorm visit
class_meeting@11-17|Yesterday I made a meeting with the class.
dorm_visit@11-17|Yesterday I made a dorm visit.
dorm_visit@11-17|Yesterday I visited the hall of residence.
parent_contact@11-17|Yesterday I phoned with the mother of Wang.
student_talk@11-17|Yesterday I had a conversation with Zhang Wei.
classroom_visit@11-17|Yesterday I visited the lecture of Prof. Chen.
seminar@11-17|Yesterday the seminar of the advisors.
student_activity@11-14|On Saturday excursion with the class to the museum.
"""

# The words written alike that keep their ordinary sense.
FALSE_FRIENDS = """
|Yesterday I have visited the website of the ministry.
|Yesterday I was in the hospital with a cold.
|Yesterday I had a consultation with my doctor.
|Yesterday consultation with the dean about the budget.
|Yesterday a discussion with colleagues about the syllabus.
|I could not visit the dorms since I was ill.
|Guten Morgen, I hope you are well.
|Am Morgen I was in a meeting of the department.
|The hierarchy of the faculty is unclear to me.
|The sun rises before 7 every day in summer.
|Before three days of rain the campus flooded.
|Before two days off we had exams.
|He teaches at a further education college.
|Further education students have another timetable.
|The class speaker system was explained to me.
|Before the class I prepared slides.
|Yesterday in the class hour I explained the integrals.
|To do: prepare the slides.
|Mi casa es su casa, said the student.
student_talk@11-17|Yesterday Wang fell out with his roommate, I talked with him.
student_talk@11-18|I talked with Mai about the timetable.
|The Juli Festival in Bonn was nice.
dorm_visit@11-18|We finished the dorm checks in two days.
dorm_visit@11-17|Yesterday I took Wang to the dorm and then to the hospital.
parent_contact@11-17|Yesterday I visited the student home of Wang and spoke with his mother.
student_talk@11-17|Yesterday I had a consultation with Wang, then with my doctor.
dorm_visit@11-16|On Monday I visit the dorm, all fine.
|Went home for the reunion dinner.
|Family reunion this weekend.
|Bref, the reunion is postponed.
|I assisted at the exam.
|The delegates to the student congress were elected.
|The formation of the timetable took the office weeks.
|The permanence of the results is not sure.
|The activists of the student union protested.
|I realized the meeting was cancelled.
|I realized a mistake in the form.
|Exchange with the dean about the budget.
|An exchange with the partner university is planned.
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


@pytest.mark.parametrize("entry", EUROPEAN, ids=lambda e: e.word[:30])
def test_every_entry_is_read(entry: object) -> None:
    """Each entry of the table folds in some note of the READ lists."""
    word, _standard, _variety, before, after = entry  # type: ignore[misc]
    pattern = re.compile(f"(?<![a-z0-9']){before}(?:{word}){after}")
    texts = [t for block in READ.values() for t, _ in _cases(block)]
    assert any(pattern.search(t.lower()) for t in texts), word


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Gestern dorm visit", "yesterday dorm visit"),
        ("before three days", "three days ago"),
        ("the 14th of October", "14 October"),
        ("On Friday we make the class meeting", "On Friday we will make the class meeting"),
        ("the class speakers", "the class reps"),
        ("Guten Morgen", "Guten Morgen"),
        ("the hierarchy", "the hierarchy"),
        ("before three days of rain", "before three days of rain"),
        ("a further education college", "a further education college"),
    ],
)
def test_fold_spells_the_standard_word(text: str, folded: str) -> None:
    assert fold_english(text) == folded


@pytest.mark.parametrize(
    ("text", "clock", "hours"),
    [
        ("Yesterday 19 Uhr dorm visit.", "19:00", None),
        ("Yesterday 19.30 Uhr dorm visit.", "19:30", None),
        ("Yesterday 19 Uhr 30 dorm visit.", "19:30", None),
        ("Yesterday 19h30 dorm visit.", "19:30", None),
        ("Yesterday 8h15 class meeting.", "08:15", None),
        ("Yesterday 19h dorm visit.", "19:00", None),
        ("Yesterday at 19.30 I visited the dorms.", "19:30", None),
        ("Visited the dorms at 9.10 tonight.", "21:10", None),
        ("Yesterday 14h30-16h class meeting.", "14:30", 1.5),
        ("Yesterday 14-16h class meeting.", "14:00", 2.0),
        ("Yesterday 19-21 Uhr dorm visit.", "19:00", 2.0),
        ("Yesterday 8h-10h class meeting.", "08:00", 2.0),
        # No clock: a duration ("2h", "2-3h", "1h30") or a date ("on 14.10.").
        ("Yesterday class meeting 2h.", None, 2.0),
        ("Yesterday class meeting 2-3h.", None, 3.0),
        ("Yesterday 1h30 class meeting.", None, None),
        ("Class meeting on 14.10.", None, None),
        # A European's decimal comma and the German Stunden (not 1,500: a thousand).
        ("Yesterday class meeting, 1,5 hours.", None, 1.5),
        ("Yesterday class meeting 1,5 h.", None, 1.5),
        ("Yesterday class meeting, 2 Stunden.", None, 2.0),
        ("Yesterday class meeting, 1,5 Stunden.", None, 1.5),
        ("Yesterday class meeting for the 1,500 students of the school.", None, None),
    ],
)
def test_a_european_clock(text: str, clock: str | None, hours: float | None) -> None:
    (activity,) = parse_note(text, NOW).activities
    assert (activity.time.strftime("%H:%M") if activity.time else None) == clock
    assert activity.hours == hours
