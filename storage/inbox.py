"""The update inbox: raw Telegram updates kept until they have been handled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import InboxUpdate


def store_update(session: Session, update_id: int, payload: dict[str, Any], now: datetime) -> None:
    """Keep an update; storing the same update again (a re-delivery) changes nothing."""
    values = {"update_id": update_id, "payload": payload, "received_at": now, "attempts": 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = postgresql.insert(InboxUpdate).values(values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite.insert(InboxUpdate).values(values).on_conflict_do_nothing()
    else:  # pragma: no cover - only the two supported databases
        if session.get(InboxUpdate, update_id) is not None:
            return
        stmt = InboxUpdate.__table__.insert().values(values)
    session.execute(stmt)


def pending_updates(session: Session, limit: int = 1000) -> list[tuple[int, dict[str, Any]]]:
    """Updates stored but not yet handled, oldest first."""
    rows = session.execute(
        select(InboxUpdate.update_id, InboxUpdate.payload)
        .where(InboxUpdate.processed_at.is_(None))
        .order_by(InboxUpdate.update_id)
        .limit(limit)
    )
    return [(update_id, payload) for update_id, payload in rows]


def finish_update(session: Session, update_id: int) -> None:
    """The update was handled: drop it, so no message text stays in the inbox."""
    session.execute(delete(InboxUpdate).where(InboxUpdate.update_id == update_id))
