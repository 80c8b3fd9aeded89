"""Document commands: `form CLASS MONTH` (the month's .docx) and `export semester` (.xlsx)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input, fail_key, parse_moment
from bot.cli.report_cmds import export_app
from bot.i18n import normalise_language, t


def register(app: typer.Typer) -> None:
    app.command("form")(form)
    # `export` itself is registered by report_cmds; this adds its `semester` command.
    export_app.command("semester")(export_semester)


def form(
    class_name: Annotated[str, typer.Argument(metavar="CLASS", help="the class")],
    month: Annotated[str, typer.Argument(metavar="MONTH", help="the month, YYYY-MM")],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="output .docx (default: <class>-<month>.docx here)"),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="zh or en (default: the advisor's language)"),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option("--draft", help="a new draft from the records, even after a submission"),
    ] = False,
    at: Annotated[
        str | None,
        typer.Option("--at", help="ISO moment a draft's totals are judged at (default: now)"),
    ] = None,
) -> None:
    """The month's work record form (工作记录表) of a class, as a Word document.

    Once the month's form was submitted this is the latest submitted version (the form of
    record, 第N版); `--draft` drafts a new one from the records as they stand. Built offline,
    so without pictures: each record gives its photo count and the photo appendix only says
    how many there are (/form in the bot sends the form with pictures).
    """
    from bot.cli.context import open_context
    from bot.documents.form_docx import render_month_form
    from storage.directory import find_class
    from storage.errors import Ambiguous, InputError, NotFound
    from storage.facts import class_rows
    from storage.forms import draft_month_form, latest_submission, parse_month, submitted_form

    ctx = open_context()
    cli_lang = ctx.settings.language
    if lang is not None and lang not in ("zh", "en"):
        fail_key("bad_lang", value=lang)
    try:
        parse_month(month)
    except InputError:
        fail_input(t(cli_lang, "forms.bad_month", month=month))
    moment = parse_moment(at, ctx.settings.tz, option="--at")
    with ctx.session() as session:
        try:
            school_class = find_class(session, class_name)
        except NotFound:
            known = ", ".join(r.name for r in class_rows(session)[:20]) or "-"
            fail_input(t(cli_lang, "cli.unknown_class", name=class_name, known=known))
        except Ambiguous as exc:
            fail_input(t(cli_lang, "cli.ambiguous_class", name=class_name, matches=str(exc)))
        latest = None if draft else latest_submission(session, school_class.id, month)
        if latest is not None:
            document = submitted_form(latest)
        else:
            document = draft_month_form(
                session,
                school_class,
                month,
                ctx.settings.tz,
                policy=ctx.policy(),
                at=moment,
            )
    form_lang = lang or (
        normalise_language(document.advisor_language) if document.advisor_language else cli_lang
    )
    target = out or Path(f"{_file_safe(document.class_name)}-{document.month}.docx")
    target.write_bytes(render_month_form(document, form_lang))
    status = (
        t(cli_lang, "forms.submitted", version=document.version, at=document.submitted_at)
        if document.version is not None
        else t(cli_lang, "forms.draft")
    )
    print(
        t(
            cli_lang,
            "forms.form_written",
            class_name=document.class_name,
            month=document.month,
            path=target,
            status=status,
        ),
        file=sys.stderr,
    )


def export_semester(
    semester: Annotated[str, typer.Argument(metavar="SEMESTER", help='e.g. "2026-2027-1"')],
    out: Annotated[Path, typer.Option("--out", help="output .xlsx file")],
    at: Annotated[
        str | None, typer.Option("--at", help="ISO moment to judge at (default: now)")
    ] = None,
) -> None:
    """The semester's assessment workbook: every class's record rule by rule, with evidence."""
    from bot.cli.context import open_context
    from bot.documents.workbook import write_semester_workbook
    from reminders.jobs.status import load_calendar
    from storage.errors import NotFound

    ctx = open_context()
    lang = ctx.settings.language
    moment: datetime = parse_moment(at, ctx.settings.tz, option="--at")
    policy = ctx.policy()
    with ctx.session() as session:
        try:
            summary = write_semester_workbook(
                session, policy, semester, out, ctx.settings.tz, now=moment, lang=lang
            )
        except NotFound:
            known = ", ".join(s.name for s in load_calendar(session, policy).semesters) or "-"
            fail_input(t(lang, "forms.unknown_semester", name=semester, known=known))
    print(
        t(
            lang,
            "forms.workbook_written",
            semester=summary.semester,
            classes=summary.classes,
            activities=summary.activities,
            path=out,
        ),
        file=sys.stderr,
    )


def _file_safe(name: str) -> str:
    """A class name as a file name: path separators and the like become "_"."""
    return "".join("_" if ch in '/\\:*?"<>|' or ch.isspace() else ch for ch in name)
