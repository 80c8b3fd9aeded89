"""`advisorbot history CLASS` (the audit trail) and `advisorbot person export|forget NAME`."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

import typer

from bot.cli.common import fail_key
from bot.i18n import t

person_app = typer.Typer(
    help="Personal data held about a person (个人信息保护法).", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("history")(history)
    app.add_typer(person_app, name="person")


def history(
    class_name: Annotated[str, typer.Argument(metavar="CLASS", help="the class")],
    since: Annotated[
        str | None, typer.Option("--since", help="only changes on or after this date")
    ] = None,
) -> None:
    """Every change to a class's records: when, who, what, before and after."""
    from datetime import datetime, time

    from bot.cli.context import open_context
    from storage.audit import history_of_class
    from storage.directory import find_class
    from storage.errors import Ambiguous, NotFound

    ctx = open_context()
    lang, tz = ctx.settings.language, ctx.settings.tz
    start = None
    if since is not None:
        try:
            start = datetime.combine(date.fromisoformat(since), time(0), tz)
        except ValueError:
            fail_key("not_a_day", what="--since", value=since)
    with ctx.session() as session:
        try:
            school_class = find_class(session, class_name)
        except NotFound:
            fail_key("no_class_matches", name=class_name)
        except Ambiguous as exc:
            fail_key("several_classes", name=class_name, matches=exc)
        changes = history_of_class(session, school_class, start)
        name = school_class.name
    print(t(lang, "safety.history_title", name=name, count=len(changes)))
    for change in changes:
        moment = change.changed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        who = change.actor or t(lang, "safety.history_nobody")
        action = t(lang, f"safety.action_{change.action}")
        print(
            f"{moment}  #{change.activity_id}  {action}  {who}  {_diff(change.before, change.after)}"
        )


def _diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    if before is None:
        shown = after or {}
        return " ".join(f"{k}={v}" for k, v in shown.items() if v not in (None, ""))
    after = after or {}
    return " ".join(
        f"{k}: {before.get(k)} → {after.get(k)}"
        for k in before
        if before.get(k) != after.get(k) and k != "deleted_at"
    )


def _person(session: Any, name: str) -> Any:
    from storage.directory import person_by_name
    from storage.errors import NotFound

    try:
        return person_by_name(session, name)
    except NotFound:
        fail_key("nobody_called", name=name)


@person_app.command("export")
def person_export(name: Annotated[str, typer.Argument(help="the person's roster name")]) -> None:
    """Print everything stored about a person as JSON."""
    from bot.cli.context import open_context
    from storage.privacy import export_person

    ctx = open_context()
    with ctx.session() as session:
        data = export_person(session, _person(session, name))
    print(json.dumps(data, ensure_ascii=False, indent=2))


@person_app.command("forget")
def person_forget(name: Annotated[str, typer.Argument(help="the person's roster name")]) -> None:
    """Remove a person's Telegram identity, raw note texts and students' names; keep the facts."""
    from bot.cli.context import open_context
    from storage.privacy import forget_person

    ctx = open_context()
    with ctx.session() as session:
        done = forget_person(session, _person(session, name))
    lang = ctx.settings.language
    print(
        t(
            lang,
            "safety.forgotten",
            name=name,
            telegram=done.telegram_id if done.telegram_id is not None else "-",
            username=f"@{done.telegram_username}" if done.telegram_username else "-",
            texts=done.texts,
            students=done.student_lists,
            forms=done.form_entries,
            questions=done.open_questions,
            updates=done.pending_updates,
            invites=done.invites,
            requests=done.link_requests,
            attempts=done.wrong_code_attempts,
        )
    )
