"""Personal data (个人信息保护法): what is kept about a person, forgetting it, and retention.

`export_person` gathers everything stored about one person as JSON types. `forget_person`
removes their Telegram identity, the raw words of their notes and the students' names in
their records (also inside submitted forms and the chat's open questions), their dashboard
sign-in links and sessions, and keeps the facts the assessment needs: kind, date, count,
hours, place and topic, and the class. `blank_old_texts` drops the raw words of notes older
than the policy's `retention.source_text_days`; `forget_old_questions` does the same for the
chat's open questions (closed ones that old are deleted).

Survey answers need nothing here: they are stored under a keyed hash of the student's
account, never a person of the roster (storage.models.SurveyAnswer).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.orm import Session

from storage import web_auth
from storage.models import (
    Activity,
    ActivityChange,
    Evidence,
    FormSubmission,
    GroupBinding,
    InboxUpdate,
    InviteCode,
    LinkAttempt,
    LinkRequest,
    OpenQuestion,
    PendingReviewComment,
    Person,
    ReminderLedger,
    SchoolClass,
    SemesterPlan,
)


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _columns(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        column.key: _json(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in skip
    }


def _inbox_of(session: Session, telegram_id: int | None) -> list[InboxUpdate]:
    """Stored updates sent by this Telegram account (normally none: handled ones are gone)."""
    if telegram_id is None:
        return []
    found = []
    for row in session.scalars(select(InboxUpdate)):
        payload = row.payload or {}
        for part in payload.values():
            sender = part.get("from") if isinstance(part, dict) else None
            if isinstance(sender, dict) and sender.get("id") == telegram_id:
                found.append(row)
                break
    return found


def export_person(session: Session, person: Person) -> dict[str, Any]:
    """Everything stored about `person`, as JSON types."""
    pid, tid = person.id, person.telegram_id
    classes = session.scalars(
        select(SchoolClass).where(
            or_(SchoolClass.advisor_id == pid, SchoolClass.counselor_id == pid)
        )
    )
    return {
        "person": _columns(person),
        "classes": [
            {
                "name": c.name,
                "role": "advisor" if c.advisor_id == pid else "counselor",
            }
            for c in classes
        ],
        "activities": [
            _columns(a)
            for a in session.scalars(
                select(Activity).where(Activity.advisor_id == pid).order_by(Activity.id)
            )
        ],
        "activity_changes_made": [
            _columns(c)
            for c in session.scalars(
                select(ActivityChange)
                .where(ActivityChange.actor_id == pid)
                .order_by(ActivityChange.id)
            )
        ],
        "form_submissions": [
            _columns(f)
            for f in session.scalars(select(FormSubmission).where(FormSubmission.advisor_id == pid))
        ],
        "semester_plans": [
            _columns(p)
            for p in session.scalars(select(SemesterPlan).where(SemesterPlan.advisor_id == pid))
        ],
        "reminders": [
            _columns(r)
            for r in session.scalars(select(ReminderLedger).where(ReminderLedger.person_id == pid))
        ],
        "invites": [
            _columns(i, skip=("code",))  # a code is a credential, not data about them
            for i in session.scalars(select(InviteCode).where(InviteCode.person_id == pid))
        ],
        "link_requests": [
            _columns(r)
            for r in session.scalars(select(LinkRequest).where(LinkRequest.person_id == pid))
        ],
        "wrong_code_attempts": [
            _columns(a)
            for a in session.scalars(select(LinkAttempt).where(LinkAttempt.telegram_id == tid))
        ]
        if tid is not None
        else [],
        "groups_bound": [
            _columns(g)
            for g in session.scalars(select(GroupBinding).where(GroupBinding.bound_by == pid))
        ],
        "pending_updates": [_columns(u) for u in _inbox_of(session, tid)],
        "open_questions": [
            _columns(q, skip=("token",))  # the token answers the question: a credential
            for q in session.scalars(
                select(OpenQuestion).where(OpenQuestion.person_id == pid).order_by(OpenQuestion.id)
            )
        ],
    }


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What `forget_person` removed (counts), for the operator to read back."""

    telegram_id: int | None
    telegram_username: str | None
    texts: int  # notes whose raw words were removed
    student_lists: int  # records whose students' names were removed
    form_entries: int  # entries in submitted forms scrubbed of words and names
    pending_updates: int
    invites: int
    link_requests: int
    wrong_code_attempts: int
    open_questions: int = 0  # the chat's questions scrubbed of words and names


