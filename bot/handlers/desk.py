"""The counselor's desk in chat: /forms, 催办 (nudges), 审核 (review), the month's zip, and
questions in their own words ("谁还没交表", "who is behind?").

Its buttons' data is typed in `bot/callbacks.py` (the desk's section): a forged or stale
button decodes to None and gets "no longer valid".
"""

from __future__ import annotations

import asyncio
import logging
import math
from datetime import date, datetime
from typing import Final

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import desk, scheduling, usecases
from bot.callbacks import (
    APPROVE,
    NUDGE_ALL,
    OPEN,
    RETURN,
    ZIP,
    DocButton,
    MonthButton,
    NudgeButton,
    PageButton,
)
from bot.callbacks import DESK_PATTERN as PATTERN
from bot.callbacks import decode_desk as decode
from bot.context import Actor, BotApplication, BotContext, Services
from bot.form_pictures import pictures_from_a_thread, render_with_pictures
from bot.formatting import split_message, status_text
from bot.handlers import forms as form_handlers
from bot.handlers.identity import is_private, refuse_stranger, reply
from bot.i18n import t
from bot.questions import BEHIND, CLASS_STATUS, FORMS, recognise
from reminders.holidays import is_rest_day
from reminders.jobs.status import ClassCompliance, class_compliance
from storage import forms, ledger
from storage.errors import InputError
from storage.forms import APPROVED, RETURNED, NotAllowed, NotLatest
from storage.models import ReminderLedger

log = logging.getLogger(__name__)

PAGE_SIZE: Final = 8
JOB_NAME: Final = "desk-nudges"
DELIVERY_INTERVAL: Final = 300  # seconds between looks at the queued nudges
FIRST_DELIVERY_AFTER: Final = 20
# A document's caption holds 1,024 characters; the review comment shown in it is clipped.
CAPTION_COMMENT_LIMIT: Final = 600


def _who(context: BotContext) -> Actor:
    """The identified speaker; its `is_admin` counts ADVISORBOT_ADMINS as well as the roster."""
    assert context.actor is not None
    return context.actor


# ---------------------------------------------------------------------------------------------
# /forms


async def forms_command(update: Update, context: BotContext) -> None:
    """Each class on the desk with the month's form and the semester plan, with buttons."""
    actor = context.actor
    if actor is None:
        await refuse_stranger(update, context)
        return
    if not (actor.is_counselor or actor.is_admin):
        await reply(update, context, "desk.only_desk")
        return
    services = context.services
    assert services.policy is not None
    arg = context.args[0] if context.args else None
    if arg is None:
        month = desk.default_month(services.now().date(), services.policy)
    else:
        try:
            first, _last = forms.parse_month(arg.replace("/", "-"))
        except InputError:
            await reply(update, context, "desk.bad_month")
            return
        month = f"{first.year:04d}-{first.month:02d}"
    await _show_page(update, context, month, 0, edit=False)


async def _show_page(
    update: Update, context: BotContext, month: str, page: int, *, edit: bool
) -> None:
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        view = desk.forms_overview(session, _who(context), month, services.policy, services.tz)
    if not view.rows:
        await reply(update, context, "desk.no_classes")
        return
    text, markup = render_page(view, page, context.lang, services)
    message = update.effective_message
    if message is None or context.actor is None:
        return
    if edit and update.callback_query is not None:
        await message.edit_text(text, reply_markup=markup)
    elif is_private(update):
        await message.reply_text(text, reply_markup=markup)
    else:
        # Names of advisors and their standing are not for a group: to the asker privately.
        try:
            await context.bot.send_message(context.actor.telegram_id, text, reply_markup=markup)
        except Forbidden:
            await reply(update, context, "chat.status_private_failed")
            return
        await reply(update, context, "chat.status_sent_private")


