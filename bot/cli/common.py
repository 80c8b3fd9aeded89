"""Shared pieces of the command line: settings, errors with the contract's exit codes."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import NoReturn
from zoneinfo import ZoneInfo

import typer


class InputProblem(Exception):
    """Bad arguments or bad input: one clear line on stderr, exit status 2."""


def fail_input(message: str) -> NoReturn:
    """Print one line saying what is wrong and exit with status 2."""
    print(f"advisorbot: {message}", file=sys.stderr)
    raise typer.Exit(2)


def parse_moment(value: str | None, tz: ZoneInfo, *, option: str = "--now") -> datetime:
    """An ISO date or date-time from the command line as an aware moment in the college's zone.

    A bare date means noon that day; a naive time is taken as the college's local time.
    """
    if value is None:
        return datetime.now(tz)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail_input(
            f"{option} {value!r} is not an ISO date or date-time (e.g. 2026-11-23T20:00:00+08:00)"
        )
    if len(value) == 10:  # a bare date
        moment = moment.replace(hour=12)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz)
