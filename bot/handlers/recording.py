"""Recording work from chat: plain private messages, /log, group mentions and replies,
edits, /undo, and the buttons under a "recorded" reply (undo, change date, change kind)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import metrics, usecases
from bot.context import BotContext
from bot.formatting import Recordable, activity_line
from bot.handlers.identity import button_data, is_private, refuse_stranger, reply
from bot.i18n import t
from bot.parsing import KINDS, ParsedActivity, parse_message
from storage import activities as store
from storage.activities import Source
from storage.db import is_outage
from storage.directory import ClassRef
from storage.models import Activity

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Pending:
    """A message waiting for an answer (which class? record a strange date?)."""

    chat_id: int
    message_id: int
    text: str
    parsed: tuple[ParsedActivity, ...]
    class_id: int | None = None
    date_confirmed: bool = False


def _pending(context: BotContext) -> dict[int, Pending]:
    assert context.user_data is not None
    return context.user_data.setdefault("pending", {})


# Entry points -------------------------------------------------------------------------


async def private_text(update: Update, context: BotContext) -> None:
    """A plain message in a private chat is a /log."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    await record_text(update, context, message, message.text)


async def log_command(update: Update, context: BotContext) -> None:
    """/log TEXT, anywhere."""
    message = update.effective_message
    if message is None:
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    text = " ".join(context.args or [])
    if not text.strip():
        await reply(update, context, "chat.log_usage")
        return
    await record_text(update, context, message, text)


async def group_text(update: Update, context: BotContext) -> None:
    """In a group: only messages that mention the bot or reply to it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    bot_username = context.bot.username or ""
    mentioned = f"@{bot_username}".lower() in message.text.lower()
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if not (mentioned or replied):
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    text = re.sub(rf"@{re.escape(bot_username)}\b", " ", message.text, flags=re.IGNORECASE)
    await record_text(update, context, message, text.strip())


async def edited_text(update: Update, context: BotContext) -> None:
    """An edited message updates what it recorded (or records it now)."""
    message = update.edited_message
    if message is None or not message.text or context.actor is None:
        return
    if not is_private(update) and not message.text.lstrip().startswith("/log"):
        bot_username = context.bot.username or ""
        if f"@{bot_username}".lower() not in message.text.lower():
            return
    services = context.services
    now = services.now()
    parsed = parse_message(message.text, now)
    try:
        with services.session() as session:
            if not store.message_was_seen(session, message.chat_id, message.message_id):
                known = False
            else:
                known = True
                rows = store.replace_from_edit(
                    session, message.chat_id, message.message_id, parsed, message.text, now
                )
                lines = _lines(context.lang, rows)
                class_name = rows[0].school_class.name if rows else ""
                ids = [r.id for r in rows]
    except SQLAlchemyError as exc:
        if is_outage(exc):
            raise  # held and handled again once the database is back (bot/outage.py)
        log.exception("could not update the records of an edited message")
        await reply(update, context, "chat.not_recorded_retry")
        return
    if not known:
        await record_text(update, context, message, message.text)
        return
    if not parsed:
        await reply(update, context, "chat.undone", lines="-")
        return
    await reply(
        update,
        context,
        "chat.updated",
        _buttons(context.lang, ids, rows),
        class_name=class_name,
        lines=lines,
    )


async def undo_command(update: Update, context: BotContext) -> None:
    """/undo: remove the last recorded message's activities."""
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    services = context.services
    with services.session() as session:
        person = context.person(session)
        rows = store.undo_last(session, person, services.now())
        lines = _lines(context.lang, rows)
    if not rows:
        await reply(update, context, "chat.nothing_to_undo")
        return
    await reply(update, context, "chat.undone", lines=lines)


# The recording flow -------------------------------------------------------------------


async def record_text(update: Update, context: BotContext, message: Message, text: str) -> None:
    """Understand `text`, pick the class, ask about odd dates, then record."""
    actor = context.actor
    assert actor is not None
    if not actor.is_advisor:
        await reply(update, context, "chat.only_advisors")
        return
    services = context.services
    parsed = tuple(parse_message(text, services.now()))
    if not parsed:
        await reply(update, context, "chat.not_understood")
        return
    pending = Pending(message.chat_id, message.message_id, text, parsed)
    await _continue(update, context, pending)


