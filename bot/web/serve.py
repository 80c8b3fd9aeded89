"""Serving the dashboard: inside the bot's event loop (`advisorbot run`) or alone
(`advisorbot web`), with uvicorn on ADVISORBOT_WEB_LISTEN:ADVISORBOT_WEB_PORT."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import socket
from collections.abc import Iterator
from typing import Any

import uvicorn
from sqlalchemy import Engine
from telegram import Bot, MenuButtonWebApp, WebAppInfo
from telegram.error import TelegramError

from bot.context import BotApplication
from bot.form_pictures import bot_pictures
from bot.i18n import t
from bot.settings import Settings
from bot.web.app import build_web_app
from bot.web.common import Notify

log = logging.getLogger(__name__)


class EmbeddedServer(uvicorn.Server):
    """uvicorn inside the bot's loop: the bot owns SIGINT/SIGTERM and stops the server."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def bind_socket(settings: Settings) -> socket.socket:
    """The listening socket, bound now so a taken port fails at start with a clear error
    (OSError) instead of inside a background task."""
    family = socket.AF_INET6 if ":" in settings.web_listen else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.web_listen, settings.web_port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _config(app: Any) -> uvicorn.Config:
    # The bot's logging setup stays in charge (no uvicorn log config), and no access log:
    # sign-in URLs carry one-time tokens.
    return uvicorn.Config(app, log_config=None, access_log=False, lifespan="off")


def settle_startup_objects() -> None:
    """Put what start-up made (modules, the policy, the parser's tables, the bot) out of the
    cyclic garbage collector's sight, once, just before serving (gc.freeze): those objects
    live as long as the process, yet every full collection walked them all again (about
    100 ms, landing in whichever dashboard request or update handler triggered it). Objects
    made afterwards are collected as before."""
    gc.collect()
    gc.freeze()


def bot_notify(bot: Bot) -> Notify:
    async def notify(chat_id: int, text: str) -> None:
        await bot.send_message(chat_id, text)

    return notify


def attach_to_application(
    application: BotApplication,
    settings: Settings,
    engine: Engine,
    sock: socket.socket,
) -> None:
    """Serve the dashboard from the bot's own loop: started after the bot's post_init,
    stopped before its shutdown; the menu button opens it as a Mini App under HTTPS."""
    services = application.bot_data
    web_app = build_web_app(
        settings,
        engine=engine,
        notify=bot_notify(application.bot),
        policy=services.policy,
        liveness=services.liveness,
        pictures=bot_pictures(application.bot),
    )
    server = EmbeddedServer(_config(web_app))
    tasks: list[asyncio.Task[None]] = []
    earlier_init, earlier_stop = application.post_init, application.post_stop

    async def post_init(app: BotApplication) -> None:
        if earlier_init is not None:
            await earlier_init(app)
        settle_startup_objects()
        tasks.append(asyncio.create_task(server.serve(sockets=[sock]), name="web-server"))
        await set_menu_button(app.bot, settings)

    async def post_stop(app: BotApplication) -> None:
        server.should_exit = True
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if earlier_stop is not None:
            await earlier_stop(app)

    application.post_init = post_init
    application.post_stop = post_stop


async def set_menu_button(bot: Bot, settings: Settings) -> None:
    """The bot's menu button opens the dashboard; Telegram accepts Web Apps only over HTTPS."""
    base = settings.web_base_url
    if not base.startswith("https://"):
        log.info("dashboard at %s: not HTTPS, so no Mini App menu button", base)
        return
    try:
        await bot.set_chat_menu_button(
            menu_button=MenuButtonWebApp(t("zh", "web.menu_button"), WebAppInfo(base + "/"))
        )
    except TelegramError:
        log.warning("could not set the dashboard menu button; continuing", exc_info=True)


def serve_alone(settings: Settings, engine: Engine, sock: socket.socket) -> None:
    """`advisorbot web`: the dashboard without the bot (nudges sent when a token is set)."""
    notify = None
    if settings.telegram_bot_token and settings.telegram_bot_token.get_secret_value():
        kwargs: dict[str, Any] = {}
        if settings.telegram_api_base_url:
            kwargs["base_url"] = settings.telegram_api_base_url.rstrip("/")
        notify = _lazy_bot_notify(Bot(settings.telegram_bot_token.get_secret_value(), **kwargs))
    web_app = build_web_app(settings, engine=engine, notify=notify)
    settle_startup_objects()
    uvicorn.Server(_config(web_app)).run(sockets=[sock])


def _lazy_bot_notify(bot: Bot) -> Notify:
    async def notify(chat_id: int, text: str) -> None:
        await bot.initialize()  # does nothing once done
        await bot.send_message(chat_id, text)

    return notify