def render_page(
    view: desk.DeskView, page: int, lang: str, services: Services
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the desk: a block of lines per class, its buttons numbered like the list."""
    pages = max(1, math.ceil(len(view.rows) / PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    rows = view.rows[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    today = services.now().date()
    if view.semester:
        title = t(lang, "desk.forms_title", month=view.month, due=view.due, semester=view.semester)
    else:
        title = t(lang, "desk.forms_title_no_semester", month=view.month, due=view.due)
    lines = [
        title,
        t(
            lang,
            "desk.forms_page",
            page=page + 1,
            pages=pages,
            count=len(view.rows),
            missing=view.missing_count,
        ),
    ]
    keyboard: list[list[InlineKeyboardButton]] = []
    for n, row in enumerate(rows, start=page * PAGE_SIZE + 1):
        lines.append(
            t(lang, "desk.row_class", n=n, class_name=row.class_name, advisor=row.advisor or "-")
        )
        buttons: list[InlineKeyboardButton] = []
        items: list[tuple[str, desk.DocState, date | None]] = [
            ("desk.row_form", row.form, view.due)
        ]
        if row.plan is not None:
            items.append(("desk.row_plan", row.plan, None))
        for key, item, due in items:
            lines.append(t(lang, key, state=_state_label(lang, item, due, today, services)))
            short = t(lang, f"desk.doc_short_{item.doc}")
            if item.document_id is not None:
                data = DocButton(OPEN, item.doc, item.document_id).encode()
                label = t(lang, "desk.button_open", n=n, doc=short)
                buttons.append(InlineKeyboardButton(label, callback_data=data))
            if item.missing or item.state == RETURNED:  # returned: awaiting resubmission
                data = NudgeButton(item.doc, row.class_id, view.month).encode()
                label = t(lang, "desk.button_nudge", n=n, doc=short)
                buttons.append(InlineKeyboardButton(label, callback_data=data))
        keyboard.append(buttons)
    footer: list[InlineKeyboardButton] = []
    if view.missing_count:
        footer.append(
            InlineKeyboardButton(
                t(lang, "desk.button_nudge_all", count=view.missing_count),
                callback_data=MonthButton(NUDGE_ALL, view.month).encode(),
            )
        )
    footer.append(
        InlineKeyboardButton(
            t(lang, "desk.button_zip"), callback_data=MonthButton(ZIP, view.month).encode()
        )
    )
    keyboard.append(footer)
    paging: list[InlineKeyboardButton] = []
    if page > 0:
        paging.append(
            InlineKeyboardButton(
                t(lang, "desk.button_prev"), callback_data=PageButton(view.month, page - 1).encode()
            )
        )
    if page < pages - 1:
        paging.append(
            InlineKeyboardButton(
                t(lang, "desk.button_next"), callback_data=PageButton(view.month, page + 1).encode()
            )
        )
    if paging:
        keyboard.append(paging)
    # One tap to the month before or after (the default is last month only within its grace
    # days; an overdue form is one tap back).
    before, after = _month_step(view.month, -1), _month_step(view.month, 1)
    keyboard.append(
        [
            InlineKeyboardButton(
                t(lang, "desk.button_month_before", month=before),
                callback_data=PageButton(before, 0).encode(),
            ),
            InlineKeyboardButton(
                t(lang, "desk.button_month_after", month=after),
                callback_data=PageButton(after, 0).encode(),
            ),
        ]
    )
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


def _month_step(month: str, step: int) -> str:
    """The month `step` months from "YYYY-MM"."""
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _state_label(
    lang: str, item: desk.DocState, due: date | None, today: date, services: Services
) -> str:
    """The item's line: missing (open or past `due`; a plan's due is not shown, so None),
    or the latest version with its review state and "late"."""
    if item.missing:
        overdue = due is None or today > due
        return t(lang, "desk.state_missing" if overdue else "desk.state_missing_open")
    assert item.submitted_at is not None
    at = _when(item.submitted_at, services)
    label = t(lang, f"desk.state_{item.state}", version=item.version, at=at)
    return label + (t(lang, "desk.state_late") if item.late else "")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _when(moment: datetime, services: Services) -> str:
    return moment.astimezone(services.tz).strftime("%m-%d %H:%M")


# ---------------------------------------------------------------------------------------------
# Buttons


async def on_button(update: Update, context: BotContext) -> None:
    """Every desk button: decode, check the class is on the presser's desk, act."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if context.actor is None:
        await query.answer(t(context.lang, "chat.stranger"), show_alert=True)
        return
    button = decode(query.data)
    if button is None:
        await query.answer(t(context.lang, "desk.button_invalid"), show_alert=True)
        return
    await query.answer()
    try:
        if isinstance(button, NudgeButton):
            await _nudge_one(update, context, button)
        elif isinstance(button, MonthButton) and button.action == NUDGE_ALL:
            await _nudge_all(update, context, button.month)
        elif isinstance(button, MonthButton):
            await _send_zip(update, context, button.month)
        elif isinstance(button, PageButton):
            await _show_page(update, context, button.month, button.page, edit=True)
        elif button.action == OPEN:
            await _open(update, context, button.doc, button.document_id)
        elif button.action == APPROVE:
            await _approve(update, context, button.doc, button.document_id)
        else:
            await _ask_return(update, context, button.doc, button.document_id)
    except NotAllowed:
        await reply(update, context, "desk.not_yours")
    except NotLatest:
        await reply(update, context, "desk.not_latest")
    except InputError:
        await reply(update, context, "desk.button_invalid")


