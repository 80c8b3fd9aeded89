"""The counselor's desk: who has handed in the month's form and the semester plan, nudges,
reviews (审核) and the month's forms as one zip. Use cases only: nothing here imports telegram.

A nudge (催办) is a reminder-ledger row with stage ``nudge``, keyed by (advisor, class,
document, "<period>~<local day>"), so the ledger's unique key allows one a day per advisor
and item. Outside the policy's reminder window (its send time, quiet hours and working days)
the row is written as ``queued``; `deliverable_nudges` hands it to the desk's delivery job
at the next allowed moment, unless the document came in meanwhile.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final, Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, Select, select, update
from sqlalchemy.orm import Session, selectinload

from bot.documents.form_docx import render_month_form
from bot.form_pictures import FetchedPictures
from bot.i18n import t
from reminders.decisions import RestDay, sending_allowed
from reminders.policy import Policy
from storage import directory, forms, ledger
from storage.errors import InputError
from storage.forms import (
    APPROVED,
    MONTHLY_FORM,
    RETURNED,
    SEMESTER_PLAN,
    SUBMITTED,
    Document,
    NotAllowed,
    Review,
)
from storage.models import (
    FormSubmission,
    Person,
    ReminderLedger,
    SchoolClass,
    Semester,
    SemesterPlan,
)

NUDGE_STAGE: Final = "nudge"
QUEUED: Final = "queued"
# A queued nudge whose document arrived before it could be sent.
DROPPED: Final = "dropped"
MISSING: Final = "missing"
_DAY_MARK: Final = "~"


# ---------------------------------------------------------------------------------------------
# Whose desk


class DeskUser(Protocol):
    """Who acts at the desk: a Person row, or the chat's Actor, whose ``is_admin`` also
    counts the ids in ADVISORBOT_ADMINS (a roster person made admin by the settings)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def is_admin(self) -> bool: ...
    @property
    def is_counselor(self) -> bool: ...


def desk_classes(session: Session, person: DeskUser) -> list[SchoolClass]:
    """The classes on this person's desk: admins all, a counselor those they follow; in
    natural order (数学2025-2班 before 数学2025-10班), as a counselor reads a list."""
    # The advisors in one more query, not one per class.
    query = select(SchoolClass).options(selectinload(SchoolClass.advisor))
    if not person.is_admin:
        query = query.where(SchoolClass.counselor_id == person.id)
    return sorted(session.scalars(query), key=lambda c: natural_key(c.name))


_DIGITS: Final = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key comparing runs of digits as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(name) if part
    )


def has_desk(person: DeskUser) -> bool:
    return person.is_admin or person.is_counselor


# ---------------------------------------------------------------------------------------------
# The month's documents, class by class


def grace_days(policy: Policy) -> int:
    """Days after a month's end its form is due (the policy's ``monthly_form.grace_days``)."""
    try:
        return policy.rule("monthly_form").grace_days
    except KeyError:  # the college dropped the rule: a form is due when its month ends
        return 0


def month_due(month: str, policy: Policy) -> date:
    _first, last = forms.parse_month(month)
    return last + timedelta(days=grace_days(policy))


def default_month(today: date, policy: Policy) -> str:
    """Last month while its form is still due (within the grace days), else this month."""
    previous_last = today.replace(day=1) - timedelta(days=1)
    if today <= previous_last + timedelta(days=grace_days(policy)):
        return f"{previous_last.year:04d}-{previous_last.month:02d}"
    return f"{today.year:04d}-{today.month:02d}"


def semester_of_month(session: Session, month: str) -> Semester | None:
    """The stored semester holding most of the month's days."""
    first, last = forms.parse_month(month)
    candidates = [
        s for s in directory.all_semesters(session) if s.first_day <= last and s.last_day >= first
    ]

    def overlap(s: Semester) -> int:
        return (min(last, s.last_day) - max(first, s.first_day)).days

    return max(candidates, key=overlap, default=None)


@dataclass(frozen=True, slots=True)
class DocState:
    """One document of a class on the desk: missing, or its latest version and review."""

    doc: str
    period: str  # "2026-11" for a form, the semester's name for a plan
    state: str  # MISSING, SUBMITTED, APPROVED or RETURNED
    document_id: int | None = None
    version: int | None = None
    submitted_at: datetime | None = None
    late: bool = False
    review: Review | None = None

    @property
    def missing(self) -> bool:
        return self.state == MISSING


@dataclass(frozen=True, slots=True)
class DeskRow:
    class_id: int
    class_name: str
    advisor: str | None
    advisor_reachable: bool
    form: DocState
    plan: DocState | None  # None when no semester covers the month


