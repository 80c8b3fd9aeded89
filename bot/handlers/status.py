"""/me and /status [CLASS]: compliance rule by rule; names go to private chats only."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import BaseHandler, CommandHandler

from bot import desk, usecases, year_duties
from bot.context import BotContext
from bot.documents.status_grid import render_status_grid
from bot.formatting import split_message, status_summary, status_text
from bot.handlers.identity import is_private, refuse_stranger, reply

log = logging.getLogger(__name__)


async def me_command(update: Update, context: BotContext) -> None:
    """The advisor's own rules this month and semester."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        person = context.person(session)
        answer = usecases.my_status(session, person, services.policy, services.now())
        # The year's duties (covered or not yet) and the students' survey, per class.
        extra = year_duties.advisor_page(
            session, person, services.policy, services.now(), services.tz, context.lang
        )
        reviews = desk.review_labels(session, [r.row.id for r in answer.results])
    if answer.refusal:
        await reply(update, context, f"chat.{answer.refusal}")
        return
    text = "\n\n".join(
        [
            *(
                status_text(
                    context.lang, r, desk.rule_reviews(services.policy, reviews.get(r.row.id, {}))
                )
                for r in answer.results
            ),
            *extra,
        ]
    )
    await _deliver(update, context, text)


async def status_command(update: Update, context: BotContext) -> None:
    """A class's compliance; counselors see the classes they follow, admins all."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    assert services.policy is not None
    class_name = " ".join(context.args or []).strip() or None
    with services.session() as session:
        person = context.person(session)
        answer = usecases.status_for(session, person, services.policy, services.now(), class_name)
        reviews = desk.review_labels(session, [r.row.id for r in answer.results[:1]])
    lang = context.lang
    if answer.refusal:
        await reply(
            update, context, f"chat.{answer.refusal}", name=answer.detail, matches=answer.detail
        )
        return
    if len(answer.results) == 1:
        only = answer.results[0]
        text = status_text(
            lang, only, desk.rule_reviews(services.policy, reviews.get(only.row.id, {}))
        )
    else:
        text = status_summary(lang, answer.results)
    picture = render_status_grid(answer.results, lang) if len(answer.results) > 1 else None
    await _deliver(update, context, text, picture)


async def _deliver(
    update: Update, context: BotContext, text: str, picture: bytes | None = None
) -> None:
    """Send to the asker; in a group, to their private chat instead (the text names people)."""
    assert context.actor is not None
    private = is_private(update)
    chat_id = (
        update.effective_chat.id if private and update.effective_chat else context.actor.telegram_id
    )
    try:
        for part in split_message(text):
            await context.bot.send_message(chat_id, part)
        if picture is not None:
            await context.bot.send_photo(chat_id, picture)
    except Forbidden:
        if private:
            raise
        await reply(update, context, "chat.status_private_failed")
        return
    if not private:
        await reply(update, context, "chat.status_sent_private")


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CommandHandler("me", me_command), CommandHandler("status", status_command)]
