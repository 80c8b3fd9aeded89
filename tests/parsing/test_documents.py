"""Issue 17: a document handed in (the month's form, the semester plan) is not an activity."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import Document, parse_message, parse_note, result_to_json

NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TODAY = NOW.date()


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("九月份的工作记录表交了", [Document("monthly_form", "2026-09", TODAY)]),
        ("11月的表交了", [Document("monthly_form", "2026-11", TODAY)]),
        (
            "本月1号交了11月的工作记录表",
            [Document("monthly_form", "2026-11", dt.date(2026, 12, 1))],
        ),
        ("the semester plan is done and sent", [Document("semester_plan", None, TODAY)]),
        ("thanks, the November form is submitted", [Document("monthly_form", "2026-11", TODAY)]),
        ("学期计划已经写好发给辅导员了", [Document("semester_plan", None, TODAY)]),
        # Without a month: last month early in a month, this month later (4 December: November).
        ("工作记录表交了", [Document("monthly_form", "2026-11", TODAY)]),
    ],
)
def test_a_document_handed_in_is_a_document(text: str, documents: list[Document]) -> None:
    result = parse_note(text, NOW)
    assert result.activities == ()
    assert list(result.documents) == documents


def test_december_form_handed_in_in_january_is_last_years() -> None:
    january = dt.datetime(2027, 1, 3, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    (doc,) = parse_note("12月的工作记录表交了", january).documents
    assert doc.period == "2026-12"


def test_a_document_beside_an_activity_leaves_the_activity() -> None:
    result = parse_note("今天开了班会，顺便把这个月的工作记录表交了", NOW)
    assert [(a.kind, a.date) for a in result.activities] == [("class_meeting", TODAY)]
    assert result.documents == (Document("monthly_form", "2026-12", TODAY),)


@pytest.mark.parametrize("text", ["需要提交工作计划", "月底前提交记录表", "9月的表还没交"])
def test_a_document_due_or_not_handed_in_is_nothing(text: str) -> None:
    assert parse_note(text, NOW) == parse_note("", NOW)


def test_parse_message_keeps_only_activities() -> None:
    assert parse_message("九月份的工作记录表交了", NOW) == []


def test_json_carries_documents_only_when_there_are_some() -> None:
    text = "九月份的工作记录表交了"
    assert result_to_json(text, parse_note(text, NOW)) == {
        "text": text,
        "activities": [],
        "documents": [{"doc": "monthly_form", "period": "2026-09", "date": "2026-12-04"}],
    }
    assert "documents" not in result_to_json("今天查寝", parse_note("今天查寝", NOW))
    plan = result_to_json(
        "提交了本学期班主任工作计划", parse_note("提交了本学期班主任工作计划", NOW)
    )
    assert plan["documents"] == [{"doc": "semester_plan", "date": "2026-12-04"}]


NOV_3 = dt.datetime(2026, 11, 3, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "doc", "period"),
    [
        ("10月份的表已经发给辅导员了", "monthly_form", "2026-10"),
        ("表交了", "monthly_form", "2026-10"),
        ("本学期班主任工作计划已上传系统", "semester_plan", None),
        ("the plan for this term has been submitted", "semester_plan", None),
        ("October's form sent to the counsellor this morning", "monthly_form", "2026-10"),
        ("Monthly form done ✅", "monthly_form", "2026-10"),
    ],
)
def test_more_ways_to_hand_in(text: str, doc: str, period: str | None) -> None:
    result = parse_note(text, NOV_3)
    assert result.activities == ()
    assert [(d.doc, d.period) for d in result.documents] == [(doc, period)]


@pytest.mark.parametrize("text", ["家访记录表已上传", "工作计划还没交", "记录表填了一半"])
def test_other_sheets_and_forms_not_handed_in_are_no_document(text: str) -> None:
    assert parse_note(text, NOV_3).documents == ()
