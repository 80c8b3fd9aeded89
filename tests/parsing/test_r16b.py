"""Issue 17, lane r16b: the classes behind round 16b's wrong notes (a Penang lecturer's
Malaysian Mandarin with particles and English / Malay loans), each with the blind note's form,
sentences of its own and the false friends that must not change."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

TZ = ZoneInfo("Asia/Shanghai")
SATURDAY = dt.datetime(2026, 11, 21, 20, 10, tzinfo=TZ)
FRIDAY = dt.datetime(2026, 12, 4, 21, 10, tzinfo=TZ)
TODAY = SATURDAY.date()

Kinds = list[tuple[str, int]]


def _kinds(text: str, now: dt.datetime = SATURDAY) -> Kinds:
    """(kind, days from today) of each activity, sorted."""
    return sorted((a.kind, (a.date - now.date()).days) for a in parse_note(text, now).activities)


def _hours(text: str, now: dt.datetime = SATURDAY) -> list[float | None]:
    return [a.hours for a in parse_note(text, now).activities]


def _counts(text: str, now: dt.datetime = SATURDAY) -> list[int | None]:
    return [a.count for a in parse_note(text, now).activities]


# --- 1. 个钟 as hours (dialects.DURATIONS) ----------------------------------------------------
# Southeast Asian Mandarin and the south say 两个钟 for two hours; read where only a span can be
# meant: after a verb's 了, after a word of about, or opening a clause.


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("喝茶了，谈了两个钟", 2.0),
        ("跟班委坐下来商量分工，大概半个钟", 0.5),
        ("今天下午找了3个学生来办公室，一起谈，一个钟左右", 1.0),
        ("跟家长讲了差不多一个钟", 1.0),
        ("下午陪他们排练了三个钟", 3.0),
        ("昨晚查寝查了一个钟", 1.0),
        ("跟阿明聊了有两个钟", 2.0),
    ],
)
def test_a_whole_number_of_zhong_is_hours(text: str, hours: float) -> None:
    assert _hours(text) == [hours]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock, not a span: bought or hung, or an hour of the day.
        ("宿舍里挂了一个钟，今天去查寝", [None]),
        ("下午三点钟去查寝", [None]),
        ("谈了两个钟头", [2.0]),
    ],
)
def test_a_clock_is_no_span(text: str, expected: list[float | None]) -> None:
    assert _hours(text) == expected


# --- 2. The committee sat down with and talked to: its meeting (kinds, cadre rules) -----------


@pytest.mark.parametrize(
    "text",
    [
        "散会后跟班委几个坐下来讲分工，大概半个钟",
        "跟班委几个坐下来谈分工",
        "和班委坐一起聊了聊",
        "跟班干部讲了一下分工",
        "同班委讲这学期的安排",
    ],
)
def test_the_committee_talked_with_is_its_meeting(text: str) -> None:
    assert _kinds(text) == [("cadre_meeting", 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跟班委说了一声", []),
        ("班委讲分工已经定了", []),
        ("班委说想搞个活动", []),
    ],
)
def test_the_committee_only_told_or_telling(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


# --- 3. A student sought out and spoken to (找 + a student + 讲 / 说 a few words) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "下课找那个睡觉的讲了几句",
        "找他说了一下",
        "中午找阿明讲了两句",
        "跟他讲了差不多一个钟",
    ],
)
def test_a_student_sought_out_and_spoken_to(text: str) -> None:
    assert _kinds(text) == [("student_talk", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "找任课老师说了一下",
        "找了半天讲义",
        "找他妈妈说了一下",
        "找学工办说了一下宿舍的事",
        "找宿管阿姨讲了几句",
    ],
)
def test_no_student_spoken_to(text: str) -> None:
    assert ("student_talk", 0) not in _kinds(text)


# --- 4. 讲 of what someone said (blocking._STUDENT_SAYS_RE) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "monitor讲学院元旦晚会他们班有两个节目，要我去看彩排。下礼拜二晚上 on",
            [("student_activity", 4)],
        ),
        ("班长讲学院元旦晚会他们班有两个节目", []),
        ("同学讲下礼拜有数模比赛", []),
    ],
)
def test_what_a_student_said_with_jiang(text: str, expected: Kinds) -> None:
    assert _kinds(text, FRIDAY) == expected


def test_a_lecture_told_is_no_report() -> None:
    assert _kinds("班长说带大家去听讲座，我也去了", FRIDAY) == [("student_activity", 0)]


# --- 5. A bare 讲 of what was told at a meeting (topics._TOLD_THERE_RE) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "下午跟班委开会，讲期中成绩和元旦晚会。然后学院那个困难生认定，帮几个学生弄资料",
            [("cadre_meeting", 0), ("other", 0)],
        ),
        ("今晚开班会，讲运动会", [("class_meeting", 0)]),
        ("班委会开了，讲元旦晚会和期末复习", [("cadre_meeting", 0)]),
    ],
)
def test_what_was_told_at_the_meeting(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


def test_a_lecture_after_the_meeting_is_its_own() -> None:
    assert _kinds("开了班会，讲座也带他们去听了") == [("class_meeting", 0), ("student_activity", 0)]


# --- 6. A clinic by another name (mixed.CARE_PLACES) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "有个女生发烧到39度，然后我载她去校医室",
        "有个同学肚子痛，我送他去卫生所",
        "陪他去了趟医务所",
    ],
)
def test_a_student_taken_to_a_clinic(text: str) -> None:
    assert _kinds(text) == [("other", 0)]


def test_going_to_the_clinic_oneself() -> None:
    assert _kinds("下午去校医室拿药，晚上查寝") == [("dorm_visit", 0)]


# --- 7. 资料 as a student's papers (kinds._STUDENT_PAPERS) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "帮几个学生弄资料弄到现在",
        "又帮小王整理了奖学金的资料",
    ],
)
def test_papers_by_another_word(text: str) -> None:
    assert ("other", 0) in _kinds(text)


def test_revision_papers_sorted_with_a_monitor_stay_other_work() -> None:
    assert _kinds("和学委一起整理了期末复习资料") == [("other", 0)]


# --- 8. 工作坊: the advisors' workshop (kinds, seminar rules) ----------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "工作坊只去了礼拜六，礼拜天孩子发烧就赶回来了",
            dt.datetime(2026, 12, 7, 8, 40, tzinfo=TZ),
            [("seminar", -2)],
        ),
        ("下午参加学院的班主任工作坊", SATURDAY, [("seminar", 0)]),
        ("昨天去了一个心理危机干预的工作坊", SATURDAY, [("seminar", -1)]),
    ],
)
def test_a_workshop_is_a_seminar(text: str, now: dt.datetime, expected: Kinds) -> None:
    assert _kinds(text, now) == expected


def test_the_students_workshop_is_theirs() -> None:
    assert _kinds("带学生参加创新创业工作坊") == [("student_activity", 0)]


# --- 9. Gone to watch them revise: a classroom visit -------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["今晚去看他们复习，人很齐", "晚上到课室看一下学生复习"],
)
def test_watching_them_revise(text: str) -> None:
    assert _kinds(text) == [("classroom_visit", 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天监考完去宿舍看了看大家复习情况", [("dorm_visit", 0)]),
        ("打电话问他们复习得怎么样", []),
    ],
)
def test_revision_elsewhere(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


# --- 10. "还有今天": one more day added bare (topics.REPEAT_RE) ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "23/11 和 25/11 都去查寝了，还有今天",
            [("dorm_visit", 2), ("dorm_visit", 4), ("dorm_visit", 5)],
        ),
        ("礼拜一去听课了，还有今天", [("classroom_visit", -5), ("classroom_visit", 0)]),
        ("周三去查寝了，还有今晚也是", [("dorm_visit", -3), ("dorm_visit", 0)]),
    ],
)
def test_one_more_day_added(text: str, expected: Kinds) -> None:
    now = dt.datetime(2026, 11, 21, 22, 0, tzinfo=TZ) if "23/11" not in text else None
    if now is None:
        assert _kinds(text, dt.datetime(2026, 11, 26, 22, 20, tzinfo=TZ)) == [
            (k, d - 5) for k, d in expected
        ]
    else:
        assert _kinds(text, now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("礼拜一去查寝了，还有今天的作业没改", [("dorm_visit", -5)]),
        ("礼拜一去查寝了，还有今天开了班会", [("class_meeting", 0), ("dorm_visit", -5)]),
    ],
)
def test_more_than_a_day_after_still_has(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


# --- 11. Students called in to the office, then talked with -----------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今天下午找了3个挂科风险比较高的学生来办公室，一起谈", 3),
        ("叫了两个同学来办公室谈", 2),
        ("叫他来办公室，单独聊", 1),
    ],
)
def test_called_in_and_talked_with(text: str, count: int) -> None:
    assert _kinds(text) == [("student_talk", 0)]
    assert _counts(text) == [count]


def test_called_in_to_help() -> None:
    assert _kinds("找了3个学生来办公室帮忙搬东西") == []


# --- 12. A weekday's deed told as a look to be taken: the coming one (dates) -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "喝茶了，谈了两个钟。还好 lah，礼拜一带他去心理中心看一下",
            [("other", 2), ("student_talk", 0)],
        ),
        ("周一去宿舍看看", [("dorm_visit", 2)]),
        ("礼拜二去宿舍看一下吧", [("dorm_visit", 3)]),
    ],
)
def test_a_look_to_be_taken_is_the_coming_day(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周一去宿舍看了一下", [("dorm_visit", -5)]),
        ("周一去宿舍看看，都挺好", [("dorm_visit", -5)]),
        ("礼拜一带他去心理中心看了", [("other", -5)]),
    ],
)
def test_a_look_taken_is_the_past_day(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


# --- 13. A count of days as a clause of its own; a plan's days all recorded (dates) -----------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "明天要去广州参加班主任工作坊，两天，礼拜六礼拜天",
            FRIDAY,
            [("seminar", 1), ("seminar", 2)],
        ),
        ("明天去参加两天的班主任培训", FRIDAY, [("seminar", 1), ("seminar", 2)]),
        ("上周六去省里参加班主任培训，两天", SATURDAY, [("seminar", -7), ("seminar", -6)]),
        ("下礼拜一开始培训三天", SATURDAY, [("seminar", 2), ("seminar", 3), ("seminar", 4)]),
    ],
)
def test_the_days_a_deed_takes(text: str, now: dt.datetime, expected: Kinds) -> None:
    assert _kinds(text, now) == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # Two days told, then a count of them: the days listed.
        ("周一查寝，周二听课，两天", FRIDAY, [("classroom_visit", -3), ("dorm_visit", -4)]),
        ("明天去参加培训，两天都在外面", FRIDAY, [("seminar", 1)]),
        # Today the first of two: a plan or its first day, as before.
        ("今天培训两天", FRIDAY, [("seminar", 0)]),
    ],
)
def test_counts_of_days_that_stay(text: str, now: dt.datetime, expected: Kinds) -> None:
    assert _kinds(text, now) == expected


# --- 14. The parent told first, then the loan: "跟他妈妈update了" (english.VERBS) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("带小陈去心理中心了，也跟他妈妈update了", [("other", 0), ("parent_contact", 0)]),
        ("跟阿明的爸爸update了lah", [("parent_contact", 0)]),
        ("家长update了地址", []),
    ],
)
def test_a_parent_updated(text: str, expected: Kinds) -> None:
    assert _kinds(text) == expected


# --- 15. "parents" after 的 is 家长, its count read (english.PEOPLE) ----------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今天找了4个同学个别谈话。然后咧其中两个的parents我也拿电话讲了", 2),
        ("下午拿电话给3个学生的parents", 3),
        ("给两个挂科同学的 parents 打了电话", 2),
    ],
)
def test_parents_after_de(text: str, count: int) -> None:
    found = parse_note(text, SATURDAY).activities
    assert [a.count for a in found if a.kind == "parent_contact"] == [count]


def test_parents_in_an_english_note_stay() -> None:
    assert _kinds("called both parents of 王浩 today") == [("parent_contact", 0)]
