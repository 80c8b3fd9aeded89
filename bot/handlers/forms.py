"""/form [YYYY-MM]: draft, annotate, submit and download the monthly work record form;
/plan [TEXT] (or a document captioned /plan): the semester's work plan."""

from __future__ import annotations

import logging
import re
from datetime import date

from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import usecases
from bot.context import BotContext
from bot.documents.form_docx import render_month_form
from bot.handlers.identity import button_data, refuse_stranger, reply
from bot.i18n import t
from storage import directory
from storage.errors import InputError
from storage.forms import MonthlyForm, NotAllowed, current_plan
from storage.models import SchoolClass

log = logging.getLogger(__name__)
MONTH = re.compile(r"^(\d{4})-?(\d{1,2})$")
NOTE_KEY = "form_note_for"  # user_data: (class_id, month) while a note is awaited
NOTES_KEY = "form_notes"  # user_data: {(class_id, month): note}
PLAN_KEY = "plan_pending"  # user_data: (text, file_id, file_name) while a class is chosen


def default_month(today: date) -> str:
    """The month a form is most likely meant for: last month during the first five days."""
    if today.day <= 5:
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return f"{year:04d}-{month:02d}"
    return f"{today.year:04d}-{today.month:02d}"


def _month_arg(text: str | None, today: date) -> str | None:
    if not text:
        return default_month(today)
    match = MONTH.match(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return None
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


async def form_command(update: Update, context: BotContext) -> None:
    """Draft the month's form and show a preview with buttons."""
    actor = context.actor
    if actor is None:
        await refuse_stranger(update, context)
        return
    month = _month_arg(context.args[0] if context.args else None, context.services.now().date())
    if month is None:
        await reply(update, context, "formchat.bad_month")
        return
    with context.services.session() as session:
        classes = [(c.id, c.name) for c in directory.classes_of_advisor(session, actor.id)]
    if not classes:
        await reply(update, context, "chat.no_class")
        return
    if len(classes) > 1:
        compact = month.replace("-", "")
        buttons = [
            [InlineKeyboardButton(name, callback_data=f"fp:{cid}:{compact}")]
            for cid, name in classes
        ]
        await reply(update, context, "formchat.choose_class", InlineKeyboardMarkup(buttons))
        return
    await _preview(update, context, classes[0][0], month)


async def _draft(
    update: Update, context: BotContext, class_id: int, month: str
) -> usecases.FormView | None:
    """The month's form drafted from the records, or None after saying why not."""
    services = context.services
    assert services.policy is not None
    try:
        with services.session() as session:
            return usecases.draft_form(
                session, context.person(session), class_id, month, services.policy, services.tz
            )
    except NotAllowed:
        await _answer(update, t(context.lang, "formchat.not_allowed"))
    except InputError:
        await _answer(update, t(context.lang, "formchat.bad_month"))
    return None


async def _preview(update: Update, context: BotContext, class_id: int, month: str) -> None:
    services = context.services
    lang = context.lang
    view = await _draft(update, context, class_id, month)
    if view is None:
        return
    note = _notes(context).get((class_id, month))
    form = view.form
    if view.latest_version is None or view.latest_at is None:
        submitted = t(lang, "formchat.not_submitted")
    else:
        at = view.latest_at.astimezone(services.tz).strftime("%Y-%m-%d %H:%M")
        submitted = t(lang, "formchat.last_submitted", version=view.latest_version, at=at)
    text = t(
        lang,
        "formchat.preview",
        class_name=form.class_name,
        month=month,
        meetings=len(form.meetings),
        classroom=len(form.classroom_visits),
        dorm=len(form.dorm_visits),
        other=len(form.other_work),
        parents=form.parent_contacts,
        hours_month=f"{form.hours_month:g}",
        hours_semester="-" if form.hours_semester is None else f"{form.hours_semester:g}",
        note=note or t(lang, "formchat.empty_note"),
        submitted=submitted,
    )
    compact = month.replace("-", "")
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "formchat.button_note"), callback_data=f"fn:{class_id}:{compact}"
                ),
                InlineKeyboardButton(
                    t(lang, "formchat.button_submit"), callback_data=f"fs:{class_id}:{compact}"
                ),
            ],
            [
                InlineKeyboardButton(
                    # Once submitted, the download is the form of record (see _download).
                    t(lang, "formchat.button_download")
                    if view.latest_version is None or note is not None
                    else t(lang, "formchat.button_download_filed", version=view.latest_version),
                    callback_data=f"fd:{class_id}:{compact}",
                )
            ],
        ]
    )
    await _answer(update, text, markup)


