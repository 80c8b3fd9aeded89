"""`advisorbot run` (the bot) and `advisorbot console` (the bot in a terminal)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("console")(console)


def run() -> None:
    """Run the bot: long polling, or a webhook when ADVISORBOT_WEBHOOK_URL is set."""
    from telegram import Update

    from bot.app import build_application
    from bot.logs import configure_logging
    from bot.settings import load_settings
    from storage.db import make_engine, upgrade

    settings = load_settings()
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        fail_input(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram, then "
            "export TELEGRAM_BOT_TOKEN=... (or put it in .env). To try the bot without "
            "Telegram: advisorbot console"
        )
    token = settings.telegram_bot_token.get_secret_value()
    configure_logging(token, settings.log_level, settings.log_format)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    application = build_application(settings, engine=engine)
    if settings.web_port:
        # The dashboard shares the bot's event loop; its port is bound now so a taken
        # port is reported before the bot starts.
        from bot.web.serve import attach_to_application, bind_socket

        try:
            sock = bind_socket(settings)
        except OSError as exc:
            fail_input(
                f"cannot listen on {settings.web_listen}:{settings.web_port} for the dashboard "
                f"({exc.strerror}); set ADVISORBOT_WEB_PORT, or 0 to turn it off"
            )
        attach_to_application(application, settings, engine, sock)
    if settings.webhook_url:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


def console(
    as_name: Annotated[str | None, typer.Option("--as", help="act as this roster person")] = None,
    out: Annotated[
        Path, typer.Option("--out", help="folder for the documents and pictures the bot sends")
    ] = Path("console-out"),
) -> None:
    """Talk to the bot in this terminal, on the configured (default: embedded) database."""
    from datetime import datetime

    from bot.console import run_console
    from bot.settings import load_settings
    from storage.db import make_engine, upgrade

    settings = load_settings()
    engine = make_engine(settings.database_url)
    upgrade(engine)
    try:
        run_console(settings, engine, as_name, datetime.now(settings.tz).date(), out)
    except LookupError:
        fail_input(f"nobody called {as_name!r} is in the roster")
