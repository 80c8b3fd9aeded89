"""The varieties of English as tables (`bot/parsing/english.py`), variety by variety.

For each variety (British, Irish, American, Australian and New Zealand, Indian, Singapore and
Malaysian English, and English written by Chinese speakers), what a class advisor, personal
tutor or homeroom teacher writes for each kind of work, in casual chat, terse logs and formal
reports: the places, the people, the verbs, the events, the days and the done / not done /
called off markers, each in a short note with a fixed `now` (Wednesday 18 November 2026) and
what the note records. The lists hold words the parser read before the tables as well as the
ones they add, so both stay read. Every entry of the tables is in a note here
(`test_every_table_entry_is_read`), and the words written like one that keep their ordinary
sense ("lecture halls", "a youth hostel", "her MA thesis", "he phoned home", "I couldn't make
it", "the phone rang") stay themselves (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.parsing import parse_note
from bot.parsing.english import CLASS_VISIT_VERBS, COURSES, ENTRIES, TABLES, fold_english
from tests.parsing import (
    test_enwork,
    test_enzh,
    test_euen,
    test_r18c,
    test_seamandarin,
    test_waen,
)

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday

# Each line: the kinds recorded with their days ("kind@MM-DD", space-separated; nothing when
# the note records nothing: a plan fallen through, a call pending, a meeting called off), a
# bar, the note.
VARIETIES: dict[str, str] = {
    "British": """
