"""Issue 17, lane days: one deed done on several days, the days named together, is one record
per day (the college counts visits). Each table is one way advisors of many backgrounds name
the days: joined by a word (Mandarin 和, Cantonese 同, English "and", "plus"), as a range with
都 or as long as the deed took (周六到周日…两天), by the number of days the deed took (两天的培训,
连续三晚, 凡两日, "two evenings running") or as English items each with its own day. Every
entry has a sentence written for it (none taken from a blind batch), and each table its false
friends: one deed on one day, however the days are named near it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.dates import find_dates

TZ = ZoneInfo("Asia/Shanghai")
# Wednesday 9 December 2026, in the evening.
NOW = dt.datetime(2026, 12, 9, 21, 0, tzinfo=TZ)
LAST_THU, LAST_FRI, SAT, SUN = "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"
MON, TUE, WED = "2026-12-07", "2026-12-08", "2026-12-09"


def _parse(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_note(text, NOW).activities)


def _each(kind: str, *days: str) -> list[tuple[str, str]]:
    return sorted((kind, day) for day in days)


# --- 1. Days joined by a word: one record on each ------------------------------------------
# `pipeline._DATE_JOIN_RE`: the joining words of Mandarin (和, 跟, 及, 与, 以及, 还有, 、),
# Cantonese 同 (同埋 is folded to 和), Wu 搭, a list typed fast (并, 加, +), English "and", "&",
# "plus", "as well as", and an English weekday before the next date ("Sat 12/5 and Sun 12/6").
JOINED = [
    ("周一和周二晚上都去了宿舍", _each("dorm_visit", MON, TUE)),
    ("礼拜六同礼拜日都去咗宿舍", _each("dorm_visit", SAT, SUN)),
    ("上个礼拜五同寻日都去咗男生宿舍睇下", _each("dorm_visit", LAST_FRI, TUE)),
    ("礼拜一同埋礼拜二都去咗听课", _each("classroom_visit", MON, TUE)),
    ("上周四跟周五都去查寝了", _each("dorm_visit", LAST_THU, LAST_FRI)),
    ("周一及周二均到宿舍检查卫生", _each("dorm_visit", MON, TUE)),
    ("周一与周二两次深入宿舍走访", _each("dorm_visit", MON, TUE)),
    ("周一、周二都找小李谈了话", _each("student_talk", MON, TUE)),
    ("周一还有周二都去听了课", _each("classroom_visit", MON, TUE)),
    ("周一以及周二晚上均已查寝", _each("dorm_visit", MON, TUE)),
    ("周一并周二下宿舍查寝", _each("dorm_visit", MON, TUE)),
    ("周一加周二都去宿舍转了转", _each("dorm_visit", MON, TUE)),
    ("周一+周二 查寝", _each("dorm_visit", MON, TUE)),
    ("上礼拜四搭礼拜五侪去听课了", _each("classroom_visit", LAST_THU, LAST_FRI)),
    ("Visited the dorms Monday and Tuesday", _each("dorm_visit", MON, TUE)),
    ("Dorm visits Mon & Tue", _each("dorm_visit", MON, TUE)),
    ("Checked the dorms on Monday plus Tuesday", _each("dorm_visit", MON, TUE)),
    ("Sat in on classes Monday as well as Tuesday", _each("classroom_visit", MON, TUE)),
    ("Took the team to the contest Sat 12/5 and Sun 12/6", _each("student_activity", SAT, SUN)),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_days_joined_by_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# False friends: 同 of 同学 / 同一天 after a day joins nothing; two days of two deeds stay apart.
JOINED_FALSE_FRIENDS = [
    ("周三同学来办公室找我谈话", [("student_talk", WED)]),
    ("周一开班会，同一天晚上去了宿舍", [("class_meeting", MON), ("dorm_visit", MON)]),
    ("周一查寝，周二听课", [("classroom_visit", TUE), ("dorm_visit", MON)]),
    ("周一加班开了班委会", [("cadre_meeting", MON)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_FALSE_FRIENDS)
def test_joined_false_friends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# --- 2. A range of days with the deed on each ----------------------------------------------
# `dates._daily_ranges`: a range told day by day (每天), with 都 after its end, or as long as the
# days its deed took (周六到周日…两天).
RANGES = [
    ("周一到周三晚上都去了宿舍", _each("dorm_visit", MON, TUE, WED)),
    ("礼拜六到礼拜日参加了两日的班主任培训", _each("seminar", SAT, SUN)),
    ("周六至周日参加了两天的辅导员培训", _each("seminar", SAT, SUN)),
    ("12月5日到6日都带学生去参加比赛了", _each("student_activity", SAT, SUN)),
    ("周一至周三每天查晚自习", _each("classroom_visit", MON, TUE, WED)),
    ("周一到周二都陪学生在外面参加竞赛", _each("student_activity", MON, TUE)),
    ("Saturday to Sunday at the advisors' training, both days", _each("seminar", SAT, SUN)),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_each_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# False friends: a range that is a deadline, a range with no word of each day (one deed on its
# first day, as before), a range of a plan ahead.
RANGE_FALSE_FRIENDS = [
    ("周一到周五交材料，今天去查寝了", [("dorm_visit", WED)]),
    ("上周五至本周一去宿舍走访了一次", [("dorm_visit", LAST_FRI)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_FALSE_FRIENDS)
def test_range_false_friends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# --- 3. The deed told by how many days it took -----------------------------------------------
# `dates._counted_spans`, `_SPAN_ZH_RE`, `_SPAN_EN_RE`: a date and the days its deed took count
# on from it; a run (连续, "running") that would reach past today ends on its date, and with no
# date ends today; a total after the second of two dates (凡两日) joins them.
SPANS = [
    ("周六参加了两天的班主任培训", _each("seminar", SAT, SUN)),
    ("礼拜六喺学校参加咗两日嘅培训", _each("seminar", SAT, SUN)),
    ("上周六去省城培训了两天", _each("seminar", SAT, SUN)),
    ("周一开始连续三晚查寝", _each("dorm_visit", MON, TUE, WED)),
    ("今晚已经一连三晚去宿舍了", _each("dorm_visit", MON, TUE, WED)),
    ("连续两晚都去查寝了", _each("dorm_visit", TUE, WED)),
    ("上周四起接连两天去听课", _each("classroom_visit", LAST_THU, LAST_FRI)),
    ("上周六赴杭州参加了辅导员培训，为期两天", _each("seminar", SAT, SUN)),
    ("前日赴省城，参加班主任培训，昨晚始返，凡两日", _each("seminar", MON, TUE)),
    ("Attended a two-day training on Saturday", _each("seminar", SAT, SUN)),
    ("Went round the dorms two evenings running", _each("dorm_visit", TUE, WED)),
    ("Was at the advisors' workshop for two days from Saturday", _each("seminar", SAT, SUN)),
    ("Took the team to the contest last weekend, both days", _each("student_activity", SAT, SUN)),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_spans_each_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# False friends: a count of days that is one day (两天前), lately or soon (这两天, 前两天, 过两天),
# the student's own days (旷课两天, 请了两天假, 连着三晚没回), how often (每两天), hours (两个小时),
# days looked back on (两天都很忙), a date's own numeral (二十三日, 星期二晚上).
SPAN_FALSE_FRIENDS = [
    ("两天前去宿舍看了看", [("dorm_visit", MON)]),
    ("这两天学生情绪不好，今天找他谈了谈", [("student_talk", WED)]),
    ("前两天去听了一节课", [("classroom_visit", MON)]),
    ("周一找他谈话，他已经旷课两天了", [("student_talk", MON)]),
    ("周一找他谈话，他请了两天假", [("student_talk", MON)]),
    ("周一查寝发现小王连着三晚没回宿舍", [("dorm_visit", MON)]),
    ("周一开了两个小时的班会", [("class_meeting", MON)]),
    ("周一查寝，周二听课，两天都很忙", [("classroom_visit", TUE), ("dorm_visit", MON)]),
    ("星期二晚上的班会开了一个钟头", [("class_meeting", TUE)]),
    ("十二月七日，赴三号舍查寝", [("dorm_visit", MON)]),
    ("周一去宿舍看了看，过了两天才有空写记录", [("dorm_visit", MON)]),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_FALSE_FRIENDS)
def test_span_false_friends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


def test_two_days_is_no_date() -> None:
    """No day of the month is written 两日 (二日 and 两号 are)."""
    today = dt.date(2026, 12, 9)
    assert find_dates("参加了两日的培训", today, False, True, False) == []
    assert [d.day.day for d in find_dates("二日去了宿舍", today, False, True, False)] == [2]
    assert [d.day.day for d in find_dates("两号去了宿舍", today, False, True, False)] == [2]


# --- 4. English items, each with its own day ------------------------------------------------
# `pipeline._items_listed`: a name or a course beside each day, no verb in it.
ITEMS = [
    ("Heart-to-heart talks: Mon 12/7 Li Ming, Tue 12/8 Wang Fang", _each("student_talk", MON, TUE)),
    (
        "Talked with Tue 12/1 Li Ming, Thu 12/3 Zhao Min and Chen Xi",
        _each("student_talk", "2026-12-01", LAST_THU),
    ),
    ("Sat in on calculus Mon 12/7 and linear algebra Tue 12/8", _each("classroom_visit", MON, TUE)),
    ("Sat in on the 数分 class Mon 12/7 and 高代 this morning", _each("classroom_visit", MON, WED)),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS)
def test_english_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# False friends: a clause with its own verb after the next day is no item of the list.
ITEM_FALSE_FRIENDS = [
    ("Talked to Li Ming on Mon 12/7, his mum came Tue 12/8", [("student_talk", MON)]),
    ("Visited the dorms Mon 12/7 with Wang, Tue 12/8 it rained all day", [("dorm_visit", MON)]),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_FALSE_FRIENDS)
def test_item_false_friends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


# --- 5. The students' defence sat in on (答辩, 答辯) -----------------------------------------
DEFENCE = [
    ("上周四同周五都去咗听佢哋论文答辯", _each("student_activity", LAST_THU, LAST_FRI)),
    ("周一去旁听了学生的开题答辩", [("student_activity", MON)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFENCE)
def test_defence_sat_in_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert _parse(text) == expected


def test_defence_slides_are_paperwork() -> None:
    """Helping with the slides of a defence stays the students' papers, not the defence."""
    assert _parse("周一帮他们改答辩ppt") == [("other", MON)]


def test_english_items_count_the_people_named_each_day() -> None:
    """A total told before the days is shared by the names after each day
    (`pipeline._named_each_day`); with no names the total stays on each day, as before."""
    note = "Talked with 3 students: Mon 12/7 Li Ming, Tue 12/8 Wang Ting & Zhou Ying"
    counts = sorted((a.date.isoformat(), a.count) for a in parse_note(note, NOW).activities)
    assert counts == [(MON, 1), (TUE, 2)]
    note = "Talked with 4 students Mon 12/7 and Tue 12/8"
    counts = sorted((a.date.isoformat(), a.count) for a in parse_note(note, NOW).activities)
    assert counts == [(MON, 4), (TUE, 4)]
