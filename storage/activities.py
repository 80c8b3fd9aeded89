"""Recording, correcting, undoing and listing activities."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple, Protocol, cast

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage import audit
from storage.models import Activity, Person, SchoolClass


class ActivityLike(Protocol):
    """What the parser produces; storage does not depend on the parser's module.

    Read-only members, so the parser's frozen dataclass fits.
    """

    @property
    def kind(self) -> str: ...
    @property
    def date(self) -> date: ...
    @property
    def time(self) -> time | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def topic(self) -> str | None: ...
    @property
    def count(self) -> int: ...
    @property
    def hours(self) -> float | None: ...
    @property
    def students(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Source:
    """Where a message came from. chat/message ids are None for the CLI."""

    chat_id: int | None
    message_id: int | None
    text: str
    channel: str = "telegram"


class StoredActivity(NamedTuple):
    """A recorded activity as plain values: what the reply to the advisor shows."""

    id: int
    seq: int
    kind: str
    local_date: date
    count: int  # type: ignore[assignment]  # the field (人次) shadows tuple.count, on purpose
    hours: float | None
    location: str | None
    topic: str | None
    students: list[str]


# A model declared with __tablename__ is mapped to a Table; SQLAlchemy types __table__ as
# the wider FromClause, which insert()/delete() do not accept.
_table = cast("Table", Activity.__table__)
_STORED_COLUMNS = tuple(_table.c[name] for name in StoredActivity._fields)
# Built once (the per-message statements): SQLAlchemy reuses their compiled form.
_INSERT_ONCE = {
    dialect: insert(_table).on_conflict_do_nothing().returning(*_STORED_COLUMNS)
    for dialect, insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}
_OF_MESSAGE = (
    select(*_STORED_COLUMNS)
    .where(
        _table.c.source_chat_id == bindparam("chat_id"),
        _table.c.source_message_id == bindparam("message_id"),
        _table.c.deleted_at.is_(None),
    )
    .order_by(_table.c.seq)
)


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    activities: list[StoredActivity]
    duplicate: bool  # True when this message had been recorded already


class Identified(Protocol):
    @property
    def id(self) -> int: ...


def record(
    conn: Connection,
    advisor: Identified,
    school_class: Identified,
    source: Source,
    parsed: Sequence[ActivityLike],
    now: datetime,
    first_seq: int = 0,
) -> RecordOutcome:
    """Store the parsed activities of one message, once.

    `first_seq` numbers them after those already stored from the message (one more added
    from its reply's buttons); a second store with the same numbers stores nothing.

    A message delivered again (after a crash, or by two processes at once) finds its
    activities already there and returns them with duplicate=True. One INSERT … ON CONFLICT
    DO NOTHING RETURNING does it: no read before, no savepoint, and the unique
    (chat, message, seq) key decides. Plain Core on a connection (a session passes
    ``session.connection()``): this runs for every message, and ORM objects would cost
    more than the database does.
    """
    values = [
        {
            "advisor_id": advisor.id,
            "class_id": school_class.id,
            "kind": item.kind,
            "local_date": item.date,
            "local_time": item.time,
            "count": max(1, int(item.count)),
            "hours": item.hours,
            "location": item.location,
            "topic": item.topic,
            "students": list(item.students),
            "source_chat_id": source.chat_id,
            "source_message_id": source.message_id,
            "seq": seq,
            "source_text": source.text,
            "source": source.channel,
            # The parser's duty codes; an ActivityLike without them (an older parser, the
            # console's fixed records) records none.
            "duties": list(getattr(item, "duties", ()) or ()),
            "recorded_at": now,
        }
        for seq, item in enumerate(parsed, start=first_seq)
    ]
    if not values:
        return RecordOutcome([], duplicate=False)
    statement = _INSERT_ONCE["postgresql" if conn.dialect.name == "postgresql" else "sqlite"]
    rows = [StoredActivity(*row) for row in conn.execute(statement, values)]
    audit.write_created(conn, [(row.id, values[row.seq - first_seq]) for row in rows], now)
    if rows or source.chat_id is None or source.message_id is None:
        return RecordOutcome(sorted(rows, key=lambda a: a.seq), duplicate=False)
    stored = conn.execute(_OF_MESSAGE, {"chat_id": source.chat_id, "message_id": source.message_id})
    return RecordOutcome([StoredActivity(*row) for row in stored], duplicate=True)


def activities_of_message(session: Session, chat_id: int, message_id: int) -> list[Activity]:
    """The live activities recorded from one Telegram message, in message order."""
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.source_chat_id == chat_id,
                Activity.source_message_id == message_id,
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.seq)
        )
    )


def next_seq(session: Session, chat_id: int, message_id: int) -> int:
    """The number the next activity of a message takes (after undone ones too)."""
    last = session.scalar(
        select(func.max(Activity.seq)).where(
            Activity.source_chat_id == chat_id, Activity.source_message_id == message_id
        )
    )
    return 0 if last is None else last + 1


def message_was_seen(session: Session, chat_id: int, message_id: int) -> bool:
    """True when the message was recorded once, even if its activities were undone since."""
    return (
        session.scalar(
            select(Activity.id).where(
                Activity.source_chat_id == chat_id, Activity.source_message_id == message_id
            )
        )
        is not None
    )


def replace_from_edit(
    session: Session,
    chat_id: int,
    message_id: int,
    parsed: Sequence[ActivityLike],
    text: str,
    now: datetime,
) -> list[Activity]:
    """Bring the activities of an edited message in line with its new text.

    Rows are updated in place (their seq keeps the unique key), extra old rows are soft
    deleted and extra new ones added, so the message still maps to one set of records.
    """
    rows = list(
        session.scalars(
            select(Activity)
            .where(Activity.source_chat_id == chat_id, Activity.source_message_id == message_id)
            .order_by(Activity.seq)
        )
    )
    if not rows:
        return []
    template = rows[0]
    result: list[Activity] = []
    for seq, item in enumerate(parsed):
        row = rows[seq] if seq < len(rows) else None
        if row is None:
            row = Activity(
                advisor_id=template.advisor_id,
                class_id=template.class_id,
                source_chat_id=chat_id,
                source_message_id=message_id,
                seq=seq,
                source=template.source,
                recorded_at=now,
            )
            session.add(row)
        row.kind, row.local_date, row.local_time = item.kind, item.date, item.time
        row.count, row.hours = max(1, int(item.count)), item.hours
        row.location, row.topic, row.students = item.location, item.topic, list(item.students)
        row.duties = list(getattr(item, "duties", ()) or ())
        row.source_text, row.updated_at, row.deleted_at = text, now, None
        result.append(row)
    for row in rows[len(parsed) :]:
        if row.deleted_at is None:
            row.deleted_at = now
    session.flush()
    return result


def undo_last(session: Session, advisor: Person, now: datetime) -> list[Activity]:
    """Soft-delete the activities of the advisor's most recently recorded message."""
    last = session.scalar(
        select(Activity)
        .where(Activity.advisor_id == advisor.id, Activity.deleted_at.is_(None))
        .order_by(Activity.recorded_at.desc(), Activity.id.desc())
        .limit(1)
    )
    if last is None:
        return []
    if last.source_message_id is None:
        group = [last]
    else:
        group = activities_of_message(session, last.source_chat_id or 0, last.source_message_id)
    for row in group:
        row.deleted_at = now
        row.source_text = None  # an undone note's words are not kept (personal data)
    session.flush()
    return group


def delete_activities(session: Session, ids: Sequence[int], advisor: Person, now: datetime) -> int:
    """Soft-delete the advisor's own activities by id; returns how many were deleted."""
    result = session.execute(
        update(Activity)
        .where(
            Activity.id.in_(ids), Activity.advisor_id == advisor.id, Activity.deleted_at.is_(None)
        )
        # an undone note's words are not kept (personal data)
        .values(deleted_at=now, source_text=None)
        .returning(Activity.id)
    )
    deleted = list(result.scalars())
    audit.write_undone(session.connection(), deleted, now)
    return len(deleted)


def get_own_activity(session: Session, activity_id: int, advisor: Person) -> Activity | None:
    row = session.get(Activity, activity_id)
    if row is None or row.advisor_id != advisor.id or row.deleted_at is not None:
        return None
    return row


@dataclass(frozen=True, slots=True)
class ExportRow:
    id: int
    class_name: str
    advisor: str
    kind: str
    date: date
    time: time | None
    count: int
    hours: float | None
    location: str | None
    topic: str | None
    students: list[str]
    recorded_at: datetime
    source: str
    duties: list[str]


def iter_export_rows(
    session: Session,
    since: date | None = None,
    until: date | None = None,
    class_ids: Sequence[int] | None = None,
) -> Iterator[ExportRow]:
    """Live activities with their class and advisor names, oldest first, in one query."""
    query = (
        select(Activity, SchoolClass.name, Person.name)
        .join(SchoolClass, SchoolClass.id == Activity.class_id)
        .join(Person, Person.id == Activity.advisor_id)
        .where(Activity.deleted_at.is_(None))
        .order_by(Activity.local_date, Activity.id)
    )
    if since is not None:
        query = query.where(Activity.local_date >= since)
    if until is not None:
        query = query.where(Activity.local_date <= until)
    if class_ids is not None:
        query = query.where(Activity.class_id.in_(class_ids))
    for activity, class_name, advisor_name in session.execute(
        query.execution_options(yield_per=2000)
    ):
        yield ExportRow(
            id=activity.id,
            class_name=class_name,
            advisor=advisor_name,
            kind=activity.kind,
            date=activity.local_date,
            time=activity.local_time,
            count=activity.count,
            hours=activity.hours,
            location=activity.location,
            topic=activity.topic,
            students=list(activity.students or []),
            recorded_at=activity.recorded_at,
            source=activity.source,
            duties=list(activity.duties or []),
        )


def duty_codes_by_class(
    session: Session, class_ids: Sequence[int], first_day: date, last_day: date
) -> dict[int, set[str]]:
    """The duty codes of each class's live activities between two local dates (one query)."""
    found: dict[int, set[str]] = {class_id: set() for class_id in class_ids}
    if not class_ids:
        return found
    rows = session.execute(
        select(Activity.class_id, Activity.duties).where(
            Activity.class_id.in_(class_ids),
            Activity.deleted_at.is_(None),
            Activity.local_date >= first_day,
            Activity.local_date <= last_day,
        )
    )
    for class_id, duties in rows:
        found[class_id].update(duties or ())
    return found


def last_class_in_chat(db: Session | Connection, advisor_id: int, chat_id: int) -> int | None:
    """The class the advisor's latest live record from this chat went to (the default next)."""
    return db.execute(
        select(Activity.class_id)
        .where(
            Activity.advisor_id == advisor_id,
            Activity.source_chat_id == chat_id,
            Activity.deleted_at.is_(None),
        )
        .order_by(Activity.id.desc())
        .limit(1)
    ).scalar()


def same_message(session: Session, row: Activity) -> list[Activity]:
    """The live records of the message `row` came from (just `row` without a message)."""
    if row.source_chat_id is None or row.source_message_id is None:
        return [row] if row.deleted_at is None else []
    return activities_of_message(session, row.source_chat_id, row.source_message_id)
