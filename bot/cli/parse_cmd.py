"""`advisorbot parse`: the message understanding as JSON, for scripts and scoring."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)


def parse(
    text: Annotated[
        str | None, typer.Argument(help="The message; without it, one per stdin line")
    ] = None,
    now: Annotated[str | None, typer.Option("--now", help="ISO moment that counts as now")] = None,
) -> None:
    """Print the activities a message records, as JSON (one line per stdin line without TEXT)."""
    from bot.cli.common import parse_moment
    from bot.parsing import parse_message, result_to_json
    from bot.settings import load_settings

    settings = load_settings()
    moment = parse_moment(now, settings.tz)
    if text is not None:
        print(json.dumps(result_to_json(text, parse_message(text, moment)), ensure_ascii=False))
        return
    out = sys.stdout
    for line in sys.stdin:
        line = line.rstrip("\n")
        out.write(json.dumps(result_to_json(line, parse_message(line, moment)), ensure_ascii=False))
        out.write("\n")