@dataclass(frozen=True, slots=True)
class DeskView:
    month: str
    due: date
    semester: str | None
    semester_id: int | None
    rows: tuple[DeskRow, ...]

    @property
    def missing_count(self) -> int:
        return sum(r.form.missing + (r.plan is not None and r.plan.missing) for r in self.rows)


def forms_overview(
    session: Session, person: DeskUser, month: str, policy: Policy, tz: ZoneInfo
) -> DeskView:
    """Every class on the desk with the month's form and the semester's plan (few queries)."""
    if not has_desk(person):
        raise NotAllowed(person.name)
    first, _last = forms.parse_month(month)
    month = f"{first.year:04d}-{first.month:02d}"
    due = month_due(month, policy)
    semester = semester_of_month(session, month)
    classes = desk_classes(session, person)
    ids = [c.id for c in classes]
    latest_forms = _latest(
        session,
        select(FormSubmission)
        .where(FormSubmission.class_id.in_(ids), FormSubmission.month == month)
        .order_by(FormSubmission.version),
    )
    latest_plans: dict[int, SemesterPlan] = {}
    plan_due: date | None = None
    if semester is not None:
        latest_plans = _latest(
            session,
            select(SemesterPlan)
            .where(SemesterPlan.class_id.in_(ids), SemesterPlan.semester_id == semester.id)
            .order_by(SemesterPlan.version),
        )
        plan_due = semester.first_day - timedelta(days=1)
    form_reviews = forms.reviews(session, MONTHLY_FORM, [f.id for f in latest_forms.values()])
    plan_reviews = forms.reviews(session, SEMESTER_PLAN, [p.id for p in latest_plans.values()])
    rows = []
    for school_class in classes:
        advisor = school_class.advisor
        form = _state(MONTHLY_FORM, month, latest_forms.get(school_class.id), form_reviews, due, tz)
        plan = None
        if semester is not None and plan_due is not None:
            plan = _state(
                SEMESTER_PLAN,
                semester.name,
                latest_plans.get(school_class.id),
                plan_reviews,
                plan_due,
                tz,
            )
        rows.append(
            DeskRow(
                school_class.id,
                school_class.name,
                advisor.name if advisor else None,
                advisor is not None
                and advisor.telegram_id is not None
                and advisor.unreachable_since is None,
                form,
                plan,
            )
        )
    return DeskView(
        month,
        due,
        semester.name if semester else None,
        semester.id if semester else None,
        tuple(rows),
    )


def _latest(session: Session, query: Select[Any]) -> dict[int, Any]:
    """The last row per class of a query ordered by version (later versions overwrite)."""
    found: dict[int, Any] = {}
    for row in session.scalars(query):
        found[row.class_id] = row
    return found


def _state(
    doc: str,
    period: str,
    item: FormSubmission | SemesterPlan | None,
    reviews: dict[int, Review],
    due: date,
    tz: ZoneInfo,
) -> DocState:
    if item is None:
        return DocState(doc, period, MISSING)
    review = reviews.get(item.id)
    return DocState(
        doc,
        period,
        review.state if review else SUBMITTED,
        item.id,
        item.version,
        item.submitted_at,
        item.submitted_at.astimezone(tz).date() > due,
        review,
    )


def desk_class(session: Session, person: DeskUser, class_id: int) -> SchoolClass:
    """A class on this person's desk; NotAllowed for any other (a forged button)."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None or not has_desk(person) or not forms.can_review(person, school_class):
        raise NotAllowed(f"{person.name}: class {class_id}")
    return school_class


# ---------------------------------------------------------------------------------------------
# Nudges (催办)

SEND: Final = "send"  # claimed: the caller sends it now and records the outcome
QUEUED_NOW: Final = "queued"
ALREADY: Final = "already"  # this advisor was nudged about this item today
NOT_MISSING: Final = "not_missing"
NO_ADVISOR: Final = "no_advisor"
UNREACHABLE: Final = "unreachable"


@dataclass(frozen=True, slots=True)
class Nudge:
    outcome: str
    class_name: str
    advisor: str | None = None
    ledger_id: int | None = None
    telegram_id: int | None = None
    text: str = ""


def nudge(
    session: Session,
    person: DeskUser,
    class_id: int,
    doc: str,
    month: str,
    policy: Policy,
    now: datetime,
    is_rest_day: RestDay,
) -> Nudge:
    """Nudge the class's advisor about the month's form or the semester's plan, at most once
    a day per advisor and item; the ledger row is claimed (pending) when it may go out now
    and queued otherwise. `now` is aware, in the college's zone."""
    school_class = desk_class(session, person, class_id)
    advisor = school_class.advisor
    if advisor is None:
        return Nudge(NO_ADVISOR, school_class.name)
    period, text = _nudge_subject(session, school_class, advisor, person, doc, month, policy)
    if period is None:
        return Nudge(NOT_MISSING, school_class.name, advisor.name)
    if advisor.telegram_id is None or advisor.unreachable_since is not None:
        # Nothing can be sent (no account, or they blocked the bot): no row, so the counselor
        # is told so on every tap rather than "already nudged".
        return Nudge(UNREACHABLE, school_class.name, advisor.name)
    status = ledger.PENDING if sending_allowed(policy.reminders, now, is_rest_day) else QUEUED
    ledger_id = ledger.claim_new(
        session,
        person_id=advisor.id,
        subject=school_class.name,
        rule=doc,
        period=f"{period}{_DAY_MARK}{now.date().isoformat()}",
        stage=NUDGE_STAGE,
        text=text,
        status=status,
        now=now,
    )
    if ledger_id is None:
        return Nudge(ALREADY, school_class.name, advisor.name)
    outcome = SEND if status == ledger.PENDING else QUEUED_NOW
    return Nudge(outcome, school_class.name, advisor.name, ledger_id, advisor.telegram_id, text)


