"""The monthly work record form (工作记录表) and the semester work plan: drafts, versions, reads.

A draft is built from the month's live activities; a submission stores it as an immutable
JSON snapshot, so later corrections to the records never change a form already handed in.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Final, Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reminders.duties import year_of_study
from reminders.jobs.status import class_form_totals, load_calendar
from reminders.judge import FormTotals, JudgeError
from reminders.policy import Policy, load_policy
from storage.errors import InputError
from storage.evidence import evidence_counts
from storage.models import (
    Activity,
    DocumentReview,
    FormSubmission,
    PendingReviewComment,
    Person,
    SchoolClass,
    Semester,
    SemesterPlan,
)

# The form's sections, in the college's layout (see the appendix of the regulation).
MEETING_KINDS: Final = ("class_meeting", "theme_meeting")
CLASSROOM_KINDS: Final = ("classroom_visit",)
DORM_KINDS: Final = ("dorm_visit",)
# "Other work", in the order the form lists it.
OTHER_KINDS: Final = (
    "parent_contact",
    "student_talk",
    "cadre_meeting",
    "student_activity",
    "seminar",
    "other",
)

SNAPSHOT_FORMAT: Final = 1
# The rule whose semester figure is the form's "hours this semester" (reminders.judge).
HOURS_RULE: Final = "hours_semester"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Two submissions racing for the same version number: the loser retries this many times.
_VERSION_RETRIES: Final = 3


class NotAllowed(PermissionError):
    """The person may not draft or submit this class's form (not its advisor, not an admin)."""