async def _nudge_one(update: Update, context: BotContext, button: NudgeButton) -> None:
    services = context.services
    assert services.policy is not None
    now = services.now()
    with services.session() as session:
        result = desk.nudge(
            session,
            _who(context),
            button.class_id,
            button.doc,
            button.month,
            services.policy,
            now,
            is_rest_day,
        )
    outcome = await _deliver(context, result) if result.outcome == desk.SEND else result.outcome
    await _say_nudge(update, context, result, outcome)


async def _deliver(context: BotContext, result: desk.Nudge) -> str:
    """Send a claimed nudge and record how it went; the outcome to tell the counselor."""
    assert result.ledger_id is not None and result.telegram_id is not None
    return await send_nudge(
        context.bot, context.services, result.ledger_id, result.telegram_id, result.text
    )


async def send_nudge(
    bot: Bot, services: Services, ledger_id: int, telegram_id: int, text: str
) -> str:
    """Send one claimed nudge; a 403 marks the advisor unreachable, other errors leave the
    row pending for the delivery job to retry."""
    try:
        await bot.send_message(telegram_id, text)
    except Forbidden as exc:
        with services.session() as session:
            row = session.get(ReminderLedger, ledger_id)
            person_id = row.person_id if row is not None else 0
            ledger.mark_unreachable(session, ledger_id, person_id, services.now(), str(exc))
        return desk.UNREACHABLE
    except TelegramError as exc:
        log.warning("nudge %s not sent, will retry: %s", ledger_id, exc)
        with services.session() as session:
            ledger.mark_failed(session, ledger_id, f"{type(exc).__name__}: {exc}")
        return "failed"
    with services.session() as session:
        ledger.mark_sent(session, ledger_id, services.now())
    return desk.SEND


async def _say_nudge(update: Update, context: BotContext, result: desk.Nudge, outcome: str) -> None:
    assert context.services.policy is not None
    window = context.services.policy.reminders
    key = {
        desk.SEND: "desk.nudged",
        desk.QUEUED_NOW: "desk.nudge_queued",
        desk.ALREADY: "desk.nudge_already",
        desk.NOT_MISSING: "desk.nudge_not_missing",
        desk.NO_ADVISOR: "desk.nudge_no_advisor",
        desk.UNREACHABLE: "desk.nudge_unreachable",
    }.get(outcome, "desk.nudge_failed")
    await reply(
        update,
        context,
        key,
        advisor=result.advisor or "-",
        class_name=result.class_name,
        start=window.send_time.strftime("%H:%M"),
        end=window.quiet_after.strftime("%H:%M"),
    )


async def _nudge_all(update: Update, context: BotContext, month: str) -> None:
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        results = desk.nudge_all(
            session,
            _who(context),
            month,
            services.policy,
            services.now(),
            services.tz,
            is_rest_day,
        )
    if not results:
        await reply(update, context, "desk.nudge_all_none")
        return
    counts = {"sent": 0, "queued": 0, "already": 0, "unreachable": 0}
    for result in results:
        outcome = await _deliver(context, result) if result.outcome == desk.SEND else result.outcome
        name = {desk.SEND: "sent", desk.QUEUED_NOW: "queued", desk.ALREADY: "already"}.get(
            outcome, "unreachable" if outcome == desk.UNREACHABLE else None
        )
        if name is not None:
            counts[name] += 1
    await reply(
        update,
        context,
        "desk.nudge_all_done",
        sent=counts["sent"],
        queued=counts["queued"],
        already=counts["already"],
        unreachable=counts["unreachable"],
    )


