"""Issue 17, lane runon: notes typed fast or dictated with few or no punctuation marks, where
one message runs several steps together and mixes what was done today with what will be
done. Each class below is one way a run-on note lost or misdated a step; the sentences are
written for the class (none taken from a blind batch)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

TZ = ZoneInfo("Asia/Shanghai")
WEDNESDAY_EVENING = dt.datetime(2026, 12, 2, 21, 0, tzinfo=TZ)
TODAY, TOMORROW, DAY_AFTER = "2026-12-02", "2026-12-03", "2026-12-04"


def _parse(text: str) -> list[tuple[str, str, str | None]]:
    result = parse_note(text, WEDNESDAY_EVENING)
    return sorted((a.kind, a.date.isoformat(), a.flag) for a in result.activities)


# --- 1. A plan's day told right after a bare deed is the plan's ----------------------------
# "晚上查寝明天还要找学生谈话": with no break, the coming day stood between the dorm visit and
# the talk and was taken back to the visit, which became a plan for tomorrow. A coming day in
# the gap before a later deed of another kind in the clause opens that deed
# (`pipeline._openers`).
PLAN_DAY_AFTER_A_BARE_DEED = [
    (
        "晚上查寝明天还要找学生谈话",
        [("dorm_visit", TODAY, None), ("student_talk", TOMORROW, "future")],
    ),
    (
        "下午听课明天家访",
        [("classroom_visit", TODAY, None), ("parent_contact", TOMORROW, "future")],
    ),
    ("查寝后天家访", [("dorm_visit", TODAY, None), ("parent_contact", DAY_AFTER, "future")]),
    (
        "找学生谈话后天开班会",
        [("class_meeting", DAY_AFTER, "future"), ("student_talk", TODAY, None)],
    ),
    # … not only the next deed's: the day may stand before the third step.
    (
        "上午听课然后找了两个学生谈话明天还要给家长打电话",
        [
            ("classroom_visit", TODAY, None),
            ("parent_contact", TOMORROW, "future"),
            ("student_talk", TODAY, None),
        ],
    ),
    # The same kind told again ("再去看看") is a second visit on the coming day.
    (
        "晚上查寝明天夜里再去看看",
        [("dorm_visit", TODAY, None), ("dorm_visit", TOMORROW, "future")],
    ),
    (
        "上午开了个班委会下午给三个家长打了电话晚上查寝明天还要找学生谈话",
        [
            ("cadre_meeting", TODAY, None),
            ("dorm_visit", TODAY, None),
            ("parent_contact", TODAY, None),
            ("student_talk", TOMORROW, "future"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_DAY_AFTER_A_BARE_DEED)
def test_a_plans_day_does_not_leak_back_to_the_deed_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _parse(text) == sorted(expected)


# --- 2. A deed told done, then "tomorrow again": the next step, not the deed put off --------
# "给家长打了电话明天再去宿舍看看": "明天再去" read as the call put off to tomorrow dropped the
# call (`blocking._DONE_JUST_BEFORE_RE`).
DONE_THEN_AGAIN = [
    (
        "给家长打了电话明天再去宿舍看看",
        [("dorm_visit", TOMORROW, "future"), ("parent_contact", TODAY, None)],
    ),
    (
        "下午给家长打了电话明天再去宿舍看看",
        [("dorm_visit", TOMORROW, "future"), ("parent_contact", TODAY, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DONE_THEN_AGAIN)
def test_a_deed_done_then_a_day_again_is_the_next_step(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _parse(text) == sorted(expected)


# --- What stays as it was --------------------------------------------------------------------
KEPT = [
    # One deed with its day after it: a bare "去" is the same visit, not a step of its own.
    ("查寝明天去", [("dorm_visit", TOMORROW, "future")]),
    ("班会明天开", [("class_meeting", TOMORROW, "future")]),
    # Each day before its deed, as before.
    (
        "今天查了5号楼宿舍6号楼明天去",
        [("dorm_visit", TODAY, None), ("dorm_visit", TOMORROW, "future")],
    ),
    (
        "昨天查寝今天家访明天开班会",
        [
            ("class_meeting", TOMORROW, "future"),
            ("dorm_visit", "2026-12-01", None),
            ("parent_contact", TODAY, None),
        ],
    ),
    # Put off with no deed told done: put off (to a named day, a plan for it), as before.
    ("查寝的事下次再说", []),
    ("家长那边明天再联系", [("parent_contact", TOMORROW, "future")]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_what_a_run_on_note_keeps(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _parse(text) == sorted(expected)


def test_english_day_after_its_deed_is_still_its_own() -> None:
    """In English the day follows its deed: "on Friday" is the dorm visit's, not the meeting's."""
    result = parse_note(
        "Will check the dorms on Friday and then hold a class meeting", WEDNESDAY_EVENING
    )
    days = {a.kind: a.date.isoformat() for a in result.activities}
    assert days.get("dorm_visit") == DAY_AFTER
