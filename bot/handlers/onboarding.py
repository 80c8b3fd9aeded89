"""/start [CODE] (linking), /help and /lang."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import profile, usecases
from bot.context import Actor, BotContext
from bot.handlers.identity import refuse_stranger, reply
from bot.i18n import LANGUAGES


async def start(update: Update, context: BotContext) -> None:
    """Link the Telegram account by invite code or by the roster's @username."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    assert services.settings is not None
    code = context.args[0] if context.args else None
    with services.session() as session:
        result = usecases.link_on_start(session, user.id, user.username, code, services.now())
        person = result.person
        if person is not None:
            lang = person.language or context.lang
            context.actor = Actor.of(person, lang, services.settings.admins)
            context.lang = lang
            name = person.name
    if person is None:
        if result.reason == "unknown":
            await refuse_stranger(update, context)
        else:
            await reply(update, context, f"chat.{result.reason}")
        return
    services.known_telegram_ids.add(user.id)
    services.forget_actor(user.id)
    if context.actor is not None and result.reason in ("linked", "username", "already"):
        await profile.set_role_menu(context.bot, user.id, context.actor, context.lang)
    if result.reason in ("linked", "username"):
        await reply(update, context, "chat.welcome", name=name)
    elif result.reason == "already":
        await reply(update, context, "chat.welcome_back", name=name)
    else:  # a bad code from someone already linked
        await reply(update, context, f"chat.{result.reason}")


async def help_command(update: Update, context: BotContext) -> None:
    """The list of commands, or the stranger's explanation."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    await reply(update, context, "chat.help")


async def lang_command(update: Update, context: BotContext) -> None:
    """Choose the language the bot uses with this person."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    choice = (context.args[0].lower() if context.args else "")[:2]
    if choice not in LANGUAGES:
        await reply(update, context, "chat.lang_usage")
        return
    with context.services.session() as session:
        usecases.set_language(session, context.actor.id, choice)
    context.services.forget_actor(context.actor.telegram_id)
    context.lang = choice
    await profile.set_role_menu(context.bot, context.actor.telegram_id, context.actor, choice)
    await reply(update, context, "chat.lang_set")


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("start", start),
        CommandHandler("help", help_command),
        CommandHandler("lang", lang_command),
    ]
