"""Recording work from chat: plain private messages, /log, group mentions and replies,
photos with a caption, edits, /undo, and the buttons under a "recorded" reply.

Questions asked before recording (which class? an odd date? an implausible number?) are
open questions in the database (`storage.questions`), so a restart between the question and
the answer loses nothing. Buttons are typed values from `bot.callbacks`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, Protocol, assert_never

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import callbacks as cb
from bot import metrics, usecases
from bot.class_names import find_class_mention, may_name_a_class, without_mention
from bot.context import BotContext
from bot.formatting import Recordable, activity_line, date_label
from bot.handlers import plans
from bot.handlers.identity import answer_button, is_private, refuse_stranger, reply
from bot.i18n import t
from bot.parsing import (
    KINDS,
    MAX_DAYS_BACK,
    Document,
    ParsedActivity,
    Vocabulary,
    date_flag,
    parse_note,
)
from bot.parsing.guess import likely_first, missed_kind
from bot.parsing.note_date import note_count, note_date, note_duties
from bot.parsing.small_talk import unrecorded
from bot.pending import Pending, choices_of
from bot.plausibility import implausible, impossible_dates
from bot.reminder_texts import logged_kinds
from storage import activities as store
from storage import evidence
from storage import questions as asked
from storage.activities import Source
from storage.db import is_outage
from storage.directory import ClassRef, classes_of_advisor
from storage.forms import CLASSROOM_KINDS, DORM_KINDS, MEETING_KINDS, OTHER_KINDS
from storage.models import Activity

log = logging.getLogger(__name__)

RECORD_QUESTION = "record"
DOCUMENT_QUESTION = "document"
RECORD_AS_QUESTION = "record_as"  # a note the parser did not understand: which kind is it?
# The hint for a note that records nothing and is not asked about (small_talk.unrecorded).
_UNRECORDED_HINTS = {"small_talk": "chat.small_talk", "question": "chat.question_hint"}
# The kinds offered for such a note, in the monthly form's order ("其他" last).
RECORD_AS_KINDS = (*MEETING_KINDS, *CLASSROOM_KINDS, *DORM_KINDS, *OTHER_KINDS)
# Flags of a parsed date that are asked about before recording, and how the question says why.
ODD_DATE = ("future", "too_old", "unknown_anchor")
WHY = {
    "future": "chat.why_future",
    "too_old": "chat.why_too_old",
    "unknown_anchor": "advisor.why_unknown_anchor",
}
# Builds a question's buttons from the token of its stored question.
Keyboard = Callable[[str], list[list[InlineKeyboardButton]]]
MAX_SWITCH_BUTTONS = 3


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


def _replied_bot_message(message: Message, context: BotContext) -> Message | None:
    """The bot's own message this one replies to, if it replies to one."""
    target = message.reply_to_message
    if target is None or target.from_user is None or target.from_user.id != context.bot.id:
        return None
    return target


def _button_data(message: Message) -> list[str]:
    """The callback data of the buttons under a message (the bot's own)."""
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    return [b.callback_data for row in rows for b in row if isinstance(b.callback_data, str)]


def _addressed_to_bot(message: Message, context: BotContext, text: str) -> bool:
    bot_username = context.bot.username or ""
    mentioned = f"@{bot_username}".lower() in text.lower()
    return mentioned or _replied_bot_message(message, context) is not None


async def group_text(update: Update, context: BotContext) -> None:
    """In a group: only messages that mention the bot or reply to it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if not _addressed_to_bot(message, context, message.text):
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    bot_username = context.bot.username or ""
    text = re.sub(rf"@{re.escape(bot_username)}\b", " ", message.text, flags=re.IGNORECASE)
    await record_text(update, context, message, text.strip())


async def photo_note(update: Update, context: BotContext) -> None:
    """A photo with a caption is a note with evidence; a photo replying to a "recorded"
    message is evidence for those records."""
    message = update.effective_message
    if message is None or not message.photo:
        return
    caption = message.caption or ""
    private = is_private(update)
    if not private and not _addressed_to_bot(message, context, caption):
        return
    if context.actor is None:
        await refuse_stranger(update, context)
        return
    largest = message.photo[-1]
    photo = (largest.file_id, largest.file_unique_id)
    target = _replied_bot_message(message, context)
    if target is not None:
        await _attach_to_reply(update, context, target, photo)
        return
    if message.media_group_id and not caption.strip():
        await _attach_to_album(update, context, message, photo)
        return
    if not caption.strip():
        await reply(update, context, "advisor.photo_needs_caption")
        return
    text = re.sub(rf"@{re.escape(context.bot.username or '')}\b", " ", caption, flags=re.I)
    await record_text(update, context, message, text.strip(), photos=(photo,))


async def _attach_to_reply(
    update: Update, context: BotContext, target: Message, photo: tuple[str, str]
) -> None:
    """The records behind the bot's "recorded" message this photo replies to."""
    assert context.actor is not None
    decoded = [cb.decode(data) for data in _button_data(target)]
    ids = [d.activity_id for d in decoded if isinstance(d, cb.Undo | cb.RecordMenu)]
    message = update.effective_message
    assert message is not None
    services = context.services
    with services.session() as session:
        rows = usecases.records_of_message(session, context.actor.id, ids[:1])
        added = evidence.attach(
            session,
            [r.id for r in rows],
            [photo],
            message.chat_id,
            message.message_id,
            services.now(),
        )
        count = len(rows)
    if not count:
        await reply(update, context, "advisor.photo_nothing_to_attach")
        return
    await reply(update, context, "advisor.photo_attached", records=count, new=added)


