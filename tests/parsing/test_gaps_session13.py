"""Issue 17: gaps the last session's lanes reported and left, each as a class with sentences
of its own (none taken from a blind batch)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Wednesday evening: 11-19 is tomorrow.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


# --- 1. a coming day told before the next deed, in its clause, is that deed's -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("查寝，明天要开班会", [("dorm_visit", "2026-11-18"), ("class_meeting", "2026-11-19")]),
        (
            "打电话给他爸爸，明天我找他谈谈",
            [("parent_contact", "2026-11-18"), ("student_talk", "2026-11-19")],
        ),
        (
            "去宿舍看了看，明天去听课",
            [("dorm_visit", "2026-11-18"), ("classroom_visit", "2026-11-19")],
        ),
        # The day after the deed with no deed of its own after it still dates it.
        ("查寝，明天", [("dorm_visit", "2026-11-19")]),
        # A repeat word in the deed's own clause is the same deed ("查寝明天去").
        ("班会已开，查寝明天去", [("class_meeting", "2026-11-18"), ("dorm_visit", "2026-11-19")]),
    ],
)
def test_a_coming_day_before_the_next_deed_is_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 2. a talk counted by its classifier is no lecture sat in on ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("听了一节讲座", [("student_activity", "2026-11-18")]),
        ("带学生听了一节考研讲座", [("student_activity", "2026-11-18")]),
        ("听了两节课", [("classroom_visit", "2026-11-18")]),
        ("下午听了一节高数", [("classroom_visit", "2026-11-18")]),
    ],
)
def test_a_talk_heard_is_not_a_lecture(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 3. 完 as a verb's result: 查完寝 ---------------------------------------------------------


@pytest.mark.parametrize("text", ["查完寝回家了", "晚上查完寝已经十一点了"])
def test_done_checking_the_dorms(text: str) -> None:
    assert kinds_and_days(text) == Counter([("dorm_visit", "2026-11-18")])


# --- 4. 中午 before one to five o'clock is after noon ----------------------------------------


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("中午三点去宿舍", dt.time(15, 0)),
        ("中午1点找小王谈心", dt.time(13, 0)),
        ("中午12点半开班会", dt.time(12, 30)),
        ("中午十一点半去宿舍", dt.time(11, 30)),
    ],
)
def test_noon_hours(text: str, clock: dt.time) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.time == clock


# --- 5. parents named by their child's full name are counted one by one --------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("张浩他妈、李佳欣她爸都打了电话", 2),
        ("张浩的妈妈和李佳欣的爸爸都联系了", 2),
        ("给张浩他妈打了电话", 1),
    ],
)
def test_parents_named_by_their_child(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.kind == "parent_contact"
    assert activity.count == count


# --- 6. counts: the deed's own, not a number told about something else ---------------------


def counts(text: str) -> list[tuple[str, str, int]]:
    return sorted((a.kind, a.date.isoformat(), a.count) for a in parse_message(text, NOW))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number of people in an earlier sentence is not the talk's.
        (
            "这学期摸了个底，二十八个人十九个想考。今儿又找了俩没想好的谈了谈",
            [("student_talk", "2026-11-18", 2)],
        ),
        # Nor in an earlier clause, when the deed names its people.
        ("班里有30个人，找了小王谈心", [("student_talk", "2026-11-18", 1)]),
        ("找了3个学生，小王小李小张，挨个谈了谈", [("student_talk", "2026-11-18", 3)]),
        # 俩 / 仨 hold their measure word, with no noun after 的.
        ("中午碰到俩我们班的 就坐一起边吃边聊 也算谈心", [("student_talk", "2026-11-18", 2)]),
        # Each day's own tally, not the total on every day.
        (
            "上周跟四个家长通了电话 都是期中没考好的 周四两个周五两个",
            [("parent_contact", "2026-11-12", 2), ("parent_contact", "2026-11-13", 2)],
        ),
        (
            "前天和昨天又找了四个学生单独谈心，一天俩",
            [("student_talk", "2026-11-16", 2), ("student_talk", "2026-11-17", 2)],
        ),
        (
            "周一周三各找了两个学生谈心",
            [("student_talk", "2026-11-16", 2), ("student_talk", "2026-11-18", 2)],
        ),
        # Calls counted with no noun in a note about parents.
        (
            "家长联系：上周五打了两个，这周一又打了一个。",
            [("parent_contact", "2026-11-13", 2), ("parent_contact", "2026-11-16", 1)],
        ),
        # A group told before the deed, which points back at them.
        (
            "上午去教室看了一下，有三个学生没来，下午给他们家长都打了电话",
            [("classroom_visit", "2026-11-18", 1), ("parent_contact", "2026-11-18", 3)],
        ),
        (
            "上午听了一节数学分析，后排有两个娃睡觉，下课叫住说了几句",
            [("classroom_visit", "2026-11-18", 1), ("student_talk", "2026-11-18", 2)],
        ),
        # Without a pointer back the group is not the deed's people.
        ("有两个学生挂科，我找了其中一个谈话", [("student_talk", "2026-11-18", 1)]),
    ],
)
def test_counts_are_the_deeds_own(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Only those reached are contacted.
        ("昨儿给那俩家长打电话 就打通一个 另一个死活不接", 1),
        ("给三个家长打了电话，只联系上两个", 2),
        ("给三个家长打了电话，只有两个接了", 2),
        ("给三个家长打了电话", 3),
        # Students named by their posts, one person each.
        ("会后又跟班长、团支书谈了下", 2),
        ("找班长和学委聊了聊", 2),
        ("跟班长、团支书、学委三个单独谈了话", 3),
        ("跟班长谈了谈", 1),
    ],
)
def test_counts_of_people_reached_and_posts(text: str, count: int) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.count == count


# --- 7. put off to a named day: a plan for that day, which the bot follows up -------------


def plans(text: str, now: dt.datetime = NOW) -> list[tuple[str, str, str | None]]:
    return sorted((a.kind, a.date.isoformat(), a.flag) for a in parse_message(text, now))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天的听课没去成，临时有会，改到周五。", [("classroom_visit", "2026-11-20", "future")]),
        (
            "今儿个原定去查寝，院里临时有事儿给耽误了，挪到明儿晚上了。",
            [("dorm_visit", "2026-11-19", "future")],
        ),
        (
            "本来今晚要开班会，好多同学要去招聘会，挪到周四晚上了",
            [("class_meeting", "2026-11-19", "future")],
        ),
        ("班会从周一改到周五了", [("class_meeting", "2026-11-20", "future")]),
        ("班会推迟到下周一", [("class_meeting", "2026-11-23", "future")]),
        (
            "十一月那个工作记录表交了 查寝今天去不了 改到明天晚上",
            [("dorm_visit", "2026-11-19", "future")],
        ),
        # The same in English.
        ("class meeting moved to Friday", [("class_meeting", "2026-11-20", "future")]),
        (
            "the class meeting is postponed to next Tuesday",
            [("class_meeting", "2026-11-24", "future")],
        ),
        ("Dorm visit postponed to next week due to exams", []),
        ("seminar postponed to next month, so nothing today", []),
        # Fell through, to be gone to again on a named day.
        ("寝室没去成，明儿再去", [("dorm_visit", "2026-11-19", "future")]),
        ("今天没空听课，周五再去", [("classroom_visit", "2026-11-20", "future")]),
        # …but not when other deeds came in between (the failed one's repeat is topics').
        ("班长今天代我去宿舍通知了离校事项，我明天再去看看。", []),
        # Done on the day it was put off to: recorded there, as before.
        ("本来周一的班会改到周二开了", [("class_meeting", "2026-11-17", None)]),
        ("查寝原定周日，推迟到周一查完了", [("dorm_visit", "2026-11-16", None)]),
        # No day named, a clock time, or a question: nothing.
        ("班会推迟到下学期了", []),
        ("查寝改到下周", []),
        ("参观的事情取消了，改到六月份再讲。", []),
        ("班会改到周五吗？", []),
    ],
)
def test_put_off_to_a_named_day_is_a_plan_for_it(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert plans(text) == sorted(expected)


# --- 8. making up for a forgotten record: the deed before it is its time ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周五开完班会晚黑又去寝室转了哈，忘了记，补一个。", [("dorm_visit", "2026-11-13")]),
        (
            "周一开完班会以后又跟班委几个干部开了个小会，当时忘记记了，现在补上",
            [("cadre_meeting", "2026-11-16")],
        ),
        ("周二班会完了 又叫班委留下开了个小会，忘了记", [("cadre_meeting", "2026-11-17")]),
        # Without a word of forgetting both are new.
        (
            "开完班会又去宿舍转了一圈",
            [("class_meeting", "2026-11-18"), ("dorm_visit", "2026-11-18")],
        ),
        # Nor is a deed told on its own, not as what came before the other.
        (
            "周一开了班会，又去宿舍转了一圈，忘了记",
            [("class_meeting", "2026-11-16"), ("dorm_visit", "2026-11-16")],
        ),
    ],
)
def test_the_deed_before_a_forgotten_one_is_its_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == Counter(expected)


# --- 9. a weekday read with its full stop ends its sentence there -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan in the next sentence does not send the meeting held on Monday a week ahead.
        (
            # Tonight's dorms, meant: today's plan (session 16), followed up in the evening.
            "Had the class meeting Monday. I'll do the dorms tonight.",
            [("class_meeting", "2026-11-16", None), ("dorm_visit", "2026-11-18", "future")],
        ),
        (
            "Will hold the class meeting Friday. Did the dorms tonight.",
            [("class_meeting", "2026-11-20", "future"), ("dorm_visit", "2026-11-18", None)],
        ),
    ],
)
def test_a_plan_in_the_next_sentence_is_its_own(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert plans(text) == sorted(expected)
