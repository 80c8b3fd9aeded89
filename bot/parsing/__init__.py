"""Message understanding: one advisor's chat note and a moment `now` to dated activities.

Pure: no Telegram, no database. `parse_message` never raises; a note that records
nothing (a question, thanks, a greeting) gives an empty list rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.dates import fallback_dates, warm_up_dateparser
from bot.parsing.kinds import KINDS
from bot.parsing.pipeline import Found, analyse

_log = logging.getLogger(__name__)

__all__ = ["KINDS", "ParsedActivity", "parse_message", "result_to_json", "warm_up"]

#: Dates further back than this are returned but flagged, so the bot can ask first.
MAX_DAYS_BACK = 62


@dataclass(frozen=True, slots=True)
class ParsedActivity:
    """One activity a note records."""

    kind: str
    date: dt.date
    time: dt.time | None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: tuple[str, ...] = ()
    flag: str | None = None  # None, "future" or "too_old" (more than 62 days back)


def _flag(day: dt.date, today: dt.date) -> str | None:
    if day > today:
        return "future"
    if (today - day).days > MAX_DAYS_BACK:
        return "too_old"
    return None


def _to_activity(found: Found, today: dt.date) -> ParsedActivity:
    return ParsedActivity(
        kind=found.kind,
        date=found.day,
        time=found.time,
        location=found.location,
        topic=found.topic,
        count=found.count,
        hours=found.hours,
        students=found.students,
        flag=_flag(found.day, today),
    )


def parse_message(text: str, now: dt.datetime) -> list[ParsedActivity]:
    """The activities `text` records, dated relative to `now` (aware, the college's zone).

    "Today" is `now.date()` in now's own zone: callers pass local time. Never raises: a
    note the parser cannot understand gives an empty list.
    """
    try:
        today = now.date()
        found = analyse(text, today, lambda low: fallback_dates(low, now))
        return [_to_activity(f, today) for f in found]
    except Exception:  # a chat note must never crash the bot; an empty list asks the user
        _log.exception("could not parse message %r", text[:200])
        return []


def result_to_json(text: str, activities: Sequence[ParsedActivity]) -> dict[str, object]:
    """The contract's `parse` output for one message."""
    return {
        "text": text,
        "activities": [
            {
                "kind": a.kind,
                "date": a.date.isoformat(),
                "time": a.time.strftime("%H:%M") if a.time is not None else None,
                "location": a.location,
                "topic": a.topic,
                "count": a.count,
                "hours": a.hours,
                "students": list(a.students),
                "flag": a.flag,
            }
            for a in activities
        ],
    }


def warm_up() -> None:
    """Load everything the parser may need (dateparser's data, compiled rules) ahead of use."""
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    parse_message("今天上午听课，下午去3号楼查寝1小时", now)
    parse_message("called two parents last Tuesday about exams", now)
    warm_up_dateparser()
