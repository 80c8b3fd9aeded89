"""/web: a one-time sign-in link to the dashboard, and a Mini App button under HTTPS."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, WebAppInfo
from telegram.ext import BaseHandler, CommandHandler

from bot.context import BotContext
from bot.handlers.identity import is_private, refuse_stranger, reply
from bot.i18n import t
from storage.web_auth import LINK_LIFETIME, create_sign_in_link


async def web_command(update: Update, context: BotContext) -> None:
    """Send the asker (privately: the link signs them in) a link and, under HTTPS, a button."""
    actor = context.actor
    if actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    assert services.settings is not None
    settings = services.settings
    if settings.web_port == 0 and not settings.web_url:
        await reply(update, context, "web.chat_off")
        return
    with services.session() as session:
        token = create_sign_in_link(session, context.person(session), services.now())
    base = settings.web_base_url
    text = t(
        context.lang,
        "web.chat_link",
        link=f"{base}/signin/{token}",
        minutes=int(LINK_LIFETIME.total_seconds() // 60),
    )
    markup = None
    if base.startswith("https://"):
        button = InlineKeyboardButton(
            t(context.lang, "web.open_button"), web_app=WebAppInfo(base + "/")
        )
        markup = InlineKeyboardMarkup([[button]])
    await context.bot.send_message(actor.telegram_id, text, reply_markup=markup)
    if not is_private(update):
        await reply(update, context, "web.chat_sent_private")


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CommandHandler("web", web_command)]
