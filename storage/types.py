"""Column types and reusable annotated aliases shared by the models."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from sqlalchemy import BigInteger, Date, DateTime, Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC.

    SQLite has no time zone type, so values come back naive there; this type refuses naive
    input and always hands back aware UTC datetimes, whatever the database.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        # SQLite stores the text as given: keep it naive UTC there so ordering is lexical.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class _IsoDays(dict[str, date]):
    """ISO date text -> date, each text parsed once (a few hundred a year)."""

    def __missing__(self, text: str) -> date:
        day = self[text] = date.fromisoformat(text)
        return day


_ISO_DAYS = _IsoDays()


class BulkDate(TypeDecorator[date]):
    """A date column as read in bulk (``type_coerce(Activity.local_date, BulkDate())``).

    SQLite keeps dates as ISO text, and parsing one costs SQLAlchemy about 0.25 µs: a
    semester of 1,000 classes is 150,000 activities over some 130 days, so each day's text
    is parsed once and looked up after (a dict's own lookup, called from C). Other
    databases hand back dates already.
    """

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name == "sqlite":
            return _ISO_DAYS.__getitem__
        return super().result_processor(dialect, coltype)


# Telegram ids exceed 32 bits; SQLite only auto-increments INTEGER PRIMARY KEY, so primary
# keys are BigInteger on PostgreSQL and INTEGER on SQLite.
BigId = BigInteger().with_variant(Integer(), "sqlite")

intpk = Annotated[int, mapped_column(BigId, primary_key=True, autoincrement=True)]
tg_id = Annotated[int, mapped_column(BigInteger)]
name_str = Annotated[str, mapped_column(String(120))]
utc_ts = Annotated[datetime, mapped_column(UTCDateTime())]
