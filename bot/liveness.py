"""Is the bot's update loop alive? A small object the run loop updates and `/healthz` reads.

Two kinds of sign of life, each with its own source name: every getUpdates call (long
polling) beats "poll", and a job every HEARTBEAT_SECONDS beats "jobs" (the job queue, and so
the event loop, still ticks). A source that has beaten once must keep beating: polling that
died inside python-telegram-bot leaves the process up but never polls again, and this is
how a health check sees it. `watch` adds a condition such as "the application is running".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Final

from telegram.request import BaseRequest, RequestData

from bot import scheduling
from bot.wrapped_request import WrappedRequest

HEARTBEAT_SECONDS: Final = 15.0
# Long polling asks every 10 s at most (PTB's timeout), and beats before each request; a
# minute without a poll (a Telegram outage with retries, or a dead loop) is unhealthy.
MAX_SILENCE_SECONDS: Final = 60.0
JOB_NAME: Final = "liveness-heartbeat"


class Liveness:
    """Sources of heartbeats and conditions; `check` says whether all are well."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        max_silence: float = MAX_SILENCE_SECONDS,
    ) -> None:
        self._clock = clock
        self._max_silence = max_silence
        self._beats: dict[str, float] = {}
        self._conditions: list[tuple[str, Callable[[], bool]]] = []

    def beat(self, source: str) -> None:
        self._beats[source] = self._clock()

    def watch(self, name: str, condition: Callable[[], bool]) -> None:
        self._conditions.append((name, condition))

    def check(self) -> tuple[bool, dict[str, str]]:
        """(healthy, what each source and condition says)."""
        now = self._clock()
        report: dict[str, str] = {}
        healthy = True
        for source, last in sorted(self._beats.items()):
            silent = now - last
            fresh = silent <= self._max_silence
            healthy &= fresh
            report[source] = "ok" if fresh else f"silent for {silent:.0f} s"
        for name, condition in self._conditions:
            ok = bool(condition())
            healthy &= ok
            report[name] = "ok" if ok else "stopped"
        return healthy, report


class PollHeartbeat(WrappedRequest):
    """Wraps the getUpdates request: each poll is a heartbeat of source "poll"."""

    def __init__(self, inner: BaseRequest, liveness: Liveness) -> None:
        super().__init__(inner)
        self._liveness = liveness

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        self._liveness.beat("poll")
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )


def schedule_heartbeat(application: Any, liveness: Liveness) -> None:
    """A repeating job that beats "jobs"; replaces one scheduled before (stable name)."""

    async def heartbeat(_context: object) -> None:
        liveness.beat("jobs")

    scheduling.every(application, heartbeat, name=JOB_NAME, interval=HEARTBEAT_SECONDS, first=0)
