"""The varieties of English as tables: places, people, verbs, events, papers, days, markers, courses.

An advisor writes English the way their variety does: a British personal tutor "popped round
halls" and "rang the mum", an Irish one "rang the mammy", an American "touched base with" a
student "in the res hall", an Indian class advisor went round the "hostel" and "interacted
with" the "CRs", a Singaporean's "teh tarik with" a student, an Australian's "this arvo", and a
Chinese speaker's calques of the work's words and grammar ("check bed" 查床, "check class" 查课,
"interviewed" 约谈, "class meeting cancel", "yesterday not go to dorm", "before yesterday"),
with the American academic English of years abroad ("followed up with", "town hall with the
class", "took a rain check", "TBD"). The rules of `kinds.py`, `blocking.py` and `date_forms.py` read one
standard English; the tables below name, for each variety, the words they did not read, and
spell each as the standard words they do (the way `dialects.py` spells the dialects of
Chinese), inside `normalise`, after the chat shorthand.

- `PLACES`: where students live and study (halls, hostel, res, digs, tute).
- `PEOPLE`: parents (mam, mammy, amma, folks, whanau), students (lad, freshers, batchmates)
  and the class's officers (course reps, CRs, student council).
- `VERBS`: reaching a parent or a student (touched base, gave him a bell, interacted with,
  took her aside, rung, whatsapped).
- `EVENTS`: class meetings (form time, tutor group), one-to-one talks (pastoral meeting,
  1-2-1), training (CPD, INSET, PD day, FDP) and outings (industrial visit, study tour).
- `PAPERS`: the month's record form and the term's plan (monthly return, log sheet, termly plan).
- `COURSES` and `CLASS_VISIT_VERBS`: a maths school's courses dropped in on ("observed Group
  Theory"), read by a rule of `kinds.py`.
- `DAYS`: day words (arvo, the night before last, y'day, tomoz).
- `MARKERS`: not done (never got round to, yet to, pending), cancelled (scrapped, is off),
  postponed (put off, bumped to) and the other side not coming (flaked, no-show).
- `EUROPEAN`: continental European lecturers' English: their languages' day words and
  weekdays (gestern, hier, ieri, Montag, mardi), "before three days", "the 14th of October",
  tense calques ("yesterday I have spoken", "on Friday we make"), and their words for the work
  (class speaker, Wohnheim, Klassenrat, Gespräch, further education, hospitation).

Each entry is a regex over the lower-cased note (it must start with two literal characters:
they are its key in the scan), its standard spelling (a template: ``\\1`` keeps a group), its
varieties, and where the word is ordinary English elsewhere, the `before` / `after` context
that keeps it ("lecture halls", "youth hostel", "the dog digs", "her ma thesis").
`tests/parsing/test_english_varieties.py` reads every entry in a note, per variety, and the
words that must keep their ordinary sense.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.parsing.gates import prefixes
from bot.parsing.gates import trie as _trie


class EnglishWord(NamedTuple):
    """A variety's word or phrase and the standard English the rules read."""

    word: str  # a regex over the lower-cased note, starting with two literal characters
    standard: str  # a re template (\\1 for a group of `word`)
    variety: str
    before: str = ""
    after: str = ""


# --- shared context -------------------------------------------------------------------------

# Southeast Asian Mandarin: an English or Malay word inside a Chinese note, after a Chinese
# character (a space between or not): "班会cancel了", "跟学生去makan".
_SEA_ZH = "Malaysian / Singapore Mandarin"
_IN_ZH = r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s))"

# A possessive or an article before a word for a parent: "his mam", "Li's amma", "the folks".
_OWNED = r"(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<='s\s)|(?<=\bthe\s)|(?<=\bher/his\s))"
# Halls that are no residence: "lecture halls", "the exam hall", "the sports hall".
_NOT_A_RESIDENCE = (
    "lecture",
    "exam",
    "examination",
    "sports",
    "sport",
    "dining",
    "concert",
    "town",
    "city",
    "study",
    "main",
    "assembly",
    "great",
    "entrance",
    "music",
    "banquet",
    "exhibition",
    "mess",
    "reading",
    "function",
    "seminar",
    "conference",
    "meeting",
    "prayer",
    "pool",
)
_NOT_AFTER_HALL_WORD = "".join(f"(?<!{w}\\s)" for w in _NOT_A_RESIDENCE)
# The end of a word (a variety's word is never the start of a longer one).
_END = r"(?![a-z0-9'])"
# What a thing called off is: "got scrapped", "was axed", "has been binned".
_WAS = r"(?:(?<=\bgot\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s))"
# What a Chinese speaker's word of a deed left off ("not go", "cancel", "delay") stands
# after when it says the deed did not happen: the deed's noun ("class meeting cancel", "dorm
# check not done") or a linking word ("but cancel", "was delay").
_DEED_NOUNS = (
    "meeting",
    "meetings",
    "check",
    "checks",
    "visit",
    "visits",
    "inspection",
    "talk",
    "call",
    "activity",
    "trip",
    "outing",
    "training",
    "seminar",
    "session",
    "banhui",
    "chaqin",
)
_DEED_LINKS = ("but", "so", "then", "was", "is", "were", "are", "be", "been", "got", "and")
_AFTER_A_DEED = (
    "(?:"
    + "|".join(
        [f"(?<=\\b{w}\\s)" for w in _DEED_NOUNS + _DEED_LINKS]
        + [f"(?<=\\b{w}\\s{d}\\s)" for w in _DEED_NOUNS for d in ("yesterday", "today")]
    )
    + ")"
)
# A verb after "not" or "no" that is no Chinese speaker's bare 没: "did not go", "will not call",
# "whether or not held".
_AUXILIARIES = (
    "did", "do", "does", "will", "would", "could", "should", "can", "may", "might", "must",
    "shall", "have", "has", "had", "is", "was", "are", "were", "be", "been", "why", "or", "if",
    "whether", "don't", "doesn't", "didn't", "won't",
)  # fmt: skip
_NOT_AFTER_AUXILIARY = "".join(f"(?<!\\b{w}\\s)" for w in _AUXILIARIES)
# Where a salon is the advisors' seminar (辅导员沙龙, 班主任工作沙龙), not a hair salon.
_SALON_OF = (
    "counselor", "counselors", "counselor's", "counselors'", "counsellor", "counsellors",
    "advisor", "advisors", "advisor's", "advisors'", "teacher", "teachers", "teachers'", "work",
    "exchange", "training", "academic", "sharing",
)  # fmt: skip
_AFTER_SALON_WORD = "(?:" + "|".join(f"(?<=\\b{w}\\s)" for w in _SALON_OF) + ")"
# "check class" is 查课 where a time, a place, a count or the sentence's end follows, not a
# class's list, timetable or chat group.
_CLASS_CHECK_AFTER = (
    r"(?![a-z0-9'])(?=\s*(?:$|[,.;:!(\n]|\d|(?:yesterday|today|tonight|this|last|on|in|at|during|morning"
    r"|afternoon|evening|of|for|and|with)\b))(?!\s+(?:of|for)\s+(?:the\s+)?(?:\d{4}|schedule|timetable|list"
    r"|roster|group|chat|records?|grades?|scores?|results?|photos?)\b)"
)
# "followed up with Li" (a person), not with a thing sent ("followed up with an email").
_FOLLOW_UP_AFTER = (
    r"(?![a-z0-9'])(?!\s+(?:an?\s+|the\s+|another\s+)?(?:emails?|e-mails?|messages?|texts?|notes?|letters?"
    r"|reminders?|forms?|calls?|documents?|reports?)\b)"
)
# A West African lodge (a private hostel off campus) by its owner: "the lodge", "their
# lodges", "off-campus lodges" (not "to lodge a complaint", "the porters' lodge").
_LODGE_OWNER = (
    "(?:"
    + "|".join(
        f"(?<=\\b{w}\\s)"
        for w in (
            "the", "their", "his", "her", "our", "students'", "student", "off-campus", "private",
            "various", "different", "some", "boys'", "girls'", "female", "male",
        )
    )
    + ")"
)  # fmt: skip
# Whom a European's "consultation with" or "discussion with" speaks with when it is a talk the
# advisor had: a student, a parent, a name; not a doctor's, a lawyer's or the dean's.
_NOT_A_PROFESSIONAL = (
    r"(?!\s+(?:the\s+|my\s+|a\s+|our\s+|his\s+|her\s+)?(?:doctors?|dr\b|dentist|physician|lawyer"
    r"|dean|hr|tax|insurance|hospital|clinic|colleagues?|supervisor|head|director|bank|landlord"
    r"|company|companies|publisher|editor|ministry|experts?)\b)"
)
# The class's students as a body after "discussion with" ("held a discussion with my students
# on internships": a class meeting, read by `kinds`); not a number of them ("with two
# students": a talk) or some told apart ("with the students who failed").
_NOT_THE_STUDENTS_AS_A_BODY = (
    r"(?!\s+(?:the|my|our)\s+(?:whole\s+|entire\s+)?students\b(?!\s+(?:who|that|whose|of)\b))"
)
# A talk that is no student's or parent's: with the HOD, the staff, the management.
_NOT_STAFF = (
    r"(?!\s+(?:the\s+|my\s+|our\s+)?(?:hod|h\.o\.d|management|staff|lecturers?|provost|registrar"
    r"|bursar|vc|level\s+coordinator|exam\s+officer)\b)"
)
# "TBD" of the deed's day, not of a detail of it ("topic TBD", "room to be confirmed").
_NOT_AFTER_A_DETAIL = "".join(
    f"(?<!\\b{w}\\s)"
    for w in (
        # Its day or time undecided is read by `blocking` ("date TBC", "time to be decided").
        *("date", "day", "time"),
        *("topic", "topics", "agenda", "venue", "room", "location", "place", "speaker"),
        *("details", "theme", "content", "host"),
    )
)
# The holidays an English note names as a day (date_forms' `en_holiday` reads them).
_HOLIDAYS = (
    r"(mid-?\s?autumn(?:\s+festival)?|christmas(?:\s+eve)?|xmas(?:\s+eve)?|national\s+day|new\s+year'?s?\s+(?:day|eve)"
    r"|teachers'?\s+day|(?:chinese|lunar)\s+new\s+year|spring\s+festival|dragon\s+boat\s+festival"
    r"|lantern\s+festival|qingming(?:\s+festival)?|labou?r\s+day|may\s+day|winter\s+solstice)"
)
_WEEKDAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"

# --- the tables -------------------------------------------------------------------------------

#: Where the students live and study.
PLACES: tuple[EnglishWord, ...] = (
    # British "in halls", "popped round halls": the halls of residence (not a lecture hall).
    EnglishWord(
        r"halls",
        "dorms",
        "British, Irish",
        before=_NOT_AFTER_HALL_WORD,
        # Not the halls' staff or bills: "the halls warden", "halls fees".
        after=r"(?!\s+of\s+residence)(?!\s+(?:warden|manager|staff|office|reception|team|fees|rent|porter))"
        + _END,
    ),
    # American and Canadian: the res hall, "in res", "the rez".
    EnglishWord(r"res(?:idence)?\s+halls?", "dorm", "American, Canadian", after=_END),
    EnglishWord(r"hall\s+(rounds?|checks?|visits?|walks?)", r"dorm \1", "British", after=_END),
    EnglishWord(
        r"re[sz]",
        "dorm",
        "Canadian, South African",
        before=r"(?:(?<=\bin\s)|(?<=\bthe\s)|(?<=\bto\s)|(?<=\bat\s)|(?<=\bround\s))",
        after=r"(?![a-z0-9'.:/])",
    ),
    # Indian, Singapore, Malaysian, Nigerian: the hostel (not a youth hostel on a trip).
    EnglishWord(
        r"hostels?",
        "dorm",
        "Indian, Singapore, Malaysian, West African, East African",
        before=r"(?<!youth\s)",
        # Not the hostel's staff or bills: "the hostel warden", "hostel fees".
        after=r"(?!\s+(?:warden|superintendent|fees?|office|staff|manager|admissions?|allotment|porters?"
        r"|master|mistress|officers?|management)\b)" + _END,
    ),
    # British boarding "evening prep": the supervised evening study.
    EnglishWord(r"evening\s+prep", "evening self-study", "British", after=_END),
    # American "study hall": the supervised study period (evening self-study).
    EnglishWord(r"study\s+hall", "self-study", "American", after=_END),
    EnglishWord(r"asrama", "dorm", "Malaysian", after=_END),
    EnglishWord(r"kolej\s+kediaman", "dorm", "Malaysian", after=_END),
    EnglishWord(r"boarding\s+houses?", "dorm", "British, Indian", after=_END),
    # "the boys' block", "the girls' floors": where the students live.
    EnglishWord(
        r"(?:boys|girls|lads|men|women)'?s?'?\s+(?:blocks?|buildings?|floors?|corridors?|wings?)",
        "dorms",
        "British, American",
        after=_END,
    ),
    # "did the evening rounds", "night rounds" (not a hospital's ward rounds).
    EnglishWord(
        r"(?:evening|night|nightly|bedtime|late|room)\s+(rounds?)",
        r"dorm \1",
        "British, Indian",
        before=r"(?<!\bward\s)",
        after=_END,
    ),
    # British student accommodation: "the flats", "student housing", "their digs".
    EnglishWord(
        r"student\s+(?:accommodation|housing|flats|residences?|village)",
        "dorms",
        "British, Australian",
        after=_END,
    ),
    EnglishWord(r"accommodation\s+blocks?", "dorms", "British", after=_END),
    EnglishWord(
        r"flat\s+(inspections?|checks?|visits?|rounds?)", r"dorm \1", "British", after=_END
    ),
    EnglishWord(
        r"flats",
        "dorms",
        "British",
        before=r"(?:(?<=\bthe\s)|(?<=\btheir\s))",
        after=r"(?!\s+(?:of|in)\b)" + _END,
    ),
    EnglishWord(
        r"digs",
        "dorm",
        "British, Irish",
        before=r"(?:(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bthe\s)|(?<=\bin\s))",
        after=_END,
    ),
    # Australian "tute", British "seminar group": a class taught in a small group.
    EnglishWord(r"tutes?", "tutorial", "Australian, New Zealand", after=_END),
    EnglishWord(r"seminar\s+(?:groups?|class(?:es)?)", "tutorial", "British", after=_END),
    # "observed a seminar", "sat in on the seminar": the British seminar is a class taught.
    EnglishWord(
        r"seminar",
        "tutorial",
        "British",
        before=r"(?:(?<=\bobserved\s)|(?<=\bobserved\sa\s)|(?<=\bobserved\sthe\s)|(?<=\bsat\sin\son\s)"
        r"|(?<=\bin\son\sa\s)|(?<=\bin\son\sthe\s)|(?<=\bin\son\stheir\s)|(?<=\bin\son\shis\s)"
        r"|(?<=\bin\son\sher\s))",
        after=_END,
    ),
    EnglishWord(r"pracs?", "lab tutorial", "Australian", after=_END),
    # Where a sick student is taken: A&E, the GP, the sick bay.
    EnglishWord(r"a&e|a\s+and\s+e", "hospital", "British", after=r"(?![a-z0-9])"),
    EnglishWord(
        r"gp",
        "doctor",
        "British",
        before=r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bher\s)|(?<=\bhis\s))",
        after=_END,
    ),
    EnglishWord(r"sick\s+bay|walk-in\s+cent(?:re|er)", "clinic", "British", after=_END),
    # Chinese speakers' 寝室 and 公寓: the bedroom, the student apartment (not a home's bedroom).
    EnglishWord(
        r"bedrooms?",
        "dorm",
        "Chinese speakers",
        before=r"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bown\s)",
        after=r"(?![a-z0-9'])(?![^,.;!?]{0,12}\b(?:at|in)\s+(?:home|his\s+home|her\s+home))",
    ),
    EnglishWord(r"student\s+apartments?", "dorms", "Chinese speakers", after=_END),
    # British "did the residences", "round the residences", "residences round": the halls of
    # residence (the plural only: "a residence permit" is no hall).
    EnglishWord(r"residences", "dorms", "British", before=r"(?<!\bstudent\s)", after=_END),
    # Chinese speakers' pinyin loanwords inside an English note (too few to be read as a pinyin
    # note): 查寝 chaqin, 查宿 chasu, 班会 banhui, 主题班会 zhuti banhui, 班委会 banweihui.
    EnglishWord(r"cha\s?(?:qin|su)", "dorm check", "Chinese speakers (pinyin)", after=_END),
    EnglishWord(r"zhuti\s+banhui", "theme meeting", "Chinese speakers (pinyin)", after=_END),
    EnglishWord(r"ban\s?hui", "class meeting", "Chinese speakers (pinyin)", after=_END),
    EnglishWord(r"ban\s?wei\s?hui", "class reps meeting", "Chinese speakers (pinyin)", after=_END),
    # Chinese speakers' 公寓 and 宿舍楼: "went to the apartments", "the apartment building" (not
    # the advisor's own: "my apartment").
    EnglishWord(
        r"apartments",
        "dorms",
        "Chinese speakers",
        before=r"(?:(?<=\bthe\s)|(?<=\bstudents'\s)|(?<=\bboys'\s)|(?<=\bgirls'\s))",
        after=_END,
    ),
    # West African (Nigerian, Ghanaian): students off campus live in lodges, private hostels
    # ("visited the lodge", "the students' lodges", "off-campus lodges", "lodge visit"); not a
    # complaint lodged ("lodge a complaint"), the porters' lodge or a safari lodge on a trip.
    EnglishWord(
        r"lodges?",
        "dorm",
        "West African",
        before=_LODGE_OWNER,
        after=_END + r"(?!\s+(?:an?|the|complaints?|appeals?|reports?|petitions?)\b)",
    ),
    EnglishWord(
        r"lodge\s+(visits?|checks?|inspections?|rounds?)", r"dorm \1", "West African", after=_END
    ),
    EnglishWord(
        r"apartment\s+(buildings?|blocks?|areas?)",
        r"dorm \1",
        "Chinese speakers",
        before=r"(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bstudent\s)",
        after=_END,
    ),
    # Ghanaian: the students' hall of residence by their own name, "their hall", "the
    # students' hall" (not a hall's tutor, master or week, nor a lecture hall).
    EnglishWord(
        r"hall",
        "dorm",
        "Ghanaian",
        before=r"(?:(?<=\btheir\s)|(?<=\bstudents'\s)|(?<=\bhis\s)|(?<=\bher\s))",
        after=_END
        + r"(?!\s+(?:tutors?|masters?|mistress|week|porters?|managers?|officers?|fees|dues)\b)",
    ),
)

