"""/survey CLASS [until DATE] and /survey results CLASS (counselors, admins); the students'
side: `/start s_<token>`, score buttons, an optional comment, all in a private chat.

Students are never registered: their updates are not stored in the inbox (they are not
known people), and the answer is kept only under a keyed hash of the account.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime, timedelta

import segno
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import surveys as usecases
from bot.context import BotContext, Services
from bot.formatting import split_message
from bot.handlers.identity import is_private, refuse_stranger, reply
from bot.i18n import t
from reminders.surveys import SurveySettings

log = logging.getLogger(__name__)
VOTE_PREFIX = "sv:"  # sv:<survey id>:<the scores so far, one digit each>
SKIP_PREFIX = "sx:"  # sx:<survey id>: no comment
START_PREFIX = "s_"  # deep link: https://t.me/<bot>?start=s_<token>


def survey_link(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={START_PREFIX}{token}"


def qr_png(link: str) -> bytes:
    """The link as a QR code picture, large enough to scan from a projected group chat."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=10, border=3)
    return buffer.getvalue()


def _settings(services: Services) -> SurveySettings:
    assert services.policy is not None and services.policy.survey is not None
    return services.policy.survey


async def survey_command(update: Update, context: BotContext) -> None:
    """Open a class's survey (or show the open one and its results), or show results."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    now = services.now()
    command = usecases.parse_command(list(context.args or []), now.date())
    if command is None:
        await reply(update, context, "survey.usage")
        return
    with services.session() as session:
        answer = usecases.run_command(
            session, context.person(session), command, _settings(services), now, services.tz
        )
    if answer.view is None:
        await reply(update, context, f"survey.{answer.refusal}", detail=answer.detail)
        return
    view = answer.view
    link = survey_link(context.bot.username, view.token)
    lang = context.lang
    if is_private(update):
        for part in split_message(_view_text(view, link, lang, with_results=True)):
            await _answer(update, part)
    else:
        # In a group (the class's, likely) only the link: results go to the asker alone.
        await _answer(update, _view_text(view, link, lang, with_results=False))
        if not view.created:
            try:
                for part in split_message(_view_text(view, link, lang, with_results=True)):
                    await context.bot.send_message(context.actor.telegram_id, part)
            except Forbidden:
                await reply(update, context, "survey.private_failed")
    if view.created and update.effective_chat is not None:
        caption = t(lang, "survey.qr_caption", class_name=view.class_name, link=link)
        await context.bot.send_photo(update.effective_chat.id, photo=qr_png(link), caption=caption)


def _view_text(view: usecases.SurveyView, link: str, lang: str, *, with_results: bool) -> str:
    until = _last_day(view.closes_at)
    title = t(lang, f"duties.{view.title_key}")
    count = view.results.answers
    if view.created:
        return t(
            lang, "survey.opened", class_name=view.class_name, title=title, until=until, link=link
        )
    key = "survey.running" if view.is_open else "survey.closed_state"
    lines = [t(lang, key, class_name=view.class_name, until=until, count=count, link=link)]
    results = view.results
    if not with_results:
        return lines[0]
    if not results.shown:
        lines.append(t(lang, "survey.too_few", min=results.min_answers, count=count))
        return "\n".join(lines)
    assert results.averages is not None
    lines.append(t(lang, "survey.results_title", count=count))
    for number, (question, average) in enumerate(
        zip(view.questions, results.averages, strict=True), start=1
    ):
        lines.append(
            t(
                lang,
                "survey.result_line",
                number=number,
                question=question.text(lang, title),
                average=f"{average:.2f}",
            )
        )
    lines.append(t(lang, "survey.comments_title"))
    if results.comments:
        lines += [t(lang, "survey.comment_line", comment=c) for c in results.comments]
    else:
        lines.append(t(lang, "survey.no_comments"))
    return "\n".join(lines)


def _last_day(closes_at: datetime) -> str:
    """A survey closing at midnight local time ran through the day before."""
    return (closes_at - timedelta(microseconds=1)).date().isoformat()


async def _answer(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)


# Students ---------------------------------------------------------------------------------


async def start_survey(update: Update, context: BotContext) -> None:
    """`/start s_<token>` in a private chat: the first question (or why not)."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        raise ApplicationHandlerStop
    token = (context.args or [""])[0].removeprefix(START_PREFIX)
    services = context.services
    with services.session() as session:
        step = usecases.start_answering(
            session, token, context.actor is not None, services.now(), services.tz
        )
    if step.questionnaire is None:
        await reply(update, context, f"survey.{step.refusal}")
        raise ApplicationHandlerStop
    q = step.questionnaire
    title = t(context.lang, f"duties.{q.title_key}")
    intro = t(
        context.lang, "survey.intro", class_name=q.class_name, title=title, count=len(q.questions)
    )
    await _answer(update, intro)
    text, markup = _question(q, [], context.lang)
    await _answer(update, text, markup)
    raise ApplicationHandlerStop  # not onboarding's /start: a student is never linked


