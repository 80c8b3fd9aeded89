"""The composition root: `build_application` is the one place handlers and jobs are wired."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from telegram import BotCommand, Update
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    ApplicationBuilder,
    ApplicationHandlerStop,
    ContextTypes,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import metrics, profile, retention, year_duties
from bot.context import BotApplication, BotContext, Services
from bot.handlers import (
    desk,
    forms,
    groups,
    identity,
    onboarding,
    recording,
    reminder_buttons,
    status,
    survey,
    web,
)
from bot.i18n import normalise_language, t
from bot.inbox import FlushBeforePoll, PersistentUpdateQueue, replay_pending
from bot.liveness import Liveness, PollHeartbeat, schedule_heartbeat
from bot.logs import handling_update
from bot.outage import DatabaseHealth
from bot.parsing import vocabulary_from_policy
from bot.processing import PerChatUpdateProcessor
from bot.rate_limit import paced_rate_limiter
from bot.retrying import RetryingRequest
from bot.settings import Settings
from reminders.policy import load_policy, vocabulary_table
from storage.db import is_dropped_connection, is_outage, make_engine, make_session_factory
from storage.models import Person

log = logging.getLogger(__name__)

# Group -2 identifies the speaker; group -1 catches replies to the bot's own questions (a
# form note) before group 0 would record them as work.
IDENTITY_GROUP = -2
COMMANDS = (
    "start",
    "help",
    "log",
    "undo",
    "me",
    "status",
    "form",
    "plan",
    "bind",
    "lang",
    "survey",
    "web",
)
DESK_COMMANDS = ("forms",)


# Rounds of "database back, try again" one update gets before it is left for a restart.
MAX_HOLD_ROUNDS = 30


class AdvisorApplication(BotApplication):
    """An Application that holds an update through a database outage and drops it from the
    inbox once its handlers have run.

    A handler that fails because the database cannot be reached has not changed anything
    (its unit of work rolled back), so the update is handled again from the start once the
    database is back. Meanwhile this call does not return: `PerChatUpdateProcessor` keeps
    the chat's later updates behind it, so they are handled in the order they came. A
    connection the server dropped (a PostgreSQL restart) is retried once at once.
    """

    # Set by the watchdog when a background task died: `advisorbot run` then exits 1.
    failure: str | None = None
    background: list[asyncio.Task[None]]

    async def process_update(self, update: object) -> None:
        services: Services = self.bot_data
        health = services.health
        if not isinstance(update, Update) or health is None:
            await super().process_update(update)
            return
        retried_dropped = False
        for _round in range(MAX_HOLD_ROUNDS):
            if health.down:
                await _tell_saved_later(self, services, health, update)
                await health.wait_until_up()
            update_id = update.update_id
            with handling_update(update_id), metrics.time_update():
                await super().process_update(update)
            failure = services.outage_errors.pop(update.update_id, None)
            if failure is None:
                break
            if is_dropped_connection(failure) and not retried_dropped:
                retried_dropped = True
                continue
            health.mark_down(failure)
        else:
            # The database answers the probe but this update keeps failing: leave it in the
            # inbox (handled again at the next start) rather than hold its chat for ever.
            log.error("update %s still fails after %d rounds", update.update_id, MAX_HOLD_ROUNDS)
            return
        queue = self.update_queue
        if isinstance(queue, PersistentUpdateQueue):
            queue.handled(update)


async def _tell_saved_later(
    application: BotApplication,
    services: Services,
    health: DatabaseHealth,
    update: Update,
) -> None:
    """Once per chat and outage, tell a registered sender their message waits to be saved.

    Someone the bot has not seen yet is not told: they may be a stranger, whose message
    is never saved; they get their answer when the database is back.
    """
    chat, user = update.effective_chat, update.effective_user
    if update.message is None or chat is None or user is None or chat.id in health.told:
        return
    if user.id not in services.known_telegram_ids:
        return
    health.told.add(chat.id)
    lang = normalise_language(user.language_code)
    cached = services.cached_actor(user.id)
    if cached is not None and cached[1]:
        lang = cached[1]
    try:
        await update.message.reply_text(t(lang, "safety.saved_later"))
    except TelegramError:
        log.warning("could not tell chat %s that its update is held", chat.id, exc_info=True)


def build_application(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] | None = None,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
) -> BotApplication:
    """The bot, ready to run: handlers, error handler, commands menu, inbox, rate limiter."""
    engine = engine or make_engine(settings.database_url)
    # Long polling over the network keeps a batch in memory until the poll that confirms it;
    # a webhook (answered 200 once `put` returns), tests and the console store at once.
    polling = request is None and not settings.webhook_url
    queue = PersistentUpdateQueue(batch_until_poll=polling)
    liveness = Liveness()
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    builder = (
        ApplicationBuilder()
        .application_class(AdvisorApplication)
        .token(token)
        .context_types(ContextTypes(context=BotContext, bot_data=Services))
        .update_queue(queue)
        .concurrent_updates(PerChatUpdateProcessor(settings.concurrent_updates))
        .post_init(_post_init)
        .post_stop(_post_stop)
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(_file_url(base))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.request(
            RetryingRequest(HTTPXRequest(connection_pool_size=settings.concurrent_updates + 4))
        ).get_updates_request(
            PollHeartbeat(FlushBeforePoll(HTTPXRequest(connection_pool_size=1), queue), liveness)
        )
    # Not reassigned to `builder`: a rate limiter changes the builder's type (its bot's).
    application = (
        builder.rate_limiter(paced_rate_limiter(settings.rate_limit_per_second))
        if rate_limit
        else builder
    ).build()
    # PTB instantiated bot_data (our Services) while building; fill it in.
    services: Services = application.bot_data
    services.settings = settings
    services.sessions = make_session_factory(engine)
    services.policy = load_policy(settings.config_path)
    services.vocabulary = vocabulary_from_policy(vocabulary_table(settings.config_path))
    services.clock = clock or (lambda: datetime.now(UTC))
    queue.attach(services)
    services.health = DatabaseHealth(engine)
    services.liveness = liveness
    liveness.watch("application", lambda: application.running)
    liveness.watch("updater", lambda: application.updater is None or application.updater.running)
    schedule_heartbeat(application, liveness)
    metrics.watch_backlog(queue.backlog)

    application.add_handlers(identity.handlers(), group=IDENTITY_GROUP)
    # The survey's deep link and a student's comment first, then the desk (a counselor's text
    # is a return comment or a question; it hands an advisor's own text on), then forms' note
    # catcher, which takes every private text: only one handler of a group runs.
    application.add_handlers(survey.early_handlers(services), group=-1)
    application.add_handlers(desk.early_handlers(services), group=-1)
    application.add_handlers(forms.early_handlers(), group=-1)
    for module in (
        onboarding,
        recording,
        status,
        groups,
        forms,
        reminder_buttons,
        survey,
        desk,
        web,
    ):
        application.add_handlers(module.handlers())
    # Last in group 0: a button no flow above took is answered "no longer valid".
    application.add_handlers(recording.fallback_handlers())
    reminder_buttons.schedule(application)
    year_duties.schedule(application, services.policy, settings.tz)
    desk.schedule(application)
    retention.schedule(application)
    application.add_error_handler(on_error)
    return application


def _file_url(base: str) -> str:
    return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file"


async def _post_init(application: BotApplication) -> None:
    """Commands menu in both languages, the known people, and updates left from a crash."""
    services: Services = application.bot_data
    with services.session() as session:
        ids = session.scalars(select(Person.telegram_id).where(Person.telegram_id.is_not(None)))
        services.known_telegram_ids.update(i for i in ids if i is not None)
    try:
        for lang, code in (("zh", None), ("en", "en")):
            commands = [BotCommand(c, t(lang, f"chat.commands_{c}")) for c in COMMANDS]
            commands += [BotCommand(c, t(lang, f"desk.commands_{c}")) for c in DESK_COMMANDS]
            await application.bot.set_my_commands(commands, language_code=code)
    except TelegramError:
        log.warning("could not set the commands menu; continuing", exc_info=True)
    try:
        await profile.set_descriptions(application.bot)
    except TelegramError:
        log.warning("could not set the bot's descriptions; continuing", exc_info=True)
    queue = application.update_queue
    assert isinstance(queue, PersistentUpdateQueue)  # build_application's own queue
    await replay_pending(services, queue, lambda p: Update.de_json(p, application.bot))
    assert isinstance(application, AdvisorApplication)
    application.background = [asyncio.create_task(_watchdog(application), name="watchdog")]
    if services.settings is not None and services.settings.webhook_url:
        # No getUpdates to flush before: store what an outage left in memory every second.
        flusher = asyncio.create_task(_flush_every_second(queue), name="inbox-flush")
        application.background.append(flusher)


async def _post_stop(application: BotApplication) -> None:
    """Stop our own background tasks (PTB would wait for tasks it created)."""
    for task in getattr(application, "background", []):
        task.cancel()
    services: Services = application.bot_data
    if services.health is not None:
        await services.health.close()


async def _flush_every_second(queue: PersistentUpdateQueue) -> None:
    while True:
        await asyncio.sleep(1.0)
        if queue.holding:
            queue.flush()


WATCH_INTERVAL = 1.0


async def _watchdog(application: AdvisorApplication) -> None:
    """Ends the process (exit 1, for the supervisor to restart it) when a task it cannot
    run without has died: the polling loop, the loop handing updates to the handlers, the
    scheduler, or our own inbox flusher. Nothing short of that stops the bot reading."""
    started = False
    while True:
        await asyncio.sleep(WATCH_INTERVAL)
        if not application.running:
            if started:
                return  # stopping on purpose
            continue  # post_init runs before the application starts
        started = True
        failure = _dead_task(application)
        if failure is not None:
            log.critical("%s; stopping so that the supervisor restarts the bot", failure)
            application.failure = failure
            application.stop_running()
            return


def _dead_task(application: AdvisorApplication) -> str | None:
    # PTB keeps these tasks private; the names are stable across PTB 20-22.
    updater = application.updater
    polling = getattr(updater, "_Updater__polling_task", None)
    if updater is not None and updater.running and polling is not None and polling.done():
        return f"the polling loop ended ({_why(polling)})"
    fetcher = getattr(application, "_Application__update_fetcher_task", None)
    if fetcher is not None and fetcher.done():
        return f"the update fetcher ended ({_why(fetcher)})"
    jobs = application.job_queue
    if jobs is not None and not jobs.scheduler.running:
        return "the job scheduler stopped"
    for task in application.background[1:]:
        if task.done():
            return f"the task {task.get_name()} ended ({_why(task)})"
    return None


def _why(task: asyncio.Task[Any]) -> str:
    if task.cancelled():
        return "cancelled"
    error = task.exception()
    return repr(error) if error is not None else "returned"


async def on_error(update: object, context: BotContext) -> None:
    """The one error handler: log, note unreachable people, tell the user when we can.

    A database outage is not the user's problem: the update is held and handled again
    (`AdvisorApplication.process_update`), so nothing is said and later groups do not run.
    A failure to reach Telegram is not answered either: the reply could not be sent, and
    the work may well be saved, so "something went wrong" would invite a second copy.
    """
    error = context.error
    metrics.ERRORS.labels(type(error).__name__).inc()
    if error is not None and isinstance(update, Update) and is_outage(error):
        context.services.outage_errors[update.update_id] = error
        raise ApplicationHandlerStop
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        try:
            _mark_unreachable(context.services, update.effective_user.id)
        except SQLAlchemyError as exc:
            if not is_outage(exc):
                raise
        log.info("user %s has blocked the bot", update.effective_user.id)
        return
    if isinstance(error, NetworkError | RetryAfter):  # TimedOut is a NetworkError
        log.warning("could not reach Telegram while handling an update: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(t(context.lang, "chat.error"))
        except TelegramError:
            log.warning("could not tell the user about the error", exc_info=True)


def _mark_unreachable(services: Services, telegram_id: int) -> None:
    with services.session() as session:
        person = session.scalar(select(Person).where(Person.telegram_id == telegram_id))
        if person is not None and person.unreachable_since is None:
            person.unreachable_since = services.now()
