"""Plans become to-dos: a note about a future day is kept as a plan, not recorded as done.

The bot answers with the plan and [好] [已经做了] [取消]; on the day, in the evening, the sweep
(`reminders/jobs/plan_followups.py`) asks "did it happen?" with [记录] [改到…] [没开成]. The plan
is an open question in the database, so it survives restarts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import callbacks as cb
from bot.context import BotContext
from bot.formatting import date_label
from bot.i18n import t
from bot.parsing import ParsedActivity
from bot.pending import Pending
from reminders.followups import follow_up_due_at
from storage import questions as asked
from storage.directory import ClassRef

PLAN_QUESTION = "plan"
MOVE_CHOICES = 7


def planned_part(parsed: Sequence[ParsedActivity]) -> tuple[ParsedActivity, ...]:
    """The activities of a note dated in the future: a plan, not work done."""
    return tuple(p for p in parsed if p.flag == "future")


def describe(lang: str, parsed: Sequence[ParsedActivity]) -> str:
    """ "12月1日(周二) 班会" for each planned activity."""
    return "\n".join(
        f"{date_label(lang, p.date)} {t(lang, f'rules.kind.{p.kind}')}" for p in parsed
    )


def _label(lang: str, key: str, button: cb.Button) -> InlineKeyboardButton:
    return InlineKeyboardButton(t(lang, key), callback_data=cb.encode(button))


async def offer_plan(
    update: Update,
    context: BotContext,
    pending: Pending,
    school_class: ClassRef,
    separate: bool = False,
) -> None:
    """Keep the note as a plan (due on its day in the evening) and say so, with buttons;
    `separate` when the rest of the note is recorded too: then the plan is a message of its
    own rather than an edit of a question the other reply will take over."""
    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    day = min(p.date for p in pending.parsed)
    due = follow_up_due_at(day, services.now())
    with services.session() as session:
        question = asked.open_question(
            session,
            actor.id,
            pending.chat_id,
            PLAN_QUESTION,
            pending.payload(),
            services.now(),
            due_at=due,
        )
    token = question.token
    markup = InlineKeyboardMarkup(
        [
            [
                _label(lang, "advisor.plan_ok", cb.PlanAnswer(token, "ok")),
                _label(lang, "advisor.plan_done", cb.PlanAnswer(token, "done")),
                _label(lang, "advisor.plan_cancel", cb.PlanAnswer(token, "cancel")),
            ]
        ]
    )
    text = t(
        lang,
        "advisor.plan_offered",
        class_name=school_class.name,
        lines=describe(lang, pending.parsed),
        at=f"{due:%H:%M}",
    )
    if separate:
        await context.bot.send_message(pending.chat_id, text, reply_markup=markup)
        return
    await _say(update, text, markup)


def follow_up_markup(lang: str, token: str) -> list[list[tuple[str, str]]]:
    """The evening question's buttons, as (label, data) rows for the sweep's sender."""
    return [
        [
            (t(lang, "advisor.followup_record"), cb.encode(cb.FollowUp(token, "record"))),
            (t(lang, "advisor.followup_move"), cb.encode(cb.FollowUp(token, "move"))),
            (t(lang, "advisor.followup_missed"), cb.encode(cb.FollowUp(token, "missed"))),
        ]
    ]


async def _say(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    query = update.callback_query
    if query is not None and query.message is not None:
        await query.edit_message_text(text, reply_markup=markup)
        return
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)


def _dated(pending: Pending, day: date) -> Pending:
    """The plan's activities dated `day` (records what was planned, on the day it happened)."""
    return replace(pending, parsed=tuple(replace(p, date=day, flag=None) for p in pending.parsed))


async def on_plan_button(
    update: Update, context: BotContext, button: cb.PlanAnswer | cb.FollowUp | cb.MovePlan
) -> bool:
    """[好] [已经做了] [取消] under a plan; [记录] [改到…] [没开成] under its follow-up."""
    from bot.handlers import recording

    actor = context.actor
    assert actor is not None
    services = context.services
    lang = context.lang
    now = services.now()
    today = now.date()
    answer = button.answer if not isinstance(button, cb.MovePlan) else "moved"
    markup: InlineKeyboardMarkup | None = None
    with services.session() as session:
        question = asked.find(session, button.token, actor.id, PLAN_QUESTION)
        if question is None:
            return False
        pending = Pending.from_payload(question.payload)
        day = min(p.date for p in pending.parsed)
        if answer == "ok":
            text = t(lang, "advisor.plan_kept", lines=describe(lang, pending.parsed))
        elif answer == "move":
            choices = [today + timedelta(days=n) for n in range(1, MOVE_CHOICES + 1)]
            keyboard = [
                [
                    InlineKeyboardButton(
                        date_label(lang, d), callback_data=cb.encode(cb.MovePlan(button.token, d))
                    )
                    for d in choices[i : i + 2]
                ]
                for i in range(0, len(choices), 2)
            ]
            text = t(lang, "advisor.plan_move_to", lines=describe(lang, pending.parsed))
            markup = InlineKeyboardMarkup(keyboard)
        elif isinstance(button, cb.MovePlan):
            if not today < button.day <= today + timedelta(days=366):
                return False
            moved = replace(
                pending,
                parsed=tuple(replace(p, date=button.day) for p in pending.parsed),
            )
            asked.replace_payload(
                session, question.id, moved.payload(), follow_up_due_at(button.day, now)
            )
            text = t(lang, "advisor.plan_moved", lines=describe(lang, moved.parsed))
        elif not asked.close(session, question.id, now):
            return False
        elif answer == "cancel":
            text = t(lang, "advisor.plan_cancelled")
        elif answer == "missed":
            text = t(lang, "advisor.plan_missed", lines=describe(lang, pending.parsed))
        else:  # "done" (before its day: done today) or "record" (on or after its day)
            record_day = today if answer == "done" or day > today else day
            # Its own key (the note's other records may hold the note's): recorded once.
            pending = replace(_dated(pending, record_day), message_id=-question.id)
            text = ""
    if text:
        await _say(update, text, markup)
        return True
    await recording.record_planned(update, context, pending)
    return True
