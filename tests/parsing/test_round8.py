"""Issue 17, round 8: the classes of misses of a Changsha advisor's speech (r8a), a Kunming
advisor's voice input (r8b; its sound-alike slips are left to the phonetic matcher) and
replies to the bot's reminders with catch-up lists (r8c), each with sentences beyond the
batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)


def at(day: str, hour: int = 21) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=SHANGHAI)


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, now))


# --- a reply that names the bot's reminder ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "提醒的家长联系：已打两个，都是上学期有挂科的同学的家长。",
            at("2026-09-16"),
            {("parent_contact", "2026-09-16"): 1},
        ),
        ("提醒的查寝：周二晚上去过了", NOW, {("dorm_visit", "2026-11-17"): 1}),
        ("提醒里的谈心：今天找了三个同学", NOW, {("student_talk", "2026-11-18"): 1}),
        ("提醒中的听课：昨天听了一节高数", NOW, {("classroom_visit", "2026-11-17"): 1}),
    ],
)
def test_a_reply_naming_the_reminder_asks_for_nothing(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


def test_a_reminder_asked_for_still_records_nothing() -> None:
    assert kinds_and_days("提醒大家明天查寝") == Counter()


# --- days listed with their counts after the deed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A plan word after the list ("寒假回去要…") does not send the days ahead.
        (
            "这礼拜给四个家长打了电话 礼拜二两个 礼拜四两个 都是冇找到工作的 寒假回去要屋里多劝劝",
            at("2027-01-08"),
            {("parent_contact", "2027-01-05"): 1, ("parent_contact", "2027-01-07"): 1},
        ),
        (
            "这周谈了五个学生 礼拜一三个 礼拜二两个 下周还要再找几个",
            NOW,
            {("student_talk", "2026-11-16"): 1, ("student_talk", "2026-11-17"): 1},
        ),
        # A filler of speech before a day.
        (
            "周末给3个家长打了电话 都是挂科的 嗯周六打了两个 周日打了一个",
            NOW,
            {("parent_contact", "2026-11-14"): 1, ("parent_contact", "2026-11-15"): 1},
        ),
        # "One was on …": each day one of them.
        (
            "假期里给两位家长打过电话，一个是10月3号，一个是10月5号，都是关于实习安排的事。",
            at("2026-10-09"),
            {("parent_contact", "2026-10-03"): 1, ("parent_contact", "2026-10-05"): 1},
        ),
        (
            "这周找了两个学生谈心，一个是周一，另一个是周二",
            NOW,
            {("student_talk", "2026-11-16"): 1, ("student_talk", "2026-11-17"): 1},
        ),
    ],
)
def test_days_listed_with_counts_after_the_deed(
    text: str, now: dt.datetime, expected: dict[tuple[str, str], int]
) -> None:
    assert kinds_and_days(text, now) == Counter(expected)


# --- Changsha day words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("打算后日去宿舍走一圈，天冷哒看下被子够不够", "2026-11-20"),
        ("后日晚上开班会", "2026-11-20"),
        ("大后日去听课", "2026-11-21"),
    ],
)
def test_hou_ri_is_the_day_after_tomorrow(text: str, day: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date.isoformat() == day


def test_hou_ri_inside_another_word_is_no_day() -> None:
    (activity,) = parse_message("今后日常查寝多注意安全，今天去宿舍看了看", NOW)
    assert activity.date.isoformat() == "2026-11-18"
