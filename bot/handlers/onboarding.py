"""/start [CODE] (linking), /help and /lang."""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot import profile, usecases
from bot.context import Actor, BotContext
from bot.handlers.identity import refuse_stranger, reply
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from storage import linking
from storage.models import LinkRequest

log = logging.getLogger(__name__)


async def start(update: Update, context: BotContext) -> None:
    """Link the Telegram account by invite code, or ask an admin to confirm the @username."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    assert services.settings is not None
    code = context.args[0] if context.args else None
    with services.session() as session:
        result = usecases.link_on_start(
            session, user.id, user.username, code, services.now(), user.full_name
        )
        person = result.person
        if person is not None:
            lang = person.language or context.lang
            context.actor = Actor.of(person, lang, services.settings.admins)
            context.lang = lang
            name = person.name
        admins = linking.admin_chats(session, services.settings.admins)
    if result.reason == "username_pending":
        await reply(update, context, "safety.link_pending")
        if result.request is not None and result.candidate is not None:
            await _ask_admins(context, admins, result.request, result.candidate.name)
        return
    if result.reason == "too_many_codes":
        await reply(update, context, "safety.too_many_codes")
        return
    if person is None:
        if result.reason == "unknown":
            await refuse_stranger(update, context)
        else:
            await reply(update, context, f"chat.{result.reason}")
        return
    services.known_telegram_ids.add(user.id)
    services.forget_actor(user.id)
    if result.moved_from is not None:
        await _tell_link_moved(context, admins, name, result.moved_from, user.id)
    if context.actor is not None and result.reason in ("linked", "already"):
        await profile.set_role_menu(context.bot, user.id, context.actor, context.lang)
    if result.reason == "linked":
        await reply(update, context, "chat.welcome", name=name)
    elif result.reason == "already":
        await reply(update, context, "chat.welcome_back", name=name)
    else:  # a bad code from someone already linked
        await reply(update, context, f"chat.{result.reason}")


LINK_PREFIX = "lk:"
_LINK_DATA = re.compile(r"^lk:([yn]):(\d{1,18})$")


async def _send(
    context: BotContext,
    chat_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """A message to someone other than the sender: a failure is logged, never raised."""
    try:
        await context.bot.send_message(chat_id, text, reply_markup=reply_markup)
    except TelegramError:
        log.warning("could not tell chat %s about a link", chat_id, exc_info=True)


async def _ask_admins(
    context: BotContext, admins: list[int], request: LinkRequest, name: str
) -> None:
    """Every admin gets the request with the account shown, and [confirm] [refuse]."""
    lang = DEFAULT_LANGUAGE
    text = t(
        lang,
        "safety.link_request_admin",
        account=request.telegram_id,
        username=f"@{request.telegram_username}" if request.telegram_username else "-",
        display=request.telegram_name or "-",
        name=name,
    )
    buttons = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "safety.button_confirm"), callback_data=f"{LINK_PREFIX}y:{request.id}"
                ),
                InlineKeyboardButton(
                    t(lang, "safety.button_refuse"), callback_data=f"{LINK_PREFIX}n:{request.id}"
                ),
            ]
        ]
    )
    for chat_id in admins:
        await _send(context, chat_id, text, reply_markup=buttons)


async def _tell_link_moved(
    context: BotContext, admins: list[int], name: str, old: int, new: int
) -> None:
    """The account a link moved away from, and the admins, are told."""
    await _send(context, old, t(DEFAULT_LANGUAGE, "safety.link_moved_old", name=name))
    text = t(DEFAULT_LANGUAGE, "safety.link_moved_admins", name=name, old=old, new=new)
    for chat_id in admins:
        if chat_id not in (old, new):
            await _send(context, chat_id, text)


async def on_link_button(update: Update, context: BotContext) -> None:
    """An admin confirms or refuses a username link request."""
    query = update.callback_query
    if query is None:
        return
    match = _LINK_DATA.match(query.data or "")
    actor = context.actor
    if actor is None or not actor.is_admin:
        await query.answer(t(context.lang, "safety.link_admins_only"), show_alert=True)
        return
    if match is None:
        await query.answer(t(context.lang, "safety.link_request_gone"), show_alert=True)
        return
    confirm, request_id = match.group(1) == "y", int(match.group(2))
    services = context.services
    with services.session() as session:
        decision = usecases.decide_link(
            session, request_id, context.person(session), confirm, services.now()
        )
        request, person = decision.request, decision.person
        account = request.telegram_id if request else 0
        name = person.name if person else ""
        admins = linking.admin_chats(session, services.settings.admins if services.settings else ())
    if decision.refusal is not None:
        await query.answer(t(context.lang, decision.refusal), show_alert=True)
        return
    await query.answer()
    key = "safety.link_confirmed_admin" if confirm else "safety.link_refused_admin"
    await query.edit_message_text(
        t(context.lang, key, account=account, name=name, admin=actor.name)
    )
    if confirm:
        services.known_telegram_ids.add(account)
        services.forget_actor(account)
        await _send(context, account, t(DEFAULT_LANGUAGE, "chat.welcome", name=name))
        if decision.moved_from is not None:
            await _tell_link_moved(context, admins, name, decision.moved_from, account)
    else:
        await _send(context, account, t(DEFAULT_LANGUAGE, "safety.link_refused"))


async def help_command(update: Update, context: BotContext) -> None:
    """The commands of the asker's role(s), one line each (an advisor first reads how to
    record), or the stranger's explanation."""
    actor = context.actor
    if actor is None:
        await refuse_stranger(update, context)
        return
    lang = context.lang
    intro = t(lang, "help.advisor_intro" if actor.is_advisor else "help.intro")
    lines = [t(lang, f"help.line.{command}") for command in profile.role_commands(actor)]
    message = update.effective_message
    if message is not None:
        await message.reply_text("\n".join([intro, *lines]))


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
        CallbackQueryHandler(on_link_button, pattern=rf"^{LINK_PREFIX}"),
        CommandHandler("help", help_command),
        CommandHandler("lang", lang_command),
    ]
