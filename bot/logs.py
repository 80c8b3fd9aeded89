"""Logging set-up: level and format from the settings, an update id per handled update, and
never the bot token in a log line.

`ADVISORBOT_LOG_FORMAT=json` writes one JSON object per line (time, level, logger, message,
the update being handled, and the traceback when there is one), for journald or a log
collector. The token is taken out of the finished text, tracebacks included, because httpx
logs request URLs and Bot API URLs contain it.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import IO, Final

LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
FORMATS: Final = ("text", "json")
TEXT_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s%(update)s: %(message)s"
REDACTED: Final = "<token>"

# The update being handled in this task (python-telegram-bot runs each update in a task of its
# own, which copies the context, so concurrent updates do not see each other's id).
current_update_id: ContextVar[int | None] = ContextVar("current_update_id", default=None)


@contextmanager
def handling_update(update_id: int | None) -> Iterator[None]:
    """Log lines inside the block carry `update_id`."""
    reset = current_update_id.set(update_id)
    try:
        yield
    finally:
        current_update_id.reset(reset)


class UpdateIdFilter(logging.Filter):
    """Puts the current update's id on each record (`record.update_id`, None outside)."""

    def filter(self, record: logging.LogRecord) -> bool:
        update_id = current_update_id.get()
        record.update_id = update_id
        record.update = f" [update {update_id}]" if update_id is not None else ""
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        update_id = getattr(record, "update_id", None)
        if update_id is not None:
            entry["update_id"] = update_id
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


class RedactingFormatter(logging.Formatter):
    """Formats with `inner`, then removes the token (and its secret half, as URLs encode
    the `:` between the bot id and the secret) from the whole text."""

    def __init__(self, inner: logging.Formatter, token: str) -> None:
        super().__init__()
        self._inner = inner
        secrets = [token]
        if ":" in token:
            secrets.append(token.split(":", 1)[1])
        self._secrets = tuple(s for s in secrets if len(s) >= 8)

    def format(self, record: logging.LogRecord) -> str:
        text = self._inner.format(record)
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text


def build_handler(
    token: str, *, fmt: str = "text", stream: IO[str] | None = None
) -> logging.Handler:
    """The one handler: chosen format, update ids, token removed."""
    if fmt not in FORMATS:
        raise ValueError(f"log format {fmt!r} is not one of {', '.join(FORMATS)}")
    handler = logging.StreamHandler(stream or sys.stderr)
    inner = JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT)
    handler.setFormatter(RedactingFormatter(inner, token))
    handler.addFilter(UpdateIdFilter())
    return handler


def configure_logging(
    token: str, level: int | str = logging.INFO, fmt: str = "text", stream: IO[str] | None = None
) -> None:
    """Route every logger through one handler (replacing what was there)."""
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(numeric, int):
        raise ValueError(f"log level {level!r} is not one of {', '.join(LEVELS)}")
    logging.basicConfig(
        level=numeric, handlers=[build_handler(token, fmt=fmt, stream=stream)], force=True
    )
    # httpx logs every request at INFO and APScheduler every job run; both only when debugging.
    quiet = logging.DEBUG if numeric <= logging.DEBUG else logging.WARNING
    logging.getLogger("httpx").setLevel(quiet)
    logging.getLogger("apscheduler").setLevel(quiet)
