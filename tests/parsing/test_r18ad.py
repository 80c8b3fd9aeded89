"""Issue 17, lane r18ad: a Hefei lecturer's Jianghuai Mandarin (今个, 克, 港, 小伙 / 丫头) and a
Shenyang lecturer's Dongbei speech (今儿个, 唠了唠, 孩子 for the students, 俩). Each class is one
way such a note lost, added or misdated a deed; the sentences are written for the class, a blind
note's form shortened first, and the false friends keep their reading."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import fold_dialects

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Wednesday
MONDAY = dt.datetime(2026, 11, 30, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

Expect = list[tuple[str, str, int, str | None]]  # kind, date, count, flag


def _parse(text: str, now: dt.datetime = NOW) -> Expect:
    result = parse_note(text, now)
    return sorted((a.kind, a.date.isoformat(), a.count, a.flag) for a in result.activities)


# Jianghuai (Hefei, Nanjing) and Wuhan 港 is 讲: doubled (港了港, 港港, 港一港) a chat, before a
# while a chat, otherwise 港了 what was said, inside the visit or meeting it was said in
# (`dialects.VERBS`).
GANG: list[tuple[str, Expect]] = [
    (
        "昨个中午跟几个小伙在食堂吃了个饭，港了港考研复习的事",
        [("student_talk", "2026-11-17", 1, None)],
    ),
    ("下午找小李港了港保研的事", [("student_talk", "2026-11-18", 1, None)]),
    ("晚上叫两个丫头来办公室港港", [("student_talk", "2026-11-18", 2, None)]),
    ("跟小王港了一个钟头", [("student_talk", "2026-11-18", 1, None)]),
    ("下周三开主题班会，期中前港一港", [("theme_meeting", "2026-11-25", 1, "future")]),
    ("昨个跟小李韶了韶转专业的事", [("student_talk", "2026-11-17", 1, None)]),
    # 港了 + what was told: the visit's own words, no talk beside it.
    ("晚上查了下寝，跟他们港了注意安全", [("dorm_visit", "2026-11-18", 1, None)]),
    ("去宿舍转了转，跟小伙们港了用电的事", [("dorm_visit", "2026-11-18", 1, None)]),
    ("班会上港了实习的事", [("class_meeting", "2026-11-18", 1, None)]),
    # False friends: a harbour.
    ("香港港口", []),
    ("船到港了", []),
]

# The regions' boys and girls counted (四个小伙, 三个伢), and 俩 / 仨 caught or called before the
# talk (`details._COUNT_ZH_RE`).
COUNTS: list[tuple[str, Expect]] = [
    ("今个又找了四个小伙谈话，都是考研的事", [("student_talk", "2026-11-18", 4, None)]),
    ("找了三个伢谈心", [("student_talk", "2026-11-18", 3, None)]),
    ("下课逮着俩唠了唠", [("student_talk", "2026-11-18", 2, None)]),
    ("晚上找了仨过来聊", [("student_talk", "2026-11-18", 3, None)]),
    # False friends: hours, and 俩 as a pronoun's.
    ("跟小王聊了俩小时", [("student_talk", "2026-11-18", 1, None)]),
]

# A call to the class's kids (孩子) is a talk with them, and the tally after the call counts it;
# the parent's own call to their child and the kid's parents stay what they were.
KIDS_CALLED: list[tuple[str, Expect]] = [
    (
        "今儿个挨个给考研的孩子打电话鼓鼓劲，打了十一个",
        [("student_talk", "2026-11-18", 11, None)],
    ),
    ("晚上给没返校的孩子打了个电话", [("student_talk", "2026-11-18", 1, None)]),
    ("给挂科的学生打电话，一共打了五个", [("student_talk", "2026-11-18", 5, None)]),
    ("给孩子家长打了电话", [("parent_contact", "2026-11-18", 1, None)]),
    # The parent's own call to their child: no talk, and no contact of the advisor's
    # (session 18, lane noticed2: `kinds._NOT_CALLING_THEIR_CHILD`).
    ("家长给孩子打了电话", []),
    # Two days' calls, each its own tally.
    (
        "上周五打了两个家长电话，这周一又打了一个",
        [("parent_contact", "2026-11-13", 2, None), ("parent_contact", "2026-11-16", 1, None)],
    ),
]

# The advisors' meeting without 议 after the verb that holds it (开班主任会, 参加全体班主任会).
ADVISORS_MEETING: list[tuple[str, Expect]] = [
    (
        "上午听了一节课，下午去学院开班主任会，说的就业那些事",
        [("classroom_visit", "2026-11-18", 1, None), ("seminar", "2026-11-18", 1, None)],
    ),
    ("周一参加了全体班主任大会", [("seminar", "2026-11-16", 1, None)]),
    ("下午开了个辅导员会", [("seminar", "2026-11-18", 1, None)]),
    # False friends: the advisor will do something, a notice.
    ("班主任会来宿舍看看吗", []),
    ("学院通知明天开班主任会", []),
]

# A talk told by the hour it went on to, opening its clause, the student told before; and a
# chat set apart from the visit before it (单独, 个别, or someone told in a sentence of its own).
TALKS_APART: list[tuple[str, Expect]] = [
    (
        "今儿个宿舍也走了。有个孩子晚上哭了，唠到十点多",
        [("dorm_visit", "2026-11-18", 1, None), ("student_talk", "2026-11-18", 1, None)],
    ),
    ("有个学生晚上来办公室，谈到十一点", [("student_talk", "2026-11-18", 1, None)]),
    (
        "晚上上宿舍唠了唠，有几个考砸了的单独又唠了会儿",
        [("dorm_visit", "2026-11-18", 1, None), ("student_talk", "2026-11-18", 1, None)],
    ),
    (
        "去宿舍看了一圈，挂科的那几个个别又聊了聊",
        [("dorm_visit", "2026-11-18", 1, None), ("student_talk", "2026-11-18", 1, None)],
    ),
    # False friends: the chat is the visit's or the meeting's.
    ("去宿舍转了转，有几个在打游戏，聊了几句", [("dorm_visit", "2026-11-18", 1, None)]),
    ("晚上上宿舍唠了唠", [("dorm_visit", "2026-11-18", 1, None)]),
    ("班委会开完，聊到十点多", [("cadre_meeting", "2026-11-18", 1, None)]),
]

# This week named with what must still be done in it, its weekdays told after: this week's,
# the coming ones too (sent on Monday 30 November).
THIS_WEEK_TO_DO: list[tuple[str, Expect]] = [
    (
        "这礼拜还得查课，周三吧，再跟开题那几个唠唠，周四",
        [
            ("classroom_visit", "2026-12-02", 1, "future"),
            ("student_talk", "2026-12-03", 1, "future"),
        ],
    ),
    ("本周要开班会，周四", [("class_meeting", "2026-12-03", 1, "future")]),
    (
        "这周打算周三开班会，周五查寝",
        [("class_meeting", "2026-12-02", 1, "future"), ("dorm_visit", "2026-12-04", 1, "future")],
    ),
    # False friend: a past week's log keeps its days.
    (
        "上周查了两次课，周三周四",
        [("classroom_visit", "2026-11-25", 1, None), ("classroom_visit", "2026-11-26", 1, None)],
    ),
]

# Seeing the students off at the exam site (送考 told in words) is their activity; the parents'
# is not the advisor's.
EXAM_SITE: list[tuple[str, Expect]] = [
    (
        "明儿个考研，周六周日俩天我都去考点门口送孩子",
        [
            ("student_activity", "2026-11-21", 1, "future"),
            ("student_activity", "2026-11-22", 1, "future"),
        ],
    ),
    ("今天一早去考点门口送学生", [("student_activity", "2026-11-18", 1, None)]),
    ("家长在考点门口送孩子", []),
    ("考点在哪", []),
]

# A mobilisation meeting by its theme (考研动员会) is a class meeting the bot asks about (the
# corpus records a theme only when the note says 主题), no longer other work; the college's
# meeting the class went to stays the students' activity.
MOBILISATION: list[tuple[str, Expect]] = [
    ("考研动员会搞完了，效果还可以", [("class_meeting", "2026-11-18", 1, None)]),
    ("就业动员会开了", [("class_meeting", "2026-11-18", 1, None)]),
    ("今天给学生做了考研动员", [("other", "2026-11-18", 1, None)]),
    ("组织班级参加学院的考研动员大会", [("student_activity", "2026-11-18", 1, None)]),
    ("今天下午学院就业动员大会 带班上同学一起去的", [("student_activity", "2026-11-18", 1, None)]),
]


# The northern verbs of doing not done (Dongbei 整, Mandarin 搞, 弄: 没整成, 整不成, 没整), and
# Nanjing's 多晚 (when): nothing recorded; what was done with 整 stays.
NOT_DONE_NORTH: list[tuple[str, Expect]] = [
    ("查寝今儿个没整成，系里临时开会", []),
    ("班会今儿个整不成了", []),
    ("班会没整，孩子们都去面试了", []),
    ("班会搞不成了", []),
    ("班会多晚开还没定", []),
    # False friends: done, or how late.
    ("查寝整完了", [("dorm_visit", "2026-11-18", 1, None)]),
    ("班会开到多晚都行", [("class_meeting", "2026-11-18", 1, None)]),
    ("今天没整别的，就查了个寝", [("dorm_visit", "2026-11-18", 1, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NOT_DONE_NORTH
    + GANG
    + COUNTS
    + KIDS_CALLED
    + ADVISORS_MEETING
    + TALKS_APART
    + EXAM_SITE
    + MOBILISATION,
)
def test_class(text: str, expected: Expect) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize(("text", "expected"), THIS_WEEK_TO_DO)
def test_this_weeks_days_to_do(text: str, expected: Expect) -> None:
    assert _parse(text, MONDAY) == expected


def test_a_mobilisation_meeting_asks_about_the_theme() -> None:
    (found,) = parse_note("考研动员会搞完了", NOW).activities
    assert [a.value for a in found.alternatives] == ["theme_meeting"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("港了港考研的事", "聊了聊考研的事"),
        ("来港港", "来聊聊"),
        ("期中前港一港", "期中前聊一聊"),
        ("跟他们港了注意安全", "跟他们说了注意安全"),
        ("跟小刘港了半天", "跟小刘聊了半天"),
        ("去香港港口", "去香港港口"),
    ],
)
def test_gang_folds(text: str, folded: str) -> None:
    assert fold_dialects(text) == folded


def checked_text() -> str:
    """The notes of this file, one string (`test_dialect_tables` reads it for the table words)."""
    return "".join(text for text, _ in GANG + COUNTS + NOT_DONE_NORTH)
