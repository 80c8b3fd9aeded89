"""The public surface of bot.parsing and the details it extracts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import KINDS, ParsedActivity, parse_message, result_to_json, warm_up

NOW = dt.datetime(2026, 11, 23, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def one(text: str) -> ParsedActivity:
    activities = parse_message(text, NOW)
    assert len(activities) == 1, activities
    return activities[0]


def test_kinds_in_domain_order() -> None:
    assert KINDS == (
        "classroom_visit",
        "dorm_visit",
        "class_meeting",
        "theme_meeting",
        "cadre_meeting",
        "parent_contact",
        "student_talk",
        "student_activity",
        "seminar",
        "other",
    )


def test_result_to_json_matches_the_contract() -> None:
    text = "今天开了班会，之后又去了7号楼宿舍"
    out = result_to_json(text, parse_message(text, NOW))
    assert out == {
        "text": text,
        "activities": [
            {"kind": "class_meeting", "date": "2026-11-23", "time": None, "location": None,
             "topic": None, "count": 1, "hours": None, "students": [], "flag": None, "duties": []},
            {"kind": "dorm_visit", "date": "2026-11-23", "time": None, "location": "7号楼",
             "topic": None, "count": 1, "hours": None, "students": [], "flag": None, "duties": []},
        ],
    }  # fmt: skip
    json.dumps(out, ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        "@advisor_bot 今天查寝",
        "/log 今天查寝",
        "/log@advisor_bot 今天查寝",
        "@advisor_bot /log 今天查寝",
    ],
)
def test_mentions_and_commands_are_ignored(text: str) -> None:
    assert one(text).kind == "dorm_visit"


@pytest.mark.parametrize(
    "text",
    ["收到", "谢谢老师", "when is the form due?", "这个月的表在哪里下载？", "班会怎么记录？",
     "good morning", "", "   ", "今天没去查寝", "the class meeting was cancelled"],
)  # fmt: skip
def test_nothing_recorded_gives_empty_list(text: str) -> None:
    assert parse_message(text, NOW) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [("联系了3位家长", 3), ("和两位同学谈心", 2), ("给十二位家长打电话", 12), ("called three parents", 3),
     ("talked with two students", 2), ("给陈同学的父亲打电话", 1), ("与王五、赵六交流", 2)],
)  # fmt: skip
def test_count(text: str, count: int) -> None:
    assert one(text).count == count


@pytest.mark.parametrize(
    ("text", "hours"),
    [("班会2小时", 2), ("查寝30分钟", 0.5), ("班会1.5 hours", 1.5), ("谈心半小时", 0.5),
     ("听课一个半小时", 1.5), ("dorm check, half an hour", 0.5), ("班会 2h", 2),
     ("下午2点到4点开班会", 2), ("班会", None)],
)  # fmt: skip
def test_hours(text: str, hours: float | None) -> None:
    assert one(text).hours == hours


@pytest.mark.parametrize(
    ("text", "location"),
    [("3号楼查寝", "3号楼"), ("南区12栋查寝", "南区12栋"), ("教302听课", "教302"),
     ("dorm check in building 5", "building 5"), ("西区2栋查寝", "西区2栋")],
)  # fmt: skip
def test_location(text: str, location: str) -> None:
    assert one(text).location == location


@pytest.mark.parametrize(
    ("text", "topic"),
    [("主题班会《诚信考试》", "诚信考试"), ("班会，主题：期末复习", "期末复习"),
     ("class meeting about exams", "exams"), ("themed class meeting on exam integrity", "exam integrity")],
)  # fmt: skip
def test_topic(text: str, topic: str) -> None:
    assert one(text).topic == topic


def test_student_names() -> None:
    assert one("与王五、赵六交流").students == ("王五", "赵六")


def test_clock_time() -> None:
    assert one("晚上7点半开班会").time == dt.time(19, 30)
    assert one("class meeting at 3pm").time == dt.time(15, 0)


def test_details_stay_with_their_clause() -> None:
    meeting, dorm = parse_message("班会1小时，宿舍走访2小时，3号楼", NOW)
    assert (meeting.kind, meeting.hours, meeting.location) == ("class_meeting", 1, None)
    assert (dorm.kind, dorm.hours, dorm.location) == ("dorm_visit", 2, "3号楼")


def test_warm_up_runs() -> None:
    warm_up()


def test_module_is_pure() -> None:
    code = (
        "import sys, bot.parsing as p, datetime as d;"
        "p.parse_message('今天查寝', d.datetime.now(d.UTC));"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('telegram', 'sqlalchemy', 'dateparser')];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("家长来校面谈", ["parent_contact"]),
        ("和小刘妈妈微信聊了半个小时", ["parent_contact"]),
        ("王同学家长来学校，面谈了一个小时", ["parent_contact"]),
        ("给家长打电话，和学生谈心", ["parent_contact", "student_talk"]),
        ("Called 2 parents + talked to 1 student", ["parent_contact", "student_talk"]),
    ],
)
def test_talks_with_parents_are_parent_contacts(text: str, kinds: list[str]) -> None:
    assert [a.kind for a in parse_message(text, NOW)] == kinds