def _question(
    q: usecases.Questionnaire, scores: list[int], lang: str
) -> tuple[str, InlineKeyboardMarkup]:
    number = len(scores) + 1
    title = t(lang, f"duties.{q.title_key}")
    text = t(
        lang,
        "survey.question",
        number=number,
        count=len(q.questions),
        question=q.questions[number - 1].text(lang, title),
    )
    so_far = "".join(str(s) for s in scores)
    buttons = [
        InlineKeyboardButton(
            str(score), callback_data=f"{VOTE_PREFIX}{q.survey_id}:{so_far}{score}"
        )
        for score in range(1, 6)
    ]
    return text, InlineKeyboardMarkup([buttons])


def _parse_vote(data: str) -> tuple[int, list[int]] | None:
    survey_id, _, digits = data.removeprefix(VOTE_PREFIX).partition(":")
    # ASCII digits only: "²".isdigit() is true, and int("²") raises.
    if not (survey_id + digits).isascii() or not survey_id.isdigit() or not digits.isdigit():
        return None
    return int(survey_id), [int(d) for d in digits]


async def on_vote(update: Update, context: BotContext) -> None:
    """A score: the next question in place of this one, or the answer stored."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    if context.actor is not None:
        await _edit(update, t(context.lang, "survey.staff_cannot_answer"))
        return
    parsed = _parse_vote(query.data)
    if parsed is None:
        await _edit(update, t(context.lang, "survey.out_of_range"))
        return
    survey_id, scores = parsed
    services = context.services
    assert services.settings is not None
    with services.session() as session:
        step = usecases.press(
            session,
            survey_id,
            scores,
            services.settings.survey_key(),
            query.from_user.id,
            services.now(),
            services.tz,
        )
    if step.questionnaire is None:
        await _edit(update, t(context.lang, f"survey.{step.refusal}"))
        return
    q = step.questionnaire
    if len(scores) < len(q.questions):
        text, markup = _question(q, scores, context.lang)
        await _edit(update, text, markup)
        return
    title = t(context.lang, f"duties.{q.title_key}")
    key = "survey.stored_again" if step.replaced else "survey.stored"
    skip = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(context.lang, "survey.button_skip"), callback_data=f"{SKIP_PREFIX}{survey_id}"
                )
            ]
        ]
    )
    await _edit(update, t(context.lang, key, title=title), skip)


async def on_skip(update: Update, context: BotContext) -> None:
    """No comment: the answer is complete as it is."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if context.actor is not None:
        return
    services = context.services
    assert services.settings is not None
    with services.session() as session:
        usecases.comment(
            session, services.settings.survey_key(), query.from_user.id, None, services.now()
        )
    await _edit(update, t(context.lang, "survey.skipped"))


async def catch_comment(update: Update, context: BotContext) -> None:
    """A stranger's private text right after their last score is their survey comment."""
    message = update.effective_message
    user = update.effective_user
    if context.actor is not None or message is None or user is None or not message.text:
        return
    services = context.services
    assert services.settings is not None
    with services.session() as session:
        taken = usecases.comment(
            session, services.settings.survey_key(), user.id, message.text, services.now()
        )
    if not taken:
        return  # not a student mid-survey: the stranger's explanation follows in group 0
    await reply(update, context, "survey.comment_saved")
    raise ApplicationHandlerStop


async def _edit(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    query = update.callback_query
    if query is None:
        return
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except TelegramError:  # the message is too old to edit: say it anew
        log.info("could not edit a survey message; sending a new one", exc_info=True)
        chat = update.effective_chat
        if chat is not None:
            await chat.send_message(text, reply_markup=markup)


class _Stranger(filters.UpdateFilter):
    """Updates from people who are not registered (the known ids, filled at start-up and
    as people are identified): only they can be students."""

    def __init__(self, services: Services) -> None:
        super().__init__(name="Stranger")
        self._services = services

    def filter(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id not in self._services.known_telegram_ids


def early_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    """Group -1, before the form note: the survey's deep link and a student's comment."""
    return [
        CommandHandler(
            "start",
            start_survey,
            filters=filters.ChatType.PRIVATE & filters.Regex(rf"^/start(@\w+)?\s+{START_PREFIX}"),
        ),
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & _Stranger(services),
            catch_comment,
        ),
    ]


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("survey", survey_command),
        CallbackQueryHandler(on_vote, pattern=rf"^{VOTE_PREFIX}"),
        CallbackQueryHandler(on_skip, pattern=rf"^{SKIP_PREFIX}"),
    ]