student_activity@11-14|Chaperoned the class trip to the science park on Saturday.
student_activity@11-14|Escorted the students to the careers fair on Saturday.
student_activity@11-14|Shepherded the freshers round the museum on Saturday.
student_activity@11-14|Ferried the team to the maths contest on Saturday.
student_activity@11-14|Led a group of students to the science museum on Saturday.
seminar@11-16|Went on a course on student wellbeing on Monday.
seminar@11-16|Did a training course for class advisors on Monday.
seminar@11-16|Away day for personal tutors on Monday.
parent_contact@11-17|Li's mum came in to see me yesterday.
parent_contact@11-17|His parents popped by yesterday afternoon.
parent_contact@11-18|Mrs Gupta, Rahul's mother, called me today.
parent_contact@11-18|Rang Ms Chen, Xiaoming's mum, today about his absences.
|The students came in late yesterday.
classroom_visit@11-17|Observed Group Theory yesterday, good engagement.
classroom_visit@11-17|Dropped into the Probability workshop yesterday.
classroom_visit@11-17|Looked in on the Numerical Methods lab yesterday.
classroom_visit@11-17|Popped into Real Analysis yesterday to check numbers.
classroom_visit@11-17|Went to Dr Wu's Topology yesterday.
classroom_visit@11-17|Sat at the back of Complex Analysis yesterday.
classroom_visit@11-17|Checked attendance at the 8am yesterday.
classroom_visit@11-17|Did an attendance check in Linear Algebra yesterday.
classroom_visit@11-17|Headcount at the morning lecture yesterday, 45 of 52.
classroom_visit@11-17|Checked evening study yesterday.
classroom_visit@11-17|Looked in on evening prep yesterday.
classroom_visit@11-17|Evening prep yesterday, most of them there.
classroom_visit@11-17|Did a headcount in Calc II yesterday.
dorm_visit@11-16 class_meeting@11-18|Mon: halls. Weds: class mtg.
parent_contact@11-17|Tues pm: rang Li's mum.
dorm_visit@11-17|Halls Tues eve, late doors.
student_talk@11-18|Today 2.30: one-to-one with Wang.
dorm_visit@11-13|Halls on Fri 13th.
class_meeting@11-16|Class meeting, Monday just gone.
dorm_visit@11-17|Halls last night (Tues).
parent_contact@11-17|Rang Zhang's mum yesterday tea-time.
dorm_visit@11-16 cadre_meeting@11-17|Mon - halls; Tues - reps meeting.
|Cheers, ta!
|Brilliant, thanks.
|Could you remind me to ring his mum tomorrow?
|Dr Li did the halls round tonight as I was off sick.
|My colleague covered the class meeting for me yesterday.
|The counsellor rang the parents yesterday, not me.
|Do I need to log the halls visits separately?
|Fancy a cuppa later?
|The students had their own class meeting yesterday; I wasn't there.
|Was meant to pop round halls but got collared by the dean.
|No halls this week - reading week.
|Halls visit tomorrow cancelled, dean's orders.
class_meeting@11-19|Tutor group meeting moved to next Thursday.
|Happy Friday all!
|Just to say the class meeting went ahead without me, I was off sick.
class_meeting@11-17|The dean visited our class meeting yesterday.
parent_contact@11-17|Mr Wang (Li's dad) rang me yesterday.
student_activity@11-14|Went to the seniors' leaving do on Saturday.
classroom_visit@11-17|Took the register at evening study yesterday, three missing.
parent_contact@11-17|Heard back from his dad yesterday about the resit.
parent_contact@11-17|Replied to his mum's email yesterday.
class_meeting@11-17|Briefed the year group yesterday on the exam timetable.
cadre_meeting@11-17|Met the committee yesterday about the Christmas party.
seminar@11-17|Safeguarding training yesterday afternoon.
seminar@11-17|Did a Mental Health First Aid course yesterday.
student_activity@11-14|End-of-term do with the class on Saturday.
student_activity@11-14|Class social on Saturday, good turnout.
student_activity@11-14|Played five-a-side with the lads on Saturday.
other@11-17|Took Li to A&E yesterday, sprained ankle.
other@11-17|Took her to the GP yesterday.
other@11-17|Walked him over to the sick bay yesterday.
dorm_visit@11-19|Halls the morn.
dorm_visit@11-17|Halls yestreen.
|Dorm check still to do.
|Parent calls still outstanding.
dorm_visit@11-17|Went to the dorm yesterday in the morn.
dorm_visit@11-17|Did the evening rounds yesterday.
dorm_visit@11-17|Night rounds yesterday, all in bed by 11.
parent_contact@11-17|Made a call home for Li yesterday.
parent_contact@11-17|Two calls home yesterday.
student_talk@11-17|Tutorial with Li Hua yesterday about her essay.
dorm_visit@11-16|Mon 16th - halls.
dorm_visit@11-16|Monday 16th: halls.
dorm_visit@11-16|16/11 - halls
parent_contact@11-16|On Monday evening I rang Wang's mum.
student_talk@11-16|Caught Zhang after the lecture on Monday for a quick word.
student_talk@11-17|Grabbed Li for five minutes after class yesterday.
student_talk@11-17|Had a heart-to-heart with one of the lads yesterday.
parent_contact@11-17|Phoned Mrs Zhang yesterday about her son.
parent_contact@11-17|Got a call from his mum yesterday.
parent_contact@11-17|His mum rang me yesterday.
student_activity@11-14|Went to watch the lads play football on Saturday.
student_activity@11-14|Cheered on the class at the sports day on Saturday.
student_activity@11-14|Took a group of them to the maths olympiad on Saturday.
class_meeting@11-17|Class meeting on fire safety yesterday evening.
theme_meeting@11-17|Held a safety-themed class meeting yesterday.
class_meeting@11-17|Yesterday's class meeting was on exam integrity.
class_meeting@11-17|Ran a class meeting on mental health yesterday.
theme_meeting@11-17|Class meeting yesterday, theme: anti-fraud.
class_meeting@11-17|Quick class meeting yesterday to sort out the timetable.
classroom_visit@11-17|Sat in on Analysis yesterday morning.
classroom_visit@11-17|Sat at the back of the Linear Algebra lecture yesterday.
classroom_visit@11-17|Looked in on evening self-study yesterday, about half there.
classroom_visit@11-17|Popped my head round the door of the Topology class yesterday.
classroom_visit@11-17|Did a register check at the 8 o'clock maths lecture yesterday.
dorm_visit@11-17|Went round the girls' rooms yesterday evening.
dorm_visit@11-17|Had a wander round the boys' block yesterday.
dorm_visit@11-17|Did the rounds of the dorms last night.
dorm_visit@11-17|Dorm rounds yesterday evening, all present and correct.
parent_contact@11-17|Had a word with Zhang Wei's mum on the phone yesterday.
parent_contact@11-17|Spoke to Liu's father yesterday about his attendance.
parent_contact@11-17|Rang three sets of parents yesterday.
parent_contact@11-17|Wrote to the parents of the two lads who failed yesterday.
student_talk@11-17|Had a cuppa with Chen Jie yesterday, she's homesick.
student_talk@11-17|Had Wang Hao in for a chat yesterday.
student_talk@11-17|Called Li Ming in for a word yesterday.
student_talk@11-17|Saw Zhou in my office yesterday about his resit.
student_talk@11-17|Chatted to three of the girls after the lecture yesterday.
cadre_meeting@11-17|Met the class committee over lunch yesterday.
cadre_meeting@11-17|Class committee meeting yesterday, sorted the rota.
cadre_meeting@11-17|Got the committee together yesterday to plan the party.
seminar@11-17|Sat through a two-hour advisors' training session yesterday.
seminar@11-17|Advisers' meeting at the faculty yesterday.
student_activity@11-14|Went along to the maths modelling contest with the team on Saturday.
student_activity@11-14|Took the class to the Science Museum on Saturday.
student_activity@11-14|Accompanied the class on an outing to the zoo on Saturday.
other@11-17|Took Li to the campus clinic yesterday, bad cold.
student_talk@11-17|Met a first-year yesterday, homesick.
student_talk@11-17|Checked in on the first-years in Block B yesterday.
student_talk@11-17|Met two of the second-years yesterday about their options.
student_talk@11-17|Sat with Li for half an hour yesterday.
parent_contact@11-17|Emailed home for the three absentees yesterday.
class_meeting@11-17|Spoke to the whole class yesterday about plagiarism.
class_meeting@11-17|Addressed the class yesterday about the exams.
dorm_visit@11-17|Flat inspections yesterday, two kitchens a mess.
|Met the halls warden yesterday about noise.
student_talk@11-17|Had words with Zhang yesterday about his attendance.
student_talk@11-17|Gave him a talking-to yesterday about skipping lectures.
dorm_visit@11-18|Halls this forenoon.
dorm_visit@11-18|Dorm check Weds.
dorm_visit@11-12|Dorm check Thurs.
dorm_visit@11-10|Halls check a week last Tuesday.
dorm_visit@11-17|Halls check yesternight.
dorm_visit@11-17|Visited halls Tues 17th.
dorm_visit@11-17|Halls, Tues eve.
student_talk@11-17|Caught up with a couple of final-years yesterday.
parent_contact@11-17|Spoke to Mum yesterday (Li Hua's).
student_talk@11-17|Told them off yesterday for skipping lectures.
dorm_visit@11-17|I undertook a visit to the halls of residence on Tuesday 17 November.
student_talk@11-17|I met with the student concerned on 17th November to discuss his attendance.
parent_contact@11-17|I contacted the student's parents by telephone on 17/11.
class_meeting@11-17|A class meeting took place on Tuesday; attendance was good.
classroom_visit@11-17|A teaching observation was carried out on Tuesday.
cadre_meeting@11-17|The student representatives met with me on Tuesday.
seminar@11-16|I attended the Personal Tutor Forum on Monday.
student_activity@11-14|A visit to the Science Museum was organised for the class on Saturday.
|The hall visit scheduled for Tuesday did not take place.
|The class meeting has been deferred until further notice.
|No parental contact was made this week.
dorm_visit@11-19|Will pop round halls tomorrow.
dorm_visit@11-19|Halls check pencilled in for tomorrow.
|Halls check on hold for now.
|Dorm check - didn't happen.
|Class meeting scratched.
|Was going to ring his mum but ran out of time.
|Didn't get a chance to visit the dorms yesterday.
|Couldn't get hold of his mum yesterday.
|Tried his dad yesterday, no joy.
|Rang his mum yesterday - no answer.
parent_contact@11-17|Finally got hold of his mum yesterday.
parent_contact@11-17|Got through to his dad yesterday.
dorm_visit@11-17|Halls check yesterday - sorted.
dorm_visit@11-17|Halls check yesterday, all done and dusted.
dorm_visit@11-17|Halls check ticked off yesterday.
cadre_meeting@11-17|Had a catch-up with the course reps over lunch yesterday.
cadre_meeting@11-17|Spent an hour with the class reps yesterday.
parent_contact@11-17|Chased up three parents yesterday about attendance.
parent_contact@11-17|Spoke to Mr and Mrs Li on the phone yesterday.
student_talk@11-17|Personal tutorial with two of my tutees yesterday.
student_talk@11-17|Group tutorial with my tutees yesterday.
student_talk@11-17|Welfare check on Li yesterday, she's been ill.
parent_contact@11-17|Rang his nan yesterday, she looks after him.
parent_contact@11-17|Phoned her grandad yesterday.
parent_contact@11-17|Phoned his maw yesterday (Scots).
classroom_visit@11-17|Popped into Year 2's lecture yesterday.
dorm_visit@11-17|Knocked on a few doors in halls yesterday.
dorm_visit@11-17|Popped round halls last night, all quiet.
dorm_visit@11-17|Went round the halls of residence yesterday evening.
dorm_visit@11-18|Did a walkround of the flats this evening, two rooms a tip.
dorm_visit@11-16|Monday: looked in on the lads in their digs.
dorm_visit@11-18|Room checks in halls this afternoon.
dorm_visit@11-17|Tues: hall rounds.
dorm_visit@11-13|Last Friday went round halls.
dorm_visit@11-17|Nipped round the student accommodation yesterday.
dorm_visit@11-16|Monday: accommodation block visits, all fine.
classroom_visit@11-17|Sat in on Dr Chen's lecture yesterday, 40 in the lecture theatre.
classroom_visit@11-16|Observed a seminar group on Monday.
classroom_visit@11-17|Sat in on the seminar yesterday, good discussion.
classroom_visit@11-18|Looked in on their tutorial this morning.
parent_contact@11-17|Rang Wang Fang's mum yesterday about her attendance.
parent_contact@11-17|Gave Li Lei's dad a ring yesterday.
parent_contact@11-17|Gave her mum a bell yday.
parent_contact@11-17|Gave his old man a ring yesterday.
parent_contact@11-18|Phoned home for two of them this afternoon.
parent_contact@11-18|Have rung his mum this morning.
parent_contact@11-17|Rang round the parents of the three absentees yesterday.
parent_contact@11-17|Dropped his dad a line yesterday about the resit.
parent_contact@11-17|yday: phoned mums x2
parent_contact@11-18|Parents' evening tonight, saw 12 families.
student_talk@11-17|Had a word with Zhang Wei yesterday about his absences.
student_talk@11-17|Pastoral meeting with Zhao Min yesterday.
student_talk@11-16|A pastoral meeting was held with Student A on Monday.
student_talk@11-18|Tutee meeting with Liu Yang this morning.
student_talk@11-17|Had a sit-down with Wang yesterday.
dorm_visit@11-17|Lights-out check yesterday, all in.
student_talk@11-16|Personal tutor meeting with two of my tutees on Monday.
student_talk@11-18|Had a chinwag with Chen Jie after the lecture.
student_talk@11-18|tdy 1-2-1 w/ Li
student_talk@11-17|Took her aside after class yesterday, she is struggling.
student_talk@11-18|Two freshers dropped in for a chat this afternoon.
class_meeting@11-16|Form time on Monday: went through the exam timetable.
class_meeting@11-17|Held a tutor group meeting yesterday.
class_meeting@11-17|Tues - form time, exam reminders
cadre_meeting@11-17|Met the course reps yesterday lunchtime.
cadre_meeting@11-18|Student reps meeting this afternoon, 6 attended.
cadre_meeting@11-17|17/11 reps mtg 20 mins
seminar@11-16|CPD session on student wellbeing on Monday.
seminar@11-17|INSET training yesterday afternoon.
seminar@11-17|Staff development day yesterday.
student_activity@11-17|Took the group on a trip to the British Museum yesterday.
student_activity@11-14|Class trip to Oxford on Saturday.
dorm_visit@11-16|Dorm check the night before last.
dorm_visit@11-04|Dorm check the week before last.
dorm_visit@11-19|Dorm check tomoz.
dorm_visit@11-17|Dorm check y'day.
parent_contact@11-17|Rang Liu's old dear yesterday.
parent_contact@11-17|Rang his carer yesterday.
parent_contact@11-17|Contacted his next of kin yesterday.
student_talk@11-17|Met a fresher yesterday, homesick.
cadre_meeting@11-17|Met the prefects yesterday.
student_talk@11-18|Two of my learners came to see me today.
dorm_visit@11-17|Went to the boarding house yesterday.
|Meant to pop round halls but didn't get round to it.
|Never got round to calling the parents yesterday.
|Tutor group meeting called off today.
|Parents' evening postponed till next week.
|The class meeting got scrapped yesterday.
|The class meeting is off.
|Class meeting got binned, half the class ill.
|Ran out of time for the dorm check yesterday.
|Dorm check - skipped.
|Class meeting put off till further notice.
dorm_visit@11-16|Did the residences on Monday evening.
dorm_visit@11-18|Round the residences first thing this morning to see off the early leavers.
dorm_visit@11-18|Residences round this evening with the welfare rep.
student_talk@11-18|Long natter with Chen Yuxi this afternoon, about an hour.
student_talk@11-17|Nattered with Priya yesterday about the stats track.
student_talk@11-18|A couple of natters this afternoon - Priya about the stats track, Wang Lei about his midterm.
student_activity@11-17|The Christmas do with the class last night was grand.
student_activity@11-17|New Year's do last night, stayed till ten.
""",
    "Irish": """
dorm_visit@11-13|Halls check Friday last.
dorm_visit@11-17|Halls check yesterday evening.
student_talk@11-17|Gave out to him about his attendance yesterday.
parent_contact@11-17|Rang the house yesterday, spoke to his gran.
parent_contact@11-17|Rang the mammy yesterday, she's grand.
parent_contact@11-18|Spoke to his mam on the phone today.
parent_contact@11-17|Rang his da yesterday evening.
parent_contact@11-17|Phoned her ma yesterday about the repeats.
dorm_visit@11-17|Was up at the student accommodation yesterday evening.
dorm_visit@11-17|Was round at halls yesterday, all grand.
student_talk@11-18|Had a chat with young Ciarán this morning, he's doing grand.
student_talk@11-16|Met with the lad on Monday about the repeats.
student_talk@11-17|Met the young lass yesterday about her exams.
""",
    "American": """
classroom_visit@11-17|Popped into study hall yesterday.
class_meeting@11-17|Advisory period yesterday, went over midterm grades.
|Class meeting next week, date TBC.
student_talk@11-17|Talked w/ a couple of sophomores yesterday.
dorm_visit@11-17|Made the rounds in the dorms yesterday.
parent_contact@11-17|Had a call w/ Jake's parents yesterday.
student_talk@11-17|Pulled Jake aside after class yesterday.
parent_contact@11-17|Looped in his parents yesterday.
parent_contact@11-17|Gave his mom a heads-up yesterday.
parent_contact@11-17|Reached out to Wang's parents yesterday.
parent_contact@11-17|Zoom call with Li's parents yesterday.
dorm_visit@11-17|Stopped by the res hall yesterday.
dorm_visit@11-17|Did rounds in the residence hall last night.
dorm_visit@11-16|Did room checks in the dorms on Monday.
dorm_visit@11-17|Swung by the dorms yday.
classroom_visit@11-17|Observed his 8am class yesterday.
classroom_visit@11-17|Dropped in on the Calc II lecture yesterday.
parent_contact@11-17|Called Jake's mom yesterday.
parent_contact@11-18|Touched base with the parents this morning.
parent_contact@11-16|Parent-teacher conference Monday with Lin's folks.
parent_contact@11-16|Parent conference on Monday with Lin's mother.
parent_contact@11-17|FaceTimed his dad yesterday evening.
parent_contact@11-17|Dialed her mommy yesterday.
student_talk@11-17|Touched base with Wang Hao yesterday.
student_talk@11-18|Office hours this afternoon, 3 students stopped by.
student_talk@11-17|Checked in with Maria yesterday re her grades.
student_talk@11-18|Grabbed a coffee w/ Chen this morning, he's ok.
student_talk@11-17|Advising appointment with Zhou Bo yesterday.
class_meeting@11-17|Homeroom meeting yesterday, 30 kids.
class_meeting@11-16|Class meeting Monday about midterms.
cadre_meeting@11-17|Met with the class officers yesterday.
cadre_meeting@11-16|Student council meeting Monday.
seminar@11-18|PD day today - advisor training.
seminar@11-17|Faculty development workshop yesterday.
student_activity@11-14|Field trip to the tech museum Saturday.
student_activity@11-17|Took the kids bowling yesterday.
dorm_visit@11-17|Dorm check 11/17.
dorm_visit@11-17|Dorm check on 11/17/2026.
dorm_visit@11-17|Dorm check this past Tuesday.
dorm_visit@11-20|Dorm check the day after tomorrow.
|Parent call got nixed yesterday.
|Bailed on the dorm check yesterday, too tired.
|Set up a meeting with Tom but he flaked.
|Meeting with Tom yesterday, he was a no-show.
|Dorm check bumped to next week.
parent_contact@11-17|Called her daddy yesterday.
student_talk@11-17|Pinged two students yesterday about the deadline.
""",
    "Australian and New Zealand": """
parent_contact@11-17|Rang his rellies yesterday, parents overseas.
student_talk@11-17|Had a D&M with Sarah yesterday arvo.
student_talk@11-17|Brekkie with two of my students yesterday.
dorm_visit@11-18|Went round the res this avo.
class_meeting@11-17|Class hui yesterday.
parent_contact@11-17|Whanau hui yesterday, eight families came.
student_talk@11-17|Korero with Tama yesterday about his mahi.
dorm_visit@11-18|Did a lap of the res this arvo.
dorm_visit@11-17|Dorm check yesterday arvo.
dorm_visit@11-18|Went round the dorms s'arvo.
student_talk@11-18|Had a yarn with Tom after the tute this arvo.
classroom_visit@11-17|Sat in on their tute yesterday arvo.
classroom_visit@11-17|Looked in on the chem prac yesterday.
parent_contact@11-17|Rang his folks yesterday arvo.
parent_contact@11-17|Caught up with Aroha's whanau yesterday.
parent_contact@11-17|Phoned her carers yesterday.
seminar@11-16|PD day Monday.
student_activity@11-13|Athletics carnival Friday with the class.
dorm_visit@11-17|Dorm rounds last arvo.
cadre_meeting@11-18|Committee catch up this arvo.
student_talk@11-18|Catching up with Tama after the tute.
cadre_meeting@11-18|Quick catch up with the monitor and league sec.
student_activity@11-18|Took the team to the maths comp today.
student_activity@11-18|Took a few of mine to the public lecture tonight.
class_meeting@11-20|Class meeting pushed to Fri.
""",
    "Indian": """
student_talk@11-17|Talked to two deferred students yesterday about the resits.
|Class meeting deferred to next week.
parent_contact@11-17|Parents meet conducted yesterday, 30 parents came.
class_meeting@11-17|Class meet held yesterday.
student_talk@11-17|Mentor meet with my mentees yesterday.
|Met the hostel warden yesterday about the noise.
seminar@11-16|Attended the class in-charges meeting on Monday.
parent_contact@11-17|Spoke to the parents of my ward yesterday.
parent_contact@11-17|Called my wards' parents yesterday.
student_talk@11-17|Mentor meeting with my mentees yesterday.
dorm_visit@11-17|Visited the boys hostel yesterday night, all students present.
dorm_visit@11-18|Took a round of the girls hostel today evening.
dorm_visit@11-16|Hostel visit done on Monday.
classroom_visit@11-17|Attended the 3rd period DSP class yesterday to check attendance.
parent_contact@11-17|Called the parents of 3 detained students yesterday.
parent_contact@11-17|Informed his father regarding shortage of attendance yesterday.
parent_contact@11-18|PTM conducted today, 25 parents attended.
parent_contact@11-17|Spoke to Ravi's amma over phone yesterday.
parent_contact@11-17|Whatsapped his appa yesterday.
student_talk@11-17|Interacted with the backlog students yesterday.
student_talk@11-17|Had an interaction with Priya regarding her low marks yesterday.
student_talk@11-18|Did counselling of two students today.
cadre_meeting@11-17|Meeting with CRs yesterday regarding the fest.
cadre_meeting@11-17|yest: CR meeting
cadre_meeting@11-16|Conducted a meeting with class representatives on Monday.
class_meeting@11-17|Class meeting conducted yesterday, discussed internal marks.
student_talk@11-17|Talked to his batchmates yesterday about him.
seminar@11-16|Attended FDP on outcome based education on Monday.
student_activity@11-13|Industrial visit to BHEL with the 3rd years last Friday.
student_activity@11-14|Took students for the tech fest on Saturday.
dorm_visit@11-18|Dorm check today morning.
dorm_visit@11-17|Dorm check yesterday night.
dorm_visit@11-09|Dorm check last-to-last Monday.
dorm_visit@11-04|Dorm check last to last week.
dorm_visit@11-17|Dorm check on 17-11-2026.
dorm_visit@11-17|Dorm check on 17.11.26.
|Yet to conduct the class meeting.
|Parents meeting is yet to be held.
|Parent call pending.
class_meeting@11-23|Class meeting preponed to Monday.
class_meeting@11-23|Class meeting preponed from Friday to Monday.
student_talk@11-17|Called Ravi yesterday and spoken to him about his attendance.
student_talk@11-18|Today counselling for Priya regarding her backlogs.
student_talk@11-18|Took the fresher to my office and did counselling for nearly 1 hour today.
""",
    "Singapore and Malaysian": """
student_activity@11-14|CCA with the class on Saturday.
student_activity@11-14|Class chalet on Saturday.
dorm_visit@11-18|Just now went hostel check on the boys.
dorm_visit@11-17|Ytd night go hostel walkabout.
dorm_visit@11-17|Ytd go asrama check.
dorm_visit@11-17|Ytd go kolej kediaman check.
student_talk@11-18|Teh tarik with 2 of my students just now.
student_talk@11-17|Ytd lepak with the freshies at canteen, chit chat abit.
parent_contact@11-17|Ytd call his mummy already.
cadre_meeting@11-18|Today meet the class comm.
class_meeting@11-17|Yesterday got class meeting.
student_activity@11-14|Sat bring the kids go Sentosa.
dorm_visit@11-17|Went dorm yesterday liao.
dorm_visit@11-18|Dorm check done already.
dorm_visit@11-18|Later then go hostel.
|Dorm check cannot make it today.
|I never go dorm yesterday, too busy.
""",
    "Chinese speakers": """
dorm_visit@11-17|Inspected the dormitory hygiene yesterday.
parent_contact@11-17|Made a phone call to the parents of Zhao Lei yesterday.
student_talk@11-17|Had a catch-up with Li Na yesterday.
class_meeting@11-17|Held a class assembly yesterday.
dorm_visit@11-17|Yesterday evening I went to the dormitory to check the sanitation.
dorm_visit@11-17|Checked bedroom yesterday night.
dorm_visit@11-17|Went to the student apartment yesterday.
student_talk@11-17|Yesterday I had a heart talk with Wang Fang.
student_talk@11-17|Yesterday talked heart with two students.
parent_contact@11-17|Yesterday I communicated with the parents of Li Ming by phone.
parent_contact@11-17|A telephone conversation was held with the mother of student Zhang on 17th November.
class_meeting@11-16|On Monday I held a class meeting about exam discipline.
cadre_meeting@11-17|Yesterday I convened the class cadres to discuss the party.
cadre_meeting@11-17|Yesterday called together the class committee members.
classroom_visit@11-17|Yesterday I listened to the advanced math class.
classroom_visit@11-17|Went to listen class yesterday.
student_activity@11-14|Last Saturday led students to visit the museum.
seminar@11-16|Participated in the head teacher training on Monday.
parent_contact@11-17|Yesterday contacted 3 parents by wechat.
dorm_visit@11-13|Dorm check last week Friday.
dorm_visit@11-18|Dorm check today evening.
dorm_visit@11-18|Chaqin tonight from 22:00, two lads out.
dorm_visit@11-17|Cha su last night, all present.
class_meeting@11-16|Banhui on Monday evening, 19:30 in 302.
theme_meeting@11-16|Zhuti banhui on Monday on exam integrity.
cadre_meeting@11-17|Banweihui yesterday evening.
""",
}

# Counts of people as the varieties write them: "kind@MM-DD#count|note".
COUNTS = """
parent_contact@11-17#12|Rang a dozen parents yesterday.
parent_contact@11-17#6|Rang half a dozen parents yesterday.
parent_contact@11-17#2|Rang a couple of parents yesterday.
parent_contact@11-17#3|Called parents of 3 nos. students yesterday.
student_talk@11-17#3|Talked with 3 pax yesterday about internships.
student_talk@11-17#5|Met five students yesterday.
student_talk@11-17#2|Had a word with a pair of freshers yesterday.
parent_contact@11-17#2|Phoned mum and dad yesterday.
parent_contact@11-17#2|Parents x2 yesterday.
student_talk@11-17#10|Mentor-mentee meeting yesterday with 10 mentees.
student_talk@11-17#16|Met sixteen tutees yesterday.
"""

# Words written like a variety's that keep their ordinary sense.
FALSE_FRIENDS = """
|Renewed my residence permit yesterday.
|The students do well in the lab; the class do their homework late.
|What do the freshers do at Christmas? Do they go home?
classroom_visit@11-17|Sat in on the lecture in lecture halls 2 and 3 yesterday.
classroom_visit@11-17|Checked the exam halls yesterday.
|The sports halls are closed this week.
student_activity@11-14|Field trip to Beijing on Saturday, stayed in a youth hostel.
student_talk@11-17|Talked with Li about her MA thesis yesterday.
|Thank you mam.
|He phoned home last night, his mum is fine.
|Referred her to the counselling centre yesterday.
|He was spoken to by the warden yesterday.
|Mr. Wang held a cadre meeting today; I couldn't make it.
seminar@11-17|Attended a seminar on student mental health yesterday.
|The phone rang twice during lunch.
parent_contact@11-17|Home visit yesterday, saw his bedroom at home.
|An old man asked for directions.
class_meeting@11-17|Class meeting yesterday, the students were off after that.
cadre_meeting@11-18|班委会 at lunch, discussed 评优 for this 学年 and the class trip in May
|The dog digs in the garden.
|Visited the algebra department yesterday.
|Went to the geometry conference in Shanghai yesterday.
|Exam prep talk planned.
|The committee of the faculty met yesterday.
|Caught the bus after class yesterday.
classroom_visit@11-17|Tutorial with the second-year group yesterday.
student_activity@11-17|Grabbed lunch with colleagues, then took the class to the museum yesterday.
student_talk@11-17|Talked to Li yesterday; her gran is in hospital on the ward.
|Grabbed an avo toast with colleagues.
|Pending approval from the dean.
student_activity@11-17|Took the class bowling yesterday, then a day trip planned for May.
"""


def _cases(block: str) -> list[tuple[str, list[tuple[str, str]]]]:
    cases = []
    for line in block.strip().splitlines():
        expect, text = line.split("|", 1)
        cases.append((text, sorted(tuple(item.split("@")) for item in expect.split())))  # type: ignore[misc]
    return cases


def test_counts_of_people() -> None:
    for line in COUNTS.strip().splitlines():
        expect, text = line.split("|", 1)
        got = [
            f"{a.kind}@{a.date.strftime('%m-%d')}#{a.count}"
            for a in parse_note(text, NOW).activities
        ]
        assert got == [expect], text


# The papers handed in: documents, no activity ("kind of document|period|note").
PAPERS = """
monthly_form|2026-10|Submitted the monthly record sheet for October.
monthly_form|2026-10|October's log sheet done and handed in.
monthly_form|2026-11|Filled in and returned the monthly work record.
monthly_form|2026-10|Monthly return for October was submitted.
semester_plan||Handed in the termly plan.
"""


def test_papers_are_documents() -> None:
    for line in PAPERS.strip().splitlines():
        doc, period, text = line.split("|", 2)
        result = parse_note(text, NOW)
        assert not result.activities, text
        assert [(d.doc, d.period or "") for d in result.documents] == [(doc, period)], text


def test_every_course_and_verb_is_read() -> None:
    """Each course of `COURSES` and each verb of `CLASS_VISIT_VERBS` is read in a note."""
    courses = [
        "real analysis", "analysis", "linear algebra", "algebra", "group theory", "topology",
        "differential geometry", "geometry", "calculus ii", "calc 2", "probability",
        "statistics", "stats", "stochastic processes", "numerical methods",
        "differential equations", "odes", "combinatorics", "discrete maths", "mechanics",
        "optimisation", "operations research", "mathematical logic", "linear programming",
        "cryptography",
    ]  # fmt: skip
    verbs = [
        "observed", "sat in on", "sat at the back of", "popped into", "dropped in on",
        "looked in on", "went to", "visited", "audited", "checked attendance at",
        "did an attendance check in", "took a headcount in",
    ]  # fmt: skip
    assert len(courses) == len(COURSES) and len(verbs) == len(CLASS_VISIT_VERBS)
    for course in courses:
        assert _read(f"Observed {course} yesterday.") == [("classroom_visit", "11-17")], course
    for verb in verbs:
        assert _read(f"{verb} Group Theory yesterday.") == [("classroom_visit", "11-17")], verb


def _read(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.strftime("%m-%d")) for a in parse_note(text, NOW).activities)


_VARIETY_CASES = [
    pytest.param(text, expect, id=f"{variety}: {text[:40]}")
    for variety, block in VARIETIES.items()
    for text, expect in _cases(block)
]


@pytest.mark.parametrize(("text", "expect"), _VARIETY_CASES)
def test_variety_note_is_read(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [pytest.param(t, e, id=t[:40]) for t, e in _cases(FALSE_FRIENDS)],
)
def test_false_friends_keep_their_sense(text: str, expect: list[tuple[str, str]]) -> None:
    assert _read(text) == expect


def _all_notes() -> list[str]:
    counts = [line.split("|", 1)[1] for line in COUNTS.strip().splitlines()]
    counts += [line.split("|", 2)[2] for line in PAPERS.strip().splitlines()]
    # Chinese speakers' calques and American academic English have a file of their own.
    return (
        [text for block in (*VARIETIES.values(), FALSE_FRIENDS) for text, _ in _cases(block)]
        + counts
        + test_enzh.notes()
        + test_seamandarin.notes()
        + test_enwork.notes()
        + test_euen.notes()
        + test_waen.notes()
        + test_r18c.notes()
    )


@pytest.mark.parametrize(
    "entry", [pytest.param(e, id=f"{e.variety}: {e.word[:40]}") for e in ENTRIES]
)
def test_every_table_entry_is_read(entry: object) -> None:
    """Each entry stands in some note of this file, where its context lets it fold."""
    word, _standard, _variety, before, after = entry  # type: ignore[misc]
    pattern = re.compile(f"(?<![a-z0-9']){before}(?:{word}){after}")
    notes = [n for n in _all_notes() if pattern.search(n.lower())]
    assert notes, f"no note reads {word!r}"


def test_every_variety_has_its_tables() -> None:
    varieties = {v.strip() for e in ENTRIES for v in e.variety.split(",")}
    for name in (
        "British", "Irish", "American", "Australian", "Indian", "Singapore", "Malaysian",
        "West African", "South African",
    ):  # fmt: skip
        assert name in varieties
    assert "Chinese speakers" in varieties
    assert set(TABLES) == {
        "places", "people", "verbs", "events", "papers", "days", "markers", "european"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Popped round halls", "Popped round dorms"),
        ("gave Li Lei's dad a bell", "called Li Lei's dad "),
        ("gave his old man a ring", "called his dad "),
        ("Rang the mammy", "Rang the mum"),
        ("lecture halls", "lecture halls"),
        ("a youth hostel", "a youth hostel"),
        ("her ma thesis", "her ma thesis"),
        ("he phoned home", "he phoned home"),
    ],
)
def test_fold_spells_the_standard_word(text: str, folded: str) -> None:
    assert fold_english(text) == folded