async def _send_zip(update: Update, context: BotContext, month: str) -> None:
    services = context.services
    assert services.policy is not None
    who, lang, policy = _who(context), context.lang, services.policy

    pictures_of = pictures_from_a_thread(context.bot, asyncio.get_running_loop())

    def build() -> desk.MonthZip:
        # Its own unit of work in a worker thread: rendering is about 0.1-0.2 s a form
        # (bench/README.md), which must not hold up everyone else's updates. The forms'
        # photos are fetched on this loop meanwhile (`pictures_of`).
        with services.session() as session:
            return desk.month_zip(session, who, month, lang, policy, services.tz, pictures_of)

    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_chat_action(chat.id, ChatAction.UPLOAD_DOCUMENT)
    archive = await asyncio.to_thread(build)
    key = "desk.zip_caption" if archive.missing else "desk.zip_caption_complete"
    caption = t(context.lang, key, month=month, forms=archive.forms, missing=len(archive.missing))
    await context.bot.send_document(
        chat.id, document=archive.data, filename=archive.filename, caption=caption
    )


# ---------------------------------------------------------------------------------------------
# Opening and reviewing


async def _open(update: Update, context: BotContext, doc: str, document_id: int) -> None:
    """Send the version (the form as .docx, the plan as text and its document) with 审核."""
    services = context.services
    with services.session() as session:
        opened = desk.open_document(session, _who(context), doc, document_id)
    lang = context.lang
    what = t(lang, f"desk.doc_{doc}", period=opened.period)
    review = opened.review
    if review.reviewed_at is None:
        state = t(lang, "desk.review_submitted")
    else:
        state = t(
            lang,
            f"desk.review_{review.state}",
            reviewer=review.reviewer,
            at=_when(review.reviewed_at, services),
            comment=_clip(review.comment or "-", CAPTION_COMMENT_LIMIT),
        )
    caption = t(
        lang,
        "desk.opened",
        class_name=opened.class_name,
        what=what,
        version=opened.version,
        at=_when(opened.submitted_at, services),
        state=state,
    )
    if not opened.latest:
        caption = f"{caption}\n{t(lang, 'desk.superseded')}"
        markup = None
    else:
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        t(lang, "desk.button_approve"),
                        callback_data=DocButton(APPROVE, doc, document_id).encode(),
                    ),
                    InlineKeyboardButton(
                        t(lang, "desk.button_return"),
                        callback_data=DocButton(RETURN, doc, document_id).encode(),
                    ),
                ]
            ]
        )
    chat = update.effective_chat
    assert chat is not None
    if opened.form is not None:
        await context.bot.send_document(
            chat.id,
            document=await render_with_pictures(context.bot, services.session, opened.form, lang),
            filename=f"{opened.class_name}-{opened.period}-v{opened.version}.docx",
            caption=caption,
            reply_markup=markup,
        )
        return
    if opened.file_id is not None:
        await context.bot.send_document(
            chat.id,
            document=opened.file_id,
            caption=t(
                lang,
                "desk.plan_file_caption",
                class_name=opened.class_name,
                what=what,
                version=opened.version,
            ),
        )
    body = f"{caption}\n\n{t(lang, 'desk.plan_body', text=opened.plan_text)}".strip()
    parts = split_message(body)
    for part in parts[:-1]:
        await context.bot.send_message(chat.id, part)
    await context.bot.send_message(chat.id, parts[-1], reply_markup=markup)


async def _approve(update: Update, context: BotContext, doc: str, document_id: int) -> None:
    services = context.services
    with services.session() as session:
        notice = desk.review(session, _who(context), doc, document_id, APPROVED, services.now())
    what = t(context.lang, f"desk.doc_{doc}", period=notice.period)
    await reply(
        update,
        context,
        "desk.approved",
        class_name=notice.class_name,
        what=what,
        version=notice.version,
    )
    await _tell_advisor(update, context, notice)


async def _ask_return(update: Update, context: BotContext, doc: str, document_id: int) -> None:
    services = context.services
    with services.session() as session:
        desk.start_return(session, _who(context), doc, document_id, services.now())
    await reply(update, context, "desk.ask_comment")


