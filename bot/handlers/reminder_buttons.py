"""Reminders in the bot: the buttons under a reminder, and the sweep as a repeating job.

The job has a stable name; scheduling removes any job of that name first, so building the
application twice (or a restart with a persistent job store) never runs two sweeps.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Final

from telegram import Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import scheduling, usecases
from bot.context import BotApplication, BotContext, Services
from bot.formatting import date_label, split_message, status_summary
from bot.handlers.identity import refuse_stranger
from bot.i18n import t
from bot.reminder_texts import LOG_PREFIX, SNOOZE_PREFIX, STATUS_PREFIX
from reminders.decisions import SNOOZE_DAYS
from reminders.jobs.sweep import run_sweep, telegram_sender
from storage import ledger
from storage.locks import sweep_lock

log = logging.getLogger(__name__)

JOB_NAME: Final = "reminder-sweep"
SWEEP_INTERVAL: Final = timedelta(minutes=15)
FIRST_SWEEP_AFTER: Final = timedelta(seconds=60)


async def on_snooze(update: Update, context: BotContext) -> None:
    """Snooze: the reminder comes back in three days (only its own recipient may snooze)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if context.actor is None:
        await query.answer()
        await refuse_stranger(update, context)
        return
    services = context.services
    until = services.now() + timedelta(days=SNOOZE_DAYS)
    try:
        ledger_id = int(query.data.removeprefix(SNOOZE_PREFIX))
    except ValueError:
        ledger_id = 0
    with services.session() as session:
        row = ledger.snooze(session, ledger_id, context.actor.id, until)
        owner = None if row is None else row.person_id
    if owner is None:
        await query.answer(t(context.lang, "reminders.snooze_unknown"), show_alert=True)
    elif owner != context.actor.id:
        await query.answer(t(context.lang, "reminders.snooze_not_yours"), show_alert=True)
    else:
        text = t(context.lang, "reminders.snoozed", until=date_label(context.lang, until.date()))
        await query.answer(text)
        # An inaccessible message (deleted, say) cannot be replied to.
        if isinstance(query.message, Message):
            await query.message.reply_text(text)


async def on_log(update: Update, context: BotContext) -> None:
    """Log it now: how to record that kind of work (the recording flow takes it from there)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    kind = query.data.removeprefix(LOG_PREFIX) or "any"
    key = f"reminders.log_hint_{kind}"
    try:
        examples = t(context.lang, key)
    except KeyError:
        examples = t(context.lang, "reminders.log_hint_any")
    if isinstance(query.message, Message):
        await query.message.reply_text(t(context.lang, "reminders.log_hint", examples=examples))


async def on_status(update: Update, context: BotContext) -> None:
    """Open status: the counselor's classes, one line each."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        person = context.person(session)
        answer = usecases.status_for(session, person, services.policy, services.now(), None)
    message = query.message
    if answer.refusal or not isinstance(message, Message):
        if isinstance(message, Message):
            await message.reply_text(t(context.lang, "reminders.status_only_counselors"))
        return
    for part in split_message(status_summary(context.lang, answer.results)):
        await message.reply_text(part)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(on_snooze, pattern=rf"^{SNOOZE_PREFIX}"),
        CallbackQueryHandler(on_log, pattern=rf"^{LOG_PREFIX}"),
        CallbackQueryHandler(on_status, pattern=rf"^{STATUS_PREFIX}"),
    ]


async def sweep_job(context: BotContext) -> None:
    """The repeating sweep: its own unit of work, the services' clock, the bot's rate limiter."""
    services: Services = context.bot_data
    assert services.sessions is not None and services.policy is not None
    with sweep_lock(services.sessions.kw["bind"]) as mine:  # one instance sweeps at a time
        if mine:
            await _sweep(context, services)


async def _sweep(context: BotContext, services: Services) -> None:
    assert services.sessions is not None and services.policy is not None
    report = await run_sweep(
        services.sessions,
        services.policy,
        services.now(),
        telegram_sender(context.bot),
        clock=services.now,
    )
    if report.outcomes:
        log.info(
            "reminder sweep: %d sent, %d unreachable, %d failed",
            report.count("sent"),
            report.count("unreachable"),
            report.count("failed"),
        )


def schedule(application: BotApplication) -> None:
    """Run the sweep every quarter of an hour, replacing any sweep job scheduled before."""
    if not scheduling.every(
        application, sweep_job, name=JOB_NAME, interval=SWEEP_INTERVAL, first=FIRST_SWEEP_AFTER
    ):
        log.warning("no job queue (install python-telegram-bot[job-queue]); reminders are off")
