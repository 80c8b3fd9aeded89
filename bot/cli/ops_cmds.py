"""Operating commands: `doctor` (can it run as configured?) and `backup --out FILE`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
    app.command("backup")(backup)


def doctor() -> None:
    """Check the configuration, database, token, webhook, time zone, holidays and fonts."""
    from bot.cli.language import cli_language
    from bot.doctor import diagnose
    from bot.i18n import t

    lang = cli_language()
    findings = diagnose(lang)
    for check in findings.checks:
        print(check.line())
    print(t(lang, "doctor.summary_ok" if findings.ok else "doctor.summary_fail"))
    if not findings.ok:
        raise typer.Exit(1)


def backup(
    out: Annotated[Path, typer.Option("--out", help="the backup file to write")],
) -> None:
    """A consistent copy of the database while the bot runs (SQLite backup API, or pg_dump)."""
    from bot.cli.context import open_context
    from bot.i18n import t
    from storage.backup import BackupError, backup_database

    ctx = open_context(migrate=False)
    try:
        kind = backup_database(ctx.settings.database_url, out)
    except BackupError as exc:
        print(f"advisorbot: {exc}", file=sys.stderr)
        raise typer.Exit(1) from None
    except FileExistsError:
        fail_input(t(ctx.settings.language, "cli.backup_exists", path=out))
    finally:
        ctx.engine.dispose()
    print(t(ctx.settings.language, "cli.backup_done", kind=kind, path=out))
