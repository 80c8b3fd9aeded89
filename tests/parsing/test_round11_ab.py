"""Issue 17, round 11 (batches r11a and r11b): the classes of misses of a Harbin / Shenyang
advisor's speech typed on a phone (昨儿个, 明儿个, 下晌, 擦黑儿, 唠了唠, spaces for commas) and of
a Wuhan advisor's Sunday-night weekly lists ("本周：1. 11/12 晚上克宿舍 2. 11/13 听了…", 克 for
去, 伢, 冇), each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Sunday evening, when the weekly lists are written.
NOW = dt.datetime(2026, 11, 15, 21, 30, tzinfo=SHANGHAI)
TODAY = "2026-11-15"


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


def only(kind: str, day: str = TODAY) -> Counter[tuple[str, str]]:
    return Counter({(kind, day): 1})


# --- a numbered list's item number before the item's date (date_forms._LIST_ITEM_NUMBER) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "这周：1. 11/12 晚上克宿舍，提醒用电安全 2. 11/13 听了解析几何 3. 11/14 家访",
            {
                ("dorm_visit", "2026-11-12"),
                ("classroom_visit", "2026-11-13"),
                ("parent_contact", "2026-11-14"),
            },
        ),
        (
            "本周：\n1. 11.9 查晚自习\n2. 11.10 班委会\n3. 11.11 给两个家长打了电话",
            {
                ("classroom_visit", "2026-11-09"),
                ("cadre_meeting", "2026-11-10"),
                ("parent_contact", "2026-11-11"),
            },
        ),
        # Two-digit item numbers and a two-digit day after them.
        (
            "上周汇总 10. 11/10 查寝 11. 11/12 开了班会",
            {("dorm_visit", "2026-11-10"), ("class_meeting", "2026-11-12")},
        ),
    ],
)
def test_a_list_items_number_is_no_month(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("11/12 晚上去宿舍", "2026-11-12"),  # a month-day alone
        ("11.12 查寝", "2026-11-12"),
        ("1. 查寝 11.12", "2026-11-12"),  # an item's number before its words, not a date
    ],
)
def test_a_date_not_after_an_item_number_is_read_as_before(text: str, day: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit", day)


# --- a list item opening with its own date names its own person (find._OWN_STEP_RE) --------


def test_a_talk_in_the_item_after_a_call_is_not_that_call() -> None:
    text = "本周：\n1. 11/9 晚上查了晚自习\n2. 11/11 给5个家长打了电话\n3. 11/13 跟小陈谈了一次，状态好多了"
    assert set(kinds_and_days(text)) == {
        ("classroom_visit", "2026-11-09"),
        ("parent_contact", "2026-11-11"),
        ("student_talk", "2026-11-13"),
    }


def test_a_talk_with_the_parent_in_one_item_stays_the_call() -> None:
    assert kinds_and_days("11/13 王同学家长来学校，面谈了一个小时") == only(
        "parent_contact", "2026-11-13"
    )


# --- a northern spoken day after a space opens a new step (dialects.SPOKEN_DAYS) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "挂科的六个孩子挨个叫来唠了唠 明儿个再给其中俩家长打电话",
            {("student_talk", TODAY), ("parent_contact", "2026-11-16")},
        ),
        (
            "礼拜五给三个家长打电话说补考的事 今儿个跟俩孩子唠了唠",
            {("parent_contact", "2026-11-13"), ("student_talk", TODAY)},
        ),
        # The talk after the parent, on a day of its own, names its own person.
        (
            "跟小刘他妈通了电话 今儿个又找小刘唠了唠",
            {("parent_contact", TODAY), ("student_talk", TODAY)},
        ),
        (
            "前儿个去宿舍转了转 今儿个跟小王唠了唠",
            {("dorm_visit", "2026-11-13"), ("student_talk", TODAY)},
        ),
    ],
)
def test_a_spoken_day_after_a_space_opens_a_step(text: str, expected: set[tuple[str, str]]) -> None:
    assert set(kinds_and_days(text)) == expected


# --- Wuhan 克 for 去 before a trip (dialects.VERBS) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("晚上克了趟宿舍，蛮冷，有两个寝室窗户关不严，帮他们报修了", "dorm_visit"),
        ("下午克趟教室看了下晚自习", "classroom_visit"),
        ("晚上克了一趟宿舍", "dorm_visit"),
    ],
)
def test_wuhan_ke_before_a_trip_is_going(text: str, kind: str) -> None:
    assert kinds_and_days(text) == only(kind)


def test_ke_in_its_mandarin_words_stays() -> None:
    assert kinds_and_days("给学生买了巧克力，克服了困难") == Counter()


# --- a count of times between a verb and its object (kinds._TIMES) ---------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("下晌查了趟寝", "dorm_visit"),
        ("头晌查了一圈寝 都挺好", "dorm_visit"),
        ("下晌去查回课", "classroom_visit"),
        ("擦黑儿又查了一遍课", "classroom_visit"),
        ("查了两回寝", "dorm_visit"),
    ],
)
def test_a_count_of_times_splits_the_verb_from_its_object(text: str, kind: str) -> None:
    assert kinds_and_days(text) == only(kind)


# --- what the advisor goes to look for is no question (blocking._LOOKED_FOR_RE) --------------


@pytest.mark.parametrize(
    "text",
    [
        "下晌去查回课 瞅瞅期末了还有没有逃课的",
        "晚上去查课，看看这礼拜还有没有迟到的",
        "去查课 看一下后排有没有玩手机的",
    ],
)
def test_looking_for_whether_some_did_it_is_no_question(text: str) -> None:
    assert kinds_and_days(text) == only("classroom_visit")


def test_a_question_of_whether_stays_a_question() -> None:
    assert kinds_and_days("这周还有没有必要再查一次课？") == Counter()


# --- a negation describing the students counted is no negation (blocking._NEG_BEFORE_RE) ----


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("11.7 找了数分小测冇及格的3个伢谈话", 3),
        ("找了没回家的五名同学谈心", 5),
        ("把没交作业的两个同学叫来谈话", 2),
    ],
)
def test_the_students_who_did_not_are_talked_with(text: str, count: int) -> None:
    found = parse_note(text, NOW).activities
    assert [(a.kind, a.count) for a in found] == [("student_talk", count)]


@pytest.mark.parametrize("text", ["没找3个同学谈话", "还没和3个同学谈话"])
def test_a_talk_not_had_with_some_students_stays_not_had(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- the students' own coming event after a done deed (pipeline.THEIR_EVENTS) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "下午小李发烧，陪他克校医院打了针，明天还要考试",
        "刚去宿舍挨屋瞅了一圈 准考证身份证都让备好了 明儿个四六级",
        "晚上去查了晚自习，后天就放假",
    ],
)
def test_the_students_coming_event_does_not_date_the_deed(text: str) -> None:
    assert [a.date.isoformat() for a in parse_note(text, NOW).activities] == [TODAY]


def test_a_plan_for_the_day_of_an_exam_keeps_its_day() -> None:
    assert kinds_and_days("明天考试，晚上再去查一次晚自习") == only("classroom_visit", "2026-11-16")


# --- northern 领 (taken along) and 上 (going) to a doctor (kinds, "other") -------------------


@pytest.mark.parametrize(
    "text",
    [
        "擦黑儿查寝 415有个孩子发烧 我领着上校医院了 折腾到半夜",
        "查寝，有个孩子发烧，我领他去校医院了",
    ],
)
def test_a_student_taken_along_to_a_doctor_is_care(text: str) -> None:
    assert kinds_and_days(text) == Counter({("dorm_visit", TODAY): 1, ("other", TODAY): 1})


# --- going up to speak at a meeting is no chat (dialects.VERBS 白话) ----------------------------


def test_saying_a_few_words_at_a_seminar_is_the_seminar() -> None:
    text = "后晌学院整了个班主任经验交流会 我也上去白话了几句"
    assert kinds_and_days(text) == only("seminar")


def test_baihua_with_a_student_stays_a_chat() -> None:
    assert kinds_and_days("跟小王白话了一会") == only("student_talk")


# --- the freshmen's military training gone to or watched (kinds, student_activity) -----------


@pytest.mark.parametrize(
    "text",
    [
        "中午克军训场地看了下，太阳蛮毒",
        "下午到军训场转了一圈",
        "周四晚上看他们军训拉歌，蛮热闹",
        "看同学们训练了一会",
    ],
)
def test_the_military_training_watched_is_the_students_activity(text: str) -> None:
    assert set(kinds_and_days(text)) <= {
        ("student_activity", TODAY),
        ("student_activity", "2026-11-12"),
    }
    assert len(kinds_and_days(text)) == 1


def test_visiting_a_student_at_training_stays_care() -> None:
    assert kinds_and_days("军训期间每天去训练场看望同学") == only("other")


# --- 俩 / 仨 before a description of the students counted (details._COUNT_ZH_RE) -------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("完了又找俩挂科风险大的孩子唠了唠", 2),
        ("找仨没交作业的同学谈了谈", 3),
        ("跟宿舍那仨聊了聊", 3),
    ],
)
def test_lia_and_sa_count_the_students_described(text: str, count: int) -> None:
    found = parse_note(text, NOW).activities
    assert [(a.kind, a.count) for a in found] == [("student_talk", count)]


# --- a weekly list's later item keeps its own date and its own work (pipeline, find) ----------


def test_an_items_words_after_its_activity_are_not_dated_by_the_next_item() -> None:
    text = "本周：1. 11.10 学校班主任培训，培训了6个小时 2. 11.12 晚上查寝"
    assert kinds_and_days(text) == Counter(
        {("seminar", "2026-11-10"): 1, ("dorm_visit", "2026-11-12"): 1}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本周：1. 11.10 班委会 2. 11.14 周六给小王单独补了两个钟头数分",
            {("cadre_meeting", "2026-11-10"), ("other", "2026-11-14")},
        ),
        (
            "本周：\n1. 11/11 查寝\n2. 11/13 帮小李办了缓考申请",
            {("dorm_visit", "2026-11-11"), ("other", "2026-11-13")},
        ),
    ],
)
def test_other_work_in_an_item_of_its_own_day_is_recorded(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text)) == expected


def test_other_work_beside_a_visit_in_one_item_stays_part_of_it() -> None:
    text = "这几天：\n1. 11.10 学院班主任培训\n2. 11.12 迎新，晚上去宿舍每个寝室都走了一遍"
    assert set(kinds_and_days(text)) == {("seminar", "2026-11-10"), ("dorm_visit", "2026-11-12")}


def test_tutoring_told_by_its_length_is_other_work() -> None:
    found = parse_note("给小李补了一个半小时高代", NOW).activities
    assert [(a.kind, a.hours) for a in found] == [("other", 1.5)]


# --- students who came to see the advisor, then talked with (kinds, student_talk) ------------


@pytest.mark.parametrize(
    ("text", "count"),
    [("两个想转专业的伢来找我，一起谈了", 2), ("小王来找我，聊了半天", 1)],
)
def test_a_student_who_came_and_talked_is_a_talk(text: str, count: int) -> None:
    found = parse_note(text, NOW).activities
    assert [(a.kind, a.count) for a in found] == [("student_talk", count)]


def test_a_colleague_who_came_to_talk_is_no_student_talk() -> None:
    assert kinds_and_days("辅导员来找我，谈了谈工作") == Counter()