async def _tell_advisor(update: Update, context: BotContext, notice: desk.ReviewNotice) -> None:
    told = notice.advisor_telegram_id is not None
    if notice.advisor_telegram_id is not None:
        try:
            for part in split_message(notice.advisor_text):  # a long comment: several parts
                await context.bot.send_message(notice.advisor_telegram_id, part)
        except Forbidden:
            told = False
        except TelegramError:
            log.warning("could not tell the advisor about a review", exc_info=True)
            told = False
    await reply(update, context, "desk.advisor_told" if told else "desk.advisor_not_told")


# ---------------------------------------------------------------------------------------------
# Private text from counselors and admins: a return's comment, a question, or help


class _DeskPeople(filters.MessageFilter):
    """Messages from a counselor or admin (with `without_class`: one who advises no class),
    as identified in this update: group -2 has just put the speaker in the actor cache."""

    def __init__(self, services: Services, *, without_class: bool = False) -> None:
        super().__init__(name="DeskPeople")
        self._services = services
        self._without_class = without_class

    def filter(self, message: Message) -> bool:
        user = message.from_user
        if user is None:
            return False
        # The entry group -2 has just refreshed or found fresh; its expiry is not checked
        # again here, or a counselor's text could slip to the recorder at the TTL's edge.
        entry = self._services.actors.get(user.id)
        if entry is None:
            return False
        actor = entry[0]
        if self._without_class and actor.is_advisor:
            return False
        return actor.is_counselor or actor.is_admin


async def desk_text(update: Update, context: BotContext) -> None:
    """A counselor's or admin's private text: the awaited return comment, else a question,
    else (unless they also advise a class and so are recording work) a short help."""
    actor = context.actor
    message = update.effective_message
    if actor is None or message is None or not message.text:
        return
    services = context.services
    with services.session() as session:
        pending = forms.take_return_comment(session, actor.id, services.now())
    if pending is not None:
        await _take_comment(update, context, pending, message.text.strip())
        raise ApplicationHandlerStop
    question = recognise(message.text)
    if question is not None:
        await answer_question(update, context, question.view, question.class_hint)
        raise ApplicationHandlerStop
    if actor.is_advisor:
        # They advise a class too: a form note they were asked for, else a record (group 0).
        await form_handlers.catch_note(update, context)
        return
    await reply(update, context, "desk.help")
    raise ApplicationHandlerStop


async def _take_comment(
    update: Update, context: BotContext, pending: tuple[str, int], comment: str
) -> None:
    if comment.lower() in t(context.lang, "desk.cancel_words").split(","):
        await reply(update, context, "desk.return_cancelled")
        return
    doc, document_id = pending
    services = context.services
    try:
        with services.session() as session:
            notice = desk.review(
                session,
                _who(context),
                doc,
                document_id,
                RETURNED,
                services.now(),
                comment,
            )
    except NotLatest:
        await reply(update, context, "desk.not_latest")
        return
    except (NotAllowed, InputError):
        await reply(update, context, "desk.button_invalid")
        return
    what = t(context.lang, f"desk.doc_{doc}", period=notice.period)
    await reply(
        update,
        context,
        "desk.returned",
        class_name=notice.class_name,
        what=what,
        version=notice.version,
    )
    await _tell_advisor(update, context, notice)


async def answer_question(
    update: Update, context: BotContext, view: str, class_hint: str | None
) -> None:
    """Answer with the view that fits: the overview, /forms, or one class's status."""
    services = context.services
    assert services.policy is not None
    if view == FORMS:
        month = desk.default_month(services.now().date(), services.policy)
        await _show_page(update, context, month, 0, edit=False)
        return
    if view == CLASS_STATUS and class_hint:
        with services.session() as session:
            answer = usecases.status_for(
                session, context.person(session), services.policy, services.now(), class_hint
            )
            reviews = desk.review_labels(session, [r.row.id for r in answer.results])
        if answer.refusal == "unknown_class":
            await reply(update, context, "desk.unknown_class", name=class_hint)
            await reply(update, context, "desk.help")
            return
        if answer.refusal:
            await reply(
                update,
                context,
                f"chat.{answer.refusal}",
                name=answer.detail,
                matches=answer.detail,
            )
            return
        text = "\n\n".join(
            status_text(
                context.lang, r, desk.rule_reviews(services.policy, reviews.get(r.row.id, {}))
            )
            for r in answer.results
        )
        for part in split_message(text):
            await reply_text(update, part)
        return
    if view == BEHIND:
        await show_overview(update, context)


