"""What the dashboard reads, in one adapter module: compliance, history, class details.

Compliance comes from the same judge as `status --json`
(`reminders.jobs.status.class_compliance`, over `reminders.judge`): one read of the facts
gives each rule's current period and every period of the semester so far. When the judge's
entry point changes, this file is the one to change.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from reminders.compliance import BEHIND, MET, MISSED, RuleStatus
from reminders.duties import year_of_study
from reminders.jobs.status import ClassCompliance, class_compliance, load_calendar
from reminders.judge import final_moment
from reminders.policy import Policy
from reminders.semester_calendar import Semester as CalendarSemester
from storage import forms as form_storage
from storage.evidence import evidence_counts
from storage.facts import ClassRow
from storage.models import Activity, FormSubmission, Semester, SemesterPlan

# How much each state weighs when the overview sorts classes by "most behind".
_WEIGHT = {MISSED: 3, BEHIND: 2}
_RULE_AND_STATE = attrgetter("rule", "state")


class SoFar(NamedTuple):
    """One rule over the semester so far: periods met among the periods started (a
    NamedTuple: the overview builds 8,000 of them)."""

    met: int
    started: int
    missed: int


@dataclass(frozen=True, slots=True)
class ClassSummary:
    """One line of the overview: a class, its rules now and its semester so far."""

    row: ClassRow
    year: int
    semester: str | None
    current: dict[str, RuleStatus]
    so_far: dict[str, SoFar]

    @property
    def score(self) -> int:
        """How far behind: weighted current states plus periods already missed."""
        now = sum(_WEIGHT.get(s.state, 0) for s in self.current.values())
        return now + sum(s.missed for s in self.so_far.values())


@dataclass(frozen=True, slots=True)
class Overview:
    at: datetime
    semester: str | None
    rules: tuple[str, ...]
    classes: list[ClassSummary]
    # state -> number of (class, rule) cells in that state now
    totals: dict[str, int] = field(default_factory=dict)


def compliance(
    session: Session,
    policy: Policy,
    at: datetime,
    class_ids: Sequence[int] | None,
    semester: CalendarSemester | None = None,
) -> list[ClassCompliance]:
    """Exactly what `status --json` says for these classes at `at` (None: every class):
    each report's `rules` are the current periods, its `periods` every period so far.
    `semester` judges that one instead of the one relevant at `at`."""
    ids = None if class_ids is None else list(class_ids)
    return class_compliance(session, policy, at, ids, semester=semester)


def overview(
    session: Session,
    policy: Policy,
    at: datetime,
    class_ids: Sequence[int] | None,
    semester: CalendarSemester | None = None,
) -> Overview:
    """The overview's rows for these classes (None: every class), most behind first."""
    results = compliance(session, policy, at, class_ids, semester)
    rules = tuple(rule.id for rule in policy.rules)
    classes: list[ClassSummary] = []
    totals: Counter[str] = Counter()
    semester_name = None
    for result in results:
        row, report = result.row, result.report
        if report.semester is not None:
            semester_name = report.semester.name
        current = {status.rule: status for status in report.rules}
        totals.update(status.state for status in report.rules)
        # (rule, state) -> periods, counted in C: 23 periods a class, 1,000 classes.
        counts = Counter(map(_RULE_AND_STATE, report.periods))
        started: dict[str, int] = {}
        for (rule, _state), n in counts.items():
            started[rule] = started.get(rule, 0) + n
        classes.append(
            ClassSummary(
                row=row,
                year=year_of_study(row.cohort, at.date()),
                semester=report.semester.name if report.semester else None,
                current=current,
                so_far={
                    rule: SoFar(counts.get((rule, MET), 0), n, counts.get((rule, MISSED), 0))
                    for rule, n in started.items()
                },
            )
        )
    classes.sort(key=lambda c: (-c.score, c.row.name))
    return Overview(at, semester_name, rules, classes, dict(totals))


@dataclass(frozen=True, slots=True)
class SemesterResult:
    """One semester of an academic year: judged now while it runs, for good once over."""

    name: str
    final: bool
    view: Overview


def academic_year(
    session: Session, policy: Policy, at: datetime, class_ids: Sequence[int]
) -> tuple[str, list[SemesterResult]]:
    """The academic year holding `at` (September to August) as "2026-2027", and each of its
    semesters that has begun: the ones over judged at their final moment (every period met
    or missed), the running one at `at`."""
    first_year = at.year if at.month >= 9 else at.year - 1
    first, last = date(first_year, 9, 1), date(first_year + 1, 8, 31)
    calendar = load_calendar(session, policy)
    results = []
    for semester in calendar.semesters:
        if semester.end < first or semester.start > min(last, at.date()):
            continue
        final = final_moment(policy, calendar, semester, at.tzinfo or UTC)
        done = final <= at
        moment = final if done else at
        view = overview(session, policy, moment, class_ids, semester)
        results.append(SemesterResult(semester.name, done, view))
    return f"{first_year}-{first_year + 1}", results


