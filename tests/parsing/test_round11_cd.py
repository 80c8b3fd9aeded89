"""Issue 17, round 11 (batches r11c and r11d): the classes of misses of a young lecturer
typing to a graduating class's advisor chat (slang, ytd, 1v1, 小周, 答辩, 三方) and of a
Quanzhou advisor's careful Mandarin with Min habits (讲 for 谈, the date first, a reason then
"取消了"), each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.dates import find_dates

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Tuesday evening in April.
NOW = dt.datetime(2026, 4, 28, 20, 0, tzinfo=SHANGHAI)
TODAY = "2026-04-28"
YESTERDAY = "2026-04-27"


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


def only(kind: str, day: str = TODAY) -> Counter[tuple[str, str]]:
    return Counter({(kind, day): 1})


# --- 讲 for 谈: a student or one officer spoken to (kinds: Min, Wu, Yue speakers' talk) ---------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今天有跟其中四名同学个别讲过，叫他们认真准备。", 4),
        ("有去宿舍看过，已经跟寝室长讲了。", 1),
        ("跟准备暑期实习的三名同学讲了一下安全事项", 3),
        ("跟两名想保研的同学讲了一下绩点排名的情况", 2),
        ("缺课的同学已经有跟他讲过", 1),
        ("下午跟学委单独讲了一下期末复习的安排", 1),
    ],
)
def test_a_student_spoken_to_with_jiang_is_a_talk(text: str, count: int) -> None:
    talks = [a for a in parse_note(text, NOW).activities if a.kind == "student_talk"]
    assert [a.count for a in talks] == [count]


@pytest.mark.parametrize(
    "text",
    [
        # Parents spoken to at a home visit stay the parents' (no talk beside it).
        "去黄同学厝里家访，跟家长讲了申请助学金的事情。",
        "去他家家访，跟他父母两个人讲了缓考的手续。",
    ],
)
def test_parents_spoken_to_with_jiang_stay_a_contact(text: str) -> None:
    assert set(kinds_and_days(text)) == {("parent_contact", TODAY)}


def test_a_colleague_spoken_to_is_no_talk() -> None:
    assert kinds_and_days("跟王老师讲了这个学生的情况") == Counter()


def test_what_was_said_at_the_committee_stays_the_meeting() -> None:
    text = "今天下午召开班委会，跟班委讲了本学期几项重点工作。"
    assert kinds_and_days(text) == only("cadre_meeting")


# --- a time named as what was discussed, arranged or decided (dates.PLANNING_VERBS) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # May said in April is this May's business, not last year's day of the meeting.
        (
            "今天晚上召开班委会，讨论五月份专业思想教育的安排，会后有跟团支书个别讲了一下入党材料的事。",
            {("cadre_meeting", TODAY), ("student_talk", TODAY)},
        ),
        ("班会上布置了五月份的几项工作", {("class_meeting", TODAY)}),
        (
            "开了班委会，商量六月份毕业照的事，会后去了宿舍",
            {("cadre_meeting", TODAY), ("dorm_visit", TODAY)},
        ),
        # The meeting's decision, and a party still argued over: its business, not events.
        ("班委会开完 毕业照定6月初 晚会还在吵哈哈", {("cadre_meeting", TODAY)}),
        ("开完班会，春游还没定", {("class_meeting", TODAY)}),
    ],
)
def test_a_planned_subject_s_time_is_not_the_deed_s(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(kinds_and_days(text)) == expected


def test_a_day_decided_for_the_activity_itself_is_still_its_day() -> None:
    # "确定了周五开班会": the meeting is Friday's, a plan.
    result = parse_note("确定了周五开班会", NOW)
    assert [(a.kind, a.date.isoformat(), a.flag) for a in result.activities] == [
        ("class_meeting", "2026-05-01", "future")
    ]


# --- a later clause's day on which something starts (pipeline._STARTS_AFTER_RE) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "端午前最后一次查寝 明天开始陆续有人离校了",
        "去宿舍查寝了，明天开始放假",
        "查了寝，下周一起开始期末考试",
    ],
)
def test_a_day_something_starts_on_later_is_not_the_deed_s(text: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit")


def test_the_advisor_s_own_round_starting_later_keeps_its_day() -> None:
    assert kinds_and_days("查了寝，明天开始每天都去查") == only("dorm_visit", "2026-04-29")


# --- chat's "ytd" and "1v1" beside Chinese; 小周 is a person, not Monday -------------------------


@pytest.mark.parametrize(
    "text",
    ["ytd下午去学院参加了班主任经验交流会 2h", "ytd去听了一节课", "ytday查寝了"],
)
def test_ytd_is_yesterday(text: str) -> None:
    assert {day for _, day in kinds_and_days(text)} == {YESTERDAY}


def test_ytd_of_a_tally_is_no_day() -> None:
    assert find_dates("ytd total: 12 dorm visits", NOW.date(), False) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今天1v1了三个: 小周(调剂) 小陈(考公面试) 阿杰(俩offer纠结选哪个)", 3),
        ("和小周1v1了", 1),
        ("1v1了两个同学", 2),
    ],
)
def test_1v1_is_a_talk_beside_chinese(text: str, count: int) -> None:
    result = parse_note(text, NOW)
    assert [(a.kind, a.date.isoformat(), a.count) for a in result.activities] == [
        ("student_talk", TODAY, count)
    ]


@pytest.mark.parametrize(
    "text",
    ["班会开完了 btw会后和小周1v1聊了下", "跟小周一起去查寝了", "和老周1:1聊了聊"],
)
def test_a_person_named_zhou_is_no_monday(text: str) -> None:
    assert {day for _, day in kinds_and_days(text)} == {TODAY}


# --- a course counted by its classifier; a graduate's defence papers; 改到 a clock time ----------


@pytest.mark.parametrize(
    "text", ["今天去听了他们最后一门专业选修 只来了一半人", "去听了这门课", "听了他们一门专业课"]
)
def test_a_course_by_its_classifier_is_a_class_sat_in_on(text: str) -> None:
    assert kinds_and_days(text) == only("classroom_visit")


@pytest.mark.parametrize(
    "text",
    [
        "晚上陪小王改答辩ppt 改到10点 他说我yyds",
        "中午帮三个同学盖就业协议的章 跑了三趟学院办公室",
        "帮小李看了开题报告",
        "帮他改答辩稿，改到半夜",
    ],
)
def test_a_graduate_s_papers_worked_on_with_them_are_other_work(text: str) -> None:
    assert kinds_and_days(text) == only("other")


# Put off to a named day is a plan for that day (tests/parsing/test_gaps_session13.py); to a
# clock time or a week with no day, nothing.
@pytest.mark.parametrize("text", ["班会改到10点开", "查寝改到下周"])
def test_moved_to_another_time_still_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- the students' event by its site; a weekday range in a named week ---------------------------


def test_a_defence_week_sat_through_is_each_day_s_activity() -> None:
    now = dt.datetime(2026, 5, 26, 9, 50, tzinfo=SHANGHAI)
    result = parse_note("答辩周：下周一到周三 每天都去答辩现场陪着", now)
    assert [(a.kind, a.date.isoformat(), a.flag) for a in result.activities] == [
        ("student_activity", "2026-06-01", "future"),
        ("student_activity", "2026-06-02", "future"),
        ("student_activity", "2026-06-03", "future"),
    ]


def test_days_at_the_site_after_the_event_is_named() -> None:
    now = dt.datetime(2026, 6, 3, 19, 30, tzinfo=SHANGHAI)
    text = "答辩总算结束 全员通过!!! 周一周三都在现场陪着 周二被拉去监考了没去成"
    assert set(kinds_and_days(text, now)) == {
        ("student_activity", "2026-06-01"),
        ("student_activity", "2026-06-03"),
    }


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("下周一到周三每天都去查寝", ["2026-05-04", "2026-05-05", "2026-05-06"]),
        ("上周二至周四每天晚上都去查寝了", ["2026-04-21", "2026-04-22", "2026-04-23"]),
    ],
)
def test_a_weekday_range_keeps_its_named_week(text: str, days: list[str]) -> None:
    assert sorted(day for _, day in kinds_and_days(text)) == days


# --- not a negation or a stand-in: 忘记记了; a stand-in: 帮我去 ------------------------------------


def test_forgot_to_log_it_negates_nothing() -> None:
    now = dt.datetime(2026, 3, 9, 9, 30, tzinfo=SHANGHAI)
    text = "补一下 上周四晚上去女生宿舍了 忘记记了~ 顺便和两个女生聊了聊找工作的事"
    assert set(kinds_and_days(text, now)) == {
        ("dorm_visit", "2026-03-05"),
        ("student_talk", "2026-03-05"),
    }


def test_forgot_to_do_it_still_negates() -> None:
    assert kinds_and_days("忘记查寝了") == Counter()


@pytest.mark.parametrize(
    "text",
    ["学院周五有个班主任培训 我要上课去不了 让王老师帮我去听了 晚上倒是去查了寝"],
)
def test_a_colleague_gone_in_my_place_is_theirs(text: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit")


def test_asking_the_bot_to_log_it_still_records() -> None:
    assert kinds_and_days("麻烦帮我记一下：今天查寝了") == only("dorm_visit")


# --- called off a clause after the other side's reason -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "上礼拜五参观的事情，公司那边临时有事，取消了，改到六月份再讲。",
        "周五去家访，家长突然要出差，改期了",
        "今天去查寝，下大雨，取消了",
    ],
)
def test_called_off_after_their_reason_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- the term's day after a date restates it (dates.COUNTED_FROM_EVENTS) --------------------------


def test_the_term_s_day_after_a_date_is_that_date() -> None:
    now = dt.datetime(2026, 2, 24, 20, 35, tzinfo=SHANGHAI)
    text = "2月24日，开学第二天，晚上有去7号楼宿舍看过，本班男生寝室都有走一遍。"
    assert kinds_and_days(text, now) == only("dorm_visit", "2026-02-24")


def test_the_next_day_after_a_date_is_still_counted() -> None:
    assert set(kinds_and_days("4月20日去查寝，第二天又去了")) == {
        ("dorm_visit", "2026-04-20"),
        ("dorm_visit", "2026-04-21"),
    }


# --- a working meal with the committee is a meeting with it --------------------------------------


def test_a_meal_with_the_committee_over_business_is_a_meeting() -> None:
    assert kinds_and_days("中午和班委一起吃饭，商量毕业晚会") == only("cadre_meeting")
    assert kinds_and_days("周日还和班委吃了个饭 商量离校那天送行的事") == only(
        "cadre_meeting", "2026-04-26"
    )


def test_a_meal_with_the_committee_alone_stays_a_talk() -> None:
    assert kinds_and_days("和班委吃了个饭") == only("student_talk")


# --- counts: part of them spoken to with 讲; students named by what they have not done ------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("本班有六名同学要补考，今天有跟其中四名同学个别讲过", 4),
        ("晚上开班会 会后又留了4个三方还没签的单独聊", 4),
    ],
)
def test_the_students_counted_are_those_talked_to(text: str, count: int) -> None:
    talks = [a for a in parse_note(text, NOW).activities if a.kind == "student_talk"]
    assert [a.count for a in talks] == [count]


def test_the_parents_counted_after_the_contact_verb() -> None:
    text = "4月14日给三位家长打电话，4月15日又联系了两位，都是补考没有通过的同学。"
    result = parse_note(text, NOW)
    assert [(a.date.isoformat(), a.count) for a in result.activities] == [
        ("2026-04-14", 3),
        ("2026-04-15", 2),
    ]
