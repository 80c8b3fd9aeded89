"""`advisorbot web` (the dashboard alone) and `advisorbot web-link NAME` (a sign-in link)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import fail_key

if TYPE_CHECKING:
    from bot.cli.context import CliContext


def register(app: typer.Typer) -> None:
    app.command("web")(web)
    app.command("web-link")(web_link)


def web() -> None:
    """Serve the dashboard alone on ADVISORBOT_WEB_LISTEN:ADVISORBOT_WEB_PORT."""
    from bot.logs import configure_logging
    from bot.web.serve import bind_socket, serve_alone

    ctx = _context()
    settings = ctx.settings
    if settings.web_port == 0:
        fail_key("web_port_off")
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    configure_logging(token, settings.log_level, settings.log_format)
    try:
        sock = bind_socket(settings)
    except OSError as exc:
        fail_key(
            "cannot_listen", listen=settings.web_listen, port=settings.web_port, reason=exc.strerror
        )
    serve_alone(settings, ctx.engine, sock)


def web_link(
    name: Annotated[str, typer.Argument(metavar="NAME", help="a person in the roster")],
) -> None:
    """Print a one-time dashboard sign-in link for a person (valid 10 minutes)."""
    from datetime import datetime

    from storage.directory import person_by_name
    from storage.errors import NotFound
    from storage.web_auth import create_sign_in_link

    ctx = _context()
    with ctx.session() as session:
        try:
            person = person_by_name(session, name)
        except NotFound:
            fail_key("nobody_called", name=name)
        token = create_sign_in_link(session, person, datetime.now(ctx.settings.tz))
    print(f"{ctx.settings.web_base_url}/signin/{token}")


def _context() -> CliContext:
    from bot.cli.context import open_context

    return open_context()
