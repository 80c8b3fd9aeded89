"""Photos kept as evidence of activities: Telegram file ids, counted for the monthly form."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Evidence


def attach(
    db: Session | Connection,
    activity_ids: Iterable[int],
    photos: Sequence[tuple[str, str]],
    chat_id: int | None,
    message_id: int | None,
    now: datetime,
    media_group_id: str | None = None,
) -> int:
    """Keep each photo (file_id, file_unique_id) for each activity, once; how many were new."""
    values = [
        {
            "activity_id": activity_id,
            "file_id": file_id,
            "file_unique_id": unique_id,
            "chat_id": chat_id,
            "message_id": message_id,
            "media_group_id": media_group_id,
            "added_at": now,
        }
        for activity_id in activity_ids
        for file_id, unique_id in photos
    ]
    if not values:
        return 0
    bind = db if isinstance(db, Connection) else db.get_bind()
    module = postgresql if bind.dialect.name == "postgresql" else sqlite
    statement = module.insert(Evidence).on_conflict_do_nothing().returning(Evidence.id)
    return len(db.execute(statement, values).all())


def activities_of_album(db: Session | Connection, chat_id: int, media_group_id: str) -> list[int]:
    """The activities an album's first (captioned) photo was kept for."""
    rows = db.execute(
        select(Evidence.activity_id)
        .where(Evidence.chat_id == chat_id, Evidence.media_group_id == media_group_id)
        .distinct()
    )
    return sorted(activity_id for (activity_id,) in rows)


def evidence_counts(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """How many photos each activity has (activities without any are left out)."""
    ids = list(activity_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Evidence.activity_id, func.count())
        .where(Evidence.activity_id.in_(ids))
        .group_by(Evidence.activity_id)
    )
    return {activity_id: count for activity_id, count in rows}


def evidence_file_ids(session: Session, activity_ids: Iterable[int]) -> dict[int, list[str]]:
    """The Telegram file ids of each activity's photos, in the order they came."""
    ids = list(activity_ids)
    result: dict[int, list[str]] = {}
    if not ids:
        return result
    rows = session.execute(
        select(Evidence.activity_id, Evidence.file_id)
        .where(Evidence.activity_id.in_(ids))
        .order_by(Evidence.id)
    )
    for activity_id, file_id in rows:
        result.setdefault(activity_id, []).append(file_id)
    return result
