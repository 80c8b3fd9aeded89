"""Numbers and dates in a note that cannot be right, checked before anything is recorded.

Pure: the note's text and what the parser made of it. An impossible date (2月30日, 13月5日)
is never recorded as today; a count over 60 or over 12 hours in one note is asked about; a
negative number is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final, Literal, Protocol

MAX_COUNT: Final = 60
MAX_HOURS: Final = 12.0

_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NEGATIVE = re.compile(
    r"(?<![0-9A-Za-z])[-－−]\s*\d+(?:\.\d+)?\s*(?:人|位|个|名|次|小时|h\b|hours?\b)"
)
_LEAP_YEAR: Final = 2024  # 2月29日 exists in some year: asked about only when never valid


class Counted(Protocol):
    @property
    def count(self) -> int: ...

    @property
    def hours(self) -> float | None: ...


def impossible_dates(text: str) -> list[str]:
    """The dates written in the note that exist in no year ("2月30日", "13月5日")."""
    bad: list[str] = []
    for match in _MONTH_DAY.finditer(text):
        if not _exists(_LEAP_YEAR, int(match.group(1)), int(match.group(2))):
            bad.append(match.group(0).replace(" ", ""))
    for match in _ISO.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        if not _exists(year, month, day):
            bad.append(match.group(0))
    return bad


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def implausible(text: str, parsed: Sequence[Counted]) -> Literal["negative", "large"] | None:
    """ "negative" for a negative number, "large" for a count or hours worth asking about."""
    if _NEGATIVE.search(text) or any(p.count < 0 or (p.hours or 0) < 0 for p in parsed):
        return "negative"
    if any(p.count > MAX_COUNT or (p.hours or 0) > MAX_HOURS for p in parsed):
        return "large"
    hours = sum(p.hours or 0 for p in parsed)
    return "large" if hours > MAX_HOURS else None
