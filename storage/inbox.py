"""The update inbox: raw Telegram updates kept until they have been handled.

Plain Core statements on a connection: this runs twice for every update, and the ORM's
unit of work would cost more than the database does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.models import InboxUpdate

# A model declared with __tablename__ is mapped to a Table; SQLAlchemy types __table__ as
# the wider FromClause, which insert()/delete() do not accept.
_table = cast("Table", InboxUpdate.__table__)


def store_update(conn: Connection, update_id: int, payload: dict[str, Any], now: datetime) -> None:
    """Keep an update; storing the same update again (a re-delivery) changes nothing."""
    values = {"update_id": update_id, "payload": payload, "received_at": now, "attempts": 0}
    if conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(_table).values(values).on_conflict_do_nothing())
    else:  # SQLite, the only other supported database
        conn.execute(sqlite.insert(_table).values(values).on_conflict_do_nothing())


def pending_updates(conn: Connection, limit: int = 1000) -> list[tuple[int, dict[str, Any]]]:
    """Updates stored but not yet handled, oldest first."""
    rows = conn.execute(
        select(_table.c.update_id, _table.c.payload)
        .where(_table.c.processed_at.is_(None))
        .order_by(_table.c.update_id)
        .limit(limit)
    )
    return [(update_id, payload) for update_id, payload in rows]


def finish_update(conn: Connection, update_id: int) -> None:
    """The update was handled: drop it, so no message text stays in the inbox."""
    conn.execute(delete(_table).where(_table.c.update_id == update_id))
