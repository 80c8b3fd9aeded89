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
from bot.callbacks import FormButton, PlanClass, decode_form, encode_form
from bot.context import BotContext
from bot.form_pictures import render_with_pictures
from bot.handlers.identity import answer_button, refuse_stranger, reply
from bot.i18n import t
from storage import directory, questions
from storage.errors import InputError
from storage.forms import MonthlyForm, NotAllowed, current_plan
from storage.models import SchoolClass

log = logging.getLogger(__name__)
MONTH = re.compile(r"^(\d{4})-?(\d{1,2})$")
# Open questions (storage.questions), so a restart forgets neither:
NOTE_QUESTION = "form_note"  # {"class_id", "month"} while a note is awaited
PLAN_QUESTION = "plan_document"  # {"text", "file_id", "file_name"} while a class is chosen
NOTE_KEPT = "form_note_kept"  # {"class_id", "month", "note"} until the form is submitted


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
    await offer_form(update, context, month)


async def offer_form(update: Update, context: BotContext, month: str) -> None:
    """The month's form preview (after choosing the class when the advisor has several)."""
    actor = context.actor
    assert actor is not None
    with context.services.session() as session:
        classes = [(c.id, c.name) for c in directory.classes_of_advisor(session, actor.id)]
    if not classes:
        await reply(update, context, "chat.no_class")
        return
    if len(classes) > 1:
        buttons = [
            [InlineKeyboardButton(name, callback_data=encode_form(FormButton("fp", cid, month)))]
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
                session,
                context.person(session),
                class_id,
                month,
                services.policy,
                services.tz,
                at=services.now(),
            )
    except NotAllowed:
        await _answer(update, t(context.lang, "formchat.not_allowed"))
    except InputError:
        await _answer(update, t(context.lang, "formchat.bad_month"))
    return None


def _semester_hours(form: MonthlyForm, lang: str) -> str:
    """The judge's semester hours, saying whose: the advisor's pooled, or the class's own."""
    if form.hours_semester is None:
        return "-"
    key = "advisor" if form.hours_scope == "advisor" else "class"
    return t(lang, f"formchat.hours_semester_{key}", hours=f"{form.hours_semester:g}")


async def _preview(update: Update, context: BotContext, class_id: int, month: str) -> None:
    services = context.services
    lang = context.lang
    view = await _draft(update, context, class_id, month)
    if view is None:
        return
    note = _note(context, class_id, month)
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
        hours_semester=_semester_hours(form, lang),
        note=note or t(lang, "formchat.empty_note"),
        submitted=submitted,
    )

    def button(key: str, action: str) -> InlineKeyboardButton:
        data = encode_form(FormButton(action, class_id, month))
        return InlineKeyboardButton(t(lang, key), callback_data=data)

    markup = InlineKeyboardMarkup(
        [
            [button("formchat.button_note", "fn"), button("formchat.button_submit", "fs")],
            [
                # Once submitted, the download is the form of record (see _download).
                InlineKeyboardButton(
                    t(lang, "formchat.button_download")
                    if view.latest_version is None or note is not None
                    else t(lang, "formchat.button_download_filed", version=view.latest_version),
                    callback_data=encode_form(FormButton("fd", class_id, month)),
                )
            ],
        ]
    )
    await _answer(update, text, markup)


async def _answer(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)


def _note(context: BotContext, class_id: int, month: str, *, take: bool = False) -> str | None:
    """The note written for this class and month and not yet submitted (kept in the
    database, so a restart keeps it); `take` removes it (it went into a submission)."""
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        kept = [
            q
            for q in questions.open_of(session, context.actor.id, NOTE_KEPT)
            if q.payload.get("class_id") == class_id and q.payload.get("month") == month
        ]
        if take:
            for q in kept:
                questions.close(session, q.id, services.now())
    return str(kept[-1].payload["note"]) if kept else None


def _keep_note(context: BotContext, chat_id: int, class_id: int, month: str, note: str) -> None:
    assert context.actor is not None
    _note(context, class_id, month, take=True)
    services = context.services
    with services.session() as session:
        questions.open_question(
            session,
            context.actor.id,
            chat_id,
            NOTE_KEPT,
            {"class_id": class_id, "month": month, "note": note},
            services.now(),
        )


