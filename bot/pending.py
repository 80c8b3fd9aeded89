"""A note waiting for an answer, as plain values that round-trip through an open question's
JSON payload (`storage.questions`), so the answer still works after a restart."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
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
    # Other readings the parser offers, (activity index, field, value), until one is chosen.
    choices: tuple[tuple[int, str, Any], ...] = ()
    # Photos sent with the note (file_id, file_unique_id), kept as evidence once recorded.
    photos: tuple[tuple[str, str], ...] = ()
    album: str | None = None  # the photos' media_group_id
    # The advisor picked the kind from buttons (the parser found none): nothing is suggested.
    kind_chosen: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "text": self.text,
            "parsed": [activity_payload(p) for p in self.parsed],
            "class_id": self.class_id,
            "date_confirmed": self.date_confirmed,
            "numbers_confirmed": self.numbers_confirmed,
            "choices": [[i, f, _plain(v)] for i, f, v in self.choices],
            "photos": [list(p) for p in self.photos],
            "album": self.album,
            "kind_chosen": self.kind_chosen,
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
            choices=tuple(
                (int(i), str(f), date.fromisoformat(v) if f == "date" else v)
                for i, f, v in payload.get("choices", ())
            ),
            photos=tuple((str(a), str(b)) for a, b in payload.get("photos", ())),
            album=payload.get("album"),
            kind_chosen=bool(payload.get("kind_chosen")),
        )


def _plain(value: Any) -> Any:
    """JSON-ready: dates and times as ISO text, tuples and dataclasses as lists and dicts."""
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def activity_payload(item: ParsedActivity) -> dict[str, Any]:
    """Every field of the parser's activity (whatever fields its version has), JSON-ready;
    its alternatives travel as `Pending.choices`."""
    return {k: _plain(v) for k, v in asdict(item).items() if k != "alternatives"}


def choices_of(parsed: tuple[ParsedActivity, ...]) -> tuple[tuple[int, str, Any], ...]:
    """The parser's alternatives of each activity (none before its version has them)."""
    return tuple(
        (n, str(a.field), a.value)
        for n, item in enumerate(parsed)
        for a in getattr(item, "alternatives", ())
    )


def activity_from_payload(values: dict[str, Any]) -> ParsedActivity:
    names = {f.name for f in fields(ParsedActivity)}
    kwargs: dict[str, Any] = {k: v for k, v in values.items() if k in names}
    kwargs["date"] = date.fromisoformat(values["date"])
    kwargs["time"] = time.fromisoformat(values["time"]) if values.get("time") else None
    kwargs["count"] = int(values.get("count", 1))
    for name in ("students", "duties"):
        if name in kwargs:
            kwargs[name] = tuple(kwargs[name] or ())
    kwargs.pop("alternatives", None)  # kept in Pending.choices instead
    return ParsedActivity(**kwargs)