async def _answer(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)


def _notes(context: BotContext) -> dict[tuple[int, str], str]:
    assert context.user_data is not None
    return context.user_data.setdefault(NOTES_KEY, {})


async def on_form_button(update: Update, context: BotContext) -> None:
    """fp (preview a class), fn (add a note), fs (submit), fd (download the draft)."""
    data = await button_data(update, context)
    if data is None:
        return
    action, class_id, compact = data.split(":")
    month = f"{compact[:4]}-{compact[4:]}"
    if action == "fp":
        await _preview(update, context, int(class_id), month)
    elif action == "fn":
        assert context.user_data is not None
        context.user_data[NOTE_KEY] = (int(class_id), month)
        await _answer(update, t(context.lang, "formchat.ask_note"))
    elif action == "fs":
        await _submit(update, context, int(class_id), month)
    elif action == "fd":
        await _download(update, context, int(class_id), month)


async def _submit(update: Update, context: BotContext, class_id: int, month: str) -> None:
    assert context.actor is not None
    services = context.services
    assert services.policy is not None
    note = _notes(context).get((class_id, month))
    try:
        with services.session() as session:
            person = context.person(session)
            form = usecases.submit_form(
                session, person, class_id, month, note, services.policy, services.now()
            )
    except NotAllowed:
        await _answer(update, t(context.lang, "formchat.not_allowed"))
        return
    _notes(context).pop((class_id, month), None)
    text = t(
        context.lang,
        "formchat.submitted",
        class_name=form.class_name,
        month=month,
        version=form.version,
    )
    await _send_form(update, context, form, text)


async def _download(update: Update, context: BotContext, class_id: int, month: str) -> None:
    """The form of record once the month was submitted (第N版, no draft mark); before that,
    or with a new note waiting to be submitted, the draft."""
    note = _notes(context).get((class_id, month))
    if note is None:
        try:
            with context.services.session() as session:
                filed = usecases.filed_form(session, context.person(session), class_id, month)
        except NotAllowed:
            await _answer(update, t(context.lang, "formchat.not_allowed"))
            return
        if filed is not None:
            await _send_form(update, context, filed, None)
            return
    view = await _draft(update, context, class_id, month)
    if view is None:
        return
    form = view.form if note is None else _with_note(view.form, note)
    await _send_form(update, context, form, None)


def _with_note(form: MonthlyForm, note: str) -> MonthlyForm:
    from dataclasses import replace

    return replace(form, note=note)


async def _send_form(
    update: Update, context: BotContext, form: MonthlyForm, caption: str | None
) -> None:
    chat = update.effective_chat
    assert chat is not None
    data = render_month_form(form, context.lang)
    await context.bot.send_document(
        chat.id, document=data, filename=f"{form.class_name}-{form.month}.docx", caption=caption
    )


async def catch_note(update: Update, context: BotContext) -> None:
    """While a form note is awaited, the next private text is the note, not a record."""
    if context.user_data is None or NOTE_KEY not in context.user_data or context.actor is None:
        return
    message = update.effective_message
    if message is None or not message.text:
        return
    class_id, month = context.user_data.pop(NOTE_KEY)
    if message.text.strip().lower() in t(context.lang, "formchat.cancel_words").split(","):
        await reply(update, context, "formchat.note_cancelled")
    else:
        _notes(context)[(class_id, month)] = message.text.strip()
        await reply(update, context, "formchat.note_saved")
        await _preview(update, context, class_id, month)
    raise ApplicationHandlerStop


# Plans ------------------------------------------------------------------------------------