def _nudge_subject(
    session: Session,
    school_class: SchoolClass,
    advisor: Person,
    sender: DeskUser,
    doc: str,
    month: str,
    policy: Policy,
) -> tuple[str | None, str]:
    """(the ledger period, the advisor's text) while the item is missing or its latest
    version was returned; (None, "") once a version is in and not returned."""
    lang = advisor.language or "zh"
    first, _last = forms.parse_month(month)
    month = f"{first.year:04d}-{first.month:02d}"
    if doc == MONTHLY_FORM:
        latest: Document | None = forms.latest_submission(session, school_class.id, month)
        period, what, again = (
            month,
            t(lang, "desk.doc_monthly_form", period=month),
            "/form " + month,
        )
        key, params = (
            "desk.nudge_form",
            {"month": month, "due": month_due(month, policy).isoformat()},
        )
    elif doc == SEMESTER_PLAN:
        semester = semester_of_month(session, month)
        if semester is None:
            return None, ""
        latest = forms.current_plan(session, school_class.id, semester.id)
        period, what, again = (
            semester.name,
            t(lang, "desk.doc_semester_plan", period=semester.name),
            "/plan",
        )
        key, params = "desk.nudge_plan", {"semester": semester.name}
    else:
        raise ValueError(f"unknown document {doc!r}")
    if latest is not None:
        if forms.review_state(session, doc, latest.id) != RETURNED:
            return None, ""
        key, params = "desk.nudge_returned", {"what": what, "again": again}
    return period, t(lang, key, sender=sender.name, class_name=school_class.name, **params)


def nudge_all(
    session: Session,
    person: DeskUser,
    month: str,
    policy: Policy,
    now: datetime,
    tz: ZoneInfo,
    is_rest_day: RestDay,
) -> list[Nudge]:
    """One nudge per missing item of every class on the desk (each at most once a day)."""
    view = forms_overview(session, person, month, policy, tz)
    done: list[Nudge] = []
    for row in view.rows:
        for item in (row.form, row.plan):
            if item is not None and item.missing:
                done.append(
                    nudge(session, person, row.class_id, item.doc, month, policy, now, is_rest_day)
                )
    return done


@dataclass(frozen=True, slots=True)
class QueuedNudge:
    ledger_id: int
    attempts: int
    telegram_id: int
    text: str


def deliverable_nudges(
    session: Session, policy: Policy, now: datetime, is_rest_day: RestDay
) -> list[QueuedNudge]:
    """Queued nudges (and failed sends to retry) that may go out now, each claimed for this
    caller; a queued nudge whose document came in meanwhile is dropped instead."""
    if not sending_allowed(policy.reminders, now, is_rest_day):
        return []
    rows = session.execute(
        select(ReminderLedger, Person)
        .join(Person, Person.id == ReminderLedger.person_id)
        .where(
            ReminderLedger.stage == NUDGE_STAGE,
            ReminderLedger.status.in_((QUEUED, ledger.PENDING)),
            ReminderLedger.attempts < _MAX_ATTEMPTS,
        )
        .order_by(ReminderLedger.id)
    ).all()
    claimed: list[QueuedNudge] = []
    for row, advisor in rows:
        if row.status == ledger.PENDING and (row.sent_at or row.created_at) > now - _RETRY_AFTER:
            continue  # a send in flight
        if advisor.telegram_id is None or advisor.unreachable_since is not None:
            continue
        if _arrived(session, row):
            session.execute(
                update(ReminderLedger)
                .where(ReminderLedger.id == row.id, ReminderLedger.status == row.status)
                .values(status=DROPPED)
            )
            continue
        # Session.execute is typed as returning a Result; an UPDATE returns a CursorResult.
        taken = cast(
            "CursorResult[Any]",
            session.execute(
                update(ReminderLedger)
                .where(
                    ReminderLedger.id == row.id,
                    ReminderLedger.status == row.status,
                    ReminderLedger.attempts == row.attempts,
                )
                .values(status=ledger.PENDING, attempts=row.attempts + 1, sent_at=now)
            ),
        )
        if taken.rowcount:
            claimed.append(QueuedNudge(row.id, row.attempts + 1, advisor.telegram_id, row.text))
    return claimed


