"""Administration commands: `db upgrade`, `roster import`, `semester add`, `invite`."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input, fail_key
from bot.i18n import t

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
roster_app = typer.Typer(
    help="The roster of classes, advisors and counselors.", no_args_is_help=True
)
semester_app = typer.Typer(help="Semesters.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(roster_app, name="roster")
    app.add_typer(semester_app, name="semester")
    app.command("invite")(invite)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the latest schema."""
    from bot.cli.context import open_context
    from storage.db import current_revision

    ctx = open_context(migrate=True)
    print(t(ctx.settings.language, "cli.db_upgraded", revision=current_revision(ctx.engine)))


@roster_app.command("import")
def roster_import(
    file: Annotated[Path, typer.Argument(help="UTF-8 CSV with the roster columns")],
) -> None:
    """Import classes, advisors and counselors; importing again updates what changed."""
    from bot.cli.context import open_context
    from storage.errors import InputError
    from storage.roster import import_roster, read_roster

    try:
        rows = read_roster(file)
    except InputError as exc:
        fail_input(str(exc))
    ctx = open_context()
    try:
        with ctx.session() as session:
            report = import_roster(session, rows, datetime.now(UTC))
    except InputError as exc:
        fail_input(str(exc))
    print(
        t(
            ctx.settings.language,
            "cli.roster_imported",
            rows=len(rows),
            classes_added=len(report.classes_added),
            classes_changed=len(report.classes_changed),
            people_added=len(report.people_added),
            people_changed=len(report.people_changed),
            unchanged=report.unchanged,
        )
    )
    for name in report.classes_changed:
        print(t(ctx.settings.language, "cli.roster_changed_class", name=name))


def _parse_day(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail_key("not_a_day", what=what, value=value)


@semester_app.command("add")
def semester_add(
    name: Annotated[str, typer.Argument(help='e.g. "2026-2027-1"')],
    start: Annotated[str, typer.Argument(help="first day, YYYY-MM-DD")],
    end: Annotated[str, typer.Argument(help="last day, YYYY-MM-DD")],
) -> None:
    """Add a semester (its first and last day)."""
    from bot.cli.context import open_context
    from storage.directory import add_semester
    from storage.errors import InputError

    first, last = _parse_day(start, "START"), _parse_day(end, "END")
    ctx = open_context()
    try:
        with ctx.session() as session:
            semester = add_semester(session, name, first, last)
    except InputError as exc:
        fail_input(str(exc))
    print(t(ctx.settings.language, "cli.semester_added", name=semester.name, start=first, end=last))


def invite(name: Annotated[str, typer.Argument(help="the person's name as in the roster")]) -> None:
    """Make a one-time code and deep link for a person to link their Telegram account."""
    from bot.cli.context import open_context
    from bot.profile import deep_link_username
    from storage.directory import create_invite, person_by_name
    from storage.errors import NotFound

    ctx = open_context()
    try:
        with ctx.session() as session:
            person = person_by_name(session, name)
            code = create_invite(session, person, datetime.now(UTC))
            expires = code.expires_at.astimezone(ctx.settings.tz).date()
            code_text = code.code
    except NotFound:
        fail_key("nobody_called", name=name)
    settings, lang = ctx.settings, ctx.settings.language
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    bot_name, source = deep_link_username(
        settings.bot_username, token, settings.telegram_api_base_url
    )
    print(t(lang, "cli.invite", name=name, code=code_text, expires=expires))
    print(f"https://t.me/{bot_name or '<your_bot>'}?start={code_text}")
    print(t(lang, f"cli.invite_username_{source.lower()}", username=bot_name), file=sys.stderr)