class OverviewCache:
    """Recent overviews, each reused for `ttl` after it was judged (the page says when).

    Judging 1,000 classes reads ~150,000 activities (about a second); a counselor who
    filters or comes back within the minute gets the same verdicts in a few milliseconds.
    A class's own page is always judged afresh. Thread-safe: pages run in a thread pool.
    """

    def __init__(self, ttl: timedelta = timedelta(seconds=60), size: int = 32) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: OrderedDict[tuple[object, ...], Overview] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self,
        session: Session,
        policy: Policy,
        now: datetime,
        class_ids: Sequence[int] | None,
    ) -> Overview:
        key = (id(policy), now.date(), None if class_ids is None else tuple(class_ids))
        with self._lock:
            cached = self._entries.get(key)
            if cached is not None and timedelta(0) <= now - cached.at < self.ttl:
                self._entries.move_to_end(key)
                return cached
        fresh = overview(session, policy, now, class_ids)
        with self._lock:
            self._entries[key] = fresh
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


# A class's page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityLine:
    id: int
    kind: str
    date: date
    count: int
    hours: float | None
    location: str | None
    topic: str | None
    photos: int


@dataclass(frozen=True, slots=True)
class FormVersion:
    submission_id: int
    month: str
    version: int
    submitted_at: datetime
    note: str | None
    review: str | None  # "approved", "returned" or None (waiting)
    review_comment: str | None


@dataclass(frozen=True, slots=True)
class PlanView:
    semester: str
    version: int
    text: str
    file_name: str | None
    submitted_at: datetime


def semester_activities(
    session: Session, class_id: int, first: date, last: date
) -> list[ActivityLine]:
    """The class's live activities in the semester, newest first, with photo counts."""
    rows = session.execute(
        select(
            Activity.id,
            Activity.kind,
            Activity.local_date,
            Activity.count,
            Activity.hours,
            Activity.location,
            Activity.topic,
        )
        .where(
            Activity.class_id == class_id,
            Activity.deleted_at.is_(None),
            Activity.local_date >= first,
            Activity.local_date <= last,
        )
        .order_by(Activity.local_date.desc(), Activity.id.desc())
    ).all()
    photos = photo_counts(session, [r[0] for r in rows])
    return [ActivityLine(*row, photos=photos.get(row[0], 0)) for row in rows]


def photo_counts(session: Session, activity_ids: Sequence[int]) -> dict[int, int]:
    """Evidence photos per activity (the chat's `activity_evidence`, one query)."""
    return evidence_counts(session, activity_ids)


def form_versions(session: Session, class_id: int) -> list[FormVersion]:
    """Every submitted version of the class's monthly forms, newest first, with its review
    (the desk's `document_reviews`: one decision per version)."""
    rows = session.scalars(
        select(FormSubmission)
        .where(FormSubmission.class_id == class_id)
        .order_by(FormSubmission.month.desc(), FormSubmission.version.desc())
    ).all()
    reviews = form_storage.reviews(session, form_storage.MONTHLY_FORM, [r.id for r in rows])
    return [
        FormVersion(
            r.id,
            r.month,
            r.version,
            r.submitted_at,
            r.note,
            reviews[r.id].state if r.id in reviews else None,
            reviews[r.id].comment if r.id in reviews else None,
        )
        for r in rows
    ]


def semester_plan(session: Session, class_id: int, semester_name: str | None) -> PlanView | None:
    if semester_name is None:
        return None
    semester = session.scalar(select(Semester).where(Semester.name == semester_name))
    if semester is None:
        return None
    plan: SemesterPlan | None = form_storage.current_plan(session, class_id, semester.id)
    if plan is None:
        return None
    return PlanView(semester.name, plan.version, plan.text, plan.file_name, plan.submitted_at)


def semester_bounds(session: Session, policy: Policy, at: datetime) -> tuple[date, date] | None:
    semester = load_calendar(session, policy).current_or_relevant(at.date())
    return (semester.start, semester.end) if semester else None


def semester_names(session: Session, policy: Policy) -> list[str]:
    return [s.name for s in load_calendar(session, policy).semesters]