async def _attach_to_album(
    update: Update, context: BotContext, message: Message, photo: tuple[str, str]
) -> None:
    """A later photo of an album (no caption of its own) joins the album's records."""
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        rows = usecases.records_of_album(
            session, context.actor.id, message.chat_id, str(message.media_group_id)
        )
        evidence.attach(
            session,
            [r.id for r in rows],
            [photo],
            message.chat_id,
            message.message_id,
            services.now(),
            message.media_group_id,
        )


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
    parsed, _documents = understand(message.text, now, services.vocabulary)
    try:
        with services.session() as session:
            known = store.message_was_seen(session, message.chat_id, message.message_id)
            if known:
                rows = store.replace_from_edit(
                    session, message.chat_id, message.message_id, parsed, message.text, now
                )
                view = _view(session, context, rows, "chat.updated")
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
    await message.reply_text(view[0], reply_markup=view[1])


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


async def record_text(
    update: Update,
    context: BotContext,
    message: Message,
    text: str,
    photos: tuple[tuple[str, str], ...] = (),
) -> None:
    """Find the class the note names, understand the rest, then ask or record."""
    actor = context.actor
    assert actor is not None
    if not actor.is_advisor:
        await reply(update, context, "chat.only_advisors")
        return
    services = context.services
    bad_days = impossible_dates(text)
    if bad_days:
        await reply(update, context, "advisor.impossible_date", dates="、".join(bad_days))
        return
    mention = None
    if may_name_a_class(text):  # most notes name none: no lookup for them
        with services.connection() as conn:
            own = classes_of_advisor(conn, actor.id)
        mention = find_class_mention(text, own) if len(own) > 1 else None
    if mention is not None:
        text_to_parse = without_mention(text, mention)
    else:
        text_to_parse = text
    parsed, documents = understand(text_to_parse, services.now(), services.vocabulary)
    if documents:
        await _offer_documents(update, context, message.chat_id, text_to_parse, documents)
        if not parsed:
            return
    if not parsed:
        what = unrecorded(text_to_parse)
        if what.answer != "kinds":
            await reply(update, context, _UNRECORDED_HINTS[what.answer])
            return
        pending = Pending(
            message.chat_id,
            message.message_id,
            text,
            (),
            class_id=mention.class_id if mention else None,
            photos=photos,
            album=message.media_group_id,
        )
        reminded = _reminder_kinds(message, context)
        await _offer_kinds(update, context, pending, text_to_parse, what.named, reminded)
        return
    if any(p.flag == "bad_date" for p in parsed):
        await reply(update, context, "advisor.impossible_date_generic")
        return
    problem = implausible(text_to_parse, parsed)
    if problem == "negative":
        await reply(update, context, "advisor.negative_refused")
        return
    pending = Pending(
        message.chat_id,
        message.message_id,
        text,
        parsed,
        class_id=mention.class_id if mention else None,
        choices=choices_of(parsed),
        photos=photos,
        album=message.media_group_id,
    )
    await _continue(update, context, pending)


def _next_question(pending: Pending) -> str | None:
    """What to ask before recording, once the class is known: a plan, an odd date, the
    parser's other readings, a large number; None to record at once."""
    if not pending.date_confirmed and plans.planned_part(pending.parsed):
        # "next Thursday": which Thursday is settled before the plan is kept.
        planned = {n for n, p in enumerate(pending.parsed) if p.flag == "future"}
        if any(i in planned and field == "date" for i, field, _ in pending.choices):
            return "choice"
        return "plan"
    if not pending.date_confirmed and any(p.flag in ODD_DATE for p in pending.parsed):
        return "date"
    if pending.choices:
        return "choice"
    if not pending.numbers_confirmed and implausible(pending.text, pending.parsed):
        return "numbers"
    return None