#: Parents, students and the class's officers.
PEOPLE: tuple[EnglishWord, ...] = (
    # Australian and British "20 of mine", "a few of mine": the advisor's students.
    EnglishWord(
        r"of\s+mine",
        "of my students",
        "Australian, British",
        before="(?:(?<=\\d\\s)|"
        + "|".join(
            f"(?<=\\b{w}\\s)"
            for w in (
                "two",
                "three",
                "four",
                "five",
                "six",
                "ten",
                "dozen",
                "few",
                "couple",
                "some",
                "several",
            )
        )
        + ")",
        after=_END,
    ),
    # Irish and northern English: mam, mammy; Scots maw.
    EnglishWord(r"mammy", "mum", "Irish", after=_END),
    EnglishWord(r"mam", "mum", "Irish, northern English, Welsh", before=_OWNED, after=_END),
    EnglishWord(r"mummy|mommy|momma|mamma|mama", "mum", "British, American, Indian", after=_END),
    # Not her MA: "her ma thesis", "his ma in finance".
    EnglishWord(
        r"ma",
        "mum",
        "Irish, American",
        before=_OWNED,
        after=r"(?![a-z0-9'.])(?!\s+(?:thesis|degree|course|program|programme|student|in\b|dissertation"
        r"|application|studies|supervisor))",
    ),
    EnglishWord(r"daddy|papa|pappa", "dad", "British, American, Indian", after=_END),
    EnglishWord(r"da", "dad", "Irish, Scots", before=_OWNED, after=r"(?![a-z0-9'.])"),
    # Indian and Malaysian words for a mother and a father, after his / her / the.
    EnglishWord(
        r"amma|ammi|maa|ibu|emak|mak", "mum", "Indian, Malaysian", before=_OWNED, after=_END
    ),
    EnglishWord(
        r"appa|abbu|abba|pitaji|ayah|bapa|baba",
        "dad",
        "Indian, Malaysian",
        before=_OWNED,
        after=_END,
    ),
    # Malaysian and Singapore Mandarin: "parents" after 的 is 家长, so a count before it is
    # read as in Chinese ("其中两个的parents我也拿电话讲了": two parents).
    EnglishWord(r"parents?", "家长", _SEA_ZH, before=r"(?:(?<=的)|(?<=的\s))", after=_END),
    # A parent named, then who they are set off by commas: "Mrs Gupta, Rahul's mother, called me",
    # "rang Mr Li, Wei's dad, this morning" (class: a parent by name and relation) read as the
    # relation alone.
    *(
        EnglishWord(
            title + r"\.?\s+[a-z]+(?:\s+[a-z]+)?,\s+([a-z]+(?:\s+[a-z]+)?'s\s+(?:mother|mum|mom"
            r"|father|dad|parents?|guardian|grandmother|grandfather|grandma|grandpa)),",
            r"\1",
            "British, American, Indian",
            before=r"(?<![a-z])",
        )
        for title in ("mrs?", "ms")
    ),
    # A tally's plurals: "phoned mums x2", "rang 3 dads".
    EnglishWord(r"mums|moms|mams|dads", "parents", "British, American", after=_END),
    EnglishWord(r"old\s+man", "dad", "British, Australian", before=_OWNED, after=_END),
    EnglishWord(r"old\s+(?:lady|dear)", "mum", "British, Australian", before=_OWNED, after=_END),
    EnglishWord(r"maw", "mum", "Scots", before=_OWNED, after=_END),
    EnglishWord(
        r"gran|granny|nan|nana|nanna",
        "grandmother",
        "British, Australian",
        before=_OWNED,
        after=_END,
    ),
    EnglishWord(
        r"grandad|granda|grandpa|gramps", "grandfather", "British, Irish", before=_OWNED, after=_END
    ),
    # "spoke to Mr and Mrs Li": a student's parents by their names.
    EnglishWord(
        r"mr\.?\s+(?:and|&)\s+mrs\.?\s+([a-z]+)", r"\1's parents", "British, American", after=_END
    ),
    # Indian "my ward": the student in the advisor's care (not a hospital's ward).
    EnglishWord(
        r"wards'?",
        "students",
        "Indian",
        before=r"(?:(?<=\bmy\s)|(?<=\bour\s))",
        after=_END,
    ),
    EnglishWord(r"ward", "student", "Indian", before=r"(?:(?<=\bmy\s)|(?<=\bour\s))", after=_END),
    EnglishWord(r"rellies|rellos", "family", "Australian", before=_OWNED, after=_END),
    EnglishWord(r"folks", "parents", "American", before=_OWNED, after=_END),
    # West African "called his people": his family (not "people skills", "his people's
    # culture").
    EnglishWord(
        r"people",
        "family",
        "West African",
        before=r"(?:(?<=\bhis\s)|(?<=\bher\s))",
        after=_END + r"(?!\s+(?:skills?|management|person)\b)",
    ),
    EnglishWord(r"wh[aā]nau", "family", "New Zealand", after=_END),
    EnglishWord(r"care(?:giver|r)s", "guardians", "British, Australian", after=_END),
    EnglishWord(r"care(?:giver|r)", "guardian", "British, Australian", before=_OWNED, after=_END),
    EnglishWord(r"next\s+of\s+kin", "family", "British, Indian", after=_END),
    # Students: the lad, the lass, freshers, batchmates.
    EnglishWord(
        r"lad", "student", "British, Irish", before=r"(?:(?<=\bthe\s)|(?<=\byoung\s))", after=_END
    ),
    EnglishWord(
        r"lass(?:ie)?",
        "student",
        "British, Scots",
        before=r"(?:(?<=\bthe\s)|(?<=\byoung\s))",
        after=_END,
    ),
    EnglishWord(r"freshers|freshies", "freshmen", "British, Singapore, Australian", after=_END),
    EnglishWord(r"fresher", "freshman", "British", after=_END),
    # British and Irish students by their year: "the first-years", "two final-years".
    EnglishWord(r"(?:first|1st)[- ]years|year[- ]ones", "freshmen", "British, Irish", after=_END),
    EnglishWord(r"(?:second|2nd)[- ]years", "sophomores", "British, Irish", after=_END),
    EnglishWord(r"(?:third|3rd)[- ]years", "juniors", "British, Irish", after=_END),
    EnglishWord(
        r"(?:final|fourth|4th)[- ]years|finalists", "seniors", "British, Irish", after=_END
    ),
    EnglishWord(
        r"(?:first|1st)[- ]year",
        "freshman",
        "British, Irish",
        before=r"(?:(?<=\ba\s)|(?<=\bone\s))",
        after=_END,
    ),
    EnglishWord(r"batchmates", "classmates", "Indian", after=_END),
    EnglishWord(r"learners", "students", "South African, British", after=_END),
    # South African "the learner" (a school's pupil; a university's student in the same
    # English): not a learner driver, an adult or a language learner.
    EnglishWord(
        r"learner",
        "student",
        "South African",
        before=r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bone\s)|(?<=\bmy\s)|(?<=\bthis\s)|(?<=\bthat\s))",
        after=_END + r"(?!\s+(?:drivers?|permit|licen[cs]e|plates?)\b)",
    ),
    EnglishWord(r"tutor\s+group|form\s+group|form\s+class", "class", "British", after=_END),
    # The class's officers: course reps, student reps, CRs, the student council.
    EnglishWord(
        r"(?:course|student|year|programme|program|class)\s+(?:reps|representatives)",
        "class reps",
        "British, Australian, Indian",
        after=_END,
    ),
    EnglishWord(r"crs", "class reps", "Indian", after=_END),
    # "CR meeting", "reps mtg": the officers by their short name before a meeting.
    EnglishWord(r"cr", "class rep", "Indian", after=r"(?=\s+(?:meeting|and)\b)"),
    EnglishWord(
        r"reps", "class reps", "British", before=r"(?<!\bclass\s)", after=r"(?=\s+meetings?\b)"
    ),
    EnglishWord(
        r"student(?:s'?)?\s+(?:council|committee)|class\s+council|src",
        "class committee",
        "American, British, Singapore",
        after=_END,
    ),
    EnglishWord(r"class\s+comm", "class committee", "Singapore, Malaysian", after=_END),
    # Indian "3 nos. students", Singapore and Malaysian "3 pax": a count of people.
    EnglishWord(r"nos\.?", "", "Indian", before=r"(?<=\d\s)", after=r"(?=\s+(?:of\s+)?[a-z])"),
    EnglishWord(
        r"pax", "people", "Singapore, Malaysian", before=r"(?:(?<=\d\s)|(?<=\d))", after=_END
    ),
    # The advisor's own role by its varieties' names: the British personal tutor, form and year
    # tutor, the Indian class in-charge ("the personal tutors' forum" is the advisors').
    EnglishWord(
        r"(?:personal(?:\s+academic)?|class|year|form)\s+tutor(s'|s|'s)?",
        r"advisor\1",
        "British, Irish",
        after=_END,
    ),
    EnglishWord(r"class\s+in-?\s?charge(s)?", r"class advisor\1", "Indian", after=_END),
    # "met the committee": the class's, in an advisor's note.
    EnglishWord(
        r"committee",
        "class committee",
        "British",
        before=r"(?:(?<=\bmet\sthe\s)|(?<=\bwith\sthe\s)|(?<=\bmeeting\sthe\s))",
        after=r"(?!\s+(?:of|for|on)\b)" + _END,
    ),
    EnglishWord(r"year\s+group", "class", "British", after=_END),
    EnglishWord(r"prefects", "class officers", "British, Indian, Singapore", after=_END),
    # Chinese speakers' names of the class's officers: 班长 "squad leader", 团支书 "Youth League
    # secretary", 学委 "study commissary", 生活委员 "life committee member".
    EnglishWord(r"squad\s+leader(s?)", r"class monitor\1", "Chinese speakers", after=_END),
    # Australian and chat "league sec", "the sec": the league branch's secretary.
    EnglishWord(r"league\s+sec", "league secretary", "Australian, chat", after=_END),
    EnglishWord(
        r"(?:communist\s+)?youth\s+league\s+(?:branch\s+)?secretar(?:y|ies)|cyl\s+(?:branch\s+)?secretar(?:y|ies)",
        "league secretary",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"(?:study|studies|learning|life|living|sports|publicity|propaganda|organi[sz]ation|psychological"
        r"|mental\s+health|labou?r|arts?|entertainment|security|safety|discipline)\s+"
        r"(?:committee\s+member|commissary|commissioner)(s?)",
        r"committee member\1",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"commissar(?:y|ies)\s+in\s+charge\s+of\s+[a-z]+",
        "committee member",
        "Chinese speakers",
        after=_END,
    ),
    # West African: the class governor (a Nigerian class's monitor), the course rep, the class
    # executives or excos (its elected officers).
    EnglishWord(r"class\s+governors", "class reps", "West African", after=_END),
    EnglishWord(r"class\s+governor", "class monitor", "West African", after=_END),
    EnglishWord(r"course\s+rep", "class rep", "West African", after=_END),
    EnglishWord(
        r"class\s+(?:executives|excos?)|excos",
        "class reps",
        "West African",
        after=_END,
    ),
    EnglishWord(
        r"executives?\s+(meetings?)",
        r"class reps \1",
        "West African",
        before=r"(?<!\bcompany\s)(?<!\bbusiness\s)(?<!\bchief\s)",
        after=_END,
    ),
)

