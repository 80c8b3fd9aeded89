"""Issue 17: gaps the session-13 lanes reported and left, each as a class with sentences of
its own (none taken from a blind batch)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import Alternative, parse_message

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
WEDNESDAY = dt.datetime(2026, 11, 25, 21, 0, tzinfo=TZ)
FRIDAY = dt.datetime(2026, 11, 27, 10, 0, tzinfo=TZ)


# --- 1. "next Thursday" said early in the week is asked about ------------------------------
# Speakers differ: the coming Thursday or the one of the week after. The parser takes the
# coming one and offers the other as a button.


@pytest.mark.parametrize("now", [MONDAY, WEDNESDAY])
@pytest.mark.parametrize(
    "text",
    [
        "will hold the class meeting next Thursday",
        "Class meeting next Thu.",
        "next thursday: class meeting",
    ],
)
def test_next_weekday_in_this_week_offers_the_week_after(now: dt.datetime, text: str) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date == dt.date(2026, 11, 26)
    assert activity.alternatives == (Alternative("date", dt.date(2026, 12, 3)),)


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        # Said on Friday, next Thursday can only be the week after's: nothing to ask.
        ("will hold the class meeting next Thursday", FRIDAY, dt.date(2026, 12, 3)),
        # Next Monday is always the week after's.
        ("dorm visit next Monday", WEDNESDAY, dt.date(2026, 11, 30)),
        # "next week Thursday" says which.
        ("class meeting next week Thursday", MONDAY, dt.date(2026, 12, 3)),
    ],
)
def test_next_weekday_with_one_reading_is_not_asked(
    text: str, now: dt.datetime, day: dt.date
) -> None:
    (activity,) = parse_message(text, now)
    assert activity.date == day
    assert not any(alt.field == "date" for alt in activity.alternatives)