async def on_form_button(update: Update, context: BotContext) -> None:
    """fp (preview a class), fn (add a note), fs (submit), fd (download the draft)."""
    query = update.callback_query
    assert query is not None
    if context.actor is None:
        await answer_button(update, t(context.lang, "chat.stranger"), alert=True)
        return
    button = decode_form(query.data)
    if not isinstance(button, FormButton):
        await answer_button(update, t(context.lang, "advisor.button_invalid"), alert=True)
        return
    await answer_button(update)
    class_id, month = button.class_id, button.month
    if button.action == "fp":
        await _preview(update, context, class_id, month)
    elif button.action == "fn":
        services = context.services
        with services.session() as session:
            questions.close_all(session, context.actor.id, NOTE_QUESTION, services.now())
            questions.open_question(
                session,
                context.actor.id,
                update.effective_chat.id if update.effective_chat else context.actor.telegram_id,
                NOTE_QUESTION,
                {"class_id": class_id, "month": month},
                services.now(),
            )
        await _answer(update, t(context.lang, "formchat.ask_note"))
    elif button.action == "fs":
        await _submit(update, context, class_id, month)
    elif button.action == "fd":
        await _download(update, context, class_id, month)


async def _submit(update: Update, context: BotContext, class_id: int, month: str) -> None:
    assert context.actor is not None
    services = context.services
    assert services.policy is not None
    note = _note(context, class_id, month)
    try:
        with services.session() as session:
            person = context.person(session)
            form = usecases.submit_form(
                session, person, class_id, month, note, services.policy, services.now()
            )
    except NotAllowed:
        await _answer(update, t(context.lang, "formchat.not_allowed"))
        return
    _note(context, class_id, month, take=True)
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
    note = _note(context, class_id, month)
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
    data = await render_with_pictures(context.bot, context.services.session, form, context.lang)
    await context.bot.send_document(
        chat.id, document=data, filename=f"{form.class_name}-{form.month}.docx", caption=caption
    )


async def catch_note(update: Update, context: BotContext) -> None:
    """While a form note is awaited, the next private text is the note, not a record.

    The awaited note is an open question in the database: after a restart the note is
    still caught instead of falling through to recording (where it could become work).
    """
    if context.actor is None:
        return
    message = update.effective_message
    if message is None or not message.text:
        return
    services = context.services
    with services.session() as session:
        question = questions.latest(session, context.actor.id, NOTE_QUESTION)
        if question is None or not questions.close(session, question.id, services.now()):
            return
    class_id, month = int(question.payload["class_id"]), str(question.payload["month"])
    if message.text.strip().lower() in t(context.lang, "formchat.cancel_words").split(","):
        await reply(update, context, "formchat.note_cancelled")
    else:
        _keep_note(context, message.chat_id, class_id, month, message.text.strip())
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


async def offer_plan_document(update: Update, context: BotContext, text: str) -> None:
    """Store the semester plan from a note that says it was handed in (class chosen first)."""
    await _plan(update, context, text, None, None)


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
        services = context.services
        with services.session() as session:
            question = questions.open_question(
                session,
                actor.id,
                update.effective_chat.id if update.effective_chat else actor.telegram_id,
                PLAN_QUESTION,
                {"text": text, "file_id": file_id, "file_name": file_name},
                services.now(),
            )
        buttons = [
            [InlineKeyboardButton(name, callback_data=encode_form(PlanClass(question.token, cid)))]
            for cid, name in classes
        ]
        await reply(update, context, "formchat.choose_class", InlineKeyboardMarkup(buttons))
        return
    await _store_plan(update, context, classes[0][0], text, file_id, file_name)


async def on_plan_button(update: Update, context: BotContext) -> None:
    """The class a plan document sent to an advisor of several classes belongs to."""
    query = update.callback_query
    assert query is not None
    if context.actor is None:
        await answer_button(update, t(context.lang, "chat.stranger"), alert=True)
        return
    button = decode_form(query.data)
    if not isinstance(button, PlanClass):
        await answer_button(update, t(context.lang, "advisor.button_invalid"), alert=True)
        return
    services = context.services
    with services.session() as session:
        question = questions.find(session, button.token, context.actor.id, PLAN_QUESTION)
        if question is None or not questions.close(session, question.id, services.now()):
            question = None
    if question is None:
        await answer_button(update, t(context.lang, "advisor.button_invalid"), alert=True)
        return
    await answer_button(update)
    payload = question.payload
    await _store_plan(
        update,
        context,
        button.class_id,
        str(payload.get("text") or ""),
        payload.get("file_id"),
        payload.get("file_name"),
    )


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
    params: dict[str, object]
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
        CallbackQueryHandler(on_form_button, pattern=r"^f[pnsd]:\d"),
        CallbackQueryHandler(on_plan_button, pattern=r"^pl:"),
    ]


def early_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, catch_note)]