#: Reaching a parent or a student.
VERBS: tuple[EnglishWord, ...] = (
    # Malaysian and Singapore Mandarin: "update家长" is to tell a parent how things are
    # (联系); Malay "makan" is a meal (跟学生去makan; English "makan with them" is a rule of
    # `kinds.py`), "jalan jalan" a stroll, "tapau" a takeaway.
    EnglishWord(
        r"update(?:d)?",
        "联系",
        _SEA_ZH,
        before=_IN_ZH,
        after=r"(?=\s*(?:了\s*)?(?:家长|parents?\b|[他她]的?(?:爸|妈|家长|家人)|阿[\u4e00-\u9fff]))",
    ),
    # … and with the parent before it: "也跟他妈妈update了" (class: the parent told first, the
    # loan's object fronted); only as the clause's deed (了 or the clause's end after it), not
    # "家长update了地址".
    EnglishWord(
        r"update(?:d)?",
        "联系",
        _SEA_ZH,
        before=r"(?:(?<=家长)|(?<=家长\s)|(?<=家人)|(?<=父母)|(?<=[爸妈])|(?<=[爸妈]\s)|(?<=parents\s))",
        after=r"(?=\s*了?\s*(?:$|[,.;!?，。；！？]|lah\b|lor\b|liao\b|already\b))",
    ),
    EnglishWord(r"makan", "吃饭", _SEA_ZH, before=_IN_ZH, after=r"(?!\s*with\b)(?![a-z])"),
    EnglishWord(r"jalan[\s-]?jalan", "逛逛", _SEA_ZH, before=_IN_ZH, after=_END),
    EnglishWord(r"tapau", "打包", _SEA_ZH, before=_IN_ZH, after=_END),
    EnglishWord(r"touch(ed|ing)?\s+base\s+with", r"talk\1 with", "American", after=_END),
    # "gave his dad a bell", "gave her a buzz": phoned.
    EnglishWord(
        r"gave\s+((?:[\w']+\s+){1,3}?)an?\s+(?:bell|buzz|tinkle|shout|ring|call)",
        r"called \1",
        "British, American",
        after=_END,
    ),
    EnglishWord(r"rung", "called", "British", after=_END),
    EnglishWord(r"chased(?:\s+up)?", "contacted", "British", after=_END),
    # A student had in, called in or seen in the office for a word: "had Wang Hao in for a
    # chat", "called Li in for a word", "saw Zhou in my office".
    EnglishWord(
        # Up to six words: "had both 412 lads plus their roommate in for a chat".
        r"(?:had|called|asked|got)\s+((?:[\w']+\s+){1,6}?)(?:in|round|over)\s+for\s+an?\s+"
        r"(?:chat|word|talk|catch-?up|natter|cuppa|cup\s+of\s+tea)",
        r"had a chat with \1",
        "British",
        after=_END,
    ),
    EnglishWord(
        r"saw\s+((?:[\w']+\s+){1,3}?)in\s+(?:my\s+)?(?:office(?:\s+hours)?|surgery|drop-in)",
        r"had a chat with \1",
        "British, American",
        after=_END,
    ),
    # "got the committee together": called it together.
    EnglishWord(
        r"got\s+(the\s+(?:class\s+)?(?:committee|reps|cadres|officers|class\s+officers))\s+together",
        r"called together \1",
        "British",
        after=_END,
    ),
    # "popped my head round the door of the Topology class": dropped in on it.
    EnglishWord(
        r"(?:popped|stuck|put)\s+my\s+head\s+(?:round|around|in(?:to)?)\s+(?:the\s+)?door(?:\s+of)?",
        "dropped in on",
        "British",
        after=_END,
    ),
    # "had a wander round the boys' block": went round it.
    EnglishWord(
        r"had\s+a\s+(?:wander|walk|look|nose|mooch|stroll)\s+(round|around|through)",
        r"went \1",
        "British",
        after=_END,
    ),
    # "made a call home for Li", "two calls home": the family phoned.
    EnglishWord(r"(calls?)\s+home", r"\1 to the parents", "British", after=_END),
    # A student caught or grabbed for a word: "caught Zhang after the lecture", "grabbed Li
    # for five minutes".
    EnglishWord(
        r"caught\s+(?!(?:the|a|an|my|up|it|sight|out|on|fire|cold|covid|flu)\b)([a-z]+)\s+"
        r"(?=after\s+(?:the\s+)?(?:class|lecture|lesson|tutorial|seminar|meeting)|for\s+a\s+(?:quick\s+)?(?:word|chat))",
        r"had a word with \1 ",
        "British",
    ),
    EnglishWord(
        r"grabbed\s+(?!(?:a|an|the|some|lunch|coffee|dinner|breakfast|tea)\b)([a-z]+)\s+for\s+"
        r"(?=(?:a\s+|an\s+)?(?:few\s+|five\s+|ten\s+|couple\s+of\s+|\d+\s*)?(?:minutes?|mins?|moment|word|chat|quick))",
        r"had a word with \1 for ",
        "British, American",
    ),
    # "finally got hold of his mum", "got through to his dad": reached.
    EnglishWord(
        r"(?:got|get|getting)\s+(?:hold\s+of|through\s+to)", "reached", "British", after=_END
    ),
    EnglishWord(r"heard\s+back\s+from", "spoke with", "British, American", after=_END),
    EnglishWord(r"looped\s+in", "informed", "American", after=_END),
    EnglishWord(
        r"gave\s+((?:[\w']+\s+){1,3}?)an?\s+heads[- ]?up", r"informed \1", "American", after=_END
    ),
    # "gave him a talking-to", "told them off": spoken to about something.
    EnglishWord(
        r"gave\s+((?:[\w']+\s+){1,2}?)an?\s+(?:talking-?to|telling-?off|pep\s+talk|dressing-?down|rollicking|ticking-?off)",
        r"talked with \1",
        "British",
        after=_END,
    ),
    EnglishWord(r"told\s+((?:[\w']+\s+){1,2}?)off", r"talked with \1", "British", after=_END),
    EnglishWord(r"had\s+words\s+with", "had a word with", "British", after=_END),
    EnglishWord(r"sat\s+with", "sat down with", "British, American", after=_END),
    # Irish "gave out to him": told him off.
    EnglishWord(r"gave\s+out\s+to", "talked to", "Irish", after=_END),
    EnglishWord(
        r"(?:rang|phoned|called)\s+the\s+house", "called the parents", "Irish, British", after=_END
    ),
    EnglishWord(
        r"(?:welfare|wellbeing|well-being)\s+(?:check|call)\s+(?:on|to|with)",
        "checked in with",
        "British",
        after=_END,
    ),
    # Australian "a D&M" (a deep and meaningful talk), "brekkie"; New Zealand "kōrero".
    EnglishWord(r"d&m", "heart-to-heart", "Australian", after=r"(?![a-z0-9])"),
    EnglishWord(r"(?:had\s+)?brekkie\s+with", "had breakfast with", "Australian", after=_END),
    EnglishWord(r"k[oō]rero\s+with", "talked with", "New Zealand", after=_END),
    EnglishWord(r"rang\s+(?:a)?round", "called", "British", after=_END),
    EnglishWord(r"dial(?:l)?ed", "called", "British, American", after=_END),
    EnglishWord(r"whatsapp(?:ed|'d)|wa'd", "messaged", "Indian, British, Singapore", after=_END),
    EnglishWord(r"pinged", "messaged", "American, Singapore", after=_END),
    EnglishWord(r"face-?timed|skyped", "video called", "American, British", after=_END),
    # "dropped his mum a line": wrote to.
    EnglishWord(
        r"dropped\s+((?:[\w']+\s+){1,3}?)an?\s+(?:line|note|email|e-mail|message|text)",
        r"messaged \1",
        "British",
        after=_END,
    ),
    # The student's home phoned: "phoned home for two of them" (not "he phoned home").
    EnglishWord(
        r"(phoned|rang|called|emailed|e-mailed|texted|messaged|wrote\s+to|wrote)\s+home",
        r"\1 the parents",
        "British, Irish",
        before=r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwho\s)(?<!\bto\s)",
        after=_END,
    ),
    # Taking students somewhere: "escorted the students to", "ferried the team to".
    EnglishWord(
        r"escorted|shepherded|ferried|marched|herded", "took", "British, American", after=_END
    ),
    EnglishWord(r"chaperon(?:e)?d", "accompanied", "American", after=_END),
    # "took her aside after class", "pulled Wang aside": spoken to alone.
    EnglishWord(
        r"(?:took|pulled|called|drew)\s+((?:[\w']+\s+){1,2}?)aside",
        r"talked with \1",
        "British, American",
        after=_END,
    ),
    # Indian English: "interacted with", "had an interaction with", "did counselling of".
    EnglishWord(r"interact(ed|ing)?\s+with", r"talk\1 with", "Indian", after=_END),
    EnglishWord(r"had\s+(?:an?\s+)?interactions?\s+with", "talked with", "Indian", after=_END),
    # The participle for the past with no "have": "called Li Hao and spoken to him also" (not
    # "have spoken", "was spoken to", "to be spoken to").
    EnglishWord(
        r"spoken",
        "spoke",
        "Indian",
        before=r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!'ve\s)(?<!\bbeen\s)(?<!\bbe\s)"
        r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgot\s)",
        after=r"(?=\s+(?:to|with)\b)",
    ),
    # "did counselling for nearly 1 hour": the "for" of a length stays the length's.
    EnglishWord(
        r"did\s+(?:the\s+|some\s+)?counsell?ing(?:\s+(?:of|for)(?!\s+(?:about|nearly|around|almost|over"
        r"|half|an?\s+hour|one\s+hour|\d)))?",
        "counselled",
        "Indian",
        after=_END,
    ),
    # The noun as a deed heading its clause: "Today counselling for Zhou Yu for 1 hour",
    # "Evening: counselling of two hostellers" (not "referred her to counselling for",
    # "a workshop on counselling for advisors", "counselling centre").
    EnglishWord(
        r"counsell?ing\s+(?:of|for|to)",
        "counselled",
        "Indian",
        before=r"(?:(?<=^)|(?<=[.;:,\n(])|(?<=[.;:,\n]\s)|(?<=\btoday\s)|(?<=\byesterday\s)"
        r"|(?<=\bmorning\s)|(?<=\bafternoon\s)|(?<=\bevening\s)|(?<=\bnight\s)|(?<=\band\s)"
        r"|(?<=\balso\s)|(?<=\bthen\s))",
        after=r"(?!\s+(?:the\s+|all\s+|new\s+|our\s+)?(?:staff|faculty|teachers|advis[oe]rs|counsell?ors"
        r"|colleagues|parents)\b)(?!\s+(?:about|nearly|around|almost|over|half|an?\s+hour|\d))"
        # Nor the noun as a subject: "Counselling for freshers is arranged by the college".
        r"(?![^.;!?\n]{0,40}?\b(?:is|are|was|were|will|has|have|had|being|to\s+be)\b)",
    ),
    # Australian and British "catching up with" a student is a catch-up; "a quick catch up", a
    # "committee catch up" the noun written apart (not "to catch up on marking").
    EnglishWord(r"catching\s+up\s+with", "catch-up with", "Australian, British", after=_END),
    EnglishWord(
        r"catch\s+up(s?)",
        r"catch-up\1",
        "Australian, British",
        before=r"(?:(?<=\ba\s)|(?<=\bquick\s)|(?<=\bbrief\s)|(?<=\bshort\s)|(?<=\bproper\s)"
        r"|(?<=\bcommittee\s)|(?<=\bfortnightly\s)|(?<=\bweekly\s)|(?<=\bmonthly\s))",
        after=_END + r"(?!\s+on\b)",
    ),
    # Australian "a yarn", Singapore and Malaysian "teh tarik", "kopi" and "lepak with".
    EnglishWord(r"yarn\s+with", "chat with", "Australian", before=r"(?<=\ba\s)", after=_END),
    EnglishWord(
        r"(?:had\s+)?(?:teh\s+tarik|kopi|teh)\s+with",
        "had coffee with",
        "Singapore, Malaysian",
        after=_END,
    ),
    # American "grabbed a coffee with him": had one.
    EnglishWord(
        r"grabb(?:ed|ing)\s+((?:a\s+)?(?:coffee|lunch|tea|dinner|breakfast|bite|meal|drink|boba|bubble\s+tea))",
        r"had \1",
        "American, Australian",
        after=r"(?=\s+(?:with\b|w/))",
    ),
    EnglishWord(r"lepak(?:ed)?\s+with", "chatted with", "Singapore, Malaysian", after=_END),
    # Singapore and Malaysian "bring the kids go Sentosa": took them to a place.
    EnglishWord(
        r"(?:bring|brought|bringing)\s+((?:the\s+|my\s+|our\s+|all\s+the\s+)?(?:kids|students|class|freshmen|freshies|them))"
        r"\s+go\s+(?!back\b|home\b)",
        r"took \1 to ",
        "Singapore, Malaysian",
    ),
    # Chinese speakers' 谈心: "talked heart with", "chat heart to heart with".
    EnglishWord(
        r"(?:talk|talked|chat|chatted)\s+heart(?:\s+to\s+heart)?\s+(?=with\b|to\b)",
        "had a heart-to-heart ",
        "Chinese speakers",
    ),
    # British and Irish "was up at the flats", "was round at halls": went there.
    EnglishWord(
        r"(?:was|were)\s+(?:up|down|over|round|across)\s+(?:at|in)\s+(?=the\b|their\b|halls\b)",
        "went to ",
        "British, Irish",
    ),
    EnglishWord(r"nipped\s+(?=(?:in|into|round|over|by)\b)", "popped ", "British"),
    # Chinese speakers' 查床 / 查铺: "check bed", "checked the beds" (not a hospital's beds).
    EnglishWord(
        r"check(ed|ing|s)?\s+(?:the\s+|their\s+|students'\s+)?beds?",
        r"check\1 the dorms",
        "Chinese speakers",
        after=_END + r"(?!\s+(?:in|at|of)\s+(?:the\s+)?(?:hospital|clinic|infirmary|ward|icu)\b)"
        r"(?!\s+(?:sheets?|linen|availability|numbers?|space)\b)",
    ),
    # 查课 and 巡课: "check class", "checked class yesterday", "patrolled the classrooms".
    EnglishWord(
        r"check(ed|ing|s)?\s+(?:the\s+)?class(?:es)?",
        r"check\1 attendance in class",
        "Chinese speakers",
        after=_CLASS_CHECK_AFTER,
    ),
    EnglishWord(
        r"patroll?(?:ed|ing|s)?\s+(?:the\s+)?(?:class(?:es|rooms?)?|lessons?)",
        "checked attendance in class",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"class(?:room)?\s+patrols?", "attendance check in class", "Chinese speakers", after=_END
    ),
    # 约谈: "had an interview with Li", "interviewed Wang" (not a job interview, nor being
    # interviewed, nor interviewing candidates).
    EnglishWord(
        r"(?:had|have|has|did|made)\s+an?\s+interview\s+with",
        "talked with",
        "Chinese speakers",
        after=r"(?!\s+(?:the\s+|an?\s+)?(?:company|companies|employers?|hr|recruiters?|firm|bank|panel"
        r"|journalists?|reporters?|media|school|university)\b)",
    ),
    EnglishWord(
        r"interviewed",
        "talked with",
        "Chinese speakers",
        before=r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bgot\s)(?<!\bget\s)(?<!\bbe\s)(?<!\bis\s)"
        r"(?<!\bare\s)",
        after=r"(?=\s+(?!(?:by|for|at|with|in|on|candidates|applicants|new|the\s+candidates"
        r"|the\s+applicants)\b)[a-z0-9])",
    ),
    # 沟通 / 交流: "communicated with Li", "had communication with his father".
    EnglishWord(r"communicated\s+with", "talked with", "Chinese speakers", after=_END),
    EnglishWord(r"communicat(?:e|es|ing)\s+with", "talk with", "Chinese speakers", after=_END),
    EnglishWord(
        r"(?:had|have|has|made|did)\s+(?:a\s+|some\s+)?communications?\s+with",
        "talked with",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(r"communications?\s+with", "talk with", "Chinese speakers", after=_END),
    EnglishWord(
        r"(?:had|have|has)\s+a\s+talking\s+with", "talked with", "Chinese speakers", after=_END
    ),
    # American: "had a conference with Li" (or with her parents), "student conference with Li".
    EnglishWord(
        r"(?:had|held|have)\s+a\s+conference\s+with", "talked with", "American", after=_END
    ),
    EnglishWord(
        r"student\s+conferences?", "individual meeting", "American", after=r"(?=\s+with\b)"
    ),
    # 心理疏导 / 心理辅导: "did psychological counseling for Li" (not a course or talk on it).
    EnglishWord(
        r"psychological\s+(?:counsell?ing|consultation|guidance|dredging|comfort|support)\s+(?:of|for|with|to)",
        "talk with",
        "Chinese speakers",
        before=r"(?<!\bon\s)(?<!\babout\s)(?<!\bof\s)(?<!\bin\s)",
        after=_END,
    ),
    # American "followed up with Li" (跟进).
    EnglishWord(
        r"wellness\s+(?:check|call)s?\s+(?:on|to|with)", "checked in with", "American", after=_END
    ),
    EnglishWord(r"followed[- ]up\s+with", "talked with", "American", after=_FOLLOW_UP_AFTER),
    EnglishWord(r"follow(?:s|ing)?[- ]up\s+with", "talk with", "American", after=_FOLLOW_UP_AFTER),
    # West African: "had a discussion with Wang Hao" (a talk; not one with the HOD or the
    # dean), "checked on Zhang Min" (looked in on a student), "invited / summoned him to my
    # office" (called in for a talk).
    EnglishWord(
        r"(?:had|held)\s+(?:a\s+)?(?:brief\s+|long\s+|one-on-one\s+)?discussions?\s+with",
        "talked with",
        "West African",
        # Not the class or its students as a body ("a discussion with the class on the
        # timetable", "with my students on internships": a class meeting).
        after=_NOT_A_PROFESSIONAL
        + _NOT_STAFF
        + r"(?!\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+|entire\s+)?class\b(?!\s+(?:reps?|monitor|governor)))"
        + _NOT_THE_STUDENTS_AS_A_BODY,
    ),
    EnglishWord(
        r"checked\s+on",
        "checked in with",
        "West African",
        after=r"(?=\s+(?:him|her|the\s+(?:sick\s+|new\s+)?student\b|my\s+advisee\b"
        r"|(?!the\b|a\b|my\b|our\b|his\b|her\b|their\b|some\b|all\b"
        # Things checked on, not a student by name: attendance, results, progress.
        r"|(?:attendance|exams?|results?|progress|grades?|marks|scores?|assignments?|homework|papers?"
        r"|records?|forms?|files?|reports?|applications?|fees|payments?|registration|room|rooms)\b)"
        # A name of two words, then the clause's end or its day: "checked on Zhang Min yesterday".
        r"[a-z]+\s+[a-z]+(?=\s*(?:[,.;!]|$|yesterday|today|this|last|on\b))))",
    ),
    EnglishWord(
        r"(?:invited|summoned|called)\s+((?:[\w']+\s+){1,3}?)(?:to|into)\s+my\s+office",
        r"talked with \1in my office",
        "West African",
        # Not where the one called did not come: "called him to my office but he did not come".
        after=_END + r"(?![^.;!?\n]{0,40}?\b(?:did\s+not|didn't|didn’t|never|refused|failed)\b)",
    ),
    EnglishWord(
        r"(?:did|made|carried\s+out)\s+(?:a\s+)?follow[- ]ups?\s+(?:on|with)",
        "talked with",
        "West African, Indian",
        after=_FOLLOW_UP_AFTER,
    ),
    # Nigerian "gisted with Chen Jie", "had a gist with": chatted (not "the gist of it").
    EnglishWord(
        r"gist(?:ed|ing)?\s+with|had\s+(?:a\s+)?(?:little\s+|long\s+|brief\s+)?gist\s+with",
        "chatted with",
        "Nigerian",
        after=_END,
    ),
)

