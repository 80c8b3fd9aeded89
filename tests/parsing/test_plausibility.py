"""Issues 15 and 17: what the parser asks about rather than records as read."""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

import pytest

import bot.parsing as parsing
from bot.parsing import Alternative, parse_message, parse_note, result_to_json

NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TODAY = NOW.date()


@pytest.mark.parametrize(
    "text", ["2月30日开了班会", "13月5日查寝", "2026-02-30 class meeting", "Feb 30 dorm visit"]
)
def test_an_impossible_date_is_flagged_not_taken_as_today(text: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.flag == "bad_date"


def test_a_leap_day_without_a_year_is_possible() -> None:
    (activity,) = parse_message("2月29日开了班会", NOW)
    assert activity.flag != "bad_date"


@pytest.mark.parametrize(
    "text",
    [
        "运动会那天开了班会",
        "寒假前最后一周开了班会",
        "期中考试后第一周去查寝",
        "the day before the holiday I visited the dorms",
        "class meeting on sports day",
    ],
)
def test_an_event_the_parser_cannot_date_is_asked_about(text: str) -> None:
    (activity,) = parse_message(text, NOW)
    assert (activity.date, activity.flag) == (TODAY, "unknown_anchor")


def test_the_event_that_dates_a_meeting_is_not_an_activity() -> None:
    assert [a.kind for a in parse_message("运动会那天开了班会", NOW)] == ["class_meeting"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("中秋节前一天去宿舍", dt.date(2026, 9, 24)),
        ("五一后第一天开了班会", dt.date(2026, 5, 6)),  # the first day after the break
        ("元旦后第一天查寝", dt.date(2026, 1, 2)),
        ("中秋前两天开班会了", dt.date(2026, 9, 23)),
    ],
)
def test_a_day_counted_from_a_holiday(text: str, day: dt.date) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date == day


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("给80位家长打了电话", "count_high"),
        ("谈心15小时", "hours_high"),
        ("给6位家长打了电话", None),
    ],
)
def test_a_count_or_hours_beyond_belief_is_asked_about(text: str, flag: str | None) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.flag == flag


def test_a_name_with_a_numeral_is_never_a_count_nor_asked_about() -> None:
    for text in ("给张三家长发了微信", "和李四谈心", "给王五的家长打了电话"):
        (activity,) = parse_message(text, NOW)
        assert (activity.count, activity.alternatives) == (1, ()), text
        assert "alternatives" not in result_to_json(text, [activity])["activities"][0]  # type: ignore[index]


def test_a_class_meeting_on_an_education_theme_offers_the_themed_kind() -> None:
    (activity,) = parse_message("今天开了班会，讲安全教育", NOW)
    assert activity.kind == "class_meeting"
    assert activity.alternatives == (Alternative("kind", "theme_meeting"),)


def test_a_plain_note_offers_no_alternative() -> None:
    (activity,) = parse_message("今晚去5号楼查寝", NOW)
    assert (activity.flag, activity.alternatives) == (None, ())


def test_a_failure_is_logged_by_hash_and_counted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError(f"boom on {args[0]!r}")  # a message quoting the note

    monkeypatch.setattr(parsing, "analyse", broken)
    before = parsing.parse_failures()
    with caplog.at_level(logging.ERROR, logger="bot.parsing"):
        result = parse_note("给王小明家长打电话 secret-note", NOW)
    assert result == parsing.ParseResult()
    assert parsing.parse_failures() == before + 1
    assert "sha256" in caplog.text and "RuntimeError" in caplog.text
    assert "王小明" not in caplog.text and "secret-note" not in caplog.text


def test_the_note_date_never_raises_and_counts_a_failure(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.parsing import note_date as note_date_module

    def broken(*args: object) -> list[object]:
        raise RuntimeError(f"boom on {args[0]!r}")

    assert note_date_module.note_date("11月20日 和小李吃了午饭", NOW) == dt.date(2026, 11, 20)
    monkeypatch.setattr(note_date_module, "note_dates", broken)
    before = parsing.parse_failures()
    with caplog.at_level(logging.ERROR, logger="bot.parsing"):
        assert note_date_module.note_date("11月20日 secret-note", NOW) is None
    assert parsing.parse_failures() == before + 1
    assert "sha256" in caplog.text and "secret-note" not in caplog.text


@pytest.mark.parametrize(
    ("text", "day", "other"),
    [
        # Said on a Friday: this week's Wednesday is taken, the week before's offered.
        ("last Wed dorm visit", dt.date(2026, 12, 2), dt.date(2026, 11, 25)),
        # The first day after the May Day break, or 2 May.
        ("五一后第一天开了班会", dt.date(2026, 5, 6), dt.date(2026, 5, 2)),
    ],
)
def test_a_day_read_two_ways_offers_the_other(text: str, day: dt.date, other: dt.date) -> None:
    (activity,) = parse_message(text, NOW)
    assert activity.date == day
    assert Alternative("date", other) in activity.alternatives
    (out,) = result_to_json(text, [activity])["activities"]  # type: ignore[misc]
    assert {"date": other.isoformat()} in out["alternatives"]


def test_last_weekday_of_an_earlier_week_is_not_ambiguous() -> None:
    monday = dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    (activity,) = parse_message("last Wednesday I called Chen Jie's dad", monday)
    assert (activity.date, activity.alternatives) == (dt.date(2026, 12, 2), ())
