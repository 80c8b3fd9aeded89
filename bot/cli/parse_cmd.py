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
    from bot.cli.common import fail_key, parse_moment
    from bot.parsing import VocabularyError, parse_note, result_to_json, vocabulary_from_policy
    from bot.settings import load_settings
    from reminders.policy import PolicyError, vocabulary_table

    settings = load_settings()
    moment = parse_moment(now, settings.tz)
    try:
        vocabulary = vocabulary_from_policy(vocabulary_table(settings.config_path))
    except (PolicyError, VocabularyError) as exc:
        fail_key("policy_error", error=exc)
    if text is not None:
        result = parse_note(text, moment, vocabulary)
        print(json.dumps(result_to_json(text, result), ensure_ascii=False))
        return
    out = sys.stdout
    for line in sys.stdin:
        line = line.rstrip("\n")
        result = parse_note(line, moment, vocabulary)
        out.write(json.dumps(result_to_json(line, result), ensure_ascii=False))
        out.write("\n")