async def show_overview(update: Update, context: BotContext) -> None:
    """The desk's classes, most behind first (missed, then behind), one line each."""
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        ids = [c.id for c in desk.desk_classes(session, _who(context))]
        results = class_compliance(session, services.policy, services.now(), ids) if ids else []
    if not results:
        await reply(update, context, "desk.no_classes")
        return
    lang = context.lang
    lines = [t(lang, "desk.overview_title", count=len(results))]
    for result, counts in sorted_by_behind(results):
        lines.append(t(lang, "desk.overview_line", class_name=result.row.name, **counts))
    for part in split_message("\n".join(lines)):
        await reply_text(update, part)


def sorted_by_behind(
    results: list[ClassCompliance],
) -> list[tuple[ClassCompliance, dict[str, int]]]:
    """Classes with their rule counts per state, the most missed and behind first."""
    counted = []
    for result in results:
        counts = {"missed": 0, "behind": 0, "on_track": 0, "met": 0}
        for rule in result.report.rules:
            counts[rule.state] = counts.get(rule.state, 0) + 1
        counted.append((result, counts))
    return sorted(counted, key=lambda rc: (-rc[1]["missed"], -rc[1]["behind"], rc[0].row.name))


async def reply_text(update: Update, text: str) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text)


# ---------------------------------------------------------------------------------------------
# /me and /plan for someone with a desk and no class of their own


async def desk_me(update: Update, context: BotContext) -> None:
    """/me for a counselor or admin without a class of their own: their classes' states."""
    await show_overview(update, context)
    raise ApplicationHandlerStop


async def desk_plans(update: Update, context: BotContext) -> None:
    """/plan for a counselor or admin without a class: where their classes' plans stand."""
    services = context.services
    assert services.policy is not None
    month = desk.default_month(services.now().date(), services.policy)
    with services.session() as session:
        view = desk.forms_overview(session, _who(context), month, services.policy, services.tz)
    lang = context.lang
    lines = [t(lang, "desk.plan_for_desk")]
    today = services.now().date()
    for row in view.rows:
        if row.plan is not None:
            state = _state_label(lang, row.plan, None, today, services)
            lines.append(t(lang, "desk.plan_line", class_name=row.class_name, state=state))
    if len(lines) == 1:
        lines.append(t(lang, "desk.no_classes"))
    for part in split_message("\n".join(lines)):
        await reply_text(update, part)
    raise ApplicationHandlerStop


# ---------------------------------------------------------------------------------------------
# Queued nudges go out at the next allowed moment


async def delivery_job(context: BotContext) -> None:
    """The repeating job: deliver what is queued, in its own units of work."""
    sent = await deliver_queued(context.bot, context.bot_data)
    if sent:
        log.info("queued nudges: %d delivered", sent)


async def deliver_queued(bot: Bot, services: Services) -> int:
    """Send the nudges queued outside reminder hours (and retry failed ones) when allowed;
    how many went out."""
    assert services.policy is not None
    with services.session() as session:
        due = desk.deliverable_nudges(session, services.policy, services.now(), is_rest_day)
    outcomes = [
        await send_nudge(bot, services, item.ledger_id, item.telegram_id, item.text) for item in due
    ]
    return outcomes.count(desk.SEND)


def schedule(application: BotApplication) -> None:
    """Look at the queued nudges every few minutes (one job, replaced on restart)."""
    if not scheduling.every(
        application,
        delivery_job,
        name=JOB_NAME,
        interval=DELIVERY_INTERVAL,
        first=FIRST_DELIVERY_AFTER,
    ):
        log.warning("no job queue; queued nudges are not delivered")


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("forms", forms_command),
        CallbackQueryHandler(on_button, pattern=PATTERN),
    ]


def early_handlers(services: Services) -> list[BaseHandler[Update, BotContext, None]]:
    """Registered in group -1 before the form-note catcher (see `desk_text`); /me and /plan
    of a counselor or admin who advises no class are answered here, before group 0's."""
    deskonly = _DeskPeople(services, without_class=True)
    return [
        CommandHandler("me", desk_me, filters=deskonly),
        CommandHandler("plan", desk_plans, filters=deskonly),
        MessageHandler(
            filters.ChatType.PRIVATE
            & filters.TEXT
            & ~filters.COMMAND
            & filters.UpdateType.MESSAGE
            & _DeskPeople(services),
            desk_text,
        ),
    ]
