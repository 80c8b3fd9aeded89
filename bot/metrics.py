"""The bot's Prometheus metrics, served as text at `/metrics` (bot/web/health.py).

The metric objects live in one registry of their own (with the process collector), so a test
or a second application in the process does not collide with prometheus_client's global one.
Each place that counts does so in one line: `metrics.REMINDERS.labels("sent").inc()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from time import perf_counter
from typing import Final

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.parsing import parse_failures

REGISTRY: Final = CollectorRegistry()
ProcessCollector(registry=REGISTRY)
CONTENT_TYPE: Final = CONTENT_TYPE_LATEST

UPDATES: Final = Counter(
    "advisorbot_updates_handled", "Telegram updates handled (all handlers run)", registry=REGISTRY
)
# Handling an update is mostly one database transaction and one reply: 5 ms to 10 s.
UPDATE_SECONDS: Final = Histogram(
    "advisorbot_update_seconds",
    "Time to handle one update, handlers and replies included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
RECORDS: Final = Counter(
    "advisorbot_activities_recorded",
    "Activities recorded from messages (a message delivered again is not counted again)",
    registry=REGISTRY,
)
REMINDERS: Final = Counter(
    "advisorbot_reminders",
    "Reminders by outcome: sent, failed (retried by a later sweep), unreachable",
    ["outcome"],
    registry=REGISTRY,
)
INBOX_BACKLOG: Final = Gauge(
    "advisorbot_inbox_backlog",
    "Updates received but not yet handled (stored in the inbox or waiting in the batch)",
    registry=REGISTRY,
)
ERRORS: Final = Counter(
    "advisorbot_errors",
    "Errors that reached the error handler, by exception class",
    ["kind"],
    registry=REGISTRY,
)
# The parser never raises: a note it failed on is logged by hash and counted there.
PARSE_FAILURES: Final = Gauge(
    "advisorbot_parse_failures",
    "Notes the parser failed on (an exception caught) since the process started",
    registry=REGISTRY,
)
PARSE_FAILURES.set_function(lambda: float(parse_failures()))


@contextmanager
def time_update() -> Iterator[None]:
    """Count one handled update and observe how long it took."""
    start = perf_counter()
    try:
        yield
    finally:
        UPDATE_SECONDS.observe(perf_counter() - start)
        UPDATES.inc()


def watch_backlog(size: Callable[[], int]) -> None:
    """Read the inbox backlog from `size` whenever the metrics are scraped."""
    INBOX_BACKLOG.set_function(lambda: float(size()))


def exposition() -> bytes:
    """The metrics in Prometheus' text format."""
    return generate_latest(REGISTRY)