#: Meetings, talks, training and outings by their varieties' names.
EVENTS: tuple[EnglishWord, ...] = (
    # Australian and British "comp": a competition by its subject ("the modelling comp team",
    # "maths comp sign ups"); not "comp time", a "comp sci" course, "the comp lab".
    EnglishWord(
        r"comps?",
        "competition",
        "Australian, British",
        before="(?:"
        + "|".join(
            f"(?<=\\b{w}\\s)"
            for w in (
                "maths",
                "math",
                "modelling",
                "modeling",
                "programming",
                "coding",
                "debating",
                "olympiad",
                "mcm",
                "the",
                "a",
            )
        )
        + ")",
        after=_END + r"(?!\s+(?:sci|time|lab|room|day\s+off|leave)\b)",
    ),
    # British "a natter" is a chat: "long natter with", "a couple of natters", "nattered with".
    EnglishWord(r"natters", "chats", "British", after=_END),
    EnglishWord(r"natter(?:ed|ing)?", "chat", "British", after=_END),
    # British schools' and colleges' form or tutor time is the class's meeting.
    EnglishWord(
        r"(?:form|tutor|homeroom)\s+(?:time|period)",
        "class meeting",
        "British, American",
        after=_END,
    ),
    EnglishWord(
        r"(?:tutor|form)\s+group\s+(?:meeting|session)s?", "class meeting", "British", after=_END
    ),
    # A one-to-one by its pastoral name: "pastoral meeting with", "a 1-2-1 with".
    EnglishWord(
        r"(?:pastoral|welfare|wellbeing|well-being|tutee|personal\s+tutor(?:ing)?|mentor"
        r"|advising|supervision)\s+(?:meeting|session|chat|check-?in|catch-?up|appointment)s?",
        "individual meeting",
        "British, American, Australian",
        # "… with Liu", "… was held with Student A".
        after=r"(?=\s+(?:with\b|w/)|\s+(?:was|were)\s+(?:held|conducted|had)\s+with\b)",
    ),
    # The British personal tutorial is a one-to-one; a group tutorial with tutees is theirs.
    EnglishWord(r"personal\s+tutorials?", "individual meeting", "British", after=_END),
    EnglishWord(
        r"group\s+tutorials?",
        "individual meeting",
        "British",
        after=r"(?=\s+with\s+(?:[\w']+\s+){0,3}?(?:tutees|mentees|advisees))",
    ),
    # New Zealand: a hui is a meeting, the whānau's a parents' meeting.
    EnglishWord(r"wh[aā]nau\s+hui", "parents' meeting", "New Zealand", after=_END),
    EnglishWord(
        r"hui", "meeting", "New Zealand", before=r"(?:(?<=\bclass\s)|(?<=\ba\s))", after=_END
    ),
    # Singapore: co-curricular activities, the class chalet.
    EnglishWord(r"ccas?", "club activity", "Singapore, Malaysian", after=_END),
    EnglishWord(r"(?:class\s+)?chalet", "class outing", "Singapore", after=_END),
    EnglishWord(
        r"(?:teaching|lesson|lecture|peer)\s+observations?",
        "class observation",
        "British",
        after=_END,
    ),
    # "tutorial with Li Hua": the British personal tutor's one-to-one (not a class's tutorial).
    EnglishWord(
        r"tutorial",
        "individual meeting",
        "British",
        after=r"(?=\s+with\s+(?!(?:the|my|our|a|an|all|some|several|\d+)\b)(?:him|her|[a-z]+))",
    ),
    EnglishWord(
        r"advisory\s+(?:period|session|class|time)", "class meeting", "American", after=_END
    ),
    EnglishWord(r"1-2-1s?|one-2-one", "one-to-one", "British", after=_END),
    # Indian colleges' mentoring scheme: "mentor-mentee meeting with 10 mentees".
    EnglishWord(
        r"mentor-?\s?mentee\s+(?:meeting|session|interaction)s?",
        "individual meeting",
        "Indian",
        after=_END,
    ),
    # "had a sit-down with Wang": a talk.
    EnglishWord(
        r"sit-?down", "talk", "American, British", before=r"(?<=\ba\s)", after=r"(?=\s+with\b)"
    ),
    # A night's check of the rooms: "lights-out check", "bed check".
    EnglishWord(
        r"(?:lights-?out|curfew|headcount|head\s+count)\s+checks?",
        "dorm check",
        "British, American",
        after=_END,
    ),
    # A parents' meeting: the Indian PTM, the PTA, the parent conference.
    EnglishWord(r"ptms?|pta\s+meetings?", "parent-teacher meeting", "Indian, American", after=_END),
    # Indian English's noun "meet": "parents meet conducted", "class meet".
    EnglishWord(
        r"(parents'?|parent-teacher|class|mentor|mentor-mentee)\s+meet",
        r"\1 meeting",
        "Indian",
        after=r"(?![a-z0-9'])(?!\s+(?:the|with|them|him|her|up|their|his|my|our|a|an)\b)",
    ),
    EnglishWord(r"parent\s+conferences?", "parent-teacher conference", "American", after=_END),
    # The British staff's statutory training: safeguarding, Prevent, mental health first aid.
    EnglishWord(
        r"(?:safeguarding|prevent|mental\s+health\s+first\s+aid|first\s+aid|equality\s+and\s+diversity|edi)\s+"
        r"(?:training|course|session|workshop|refresher)",
        "training session",
        "British",
        after=_END,
    ),
    # Training of the advisors: CPD, INSET, PD days, the Indian FDP.
    EnglishWord(
        r"cpd(?:\s+(?:session|course|day|training|workshop|event))?",
        "training session",
        "British, Irish, Australian",
        after=_END,
    ),
    EnglishWord(r"inset(?:\s+(?:day|training|session))?", "training day", "British", after=_END),
    EnglishWord(
        r"(?:pd|professional\s+development)(?:\s+(?:day|session|workshop|course|training))?",
        "training day",
        "American, Australian",
        before=r"(?<!\bmy\s)(?<!\bher\s)(?<!\bhis\s)",
        after=_END,
    ),
    EnglishWord(
        r"fdps?|faculty\s+development\s+(?:programmes?|programs?)",
        "training course",
        "Indian",
        after=_END,
    ),
    EnglishWord(
        r"staff\s+development\s+(?:day|session|workshop)s?|refresher\s+(?:course|training)s?"
        r"|away\s*days?|in-service\s+training",
        "training day",
        "British, Indian",
        after=_END,
    ),
    # A British "do" or "social" is a party: "the end-of-term do", "class social", "the New
    # Year's do"; not the verb ("the class do their homework", "the class do well").
    EnglishWord(
        r"(end[- ]of[- ](?:term|year|semester)|new\s+year'?s|christmas|xmas|class|welcome|farewell)"
        r"\s+(?:do|social)",
        r"\1 party",
        "British",
        after=r"(?![a-z0-9'])(?!\s+(?:it|this|that|the|their|his|her|a|an|some|well|badly|not)\b)",
    ),
    EnglishWord(r"leaving\s+(?:do|party|social)", "farewell party", "British", after=_END),
    EnglishWord(
        r"(?:five|5|six|6|seven|7)-a-side|footy",
        "football match",
        "British, Australian",
        after=_END,
    ),
    EnglishWord(
        r"careers\s+(fairs?|talks?|events?|days?|sessions?)", r"career \1", "British", after=_END
    ),
    # "went on a course on student wellbeing": the advisor's own training.
    EnglishWord(
        r"went\s+on\s+(an?\s+(?:[\w-]+\s+){0,2}?)course",
        r"attended \1training course",
        "British",
        after=_END,
    ),
    # Outings: the Indian industrial visit, study tour, day trip, school trip.
    EnglishWord(
        r"(?:industrial|educational|study)\s+(?:visits?|tours?|trips?)",
        "field trip",
        "Indian, British, Australian",
        before=r"(?<!\bmy\s)",
        after=_END,
    ),
    # A class or day trip told as done ("Class trip to Oxford on Saturday"), not one being
    # planned ("discussed … the class trip in May").
    EnglishWord(
        r"(?:class|school|day)\s+trips?",
        "field trip",
        "British, Australian",
        before=r"(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bnext\s)(?<!\ba\s)",
        after=_END,
    ),
    EnglishWord(
        r"(?:athletics|swimming|sports)\s+carnival", "sports day", "Australian", after=_END
    ),
    # Chinese speakers' 班会 written as one word, 主题班会 by its other names, 家访 and 班委会.
    EnglishWord(r"class-?meeting(s?)", r"class meeting\1", "Chinese speakers", after=_END),
    # 年级大会: the whole year's meeting (not the teachers' "grade-level meeting").
    EnglishWord(
        r"grade\s+(?:general\s+)?(?:meeting|assembly)(s?)",
        r"class meeting\1",
        "Chinese speakers",
        after=_END + r"(?!\s+(?:with|of|for)\s+(?:the\s+)?(?:teachers|colleagues|staff|faculty)\b)",
    ),
    EnglishWord(
        r"(?:subject|topic|topical)\s+class\s+meeting(s?)",
        r"theme class meeting\1",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"(?:home|family|household)\s+visiting|household\s+visits?",
        "home visit",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"meeting\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?((?:class|student)\s+(?:cadres?|committee(?:\s+members)?"
        r"|leaders|officers))",
        r"\1 meeting",
        "Chinese speakers",
        after=_END,
    ),
    # 辅导员沙龙, 班主任工作沙龙: the advisors' salon is their seminar.
    EnglishWord(r"salons?", "seminar", "Chinese speakers", before=_AFTER_SALON_WORD, after=_END),
    # 团建: "class group building", "team building with the class" (not the staff's).
    EnglishWord(
        r"class\s+(?:group|team)[- ]?building(?:\s+activit(?:y|ies))?",
        "class outing",
        "Chinese speakers",
        after=_END,
    ),
    EnglishWord(
        r"group[- ]?building(?:\s+activit(?:y|ies))?",
        "class outing",
        "Chinese speakers",
        after=_END,
    ),
    # 班级出游, 秋游: "class tour", "class excursion", "autumn outing".
    EnglishWord(
        r"class\s+(?:tours?|excursions?)|autumn\s+outings?",
        "class outing",
        "Chinese speakers",
        before=r"(?<!\bmy\s)",
        after=_END,
    ),
    EnglishWord(
        r"team[- ]?building(?:\s+activit(?:y|ies))?",
        "class outing",
        "Chinese speakers",
        after=r"(?=\s+(?:with|for)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?(?:class|students|freshmen"
        r"|sophomores|juniors|seniors)\b)",
    ),
    # 团日活动: the league branch's day is its meeting, unless its sentence tells the outing it
    # was spent on (then the outing is read: "League day: took them to the museum").
    EnglishWord(
        r"(?:(?:youth\s+)?league|cyl)\s+(?:branch\s+)?(?:themed?\s+)?day(?:\s+activit(?:y|ies))?",
        "league meeting",
        "Chinese speakers",
        after=_END
        + r"(?![^.;!?\n]*\b(?:visit|visited|took|take|went|go|museum|park|trip|volunteer(?:ed|ing)?|cleaned"
        r"|clean|hike|hiked|outing)\b)",
    ),
    # American: a town hall, a huddle with the class; a brown bag (a lunchtime talk for the
    # staff); service learning; a pizza party or a mixer for the class.
    EnglishWord(
        r"town\s+hall(?:\s+meeting)?s?",
        "class meeting",
        "American",
        before=r"(?<!\bthe\s)(?<!\bto\s)(?<!\bat\s)",
        after=r"(?=\s+(?:with|for)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+|my\s+)?)?(?:class|students"
        r"|freshmen|sophomores|juniors|seniors|advisees|cohort)\b)",
    ),
    EnglishWord(r"class\s+town\s+halls?(?:\s+meetings?)?", "class meeting", "American", after=_END),
    # An info session for the students (宣讲会: on internships, a company, graduate school), not
    # one for the staff.
    EnglishWord(
        r"info(?:rmation(?:al)?)?\s+sessions?",
        "career talk",
        "American",
        after=_END
        + r"(?![^.;!?\n]*\bfor\s+(?:the\s+|all\s+)?(?:staff|faculty|teachers|advisors|counsell?ors|colleagues"
        r"|parents)\b)",
    ),
    EnglishWord(r"(?:class|homeroom)\s+huddles?", "class meeting", "American", after=_END),
    EnglishWord(
        r"brown[- ]?bag\s+(?:lunch\s+)?(?:seminar|session|talk|workshop)s?",
        "seminar",
        "American",
        after=_END,
    ),
    # A brown bag alone is the talk where its subject follows ("brown bag on mental health").
    EnglishWord(
        r"brown[- ]?bags?(?:\s+lunch(?:es)?)?",
        "seminar",
        "American",
        after=r"(?=\s+(?:on|about|series)\b)",
    ),
    EnglishWord(
        r"service[- ]learning(?:\s+(?:project|activity|trip|day))?",
        "volunteer activity",
        "American",
        after=_END,
    ),
    EnglishWord(
        r"(?:pizza|ice[- ]cream|potluck)\s+(?:party|parties|social|socials|lunch|dinner)|potlucks?",
        "class party",
        "American",
        after=_END
        + r"(?!\s+(?:with|for)\s+(?:the\s+|my\s+|our\s+)?(?:colleagues|staff|faculty|teachers|department"
        r"|family|friends|advisors)\b)",
    ),
    # A festival's food shared with the class (Chinese speakers, as 和同学一起包饺子, 吃月饼):
    # "winter solstice dumplings with the class", "mooncakes with the kids who stayed".
    EnglishWord(
        r"(?:dumplings|mooncakes?|zongzi|tangyuan|hotpot|hot\s+pot)\s+with\s+(?:the\s+|my\s+|our\s+|those\s+)?"
        r"(?:class|students|kids|freshmen|lot)\b",
        "class party",
        "Chinese speakers",
        # Shared or handed out on a visit: "visited dorm 3 and shared mooncakes with the students".
        before=r"(?<!shared\s)(?<!brought\s)(?<!out\s)(?<!gave\s)(?<!delivered\s)",
    ),
    EnglishWord(
        r"(?:class|freshman|freshmen|welcome|holiday|student|social)\s+mixers?",
        "class party",
        "American",
        after=_END,
    ),
    EnglishWord(
        r"mixers?",
        "class party",
        "American",
        after=r"(?=\s+(?:with|for)\s+(?:the\s+|my\s+|our\s+)?(?:class|students|freshmen)\b)",
    ),
    # "faculty development" said alone is the advisor's training (not its office or fund).
    EnglishWord(
        r"faculty\s+development",
        "training",
        "American",
        after=_END
        + r"(?!\s+(?:programmes?|programs?|workshops?|seminars?|sessions?|trainings?|days?|courses?|office"
        r"|cent(?:er|re)|committee|plans?|funds?|grants?)\b)",
    ),
    EnglishWord(
        r"(?:advisee|one-on-one|1-on-1|1:1|one\s+on\s+one)\s+(?:meeting|session|chat|conversation|talk"
        r"|check-?in)s?",
        "individual meeting",
        "American",
        after=_END,
    ),
    EnglishWord(
        r"(?:tech|cultural|college|annual|sports)\s+fest(?:ival)?",
        "student event",
        "Indian",
        after=_END,
    ),
    # Indian and American LORs, only after a verb of writing or a number ("wrote two LORs",
    # "3 LORs done"): lor alone is Singapore's and Malaysia's particle ("太忙了lor").
    EnglishWord(
        r"lors?",
        "recommendation letter",
        "Indian, American",
        before=r"(?:(?<=\bwrote\s)|(?<=\bwriting\s)|(?<=\bdrafted\s)|(?<=\bsigned\s)|(?<=\bsent\s)|(?<=\btwo\s)"
        r"|(?<=\bthree\s)|(?<=\bfour\s)|(?<=\bthe\s)|(?<=\ba\s)|(?<=\d\s)|(?<=\d))",
        after=_END,
    ),
    # --- the advisor's own work for students, by its varieties' names (session 15) ---
    # Hours the advisor keeps for students to come by: American office hours and student
    # hours, British drop-in and surgery hours, Indian counselling and mentoring hours,
    # Singapore's and Malaysia's consultation slots, a German's Sprechstunde, a French
    # speaker's permanence, a Russian speaker's consultation hours: all "office hours" (a
    # kind of their own only with a verb of holding them, `kinds.py`).
    EnglishWord(
        r"(?:consultation|consulting|drop-in|surgery|open[- ]door)\s+(?:hours?|slots?|sessions?|times?)"
        # "mentoring session with a student" is a talk: only their hours are office hours.
        r"|(?:counsell?ing|mentoring|student|advising)\s+hours?",
        "office hours",
        "British, American, Indian, Singapore, Malaysian, European",
        # "student hours" only after a verb of holding them (not "student hours of study").
        before=r"(?<!\bof\s)",
        after=_END + r"(?!\s+(?:of|for\s+the\s+(?:dean|department|library)|per)\b)",
    ),
    EnglishWord(
        r"sprechstunden?|permanences?|open\s+office(?:\s+hours?)?",
        "office hours",
        "European (German, French), American",
        after=_END,
    ),
    # Letters written for a student: American rec letters, Indian LORs and reco letters,
    # British references, letters of recommendation; all "recommendation letters".
    EnglishWord(
        r"(?:rec|reco|recomm?endation|reference|ref)\s+letters?|letters?\s+of\s+(?:rec(?:ommendation)?|reference|support)",
        "recommendation letter",
        "American, British, Indian, European",
        # "the rec letter template from the office" keeps no work; "LOR" only as a word.
        after=_END,
    ),
    # West African: a sensitisation (an awareness talk to the class on a theme: exam
    # malpractice, cultism, drug abuse) is the class's themed meeting, as 主题教育 is: "the
    # students were sensitised on", "sensitised the class on", "enlightened them on",
    # "sensitisation programme on" (not a medical sensitisation to a drug or to light).
    EnglishWord(
        r"sensiti[sz](?:ed|ing)\s+((?:the\s+|my\s+|our\s+|all\s+the\s+)?(?:students|class|whole\s+class"
        r"|them|freshers|freshmen|first[- ]years|advisees))\s+(?=on|about|against)",
        r"held a theme meeting with \1 ",
        "West African",
    ),
    EnglishWord(
        r"enlighten(?:ed|ing)?\s+((?:the\s+|my\s+|our\s+|all\s+the\s+)?(?:students|class|whole\s+class"
        r"|them|freshers|freshmen|first[- ]years|advisees))\s+(?=on|about)",
        r"held a theme meeting with \1 ",
        "West African",
    ),
    EnglishWord(
        r"(students|class)\s+(?:were|was|have\s+been|has\s+been)\s+(?:duly\s+)?sensiti[sz]ed\s+(?=on|about|against)",
        r"\1 had a theme meeting ",
        "West African",
    ),
    EnglishWord(
        r"sensiti[sz]ation(?:\s+(?:programmes?|programs?|talks?|sessions?|exercises?|campaigns?|meetings?"
        r"|lectures?|seminars?|forums?))?",
        "theme meeting",
        "West African",
        before=r"(?<!\ballergic\s)(?<!\bskin\s)(?<!\blight\s)(?<!\bdrug\s)",
        after=_END + r"(?!\s+to\b)",
    ),
    # West African "the students were addressed on the exams": the class addressed.
    EnglishWord(
        r"(?:the\s+)?(?:students|class)\s+(?:were|was)\s+(?:duly\s+)?addressed",
        "I addressed the class",
        "West African",
        before=r"(?<!\bof\s)",
        after=_END,
    ),
)

