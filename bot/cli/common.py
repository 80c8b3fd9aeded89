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


def fail_key(key: str, /, **params: object) -> NoReturn:
    """`fail_input` with the message `cli.<key>` of the catalogue, in the run's language."""
    from bot.cli.language import cli_language
    from bot.i18n import t

    fail_input(t(cli_language(), f"cli.{key}", **params))


def parse_moment(value: str | None, tz: ZoneInfo, *, option: str = "--now") -> datetime:
    """An ISO date or date-time from the command line as an aware moment in the college's zone.

    A bare date means noon that day; a naive time is taken as the college's local time.
    """
    if value is None:
        return datetime.now(tz)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail_key("not_iso_moment", option=option, value=value)
    if len(value) == 10:  # a bare date
        moment = moment.replace(hour=12)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz)