async def _continue(update: Update, context: BotContext, pending: Pending) -> None:
    """Pick the class, then ask what is odd (a plan, a date, a reading, a number) or record:
    the usual note (nothing to ask) takes one transaction."""
    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    outcome: store.RecordOutcome | None = None
    try:
        with services.connection() as conn:
            choice = usecases.class_for_recording(
                conn,
                actor.id,
                pending.chat_id,
                private=pending.chat_id == actor.telegram_id,
                named=pending.class_id,
            )
            if choice.school_class is not None:
                pending = replace(pending, class_id=choice.school_class.id)
                if _next_question(pending) is None:
                    outcome = _store(conn, context, pending, choice.school_class)
    except SQLAlchemyError as exc:
        if is_outage(exc):
            raise  # held and handled again once the database is back (bot/outage.py)
        log.exception("recording failed")
        await _say(update, context, t(lang, "chat.not_recorded_retry"))
        return
    if choice.refusal:
        await _say(update, context, t(lang, f"chat.{choice.refusal}"))
        return
    if choice.school_class is None:
        await _ask_class(update, context, pending, choice.options)
        return
    if outcome is not None:
        await _say_recorded(update, context, pending, outcome, choice)
        return
    question = _next_question(pending)
    if question == "plan":
        # The future part is a plan; the rest (if any) is recorded too, and the plan is
        # said in a message of its own.
        planned = plans.planned_part(pending.parsed)
        done = tuple(p for p in pending.parsed if p not in planned)
        await plans.offer_plan(
            update, context, replace(pending, parsed=planned), choice.school_class, bool(done)
        )
        if done:
            await _continue(update, context, replace(pending, parsed=done, choices=()))
    elif question == "date":
        odd = [p for p in pending.parsed if p.flag in ODD_DATE]
        await _ask_date(update, context, pending, odd)
    elif question == "choice":
        await _ask_alternative(update, context, pending)
    else:
        await _ask_numbers(update, context, pending)


async def record_planned(update: Update, context: BotContext, pending: Pending) -> None:
    """Record a plan that happened (its class is still checked to be the advisor's)."""
    assert context.actor is not None
    pending = replace(pending, date_confirmed=True, numbers_confirmed=True)
    await _continue(update, context, pending)


def _store(
    conn: Connection, context: BotContext, pending: Pending, school_class: ClassRef
) -> store.RecordOutcome:
    """Store the note's activities and its photos (on the caller's transaction)."""
    actor = context.actor
    assert actor is not None
    now = context.services.now()
    source = Source(pending.chat_id, pending.message_id, pending.text)
    outcome = store.record(conn, actor, school_class, source, pending.parsed, now)
    if pending.photos:
        ids = [a.id for a in outcome.activities]
        evidence.attach(
            conn, ids, pending.photos, pending.chat_id, pending.message_id, now, pending.album
        )
    return outcome


async def _say_recorded(
    update: Update,
    context: BotContext,
    pending: Pending,
    outcome: store.RecordOutcome,
    choice: usecases.ClassChoice,
) -> None:
    assert choice.school_class is not None
    lang = context.lang
    metrics.RECORDS.inc(0 if outcome.duplicate else len(outcome.activities))
    key = "chat.recorded_again" if outcome.duplicate else "chat.recorded"
    lines = _lines(lang, outcome.activities)
    text = t(lang, key, class_name=choice.school_class.name, lines=lines)
    if pending.photos and not outcome.duplicate:
        text += "\n" + t(lang, "advisor.photos_kept", count=len(pending.photos))
    # Only the parser's own reading gets a suggestion, not a kind the advisor just picked.
    note = "" if outcome.duplicate or pending.kind_chosen else pending.text
    await _say(update, context, text, _markup(lang, outcome.activities, choice.others, note))


def understand(
    text: str, now: datetime, vocabulary: Vocabulary | None = None
) -> tuple[tuple[ParsedActivity, ...], tuple[Document, ...]]:
    """The note's activities, and the documents it says were handed in, read with the
    college's own words (the policy file's `[vocabulary]`)."""
    result = parse_note(text, now, vocabulary)
    return tuple(result.activities), tuple(result.documents)


def _alternative_label(lang: str, field: str, value: Any) -> str:
    if field == "kind":
        return t(lang, f"rules.kind.{value}")
    if field == "date" and isinstance(value, date):
        return date_label(lang, value)
    return t(lang, "advisor.alternative_count", count=value)


def _apply(item: ParsedActivity, field: str, value: Any, today: date) -> ParsedActivity:
    """The activity with another reading of one field; a day read otherwise is a plan when it
    is still to come, work done when it is past."""
    if field == "kind" and value in KINDS:
        return replace(item, kind=str(value))
    if field == "count" and str(value).isdigit():
        return replace(item, count=int(value))
    if field == "date" and isinstance(value, date):
        if value > today:
            return replace(item, date=value, flag="future")
        return replace(item, date=value, flag=None if item.flag == "future" else item.flag)
    return item


def _open_choices(pending: Pending) -> tuple[int, list[tuple[str, Any]]]:
    """The first activity with other readings, and those readings."""
    index = pending.choices[0][0]
    return index, [(f, v) for i, f, v in pending.choices if i == index]


