"""Group -2: who is speaking, in which language; and the small reply helpers all flows use."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import BaseHandler, TypeHandler

from bot import usecases
from bot.context import Actor, BotContext
from bot.i18n import normalise_language, t
from storage import audit

log = logging.getLogger(__name__)


async def identify_actor(update: Update, context: BotContext) -> None:
    """Load the registered person behind the update (if any) before any flow runs."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    assert services.settings is not None
    context.lang = normalise_language(user.language_code)
    audit.act_as(None, user.id)
    cached = services.cached_actor(user.id)
    if cached is None:
        admins = services.settings.admins
        with services.session() as session:
            person = usecases.identify(session, user.id, admins, user.first_name, services.now())
            if person is None:
                return
            cached = (Actor.of(person, "", admins), person.language)
        services.remember_actor(user.id, *cached)
        services.known_telegram_ids.add(user.id)
    actor, stored_language = cached
    context.lang = stored_language or context.lang
    context.actor = replace(actor, lang=context.lang)
    audit.act_as(actor.id, user.id)  # this update's changes to records are theirs


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, identify_actor)]


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


async def reply(
    update: Update,
    context: BotContext,
    key: str,
    markup: InlineKeyboardMarkup | None = None,
    **params: object,
) -> Message | None:
    """Answer the update's message in the actor's language."""
    message = update.effective_message
    if message is None:
        return None
    return await message.reply_text(t(context.lang, key, **params), reply_markup=markup)


async def refuse_stranger(update: Update, context: BotContext) -> None:
    """Strangers get a short explanation (nothing of theirs is stored)."""
    await reply(update, context, "chat.stranger")


async def button_data(update: Update, context: BotContext) -> str | None:
    """A button press's data, answered; None (after telling a stranger) when not to act."""
    query = update.callback_query
    if query is None or query.data is None:
        return None
    if context.actor is None:
        await query.answer(t(context.lang, "chat.stranger"), show_alert=True)
        return None
    await query.answer()
    return query.data


async def answer_button(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Answer a button press; a press Telegram delivers again after a restart has an answer
    already ("query is too old"), which is no reason to tell the user something failed."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as exc:
        log.info("button press not answered: %s", exc)
