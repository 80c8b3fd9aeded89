"""The records: typed SQLAlchemy 2 models for people, classes, activities and the rest.

Timestamps are UTC-aware; dates of activities are the college's local calendar dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import BigId, UTCDateTime, intpk, name_str, tg_id, utc_ts

# Named constraints make Alembic migrations deterministic on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Person(Base):
    """A teacher or staff member who may use the bot: advisor, counselor and/or admin."""

    __tablename__ = "people"

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    # Lower-case, without the leading "@"; links the person on /start while it matches.
    telegram_username: Mapped[str | None] = mapped_column(String(64), index=True)
    is_advisor: Mapped[bool] = mapped_column(default=False)
    is_counselor: Mapped[bool] = mapped_column(default=False)
    is_admin: Mapped[bool] = mapped_column(default=False)
    # "zh" or "en" once chosen with /lang or taken from Telegram; None until then.
    language: Mapped[str | None] = mapped_column(String(8))
    # Set when Telegram answers 403 (never started the bot, or blocked it).
    unreachable_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[utc_ts]

    advised_classes: Mapped[list[SchoolClass]] = relationship(
        back_populates="advisor", foreign_keys="SchoolClass.advisor_id"
    )


class SchoolClass(Base):
    """A class (班级), e.g. 数学与应用数学2023-1班, with its advisor and counselor."""

    __tablename__ = "classes"

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    cohort: Mapped[int] = mapped_column(Integer)
    major: Mapped[str] = mapped_column(String(120), default="")
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    counselor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)

    advisor: Mapped[Person | None] = relationship(
        back_populates="advised_classes", foreign_keys=[advisor_id]
    )
    counselor: Mapped[Person | None] = relationship(foreign_keys=[counselor_id])


class Semester(Base):
    """A teaching semester: the rules' periods are computed from its first and last day."""

    __tablename__ = "semesters"
    __table_args__ = (CheckConstraint("last_day >= first_day", name="ends_after_start"),)

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(40), unique=True)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)


class Activity(Base):
    """One piece of advisor work on a local date: a dorm visit, a class meeting, …

    A chat message yields one or more activities; (chat, message, seq) is unique so the
    same Telegram message is never recorded twice, even when it is delivered again.
    """

    __tablename__ = "activities"
    __table_args__ = (
        UniqueConstraint("source_chat_id", "source_message_id", "seq", name="uq_activity_source"),
        CheckConstraint("count >= 1", name="count_positive"),
        Index("ix_activities_class_date", "class_id", "local_date"),
    )

    id: Mapped[intpk]
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    kind: Mapped[str] = mapped_column(String(32))
    local_date: Mapped[dt.date] = mapped_column(Date)
    local_time: Mapped[dt.time | None] = mapped_column(Time)
    count: Mapped[int] = mapped_column(Integer, default=1)
    hours: Mapped[float | None] = mapped_column(Float)
    location: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(500))
    students: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    source_message_id: Mapped[int | None] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    source_text: Mapped[str | None] = mapped_column(Text)
    # Where the record came from: "telegram", "console", "cli".
    source: Mapped[str] = mapped_column(String(16), default="telegram")
    # Codes of the regulation's duties this work served (reminders.duties), e.g. ["kaoyan_guidance"].
    duties: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    recorded_at: Mapped[utc_ts]
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    advisor: Mapped[Person] = relationship(foreign_keys=[advisor_id])
    school_class: Mapped[SchoolClass] = relationship(foreign_keys=[class_id])


class FormSubmission(Base):
    """An immutable snapshot of a submitted monthly work record form (工作记录表).

    A resubmission is a new version; earlier versions are kept.
    """

    __tablename__ = "form_submissions"
    __table_args__ = (UniqueConstraint("class_id", "month", "version", name="uq_form_version"),)

    id: Mapped[intpk]
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    version: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[utc_ts]


class SemesterPlan(Base):
    """The advisor's written work plan for a semester (text, or a document sent in chat)."""

    __tablename__ = "semester_plans"
    __table_args__ = (
        UniqueConstraint("class_id", "semester_id", "version", name="uq_plan_version"),
    )

    id: Mapped[intpk]
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    semester_id: Mapped[int] = mapped_column(ForeignKey("semesters.id"))
    advisor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text, default="")
    telegram_file_id: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str | None] = mapped_column(String(200))
    submitted_at: Mapped[utc_ts]


