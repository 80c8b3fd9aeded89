"""Open questions: what the bot asked and is waiting on, kept in the database.

A question is opened with a payload (plain JSON values), answered by its token, and closed
once. Closing is a conditional UPDATE, so two presses of one button (or two processes) act
once: only the caller that closes it gets the payload back.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from storage.models import OpenQuestion

TOKEN_BYTES = 6  # 8 url-safe characters: 48 random bits, never guessed by a forged button


@dataclass(frozen=True, slots=True)
class Question:
    """An open question as plain values."""

    id: int
    token: str
    person_id: int
    chat_id: int
    topic: str
    payload: dict[str, Any]
    due_at: datetime | None


def _value(row: OpenQuestion) -> Question:
    return Question(
        row.id, row.token, row.person_id, row.chat_id, row.topic, dict(row.payload), row.due_at
    )


def open_question(
    session: Session,
    person_id: int,
    chat_id: int,
    topic: str,
    payload: dict[str, Any],
    now: datetime,
    due_at: datetime | None = None,
) -> Question:
    """Store a new question; its token goes into the buttons."""
    row = OpenQuestion(
        token=secrets.token_urlsafe(TOKEN_BYTES),
        person_id=person_id,
        chat_id=chat_id,
        topic=topic,
        payload=payload,
        created_at=now,
        due_at=due_at,
    )
    session.add(row)
    session.flush()
    return _value(row)


def find(session: Session, token: str, person_id: int, topic: str | None = None) -> Question | None:
    """The person's open question with this token (None: unknown, someone else's, or closed)."""
    query = select(OpenQuestion).where(
        OpenQuestion.token == token,
        OpenQuestion.person_id == person_id,
        OpenQuestion.closed_at.is_(None),
    )
    if topic is not None:
        query = query.where(OpenQuestion.topic == topic)
    row = session.scalar(query)
    return None if row is None else _value(row)


def close(session: Session, question_id: int, now: datetime) -> bool:
    """Close the question; False when it was closed already (by an earlier press)."""
    # Session.execute is typed as returning a Result; an UPDATE returns a CursorResult.
    result = cast(
        "CursorResult[Any]",
        session.execute(
            update(OpenQuestion)
            .where(OpenQuestion.id == question_id, OpenQuestion.closed_at.is_(None))
            .values(closed_at=now)
        ),
    )
    return bool(result.rowcount)


def replace_payload(
    session: Session,
    question_id: int,
    payload: dict[str, Any],
    due_at: datetime | None = None,
) -> None:
    session.execute(
        update(OpenQuestion)
        .where(OpenQuestion.id == question_id)
        .values(payload=payload, due_at=due_at)
    )


def latest(session: Session, person_id: int, topic: str) -> Question | None:
    """The person's most recent open question of this topic (e.g. an awaited form note)."""
    row = session.scalar(
        select(OpenQuestion)
        .where(
            OpenQuestion.person_id == person_id,
            OpenQuestion.topic == topic,
            OpenQuestion.closed_at.is_(None),
        )
        .order_by(OpenQuestion.id.desc())
        .limit(1)
    )
    return None if row is None else _value(row)


def open_of(session: Session, person_id: int, topic: str) -> list[Question]:
    """The person's open questions of this topic, oldest first."""
    rows = session.scalars(
        select(OpenQuestion)
        .where(
            OpenQuestion.person_id == person_id,
            OpenQuestion.topic == topic,
            OpenQuestion.closed_at.is_(None),
        )
        .order_by(OpenQuestion.id)
    )
    return [_value(r) for r in rows]


def close_all(session: Session, person_id: int, topic: str, now: datetime) -> None:
    session.execute(
        update(OpenQuestion)
        .where(
            OpenQuestion.person_id == person_id,
            OpenQuestion.topic == topic,
            OpenQuestion.closed_at.is_(None),
        )
        .values(closed_at=now)
    )


def due(session: Session, topic: str, before: datetime) -> Sequence[Question]:
    """Open questions of a topic due at or before `before` (plans to follow up)."""
    rows = session.scalars(
        select(OpenQuestion)
        .where(
            OpenQuestion.topic == topic,
            OpenQuestion.closed_at.is_(None),
            OpenQuestion.due_at.is_not(None),
            OpenQuestion.due_at <= before,
        )
        .order_by(OpenQuestion.due_at, OpenQuestion.id)
    )
    return [_value(r) for r in rows]
