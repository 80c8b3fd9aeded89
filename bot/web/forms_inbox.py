"""The forms inbox of the dashboard: who has handed in the month's form, review, nudge.

An adapter over `storage/forms.py`, the reminder ledger and this lane's `web_form_reviews`
table, written before the desk lane's `/forms` review storage landed: when it does, these
three functions should call it so the chat and the page share one set of decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import ledger
from storage.errors import InputError
from storage.facts import ClassRow, class_rows
from storage.models import FormSubmission, SchoolClass, WebFormReview

APPROVED = "approved"
RETURNED = "returned"
NUDGE_STAGE = "nudge"


class ReviewRefused(PermissionError):
    """The person may not review or nudge for this class (not its counselor, not an admin)."""


@dataclass(frozen=True, slots=True)
class InboxLine:
    row: ClassRow
    submission_id: int | None
    version: int | None
    submitted_at: datetime | None
    note: str | None
    review: str | None
    comment: str | None
    nudged_at: datetime | None


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who acts: a person id, and whether they are an admin (roster or ADVISORBOT_ADMINS)."""

    id: int
    is_admin: bool


def can_review(reviewer: Reviewer, school_class: SchoolClass) -> bool:
    return reviewer.is_admin or school_class.counselor_id == reviewer.id


def inbox(session: Session, month: str, class_ids: Sequence[int]) -> list[InboxLine]:
    """Each class's latest form for the month (or none), its review and the last nudge;
    classes without a form first."""
    rows = class_rows(session, list(class_ids))
    latest = (
        select(FormSubmission.class_id, func.max(FormSubmission.version).label("version"))
        .where(FormSubmission.month == month, FormSubmission.class_id.in_(list(class_ids)))
        .group_by(FormSubmission.class_id)
        .subquery()
    )
    submitted = {
        s.class_id: s
        for s in session.scalars(
            select(FormSubmission).join(
                latest,
                (latest.c.class_id == FormSubmission.class_id)
                & (latest.c.version == FormSubmission.version)
                & (FormSubmission.month == month),
            )
        )
    }
    reviews: dict[int, WebFormReview] = {}
    ids = [s.id for s in submitted.values()]
    if ids:
        for review in session.scalars(
            select(WebFormReview)
            .where(WebFormReview.submission_id.in_(ids))
            .order_by(WebFormReview.id)
        ):
            reviews[review.submission_id] = review  # the last decision wins
    nudges = _nudges(session, month, [r.name for r in rows])
    lines = []
    for row in rows:
        form = submitted.get(row.id)
        review = reviews.get(form.id) if form else None
        lines.append(
            InboxLine(
                row=row,
                submission_id=form.id if form else None,
                version=form.version if form else None,
                submitted_at=form.submitted_at if form else None,
                note=form.note if form else None,
                review=review.decision if review else None,
                comment=review.comment if review else None,
                nudged_at=nudges.get(row.name),
            )
        )
    lines.sort(key=lambda line: (line.submission_id is not None, line.review is not None))
    return lines


def _nudges(session: Session, month: str, class_names: Sequence[str]) -> dict[str, datetime]:
    from storage.models import ReminderLedger

    query = select(ReminderLedger.subject, func.max(ReminderLedger.created_at)).where(
        ReminderLedger.rule == "monthly_form",
        ReminderLedger.period == month,
        ReminderLedger.stage == NUDGE_STAGE,
        ReminderLedger.subject.in_(list(class_names)),
    )
    return {subject: at for subject, at in session.execute(query.group_by(ReminderLedger.subject))}


def review(
    session: Session,
    reviewer: Reviewer,
    submission_id: int,
    decision: str,
    comment: str | None,
    now: datetime,
) -> FormSubmission:
    """Approve a submitted form version, or return it with a comment (required)."""
    submission = session.get(FormSubmission, submission_id)
    if submission is None:
        raise InputError("unknown_form")
    school_class = session.get(SchoolClass, submission.class_id)
    assert school_class is not None  # a foreign key
    if not can_review(reviewer, school_class):
        raise ReviewRefused(school_class.name)
    if decision not in (APPROVED, RETURNED):
        raise InputError("bad_decision")
    comment = (comment or "").strip() or None
    if decision == RETURNED and comment is None:
        raise InputError("comment_needed")
    session.add(
        WebFormReview(
            submission_id=submission.id,
            reviewer_id=reviewer.id,
            decision=decision,
            comment=comment,
            decided_at=now,
        )
    )
    session.flush()
    return submission


@dataclass(frozen=True, slots=True)
class Nudge:
    ledger_id: int | None  # None: this class was already nudged for this month
    telegram_id: int | None
    advisor: str | None


def claim_nudge(
    session: Session, sender: Reviewer, class_id: int, month: str, text: str, now: datetime
) -> Nudge:
    """Record a nudge in the reminder ledger (once per class and month) before it is sent."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise InputError("unknown_class")
    if not can_review(sender, school_class):
        raise ReviewRefused(school_class.name)
    advisor = school_class.advisor
    if advisor is None:
        return Nudge(None, None, None)
    ledger_id = ledger.claim_new(
        session,
        person_id=advisor.id,
        subject=school_class.name,
        rule="monthly_form",
        period=month,
        stage=NUDGE_STAGE,
        text=text,
        status=ledger.PENDING,
        now=now,
    )
    return Nudge(ledger_id, advisor.telegram_id, advisor.name)