def parse_month(month: str) -> tuple[date, date]:
    """The first and last day of a "YYYY-MM" month; InputError for anything else."""
    match = _MONTH.match(month.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise InputError(f"month {month!r} is not a month like 2026-11 (YYYY-MM)")
    year, number = int(match.group(1)), int(match.group(2))
    last = _stdlib_calendar.monthrange(year, number)[1]
    return date(year, number, 1), date(year, number, last)


def can_draft_form(person: Person, school_class: SchoolClass) -> bool:
    """Only the class's own advisor, or an admin, may draft or submit its monthly form."""
    return person.is_admin or (
        school_class.advisor_id is not None and school_class.advisor_id == person.id
    )


# ---------------------------------------------------------------------------------------------
# The form as a value


@dataclass(frozen=True, slots=True)
class FormEntry:
    """One record on the form: an activity as it stood when the form was drafted."""

    activity_id: int
    kind: str
    date: str  # local date, ISO
    time: str | None  # local "HH:MM"
    place: str | None
    topic: str | None
    content: str | None  # the advisor's own words (the message the record came from)
    students: tuple[str, ...]
    count: int
    hours: float  # stated, else the policy's default for the kind
    hours_stated: bool
    duties: tuple[str, ...] = ()  # codes of reminders.duties (absent in older snapshots)
    photos: int = 0  # photos kept as evidence (storage.evidence) at the form's moment

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FormEntry:
        return cls(
            **{
                **data,
                "students": tuple(data.get("students") or ()),
                "duties": tuple(data.get("duties") or ()),
            }
        )


@dataclass(frozen=True, slots=True)
class RuleLine:
    """One rule's verdict on the form, as the judge gave it at the form's moment."""

    rule: str
    period: str
    done: float
    required: float
    state: str
    late: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RuleLine:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class MonthlyForm:
    """The month's 工作记录表 for one class, in the college form's sections."""

    class_id: int
    class_name: str
    month: str
    advisor: str | None
    advisor_language: str | None
    semester: str | None
    meetings: tuple[FormEntry, ...]  # 参加、指导班团会记录
    classroom_visits: tuple[FormEntry, ...]  # 深入教室
    dorm_visits: tuple[FormEntry, ...]  # 深入宿舍
    other_work: tuple[FormEntry, ...]  # parent contacts, talks, cadre meetings, …
    parent_contacts: int  # 人次 this month (the listed records')
    hours_month: float  # the listed records' hours (this class, this month)
    # The judge's semester figure at `judged_at`: the advisor's hours in all their classes
    # when the hours rule is advisor-scoped (`hours_scope`), as `status` says it.
    hours_semester: float | None
    note: str | None = None
    submitted_at: str | None = None  # local ISO moment, set on submission
    version: int | None = None
    format: int = field(default=SNAPSHOT_FORMAT)
    # The class's year of study on the month's first day: 班主任 (1-2) or 班导师 (3-4).
    # None in snapshots older than this field; the form then says 班主任（班导师）.
    year_of_study: int | None = None
    # The totals' moment (local ISO; the draft's or the submission's) and the judge's figures
    # then. None / empty in snapshots older than these fields.
    judged_at: str | None = None
    hours_scope: str | None = None  # "advisor" (pooled over the advisor's classes) or "class"
    parent_contacts_semester: float | None = None
    # The month's rules, then the semester's, at judged_at (not the documents' own rules).
    rules: tuple[RuleLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.meetings or self.classroom_visits or self.dorm_visits or self.other_work)

    def entries(self) -> Iterator[FormEntry]:
        yield from self.meetings
        yield from self.classroom_visits
        yield from self.dorm_visits
        yield from self.other_work

    def to_json(self) -> dict[str, Any]:
        """A plain dict of JSON types (what a FormSubmission's snapshot holds)."""
        data = asdict(self)
        # asdict keeps tuples; JSON columns and json.dumps want lists either way.
        plain: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
        return plain

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MonthlyForm:
        sections = ("meetings", "classroom_visits", "dorm_visits", "other_work")
        values = dict(data)
        for name in sections:
            values[name] = tuple(FormEntry.from_json(e) for e in data.get(name) or ())
        values["rules"] = tuple(RuleLine.from_json(r) for r in data.get("rules") or ())
        return cls(**values)


def _month_semester(session: Session, first: date, last: date) -> Semester | None:
    """The stored semester holding most of the month's days, if any overlaps it."""
    candidates = session.scalars(
        select(Semester).where(Semester.first_day <= last, Semester.last_day >= first)
    ).all()

    def overlap(s: Semester) -> int:
        return (min(last, s.last_day) - max(first, s.first_day)).days

    return max(candidates, key=overlap, default=None)


def _entry(activity: Activity, policy: Policy, photos: int) -> FormEntry:
    return FormEntry(
        activity_id=activity.id,
        kind=activity.kind,
        date=activity.local_date.isoformat(),
        time=activity.local_time.strftime("%H:%M") if activity.local_time else None,
        place=activity.location,
        topic=activity.topic,
        content=activity.source_text,
        students=tuple(activity.students or ()),
        count=activity.count,
        hours=round(policy.effective_hours(activity.kind, activity.count, activity.hours), 2),
        hours_stated=activity.hours is not None,
        duties=tuple(activity.duties or ()),
        photos=photos,
    )


def draft_month_form(
    session: Session,
    school_class: SchoolClass,
    month: str,
    tz: tzinfo,
    *,
    policy: Policy | None = None,
    at: datetime | None = None,
) -> MonthlyForm:
    """The month's form for the class, from its live records (not stored).

    The records are the month's up to ``at`` (the moment of the draft, default now; a
    submission passes its own): a record dated later, a plan not yet carried out, is not on
    the form, so its lists and monthly sums count what the judge counts. The totals and rule
    lines are the judge's at ``at``, exactly what ``status`` says at that moment. `policy` gives the rules and default hours; the built-in policy
    when omitted.
    """
    first, last = parse_month(month)
    policy = policy or load_policy(None)
    at = datetime.now(tz) if at is None else at
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    at = at.astimezone(tz)
    semester = _month_semester(session, first, last)
    rows = session.scalars(
        select(Activity)
        .where(
            Activity.class_id == school_class.id,
            Activity.deleted_at.is_(None),
            Activity.local_date >= first,
            Activity.local_date <= min(last, at.date()),
        )
        .order_by(
            Activity.local_date, Activity.local_time.is_(None), Activity.local_time, Activity.id
        )
    ).all()
    photos = evidence_counts(session, (activity.id for activity in rows))
    month_entries = [_entry(activity, policy, photos.get(activity.id, 0)) for activity in rows]
    totals = _judged_totals(session, policy, school_class, month, at, semester)
    documents = {rule.id for rule in policy.rules if rule.measure == "submission"}

    def section(kinds: Sequence[str]) -> tuple[FormEntry, ...]:
        return tuple(e for e in month_entries if e.kind in kinds)

    other_order = {kind: i for i, kind in enumerate(OTHER_KINDS)}
    known = set(MEETING_KINDS) | set(CLASSROOM_KINDS) | set(DORM_KINDS)
    # Other work grouped by kind (in the form's order), dates ascending within a kind;
    # unknown kinds go last so nothing recorded is ever left off the form.
    other = sorted(
        (e for e in month_entries if e.kind not in known),
        key=lambda e: (other_order.get(e.kind, len(other_order)), e.date, e.time or ""),
    )
    advisor = school_class.advisor
    return MonthlyForm(
        class_id=school_class.id,
        class_name=school_class.name,
        month=f"{first.year:04d}-{first.month:02d}",
        advisor=advisor.name if advisor else None,
        advisor_language=advisor.language if advisor else None,
        semester=semester.name if semester else None,
        meetings=section(MEETING_KINDS),
        classroom_visits=section(CLASSROOM_KINDS),
        dorm_visits=section(DORM_KINDS),
        other_work=tuple(other),
        parent_contacts=sum(e.count for e in month_entries if e.kind == "parent_contact"),
        hours_month=round(sum(e.hours for e in month_entries), 2),
        hours_semester=round(totals.hours_semester, 2) if totals.semester else None,
        year_of_study=year_of_study(school_class.cohort, first),
        judged_at=at.isoformat(timespec="seconds"),
        # Without an advisor nothing is pooled: the figure is the class's own.
        hours_scope=_hours_scope(policy) if school_class.advisor_id is not None else "class",
        parent_contacts_semester=totals.parent_contacts_semester if totals.semester else None,
        rules=tuple(
            RuleLine(s.rule, s.period, s.done, s.required, s.state, s.late)
            for s in (*totals.verdicts, *totals.semester_verdicts)
            if s.rule not in documents  # the form does not judge itself (or the plan)
        ),
    )


def _judged_totals(
    session: Session,
    policy: Policy,
    school_class: SchoolClass,
    month: str,
    at: datetime,
    semester: Semester | None,
) -> FormTotals:
    """The judge's totals for the form: in the month's own semester (a past month's form
    judged at a later moment still counts that semester), else the one judged at ``at``."""
    chosen = None
    if semester is not None:
        calendar = load_calendar(session, policy)
        chosen = next((s for s in calendar.semesters if s.name == semester.name), None)
    try:
        return class_form_totals(session, policy, school_class.id, month, at, semester=chosen)
    except JudgeError:
        return FormTotals(None, 0.0, 0.0, ())


def _hours_scope(policy: Policy) -> str | None:
    try:
        return policy.rule(HOURS_RULE).scope
    except KeyError:
        return None


# ---------------------------------------------------------------------------------------------
# Submissions


def submit_month_form(
    session: Session,
    school_class: SchoolClass,
    advisor: Person,
    month: str,
    note: str | None,
    now: datetime,
    tz: tzinfo,
    *,
    policy: Policy | None = None,
) -> FormSubmission:
    """Store the month's form as it stands now, with the advisor's note, as a new version.

    Earlier versions stay; the latest one is the form of record.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if not can_draft_form(advisor, school_class):
        raise NotAllowed(f"{advisor.name} may not submit the form of {school_class.name}")
    draft = draft_month_form(session, school_class, month, tz, policy=policy, at=now)
    note = (note or "").strip() or None
    for _attempt in range(_VERSION_RETRIES):
        current = session.scalar(
            select(func.max(FormSubmission.version)).where(
                FormSubmission.class_id == school_class.id, FormSubmission.month == draft.month
            )
        )
        version = (current or 0) + 1
        form = replace(
            draft,
            note=note,
            submitted_at=now.astimezone(tz).isoformat(timespec="seconds"),
            version=version,
        )
        row = FormSubmission(
            class_id=school_class.id,
            advisor_id=advisor.id,
            month=draft.month,
            version=version,
            note=note,
            snapshot=form.to_json(),
            submitted_at=now,
        )
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            # Someone submitted the same class and month in between: take the next number.
            continue
        return row
    raise InputError(
        f"the form of {school_class.name} for {draft.month} is being submitted elsewhere"
    )


def submissions(session: Session, class_id: int, month: str | None = None) -> list[FormSubmission]:
    """Every submitted version for a class (one month, or all), oldest month and version first."""
    query = select(FormSubmission).where(FormSubmission.class_id == class_id)
    if month is not None:
        first, _last = parse_month(month)
        query = query.where(FormSubmission.month == f"{first.year:04d}-{first.month:02d}")
    return list(session.scalars(query.order_by(FormSubmission.month, FormSubmission.version)))


def latest_submission(session: Session, class_id: int, month: str) -> FormSubmission | None:
    """The form of record for the month: its highest version, or None if none was submitted."""
    first, _last = parse_month(month)
    return session.scalar(
        select(FormSubmission)
        .where(
            FormSubmission.class_id == class_id,
            FormSubmission.month == f"{first.year:04d}-{first.month:02d}",
        )
        .order_by(FormSubmission.version.desc())
        .limit(1)
    )


def submitted_form(submission: FormSubmission) -> MonthlyForm:
    """The form exactly as it was submitted."""
    return MonthlyForm.from_json(submission.snapshot)


# ---------------------------------------------------------------------------------------------
# Semester plans


def save_plan(
    session: Session,
    school_class: SchoolClass,
    advisor: Person,
    semester: Semester,
    text: str,
    now: datetime,
    file_id: str | None = None,
    file_name: str | None = None,
) -> SemesterPlan:
    """Store the semester's work plan as a new version (text, or a document sent in chat)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if not can_draft_form(advisor, school_class):
        raise NotAllowed(f"{advisor.name} may not submit the plan of {school_class.name}")
    text = text.strip()
    if not text and file_id is None:
        raise InputError("the plan is empty: write it as text or send it as a document")
    for _attempt in range(_VERSION_RETRIES):
        current = session.scalar(
            select(func.max(SemesterPlan.version)).where(
                SemesterPlan.class_id == school_class.id,
                SemesterPlan.semester_id == semester.id,
            )
        )
        row = SemesterPlan(
            class_id=school_class.id,
            semester_id=semester.id,
            advisor_id=advisor.id,
            version=(current or 0) + 1,
            text=text,
            telegram_file_id=file_id,
            file_name=file_name,
            submitted_at=now,
        )
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            continue
        return row
    raise InputError(f"the plan of {school_class.name} is being submitted elsewhere")


def current_plan(session: Session, class_id: int, semester_id: int) -> SemesterPlan | None:
    """The latest version of the class's plan for the semester, or None."""
    return session.scalar(
        select(SemesterPlan)
        .where(SemesterPlan.class_id == class_id, SemesterPlan.semester_id == semester_id)
        .order_by(SemesterPlan.version.desc())
        .limit(1)
    )


# ---------------------------------------------------------------------------------------------
# Bulk read for the semester workbook


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """One live activity, as plain values (the workbook's second sheet)."""

    id: int
    class_id: int
    advisor_id: int
    kind: str
    date: date
    time: time | None
    count: int
    hours: float | None
    location: str | None
    topic: str | None
    students: list[str]
    recorded_at: datetime


def iter_semester_activities(
    session: Session, first_day: date, last_day: date
) -> Iterator[ActivityRecord]:
    """Live activities between two dates, grouped by class id, then by date.

    One streamed query of the activities table alone, walking its (class_id, local_date)
    index: no join (names come from `person_names`), so the plan cannot go wrong on stale
    statistics, and no ORM objects, so 150,000 rows stay cheap.
    """
    query = (
        select(
            Activity.id,
            Activity.class_id,
            Activity.advisor_id,
            Activity.kind,
            Activity.local_date,
            Activity.local_time,
            Activity.count,
            Activity.hours,
            Activity.location,
            Activity.topic,
            Activity.students,
            Activity.recorded_at,
        )
        .where(
            Activity.deleted_at.is_(None),
            Activity.local_date >= first_day,
            Activity.local_date <= last_day,
        )
        .order_by(Activity.class_id, Activity.local_date, Activity.id)
        .execution_options(yield_per=5000)
    )
    # Core execution on the session's connection: the ORM's row handling costs about a
    # second per 150,000 rows and buys nothing for plain columns.
    for row in session.connection().execute(query):
        # select() types its first 10 columns only; mypy counts the untyped rest as possibly
        # empty, so it reports missing arguments here (12 columns, one per field).
        yield ActivityRecord(*row)  # type: ignore[call-arg]


def person_names(session: Session) -> dict[int, str]:
    """Every person's name by id (one query; people number in the hundreds)."""
    return {person_id: name for person_id, name in session.execute(select(Person.id, Person.name))}


def plan_class_ids(session: Session, semester_name: str) -> set[int]:
    """Classes that have handed in a plan for the named semester (one query)."""
    return set(
        session.scalars(
            select(SemesterPlan.class_id)
            .join(Semester, Semester.id == SemesterPlan.semester_id)
            .where(Semester.name == semester_name)
            .distinct()
        )
    )


def form_months(session: Session, months: Sequence[str]) -> dict[int, dict[str, int]]:
    """For each class, the latest form version per month among `months` (one query)."""
    by_class: dict[int, dict[str, int]] = {}
    if not months:
        return by_class
    query = (
        select(FormSubmission.class_id, FormSubmission.month, func.max(FormSubmission.version))
        .where(FormSubmission.month.in_(list(months)))
        .group_by(FormSubmission.class_id, FormSubmission.month)
    )
    for class_id, month, version in session.execute(query):
        by_class.setdefault(class_id, {})[month] = version
    return by_class


# ---------------------------------------------------------------------------------------------
# Reviews (审核): a counselor or admin approves a submitted version or returns it with a comment

MONTHLY_FORM: Final = "monthly_form"
SEMESTER_PLAN: Final = "semester_plan"
DOCS: Final = (MONTHLY_FORM, SEMESTER_PLAN)
SUBMITTED: Final = "submitted"
APPROVED: Final = "approved"
RETURNED: Final = "returned"


class NotLatest(InputError):
    """The version reviewed is no longer the latest: the advisor has resubmitted since."""


@dataclass(frozen=True, slots=True)
class Review:
    """The review state of one submitted version; `reviewer` is None while "submitted"."""

    state: str
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    comment: str | None = None


Document = FormSubmission | SemesterPlan


class Reviewer(Protocol):
    """Who reviews: a Person, or any value with its id, name and admin flag (the chat's
    Actor counts the admins named in the settings too)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def is_admin(self) -> bool: ...


def can_review(person: Reviewer, school_class: SchoolClass) -> bool:
    """The class's own counselor, or an admin, reviews its forms and plans."""
    return person.is_admin or (
        school_class.counselor_id is not None and school_class.counselor_id == person.id
    )


def document(session: Session, doc: str, document_id: int) -> Document | None:
    """The submitted form or plan version `document_id` of kind `doc`, or None."""
    if doc == MONTHLY_FORM:
        return session.get(FormSubmission, document_id)
    if doc == SEMESTER_PLAN:
        return session.get(SemesterPlan, document_id)
    return None


def is_latest(session: Session, item: Document) -> bool:
    """True when no later version of the same form (class, month) or plan exists."""
    if isinstance(item, FormSubmission):
        newest = session.scalar(
            select(func.max(FormSubmission.version)).where(
                FormSubmission.class_id == item.class_id, FormSubmission.month == item.month
            )
        )
    else:
        newest = session.scalar(
            select(func.max(SemesterPlan.version)).where(
                SemesterPlan.class_id == item.class_id,
                SemesterPlan.semester_id == item.semester_id,
            )
        )
    return newest == item.version


def review_state(session: Session, doc: str, document_id: int) -> str:
    """ "submitted", "approved" or "returned": the state of one version."""
    return reviews(session, doc, [document_id]).get(document_id, Review(SUBMITTED)).state


def reviews(session: Session, doc: str, document_ids: Sequence[int]) -> dict[int, Review]:
    """The reviews of these versions (one query); versions never reviewed are left out."""
    if not document_ids:
        return {}
    query = (
        select(DocumentReview, Person.name)
        .join(Person, Person.id == DocumentReview.reviewer_id)
        .where(DocumentReview.doc == doc, DocumentReview.document_id.in_(list(document_ids)))
    )
    return {
        row.document_id: Review(row.state, name, row.reviewed_at, row.comment)
        for row, name in session.execute(query)
    }


def review_document(
    session: Session,
    reviewer: Reviewer,
    doc: str,
    document_id: int,
    state: str,
    now: datetime,
    comment: str | None = None,
) -> Document:
    """Approve or return one version; returns the version reviewed.

    Raises NotFound-like InputError for an unknown version, NotAllowed for someone who is
    not the class's counselor or an admin, and NotLatest once a newer version exists (the
    advisor resubmitted: that one is what needs a review now). Reviewing again replaces the
    earlier decision on the same version (a counselor may change their mind).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if state not in (APPROVED, RETURNED):
        raise ValueError(f"unknown review state {state!r}")
    item = document(session, doc, document_id)
    if item is None:
        raise InputError(f"no {doc} {document_id}")
    school_class = session.get(SchoolClass, item.class_id)
    if school_class is None or not can_review(reviewer, school_class):
        raise NotAllowed(f"{reviewer.name} may not review {doc} {document_id}")
    if not is_latest(session, item):
        raise NotLatest(f"{doc} {document_id} has a newer version")
    comment = (comment or "").strip() or None
    for _attempt in range(_VERSION_RETRIES):
        row = session.scalar(
            select(DocumentReview).where(
                DocumentReview.doc == doc, DocumentReview.document_id == document_id
            )
        )
        if row is not None:
            row.state, row.reviewer_id, row.reviewed_at = state, reviewer.id, now
            row.comment = comment
            session.flush()
            return item
        try:
            with session.begin_nested():
                session.add(
                    DocumentReview(
                        doc=doc,
                        document_id=document_id,
                        class_id=item.class_id,
                        state=state,
                        reviewer_id=reviewer.id,
                        comment=comment,
                        reviewed_at=now,
                    )
                )
        except IntegrityError:
            continue  # reviewed at the same moment elsewhere: update that row instead
        return item
    raise InputError(f"{doc} {document_id} is being reviewed elsewhere")


def latest_document_reviews(
    session: Session, class_ids: Sequence[int] | None = None
) -> dict[int, dict[tuple[str, str], tuple[int, str]]]:
    """For each class, (doc, period) -> (latest version, its review state), in four queries.

    `period` is the month ("2026-11") of a form and the semester's name of a plan, as in
    `storage.facts.submission_tuples`; what the status views and exports show per document.
    """
    latest: dict[int, dict[tuple[str, str], tuple[int, int]]] = {}
    forms = select(
        FormSubmission.class_id, FormSubmission.month, FormSubmission.version, FormSubmission.id
    )
    plans = select(
        SemesterPlan.class_id, Semester.name, SemesterPlan.version, SemesterPlan.id
    ).join(Semester, Semester.id == SemesterPlan.semester_id)
    if class_ids is not None:
        forms = forms.where(FormSubmission.class_id.in_(list(class_ids)))
        plans = plans.where(SemesterPlan.class_id.in_(list(class_ids)))
    ids: dict[str, list[int]] = {MONTHLY_FORM: [], SEMESTER_PLAN: []}
    for doc, query in ((MONTHLY_FORM, forms), (SEMESTER_PLAN, plans)):
        for class_id, period, version, row_id in session.execute(query):
            seen = latest.setdefault(class_id, {}).get((doc, period))
            if seen is None or version > seen[0]:
                latest[class_id][(doc, period)] = (version, row_id)
    for by_key in latest.values():
        for (doc, _period), (_version, row_id) in by_key.items():
            ids[doc].append(row_id)
    states = {doc: reviews(session, doc, ids[doc]) for doc in DOCS}
    return {
        class_id: {
            key: (version, states[key[0]].get(row_id, Review(SUBMITTED)).state)
            for key, (version, row_id) in by_key.items()
        }
        for class_id, by_key in latest.items()
    }


# The comment of a return: asked for, then taken from the reviewer's next private text ------


def ask_return_comment(
    session: Session, person_id: int, doc: str, document_id: int, now: datetime
) -> None:
    """Remember that `person_id`'s next private text is the comment returning this version."""
    row = session.get(PendingReviewComment, person_id)
    if row is None:
        session.add(
            PendingReviewComment(
                person_id=person_id, doc=doc, document_id=document_id, asked_at=now
            )
        )
    else:
        row.doc, row.document_id, row.asked_at = doc, document_id, now
    session.flush()


# A question left unanswered this long is forgotten: a day later the next text is not a comment.
RETURN_COMMENT_LIFETIME: Final = timedelta(hours=24)


def take_return_comment(session: Session, person_id: int, now: datetime) -> tuple[str, int] | None:
    """The (doc, document id) a comment is awaited for, forgetting the question; or None
    (also when it was asked more than RETURN_COMMENT_LIFETIME ago)."""
    row = session.get(PendingReviewComment, person_id)
    if row is None:
        return None
    session.delete(row)
    session.flush()
    if row.asked_at < now - RETURN_COMMENT_LIFETIME:
        return None
    return row.doc, row.document_id