class ReminderLedger(Base):
    """Every reminder, recorded before it is sent, so each goes out exactly once.

    `subject` is the class name (or "" for a counselor's digest); it is part of the key
    instead of a nullable class id because NULLs never collide in a unique constraint.
    """

    __tablename__ = "reminder_ledger"
    __table_args__ = (
        UniqueConstraint(
            "person_id", "subject", "rule", "period", "stage", name="uq_reminder_once"
        ),
    )

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    subject: Mapped[str] = mapped_column(String(120), default="")
    rule: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(24))
    # "pending" until Telegram accepted it, then "sent"; "unreachable" after a 403.
    status: Mapped[str] = mapped_column(String(16), default="pending")
    text: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[utc_ts]
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class InviteCode(Base):
    """A one-time code that links a roster person to a Telegram account."""

    __tablename__ = "invite_codes"

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(32), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    created_at: Mapped[utc_ts]
    expires_at: Mapped[utc_ts]
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    used_by: Mapped[int | None] = mapped_column(BigInteger)

    person: Mapped[Person] = relationship()


class GroupBinding(Base):
    """A Telegram group bound to a class: activities logged there count for that class."""

    __tablename__ = "group_bindings"

    id: Mapped[intpk]
    chat_id: Mapped[tg_id] = mapped_column(unique=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    bound_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    bound_at: Mapped[utc_ts]

    school_class: Mapped[SchoolClass] = relationship()


class InboxUpdate(Base):
    """A Telegram update stored durably before it is confirmed to Telegram.

    Long polling confirms a batch with the next getUpdates call whether or not it was
    handled; keeping the raw update here first means a crash loses nothing.
    """

    __tablename__ = "update_inbox"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[utc_ts]
    processed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class Survey(Base):
    """Students' opinion of a class's advisor: opened by a counselor or admin, answered
    through a deep link (`start=s_<token>`) until `closes_at`.

    The questions are copied from the policy when the survey opens, so a later change of
    the policy file never changes what earlier answers meant.
    """

    __tablename__ = "surveys"

    id: Mapped[intpk]
    token: Mapped[str] = mapped_column(String(32), unique=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    opened_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    opened_at: Mapped[utc_ts]
    closes_at: Mapped[utc_ts]
    questions: Mapped[list[dict[str, str]]] = mapped_column(JSON)

    school_class: Mapped[SchoolClass] = relationship()


class SurveyAnswer(Base):
    """One student's answer to a survey: the scores (1-5, one per question) and a comment.

    `respondent` is a keyed hash (HMAC-SHA256) of the survey and the Telegram account,
    never the account's id or name; it makes a second answer replace the first. No time is
    stored, so answers cannot be matched to when someone was seen opening the link.
    """

    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("survey_id", "respondent", name="uq_survey_answer_once"),)

    id: Mapped[intpk]
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), index=True)
    respondent: Mapped[str] = mapped_column(String(64))
    scores: Mapped[list[int]] = mapped_column(JSON)
    comment: Mapped[str | None] = mapped_column(Text)
    # True between the last score and the comment (or its skip): the student's next private
    # message is the comment.
    comment_pending: Mapped[bool] = mapped_column(default=False)


class DocumentReview(Base):
    """A counselor's (or admin's) 审核 of one submitted version of a form or plan.

    One row per version: a version without a row is simply "submitted". `doc` names the
    table `document_id` points into ("monthly_form": form_submissions, "semester_plan":
    semester_plans); a resubmission is a new version and so starts again as "submitted".
    """

    __tablename__ = "document_reviews"
    __table_args__ = (
        UniqueConstraint("doc", "document_id", name="uq_document_review"),
        CheckConstraint("state IN ('approved', 'returned')", name="review_state"),
    )

    id: Mapped[intpk]
    doc: Mapped[str] = mapped_column(String(16))
    document_id: Mapped[int] = mapped_column(BigInteger)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"), index=True)
    state: Mapped[str] = mapped_column(String(16))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    comment: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[utc_ts]


