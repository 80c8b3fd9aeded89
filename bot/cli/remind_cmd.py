"""`advisorbot remind [--now ISO] [--dry-run] [--json]`: one reminder sweep, idempotent."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import fail_input, parse_moment
from bot.i18n import t

if TYPE_CHECKING:
    from bot.cli.context import CliContext
    from reminders.jobs.sweep import SweepReport
    from reminders.policy import Policy


def register(app: typer.Typer) -> None:
    app.command("remind")(remind)


def remind(
    now: Annotated[
        str | None, typer.Option("--now", help="ISO moment to sweep at (default: now)")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="decide only: write nothing, send nothing")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="print the reminders as the contract's JSON list")
    ] = False,
) -> None:
    """One reminder sweep: what is due now goes out once (run it again: nothing new)."""
    import asyncio

    from sqlalchemy.exc import OperationalError, ProgrammingError

    from bot.cli.context import open_context
    from bot.settings import load_settings

    settings = load_settings()
    lang = settings.language
    moment = parse_moment(now, settings.tz)
    if not dry_run and settings.telegram_bot_token is None:
        fail_input(t(lang, "reminders.cli_no_token"))
    # A dry run writes nothing, not even the schema.
    ctx = open_context(migrate=not dry_run)
    policy = ctx.policy()
    try:
        report = asyncio.run(_sweep(ctx, policy, moment, dry_run))
    except (OperationalError, ProgrammingError):
        fail_input(t(lang, "reminders.cli_no_database"))
    finally:
        ctx.engine.dispose()
    if as_json:
        json.dump([o.to_json() for o in report.outcomes], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for outcome in report.outcomes:
        r = outcome.reminder
        print(
            t(
                lang,
                "reminders.cli_line",
                stage=r.stage,
                person=r.person_name,
                role=r.role,
                rule=r.rule,
                period=r.rule_period,
            )
        )
    if dry_run:
        print(t(lang, "reminders.cli_summary_dry", count=len(report.outcomes)))
    else:
        print(
            t(
                lang,
                "reminders.cli_summary",
                sent=report.count("sent"),
                unreachable=report.count("unreachable"),
                failed=report.count("failed"),
            )
        )


async def _sweep(ctx: CliContext, policy: Policy, moment: datetime, dry_run: bool) -> SweepReport:
    """The sweep, sending through a rate-limited bot unless it is a dry run."""
    from telegram.ext import ExtBot

    from bot.logs import configure_logging
    from bot.rate_limit import paced_rate_limiter
    from reminders.jobs.sweep import run_sweep, telegram_sender

    if dry_run:
        return await run_sweep(ctx.sessions, policy, moment, None, dry_run=True)
    settings = ctx.settings
    assert settings.telegram_bot_token is not None
    # The sweep talks to Telegram: its log lines go through the same token-redacting handler.
    configure_logging(
        settings.telegram_bot_token.get_secret_value(), settings.log_level, settings.log_format
    )
    base_url = (settings.telegram_api_base_url or "https://api.telegram.org/bot").rstrip("/")
    # The same pacing as the bot's: evenly spaced, under 30 messages a second overall (a
    # sweep writes each chat once, so Telegram's one a second per chat holds by itself).
    bot: ExtBot[int] = ExtBot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=base_url,
        rate_limiter=paced_rate_limiter(settings.rate_limit_per_second),
    )
    async with bot:
        return await run_sweep(ctx.sessions, policy, moment, telegram_sender(bot))