async def _ask_alternative(update: Update, context: BotContext, pending: Pending) -> None:
    """ "班会 or 主题班会?": the parser's reading first, then each other reading."""
    lang = context.lang
    index, choices = _open_choices(pending)
    item = pending.parsed[index]
    current = {"kind": item.kind, "count": item.count, "date": item.date}

    def buttons(token: str) -> list[list[InlineKeyboardButton]]:
        field = choices[0][0]
        keep = _alternative_label(lang, field, current.get(field, ""))
        row = [_button(keep, cb.Alternative(token, 0))]
        row += [
            _button(_alternative_label(lang, f, v), cb.Alternative(token, n))
            for n, (f, v) in enumerate(choices, start=1)
        ]
        return [row]

    line = activity_line(lang, item.date, item)
    # "是哪一天？" when the readings are days, "是哪一种？" otherwise.
    key = (
        "advisor.choose_alternative_day"
        if choices[0][0] == "date"
        else "advisor.choose_alternative"
    )
    await _ask(update, context, pending, t(lang, key, line=line), buttons)


def _reminder_kinds(message: Message, context: BotContext) -> tuple[str, ...]:
    """The kinds of work the bot's reminder this message replies to asked for ("已打两个"
    answering the parent-contact reminder), from its "log it now" buttons."""
    target = _replied_bot_message(message, context)
    if target is None:
        return ()
    return tuple(k for k in logged_kinds(_button_data(target)) if k in RECORD_AS_KINDS)


async def _offer_kinds(
    update: Update,
    context: BotContext,
    pending: Pending,
    text_to_parse: str,
    named: tuple[str, ...] = (),
    reminded: tuple[str, ...] = (),
) -> None:
    """A note the parser found no work in: ask which kind it records (or none), on the day
    the note names or else today; the answer records it as a parsed note would be. When the
    note names kinds the parser ruled out (cancelled, put off, asked about, someone else's),
    the question says so: a wrong ruling is then one tap from being recorded. The kinds come
    likeliest first: those of the reminder the note answers (`reminded`), then by the guess."""
    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    now = services.now()
    day = note_date(text_to_parse, now, services.vocabulary) or now.date()
    payload = {"pending": pending.payload(), "day": day.isoformat()}
    with services.session() as session:
        question = asked.open_question(
            session, actor.id, pending.chat_id, RECORD_AS_QUESTION, payload, now
        )
    kinds = [
        _button(t(lang, f"rules.kind.{kind}"), cb.RecordAs(question.token, kind))
        for kind in (
            *reminded,
            *likely_first(text_to_parse, [k for k in RECORD_AS_KINDS if k not in reminded]),
        )
    ]
    keyboard = [kinds[i : i + 2] for i in range(0, len(kinds), 2)]
    keyboard.append(
        [_button(t(lang, "chat.button_not_a_record"), cb.RecordAs(question.token, None))]
    )
    # The label has no year: a day of another year (11月30日 read as last year's) says it.
    label = date_label(lang, day) if day.year == now.year else day.isoformat()

    def names(kinds: tuple[str, ...]) -> str:
        return t(lang, "chat.list_separator").join(t(lang, f"rules.kind.{k}") for k in kinds)

    if named:
        text = t(lang, "chat.record_as_ruled_out", kinds=names(named), date=label)
    elif reminded:
        text = t(lang, "chat.record_as_reminder", kinds=names(reminded), date=label)
    else:
        text = t(lang, "chat.record_as", date=label)
    await _say(update, context, text, InlineKeyboardMarkup(keyboard))


async def _record_as(update: Update, context: BotContext, button: cb.RecordAs) -> bool:
    """Record the note as the chosen kind through the usual flow (class, odd date, reply)."""
    assert context.actor is not None
    services = context.services
    now = services.now()
    with services.session() as session:
        question = asked.find(session, button.token, context.actor.id, RECORD_AS_QUESTION)
        if question is None or not asked.close(session, question.id, now):
            return False
    if button.kind is None:
        await _say(update, context, t(context.lang, "chat.not_a_record"))
        return True
    day = date.fromisoformat(str(question.payload["day"]))
    pending = Pending.from_payload(question.payload["pending"])
    duties = note_duties(pending.text, services.vocabulary)
    flag = date_flag(day, now.date())
    count = note_count(pending.text, button.kind, services.vocabulary)
    activity = ParsedActivity(button.kind, day, count=count, flag=flag, duties=duties)
    await _continue(update, context, replace(pending, parsed=(activity,), kind_chosen=True))
    return True


async def _offer_documents(
    update: Update, context: BotContext, chat_id: int, text: str, documents: Sequence[Any]
) -> None:
    """A note saying the month's form or the plan went in: offer to mark it handed in."""
    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    for document in documents:
        kind = str(getattr(document, "doc", ""))
        if kind not in ("monthly_form", "semester_plan"):
            continue
        period = getattr(document, "period", None) or ""
        with services.session() as session:
            question = asked.open_question(
                session,
                actor.id,
                chat_id,
                DOCUMENT_QUESTION,
                {"doc": kind, "period": period, "text": text},
                services.now(),
            )
        label = t(lang, "advisor.button_mark_document")
        markup = InlineKeyboardMarkup([[_button(label, cb.MarkDocument(question.token))]])
        name = t(lang, f"advisor.document_{kind}", period=period)
        await _say(update, context, t(lang, "advisor.document_offer", document=name), markup)