async def _continue(update: Update, context: BotContext, pending: Pending) -> None:
    """Pick the class, ask about odd dates, record: one transaction for the usual case."""
    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    odd = [p for p in pending.parsed if p.flag] if not pending.date_confirmed else []
    options: list[tuple[int, str]] = []
    refusal: str | None = None
    recorded: tuple[str, InlineKeyboardMarkup] | None = None
    try:
        with services.connection() as conn:
            school_class: ClassRef | None = None
            if pending.class_id is None:
                choice = usecases.class_for_recording(
                    conn, actor.id, pending.chat_id, private=pending.chat_id == actor.telegram_id
                )
                refusal = choice.refusal
                options = [(c.id, c.name) for c in choice.options]
                school_class = choice.school_class
                if school_class is not None:
                    pending = replace(pending, class_id=school_class.id)
            elif not odd:  # chosen with a button earlier: still the advisor's class?
                school_class = usecases.own_class(conn, actor.id, pending.class_id)
                refusal = None if school_class is not None else "no_class"
            if refusal is None and school_class is not None and not odd:
                recorded = _record(conn, context, pending, school_class)
    except SQLAlchemyError as exc:
        if is_outage(exc):
            raise  # held and handled again once the database is back (bot/outage.py)
        log.exception("recording failed")
        await _say(update, context, t(lang, "chat.not_recorded_retry"))
        return
    if refusal:
        await _say(update, context, t(lang, f"chat.{refusal}"))
        return
    if pending.class_id is None:
        _pending(context)[pending.message_id] = pending
        buttons = [
            [InlineKeyboardButton(name, callback_data=f"c:{pending.message_id}:{cid}")]
            for cid, name in options
        ]
        await _say(update, context, t(lang, "chat.choose_class"), InlineKeyboardMarkup(buttons))
        return
    if recorded is None:  # an odd date: ask before anything is stored
        _pending(context)[pending.message_id] = pending
        why = t(lang, "chat.why_future" if odd[0].flag == "future" else "chat.why_too_old")
        dates = "、".join(sorted({p.date.isoformat() for p in odd}))
        yes = InlineKeyboardButton(
            t(lang, "chat.confirm_yes"), callback_data=f"y:{pending.message_id}"
        )
        no = InlineKeyboardButton(
            t(lang, "chat.confirm_no"), callback_data=f"n:{pending.message_id}"
        )
        await _say(
            update,
            context,
            t(lang, "chat.confirm_date", dates=dates, why=why),
            InlineKeyboardMarkup([[yes, no]]),
        )
        return
    _pending(context).pop(pending.message_id, None)
    await _say(update, context, *recorded)


def _record(
    conn: Connection, context: BotContext, pending: Pending, school_class: ClassRef
) -> tuple[str, InlineKeyboardMarkup]:
    """Store the pending message's activities; the reply text and its buttons."""
    actor = context.actor
    assert actor is not None
    outcome = store.record(
        conn,
        actor,
        school_class,
        Source(pending.chat_id, pending.message_id, pending.text),
        pending.parsed,
        context.services.now(),
    )
    metrics.RECORDS.inc(0 if outcome.duplicate else len(outcome.activities))
    lang = context.lang
    key = "chat.recorded_again" if outcome.duplicate else "chat.recorded"
    text = t(lang, key, class_name=school_class.name, lines=_lines(lang, outcome.activities))
    ids = [a.id for a in outcome.activities]
    return text, _buttons(lang, ids, outcome.activities)


async def _say(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Reply to the message, or edit the question's message when answering a button."""
    query = update.callback_query
    if query is not None and query.message is not None:
        await query.edit_message_text(text, reply_markup=markup)
        return
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)


class Shown(Recordable, Protocol):
    """A recorded activity as the reply shows it (an ORM row or a `StoredActivity`)."""

    @property
    def id(self) -> int: ...

    @property
    def local_date(self) -> date: ...


def _lines(lang: str, rows: Sequence[Shown]) -> str:
    return "\n".join(activity_line(lang, r.local_date, r) for r in rows)


def _buttons(lang: str, ids: list[int], rows: Sequence[Shown]) -> InlineKeyboardMarkup:
    joined = ",".join(map(str, ids))
    first = [
        InlineKeyboardButton(t(lang, "chat.button_undo"), callback_data=f"u:{joined}"),
        InlineKeyboardButton(t(lang, "chat.button_date"), callback_data=f"d:{joined}"),
    ]
    if len(rows) == 1:
        kinds = [InlineKeyboardButton(t(lang, "chat.button_kind"), callback_data=f"k:{ids[0]}")]
    else:
        kinds = [
            InlineKeyboardButton(t(lang, "chat.button_kind_n", n=n), callback_data=f"k:{i}")
            for n, i in enumerate(ids[:4], start=1)
        ]
    return InlineKeyboardMarkup([first, kinds])


# Buttons ------------------------------------------------------------------------------


