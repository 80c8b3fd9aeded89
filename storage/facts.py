"""Bulk reads for compliance and reports: a fixed number of queries, whatever the class count."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from storage.models import Activity, FormSubmission, Person, SchoolClass, Semester, SemesterPlan


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk read and evaluation.

    Hundreds of thousands of small acyclic tuples trigger collection after collection, each
    rescanning the growing heap: measured, 40% of a 1,000-class status run. Nothing here
    makes cycles, so collecting once afterwards loses nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    name: str
    telegram_id: int | None
    language: str | None
    unreachable: bool


@dataclass(frozen=True, slots=True)
class ClassRow:
    """A class with its advisor and counselor, as plain values."""

    id: int
    name: str
    cohort: int
    major: str
    advisor: PersonRef | None
    counselor: PersonRef | None


def class_rows(session: Session, class_ids: Sequence[int] | None = None) -> list[ClassRow]:
    """Classes with their advisor and counselor in one query, ordered by name."""
    advisor, counselor = aliased(Person), aliased(Person)
    query = (
        select(SchoolClass, advisor, counselor)
        .outerjoin(advisor, advisor.id == SchoolClass.advisor_id)
        .outerjoin(counselor, counselor.id == SchoolClass.counselor_id)
        .order_by(SchoolClass.name)
    )
    if class_ids is not None:
        query = query.where(SchoolClass.id.in_(class_ids))
    return [
        ClassRow(c.id, c.name, c.cohort, c.major, _ref(a), _ref(k))
        for c, a, k in session.execute(query)
    ]


def class_keys(
    session: Session, class_ids: Sequence[int] | None = None
) -> list[tuple[int, int | None]]:
    """(class id, advisor id) of classes in name order: what chunking needs, held for all."""
    query = select(SchoolClass.id, SchoolClass.advisor_id).order_by(SchoolClass.name)
    if class_ids is not None:
        query = query.where(SchoolClass.id.in_(class_ids))
    return [(class_id, advisor) for class_id, advisor in session.execute(query)]


def classes_of_advisors(session: Session, advisor_ids: Sequence[int]) -> set[int]:
    """Ids of every class these people advise."""
    if not advisor_ids:
        return set()
    query = select(SchoolClass.id).where(SchoolClass.advisor_id.in_(advisor_ids))
    return set(session.scalars(query))


def _ref(person: Person | None) -> PersonRef | None:
    if person is None:
        return None
    return PersonRef(
        person.id,
        person.name,
        person.telegram_id,
        person.language,
        person.unreachable_since is not None,
    )


ActivityTuple = tuple[str, date, int, float | None]


def activity_tuples(
    session: Session, first_day: date, last_day: date, class_ids: Sequence[int] | None = None
) -> dict[int, list[ActivityTuple]]:
    """(kind, date, count, hours) of live activities between two dates, by class id."""
    query = select(
        Activity.class_id, Activity.kind, Activity.local_date, Activity.count, Activity.hours
    ).where(
        Activity.deleted_at.is_(None),
        Activity.local_date >= first_day,
        Activity.local_date <= last_day,
    )
    if class_ids is not None:
        query = query.where(Activity.class_id.in_(class_ids))
    by_class: dict[int, list[ActivityTuple]] = defaultdict(list)
    # Core on the session's connection: these are plain values, the ORM layer adds nothing.
    # .all() fetches in one call; iterating the result would fetch row by row.
    for class_id, kind, day, count, hours in session.connection().execute(query).all():
        by_class[class_id].append((kind, day, count, hours))
    return by_class


def duties_by_class(session: Session, first_day: date, last_day: date) -> dict[int, set[str]]:
    """The duty codes live activities between two dates served, by class id (one query)."""
    query = select(Activity.class_id, Activity.duties).where(
        Activity.deleted_at.is_(None),
        Activity.local_date >= first_day,
        Activity.local_date <= last_day,
    )
    by_class: dict[int, set[str]] = defaultdict(set)
    for class_id, duties in session.connection().execute(query).all():
        by_class[class_id].update(duties or ())
    return by_class


SubmissionTuple = tuple[str, str, datetime]  # (what, period, submitted_at)


def submission_tuples(
    session: Session, class_ids: Sequence[int] | None = None
) -> dict[int, list[SubmissionTuple]]:
    """Monthly forms and semester plans submitted, by class id (two queries)."""
    by_class: dict[int, list[SubmissionTuple]] = defaultdict(list)
    forms = select(FormSubmission.class_id, FormSubmission.month, FormSubmission.submitted_at)
    plans = select(SemesterPlan.class_id, Semester.name, SemesterPlan.submitted_at).join(
        Semester, Semester.id == SemesterPlan.semester_id
    )
    if class_ids is not None:
        forms = forms.where(FormSubmission.class_id.in_(class_ids))
        plans = plans.where(SemesterPlan.class_id.in_(class_ids))
    for class_id, month, at in session.execute(forms):
        by_class[class_id].append(("monthly_form", month, at))
    for class_id, semester_name, at in session.execute(plans):
        by_class[class_id].append(("semester_plan", semester_name, at))
    return by_class
