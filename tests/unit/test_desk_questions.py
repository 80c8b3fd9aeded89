"""The counselor's questions recogniser (pure) and the desk's button codec."""

from __future__ import annotations

import pytest

from bot.callbacks import (
    APPROVE,
    NUDGE_ALL,
    OPEN,
    DocButton,
    MonthButton,
    NudgeButton,
    PageButton,
)
from bot.callbacks import (
    decode_desk as decode,
)
from bot.questions import BEHIND, CLASS_STATUS, FORMS, Question, recognise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哪些班级落后了？", Question(BEHIND)),
        ("谁落后了", Question(BEHIND)),
        ("哪些班没达标", Question(BEHIND)),
        ("大家怎么样", Question(BEHIND)),
        ("整体进度如何", Question(BEHIND)),
        ("who is behind?", Question(BEHIND)),
        ("Which classes are behind?", Question(BEHIND)),
        ("overview", Question(BEHIND)),
        ("谁还没交表", Question(FORMS)),
        ("谁没交计划", Question(FORMS)),
        ("哪些班没交11月的表", Question(FORMS)),
        ("表交了吗", Question(FORMS)),
        ("who hasn't submitted the form?", Question(FORMS)),
        ("missing forms", Question(FORMS)),
        ("forms?", Question(FORMS)),
        ("数学2023-1怎么样", Question(CLASS_STATUS, "数学2023-1")),
        ("统计学2022-1班怎么样了？", Question(CLASS_STATUS, "统计学2022-1")),
        ("数学2023-1班的情况", Question(CLASS_STATUS, "数学2023-1班")),
        ("status of 统计", Question(CLASS_STATUS, "统计")),
        ("How is 数学2023-1 doing?", Question(CLASS_STATUS, "数学2023-1")),
        ("你好", None),
        ("今天查寝", None),
        ("thanks", None),
    ],
)
def test_recognise(text: str, expected: Question | None) -> None:
    assert recognise(text) == expected


@pytest.mark.parametrize(
    "button",
    [
        NudgeButton("monthly_form", 123456789012345678, "2026-11"),
        NudgeButton("semester_plan", 1, "2027-01"),
        MonthButton(NUDGE_ALL, "2026-12"),
        PageButton("2026-11", 3),
        DocButton(OPEN, "semester_plan", 9_223_372_036_854_775_807),
        DocButton(APPROVE, "monthly_form", 42),
    ],
)
def test_buttons_round_trip_within_64_bytes(button: object) -> None:
    data = button.encode()  # type: ignore[attr-defined]
    assert len(data.encode()) <= 64
    assert decode(data) == button


@pytest.mark.parametrize(
    "data",
    [
        "dn",
        "dn:f:1",
        "dn:x:1:202611",
        "dn:f:0:202611",
        "dn:f:1:202613",
        "dn:f:-1:202611",
        "dA:2026-11",
        "dp:202611",
        "dp:202611:x",
        "do:f:",
        "do:f:1:2",
        "da:q:1",
        "zz:1",
    ],
)
def test_malformed_data_is_refused(data: str) -> None:
    assert decode(data) is None