#: Where a student is taken for care (`kinds.py`: "walked him over to the counseling center"),
#: by the varieties' names: the counseling center (American), the counselling service and
#: wellbeing centre (British, Australian), the health centre, sick bay and medical room
#: (British, Indian), the dispensary (Indian), the polyclinic (Singapore), the psych center,
#: CAPS, the mental health center (American, Chinese speakers' 心理中心).
CARE_PLACES: tuple[str, ...] = (
    r"(?:psychological\s+|student\s+|campus\s+|university\s+|school\s+)?counsell?ing\s+(?:cent(?:er|re)|services?|office)",
    r"(?:student\s+)?(?:wellbeing|well-being|wellness)\s+(?:cent(?:er|re)|services?|office)",
    r"(?:mental|psychological)\s+health\s+(?:cent(?:er|re)|services?|office)",
    r"psych(?:ology)?\s+(?:cent(?:er|re)|services?)",
    r"caps",
    r"(?:health|medical)\s+(?:cent(?:er|re)|room|unit|services?)",
    r"sick\s*bay",
    r"dispensary",
    r"polyclinic",
    r"hospital",
    r"clinic",
    r"infirmary",
    r"a&e",
    r"er",
    r"emergency\s+room",
    r"doctor'?s?",
    r"gp",
    r"police\s+station",
)

#: What a league day (团日) told in English is spent on, when it is the students' outing and no
#: meeting: "团日 activity tomorrow, the kids are visiting the museum and I'm tagging along".
OUTING_WORDS: tuple[str, ...] = (
    r"visit(?:s|ed|ing)?",
    r"museums?",
    r"memorials?",
    r"exhibitions?",
    r"volunteer\w*",
    r"hik(?:e|es|ed|ing)",
    r"trips?",
    r"outings?",
    r"excursions?",
    r"tours?",
    r"parks?",
    r"tagg(?:ed|ing)\s+along",
    r"went\s+along",
)

#: Who comes to the advisor's office and is no student: "the dean came to see me", "his mum
#: came to my office" (the parent's rules read those), "my colleague dropped by".
NOT_STUDENTS: tuple[str, ...] = (
    "i", "we", "you", "it", "nobody", "noone", "someone", "somebody", "everyone", "everybody",
    "dean", "deans", "prof", "professor", "dr", "mr", "mrs", "ms", "colleague", "colleagues",
    "teacher", "teachers", "lecturer", "tutor", "counselor", "counsellor", "advisor", "adviser",
    "boss", "head", "director", "secretary", "chair", "ra", "ras", "staff", "cleaner", "guard",
    "mom", "mum", "mother", "dad", "father", "parent", "parents", "grandma", "grandpa",
    "grandmother", "grandfather", "aunt", "uncle", "folks", "family", "brother", "sister",
    "yesterday", "today", "tonight", "tomorrow", "also", "then", "finally", "later", "who",
    "that", "which", "and", "but", "so", "when", "if", "nobody's",
)  # fmt: skip

#: The papers an advisor hands in, by their varieties' names: the month's record form and
#: the term's plan (a document, not an activity: `kinds.py` reads "record form", "semester plan").
PAPERS: tuple[EnglishWord, ...] = (
    EnglishWord(
        r"(?:monthly|work|activity)\s+(?:record|log)(?:\s+(?:sheet|form|book))?|(?:record|log)\s+sheet"
        r"|monthly\s+return|work\s+log|monthly\s+report\s+form",
        "record form",
        "British, Indian",
        after=_END,
    ),
    # "filled in and returned the log sheet": handed in.
    EnglishWord(
        r"(?:filled\s+(?:in|out)|completed|finished|did|wrote\s+up)\s+and\s+(?:returned|submitted|sent(?:\s+(?:off|in))?"
        r"|handed\s+in|emailed|uploaded)",
        "submitted",
        "British",
        after=_END,
    ),
    EnglishWord(
        r"term(?:ly)?\s+plan|term's\s+plan", "semester plan", "British, Australian", after=_END
    ),
)

#: Day words.
DAYS: tuple[EnglishWord, ...] = (
    # Australian and New Zealand: the arvo is the afternoon, s'arvo this afternoon.
    EnglishWord(r"s'arvo", "this afternoon", "Australian, New Zealand", after=_END),
    # "last arvo" is yesterday afternoon, as "last night" is yesterday evening.
    EnglishWord(r"last\s+(?:arvo|avo)", "yesterday afternoon", "Australian", after=_END),
    EnglishWord(r"arvo", "afternoon", "Australian, New Zealand", after=_END),
    # "this avo" (not an avocado).
    EnglishWord(
        r"avo",
        "afternoon",
        "Australian",
        before=r"(?:(?<=\bthis\s)|(?<=\byesterday\s)|(?<=\btomorrow\s)|(?<=\bthe\s)|(?<=\bfriday\s)|(?<=\bmonday\s))",
        after=_END,
    ),
    # A holiday told as tomorrow at a sentence's start ("Mid-Autumn tomorrow so I bought
    # mooncakes and did the rounds"): the calendar told, today the day before it (not "a party
    # for Christmas tomorrow", the party's own day).
    EnglishWord(
        rf"{_HOLIDAYS}\s+(?:is\s+)?tomorrow",
        r"the day before \1",
        "English",
        before=r"(?:(?<=^)|(?<=[.;:!\n])|(?<=[.;:!\n]\s)|(?<=\bit's\s)|(?<=\bits\s))",
        after=r"(?=\s*(?:$|so\b|and\b|[,.;!\n]|[-–]\s))",
    ),
    EnglishWord(r"the\s+night\s+before\s+last", "the day before yesterday evening", "British"),
    EnglishWord(
        rf"a\s+week\s+(?:last|ago\s+last)\s+{_WEEKDAYS}", r"\1 before last", "British", after=_END
    ),
    # Scots: "the morn" is tomorrow (not "in the morn"), "yestreen" last evening.
    EnglishWord(r"the\s+morn", "tomorrow", "Scots", before=r"(?<!\bin\s)(?<!\ball\s)", after=_END),
    EnglishWord(r"yestreen", "yesterday evening", "Scots", after=_END),
    EnglishWord(r"yesternight", "last night", "British, Scots", after=_END),
    EnglishWord(r"forenoon", "morning", "Scots, Indian", after=_END),
    EnglishWord(r"the\s+week\s+before\s+last", "two weeks ago", "British, American", after=_END),
    EnglishWord(r"y'day|ystdy|yesterdy|yestday|yday's", "yesterday", "chat", after=_END),
    EnglishWord(r"tomoz|tomoro|tmoro|2morrow|2moz|tmrow", "tomorrow", "British chat", after=_END),
    # Indian: "last to last Monday" is the Monday before last; "last to last week" two weeks ago.
    EnglishWord(rf"last[- ]to[- ]last\s+{_WEEKDAYS}", r"\1 before last", "Indian", after=_END),
    EnglishWord(r"last[- ]to[- ]last\s+week", "two weeks ago", "Indian", after=_END),
    # Chinese speakers' 前天 word for word: "before yesterday".
    EnglishWord(
        r"before\s+yesterday",
        "the day before yesterday",
        "Chinese speakers",
        before=r"(?<!\bday\s)(?<!\bnight\s)(?<!\bevening\s)(?<!\bmorning\s)(?<!\bafternoon\s)"
        r"(?<!\bjust\s)(?<!\bthe\s)",
        after=_END,
    ),
    # West African "next tomorrow": the day after tomorrow.
    EnglishWord(r"next\s+tomorrow", "the day after tomorrow", "West African", after=_END),
    EnglishWord(r"yester-night", "last night", "West African", after=_END),
)

