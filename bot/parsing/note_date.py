"""What the parser can still say of a note it found no work in: the day it names, found by
the date stage alone, and the duties it names.

Used when the parser finds no activity: the bot offers to record the note as a kind the
advisor picks, on the day the note names ("11月20日 …") or else today, with the duty codes
its words name ("…考研…" serves `kaoyan_guidance`) as a parsed activity would carry.
"""

from __future__ import annotations

import datetime as dt

from bot.parsing import report_failure
from bot.parsing.dates import fallback_dates
from bot.parsing.duties import duties_in
from bot.parsing.normalise import normalise
from bot.parsing.pipeline import note_dates
from bot.parsing.vocabulary import Vocabulary


def note_date(text: str, now: dt.datetime, vocabulary: Vocabulary | None = None) -> dt.date | None:
    """The first day `text` names, dated against `now` (local, aware); None when it names no
    day, or only a whole week or month (本周, 11月份), which says no single day. Never
    raises: a failure is counted and logged as the parser's are, and gives None."""
    try:
        return _first_day(text, now, vocabulary)
    except Exception as exc:
        report_failure(text, exc)
        return None


def _first_day(text: str, now: dt.datetime, vocabulary: Vocabulary | None) -> dt.date | None:
    if vocabulary is not None:
        text = vocabulary.rewrite(text)
    _norm, low = normalise(text)
    dates = note_dates(low, now.date(), lambda low: fallback_dates(low, now)) if low.strip() else []
    return next((d.day for d in dates if not d.coarse), None)


def note_duties(text: str, vocabulary: Vocabulary | None = None) -> tuple[str, ...]:
    """The duty codes `text` names (`bot/parsing/duties.py`); never raises (a failure is
    counted and logged as the parser's are, and gives none)."""
    try:
        if vocabulary is not None:
            text = vocabulary.rewrite(text)
        return duties_in(normalise(text)[1])
    except Exception as exc:
        report_failure(text, exc)
        return ()
