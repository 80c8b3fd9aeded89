"""Stage: documents handed in are not activities (issue 17, "documents are not activities").

"九月份的工作记录表交了" or "the semester plan is done and sent" tells that a document went in:
the month's work record form (工作记录表) or the semester's work plan. The activity words find
it (the rules in `kinds.py` marked `document=True`); this stage turns such a find into a
`Document` instead of an activity, so the bot can offer to mark it handed in and the form
and plan flows record it with the day it was handed in.

The period of a monthly form is the month the note names (九月份, 11月的表, this month, Oct
form); without one it is last month up to the 10th of a month (forms are due a few days after
the month ends) and this month after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.parsing.numbers import cn_to_int


@dataclass(frozen=True, slots=True)
class Document:
    """A document the note says was handed in."""

    doc: str  # "monthly_form" or "semester_plan"
    period: str | None = None  # "YYYY-MM" for a monthly form
    date: date | None = None  # the day it was handed in, as the note dates it


_PLAN_RE = re.compile(
    r"计划|\b(?:work\s+plan|semester\s+plan|term\s+plan|(?:the|my|our|this|term's)\s+plan)\b",
)
_FORM_RE = re.compile(r"记录表|表(?:格)?|\b(?:forms?|record)\b")
_MONTH_ZH_RE = re.compile(r"(?<![\d年.\-/])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?")
_RELATIVE_MONTH_RE = re.compile(r"(本月|这个?月|当月|\bthis\s+month)|(上个?月|\blast\s+month)")
_MONTHS_EN = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH_EN_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b")
#: Up to this day of a month, a form handed in without a month named is last month's.
LAST_MONTH_UNTIL_DAY = 10


# A sentence that asks for a document or sets its deadline hands nothing in ("辅导员要求1/15前交
# 学期计划", "the counselor wants the spring plan by 1/15").
_ASKED_FOR_RE = re.compile(
    r"要求|需要|得交|要交|前交|截止|催|\b(?:wants?|needs?|asked\s+for|due|deadline|by\s+\d)"
)
_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?;；\n])|(?<=\.)\s+")


# A relative month that is the form's own ("上个月的表交了", "last month's form"): its period,
# not the day it was handed in.
_MONTH_OF_THE_FORM_RE = re.compile(
    r"(?:上个?|这个?|本)月(?:份)?的?(?:工作)?(?:记录)?表|\b(?:last|this)\s+month'?s\s+(?:record\s+)?form"
)


def documents_in(segment: str, handed_in: date, today: date) -> tuple[Document, ...]:
    """The documents a stretch of note (lower-case) found by a document rule hands in, on
    `handed_in` as the note dates it (`today`, the note's, for a month that is the form's)."""
    said = " ".join(s for s in _SENTENCE_END_RE.split(segment) if _ASKED_FOR_RE.search(s) is None)
    segment = said or segment
    found: list[Document] = []
    if _MONTH_OF_THE_FORM_RE.search(segment):
        handed_in = today
    if _FORM_RE.search(segment.replace("计划表", "")):
        found.append(Document("monthly_form", _period(segment, handed_in), handed_in))
    if _PLAN_RE.search(segment):
        found.append(Document("semester_plan", None, handed_in))
    return tuple(found)


def _period(segment: str, today: date) -> str:
    # The month named nearest before the form's word ("本月1号交了11月的工作记录表" is
    # November's), else the first after it ("form for October").
    form = _FORM_RE.search(segment)
    at = form.start() if form is not None else len(segment)
    named: list[tuple[int, int]] = []
    for m in _RELATIVE_MONTH_RE.finditer(segment):
        named.append((m.start(), today.month if m.group(1) else today.month - 1))
    for m in _MONTH_ZH_RE.finditer(segment):
        month = cn_to_int(m.group(1))
        if month is not None and 1 <= month <= 12:
            named.append((m.start(), month))
    for m in _MONTH_EN_RE.finditer(segment):
        named.append((m.start(), _MONTHS_EN.index(m.group(1)[:3]) + 1))
    before = [n for n in named if n[0] < at]
    after = sorted(n for n in named if n[0] >= at)
    if before:
        month = max(before)[1]
    elif after:
        month = after[0][1]
    else:
        month = today.month - 1 if today.day <= LAST_MONTH_UNTIL_DAY else today.month
    year = today.year
    if month <= 0:
        year, month = year - 1, month + 12
    elif month > today.month + 1:
        year -= 1  # "12月的表" handed in in January is last year's
    return f"{year:04d}-{month:02d}"
