"""`export assessment YEAR --out FILE.xlsx`: the academic year's assessment of every advisor."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input, parse_moment
from bot.cli.report_cmds import export_app
from bot.i18n import t


def register(app: typer.Typer) -> None:
    # `export` itself is registered by report_cmds; this adds its `assessment` command.
    del app
    export_app.command("assessment")(export_assessment)


def export_assessment(
    year: Annotated[
        str, typer.Argument(metavar="YEAR", help='the academic year, e.g. "2026-2027"')
    ],
    out: Annotated[Path, typer.Option("--out", help="output .xlsx file")],
    at: Annotated[
        str | None,
        typer.Option(
            "--at", help="ISO moment to judge at (default: now; a finished semester is final)"
        ),
    ] = None,
) -> None:
    """The year's assessment: one row per advisor, both semesters, a suggested grade."""
    from bot.cli.context import open_context
    from bot.documents.assessment import write_assessment_workbook
    from bot.surveys import assessment_opinions
    from reminders.jobs.status import load_calendar
    from storage.errors import InputError, NotFound

    ctx = open_context()
    lang = ctx.settings.language
    moment: datetime = parse_moment(at, ctx.settings.tz, option="--at")
    policy = ctx.policy()
    assert policy.survey is not None  # the loader always sets it
    min_answers = policy.survey.min_answers
    with ctx.session() as session:
        try:
            # The students' column: each class's closed surveys of the year (issue 13).
            opinions = assessment_opinions(
                session, year, moment, ctx.settings.tz, lang, min_answers
            )
            summary = write_assessment_workbook(
                session,
                policy,
                year,
                out,
                ctx.settings.tz,
                now=moment,
                lang=lang,
                opinions=opinions,
            )
        except (NotFound, InputError):
            known = ", ".join(s.name for s in load_calendar(session, policy).semesters) or "-"
            fail_input(t(lang, "judge.assessment_no_semester", year=year, known=known))
    print(
        t(
            lang,
            "judge.assessment_written",
            year=summary.year,
            semesters=", ".join(summary.semesters),
            advisors=summary.advisors,
            path=out,
        ),
        file=sys.stderr,
    )
