"""The bot's periodic jobs: each has a stable name and replaces the one scheduled before it
(a restart, or `build_application` run twice in one process, never doubles a job)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import time, timedelta
from typing import Any

JobCallback = Callable[[Any], Awaitable[object]]


def _queue_without(application: Any, name: str) -> Any:
    """The application's job queue with the jobs named `name` removed; None without one."""
    queue = application.job_queue
    if queue is None:
        return None
    for job in queue.get_jobs_by_name(name):
        job.schedule_removal()
    return queue


def every(
    application: Any,
    callback: JobCallback,
    *,
    name: str,
    interval: float | timedelta,
    first: float | timedelta,
) -> bool:
    """Run `callback` every `interval` (seconds or a timedelta) from `first` on; False when
    the application has no job queue (python-telegram-bot without its job-queue extra)."""
    queue = _queue_without(application, name)
    if queue is None:
        return False
    queue.run_repeating(
        callback,
        interval=interval,
        first=first,
        name=name,
        job_kwargs={"id": name, "replace_existing": True},
    )
    return True


def daily(application: Any, callback: JobCallback, *, name: str, at: time) -> bool:
    """Run `callback` every day at `at` (aware); False without a job queue."""
    queue = _queue_without(application, name)
    if queue is None:
        return False
    queue.run_daily(callback, time=at, name=name, job_kwargs={"id": name, "replace_existing": True})
    return True