#: Done, not done, cancelled and postponed, as the blocking stage reads them.
MARKERS: tuple[EnglishWord, ...] = (
    # Malaysian and Singapore Mandarin: "班会cancel了", "家长会postpone到下个星期", "班会的事情
    # settle了" (done), inside Chinese only (English "cancel the meeting" is the rules' own).
    EnglishWord(
        r"cancel(?:led|ed)?",
        "取消",
        _SEA_ZH,
        before=_IN_ZH,
        after=r"(?=\s*(?:了|掉|咯|啦|lah|liao))",
    ),
    EnglishWord(
        r"postpone(?:d)?", "推迟", _SEA_ZH, before=_IN_ZH, after=r"(?=\s*(?:了|到|去|掉|咯|啦))"
    ),
    EnglishWord(
        r"settle(?:d)?", "搞定", _SEA_ZH, before=_IN_ZH, after=r"(?=\s*(?:了|好|完|咯|啦))"
    ),
    # Malay "kena" (was made to, got): "他kena老师骂", as 被.
    EnglishWord(r"kena", "被", _SEA_ZH, before=_IN_ZH, after=r"(?=\s*[\u4e00-\u9fff])"),
    # Not done: "never got round to", "didn't manage to".
    EnglishWord(
        r"(?:never|didn'?t|did\s+not)\s+(?:get|got|manage|managed|have|had)\s+(?:(?:a)?round\s+to|to|(?:a|the)\s+chance\s+to)",
        "didn't",
        "British, American",
    ),
    EnglishWord(r"ran\s+out\s+of\s+time\s+(?:for|to)", "didn't get to", "all"),
    # Indian English: "yet to call the parents", "the meeting is yet to be held".
    EnglishWord(r"(?:is|are|was|were)\s+yet\s+to\s+be\s+\w+", "is postponed", "Indian", after=_END),
    EnglishWord(r"yet\s+to", "not yet", "Indian", before=r"(?<!\bhas\s)(?<!\bhave\s)", after=_END),
    EnglishWord(r"pending", "postponed", "Indian, Singapore", after=r"(?=\s*(?:$|[,.;!)\n]))"),
    # Called off: "got scrapped", "the meeting's off".
    EnglishWord(r"scrapped|axed|shelved|nixed", "cancelled", "British, American", after=_END),
    EnglishWord(
        r"binned|canned|scratched", "cancelled", "British, American", before=_WAS, after=_END
    ),
    EnglishWord(
        r"binned|canned|scratched", "cancelled", "British, American", after=r"(?=\s*(?:$|[,.;!\n]))"
    ),
    EnglishWord(r"on\s+hold", "postponed", "all", after=_END),
    EnglishWord(
        r"still\s+(?:to\s+(?:do|be\s+done)|outstanding|pending)",
        "postponed",
        "British, Indian",
        after=_END,
    ),
    EnglishWord(r"bailed\s+on", "cancelled", "American", after=_END),
    EnglishWord(
        r"off",
        "cancelled",
        "British, Singapore",
        before=r"(?:(?<=\bis\s)|(?<=\bwas\s))",
        # Its reason after a dash or a bracket: "Friday's banhui is off - Mid-Autumn".
        after=r"(?=\s*(?:$|[,.;!\n(]|[-–]\s|for\s+(?:today|tonight|this\s+week)\b|today\b|tonight\b"
        r"|(?:because|as|due|owing)\b))",
    ),
    # Put off: "put off till", "bumped to Friday", "deferred".
    EnglishWord(r"put\s+(?:off|back)", "postponed", "British", after=_END),
    EnglishWord(r"bumped\s+(?=(?:to|till|until)\b)", "moved ", "American"),
    # Australian and British "pushed to Thurs", "pushed back to Friday": moved to that day.
    EnglishWord(
        r"pushed\s+(?:back\s+|out\s+)?(?=(?:to|till|until)\s+(?:next\s+|this\s+)?[a-z]*day\b|(?:to|till|until)\s+"
        r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b)",
        "moved ",
        "Australian, British",
    ),
    # Not "two deferred students" (who deferred their exams).
    EnglishWord(
        r"deferred|preponed",
        "postponed",
        "British, Indian",
        # "preponed from Friday to tomorrow": the move's old day before its new one.
        after=r"(?![a-z0-9'])(?=\s*(?:$|[,.;!)\n]|to\b|till\b|until\b|by\b|for\b|from\b))",
    ),
    # Singapore and Malaysian "dorm check cannot make it today": it did not happen.
    EnglishWord(
        r"(?:cannot|can'?t|can\s+not|couldn'?t|could\s+not)\s+make\s+it",
        "cancelled",
        "Singapore, Malaysian",
        # Not a person's ("I couldn't make it" is read as the advisor not there).
        before=r"(?<!\bparents\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bparent\s)(?<!\bi\s)(?<!\bwe\s)"
        r"(?<!\byou\s)(?<!\bmum\s)(?<!\bdad\s)",
        after=r"(?=\s*(?:$|[,.;!\n]|today\b|tonight\b|this\s+week\b|tomorrow\b|lah\b|leh\b))",
    ),
    EnglishWord(r"skipped", "cancelled", "all", before=r"(?:(?<=[-–:]\s)|(?<=[-–:]))", after=_END),
    # The other side did not come: "he flaked", "she was a no-show".
    EnglishWord(r"flaked|ghosted\s+me|no-?showed", "didn't show", "American", after=_END),
    EnglishWord(r"(?:was|were)\s+(?:a\s+)?no-?shows?", "didn't show", "American", after=_END),
    # American: "ended up not going", "ended up skipping it", "took a rain check on", "TBD".
    EnglishWord(r"ended\s+up\s+not", "didn't", "American", after=_END),
    # American "tabled" (put off; the British sense, put forward, is not an advisor's) and "punted".
    EnglishWord(r"tabled", "postponed", "American", before=_WAS, after=_END),
    EnglishWord(r"punted", "postponed", "American", after=_END),
    EnglishWord(
        r"ended\s+up\s+(?:skipping|cancell?ing|missing|postponing|calling\s+off)",
        "cancelled",
        "American",
        after=_END,
    ),
    EnglishWord(
        r"(?:took|take|taking|takes)\s+a\s+rain[- ]?check(?:\s+on)?|rain[- ]?check(?:ed)?",
        "postponed",
        "American",
        after=_END,
    ),
    EnglishWord(
        r"tbd|tba|to\s+be\s+(?:decided|determined|confirmed|announced|arranged|scheduled)",
        "postponed",
        "American",
        before=_NOT_AFTER_A_DETAIL,
        after=r"(?=\s*(?:$|[,.;!)\n]))",
    ),
    EnglishWord(
        r"to\s+be\s+(?:determined|announced|scheduled)", "to be decided", "American", after=_END
    ),
    # Chinese speakers' 没 with the tense left off: "yesterday not go to dorm", "no check dorm".
    EnglishWord(
        r"(?:not|no)\s+(go|went|check|checked|visit|visited|call|called|contact|contacted|attend|attended"
        r"|open|opened|hold|held)",
        r"didn't \1",
        "Chinese speakers",
        before=_NOT_AFTER_AUXILIARY,
        after=_END,
    ),
    # "class meeting not held", "dorm check not done", "meeting didn't hold": it did not happen.
    EnglishWord(
        r"(?:(?:is|was|were|are|been)\s+)?not\s+(?:yet\s+)?(?:done|held|carried\s+out|conducted|opened)"
        r"|(?:didn'?t|did\s+not|not|no)\s+(?:hold|held|open|opened)",
        "was cancelled",
        "Chinese speakers",
        before=_AFTER_A_DEED,
        after=_END,
    ),
    # "class meeting cancel", "but cancel", "dorm check delay", "was postpone": the tense left off.
    EnglishWord(
        r"cancel",
        "cancelled",
        "Chinese speakers",
        before=_AFTER_A_DEED,
        after=r"(?=\s*(?:$|[,.;!\n]|because\b|due\b|for\b|today\b|yesterday\b|tonight\b|this\b|again\b))",
    ),
    EnglishWord(
        r"delay(?:ed|s)?|postpone(?:s)?",
        "postponed",
        "Chinese speakers",
        before=_AFTER_A_DEED,
        after=_END + r"(?!\s+(?:of|in|on|from)\b)",
    ),
    # "changed to Friday", "adjust to next week Monday": put off to a named day.
    EnglishWord(
        r"(?:changed|change|adjusted|adjust|delayed|delay|postpone)\s+(?=(?:to|till|until)\s+(?:next\s+|this\s+|the\s+)?"
        r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|week\b|\d))",
        "moved ",
        "Chinese speakers",
        before=_AFTER_A_DEED,
    ),
    # West African: a meeting "holds" (takes place); "could not hold", "did not come up" (it
    # did not take place: not "could not hold back", "the topic did not come up"), "has been
    # shifted" with no new day (put off; "shifted to Friday" is a plan for Friday).
    EnglishWord(
        r"could\s+not\s+hold|couldn't\s+hold|couldn’t\s+hold",
        "did not take place",
        "West African",
        before=_AFTER_A_DEED,
        after=_END + r"(?!\s+(?:back|on|it|him|her|them|the|a|an|my|our)\b)",
    ),
    EnglishWord(
        r"(?:did\s+not|didn't|didn’t|could\s+not|couldn't|couldn’t)\s+come\s+up",
        "did not take place",
        "West African",
        before=_AFTER_A_DEED,
        after=_END,
    ),
    EnglishWord(
        r"(?:has|have|had)\s+been\s+shifted|(?:was|were|is|got)\s+shifted",
        "has been postponed",
        "West African",
        after=r"(?=\s*(?:$|[,.;!)\n]|indefinitely\b|till\s+further|until\s+further|due\b|because\b))",
    ),
    # West African and American "slated for Friday": scheduled (a plan for that day).
    EnglishWord(r"slated\s+(?=(?:for|to)\b)", "scheduled ", "West African, American"),
    # West African formal openings: "Please I want to report that I visited ...", "I wish to
    # bring to your notice that ...": the report that follows, no wish of its own.
    EnglishWord(
        r"(?:please,?\s+)?i\s+(?:want|wish|would\s+like)\s+to\s+(?:report|inform(?:\s+you)?|notify(?:\s+you)?"
        r"|state|let\s+you\s+know|bring\s+(?:it\s+)?to\s+your\s+(?:notice|attention))\s+that",
        "please note that",
        "West African",
        after=_END,
    ),
    # "The hostel visit was not possible due to the rain": it did not take place.
    EnglishWord(
        r"(?:was|were)\s+not\s+possible|wasn't\s+possible|wasn’t\s+possible",
        "did not take place",
        "West African",
        before=_AFTER_A_DEED,
        after=_END,
    ),
)

#: The courses of a School of Mathematics by their English names, and the verbs of dropping in
#: on one: "observed Group Theory", "popped into Real Analysis", "sat at the back of Complex
#: Analysis", "looked in on the Numerical Methods lab" (a classroom visit; `kinds.py` reads
#: `CLASS_VISIT`). A course named with its noun ("the Topology lecture") is read already.
COURSES: tuple[str, ...] = (
    r"(?:real|complex|functional|numerical|mathematical|harmonic|convex|data|fourier|vector)\s+analysis",
    r"analysis",
    r"(?:linear|abstract|modern|commutative|homological|boolean)\s+algebra",
    r"algebra",
    r"(?:group|ring|number|graph|set|measure|game|galois|representation|category|knot|probability|information"
    r"|coding|control|queueing|approximation|model|field)\s+theory",
    r"(?:algebraic\s+|differential\s+|point-set\s+)?topology",
    r"(?:differential|algebraic|euclidean|analytic|projective|riemannian)\s+geometry",
    r"geometry",
    r"(?:multivariable\s+|vector\s+|advanced\s+)?calculus(?:\s+(?:i{1,3}|[1-3]))?",
    r"calc(?:\s+(?:i{1,3}|[1-3]))?",
    r"probability(?:\s+and\s+statistics)?",
    r"(?:mathematical\s+|applied\s+|bayesian\s+)?statistics",
    r"stats",
    r"stochastic\s+processes",
    r"numerical\s+methods",
    r"(?:ordinary\s+|partial\s+)?differential\s+equations",
    r"odes|pdes",
    r"combinatorics",
    r"discrete\s+(?:maths?|mathematics)",
    r"(?:classical\s+|quantum\s+|fluid\s+|analytical\s+)?mechanics",
    r"optimi[sz]ation",
    r"operations\s+research",
    r"mathematical\s+(?:logic|physics|modell?ing\s+course)",
    r"linear\s+programming",
    r"cryptography",
)
#: Dropping in on a class, in the varieties' words.
CLASS_VISIT_VERBS: tuple[str, ...] = (
    r"observed",
    r"sat\s+in\s+on",
    r"sat\s+at\s+the\s+back\s+of",
    r"popped\s+(?:into|in\s+on|in\s+to)",
    r"dropped\s+(?:into|in\s+on|in\s+to)",
    r"looked\s+in\s+on",
    r"went\s+(?:in\s+)?to",
    r"visited",
    r"audited",
    r"checked\s+(?:attendance|the\s+register)\s+(?:at|in)",
    r"(?:did\s+(?:an?\s+)?)?(?:attendance|register)\s+check\s+(?:at|in)",
    r"(?:took\s+a\s+)?headcount\s+(?:at|in)",
)
# A teacher's course: "Dr Wu's Topology", "Prof. Li's".
_WHOSE = r"(?:the\s+|(?:dr|prof|professor|mr|mrs|ms)\.?\s+[a-z]+'s\s+|his\s+|her\s+|their\s+|[a-z]+'s\s+)?"
CLASS_VISIT = (
    rf"\b(?:{'|'.join(CLASS_VISIT_VERBS)})\s+{_WHOSE}(?:{'|'.join(COURSES)})"
    r"(?:\s+(?:lab|workshop|class|lecture|lesson|tutorial|seminar|session|exercise\s+class))?\b"
    # Not the course as a topic or a thing: "visited the algebra department", "… analysis team".
    r"(?!\s+(?:department|dept|office|building|team|group|club|contest|competition|exam|test|paper|book"
    r"|exhibition|museum|fair|show|talks?|conference|symposium|olympiad|society|forum))"
)

# --- continental European lecturers' English (session 15, lane euen) ---------------------------

