"""Judgements of many classes from the database: the glue between storage and the judge.

Classes are read in chunks cut at advisor boundaries (an advisor's classes share the
advisor-scoped rules), three queries a chunk (activities, forms, plans), so memory stays
bounded at any number of classes; the rules themselves run in `reminders.judge`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, TypeVar

from sqlalchemy.orm import Session

from reminders.compliance import ComplianceReport, SubmissionFact
from reminders.judge import ClassFacts, FormTotals, form_totals, judge_many
from reminders.policy import Policy
from reminders.semester_calendar import Semester, SemesterCalendar
from storage.directory import all_semesters
from storage.facts import (
    ActivityRow,
    ClassRow,
    SubmissionTuple,
    activity_rows,
    class_keys,
    class_rows,
    classes_of_advisors,
    gc_paused,
    submission_tuples,
)

# Classes judged per chunk: large enough that the per-chunk queries are few, small enough
# that a chunk's activities (150 each) stay in tens of megabytes.
CHUNK_CLASSES: Final = 2000
T = TypeVar("T")


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
            "history": [status.to_history_json() for status in self.report.history],
        }


def load_calendar(session: Session, policy: Policy) -> SemesterCalendar:
    """Semesters from the database, plus any listed only in the policy file."""
    stored = [Semester(s.name, s.first_day, s.last_day) for s in all_semesters(session)]
    return SemesterCalendar.from_policy(policy, stored)


def _advisor_of_row(row: ClassRow) -> int | None:
    return row.advisor.id if row.advisor is not None else None


def advisor_chunks(
    rows: Sequence[T],
    size: int = CHUNK_CLASSES,
    advisor_of: Callable[[T], int | None] = _advisor_of_row,  # type: ignore[assignment]
) -> Iterator[list[T]]:
    """``rows`` grouped by advisor (classes without one alone), in chunks of about ``size``
    classes never splitting an advisor's classes."""
    by_advisor: dict[int, list[T]] = {}
    lonely: list[list[T]] = []
    for row in rows:
        advisor = advisor_of(row)
        if advisor is None:
            lonely.append([row])
        else:
            by_advisor.setdefault(advisor, []).append(row)
    chunk: list[T] = []
    for group in [*by_advisor.values(), *lonely]:
        if chunk and len(chunk) + len(group) > size:
            yield chunk
            chunk = []
        chunk.extend(group)
    if chunk:
        yield chunk


def iter_class_compliance(
    session: Session,
    policy: Policy,
    at: datetime,
    class_ids: Sequence[int] | None = None,
    *,
    semester: Semester | None = None,
    chunk_size: int = CHUNK_CLASSES,
) -> Iterator[ClassCompliance]:
    """Each class's judgement at ``at``, chunk by chunk (an advisor's classes together, in
    class-name order inside a chunk). ``semester`` defaults to the one judged at ``at``.

    Only (class id, advisor id) pairs are held for every class; a chunk's full rows (names,
    advisor, counselor) are read with the chunk, so memory does not grow with the roster.
    """
    calendar = load_calendar(session, policy)
    keys = class_keys(session, class_ids)
    wanted: set[int] | None = None
    if class_ids is not None and any(rule.scope == "advisor" for rule in policy.rules):
        # An advisor-scoped rule pools all of an advisor's classes: judge the classes asked
        # for together with their advisors' other classes, and yield only those asked for.
        wanted = {class_id for class_id, _advisor in keys}
        advisors = [advisor for _id, advisor in keys if advisor is not None]
        others = classes_of_advisors(session, advisors) - wanted
        if others:
            keys = class_keys(session, [*wanted, *others])
    chosen = semester or calendar.current_or_relevant(at.date())
    for chunk in advisor_chunks(keys, chunk_size, advisor_of=lambda key: key[1]):
        # Every class in one chunk: no list of ids to send (a thousand-id IN list made
        # SQLite probe the index class by class, slower than reading the table through).
        everything = class_ids is None and len(chunk) == len(keys)
        ids = None if everything else [class_id for class_id, _advisor in chunk]
        rows = class_rows(session, ids)
        with gc_paused():
            judged = _judge_chunk(session, policy, calendar, chosen, at, rows, ids)
        yield from (r for r in judged if wanted is None or r.row.id in wanted)


def _judge_chunk(
    session: Session,
    policy: Policy,
    calendar: SemesterCalendar,
    semester: Semester | None,
    at: datetime,
    rows: list[ClassRow],
    ids: list[int] | None,
) -> list[ClassCompliance]:
    """The chunk's classes judged: ``rows``, whose ids are ``ids`` (None: every class)."""
    activities: Sequence[ActivityRow] = ()
    submissions: Mapping[int, list[SubmissionTuple]] = {}
    if semester is not None:
        # Work dated after `at` does not count yet; the judge checks again, this saves reading.
        last_day = min(semester.end, at.date())
        first_day = semester.start
        activities = activity_rows(session, first_day, last_day, ids)
        submissions = submission_tuples(session, ids)
    facts = [
        ClassFacts(
            row.id,
            (),  # the chunk's activities go to the judge as one table, led by class id
            [SubmissionFact(*s) for s in submissions.get(row.id, ())],
            row.advisor.id if row.advisor else None,
        )
        for row in rows
    ]
    by_id = {row.id: row for row in rows}
    judged = judge_many(policy, calendar, facts, at, semester=semester, activities=activities)
    results = [ClassCompliance(by_id[key], report) for key, report in judged]
    results.sort(key=lambda r: r.row.name)
    return results


def class_compliance(
    session: Session,
    policy: Policy,
    at: datetime,
    class_ids: Sequence[int] | None = None,
    *,
    semester: Semester | None = None,
) -> list[ClassCompliance]:
    """Each class's judgement at `at`, in class-name order (for a handful of classes; use
    :func:`iter_class_compliance` to stream many)."""
    results = list(iter_class_compliance(session, policy, at, class_ids, semester=semester))
    results.sort(key=lambda r: r.row.name)
    return results


def class_form_totals(
    session: Session,
    policy: Policy,
    class_id: int,
    month: str,
    at: datetime,
    *,
    semester: Semester | None = None,
) -> FormTotals:
    """The totals of a class's form for ``month`` as the judge sees them at ``at`` (the
    moment of the draft, or of the submission): for the form's layout to show.
    ``semester`` defaults to the one judged at ``at`` (as ``status`` judges)."""
    [result] = class_compliance(session, policy, at, [class_id], semester=semester)
    return form_totals(result.report, month)
