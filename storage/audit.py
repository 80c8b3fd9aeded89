"""The audit trail of activities: every change kept, append-only, with who, when, before, after.

Written in the transaction that makes the change, by storage itself, so no path can skip
it: `record` and `delete_activities` (Core statements) call `write_created`/`write_undone`;
every change made through the ORM (undo, a new date or kind from a button, an edited
message, whatever use case comes next) is seen by one `after_flush` listener on all
sessions (and one `before_flush` listener blanks an undone record's words). Who acted is taken from `acting_as` (set per update by the bot's identify step;
None from the command line).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from storage.models import Activity, ActivityChange, Person, SchoolClass

# The facts the assessment reads: what the trail keeps (no raw text, no students' names).
FACTS = ("class_id", "kind", "local_date", "local_time", "count", "hours", "location", "topic")

# A model declared with __tablename__ is mapped to a Table; SQLAlchemy types __table__ as
# the wider FromClause, which insert()/delete() do not accept.
_changes = cast("Table", ActivityChange.__table__)


@dataclass(frozen=True, slots=True)
class Acting:
    person_id: int | None
    telegram_id: int | None


_acting: ContextVar[Acting | None] = ContextVar("audit_acting", default=None)


def act_as(person_id: int | None, telegram_id: int | None) -> None:
    """Attribute the changes made from here on in this task (one update) to this person."""
    _acting.set(Acting(person_id, telegram_id))


@contextmanager
def acting_as(person_id: int | None, telegram_id: int | None = None) -> Iterator[None]:
    token = _acting.set(Acting(person_id, telegram_id))
    try:
        yield
    finally:
        _acting.reset(token)


def _plain(value: Any) -> Any:
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def facts_of(values: dict[str, Any]) -> dict[str, Any]:
    return {name: _plain(values.get(name)) for name in FACTS}


def _row(
    activity_id: int,
    action: str,
    now: datetime,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    acting = _acting.get()
    return {
        "activity_id": activity_id,
        "changed_at": now,
        "action": action,
        "actor_id": acting.person_id if acting else None,
        "actor_telegram_id": acting.telegram_id if acting else None,
        "before": before,
        "after": after,
    }


def write_created(
    conn: Connection, created: Sequence[tuple[int, dict[str, Any]]], now: datetime
) -> None:
    """`created`: (activity id, its column values) of rows just inserted."""
    if created:
        conn.execute(
            insert(_changes),
            [_row(i, "created", now, None, facts_of(values)) for i, values in created],
        )


def write_undone(conn: Connection, ids: Sequence[int], now: datetime) -> None:
    if ids:
        conn.execute(insert(_changes), [_row(i, "undone", now, None, None) for i in ids])


def _classify(changed: set[str], old_deleted: Any, new_deleted: Any) -> str:
    if "source_text" in changed:
        return "edited"
    if "deleted_at" in changed:
        return "undone" if old_deleted is None and new_deleted is not None else "restored"
    if changed == {"local_date"}:
        return "redated"
    if changed == {"kind"}:
        return "rekinded"
    return "changed"


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Activity) and obj.id is not None:
            values = {name: getattr(obj, name) for name in FACTS}
            rows.append(_row(obj.id, "created", obj.recorded_at, None, facts_of(values)))
    for obj in session.dirty:
        if not isinstance(obj, Activity) or obj.id is None:
            continue
        state = inspect(obj)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        changed: set[str] = set()
        for name in (*FACTS, "deleted_at", "source_text"):
            history = state.attrs[name].history
            new = getattr(obj, name)
            old = history.deleted[0] if history.deleted else new
            before[name], after[name] = old, new
            if history.has_changes() and old != new:
                changed.add(name)
        watched = changed - {"source_text"} or (
            # text changed, facts kept: an edit only when the new text is a text (blanking
            # the raw text for retention or privacy is not a change to the record)
            {"source_text"} if after["source_text"] else set()
        )
        if not watched:
            continue
        action = _classify(watched, before["deleted_at"], after["deleted_at"])
        moment = after["deleted_at"] if action == "undone" else obj.updated_at
        rows.append(
            _row(
                obj.id,
                action,
                moment or datetime.now(UTC),
                facts_of(before),
                facts_of(after),
            )
        )
    if rows:
        session.connection().execute(insert(_changes), rows)


def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    """An undone record keeps no words (personal data), whichever path undid it."""
    for obj in session.dirty:
        if isinstance(obj, Activity) and obj.deleted_at is not None and obj.source_text:
            if inspect(obj).attrs.deleted_at.history.has_changes():
                obj.source_text = None


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)


# Reading the trail ----------------------------------------------------------------------


def edited_activity_ids(session: Session, ids: Sequence[int]) -> set[int]:
    """Those of `ids` changed after they were recorded (for the workbook's "edited" mark)."""
    found: set[int] = set()
    ids = list(ids)
    for start in range(0, len(ids), 1000):  # keep IN lists short
        chunk = ids[start : start + 1000]
        found.update(
            session.scalars(
                select(ActivityChange.activity_id)
                .where(ActivityChange.activity_id.in_(chunk), ActivityChange.action != "created")
                .distinct()
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class Change:
    activity_id: int
    changed_at: datetime
    action: str
    actor: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history_of_class(
    session: Session, school_class: SchoolClass, since: datetime | None
) -> list[Change]:
    """Every change to the class's activities (oldest first), optionally from `since` on."""
    query = (
        select(ActivityChange, Person.name)
        .join(Activity, Activity.id == ActivityChange.activity_id)
        .outerjoin(Person, Person.id == ActivityChange.actor_id)
        .where(Activity.class_id == school_class.id)
        .order_by(ActivityChange.changed_at, ActivityChange.id)
    )
    if since is not None:
        query = query.where(ActivityChange.changed_at >= since)
    return [
        Change(c.activity_id, c.changed_at, c.action, name, c.before, c.after)
        for c, name in session.execute(query)
    ]