async def plan_command(update: Update, context: BotContext) -> None:
    """/plan TEXT stores the plan; /plan alone shows it."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    text = " ".join(context.args or []).strip()
    await _plan(update, context, text, None, None)


async def plan_document(update: Update, context: BotContext) -> None:
    """A document sent with the caption /plan is the plan (its text: the rest of the caption)."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    caption = re.sub(r"^/plan(@\w+)?", "", message.caption or "").strip()
    await _plan(update, context, caption, message.document.file_id, message.document.file_name)


async def _plan(
    update: Update, context: BotContext, text: str, file_id: str | None, file_name: str | None
) -> None:
    actor = context.actor
    assert actor is not None
    with context.services.session() as session:
        classes = [(c.id, c.name) for c in directory.classes_of_advisor(session, actor.id)]
    if not classes:
        await reply(update, context, "chat.no_class")
        return
    if not text and file_id is None:
        for class_id, _name in classes:
            await _show_plan(update, context, class_id)
        return
    if len(classes) > 1:
        assert context.user_data is not None
        context.user_data[PLAN_KEY] = (text, file_id, file_name)
        buttons = [[InlineKeyboardButton(name, callback_data=f"pl:{cid}")] for cid, name in classes]
        await reply(update, context, "formchat.choose_class", InlineKeyboardMarkup(buttons))
        return
    await _store_plan(update, context, classes[0][0], text, file_id, file_name)


async def on_plan_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None or query.data is None or context.actor is None or context.user_data is None:
        return
    await query.answer()
    pending = context.user_data.pop(PLAN_KEY, None)
    if pending is None:
        await _answer(update, t(context.lang, "chat.expired_question"))
        return
    await _store_plan(update, context, int(query.data.split(":")[1]), *pending)


async def _store_plan(
    update: Update,
    context: BotContext,
    class_id: int,
    text: str,
    file_id: str | None,
    file_name: str | None,
) -> None:
    assert context.actor is not None
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        semester = usecases.plan_semester(session, services.policy, services.now().date())
        if semester is None:
            key, params = "formchat.no_semester", {}
        else:
            person = context.person(session)
            try:
                plan = usecases.save_plan(
                    session, person, class_id, semester, text, services.now(), file_id, file_name
                )
            except NotAllowed:
                key, params = "formchat.not_allowed", {}
            else:
                key = "formchat.plan_saved"
                params = {
                    "class_name": plan_class_name(session, class_id),
                    "semester": semester.name,
                    "version": plan.version,
                }
    await _answer(update, t(context.lang, key, **params))


def plan_class_name(session: Session, class_id: int) -> str:
    school_class = session.get(SchoolClass, class_id)
    return school_class.name if school_class else str(class_id)


async def _show_plan(update: Update, context: BotContext, class_id: int) -> None:
    services = context.services
    assert services.policy is not None
    with services.session() as session:
        semester = usecases.plan_semester(session, services.policy, services.now().date())
        if semester is None:
            text = t(context.lang, "formchat.no_semester")
        else:
            name = plan_class_name(session, class_id)
            plan = current_plan(session, class_id, semester.id)
            if plan is None:
                text = t(
                    context.lang, "formchat.plan_none", class_name=name, semester=semester.name
                )
            else:
                body = plan.text
                if plan.file_name:
                    body = f"{body}\n{t(context.lang, 'formchat.plan_file', name=plan.file_name)}".strip()
                at = plan.submitted_at.astimezone(services.tz).strftime("%Y-%m-%d %H:%M")
                text = t(
                    context.lang,
                    "formchat.plan_show",
                    class_name=name,
                    semester=semester.name,
                    version=plan.version,
                    at=at,
                    text=body,
                )
    await _answer(update, text)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("form", form_command),
        CommandHandler("plan", plan_command),
        MessageHandler(filters.Document.ALL & filters.CaptionRegex(r"^/plan"), plan_document),
        CallbackQueryHandler(on_form_button, pattern=r"^f[pnsd]:"),
        CallbackQueryHandler(on_plan_button, pattern=r"^pl:"),
    ]


def early_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, catch_note)]
