"""What the parser can still say of a note it found no work in: the day it names, found by
the date stage alone, the duties it names, and how many people it names.

Used when the parser finds no activity: the bot offers to record the note as a kind the
advisor picks, on the day the note names ("11月20日 …") or else today, with the duty codes
its words name ("…考研…" serves `kaoyan_guidance`) and, for a kind counted in people, the
people it counts ("已打两个" is two parents), as a parsed activity would carry. Also used
when the advisor adds a kind the parser missed in a note it read in part.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.parsing import report_failure
from bot.parsing.dates import fallback_dates
from bot.parsing.details import extract_count, extract_students
from bot.parsing.duties import duties_in
from bot.parsing.find import COUNTED_KINDS
from bot.parsing.normalise import normalise
from bot.parsing.numbers import CN_NUM, cn_to_int
from bot.parsing.pipeline import note_dates
from bot.parsing.plausibility import MAX_COUNT
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


# The advisor picked or added the kind, so a bare number after a contact verb counts its
# people: "已打两个" (answering the parent-contact reminder), "打了3个电话", "联系了两位".
_BARE_COUNT_RE = re.compile(
    rf"(?:打|联系|通知|约|谈|聊|找|回)(?:了|过|完)?\s*({CN_NUM})\s*(?:个|位|人|通)(?!半?(?:小时|钟头)|月|星期|周)"
)


def note_count(text: str, kind: str, vocabulary: Vocabulary | None = None) -> int:
    """The people a note counts for `kind` when it is counted in people (parents contacted,
    students talked to): the number it says ("已打两个", "和三个同学"), or the students it
    names; otherwise, or past `MAX_COUNT`, 1. Never raises (a failure counts as 1)."""
    if kind not in COUNTED_KINDS:
        return 1
    try:
        if vocabulary is not None:
            text = vocabulary.rewrite(text)
        norm, low = normalise(text)
        bare = _BARE_COUNT_RE.search(low)
        count = (
            extract_count(low)
            or len(extract_students(norm))
            or (cn_to_int(bare.group(1)) if bare else None)
            or 1
        )
    except Exception as exc:
        report_failure(text, exc)
        return 1
    return count if count <= MAX_COUNT else 1
