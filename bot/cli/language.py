"""The one language of a command-line run: `--lang`, else ADVISORBOT_LANGUAGE, else Chinese."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bot.i18n import LANGUAGES, catalogue, normalise_language, t

_chosen: str | None = None


def choose(lang: str | None) -> None:
    """Fix the run's language (from `--lang`), for every message after this."""
    global _chosen
    _chosen = normalise_language(lang) if lang else None
    if _chosen is not None:
        # Every command reads its language from the settings: this run's choice wins there too.
        os.environ["ADVISORBOT_LANGUAGE"] = _chosen


def cli_language() -> str:
    """The run's language; read without the full settings, so it works when they are broken."""
    if _chosen is not None:
        return _chosen
    value = os.environ.get("ADVISORBOT_LANGUAGE")
    if value is None:
        value = _dotenv_language()
    return value if value in LANGUAGES else normalise_language(value)


def _dotenv_language() -> str | None:
    try:
        lines = Path(".env").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() in ("ADVISORBOT_LANGUAGE", "export ADVISORBOT_LANGUAGE"):
            return value.strip().strip("'\"")
    return None


def pre_scan(argv: list[str]) -> None:
    """Take `--lang X` (or `--lang=X`) from the arguments before any help is built."""
    for index, arg in enumerate(argv):
        if arg == "--":
            return
        if arg.startswith("--lang="):
            choose(arg.split("=", 1)[1])
        elif arg == "--lang" and index + 1 < len(argv):
            choose(argv[index + 1])


def localise(command: Any, lang: str) -> None:
    """Help texts of the command tree and Click's and Typer's own words in `lang`."""
    from typer import rich_utils
    from typer._click import Context, formatting

    for attribute, key in (
        ("ARGUMENTS_PANEL_TITLE", "arguments"),
        ("OPTIONS_PANEL_TITLE", "options"),
        ("COMMANDS_PANEL_TITLE", "commands"),
        ("ERRORS_PANEL_TITLE", "error"),
        ("DEFAULT_STRING", "default"),
        ("REQUIRED_LONG_STRING", "required"),
        ("ENVVAR_STRING", "env_var"),
        ("DEPRECATED_STRING", "deprecated"),
        ("ABORTED_TEXT", "aborted"),
        ("RICH_HELP", "try_help"),
    ):
        setattr(rich_utils, attribute, t(lang, f"clihelp.click.{key}"))
    usage = t(lang, "clihelp.click.usage")
    write_usage = formatting.HelpFormatter.write_usage

    def localised_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, usage if prefix is None else prefix)

    # Patching Click's method is the point here; mypy refuses assignments to methods.
    formatting.HelpFormatter.write_usage = localised_usage  # type: ignore[method-assign]
    # Rich finds the usage line by its English prefix to colour it; teach it the other one.
    highlighter = rich_utils.highlighter
    # Rich declares `highlights` a ClassVar; this instance is the one Typer uses.
    highlighter.highlights = [  # type: ignore[misc]
        h.replace("(?P<usage>Usage: )", f"(?P<usage>{usage})") for h in highlighter.highlights
    ]
    _localise_tree(command, [], lang, Context)


def _localise_tree(command: Any, path: list[str], lang: str, context_class: Any) -> None:
    messages = catalogue(lang)
    name = "_".join(path) or "root"
    text = messages.get(f"clihelp.command.{name}")
    if text is not None:
        command.help = text
        command.short_help = None
    for param in command.params:
        key = f"clihelp.param.{name}_{param.name}"
        if key in messages:
            param.help = messages[key]
    help_option = command.get_help_option(context_class(command))
    if help_option is not None:
        help_option.help = messages["clihelp.param.help"]
    for sub_name, sub in getattr(command, "commands", {}).items():
        _localise_tree(sub, [*path, sub_name], lang, context_class)


def usage_error_line(error: Any, lang: str) -> str:
    """One line for a Click usage error: what is wrong, and where the help is."""
    from typer._click import exceptions

    if isinstance(error, exceptions.NoSuchOption):
        what = t(lang, "clihelp.click.no_such_option", option=error.option_name)
        if error.possibilities:
            options = ", ".join(sorted(error.possibilities))
            what += "; " + t(lang, "clihelp.click.did_you_mean", options=options)
    elif isinstance(error, exceptions.MissingParameter):
        what = t(lang, "clihelp.click.missing", what=_param_hint(error))
    elif isinstance(error, exceptions.BadParameter):
        what = t(lang, "clihelp.click.bad_value", what=_param_hint(error), message=error.message)
    elif isinstance(error, exceptions.BadOptionUsage) and "requires" in error.message:
        what = t(lang, "clihelp.click.needs_value", option=error.option_name)
    elif error.message.startswith("No such command"):
        name = error.message.split(" ", 3)[-1].rstrip(".")
        what = t(lang, "clihelp.click.no_such_command", name=name)
    elif error.message.startswith("Got unexpected extra argument"):
        arguments = error.message.split("(", 1)[-1].rstrip(")")
        what = t(lang, "clihelp.click.extra_arguments", arguments=arguments)
    else:
        what = t(lang, "clihelp.click.other", message=error.message)
    command = error.ctx.command_path if error.ctx is not None else "advisorbot"
    return f"advisorbot: {what} ({t(lang, 'clihelp.click.see_help', command=command)})"


def _param_hint(error: Any) -> str:
    if error.param_hint is not None:
        hint = error.param_hint
        return " / ".join(hint) if isinstance(hint, list | tuple) else str(hint)
    param = error.param
    if param is not None and param.param_type_name == "argument":
        return f"'{(param.metavar or param.name or '?').upper()}'"  # as the usage line shows it
    if param is not None:
        return str(param.get_error_hint())
    return "?"
