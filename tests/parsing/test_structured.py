"""A work log pasted in structured form (`bot/parsing/structured.py`): markdown rows under a
header, CSV lines with or without a header, tab-separated columns and key: value blocks. Each
row is one item with its own date; the status column decides done, a plan or nothing; the hours
column is hours; the people column a count only for talks and parent contacts. Every column
name and status word is read in a note here (`test_every_column_name_and_status_is_checked`),
and prose that only looks like a row keeps its reading (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.structured import COLUMNS, STATUS, unfold_rows

NOW = dt.datetime(2026, 10, 14, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday

Row = tuple[str, str, int, float | None, str | None]


def parse(text: str) -> list[Row]:
    return [
        (a.kind, a.date.isoformat(), a.count, a.hours, a.flag)
        for a in parse_note(text, NOW).activities
    ]


NOTES: list[tuple[str, list[Row]]] = [
    (  # markdown, Chinese header: the people column counts the parent contact only
        "| 日期 | 事项 | 时长 | 人数 | 状态 |\n|---|---|---|---|---|\n"
        "| 10-12 | 查寝 | 1h | | 已完成 |\n| 10-13 | 与家长电话沟通 | 0.5h | 2 | 已完成 |\n"
        "| 10-16 | 班会 | 1h | | 计划 |",
        [
            ("dorm_visit", "2026-10-12", 1, 1.0, None),
            ("parent_contact", "2026-10-13", 2, 0.5, None),
            ("class_meeting", "2026-10-16", 1, 1.0, "future"),
        ],
    ),
    (  # markdown, English header: bare numbers under Hours and People
        "| Date | Activity | Hours | People | Status |\n|------|----------|-------|--------|--------|\n"
        "| 2026-10-12 | dorm check | 1 | | done |\n| 2026-10-13 | student talks | 2 | 3 | done |\n"
        "| 2026-10-17 | class meeting | 1 | | planned |",
        [
            ("dorm_visit", "2026-10-12", 1, 1.0, None),
            ("student_talk", "2026-10-13", 3, 2.0, None),
            ("class_meeting", "2026-10-17", 1, 1.0, "future"),
        ],
    ),
    (  # CSV with a header; a cancelled row records nothing
        "日期,事项,时长,人数,状态\n2026-10-12,查寝,1h,,已完成\n2026-10-13,谈心,1.5h,3,已完成\n"
        "2026-10-15,班会,1h,,取消",
        [
            ("dorm_visit", "2026-10-12", 1, 1.0, None),
            ("student_talk", "2026-10-13", 3, 1.5, None),
        ],
    ),
    (  # CSV without a header: the cells' roles by what they hold
        "2026-10-12,查寝,1h,\n2026-10-13,家长电话,0.5h,2",
        [
            ("dorm_visit", "2026-10-12", 1, 1.0, None),
            ("parent_contact", "2026-10-13", 2, 0.5, None),
        ],
    ),
    (  # key: value blocks, a blank line between
        "日期: 10-12\n事项: 谈心\n人数: 3\n\n日期: 10-13\n事项: 查寝\n时长: 1小时",
        [
            ("student_talk", "2026-10-12", 3, None, None),
            ("dorm_visit", "2026-10-13", 1, 1.0, None),
        ],
    ),
    (  # key: value blocks with full-width colons, the date's key told again starts a row
        "日期：10月12日\n事项：走访宿舍\n人数：20\n日期：10月13日\n事项：谈心谈话\n人数：2",
        [
            ("dorm_visit", "2026-10-12", 1, None, None),
            ("student_talk", "2026-10-13", 2, None, None),
        ],
    ),
    (  # tab-separated, ticks and a 待定 plan
        "日期\t事项\t时长\t状态\n10-12\t查寝\t1h\t✓\n10-13\t听课\t2h\t✓\n10-16\t家访\t\t待定",
        [
            ("dorm_visit", "2026-10-12", 1, 1.0, None),
            ("classroom_visit", "2026-10-13", 1, 2.0, None),
            ("parent_contact", "2026-10-16", 1, None, "future"),
        ],
    ),
    (  # the people column is no count for visits and meetings; a postponed row is nothing
        "| 日期 | 事项 | 人数 | 状态 |\n|---|---|---|---|\n| 10/12 | 走访宿舍 | 20 | 完成 |\n"
        "| 10/13 | 班委会 | 8 | 完成 |\n| 10/14 | 谈心谈话 | 4 | 改期 |",
        [
            ("dorm_visit", "2026-10-12", 1, None, None),
            ("cadre_meeting", "2026-10-13", 1, None, None),
        ],
    ),
    (  # English CSV: cancelled and postponed rows record nothing
        "Date,Activity,Hours,People,Status\n2026-10-09,parent call,0.5,1,done\n"
        "2026-10-12,class meeting,1,,cancelled\n2026-10-13,dorm check,1,,postponed",
        [("parent_contact", "2026-10-09", 1, 0.5, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_a_pasted_log_is_read_row_by_row(text: str, expected: list[Row]) -> None:
    assert parse(text) == expected


# Every column name in a header, each read under a row of its role.
@pytest.mark.parametrize(
    ("role", "name"), [(role, name) for role, names in COLUMNS.items() for name in names]
)
def test_every_column_name_is_read(role: str, name: str) -> None:
    values = {"date": "10-12", "activity": "谈心", "hours": "1", "people": "3", "status": "完成"}
    cols = ["date", "activity", "hours", "people", "status"]
    header = [
        name
        if c == role
        else {
            "date": "日期",
            "activity": "事项",
            "hours": "时长",
            "people": "人数",
            "status": "状态",
        }[c]
        for c in cols
    ]
    text = "| " + " | ".join(header) + " |\n|---|---|---|---|---|\n| "
    text += " | ".join(values[c] for c in cols) + " |"
    assert parse(text) == [("student_talk", "2026-10-12", 3, 1.0, None)]


@pytest.mark.parametrize(
    ("sense", "word"), [(sense, word) for sense, words in STATUS.items() for word in words]
)
def test_every_status_word_is_read(sense: str, word: str) -> None:
    day = "2026-10-16" if sense == "plan" else "2026-10-12"  # a plan is for a day to come
    text = f"日期,事项,状态\n{day},查寝,{word}\n2026-10-13,谈心,完成"
    expected: list[Row] = {
        "done": [("dorm_visit", day, 1, None, None)],
        "plan": [("dorm_visit", day, 1, None, "future")],
        "nothing": [],
    }[sense] + [("student_talk", "2026-10-13", 1, None, None)]
    assert parse(text) == expected


# Prose that only looks like a row, each with how it reads (the same as before the tables).
FALSE_FRIENDS: list[tuple[str, list[Row]]] = [
    ("10-13 谈心，1.5h，3人，已完成", [("student_talk", "2026-10-13", 3, 1.5, None)]),
    ("昨天,查寝,还不错", [("dorm_visit", "2026-10-13", 1, None, None)]),
    ("时间: 晚上\n地点: 3号楼", []),  # keys, no activity: not a row
    (
        "今天查寝|明天开班会",
        [
            ("dorm_visit", "2026-10-14", 1, None, None),
            ("class_meeting", "2026-10-15", 1, None, "future"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_FRIENDS)
def test_prose_like_a_row_keeps_its_reading(text: str, expected: list[Row]) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "10-13 谈心,1.5h,3人,已完成",
        "昨天,查寝,还不错",
        "时间: 晚上\n地点: 3号楼",
        "今天查寝,明天开班会\n好",
    ],
)
def test_prose_comes_back_unchanged(text: str) -> None:
    assert unfold_rows(text) == text


def test_a_reports_period_is_no_row() -> None:
    text = "时间: 10月12日—10月18日\n工作内容: 1.周一查寝 2.周二开班委会"
    assert unfold_rows(text) == text


def test_english_key_value_block() -> None:
    text = "Date: 13 October\nActivity: parent call\nPeople: 2\nStatus: done"
    assert parse(text) == [("parent_contact", "2026-10-13", 2, None, None)]


def test_header_and_separator_rows_record_nothing() -> None:
    assert parse("| 日期 | 事项 | 时长 | 人数 | 状态 |\n|---|---|---|---|---|") == []
    assert parse("日期,事项,时长,人数,状态") == []
