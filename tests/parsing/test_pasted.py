"""Issue 17, lane pasted: several days' notes pasted in one message, each day's part opening
with its day (周一：…；周三：…, 11.30 …\\n12.1 …, 前天…昨天…今天), with plans, corrections and
things that fell through mixed in. Each class below is one way such a note lost or misdated a
part; the sentences are written for the class (none taken from a blind batch)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

TZ = ZoneInfo("Asia/Shanghai")
FRIDAY_EVENING = dt.datetime(2026, 12, 4, 21, 0, tzinfo=TZ)
MON, TUE, WED, THU, FRI = "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"
SAT, NEXT_MON, NEXT_TUE, NEXT_WED = "2026-12-05", "2026-12-07", "2026-12-08", "2026-12-09"


def _parse(text: str) -> list[tuple[str, str, str | None]]:
    result = parse_note(text, FRIDAY_EVENING)
    return sorted((a.kind, a.date.isoformat(), a.flag) for a in result.activities)


# --- 1. A plan word told in a later day's part is that part's -------------------------------
# "周二查寝 周三开班会 周五要家访": 要 made the whole note a plan, so the bare weekdays of the
# parts before it were read as next week's (`dates._plan_of_later_part`).
PLAN_OF_A_LATER_PART = [
    (
        "周二查寝 周三开班会 Fri 要家访",
        [("class_meeting", WED, None), ("dorm_visit", TUE, None), ("parent_contact", FRI, None)],
    ),
    (
        "周一查寝；周二给三个家长打了电话；周三开班委会；下周二开主题班会",
        [
            ("cadre_meeting", WED, None),
            ("dorm_visit", MON, None),
            ("parent_contact", TUE, None),
            ("theme_meeting", NEXT_TUE, "future"),
        ],
    ),
    # No break at all: the part ends at the next day with a deed before it (`_part_end`).
    (
        "周三查寝周四听课周五要开班会下周一家访",
        [
            ("class_meeting", FRI, None),
            ("classroom_visit", THU, None),
            ("dorm_visit", WED, None),
            ("parent_contact", NEXT_MON, "future"),
        ],
    ),
    (
        "【本周】\n周一 查寝\n周三 听课\n【下周】\n周一 班会",
        [
            ("class_meeting", NEXT_MON, "future"),
            ("classroom_visit", WED, None),
            ("dorm_visit", MON, None),
        ],
    ),
    (
        "周二：查寝。周三：听课。周四本来要查寝 没去成。周五要开班会",
        [("class_meeting", FRI, None), ("classroom_visit", WED, None), ("dorm_visit", TUE, None)],
    ),
    (
        "礼拜一去宿舍巡咗一圈，礼拜三同阿明倾咗下，下礼拜一要开班会",
        [
            ("class_meeting", NEXT_MON, "future"),
            ("dorm_visit", MON, None),
            ("student_talk", WED, None),
        ],
    ),
    (
        "周一查寝，周二听课，下周三要找学生谈话",
        [
            ("classroom_visit", TUE, None),
            ("dorm_visit", MON, None),
            ("student_talk", NEXT_WED, "future"),
        ],
    ),
]


# --- 2. A plan word in a clause told as done, or a coming day mid-note, is no heading ---------
# "周二开班会，布置了下周一交的材料；周三晚上查寝": the deadline's 下周 made Wednesday's visit
# next week's (`dates._plan_word_before`).
PLAN_WORD_OF_ITS_OWN_PART = [
    (
        "周二开班会，布置了下周一交的材料；周三晚上查寝",
        [("class_meeting", TUE, None), ("dorm_visit", WED, None)],
    ),
    (
        "周一查寝，下周一交总结；周三听课",
        [("classroom_visit", WED, None), ("dorm_visit", MON, None)],
    ),
]


# --- 2b. A week a deed was put off to heads nothing ------------------------------------------
# "周二本来要开班会 推到下周了；周三查寝": 下周 was read as the heading of the weekdays after it,
# and 本来要 as the note's plan (`dates._put_off_to_a_week`, `_plan_word_before`).
PUT_OFF_TO_A_WEEK = [
    (
        "周二本来要开班会 推到下周了；周三查寝；周四听课",
        [("classroom_visit", THU, None), ("dorm_visit", WED, None)],
    ),
    (
        "周一：查寝\n周二：班会取消，改到下周\n周三：听课",
        [("classroom_visit", WED, None), ("dorm_visit", MON, None)],
    ),
    # Kept: a bare week heads the weekdays after it; a week with its weekday after the put-off.
    (
        "昨天查寝 下周一开班会 周三听课",
        [
            ("class_meeting", NEXT_MON, "future"),
            ("classroom_visit", NEXT_WED, "future"),
            ("dorm_visit", THU, None),
        ],
    ),
    (
        "上周听了三次课，周二周三周五",
        [
            ("classroom_visit", "2026-11-24", None),
            ("classroom_visit", "2026-11-25", None),
            ("classroom_visit", "2026-11-27", None),
        ],
    ),
]


# --- 3. A day put right after its deed moves the deed ----------------------------------------
# "周二晚上查寝，不对，是周三晚上查的寝": the struck day was dropped and the visit fell to the
# day of the part before (Monday) (`dates._drop_corrected`).
CORRECTED_AFTER_ITS_DEED = [
    (
        "周一开了班会，周二晚上查寝，不对，是周三晚上查的寝，周四听课",
        [("class_meeting", MON, None), ("classroom_visit", THU, None), ("dorm_visit", WED, None)],
    ),
    (
        "周一查寝，周二听课，写错了是周三听的课",
        [("classroom_visit", WED, None), ("dorm_visit", MON, None)],
    ),
    ("周二晚上查寝，不对，周三", [("dorm_visit", WED, None)]),
]


# --- 4. A reason's day, put off to a day and held there --------------------------------------
# "班会挪到了周四开的": 的 after the verb tells it was held there (`dates._LOCAL_PLAN_RE`).
HELD_WHERE_IT_WAS_MOVED = [
    (
        "周一查寝，因为周三下雨，班会挪到了周四开的",
        [("class_meeting", THU, None), ("dorm_visit", MON, None)],
    ),
]


# --- Kept: a heading's plan word, joined days, a plans list, a day told at the end ------------
KEPT = [
    (
        "下周安排：周一查寝 周三听课",
        [("classroom_visit", NEXT_WED, "future"), ("dorm_visit", NEXT_MON, "future")],
    ),
    (
        "下周工作：周一查寝，周三听课",
        [("classroom_visit", NEXT_WED, "future"), ("dorm_visit", NEXT_MON, "future")],
    ),
    (
        "周三和周四要开班会",
        [("class_meeting", NEXT_WED, "future"), ("class_meeting", "2026-12-10", "future")],
    ),
    (
        "明天 班委会；周一 听课",
        [("cadre_meeting", SAT, "future"), ("classroom_visit", NEXT_MON, "future")],
    ),
    (
        "周一开班会布置了材料，周五前交；周二找学生谈话",
        [("class_meeting", MON, None), ("student_talk", TUE, None)],
    ),
    (
        "周二找学生谈话，他说周一晚上没回寝；周三查寝",
        [("dorm_visit", WED, None), ("student_talk", TUE, None)],
    ),
    (
        "周一查寝，改到周四再查一次",
        [("dorm_visit", MON, None), ("dorm_visit", "2026-12-10", "future")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PLAN_OF_A_LATER_PART
    + PLAN_WORD_OF_ITS_OWN_PART
    + PUT_OFF_TO_A_WEEK
    + CORRECTED_AFTER_ITS_DEED
    + HELD_WHERE_IT_WAS_MOVED
    + KEPT,
)
def test_pasted_days(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _parse(text) == sorted(expected)
