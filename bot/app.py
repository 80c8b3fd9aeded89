"""The composition root: `build_application` is the one place handlers and jobs are wired."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from telegram import BotCommand, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes
from telegram.request import BaseRequest, HTTPXRequest

from bot import metrics, profile, year_duties
from bot.context import BotContext, Services
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
from bot.i18n import t
from bot.inbox import FlushBeforePoll, PersistentUpdateQueue, replay_pending
from bot.liveness import Liveness, PollHeartbeat, schedule_heartbeat
from bot.logs import handling_update
from bot.processing import PerChatUpdateProcessor
from bot.settings import Settings
from reminders.policy import load_policy
from storage.db import make_engine, make_session_factory
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


class AdvisorApplication(Application):  # type: ignore[type-arg]
    """An Application that drops an update from the inbox once its handlers have run."""

    async def process_update(self, update: object) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        with handling_update(update_id), metrics.time_update():
            await super().process_update(update)
        queue = self.update_queue
        try:
            if isinstance(update, Update) and isinstance(queue, PersistentUpdateQueue):
                queue.handled(update)
        except Exception:  # the update will simply be handled again after a restart
            log.exception("could not mark update as handled")


def build_application(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] | None = None,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
) -> Application:  # type: ignore[type-arg]
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
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(_file_url(base))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.get_updates_request(
            PollHeartbeat(FlushBeforePoll(HTTPXRequest(connection_pool_size=1), queue), liveness)
        )
    if rate_limit:
        builder = builder.rate_limiter(
            AIORateLimiter(overall_max_rate=settings.rate_limit_per_second, max_retries=3)
        )
    application = builder.build()
    # PTB instantiated bot_data (our Services) while building; fill it in.
    services: Services = application.bot_data
    services.settings = settings
    services.sessions = make_session_factory(engine)
    services.policy = load_policy(settings.config_path)
    services.clock = clock or (lambda: datetime.now(UTC))
    queue.attach(services)
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
    application.add_error_handler(on_error)
    return application


def _file_url(base: str) -> str:
    return base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file"


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
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


async def on_error(update: object, context: BotContext) -> None:
    """The one error handler: log, note unreachable people, tell the user when we can."""
    error = context.error
    metrics.ERRORS.labels(type(error).__name__).inc()
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        _mark_unreachable(context.services, update.effective_user.id)
        log.info("user %s has blocked the bot", update.effective_user.id)
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