# The weekdays of the languages a European lecturer's note slips into: German, Dutch, French,
# Italian and Spanish, each as the English day.
_EU_WEEKDAYS: tuple[tuple[str, str, str], ...] = (
    ("montag", "Monday", "German"), ("dienstag", "Tuesday", "German"),
    ("mittwoch", "Wednesday", "German"), ("donnerstag", "Thursday", "German"),
    ("freitag", "Friday", "German"), ("samstag|sonnabend", "Saturday", "German"),
    ("sonntag", "Sunday", "German"),
    ("lundi", "Monday", "French"), ("mardi", "Tuesday", "French"),
    ("mercredi", "Wednesday", "French"), ("jeudi", "Thursday", "French"),
    ("vendredi", "Friday", "French"), ("samedi", "Saturday", "French"),
    ("dimanche", "Sunday", "French"),
    ("maandag", "Monday", "Dutch"), ("dinsdag", "Tuesday", "Dutch"),
    ("woensdag", "Wednesday", "Dutch"), ("donderdag", "Thursday", "Dutch"),
    ("vrijdag", "Friday", "Dutch"), ("zaterdag", "Saturday", "Dutch"),
    ("zondag", "Sunday", "Dutch"),
    ("luned[iì]", "Monday", "Italian"), ("marted[iì]", "Tuesday", "Italian"),
    ("mercoled[iì]", "Wednesday", "Italian"), ("gioved[iì]", "Thursday", "Italian"),
    ("venerd[iì]", "Friday", "Italian"),
)  # fmt: skip
# The months of the languages a European lecturer's date slips into, each as the English
# month: German, Dutch, French, Italian, Spanish and Polish (its genitive, as a date has it).
# Only after a day's number ("14 Oktober", "14. Oktober", "14 de octubre"): Mai, Juli, Mars
# and Marzo are names too.
_EU_MONTH_WORDS: tuple[tuple[str, str], ...] = (
    ("januar|januari|janvier|gennaio|enero|stycznia", "January"),
    ("februar|februari|f[ée]vrier|febbraio|febrero|lutego", "February"),
    ("m[äa]rz|maerz|maart|mars|marzo|marca", "March"),
    ("avril|aprile|abril|kwietnia", "April"),
    ("mai|mei|maggio|mayo|maja", "May"),
    ("juni|juin|giugno|junio|czerwca", "June"),
    ("juli|juillet|luglio|julio|lipca", "July"),
    ("augustus|ao[ûu]t|agosto|sierpnia", "August"),
    ("septembre|settembre|septiembre|wrze[śs]nia", "September"),
    ("oktober|octobre|ottobre|octubre|pa[źz]dziernika", "October"),
    ("novembre|noviembre|listopada", "November"),
    ("dezember|d[ée]cembre|dicembre|diciembre|grudnia", "December"),
)
# Not before a month's name: "am 14. Oktober" is the date, not "the 14th".
_NOT_A_MONTH_AFTER = (
    r"(?!\s+(?:" + "|".join(words for words, _ in _EU_MONTH_WORDS) + r"|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
    r"|aug|sept?|oct|nov|dec)\b)"
)
_AFTER_A_DAY_NUMBER = r"(?:(?<=\d\s)|(?<=\d\.\s)|(?<=\d\.)|(?<=\d\sde\s))"
# A number of days or weeks as a European writes it after "before" (vor drei Tagen, il y a
# trois jours, tre giorni fa, три дня назад): digits or a word.
_EU_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|a|several)"
# What a number of days after "before" is no time ago in: "before 3 days of rain", "before
# two days off", "before three days were over".
_NOT_AGO_AFTER = (
    r"(?!\s+(?:of|off|before|after|in|at|on|holiday|holidays|break|were|was|had|have|has|left|later"
    r"|from|until|till|to|are|is|passed|pass|went|go)\b)"
)
_EU_MONTHS = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_A_STUDENT_OR_PARENT = (
    r"(?=\s+(?:the\s+|a\s+|my\s+|our\s+|two\s+|three\s+|some\s+|several\s+)?(?:students?|parents?"
    r"|mother|father|mum|mom|dad|class\s+reps?|class\s+monitor|freshm[ae]n|student's|students')\b)"
)
# "On Friday we make the class meeting": the day right before a European's present for the
# future (machen, faire: "we make" is their calque; a Chinese speaker's tenseless "on Monday I
# visit the dorm" is a past deed and is left).
_ON_A_WEEKDAY_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<=\\bon\\s{d}\\s)|(?<=\\bon\\s{d},\\s)"
        for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
    + ")"
)
_ON_A_WEEKDAY_AFTER = (
    r"(?=\s[^.;!?\n]{0,50}?\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)

#: English as continental European lecturers (German, Austrian, Swiss, Dutch, French, Italian,
#: Spanish, Russian, Polish speakers) write it in a Chinese university: the day words of their
#: own languages (gestern, vorgestern, hier, demain, ieri, wczoraj, vchera), their weekdays,
#: their word order for time ago ("before three days": vor drei Tagen), "the 14th of
#: October", their present perfect for a past deed ("yesterday I have spoken with"), their
#: present for the future ("on Friday we make the class meeting"), and their words for the
#: work (class speaker: Klassensprecher; student home and Wohnheim: the dorm; Klassenrat: the
#: class meeting; Gespräch, consultation with a student, discussion with a parent: a talk;
#: further education, advanced training, Fortbildung: training; hospitation: sitting in).
EUROPEAN: tuple[EnglishWord, ...] = (
    # --- days ---
    EnglishWord(
        r"gestern\s+(?:abend|nacht)|hier\s+soir|ieri\s+sera",
        "yesterday evening",
        "German, French, Italian",
        after=_END,
    ),
    EnglishWord(
        r"gestern|gisteren|wczoraj|vchera",
        "yesterday",
        "German, Dutch, Polish, Russian",
        after=_END,
    ),
    EnglishWord(
        r"vorgestern|eergisteren|avant-hier|anteayer|l'altro\s+ieri|przedwczoraj|pozavchera",
        "the day before yesterday",
        "German, Dutch, French, Spanish, Italian, Polish, Russian",
        after=_END,
    ),
    EnglishWord(
        r"heute\s+abend|ce\s+soir|stasera", "tonight", "German, French, Italian", after=_END
    ),
    EnglishWord(
        r"heute|vandaag|aujourd'hui|aujourd’hui|oggi|dzisiaj|segodnya",
        "today",
        "German, Dutch, French, Italian, Polish, Russian",
        after=_END,
    ),
    EnglishWord(
        r"übermorgen|uebermorgen|après-demain|apres-demain|dopodomani|pojutrze",
        "the day after tomorrow",
        "German, French, Italian, Polish",
        after=_END,
    ),
    # A day with its part: gestern früh, heute Nachmittag, morgen Abend, hier matin, cet
    # après-midi, gisteravond, vanochtend.
    EnglishWord(
        r"gestern\s+(?:morgen|fr[üu]h|vormittag)|hier\s+matin|ieri\s+mattina",
        "yesterday morning",
        "German, French, Italian",
        after=_END,
    ),
    EnglishWord(
        r"gestern\s+nachmittag|hier\s+apr[èe]s-midi|ieri\s+pomeriggio",
        "yesterday afternoon",
        "German, French, Italian",
        after=_END,
    ),
    EnglishWord(
        r"heute\s+(?:morgen|fr[üu]h|vormittag)|ce\s+matin|stamattina|vanochtend|vanmorgen",
        "this morning",
        "German, French, Italian, Dutch",
        after=_END,
    ),
    EnglishWord(
        r"heute\s+nachmittag|cet\s+apr[èe]s-midi|oggi\s+pomeriggio|vanmiddag",
        "this afternoon",
        "German, French, Italian, Dutch",
        after=_END,
    ),
    EnglishWord(r"gisteravond", "yesterday evening", "Dutch", after=_END),
    EnglishWord(r"vanavond", "tonight", "Dutch", after=_END),
    EnglishWord(
        r"morgen\s+(?:fr[üu]h|vormittag)|demain\s+matin|domani\s+mattina",
        "tomorrow morning",
        "German, French, Italian",
        after=_END,
    ),
    EnglishWord(
        r"morgen\s+nachmittag|demain\s+apr[èe]s-midi",
        "tomorrow afternoon",
        "German, French",
        after=_END,
    ),
    EnglishWord(
        r"morgen\s+abend|demain\s+soir|domani\s+sera",
        "tomorrow evening",
        "German, French, Italian",
        after=_END,
    ),
    # morgen is tomorrow (not "Guten Morgen", "am Morgen": the morning).
    EnglishWord(
        r"morgen",
        "tomorrow",
        "German, Dutch",
        before=r"(?<!\bguten\s)(?<!\bgoede\s)(?<!\bam\s)(?<!\bden\s)(?<!\bde\s)(?<!\bheute\s)(?<!\bgestern\s)",
        after=_END,
    ),
    EnglishWord(
        r"demain|domani|jutro|zavtra", "tomorrow", "French, Italian, Polish, Russian", after=_END
    ),
    # French hier is yesterday (not the English hier- of "hierarchy": a word of its own only).
    EnglishWord(r"hier", "yesterday", "French", after=_END + r"(?!\s*-)"),
    # Italian ieri, Spanish ayer.
    EnglishWord(r"ieri|ayer", "yesterday", "Italian, Spanish", after=_END),
    *(
        EnglishWord(day + r"s?" if variety == "German" else day, english, variety, after=_END)
        for day, english, variety in _EU_WEEKDAYS
    ),  # fmt: skip
    # A German weekday's short form heading a line ("Di.: dorm visit", "Mo: class meeting");
    # not Do, So (English words) nor one inside a sentence.
    *(
        EnglishWord(short + r"\.?", english, "German", before=r"(?<![^\n])", after=r"(?=\s*:)")
        for short, english in (
            ("mo", "Monday"),
            ("di", "Tuesday"),
            ("mi", "Wednesday"),
            ("fr", "Friday"),
            ("sa", "Saturday"),
        )
    ),  # fmt: skip
    # "before three days" (vor drei Tagen, il y a trois jours): three days ago; "before a
    # week" a week ago. Not "before 3 days of rain", "before two days off".
    EnglishWord(
        rf"before\s+{_EU_NUM}\s+(days?|weeks?|months?)",
        r"\1 \2 ago",
        "German, French, Italian, Spanish, Russian, Polish",
        before=r"(?<!\bthe\s)(?<!\bday\s)",
        after=_END + _NOT_AGO_AFTER,
    ),
    *(
        EnglishWord(
            words,
            english,
            "German, Dutch, French, Italian, Spanish, Polish",
            before=_AFTER_A_DAY_NUMBER,
            after=_END,
        )
        for words, english in _EU_MONTH_WORDS
    ),  # fmt: skip
    # "on the 16." (am 16.: German writes an ordinal with a dot): the 16th (not "on 16.11.", a
    # date, nor "on 3.5 hours").
    EnglishWord(
        r"(?:on|am)\s+(?:the\s+)?(\d{1,2})\.(?![\d.])",
        r"on the \1th,",
        "German",
        after=r"(?=\s|$)" + _NOT_A_MONTH_AFTER,
    ),
    # "the 14th of October" (le 14 octobre, am 14. Oktober): 14 October.
    EnglishWord(
        rf"the\s+(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+of\s+{_EU_MONTHS}",
        r"\1 \2",
        "European",
        after=_END,
    ),
    # --- tense ---
    # "Yesterday I have spoken with Li Wei" (ich habe gesprochen): spoke.
    EnglishWord(
        r"(?:have|has|i've|we've)\s+spoken",
        "spoke",
        "German, French, Italian, Dutch",
        before=r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bcould\s)",
        after=_END,
    ),
    EnglishWord(
        r"(?:have|has|i've|we've)\s+(?:tele)?phoned",
        "phoned",
        "German, French, Italian, Dutch",
        before=r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bcould\s)",
        after=_END,
    ),
    # "On Friday we make the class meeting" (am Freitag machen wir): a plan for Friday.
    EnglishWord(
        r"(we|i)\s+make", r"\1 will make", "German, French", before=_ON_A_WEEKDAY_BEFORE, after=_END
    ),
    EnglishWord(
        r"(we|i)\s+make", r"\1 will make", "German, French", after=_END + _ON_A_WEEKDAY_AFTER
    ),
    # "The class meeting fell out" (fiel aus: ausfallen), "has fallen out": it was cancelled
    # (not "fell out with his roommate": a quarrel, nor "fell out of bed").
    EnglishWord(
        r"fell\s+out|falls\s+out|(?:has|have|had|is|was)\s+fallen\s+out|is\s+falling\s+out",
        "was cancelled",
        "German",
        after=_END + r"(?!\s+(?:with|of|over|about|between)\b)",
    ),
    # "could not take place" (konnte nicht stattfinden): it did not.
    EnglishWord(
        r"could\s+not\s+take\s+place|couldn't\s+take\s+place|couldn’t\s+take\s+place",
        "did not take place",
        "German, French, Russian",
        after=_END,
    ),
    # --- people and places ---
    # The Klassensprecher: the class speakers, the class's representatives (plural: its
    # officers, the class reps); one of them is the class monitor (班长).
    EnglishWord(r"class\s+speakers|klassensprecher(?:innen)?", "class reps", "German", after=_END),
    EnglishWord(r"class\s+speaker|klassensprecherin", "class monitor", "German", after=_END),
    EnglishWord(r"(?:class|course|year)\s+representative", "class monitor", "European", after=_END),
    # The Studentenwohnheim, the foyer, the obshchezhitie: the dorm.
    EnglishWord(
        r"(?:studenten)?wohnheime?n?|studentenheime?|obshchezhiti[ey]|obshaga|akademik(?:u|i)?",
        "dorm",
        "German, Austrian, Russian, Polish",
        after=_END,
    ),
    # "visited the student home" (Studentenheim), not "a student home visit" (a home visit) or
    # "the student home of Wang" (his home).
    EnglishWord(
        r"student\s+homes?",
        "dorm",
        "German, Austrian, Dutch",
        before=r"(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bin\s))",
        after=_END + r"(?!\s+(?:of|visits?|visited)\b)",
    ),
    # --- the work ---
    EnglishWord(
        r"klassenrat|klassenversammlung|klassenstunde", "class meeting", "German", after=_END
    ),
    EnglishWord(r"elterngespr[äa]che?|elternabend", "talk with the parents", "German", after=_END),
    EnglishWord(r"gespr[äa]che?|entretien", "talk", "German, French", after=_END),
    # "a consultation with Wang" (Beratung, consultation): a talk, not one with a doctor.
    EnglishWord(
        r"consultations?\s+with",
        "talk with",
        "German, French, Italian, Russian",
        after=_NOT_A_PROFESSIONAL,
    ),
    EnglishWord(
        r"discussions?\s+with",
        "talk with",
        "German, French, Italian, Russian",
        after=_A_STUDENT_OR_PARENT + _NOT_THE_STUDENTS_AS_A_BODY,
    ),
    # Fortbildung, Weiterbildung, formation continue: training (not Britain's further
    # education colleges).
    EnglishWord(
        r"further\s+education",
        "training",
        "German, Dutch",
        after=_END
        + r"(?!\s+(?:college|colleges|sector|institutions?|students?|teachers?|lecturers?)\b)",
    ),
    EnglishWord(
        r"(?:advanced|further)\s+training|fortbildung(?:en)?|weiterbildung(?:en)?|formation\s+continue",
        "training",
        "German, French, Russian",
        after=_END,
    ),
    # Hospitieren: sitting in on a colleague's class (not the hospital).
    EnglishWord(
        r"hospitat(?:ed|ing)(?:\s+(?:in|at))?|hospitiert", "sat in on", "German", after=_END
    ),
    EnglishWord(r"hospitations?", "class observation", "German", after=_END),
    EnglishWord(r"exkursion(?:en)?", "excursion", "German", after=_END),
    # "unter vier Augen" word for word: a talk "under four eyes" is one-to-one.
    EnglishWord(r"under\s+four\s+eyes", "one-to-one", "German, Dutch", after=_END),
    EnglishWord(r"talk\s+under\s+four\s+eyes", "one-to-one talk", "German, Dutch", after=_END),
    # The Klassenstunde (a class's own hour, 班会课) about a topic: a class meeting (not a
    # lesson's hour).
    EnglishWord(
        r"class\s+hour",
        "class meeting",
        "German, Russian",
        after=r"(?=\s+(?:about|on|with\s+the\s+topic)\b)",
    ),
    # The Beratungsgespräch: a counselling interview, an advisory conversation: a talk.
    EnglishWord(
        r"(?:counsell?ing|advisory|consultation)\s+(?:interview|conversation)s?",
        "counselling talk",
        "German, French, Russian",
        after=_END,
    ),
    # The Sprechstunde word for word: "speech hour", "speaking hours": office hours.
    EnglishWord(r"speech\s+hours?|speaking\s+hours?", "office hours", "German", after=_END),
    # --- Russian and Ukrainian speakers' English: the academic group's words ---
    # The starosta (староста) heads the group, the class: its monitor; the group's activists
    # (актив группы) are its committee.
    EnglishWord(r"starostas?", "class monitor", "Russian, Ukrainian, Polish", after=_END),
    EnglishWord(
        r"group\s+activists?|activists?\s+of\s+(?:the|my)\s+group|group\s+asset",
        "class committee",
        "Russian, Ukrainian",
        after=_END,
    ),
    # The curator's hour (кураторский час), the educational hour (воспитательный час): the
    # class's own hour with its advisor, a class meeting.
    EnglishWord(
        r"curator(?:'s|ial|ship)?\s+hours?|educational\s+hours?|upbringing\s+hours?",
        "class meeting",
        "Russian, Ukrainian",
        after=_END,
    ),
    # --- French speakers' English: the faux amis of the work and their calques ---
    # "before-yesterday" (avant-hier), "after-tomorrow" (après-demain) word for word.
    EnglishWord(r"before-yesterday", "the day before yesterday", "French", after=_END),
    EnglishWord(r"after-tomorrow", "the day after tomorrow", "French", after=_END),
    # "assister à": to attend. "I have assisted to the lecture" attended it (English "assisted
    # at" is helping, and is left).
    EnglishWord(
        r"assist(?:ed|ing|s)?\s+to\s+(?:the|a)\s+(courses?|td|lectures?|lessons?|class(?:es)?)",
        r"sat in on the \1",
        "French",
        after=_END,
    ),
    EnglishWord(
        r"assist(?:ed|ing|s)?\s+to",
        "attended",
        "French",
        after=r"(?=\s+(?:the|a|an|my|our|his|her)\b)",
    ),
    # A course attended: "attended the course of linear algebra" sat in on it (not "attended
    # a course of treatment", nor a course of training: that is the advisor's own).
    EnglishWord(
        r"attend(?:ed|ing)?\s+(?:the|a)\s+(courses?|td)",
        r"sat in on the \1",
        "French",
        after=_END + r"(?!\s+of\s+(?:treatment|antibiotics|training|lectures\s+for))",
    ),
    # "réaliser", "realizar": to carry out. "I realized a meeting with my students" had one
    # (not "realized that", "realized my mistake").
    EnglishWord(
        r"reali[sz]ed\s+(a|an|the)",
        r"had \1",
        "French, Spanish, Portuguese, Italian",
        after=r"(?=\s+(?:[a-z]+\s+){0,2}(?:meetings?|reunions?|visits?)\b)",
    ),
    # "réunion": a meeting. "the reunion of class" / "meeting of the class" is a class
    # meeting, "the meeting of the class advisors" theirs; "the reunion with the delegates"
    # a meeting; not a family's, a school's or alumni's reunion, nor the reunion dinner of the
    # Spring Festival (团圆饭).
    EnglishWord(
        r"(?:reunions?|meetings?)\s+of\s+(?:the\s+)?class\s+(?:advis[eo]rs|teachers|tutors)",
        "advisors' meeting",
        "French",
        after=_END,
    ),
    EnglishWord(
        r"(?:reunions?|meetings?)\s+of\s+(?:the\s+|my\s+|our\s+)?class",
        "class meeting",
        "French",
        after=_END,
    ),
    EnglishWord(
        r"reunions?",
        "meeting",
        "French",
        before=r"(?<!\bfamily\s)(?<!\balumni\s)(?<!\bschool\s)(?<!\bfamily's\s)(?<!\byear\s)"
        r"(?<!\bhigh\s)(?<!\bclass\s)",
        after=_END
        + r"(?!\s+(?:dinner|meal|party|night|feast|lunch|with\s+(?:his|her|their)\s+famil))",
    ),
    EnglishWord(
        r"class\s+reunions?",
        "class meeting",
        "French",
        after=_END + r"(?!\s+(?:dinner|party|of\s+(?:19|20)\d\d))",
    ),
    # "délégués": the class's elected officers, the class reps; "the delegate of the class"
    # its monitor (not delegates of a congress, nor delegating a task).
    EnglishWord(r"class\s+delegates|délégués|delegues", "class reps", "French", after=_END),
    EnglishWord(
        r"delegates",
        "class reps",
        "French",
        after=_END
        + r"(?!\s+(?:to|of|from|at)\s+(?:the\s+)?(?:congress|conference|union|assembly|summit))",
    ),
    EnglishWord(
        r"delegate\s+of\s+(?:the\s+|my\s+)?class|class\s+delegate",
        "class monitor",
        "French",
        after=_END,
    ),
    # "le responsable de la classe": the class monitor.
    EnglishWord(
        r"responsible\s+of\s+(?:the\s+|my\s+)?class", "class monitor", "French", after=_END
    ),
    # "formation (continue)": training, "a formation for the class advisors" (not the
    # formation of groups or habits, nor a team's).
    EnglishWord(
        r"formations?",
        "training",
        "French",
        before=r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bto\s)|(?<=\battended\s)|(?<![^\n]))",
        after=_END + r"(?!\s+of\b)",
    ),
    # "la permanence": office hours kept for the students (not the permanence of a thing).
    EnglishWord(r"permanences?", "office hours", "French", after=_END + r"(?!\s+of\b)"),
    # "recevoir": a student received in the office is talked with.
    EnglishWord(
        r"rec(?:ei|ie)ved",
        "talked with",
        "French",
        after=r"(?=\s+(?:[a-z]+\s+){1,3}(?:in|at)\s+my\s+office\b)",
    ),
    # "faire le point avec": to take stock with someone, a talk.
    EnglishWord(
        r"(?:made|make|making|did|done)\s+(?:a|the)\s+point\s+with",
        "talked with",
        "French",
        after=_END,
    ),
    # "passer dans les chambres": going round them.
    EnglishWord(
        r"pass(?:ed|ing)?\s+(?:in|through)\s+the\s+(rooms|dorms|dormitor(?:y|ies))",
        r"visited the \1",
        "French",
        after=_END,
    ),
    # "un échange avec", "un entretien individuel": a talk (not exchange students, nor an
    # exchange with the dean or a colleague).
    EnglishWord(
        r"exchanges?\s+with",
        "talk with",
        "French, Italian, Spanish",
        before=r"(?<!\bstudent\s)(?<!\bcurrency\s)",
        after=_NOT_A_PROFESSIONAL
        + r"(?!\s+(?:the\s+)?(?:university|universities|partner|abroad|program))",
    ),
    EnglishWord(
        r"individual\s+(?:interview|meeting|conversation|exchange|talk)s?",
        "one-to-one talk",
        "French, Spanish, Italian, German",
        after=_END,
    ),
    # "la réunion des délégués": their meeting with the advisor.
    EnglishWord(
        r"(?:reunions?|meetings?)\s+of\s+the\s+(?:class\s+)?delegates",
        "meeting with the class reps",
        "French",
        after=_END,
    ),
    # "la cité U", "la résidence universitaire": the dorm.
    EnglishWord(
        r"cit[ée]\s+u(?:niversitaire)?|r[ée]sidences?\s+universitaires?",
        "dorm",
        "French",
        after=_END,
    ),
)