class PendingReviewComment(Base):
    """A reviewer asked for the comment of a return: their next private text is that comment.

    Kept in the database rather than in memory so the question survives a restart.
    """

    __tablename__ = "pending_review_comments"

    person_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("people.id"), primary_key=True, autoincrement=False
    )
    doc: Mapped[str] = mapped_column(String(16))
    document_id: Mapped[int] = mapped_column(BigInteger)
    asked_at: Mapped[utc_ts]


class OpenQuestion(Base):
    """A question the bot asked and is waiting on (which class? record this odd date? a plan
    to follow up, a form note): kept here rather than in memory so a restart forgets nothing.

    Buttons carry the short random `token`, never the payload, so callback data stays within
    Telegram's 64 bytes whatever the question holds; the token is random so it cannot be
    guessed, and the answer is still checked against `person_id`.
    """

    __tablename__ = "open_questions"
    __table_args__ = (Index("ix_open_questions_due", "closed_at", "due_at"),)

    id: Mapped[intpk]
    token: Mapped[str] = mapped_column(String(16), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    # "record", "plan", "form_note", "plan_document"
    topic: Mapped[str] = mapped_column(String(24))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[utc_ts]
    # For a plan: when to ask "did it happen?" (UTC); None for the other questions.
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class Evidence(Base):
    """A photo kept as evidence of an activity (Telegram file ids; the file stays there)."""

    __tablename__ = "activity_evidence"
    __table_args__ = (UniqueConstraint("activity_id", "file_unique_id", name="uq_evidence_file"),)

    id: Mapped[intpk]
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), index=True)
    file_id: Mapped[str] = mapped_column(String(200))
    file_unique_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    # An album's photos arrive as separate messages; later ones find the records by this.
    media_group_id: Mapped[str | None] = mapped_column(String(40))
    added_at: Mapped[utc_ts]


class WebSignInLink(Base):
    """A one-time sign-in link for the dashboard (from `/web` or `advisorbot web-link`).

    Only the SHA-256 of the token is stored: a copy of the database signs nobody in.
    """

    __tablename__ = "web_sign_in_links"

    id: Mapped[intpk]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    created_at: Mapped[utc_ts]
    expires_at: Mapped[utc_ts]
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class WebSession(Base):
    """A dashboard session behind a cookie; stored as the SHA-256 of the cookie's token."""

    __tablename__ = "web_sessions"

    id: Mapped[intpk]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    # "link" (a sign-in link) or "telegram" (Mini App initData).
    via: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[utc_ts]
    expires_at: Mapped[utc_ts]
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


# Issue 16 (safety): the audit trail of activities, and linking that cannot be taken. -----


class ActivityChange(Base):
    """One change to an activity, append-only: who, when, what it was and what it became.

    Written by storage in the transaction that makes the change (see storage/audit.py), so
    every path (chat, buttons, edits, the command line) is covered. `before` and `after`
    hold the facts the assessment reads (kind, date, count, hours, place, topic, class,
    deleted), not the raw text or students' names, so forgetting a person needs no rewrite
    of history.
    """

    __tablename__ = "activity_changes"
    __table_args__ = (Index("ix_activity_changes_activity_at", "activity_id", "changed_at"),)

    id: Mapped[intpk]
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))
    changed_at: Mapped[utc_ts]
    # "created", "edited" (through the message), "redated", "rekinded", "undone",
    # "restored", "changed" (anything else)
    action: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    actor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class LinkRequest(Base):
    """A /start from the Telegram account holding a roster @username, awaiting an admin.

    A username can be taken by anyone who frees it elsewhere, so it never links by itself:
    an admin sees the account and confirms or refuses.
    """

    __tablename__ = "link_requests"

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger)
    telegram_username: Mapped[str | None] = mapped_column(String(64))
    telegram_name: Mapped[str] = mapped_column(String(200), default="")
    requested_at: Mapped[utc_ts]
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # None while open; "confirmed", "refused", or "superseded" by a newer request
    outcome: Mapped[str | None] = mapped_column(String(16))


class LinkAttempt(Base):
    """A /start with a wrong invite code; more than a few an hour from one account are refused."""

    __tablename__ = "link_attempts"

    id: Mapped[intpk]
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    attempted_at: Mapped[utc_ts]