_MAX_ATTEMPTS: Final = 5
# A pending row younger than this may still be waiting in the rate limiter ("nudge all" for
# a thousand classes queues two thousand messages at 30 a second); older ones failed.
_RETRY_AFTER: Final = timedelta(minutes=15)


def _arrived(session: Session, row: ReminderLedger) -> bool:
    """True when the form or plan a nudge asks for has been handed in since (a version
    that is not returned)."""
    school_class = session.scalar(select(SchoolClass).where(SchoolClass.name == row.subject))
    if school_class is None:
        return True
    period = row.period.split(_DAY_MARK, 1)[0]
    latest: Document | None
    if row.rule == MONTHLY_FORM:
        latest = forms.latest_submission(session, school_class.id, period)
    else:
        semester = session.scalar(select(Semester).where(Semester.name == period))
        if semester is None:
            return True
        latest = forms.current_plan(session, school_class.id, semester.id)
    return latest is not None and forms.review_state(session, row.rule, latest.id) != RETURNED


# ---------------------------------------------------------------------------------------------
# Opening and reviewing a submitted version


@dataclass(frozen=True, slots=True)
class Opened:
    doc: str
    document_id: int
    class_name: str
    period: str
    version: int
    submitted_at: datetime
    review: Review
    latest: bool
    form: forms.MonthlyForm | None = None
    plan_text: str = ""
    file_id: str | None = None
    file_name: str | None = None


def open_document(session: Session, person: DeskUser, doc: str, document_id: int) -> Opened:
    """A submitted version on this person's desk (NotAllowed otherwise, InputError if gone)."""
    item = forms.document(session, doc, document_id)
    if item is None:
        raise InputError(f"no {doc} {document_id}")
    school_class = desk_class(session, person, item.class_id)
    review = forms.reviews(session, doc, [item.id]).get(item.id, Review(SUBMITTED))
    latest = forms.is_latest(session, item)
    if isinstance(item, FormSubmission):
        return Opened(
            doc,
            item.id,
            school_class.name,
            item.month,
            item.version,
            item.submitted_at,
            review,
            latest,
            form=forms.submitted_form(item),
        )
    semester = session.get(Semester, item.semester_id)
    return Opened(
        doc,
        item.id,
        school_class.name,
        semester.name if semester else "",
        item.version,
        item.submitted_at,
        review,
        latest,
        plan_text=item.text,
        file_id=item.telegram_file_id,
        file_name=item.file_name,
    )


@dataclass(frozen=True, slots=True)
class ReviewNotice:
    """A review done, and what the advisor is told (None when they cannot be reached)."""

    class_name: str
    period: str
    version: int
    state: str
    advisor_telegram_id: int | None
    advisor_text: str


def review(
    session: Session,
    person: DeskUser,
    doc: str,
    document_id: int,
    state: str,
    now: datetime,
    comment: str | None = None,
) -> ReviewNotice:
    """Approve or return a version (see `storage.forms.review_document`) and word the notice
    to its advisor in the advisor's language."""
    item = forms.review_document(session, person, doc, document_id, state, now, comment)
    school_class = session.get(SchoolClass, item.class_id)
    assert school_class is not None
    advisor = school_class.advisor
    lang = (advisor.language if advisor else None) or "zh"
    if isinstance(item, FormSubmission):
        period, again = item.month, f"/form {item.month}"
    else:
        semester = session.get(Semester, item.semester_id)
        period, again = (semester.name if semester else ""), "/plan"
    what = t(lang, f"desk.doc_{doc}", period=period)
    if state == APPROVED:
        text = t(
            lang,
            "desk.advisor_approved",
            what=what,
            class_name=school_class.name,
            version=item.version,
            reviewer=person.name,
        )
    else:
        text = t(
            lang,
            "desk.advisor_returned",
            what=what,
            class_name=school_class.name,
            version=item.version,
            reviewer=person.name,
            comment=comment or "-",
            again=again,
        )
    reachable = advisor is not None and advisor.unreachable_since is None
    return ReviewNotice(
        school_class.name,
        period,
        item.version,
        state,
        advisor.telegram_id if reachable and advisor is not None else None,
        text,
    )