def forget_person(session: Session, person: Person) -> Forgotten:
    """Remove the person's Telegram identity, their notes' raw words and students' names.

    The person (a staff member, by name) and the facts of their work stay: the college's
    assessment of advisors is made from them. The audit trail keeps no words or names
    (storage/audit.py), only the Telegram id of who acted, which is removed here too.
    """
    pid, tid, username = person.id, person.telegram_id, person.telegram_username
    # Session.execute is typed as returning a Result; an UPDATE or DELETE returns a
    # CursorResult, which has the rowcount (the casts below say so).
    texts = cast(
        "CursorResult[Any]",
        session.execute(
            update(Activity)
            .where(Activity.advisor_id == pid, Activity.source_text.is_not(None))
            .values(source_text=None)
        ),
    ).rowcount
    if tid is not None:
        # A private chat's id is the account's id: the record keeps no trace of the account.
        session.execute(
            update(Activity)
            .where(Activity.advisor_id == pid, Activity.source_chat_id == tid)
            .values(source_chat_id=None)
        )
        # The same for the photos they sent privately as evidence (the photos stay).
        session.execute(
            update(Evidence)
            .where(
                Evidence.chat_id == tid,
                Evidence.activity_id.in_(select(Activity.id).where(Activity.advisor_id == pid)),
            )
            .values(chat_id=None)
        )
    with_students = [
        a for a in session.scalars(select(Activity).where(Activity.advisor_id == pid)) if a.students
    ]
    for activity in with_students:
        activity.students = []
    form_entries = 0
    for form in session.scalars(select(FormSubmission).where(FormSubmission.advisor_id == pid)):
        snapshot, scrubbed = _scrub_form(form.snapshot)
        if scrubbed:
            form.snapshot = snapshot
            form_entries += scrubbed
    pending = _inbox_of(session, tid)
    for row in pending:
        session.delete(row)
    invites = cast(
        "CursorResult[Any]", session.execute(delete(InviteCode).where(InviteCode.person_id == pid))
    ).rowcount
    requests = cast(
        "CursorResult[Any]",
        session.execute(delete(LinkRequest).where(LinkRequest.person_id == pid)),
    ).rowcount
    attempts = 0
    if tid is not None:
        attempts = cast(
            "CursorResult[Any]",
            session.execute(delete(LinkAttempt).where(LinkAttempt.telegram_id == tid)),
        ).rowcount
        session.execute(
            update(ActivityChange)
            .where(ActivityChange.actor_telegram_id == tid)
            .values(actor_telegram_id=None)
        )
    questions = 0
    for question in session.scalars(select(OpenQuestion).where(OpenQuestion.person_id == pid)):
        payload, scrubbed = scrub_question_payload(question.payload)
        if scrubbed:
            question.payload = payload
            questions += 1
    session.execute(delete(PendingReviewComment).where(PendingReviewComment.person_id == pid))
    web_auth.forget_person(session, pid)  # a dashboard link or session signs in as them
    person.telegram_id = None
    person.telegram_username = None
    person.language = None
    person.unreachable_since = None
    session.flush()
    return Forgotten(
        tid,
        username,
        texts or 0,
        len(with_students),
        form_entries,
        len(pending),
        invites or 0,
        requests or 0,
        attempts or 0,
        questions,
    )


def _scrub_form(snapshot: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The snapshot without the entries' words and students' names; how many entries changed."""
    copy = dict(snapshot)
    changed = 0
    for section in ("meetings", "classroom_visits", "dorm_visits", "other_work"):
        entries = []
        for entry in copy.get(section) or []:
            if entry.get("content") or entry.get("students"):
                entry = {**entry, "content": None, "students": []}
                changed += 1
            entries.append(entry)
        copy[section] = entries
    if copy.get("note"):
        copy["note"] = None
        changed += 1
    return copy, changed


# Keys of an open question's payload (storage.questions) holding the advisor's own words.
_QUESTION_TEXT_KEYS = ("text", "note")


def scrub_question_payload(payload: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """An open question's payload without the raw words (blanked to "", so the chat still
    reads it) and the students' names of the records it carries; whether anything changed."""
    copy = dict(payload)
    changed = False
    for key in _QUESTION_TEXT_KEYS:
        if copy.get(key):
            copy[key] = ""
            changed = True
    parsed = copy.get("parsed")
    if isinstance(parsed, list):
        items = []
        for item in parsed:
            if isinstance(item, dict) and item.get("students"):
                item = {**item, "students": []}
                changed = True
            items.append(item)
        copy["parsed"] = items
    return copy, changed


def forget_old_questions(session: Session, created_before: datetime) -> int:
    """Delete the chat's closed questions asked before `created_before` and blank the words
    of open ones that old; returns how many questions were deleted or blanked."""
    deleted = cast(
        "CursorResult[Any]",
        session.execute(
            delete(OpenQuestion).where(
                OpenQuestion.created_at < created_before, OpenQuestion.closed_at.is_not(None)
            )
        ),
    ).rowcount
    blanked = 0
    for question in session.scalars(
        select(OpenQuestion).where(
            OpenQuestion.created_at < created_before, OpenQuestion.closed_at.is_(None)
        )
    ):
        payload, scrubbed = scrub_question_payload(question.payload)
        if scrubbed:
            question.payload = payload
            blanked += 1
    session.flush()
    return (deleted or 0) + blanked


def blank_old_texts(session: Session, recorded_before: datetime) -> int:
    """Drop the raw words of notes recorded before `recorded_before`; returns how many."""
    result = cast(
        "CursorResult[Any]",
        session.execute(
            update(Activity)
            .where(Activity.recorded_at < recorded_before, Activity.source_text.is_not(None))
            .values(source_text=None)
        ),
    )
    return result.rowcount or 0