async def on_button(update: Update, context: BotContext) -> None:
    """All recording buttons: c (class), y/n (odd date), u (undo), d/sd (date), k/sk (kind)."""
    data = await button_data(update, context)
    if data is None:
        return
    action, _, rest = data.partition(":")
    if action in ("c", "y", "n"):
        await _answer_question(update, context, action, rest)
    elif action == "u":
        await _undo_button(update, context, _ids(rest))
    elif action == "d":
        await _date_choices(update, context, rest)
    elif action == "sd":
        day, _, ids = rest.partition(":")
        await _set_date(update, context, date.fromisoformat(day), _ids(ids))
    elif action == "k":
        await _kind_choices(update, context, rest)
    elif action == "sk":
        kind_index, _, activity_id = rest.partition(":")
        await _set_kind(update, context, KINDS[int(kind_index)], int(activity_id))


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.isdigit()]


async def _answer_question(update: Update, context: BotContext, action: str, rest: str) -> None:
    message_id, _, class_id = rest.partition(":")
    pending = _pending(context).get(int(message_id)) if message_id.isdigit() else None
    if pending is None:
        await _say(update, context, t(context.lang, "chat.expired_question"))
        return
    if action == "n":
        _pending(context).pop(pending.message_id, None)
        await _say(update, context, t(context.lang, "chat.cancelled"))
        return
    if action == "c":
        pending = replace(pending, class_id=int(class_id))
    else:
        pending = replace(pending, date_confirmed=True)
    await _continue(update, context, pending)


async def _undo_button(update: Update, context: BotContext, ids: list[int]) -> None:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        rows = usecases.undo_ids(session, context.actor.id, ids, services.now())
        lines = _lines(context.lang, rows)
    if not rows:
        await _say(update, context, t(context.lang, "chat.nothing_to_undo"))
        return
    await _say(update, context, t(context.lang, "chat.undone", lines=lines))


async def _date_choices(update: Update, context: BotContext, ids: str) -> None:
    from bot.formatting import date_label

    today = context.services.now().date()
    days = [today - timedelta(days=n) for n in range(8)]
    labels = [t(context.lang, "chat.today"), t(context.lang, "chat.yesterday")]
    labels += [date_label(context.lang, d) for d in days[2:]]
    buttons = [
        InlineKeyboardButton(label, callback_data=f"sd:{d.isoformat()}:{ids}")
        for label, d in zip(labels, days, strict=True)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await _edit_markup(update, context, "chat.choose_date", InlineKeyboardMarkup(rows))


async def _kind_choices(update: Update, context: BotContext, activity_id: str) -> None:
    buttons = [
        InlineKeyboardButton(
            t(context.lang, f"rules.kind.{kind}"), callback_data=f"sk:{n}:{activity_id}"
        )
        for n, kind in enumerate(KINDS)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await _edit_markup(update, context, "chat.choose_kind", InlineKeyboardMarkup(rows))


async def _edit_markup(
    update: Update, context: BotContext, key: str, markup: InlineKeyboardMarkup
) -> None:
    query = update.callback_query
    assert query is not None
    original = (
        query.message.text if query.message is not None and hasattr(query.message, "text") else ""
    )
    await query.edit_message_text(f"{original}\n\n{t(context.lang, key)}", reply_markup=markup)


async def _set_date(update: Update, context: BotContext, day: date, ids: list[int]) -> None:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        rows = usecases.change_date(session, context.actor.id, ids, day, services.now())
        shown = _recorded_view(context.lang, rows)
    await _say(update, context, *shown)


async def _set_kind(update: Update, context: BotContext, kind: str, activity_id: int) -> None:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        row = usecases.change_kind(session, context.actor.id, activity_id, kind, services.now())
        rows: list[Activity] = []
        if row is not None:
            session.flush()
            siblings = store.activities_of_message(
                session, row.source_chat_id or 0, row.source_message_id or 0
            )
            rows = siblings or [row]
        shown = _recorded_view(context.lang, rows)
    await _say(update, context, *shown)


def _recorded_view(lang: str, rows: list[Activity]) -> tuple[str, InlineKeyboardMarkup | None]:
    """The "updated" text and buttons for a message's activities (computed in the session)."""
    if not rows:
        return t(lang, "chat.nothing_to_undo"), None
    text = t(lang, "chat.updated", class_name=rows[0].school_class.name, lines=_lines(lang, rows))
    return text, _buttons(lang, [r.id for r in rows], rows)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    message = filters.UpdateType.MESSAGE
    return [
        CommandHandler("log", log_command),
        CommandHandler("undo", undo_command),
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & message, private_text
        ),
        MessageHandler(
            filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & message, group_text
        ),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited_text),
        CallbackQueryHandler(on_button, pattern=r"^(c|y|n|u|d|sd|k|sk):"),
    ]
