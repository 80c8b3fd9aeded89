"""Compliance of many classes from the database: the glue between storage and the pure rules.

A fixed handful of queries (classes, semesters, activities, submissions) serves any number
of classes; the rules themselves run in `reminders.compliance`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from reminders.compliance import ActivityFact, ComplianceReport, SubmissionFact, evaluate_many
from reminders.policy import Policy
from reminders.semester_calendar import Semester, SemesterCalendar
from storage.directory import all_semesters
from storage.facts import ClassRow, activity_tuples, class_rows, gc_paused, submission_tuples


@dataclass(frozen=True, slots=True)
class ClassCompliance:
    row: ClassRow
    report: ComplianceReport

    def to_json(self) -> dict[str, object]:
        """The contract's `status --json` object for one class."""
        return {
            "class": self.row.name,
            "advisor": self.row.advisor.name if self.row.advisor else None,
            "at": self.report.at.isoformat(timespec="seconds"),
            "semester": self.report.semester.name if self.report.semester else None,
            "rules": [status.to_json() for status in self.report.rules],
        }


def load_calendar(session: Session, policy: Policy) -> SemesterCalendar:
    """Semesters from the database, plus any listed only in the policy file."""
    stored = [Semester(s.name, s.first_day, s.last_day) for s in all_semesters(session)]
    return SemesterCalendar.from_policy(policy, stored)


def class_compliance(
    session: Session,
    policy: Policy,
    at: datetime,
    class_ids: Sequence[int] | None = None,
) -> list[ClassCompliance]:
    """Each class's compliance at `at`, in class-name order."""
    with gc_paused():
        return _class_compliance(session, policy, at, class_ids)


def _class_compliance(
    session: Session, policy: Policy, at: datetime, class_ids: Sequence[int] | None
) -> list[ClassCompliance]:
    calendar = load_calendar(session, policy)
    rows = class_rows(session, class_ids)
    semester = calendar.current_or_relevant(at.date())
    if semester is None or not rows:
        facts: dict[int, tuple[list[ActivityFact], list[SubmissionFact]]] = {
            row.id: ([], []) for row in rows
        }
    else:
        ids = None if class_ids is None else [row.id for row in rows]
        # Work dated after `at` (a plan confirmed early) cannot count as done yet.
        last_day = min(semester.end, at.date())
        activities = activity_tuples(session, semester.start, last_day, ids)
        submissions = submission_tuples(session, ids)
        facts = {
            row.id: (
                list(map(ActivityFact._make, activities.get(row.id, ()))),
                [SubmissionFact(w, p, s) for w, p, s in submissions.get(row.id, ())],
            )
            for row in rows
        }
    reports = evaluate_many(policy, calendar, facts, at)
    return [ClassCompliance(row, reports[row.id]) for row in rows]