async def _mark_document(update: Update, context: BotContext, token: str) -> bool:
    """Mark the document handed in through the form's or the plan's own flow."""
    from bot.handlers import forms

    assert context.actor is not None
    services = context.services
    with services.session() as session:
        question = asked.find(session, token, context.actor.id, DOCUMENT_QUESTION)
        if question is None or not asked.close(session, question.id, services.now()):
            return False
    payload = question.payload
    if payload.get("doc") == "monthly_form":
        month = str(payload.get("period") or "") or forms.default_month(services.now().date())
        await forms.offer_form(update, context, month)
    else:
        await forms.offer_plan_document(update, context, str(payload.get("text") or ""))
    return True


async def _ask(
    update: Update,
    context: BotContext,
    pending: Pending,
    text: str,
    buttons: Keyboard,
) -> None:
    """Store the pending note as an open question; its buttons carry the question's token."""
    actor = context.actor
    assert actor is not None
    services = context.services
    with services.session() as session:
        question = asked.open_question(
            session, actor.id, pending.chat_id, RECORD_QUESTION, pending.payload(), services.now()
        )
    await _say(update, context, text, InlineKeyboardMarkup(buttons(question.token)))


async def _ask_class(
    update: Update, context: BotContext, pending: Pending, options: Sequence[ClassRef]
) -> None:
    def buttons(token: str) -> list[list[InlineKeyboardButton]]:
        return [
            [InlineKeyboardButton(c.name, callback_data=cb.encode(cb.ChooseClass(token, c.id)))]
            for c in options
        ]

    await _ask(update, context, pending, t(context.lang, "chat.choose_class"), buttons)


async def _ask_date(
    update: Update, context: BotContext, pending: Pending, odd: Sequence[ParsedActivity]
) -> None:
    lang = context.lang
    why = t(lang, WHY[odd[0].flag or "future"])
    dates = "、".join(sorted({p.date.isoformat() for p in odd}))
    await _ask(
        update, context, pending, t(lang, "chat.confirm_date", dates=dates, why=why), _yes_no(lang)
    )


async def _ask_numbers(update: Update, context: BotContext, pending: Pending) -> None:
    lang = context.lang
    lines = _lines_of_parsed(lang, pending.parsed)
    await _ask(
        update, context, pending, t(lang, "advisor.confirm_numbers", lines=lines), _yes_no(lang)
    )


def _yes_no(lang: str) -> Keyboard:
    def buttons(token: str) -> list[list[InlineKeyboardButton]]:
        return [
            [
                InlineKeyboardButton(
                    t(lang, "chat.confirm_yes"), callback_data=cb.encode(cb.Confirm(token, True))
                ),
                InlineKeyboardButton(
                    t(lang, "chat.confirm_no"), callback_data=cb.encode(cb.Confirm(token, False))
                ),
            ]
        ]

    return buttons


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


def _lines_of_parsed(lang: str, parsed: Sequence[ParsedActivity]) -> str:
    return "\n".join(activity_line(lang, p.date, p) for p in parsed)


def _numbered(lang: str, rows: Sequence[Shown]) -> str:
    if len(rows) == 1:
        return _lines(lang, rows)
    return "\n".join(
        f"{n}. {activity_line(lang, r.local_date, r)}" for n, r in enumerate(rows, start=1)
    )


def _markup(
    lang: str, rows: Sequence[Shown], others: Sequence[ClassRef] = (), note: str = ""
) -> InlineKeyboardMarkup | None:
    """The fixing buttons under a "recorded" reply: one record's own three, or one button
    per record ("2 · 深入宿舍") plus undo-all; one to add what the parser missed in the
    note, and for a one-day note the kind the learned guess thinks was missed ("＋谈心谈话？");
    and one tap to switch to another class."""
    if not rows:
        return None
    first = rows[0].id
    keyboard: list[list[InlineKeyboardButton]]
    add = [_button(t(lang, "chat.button_add"), cb.AskAdd(first))]
    missed = missed_kind(note, {r.kind for r in rows}) if _one_day(rows) and note else None
    if missed is not None:
        label = t(lang, "chat.button_add_kind", kind=t(lang, f"rules.kind.{missed}"))
        add.insert(0, _button(label, cb.AddKind(first, missed)))
    if len(rows) == 1:
        keyboard = [
            [
                _button(t(lang, "chat.button_undo"), cb.Undo(first)),
                _button(t(lang, "chat.button_date"), cb.AskDate(first)),
                _button(t(lang, "chat.button_kind"), cb.AskKind(first)),
            ],
            add,
        ]
    else:
        named = [
            _button(f"{n} · {t(lang, f'rules.kind.{r.kind}')}", cb.RecordMenu(r.id))
            for n, r in enumerate(rows, start=1)
        ]
        keyboard = [named[i : i + 2] for i in range(0, len(named), 2)]
        keyboard.append([_button(t(lang, "advisor.button_undo_all"), cb.Undo(first, True)), *add])
    switch = [
        _button(t(lang, "advisor.button_switch", class_name=c.name), cb.SwitchClass(first, c.id))
        for c in others[:MAX_SWITCH_BUTTONS]
    ]
    keyboard.extend([b] for b in switch)
    return InlineKeyboardMarkup(keyboard)


