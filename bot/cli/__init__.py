"""The `advisorbot` command line (Typer). Each area's commands live in a module of their own."""

from __future__ import annotations

import sys

import typer

from bot.cli import common

app = typer.Typer(
    name="advisorbot",
    help="advisorbot: class advisors' work on record and on time.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    # Command modules import their heavy dependencies (Telegram, SQLAlchemy) inside the
    # command bodies, so `advisorbot parse` starts fast.
    from bot.cli import (
        admin_cmds,
        bot_cmds,
        document_cmds,
        ops_cmds,
        parse_cmd,
        remind_cmd,
        report_cmds,
        safety_cmds,
    )

    for module in (
        parse_cmd,
        admin_cmds,
        report_cmds,
        bot_cmds,
        document_cmds,
        remind_cmd,
        ops_cmds,
    ):
        module.register(app)
    safety_cmds.register(app)


def main() -> None:
    """Console-script entry point."""
    _register_all()
    try:
        app()
    except common.InputProblem as exc:  # pragma: no cover - commands report these themselves
        print(f"advisorbot: {exc}", file=sys.stderr)
        sys.exit(2)
