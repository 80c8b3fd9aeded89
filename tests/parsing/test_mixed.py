"""Code-mixed notes of an English-trained advisor: English verbs and chat shorthand around the
Chinese nouns of the work (bot/parsing/mixed.py), and the classes of misses such notes showed."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import mixed, parse_failures, parse_message

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TODAY = NOW.date().isoformat()


def kinds(text: str, now: dt.datetime = NOW) -> list[tuple[str, str]]:
    return sorted((a.kind, a.date.isoformat()) for a in parse_message(text, now))


# --- an English verb with a Chinese object ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # going round the place
        ("went round 3号楼 宿舍 tonight", "dorm_visit"),
        ("popped into the 寝室 after dinner, all fine", "dorm_visit"),
        ("checked 5 寝室 in 10号楼 tonight", "dorm_visit"),
        ("did a round of the 宿舍 w/ the 生活委员", "dorm_visit"),
        ("went to 7号楼 宿舍 w/ the 辅导员 tonight", "dorm_visit"),
        ("went to 教室 during 晚自习 tonight", "classroom_visit"),
        # a student named in Chinese, or a number of people
        ("talked to 李明 after class abt his grades", "student_talk"),
        ("spoke to 张婷同学 about her internship", "student_talk"),
        ("had a quick phone call w/ 陈思雨 this afternoon", "student_talk"),
        ("45 min w/ 刘洋 in my office", "student_talk"),
        ("met 王浩 in the library, he looked tired", "student_talk"),
        ("dm'd 刘洋 tonight to check how he's doing", "student_talk"),
        ("f2f w/ 王浩 today abt his attendance", "student_talk"),
        ("chatted w/ 2 ppl after class", "student_talk"),
        # the class committee, or two of its officers
        ("sat down w/ 班委 for 1h to plan the 元旦晚会", "cadre_meeting"),
        ("quick mtg w/ 班长、团支书 abt 评优", "cadre_meeting"),
        ("班委 gathered in my office after class", "cadre_meeting"),
        ("1h w/ 班委 planning the 元旦晚会", "cadre_meeting"),
        # the place, then an English noun of the visit; a student who came over
        ("宿舍 check tonight, 6 rooms in 5号楼", "dorm_visit"),
        ("寝室 visits w/ 班长 tonight", "dorm_visit"),
        ("王浩 came to my office to talk abt 转专业", "student_talk"),
        ("班长 came by my office abt the 评优 list", "student_talk"),
        # the advisors' own meeting
        ("学院 班主任 mtg this afternoon, 2h", "seminar"),
        # care and paperwork
        ("accompanied 张婷 to 校医院 for a checkup", "other"),
        ("took 2 students to 医务室 this morning", "other"),
        ("visited 张婷 in 医院", "other"),
        ("spent 2 hours on the 期末鉴定 today", "other"),
    ],
)
def test_an_english_verb_takes_a_chinese_object(text: str, kind: str) -> None:
    assert kinds(text) == [(kind, TODAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colleague is no student, a student's mother is a parent
        ("talked w/ 王老师 abt the 大创 project", []),
        ("talked w/ 王浩's mum on the phone", [("parent_contact", TODAY)]),
        # the dorm as what was talked about
        ("talked w/ them abt 宿舍 noise", [("student_talk", TODAY)]),
        # the students came from the team; the evening study is a time
        ("caught up w/ 4 ppl from the 大创 team", [("student_talk", TODAY)]),
        ("dropped by 女生宿舍 after 晚自习", [("dorm_visit", TODAY)]),
        # "missed … because of": not done
        ("missed the 班会 bc of a 学院 mtg", []),
    ],
)
def test_the_chinese_noun_keeps_its_own_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_chat_shorthand_dates_the_day_before_yesterday() -> None:
    assert kinds("day before yday went to 宿舍") == [("dorm_visit", "2026-12-02")]


def test_both_parents_are_two_contacts() -> None:
    (call,) = parse_message("video 家访 w/ 刘洋's parents (both) tonight", NOW)
    assert call.count == 2


def test_a_call_with_a_named_student_counts_the_names() -> None:
    (talk,) = parse_message("talked w/ 王浩 and 刘洋 separately", NOW)
    assert talk.count == 2
    assert talk.students == ("王浩", "刘洋")


def test_people_listed_with_as_many_days_respectively_are_one_a_day() -> None:
    monday, tuesday = parse_message("周一和周二分别和小王、小李谈心", NOW)
    assert (monday.date.isoformat(), monday.count) == ("2026-11-30", 1)
    assert (tuesday.date.isoformat(), tuesday.count) == ("2026-12-01", 1)
    assert len(monday.students) == len(tuesday.students) == 1
    assert monday.students != tuesday.students


def test_people_talked_with_are_counted() -> None:
    (talk,) = parse_message("caught up w/ 4 ppl from the 大创 team", NOW)
    assert talk.count == 4


def test_the_tables_name_their_nouns() -> None:
    # A noun added to a table reaches the rules: "went to the 公寓" is a dorm visit.
    assert mixed.VISIT_NEED.search("went to the 公寓")
    assert all(re.search(r"[\u4e00-\u9fff]", noun) for noun in mixed.CADRE_ROLES)


# --- a topic is not an activity ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("班会 tonight abt 考研 + 大创 applications", [("class_meeting", TODAY)]),
        ("talked w/ 3 students abt 大创, 数模 and 考研", [("student_talk", TODAY)]),
        ("mtg w/ 班委 about the 运动会 and 元旦晚会", [("cadre_meeting", TODAY)]),
        ("数模 results are out, 2 teams got 省一", []),
        ("大创 results announced today 🎉", []),
        ("去宿舍转了转 聊了会儿竞赛和大创的事", [("dorm_visit", TODAY)]),
        ("主题班会 tonight: 考研 or 就业? invited 3 alumni to share", [("theme_meeting", TODAY)]),
        ("开了班会 ACM team shared their prep tips", [("class_meeting", TODAY)]),
    ],
)
def test_a_topic_named_in_a_mixed_note_is_not_an_activity(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(text) == expected


# --- what the students want or will do themselves ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the 大创 team will present at the 校赛 next week",
        "they want to hold a 班会 next week",
        "will ask them to share at a 班会 sometime",
    ],
)
def test_the_students_own_plans_are_theirs(text: str) -> None:
    assert kinds(text) == []


def test_a_plan_the_advisor_joins_is_kept() -> None:
    assert kinds("the 数模 team will do the 校赛 tmr, I'll go with them") == [
        ("student_activity", "2026-12-05")
    ]


# --- a talk the other side could not come to ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "约了王浩谈心 but he was sick, will try next wk",
        "约了李明聊聊 but he had an exam clash",
        "约了家长 video call but they cancelled last min",
        "was gonna do 查寝 tonight but too tired",
        "planned a 班会 tonight but most ppl had 实验课, postponed",
    ],
)
def test_a_talk_or_meeting_that_fell_through_is_nothing(text: str) -> None:
    assert kinds(text) == []


# --- the days of a holiday's break ------------------------------------------------------------

OCTOBER = dt.datetime(2026, 10, 12, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 国庆 2026 is 1-7 October, 五一 1-5 May, 清明 4-6 April (the calendar's days off).
        ("国庆最后一天 went to 宿舍", [("dorm_visit", "2026-10-07")]),
        ("国庆假期最后一天去查寝了", [("dorm_visit", "2026-10-07")]),
        ("五一假期最后一天去查寝了", [("dorm_visit", "2026-05-05")]),
        (
            "清明节当天查寝，放假最后一天开了班会",
            [("class_meeting", "2026-04-06"), ("dorm_visit", "2026-04-05")],
        ),
        (
            "中秋节那天 called 王浩's mum, 假期第二天 talked w/ 王浩 himself",
            [("parent_contact", "2026-09-25"), ("student_talk", "2026-09-26")],
        ),
    ],
)
def test_a_day_of_a_holiday_break_is_counted_in_the_break(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(text, OCTOBER) == expected


def test_a_break_day_with_no_holiday_named_is_asked_about() -> None:
    (visit,) = parse_message("放假第一天去查寝", OCTOBER)
    assert visit.flag == "unknown_anchor"


def test_no_mixed_note_fails_to_parse() -> None:
    before = parse_failures()
    for text in ("w/", "mtg w/", "talked w/ 王", "took  to 医院", "spent on 总结", "放假最后一天"):
        parse_message(text, NOW)
    assert parse_failures() == before
