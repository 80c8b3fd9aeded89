"""The year of study of a class and each year's duties (regulation 二、工作职责 and 三、3).

Pure: shared by the parser (tagging), the chat (`/me`), the documents and the assessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Duty:
    """One duty of the regulation: its code, the year it belongs to (0: any year) and its clause."""

    code: str
    year: int
    clause: str


# Order is the regulation's. Year 0 means "any year": 三、3 asks every advisor to help the
# counselor with orientation, electing the class committee and political study.
DUTIES: tuple[Duty, ...] = (
    Duty("major_orientation", 1, "二、一年级1"),
    Duty("adjustment", 1, "二、一年级2"),
    Duty("study_planning", 1, "二、一年级3"),
    Duty("struggling_students", 2, "二、二年级1"),
    Duty("innovation_awareness", 2, "二、二年级2"),
    Duty("second_classroom", 2, "二、二年级3"),
    Duty("innovation_guidance", 3, "二、三年级1"),
    Duty("kaoyan_guidance", 3, "二、三年级2"),
    Duty("career_awareness", 3, "二、三年级3"),
    Duty("career_guidance", 4, "二、四年级1"),
    Duty("professional_ethics", 4, "二、四年级2"),
    Duty("graduation", 4, "二、四年级3"),
    Duty("counselor_assist", 0, "三、3"),
)
DUTY_CODES: frozenset[str] = frozenset(d.code for d in DUTIES)

# A new academic year starts on 1 September.
_YEAR_START_MONTH = 9


def year_of_study(cohort: int, on: date) -> int:
    """The class's year of study on a day: 1 from 1 September of its cohort's year.

    It is not capped at 4: a class kept after its fourth year (a five-year major, or a
    roster not yet updated) says so rather than pretending to be in year 4.
    """
    return on.year - cohort + (1 if on.month >= _YEAR_START_MONTH else 0)


def advisor_title_key(year: int) -> str:
    """Catalogue key of the advisor's title: 班主任 for years 1–2, 班导师 from year 3."""
    return "advisor_title.banzhuren" if year <= 2 else "advisor_title.bandaoshi"


def duties_for_year(year: int) -> tuple[Duty, ...]:
    """The duties of a year of study, the any-year duty last."""
    return tuple(d for d in DUTIES if d.year == year) + tuple(d for d in DUTIES if d.year == 0)


class HasDuties(Protocol):
    """Anything carrying duty codes: a stored activity, an export row, a parsed activity."""

    @property
    def duties(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class DutyCoverage:
    """Which of a year's duties some work covered: both in the regulation's order."""

    year: int
    covered: tuple[Duty, ...]
    not_yet: tuple[Duty, ...]

    @property
    def summary(self) -> str:
        """The assessment cell "2/4": covered of the year's duties (the assessment's cell)."""
        return f"{len(self.covered)}/{len(self.covered) + len(self.not_yet)}"


def duties_covered(activities: Iterable[HasDuties], year: int) -> DutyCoverage:
    """The year's duties the activities served, and those not yet served.

    Only the year's own duties (and the any-year one) count: a year-1 class's record
    tagged with a year-4 duty is still on record but covers nothing of year 1.
    """
    done = {code for activity in activities for code in activity.duties or ()}
    duties = duties_for_year(year)
    return DutyCoverage(
        year=year,
        covered=tuple(d for d in duties if d.code in done),
        not_yet=tuple(d for d in duties if d.code not in done),
    )
