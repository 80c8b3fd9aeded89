"""The `advisorbot` command line (Typer). Each area's commands live in a module of their own."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from bot.cli import common, language
from bot.i18n import t

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
        assessment_cmd,
        bot_cmds,
        document_cmds,
        ops_cmds,
        parse_cmd,
        remind_cmd,
        report_cmds,
        safety_cmds,
        web_cmds,
    )

    for module in (
        parse_cmd,
        admin_cmds,
        report_cmds,
        bot_cmds,
        document_cmds,
        assessment_cmd,
        remind_cmd,
        ops_cmds,
        web_cmds,
    ):
        module.register(app)
    safety_cmds.register(app)


@app.callback()
def _root(
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="language of this run: zh or en", show_default=False),
    ] = None,
) -> None:
    """advisorbot: class advisors' work on record and on time."""
    # `main` has already taken --lang from the arguments (help is built before this runs).
    language.choose(lang)


def main() -> None:
    """Console-script entry point: one language for help, messages and errors alike."""
    from typer._click import exceptions

    args = sys.argv[1:]
    language.pre_scan(args)
    _register_all()
    lang = language.cli_language()
    command = typer.main.get_command(app)
    language.localise(command, lang)
    try:
        result = command.main(args=args, prog_name="advisorbot", standalone_mode=False)
    except exceptions.NoArgsIsHelpError as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except exceptions.UsageError as exc:
        print(language.usage_error_line(exc, lang), file=sys.stderr)
        sys.exit(2)
    except exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except typer.Abort:
        print(t(lang, "clihelp.click.aborted"), file=sys.stderr)
        sys.exit(1)
    except common.InputProblem as exc:  # pragma: no cover - commands report these themselves
        print(f"advisorbot: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(result if isinstance(result, int) else 0)
