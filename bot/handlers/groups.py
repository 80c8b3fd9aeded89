"""/bind CLASS: bind a group to a class (see `usecases.bind_group` for who may)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import usecases
from bot.context import BotContext
from bot.handlers.identity import is_private, refuse_stranger, reply


async def bind_command(update: Update, context: BotContext) -> None:
    """Bind this group to a class; later /log and mentions here count for it."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    if is_private(update):
        await reply(update, context, "chat.bind_private")
        return
    class_name = " ".join(context.args or []).strip()
    chat = update.effective_chat
    if not class_name or chat is None:
        await reply(update, context, "chat.bind_usage")
        return
    services = context.services
    with services.session() as session:
        person = context.person(session)
        result = usecases.bind_group(
            session, person, chat.id, class_name, services.now(), is_admin=context.actor.is_admin
        )
        name = result.school_class.name if result.school_class else result.detail
    if result.refusal == "bind_taken":
        await reply(update, context, "safety.bind_taken", name=name)
        return
    if result.refusal:
        await reply(update, context, f"chat.{result.refusal}", name=name, matches=name)
        return
    await reply(update, context, "chat.bound", name=name)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CommandHandler("bind", bind_command)]
