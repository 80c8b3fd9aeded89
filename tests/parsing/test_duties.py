"""Issue 20: each activity carries the regulation's duties it serves; duty work alone is one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DUTY_CODES, parse_message, result_to_json
from bot.parsing.duties import DUTY_WORDS
from reminders.duties import DUTY_CODES as DOMAIN_DUTY_CODES

NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))

# Every duty, in a Chinese note and an English one, with the kind the note records.
CASES = [
    ("major_orientation", "给新生解读专业培养方案", "other"),
    ("major_orientation", "explained the degree programme's curriculum to the freshmen", "other"),
    ("adjustment", "开班会讲新生如何适应大学生活", "class_meeting"),
    (
        "adjustment",
        "one-on-one with a freshman who is homesick and struggling to adjust",
        "student_talk",
    ),
    ("study_planning", "和大一同学谈心，聊学业规划和选课", "student_talk"),
    ("study_planning", "class meeting on study planning and course selection", "class_meeting"),
    ("struggling_students", "给挂科的4个同学补了高数", "other"),
    ("struggling_students", "Tutored three students who failed calculus", "other"),
    ("innovation_awareness", "带学生参观合肥一家软件公司", "student_activity"),
    ("innovation_awareness", "took the sophomores to visit a software company", "student_activity"),
    ("second_classroom", "组织同学参加英语竞赛", "student_activity"),
    ("second_classroom", "talked with two students about the CET-4", "student_talk"),
    ("innovation_guidance", "指导学生准备大创项目答辩", "student_activity"),
    (
        "innovation_guidance",
        "met the innovation project team with two students",
        "student_activity",
    ),
    ("kaoyan_guidance", "带大三同学做考研经验分享", "student_activity"),
    ("kaoyan_guidance", "grad school exam info session for juniors", "student_activity"),
    ("career_awareness", "和学生谈心，聊了暑期实习", "student_talk"),
    ("career_awareness", "career planning talk for the class", "student_activity"),
    ("career_guidance", "组织大四同学参加校园招聘会", "student_activity"),
    ("career_guidance", "Held a mock interview workshop for seniors", "student_activity"),
    ("professional_ethics", "开了职业道德教育主题班会", "theme_meeting"),
    ("professional_ethics", "themed class meeting on professional ethics", "theme_meeting"),
    ("graduation", "开了毕业生离校教育班会", "class_meeting"),
    ("graduation", "class meeting about graduation and leaving campus", "class_meeting"),
    ("counselor_assist", "组织选举班委", "other"),
    ("counselor_assist", "Organised the class to vote for the new class committee", "other"),
]


def test_the_parser_knows_the_domains_duty_codes() -> None:
    assert set(DUTY_CODES) == set(DOMAIN_DUTY_CODES)
    assert tuple(DUTY_WORDS) == DUTY_CODES


def test_every_duty_has_a_chinese_and_an_english_case() -> None:
    chinese = {code for code, text, _ in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in text)}
    english = {code for code, text, _ in CASES if text.isascii()}
    assert chinese == english == set(DUTY_CODES)


@pytest.mark.parametrize(("code", "text", "kind"), CASES)
def test_a_note_is_tagged_with_its_duty(code: str, text: str, kind: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.kind == kind
    assert code in activity.duties


@pytest.mark.parametrize(
    "text", ["解读专业教学计划", "组织选举班委", "考研辅导", "协助辅导员组织新生入学教育"]
)
def test_duty_work_alone_is_an_activity(text: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date == NOW.date()
    assert activity.duties


def test_orientation_with_the_counselor_serves_two_duties() -> None:
    (activity,) = parse_message("协助辅导员组织新生入学教育", NOW)
    assert activity.duties == ("adjustment", "counselor_assist")


def test_plain_work_serves_no_duty() -> None:
    (activity,) = parse_message("今晚去5号楼查寝", NOW)
    assert activity.duties == ()


def test_duties_are_in_the_json_of_each_activity() -> None:
    text = "带大三同学做考研经验分享"
    (out,) = result_to_json(text, parse_message(text, NOW))["activities"]  # type: ignore[misc]
    assert out["duties"] == ["kaoyan_guidance"]


_DUTY_CORPUS = Path(__file__).resolve().parents[1] / "data" / "duty_corpus.jsonl"


@pytest.mark.parametrize(
    "case",
    [json.loads(line) for line in _DUTY_CORPUS.read_text(encoding="utf-8").splitlines() if line],
    ids=lambda case: case["id"],
)
def test_duty_corpus(case: dict[str, object]) -> None:
    """Notes written blind for the duties (batch d1): the duties of all their activities."""
    now = dt.datetime.fromisoformat(str(case["now"]))
    got = {d for a in parse_message(str(case["text"]), now) for d in a.duties}
    assert got == set(case["duties"])  # type: ignore[arg-type]
