"""`advisorbot run` (the bot) and `advisorbot console` (the bot in a terminal)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail_input, fail_key


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("console")(console)


def run() -> None:
    """Run the bot: long polling, or a webhook when ADVISORBOT_WEBHOOK_URL is set."""
    from telegram import Update

    from bot.app import AdvisorApplication, build_application
    from bot.logs import configure_logging
    from bot.settings import load_settings
    from storage.db import make_engine, upgrade
    from storage.locks import AlreadyRunning, instance_lock

    settings = load_settings()
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        fail_input(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram, then "
            "export TELEGRAM_BOT_TOKEN=... (or put it in .env). To try the bot without "
            "Telegram: advisorbot console"
        )
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if settings.webhook_url and not secret:
        fail_input(
            "ADVISORBOT_WEBHOOK_SECRET is not set: without it anyone could post forged "
            "updates to the webhook. Set it to a long random string (A-Z, a-z, 0-9, _ and -)."
        )
    token = settings.telegram_bot_token.get_secret_value()
    configure_logging(token, settings.log_level, settings.log_format)
    # A short SQLite busy timeout: a locked database is waited for outside the event loop.
    engine = make_engine(settings.database_url, busy_timeout=RUN_BUSY_TIMEOUT)
    # Long polling allows one poller per token; SQLite one writer process. Webhook mode on
    # PostgreSQL may run several instances behind one URL (reminder sweeps lock themselves).
    single = not settings.webhook_url or engine.dialect.name == "sqlite"
    try:
        with instance_lock(engine) if single else contextlib.nullcontext():
            upgrade(engine)  # after the lock: never two processes migrating at once
            application = build_application(settings, engine=engine)
            if settings.web_port:
                # The dashboard shares the bot's event loop; its port is bound now so a taken
                # port is reported before the bot starts.
                from bot.web.serve import attach_to_application, bind_socket

                try:
                    sock = bind_socket(settings)
                except OSError as exc:
                    fail_input(
                        f"cannot listen on {settings.web_listen}:{settings.web_port} for the "
                        f"dashboard ({exc.strerror}); set ADVISORBOT_WEB_PORT, or 0 to turn it off"
                    )
                attach_to_application(application, settings, engine, sock)
            if settings.webhook_url:
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
    except AlreadyRunning:
        fail_key("another_instance")
    assert isinstance(application, AdvisorApplication)
    if application.failure is not None:
        raise typer.Exit(1)


RUN_BUSY_TIMEOUT = 2.0


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
        fail_key("nobody_called", name=as_name)
