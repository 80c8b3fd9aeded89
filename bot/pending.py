"""A note waiting for an answer, as plain values that round-trip through an open question's
JSON payload (`storage.questions`), so the answer still works after a restart."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, time
from typing import Any

from bot.parsing import ParsedActivity


@dataclass(frozen=True, slots=True)
class Pending:
    """A message waiting for an answer (which class? record a strange date? a plan?)."""

    chat_id: int
    message_id: int
    text: str
    parsed: tuple[ParsedActivity, ...]
    class_id: int | None = None
    date_confirmed: bool = False
    numbers_confirmed: bool = False
    # Photos sent with the note (file_id, file_unique_id), kept as evidence once recorded.
    photos: tuple[tuple[str, str], ...] = ()
    album: str | None = None  # the photos' media_group_id

    def payload(self) -> dict[str, Any]:
        return {
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "text": self.text,
            "parsed": [activity_payload(p) for p in self.parsed],
            "class_id": self.class_id,
            "date_confirmed": self.date_confirmed,
            "numbers_confirmed": self.numbers_confirmed,
            "photos": [list(p) for p in self.photos],
            "album": self.album,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Pending:
        return cls(
            chat_id=int(payload["chat_id"]),
            message_id=int(payload["message_id"]),
            text=str(payload["text"]),
            parsed=tuple(activity_from_payload(p) for p in payload["parsed"]),
            class_id=payload.get("class_id"),
            date_confirmed=bool(payload.get("date_confirmed")),
            numbers_confirmed=bool(payload.get("numbers_confirmed")),
            photos=tuple((str(a), str(b)) for a, b in payload.get("photos", ())),
            album=payload.get("album"),
        )


def activity_payload(item: ParsedActivity) -> dict[str, Any]:
    values = asdict(item)
    values["date"] = item.date.isoformat()
    values["time"] = item.time.isoformat() if item.time else None
    values["students"] = list(item.students)
    return values


def activity_from_payload(values: dict[str, Any]) -> ParsedActivity:
    return ParsedActivity(
        kind=str(values["kind"]),
        date=date.fromisoformat(values["date"]),
        time=time.fromisoformat(values["time"]) if values.get("time") else None,
        location=values.get("location"),
        topic=values.get("topic"),
        count=int(values.get("count", 1)),
        hours=values.get("hours"),
        students=tuple(values.get("students", ())),
        flag=values.get("flag"),
    )