def start_return(
    session: Session, person: DeskUser, doc: str, document_id: int, now: datetime
) -> Opened:
    """Check the version may be returned by this person, and wait for their comment."""
    opened = open_document(session, person, doc, document_id)
    if not opened.latest:
        raise forms.NotLatest(f"{doc} {document_id}")
    forms.ask_return_comment(session, person.id, doc, document_id, now)
    return opened


# ---------------------------------------------------------------------------------------------
# The month's forms as one zip


@dataclass(frozen=True, slots=True)
class MonthZip:
    filename: str
    data: bytes
    forms: int
    missing: tuple[str, ...]


def month_zip(
    session: Session,
    person: DeskUser,
    month: str,
    lang: str,
    policy: Policy,
    tz: ZoneInfo,
    pictures_of: Callable[[Session, forms.MonthlyForm], FetchedPictures] | None = None,
) -> MonthZip:
    """One .docx per class with a submitted form (its latest version, as submitted), named by
    class and month; the classes without one listed in missing.txt. `pictures_of` gives a
    form's photo appendix (`bot.form_pictures`); without it the forms have none."""
    view = forms_overview(session, person, month, policy, tz)
    buffer = io.BytesIO()
    missing: list[str] = []
    count = 0
    ids = [r.form.document_id for r in view.rows if r.form.document_id is not None]
    submitted = {
        s.id: s for s in session.scalars(select(FormSubmission).where(FormSubmission.id.in_(ids)))
    }
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for row in view.rows:
            if row.form.document_id is None:
                missing.append(row.class_name)
                continue
            form = forms.submitted_form(submitted[row.form.document_id])
            fetched = pictures_of(session, form) if pictures_of else FetchedPictures()
            data = render_month_form(form, lang, fetched.pictures, missing=fetched.missing)
            archive.writestr(f"{_safe(row.class_name)}-{view.month}.docx", data)
            count += 1
        if missing:
            lines = [t(lang, "desk.zip_missing_title", month=view.month)]
            lines += [f"{name}\t{row_advisor(view, name)}" for name in missing]
            archive.writestr("missing.txt", "\n".join(lines) + "\n")
    return MonthZip(
        f"{t(lang, 'desk.zip_name')}-{view.month}.zip", buffer.getvalue(), count, tuple(missing)
    )


def row_advisor(view: DeskView, class_name: str) -> str:
    return next((r.advisor or "-" for r in view.rows if r.class_name == class_name), "-")


def _safe(name: str) -> str:
    """A class name as a file name inside the zip (no path separators)."""
    return name.replace("/", "_").replace("\\", "_").strip() or "class"


# ---------------------------------------------------------------------------------------------
# Review states for the status views and exports


def review_labels(
    session: Session, class_ids: Sequence[int] | None = None
) -> dict[int, dict[tuple[str, str], str]]:
    """(doc, period) -> review state of its latest version, per class (four queries)."""
    return {
        class_id: {key: state for key, (_version, state) in by_key.items()}
        for class_id, by_key in forms.latest_document_reviews(session, class_ids).items()
    }


def document_of_rule(policy: Policy, rule_id: str) -> str | None:
    """The document a rule asks for ("monthly_form", "semester_plan"), or None."""
    try:
        rule = policy.rule(rule_id)
    except KeyError:
        return None
    return rule.submission if rule.measure == "submission" else None


def rule_reviews(policy: Policy, reviews: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """One class's review states keyed by (rule id, period) instead of (doc, period)."""
    by_doc = {
        rule.submission: rule.id
        for rule in policy.rules
        if rule.measure == "submission" and rule.submission
    }
    return {
        (by_doc[doc], period): state for (doc, period), state in reviews.items() if doc in by_doc
    }


def add_review_states(
    status_json: dict[str, object], policy: Policy, reviews: dict[tuple[str, str], str]
) -> dict[str, object]:
    """Give every document entry of a ``status --json`` object (its ``rules`` and, where
    present, ``history``) a ``"review"``: the state of the latest version handed in for
    that period ("submitted", "approved", "returned"), or null when none was."""
    for key in ("rules", "history"):
        entries = status_json.get(key)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            doc = document_of_rule(policy, str(entry.get("rule")))
            if doc is not None:
                entry["review"] = reviews.get((doc, str(entry.get("period"))))
    return status_json