def _one_day(rows: Sequence[Shown]) -> bool:
    return len({r.local_date for r in rows}) == 1


def _button(label: str, button: cb.Button) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=cb.encode(button))


def _view(
    session: Session, context: BotContext, rows: Sequence[Activity], key: str = "chat.current"
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and buttons for a message's live records (computed inside the session); the
    header says why they are shown (changed by a button, or by an edited message)."""
    lang = context.lang
    if not rows:
        return t(lang, "chat.nothing_to_undo"), None
    assert context.actor is not None
    school_class = rows[0].school_class
    others = [c for c in classes_of_advisor(session, context.actor.id) if c.id != school_class.id]
    text = t(lang, key, class_name=school_class.name, lines=_numbered(lang, rows))
    return text, _markup(lang, rows, others)


# Buttons ------------------------------------------------------------------------------


async def invalid_button(update: Update, context: BotContext) -> None:
    """Any button whose data no flow understands: a polite alert, never an exception."""
    query = update.callback_query
    if query is not None:
        await answer_button(update, t(context.lang, "advisor.button_invalid"), alert=True)


async def on_button(update: Update, context: BotContext) -> None:
    """Every recording button, decoded once; stale or forged data gets a polite alert."""
    query = update.callback_query
    assert query is not None
    if context.actor is None:
        await answer_button(update, t(context.lang, "chat.stranger"), alert=True)
        return
    button = cb.decode(query.data)
    done = button is not None and await _dispatch(update, context, button)
    if done:
        await answer_button(update)
    else:
        await answer_button(update, t(context.lang, "advisor.button_invalid"), alert=True)


async def _dispatch(update: Update, context: BotContext, button: cb.Button) -> bool:
    """Act on a decoded button; False when it no longer applies (stale, forged, not yours)."""
    match button:
        case cb.ChooseClass() | cb.Confirm() | cb.Alternative():
            return await _answer_question(update, context, button)
        case cb.MarkDocument():
            return await _mark_document(update, context, button.token)
        case cb.RecordAs():
            return await _record_as(update, context, button)
        case cb.Undo():
            return await _undo(update, context, button)
        case cb.RecordMenu():
            return await _record_menu(update, context, button.activity_id)
        case cb.ShowRecords():
            return await _show_records(update, context, button.activity_id)
        case cb.AskDate():
            return await _date_choices(update, context, button.activity_id)
        case cb.SetDate():
            return await _set_date(update, context, button)
        case cb.AskKind():
            return await _kind_choices(update, context, button.activity_id)
        case cb.SetKind():
            return await _set_kind(update, context, button)
        case cb.AskAdd():
            return await _add_choices(update, context, button.activity_id)
        case cb.AddOnDay():
            return await _add_on_day(update, context, button)
        case cb.AddKind():
            return await _add_kind(update, context, button)
        case cb.SwitchClass():
            return await _switch_class(update, context, button)
        case cb.PlanAnswer() | cb.FollowUp() | cb.MovePlan():
            return await plans.on_plan_button(update, context, button)
    assert_never(button)  # every kind of button has its case (mypy checks)


async def _answer_question(
    update: Update, context: BotContext, button: cb.ChooseClass | cb.Confirm | cb.Alternative
) -> bool:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        question = asked.find(session, button.token, context.actor.id, RECORD_QUESTION)
        if question is None or not asked.close(session, question.id, services.now()):
            return False
        pending = Pending.from_payload(question.payload)
    if isinstance(button, cb.Alternative):
        if not pending.choices:
            return False
        index, choices = _open_choices(pending)
        if button.index > len(choices):
            return False
        parsed = list(pending.parsed)
        if button.index:
            parsed[index] = _apply(
                parsed[index], *choices[button.index - 1], context.services.now().date()
            )
        settled = tuple(c for c in pending.choices if c[0] != index)
        pending = replace(pending, parsed=tuple(parsed), choices=settled)
    elif isinstance(button, cb.Confirm):
        if not button.yes:
            await _say(update, context, t(context.lang, "chat.cancelled"))
            return True
        if not pending.date_confirmed and any(p.flag in ODD_DATE for p in pending.parsed):
            pending = replace(pending, date_confirmed=True)
        else:
            pending = replace(pending, numbers_confirmed=True)
    else:
        pending = replace(pending, class_id=button.class_id)
    await _continue(update, context, pending)
    return True


def _own(session: Session, context: BotContext, activity_id: int) -> list[Activity]:
    """The live records of the message this (own) activity came from; [] if not the actor's."""
    assert context.actor is not None
    return usecases.records_of_message(session, context.actor.id, [activity_id])


async def _undo(update: Update, context: BotContext, button: cb.Undo) -> bool:
    assert context.actor is not None
    services = context.services
    lang = context.lang
    with services.session() as session:
        siblings = _own(session, context, button.activity_id)
        if not siblings:
            return False
        ids = [r.id for r in siblings] if button.whole_message else [button.activity_id]
        undone = usecases.undo_ids(session, context.actor.id, ids, services.now())
        text = t(lang, "chat.undone", lines=_lines(lang, undone))
        rest = [r for r in siblings if r.id not in ids]
        markup = None
        if rest:
            shown, markup = _view(session, context, rest)
            text = f"{text}\n\n{shown}"
    await _say(update, context, text, markup)
    return True


class _OneRecord(NamedTuple):
    """One record of a reply, opened from its button: its number in the reply, its day, its
    line, and the reply's text as it stands (read inside the session)."""

    n: int
    day: date
    line: str
    view_text: str
    kinds_by_day: dict[date, frozenset[str]]  # the message's days, each with its kinds
    kind: str
    note: str  # the text the record was understood from ("" when not kept)


def _open_record(context: BotContext, activity_id: int) -> _OneRecord | None:
    """The record behind a per-record button, if it is still the asker's and live."""
    with context.services.session() as session:
        siblings = _own(session, context, activity_id)
        row = next((r for r in siblings if r.id == activity_id), None)
        if row is None:
            return None
        return _OneRecord(
            siblings.index(row) + 1,
            row.local_date,
            activity_line(context.lang, row.local_date, row),
            # Nothing is changed yet: the header only says what is recorded.
            _view(session, context, siblings, "chat.records_now")[0],
            _kinds_by_day(siblings),
            row.kind,
            row.source_text or "",
        )


def _kinds_by_day(rows: Sequence[Activity]) -> dict[date, frozenset[str]]:
    """The days a message's records fall on, in order, each with the kinds recorded that day."""
    days = sorted({r.local_date for r in rows})
    return {d: frozenset(r.kind for r in rows if r.local_date == d) for d in days}


def _in_pairs(buttons: list[InlineKeyboardButton]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def _record_menu(update: Update, context: BotContext, activity_id: int) -> bool:
    """One record's own buttons: undo it, change its date or its kind; or back to all."""
    lang = context.lang
    record = _open_record(context, activity_id)
    if record is None:
        return False
    n, line, view_text = record.n, record.line, record.view_text
    keyboard = [
        [
            _button(t(lang, "advisor.button_undo_one", n=n), cb.Undo(activity_id)),
            _button(t(lang, "chat.button_date"), cb.AskDate(activity_id)),
            _button(t(lang, "chat.button_kind"), cb.AskKind(activity_id)),
        ],
        [_button(t(lang, "advisor.button_back"), cb.ShowRecords(activity_id))],
    ]
    text = f"{view_text}\n\n{t(lang, 'advisor.fixing_record', n=n, line=line)}"
    await _say(update, context, text, InlineKeyboardMarkup(keyboard))
    return True


async def _show_records(update: Update, context: BotContext, activity_id: int) -> bool:
    with context.services.session() as session:
        siblings = _own(session, context, activity_id)
        if not siblings:
            return False
        view = _view(session, context, siblings)
    await _say(update, context, *view)
    return True


def date_choices(record_day: date, today: date) -> list[date]:
    """Dates offered for a record: around its own date, and today and yesterday; none in the
    future or further back than typed dates may go without a question."""
    earliest = today - timedelta(days=MAX_DAYS_BACK)
    wanted = [record_day + timedelta(days=n) for n in (-3, -2, -1, 1, 2, 3)]
    wanted += [today, today - timedelta(days=1)]
    return sorted({d for d in wanted if earliest <= d <= today and d != record_day})


async def _date_choices(update: Update, context: BotContext, activity_id: int) -> bool:
    lang = context.lang
    today = context.services.now().date()
    record = _open_record(context, activity_id)
    if record is None:
        return False
    labels = {today: t(lang, "chat.today"), today - timedelta(days=1): t(lang, "chat.yesterday")}
    buttons = [
        _button(labels.get(d) or date_label(lang, d), cb.SetDate(activity_id, d))
        for d in date_choices(record.day, today)
    ]
    question = t(lang, "advisor.choose_date_for", n=record.n, date=date_label(lang, record.day))
    await _say(update, context, f"{record.view_text}\n\n{question}", _in_pairs(buttons))
    return True


async def _set_date(update: Update, context: BotContext, button: cb.SetDate) -> bool:
    """Re-date one record; a date a typed note would be asked about is refused here."""
    assert context.actor is not None
    services = context.services
    today = services.now().date()
    if not today - timedelta(days=MAX_DAYS_BACK) <= button.day <= today:
        return False
    with services.session() as session:
        if not _own(session, context, button.activity_id):
            return False
        usecases.change_date(
            session, context.actor.id, [button.activity_id], button.day, services.now()
        )
        session.flush()
        view = _view(session, context, _own(session, context, button.activity_id))
    await _say(update, context, *view)
    return True


async def _kind_choices(update: Update, context: BotContext, activity_id: int) -> bool:
    lang = context.lang
    record = _open_record(context, activity_id)
    if record is None:
        return False
    await _ask_kind(
        update,
        context,
        record,
        t(lang, "advisor.choose_kind_for", n=record.n),
        lambda kind: cb.SetKind(activity_id, kind),
        taken={record.kind},
    )
    return True


async def _ask_kind(
    update: Update,
    context: BotContext,
    record: _OneRecord,
    question: str,
    button_of: Callable[[str], cb.Button],
    taken: Set[str],
    back: cb.Button | None = None,
) -> None:
    """Below the message's records, a question about one of them with the kinds not `taken`
    as buttons, the likeliest for its note first (and, with `back`, a way back)."""
    lang = context.lang
    kinds = likely_first(record.note, [k for k in KINDS if k not in taken])
    buttons = [_button(t(lang, f"rules.kind.{kind}"), button_of(kind)) for kind in kinds]
    if back is not None:
        buttons.append(_button(t(lang, "advisor.button_back"), back))
    await _say(update, context, f"{record.view_text}\n\n{question}", _in_pairs(buttons))


async def _set_kind(update: Update, context: BotContext, button: cb.SetKind) -> bool:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        row = usecases.change_kind(
            session, context.actor.id, button.activity_id, button.kind, services.now()
        )
        if row is None:
            return False
        session.flush()
        view = _view(session, context, store.same_message(session, row))
    await _say(update, context, *view)
    return True


async def _add_choices(update: Update, context: BotContext, activity_id: int) -> bool:
    """One more activity from the same note (one the parser missed): when the note's records
    fall on several days, first which day it was on; then the kinds to record it as."""
    lang = context.lang
    record = _open_record(context, activity_id)
    if record is None:
        return False
    if len(record.kinds_by_day) == 1:
        await _offer_kinds_to_add(update, context, record, activity_id, None)
        return True
    buttons = [
        _button(date_label(lang, day), cb.AddOnDay(activity_id, day)) for day in record.kinds_by_day
    ]
    buttons.append(_button(t(lang, "advisor.button_back"), cb.ShowRecords(activity_id)))
    text = f"{record.view_text}\n\n{t(lang, 'chat.choose_day_to_add')}"
    await _say(update, context, text, _in_pairs(buttons))
    return True


async def _add_on_day(update: Update, context: BotContext, button: cb.AddOnDay) -> bool:
    """The kinds to add on the chosen day, which must be one of the note's days."""
    record = _open_record(context, button.activity_id)
    if record is None or button.day not in record.kinds_by_day:
        return False
    await _offer_kinds_to_add(update, context, record, button.activity_id, button.day)
    return True


async def _offer_kinds_to_add(
    update: Update, context: BotContext, record: _OneRecord, activity_id: int, day: date | None
) -> None:
    """The kinds the note does not record yet on `day` (None: a single-day note's own day,
    and back goes to the records; a chosen day goes back to the day question)."""
    lang = context.lang
    on = record.day if day is None else day
    await _ask_kind(
        update,
        context,
        record,
        t(lang, "chat.choose_kind_to_add", date=date_label(lang, on)),
        lambda kind: cb.AddKind(activity_id, kind, day),
        taken=record.kinds_by_day[on],
        back=cb.ShowRecords(activity_id) if day is None else cb.AskAdd(activity_id),
    )


async def _add_kind(update: Update, context: BotContext, button: cb.AddKind) -> bool:
    assert context.actor is not None
    services = context.services

    def duties_of(text: str) -> tuple[str, ...]:
        return note_duties(text, services.vocabulary)

    with services.session() as session:
        rows = usecases.add_to_message(
            session,
            context.actor.id,
            button.activity_id,
            button.kind,
            duties_of,
            services.now(),
            button.day,
        )
        if not rows:
            return False
        session.flush()
        view = _view(session, context, rows)
    await _say(update, context, *view)
    return True


async def _switch_class(update: Update, context: BotContext, button: cb.SwitchClass) -> bool:
    assert context.actor is not None
    services = context.services
    with services.session() as session:
        rows = usecases.switch_class(
            session, context.actor.id, button.activity_id, button.class_id, services.now()
        )
        if not rows:
            return False
        session.flush()
        view = _view(session, context, rows)
    await _say(update, context, *view)
    return True


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    message = filters.UpdateType.MESSAGE
    prefixes = "|".join(cb.PREFIXES)
    return [
        CommandHandler("log", log_command),
        CommandHandler("undo", undo_command),
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & message, private_text
        ),
        MessageHandler(
            filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND & message, group_text
        ),
        MessageHandler(filters.PHOTO & message, photo_note),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited_text),
        CallbackQueryHandler(on_button, pattern=rf"^({prefixes}):"),
    ]


def fallback_handlers() -> list[BaseHandler[Update, BotContext, None]]:
    """Registered after every flow: a button nobody answered is no longer valid."""
    return [CallbackQueryHandler(invalid_button)]
