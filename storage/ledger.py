"""The reminder ledger: claim a reminder before sending it, then record how the send went.

A reminder is claimed by inserting its row (unique on person, subject, rule, period, stage)
with ``INSERT … ON CONFLICT DO NOTHING RETURNING id``: the sweep that gets an id back sends,
every other sweep skips. A pending row is claimed again for a retry by bumping ``attempts``
from the value the sweep saw, so two sweeps never retry the same row together.
While a row is pending, ``sent_at`` holds when its last try started (so a retry waits for a
try in flight); once ``status`` is ``sent`` it is when Telegram accepted the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Row, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import Person, ReminderLedger

PENDING = "pending"
SENT = "sent"
UNREACHABLE = "unreachable"

_KEY = ("person_id", "subject", "rule", "period", "stage")


def ledger_rows(
    session: Session, since: datetime
) -> Sequence[
    Row[int, int, str, str, str, str, str, int, datetime, datetime | None, datetime | None]
]:
    """(id, person, subject, rule, period, stage, status, attempts, created, sent, snoozed)
    of every row created since ``since``, in one query."""
    query = select(
        ReminderLedger.id,
        ReminderLedger.person_id,
        ReminderLedger.subject,
        ReminderLedger.rule,
        ReminderLedger.period,
        ReminderLedger.stage,
        ReminderLedger.status,
        ReminderLedger.attempts,
        ReminderLedger.created_at,
        ReminderLedger.sent_at,
        ReminderLedger.snoozed_until,
    ).where(ReminderLedger.created_at >= since)
    return session.execute(query).all()


def claim_new(
    session: Session,
    *,
    person_id: int,
    subject: str,
    rule: str,
    period: str,
    stage: str,
    text: str,
    status: str,
    now: datetime,
) -> int | None:
    """Insert the reminder's row; its id, or None when another sweep has it already."""
    values = {
        "person_id": person_id,
        "subject": subject,
        "rule": rule,
        "period": period,
        "stage": stage,
        "status": status,
        "text": text,
        "attempts": 1 if status == PENDING else 0,
        "created_at": now,
        "sent_at": now if status == PENDING else None,
    }
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        module: Any = postgresql if dialect == "postgresql" else sqlite
        statement = (
            module.insert(ReminderLedger)
            .values(**values)
            .on_conflict_do_nothing(index_elements=list(_KEY))
            .returning(ReminderLedger.id)
        )
        return session.execute(statement).scalar_one_or_none()
    # Any other database: the unique constraint still decides, inside a savepoint.
    try:
        with session.begin_nested():
            return session.execute(
                insert(ReminderLedger).values(**values).returning(ReminderLedger.id)
            ).scalar_one()
    except IntegrityError:
        return None


def claim_retry(session: Session, ledger_id: int, seen_attempts: int, now: datetime) -> bool:
    """Take a pending row for another try; False when another sweep took it first."""
    # Session.execute is typed as returning a Result; an UPDATE returns a CursorResult.
    result = cast(
        "CursorResult[Any]",
        session.execute(
            update(ReminderLedger)
            .where(
                ReminderLedger.id == ledger_id,
                ReminderLedger.status == PENDING,
                ReminderLedger.attempts == seen_attempts,
            )
            .values(attempts=seen_attempts + 1, sent_at=now)
        ),
    )
    return bool(result.rowcount)


def set_text(session: Session, ledger_id: int, text: str) -> None:
    session.execute(update(ReminderLedger).where(ReminderLedger.id == ledger_id).values(text=text))


def mark_sent(session: Session, ledger_id: int, now: datetime) -> None:
    session.execute(
        update(ReminderLedger)
        .where(ReminderLedger.id == ledger_id)
        .values(status=SENT, sent_at=now, last_error=None)
    )


def mark_failed(session: Session, ledger_id: int, error: str) -> None:
    """Leave the row pending with the error; a later sweep tries again."""
    session.execute(
        update(ReminderLedger).where(ReminderLedger.id == ledger_id).values(last_error=error[:500])
    )


def mark_unreachable(
    session: Session, ledger_id: int, person_id: int, now: datetime, error: str | None
) -> None:
    """The person cannot be reached (403): the row will not be retried; counselors are told."""
    session.execute(
        update(ReminderLedger)
        .where(ReminderLedger.id == ledger_id)
        .values(status=UNREACHABLE, last_error=error[:500] if error else None)
    )
    session.execute(
        update(Person)
        .where(Person.id == person_id, Person.unreachable_since.is_(None))
        .values(unreachable_since=now)
    )


def snooze(
    session: Session, ledger_id: int, person_id: int, until: datetime
) -> ReminderLedger | None:
    """Hold the reminder back until ``until`` when it is ``person_id``'s; the row, or None when
    there is no such row. The caller compares ``person_id`` to refuse someone else's."""
    row = session.get(ReminderLedger, ledger_id)
    if row is None:
        return None
    if row.person_id == person_id:
        row.snoozed_until = until
        # One sweep sends all of a person's reasons as one message with one snooze button:
        # the rows claimed with it (same person, same sweep moment) are snoozed with it.
        session.execute(
            update(ReminderLedger)
            .where(
                ReminderLedger.person_id == person_id,
                ReminderLedger.created_at == row.created_at,
                ReminderLedger.id != row.id,
            )
            .values(snoozed_until=until)
        )
    return row
