"""Hypothesis: any text and any aware `now` give valid activities and never an exception."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.parsing import FLAGS, KINDS, parse_message, result_to_json

_ZONES = [
    ZoneInfo(name) for name in ("Asia/Shanghai", "UTC", "America/New_York", "Pacific/Kiritimati")
]

# Text built from the pieces the rules react to, so the search reaches the date and detail
# code rather than only the "nothing here" exit.
_PIECES = st.sampled_from(
    [
        "今天",
        "昨晚",
        "上周三",
        "这周日",
        "下周五",
        "11月31日",
        "2月29日",
        "13月40日",
        "0.0",
        "99.99",
        "20号",
        "31号",
        "0号",
        "3号楼",
        "九百九十九天前",
        "999个月前",
        "半个月前",
        "2100年12月31日",
        "0000-00-00",
        "9999-99-99",
        "查寝",
        "班会",
        "主题班会",
        "《",
        "》",
        "听课",
        "联系家长",
        "谈心",
        "与王五、赵六交流",
        "3位家长",
        "两小时",
        "一个半小时",
        "0小时",
        "999小时",
        "yesterday",
        "last sunday",
        "next mon",
        "feb 30",
        "31st of february",
        "99 days ago",
        "dorm check",
        "class meeting",
        "called 3 parents",
        "1.5 hours",
        "building 5",
        "@bot",
        "/log",
        "?",
        "？",
        "，",
        ",",
        " ",
        "\n",
        "１２",
        "📚",
        "没开成",
        "改到周三开了",
        "不是查寝",
        "是去宿舍",
        "听过了",
        "那仨",
        "Wang's mom",
        "the day before",
        "so we held it",
        "给学生",
        "培训",
        "\x00",
        "\u200b",
        "ß",
        "İ",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=4096),
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
)
# Hypothesis wants naive bounds; the zone comes from `timezones`, so every `now` is aware.
_NOW = st.datetimes(
    min_value=dt.datetime.fromisoformat("2000-01-01T00:00"),
    max_value=dt.datetime.fromisoformat("2100-12-31T23:59"),
    timezones=st.sampled_from(_ZONES),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, now=_NOW)
def test_never_raises_and_returns_valid_activities(text: str, now: dt.datetime) -> None:
    activities = parse_message(text, now)
    assert isinstance(activities, list)
    for a in activities:
        assert a.kind in KINDS
        assert isinstance(a.date, dt.date)
        assert dt.date(1900, 1, 1) <= a.date <= dt.date(2200, 12, 31)
        assert a.count >= 1
        assert a.hours is None or 0 < a.hours <= 24
        assert a.flag is None or a.flag in FLAGS
        assert a.duties == tuple(dict.fromkeys(a.duties))
        # A later date is always asked about: as a date in the future or as an impossible one.
        assert (a.flag in ("future", "bad_date")) >= (a.date > now.date())
        assert a.flag != "future" or a.date > now.date()
    out = result_to_json(text, activities)
    assert out["text"] == text
    assert len(out["activities"]) == len(activities)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), now=_NOW)
def test_same_input_same_output(text: str, now: dt.datetime) -> None:
    assert parse_message(text, now) == parse_message(text, now)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, now=_NOW)
# A pasted row's cell that looks like a date and is none (month 13) crashed the row reader.
@example(text="13/0,0,", now=dt.datetime(2000, 1, 1, tzinfo=ZoneInfo("Asia/Shanghai")))
def test_pipeline_itself_never_raises(text: str, now: dt.datetime) -> None:
    # parse_message guards against any exception; the pipeline under it must not need that.
    from bot.parsing.dates import fallback_dates
    from bot.parsing.pipeline import analyse

    for found in analyse(text, now.date(), lambda low: fallback_dates(low, now)):
        assert found.kind in KINDS