class DayFirstMark(NamedTuple):
    """A word or date form that marks a note's writer as putting the day first in a date."""

    word: str  # a regex over the lower-cased note
    variety: str


_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

#: The marks of a writer who puts the day first in a numeric date, as West African, British,
#: Indian and most of the world's English do: their words, and a date of theirs that can only
#: be day first ("16/11", "12th Nov"). In a note with one, a slashed date both of whose numbers
#: could be a month ("12/11", "9/11/26", "06/11/2026") is read day first (`day_first_dates`);
#: without one it keeps the date rules' reading, month first as American English writes it
#: ("11/12"), unless that is months away and day first a few days back (`date_forms._h_md_sep`).
DAY_FIRST_MARKS: tuple[DayFirstMark, ...] = (
    DayFirstMark(r"hostels?\b(?!\s+(?:fees?|allotment)\b)", "West African, East African, Indian"),
    DayFirstMark(
        r"(?:the|their|students'|off-campus|private)\s+lodges?\b(?!\s+(?:an?|the)\s)",
        "West African",
    ),
    DayFirstMark(r"(?:mummy|daddy)\s+of\b", "West African"),
    DayFirstMark(r"course\s+reps?\b|class\s+governors?\b|class\s+excos?\b|excos\b", "West African"),
    DayFirstMark(r"sensiti[sz](?:ed|ation)\b|enlightened\s+(?:them|the|my)\b", "West African"),
    DayFirstMark(r"next\s+tomorrow\b|(?:yesterday|today)\s+being\b", "West African"),
    DayFirstMark(r"this\s+is\s+to\s+inform\b|(?:level|course)\s+advis[eo]rs?\b", "West African"),
    DayFirstMark(r"counselled\b|programmes?\b|fortnight\b|whilst\b", "British, Commonwealth"),
    DayFirstMark(
        r"\b(?:delegates?|permanence|voil[àa]|bref|demain|r[ée]union)\b|\breunions?\s+(?:with|of)\b",
        "French",
    ),
    DayFirstMark(r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b", "a European clock (14h30)"),
    DayFirstMark(r"(?<![\d./])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d])", "a day-first date"),
    DayFirstMark(
        rf"(?<![\d./])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}\b", "a day-first date"
    ),
)
_DAY_FIRST_NOTE_RE = re.compile("|".join(f"(?:{m.word})" for m in DAY_FIRST_MARKS))
# A slashed date both of whose numbers could be a month, with or without its year; not inside
# a longer number, a clock time or a fraction's run ("1/2/3").
_AMBIGUOUS_SLASHED_RE = re.compile(
    r"(?<![\d./\-:])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])(?=/(?:\d{4}|\d{2})(?![\d/])|(?![\d/]))"
)


def _month_first(m: re.Match[str]) -> str:
    return m.group() if int(m[1]) == int(m[2]) else f"{m[2]}/{m[1]}"


def day_first_dates(norm: str) -> str:
    """`norm` with its ambiguous slashed dates written month first ("12/11" → "11/12", the
    order the date rules read) where the note marks its writer as putting the day first
    (`DAY_FIRST_MARKS`); other notes as they are."""
    if "/" not in norm or _AMBIGUOUS_SLASHED_RE.search(norm) is None:
        return norm
    if _DAY_FIRST_NOTE_RE.search(norm.lower()) is None:
        return norm
    return _AMBIGUOUS_SLASHED_RE.sub(_month_first, norm)


TABLES: dict[str, tuple[EnglishWord, ...]] = {
    "places": PLACES,
    "people": PEOPLE,
    "verbs": VERBS,
    "events": EVENTS,
    "papers": PAPERS,
    "days": DAYS,
    "markers": MARKERS,
    "european": EUROPEAN,
}
ENTRIES: tuple[EnglishWord, ...] = tuple(e for table in TABLES.values() for e in table)


# --- the fold -----------------------------------------------------------------------------------


def keys_of(pattern: str) -> frozenset[str]:
    """The literal prefixes (up to six characters) a match of `pattern` starts with: its
    keys in the scan."""
    found = prefixes(pattern, 6, ascii_start=True)
    if any(len(k) < 2 for k in found):
        raise ValueError(f"an entry must start with two literal characters: {pattern}")
    return found


def _by_key() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """Each key and the entries to try where it stands: those whose own key is it or a prefix
    of it (the scan finds the longest key), longest patterns first."""
    entries = sorted(ENTRIES, key=lambda e: -len(e.word))
    compiled = [re.compile(f"{e.before}(?:{e.word}){e.after}") for e in entries]
    owners: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        for key in keys_of(entry.word):
            owners.setdefault(key, set()).add(i)
    by_key = {}
    for key in owners:
        found = set().union(*(owners.get(key[:n], ()) for n in range(2, len(key) + 1)))
        by_key[key] = tuple((compiled[i], entries[i].standard) for i in sorted(found))
    return by_key


_BY_KEY = _by_key()
# The keys as one trie, at a word's start: one pass over the note finds where an entry may
# stand, and only there are its entries tried.
_KEY_RE = re.compile(r"(?<![a-z0-9'])" + f"(?:{_trie(sorted(_BY_KEY))})")


_GROUP_RE = re.compile(r"\\(\d)")


def _expand(m: re.Match[str], norm: str, standard: str) -> str:
    """`standard` with each group of `m` as `norm` spells it, its own words folded too."""

    def group(g: re.Match[str]) -> str:
        n = int(g[1])
        return fold_english(norm[m.start(n) : m.end(n)])

    return _GROUP_RE.sub(group, standard)


# "Li and Wang came late again; had a discussion with the students about it.": the students
# named as the subject of a lapse just before are "the students" a talk is then had with
# (class: the students named before, not the class as a body); they are spelled in, so the
# talk is theirs and counts them. Only after names (capitalised, no weekday or title) and a
# verb of a lapse in the sentence before or the same one.
_NOT_A_NAME = (
    r"(?!(?:The|My|Our|His|Her|Their|A|An|All|Prof|Dr|Mr|Mrs|Ms|Dean|Class|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|I)\b)"
)
_NAMED_LAPSE_RE = re.compile(
    rf"\b({_NOT_A_NAME}[A-Z][a-z]+(?:\s*,\s*{_NOT_A_NAME}[A-Z][a-z]+)*\s+(?:and|&)\s+{_NOT_A_NAME}[A-Z][a-z]+)"
    r"(?i:\s+(?:both\s+|all\s+)?(?:came|were|arrived|skipped|missed|failed|cut|bunked|got\s+caught|"
    r"(?:didn'?t|did\s+not)\s+(?:come|attend|show|turn))\b[^.;!?\n]{0,60}?[.;]\s*"
    r"(?:(?:i|we)\s+)?(?:had|held)\s+(?:a\s+)?(?:brief\s+|long\s+|short\s+)?(?:discussion|talk|chat|meeting)\s+with\s+)"
    r"(?i:(the\s+(?:two\s+|three\s+)?students)\b(?!\s+(?:who|that|whose|of)\b))"
)


def students_named_before(norm: str) -> str:
    """`norm` with "the students" after a lapse of students named just before spelled as their
    names (see _NAMED_LAPSE_RE)."""
    m = _NAMED_LAPSE_RE.search(norm)
    if m is None:
        return norm
    return norm[: m.start(2)] + m.group(1) + norm[m.end(2) :]


def fold_english(norm: str) -> str:
    """`norm` with the varieties' words spelled as the standard English the rules read."""
    low = norm.lower()
    if len(low) != len(norm):
        return norm
    out: list[str] = []
    at = 0
    for hit in _KEY_RE.finditer(low):
        pos = hit.start()
        if pos < at:
            continue
        for pattern, standard in _BY_KEY.get(hit.group(), ()):
            m = pattern.match(low, pos)
            if m is not None:
                out.append(norm[at:pos])
                # A group keeps the note's own spelling ("gave Li Lei's dad a bell"), its own
                # words folded too ("gave his old man a ring").
                out.append(_expand(m, norm, standard))
                at = m.end()
                break
    if not out:
        return norm
    out.append(norm[at:])
    return "".join(out)
